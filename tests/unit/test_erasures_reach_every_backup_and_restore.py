"""An erase reaches every copy the app knows of: each earlier backup is marked in the erase's
own transaction and cleaned when it can be reached (the CLI says which could not); the
receipts are kept a second time beside the vault (erasures.json, authenticated), so a restore
over a damaged vault, or into another folder, erases again; a restore with no record of the
erasures at all needs the person's consent; a before-restore folder is cleaned too."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from backup_cases import TwoClients, cli, damage_page_one, in_backup, names, two_clients
from forensic import scan
from journal_app.core.backup import restore as restore_mod
from journal_app.core.backup.backup import carry_erasures, create_backup, list_backups
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE


@pytest.fixture
def two(vault: Vault) -> TwoClients:
    return two_clients(vault)


def test_erase_marks_every_earlier_backup_in_its_own_transaction(
    two: TwoClients, tmp_path: Path
) -> None:
    vault, _kept, gone = two
    create_backup(vault, tmp_path / "a.journalbackup")
    create_backup(vault, tmp_path / "b.journalbackup")
    vault.journal.erase_client(gone.id)
    assert [r.holds_erased for r in list_backups(vault.journal)] == [True, True]


def test_cli_erase_carries_into_backups_and_says_what_happened(
    two: TwoClients, tmp_path: Path,
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


def test_restore_over_a_damaged_vault_reapplies_erasures_from_the_sidecar(
    two: TwoClients, tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.journal.erase_client(gone.id)
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
    two: TwoClients, tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.journal.erase_client(gone.id)
    vault.lock()
    path = vault.folder / "erasures.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["receipts"] = []
    path.write_text(json.dumps(raw), encoding="utf-8")
    damage_page_one(vault.folder)
    with pytest.raises(restore_mod.ErasuresUnknown):
        restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)


def test_restore_into_another_folder_finds_the_vault_the_backup_came_from(
    two: TwoClients, tmp_path: Path, clock: ManualClock
) -> None:
    vault, _kept, gone = two
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.journal.erase_client(gone.id)
    vault.lock()
    result = restore_backup(record.path, tmp_path / "copy", PASSPHRASE, clock=clock)
    assert result.erasures_reapplied == [gone.id]
    assert names(tmp_path / "copy") == ["Karin Kvar"]


def test_restore_without_any_record_of_erasures_needs_consent(
    two: TwoClients, tmp_path: Path, clock: ManualClock,
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
    two: TwoClients, tmp_path: Path, clock: ManualClock
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
        reopened.journal.erase_client(gone.id)
        report = carry_erasures(reopened)
    finally:
        reopened.lock()
    assert report.fallbacks_cleaned == [str(result.previous)]
    # Words that cannot turn up by chance (a 4-digit part of the id number can, in a hash).
    words = [*gone.note_words, gone.name, gone.email]
    after = scan(previous_db, key, words)
    assert [n for n in words if after.has(n)] == []
