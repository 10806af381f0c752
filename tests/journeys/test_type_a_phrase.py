"""Journey: a phrase. Vault → Phrases…, an abbreviation with a space refused (the message
names it, nothing stored), then "bpl" and its text saved; in the note, "bpl" and a space
becomes the text, one Ctrl+Z gives "bpl " back, and "bpl" and a full stop expands it again;
the autosave stores the expanded text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journal_app.ui.dialogs.phrases_dialog import PhrasesDialog

PHRASE = "Behandlingsplanen gicks igenom och klienten godkände den"


def test_a_phrase_added_in_the_dialog_expands_as_it_is_typed_and_is_stored(
        make_window, person, one_client) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    journal = window.controller.journal

    person.menu(window, "Vault", "Phrases…")
    dialog = person.dialog(window, PhrasesDialog)
    person.type("b pl", into=dialog.abbreviation)
    person.click_on(dialog.text)
    person.type(PHRASE, into=dialog.text)
    person.click_button(dialog, "Save")
    person.wait_for(dialog.error.isVisible, "the refusal")
    assert dialog.error.text() == "The abbreviation must not contain spaces."
    assert journal.phrases() == []
    person.select_all_and_type(dialog.abbreviation, "bpl")
    person.click_button(dialog, "Save")
    person.wait_for(lambda: [p.abbreviation for p in journal.phrases()] == ["bpl"],
                    "the phrase to be stored")
    assert not dialog.error.isVisible()
    assert f"bpl → {PHRASE}" in person.visible_text(dialog)
    person.click_button(dialog, "Close")
    person.wait_for(lambda: not dialog.isVisible(), "the dialog to close")

    editor = window.workspace.note_editor
    person.open_client(window, one_client.client_name)
    person.open_session(window, "2026-03-02")
    person.click_on(editor.text)
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    person.type("Idag: bpl ")
    person.wait_for(lambda: editor.text.toPlainText().endswith(f"Idag: {PHRASE} "),
                    "the expansion")
    person.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    person.wait_for(lambda: editor.text.toPlainText().endswith("Idag: bpl "),
                    "one Ctrl+Z to give the abbreviation back")
    person.press(Qt.Key.Key_Backspace)
    person.type(".")
    person.wait_for(lambda: editor.text.toPlainText().endswith(f"Idag: {PHRASE}."),
                    "the expansion before a full stop")

    session_id = one_client.empty
    person.wait_for(lambda: journal.notes.for_session(session_id) is not None
                    and journal.notes.for_session(session_id).text.endswith(
                        f"Idag: {PHRASE}."), "the autosave", timeout=8_000)
