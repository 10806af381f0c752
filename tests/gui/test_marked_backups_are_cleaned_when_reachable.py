"""A backup an erase could not reach (a USB stick not plugged in) stays marked as holding erased
data, and is cleaned at the next unlock that can reach it, or when the backup dialog opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableWidget

from forensic import scan
from journal_app.core.backup.backup import create_backup, list_backups
from journal_app.core.backup.backup_file import copy_database_out, read_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from journal_app.ui.tasks import wait_for_tasks
from support import PASSPHRASE


def _erase_while_unplugged(vault_dir: Path, tmp_path: Path, client: str,
                           clock: ManualClock, *, plug_in: bool = True) -> tuple[Path, bytes]:
    vault = Vault.unlock(vault_dir, PASSPHRASE, clock=clock)
    stick = tmp_path / "stick"
    stick.mkdir()
    path = create_backup(vault, stick / "b.journalbackup").path
    key = vault.data_key
    (tmp_path / "stick").rename(tmp_path / "unplugged")
    vault.journal.erase_client(client)
    assert [r.holds_erased for r in list_backups(vault.journal)] == [True]
    vault.lock()
    if plug_in:
        (tmp_path / "unplugged").rename(stick)
    return path, key


def _holds(path: Path, key: bytes, word: str) -> bool:
    copy = path.with_name("scan.db")
    copy_database_out(read_backup(path), copy)
    try:
        return scan(copy, key, [word]).has(word)
    finally:
        copy.unlink()


def test_a_marked_backup_is_cleaned_at_unlock(  # type: ignore[no-untyped-def]
        qtbot, make_window, seeded, unlock, vault_dir: Path, tmp_path: Path,
        clock: ManualClock) -> None:
    path, key = _erase_while_unplugged(vault_dir, tmp_path, seeded["client"], clock)
    assert _holds(path, key, "trädgården")  # the control: the erased note is still there
    window = make_window()
    unlock(window)
    qtbot.waitUntil(lambda: not list_backups(window.controller.journal)[0].holds_erased,
                    timeout=10_000)
    wait_for_tasks()
    assert not _holds(path, key, "trädgården")


def test_a_marked_backup_is_retried_when_the_backup_dialog_opens(  # type: ignore[no-untyped-def]
        qtbot, make_window, seeded, unlock, vault_dir: Path, tmp_path: Path,
        clock: ManualClock) -> None:
    path, key = _erase_while_unplugged(vault_dir, tmp_path, seeded["client"], clock,
                                       plug_in=False)
    window = make_window()
    unlock(window)
    wait_for_tasks()
    assert list_backups(window.controller.journal)[0].holds_erased  # still unplugged
    (tmp_path / "unplugged").rename(tmp_path / "stick")
    window.findChild(QAction, "backupAction").trigger()
    qtbot.waitUntil(lambda: not list_backups(window.controller.journal)[0].holds_erased,
                    timeout=10_000)
    wait_for_tasks()
    assert not _holds(path, key, "trädgården")
    table = window.findChild(QTableWidget, "backupTable")
    qtbot.waitUntil(lambda: table.item(0, 2).text() == "OK", timeout=10_000)
