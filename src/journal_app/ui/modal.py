"""Opening dialogs so that closing them gives the window and the keyboard back.

A window manager re-activates the window under a closed dialog; without one (offscreen, some
kiosk or remote sessions) the main window stays inactive and the keyboard goes nowhere. So
every dialog of the app opens through `open_dialog`, which remembers the widget that had focus
and returns focus there when the dialog finishes. A controller that moves focus on purpose
after a dialog (to "Add session…" after a new client) still wins: it runs later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

# A dialog property: this dialog stays up through a lock, showing no journal data.
KEEP_THROUGH_LOCK = "keepThroughLock"
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


def run_modal(dialog: QDialog) -> int:
    """`dialog.exec()`, then give the keyboard back to where it was: with no window manager
    nobody else does, and the window under it would take no keys (the erase prompt after the
    client's PDF was saved from it)."""
    restore = _focus_returner(dialog.parentWidget())
    result = dialog.exec()
    restore()
    return result


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question (No is the default: every question here guards a step that cannot be
    undone); the keyboard goes back where it was. The box lives on the heap, never on the
    stack as QMessageBox.question's does: a lock may close (and delete) the dialog it was
    asked from while it is up, and Qt then ends the question as No instead of freeing a stack
    object twice. Callers check that the vault is still open after a Yes."""
    restore = _focus_returner(parent)
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    answer = box.exec()
    restore()
    if shiboken6.isValid(box):
        box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def documents_path(name: str) -> Path:
    """Where a save dialog first points: the Documents folder when it exists (a fresh account
    may have none, and Qt then falls back to the working folder), else the home folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return base / name


def choose_path(parent: QWidget | None, caption: str, start: str = "", name_filter: str = "",
                *, mode: str = "save") -> str:
    """A file to save ("save") or open ("open"), or a folder ("folder"); "" when cancelled.
    A heap QFileDialog, unlike QFileDialog.getSaveFileName's stack one: a lock may close the
    dialog it was opened from, and Qt then ends this one as cancelled."""
    restore = _focus_returner(parent)
    dialog = QFileDialog(parent, caption, start, name_filter)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    restore()
    if not shiboken6.isValid(dialog):
        return ""
    chosen = dialog.selectedFiles() if accepted else []
    dialog.deleteLater()
    return chosen[0] if chosen else ""


def close_for_lock(window: QWidget, keep: tuple[type[QWidget], ...] = ()) -> None:
    """Locking leaves nothing of the journal on screen: every open dialog and question of
    `window` is closed (a question answers No), innermost first, except those of type `keep`
    (the recovery-key unlock, which works while locked) and those marked KEEP_THROUGH_LOCK
    (a restore that locks the vault itself and must see its own end)."""
    def depth(widget: QWidget) -> int:
        level, above = 0, widget.parentWidget()
        while above is not None:
            level, above = level + 1, above.parentWidget()
        return level

    open_ones = [d for d in window.findChildren(QDialog)
                 if d.isVisible() and not isinstance(d, keep)
                 and not d.property(KEEP_THROUGH_LOCK)]
    for dialog in sorted(open_ones, key=depth, reverse=True):
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.reject()


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
