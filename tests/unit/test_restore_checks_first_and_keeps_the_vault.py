"""A restore checks everything before it touches anything: a damaged backup (truncated,
flipped, emptied, or tampered and resealed so only the page HMACs notice) and a wrong
passphrase change no byte. Replacing a vault needs confirmation and keeps the old one aside,
unchanged; a restore failing at its last step loses nothing; and a recovery key replaced since
the backup stays dead in the restored vault."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_backup import ERASED, KEPT, PAGE, corrupt, fill

from journal_app.core.backup import restore as restore_mod
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.backup_file import DIGEST
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import VaultDamaged, VaultExists, WrongPassphrase
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE, snapshot


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, str, str]:
    kept = fill(vault.journal, KEPT, "Karin Kvar")
    erased = fill(vault.journal, ERASED, "Rut Raderas")
    return vault, kept, erased


def reseal(path: Path, change: Callable[[bytearray], None]) -> None:
    """Tamper and recompute the checksum, so only the page HMACs can notice."""
    import hashlib

    data = bytearray(path.read_bytes()[:-DIGEST])
    change(data)
    path.write_bytes(bytes(data) + hashlib.sha256(data).digest())


@pytest.mark.parametrize(
    "how", ["truncate", "flip_first_page", "flip_header", "flip_database", "flip_checksum",
            "empty", "resealed"]
)
def test_damaged_backup_is_refused_before_anything_changes(
    filled: tuple[Vault, str, str], tmp_path: Path, how: str
) -> None:
    vault = filled[0]
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.lock()
    if how == "resealed":
        reseal(record.path, lambda d: d.__setitem__(3 * PAGE + 99, d[3 * PAGE + 99] ^ 1))
    else:
        corrupt(record.path, how)
    before = snapshot(tmp_path)
    with pytest.raises(VaultDamaged, match=record.path.name):
        restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True)
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["b.journalbackup", "vault"])


def test_wrong_passphrase_on_restore_changes_nothing(
    filled: tuple[Vault, str, str], tmp_path: Path
) -> None:
    vault = filled[0]
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.lock()
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassphrase):
        restore_backup(record.path, vault.folder, "not the passphrase at all", overwrite=True)
    assert snapshot(tmp_path) == before


def test_restore_needs_confirmation_and_keeps_the_old_vault(
    filled: tuple[Vault, str, str], tmp_path: Path, clock: ManualClock
) -> None:
    vault, kept, _erased = filled
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.journal.clients.add("Efter Backupen")
    vault.lock()
    old = snapshot(vault.folder)
    with pytest.raises(VaultExists):
        restore_backup(record.path, vault.folder, PASSPHRASE, clock=clock)
    assert snapshot(vault.folder) == old
    result = restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True, clock=clock)
    assert result.previous is not None and result.previous.name.startswith("vault.before-restore-")
    assert snapshot(result.previous) == old
    assert result.header_from_current
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        names = {c.name for c in reopened.journal.clients.all()}
        assert "Efter Backupen" not in names and "Karin Kvar" in names
        assert reopened.journal.clients.get(kept).name == "Karin Kvar"
    finally:
        reopened.lock()


def test_restore_that_fails_at_the_last_step_loses_nothing(
    filled: tuple[Vault, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = filled[0]
    record = create_backup(vault, tmp_path / "b.journalbackup")
    vault.lock()
    old = snapshot(vault.folder)
    real_rename = os.rename

    def failing_rename(src: Any, dst: Any) -> None:
        if ".restoring-" in str(src):
            raise OSError(28, "No space left on device")
        real_rename(src, dst)

    monkeypatch.setattr(restore_mod.os, "rename", failing_rename)
    with pytest.raises(OSError):
        restore_backup(record.path, vault.folder, PASSPHRASE, overwrite=True)
    assert snapshot(vault.folder) == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.journalbackup", "vault"]


def test_restore_keeps_a_replaced_recovery_key_dead(vault_dir: Path, tmp_path: Path) -> None:
    vault, first_key = Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF)
    record = create_backup(vault, tmp_path / "b.journalbackup")
    second_key = vault.replace_recovery_key()
    vault.lock()
    # The backup opens with the recovery key that was valid when it was made...
    restore_backup(record.path, vault_dir, first_key, by_recovery=True, overwrite=True)
    # ...but the restored vault keeps the current header: the replaced key stays dead.
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(vault_dir, first_key)
    Vault.unlock_with_recovery(vault_dir, second_key).lock()
