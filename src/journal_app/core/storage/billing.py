"""Billing records: the repository's SQL. What a record holds, when it is written and how long
it is kept are the retention rules' (core/retention/billing.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database, Row

# No package id (schema V8): the receipts and the access log name erased packages by id next
# to the client's pseudonymous id; a record holding that id too would tie it to a name.
BILLING_COLUMNS = (
    "id, client_id, name, id_number, address, email, phone, package_name,"
    " price_ore, purchased, keep_until"
)


@dataclass(frozen=True)
class BillingRecord:
    id: str
    client_id: str | None  # cleared when the client is erased: the id then stays a pseudonym
    name: str
    id_number: str | None
    address: str
    email: str
    phone: str
    package_name: str
    price_ore: int | None
    purchased: dt.date
    keep_until: dt.date


@dataclass(frozen=True)
class PaidPackage:
    """A paid package with its client's contact data as they are now: a record's snapshot."""

    name: str
    id_number: str | None
    address: str
    email: str
    phone: str
    package_name: str
    price_ore: int
    purchased: dt.date


def _from_row(row: Row) -> BillingRecord:
    return BillingRecord(
        id=str(row[0]), client_id=None if row[1] is None else str(row[1]),
        name=str(row[2]), id_number=None if row[3] is None else str(row[3]),
        address=str(row[4]), email=str(row[5]), phone=str(row[6]), package_name=str(row[7]),
        price_ore=None if row[8] is None else int(str(row[8])),
        purchased=dt.date.fromisoformat(str(row[9])),
        keep_until=dt.date.fromisoformat(str(row[10])),
    )


class BillingStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def paid_package(self, client_id: str, package_id: str) -> PaidPackage | None:
        """The package with a price above zero, when it is this client's; else None."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT c.name, c.id_number, c.address, c.email, c.phone, p.name, p.price_ore,"
                " p.purchased FROM packages p JOIN clients c ON c.id = p.client_id"
                " WHERE p.id = ? AND p.client_id = ? AND p.price_ore > 0",
                (package_id, client_id),
            ).fetchone()
        if row is None:
            return None
        return PaidPackage(row[0], row[1], row[2], row[3], row[4], row[5], int(row[6]),
                           dt.date.fromisoformat(row[7]))

    def add(self, client_id: str, paid: PaidPackage, keep_until: dt.date) -> None:
        with self._db.write() as conn:
            conn.execute(
                f"INSERT INTO billing_records ({BILLING_COLUMNS})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id(), client_id, paid.name, paid.id_number, paid.address,
                 paid.email, paid.phone, paid.package_name, paid.price_ore,
                 paid.purchased.isoformat(), keep_until.isoformat()),
            )

    def detach_client(self, client_id: str) -> None:
        """Clear the link to a client row that is going; the records keep their own copy."""
        with self._db.write() as conn:
            conn.execute("UPDATE billing_records SET client_id = NULL WHERE client_id = ?",
                         (client_id,))

    def records(self, *, client_id: str | None = None) -> list[BillingRecord]:
        where, params = ("WHERE client_id = ?", (client_id,)) if client_id else ("", ())
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {BILLING_COLUMNS} FROM billing_records {where}"
                " ORDER BY purchased, name COLLATE NOCASE",
                params,
            ).fetchall()
        return [_from_row(r) for r in rows]

    def kept_until_before(self, day: dt.date) -> list[BillingRecord]:
        """Records whose keeping time ended before `day`, the earliest end first."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {BILLING_COLUMNS} FROM billing_records"
                " WHERE keep_until < ? ORDER BY keep_until, purchased",
                (day.isoformat(),),
            ).fetchall()
        return [_from_row(r) for r in rows]

    def delete_kept_until_before(self, day: dt.date) -> int:
        """Delete the records whose keeping time ended before `day`; returns how many."""
        with self._db.write() as conn:
            count = conn.execute(
                "DELETE FROM billing_records WHERE keep_until < ?", (day.isoformat(),)
            ).rowcount
        return int(count)
