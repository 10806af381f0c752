"""Säkerhetskopiera… / Återställ…: the listed backups, making one, choosing the backup folder,
and restoring one after every check has passed. Backup and restore run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.backup.backup import (
    BackupRecord,
    backup_folder,
    create_backup,
    default_backup_name,
    list_backups,
)
from journal_app.core.backup.backup_file import BACKUP_SUFFIX
from journal_app.core.backup.restore import ErasuresUnknown, RestoreResult, check_backup, restore_backup
from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import Change
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault
from journal_app.ui.core_messages import error_text
from journal_app.ui.formatting import format_datetime
from journal_app.ui.modal import KEEP_THROUGH_LOCK, ask_yes_no, choose_path
from journal_app.ui.tasks import run_task


class BackupDialog(QDialog):
    """`lock` closes the open vault (the controller's lock) before a restore replaces it;
    `restored(RestoreResult)` tells the controller to show the unlock screen."""

    restored = Signal(object)

    def __init__(self, vault: Vault, lock: Callable[[], None] | None = None,
                 parent: QWidget | None = None,
                 apply: Callable[[Callable[[Journal], Change]], Change] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self._vault = vault
        self._lock = lock or vault.lock
        # The app's one write entry (AppController.apply); alone (tests), the facade directly.
        self._apply = apply or (lambda write: write(vault.journal))
        self._records: list[BackupRecord] = []
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)  # paths, error texts
        self.reminder_label = QLabel(self)
        self.reminder_label.setObjectName("backupReminderLabel")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("File"), self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # Each button with its underlined letter: Alt+B backs up without a mouse.
        self.backup_button = QPushButton(self.tr("&Back up now…"), self)
        self.backup_button.setObjectName("backupNowButton")
        self.folder_button = QPushButton(self.tr("Choose backup &folder…"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.forget_button = QPushButton(self.tr("&Stop listing"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.folder_button, self.restore_button,
                       self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (self.folder_label, self.reminder_label, self.table, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.resize(720, 380)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.backup_button.clicked.connect(self._choose_backup_file)
        self.folder_button.clicked.connect(self._choose_folder)
        self.restore_button.clicked.connect(self._choose_restore_file)
        self.forget_button.clicked.connect(self._forget_selected)
        self.close_button.clicked.connect(self.accept)

    def refresh(self) -> None:
        journal = self._vault.journal
        folder = backup_folder(journal)
        self.folder_label.setText(
            self.tr("Backup folder: %1").replace("%1", str(folder)) if folder
            else self.tr("No backup folder chosen yet (a USB stick is a good place)."))
        overdue = journal.backup_overdue(self._vault.clock.now())
        self.reminder_label.setText(
            self.tr("No backup for %n day(s).", "", overdue) if overdue is not None else "")
        self._records = list_backups(journal)
        self.table.setRowCount(len(self._records))
        for row, record in enumerate(self._records):
            if record.holds_erased:
                state = self.tr("Holds erased data: connect it so the app can clean it")
            elif not record.reachable:
                state = self.tr("Not reachable")
            else:
                state = self.tr("OK")
            for column, text in enumerate((format_datetime(record.created_at),
                                           str(record.path), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.backup_button, self.restore_button, self.folder_button,
                       self.forget_button):
            button.setEnabled(not busy)
        self.status.setText(text)

    # Backup -----------------------------------------------------------------------------------

    @Slot()
    def _choose_backup_file(self) -> None:
        folder = backup_folder(self._vault.journal) or Path.home()
        suggested = folder / default_backup_name(self._vault.clock.now())
        path = choose_path(self, self.tr("Back up to"), str(suggested),
                           self.tr("Journal backups (*%1)").replace("%1", BACKUP_SUFFIX))
        if path:
            self.start_backup(Path(path))

    def start_backup(self, target: Path | None) -> None:
        vault = self._vault
        self._busy(True, self.tr("Backing up…"))
        run_task(lambda: create_backup(vault, target), self._backed_up, self._failed)

    def _backed_up(self, record: Any) -> None:
        self._busy(False, self.tr("Backed up to %1.").replace("%1", str(record.path)))
        self.refresh()

    def _failed(self, message: str) -> None:
        self._busy(False, message)
        self.refresh()

    @Slot()
    def _choose_folder(self) -> None:
        path = choose_path(self, self.tr("Choose the backup folder"), mode="folder")
        if path:
            try:
                self._apply(lambda journal: journal.set_backup_folder(Path(path)))
            except JournalError as exc:
                self.status.setText(error_text(exc))
            self.refresh()

    @Slot()
    def _forget_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._records):
            record_id = self._records[row].id
            self._apply(lambda journal: journal.forget_backup(record_id))
            self.refresh()

    # Restore ----------------------------------------------------------------------------------

    @Slot()
    def _choose_restore_file(self) -> None:
        folder = backup_folder(self._vault.journal) or Path.home()
        path = choose_path(self, self.tr("Restore from"), str(folder),
                           self.tr("Journal backups (*%1)").replace("%1", BACKUP_SUFFIX),
                           mode="open")
        if not path:
            return
        secret, ok = QInputDialog.getText(
            self, self.tr("Restore"),
            self.tr("The passphrase that was valid when the backup was made:"),
            QLineEdit.EchoMode.Password)
        if ok and secret:
            self.start_restore(Path(path), secret)

    def start_restore(self, source: Path, secret: str, *, confirmed: bool = False) -> None:
        """Check the backup first (checksum, key); only then ask, lock and replace."""
        self._busy(True, self.tr("Checking the backup…"))

        def checked(_result: Any) -> None:
            if not confirmed and not self._confirm_replace():
                self._busy(False, self.tr("Nothing was changed."))
                return
            self._replace(source, secret)

        run_task(lambda: check_backup(source, secret), checked, self._failed)

    def _confirm_replace(self) -> bool:
        yes = ask_yes_no(
            self, self.tr("Replace the open vault?"),
            self.tr("The backup is sound. Replace the open vault with it? The current vault "
                    "is kept unchanged in a folder beside it until you delete it."))
        return yes and not self._vault.is_locked  # a lock while asking: nothing to replace

    def _replace(self, source: Path, secret: str, *, accept_unknown_erasures: bool = False) -> None:
        folder, clock = self._vault.folder, self._vault.clock
        # The lock closes every dialog; this one shows only files and dates and must stay to
        # see its restore end (closed, it was deleted under the running restore).
        self.setProperty(KEEP_THROUGH_LOCK, True)
        self._lock()
        self._busy(True, self.tr("Restoring…"))

        def work() -> RestoreResult | None:
            try:
                return restore_backup(source, folder, secret, overwrite=True, clock=clock,
                                      accept_unverified_erasures=accept_unknown_erasures)
            except ErasuresUnknown:
                return None  # nothing was changed; the person decides below

        def done(result: Any) -> None:
            if result is None:
                if self._accept_unknown_erasures():
                    self._replace(source, secret, accept_unknown_erasures=True)
                    return
                self._ended_locked(self.tr("Nothing was changed."))
                self.restored.emit(None)
                return
            self._ended_locked(self.tr("Restored. Unlock the vault to continue."))
            self.restored.emit(result)
            self.accept()

        def failed(message: str) -> None:
            # The vault is locked but untouched; the controller shows the unlock screen.
            self._ended_locked(message)
            self.restored.emit(None)

        run_task(work, done, failed)

    def _ended_locked(self, message: str) -> None:
        """The restore is over and the vault stays locked: say how it ended; only Close is
        left (the other buttons need the open vault)."""
        self.setProperty(KEEP_THROUGH_LOCK, False)
        self.status.setText(message)

    def _accept_unknown_erasures(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erased clients may come back"),
                          self.tr("No record of the erasures made after this backup could be "
                                  "read. Clients erased since the backup would come back and "
                                  "must be erased again by hand. Restore anyway?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

