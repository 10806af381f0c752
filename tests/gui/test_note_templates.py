"""The note editor's template choice: keyboard reachable (Alt+L), offered only while the note
is empty, "the last note's headings" from the client's previous note, and the editor's
headings following the template; lock forgets the phrases and the choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_workspace_flow import _open_client, _open_session


def test_the_template_choice_is_reached_with_alt_l_and_only_for_an_empty_note(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    editor = window.workspace.note_editor
    _open_session(window, seeded["first"])  # signed: nothing to choose
    assert not editor.template.isEnabled() and not editor.last_headings_button.isEnabled()
    _open_session(window, seeded["second"])  # no note yet: the default, and a choice
    assert editor.template.currentText() == "Standard (svenska)"
    assert editor.template.isEnabled()
    editor.text.setFocus()
    qtbot.keyClick(editor.text, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.template, timeout=5_000)
    qtbot.keyClick(editor.template, Qt.Key.Key_Down)  # the next template: SOAP (svenska)
    qtbot.waitUntil(lambda: editor.text.toPlainText().startswith("Subjektivt\n"),
                    timeout=5_000)
    notes = window.workspace_controller.notes
    assert notes.templates.heading_marks.headings == {"Subjektivt", "Objektivt", "Bedömning",
                                                    "Plan"}
    editor.text.setFocus()
    qtbot.keyClicks(editor.text, "Text")
    assert not editor.template.isEnabled()  # written in: no template replaces it
    qtbot.keyClick(editor.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(editor.template.isEnabled, timeout=5_000)  # empty again


def test_the_last_notes_headings_start_the_next_note(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    editor = window.workspace.note_editor
    _open_session(window, seeded["second"])
    editor.last_headings_button.click()
    # The signed note of 2026-02-02 has one heading of the standard template, with text.
    qtbot.waitUntil(lambda: editor.text.toPlainText() == "Samtalets innehåll\n\n", timeout=5_000)
    assert editor.template.currentIndex() == -1  # no template: the last note's headings
    editor.text.insertPlainText("Fortsatte om sömnen.")
    window.workspace_controller.notes.save_now()
    journal = window.controller.journal
    origin = journal.note_origin(seeded["second"])
    assert origin is not None and origin.headings == ("Samtalets innehåll",)
    assert origin.template_id == "last-note"


def test_lock_forgets_the_phrases_and_the_template_list(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.apply(lambda j: j.add_phrase("bpl", "Behandlingsplanen."))
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    notes = window.workspace_controller.notes
    assert notes.templates.expander.phrases == {"bpl": "Behandlingsplanen."}
    window.controller.lock()
    assert notes.templates.expander.phrases == {}
    assert window.workspace.note_editor.template.count() == 0


def test_a_swedish_template_note_is_checked_in_swedish_with_its_headings_bold_and_unchecked(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    """A document has one highlighter: the spell checker's draws the headings too (bold, not
    checked: they are the template's), and a note started from the Swedish template is checked
    in Swedish although the app speaks English here."""
    from PySide6.QtGui import QFont
    from test_spell_check import underlined

    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    editor = window.workspace.note_editor
    _open_session(window, seeded["second"])  # a new note: the Swedish standard template
    checking = window.workspace_controller.note_spelling
    cursor = editor.text.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.movePosition(cursor.MoveOperation.EndOfBlock)
    editor.text.setTextCursor(cursor)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.text, "Vi talade om sommmaren. ")
    qtbot.waitUntil(lambda: checking.check.ready and not checking.checking, timeout=10_000)
    assert checking.check.speller is not None and checking.check.speller.language == "sv"
    heading = editor.text.document().firstBlock()
    assert heading.text() == "Samtalets innehåll"
    bold = {i for r in heading.layout().formats() if r.format.fontWeight() >= QFont.Weight.Bold
            for i in range(r.start, r.start + r.length)}
    assert bold == set(range(len(heading.text()))), "the heading is not drawn as a heading"
    assert heading.next().layout().formats() == [] or all(  # the control: text is not bold
        r.format.fontWeight() < QFont.Weight.Bold for r in heading.next().layout().formats())
    assert underlined(editor.text) == ["sommmaren"]  # not the headings, not "talade"


def test_a_note_with_no_recorded_template_is_checked_in_the_default_templates_language(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["first"])  # written before origins: none recorded
    assert window.controller.journal.note_origin(seeded["first"]) is None
    assert window.controller.journal.default_template().id == "builtin-standard-sv"
    assert window.workspace_controller.notes.templates.language == "sv"  # the app speaks en


def test_opening_a_new_note_and_its_checking_saves_nothing(
        qtbot, make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    """Spell checking and heading marks change how the text is drawn, never the text: a
    session opened and looked at keeps "No note" (nothing stored)."""
    from journal_app.ui.controllers.note_controller import AUTOSAVE_MS

    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    _open_session(window, seeded["second"])
    checking = window.workspace_controller.note_spelling
    qtbot.waitUntil(lambda: checking.check.ready and not checking.checking, timeout=10_000)
    checking.highlighter.rehighlight()  # as a change of scheme or of the own words does
    qtbot.wait(AUTOSAVE_MS + 300)
    assert window.controller.journal.notes.for_session(seeded["second"]) is None
    assert not window.workspace_controller.notes._dirty
