"""Journey: the practice's details typed into their dialog (a bankgiro with a wrong check digit
refused first, naming the field); a client's package invoiced: the invoice shown before it is
issued, Issue clicked, the PDF saved through the file chooser and read back (number, total,
OCR reference); the Invoices list filtered to unpaid, the invoice marked paid by typing the
date (a date that does not exist refused first); the client view says it is paid; the year
exported for the accountant as SIE, every voucher balancing and no client named, with the
year's invoices as CSV beside it."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from invoicing_support import client_with_package
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.identity import luhn_check_digit
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.vault.vault import Vault
from journal_app.export import money
from journal_app.ui.dialogs.invoice_preview import InvoicePreviewDialog
from journal_app.ui.dialogs.invoices_dialog import InvoicesDialog
from journal_app.ui.dialogs.payment_dialog import PaymentDialog, SieDialog
from journal_app.ui.dialogs.practice_dialog import PracticeDialog
from support import FAST_KDF, PASSPHRASE

NAME = "Åsa Öberg"
SPACES = {0xA0: " ", 0x202F: " "}  # Babel's no-break spaces (in amounts), read as spaces


@pytest.fixture
def client_to_invoice(vault_dir: Path, clock: ManualClock) -> dict[str, str]:
    """A client with an address and a package of 1 200 kr; no practice details yet."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               retention_policy=RetentionPolicy.ERASE_ON_COMPLETION,
                               kdf_policy=FAST_KDF, clock=clock)
    client, package = client_with_package(vault.journal, name=NAME)
    vault.lock()
    return {"client": client, "package": package}


def _closed(dialog: object) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def _type_practice(person, window) -> None:  # type: ignore[no-untyped-def]
    person.menu(window, "Vault", "Practice details…")
    dialog = person.dialog(window, PracticeDialog)
    fields = dialog.fields
    person.expect_focus(fields["legal_name"])
    person.type("Samtalsmottagningen Öst AB")
    person.select_all_and_type(fields["org_number"], "556677-8899")
    person.select_all_and_type(fields["address"], "Storgatan 1\n123 45 Småstad")
    person.select_all_and_type(fields["vat_number"], "SE556677889901")
    person.click_on(fields["f_skatt"])
    person.select_all_and_type(fields["series_start"], "1001")
    person.select_all_and_type(fields["bankgiro"], "5050-1056")  # one digit wrong
    person.click_button(dialog, "Save")
    person.wait_for(lambda: dialog.error.text(), "the refusal")
    assert dialog.isVisible()
    assert dialog.error.text() == \
        "The Bankgiro '5050-1056' has a wrong check digit; check for a typo."
    assert window.controller.journal.practice().legal_name == ""  # nothing was stored
    person.expect_focus(fields["bankgiro"])
    person.select_all_and_type(fields["bankgiro"], "5050-1055")
    person.click_button(dialog, "Save")
    person.wait_for(lambda: _closed(dialog), "the practice details to close")
    stored = window.controller.journal.practice()
    assert stored.legal_name == "Samtalsmottagningen Öst AB"
    assert stored.address == "Storgatan 1\n123 45 Småstad"  # as typed, lines and all
    assert (stored.bankgiro, stored.f_skatt, stored.series_start) == ("5050-1055", True, 1001)


def _pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return out.translate(SPACES)


def _vouchers(sie: Path) -> list[list[Decimal]]:
    """The amounts of each #VER's #TRANS rows."""
    vouchers: list[list[Decimal]] = []
    for line in sie.read_bytes().decode("cp437").splitlines():
        words = line.split()
        if words[:1] == ["#VER"]:
            vouchers.append([])
        elif words[:1] == ["#TRANS"]:
            vouchers[-1].append(Decimal(words[3]))
    return vouchers


def test_invoice_a_package_get_paid_and_book_it(make_window, person, client_to_invoice,  # type: ignore[no-untyped-def]
                                                tmp_path: Path) -> None:
    window = make_window()
    person.unlock(window)
    _type_practice(person, window)

    # The package: not invoiced; its invoice shown before it is issued.
    view = window.workspace.client_view
    person.open_client(window, NAME)
    assert view.packages.model().index(0, 3).data() == "not invoiced"
    person.click_row(view.packages, "Samtalspaket 5 samtal")
    person.click_on(view.invoice_package)
    preview = person.dialog(window, InvoicePreviewDialog)
    paper = preview.paper.text().translate(SPACES)
    # The paper's language (Swedish), not the window's: the words and amounts the PDF will have.
    amounts = [money.money(ore, "sv").translate(SPACES) for ore in (96_000, 24_000, 120_000)]
    for seen in ("1001", "Samtalsmottagningen Öst AB", "Lillgatan 2", *amounts, "Att betala",
                 "2026-04-01", "5050-1055"):
        assert seen in paper, seen
    assert window.controller.journal.invoices() == []  # shown, not issued

    pdf = tmp_path / "faktura-1001.pdf"
    with person.answering("Save", typing=str(pdf), replace=True, press_enter=True,
                          dialog_type=QFileDialog) as chooser:
        person.click_button(preview, "Issue")
    assert chooser.typed_into == "fileNameEdit"
    person.wait_for(pdf.is_file, "the invoice PDF")
    person.wait_for(lambda: "Saved faktura-1001.pdf" in window.statusBar().currentMessage(),
                    "the status bar to say the PDF was saved")
    invoice = window.controller.journal.invoice(1001)
    assert invoice.package_id == client_to_invoice["package"]
    ocr = invoice.ocr_reference or ""
    assert ocr and luhn_check_digit(ocr[:-1]) == int(ocr[-1])  # Bankgirot's mod-10 check
    text = _pdf_text(pdf)
    assert "1001" in text and "1 200,00 kr" in text and ocr in text
    assert view.packages.model().index(0, 3).data() == "Invoice 1001 · unpaid"

    # The Invoices list (Ctrl+4), only the unpaid ones; mark it paid by typing the day.
    person.click_row(view.packages, "Samtalspaket 5 samtal")
    person.press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    invoices = person.dialog(window, InvoicesDialog)
    person.click_on(invoices.show_unpaid)
    table = invoices.table
    assert table.model().rowCount() == 1
    assert [table.model().index(0, c).data().translate(SPACES) for c in range(6)] == \
        ["1001", "2026-03-02", NAME, "SEK 1,200.00", "2026-04-01", "unpaid"]
    person.click_row(table, "1001")
    person.click_button(invoices, "Mark paid…")
    payment = person.dialog(window, PaymentDialog)
    person.expect_focus(payment.paid_on)
    person.type("2026-02-30")
    person.click_button(payment, "OK")
    assert payment.isVisible()
    assert payment.error.text() == \
        "Paid on: “2026-02-30” is not a date; write it like 2026-12-04."
    assert window.controller.journal.invoice(1001).payments == ()
    person.select_all_and_type(payment.paid_on, "2026-03-02")
    person.click_button(payment, "OK")
    person.wait_for(lambda: _closed(payment), "the payment dialog to close")
    person.wait_for(lambda: table.model().rowCount() == 0, "the paid invoice to leave Unpaid")
    assert invoices.message.text() == "Invoice 1001 marked paid on 2026-03-02."
    person.click_on(invoices.show_all)
    assert table.model().index(0, 5).data() == "paid"
    assert [str(p.paid_on) for p in window.controller.journal.invoice(1001).payments] == \
        ["2026-03-02"]
    person.click_button(invoices, "Close")
    person.wait_for(lambda: _closed(invoices), "the Invoices list to close")
    assert view.packages.model().index(0, 3).data() == "Invoice 1001 · paid"

    # The year for the accountant: an SIE file whose vouchers balance.
    person.menu(window, "Vault", "Export for the accountant (SIE)…")
    sie_dialog = person.dialog(window, SieDialog)
    person.expect_focus(sie_dialog.year)
    assert sie_dialog.year.text() == "2026"
    sie = tmp_path / "bokforing-2026.se"
    person.click_on(sie_dialog.with_csv)  # and the year's invoices as CSV beside it
    with person.answering("Save", typing=str(sie), replace=True, press_enter=True,
                          dialog_type=QFileDialog):
        person.click_button(sie_dialog, "OK")
    person.wait_for(sie.is_file, "the SIE file")
    person.wait_for(lambda: "Wrote bokforing-2026.se: 2 vouchers for 2026"
                    in window.statusBar().currentMessage(), "the status bar to say so")
    assert NAME not in sie.read_bytes().decode("cp437")  # the SIE file names no client
    rows = (tmp_path / "bokforing-2026.csv").read_text("utf-8").splitlines()
    assert len(rows) == 2 and rows[1].startswith("1001,invoice,") and NAME in rows[1]
    vouchers = _vouchers(sie)
    assert len(vouchers) == 2  # the invoice and its payment
    assert all(sum(rows) == 0 and len(rows) >= 2 for rows in vouchers), vouchers
    assert Decimal("1200.00") in vouchers[0]
