"""Journey: a package completes. Both sessions are held but one note is unsigned: the package
says so and "Next note to sign" leads to it. Signing it completes the package; the erase
prompt offers the client's PDF first (saved through the file chooser, and the prompt then says
it was saved), then the erase, confirmed by typing the client's name. What remains: the client
row without notes, the billing record, the receipt in the access log; the PDF on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from journal_app.ui.dialogs.export_dialog import ExportDialog
from support import FAST_KDF, PASSPHRASE

NAME = "Maja Ström"
SIGNED = "Första samtalet: vi talade om sömnen."
DRAFT = "Andra samtalet: avslut, målen nådda, Maja känner sig trygg."


@pytest.fixture
def nearly_done(vault_dir: Path, clock: ManualClock) -> dict[str, str]:
    """A package of two: both sessions held, the first note signed, the second a draft."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               retention_policy=RetentionPolicy.ERASE_ON_COMPLETION,
                               kdf_policy=FAST_KDF, clock=clock)
    j = vault.journal
    client = j.clients.add(NAME, id_number="19121212-1212")
    package = j.packages.add(client.id, name="Paket 2", sessions_total=2, purchased="2026-02-01",
                             price_ore=180000)
    first = j.packages.add_session(package.id, dt.datetime(2026, 2, 2, 10, 0), SessionStatus.HELD)
    j.notes.save_draft(first.id, SIGNED)
    j.sign_note(first.id)
    second = j.packages.add_session(package.id, dt.datetime(2026, 2, 16, 10, 0),
                                    SessionStatus.HELD)
    j.notes.save_draft(second.id, DRAFT)
    vault.lock()
    return {"client": client.id, "package": package.id, "second": second.id}


def test_complete_a_package_give_the_client_the_pdf_and_erase(
        make_window, person, nearly_done, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    view, editor = window.workspace.client_view, window.workspace.note_editor
    person.click_row(window.workspace.client_list.table, NAME)
    person.wait_for(lambda: view.name.text() == NAME, "the client to open")

    # Seen: all held, one note to sign, and the way to it.
    assert view.packages.model().index(0, 1).data() == "2 of 2 · 1 note to sign"
    assert view.next_to_sign.isVisible()
    person.click_on(view.next_to_sign)
    person.wait_for(lambda: editor.text.toPlainText() == DRAFT, "the unsigned note")
    assert editor.state.text().startswith("Draft")

    with person.answering("Yes") as question:
        person.click_on(editor.sign_button)
    assert question.title == "Sign note"

    # The package is completed: the prompt comes up by itself.
    person.wait_for(lambda: window.findChild(QDialog, "eraseDialog") is not None,
                    "the erase prompt")
    prompt = window.findChild(QDialog, "eraseDialog")
    person.wait_for(prompt.isVisible, "the erase prompt to show")
    assert view.packages.model().index(0, 1).data() == "2 of 2 · completed"
    assert not view.next_to_sign.isVisible()
    assert f"{NAME} has completed the package" in prompt.explanation.text()
    assert not prompt.pdf_saved.isVisible()

    # The PDF for the client: "Export…", "Save as…", a file name typed into the chooser.
    pdf = tmp_path / "maja-journal.pdf"
    with person.answering("Close", dialog_type=ExportDialog) as export_closed, \
            person.answering("Save", typing=str(pdf), replace=True, press_enter=True,
                             dialog_type=QFileDialog) as chooser, \
            person.answering("Save as…", dialog_type=ExportDialog):
        person.click_on(prompt.export_button)
    assert chooser.typed_into == "fileNameEdit"
    assert export_closed.done
    assert pdf.is_file()
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert NAME in text and "målen nådda" in text and "sömnen" in text
    person.wait_for(prompt.pdf_saved.isVisible, "the prompt to say the PDF was saved")
    assert prompt.pdf_saved.text() == "PDF saved: maja-journal.pdf"
    assert prompt.export_button.text() == "Save the PDF again…"

    # The erase, confirmed by typing the client's name.
    person.click_on(prompt.erase_button)
    person.wait_for(prompt.confirm_edit.isVisible, "the confirmation page")
    assert not prompt.confirm_button.isEnabled()
    person.type(NAME, into=prompt.confirm_edit)
    assert prompt.confirm_button.isEnabled()
    person.click_on(prompt.confirm_button)
    person.wait_for(lambda: not shiboken6.isValid(prompt) or not prompt.isVisible(),
                    "the prompt to close after the erase", timeout=20_000)

    # Seen: the notes are gone from the workspace; the status bar says what happened.
    person.wait_for(lambda: "Erased 2 notes for good" in window.statusBar().currentMessage(),
                    f"the erase message (it says {window.statusBar().currentMessage()!r})")
    assert "trygg" not in person.visible_text(window)
    # Stored: no notes, no sessions' text; the billing record and the receipt remain.
    journal = window.controller.journal
    assert all(journal.notes.for_session(s.id) is None
               for s in journal.packages.sessions(client_id=nearly_done["client"]))
    assert journal.search("trygg") == []
    receipts = journal.audit.entries(action=Action.ERASE)
    assert len(receipts) == 1
    assert NAME not in receipts[0].detail
