"""Invoices, credit notes and payments: the repository's SQL (schema V13_INVOICING).

The rules (what an invoice holds, when it may be issued, credited or paid, how long it is kept)
are the facade's (core/journal/invoicing.py) and the retention rules' (retention/billing.py).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
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
from journal_app.core.errors import NotFound
from journal_app.core.storage.db import Database, Row

SERIES = "invoices"  # invoices and credit notes share one series (docs/user-guide.md)
COLUMNS = (
    "i.id, i.number, i.kind, r.number, i.client_id, i.package_id, i.issue_date, i.due_date,"
    " i.language, i.buyer_name, i.buyer_id_number, i.buyer_address, i.buyer_email,"
    " i.buyer_phone, i.seller, i.vat_status, i.net_ore, i.vat_ore, i.total_ore,"
    " i.ocr_reference, i.keep_until, c.number, i.issued_at"
)
FROM = ("FROM invoices i LEFT JOIN invoices r ON r.id = i.refers_to"
        " LEFT JOIN invoices c ON c.refers_to = i.id")
LINE_COLUMNS = ("description, supplied_from, supplied_to, quantity, unit_price_ore, amount_ore,"
                " vat_rate_percent, vat_ore")


def seller_json(seller: PracticeDetails) -> str:
    return json.dumps(asdict(seller), ensure_ascii=False, sort_keys=True)


def seller_from_json(text: str) -> PracticeDetails:
    data: dict[str, Any] = json.loads(text)
    data["vat_status"] = VatStatus(data["vat_status"])
    data["accounts"] = BasAccounts(**data["accounts"])
    return PracticeDetails(**data)


def _date(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value))


class InvoiceStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    # Numbers -----------------------------------------------------------------------------------

    def series_started(self) -> bool:
        with self._db.read() as conn:
            return conn.execute("SELECT 1 FROM invoice_series WHERE name = ?",
                                (SERIES,)).fetchone() is not None

    def next_number(self, start: int) -> int:
        """The next number of the one series, without taking it (a preview)."""
        with self._db.read() as conn:
            row = conn.execute("SELECT next_number FROM invoice_series WHERE name = ?",
                               (SERIES,)).fetchone()
        return start if row is None else int(row[0])

    def take_number(self, start: int) -> int:
        """Take the next number. Only inside the transaction that stores the document: a crash
        before its commit leaves the number untaken, so the series can have no gap."""
        with self._db.write() as conn:
            conn.execute("INSERT OR IGNORE INTO invoice_series (name, next_number) VALUES (?, ?)",
                         (SERIES, start))
            row = conn.execute(
                "UPDATE invoice_series SET next_number = next_number + 1 WHERE name = ?"
                " RETURNING next_number - 1", (SERIES,)).fetchone()
        return int(row[0])

    # Writes ------------------------------------------------------------------------------------

    def set_next_number(self, next_number: int) -> None:
        """Where the series goes on (an import of a whole vault's invoices)."""
        with self._db.write() as conn:
            conn.execute("INSERT INTO invoice_series (name, next_number) VALUES (?, ?)"
                         " ON CONFLICT(name) DO UPDATE SET next_number = excluded.next_number",
                         (SERIES, next_number))

    def add(self, invoice: Invoice, issued_at: dt.datetime) -> None:
        refers_to = None
        with self._db.write() as conn:
            if invoice.refers_to_number is not None:
                refers_to = self.get(invoice.refers_to_number).id
            conn.execute(
                "INSERT INTO invoices (id, number, kind, refers_to, client_id, package_id,"
                " issue_date, due_date, language, buyer_name, buyer_id_number, buyer_address,"
                " buyer_email, buyer_phone, seller, vat_status, net_ore, vat_ore, total_ore,"
                " ocr_reference, issued_at, keep_until)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (invoice.id, invoice.number, invoice.kind.value, refers_to, invoice.client_id,
                 invoice.package_id, invoice.issue_date.isoformat(),
                 None if invoice.due_date is None else invoice.due_date.isoformat(),
                 invoice.language, invoice.buyer.name, invoice.buyer.id_number,
                 invoice.buyer.address, invoice.buyer.email, invoice.buyer.phone,
                 seller_json(invoice.seller), invoice.vat_status.value, invoice.net_ore,
                 invoice.vat_ore, invoice.total_ore, invoice.ocr_reference, utc_iso(issued_at),
                 invoice.keep_until.isoformat()),
            )
            conn.executemany(
                f"INSERT INTO invoice_lines (invoice_id, position, {LINE_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(invoice.id, n, line.description, line.supplied_from.isoformat(),
                  line.supplied_to.isoformat(), line.quantity, line.unit_price_ore,
                  line.amount_ore, line.vat_rate_percent, line.vat_ore)
                 for n, line in enumerate(invoice.lines)],
            )

    def add_payment(self, invoice_id: str, payment: Payment) -> None:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO invoice_payments (id, invoice_id, paid_on, amount_ore, method,"
                " recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (payment.id, invoice_id, payment.paid_on.isoformat(), payment.amount_ore,
                 payment.method.value, utc_iso(payment.recorded_at)),
            )

    def keep_at_least_until(self, invoice_ids: list[str], day: dt.date) -> None:
        """A payment or credit note in a later year keeps its invoice (and the other way round)
        until that year's seven are over too: they are purged together."""
        with self._db.write() as conn:
            conn.executemany("UPDATE invoices SET keep_until = max(keep_until, ?) WHERE id = ?",
                             [(day.isoformat(), i) for i in invoice_ids])

    def detach_client(self, client_id: str) -> None:
        with self._db.write() as conn:
            conn.execute("UPDATE invoices SET client_id = NULL WHERE client_id = ?", (client_id,))

    def delete_kept_until_before(self, day: dt.date) -> int:
        """Delete what is past its keeping time (credit notes first, then what they refer to;
        lines and payments go with their invoice). Returns how many documents went."""
        with self._db.write() as conn:
            notes = conn.execute("DELETE FROM invoices WHERE keep_until < ? AND refers_to IS NOT"
                                 " NULL", (day.isoformat(),)).rowcount
            rest = conn.execute("DELETE FROM invoices WHERE keep_until < ?",
                                (day.isoformat(),)).rowcount
        return int(notes) + int(rest)

    # Reads -------------------------------------------------------------------------------------

    def get(self, number: int) -> Invoice:
        found = self._select("WHERE i.number = ?", (number,))
        if not found:
            raise NotFound("invoice.not_found", number=number)
        return found[0]

    def all(self, *, year: int | None = None, client_id: str | None = None,
            package_id: str | None = None) -> list[Invoice]:
        where, params = [], []
        if year is not None:
            where.append("i.issue_date BETWEEN ? AND ?")
            params += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
        if client_id is not None:
            where.append("i.client_id = ?")
            params.append(client_id)
        if package_id is not None:
            where.append("i.package_id = ?")
            params.append(package_id)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return self._select(clause, tuple(params))

    def payments_in(self, year: int) -> list[Payment]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT p.id, i.number, p.paid_on, p.amount_ore, p.method, p.recorded_at"
                " FROM invoice_payments p JOIN invoices i ON i.id = p.invoice_id"
                " WHERE p.paid_on BETWEEN ? AND ? ORDER BY p.paid_on, i.number",
                (f"{year:04d}-01-01", f"{year:04d}-12-31")).fetchall()
        return [_payment(r) for r in rows]

    def package_vat(self, package_id: str) -> VatStatus | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT vat_status FROM packages WHERE id = ?",
                               (package_id,)).fetchone()
        return None if row is None or row[0] is None else VatStatus(str(row[0]))

    def package_vat_overrides(self) -> dict[str, VatStatus]:
        """package id -> its own VAT, for the packages that have one."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT id, vat_status FROM packages"
                                " WHERE vat_status IS NOT NULL ORDER BY id").fetchall()
        return {str(r[0]): VatStatus(str(r[1])) for r in rows}

    def set_package_vat(self, package_id: str, status: VatStatus | None) -> None:
        with self._db.write() as conn:
            conn.execute("UPDATE packages SET vat_status = ? WHERE id = ?",
                         (None if status is None else status.value, package_id))

    def _select(self, where: str, params: tuple[Any, ...]) -> list[Invoice]:
        with self._db.read() as conn:
            rows = conn.execute(f"SELECT {COLUMNS} {FROM} {where} ORDER BY i.number",
                                params).fetchall()
            ids = [str(r[0]) for r in rows]
            lines: dict[str, list[Line]] = {i: [] for i in ids}
            payments: dict[str, list[Payment]] = {i: [] for i in ids}
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for row in conn.execute(
                        f"SELECT invoice_id, {LINE_COLUMNS} FROM invoice_lines"
                        f" WHERE invoice_id IN ({marks}) ORDER BY invoice_id, position", chunk):
                    lines[str(row[0])].append(Line(
                        str(row[1]), dt.date.fromisoformat(row[2]), dt.date.fromisoformat(row[3]),
                        int(row[4]), int(row[5]), int(row[6]), int(row[7]), int(row[8])))
                for row in conn.execute(
                        "SELECT p.invoice_id, p.id, i.number, p.paid_on, p.amount_ore, p.method,"
                        " p.recorded_at FROM invoice_payments p JOIN invoices i"
                        f" ON i.id = p.invoice_id WHERE p.invoice_id IN ({marks})"
                        " ORDER BY p.paid_on, p.recorded_at", chunk):
                    payments[str(row[0])].append(_payment(row[1:]))
        return [_invoice(r, tuple(lines[str(r[0])]), tuple(payments[str(r[0])])) for r in rows]


def _payment(row: Row) -> Payment:
    return Payment(str(row[0]), int(row[1]), dt.date.fromisoformat(row[2]), int(row[3]),
                   PaymentMethod(row[4]), parse_utc(row[5]))


def _invoice(row: Row, lines: tuple[Line, ...], payments: tuple[Payment, ...]) -> Invoice:
    return Invoice(
        id=str(row[0]), number=int(row[1]), kind=InvoiceKind(row[2]),
        refers_to_number=None if row[3] is None else int(row[3]),
        client_id=row[4], package_id=row[5], issue_date=dt.date.fromisoformat(row[6]),
        due_date=_date(row[7]), language=str(row[8]),
        buyer=Buyer(str(row[9]), row[10], str(row[11]), str(row[12]), str(row[13])),
        seller=seller_from_json(row[14]), vat_status=VatStatus(row[15]), lines=lines,
        net_ore=int(row[16]), vat_ore=int(row[17]), total_ore=int(row[18]),
        ocr_reference=row[19], keep_until=dt.date.fromisoformat(row[20]), payments=payments,
        credited_by_number=None if row[21] is None else int(row[21]),
        issued_at=parse_utc(row[22]),
    )
