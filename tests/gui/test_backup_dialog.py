"""The backup dialog, the recovery-key sheet and unlocking with the recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from journal_app.ui.dialogs.backup_dialog import BackupDialog
from journal_app.ui.dialogs.recovery_dialog import RecoveryKeyDialog, RecoveryUnlockDialog
from support import FAST_KDF, PASSPHRASE


def test_backup_then_restore_from_the_dialog(
    qtbot: QtBot, vault: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    vault.journal.clients.add("Anna Andersson")
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    target = tmp_path / "b.journalbackup"
    dialog.start_backup(target)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert target.is_file() and "Backed up" in dialog.status.text()
    assert dialog.table.item(0, 2).text() == "OK"

    vault.journal.clients.add("Efter Backupen")
    results: list[Any] = []
    dialog.restored.connect(results.append)
    dialog.start_restore(target, PASSPHRASE, confirmed=True)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results[0] is not None and results[0].previous is not None
    assert vault.is_locked
    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    try:
        assert [c.name for c in reopened.journal.clients.all()] == ["Anna Andersson"]
    finally:
        reopened.lock()


def test_wrong_passphrase_on_restore_keeps_the_vault_open(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    target = tmp_path / "b.journalbackup"
    dialog.start_backup(target)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    dialog.start_restore(target, "not the passphrase at all", confirmed=True)
    qtbot.waitUntil(lambda: "Wrong" in dialog.status.text(), timeout=10_000)
    assert not vault.is_locked


def test_recovery_key_is_kept_before_closing_and_prints(
    qtbot: QtBot, vault: Vault, tmp_path: Path, clock: ManualClock
) -> None:
    key = vault.replace_recovery_key()
    dialog = RecoveryKeyDialog(key, vault_id=vault.header.vault_id,
                               practice_name="Samtalsmottagningen", issued=clock.now(),
                               language="en")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.key_label.text() == key and not ok.isEnabled()
    dialog.kept.setChecked(True)
    assert ok.isEnabled()
    sheet = tmp_path / "recovery.pdf"
    assert dialog.save_sheet(sheet)
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert all(group in text for group in key.split("-"))
    assert vault.header.vault_id in text and "Samtalsmottagningen" in text


def test_recovery_key_unlocks_and_sets_a_new_passphrase(
    qtbot: QtBot, vault_dir: Path, clock: ManualClock
) -> None:
    created, key = Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    created.lock()
    dialog = RecoveryUnlockDialog(vault_dir, clock, kdf_policy=FAST_KDF)
    qtbot.addWidget(dialog)
    opened: list[Any] = []
    dialog.vaultOpened.connect(opened.append)
    dialog.key_edit.setText(key)
    dialog.new_edit.setText("a new and long passphrase")
    dialog.repeat_edit.setText("a different passphrase")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "differ" in dialog.message.text() and not opened
    dialog.repeat_edit.setText("a new and long passphrase")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    opened[0].lock()
    Vault.unlock(vault_dir, "a new and long passphrase").lock()


def test_the_recovery_key_is_checked_first_and_can_be_shown(
    qtbot: QtBot, vault_dir: Path, clock: ManualClock
) -> None:
    created, _key = Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    created.lock()
    dialog = RecoveryUnlockDialog(vault_dir, clock, kdf_policy=FAST_KDF)
    qtbot.addWidget(dialog)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_key.setChecked(True)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.key_edit.setText("ABCD-EFGH")  # half a key, and no new passphrase yet
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "32 letters and digits in 8 groups" in dialog.message.text()
    dialog.show_key.setChecked(False)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password


def test_restore_without_a_record_of_erasures_asks_first(
    qtbot: QtBot, vault: Vault, tmp_path: Path, clock: ManualClock, monkeypatch: Any
) -> None:
    """When no record of later erasures can be read, the GUI asks before restoring; "No"
    changes nothing, "Yes" restores with the person's consent."""
    import journal_app.ui.dialogs.backup_dialog as module
    from journal_app.core.backup.restore import ErasuresUnknown

    calls: list[bool] = []
    real_restore = module.restore_backup

    def restore(*args: Any, accept_unverified_erasures: bool = False, **kwargs: Any) -> Any:
        calls.append(accept_unverified_erasures)
        if not accept_unverified_erasures:
            raise ErasuresUnknown()
        return real_restore(*args, accept_unverified_erasures=True, **kwargs)

    monkeypatch.setattr(module, "restore_backup", restore)
    vault.journal.clients.add("Anna Andersson")
    dialog = BackupDialog(vault)
    qtbot.addWidget(dialog)
    target = tmp_path / "b.journalbackup"
    dialog.start_backup(target)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    answers = iter([False, True])
    monkeypatch.setattr(BackupDialog, "_accept_unknown_erasures", lambda self: next(answers))

    results: list[Any] = []
    dialog.restored.connect(results.append)
    dialog.start_restore(target, PASSPHRASE, confirmed=True)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [None] and calls == [False]  # refused: nothing restored
    assert not any(p.name.startswith("vault.before-restore") for p in tmp_path.iterdir())

    reopened = Vault.unlock(vault.folder, PASSPHRASE, clock=clock)
    dialog2 = BackupDialog(reopened)
    qtbot.addWidget(dialog2)
    results.clear()
    dialog2.restored.connect(results.append)
    dialog2.start_restore(target, PASSPHRASE, confirmed=True)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert calls == [False, False, True] and results[0] is not None
