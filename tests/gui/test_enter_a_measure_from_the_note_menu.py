"""The Note menu's "Enter measure…" does what the Measure… button under the note does (the
keyboard reaches it with Alt+N, M): the dialog for the open session while its note can be
written, nothing for a signed note, also right after an unlock, which enables every menu
entry before the reopened note says it is signed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from test_workspace_flow import _open_client, _open_session

from journal_app.ui.dialogs.measure_dialog import MeasureDialog


def _measure_dialogs(window) -> list[MeasureDialog]:  # type: ignore[no-untyped-def]
    return [d for d in window.findChildren(MeasureDialog) if d.isVisible()]


def test_enter_measure_opens_the_dialog_for_a_note_being_written_only(  # type: ignore[no-untyped-def]
        qtbot, make_window, seeded, unlock) -> None:
    window = make_window()
    unlock(window)
    editor = window.workspace.note_editor
    action = editor.measure_action
    assert action in window.note_menu.actions()
    _open_client(qtbot, window, "Karin Lindström")

    _open_session(window, seeded["first"])  # signed
    assert not action.isEnabled()
    _open_session(window, seeded["second"])  # no note yet: it can be written
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(_measure_dialogs(window)), timeout=5_000)
    (dialog,) = _measure_dialogs(window)
    assert dialog.windowTitle() == "Measure – 2026-03-02"
    dialog.reject()
    qtbot.waitUntil(lambda: not _measure_dialogs(window), timeout=5_000)

    # Locked and unlocked on the signed note: the entry does nothing there.
    _open_session(window, seeded["first"])
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=5_000)
    unlock(window)
    qtbot.waitUntil(lambda: window.workspace_controller.notes.session_id == seeded["first"],
                    timeout=5_000)
    action.trigger()
    QApplication.processEvents()
    qtbot.wait(100)
    assert not _measure_dialogs(window)


def test_after_an_unlock_the_note_actions_follow_the_reopened_signed_note(  # type: ignore[no-untyped-def]
        qtbot, make_window, seeded, unlock) -> None:
    window = make_window()
    unlock(window)
    editor = window.workspace.note_editor
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["first"])  # signed: only Correct applies
    assert editor.correct_action.isEnabled() and not editor.sign_action.isEnabled()
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=5_000)
    unlock(window)
    qtbot.waitUntil(lambda: window.workspace_controller.notes.session_id == seeded["first"],
                    timeout=5_000)
    for action in (editor.sign_action, editor.save_action, editor.insert_date_action,
                   editor.measure_action):
        assert not action.isEnabled(), action.text()
    assert editor.correct_action.isEnabled()
