"""Journey: step away from the journal. Ctrl+L locks at once; leaving the computer idle locks it
after the idle minutes. Either way nothing of the client stays on screen, and unlocking with the
passphrase comes back to the same client and note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from journal_app.ui.controllers.idle_lock import POLL_MS

TYPED = " Hon vill träffas oftare."


def _open_the_draft(person, window, seeded) -> None:  # type: ignore[no-untyped-def]
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.click_row(window.workspace.client_list.table, seeded.client_name)
    person.wait_for(lambda: view.name.text() == seeded.client_name, "the client to open")
    person.click_row(view.sessions, "2026-02-16")  # the session with the draft
    person.wait_for(lambda: editor.text.toPlainText().startswith(seeded.draft_text), "the draft")


def _nothing_of_the_client_shows(person, window, seeded, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.currentWidget() is window.unlock_page
    assert not window.workspace.isVisible()
    seen = person.visible_text(window)
    for word in [seeded.client_name, seeded.other_name, "19121212", *words]:
        assert word not in seen, f"{word!r} is still on screen while locked"
    # Nor held in the hidden widgets, ready to show.
    assert window.workspace.client_view.name.text() == ""
    assert window.workspace.note_editor.text.toPlainText() == ""
    assert window.workspace.client_list.table.model().rowCount() == 0


def _back_where_it_was(person, window, seeded, text: str) -> None:  # type: ignore[no-untyped-def]
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.wait_for(lambda: view.name.text() == seeded.client_name, "the same client")
    person.wait_for(lambda: editor.text.toPlainText() == text, "the same note")
    assert "2026-02-16" in editor.title.text()
    selected = view.sessions.selectionModel().selectedRows()
    assert [view.sessions.model().index(i.row(), 0).data()[:10] for i in selected] \
        == ["2026-02-16"]
    message = window.statusBar().currentMessage()
    assert not message.startswith("Locked"), message
    assert message == "Unlocked.", message


def test_ctrl_l_and_idle_time_lock_and_unlocking_comes_back_to_the_note(
        make_window, person, seeded, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    editor = window.workspace.note_editor
    _open_the_draft(person, window, seeded)
    person.click_on(editor.text.viewport(), editor.text.viewport().rect().center())
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, into=editor.text)
    person.type(TYPED, into=editor.text)
    written = seeded.draft_text + TYPED

    # Ctrl+L, straight from the note: locked at once, the typing saved first.
    person.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, into=editor.text)
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page, "the lock")
    assert window.statusBar().currentMessage().startswith("Locked.")
    _nothing_of_the_client_shows(person, window, seeded, ["träffas oftare", "promenader"])
    assert window.windowTitle() == "Journal"

    person.unlock(window)
    _back_where_it_was(person, window, seeded, written)
    stored = window.controller.journal.notes.for_session(seeded.draft)
    assert stored is not None and stored.text == written  # saved by the lock

    # Idle: no key or mouse for longer than the idle minutes, then the next check locks.
    minutes = window.controller.journal.settings.load().idle_lock_minutes
    clock.advance(dt.timedelta(minutes=minutes, seconds=1))
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page,
                    "the idle lock", timeout=POLL_MS + 5_000)
    assert window.statusBar().currentMessage().startswith("Locked.")
    _nothing_of_the_client_shows(person, window, seeded, ["träffas oftare", "promenader"])

    person.unlock(window)
    _back_where_it_was(person, window, seeded, written)


def test_activity_keeps_the_journal_open(make_window, person, seeded, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The control for the idle lock: a click inside the idle time, and the next check of the
    idle timer leaves the journal open."""
    window = make_window()
    person.unlock(window)
    _open_the_draft(person, window, seeded)
    minutes = window.controller.journal.settings.load().idle_lock_minutes
    clock.advance(dt.timedelta(minutes=minutes - 1))
    person.click_on(window.workspace.note_editor.text.viewport(),
                 window.workspace.note_editor.text.viewport().rect().center())
    clock.advance(dt.timedelta(minutes=2))  # idle minutes since the unlock, not since the click
    with qtbot.waitSignal(window.idle_lock.timer.timeout, timeout=POLL_MS + 5_000):
        pass  # the idle timer's next check (it looks at the clock every few seconds)
    person.wait(50)
    assert window.pages.currentWidget() is window.workspace
    assert window.workspace.client_view.name.text() == seeded.client_name
