"""Journey: a Swedish practitioner whose app speaks English writes from her own Swedish template
(issue 17). Vault → Note templates…, the English standard selected, New: the language of the
notes starts as the selected one's (English); she names the template, types Swedish headings,
chooses "Svenska" as the language of the notes and saves. In the client's empty note she
chooses that template above the editor and types a Swedish sentence with one misspelt word:
only that word is underlined (a correct Swedish word such as "ångest" is not), where English
checking would underline nearly every word."""

from __future__ import annotations

from test_spell_check_a_swedish_note import underlined

from journal_app.ui.dialogs.templates_dialog import TemplatesDialog

NAME = "Kort samtal"
HEADINGS = "Läge\n\nInsats\n\nHemuppgift\n"
SENTENCE = "Hon beskriver sin ångest inför arbetet och promenrar varje dag. "


def test_a_note_from_an_own_swedish_template_is_checked_in_swedish_in_an_english_app(
        make_window, person, one_client) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    journal = window.controller.journal

    # The app speaks English: its menus and the dialog's words are English.
    person.menu(window, "Vault", "Note templates…")
    dialog = person.dialog(window, TemplatesDialog)
    assert "Language of the notes:" in person.visible_text(dialog)
    person.click_row(dialog.list, "Standard (English)")
    person.wait_for(lambda: dialog.language.currentText() == "English",
                    "the built-in template's language shown")
    assert not dialog.language.isEnabled()  # a built-in template's language is fixed
    person.click_button(dialog, "New")
    assert dialog.language.currentText() == "English"  # as the template started from
    person.type(NAME, into=dialog.name)
    person.choose(dialog.language, "Svenska")
    person.select_all_and_type(dialog.body, HEADINGS)
    person.click_button(dialog, "Save")

    def made() -> list[tuple[str, str]]:
        return [(t.name, t.language) for t in journal.note_templates() if not t.builtin]

    person.wait_for(lambda: made() == [(NAME, "sv")], "the template stored in Swedish")
    person.click_button(dialog, "Close")
    person.wait_for(lambda: not dialog.isVisible(), "the dialog to close")

    # The empty note: the template chosen above the editor, a Swedish sentence typed.
    editor = window.workspace.note_editor
    person.open_client(window, one_client.client_name)
    person.open_session(window, "2026-03-02")
    person.choose(editor.template, NAME)
    person.wait_for(lambda: editor.text.toPlainText() == HEADINGS, "the template's headings")
    person.expect_focus(editor.text)  # writing starts under the first heading
    person.type(SENTENCE)
    person.wait_for(lambda: underlined(editor.text) == ["promenrar"],
                    "only the misspelt word underlined")
    person.wait(200)  # nothing else is underlined a moment later either
    assert underlined(editor.text) == ["promenrar"]
    assert "ångest" in editor.text.toPlainText()
    person.wait_for(lambda: (origin := journal.note_origin(one_client.empty)) is not None
                    and origin.headings == ("Läge", "Insats", "Hemuppgift"),
                    "the note saved with its template", timeout=8_000)
