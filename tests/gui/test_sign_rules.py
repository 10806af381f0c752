"""Signing: a note documents a session that took place, so a planned session is marked held
first (asked in the one question, refused by the core); an empty note is refused in a box the
practitioner must answer, not only in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_workspace_flow import _open_client, _open_session

from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import InvalidInput


def test_the_core_refuses_to_sign_a_note_of_a_planned_session(vault) -> None:  # type: ignore[no-untyped-def]
    journal = vault.journal
    client = journal.clients.add("Ida")
    package = journal.packages.add(client.id, name="P", sessions_total=2, purchased="2026-02-01")
    planned = journal.packages.add_session(package.id, "2026-02-10T10:00")
    journal.notes.save_draft(planned.id, "Anteckning")
    with pytest.raises(InvalidInput, match="still planned"):
        journal.sign_note(planned.id)
    assert journal.notes.for_session(planned.id).current.signed_at is None
    journal.set_session_status(planned.id, SessionStatus.HELD)
    assert journal.sign_note(planned.id).note.current.signed_at is not None  # the control


def _answer_box(seen: list[str], button: QMessageBox.StandardButton) -> None:
    """Read the box a person would see and press one of its buttons."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, look)


def test_declining_mark_held_and_sign_leaves_the_session_planned_and_the_note_a_draft(
        qtbot, make_window, seeded, unlock, confirmations) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    editor = window.workspace.note_editor
    journal = window.controller.journal
    qtbot.keyClicks(editor.text, "Vi pratade.")
    window.workspace_controller.notes.confirm = lambda *_a: confirmations.append(_a[1]) and False
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    assert confirmations == ["Mark held and sign"]
    assert journal.packages.get_session(seeded["second"]).status is SessionStatus.PLANNED
    assert journal.notes.for_session(seeded["second"]).current.signed_at is None


def test_an_empty_note_is_refused_in_a_box_that_says_why(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.apply(
        lambda j: j.set_session_status(seeded["second"], SessionStatus.HELD))
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    editor = window.workspace.note_editor
    editor.text.selectAll()
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete)
    seen: list[str] = []
    _answer_box(seen, QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    assert seen == ["An empty note cannot be signed. Write what the session held first."]
    note = window.controller.journal.notes.for_session(seeded["second"])
    assert note is None or note.current.signed_at is None


def test_a_session_marked_held_after_its_note_was_opened_is_signed_without_asking_to_mark_it(
        qtbot, make_window, seeded, unlock, confirmations) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])  # still planned when its note opens
    editor = window.workspace.note_editor
    qtbot.keyClicks(editor.text, "Vi pratade.")
    qtbot.mouseClick(window.workspace.client_view.mark_held, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    assert confirmations == ["Sign note"]
    assert window.controller.journal.notes.for_session(seeded["second"]).current.signed_at
