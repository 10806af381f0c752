"""What the retention rules (core/retention) read about notes and packages: the PDL marks, the
last entry of a journal, the completed packages still holding notes. Reads only; the rules
themselves stay in retention/policy.py.

The journal card (schema V16) is part of the patient journal: a card part written under PDL
marks the client as a note does, and its revisions count as entries for the ten years."""

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


# Per client with a journal card: the last write in it and whether a part was written under PDL.
_CARD_LAST = f"""SELECT k.client_id, c.name, {_LAST_WRITE}, max(k.under_pdl)
    FROM card_parts k JOIN card_revisions r ON r.part_id = k.id
    JOIN clients c ON c.id = k.client_id {{where}} GROUP BY k.client_id"""
_CARD_MARKED = "EXISTS (SELECT 1 FROM card_parts k WHERE k.client_id = {client} AND k.under_pdl = 1)"


class RetentionQueries:
    def __init__(self, db: Database) -> None:
        self._db = db

    def written_under_pdl(self, client_id: str) -> bool:
        """Whether any of the client's notes was written while the PDL policy was in force
        (notes.under_pdl, set by the schema's triggers as each revision is written)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT 1 FROM notes WHERE client_id = ? AND under_pdl = 1 LIMIT 1", (client_id,)
            ).fetchone() or conn.execute(
                f"SELECT {_CARD_MARKED.format(client='?')}", (client_id,)).fetchone()[0]
        return bool(row)

    def clients_under_pdl(self) -> int:
        """How many clients have a note written while the PDL policy was in force."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT count(*) FROM (SELECT client_id FROM notes WHERE under_pdl = 1"
                " UNION SELECT client_id FROM card_parts WHERE under_pdl = 1)"
            ).fetchone()
        return int(row[0])

    def last_entry(self, client_id: str) -> dt.datetime | None:
        """The latest moment anything was written in the client's notes or journal card (any
        revision)."""
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_LAST_WRITE} FROM notes n"
                " JOIN note_revisions r ON r.note_id = n.id WHERE n.client_id = ?",
                (client_id,),
            ).fetchone()
            card = conn.execute(_CARD_LAST.format(where="WHERE k.client_id = ?"),
                                (client_id,)).fetchone()
        found = [str(x[i]) for x, i in ((row, 0), (card, 2)) if x and x[i]]
        return parse_utc(max(found)) if found else None

    def last_entries(self, *, only_marked: bool) -> list[LastEntry]:
        """Every client with notes and the last entry in them, by name; `only_marked`: only
        clients with a note written while PDL was in force. Read from the client summaries
        (schema V10), kept by triggers, so an unlock never reads the notes for it."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT c.id, c.name, s.last_written, s.pdl_marked"
                " FROM client_summary s JOIN clients c ON c.id = s.client_id"
                " WHERE s.last_written IS NOT NULL"
            ).fetchall()
            # The journal card: a few rows per client that has one, merged in here.
            rows += conn.execute(_CARD_LAST.format(where="")).fetchall()
        found: dict[str, tuple[str, str, bool]] = {}
        for client_id, name, last, marked in rows:
            _, before, was = found.get(str(client_id), ("", "", False))
            found[str(client_id)] = (str(name), max(str(last), before), was or bool(marked))
        return [LastEntry(cid, name, parse_utc(last))
                for cid, (name, last, marked) in sorted(found.items(),
                                                        key=lambda i: i[1][0].casefold())
                if marked or not only_marked]

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
                      AND NOT {_CARD_MARKED.format(client="c.id")}
                    ORDER BY p.completed_at, c.name COLLATE NOCASE""",
            ).fetchall()
        return [
            CompletedPackage(r[0], r[1], r[2], r[3], parse_utc(r[4]),
                             parse_utc(r[5]) if r[5] else None, int(r[6]))
            for r in rows
        ]
