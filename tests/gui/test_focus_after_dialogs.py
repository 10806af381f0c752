"""The keyboard comes back to where it was after a dialog or a yes/no question closes: the
main window is active again and the table that had the focus has it (no window manager is
relied on to give it back)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_workspace_flow import _open_client

from journal_app.ui.modal import ask_yes_no


def test_focus_returns_to_the_table_after_a_dialog(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    sessions = window.workspace.client_view.sessions
    sessions.setFocus()
    qtbot.waitUntil(sessions.hasFocus, timeout=10_000)
    window.workspace_controller.add_package()
    dialog = window.workspace_controller.package_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10_000)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions, timeout=10_000)


def test_the_keyboard_comes_back_after_a_question(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    sessions = window.workspace.client_view.sessions
    sessions.setFocus()
    qtbot.waitUntil(sessions.hasFocus, timeout=10_000)
    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_no)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    assert ask_yes_no(window, "Sign?", "Sign the note?") is False
    assert asked == ["Sign the note?"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions, timeout=10_000)
