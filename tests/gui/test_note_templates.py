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
    assert notes.templates.highlighter.headings == {"Subjektivt", "Objektivt", "Bedömning",
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
