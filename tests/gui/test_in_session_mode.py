"""In-session mode keeps event-raised prompts and the after-unlock agenda off the screen until
it is left, refuses to start without an open note, and leaves every action as it found it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def _open_first_session(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    window.workspace_controller.open_note(seeded["client"], seeded["first"])
    qtbot.waitUntil(lambda: window.workspace_controller.notes.session_id == seeded["first"])


def test_a_prompt_raised_in_session_waits_until_the_mode_is_left(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_first_session(qtbot, window, seeded)
    window.in_session.action.trigger()
    assert window.in_session.active
    box = QMessageBox(QMessageBox.Icon.Warning, "Erik", "Erik Öberg: erase due", parent=window)
    window.features._enqueue(box)
    qtbot.wait(50)
    assert not box.isVisible()
    window.in_session.action.trigger()
    qtbot.waitUntil(box.isVisible)
    box.accept()


def test_the_agenda_chosen_to_open_after_unlock_stays_closed_in_session(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.apply(lambda j: j.update_agenda_settings(show_after_unlock=True))
    _open_first_session(qtbot, window, seeded)
    window.in_session.action.trigger()
    window.controller.lock()
    unlock(window)
    qtbot.wait(100)  # the agenda opens from the event loop after an unlock
    assert window.in_session.active
    assert window.agenda.dialog is None
    window.in_session.action.trigger()
    window.controller.lock()
    unlock(window)  # the control: out of session the agenda does open after unlock
    qtbot.waitUntil(lambda: window.agenda.dialog is not None)


def test_without_an_open_note_the_mode_does_not_start(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.in_session.action.trigger()
    assert not window.in_session.active
    assert not window.in_session.action.isChecked()
    assert window.workspace.client_list.isVisible()
    assert window.statusBar().currentMessage().startswith("Open a client's session first")


def test_leaving_the_mode_restores_exactly_the_actions_it_disabled(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_first_session(qtbot, window, seeded)
    from PySide6.QtGui import QAction

    before = {a: a.isEnabled() for a in window.findChildren(QAction)}
    window.in_session.action.trigger()
    assert not window.find_action.isEnabled()
    assert not window.agenda.agenda_action.isEnabled()
    assert window.lock_action.isEnabled()
    assert window.go_note.isEnabled()  # Ctrl+3 still puts the keyboard into the note
    window.in_session.action.trigger()
    after = {a: a.isEnabled() for a in window.findChildren(QAction)}
    changed = [a.objectName() for a in before if before[a] != after[a]
               and a is not window.in_session.action]
    assert changed == []
