"""The lock shortcut (Ctrl+L) inside the app's dialogs. The Lock action lives in the main
window, and Qt does not run a window's shortcuts while a modal dialog of it is up (not even an
application-wide one), so without this Ctrl+L did nothing with Settings, the package dialog, an
export or the backups open: the moment a practitioner most wants it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class LockKeyInDialogs(QObject):
    """Triggers `action` when its shortcut is pressed in a window owned by `main` (a dialog,
    a question); in `main` itself the action's own shortcut does it."""

    def __init__(self, main: QWidget, action: QAction) -> None:
        super().__init__(main)
        self._main = main
        self._action = action
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _owned_dialog(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if window is self._main:
            return False
        above = window.parentWidget()
        while above is not None and above is not self._main:
            above = above.parentWidget()
        return above is self._main

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self._action.isEnabled() and not self._action.shortcut().isEmpty()
                and QKeySequence(event.keyCombination()) == self._action.shortcut()
                and self._owned_dialog(watched)):
            self._action.trigger()
            return True
        return False
