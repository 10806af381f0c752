"""Full-text search over clients and notes, inside the encrypted database (FTS5)."""

from __future__ import annotations

import datetime as dt
import re

from journal_app.core.db import Database
from journal_app.core.models import SearchHit

MAX_TERMS = 8
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """Each word of what was typed becomes a quoted prefix term; all must match.

    Quoting every term means no character a person types can be read as FTS5 syntax."""
    words = _WORD.findall(text.lower())[:MAX_TERMS]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


class Search:
    def __init__(self, db: Database) -> None:
        self._db = db

    def run(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        query = fts_query(text)
        if query is None:
            return []
        sql = """
            SELECT i.kind, i.client_id, c.name, s.id, s.start,
                   snippet(search_index, 3, '[', ']', '…', 12)
            FROM search_index i
            JOIN clients c ON c.id = i.client_id
            LEFT JOIN notes n ON i.kind = 'note' AND n.id = i.ref_id
            LEFT JOIN sessions s ON s.id = n.session_id
            WHERE search_index MATCH ?
            ORDER BY i.kind = 'note', rank
            LIMIT ?
        """
        with self._db.read() as conn:
            rows = conn.execute(sql, (query, limit)).fetchall()
        return [
            SearchHit(
                kind=r[0], client_id=r[1], client_name=r[2], session_id=r[3],
                session_start=dt.datetime.fromisoformat(r[4]) if r[4] else None,
                snippet=r[5],
            )
            for r in rows
        ]
