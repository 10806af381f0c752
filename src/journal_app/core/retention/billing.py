"""Billing records: what bokföringslagen needs of a paid package, and nothing about health.

A record is written when the package's client data is about to be erased (erasure.py), as a
snapshot: name, identity number, address, e-mail, phone, package, price, date of purchase. It
never holds a note, a session date or a status; the fact that someone bought a package is
what the accounting already shows. It is kept until 31 December of the seventh year after the
purchase year (bokföringslagen 7 kap 2 §) and then purged by `purge_expired`, which the app
runs at every unlock and `journal-app due` runs too.

Only packages with a price above zero get a record: a free package is no business
transaction, and keeping a name for seven years for it would serve no purpose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlcipher3

from journal_app.core.domain.clock import Clock
from journal_app.core.retention.policy import bookkeeping_keep_until, today
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database

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


def _from_row(row: tuple[object, ...]) -> BillingRecord:
    return BillingRecord(
        id=str(row[0]), client_id=None if row[1] is None else str(row[1]),
        name=str(row[2]), id_number=None if row[3] is None else str(row[3]),
        address=str(row[4]), email=str(row[5]), phone=str(row[6]), package_name=str(row[7]),
        price_ore=None if row[8] is None else int(str(row[8])),
        purchased=dt.date.fromisoformat(str(row[9])),
        keep_until=dt.date.fromisoformat(str(row[10])),
    )


def snapshot_packages(
    conn: sqlcipher3.Connection, clock: Clock, client_id: str, package_ids: Sequence[str]
) -> int:
    """Inside the caller's transaction: a billing record for each paid package whose keeping
    time is not already over. Returns how many were written. Called once per package: the
    erase that calls it deletes the package in the same transaction."""
    now = today(clock)
    written = 0
    for package_id in package_ids:
        row = conn.execute(
            "SELECT c.name, c.id_number, c.address, c.email, c.phone, p.name, p.price_ore,"
            " p.purchased FROM packages p JOIN clients c ON c.id = p.client_id"
            " WHERE p.id = ? AND p.client_id = ? AND p.price_ore > 0",
            (package_id, client_id),
        ).fetchone()
        if row is None:
            continue
        keep_until = bookkeeping_keep_until(dt.date.fromisoformat(row[7]))
        if keep_until < now:
            continue
        conn.execute(
            f"INSERT INTO billing_records ({BILLING_COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_id(), client_id, row[0], row[1], row[2], row[3], row[4], row[5],
             row[6], row[7], keep_until.isoformat()),
        )
        written += 1
    return written


def detach_client(conn: sqlcipher3.Connection, client_id: str) -> None:
    """The client row is going: the records keep their own copy of the contact data, and lose
    the link, so the id left in the access log and the receipt cannot be tied to a name."""
    conn.execute("UPDATE billing_records SET client_id = NULL WHERE client_id = ?", (client_id,))


def records(db: Database, *, client_id: str | None = None) -> list[BillingRecord]:
    where, params = ("WHERE client_id = ?", (client_id,)) if client_id else ("", ())
    with db.read() as conn:
        rows = conn.execute(
            f"SELECT {BILLING_COLUMNS} FROM billing_records {where}"
            " ORDER BY purchased, name COLLATE NOCASE",
            params,
        ).fetchall()
    return [_from_row(r) for r in rows]


def purge_expired(db: Database, clock: Clock) -> int:
    """Delete every record past its keeping time, logged without names. Returns the count.
    secure_delete zeroes the freed cells, so the purged data leaves no trace in the file."""
    audit = AuditLog(db, clock)
    with db.write() as conn:
        count = conn.execute(
            "DELETE FROM billing_records WHERE keep_until < ?", (today(clock).isoformat(),)
        ).rowcount
        if count:
            audit.append_in(conn, Action.ERASE, None, f"billing_records_purged={count}")
    return int(count)
