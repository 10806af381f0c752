"""Journey: the client sits across the table. One keystroke turns the window into this client's
note alone: no other name, no search, no agenda; the note is written and saved as usual. Ctrl+L
and the idle lock work as everywhere, and unlocking comes back in session, so a lock never
uncovers the client list. The same keystroke brings everything back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from journal_app.ui.controllers.idle_lock import POLL_MS

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
TYPED = " Vi skrev ner målen tillsammans."


def _only_this_client(person, window, seeded) -> None:  # type: ignore[no-untyped-def]
    person.wait_for(window.workspace.in_session_banner.isVisible, "the in-session banner")
    seen = person.visible_text(window)
    assert seeded.client_name in seen  # the note's heading names the client in the room
    for other in (seeded.other_name, "Abisko", "Paket 3"):
        assert other not in seen, f"{other!r} shows in session"
    assert not window.workspace.client_list.isVisible()
    assert not window.statusBar().isVisible()


def test_in_session_mode_shows_one_client_and_survives_a_lock(
        make_window, person, seeded, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    editor = window.workspace.note_editor
    person.open_client(window, seeded.client_name)
    person.open_session(window, "2026-02-16")
    assert seeded.other_name in person.visible_text(window)  # the control: Erik is listed
    # The control for the agenda: outside the mode, Ctrl+5 opens it.
    person.click_on(editor.text.viewport(), editor.text.viewport().rect().center())
    person.press(Qt.Key.Key_5, CTRL, into=editor.text)
    person.wait_for(lambda: window.findChild(QDialog, "agendaDialog"), "the agenda")
    agenda = window.findChild(QDialog, "agendaDialog")
    person.wait_for(agenda.isVisible, "the agenda shown")
    person.click_button(agenda, "Close")
    person.wait_for(lambda: not agenda.isVisible(), "the agenda to close")

    person.click_on(editor.text.viewport(), editor.text.viewport().rect().center())
    person.press(Qt.Key.Key_I, CTRL_SHIFT, into=editor.text)
    _only_this_client(person, window, seeded)

    # What could show another client does nothing: search, the agenda.
    person.press(Qt.Key.Key_F, CTRL, into=editor.text)
    person.press(Qt.Key.Key_5, CTRL, into=editor.text)
    person.wait(200)
    assert not any(d.isVisible() for d in window.findChildren(QDialog, "agendaDialog"))
    person.expect_focus(editor.text)
    _only_this_client(person, window, seeded)

    # Writing works as always, and is stored.
    person.press(Qt.Key.Key_End, CTRL, into=editor.text)
    person.type(TYPED, into=editor.text)
    person.wait_for(lambda: editor.saved.text().startswith("Saved "), "the autosave")
    stored = window.controller.journal.notes.for_session(seeded.draft)
    assert stored is not None and stored.text == seeded.draft_text + TYPED

    # Ctrl+L locks at once; unlocking returns to the note, still in session.
    person.press(Qt.Key.Key_L, CTRL, into=editor.text)
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page, "the lock")
    assert seeded.client_name not in person.visible_text(window)
    person.unlock(window)
    person.wait_for(lambda: editor.text.toPlainText() == seeded.draft_text + TYPED,
                    "the same note")
    _only_this_client(person, window, seeded)

    # The idle lock too.
    minutes = window.controller.journal.settings.load().idle_lock_minutes
    clock.advance(dt.timedelta(minutes=minutes, seconds=1))
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page,
                    "the idle lock", timeout=POLL_MS + 5_000)
    person.unlock(window)
    _only_this_client(person, window, seeded)

    # The same keystroke brings the rest back.
    person.click_on(editor.text.viewport(), editor.text.viewport().rect().center())
    person.press(Qt.Key.Key_I, CTRL_SHIFT, into=editor.text)
    person.wait_for(window.workspace.client_list.isVisible, "the client list")
    assert not window.workspace.in_session_banner.isVisible()
    assert seeded.other_name in person.visible_text(window)
    assert window.statusBar().isVisible()
    assert window.statusBar().currentMessage() == "In-session mode ended."
