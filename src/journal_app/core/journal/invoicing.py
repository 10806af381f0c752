"""The facade's invoicing: the practice's details, invoices, credit notes and payments.

A mixin of `Journal` (facade.py). Reads return frozen dataclasses (core/domain/invoicing.py);
writes return change records (changes.py). An issued invoice is never changed or deleted: a
credit note cancels it, and a corrected invoice follows as a new one. The invoice number is
taken in the transaction that stores the invoice, so a crash can neither lose nor reuse one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace

from journal_app.core.domain.invoicing import (
    Buyer,
    Charge,
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    Line,
    Payment,
    PaymentMethod,
    PracticeDetails,
    VatStatus,
    bookkeeping_keep_until,
    due_date,
    line_for,
    ocr_reference,
)
from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import ChangeKind, InvoiceChange, PracticeChange
from journal_app.core.journal.reads import JournalReads
from journal_app.core.retention.policy import today
from journal_app.core.storage.clients import new_id

LANGUAGES = ("sv", "en")
MAX_CHARGE_TEXT = 200

# What an invoice cannot be issued without (ML 17 kap 24 §, and a way to be paid).
REQUIRED = ("legal_name", "org_number", "address")
PAYMENT_WAYS = ("bankgiro", "plusgiro", "swish_number")


def missing_details(practice: PracticeDetails, vat_status: VatStatus) -> list[str]:
    missing = [f for f in REQUIRED if not str(getattr(practice, f)).strip()]
    if vat_status is VatStatus.VAT_25 and not practice.vat_number:
        missing.append("vat_number")
    if not any(getattr(practice, f) for f in PAYMENT_WAYS):
        missing.append("bankgiro")
    return missing


class JournalInvoicing(JournalReads):
    # Practice details --------------------------------------------------------------------------

    def practice(self) -> PracticeDetails:
        return self.repos.practice.load()

    def update_practice(self, values: Mapping[str, str]) -> PracticeChange:
        """Set practice details by field name (storage/practice.py FIELDS), each value as
        typed; all are checked before any is stored."""
        with self.db.write():
            if "series_start" in values and self.repos.invoices.series_started():
                raise InvalidInput("practice.series_started", field="practice.series_start")
            practice = self.repos.practice.update(values, today(self.clock))
        return PracticeChange(kind=ChangeKind.PRACTICE_UPDATED, practice=practice)

    def set_package_vat(self, package_id: str, status: VatStatus | None) -> PracticeChange:
        """The VAT of one package, overriding the practice's (None: the practice's again)."""
        with self.db.write():
            package = self.packages.get(package_id)
            self.repos.invoices.set_package_vat(package.id, status)
        return PracticeChange(kind=ChangeKind.PACKAGE_VAT_SET, client_id=package.client_id,
                              package_id=package.id, practice=self.practice())

    def package_vat_overrides(self) -> dict[str, VatStatus]:
        return self.repos.invoices.package_vat_overrides()

    def package_vat(self, package_id: str) -> VatStatus:
        return self.repos.invoices.package_vat(package_id) or self.practice().vat_status

    # Reads -------------------------------------------------------------------------------------

    def invoice(self, number: int) -> Invoice:
        return self.repos.invoices.get(number)

    def invoices(self, *, status: Sequence[InvoiceStatus] | None = None,
                 year: int | None = None, client_id: str | None = None) -> list[Invoice]:
        """Every invoice and credit note by number; `status` keeps only those whose status
        today is one of them (unpaid and overdue: pass both)."""
        found = self.repos.invoices.all(year=year, client_id=client_id)
        if status is None:
            return found
        now = today(self.clock)
        return [i for i in found if i.status(now) in status]

    def payments_in(self, year: int) -> list[Payment]:
        """The payments received in a calendar year, by date (the SIE file's)."""
        return self.repos.invoices.payments_in(year)

    def unpaid_invoices(self) -> list[Invoice]:
        return self.invoices(status=(InvoiceStatus.UNPAID, InvoiceStatus.OVERDUE))

    def overdue_invoices(self) -> list[Invoice]:
        return self.invoices(status=(InvoiceStatus.OVERDUE,))

    def invoice_status(self, invoice: Invoice) -> InvoiceStatus:
        return invoice.status(today(self.clock))

    def package_invoice(self, package_id: str) -> Invoice | None:
        """The package's invoice in force (not credited), or None when it has none."""
        found = [i for i in self.repos.invoices.all(package_id=package_id)
                 if i.kind is InvoiceKind.INVOICE and i.credited_by_number is None]
        return found[-1] if found else None

    def package_invoice_statuses(self, client_id: str) -> dict[str, InvoiceStatus]:
        """package id -> the status of its invoice in force, for the client view."""
        now = today(self.clock)
        out: dict[str, InvoiceStatus] = {}
        for invoice in self.repos.invoices.all(client_id=client_id):
            if (invoice.package_id and invoice.kind is InvoiceKind.INVOICE
                    and invoice.credited_by_number is None):
                out[invoice.package_id] = invoice.status(now)
        return out

    def latest_uninvoiced_package(self, client_id: str) -> str | None:
        """The client's latest package with a price and no invoice in force."""
        candidates = [p for p in self.packages.for_client(client_id)
                      if p.price_ore and self.package_invoice(p.id) is None]
        return candidates[-1].id if candidates else None

    # Issuing -----------------------------------------------------------------------------------

    def invoice_preview(self, client_id: str, *, package_id: str | None = None,
                        charges: Sequence[Charge] = (), language: str = "sv") -> Invoice:
        """The invoice as it would be issued now, numbered with the next number but not stored
        (the GUI shows it before the practitioner issues it). Raises what issuing would."""
        with self.db.read():
            return self._draft(client_id, package_id, charges, language,
                               self.repos.invoices.next_number(self.practice().series_start))

    def issue_invoice(self, client_id: str, *, package_id: str | None = None,
                      charges: Sequence[Charge] = (), language: str = "sv") -> InvoiceChange:
        """Issue an invoice for a package and/or charges (a single session, a late
        cancellation). The number is taken in the transaction that stores the invoice."""
        with self.db.write():
            practice = self.practice()
            draft = self._draft(client_id, package_id, charges, language, 0)
            number = self.repos.invoices.take_number(practice.series_start)
            invoice = replace(draft, number=number, ocr_reference=ocr_reference(
                number, length_digit=practice.ocr_length_digit))
            self.repos.invoices.add(invoice, self.clock.now())
            stored = self.repos.invoices.get(number)
        return InvoiceChange(kind=ChangeKind.INVOICE_ISSUED, client_id=client_id,
                             package_id=package_id, invoice=stored)

    def charge_for_session(self, session_id: str, price_ore: int,
                           language: str = "sv") -> Charge:
        """A charge for one session (held, or cancelled late / not attended): its date and
        what happened, in the invoice's language."""
        session = self.packages.get_session(session_id)
        words = {
            SessionStatus.HELD: ("Session", "Samtal"),
            SessionStatus.LATE_CANCELLED: ("Late cancellation", "Sen avbokning"),
            SessionStatus.NO_SHOW: ("Missed session", "Uteblivet besök"),
        }
        if session.status not in words:
            raise InvalidInput("invoice.session_not_chargeable", field="session",
                               status=session.status.value)
        english, swedish = words[session.status]
        day = session.start.date()
        text = swedish if language == "sv" else english
        return Charge(f"{text} {day.isoformat()}", day, price_ore)

    def _draft(self, client_id: str, package_id: str | None, charges: Sequence[Charge],
               language: str, number: int) -> Invoice:
        if language not in LANGUAGES:
            raise InvalidInput("invoice.language", field="language", language=language)
        practice = self.practice()
        client = self.clients.get(client_id)
        vat = practice.vat_status
        lines: list[Line] = []
        if package_id is not None:
            package = self.packages.get(package_id)
            if package.client_id != client_id:
                raise InvalidInput("invoice.foreign_package", field="package")
            if not package.price_ore or package.price_ore < 0:
                raise InvalidInput("invoice.no_price", field="package.price",
                                   package=package.name)
            existing = self.package_invoice(package_id)
            if existing is not None:
                raise InvalidInput("invoice.package_invoiced", field="package",
                                   number=existing.number)
            vat = self.package_vat(package_id)
            days = [s.start.date() for s in self.packages.sessions(package_id=package_id)]
            lines.append(line_for(package.name, min([package.purchased, *days]),
                                  max([package.purchased, *days]), package.price_ore, vat))
        for charge in charges:
            if not charge.description.strip() or len(charge.description) > MAX_CHARGE_TEXT:
                raise InvalidInput("invoice.charge_text", field="charge.description",
                                   limit=MAX_CHARGE_TEXT)
            if charge.price_ore <= 0:
                raise InvalidInput("invoice.charge_price", field="charge.price")
            lines.append(line_for(charge.description, charge.supplied_on, charge.supplied_on,
                                  charge.price_ore, vat))
        if not lines:
            raise InvalidInput("invoice.nothing_to_invoice", field="package")
        if not client.address.strip():  # the buyer's address: ML 17 kap 24 § 5
            raise InvalidInput("invoice.client_address_missing", field="client.address",
                               name=client.name)
        missing = missing_details(practice, vat)
        if missing:
            raise InvalidInput("invoice.practice_missing", field=f"practice.{missing[0]}",
                               missing=", ".join(missing))
        issued = today(self.clock)
        net, tax = sum(x.amount_ore for x in lines), sum(x.vat_ore for x in lines)
        return Invoice(
            id=new_id(), number=number, kind=InvoiceKind.INVOICE, refers_to_number=None,
            client_id=client_id, package_id=package_id, issue_date=issued,
            due_date=due_date(issued, practice.payment_terms_days), language=language,
            buyer=Buyer(client.name, client.id_number, client.address, client.email,
                        client.phone),
            seller=practice, vat_status=vat, lines=tuple(lines), net_ore=net, vat_ore=tax,
            total_ore=net + tax,
            ocr_reference=ocr_reference(number, length_digit=practice.ocr_length_digit),
            keep_until=bookkeeping_keep_until(issued),
        )

    # Corrections and payments ------------------------------------------------------------------

    def credit_invoice(self, number: int) -> InvoiceChange:
        """A credit note for the whole invoice: its own number in the same series, every line
        and amount negated, the invoice's buyer and seller as printed. The package may then be
        invoiced again (the corrected invoice)."""
        with self.db.write():
            original = self.repos.invoices.get(number)
            if original.kind is InvoiceKind.CREDIT_NOTE:
                raise InvalidInput("invoice.credit_a_credit_note", field="number", number=number)
            if original.credited_by_number is not None:
                raise InvalidInput("invoice.already_credited", field="number", number=number,
                                   credit=original.credited_by_number)
            issued = today(self.clock)
            keep = max(bookkeeping_keep_until(issued), original.keep_until)
            credit_number = self.repos.invoices.take_number(self.practice().series_start)
            credit = replace(
                original, id=new_id(), number=credit_number, kind=InvoiceKind.CREDIT_NOTE,
                refers_to_number=number, issue_date=issued, due_date=None, ocr_reference=None,
                lines=tuple(replace(x, unit_price_ore=-x.unit_price_ore,
                                    amount_ore=-x.amount_ore, vat_ore=-x.vat_ore)
                            for x in original.lines),
                net_ore=-original.net_ore, vat_ore=-original.vat_ore,
                total_ore=-original.total_ore, keep_until=keep, payments=(),
                credited_by_number=None)
            self.repos.invoices.add(credit, self.clock.now())
            self.repos.invoices.keep_at_least_until([original.id], keep)
            stored = self.repos.invoices.get(credit_number)
        return InvoiceChange(kind=ChangeKind.INVOICE_CREDITED, client_id=original.client_id,
                             package_id=original.package_id, invoice=stored)

    def mark_paid(self, number: int, paid_on: dt.date,
                  method: PaymentMethod = PaymentMethod.BANKGIRO) -> InvoiceChange:
        """Record the payment of what is left to pay on an invoice."""
        with self.db.write():
            invoice = self.repos.invoices.get(number)
            status = invoice.status(today(self.clock))
            if status not in (InvoiceStatus.UNPAID, InvoiceStatus.OVERDUE):
                raise InvalidInput("invoice.not_payable", field="number", number=number,
                                   status=status.value)
            if paid_on > today(self.clock):
                raise InvalidInput("invoice.paid_in_future", field="date")
            payment = Payment(new_id(), number, paid_on, invoice.total_ore - invoice.paid_ore,
                              PaymentMethod(method), self.clock.now())
            self.repos.invoices.add_payment(invoice.id, payment)
            ids = [invoice.id]
            self.repos.invoices.keep_at_least_until(ids, bookkeeping_keep_until(paid_on))
            stored = self.repos.invoices.get(number)
        return InvoiceChange(kind=ChangeKind.INVOICE_PAID, client_id=invoice.client_id,
                             package_id=invoice.package_id, invoice=stored)

    def restore_invoicing(self, practice: Mapping[str, str], invoices: Sequence[Invoice],
                          next_number: int | None,
                          package_vat: Mapping[str, VatStatus] | None = None) -> int:
        """An import's invoicing (export/interchange_invoicing.py, already checked), inside
        the import's transaction: the practice's details, then every invoice and credit note
        as issued, with its payments, and where the series goes on. Only into a vault without
        invoices: numbers are never reused. Returns how many documents were written."""
        with self.db.write():
            store = self.repos.invoices
            if invoices and store.all():
                raise InvalidInput("invoice.import_into_used_series", field="invoicing")
            if practice:
                self.repos.practice.update(practice, today(self.clock))
            for invoice in sorted(invoices, key=lambda i: i.number or 0):
                store.add(invoice, invoice.issued_at or self.clock.now())
                for payment in invoice.payments:
                    store.add_payment(invoice.id, payment)
            if next_number is not None:
                store.set_next_number(next_number)
            for package_id, status in (package_vat or {}).items():
                store.set_package_vat(package_id, status)
        return len(invoices)

    def today(self) -> dt.date:
        """The day invoices are dated by (the injected clock, UTC)."""
        return today(self.clock)

    def reminder_due_date(self) -> dt.date:
        """A reminder's new due date: today plus the practice's payment terms."""
        return due_date(today(self.clock), self.practice().payment_terms_days)
