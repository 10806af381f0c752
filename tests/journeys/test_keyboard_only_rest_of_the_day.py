"""Journey: the rest of the day with the keyboard alone (the first part is in
test_daily_task_with_the_keyboard.py). The journal card opened with Ctrl+Shift+J, its
background written and signed (Tab to Sign, Space, Alt+Y), Ctrl+Tab to the assessment, a
diagnosis and an assessment written and signed, Escape closes it; a PHQ-9 entered for the open
session from the Note menu (Alt+N, M), item by item with Tab, the arrow keys and Space, the
warning about item 9 acknowledged with Alt+A; the package invoiced from the Client menu
(Alt+C, I), issued with Enter, its PDF saved through the file chooser, marked paid in the
Invoices list (Ctrl+4, Alt+M, the day typed, Enter); in-session mode (Ctrl+Shift+I) entered,
written in and left; a backup made (Ctrl+Shift+B, Alt+B) through the file chooser; locked with
Ctrl+L. No mouse event at all: every key goes to the widget that has the keyboard (or to the
menu that is open)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from journey_questions import plain
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QRadioButton
from test_daily_task_with_the_keyboard import ALT, CTRL, CTRL_SHIFT, answer_with_keys

from invoicing_support import set_up_practice
from journal_app.core.backup.backup import list_backups
from journal_app.core.domain.card import CardPart
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import NoteState, RetentionPolicy, SessionStatus
from journal_app.core.vault.vault import Vault
from journal_app.ui.dialogs.backup_dialog import BackupDialog
from journal_app.ui.dialogs.invoice_preview import InvoicePreviewDialog
from journal_app.ui.dialogs.invoices_dialog import InvoicesDialog
from journal_app.ui.dialogs.journal_card_dialog import JournalCardDialog
from journal_app.ui.dialogs.measure_dialog import MeasureDialog
from journal_app.ui.dialogs.payment_dialog import PaymentDialog
from support import FAST_KDF, PASSPHRASE

NAME, OTHER = "Åsa Öberg", "Erik Lund"
DRAFT = "Utkast: sömnen bättre, oron kvar."
BACKGROUND = "Remitterad av vårdcentralen efter sjukskrivning."
DIAGNOSIS = "F41.1 Generaliserat ångestsyndrom"
ASSESSMENT = "Ihållande oro och sömnsvårigheter sedan hösten."
PHQ9 = [1, 2, 1, 2, 1, 0, 1, 1, 2]  # 11: moderate, item 9 answered 2
IN_SESSION = " Vi skrev ner målen tillsammans."
SPACES = {0xA0: " ", 0x202F: " "}  # Babel's no-break spaces in amounts


@pytest.fixture
def practice_day(vault_dir: Path, clock: ManualClock) -> dict[str, str]:
    """The practice's details; Åsa with a priced package of five and a held session whose
    note is a draft; Erik, another client, who must not show in session."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               retention_policy=RetentionPolicy.ERASE_ON_COMPLETION,
                               kdf_policy=FAST_KDF, clock=clock)
    journal = vault.journal
    set_up_practice(journal)
    client = journal.clients.add(NAME, id_number="19121212-1212",
                                 address="Lillgatan 2\n123 45 Småstad")
    package = journal.packages.add(client.id, name="Samtalspaket 5 samtal", sessions_total=5,
                                   purchased=dt.date(2026, 2, 1), price_ore=120_000)
    session = journal.packages.add_session(package.id, dt.datetime(2026, 2, 16, 10, 0),
                                           SessionStatus.HELD)
    journal.notes.save_draft(session.id, DRAFT)
    journal.clients.add(OTHER)
    vault.lock()
    return {"client": client.id, "package": package.id, "session": session.id}


def _menu(person, title_key: Qt.Key, letter: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter opens a menu of the menu bar; the item's underlined letter chooses it. The
    open menu takes the keys (the window system sends them to the popup, not to the widget
    with the focus)."""
    person.press(title_key, ALT)
    person.wait_for(lambda: isinstance(QApplication.activePopupWidget(), QMenu),
                    f"the {title} menu")
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    assert plain(menu.title()) == title, plain(menu.title())
    person.keys(menu, letter)
    person.wait_for(lambda: QApplication.activePopupWidget() is None, f"the {title} menu closed")


def _has_keyboard(widget) -> bool:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def test_the_rest_of_the_day_with_the_keyboard_only(  # type: ignore[no-untyped-def]
        make_window, person, practice_day, qtbot, tmp_path: Path) -> None:
    window = make_window()
    person.unlock(window)
    view, editor = window.workspace.client_view, window.workspace.note_editor
    journal = window.controller.journal

    # Find Åsa: Ctrl+F, her name, Enter.
    person.press(Qt.Key.Key_F, CTRL)
    person.type("Åsa", into=window.workspace.client_list.search)
    person.press(Qt.Key.Key_Return)
    person.wait_for(lambda: view.name.text() == NAME, "Åsa's journal")

    # The journal card (Ctrl+Shift+J): the background typed, Tab to Sign, Space, Alt+Y.
    person.press(Qt.Key.Key_J, CTRL_SHIFT)
    card = person.dialog(window, JournalCardDialog)
    assert isinstance(card, JournalCardDialog)
    background = card.pages[CardPart.BACKGROUND]
    person.type(BACKGROUND, into=background.text)
    person.press(Qt.Key.Key_Tab, into=background.text)
    seen: list[str] = []
    answer_with_keys(qtbot, seen, Qt.Key.Key_Y, ALT)
    person.press(Qt.Key.Key_Space, into=background.sign_button)
    person.wait_for(lambda: seen == ["Sign journal card"], "the sign question")
    person.wait_for(lambda: background.state.text().startswith("Signed "), "the signed part")
    assert "by Mottagningen" in background.state.text() and background.text.isReadOnly()

    # Ctrl+Tab to the assessment: the diagnosis, Tab, the assessment, Tab, Space, Alt+Y.
    person.press(Qt.Key.Key_Tab, CTRL, into=background.text)  # the keyboard stayed on the part
    assessment = card.pages[CardPart.ASSESSMENT]
    assert assessment.diagnosis is not None
    person.wait_for(lambda: card.tabs.currentWidget() is assessment, "the assessment tab")
    person.expect_focus(assessment.diagnosis)
    person.type(DIAGNOSIS, into=assessment.diagnosis)
    person.press(Qt.Key.Key_Tab, into=assessment.diagnosis)
    person.type(ASSESSMENT, into=assessment.text)
    person.press(Qt.Key.Key_Tab, into=assessment.text)
    seen_again: list[str] = []
    answer_with_keys(qtbot, seen_again, Qt.Key.Key_Y, ALT)
    person.press(Qt.Key.Key_Space, into=assessment.sign_button)
    person.wait_for(lambda: seen_again == ["Sign journal card"], "the second sign question")
    person.wait_for(lambda: assessment.state.text().startswith("Signed "), "the signed part")
    person.press(Qt.Key.Key_Escape)
    person.wait_for(lambda: not card.isVisible(), "the card to close")
    stored_card = journal.journal_card(practice_day["client"])
    signed = {part: stored_card.get(part) for part in (CardPart.BACKGROUND, CardPart.ASSESSMENT)}
    assert all(e is not None and e.state is NoteState.SIGNED for e in signed.values())
    assert signed[CardPart.BACKGROUND].fields.text == BACKGROUND  # type: ignore[union-attr]
    assert signed[CardPart.ASSESSMENT].fields.diagnosis == DIAGNOSIS  # type: ignore[union-attr]

    # The session (Ctrl+2 goes to its row, which opens its note), then Note › Enter measure…
    # (Alt+N, M).
    person.press(Qt.Key.Key_2, CTRL)
    person.expect_focus(view.sessions)
    person.wait_for(lambda: editor.text.toPlainText() == DRAFT, "the draft note")
    _menu(person, Qt.Key.Key_N, "m", "Note")
    measure = person.dialog(window, MeasureDialog)
    assert isinstance(measure, MeasureDialog)
    person.wait_for(lambda: _has_keyboard(measure), "the measure dialog to have the keyboard")
    assert measure.instrument.currentText() == "PHQ-9"
    for item, value in enumerate(PHQ9, 1):
        first = measure.findChild(QRadioButton, f"item{item}answer0")
        person.press_until(lambda b=first: QApplication.focusWidget() is b, Qt.Key.Key_Tab,
                           f"item {item}")
        for _ in range(value):
            person.press(Qt.Key.Key_Right)
        person.press(Qt.Key.Key_Space)
        chosen = measure.findChild(QRadioButton, f"item{item}answer{value}")
        assert chosen is not None and chosen.isChecked(), f"item {item}"
    flag_seen: list[str] = []
    answer_with_keys(qtbot, flag_seen, Qt.Key.Key_A, ALT)  # Acknowledge
    person.press(Qt.Key.Key_Return)  # Save, the dialog's default
    person.wait_for(lambda: flag_seen == ["PHQ-9 item 9"], "the item-9 warning")
    person.wait_for(lambda: not measure.isVisible(), "the measure dialog to close")
    (stored_measure,) = journal.session_measures(practice_day["session"])
    assert list(stored_measure.answers) == PHQ9 and not stored_measure.flag_open
    person.wait_for(view.measure_chart.isVisible, "the chart")
    assert view.measure_chart.shown() == {"PHQ-9": [11]}
    assert not view.flag_box.isVisible()  # acknowledged in the warning

    # The package invoiced: Shift+Tab back to its row, Client › Invoice the selected package…
    # (Alt+C, I) shows the invoice, Enter issues it, the file chooser takes the PDF's name.
    person.press_until(lambda: QApplication.focusWidget() is view.packages,
                       Qt.Key.Key_Backtab, "the packages")
    person.wait_for(lambda: view.packages.currentIndex().row() == 0, "the package's row")
    _menu(person, Qt.Key.Key_C, "i", "Client")
    preview = person.dialog(window, InvoicePreviewDialog)
    person.expect_focus(preview.issue_button)
    paper = preview.paper.text().translate(SPACES)
    assert "1001" in paper and "1 200,00 kr" in paper and NAME in paper
    pdf = tmp_path / "faktura-1001.pdf"
    script = person.keys_in_dialogs([
        (QFileDialog, lambda box: True, [(Qt.Key.Key_A, CTRL), str(pdf), (Qt.Key.Key_Return,)]),
    ])
    person.press(Qt.Key.Key_Return, into=preview.issue_button)
    person.wait_for(lambda: not script.steps, "the PDF's name typed")
    person.wait_for(lambda: "Saved faktura-1001.pdf" in window.statusBar().currentMessage(),
                    "the status bar to say the PDF was saved")
    assert pdf.read_bytes().startswith(b"%PDF")
    invoice = journal.invoice(1001)
    assert invoice.package_id == practice_day["package"]
    person.wait_for(lambda: view.packages.model().index(0, 3).data() == "Invoice 1001 · unpaid",
                    "the package to say it is invoiced")

    # Invoices (Ctrl+4): the row has the keyboard; Alt+M marks it paid, the day typed, Enter.
    person.press(Qt.Key.Key_4, CTRL)
    invoices = person.dialog(window, InvoicesDialog)
    assert isinstance(invoices, InvoicesDialog)
    person.expect_focus(invoices.table)
    person.press(Qt.Key.Key_M, ALT)
    payment = person.dialog(window, PaymentDialog)
    assert isinstance(payment, PaymentDialog)
    person.expect_focus(payment.paid_on)
    person.press(Qt.Key.Key_A, CTRL, into=payment.paid_on)
    person.type("2026-03-02", into=payment.paid_on)
    person.press(Qt.Key.Key_Return, into=payment.paid_on)
    person.wait_for(lambda: not payment.isVisible(), "the payment dialog to close")
    person.wait_for(lambda: invoices.message.text() == "Invoice 1001 marked paid on 2026-03-02.",
                    "the Invoices list to say so")
    assert [str(p.paid_on) for p in journal.invoice(1001).payments] == ["2026-03-02"]
    person.wait_for(lambda: _has_keyboard(invoices), "the keyboard back in the list")
    person.press(Qt.Key.Key_Escape)
    person.wait_for(lambda: not invoices.isVisible(), "the Invoices list to close")
    person.wait_for(lambda: view.packages.model().index(0, 3).data() == "Invoice 1001 · paid",
                    "the package to say it is paid")

    # In session (Ctrl+Shift+I): the note alone, written in; the same keys bring the rest back.
    # First the search emptied (Ctrl+F, Ctrl+A, Backspace), so that Erik is listed again.
    search = window.workspace.client_list.search
    person.press(Qt.Key.Key_F, CTRL)
    person.press(Qt.Key.Key_A, CTRL, into=search)
    person.press(Qt.Key.Key_Backspace, into=search)
    person.wait_for(lambda: OTHER in person.visible_text(window), "Erik listed (the control)")
    person.press(Qt.Key.Key_3, CTRL)
    person.expect_focus(editor.text)
    assert editor.text.toPlainText() == DRAFT  # still Åsa's note
    person.press(Qt.Key.Key_I, CTRL_SHIFT, into=editor.text)
    person.wait_for(window.workspace.in_session_banner.isVisible, "the in-session banner")
    assert OTHER not in person.visible_text(window)
    assert not window.workspace.client_list.isVisible()
    person.expect_focus(editor.text)
    person.press(Qt.Key.Key_End, CTRL, into=editor.text)
    person.type(IN_SESSION, into=editor.text)
    person.press(Qt.Key.Key_S, CTRL, into=editor.text)
    person.wait_for(lambda: editor.saved.text().startswith("Saved "), "the save")
    person.press(Qt.Key.Key_I, CTRL_SHIFT, into=editor.text)
    person.wait_for(window.workspace.client_list.isVisible, "the client list back")
    assert not window.workspace.in_session_banner.isVisible()
    assert OTHER in person.visible_text(window)
    assert window.statusBar().currentMessage() == "In-session mode ended."
    stored_note = journal.notes.for_session(practice_day["session"])
    assert stored_note is not None and stored_note.text == DRAFT + IN_SESSION

    # A backup (Ctrl+Shift+B): Alt+B is "Back up now…", the file's name typed, Enter.
    backups = tmp_path / "usb"
    backups.mkdir()
    target = backups / "journal-backup.jbak"
    person.press(Qt.Key.Key_B, CTRL_SHIFT)
    backup = person.dialog(window, BackupDialog)
    assert isinstance(backup, BackupDialog)
    person.wait_for(lambda: _has_keyboard(backup), "the Backups dialog to have the keyboard")
    script = person.keys_in_dialogs([
        (QFileDialog, lambda box: True,
         [(Qt.Key.Key_A, CTRL), str(target), (Qt.Key.Key_Return,)]),
    ])
    person.press(Qt.Key.Key_B, ALT)
    person.wait_for(lambda: not script.steps, "the backup's name typed")
    person.wait_for(lambda: backup.status.text() == f"Backed up to {target}.", "the backup")
    state = backup.table.item(0, 2)
    assert backup.table.rowCount() == 1 and state is not None and state.text() == "OK"
    assert [r.path for r in list_backups(journal)] == [target] and target.stat().st_size > 0
    person.press(Qt.Key.Key_Escape)
    person.wait_for(lambda: not backup.isVisible(), "the Backups dialog to close")

    person.press(Qt.Key.Key_L, CTRL)
    person.wait_for(lambda: window.pages.currentWidget() is window.unlock_page, "the lock")
    assert NAME not in person.visible_text(window)
