"""The access log: each listed action leaves exactly one entry, and tampering is found."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_app.cli.main import run
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.backup.verify import verify_read_only
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import WrongPassphrase
from journal_app.core.journal.log_export import export_log_csv
from journal_app.core.storage.audit import Action
from journal_app.core.storage.db import open_keyed
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

NAME = "Lisa Loggad"


def count(vault: Vault, action: str) -> int:
    return len(vault.journal.audit.entries(action=action, limit=1_000_000))


def with_note(vault: Vault, *, signed: bool = False) -> tuple[str, str]:
    journal = vault.journal
    client = journal.clients.add(NAME)
    package = journal.packages.add(client.id, name="Paket", sessions_total=3,
                                   purchased="2026-01-10")
    session = journal.packages.add_session(package.id, "2026-01-12T10:00", "held")
    journal.notes.save_draft(session.id, "Samtal om sömn.")
    if signed:
        journal.sign_note(session.id)
    return client.id, session.id


def reopen(vault: Vault) -> Vault:
    vault.lock()
    return Vault.unlock(vault.folder, PASSPHRASE, clock=vault.clock)


# Each case: (action, prepare -> state, act(state) -> the vault to count in).
Case = Callable[[Vault, Path], Vault]


def _unlock(vault: Vault, _tmp: Path) -> Vault:
    return reopen(vault)


def _lock(vault: Vault, _tmp: Path) -> Vault:
    return reopen(vault)


def _recovery_unlock(vault: Vault, _tmp: Path) -> Vault:
    key = vault.replace_recovery_key()
    vault.lock()
    return Vault.unlock_with_recovery(vault.folder, key, clock=vault.clock)


def _failed(vault: Vault, _tmp: Path) -> Vault:
    vault.lock()
    for guess in ("first wrong guess", "second wrong guess"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault.folder, guess)
    return Vault.unlock(vault.folder, PASSPHRASE, clock=vault.clock)


def _open_journal(vault: Vault, _tmp: Path) -> Vault:
    client = vault.journal.clients.add(NAME)
    vault.journal.open_client(client.id)
    return vault


def _client_created(vault: Vault, _tmp: Path) -> Vault:
    vault.journal.clients.add(NAME)
    return vault


def _note_created(vault: Vault, _tmp: Path) -> Vault:
    with_note(vault)
    return vault


def _signed(vault: Vault, _tmp: Path) -> Vault:
    with_note(vault, signed=True)
    return vault


def _corrected(vault: Vault, _tmp: Path) -> Vault:
    _client, session = with_note(vault, signed=True)
    vault.journal.notes.start_correction(session)
    vault.journal.notes.save_draft(session, "Samtal om sömn och mat.")
    vault.journal.sign_note(session)
    return vault


def _export_pdf(vault: Vault, tmp: Path) -> Vault:
    from journal_app.export.pdf import export_journal_pdf

    client, _session = with_note(vault, signed=True)
    export_journal_pdf(vault.journal, client, tmp / "journal.pdf")
    return vault


def _export_extract(vault: Vault, tmp: Path) -> Vault:
    from journal_app.export.extract import export_register_extract

    client, _session = with_note(vault, signed=True)
    export_register_extract(vault.journal, client, tmp / "extract.pdf")
    return vault


def _export_log(vault: Vault, tmp: Path) -> Vault:
    client, _session = with_note(vault)
    export_log_csv(vault.journal, tmp / "log.csv", client_id=client)
    return vault


def _backup(vault: Vault, tmp: Path) -> Vault:
    create_backup(vault, tmp / "b.journalbackup")
    return vault


def _restore(vault: Vault, tmp: Path) -> Vault:
    record = create_backup(vault, tmp / "b.journalbackup")
    vault.lock()
    restore_backup(record.path, tmp / "restored", PASSPHRASE, clock=vault.clock)
    return Vault.unlock(tmp / "restored", PASSPHRASE, clock=vault.clock)


def _erase(vault: Vault, _tmp: Path) -> Vault:

    client, _session = with_note(vault, signed=True)
    vault.journal.erase_client(client)
    return vault


def _policy(vault: Vault, _tmp: Path) -> Vault:
    from journal_app.core.retention.policy import change_policy

    change_policy(vault.journal.repos, RetentionPolicy.PDL)
    return vault


def _passphrase(vault: Vault, _tmp: Path) -> Vault:
    vault.change_passphrase(PASSPHRASE + " again", kdf_policy=FAST_KDF)
    return vault


def _recovery_replaced(vault: Vault, _tmp: Path) -> Vault:
    vault.replace_recovery_key()
    return vault


CASES: dict[Action, Case] = {
    Action.UNLOCK: _unlock, Action.LOCK: _lock, Action.RECOVERY_UNLOCK: _recovery_unlock,
    Action.FAILED_UNLOCKS: _failed, Action.OPEN_JOURNAL: _open_journal,
    Action.CLIENT_CREATED: _client_created, Action.NOTE_CREATED: _note_created,
    Action.NOTE_SIGNED: _signed, Action.NOTE_CORRECTED: _corrected,
    Action.EXPORT_PDF: _export_pdf, Action.EXPORT_EXTRACT: _export_extract,
    Action.EXPORT_LOG: _export_log, Action.BACKUP: _backup, Action.RESTORE: _restore,
    Action.ERASE: _erase, Action.POLICY_CHANGE: _policy, Action.PASSPHRASE_CHANGE: _passphrase,
    Action.RECOVERY_KEY_REPLACED: _recovery_replaced,
}


@pytest.mark.parametrize("action", list(CASES), ids=str)
def test_each_action_leaves_exactly_one_entry(
    vault: Vault, tmp_path: Path, action: Action
) -> None:
    assert count(vault, action) == 0
    counted_in = CASES[action](vault, tmp_path)
    try:
        assert count(counted_in, action) == 1
        assert counted_in.journal.audit.verify_chain().intact
    finally:
        if not counted_in.is_locked:
            counted_in.lock()


def test_entries_name_a_client_only_by_its_random_id(vault: Vault) -> None:
    client, _session = with_note(vault, signed=True)
    vault.journal.open_client(client)
    entries = vault.journal.audit.entries(client_id=client)
    assert len(entries) >= 3
    assert all(NAME not in e.detail for e in entries)
    assert all(e.client_id == client for e in entries)


def tamper(vault: Vault, sql: str) -> None:
    key = vault.data_key
    vault.lock()
    conn = open_keyed(vault.folder / "journal.db", "rw", key)  # outside the app's code paths
    conn.execute(sql)
    conn.close()


@pytest.mark.parametrize("sql", [
    "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 2",
    "UPDATE audit_log SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 2",
    "UPDATE audit_log SET client_id = NULL WHERE seq = 2",
    "DELETE FROM audit_log WHERE seq = 2",
    "UPDATE audit_log SET seq = 100 WHERE seq = 2",
])
def test_tampering_with_one_entry_is_detected(
    vault: Vault, clock: ManualClock, sql: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for i in range(4):
        vault.journal.clients.add(f"Klient {i}")
    assert vault.journal.audit.verify_chain().intact  # the control: untouched, it holds
    tamper(vault, sql)
    opened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        report = opened.journal.audit.verify_chain()
        assert report.first_break in (2, 3, 100)
        problems = verify_read_only(opened.folder, opened.data_key).problems
        assert any("access log" in p for p in problems)
    finally:
        opened.lock()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run(["--vault", str(vault.folder), "log"]) == 1
    assert "altered" in capsys.readouterr().err


def test_cli_log_filters_by_client_and_exports(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client, _session = with_note(vault, signed=True)
    vault.journal.clients.add("Någon Annan")
    vault.lock()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run(["--vault", str(vault.folder), "log", "--client", client]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split("\t")[2] for line in lines] == [
        "note_signed", "note_created", "client_created"]
    target = tmp_path / "log.csv"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run(["--vault", str(vault.folder), "log", "--client", client,
                "--export", str(target)]) == 0
    rows = target.read_text(encoding="utf-8-sig").strip().splitlines()
    assert rows[0].startswith("seq,") and len(rows) == 4


def test_cli_recovery_key_replaces_the_key_and_writes_the_sheet(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    created, old_key = Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF)
    created.lock()
    sheet = tmp_path / "key.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(old_key + "\n"))
    assert run(["--vault", str(vault_dir), "--recovery-key", "recovery-key",
                "--sheet", str(sheet)]) == 0
    out = capsys.readouterr().out
    new_key = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    assert new_key != old_key and sheet.read_bytes().startswith(b"%PDF")
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, old_key)
    opened = Vault.unlock_with_recovery(vault_dir, new_key)
    try:
        assert count(opened, Action.RECOVERY_KEY_REPLACED) == 1
        assert count(opened, Action.FAILED_UNLOCKS) == 1  # the old key, tried above
    finally:
        opened.lock()
