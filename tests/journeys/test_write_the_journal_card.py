"""Journey: the journal card (PDL 3 kap 6 §). Open the client, click "Journal card…", type a
background, sign it (Yes); open the assessment tab, type a diagnosis code and an assessment,
sign it; see both shown as signed with who and when. Correct the background and see the earlier
text struck through. Give the treatment plan a planned evaluation date that has passed and see
the client view say so. Close the card (Ctrl+Shift+J opens it again), export the client's PDF
through Client actions and the file chooser, and read with pdftotext that the card comes before
the first session, its parts in the law's order."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTabWidget

from journal_app.core.domain.card import CardPart
from journal_app.core.domain.models import NoteState
from journal_app.ui.dialogs.export_dialog import ExportDialog
from journal_app.ui.dialogs.journal_card_dialog import JournalCardDialog

BACKGROUND = "Remitterad av vårdcentralen efter sjukskrivning."
ADDED = " Bor ensam."
ASSESSMENT = "Ihållande oro och sömnsvårigheter sedan hösten."
DIAGNOSIS = "F41.1 Generaliserat ångestsyndrom"


def _tab(person, tabs: QTabWidget, title: str) -> None:  # type: ignore[no-untyped-def]
    """Click the tab that reads `title`."""
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    person.click_on(bar, bar.tabRect(index).center())
    person.wait_for(lambda: tabs.currentIndex() == index, f"the {title} tab")


def test_write_sign_and_correct_the_journal_card_and_see_it_first_in_the_pdf(
        make_window, person, seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    view = window.workspace.client_view
    person.open_client(window, seeded.client_name)

    person.click_on(view.journal_card_button)
    dialog = person.dialog(window, JournalCardDialog)
    assert isinstance(dialog, JournalCardDialog)
    background = dialog.pages[CardPart.BACKGROUND]
    assert background.state.text().startswith("Not written yet")
    person.click_on(background.text)
    person.type(BACKGROUND, into=background.text)
    with person.answering("Yes") as question:
        person.click_on(background.sign_button)
    assert question.title == "Sign journal card"
    person.wait_for(lambda: background.state.text().startswith("Signed "), "the signed part")
    assert "by Mottagningen" in background.state.text()  # the name in the settings
    assert background.text.isReadOnly() and background.correct_button.isVisible()

    _tab(person, dialog.tabs, "Assessment/diagnosis")
    assessment = dialog.pages[CardPart.ASSESSMENT]
    assert assessment.diagnosis is not None
    person.click_on(assessment.diagnosis)
    person.type(DIAGNOSIS, into=assessment.diagnosis)
    person.click_on(assessment.text)
    person.type(ASSESSMENT, into=assessment.text)
    person.wait_for(lambda: assessment.saved.text().startswith("Saved"), "the autosave")
    with person.answering("Yes"):
        person.click_on(assessment.sign_button)
    person.wait_for(lambda: assessment.state.text().startswith("Signed "), "the signed part")
    assert "by Mottagningen" in assessment.state.text()

    # A correction: the signed text stays readable, struck through, with who and when.
    _tab(person, dialog.tabs, "Background")
    person.click_on(background.correct_button)
    person.wait_for(lambda: not background.text.isReadOnly(), "the part to become editable")
    assert background.state.text().startswith("Correction in progress")
    person.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier, into=background.text)
    person.type(ADDED, into=background.text)
    with person.answering("Yes"):
        person.click_on(background.sign_button)
    person.wait_for(background.earlier.isVisible, "the earlier version")
    earlier_html = background.earlier.toHtml()
    assert "line-through" in earlier_html or "<s>" in earlier_html, earlier_html
    assert BACKGROUND in background.earlier.toPlainText()
    assert "by Mottagningen" in background.earlier.toPlainText()
    assert ADDED.strip() not in background.earlier.toPlainText()
    assert background.text.toPlainText() == BACKGROUND + ADDED

    # A planned evaluation already passed (the clock says 2026-03-02).
    _tab(person, dialog.tabs, "Treatment plan")
    plan = dialog.pages[CardPart.PLAN]
    assert plan.evaluate_on is not None
    person.click_on(plan.text)
    person.type("Bättre sömn.", into=plan.text)
    person.click_on(plan.evaluate_on)
    person.type("2026-02-20", into=plan.evaluate_on)
    person.click_button(dialog, "Close")
    person.wait_for(lambda: not dialog.isVisible(), "the card to close")
    person.wait_for(view.evaluation_box.isVisible, "the passed evaluation in the client view")
    assert "2026-02-20" in view.evaluation_label.text()
    assert "2026-02-20" in view.evaluation_box.accessibleName()

    # The shortcut opens the card again, as it was left.
    person.press(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier
                 | Qt.KeyboardModifier.ShiftModifier)
    again = person.dialog(window, JournalCardDialog)
    assert isinstance(again, JournalCardDialog)
    assert again.pages[CardPart.ASSESSMENT].diagnosis.text() == DIAGNOSIS  # type: ignore[union-attr]
    person.click_button(again, "Close")
    person.wait_for(lambda: not again.isVisible(), "the card to close")

    card = window.controller.journal.journal_card(seeded.client)
    stored = card.get(CardPart.BACKGROUND)
    assert stored is not None and stored.state is NoteState.SIGNED
    assert [r.fields.text for r in stored.revisions] == [BACKGROUND, BACKGROUND + ADDED]
    stored_assessment = card.get(CardPart.ASSESSMENT)
    assert stored_assessment is not None
    assert stored_assessment.fields.diagnosis == DIAGNOSIS

    # The client's PDF: Client actions, "Export journal as PDF…", "Save as…", a file name.
    pdf = tmp_path / "karin-journal.pdf"
    with person.answering("Close", dialog_type=ExportDialog), \
            person.answering("Save", typing=str(pdf), replace=True, press_enter=True,
                             dialog_type=QFileDialog), \
            person.answering("Save as…", dialog_type=ExportDialog):
        person.button_menu(view.actions_button, "Export journal as PDF…")
    assert pdf.is_file()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    at = 0
    order = ["Journal card", "Background", BACKGROUND.split()[0], "Earlier text",
             "Assessment/diagnosis", "F41.1", "Ihållande oro", "Treatment plan",
             "Planned evaluation: 2026-02-20", "Sessions", "trädgården"]
    for words in order:  # each after the one before: the card first, in PDL order
        found = text.find(words, at)
        assert found >= 0, f"{words!r} not after {text[max(0, at - 80):at]!r}"
        at = found + len(words)
