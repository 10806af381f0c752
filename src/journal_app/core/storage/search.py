"""Full-text search over clients and notes, inside the encrypted database (FTS5).

Each client and note row keeps the rowid of its index entry (`search_rowid`, schema V5), so an
entry is replaced by rowid instead of by a scan of the whole index. A note's entry is refreshed
lazily: an autosave marks the note stale, and the next search re-indexes the stale notes first,
so the index is always current when it is read and an autosave stays cheap.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from journal_app.core.domain.models import SearchHit
from journal_app.core.storage.db import Database

MAX_TERMS = 8
# Ranking reads every match; for a word in most notes that is 200,000 of them. So rank only the
# most recently written matches: every match when there are fewer, the best of the newest when a
# word is everywhere (where the newest notes are also the likeliest to be wanted).
RANK_WINDOW = 200
_WORD = re.compile(r"\w+", re.UNICODE)
_OWNER = {"client": "clients", "note": "notes"}


def fts_query(text: str) -> str | None:
    """Each word of what was typed becomes a quoted prefix term; all must match.

    Quoting every term means no character a person types can be read as FTS5 syntax."""
    words = _WORD.findall(text.lower())[:MAX_TERMS]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def index_entry(conn: Any, kind: str, ref_id: str, client_id: str, body: str) -> None:
    """Add or replace the index entry of a client or a note, inside the caller's transaction."""
    table = _OWNER[kind]
    row = conn.execute(f"SELECT search_rowid FROM {table} WHERE id = ?", (ref_id,)).fetchone()
    if row is not None and row[0] is not None:
        # The kind/ref_id check guards against a rowid another writer has since freed and reused.
        updated = conn.execute(
            "UPDATE search_index SET client_id = ?, body = ?"
            " WHERE rowid = ? AND kind = ? AND ref_id = ?",
            (client_id, body, row[0], kind, ref_id),
        ).rowcount
        if updated == 1:
            return
    # No pointer, or one to an entry someone removed (an erase): there is no entry to replace.
    # Schema V5 gave every older entry its pointer, and every writer of the index comes through
    # here (tests/unit/test_search_speed.py checks), so an entry without a pointer cannot exist.
    cursor = conn.execute(
        "INSERT INTO search_index (kind, ref_id, client_id, body) VALUES (?, ?, ?, ?)",
        (kind, ref_id, client_id, body),
    )
    conn.execute(f"UPDATE {table} SET search_rowid = ? WHERE id = ?", (cursor.lastrowid, ref_id))


def mark_stale(conn: Any, note_id: str) -> None:
    """The note's text changed: re-index it before the next search reads the index."""
    # Already stale (the usual case while typing): no page to write.
    conn.execute("UPDATE notes SET search_stale = 1 WHERE id = ? AND search_stale = 0", (note_id,))


STALE_NOTES = """
    SELECT n.id, n.client_id, r.body FROM notes n
    JOIN note_revisions r ON r.note_id = n.id
    WHERE n.search_stale = 1
      AND r.revision = (SELECT max(revision) FROM note_revisions WHERE note_id = n.id)
"""


class Search:
    def __init__(self, db: Database) -> None:
        self._db = db

    def refresh(self) -> int:
        """Re-index the notes changed since the last search; returns how many."""
        with self._db.read() as conn:
            if conn.execute("SELECT 1 FROM notes WHERE search_stale = 1 LIMIT 1").fetchone() is None:
                return 0
        with self._db.write() as conn:
            stale = conn.execute(STALE_NOTES).fetchall()
            for note_id, client_id, body in stale:
                index_entry(conn, "note", note_id, client_id, body)
            conn.execute("UPDATE notes SET search_stale = 0 WHERE search_stale = 1")
        return len(stale)

    def run(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Clients first, then notes by relevance, among the newest RANK_WINDOW matches."""
        query = fts_query(text)
        if query is None:
            return []
        self.refresh()
        sql = """
            WITH recent AS (
                SELECT rowid AS rid, kind, ref_id, client_id, rank AS score,
                       snippet(search_index, 3, '[', ']', '…', 12) AS snip
                FROM search_index
                WHERE search_index MATCH ?
                ORDER BY rowid DESC
                LIMIT ?
            )
            SELECT i.kind, i.client_id, c.name, s.id, s.start, i.snip
            FROM recent i
            JOIN clients c ON c.id = i.client_id
            LEFT JOIN notes n ON i.kind = 'note' AND n.id = i.ref_id
            LEFT JOIN sessions s ON s.id = n.session_id
            ORDER BY i.kind = 'note', i.score, i.rid DESC
            LIMIT ?
        """
        with self._db.read() as conn:
            rows = conn.execute(sql, (query, max(RANK_WINDOW, limit), limit)).fetchall()
        return [
            SearchHit(
                kind=r[0], client_id=r[1], client_name=r[2], session_id=r[3],
                session_start=dt.datetime.fromisoformat(r[4]) if r[4] else None,
                snippet=r[5],
            )
            for r in rows
        ]
