"""Opening dialogs so that closing them gives the window and the keyboard back.

A window manager re-activates the window under a closed dialog; without one (offscreen, some
kiosk or remote sessions) the main window stays inactive and the keyboard goes nowhere. So
every dialog of the app opens through `open_dialog`, which remembers the widget that had focus
and returns focus there when the dialog finishes. A controller that moves focus on purpose
after a dialog (to "Add session…" after a new client) still wins: it runs later.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

MIN_FIELD_WIDTH = 280  # px: a package's or client's name fits without scrolling


def _focus_returner(parent: QWidget | None) -> Callable[..., None]:
    """A callable that gives the keyboard back to `parent`'s window and to the widget that
    has focus now; for after a dialog."""
    had_focus = QApplication.focusWidget()
    owner = parent.window() if parent is not None else None

    def restore(*_result: object) -> None:
        if owner is None or not shiboken6.isValid(owner) or not owner.isVisible():
            return
        owner.activateWindow()
        target = had_focus if had_focus is not None and shiboken6.isValid(had_focus) else None
        if target is not None and target.window() is owner and target.isVisible() \
                and target.isEnabled():
            target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    return restore


def open_dialog(dialog: QDialog) -> None:
    """`dialog.open()` (window-modal), then give focus back to where it was."""
    dialog.finished.connect(_focus_returner(dialog.parentWidget()))
    dialog.open()


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question (No is the default: every question here guards a step that cannot be
    undone); the keyboard goes back where it was."""
    restore = _focus_returner(parent)
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    restore()
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box that shows its text as typed (error texts may hold file or client names)."""
    restore = _focus_returner(parent)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    restore()


def widen_fields(dialog: QWidget) -> None:
    """Text fields wide enough to read what is typed (a cramped dialog hides half a name).
    The line edits inside spin boxes and combo boxes keep their own size."""
    for field in dialog.findChildren(QLineEdit):
        if not isinstance(field.parentWidget(), (QAbstractSpinBox, QComboBox)):
            field.setMinimumWidth(MIN_FIELD_WIDTH)
