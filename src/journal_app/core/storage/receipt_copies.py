"""Erasure receipts as the record outside the database sees them: read with their note counts,
counted, put back and restated. The SQL for comparing a database with its anchor
(core/retention/rollback.py) and for replaying erasures into a copy (core/retention/replay.py).

A receipt is the accountability record of one erase (who, when, why, how many notes; never a
name or content). A database put back from an older copy lacks the receipts written since;
they are put back from the record, with the time and reason of the original erase, so the
database again holds one receipt for every erase the vault made.
"""

from __future__ import annotations

import sqlcipher3

ReceiptRow = tuple[str, str, str, str, int]  # client id, erased at, policy, reason, notes


def receipt_rows(conn: sqlcipher3.Connection) -> list[ReceiptRow]:
    """Every receipt on an open connection, oldest first."""
    rows = conn.execute(
        "SELECT client_id, erased_at, policy, reason, notes_count FROM erasure_receipts"
        " ORDER BY erased_at"
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4])) for r in rows]


def receipt_count(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM erasure_receipts").fetchone()[0])


def put_back_receipt(conn: sqlcipher3.Connection, receipt_id: str, row: ReceiptRow) -> None:
    """A receipt the record holds and this database lacks, as it was written."""
    client_id, erased_at, policy, reason, notes = row
    conn.execute(
        "INSERT INTO erasure_receipts (id, client_id, erased_at, notes_count, policy, reason)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (receipt_id, client_id, erased_at, notes, policy, reason),
    )


def restate_receipt(conn: sqlcipher3.Connection, receipt_id: str, erased_at: str,
                    reason: str) -> None:
    """The receipt a replayed erase just wrote, given the time and reason of the erase it
    replays: one receipt per erase, however often it had to be applied."""
    conn.execute("UPDATE erasure_receipts SET erased_at = ?, reason = ? WHERE id = ?",
                 (erased_at, reason, receipt_id))
