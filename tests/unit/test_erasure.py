"""Erase for good: the forensic proof, what stays, the check after, kill -9, the CLI."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from forensic import add_marked_client, scan
from journal_app.cli.main import run
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput, NotFound, PolicyRefusal
from journal_app.core.retention import erasure
from journal_app.core.retention.erasure import (
    EraseReason,
    ErasureIncomplete,
    check_no_journal_files,
    erase_client,
    parse_reason,
)
from journal_app.core.retention.policy import IvoDecision, change_policy
from journal_app.core.storage import db as dbmod
from journal_app.core.storage import erasures as erasure_store
from journal_app.core.storage.audit import Action
from journal_app.core.storage.repositories import Repositories
from journal_app.core.vault.vault import DB_NAME, Vault
from support import PASSPHRASE

ERASE = RetentionPolicy.ERASE_ON_COMPLETION


def _erase(vault: Vault, client_id: str, **kwargs: object) -> erasure.ErasureReceipt:
    return erase_client(vault.journal.repos, client_id,
                        reason=kwargs.pop("reason", EraseReason.PACKAGE_COMPLETED),  # type: ignore[arg-type]
                        policy=kwargs.pop("policy", ERASE), **kwargs)  # type: ignore[arg-type]


def test_forensic_scan_finds_nothing_of_the_erased_client(vault: Vault) -> None:
    gone, event = add_marked_client(vault.journal, "Qwerta Zyxsson", "raderasq")
    kept, _ = add_marked_client(vault.journal, "Kvarhald Personsson", "behallk")
    db_file = vault.folder / DB_NAME
    before = scan(db_file, vault.data_key, gone.needles() + kept.needles())
    # The scan can see both clients before: so "not found" afterwards means something.
    assert all(before.has(n) for n in gone.needles() + kept.needles()), before.found
    assert event is not None and event.client_id == gone.id

    receipt = _erase(vault, gone.id)

    after = scan(db_file, vault.data_key, gone.needles() + kept.needles())
    assert {n: p for n, p in after.found.items() if n in gone.needles() and p} == {}
    assert all(after.has(n) for n in kept.needles()), after.found
    assert receipt.notes_count == 3 and receipt.whole_client
    assert not Path(f"{db_file}-journal").exists() and not Path(f"{db_file}-wal").exists()
    assert vault.journal.search("raderasqaord") == []
    assert [h.client_id for h in vault.journal.search(kept.note_words[0])] == [kept.id]


def test_drafts_corrections_and_partial_erase(vault: Vault) -> None:
    journal = vault.journal
    client, _ = add_marked_client(journal, "Parti Ellsson", "forstapaket", notes=2)
    second = journal.packages.add(client.id, name="Paket två", sessions_total=3,
                                  purchased="2026-02-20")
    # A signed note with a correction (its first text is an earlier revision), then a draft.
    first_sessions = journal.packages.sessions(package_id=client.package_id)
    kept_session = journal.packages.add_session(second.id, "2026-03-01T10:00", "held")
    journal.notes.save_draft(kept_session.id, "oppetpaketord fortsatt arbete")
    # Correct a note of the completed package: the superseded text must go too.
    old = journal.notes.for_session(first_sessions[0].id)
    assert old is not None
    journal.notes.start_correction(first_sessions[0].id)
    journal.notes.save_draft(first_sessions[0].id, "utkastettord forsta autosparning")
    journal.notes.save_draft(first_sessions[0].id, "rattelseordxyz ny text")
    journal.notes.sign(first_sessions[0].id)
    needles = [*client.note_words, "utkastettord", "rattelseordxyz"]

    receipt = journal.erase_client(client.id, completed_only=True).receipt

    assert receipt.package_ids == (client.package_id,) and not receipt.whole_client
    assert receipt.reason == f"package_completed; packages={client.package_id}"
    found = scan(vault.folder / DB_NAME, vault.data_key, [*needles, "oppetpaketord"])
    assert [n for n in needles if found.has(n)] == []
    assert found.has("oppetpaketord")  # the open package's draft stays
    assert journal.clients.get(client.id).name == "Parti Ellsson"
    assert [p.id for p in journal.packages.for_client(client.id)] == [second.id]


def test_pdl_refuses_then_ivo_erases_and_is_recorded(vault: Vault) -> None:
    change_policy(vault.journal.repos, RetentionPolicy.PDL)
    gone, _ = add_marked_client(vault.journal, "Ivorad Pdlsson", "ivoradera")
    kept, _ = add_marked_client(vault.journal, "Pdlkvar Stannar", "pdlbehall")
    with pytest.raises(PolicyRefusal, match="10 years after the last entry"):
        vault.journal.erase_client(gone.id)
    assert len(vault.journal.notes.for_client(gone.id)) == 3

    ivo = IvoDecision("IVO 3.5.1-12345/2026", dt.date(2026, 2, 20))
    receipt = vault.journal.erase_client(gone.id, ivo=ivo).receipt

    assert receipt.reason == "ivo_decision; ref=IVO 3.5.1-12345/2026; date=2026-02-20"
    assert receipt.policy is RetentionPolicy.PDL
    stored = vault.journal.erasure_receipts(client_id=gone.id)
    assert [r.reason for r in stored] == [receipt.reason]
    found = scan(vault.folder / DB_NAME, vault.data_key, gone.needles() + kept.needles())
    assert [n for n in gone.needles() if found.has(n)] == []
    assert all(found.has(n) for n in kept.needles())


def test_billing_record_and_receipt_keep_no_health_data(vault: Vault) -> None:
    paid, _ = add_marked_client(vault.journal, "Betal Kundsson", "betalord", price_ore=600000)
    receipt = _erase(vault, paid.id)
    assert receipt.billing_records == 1
    (record,) = vault.journal.billing_records()
    assert (record.name, record.email, record.id_number) == (paid.name, paid.email,
                                                            paid.id_number)
    assert (record.package_name, record.price_ore, record.keep_until) == (
        "Samtalspaket", 600000, dt.date(2033, 12, 31))
    assert record.client_id is None  # no link from the pseudonymous id back to the name
    found = scan(vault.folder / DB_NAME, vault.data_key, [*paid.note_words, paid.name])
    assert [w for w in paid.note_words if found.has(w)] == []
    assert found.has(paid.name)  # kept on purpose, in the billing record only
    with vault.db.read() as conn:
        receipt_row = conn.execute("SELECT * FROM erasure_receipts").fetchone()
        record_row = conn.execute("SELECT * FROM billing_records").fetchone()
    receipt_text = " ".join(str(v) for v in receipt_row)
    assert paid.name not in receipt_text and paid.email not in receipt_text
    record_text = " ".join(str(v) for v in record_row)
    assert not any(w in record_text for w in (*paid.note_words, "sömn", "oro", "2026-02-0"))


def test_audit_keeps_pseudonymous_entries_and_an_intact_chain(vault: Vault) -> None:
    client, _ = add_marked_client(vault.journal, "Logg Personsson", "loggord")
    before = [e for e in vault.journal.audit.entries(limit=1000) if e.client_id == client.id]
    _erase(vault, client.id)
    after = [e for e in vault.journal.audit.entries(limit=1000) if e.client_id == client.id]
    assert after[0].action == Action.ERASE and after[1:] == before
    assert "Logg" not in after[0].detail and "notes=3" in after[0].detail
    assert vault.journal.audit.verify_chain().intact


def test_a_failed_check_rolls_the_erase_back_and_says_so(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _ = add_marked_client(vault.journal, "Kvar Trotsallt", "kontrollord")
    # The index entries are not removed: the check after the erase must notice.
    monkeypatch.setattr(erasure_store.search, "remove_entry", lambda *a, **k: False)
    with pytest.raises(ErasureIncomplete, match="search index rows"):
        _erase(vault, client.id)
    assert len(vault.journal.notes.for_client(client.id)) == 3  # rolled back: untouched
    assert vault.journal.erasure_receipts() == []


def test_a_leftover_journal_file_is_reported(tmp_path: Path) -> None:
    db_file = tmp_path / DB_NAME
    check_no_journal_files(db_file)
    Path(f"{db_file}-journal").write_bytes(b"old pages")
    with pytest.raises(ErasureIncomplete, match=r"journal\.db-journal"):
        check_no_journal_files(db_file)


def test_erase_refuses_inside_another_transaction_and_unknown_clients(vault: Vault) -> None:
    client, _ = add_marked_client(vault.journal, "Nest Ledsson", "nestord")
    with vault.db.write(), pytest.raises(InvalidInput, match="own transaction"):
        _erase(vault, client.id)
    _erase(vault, client.id)
    with pytest.raises(NotFound):
        _erase(vault, client.id)


def test_reason_text_round_trips_for_backup_replay(vault: Vault, tmp_path: Path) -> None:
    client, _ = add_marked_client(vault.journal, "Kopia Backupsson", "kopiaord")
    copy = tmp_path / "copy.db"
    shutil.copyfile(vault.folder / DB_NAME, copy)
    receipt = vault.journal.erase_client(client.id).receipt
    database = dbmod.Database(dbmod.connect(copy, vault.data_key, create=False), copy)
    try:
        replayed = erase_client(Repositories(database, vault.clock), client.id,
                                reason=receipt.reason, policy=ERASE)
    finally:
        database.close()
    assert replayed.notes_count == 3
    assert [n for n in client.note_words if scan(copy, vault.data_key, [n]).has(n)] == []
    assert parse_reason("ivo_decision; ref=A 1; date=2026-01-02; packages=p1,p2") == (
        EraseReason.IVO_DECISION, IvoDecision("A 1", dt.date(2026, 1, 2)), ("p1", "p2"))


# kill -9 ------------------------------------------------------------------------------------

# The child erases; with pause_after=k it stops for good after its k-th batch of deletes, inside
# the transaction, so some kills surely land half-way; the others land at random moments.
CHILD = """
import sys, time
sys.path[:0] = {paths!r}
from journal_app.core.storage import erasures
from journal_app.core.vault.vault import Vault
real, calls = erasures._delete_in, [0]
def pausing(conn, sql, values):
    real(conn, sql, values)
    calls[0] += 1
    if calls[0] == {pause_after}:
        print("inside", flush=True)
        time.sleep(600)
erasures._delete_in = pausing
vault = Vault.unlock(__import__("pathlib").Path({folder!r}), {passphrase!r})
print("ready", flush=True)
sys.stdin.readline()
vault.journal.erase_client({client!r})
print("done", flush=True)
"""


def test_kill_9_leaves_the_client_untouched_or_fully_erased(vault: Vault, tmp_path: Path) -> None:
    journal = vault.journal
    client, _ = add_marked_client(journal, "Avbruten Raderasson", "dodadord", notes=60)
    add_marked_client(journal, "Stabil Kvarsson", "stabilord")
    vault.lock()
    pristine = tmp_path / "pristine"
    shutil.copytree(vault.folder, pristine)
    rng = random.Random(5)
    outcomes: list[str] = []
    src = str(Path(__file__).resolve().parents[2] / "src")
    for attempt in range(12):
        folder = tmp_path / f"run{attempt}"
        shutil.copytree(pristine, folder)
        pause_after = attempt % 6 + 1 if attempt < 6 else 0  # 5 delete batches, then commit
        code = CHILD.format(paths=[src], folder=str(folder), passphrase=PASSPHRASE,
                            client=client.id, pause_after=pause_after)
        child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ready"
        child.stdin.write("go\n")
        child.stdin.flush()
        if pause_after:
            line = child.stdout.readline().strip()
            assert line == ("inside" if pause_after <= 5 else "done")
        else:  # somewhere between "not started yet" and "certainly finished"
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=rng.uniform(0.0, 0.08))
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reopened = Vault.unlock(folder, PASSPHRASE, clock=ManualClock())
        try:
            notes = reopened.journal.notes.for_client(client.id)
            erased = bool(reopened.journal.erasure_receipts(client_id=client.id))
            if erased:
                assert notes == []
                with pytest.raises(NotFound):
                    reopened.journal.clients.get(client.id)
                outcomes.append("erased")
            else:
                assert len(notes) == 60  # never half
                reopened.journal.erase_client(client.id)  # the re-run completes it
                outcomes.append("untouched")
            assert reopened.journal.notes.for_client(client.id) == []
            assert len(reopened.journal.clients.all()) == 1
        finally:
            reopened.lock()
        hits = scan(folder / DB_NAME, bytes.fromhex(_key_hex(folder)), list(client.note_words))
        assert [w for w in client.note_words if hits.has(w)] == []
    assert outcomes[:5] == ["untouched"] * 5 and outcomes[5] == "erased", outcomes


def _key_hex(folder: Path) -> str:
    opened = Vault.unlock(folder, PASSPHRASE, clock=ManualClock())
    try:
        return opened.data_key.hex()
    finally:
        opened.lock()


# The command line ---------------------------------------------------------------------------


def _cli(monkeypatch: pytest.MonkeyPatch, folder: Path, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n{stdin}"))
    return run(["--vault", str(folder), *argv])


def test_cli_erase_needs_yes_off_a_terminal_then_erases(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    client, _ = add_marked_client(vault.journal, "Cli Raderasson", "cliord")
    vault.lock()
    assert _cli(monkeypatch, vault.folder, "erase", "--client", client.id) == 2
    assert "--yes" in capsys.readouterr().err
    assert _cli(monkeypatch, vault.folder, "erase", "--client", client.id, "--yes") == 0
    assert "Erased 3 note(s)" in capsys.readouterr().out
    assert _cli(monkeypatch, vault.folder, "erase", "--client", client.id, "--yes") == 2


def test_cli_erase_refuses_under_pdl_and_takes_an_ivo_decision(
    vault_dir: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    change_policy(vault.journal.repos, RetentionPolicy.PDL)
    client, _ = add_marked_client(vault.journal, "Pdl Clisson", "pdlcliord")
    vault.lock()
    assert _cli(monkeypatch, vault_dir, "erase", "--client", client.id, "--yes") == 2
    assert "Patientdatalagen 3 kap 17 §" in capsys.readouterr().err
    assert _cli(monkeypatch, vault_dir, "erase", "--client", client.id, "--yes",
                "--ivo-decision", "Dnr 1-2/2026", "--ivo-date", "2026-01-15") == 0
    assert "ivo_decision; ref=Dnr 1-2/2026; date=2026-01-15" in capsys.readouterr().out


def test_cli_due_lists_and_purges(
    vault: Vault, clock: ManualClock, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    waiting, _ = add_marked_client(vault.journal, "Vantar Radersson", "vantarord")
    paid, _ = add_marked_client(vault.journal, "Gammal Faktursson", "fakturaord",
                                price_ore=100, purchased="2010-05-01")
    clock.set(dt.datetime(2012, 1, 1, tzinfo=dt.UTC))  # erased while 2010's books were kept
    vault.journal.erase_client(paid.id)
    assert [r.keep_until for r in vault.journal.billing_records()] == [dt.date(2017, 12, 31)]
    vault.lock()
    assert _cli(monkeypatch, vault.folder, "due") == 0  # the CLI runs on the real clock
    out = capsys.readouterr().out
    assert f"erase\t{waiting.id}\tVantar Radersson" in out
    assert "billing record past its time\tGammal Faktursson" in out
    assert "Purged 1 billing record(s)" in out
    assert _cli(monkeypatch, vault.folder, "due") == 0
    assert "past its time" not in capsys.readouterr().out
