"""Journey: an own note template. Vault → Note templates…, New, type its name and headings,
Save; open the client's session whose note is still empty, choose the template above the
editor, write under two of its three headings; the headings show bold while writing, and the
client's PDF (Client actions → Export journal as PDF…, Save as…) sets them as headings and
leaves out the one with nothing under it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog

from journal_app.ui.dialogs.export_dialog import ExportDialog
from journal_app.ui.dialogs.templates_dialog import TemplatesDialog

NAME = "Kort samtal"
HEADINGS = "Läge\n\nInsats\n\nHemuppgift\n"


def _client_action(person, window, text: str) -> None:  # type: ignore[no-untyped-def]
    """Client actions ▸ `text`: the button opens its menu, a click on the item."""
    person.button_menu(window.client_view.actions_button, text)


def test_a_template_made_in_the_dialog_is_chosen_written_under_and_exported(
        make_window, person, one_client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    journal = window.controller.journal

    # Made by typing: New, its name, its headings (one per line), Save.
    person.menu(window, "Vault", "Note templates…")
    dialog = person.dialog(window, TemplatesDialog)
    person.click_button(dialog, "New")
    person.type(NAME, into=dialog.name)
    person.select_all_and_type(dialog.body, HEADINGS)
    person.click_button(dialog, "Save")
    person.wait_for(lambda: any(t.name == NAME for t in journal.note_templates()),
                    "the template to be stored")
    assert f"{NAME}" in person.visible_text(dialog)
    person.click_button(dialog, "Close")
    person.wait_for(lambda: not dialog.isVisible(), "the dialog to close")

    # The empty note starts from the default; the template is chosen above the editor.
    editor = window.workspace.note_editor
    person.open_client(window, one_client.client_name)
    person.open_session(window, "2026-03-02")
    assert editor.text.toPlainText().startswith("Samtalets innehåll")
    assert editor.template.isEnabled()
    person.choose(editor.template, NAME)
    person.wait_for(lambda: editor.text.toPlainText() == HEADINGS, "the template's headings")
    person.expect_focus(editor.text)  # writing starts under the first heading
    person.type("Klienten var lugn och samlad.")
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    person.type("Promenera varje dag.")
    assert not editor.template.isEnabled()  # the note has text now: no other template

    # Shown as headings while writing: bold, the text under them not.
    document = editor.text.document()

    def bold(block_number: int) -> bool:
        formats = document.findBlockByNumber(block_number).layout().formats()
        return any(f.format.fontWeight() == QFont.Weight.Bold for f in formats)

    assert [bold(n) for n in range(5)] == [True, False, True, False, True]

    session_id = one_client.empty
    person.wait_for(lambda: (journal.notes.for_session(session_id) or None) is not None
                    and "Promenera" in journal.notes.for_session(session_id).text,
                    "the autosave", timeout=8_000)
    origin = journal.note_origin(session_id)
    assert origin is not None and origin.headings == ("Läge", "Insats", "Hemuppgift")

    # The client's PDF: its headings as headings, the empty one left out.
    pdf = tmp_path / "journal.pdf"
    with person.answering("Close", dialog_type=ExportDialog), \
            person.answering("Save", typing=str(pdf), replace=True, press_enter=True,
                             dialog_type=QFileDialog), \
            person.answering("Save as…", dialog_type=ExportDialog):
        _client_action(person, window, "Export journal as PDF…")
    person.wait_for(pdf.is_file, "the PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    assert "Läge" in lines and "Hemuppgift" in lines
    assert "Klienten var lugn och samlad." in lines and "Promenera varje dag." in lines
    assert "Insats" not in lines
    assert lines.index("Läge") < lines.index("Klienten var lugn och samlad.") < lines.index(
        "Hemuppgift")
