"""Security review findings 1, 2, 3, 9, 11 and 12: erasures reach every backup and survive a
damaged database, a damaged vault never replaces a good backup, billing records do not link
package ids to names, the access log survives a restore, and verify writes nothing."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from forensic import MarkedClient, add_marked_client, scan
from journal_app.cli.main import run
from journal_app.core.backup import restore as restore_mod
from journal_app.core.backup.backup import create_backup, list_backups
from journal_app.core.backup.backup_file import copy_database_out, read_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import VaultDamaged
from journal_app.core.retention.erasure import erase_in_journal
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE, snapshot

PAGE = 4096


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
        stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def in_backup(path: Path, key: bytes, needles: list[str]) -> set[str]:
    copy = path.with_name(path.name + ".scan")
    copy_database_out(read_backup(path), copy)
    try:
        result = scan(copy, key, needles)
    finally:
        copy.unlink()
    return {n for n in needles if result.has(n)}


def names(folder: Path) -> list[str]:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return sorted(c.name for c in vault.journal.clients.all())
    finally:
        vault.lock()


def damage_page_one(folder: Path) -> None:
    path = folder / "journal.db"
    data = bytearray(path.read_bytes())
    data[200] ^= 1
    path.write_bytes(bytes(data))


@pytest.fixture
def two(vault: Vault) -> tuple[Vault, MarkedClient, MarkedClient]:
    kept, _ = add_marked_client(vault.journal, "Karin Kvar", "kvarord")
    gone, _ = add_marked_client(vault.journal, "Rut Raderas", "bortord")
    return vault, kept, gone


# Finding 1: the CLI erase reaches the backups; marked backups are retried ------------------------


def test_erase_marks_every_earlier_backup_in_its_own_transaction(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path
) -> None:
    vault, _kept, gone = two
    create_backup(vault, tmp_path / "a.journalbackup")
    create_backup(vault, tmp_path / "b.journalbackup")
    erase_in_journal(vault.journal, gone.id)
    assert [r.holds_erased for r in list_backups(vault.journal)] == [True, True]


def test_cli_erase_carries_into_backups_and_says_what_happened(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    vault, kept, gone = two
    key = vault.data_key
    reachable = create_backup(vault, tmp_path / "here.journalbackup").path
    stick = tmp_path / "stick"
    stick.mkdir()
    away = create_backup(vault, stick / "away.journalbackup").path
    vault.lock()
    assert in_backup(reachable, key, gone.note_words[:1]) == {gone.note_words[0]}  # control
    stick.rename(tmp_path / "unplugged")
    code, out, _err = cli(monkeypatch, capsys, ["--vault", str(vault.folder), "erase",
                                                "--client", gone.id, "--yes"])
    assert code == 0
    assert "removed from 1 backup" in out and "1 backup not reachable" in out
    assert in_backup(reachable, key, [*gone.note_words, gone.name, gone.email,
                                      kept.note_words[0]]) == {kept.note_words[0]}
    reopened = Vault.unlock(vault.folder, PASSPHRASE)
    try:
        marks = {r.path.name: r.holds_erased for r in list_backups(reopened.journal)}
    finally:
        reopened.lock()
    assert marks == {"here.journalbackup": False, "away.journalbackup": True}
    # Plugged in again: `backups` retries the marked one.
    (tmp_path / "unplugged").rename(stick)
    code, out, _err = cli(monkeypatch, capsys, ["--vault", str(vault.folder), "backups"])
    assert code == 0 and "holds erased data" not in out
    assert in_backup(away, key, gone.note_words[:1]) == set()


# Finding 2: erasure receipts survive a damaged database ------------------------------------------


def test_restore_over_a_damaged_vault_reapplies_erasures_from_the_sidecar(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    erase_in_journal(vault.journal, gone.id)
    vault.lock()
    sidecar = (vault.folder / "erasures.json").read_text(encoding="utf-8")
    assert gone.id in sidecar  # the control: the receipt is there...
    for needle in (gone.name, *gone.name.split(), gone.email, *gone.note_words):
        assert needle not in sidecar  # ...but nothing that names the client
    damage_page_one(vault.folder)
    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert result.erasures_reapplied == [gone.id]
    assert "1 client(s) erased after the backup were erased again" in restore_mod.describe(result)
    assert names(vault.folder) == ["Karin Kvar"]


def test_a_tampered_sidecar_is_not_trusted(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    erase_in_journal(vault.journal, gone.id)
    vault.lock()
    path = vault.folder / "erasures.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["receipts"] = []
    path.write_text(json.dumps(raw), encoding="utf-8")
    damage_page_one(vault.folder)
    with pytest.raises(restore_mod.ErasuresUnknown):
        restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)


def test_restore_into_another_folder_finds_the_vault_the_backup_came_from(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    erase_in_journal(vault.journal, gone.id)
    vault.lock()
    result = restore_backup(record.path, tmp_path / "copy", PASSPHRASE, clock=clock)
    assert result.erasures_reapplied == [gone.id]
    assert names(tmp_path / "copy") == ["Karin Kvar"]


def test_restore_without_any_record_of_erasures_needs_consent(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path, clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    vault = two[0]
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.lock()
    shutil.rmtree(vault.folder)  # the laptop is gone; only the backup is left
    target = tmp_path / "new"
    with pytest.raises(restore_mod.ErasuresUnknown, match="erased"):
        restore_backup(record.path, target, PASSPHRASE, clock=clock)
    assert not target.exists()
    code, _out, err = cli(monkeypatch, capsys, ["restore", "--from", str(record.path),
                                                "--vault", str(target)])
    assert code != 0 and "--accept-erased-may-return" in err and not target.exists()
    code, out, _err = cli(monkeypatch, capsys, ["restore", "--from", str(record.path),
                                                "--vault", str(target),
                                                "--accept-erased-may-return"])
    assert code == 0 and "could not be checked" in out
    assert names(target) == ["Karin Kvar", "Rut Raderas"]


def test_later_erasures_reach_the_before_restore_folder(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, gone = two
    key = vault.data_key
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.lock()
    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert result.previous is not None
    previous_db = result.previous / "journal.db"
    assert scan(previous_db, key, gone.note_words[:1]).has(gone.note_words[0])  # control
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        erase_in_journal(reopened.journal, gone.id)
        from journal_app.core.backup.backup import carry_erasures

        report = carry_erasures(reopened)
    finally:
        reopened.lock()
    assert report.fallbacks_cleaned == [str(result.previous)]
    # Words that cannot turn up by chance (a 4-digit part of the id number can, in a hash).
    words = [*gone.note_words, gone.name, gone.email]
    after = scan(previous_db, key, words)
    assert [n for n in words if after.has(n)] == []


# Finding 3: a damaged vault never becomes (or replaces) a backup ---------------------------------


def test_backup_of_a_damaged_vault_is_refused_and_the_old_backup_kept(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for i in range(40):
        add_marked_client(vault.journal, f"Person Nummer{i}", f"fyll{i}")
    target = tmp_path / "b.journalbackup"
    create_backup(vault, target)
    good = target.read_bytes()
    path = vault.db.path
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    data[(pages - 3) * PAGE + 500] ^= 1  # a page the next statements do not read
    path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match=r"journal\.db.*fail their HMAC"):
        create_backup(vault, target)
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.journalbackup", "vault"]
    vault.lock()
    code, _out, err = cli(monkeypatch, capsys, ["--vault", str(vault.folder), "backup", "--to",
                                                str(target)])
    assert code == 1 and "vault itself is damaged" in err and "verify" in err
    assert target.read_bytes() == good


# Finding 9: billing records do not keep the package id -------------------------------------------


def test_billing_records_hold_no_package_id(vault: Vault) -> None:
    client, _ = add_marked_client(vault.journal, "Cecilia Carlsson", "bill", price_ore=50000)
    erase_in_journal(vault.journal, client.id)
    with vault.db.read() as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(billing_records)")]
        rows = conn.execute("SELECT * FROM billing_records").fetchall()
    assert "name" in columns and len(rows) == 1  # the control: the record is there
    assert "package_id" not in columns
    assert not any(client.package_id in str(value) for value in rows[0])


# Finding 11: the access log survives a restore; a cut tail is found -----------------------------


def test_restore_carries_later_log_entries_over(
    two: tuple[Vault, MarkedClient, MarkedClient], tmp_path: Path, clock: ManualClock
) -> None:
    vault, kept, _gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.journal.open_client(kept.id)
    vault.lock()
    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert result.log_entries_carried >= 3  # backup, open_journal, lock
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        carried = [e for e in reopened.journal.audit.entries()
                   if "carried over from before restore" in e.detail]
        assert "open_journal" in [e.action for e in carried]
        assert any(e.client_id == kept.id for e in carried)
        assert reopened.journal.audit.verify_chain().intact
    finally:
        reopened.lock()


def test_verify_finds_a_cut_log_tail(
    two: tuple[Vault, MarkedClient, MarkedClient], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault, _kept, gone = two
    erase_in_journal(vault.journal, gone.id)
    from journal_app.core.backup.backup import carry_erasures

    carry_erasures(vault)  # writes the sidecar and its log anchor
    vault.lock()
    folder = str(vault.folder)
    assert cli(monkeypatch, capsys, ["--vault", folder, "verify"])[0] == 0  # control
    opened = Vault.unlock(vault.folder, PASSPHRASE)
    anchor = json.loads((vault.folder / "erasures.json").read_text())["log_anchor"]["seq"]
    with opened.db.write() as conn:
        conn.execute("DELETE FROM audit_log WHERE seq >= ?", (anchor - 1,))
    opened.db.close()  # no LOCK entry: the log now ends before the anchor
    code, _out, err = cli(monkeypatch, capsys, ["--vault", folder, "verify"])
    assert code == 1 and "access log" in err and "removed" in err


# Finding 12: verify writes nothing ---------------------------------------------------------------


def test_verify_writes_nothing(
    two: tuple[Vault, MarkedClient, MarkedClient], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = two[0]
    vault.lock()
    before = snapshot(vault.folder)
    code, out, _err = cli(monkeypatch, capsys, ["--vault", str(vault.folder), "verify"])
    assert code == 0 and "chain intact" in out
    assert snapshot(vault.folder) == before
    damage_page_one(vault.folder)
    damaged = snapshot(vault.folder)
    code, _out, err = cli(monkeypatch, capsys, ["--vault", str(vault.folder), "verify"])
    assert code == 1 and "DAMAGED" in err
    assert snapshot(vault.folder) == damaged
