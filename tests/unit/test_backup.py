"""Backups: one encrypted file that restores to the same vault, erasures carried into listed
backups, the reminder, and the CLI commands over them. A restore's checks and what it keeps:
test_restore_checks_first_and_keeps_the_vault.py."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from forensic import ScanResult, add_marked_client, holds, needle_forms, scan
from journal_app.cli.main import run
from journal_app.core.backup.backup import (
    carry_erasures,
    create_backup,
    list_backups,
)
from journal_app.core.backup.backup_file import DIGEST, copy_database_out, read_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE, snapshot

KEPT = "Behållen-Kanarie-4P2"
ERASED = "Raderad-Kanarie-9Z7"
PAGE = 4096


# Helpers ----------------------------------------------------------------------------------------


def fill(journal: Journal, marker: str, name: str) -> str:
    client = journal.clients.add(name, email=f"{name.split()[0].lower()}@example.se",
                                 free_text=f"kontakt {marker}")
    package = journal.packages.add(client.id, name="Paket", sessions_total=4,
                                   purchased="2026-01-10", price_ore=120000)
    for day, text in ((12, "första"), (19, "andra")):
        session = journal.packages.add_session(package.id, f"2026-01-{day}T10:00", "held")
        journal.notes.save_draft(session.id, f"{text} anteckning {marker}")
        journal.sign_note(session.id)
    journal.notes.start_correction(session.id)
    journal.notes.save_draft(session.id, f"rättad anteckning {marker}")
    journal.sign_note(session.id)
    journal.packages.add_session(package.id, "2026-01-26T10:00")
    return client.id


def state(journal: Journal) -> list[Any]:
    """Everything a practitioner sees, through the repositories."""
    out: list[Any] = [journal.settings.load()]
    for client in journal.clients.all():
        out.append(client)
        out.extend(journal.packages.for_client(client.id))
        out.extend(journal.packages.sessions(client_id=client.id))
        out.extend(journal.notes.for_client(client.id))
    return out


def erase(vault: Vault, client_id: str) -> None:
    from journal_app.core.retention.erasure import EraseReason, erase_client

    erase_client(vault.journal.repos, client_id, reason=EraseReason.CLIENT_REQUEST,
                 policy=RetentionPolicy.ERASE_ON_COMPLETION, mark_backups=True)


def scan_backup(path: Path, key: bytes, needles: list[str]) -> ScanResult:
    """Decrypt every page of a backup's database copy ourselves (tests/forensic.py), and look
    at the whole backup file's raw bytes too."""
    contents = read_backup(path)
    copy = path.with_name(path.name + ".scan")
    copy_database_out(contents, copy)
    try:
        result = scan(copy, key, needles)
    finally:
        copy.unlink()
    raw = path.read_bytes()
    for needle in needles:
        if any(holds(raw, form) for form in needle_forms(needle)):  # ids' hex is chance
            result.found[needle].append(0)
    return result


NEEDLES = [KEPT, ERASED]


def found(data: bytes, marker: str) -> bool:
    return marker.encode("utf-8") in data or marker.encode("utf-16-le") in data


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, str, str]:
    kept = fill(vault.journal, KEPT, "Karin Kvar")
    erased = fill(vault.journal, ERASED, "Rut Raderas")
    return vault, kept, erased


# Backup and restore -----------------------------------------------------------------------------


def test_backup_then_restore_reproduces_the_vault(
    filled: tuple[Vault, str, str], tmp_path: Path, clock: ManualClock
) -> None:
    vault = filled[0]
    before = state(vault.journal)
    from journal_app.export.interchange import export_document

    document = export_document(vault.journal)
    record = create_backup(vault, tmp_path / "b.journalbackup")
    assert [r.id for r in list_backups(vault.journal)] == [record.id]
    result = restore_backup(record.path, tmp_path / "restored", PASSPHRASE, clock=clock)
    assert result.previous is None and not result.header_from_current
    restored = Vault.unlock(tmp_path / "restored", PASSPHRASE, clock=clock)
    try:
        assert state(restored.journal) == before
        assert export_document(restored.journal) == document
        assert restored.journal.audit.verify_chain().intact
        assert [e.action for e in restored.journal.audit.entries(limit=2)] == [
            "unlock", "restore"]
    finally:
        restored.lock()


def test_backup_holds_no_plaintext_and_leaves_no_temp_file(
    filled: tuple[Vault, str, str], tmp_path: Path
) -> None:
    vault = filled[0]
    folder = tmp_path / "usb"
    folder.mkdir()
    control = folder / "control.txt"
    control.write_text(f"exported: {KEPT}", encoding="utf-8")
    vault_files = set(snapshot(vault.folder))
    record = create_backup(vault, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted([control.name, record.path.name])
    assert set(snapshot(vault.folder)) == vault_files
    assert found(control.read_bytes(), KEPT)  # the scan finds the marker where it is plain
    data = record.path.read_bytes()
    for marker in (*NEEDLES, "karin@example.se", "Karin Kvar"):
        assert not found(data, marker), marker
    assert vault.data_key.hex().encode() not in data and vault.data_key not in data
    # ...yet the encrypted copy does hold the journal: decrypted, the markers are there.
    result = scan_backup(record.path, vault.data_key, [KEPT, "Karin Kvar"])
    assert result.has(KEPT) and result.has("Karin Kvar")
    assert 0 not in result.found[KEPT] + result.found["Karin Kvar"]


def test_a_failed_backup_leaves_no_temp_file(
    filled: tuple[Vault, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.core.backup import backup_file
    from journal_app.core.errors import StorageError

    vault = filled[0]
    folder = tmp_path / "usb"
    folder.mkdir()
    control = folder / ".control.tmp"  # the scan below must see a hidden temp-like file
    control.write_bytes(b"x")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_file.os, "fsync", disk_full)
    with pytest.raises(StorageError, match="disk is full"):
        create_backup(vault, folder / "b.journalbackup")
    assert sorted(p.name for p in folder.iterdir()) == [control.name]
    assert list_backups(vault.journal) == []
    assert vault.journal.audit.entries(action="backup") == []


def corrupt(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncate":
        data = data[: len(data) - 5000]
    elif how == "flip_first_page":
        data[40] ^= 0x01
    elif how == "flip_header":
        data[len(data) - DIGEST - 300] ^= 0x01
    elif how == "flip_database":
        data[len(data) // 2] ^= 0x01
    elif how == "flip_checksum":
        data[-1] ^= 0x01
    elif how == "empty":
        data = bytearray()
    path.write_bytes(bytes(data))


def test_backup_refuses_foreign_files_and_the_vault_folder(vault: Vault, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    with pytest.raises(InvalidInput, match="not a journal-app backup"):
        create_backup(vault, other)
    assert other.read_text() == "mine"
    with pytest.raises(InvalidInput, match="vault folder"):
        create_backup(vault, vault.folder / "inside.journalbackup")
    with pytest.raises(InvalidInput, match="backup folder"):
        create_backup(vault)


# Erasures in backups ----------------------------------------------------------------------------


def test_erase_removes_the_client_from_a_listed_backup(vault: Vault, tmp_path: Path) -> None:
    kept, _ = add_marked_client(vault.journal, "Karin Kvar", "kvarmark")
    gone, _ = add_marked_client(vault.journal, "Rut Raderas", "bortmark")
    record = create_backup(vault, tmp_path / "b.journalbackup")
    before = scan_backup(record.path, vault.data_key, gone.needles())
    assert all(before.has(n) for n in gone.needles())  # the control: the scan finds them
    erase(vault, gone.id)
    assert carry_erasures(vault).updated == [str(record.path)]
    after = scan_backup(record.path, vault.data_key, [*gone.needles(), *kept.needles()])
    assert [n for n in gone.needles() if after.has(n)] == []
    assert all(after.has(n) for n in kept.note_words)
    [listed] = list_backups(vault.journal)
    assert not listed.holds_erased and listed.reachable and listed.sha256 != record.sha256
    assert [e.client_id for e in vault.journal.audit.entries(action="backup_erasure")] == [
        gone.id]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.journalbackup", "vault"]
    assert carry_erasures(vault).updated == []  # nothing left to do


def test_unreachable_backup_is_marked_until_it_can_be_cleaned(
    filled: tuple[Vault, str, str], tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, erased = filled
    stick = tmp_path / "stick"
    stick.mkdir()
    record = create_backup(vault, stick)
    unplugged = tmp_path / "unplugged"
    stick.rename(unplugged)
    clock.advance(dt.timedelta(minutes=5))
    erase(vault, erased)
    assert carry_erasures(vault).updated == []
    assert list_backups(vault.journal)[0].holds_erased
    unplugged.rename(stick)
    assert carry_erasures(vault).updated == [str(record.path)]
    assert not list_backups(vault.journal)[0].holds_erased
    assert not scan_backup(record.path, vault.data_key, [ERASED]).has(ERASED)


def test_restoring_an_older_backup_erases_again(
    filled: tuple[Vault, str, str], tmp_path: Path, clock: ManualClock
) -> None:
    vault, kept, erased = filled
    record = create_backup(vault, tmp_path / "b.journalbackup")
    erase(vault, erased)
    vault.lock()
    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert result.erasures_reapplied == [erased]
    db_copy = tmp_path / "restored-copy.db"
    shutil.copyfile(vault.folder / "journal.db", db_copy)
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        assert [c.id for c in reopened.journal.clients.all()] == [kept]
        result = scan(db_copy, reopened.data_key, [ERASED, KEPT])
        assert not result.has(ERASED) and result.has(KEPT)
        assert [r.id for r in list_backups(reopened.journal)] == [record.id]
    finally:
        reopened.lock()


# Reminder and catalog ---------------------------------------------------------------------------


def test_backup_reminder(vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    vault.journal.settings.update(backup_reminder_days=7)
    later = clock.now() + dt.timedelta(days=30)
    assert vault.journal.backup_overdue(later) is None  # an empty vault needs no backup yet
    vault.journal.clients.add("Första Klienten")
    assert vault.journal.backup_overdue(clock.now()) is None
    assert vault.journal.backup_overdue(clock.now() + dt.timedelta(days=8)) == 8
    vault.journal.set_backup_folder(tmp_path)
    create_backup(vault)
    clock.advance(dt.timedelta(days=6))
    assert vault.journal.backup_overdue(clock.now()) is None
    clock.advance(dt.timedelta(days=1))
    assert vault.journal.backup_overdue(clock.now()) == 7


# The command line -------------------------------------------------------------------------------


def cli(monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run(argv)


def test_cli_backup_and_restore(
    filled: tuple[Vault, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = filled[0]
    before = state(vault.journal)
    vault.lock()
    target = tmp_path / "cli.journalbackup"
    assert cli(monkeypatch, ["--vault", str(vault.folder), "backup", "--to", str(target)],
               PASSPHRASE + "\n") == 0
    assert "cli.journalbackup" in capsys.readouterr().out
    # Without --yes an existing vault is never replaced.
    assert cli(monkeypatch, ["restore", "--from", str(target), "--vault", str(vault.folder)],
               PASSPHRASE + "\n") == 2
    assert "already holds" in capsys.readouterr().err
    shutil.rmtree(vault.folder)
    # The vault is gone, and with it the record of erasures: restoring needs consent.
    assert cli(monkeypatch, ["restore", "--from", str(target), "--vault", str(vault.folder),
                             "--accept-erased-may-return"], PASSPHRASE + "\n") == 0
    reopened = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        assert state(reopened.journal) == before
    finally:
        reopened.lock()
    corrupt(target, "flip_database")
    assert cli(monkeypatch, ["restore", "--from", str(target), "--vault",
                             str(tmp_path / "other"), "--yes"], PASSPHRASE + "\n") == 1
    assert not (tmp_path / "other").exists()
