"""What a restore carries from the vault it replaces into the restored copy: the backup
catalogue (it knows of backups made after the one restored), the access-log entries written
after the backup, and the invoices, credit notes and payments the backup lacks (bookkeeping
records kept seven years, numbered in one series that must never give a number twice).

The statements only; backup/restore.py decides what is carried and how each entry is marked.
These functions run on a connection the caller opened (the replaced vault's, or the restored
copy's inside its `Database.write()`) and let a `DatabaseError` through.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlcipher3

from journal_app.core.storage.db import Row
from journal_app.core.storage.invoices import SERIES

LOG_COLUMNS = "seq, at, action, client_id, detail"
INVOICE_COLUMNS = (
    "id, number, kind, refers_to, client_id, package_id, issue_date, due_date, language,"
    " buyer_name, buyer_id_number, buyer_address, buyer_email, buyer_phone, seller, vat_status,"
    " net_ore, vat_ore, total_ore, ocr_reference, issued_at, keep_until"
)
LINE_COLUMNS = ("invoice_id, position, description, supplied_from, supplied_to, quantity,"
                " unit_price_ore, amount_ore, vat_rate_percent, vat_ore")
PAYMENT_COLUMNS = "id, invoice_id, paid_on, amount_ore, method, recorded_at"


@dataclass(frozen=True)
class Invoicing:
    """A vault's invoicing as stored: every invoice and credit note (INVOICE_COLUMNS, by number,
    a credit note after what it cancels), their lines and payments, and the series' next
    number (None: no number was ever taken)."""

    invoices: list[Row] = field(default_factory=list)
    lines: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)
    next_number: int | None = None


@dataclass(frozen=True)
class InvoicingCarried:
    """What `keep_invoicing` did: the numbers of the documents added, how many payments were
    added, the numbers left out (the copy gives that number, or the credited invoice's credit
    note, to another document) and where the series now goes on (None: never started)."""

    added: list[int]
    payments: int
    left_out: list[int]
    next_number: int | None


def read_catalog(conn: sqlcipher3.Connection) -> list[Row]:
    """Every row of the backup catalogue, every column, as stored."""
    return [tuple(row) for row in conn.execute("SELECT * FROM backups").fetchall()]


def keep_catalog(conn: sqlcipher3.Connection, rows: list[Row]) -> None:
    """Write rows read by `read_catalog` into another copy of the same vault, replacing a row
    with the same key."""
    for row in rows:
        conn.execute("INSERT OR REPLACE INTO backups VALUES (?, ?, ?, ?, ?, ?, ?)", row)


def log_after(
    conn: sqlcipher3.Connection, anchor: tuple[int, str] | None, made: str
) -> list[Row]:
    """The access-log entries (seq, at, action, client_id, detail) written after a backup whose
    last entry was `anchor` (seq, hash) and which was made at `made` (UTC ISO): those after the
    anchor when this log continues the backup's (it still holds the anchor as recorded), else
    (the logs parted) every entry from `made` on. Oldest first."""
    continues = anchor is not None and conn.execute(
        "SELECT 1 FROM audit_log WHERE seq = ? AND hash = ?", anchor).fetchone()
    since: int | str = anchor[0] if continues and anchor is not None else made
    rows = conn.execute(
        f"SELECT {LOG_COLUMNS} FROM audit_log WHERE {'seq > ?' if continues else 'at >= ?'}"
        " ORDER BY seq", (since,)).fetchall()
    return [tuple(row) for row in rows]


def read_invoicing(conn: sqlcipher3.Connection) -> Invoicing:
    """Everything `keep_invoicing` needs of a vault's invoicing; empty for a vault older than
    invoicing (schema V13)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'invoices'"
                    ).fetchone() is None:
        return Invoicing()
    invoices = conn.execute(f"SELECT {INVOICE_COLUMNS} FROM invoices"
                            " ORDER BY refers_to IS NOT NULL, number").fetchall()
    lines = conn.execute(f"SELECT {LINE_COLUMNS} FROM invoice_lines"
                         " ORDER BY invoice_id, position").fetchall()
    payments = conn.execute(f"SELECT {PAYMENT_COLUMNS} FROM invoice_payments"
                            " ORDER BY recorded_at, id").fetchall()
    return Invoicing([tuple(r) for r in invoices], [tuple(r) for r in lines],
                     [tuple(r) for r in payments], series_next(conn))


def series_next(conn: sqlcipher3.Connection) -> int | None:
    """The number the series gives next; None when no number was ever taken."""
    row = conn.execute("SELECT next_number FROM invoice_series WHERE name = ?",
                       (SERIES,)).fetchone()
    return None if row is None else int(row[0])


def keep_invoicing(conn: sqlcipher3.Connection, source: Invoicing) -> InvoicingCarried:
    """Write into another copy of the same vault (ids are the vault's own, so one document has
    one id in every copy) what `source` holds and the copy lacks: each invoice and credit note
    as issued, with its lines, and each payment. Only inserts, never an update of an issued
    document (the schema's triggers refuse one), except the keeping time, which may only grow:
    a later payment or credit note keeps its invoice longer. A document's link to a client or
    package the copy does not hold is set to NULL, as an erase leaves it; the document keeps
    its own copy of the buyer and the seller. The series goes on after the higher number of
    the two."""
    present = {str(r[0]): int(r[1]) for r in conn.execute("SELECT id, number FROM invoices")}
    taken = set(present.values())
    credited = {str(r[0]) for r in conn.execute(
        "SELECT refers_to FROM invoices WHERE refers_to IS NOT NULL")}
    added_ids: set[str] = set()
    added: list[int] = []
    left_out: list[int] = []
    for row in source.invoices:
        doc_id, number, refers_to = str(row[0]), int(row[1]), row[3]
        if doc_id in present:
            conn.execute("UPDATE invoices SET keep_until = ? WHERE id = ? AND keep_until < ?",
                         (row[21], doc_id, row[21]))
            continue
        if number in taken or (refers_to is not None
                               and (str(refers_to) not in present or str(refers_to) in credited)):
            left_out.append(number)
            continue
        values = list(row)
        values[4] = row[4] if _holds(conn, "clients", row[4]) else None
        values[5] = row[5] if _holds(conn, "packages", row[5]) else None
        conn.execute(f"INSERT INTO invoices ({INVOICE_COLUMNS}) VALUES ({_marks(len(values))})",
                     values)
        present[doc_id] = number
        taken.add(number)
        if refers_to is not None:
            credited.add(str(refers_to))
        added_ids.add(doc_id)
        added.append(number)
    lines = [r for r in source.lines if str(r[0]) in added_ids]
    if lines:
        conn.executemany(f"INSERT INTO invoice_lines ({LINE_COLUMNS})"
                         f" VALUES ({_marks(len(lines[0]))})", lines)
    paid = 0
    for row in source.payments:
        if str(row[1]) in present and not conn.execute(
                "SELECT 1 FROM invoice_payments WHERE id = ?", (row[0],)).fetchone():
            conn.execute(f"INSERT INTO invoice_payments ({PAYMENT_COLUMNS})"
                         f" VALUES ({_marks(len(row))})", row)
            paid += 1
    return InvoicingCarried(added, paid, left_out, _continue_series(conn, source.next_number))


def _continue_series(conn: sqlcipher3.Connection, other: int | None) -> int | None:
    """Set the series to go on after every number either copy gave; returns its next number."""
    highest = conn.execute("SELECT max(number) FROM invoices").fetchone()[0]
    candidates = [n for n in (series_next(conn), other,
                              None if highest is None else int(highest) + 1) if n is not None]
    if not candidates:
        return None
    conn.execute("INSERT INTO invoice_series (name, next_number) VALUES (?, ?)"
                 " ON CONFLICT(name) DO UPDATE SET next_number = excluded.next_number",
                 (SERIES, max(candidates)))
    return max(candidates)


def _holds(conn: sqlcipher3.Connection, table: str, row_id: object) -> bool:
    if row_id is None:
        return False
    # `table` is one of two names written above, never input.
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone() is not None


def _marks(count: int) -> str:
    return ", ".join("?" * count)
