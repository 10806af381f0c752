"""What the retention rules (core/retention) read about notes and packages: the PDL marks, the
last entry of a journal, the completed packages still holding notes. Reads only; the rules
themselves stay in retention/policy.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.domain.clock import parse_utc
from journal_app.core.storage.db import Database

# The latest moment anything was written in a note: saved, signed or replaced by a correction.
_LAST_WRITE = ("max(max(r.saved_at, coalesce(r.signed_at, ''),"
               " coalesce(r.superseded_at, '')))")


@dataclass(frozen=True)
class LastEntry:
    client_id: str
    client_name: str
    last: dt.datetime


@dataclass(frozen=True)
class CompletedPackage:
    """A completed package and how many notes it still holds."""

    package_id: str
    client_id: str
    client_name: str
    package_name: str
    completed_at: dt.datetime
    postponed_at: dt.datetime | None
    notes: int


class RetentionQueries:
    def __init__(self, db: Database) -> None:
        self._db = db

    def written_under_pdl(self, client_id: str) -> bool:
        """Whether any of the client's notes was written while the PDL policy was in force
        (notes.under_pdl, set by the schema's triggers as each revision is written)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT 1 FROM notes WHERE client_id = ? AND under_pdl = 1 LIMIT 1", (client_id,)
            ).fetchone()
        return row is not None

    def clients_under_pdl(self) -> int:
        """How many clients have a note written while the PDL policy was in force."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT count(DISTINCT client_id) FROM notes WHERE under_pdl = 1"
            ).fetchone()
        return int(row[0])

    def last_entry(self, client_id: str) -> dt.datetime | None:
        """The latest moment anything was written in the client's notes (any revision)."""
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_LAST_WRITE} FROM notes n"
                " JOIN note_revisions r ON r.note_id = n.id WHERE n.client_id = ?",
                (client_id,),
            ).fetchone()
        return parse_utc(row[0]) if row and row[0] else None

    def last_entries(self, *, only_marked: bool) -> list[LastEntry]:
        """Every client with notes and the last entry in them, by name; `only_marked`: only
        clients with a note written while PDL was in force. Read from the client summaries
        (schema V10), kept by triggers, so an unlock never reads the notes for it."""
        marked = " AND s.pdl_marked = 1" if only_marked else ""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT c.id, c.name, s.last_written"
                " FROM client_summary s JOIN clients c ON c.id = s.client_id"
                f" WHERE s.last_written IS NOT NULL{marked} ORDER BY c.name COLLATE NOCASE"
            ).fetchall()
        return [LastEntry(str(r[0]), str(r[1]), parse_utc(r[2])) for r in rows]

    def completed_unmarked(self, *, postponed_only: bool = False) -> list[CompletedPackage]:
        """Completed packages (oldest completion first) of clients without a note written
        under PDL, with the number of notes each still holds; `postponed_only`: only those
        whose erase was postponed ("remind me later")."""
        extra = "AND p.erase_postponed_at IS NOT NULL" if postponed_only else ""
        with self._db.read() as conn:
            rows = conn.execute(
                f"""SELECT p.id, c.id, c.name, p.name, p.completed_at, p.erase_postponed_at,
                           (SELECT count(*) FROM notes n JOIN sessions s ON s.id = n.session_id
                            WHERE s.package_id = p.id)
                    FROM packages p JOIN clients c ON c.id = p.client_id
                    WHERE p.completed_at IS NOT NULL {extra}
                      AND NOT EXISTS (SELECT 1 FROM notes k
                                      WHERE k.client_id = c.id AND k.under_pdl = 1)
                    ORDER BY p.completed_at, c.name COLLATE NOCASE""",
            ).fetchall()
        return [
            CompletedPackage(r[0], r[1], r[2], r[3], parse_utc(r[4]),
                             parse_utc(r[5]) if r[5] else None, int(r[6]))
            for r in rows
        ]
