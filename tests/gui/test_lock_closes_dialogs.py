"""Locking leaves nothing on screen: every dialog closes, and a question that is up when the
lock comes (idle time, screen lock, sleep) ends as No without bringing the app down. Qt's
static QMessageBox and QFileDialog helpers keep their dialog on the stack, and a lock that
deleted the dialog they were asked from freed it twice (a crash the review reproduced)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from test_workspace_flow import _open_client

from journal_app.core.domain.models import SessionStatus
from journal_app.ui.dialogs.settings_dialog import SettingsDialog
from journal_app.ui.modal import ask_yes_no


def _rescue_after(ms: int, rescued: list[str]) -> None:
    """Should the lock leave a modal dialog up, close it by hand after `ms` (and say so), so a
    regression fails the test instead of hanging the suite."""
    def close_by_hand() -> None:
        while (box := QApplication.activeModalWidget()) is not None:
            rescued.append(type(box).__name__)
            box.reject()
            QApplication.processEvents()

    QTimer.singleShot(ms, close_by_hand)


def _visible_dialogs(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [d.objectName() or type(d).__name__ for d in window.findChildren(QDialog)
            if d.isVisible()]


def test_a_lock_during_the_remove_question_closes_all_and_removes_nothing(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    client_id = window.workspace_controller.client.id
    window.controller.apply(lambda j: j.add_package(client_id, name="Av misstag",
                                                    sessions_total=3, purchased="2026-03-01"))
    editor = window.workspace_controller.package_editor
    editor.confirm = ask_yes_no  # the real question, as in the app
    view = window.workspace.client_view
    names = [view.packages_model.index(r, 0).data() for r in range(view.packages_model.rowCount())]
    view.packages.setCurrentIndex(view.packages_model.index(names.index("Av misstag"), 0))
    view.edit_package_action.trigger()
    dialog = editor.dialog
    qtbot.waitExposed(dialog)
    asked: list[bool] = []

    def lock_while_asked() -> None:
        asked.append(QApplication.activeModalWidget() is not None)
        window.controller.lock()

    rescued: list[str] = []
    QTimer.singleShot(100, lock_while_asked)
    _rescue_after(5000, rescued)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # returns after the lock
    assert asked == [True] and rescued == []
    assert not window.controller.is_unlocked
    qtbot.waitUntil(lambda: _visible_dialogs(window) == [], timeout=10_000)
    unlock(window)
    names = [p.name for p in window.controller.journal.packages.for_client(client_id)]
    assert "Av misstag" in names  # the question ended as No: nothing was removed


def test_a_lock_closes_settings(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    window.controller.lock()
    qtbot.waitUntil(lambda: _visible_dialogs(window) == [], timeout=10_000)


def test_a_lock_during_the_export_from_the_erase_prompt(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.journal.notes.save_draft(seeded["second"], "Sista.")
    window.controller.apply(
        lambda j: j.set_session_status(seeded["second"], SessionStatus.HELD))
    window.controller.apply(lambda j: j.sign_note(seeded["second"]))  # completes: the prompt
    prompt = window.findChild(QDialog, "eraseDialog")
    qtbot.waitUntil(lambda: prompt is not None and prompt.isVisible(), timeout=10_000)
    seen: list[list[str]] = []

    def lock_while_exporting() -> None:
        seen.append(_visible_dialogs(window))
        window.controller.lock()

    rescued: list[str] = []
    QTimer.singleShot(200, lock_while_exporting)
    _rescue_after(5000, rescued)
    qtbot.mouseClick(prompt.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and len(seen[0]) >= 2  # the prompt and the export dialog were up
    assert rescued == []
    assert not window.controller.is_unlocked
    qtbot.waitUntil(lambda: _visible_dialogs(window) == [], timeout=10_000)


def test_ctrl_l_locks_from_inside_a_dialog(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.practice, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked
    qtbot.waitUntil(lambda: _visible_dialogs(window) == [], timeout=10_000)
    # In the main window the action's own shortcut does it, once.
    unlock(window)
    locks: list[bool] = []
    window.controller.locked.connect(lambda: locks.append(True))
    qtbot.keyClick(window.workspace.client_list.search, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert locks == [True]


def test_focus_on_the_client_list_opens_no_client(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    """After an erase nothing is open; keyboard focus coming back to the list made its first row
    current, which opened that client and wrote "journal opened" to the access log."""
    from journal_app.core.storage.audit import Action

    window = make_window()
    unlock(window)
    window.controller.apply(lambda j: j.add_client("Ali Olsson"))
    table, search = window.workspace.client_list.table, window.workspace.client_list.search
    assert not table.currentIndex().isValid()
    journal = window.controller.journal
    before = len(journal.audit.entries(action=Action.OPEN_JOURNAL))
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=10_000)
    qtbot.keyClick(search, Qt.Key.Key_Tab)  # into the list, as a keyboard user goes
    qtbot.waitUntil(table.hasFocus, timeout=10_000)
    qtbot.wait(50)
    assert table.currentIndex().isValid()  # Qt made a row current...
    assert window.workspace_controller.client is None  # ...but nobody chose it
    assert len(journal.audit.entries(action=Action.OPEN_JOURNAL)) == before
    qtbot.keyClick(table, Qt.Key.Key_Down)  # choosing a row still opens it
    qtbot.waitUntil(lambda: window.workspace_controller.client is not None, timeout=10_000)
    assert len(journal.audit.entries(action=Action.OPEN_JOURNAL)) == before + 1
