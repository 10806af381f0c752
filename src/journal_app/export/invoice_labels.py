"""The words of the invoice PDFs (invoice, credit note, payment reminder), Swedish and English.

Read by field from the one catalogue (core/messages/labels_invoice.py, codes
"label.invoice_<field>"), as export/labels.py reads the journal's; the few words both kinds of
PDF use (page numbers, the names of identity numbers) come from the journal's labels, so they
read the same in every PDF the app writes.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from journal_app.core.messages import MESSAGES, template
from journal_app.export.labels import labels_for

PREFIX = "label.invoice_"


@dataclass(frozen=True)
class InvoiceLabels:
    language: str
    page_of: str  # "{page}" and "{total}"
    personnummer: str
    organisationsnummer: str
    invoice_title: str
    credit_title: str
    reminder_title: str
    invoice_number: str
    credit_number: str
    invoice_date: str
    date: str
    due_date: str
    original_due_date: str
    pay_by: str
    refers_to: str
    refers_to_line: str  # "{number}"
    payment_terms: str
    terms_days: str  # "{days}"
    ocr: str
    bill_to: str
    customer: str
    org_number: str
    vat_number: str
    f_skatt: str
    email: str
    phone: str
    description: str
    supplied: str
    quantity: str
    unit_price: str
    vat_rate: str
    amount: str
    net_total: str
    vat_at: str  # "{rate}"
    vat_total: str
    to_pay: str
    credited: str
    note: str
    payment: str
    bankgiro: str
    plusgiro: str
    swish: str
    swish_hint: str
    ocr_hint: str
    number_hint: str  # "{number}"
    credit_notice: str  # "{number}"
    reminder_notice: str  # "{number}" and "{due}"
    subject: str  # "{title}", "{number}" and "{seller}"


_SHARED = ("language", "page_of", "personnummer", "organisationsnummer")


def _catalogued(language: str) -> InvoiceLabels:
    journal = labels_for(language)
    values: dict[str, str] = {
        "language": language,
        "page_of": journal.page_of,
        "personnummer": journal.identity["personnummer"],
        "organisationsnummer": journal.identity["organisationsnummer"],
    }
    for spec in fields(InvoiceLabels):
        if spec.name in _SHARED:
            continue
        code = PREFIX + spec.name
        if code not in MESSAGES:
            raise KeyError(f"no words for the invoice label {spec.name!r} in the catalogue")
        values[spec.name] = template(code, language)
    return InvoiceLabels(**values)


SV = _catalogued("sv")
EN = _catalogued("en")


def invoice_labels_for(language: str) -> InvoiceLabels:
    """The words in `language`; an unknown language is refused as the journal PDF refuses it."""
    labels_for(language)  # raises InvalidInput("pdf.language") for anything but sv and en
    return SV if language == "sv" else EN


def is_organisation_number(number: str) -> bool:
    """Whether a Swedish identity number is an organisationsnummer rather than a personnummer
    or samordningsnummer: its third digit (of the ten) is at least 2, where a person's is the
    first digit of a month, 0 or 1 (Skatteverket's rule for organisation numbers; a 12-digit
    form starts with the century, or "16" for an organisation)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) == 12:
        digits = digits[2:]
    return len(digits) == 10 and digits[2] >= "2"
