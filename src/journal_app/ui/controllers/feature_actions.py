"""Wires the features that hang on the main window's extension points: the journal PDF and
register extract, the erase prompt and erase on request, backups, the access log, the recovery
key, help; and what every unlock must say (what the unlock found about the vault's files, failed
attempts, overdue erasures, backup reminder).

The main window lays out; this controller decides when each dialog appears, from what the
core decided (a completed package's erase decision, the unlock's notices), never from the
settings. Dialogs raised by events (a completed package, an unlock) open window-modal and one
at a time, never nested. What an unlock says is gathered off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.backup import backup
from journal_app.core.backup.restore import RestoreResult
from journal_app.core.domain.models import PackageCompleted
from journal_app.core.journal.changes import UnlockChange
from journal_app.core.messages import Message
from journal_app.core.vault.vault import Vault
from journal_app.ui.controllers.card_controller import JournalCardController
from journal_app.ui.controllers.templates_actions import TemplatesActions
from journal_app.ui.core_messages import message_text
from journal_app.ui.dialogs.backup_dialog import BackupDialog
from journal_app.ui.dialogs.erase_dialog import EraseDialog, overdue_prompts
from journal_app.ui.dialogs.help_dialog import HelpDialog, shortcut_rows
from journal_app.ui.dialogs.recovery_dialog import RecoveryUnlockDialog, replace_recovery_key
from journal_app.ui.modal import open_dialog
from journal_app.ui.tasks import run_task
from journal_app.ui.views.log_view import LogView

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow


class FeatureActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._queue: list[QDialog] = []  # event-raised dialogs waiting their turn
        # What a restore has to say (later invoices not in it, ...): the vault is locked when
        # the restore ends and no prompt stays over the unlock page, so said at the next unlock.
        self._restore_notices: list[Message] = []
        self._showing: QDialog | None = None
        self._held = False  # in-session mode: prompts wait until it is left
        self._build_actions()
        self._connect_signals()
        # The journal card: its dialog, its Client-menu action, the client view's notice.
        self.journal_card = JournalCardController(window)
        self.templates = TemplatesActions(window)  # Vault menu: note templates, phrases

    # Actions -----------------------------------------------------------------------------------

    def _action(self, text: str, name: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.export_pdf = self._action(self.tr("Export journal as &PDF…"), "exportPdfAction")
        self.export_pdf.setShortcut(QKeySequence.StandardKey.Print)  # the journal on paper
        self.extract = self._action(self.tr("&Register extract…"), "registerExtractAction")
        self.erase = self._action(self.tr("&Erase the client's notes…"), "eraseClientAction")
        for action in (self.export_pdf, self.extract, self.erase):
            w.client_view.add_client_action(action)
        self.backups = self._action(self.tr("&Back up and restore…"), "backupAction",
                                    "Ctrl+Shift+B")
        self.access_log = self._action(self.tr("Access lo&g…"), "accessLogAction")
        self.recovery = self._action(self.tr("Replace the &recovery key…"), "replaceRecoveryAction")
        for action in (self.backups, self.access_log, self.recovery):
            w.add_vault_action(action)
        self.recovery_unlock = QPushButton(self.tr("Forgot the passphrase? Use the &recovery key…"),
                                           w.unlock_page)
        self.recovery_unlock.setObjectName("recoveryUnlockButton")
        self.recovery_unlock.setFlat(True)
        w.unlock_page.add_extra_widget(self.recovery_unlock)

    def _connect_signals(self) -> None:
        w, c = self.window, self.window.controller
        self.export_pdf.triggered.connect(lambda: self._for_client(_export_pdf))
        self.extract.triggered.connect(lambda: self._for_client(_export_extract))
        self.erase.triggered.connect(self.erase_on_request)
        self.backups.triggered.connect(self.open_backups)
        self.access_log.triggered.connect(self.open_access_log)
        self.recovery.triggered.connect(lambda: replace_recovery_key(c.vault, w, _language()))
        self.recovery_unlock.clicked.connect(self.open_recovery_unlock)
        w.help_action.triggered.connect(lambda: self.open_help(about=False))
        w.about_action.triggered.connect(lambda: self.open_help(about=True))
        w.shortcuts_action.triggered.connect(lambda: self.open_help(about=False, shortcuts=True))
        c.packageCompleted.connect(self.on_package_completed)
        c.unlocked.connect(self.on_unlocked)
        c.locked.connect(self._drop_queue)

    # Client actions ----------------------------------------------------------------------------

    def _client_id(self) -> str | None:
        return self.window.workspace_controller.current_client_id

    def _for_client(self, export: Callable[[QWidget, Vault, str], None]) -> None:
        client_id = self._client_id()
        if client_id and self.window.controller.is_unlocked:
            export(self.window, self.window.controller.vault, client_id)

    @Slot()
    def erase_on_request(self) -> None:
        client_id = self._client_id()
        controller = self.window.controller
        if client_id and controller.is_unlocked:
            decision = controller.journal.erase_decision(client_id)
            self._enqueue(EraseDialog(controller, None, self.window, decision=decision))

    # Events ------------------------------------------------------------------------------------

    @Slot(object)
    def on_package_completed(self, event: PackageCompleted) -> None:
        if event.decision.due:  # the core's decision, made with the write that completed it
            self._enqueue(EraseDialog(self.window.controller, event, self.window))

    @Slot()
    def on_unlocked(self) -> None:
        """Gather what the unlock has to say off the GUI thread (on a large vault that takes
        a while), say it when it is back, then raise the erase prompts still due."""
        controller = self.window.controller
        self._show_vault_notices()
        # Before the notices start: the backup list read here would otherwise wait, on the GUI
        # thread, for the notices' reads to let go of the database.
        self.retry_marked_backups()
        attempts = controller.vault.failed_attempts
        count = attempts.count if attempts is not None else 0
        controller.apply_in_background(lambda journal: journal.unlock_notices(count),
                                       self._show_unlock_notices, self.window.show_message)

    def _show_vault_notices(self) -> None:
        """What the unlock itself found (the journal file older than its record and the
        erasures applied again, a header repaired from its copy): each in a warning the
        practitioner closes, before any other prompt. Said once per unlock."""
        vault = self.window.controller.vault
        notices, vault.notices = [*self._restore_notices, *vault.notices], []
        self._restore_notices = []
        for notice in notices:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The vault"),
                              message_text(notice), QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("vaultNoticeBox")
            self._enqueue(box)

    def _show_unlock_notices(self, change: UnlockChange) -> None:
        controller = self.window.controller
        if not controller.is_unlocked:
            return  # locked again while the notices were gathered: nothing to say
        notices = change.notices
        messages: list[str] = []
        if notices.failed_attempts:
            messages.append(self.tr("%n failed unlock attempt(s) since last time.", "",
                                    notices.failed_attempts))
        if notices.billing_purged:
            messages.append(self.tr("%n billing record(s) past their keeping time were deleted.",
                                    "", notices.billing_purged))
        if notices.days_without_backup is not None:
            messages.append(self.tr("No backup for %n day(s): make one from the Vault menu.", "",
                                    notices.days_without_backup))
        if notices.pdl_expired:
            messages.append(self.tr("%n client(s) are past the 10 years of Patientdatalagen: "
                                    "their notes may now be erased (Client actions).", "",
                                    notices.pdl_expired))
        if messages:
            self.window.show_message(" ".join(messages))
        for dialog in overdue_prompts(controller, self.window, notices.due_erasures):
            self._enqueue(dialog)

    def retry_marked_backups(self, then: Callable[[], None] | None = None) -> None:
        """Backups an erase could not reach (a USB stick not plugged in) and before-restore
        folders are cleaned whenever they can be: at every unlock and when the backups are
        shown. Nothing to do, no task."""
        vault = self.window.controller.vault
        pending = any(r.holds_erased for r in backup.list_backups(vault.journal)) \
            or bool(backup.fallback_folders(vault.folder))
        if not pending:
            return

        def done(report: Any) -> None:
            self._report_carry(report)
            if then is not None:
                then()

        run_task(lambda: backup.carry_erasures(vault), done, self.window.show_message)

    def _report_carry(self, report: backup.CarryReport, first: str = "") -> None:
        parts: list[str] = [first] if first else []
        if report.updated:
            parts.append(self.tr("The erase was carried into %n backup(s).", "",
                                 len(report.updated)))
        if report.marked:
            parts.append(self.tr("%n backup(s) could not be reached and still hold erased "
                                 "clients; they are cleaned when they can be reached.", "",
                                 len(report.marked)))
        if report.fallbacks_failed:
            parts.append(self.tr("A folder kept from before a restore could not be cleaned of "
                                 "erased clients; delete it: %1").replace(
                                     "%1", ", ".join(report.fallbacks_failed)))
        if parts:
            self.window.show_message(" ".join(parts))

    def _enqueue(self, dialog: QDialog) -> None:
        if isinstance(dialog, EraseDialog):  # its writes go through the app: views follow
            dialog.erased.connect(self._after_erase)
        self._queue.append(dialog)
        self._show_next()

    def hold_prompts(self, held: bool) -> None:
        """While held (in-session mode), prompts queue up unseen; released, they come."""
        self._held = held
        self._show_next()

    def _show_next(self) -> None:
        if self._held or self._showing is not None or not self._queue:
            return
        dialog = self._queue.pop(0)
        self._showing = dialog
        dialog.finished.connect(self._dialog_finished)
        open_dialog(dialog)

    @Slot(int)
    def _dialog_finished(self, _result: int) -> None:
        finished, self._showing = self._showing, None
        if finished is not None:
            finished.deleteLater()
        self._show_next()

    @Slot()
    def _drop_queue(self) -> None:
        """Locking closes every prompt: none may stay on screen over the unlock page."""
        queued, self._queue = self._queue, []
        showing, self._showing = self._showing, None
        for dialog in [*queued, *([showing] if showing else [])]:
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()

    @Slot(object)
    def _after_erase(self, receipt: Any) -> None:
        """Say it is done (the views refreshed from the erase's `changed`), then carry the erase
        into every backup the app can reach."""
        erased = self.tr("Erased %n note(s) for good; the receipt is in the access log.", "",
                         receipt.notes_count)
        self.window.show_message(erased)
        vault = self.window.controller.vault
        # The erase marked every earlier backup in its own transaction; this cleans them.
        run_task(lambda: backup.carry_erasures(vault),
                 lambda report: self._report_carry(report, erased), self.window.show_message)

    # Vault actions -----------------------------------------------------------------------------

    @Slot(object)
    def _after_restore(self, result: object) -> None:
        """None: the restore did not happen (refused, failed or declined); the dialog says why
        and the vault stays as it was, locked."""
        if result is not None:
            self.window.show_message(self.tr(
                "The backup was restored. Unlock it with the passphrase it was made with."))
            if isinstance(result, RestoreResult):
                self._restore_notices = list(result.notices)

    @Slot()
    def open_backups(self) -> None:
        controller = self.window.controller
        dialog = BackupDialog(controller.vault, lock=controller.lock, parent=self.window,
                              apply=controller.apply)
        dialog.restored.connect(self._after_restore)
        dialog.finished.connect(dialog.deleteLater)
        open_dialog(dialog)

        def refresh() -> None:
            try:
                if dialog.isVisible():
                    dialog.refresh()
            except RuntimeError:
                pass  # closed (and deleted) before the cleaning finished

        self.retry_marked_backups(then=refresh)

    @Slot()
    def open_access_log(self) -> None:
        dialog = QDialog(self.window)
        dialog.setObjectName("accessLogDialog")
        dialog.setWindowTitle(self.tr("Access log"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(LogView(self.window.controller.journal, dialog))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(900, 560)
        self.window.controller.locked.connect(dialog.reject)
        dialog.finished.connect(dialog.deleteLater)
        open_dialog(dialog)

    @Slot()
    def open_recovery_unlock(self) -> None:
        controller = self.window.controller
        dialog = RecoveryUnlockDialog(controller.folder, controller.clock, self.window,
                                      kdf_policy=controller.kdf_policy)
        dialog.vaultOpened.connect(controller.adopt)
        dialog.finished.connect(dialog.deleteLater)
        open_dialog(dialog)

    def open_help(self, *, about: bool, shortcuts: bool = False) -> None:
        controller, w = self.window.controller, self.window
        policy, practice = None, ""
        if controller.is_unlocked:
            settings = controller.journal.vault_settings()
            policy, practice = settings.retention_policy, settings.practice_name
        menus = [a.menu() for a in w.menuBar().actions() if isinstance(a.menu(), QMenu)]
        dialog = HelpDialog(w, controller.folder, policy, practice_name=practice,
                            show_about=about, show_shortcuts=shortcuts,
                            shortcuts=shortcut_rows([*menus, w.client_view.actions_menu]))
        dialog.finished.connect(dialog.deleteLater)
        open_dialog(dialog)


# The export dialogs pull in ReportLab: imported on first use, not on every start of the app.
def _export_pdf(parent: QWidget, vault: Vault, client_id: str) -> None:
    from journal_app.ui.dialogs.export_dialog import export_journal_pdf

    export_journal_pdf(parent, vault, client_id)


def _export_extract(parent: QWidget, vault: Vault, client_id: str) -> None:
    from journal_app.ui.dialogs.export_dialog import export_register_extract

    export_register_extract(parent, vault, client_id)


def _language() -> str:
    from journal_app.ui.dialogs.export_dialog import ui_language

    return ui_language()
