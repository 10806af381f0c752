"""An own template's language of the notes in the window (issue 17): with the app speaking
English, a note started from an own Swedish template is checked in Swedish, one from an own
template that leaves it to the app in English; changing the template's language while its note
is open takes effect at once; the journal card follows an own default template's language; the
templates dialog shows and sends the language, fixed for a built-in template."""

from __future__ import annotations

from test_journal_card_gui import _card
from test_workspace_flow import _open_client, _open_session

from journal_app.core.domain.card import CardPart
from journal_app.ui.controllers.note_templates import template_language
from journal_app.ui.dialogs.templates_dialog import TemplatesDialog


def _own_default(window, language: str) -> str:  # type: ignore[no-untyped-def]
    made = window.controller.apply(
        lambda j: j.add_template("Egen", "Läge\n\nPlan\n", language)).template
    window.controller.apply(lambda j: j.set_default_template(made.id))
    return str(made.id)


def test_template_language_reads_an_own_templates_stored_language(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    journal = window.controller.journal
    sv = journal.add_template("Svensk", "Rubrik\n", "sv").template
    app = journal.add_template("Appens", "Rubrik\n", "").template
    templates = journal.note_templates()
    assert template_language(sv.id, templates) == "sv"
    assert template_language(app.id, templates) is None
    assert template_language(sv.id) is None  # not among the templates given: unknown
    assert template_language("builtin-soap-en", templates) == "en"
    assert template_language("last-note", templates) is None


def test_a_note_from_an_own_swedish_template_is_checked_in_swedish_in_an_english_app(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    made = _own_default(window, "sv")
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])  # a new note: the own default template
    notes = window.workspace_controller.notes
    assert notes.templates.origin is not None and notes.templates.origin.template_id == made
    assert notes.templates.language == "sv"
    checking = window.workspace_controller.note_spelling
    assert checking.language() == "sv"
    # The template's language changed while its note is open: the note follows at once.
    window.controller.apply(lambda j: j.update_template(made, "Egen", "Läge\n\nPlan\n", ""))
    assert notes.templates.language is None and checking.language() == "en"


def test_the_journal_card_follows_an_own_default_templates_language(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _own_default(window, "sv")
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _card(qtbot, window)
    field = dialog.pages[CardPart.DECLINED].text
    spelling = window.workspace_controller.spelling
    checking = next(c for c in spelling.checkers if c.editor is field)
    assert checking.language() == "sv"  # the app speaks English


def test_the_dialog_shows_and_sends_the_language_fixed_for_a_built_in_template(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    journal = window.controller.journal
    own = journal.add_template("Svensk", "Rubrik\n", "sv").template
    dialog = TemplatesDialog(window)
    qtbot.addWidget(dialog)
    dialog.set_templates(journal.note_templates(), journal.default_template().id, own.id)
    assert dialog.language.currentText() == "Svenska" and dialog.language.isEnabled()
    assert dialog.language.accessibleName() == "Language of the notes"
    sent: list[tuple[str, str, str, str]] = []
    dialog.save_requested.connect(lambda *args: sent.append(args))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save_button.click()
    assert sent == [(own.id, "Svensk", "Rubrik\n", "en")]
    dialog.set_templates(journal.note_templates(), journal.default_template().id,
                         "builtin-dap-en")
    assert dialog.language.currentText() == "English" and not dialog.language.isEnabled()
    dialog.start_new()  # a new one starts from the selected template's language
    assert dialog.language.currentData() == "en" and dialog.language.isEnabled()
