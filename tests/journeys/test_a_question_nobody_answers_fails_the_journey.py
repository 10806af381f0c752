"""The journeys never hang: a question that blocks a click and that the journey did not expect
is closed and fails the journey; a question the journey waits for that never comes fails it
too. Both within seconds, so a regression costs a red test, not a stuck suite."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt


def _open_the_draft(person, window, seeded) -> None:  # type: ignore[no-untyped-def]
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.click_row(window.workspace.client_list.table, seeded.client_name)
    person.wait_for(lambda: view.name.text() == seeded.client_name, "the client to open")
    person.click_row(view.sessions, "2026-02-16")  # held, with a draft: Sign asks first
    person.wait_for(lambda: editor.text.toPlainText() == seeded.draft_text, "the draft")


def test_an_unexpected_question_is_closed_and_fails_the_journey(
        make_window, impatient_person, seeded) -> None:  # type: ignore[no-untyped-def]
    person = impatient_person
    window = make_window()
    person.unlock(window)
    _open_the_draft(person, window, seeded)
    started = time.monotonic()
    with pytest.raises(AssertionError, match="a question nobody expected blocked the journey"):
        person.click_on(window.workspace.note_editor.sign_button)  # asks; nobody answers
    assert time.monotonic() - started < 5
    assert len(person.stuck) == 1 and "Sign note" in person.stuck[0]
    # Closed as No: nothing was signed.
    note = window.controller.journal.notes.for_session(seeded.draft)
    assert note is not None and note.current.signed_at is None


def test_a_question_that_never_comes_fails_the_journey(
        make_window, person, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    started = time.monotonic()
    with pytest.raises(AssertionError, match="no question with a 'Yes' button came"), \
            person.answering("Yes", timeout=300):
        person.press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # asks nothing
    assert time.monotonic() - started < 3
