"""Read-only queries the register extract needs beyond the journal repositories: the billing
records and erasure receipts kept about one client (schema V3). Nothing here writes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.clock import parse_utc
from journal_app.core.db import Database


@dataclass(frozen=True)
class BillingRecordView:
    """A billing record as it stands: a copy of the client's details made at purchase."""

    id: str
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
class ErasureReceiptView:
    id: str
    erased_at: dt.datetime
    notes_count: int
    policy: str
    reason: str


def _date(text: str) -> dt.date:
    # Stored as an ISO date; tolerate a full timestamp written by an older build.
    return dt.date.fromisoformat(text[:10])


def billing_records_for(db: Database, client_id: str) -> list[BillingRecordView]:
    with db.read() as conn:
        rows = conn.execute(
            "SELECT id, name, id_number, address, email, phone, package_name,"
            " price_ore, purchased, keep_until FROM billing_records WHERE client_id = ?"
            " ORDER BY purchased, id",
            (client_id,),
        ).fetchall()
    return [
        BillingRecordView(
            id=r[0], name=r[1], id_number=r[2], address=r[3], email=r[4],
            phone=r[5], package_name=r[6], price_ore=r[7], purchased=_date(r[8]),
            keep_until=_date(r[9]),
        )
        for r in rows
    ]


def erasure_receipts_for(db: Database, client_id: str) -> list[ErasureReceiptView]:
    with db.read() as conn:
        rows = conn.execute(
            "SELECT id, erased_at, notes_count, policy, reason FROM erasure_receipts"
            " WHERE client_id = ? ORDER BY erased_at, id",
            (client_id,),
        ).fetchall()
    return [
        ErasureReceiptView(id=r[0], erased_at=parse_utc(r[1]), notes_count=int(r[2]),
                           policy=r[3], reason=r[4])
        for r in rows
    ]
