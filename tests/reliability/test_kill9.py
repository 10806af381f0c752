"""kill -9 of a separate process at random moments during import, note saves, signing, erase,
passphrase change and backup. Afterwards the vault opens, verify passes, every change the child
reported committed (a flushed line printed after the call returned) is there, and the folders
hold no leftover once the app has run again."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from _support import child_env, count, new_vault

from journal_app.core.backup.backup import create_backup, list_backups
from journal_app.core.backup.backup_file import read_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.backup.verify import verify_read_only
from journal_app.core.errors import NotFound, WrongPassphrase
from journal_app.core.keys.header import HEADER_COPY_NAME, HEADER_NAME
from journal_app.core.vault.vault import VAULT_FILES, Vault
from support import PASSPHRASE

PASSPHRASES = (PASSPHRASE, "another long passphrase 2", "a third passphrase, long enough")
KILLS = {"save": 20, "sign": 20, "import": 18, "erase": 18, "passwd": 16, "backup": 16}

CHILD = r'''
import datetime as dt, sys, time
from pathlib import Path
from journal_app.core.vault.vault import Vault

op, folder, n, extra = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
secret = sys.stdin.readline().rstrip("\n")
vault = Vault.unlock(folder, secret)
j = vault.journal

def done(*words):
    # One write per line: print() with several arguments writes each separately when
    # PYTHONUNBUFFERED is set, and a kill between them leaves half a line.
    sys.stdout.write(" ".join(["committed", *map(str, words)]) + "\n")
    sys.stdout.flush()

def text(n):
    return f"Anteckning {n} åäö 🌷\n" + "rad\t" * (n % 50)

print("ready", flush=True)
while True:
    if op in ("save", "sign"):
        s = j.packages.add_session(extra, dt.datetime(2026, 1, 1, 8) + dt.timedelta(minutes=n),
                                  "held")
        j.notes.save_draft(s.id, "utkast")
        j.notes.save_draft(s.id, text(n))
        if op == "sign":
            j.sign_note(s.id)
        done(n, s.id)
    elif op == "import":
        from journal_app.export.interchange import import_from_file
        import_from_file(j, Path(extra) / f"import-{n}.json")
        done(n)
    elif op == "erase":
        ids = Path(extra).read_text().split()
        if n >= len(ids):
            time.sleep(10)
        j.erase_client(ids[n])
        done(n, ids[n])
    elif op == "passwd":
        from journal_app.core.keys.kdf import KdfPolicy
        from support import FAST_KDF
        words = extra.split("|")
        vault.change_passphrase(words[(n + 1) % len(words)], kdf_policy=FAST_KDF)
        done(n + 1)
    elif op == "backup":
        from journal_app.core.backup.backup import create_backup
        create_backup(vault, Path(extra) / f"b{n}.journalbackup")
        done(n)
    n += 1
'''


def kill_child(script: Path, op: str, folder: Path, start: int, extra: str, secret: str,
               rng: random.Random) -> list[list[str]]:
    """Run the child, let it report ready, kill -9 it 0–50 ms later; the committed lines."""
    child = subprocess.Popen(
        [sys.executable, str(script), op, str(folder), str(start), extra],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        encoding="utf-8", env=child_env(),
    )
    assert child.stdin and child.stdout and child.stderr
    child.stdin.write(secret + "\n")
    child.stdin.flush()
    ready = child.stdout.readline()
    assert ready == "ready\n", child.stderr.read()
    time.sleep(rng.uniform(0, 0.05))
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    # Every whole line printed before the kill (a last line without its newline is cut).
    lines = child.stdout.read().split("\n")[:-1]
    errors = child.stderr.read()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    assert "Traceback" not in errors, errors
    count("kills")
    return [line.split()[1:] for line in lines if line.startswith("committed ")]


def reopen_and_verify(folder: Path, secret: str = PASSPHRASE) -> Vault:
    vault = Vault.unlock(folder, secret)
    report = verify_read_only(vault.folder, vault.data_key)
    assert report.sound, report.problems
    return vault


def assert_clean_folder(folder: Path) -> None:
    """After a successful unlock: only the vault's files, both header copies identical (a kill
    between the two header writes must not leave an old passphrase working through the copy)."""
    names = set(os.listdir(folder))
    # erasures.json (the receipts' sidecar) exists once something was erased.
    assert set(VAULT_FILES) <= names <= {*VAULT_FILES, "erasures.json"}, sorted(names)
    assert (folder / HEADER_NAME).read_bytes() == (folder / HEADER_COPY_NAME).read_bytes()


def run_kills(tmp_path: Path, op: str, extra: Callable[[], str],
              check: Callable[[Vault, dict[int, list[str]]], None], *, seed: int,
              at_least: int = 3) -> int:
    """KILLS[op] kills, and more (up to three times as many) until `at_least` operations were
    reported committed: on a loaded machine a child may be killed before its first commit."""
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    folder = tmp_path / "vault"
    rng = random.Random(seed)
    committed: dict[int, list[str]] = {}
    next_n = hot_kills = kills = 0
    while kills < KILLS[op] or (len(committed) < at_least and kills < 3 * KILLS[op]):
        kills += 1
        for words in kill_child(script, op, folder, next_n, extra(), PASSPHRASE, rng):
            committed[int(words[0])] = words[1:]
        # The killed call may have half-run: the next child starts at a fresh number.
        next_n = max([next_n, *(k + 1 for k in committed)]) + 1
        hot = (folder / "journal.db-journal").exists()  # killed inside a transaction
        count("kills inside a database transaction (hot journal left)", int(hot))
        hot_kills += hot
        vault = reopen_and_verify(folder)
        try:
            check(vault, committed)
        finally:
            vault.lock()
        assert_clean_folder(folder)
    if op in ("save", "sign", "import", "erase"):
        assert hot_kills > 0, "no kill landed inside a transaction"
    return len(committed)


def note_text(n: int) -> str:
    return f"Anteckning {n} åäö 🌷\n" + "rad\t" * (n % 50)


@pytest.mark.parametrize("op", ["save", "sign"])
def test_kill_during_note_saves_and_signing(tmp_path: Path, op: str) -> None:
    vault, _ = new_vault(tmp_path / "vault")
    client = vault.journal.clients.add("Krasch Testsson")
    package = vault.journal.packages.add(client.id, name="Paket", sessions_total=1000,
                                         purchased="2026-01-01")
    vault.lock()

    def check(v: Vault, committed: dict[int, list[str]]) -> None:
        for n, (session_id,) in committed.items():
            note = v.journal.notes.for_session(session_id)
            assert note is not None and note.text == note_text(n), f"note {n} lost"
            assert (note.current.signed_at is not None) == (op == "sign")

    saved = run_kills(tmp_path, op, lambda: package.id, check, seed={"save": 1, "sign": 2}[op])
    assert saved >= 3  # the children did commit, so kills landed among writes


def simple_document(n: int) -> dict[str, object]:
    sessions = [{"start": f"2026-01-{d + 1:02d}T10:00", "status": "held",
                 "note": f"Importerad anteckning {n}.{d} " + "text " * 200, "signed": d % 2 == 0}
                for d in range(6)]
    return {"format": "journal-app/1", "clients": [
        {"name": f"Import {n}", "packages": [{"name": "Paket", "sessions_total": 6,
                                              "purchased": "2026-01-01", "sessions": sessions}]}]}


def test_kill_during_import(tmp_path: Path) -> None:
    new_vault(tmp_path / "vault")[0].lock()
    files = tmp_path / "files"
    files.mkdir()
    for n in range(2000):
        (files / f"import-{n}.json").write_text(json.dumps(simple_document(n)), encoding="utf-8")

    def check(v: Vault, committed: dict[int, list[str]]) -> None:
        names = {c.name: c for c in v.journal.clients.all()}
        for n in committed:
            assert f"Import {n}" in names, f"import {n} was reported committed but is gone"
        for name, client in names.items():  # all or nothing: never half a file
            notes = v.journal.notes.for_client(client.id)
            assert len(notes) == 6, f"{name} was half imported"

    assert run_kills(tmp_path, "import", lambda: str(files), check, seed=7) >= 3


def test_kill_during_erase(tmp_path: Path) -> None:
    vault, _ = new_vault(tmp_path / "vault")
    document = {"format": "journal-app/1", "clients": [
        {"name": f"Klient {i}", "packages": [{"name": "Paket", "sessions_total": 2,
         "purchased": "2026-01-01", "sessions": [
             {"start": f"2026-01-0{d + 1}T10:00", "status": "held", "signed": True,
              "note": f"Hemligt {i}.{d} " + "ord " * 300} for d in range(2)]}]}
        for i in range(600)]}
    from journal_app.export.interchange import import_document
    import_document(vault.journal, document)
    ids = [c.id for c in vault.journal.clients.all()]
    vault.lock()
    id_file = tmp_path / "ids.txt"
    id_file.write_text("\n".join(ids), encoding="utf-8")

    def check(v: Vault, committed: dict[int, list[str]]) -> None:
        erased = {cid for (cid,) in committed.values()}
        receipts = {r[0] for r in v.journal.db.conn.execute(
            "SELECT client_id FROM erasure_receipts").fetchall()}
        assert erased <= receipts
        for cid in ids:
            try:
                v.journal.clients.get(cid)
            except NotFound:
                assert cid in receipts  # gone only with its receipt: the erase was whole
                continue
            assert cid not in erased, f"{cid} was reported erased but is still there"
            assert len(v.journal.notes.for_client(cid)) == 2  # untouched: never half erased

    assert run_kills(tmp_path, "erase", lambda: str(id_file), check, seed=11) >= 3


def test_kill_during_passphrase_change(tmp_path: Path) -> None:
    """Rotating through three passphrases: afterwards exactly one of the last committed and
    the one being written opens the vault, and the third never does."""
    new_vault(tmp_path / "vault")[0].lock()
    folder = tmp_path / "vault"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    rng = random.Random(5)
    current, landed_new = 0, 0
    for _ in range(KILLS["passwd"]):
        order = [PASSPHRASES[(current + i) % 3] for i in range(3)]
        done = kill_child(script, "passwd", folder, 0, "|".join(order), order[0], rng)
        last = int(done[-1][0]) if done else 0  # index into `order` of the last committed
        candidates = (order[last % 3], order[(last + 1) % 3])
        opens = []
        for secret in PASSPHRASES:
            try:
                Vault.unlock(folder, secret).lock()
                opens.append(secret)
            except WrongPassphrase:
                pass
        assert len(opens) == 1 and opens[0] in candidates, (opens, candidates)
        landed_new += opens[0] != candidates[0]
        current = PASSPHRASES.index(opens[0])
        reopen_and_verify(folder, opens[0]).lock()
        assert_clean_folder(folder)
    count("passphrase changes in flight when killed", landed_new)


def test_kill_during_backup(tmp_path: Path) -> None:
    vault, _ = new_vault(tmp_path / "vault")
    from journal_app.export.interchange import import_document
    import_document(vault.journal, {"format": "journal-app/1", "clients": [
        simple_document(i)["clients"][0] for i in range(40)]})  # type: ignore[index]
    vault.lock()
    target = tmp_path / "backups"
    target.mkdir()

    def check(v: Vault, committed: dict[int, list[str]]) -> None:
        listed = {r.path.name for r in list_backups(v.journal)}
        for n in committed:
            assert f"b{n}.journalbackup" in listed
        for path in target.iterdir():
            if path.name.startswith("."):
                continue  # a killed write's temp; swept by the next backup (below)
            read_backup(path)  # a complete file under its final name, never a half one
        # The next backup sweeps what a killed one left behind.
        create_backup(v, target / "after.journalbackup")
        assert not [p for p in target.iterdir() if p.name.startswith(".")]
        (target / "after.journalbackup").unlink()

    made = run_kills(tmp_path, "backup", lambda: str(target), check, seed=3)
    assert made >= 3
    newest = max(target.glob("b*.journalbackup"), key=lambda p: int(p.stem[1:]))
    restored = restore_backup(newest, tmp_path / "restored", PASSPHRASE)
    reopen_and_verify(restored.folder).lock()
