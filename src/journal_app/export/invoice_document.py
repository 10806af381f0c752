"""What an invoice, credit note or payment reminder shows on paper: plain data, no decisions.

The core (invoicing) builds an `InvoiceDocument` from an issued invoice and the practice's
details; the PDF writer only lays it out. Amounts are whole öre; a VAT rate is in whole percent
(25, 12, 6 or 0). Nothing here is computed for display: totals, the OCR reference and the due
date are the core's, so the paper and the books can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"  # refers to the invoice it cancels, amounts negative
    REMINDER = "reminder"  # a payment reminder for an overdue invoice


@dataclass(frozen=True)
class Party:
    """Seller or buyer as printed: name and postal address, lines as typed."""

    name: str
    address_lines: tuple[str, ...]
    id_number: str | None = None  # organisationsnummer (seller) or personnummer (buyer), if used
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class InvoiceLine:
    description: str  # what was supplied, e.g. "Samtalspaket 10 samtal"
    supplied_from: dt.date  # when it was supplied (ML 17 kap 24 § 6): a date or a period
    supplied_to: dt.date
    quantity: int
    unit_price_ore: int  # without VAT
    amount_ore: int  # quantity x unit price, without VAT
    vat_rate_percent: int  # 0 when exempt
    vat_ore: int


@dataclass(frozen=True)
class PaymentDetails:
    bankgiro: str | None = None  # as the practice typed it, e.g. "5050-1055"
    plusgiro: str | None = None
    swish_number: str | None = None  # the payee's Swish number (123 xxx xx xx)
    ocr_reference: str | None = None  # digits only, check digit included


@dataclass(frozen=True)
class InvoiceDocument:
    kind: DocumentKind
    language: str  # "sv" or "en"
    number: str  # the invoice's (or credit note's) serial number, gapless in one series
    issue_date: dt.date
    due_date: dt.date | None  # None on a credit note
    seller: Party
    seller_vat_number: str | None  # printed where the practice is VAT registered
    f_skatt: bool  # "Godkänd för F-skatt"
    buyer: Party
    lines: tuple[InvoiceLine, ...]
    net_ore: int
    vat_ore: int
    total_ore: int
    # The law's reference for an exemption, printed when no VAT is charged, e.g.
    # "Undantag från skatteplikt enligt 10 kap. 6 § mervärdesskattelagen (2023:200)".
    vat_exemption_text: str | None
    payment: PaymentDetails
    payment_terms_days: int
    refers_to_number: str | None = None  # a credit note: the invoice it credits
    reminder_of_due_date: dt.date | None = None  # a reminder: the original due date
    note: str | None = None  # free text the practitioner added
