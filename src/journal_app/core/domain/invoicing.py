"""Invoices as the core keeps them: the practice's details, VAT, amounts in öre, OCR references.

Plain data and pure rules, no storage. What an invoice must show comes from mervärdesskattelagen
(2023:200) 17 kap 24 §; the VAT exemptions from 10 kap 6-7 §§ (health care by a licensed
practitioner) and 18 kap (small businesses under the annual threshold). docs/user-guide.md
("Invoices") cites them for the practitioner.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from journal_app.core.domain.identity import luhn_check_digit


class VatStatus(StrEnum):
    VAT_25 = "vat_25"  # counselling, coaching: taxable at 25 %
    EXEMPT_HEALTH_CARE = "exempt_health_care"  # ML 10 kap 6-7 §§, a licensed practitioner
    EXEMPT_SMALL_BUSINESS = "exempt_small_business"  # ML 18 kap, under the annual threshold


VAT_RATE_PERCENT: dict[VatStatus, int] = {
    VatStatus.VAT_25: 25, VatStatus.EXEMPT_HEALTH_CARE: 0, VatStatus.EXEMPT_SMALL_BUSINESS: 0,
}

# Printed on an invoice without VAT: the reference ML 17 kap 24 § 12 p asks for (the provision
# that exempts the supply). Both languages name the Swedish law, as the Tax Agency reads it.
EXEMPTION_TEXT: dict[VatStatus, tuple[str, str]] = {
    VatStatus.EXEMPT_HEALTH_CARE: (
        "Exempt from VAT as health care under chapter 10, sections 6-7 of the Swedish VAT Act"
        " (mervärdesskattelagen 2023:200).",
        "Undantag från skatteplikt för sjukvård enligt 10 kap. 6–7 §§ mervärdesskattelagen"
        " (2023:200).",
    ),
    VatStatus.EXEMPT_SMALL_BUSINESS: (
        "Exempt from VAT under the small-business exemption, chapter 18 of the Swedish VAT Act"
        " (mervärdesskattelagen 2023:200).",
        "Undantag från skatteplikt för små företag enligt 18 kap. mervärdesskattelagen"
        " (2023:200).",
    ),
}


def exemption_text(status: VatStatus, language: str) -> str | None:
    texts = EXEMPTION_TEXT.get(status)
    if texts is None:
        return None
    return texts[1] if language == "sv" else texts[0]


class InvoiceKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(StrEnum):
    UNPAID = "unpaid"
    OVERDUE = "overdue"  # unpaid after its due date
    PAID = "paid"
    CREDITED = "credited"  # a credit note cancels it
    CREDIT_NOTE = "credit_note"  # the document is itself a credit note


class PaymentMethod(StrEnum):
    BANKGIRO = "bankgiro"
    PLUSGIRO = "plusgiro"
    SWISH = "swish"
    BANK_TRANSFER = "bank_transfer"
    OTHER = "other"


@dataclass(frozen=True)
class BasAccounts:
    """The BAS accounts the SIE file books on; the practice can change each one."""

    receivables: str = "1510"  # Kundfordringar
    sales_vat_25: str = "3001"  # Försäljning inom Sverige, 25 % moms
    sales_exempt: str = "3004"  # Försäljning inom Sverige, momsfri
    output_vat_25: str = "2611"  # Utgående moms på försäljning inom Sverige, 25 %
    bank: str = "1930"  # Företagskonto / checkkonto


@dataclass(frozen=True)
class PracticeDetails:
    """The seller as invoices show it. Text fields are stored as typed; "" means not given."""

    legal_name: str = ""
    org_number: str = ""  # organisationsnummer, or the sole trader's personnummer
    address: str = ""  # lines as typed
    email: str = ""
    phone: str = ""
    vat_status: VatStatus = VatStatus.VAT_25
    vat_number: str = ""  # SE + 12 digits, where VAT registered
    f_skatt: bool = False
    bankgiro: str = ""
    plusgiro: str = ""
    swish_number: str = ""
    payment_terms_days: int = 30
    series_start: int = 1
    ocr_length_digit: bool = True  # Bankgirot's "längdsiffra"
    print_id_number: bool = True  # the client's personnummer on the invoice
    accounts: BasAccounts = BasAccounts()

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.address.splitlines() if line.strip())


@dataclass(frozen=True)
class Buyer:
    """The client as the invoice keeps them: exactly the data the privacy notice lists."""

    name: str
    id_number: str | None
    address: str
    email: str
    phone: str


@dataclass(frozen=True)
class Line:
    description: str
    supplied_from: dt.date
    supplied_to: dt.date
    quantity: int
    unit_price_ore: int  # without VAT
    amount_ore: int  # without VAT
    vat_rate_percent: int
    vat_ore: int

    @property
    def total_ore(self) -> int:
        return self.amount_ore + self.vat_ore


@dataclass(frozen=True)
class Charge:
    """Something to invoice besides a package: a single session, a late cancellation. The
    price is what the client pays, VAT included (as a price to a consumer is quoted)."""

    description: str
    supplied_on: dt.date
    price_ore: int


@dataclass(frozen=True)
class Payment:
    id: str
    invoice_number: int
    paid_on: dt.date
    amount_ore: int
    method: PaymentMethod
    recorded_at: dt.datetime


@dataclass(frozen=True)
class Invoice:
    """An issued invoice or credit note, never changed after it is stored. `number` is None only
    in a preview (not yet issued)."""

    id: str
    number: int | None
    kind: InvoiceKind
    refers_to_number: int | None  # a credit note: the invoice it credits
    client_id: str | None  # None once the client is erased: the invoice keeps its own copy
    package_id: str | None
    issue_date: dt.date
    due_date: dt.date | None
    language: str
    buyer: Buyer
    seller: PracticeDetails  # as it was when issued
    vat_status: VatStatus
    lines: tuple[Line, ...]
    net_ore: int
    vat_ore: int
    total_ore: int
    ocr_reference: str | None
    keep_until: dt.date
    payments: tuple[Payment, ...] = ()
    credited_by_number: int | None = None
    issued_at: dt.datetime | None = None  # when it was stored (None in a preview)

    @property
    def paid_ore(self) -> int:
        return sum(p.amount_ore for p in self.payments)

    def status(self, today: dt.date) -> InvoiceStatus:
        """Decided here once; the GUI and the CLI only show it."""
        if self.kind is InvoiceKind.CREDIT_NOTE:
            return InvoiceStatus.CREDIT_NOTE
        if self.credited_by_number is not None:
            return InvoiceStatus.CREDITED
        if self.paid_ore >= self.total_ore:
            return InvoiceStatus.PAID
        if self.due_date is not None and today > self.due_date:
            return InvoiceStatus.OVERDUE
        return InvoiceStatus.UNPAID


# Pure rules -----------------------------------------------------------------------------------


def split_vat(price_ore: int, rate_percent: int) -> tuple[int, int]:
    """A price with VAT included -> (net, VAT), in whole öre, net rounded half up; the two always
    add up to the price, so the paper and the books agree to the öre."""
    if rate_percent == 0:
        return price_ore, 0
    sign = -1 if price_ore < 0 else 1
    magnitude = abs(price_ore)
    net = (magnitude * 100 * 2 + (100 + rate_percent)) // (2 * (100 + rate_percent))
    return sign * net, sign * (magnitude - net)


def line_for(description: str, supplied_from: dt.date, supplied_to: dt.date, price_ore: int,
             status: VatStatus) -> Line:
    rate = VAT_RATE_PERCENT[status]
    net, vat = split_vat(price_ore, rate)
    return Line(description, supplied_from, supplied_to, 1, net, net, rate, vat)


def ocr_reference(number: int, *, length_digit: bool) -> str:
    """Bankgirot's OCR reference for an invoice number: the number, optionally a length digit
    (the whole reference's length, its last digit when 10 or more), then a check digit by the
    10-modul (Luhn) rule over everything before it."""
    digits = str(number)
    if length_digit:
        digits += str((len(digits) + 2) % 10)
    return digits + str(luhn_check_digit(digits))


def bookkeeping_keep_until(day: dt.date) -> dt.date:
    """31 December of the seventh year after the calendar year (bokföringslagen 7 kap 2 §)."""
    return dt.date(day.year + 7, 12, 31)


def due_date(issue: dt.date, terms_days: int) -> dt.date:
    return issue + dt.timedelta(days=terms_days)
