"""A whole session's work with the keyboard alone: new client, package, session, note, sign,
lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot, window):  # type: ignore[no-untyped-def]
    """Where the keys go. Offscreen there is no window manager to hand activation back to
    the main window when a dialog closes, so the test does what the desktop would."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    return QApplication.focusWidget()


def test_a_session_with_the_keyboard_only(qtbot, make_window, seeded, unlock, confirmations) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    events: list[object] = []
    window.controller.packageCompleted.connect(events.append)
    qtbot.keyClick(_focus(qtbot, window), Qt.Key.Key_N, CTRL)
    dialog = window.workspace_controller.client_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.name.hasFocus, timeout=10_000)
    qtbot.keyClicks(dialog.name, "Bo Ek")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.id_number.hasFocus()
    qtbot.keyClicks(dialog.id_number, "191212121212")
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.workspace.client_view.name.text() == "Bo Ek"

    qtbot.keyClick(_focus(qtbot, window), Qt.Key.Key_P, CTRL_SHIFT)
    package_dialog = window.workspace_controller.package_dialog
    assert package_dialog is not None
    package_dialog.sessions.setFocus()
    package_dialog.sessions.selectAll()
    qtbot.keyClicks(package_dialog.sessions, "1")
    qtbot.keyClick(package_dialog.sessions, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not package_dialog.isVisible(), timeout=10_000)

    qtbot.keyClick(_focus(qtbot, window), Qt.Key.Key_N, CTRL_SHIFT)
    session_dialog = window.workspace_controller.session_dialog
    assert session_dialog is not None
    session_dialog.status.setFocus()
    qtbot.keyClick(session_dialog.status, Qt.Key.Key_Down)  # Planned -> Held
    qtbot.keyClick(session_dialog.status, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not session_dialog.isVisible(), timeout=10_000)

    editor = window.workspace.note_editor.text
    qtbot.waitUntil(editor.hasFocus, timeout=10_000)
    editor.selectAll()
    qtbot.keyClicks(editor, "Samtal om vardagen.")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert confirmations == ["Sign note"]
    assert len(events) == 1  # one session of one: signing completed the package
    # The erase prompt comes up on its own; Escape closes it (the erase stays due).
    prompt = window.findChild(QDialog, "eraseDialog")
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible, timeout=10_000)
    qtbot.keyClick(prompt, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=10_000)
    qtbot.keyClick(_focus(qtbot, window), Qt.Key.Key_L, CTRL)
    assert window.pages.currentWidget() is window.unlock_page
