"""The interchange file's invoicing (docs/interchange.md): the practice's details ("practice")
and every invoice, credit note and payment with where the number series goes on ("invoicing").

Exported exactly as stored, so that importing into an empty vault reproduces them: numbers,
ids, dates, amounts, the buyer and seller as printed. On import every record is checked first
(the same path-naming refusals as interchange_plan.py); the writes join the import's one
transaction (Journal.restore_invoicing), so a bad invoice leaves the vault untouched.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from journal_app.core.domain.clock import parse_utc, utc_iso
from journal_app.core.domain.invoicing import (
    BasAccounts,
    Buyer,
    Invoice,
    InvoiceKind,
    Line,
    Payment,
    PaymentMethod,
    PracticeDetails,
    VatStatus,
)
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.practice import ACCOUNT_FIELDS, FLAG_FIELDS, TEXT_FIELDS
from journal_app.export.interchange_record import Record, fail, show

MAX_ORE = 10**12
PRACTICE_KEYS = frozenset((*TEXT_FIELDS, *FLAG_FIELDS, *ACCOUNT_FIELDS, "vat_status",
                           "payment_terms_days", "series_start"))
INVOICING_KEYS = frozenset({"next_number", "invoices", "package_vat"})
INVOICE_KEYS = frozenset({"id", "number", "kind", "refers_to", "client_id", "package_id",
                          "issue_date", "due_date", "language", "buyer", "seller", "vat_status",
                          "net_ore", "vat_ore", "total_ore", "ocr_reference", "issued_at",
                          "keep_until", "lines", "payments"})
BUYER_KEYS = frozenset({"name", "id_number", "address", "email", "phone"})
SELLER_KEYS = frozenset({f.name for f in dataclasses.fields(PracticeDetails)})
LINE_KEYS = frozenset({f.name for f in dataclasses.fields(Line)})
PAYMENT_KEYS = frozenset({"id", "paid_on", "amount_ore", "method", "recorded_at"})


@dataclass(frozen=True)
class InvoicingPlan:
    practice: dict[str, str]  # applied only to an empty vault, as the settings are
    invoices: tuple[Invoice, ...]
    next_number: int | None
    package_vat: dict[str, VatStatus]  # packages whose VAT is not the practice's


# Export ---------------------------------------------------------------------------------------


def practice_out(practice: PracticeDetails) -> dict[str, Any]:
    out = dataclasses.asdict(practice)
    accounts = out.pop("accounts")
    out["vat_status"] = practice.vat_status.value
    out.update({f"account_{name}": value for name, value in accounts.items()})
    return out


def invoicing_out(journal: Journal) -> dict[str, Any]:
    invoices = journal.invoices()
    return {
        "next_number": journal.repos.invoices.next_number(journal.practice().series_start)
        if invoices else None,
        "invoices": [_invoice_out(i) for i in invoices],
        "package_vat": {k: v.value for k, v in journal.package_vat_overrides().items()},
    }


def _invoice_out(i: Invoice) -> dict[str, Any]:
    seller = dataclasses.asdict(i.seller)
    seller["vat_status"] = i.seller.vat_status.value
    return {
        "id": i.id, "number": i.number, "kind": i.kind.value, "refers_to": i.refers_to_number,
        "client_id": i.client_id, "package_id": i.package_id,
        "issue_date": i.issue_date.isoformat(),
        "due_date": None if i.due_date is None else i.due_date.isoformat(),
        "language": i.language, "buyer": dataclasses.asdict(i.buyer), "seller": seller,
        "vat_status": i.vat_status.value, "net_ore": i.net_ore, "vat_ore": i.vat_ore,
        "total_ore": i.total_ore, "ocr_reference": i.ocr_reference,
        "issued_at": None if i.issued_at is None else utc_iso(i.issued_at),
        "keep_until": i.keep_until.isoformat(),
        "lines": [{**dataclasses.asdict(x), "supplied_from": x.supplied_from.isoformat(),
                   "supplied_to": x.supplied_to.isoformat()} for x in i.lines],
        "payments": [{"id": p.id, "paid_on": p.paid_on.isoformat(), "amount_ore": p.amount_ore,
                      "method": p.method.value, "recorded_at": utc_iso(p.recorded_at)}
                     for p in i.payments],
    }


# Import ---------------------------------------------------------------------------------------


def _choice(r: Record, key: str, allowed: Collection[str]) -> str:
    value = r.data.get(key)
    if value not in allowed:
        fail("record.not_one_of", r.at(key), value=show(value), allowed=", ".join(allowed))
    return str(value)


def _amount(r: Record, key: str) -> int:
    return int(r.integer(key, -MAX_ORE, MAX_ORE) or 0)


def practice_values(raw: object) -> dict[str, str]:
    """The practice object as the values Journal.update_practice checks and stores."""
    r = Record(raw, "practice", PRACTICE_KEYS)
    out: dict[str, str] = {}
    for key in PRACTICE_KEYS:
        value = r.data.get(key)
        if value is None:
            continue
        if key in FLAG_FIELDS:
            out[key] = "1" if r.flag(key) else "0"
        elif key in ("payment_terms_days", "series_start"):
            out[key] = str(r.integer(key, 0, 999_999_999))
        elif key == "address":
            out[key] = r.text(key, limit=500)
        else:
            out[key] = r.line(key)
    return out


def _seller(raw: object, path: str) -> PracticeDetails:
    r = Record(raw, path, SELLER_KEYS)
    data: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        data[key] = r.text(key, limit=500) if key == "address" else r.line(key)
    for key in FLAG_FIELDS:
        data[key] = bool(r.flag(key))
    data["vat_status"] = VatStatus(_choice(r, "vat_status", [s.value for s in VatStatus]))
    data["payment_terms_days"] = r.integer("payment_terms_days", 0, 365)
    data["series_start"] = r.integer("series_start", 1, 999_999_999)
    accounts = Record(r.data.get("accounts"), r.at("accounts"),
                      frozenset(ACCOUNT_FIELDS.values()))
    data["accounts"] = BasAccounts(**{k: accounts.line(k, required=True)
                                      for k in ACCOUNT_FIELDS.values()})
    return PracticeDetails(**data)


def _invoice(raw: object, path: str, clients: Collection[str], packages: Collection[str],
             numbers: dict[int, str]) -> Invoice:
    r = Record(raw, path, INVOICE_KEYS)
    number = int(r.integer("number", 1, 999_999_999) or 0)
    if number in numbers:
        fail("record.invoice_number_twice", r.at("number"), value=number)
    kind = InvoiceKind(_choice(r, "kind", [k.value for k in InvoiceKind]))
    refers = r.integer("refers_to", 1, 999_999_999, required=kind is InvoiceKind.CREDIT_NOTE)
    if refers is not None and refers not in numbers:
        fail("record.invoice_unknown", r.at("refers_to"), what="invoice", value=refers)
    for key, known in (("client_id", clients), ("package_id", packages)):
        value = r.line(key) or None
        if value is not None and value not in known:
            fail("record.invoice_unknown", r.at(key), what=key, value=show(value))
    b = Record(r.data.get("buyer"), r.at("buyer"), BUYER_KEYS)
    buyer = Buyer(b.line("name", required=True), b.line("id_number") or None,
                  b.text("address"), b.line("email"), b.line("phone"))
    lines = []
    for n, raw_line in enumerate(r.items("lines")):
        x = Record(raw_line, f"{r.at('lines')}[{n}]", LINE_KEYS)
        lines.append(Line(x.line("description", required=True),
                          dt.date.fromisoformat(x.day("supplied_from")),
                          dt.date.fromisoformat(x.day("supplied_to")),
                          int(x.integer("quantity", -10_000, 10_000) or 0),
                          _amount(x, "unit_price_ore"), _amount(x, "amount_ore"),
                          int(x.integer("vat_rate_percent", 0, 100) or 0), _amount(x, "vat_ore")))
    net, vat, total = _amount(r, "net_ore"), _amount(r, "vat_ore"), _amount(r, "total_ore")
    if (net + vat != total or sum(x.amount_ore for x in lines) != net
            or sum(x.vat_ore for x in lines) != vat or not lines):
        fail("record.invoice_sums", path, problem="net + VAT = total, the lines' sums")
    payments = []
    for n, raw_payment in enumerate(r.items("payments")):
        p = Record(raw_payment, f"{r.at('payments')}[{n}]", PAYMENT_KEYS)
        payments.append(Payment(
            p.line("id", required=True), number, dt.date.fromisoformat(p.day("paid_on")),
            _amount(p, "amount_ore"),
            PaymentMethod(_choice(p, "method", [m.value for m in PaymentMethod])),
            parse_utc(p.moment("recorded_at", required=True) or "")))
    due = r.day("due_date") if r.given("due_date") else None
    invoice = Invoice(
        id=r.line("id", required=True), number=number, kind=kind, refers_to_number=refers,
        client_id=r.line("client_id") or None, package_id=r.line("package_id") or None,
        issue_date=dt.date.fromisoformat(r.day("issue_date")),
        due_date=None if due is None else dt.date.fromisoformat(due),
        language=_choice(r, "language", ("sv", "en")), buyer=buyer,
        seller=_seller(r.data.get("seller"), r.at("seller")),
        vat_status=VatStatus(_choice(r, "vat_status", [s.value for s in VatStatus])),
        lines=tuple(lines), net_ore=net, vat_ore=vat, total_ore=total,
        ocr_reference=r.line("ocr_reference") or None,
        keep_until=dt.date.fromisoformat(r.day("keep_until")), payments=tuple(payments),
        issued_at=parse_utc(r.moment("issued_at", required=True) or ""))
    numbers[number] = invoice.id
    return invoice


def invoicing_plan(document: dict[str, Any], *, vault_empty: bool, clients: Collection[str],
                   packages: Collection[str]) -> InvoicingPlan | None:
    """The file's invoicing, checked; None when the file has none. `clients` and `packages`
    are the ids the file brings (an invoice may name only those, or none once erased)."""
    practice = practice_values(document["practice"]) if document.get("practice") else {}
    raw = document.get("invoicing")
    if raw is None and not practice:
        return None
    invoices: list[Invoice] = []
    next_number = None
    package_vat: dict[str, VatStatus] = {}
    if raw is not None:
        top = Record(raw, "invoicing", INVOICING_KEYS)
        numbers: dict[int, str] = {}
        invoices = [_invoice(x, f"invoicing.invoices[{n}]", clients, packages, numbers)
                    for n, x in enumerate(top.items("invoices"))]
        next_number = top.integer("next_number", 1, 1_000_000_000, required=bool(invoices))
        if invoices and next_number is not None and next_number <= max(numbers):
            fail("record.invoice_series", top.at("next_number"), value=max(numbers))
        overrides = top.data.get("package_vat") or {}
        vat = Record(overrides, top.at("package_vat"), frozenset(overrides) & frozenset(packages))
        package_vat = {key: VatStatus(_choice(vat, key, [s.value for s in VatStatus]))
                       for key in vat.data}
    return InvoicingPlan(practice if vault_empty else {}, tuple(invoices), next_number,
                         package_vat)
