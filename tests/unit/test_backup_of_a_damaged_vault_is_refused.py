"""A damaged vault never becomes a backup: every page's HMAC is checked under the lock the
copy is made under, the backup is refused, an earlier backup at the same path is kept as it
was, and the CLI says the vault itself is damaged. A copy that reaches the disk other than it
left the vault is refused the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from backup_cases import PAGE, cli
from forensic import add_marked_client
from journal_app.core.backup import backup_file
from journal_app.core.backup.backup import create_backup
from journal_app.core.errors import StorageError, VaultDamaged
from journal_app.core.vault.vault import Vault


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


def test_a_copy_garbled_on_its_way_to_disk_never_replaces_the_old_backup(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_marked_client(vault.journal, "Person Kopiasson", "kopiord")
    target = tmp_path / "b.journalbackup"
    create_backup(vault, target)
    good = target.read_bytes()
    real_copy = backup_file.shutil.copyfile

    def garbling_copy(source: Path, destination: Path) -> None:  # a failing stick, say
        real_copy(source, destination)
        with open(destination, "r+b") as handle:
            handle.seek(PAGE + 7)
            byte = handle.read(1)
            handle.seek(PAGE + 7)
            handle.write(bytes([byte[0] ^ 0x40]))

    monkeypatch.setattr(backup_file.shutil, "copyfile", garbling_copy)
    with pytest.raises(StorageError, match="read back differs"):
        create_backup(vault, target)
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.journalbackup", "vault"]
