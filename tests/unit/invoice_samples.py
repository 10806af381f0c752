"""Fictional invoice documents for the invoice PDF tests and the example renders.

Every name, number and address here is made up. The amounts are worked out from the lines, as
the invoicing core works them out, so a document is always consistent with itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess

from pypdf import PdfReader
from pypdf.generic import ContentStream

from journal_app.export.invoice_document import (
    DocumentKind,
    InvoiceDocument,
    InvoiceLine,
    Party,
    PaymentDetails,
)

EXEMPTION_SV = "Undantag från skatteplikt enligt 10 kap. 6 § mervärdesskattelagen (2023:200)"

SELLER = Party(
    name="Samtalsrummet i Lund AB",
    address_lines=("Kyrkogatan 12", "222 22 Lund"),
    id_number="559321-4870",
    email="kontakt@samtalsrummet.example",
    phone="046-123 45 67",
)
BUYER = Party(
    name="Åsa Öberg",
    address_lines=("Storgatan 5 B", "223 50 Lund"),
    id_number="19121212-1212",  # the test personnummer everyone uses (Tolvan Tolvansson)
)
# The OCR reference as Bankgirot builds one: 2026004210, a length digit (12 -> 2), a mod-10 check
# digit (0).
PAYMENT = PaymentDetails(bankgiro="5050-1055", swish_number="123 118 11 89",
                         ocr_reference="202600421020")


def line(description: str = "Samtalspaket, 10 samtal à 50 minuter", *, quantity: int = 1,
         unit_price_ore: int = 1_000_000, vat_rate_percent: int = 25,
         supplied_from: dt.date = dt.date(2026, 1, 12),
         supplied_to: dt.date = dt.date(2026, 3, 16)) -> InvoiceLine:
    amount = quantity * unit_price_ore
    return InvoiceLine(
        description=description, supplied_from=supplied_from, supplied_to=supplied_to,
        quantity=quantity, unit_price_ore=unit_price_ore, amount_ore=amount,
        vat_rate_percent=vat_rate_percent, vat_ore=amount * vat_rate_percent // 100,
    )


def invoice(*lines: InvoiceLine, language: str = "sv", kind: DocumentKind = DocumentKind.INVOICE,
            payment: PaymentDetails = PAYMENT, exemption: str | None = None,
            **changes: object) -> InvoiceDocument:
    """An invoice of `lines` (one package at 25 % by default), totals summed from the lines."""
    lines = lines or (line(),)
    sign = -1 if kind is DocumentKind.CREDIT_NOTE else 1
    lines = tuple(dataclasses.replace(item, unit_price_ore=sign * item.unit_price_ore,
                                      amount_ore=sign * item.amount_ore,
                                      vat_ore=sign * item.vat_ore) for item in lines)
    net = sum(item.amount_ore for item in lines)
    vat = sum(item.vat_ore for item in lines)
    document = InvoiceDocument(
        kind=kind, language=language, number="2026-0042", issue_date=dt.date(2026, 3, 17),
        due_date=dt.date(2026, 4, 16), seller=SELLER, seller_vat_number="SE559321487001",
        f_skatt=True, buyer=BUYER, lines=lines, net_ore=net, vat_ore=vat, total_ore=net + vat,
        vat_exemption_text=exemption, payment=payment, payment_terms_days=30,
    )
    return dataclasses.replace(document, **changes)  # type: ignore[arg-type]


def exempt_invoice(language: str = "sv") -> InvoiceDocument:
    """A licensed psychotherapist's invoice: health care, exempt from VAT."""
    return invoice(line("Psykoterapi, 10 samtal", vat_rate_percent=0), language=language,
                   exemption=EXEMPTION_SV, seller_vat_number=None)


def credit_note(language: str = "sv") -> InvoiceDocument:
    return invoice(kind=DocumentKind.CREDIT_NOTE, language=language, number="2026-0043",
                   refers_to_number="2026-0042", due_date=None)


def reminder(language: str = "sv") -> InvoiceDocument:
    return invoice(kind=DocumentKind.REMINDER, language=language, issue_date=dt.date(2026, 4, 30),
                   due_date=dt.date(2026, 5, 10), reminder_of_due_date=dt.date(2026, 4, 16))


def page_texts(data: bytes) -> list[str]:
    """Each page's text laid out as on paper (a label and its value on one line): poppler's
    pdftotext -layout where it is installed, else pypdf's layout mode. No-break spaces read as
    spaces either way (ReportLab draws U+00A0 with the space glyph)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        reader = PdfReader(io.BytesIO(data))
        return [page.extract_text(extraction_mode="layout").replace("\u00a0", " ")
                for page in reader.pages]
    done = subprocess.run([tool, "-layout", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8").replace("\u00a0", " ").split("\f")[:-1]


def rectangles(data: bytes) -> list[int]:
    """How many rectangles (`re` operators) each page's content draws: a QR code is hundreds."""
    reader = PdfReader(io.BytesIO(data))
    counts = []
    for page in reader.pages:
        operations = ContentStream(page.get_contents(), reader).operations
        counts.append(sum(1 for _, operator in operations if operator == b"re"))
    return counts
