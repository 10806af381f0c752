"""In-session mode: the window shows the open client's note and nothing else, for writing
while the client sits across the table from the screen.

One keystroke (Ctrl+Shift+I) turns it on and off. While it is on:
- the client list, its search and the client view are hidden; a banner says how to return;
- every action that could show another client (search, the agenda, the invoice list, new
  client, the Go menu, another client's actions) is disabled; the note's own actions, Lock,
  Help and Quit stay;
- prompts raised by events (erase prompts, the unlock's notices) wait in their queue and the
  status bar is hidden, so nothing about another client appears; they come when it is left;
- open windows that list clients (the agenda, the invoice list, the access log) are closed.
The idle lock and Ctrl+L work as everywhere. A lock shows the unlock page as always; unlocking
comes back to the same note, still in session, so locking never reveals the client list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence

from journal_app.ui.dialogs.recovery_dialog import RecoveryUnlockDialog
from journal_app.ui.modal import close_for_lock

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+I"


class InSessionMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.active = False
        self._resume_after_unlock = False
        self._disabled: list[QAction] = []
        self.action = QAction(self.tr("&In session with this client"), window)
        self.action.setObjectName("inSessionAction")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(self.tr("Show only this client's note, for writing while the "
                                       "client is in the room"))
        window.add_go_action(self.action)
        self.action.toggled.connect(self._toggled)
        app = window.controller
        app.aboutToLock.connect(self._before_lock)
        app.unlocked.connect(self._after_unlock)
        app.changed.connect(self._keep_others_hidden)

    def _allowed(self) -> set[QAction]:
        w = self.window
        editor = w.workspace.note_editor
        return {self.action, w.lock_action, w.quit_action, w.help_action, w.shortcuts_action,
                w.about_action, w.go_note, *editor.note_actions()}

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        if on == self.active:
            return
        if on and not self._can_enter():
            self.action.setChecked(False)
            return
        if on:
            self._enter()
        else:
            self._leave(release_prompts=True)

    def _can_enter(self) -> bool:
        w = self.window
        if not w.controller.is_unlocked or w.workspace_controller.notes.session_id is None:
            w.show_message(self.tr("Open a client's session first: in-session mode shows "
                                   "that session's note alone."))
            return False
        return True

    def _enter(self) -> None:
        w = self.window
        self.active = True
        # Windows that list other clients (agenda, invoices, access log) close as at a lock.
        close_for_lock(w, keep=(RecoveryUnlockDialog,))
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        w.workspace.set_in_session(True, keys)
        w.statusBar().hide()
        self._disabled = []
        w.features.hold_prompts(True)
        self._keep_others_hidden()
        w.workspace.note_editor.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _leave(self, *, release_prompts: bool) -> None:
        w = self.window
        self.active = False
        w.workspace.set_in_session(False)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        w.statusBar().show()
        if release_prompts:  # not at a lock, which closes every prompt anyway
            w.features.hold_prompts(False)
            self._announce(self.tr("In-session mode ended."))

    @Slot()
    def _keep_others_hidden(self, *_change: object) -> None:
        """Disable what could show another client; writes re-enable client actions, so this
        runs again after each one."""
        if not self.active:
            return
        allowed = self._allowed()
        for action in self.window.findChildren(QAction):
            if action not in allowed and action.isEnabled() and not action.isSeparator() \
                    and action.menu() is None:
                action.setEnabled(False)
                self._disabled.append(action)

    @Slot()
    def _before_lock(self) -> None:
        """The lock page shows nothing of any client; the mode comes back at the unlock."""
        self._resume_after_unlock = self.active
        if self.active:
            self.action.blockSignals(True)
            self.action.setChecked(False)
            self.action.blockSignals(False)
            self._leave(release_prompts=False)  # the lock then disables what it restored

    @Slot()
    def _after_unlock(self) -> None:
        # Runs after the workspace has reopened the note it was on, before anything is drawn.
        resume, self._resume_after_unlock = self._resume_after_unlock, False
        if resume and self.window.workspace_controller.notes.session_id is not None:
            self.action.setChecked(True)

    def _announce(self, text: str) -> None:
        self.window.show_message(text)
