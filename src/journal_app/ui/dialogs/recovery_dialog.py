"""The recovery key in the app: shown once (with its printable sheet), replaced on request, and
used to unlock the vault and set a new passphrase when the old one is forgotten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.clock import Clock
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.keys.kdf import KdfPolicy
from journal_app.core.keys.passphrase import check_passphrase
from journal_app.core.keys.recovery import parse_recovery_key
from journal_app.core.vault.vault import Vault
from journal_app.ui.core_messages import error_text
from journal_app.ui.modal import ask_yes_no, choose_path, documents_path, warn, widen_fields
from journal_app.ui.tasks import run_task


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once. Closing needs the practitioner to confirm they kept it."""

    def __init__(self, recovery_key: str, *, vault_id: str, practice_name: str,
                 issued: dt.datetime, language: str = "sv",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Your recovery key"))
        self._key = recovery_key
        self._vault_id, self._practice, self._issued = vault_id, practice_name, issued
        self._language = language
        intro = QLabel(self.tr(
            "This key opens the vault if you forget your passphrase. It is shown only now: "
            "print the sheet or write the key down, and keep it locked away from the computer."
        ), self)
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key, self)
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.save_button = QPushButton(self.tr("Save printable sheet (PDF)…"), self)
        self.save_button.setObjectName("recoverySheetButton")
        self.kept = QCheckBox(self.tr("I have printed or written down the recovery key"), self)
        self.kept.setObjectName("recoveryKeptCheck")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (intro, self.key_label, self.save_button, self.kept, self.buttons):
            layout.addWidget(widget)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._choose_sheet_file)
        self.kept.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok)
                                  .setEnabled)
        self.buttons.accepted.connect(self.accept)

    def reject(self) -> None:
        # Escape must not lose a key shown only once.
        if self.kept.isChecked():
            super().reject()

    @Slot()
    def _choose_sheet_file(self) -> None:
        save_sheet_as(self, self._key, vault_id=self._vault_id, practice_name=self._practice,
                      issued=self._issued, language=self._language)

    def save_sheet(self, target: Path) -> bool:
        return save_sheet(self, target, self._key, vault_id=self._vault_id,
                          practice_name=self._practice, issued=self._issued,
                          language=self._language)


def save_sheet_as(parent: QWidget, recovery_key: str, *, vault_id: str, practice_name: str,
                  issued: dt.datetime, language: str) -> Path | None:
    """Ask where, then save the printable recovery-key sheet; the file, or None."""
    path = choose_path(
        parent, QCoreApplication.translate("RecoveryDialog", "Save the recovery-key sheet"),
        str(documents_path("recovery-key.pdf")),
        QCoreApplication.translate("RecoveryDialog", "PDF files (*.pdf)"))
    if not path:
        return None
    target = Path(path)
    ok = save_sheet(parent, target, recovery_key, vault_id=vault_id,
                    practice_name=practice_name, issued=issued, language=language)
    return target if ok else None


def save_sheet(parent: QWidget, target: Path, recovery_key: str, *, vault_id: str,
               practice_name: str, issued: dt.datetime, language: str) -> bool:
    # ReportLab is imported on first use, not on every start of the app.
    from journal_app.export.recovery_sheet import save_recovery_sheet

    try:
        save_recovery_sheet(target, recovery_key, vault_id=vault_id,
                            practice_name=practice_name, issued=issued, language=language)
    except JournalError as exc:
        warn(parent, QCoreApplication.translate("RecoveryDialog", "Could not save the sheet"),
             error_text(exc))
        return False
    return True


def replace_recovery_key(vault: Vault, parent: QWidget, language: str = "sv") -> bool:
    """Ask, replace the key (the old one no longer opens the vault; older backups still open
    with it), and show the new one once."""
    yes = ask_yes_no(
        parent, QCoreApplication.translate("RecoveryDialog", "Replace the recovery key"),
        QCoreApplication.translate(
            "RecoveryDialog", "Make a new recovery key? The current one will no longer open the "
            "vault. Backups made before now still open with it: if someone may know it, make a new "
            "backup and delete the older ones."),
    )
    if not yes or vault.is_locked:  # locked while asking: nothing to replace
        return False
    new_key = vault.replace_recovery_key()
    RecoveryKeyDialog(
        new_key, vault_id=vault.header.vault_id,
        practice_name=vault.journal.vault_settings().practice_name,
        issued=vault.clock.now(), language=language, parent=parent,
    ).exec()
    return True


class RecoveryUnlockDialog(QDialog):
    """Forgotten passphrase: the recovery key opens the vault and a new passphrase is set.
    Emits `vaultOpened(Vault)` with the unlocked vault."""

    vaultOpened = Signal(object)

    def __init__(self, folder: Path, clock: Clock | None = None,
                 parent: QWidget | None = None, *, kdf_policy: KdfPolicy | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryUnlockDialog")
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self._folder = folder
        self._clock = clock
        self._kdf_policy = kdf_policy  # None: production parameters; tests pass FAST_KDF
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        # Typed from paper, 32 characters: the practitioner may want to check them as typed.
        self.show_key = QCheckBox(self.tr("&Show the key as I type it"), self)
        self.show_key.setObjectName("showRecoveryKeyCheck")
        self.show_key.toggled.connect(lambda shown: self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        self.new_edit = QLineEdit(self)
        self.new_edit.setObjectName("newPassphraseEdit")
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("repeatPassphraseEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key:"), self.key_edit)
        form.addRow("", self.show_key)
        form.addRow(self.tr("New passphrase:"), self.new_edit)
        form.addRow(self.tr("Repeat the new passphrase:"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        widen_fields(self)
        hint = self.key_edit.placeholderText()  # the whole 8×4 form stays readable
        self.key_edit.setMinimumWidth(self.key_edit.fontMetrics().horizontalAdvance(hint) + 24)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)

    @Slot()
    def _start(self) -> None:
        new = self.new_edit.text()
        try:
            parse_recovery_key(self.key_edit.text())  # its form first: the key comes first
            if new != self.repeat_edit.text():
                raise InvalidInput(self.tr("The two passphrases differ."))
            check_passphrase(new)
        except JournalError as exc:
            self.message.setText(error_text(exc))
            return
        key, folder, clock, policy = self.key_edit.text(), self._folder, self._clock, self._kdf_policy
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Opening the vault…"))

        def work() -> Vault:
            vault = Vault.unlock_with_recovery(folder, key, clock=clock)
            try:
                vault.change_passphrase(new, kdf_policy=policy)
            except BaseException:
                vault.lock()
                raise
            return vault

        run_task(work, self._opened, self._failed)

    def _opened(self, vault: Any) -> None:
        self.show_key.setChecked(False)
        self.key_edit.clear()
        self.new_edit.clear()
        self.repeat_edit.clear()
        self.vaultOpened.emit(vault)
        self.accept()

    def _failed(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(message)
