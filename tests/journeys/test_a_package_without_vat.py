"""Journey: a licensed practitioner's package sold without VAT. The package dialog's VAT choice
is made with the mouse; the invoice preview for that package then charges no VAT and prints
the law's reason, while the practice's other packages keep the practice's 25 %."""

from __future__ import annotations

from test_invoice_a_package_and_book_it import (  # noqa: F401 (client_to_invoice: a fixture)
    NAME,
    _type_practice,
    client_to_invoice,
)

from journal_app.core.domain.invoicing import EXEMPTION_TEXT, VatStatus
from journal_app.ui.dialogs.invoice_preview import InvoicePreviewDialog
from journal_app.ui.dialogs.package_dialog import PackageDialog


def test_a_package_sold_without_vat_is_invoiced_without_vat(  # type: ignore[no-untyped-def]
        make_window, person, client_to_invoice) -> None:  # noqa: F811
    window = make_window()
    person.unlock(window)
    _type_practice(person, window)  # the practice charges 25 % VAT
    view = window.workspace.client_view
    person.open_client(window, NAME)
    person.click_on(view.add_package)
    dialog = person.dialog(window, PackageDialog)
    person.select_all_and_type(dialog.name, "Terapi 3 samtal")
    person.select_all_and_type(dialog.sessions, "3")
    person.select_all_and_type(dialog.price, "2400")
    person.choose(dialog.vat, "No VAT: health care by a licensed practitioner")
    person.click_button(dialog, "OK")
    person.wait_for(lambda: not dialog.isVisible(), "the package dialog to close")
    journal = window.controller.journal
    added = next(p for p in journal.packages_of(client_to_invoice["client"])
                 if p.name == "Terapi 3 samtal")
    assert journal.package_vat(added.id) is VatStatus.EXEMPT_HEALTH_CARE  # what was stored
    assert journal.package_vat(client_to_invoice["package"]) is VatStatus.VAT_25

    person.click_row(view.packages, "Terapi 3 samtal")
    person.click_on(view.invoice_package)
    preview = person.dialog(window, InvoicePreviewDialog)
    paper = preview.paper.text()
    assert EXEMPTION_TEXT[VatStatus.EXEMPT_HEALTH_CARE][1] in paper  # the law's reason, Swedish
    assert "0 %" in paper and "25 %" not in paper
    person.click_button(preview, "Cancel")
    person.wait_for(lambda: not preview.isVisible(), "the preview to close")
    assert journal.invoices() == []
