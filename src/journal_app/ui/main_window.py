"""The main window: first run, unlock and the workspace as pages of one window, the menus,
automatic lock, and window geometry.

Extension points (each a one-liner for the features that hang on them):
- ``window.add_vault_action(action)``: adds to the Vault menu ("Back up…", "Restore…",
  "Access log…"), above Lock and Quit; enabled only while the vault is unlocked.
- ``window.client_view.add_client_action(action)``: adds to the open client's "Client actions"
  menu ("Export journal as PDF…", …); ``window.workspace_controller.current_client_id`` says
  which client.
- ``window.controller.packageCompleted``: the one package-completion signal (controller.py).

Start-up in two steps (``defer=True``, what `run_app` asks for): the window first builds and
draws only the unlock page, from a handful of modules; right after that first paint it imports
and builds the rest (controller, workspace, menus' actions, features). The practitioner sees the
window in about the time of a bare Qt window and is typing meanwhile (docs/performance.md).
``ensure_built()`` builds the rest at once, also if the passphrase is submitted first; tests
construct with ``defer=False`` (the default): everything is built in ``__init__``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from journal_app.core.files.hardening import keep_debuggers_out
from journal_app.ui import i18n, theme
from journal_app.ui.icons import app_icon, icon
from journal_app.ui.views.unlock_dialog import UnlockPage

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
    from PySide6.QtWidgets import QMenu

    from journal_app.core.domain.clock import Clock
    from journal_app.core.keys.kdf import KdfPolicy
    from journal_app.ui.controllers.note_controller import Confirm
    from journal_app.ui.views.client_view import ClientView

GEOMETRY_KEY = "ui/geometry"
STATE_KEY = "ui/state"
# The file names `core.vault.vault_exists` looks for. Used only to choose the page drawn first,
# before the core is imported; the controller's own check decides once the window is built
# (tests/gui/test_deferred_start.py keeps the two in step).
_VAULT_HEADERS = ("vault.json", "vault.json.bak")


def looks_like_vault(folder: Path) -> bool:
    return any((folder / name).exists() for name in _VAULT_HEADERS)


def _action(parent: QWidget, text: str, name: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon_name: str | None = None) -> QAction:
    from PySide6.QtGui import QAction, QKeySequence  # after the first paint, like every action

    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name))
    return action


class _AfterFirstPaint(QObject):
    """Calls `then` from the event loop once the watched widget's first paint is done."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


class MainWindow(QMainWindow):
    def __init__(
        self,
        folder: Path,
        *,
        clock: Clock | None = None,
        kdf_policy: KdfPolicy | None = None,
        ui_settings: QSettings | None = None,
        confirm: Confirm | None = None,
        defer: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.ui_settings = ui_settings if ui_settings is not None else QSettings()
        self._folder, self._clock, self._kdf_policy = folder, clock, kdf_policy
        self._confirm = confirm
        self._built = False
        self._deferred = defer and looks_like_vault(folder)  # a first run is built at once

        self.unlock_page = UnlockPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.unlock_page)
        self.setCentralWidget(self.pages)
        self._create_menus()
        self._restore_geometry()
        self.setWindowTitle(self.tr("Journal"))
        if not self._deferred:
            self.ensure_built()
            return
        self.unlock_page.folder_label.setText(str(folder))
        self.unlock_page.passphrase.setFocus()  # no `Qt` enums before the first paint
        self.unlock_page.unlock_button.clicked.connect(self._submit_before_built)
        self.unlock_page.passphrase.returnPressed.connect(self._submit_before_built)
        self._after_paint = _AfterFirstPaint(self, self.ensure_built)

    @property
    def is_built(self) -> bool:
        return self._built

    def ensure_built(self) -> None:
        """Import and build everything beyond the unlock page; does nothing the second time."""
        if self._built:
            return
        self._built = True
        keep_debuggers_out()  # before any passphrase is read (core/files/hardening.py)
        theme.settle_scheme(self.ui_settings)  # first: a dark system turns dark at once
        from journal_app.ui.controllers.agenda_actions import AgendaActions
        from journal_app.ui.controllers.controller import AppController
        from journal_app.ui.controllers.feature_actions import FeatureActions
        from journal_app.ui.controllers.first_run_controller import FirstRunController
        from journal_app.ui.controllers.idle_lock import IdleLock, ScreenLockWatcher
        from journal_app.ui.controllers.in_session import InSessionMode
        from journal_app.ui.controllers.invoicing_actions import InvoicingActions
        from journal_app.ui.controllers.lock_key import LockKeyInDialogs
        from journal_app.ui.controllers.measures_controller import MeasuresController
        from journal_app.ui.controllers.note_controller import ask
        from journal_app.ui.controllers.workspace_controller import WorkspaceController
        from journal_app.ui.views.first_run import FirstRunPage, RecoveryKeyPage
        from journal_app.ui.views.unlock_dialog import UnlockController
        from journal_app.ui.views.workspace import Workspace

        if self._deferred:
            self.unlock_page.unlock_button.clicked.disconnect(self._submit_before_built)
            self.unlock_page.passphrase.returnPressed.disconnect(self._submit_before_built)
        self.controller = AppController(self._folder, clock=self._clock,
                                        kdf_policy=self._kdf_policy, parent=self)
        self.first_run_page = FirstRunPage(self)
        self.recovery_page = RecoveryKeyPage(self)
        self.workspace = Workspace(self)
        for page in (self.first_run_page, self.recovery_page, self.workspace):
            self.pages.addWidget(page)

        self.first_run = FirstRunController(self.first_run_page, self.recovery_page,
                                            self.controller)
        self.unlock = UnlockController(self.unlock_page, self.controller)
        self.workspace_controller = WorkspaceController(
            self.workspace, self.controller, self._confirm if self._confirm is not None else ask)
        self.idle_lock = IdleLock(self.controller.clock, self._idle_minutes, self)
        self.screen_lock = ScreenLockWatcher(self)
        self._fill_menus()
        self._connect_signals()
        self._restore_splitter()
        self._show_start_page(keep_typing=self._deferred)
        self.features = FeatureActions(self)
        self.invoicing = InvoicingActions(self)
        self.measures = MeasuresController(self)
        self.agenda = AgendaActions(self)
        self.lock_key = LockKeyInDialogs(self, self.lock_action)
        self.in_session = InSessionMode(self)  # last: it sees every action the others made

    @Slot()
    def _submit_before_built(self) -> None:
        """The passphrase was sent before the deferred build ran: build, then send it."""
        self.ensure_built()
        self.unlock.submit()

    @property
    def client_view(self) -> ClientView:
        return self.workspace.client_view

    # Menus -------------------------------------------------------------------------------------

    def _create_menus(self) -> None:
        """The menu bar's titles, drawn with the unlock page so nothing moves when it fills."""
        bar = self.menuBar()
        self.vault_menu = bar.addMenu(self.tr("&Vault"))
        self.client_menu = bar.addMenu(self.tr("&Client"))
        self.note_menu = bar.addMenu(self.tr("&Note"))
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        for menu in (self.client_menu, self.note_menu, self.go_menu):
            menu.setEnabled(False)

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        self.settings_action = _action(self, self.tr("&Settings…"), "settingsAction",
                                       QKeySequence.StandardKey.Preferences, "settings")
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.lock_action = _action(self, self.tr("&Lock"), "lockAction", "Ctrl+L", "lock")
        self.quit_action = _action(self, self.tr("&Quit"), "quitAction",
                                   QKeySequence.StandardKey.Quit)
        self.vault_menu.addAction(self.settings_action)
        self._vault_extensions = self.vault_menu.addSeparator()
        self.vault_menu.addAction(self.lock_action)
        self.vault_menu.addAction(self.quit_action)

        view = self.workspace.client_view
        self.new_client_action = _action(self, self.tr("&New client…"), "newClientAction",
                                         QKeySequence.StandardKey.New, "client-add")
        self.find_action = _action(self, self.tr("&Search…"), "findAction",
                                   QKeySequence.StandardKey.Find, "search")
        self.add_package_action = _action(self, self.tr("Add &package…"), "addPackageAction",
                                          "Ctrl+Shift+P", "package-add")
        self.add_session_action = _action(self, self.tr("Add &session…"), "addSessionAction",
                                          "Ctrl+Shift+N", "session-add")
        self.mark_held_action = _action(self, self.tr("Mark session &held"), "markHeldAction",
                                        "Ctrl+Shift+H")
        self.client_menu.addActions([self.new_client_action, self.find_action])
        self.client_menu.addSeparator()
        self.client_menu.addActions([view.edit_action, self.add_package_action,
                                     self.add_session_action, self.mark_held_action])
        view.edit_action.setShortcut(QKeySequence("Ctrl+E"))

        self.note_menu.addActions(self.workspace.note_editor.note_actions())

        self.go_clients = _action(self, self.tr("&Clients"), "goClientsAction", "Ctrl+1")
        self.go_sessions = _action(self, self.tr("&Sessions"), "goSessionsAction", "Ctrl+2")
        self.go_note = _action(self, self.tr("&Note"), "goNoteAction", "Ctrl+3")
        self.go_menu.addActions([self.go_clients, self.go_sessions, self.go_note])

        self.help_action = _action(self, self.tr("&Help…"), "helpAction",
                                   QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = _action(self, self.tr("&Keyboard shortcuts"), "shortcutsAction",
                                        "Ctrl+/")
        self.about_action = _action(self, self.tr("&About journal-app"), "aboutAction")
        self.help_menu.addActions([self.help_action, self.shortcuts_action, self.about_action])
        self._workspace_actions = [
            self.settings_action, self.lock_action, self.new_client_action, self.find_action,
            self.add_package_action, self.add_session_action, self.mark_held_action,
            self.go_clients, self.go_sessions, self.go_note, view.edit_action,
            *self.workspace.note_editor.note_actions(),
        ]

    def add_vault_action(self, action: QAction) -> None:
        """Add one action to the Vault menu, above Lock; it is enabled only while unlocked."""
        self.vault_menu.insertAction(self._vault_extensions, action)
        self._workspace_actions.append(action)
        action.setEnabled(self.controller.is_unlocked)

    def add_go_action(self, action: QAction, into: QMenu | None = None) -> None:
        """Add one action to the Go menu (or `into` another); enabled only while unlocked."""
        (into or self.go_menu).addAction(action)
        self._workspace_actions.append(action)
        action.setEnabled(self.controller.is_unlocked)

    # Signals -----------------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        from journal_app.core.domain.models import SessionStatus  # built after the first paint

        c, w, view = self.controller, self.workspace_controller, self.workspace.client_view
        c.created.connect(lambda _key: self.pages.setCurrentWidget(self.recovery_page))
        c.unlocked.connect(self._on_unlocked)
        c.locked.connect(self._on_locked)
        self.lock_action.triggered.connect(c.lock)
        self.quit_action.triggered.connect(self.close)
        self.settings_action.triggered.connect(self.open_settings)
        self.new_client_action.triggered.connect(w.new_client)
        self.find_action.triggered.connect(w.search.focus)
        self.add_package_action.triggered.connect(w.add_package)
        self.add_session_action.triggered.connect(w.add_session)
        self.mark_held_action.triggered.connect(lambda: w.mark(SessionStatus.HELD))
        self.go_clients.triggered.connect(self.workspace.client_list.table.setFocus)
        self.go_sessions.triggered.connect(view.sessions.setFocus)
        self.go_note.triggered.connect(self.workspace.note_editor.text.setFocus)
        w.message.connect(self.show_message)
        self.idle_lock.idle.connect(c.lock)
        self.screen_lock.screenLocked.connect(c.lock)

    def _show_start_page(self, *, keep_typing: bool = False) -> None:
        """keep_typing: the unlock page is up already (deferred start): what was typed stays."""
        self._enable_workspace(False)
        if self.controller.vault_exists():
            self.pages.setCurrentWidget(self.unlock_page)
            if not keep_typing:
                self.unlock.show()
        else:
            self.pages.setCurrentWidget(self.first_run_page)
            self.first_run_page.practice.setFocus()
        self.setWindowTitle(self.tr("Journal"))

    def _enable_workspace(self, enabled: bool) -> None:
        for action in self._workspace_actions:
            action.setEnabled(enabled)
        for menu in (self.client_menu, self.note_menu, self.go_menu):
            menu.setEnabled(enabled)

    @Slot()
    def _on_unlocked(self) -> None:
        self.ensure_built()  # already so: the controller that unlocks is built with the rest
        self._enable_workspace(True)
        self.workspace_controller.notes.refresh_actions()
        self.pages.setCurrentWidget(self.workspace)
        practice = self.controller.journal.vault_settings().practice_name
        self.setWindowTitle(self.tr("Journal — %1").replace("%1", practice) if practice
                            else self.tr("Journal"))
        self.idle_lock.start()
        self.setAccessibleDescription(self.tr("The journal is unlocked."))  # the lock state
        self.show_message(self.tr("Unlocked."))  # "Locked…" must not outlive the lock

    @Slot()
    def _on_locked(self) -> None:
        from journal_app.ui.dialogs.recovery_dialog import RecoveryUnlockDialog
        from journal_app.ui.modal import close_for_lock

        close_for_lock(self, keep=(RecoveryUnlockDialog,))  # settings, export, backups, help…
        self.idle_lock.stop()
        self._show_start_page()
        self.setAccessibleDescription(self.tr("The journal is locked."))
        self.show_message(self.tr("Locked. Nothing of the journal is in memory."))

    def _idle_minutes(self) -> int:
        if not self.controller.is_unlocked:
            return 5
        return self.controller.journal.vault_settings().idle_lock_minutes

    # Dialogs -----------------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        if not self.controller.is_unlocked:
            return
        from journal_app.ui.controllers.settings_controller import SettingsController
        from journal_app.ui.dialogs.settings_dialog import SettingsDialog
        from journal_app.ui.modal import open_dialog

        dialog = SettingsDialog(self)
        self.settings_controller = SettingsController(dialog, self.controller, self.ui_settings)
        dialog.accepted.connect(self._settings_saved)
        dialog.finished.connect(dialog.deleteLater)
        open_dialog(dialog)

    @Slot()
    def _settings_saved(self) -> None:
        if self.settings_controller.language_changed:
            from journal_app.ui.controllers.language_switch import offer_switch
            from journal_app.ui.modal import ask_yes_no

            offer_switch(self, i18n.chosen_language(self.ui_settings),
                         self._confirm if self._confirm is not None else ask_yes_no)
        else:
            self.show_message(self.tr("Settings saved."))

    def build_successor(self) -> MainWindow:
        """A new window on the same vault folder with the same settings (a language switch)."""
        return MainWindow(self._folder, clock=self._clock, kdf_policy=self._kdf_policy,
                          ui_settings=self.ui_settings, confirm=self._confirm)

    @Slot(str)
    def show_message(self, text: str) -> None:
        """The status bar, and a screen reader: saved, locked, erased are said aloud."""
        from journal_app.ui.accessibility import announce

        self.statusBar().showMessage(text, 8000)
        announce(self.statusBar(), text)

    # Geometry and closing ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.ui_settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def _restore_splitter(self) -> None:
        splitter = self.ui_settings.value(STATE_KEY)
        if splitter is not None:
            self.workspace.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        if self._built:
            self.ui_settings.setValue(STATE_KEY, self.workspace.splitter.saveState())
        self.ui_settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.ui_settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._built:
            self.controller.lock()  # saves the open draft first (aboutToLock)
        self.save_layout()
        event.accept()
