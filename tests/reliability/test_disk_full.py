"""A full disk: writes fail with a clear error, nothing committed is lost, and the vault opens and
verifies once space is back.

Two real ways to run out of space. A 3 MB tmpfs (a real ENOSPC) where the machine lets us mount
one (root on Linux); and, always, RLIMIT_FSIZE in a child process: every write past the limit
fails with EFBIG (SIGXFSZ ignored, as it would otherwise kill the process), which reaches SQLite
and our own writers exactly as a full disk does: a short write or a failed one."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _support import assert_no_traceback, child_env, count, new_vault

from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.verify import verify_read_only
from journal_app.core.errors import StorageError
from journal_app.core.vault.vault import VAULT_FILES, Vault
from support import FAST_KDF, PASSPHRASE

BIG = "Lång anteckning åäö 🌷 " * 60_000  # about 1.4 MB of UTF-8


@contextlib.contextmanager
def small_tmpfs(where: Path) -> Iterator[Path | None]:
    where.mkdir()
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        yield None
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs",
                              str(where)], capture_output=True)
    if mounted.returncode != 0:
        yield None
        return
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Take every free block of the file system that holds `folder`."""
    import os

    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


def test_a_full_tmpfs_refuses_writes_and_loses_nothing(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "small") as disk:
        if disk is None:
            pytest.skip("mounting a tmpfs is not allowed here; the RLIMIT_FSIZE test runs")
        count("disk full: tmpfs ENOSPC runs")
        folder = disk / "vault"
        vault, _ = new_vault(folder)
        j = vault.journal
        client = j.clients.add("Full Disksson")
        package = j.packages.add(client.id, name="Paket", sessions_total=20,
                                 purchased="2026-01-01")
        saved = {}
        for n in range(5):
            session = j.packages.add_session(package.id, f"2026-01-{n + 1:02d}T10:00")
            j.notes.save_draft(session.id, f"Sparad anteckning {n}")
            saved[session.id] = f"Sparad anteckning {n}"
        backups = disk / "backups"
        backups.mkdir()
        filler = fill(disk)
        refused: list[str] = []
        victim = next(iter(saved))
        for attempt in (lambda: j.notes.save_draft(victim, BIG),
                        lambda: create_backup(vault, backups / "full.journalbackup"),
                        lambda: vault.change_passphrase("a brand new passphrase 42",
                                                        kdf_policy=FAST_KDF)):
            with pytest.raises(StorageError) as caught:
                attempt()
            refused.append(str(caught.value))
        for message in refused:
            assert "full" in message or "No space" in message, message
            assert "\n" not in message
        count("disk full: refused writes", len(refused))
        assert not list(backups.iterdir())  # no half backup, not even its temp
        vault.lock()
        filler.unlink()
        reopened = Vault.unlock(folder, PASSPHRASE)  # the old passphrase: the change failed
        try:
            assert verify_read_only(reopened.folder, reopened.data_key).sound
            for session_id, text in saved.items():
                note = reopened.journal.notes.for_session(session_id)
                assert note is not None and note.text == text
            reopened.journal.notes.save_draft(victim, BIG)  # with space, the same write works
        finally:
            reopened.lock()
        assert sorted(p.name for p in folder.iterdir()) == sorted(VAULT_FILES)


CHILD = r'''
import resource, signal, sys
from pathlib import Path
from journal_app.core.backup.backup import create_backup
from journal_app.core.errors import StorageError
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import import_document

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
folder, backups, session_id = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
vault = Vault.unlock(folder, sys.stdin.readline().rstrip("\n"))
j = vault.journal
limit = (folder / "journal.db").stat().st_size + 8192
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
j.notes.save_draft(session_id, "liten ändring")  # fits: rewrites pages in place
print("committed small", flush=True)
big = "Lång anteckning åäö 🌷 " * 60_000

def shrink():  # a backup holds the whole database: no room even for that
    size = (folder / "journal.db").stat().st_size
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))

for name, call in (("note", lambda: j.notes.save_draft(session_id, big)),
                   ("backup", lambda: (shrink(), create_backup(vault, backups / "b.journalbackup"))),
                   ("import", lambda: import_document(j, {"format": "journal-app/1", "clients": [
                       {"name": "Stor Import", "free_text": big[:1900]}] * 600}))):
    try:
        call()
        print("WROTE", name, flush=True)
    except StorageError as exc:
        print("refused", name, str(exc).replace("\n", " "), flush=True)
vault.lock()
'''


def test_rlimit_fsize_refuses_writes_and_loses_nothing(tmp_path: Path) -> None:
    """Always runs: RLIMIT_FSIZE in a child process makes every write past the limit fail."""
    vault, _ = new_vault(tmp_path / "vault")
    client = vault.journal.clients.add("Gräns Filsson")
    package = vault.journal.packages.add(client.id, name="Paket", sessions_total=3,
                                         purchased="2026-01-01")
    session = vault.journal.packages.add_session(package.id, "2026-01-02T10:00")
    vault.journal.notes.save_draft(session.id, "före")
    vault.lock()
    backups = tmp_path / "backups"
    backups.mkdir()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "vault"), str(backups),
                           session.id], input=PASSPHRASE + "\n", capture_output=True, text=True,
                          encoding="utf-8", env=child_env(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert_no_traceback(done.stderr)
    lines = done.stdout.splitlines()
    assert lines[0] == "committed small"
    refused = [line for line in lines if line.startswith("refused ")]
    assert [line.split()[1] for line in refused] == ["note", "backup", "import"], "\n".join(lines)
    for line in refused:
        assert "Nothing already saved was lost" in line, line
    count("disk full: RLIMIT_FSIZE refused writes", len(refused))
    assert not list(backups.iterdir())
    reopened = Vault.unlock(tmp_path / "vault", PASSPHRASE)
    try:
        assert verify_read_only(reopened.folder, reopened.data_key).sound
        note = reopened.journal.notes.for_session(session.id)
        assert note is not None and note.text == "liten ändring"
    finally:
        reopened.lock()
    assert sorted(p.name for p in (tmp_path / "vault").iterdir()) == sorted(VAULT_FILES)


def test_cli_backup_on_a_full_disk_is_one_clear_line(tmp_path: Path) -> None:
    """The CLI under RLIMIT_FSIZE (a child process): one line on stderr, exit 2, no file."""
    import resource
    import signal

    vault, _ = new_vault(tmp_path / "vault")
    # Free pages inside the file (an erased client) take the unlock's log entries, so the
    # limit can be the file's size: any backup, and any large import, must grow past it.
    gone = vault.journal.clients.add("Borta Klient", free_text="x")
    package = vault.journal.packages.add(gone.id, name="P", sessions_total=1,
                                         purchased="2026-01-01")
    session = vault.journal.packages.add_session(package.id, "2026-01-02T10:00")
    vault.journal.notes.save_draft(session.id, "fyllnad " * 40_000)
    vault.journal.erase_client(gone.id)
    vault.lock()
    limit = (tmp_path / "vault" / "journal.db").stat().st_size

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    big = tmp_path / "big.json"  # an import that cannot fit
    sessions = [{"start": "2026-01-02T10:00", "status": "held", "note": "ord " * 200_000}]
    big.write_text('{"format": "journal-app/1", "clients": [{"name": "Stor", "packages": '
                   '[{"name": "P", "sessions_total": 1, "purchased": "2026-01-01", "sessions": '
                   + __import__("json").dumps(sessions) + "}]}]}", encoding="utf-8")
    for args in (["backup", "--to", str(tmp_path / "b.journalbackup")], ["import", str(big)]):
        done = subprocess.run(
            [sys.executable, "-m", "journal_app", "--vault", str(tmp_path / "vault"), *args],
            input=PASSPHRASE + "\n", capture_output=True, text=True, encoding="utf-8",
            env=child_env(), preexec_fn=limited, timeout=60,
        )
        assert done.returncode == 2, (args, done.stderr)
        assert_no_traceback(done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1
        assert "Nothing already saved was lost" in done.stderr
        count("disk full: CLI refusals")
    assert not (tmp_path / "b.journalbackup").exists()
    vault = Vault.unlock(tmp_path / "vault", PASSPHRASE)
    try:
        assert verify_read_only(vault.folder, vault.data_key).sound
        assert vault.journal.clients.all() == []
    finally:
        vault.lock()
