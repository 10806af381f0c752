"""Journey: correct a signed note. Open the client, click the session with the signed note,
click Correct, add to the text, click Sign and answer Yes. The signed text stays readable,
struck through, and the note keeps both revisions."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journal_app.core.domain.models import NoteState

ADDED = "Rättelse: vi pratade även om återfallsrisken."


def test_correct_a_signed_note_keeps_the_old_text_struck_through(
        make_window, person, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.click_row(window.workspace.client_list.table, seeded.client_name)
    person.wait_for(lambda: view.name.text() == seeded.client_name, "the client to open")

    row = person.click_row(view.sessions, "2026-02-02")  # the session with the signed note
    person.wait_for(lambda: editor.text.toPlainText() == seeded.signed_text, "the signed note")
    assert view.sessions.model().index(row, 2).data() == "Signed"
    assert editor.text.isReadOnly()
    assert editor.state.text().startswith("Signed ")
    assert editor.correct_button.isVisible() and not editor.sign_button.isVisible()
    assert not editor.earlier.isVisible()

    person.click_on(editor.correct_button)
    person.wait_for(lambda: not editor.text.isReadOnly(), "the note to become editable")
    assert editor.state.text().startswith("Correction in progress")
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, into=editor.text)
    person.type(ADDED, into=editor.text)
    corrected = seeded.signed_text + ADDED
    assert editor.text.toPlainText() == corrected

    with person.answering("Yes") as question:
        person.click_on(editor.sign_button)
    assert question.title == "Sign note" and question.dialog_type == "QMessageBox"

    # Seen: the new text, signed and read-only; the earlier text struck through below it.
    person.wait_for(lambda: editor.earlier.isVisible(), "the earlier version")
    assert editor.text.toPlainText() == corrected
    assert editor.text.isReadOnly()
    assert editor.state.text().startswith("Signed ")
    assert editor.saved.text() == "Signed"
    earlier_html = editor.earlier.toHtml()
    assert "line-through" in earlier_html or "<s>" in earlier_html, earlier_html
    assert "trädgården och sömnen" in editor.earlier.toPlainText()
    assert ADDED not in editor.earlier.toPlainText()
    assert view.sessions.model().index(row, 2).data() == "Signed"

    # Stored: two revisions, both signed, the first replaced by the second.
    note = window.controller.journal.notes.for_session(seeded.signed)
    assert note is not None and note.state is NoteState.SIGNED
    assert len(note.revisions) == 2
    first, second = note.revisions
    assert first.body == seeded.signed_text and first.superseded_at is not None
    assert second.body == corrected and second.signed_at is not None
