"""An issued invoice (or credit note, or a reminder of an overdue invoice) as the plain data the
PDF writer lays out (invoice_document.py). Every figure is the stored invoice's own: nothing is
computed again here, so the paper always matches the books.

    document_for(invoice)                       # the invoice or credit note as issued
    reminder_for(journal, number)               # a reminder for an overdue invoice
"""

from __future__ import annotations

from dataclasses import replace

from journal_app.core.domain.invoicing import (
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    exemption_text,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.export.invoice_document import (
    DocumentKind,
    InvoiceDocument,
    InvoiceLine,
    Party,
    PaymentDetails,
)


def _text(value: str) -> str | None:
    return value if value.strip() else None


def document_for(invoice: Invoice, *, language: str | None = None) -> InvoiceDocument:
    """The invoice or credit note as issued, in its own language unless another is asked."""
    language = language or invoice.language
    seller = invoice.seller
    is_credit = invoice.kind is InvoiceKind.CREDIT_NOTE
    buyer = invoice.buyer
    return InvoiceDocument(
        kind=DocumentKind.CREDIT_NOTE if is_credit else DocumentKind.INVOICE,
        language=language,
        number=str(invoice.number),
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        seller=Party(seller.legal_name, seller.address_lines, _text(seller.org_number),
                     _text(seller.email), _text(seller.phone)),
        seller_vat_number=_text(seller.vat_number),
        f_skatt=seller.f_skatt,
        buyer=Party(buyer.name,
                    tuple(x.strip() for x in buyer.address.splitlines() if x.strip()),
                    buyer.id_number if seller.print_id_number else None,
                    _text(buyer.email), _text(buyer.phone)),
        lines=tuple(InvoiceLine(x.description, x.supplied_from, x.supplied_to, x.quantity,
                                x.unit_price_ore, x.amount_ore, x.vat_rate_percent, x.vat_ore)
                    for x in invoice.lines),
        net_ore=invoice.net_ore,
        vat_ore=invoice.vat_ore,
        total_ore=invoice.total_ore,
        vat_exemption_text=exemption_text(invoice.vat_status, language),
        payment=PaymentDetails(
            bankgiro=_text(seller.bankgiro), plusgiro=_text(seller.plusgiro),
            swish_number=_text(seller.swish_number),
            ocr_reference=None if is_credit else invoice.ocr_reference),
        payment_terms_days=seller.payment_terms_days,
        refers_to_number=None if invoice.refers_to_number is None
        else str(invoice.refers_to_number),
    )


def reminder_for(journal: Journal, number: int, *, language: str | None = None
                 ) -> InvoiceDocument:
    """A payment reminder: the overdue invoice as issued, dated today, with a new due date
    (today plus the practice's terms) and the original one. Refused when not overdue."""
    invoice = journal.invoice(number)
    if journal.invoice_status(invoice) is not InvoiceStatus.OVERDUE:
        raise InvalidInput("invoice.not_overdue", field="number", number=number)
    original = document_for(invoice, language=language)
    return replace(original, kind=DocumentKind.REMINDER, issue_date=journal.today(),
                   due_date=journal.reminder_due_date(), reminder_of_due_date=invoice.due_date)
