"""Journey: an invoice for a client who reads English. The preview shows the invoice in the
language it will be issued in; choosing English in it (with the mouse) redraws the paper with
the English PDF's words and amounts, and the PDF issued from it is in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from test_invoice_a_package_and_book_it import (  # noqa: F401 (client_to_invoice: a fixture)
    NAME,
    SPACES,
    _pdf_text,
    _type_practice,
    client_to_invoice,
)

from journal_app.ui.dialogs.invoice_preview import InvoicePreviewDialog


def test_an_invoice_previewed_and_issued_in_english(make_window, person, client_to_invoice,  # type: ignore[no-untyped-def]  # noqa: F811
                                                   tmp_path: Path) -> None:
    window = make_window()
    person.unlock(window)
    _type_practice(person, window)
    view = window.workspace.client_view
    person.open_client(window, NAME)
    person.click_row(view.packages, "Samtalspaket 5 samtal")
    person.click_on(view.invoice_package)
    preview = person.dialog(window, InvoicePreviewDialog)
    paper = preview.paper
    assert "Att betala" in paper.text() and "Amount due" not in paper.text()  # Swedish first
    person.choose(preview.language, "English")
    person.wait_for(lambda: "Amount due" in paper.text(), "the paper drawn again in English")
    shown = paper.text().translate(SPACES)
    assert "SEK 1,200.00" in shown and "Att betala" not in shown
    assert window.controller.journal.invoices() == []  # still only shown

    pdf = tmp_path / "invoice-1001.pdf"
    with person.answering("Save", typing=str(pdf), replace=True, press_enter=True,
                          dialog_type=QFileDialog):
        person.click_button(preview, "Issue")
    person.wait_for(pdf.is_file, "the invoice PDF")
    assert window.controller.journal.invoice(1001).language == "en"
    text = _pdf_text(pdf)
    assert "Invoice" in text and "SEK 1,200.00" in text and "Faktura" not in text
