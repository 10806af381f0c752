"""Full-text search over clients, notes and journal card parts, inside the encrypted database (FTS5).

The index is contentless (schema V11): it keeps the words, not the text, so the vault holds each
note once. Removing an entry therefore needs the text it was built from, which this module
finds (`indexed_text`) and hands to FTS5, whose secure-delete then scrubs every token.

Each client and note row keeps the rowid of its index entry (`search_rowid`, schema V5), so an
entry is replaced by rowid instead of by a scan of the whole index. A note's entry is refreshed
lazily: an autosave marks the note stale, and the next search re-indexes the stale notes first,
so the index is always current when it is read and an autosave stays cheap.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from journal_app.core.domain.measures import search_words
from journal_app.core.domain.models import SearchHit
from journal_app.core.storage.db import Database

MAX_TERMS = 8
# A client found by name is listed first even when many newer notes hold the word too.
RECENT_WINDOW = 200
_WORD = re.compile(r"\w+", re.UNICODE)
_OWNER = {"client": "clients", "note": "notes", "card": "card_parts"}


def fts_query(text: str) -> str | None:
    """Each word of what was typed becomes a quoted prefix term; all must match.

    Quoting every term means no character a person types can be read as FTS5 syntax."""
    words = _WORD.findall(text.lower())[:MAX_TERMS]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def indexed_text(conn: Any, kind: str, ref_id: str) -> str | None:
    """The text the index holds for an owner's entry, which the index itself does not keep
    (schema V11): what was indexed before an edit not yet re-indexed, else the owner's current
    text. None when the owner is gone."""
    if kind == "client":
        row = conn.execute("SELECT name, id_number FROM clients WHERE id = ?", (ref_id,)).fetchone()
        return None if row is None else client_text(row[0], row[1])
    row = conn.execute("SELECT body FROM search_pending WHERE note_id = ?", (ref_id,)).fetchone()
    if row is None and kind == "card":
        return card_text(conn, ref_id)
    if row is None:
        row = conn.execute(
            "SELECT body FROM note_revisions WHERE note_id = ? ORDER BY revision DESC LIMIT 1",
            (ref_id,),
        ).fetchone()
        return None if row is None else note_text(conn, ref_id, str(row[0]))
    return str(row[0])


def measure_words(conn: Any, note_id: str) -> str:
    """What the note's current measures add to its entry: each one's name, total and band
    (domain/measures.py search_words), so "PHQ-9" or "måttlig" finds the session. The current
    measures are those of the newest revision that has any (storage/measures.py)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'measures'").fetchone() is None:
        return ""  # a copy older than schema V15 (a backup an erase is carried into)
    rows = conn.execute(
        "SELECT name, answers, instrument FROM measures m WHERE note_id = ? AND revision ="
        " (SELECT max(revision) FROM measures WHERE note_id = m.note_id) ORDER BY instrument",
        (note_id,)).fetchall()
    return " ".join(search_words(r[0], sum(int(a) for a in str(r[1]).split(",") if a), r[2])
                    for r in rows)


def note_text(conn: Any, note_id: str, body: str) -> str:
    """What a note's entry indexes: its text, then its measures' words."""
    words = measure_words(conn, note_id)
    return f"{body}\n{words}" if words else body


CARD_TEXT = ("SELECT body, diagnosis, measures FROM card_revisions WHERE part_id = ?"
             " ORDER BY revision DESC LIMIT 1")


def card_text(conn: Any, part_id: str) -> str | None:
    """What a journal card part's entry indexes: every word of its current revision (the
    text, the diagnosis as typed, the planned measures). None when the part is gone."""
    row = conn.execute(CARD_TEXT, (part_id,)).fetchone()
    return None if row is None else "\n".join(str(t) for t in row if t)


def client_text(name: str, id_number: str | None) -> str:
    """What a client's entry indexes: the name and the identity number."""
    return f"{name} {id_number or ''}"


def remove_entry(conn: Any, rowid: int, *, text: str | None = None) -> bool:
    """Take one entry out of the index, every token scrubbed (secure-delete). The index keeps no
    text, so FTS5 is handed the text it indexed: `text`, or else what `indexed_text` finds.
    Returns False when there is no entry at that rowid."""
    row = conn.execute("SELECT kind, ref_id FROM search_index WHERE rowid = ?", (rowid,)).fetchone()
    if row is None:
        return False
    kind, ref_id = row
    body = text if text is not None else indexed_text(conn, kind, ref_id)
    conn.execute(
        "INSERT INTO search_index (search_index, rowid, kind, ref_id, body)"
        " VALUES ('delete', ?, ?, ?, ?)",
        (rowid, kind, ref_id, body or ""),
    )
    if kind in ("note", "card"):
        conn.execute("DELETE FROM search_pending WHERE note_id = ?", (ref_id,))
    return True


def _own_entry(conn: Any, table: str, kind: str, ref_id: str) -> int | None:
    """The owner's entry's rowid, when its pointer leads to an entry that is really its own."""
    row = conn.execute(f"SELECT search_rowid FROM {table} WHERE id = ?", (ref_id,)).fetchone()
    if row is None or row[0] is None:
        return None
    # The kind/ref_id check guards against a rowid another writer has since freed and reused.
    found = conn.execute(
        "SELECT 1 FROM search_index WHERE rowid = ? AND kind = ? AND ref_id = ?",
        (row[0], kind, ref_id),
    ).fetchone()
    return int(row[0]) if found else None


def index_entry(conn: Any, kind: str, ref_id: str, body: str, *,
                indexed: str | None = None) -> None:
    """Add or replace the index entry of a client or a note, inside the caller's transaction.

    `indexed` is the text the entry was built from when the caller has already changed the
    owner's row (a client renamed); without it the old text is looked up (`indexed_text`)."""
    table = _OWNER[kind]
    rowid = _own_entry(conn, table, kind, ref_id)
    if rowid is not None:
        remove_entry(conn, rowid, text=indexed)
    # No pointer, or one to an entry someone removed (an erase): there is no entry to replace.
    # Schema V5 gave every older entry its pointer, and every writer of the index comes through
    # here (tests/unit/test_search_speed.py checks), so an entry without a pointer cannot exist.
    cursor = conn.execute(
        "INSERT INTO search_index (rowid, kind, ref_id, body) VALUES (?, ?, ?, ?)",
        (rowid, kind, ref_id, body),
    )
    if rowid is None:
        conn.execute(f"UPDATE {table} SET search_rowid = ? WHERE id = ?",
                     (cursor.lastrowid, ref_id))


def mark_stale(conn: Any, note_id: str, indexed: str) -> None:
    """The note's text is about to change or just changed from `indexed`: re-index it before
    the next search reads the index. The first change since the last indexing keeps the
    indexed text aside (search_pending), so re-indexing can scrub exactly those tokens."""
    # Already stale (the usual case while typing): no page to write.
    changed = conn.execute(
        "UPDATE notes SET search_stale = 1 WHERE id = ? AND search_stale = 0", (note_id,)
    ).rowcount
    if changed:  # (a note never indexed has no pointer and needs nothing kept aside)
        # The entry holds the text and the measures, which the caller changes only after this.
        conn.execute("INSERT OR REPLACE INTO search_pending (note_id, body)"
                     " SELECT id, ? FROM notes WHERE id = ? AND search_rowid IS NOT NULL",
                     (note_text(conn, note_id, indexed), note_id))


def mark_card_stale(conn: Any, part_id: str) -> None:
    """A journal card part is about to change: as mark_stale for a note, with the text its
    entry was built from kept aside (the part's current revision, read before the change)."""
    changed = conn.execute(
        "UPDATE card_parts SET search_stale = 1 WHERE id = ? AND search_stale = 0", (part_id,)
    ).rowcount
    if changed:
        conn.execute("INSERT OR REPLACE INTO search_pending (note_id, body)"
                     " SELECT id, ? FROM card_parts WHERE id = ? AND search_rowid IS NOT NULL",
                     (card_text(conn, part_id) or "", part_id))


STALE_NOTES = """
    SELECT n.id, r.body FROM notes n
    JOIN note_revisions r ON r.note_id = n.id
    WHERE n.search_stale = 1
      AND r.revision = (SELECT max(revision) FROM note_revisions WHERE note_id = n.id)
"""


def snippet(text: str, query_words: list[str], width: int = 12) -> str:
    """About `width` words of `text` around the first word a query word begins, each such word
    in [brackets], and … where text was left out: what FTS5's snippet() gave when it kept the
    text itself."""
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""

    def hit(token: re.Match[str]) -> bool:
        word = token.group().lower()
        return any(word.startswith(q) for q in query_words)

    first = next((i for i, t in enumerate(tokens) if hit(t)), 0)
    begin = max(0, min(first - width // 4, len(tokens) - width))
    shown = tokens[begin:begin + width]
    out: list[str] = ["…" if begin > 0 else ""]
    cursor = shown[0].start()
    for token in shown:
        out.append(text[cursor:token.start()])
        out.append(f"[{token.group()}]" if hit(token) else token.group())
        cursor = token.end()
    if begin + width < len(tokens):
        out.append("…")
    return " ".join("".join(out).split())


class Search:
    def __init__(self, db: Database) -> None:
        self._db = db

    def refresh(self) -> int:
        """Re-index the notes changed since the last search; returns how many."""
        with self._db.read() as conn:
            if (conn.execute("SELECT 1 FROM notes WHERE search_stale = 1 LIMIT 1").fetchone()
                    is None and conn.execute("SELECT 1 FROM card_parts WHERE search_stale = 1"
                                             " LIMIT 1").fetchone() is None):
                return 0
        with self._db.write() as conn:
            stale = conn.execute(STALE_NOTES).fetchall()
            for note_id, body in stale:
                index_entry(conn, "note", note_id, note_text(conn, note_id, body))
            cards = [str(r[0]) for r in conn.execute(
                "SELECT id FROM card_parts WHERE search_stale = 1").fetchall()]
            for part_id in cards:
                index_entry(conn, "card", part_id, card_text(conn, part_id) or "")
            conn.execute("DELETE FROM search_pending")
            conn.execute("UPDATE notes SET search_stale = 0 WHERE search_stale = 1")
            conn.execute("UPDATE card_parts SET search_stale = 0 WHERE search_stale = 1")
        return len(stale) + len(cards)

    def merge_all(self) -> None:
        """FTS5's own 'optimize': every segment of the index merged into one. An erase's
        secure-delete looks for each word in every segment, so its cost grows with their
        number: 100 notes took 1.26 s at 200,000 notes before a merge and 0.15 s after one,
        which itself took 0.8 s (bench/bench_erase.py). The old segments' pages are freed, and
        SQLCipher's secure_delete zeroes them."""
        with self._db.write() as conn:
            conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")

    def run(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        """Clients first, then notes, each newest first, among the newest RECENT_WINDOW matches
        (the index keeps no word counts to rank by, schema V11; reading every match of a word in
        most notes would read 200,000 of them)."""
        query = fts_query(text)
        if query is None:
            return []
        self.refresh()
        sql = """
            WITH recent AS (
                SELECT rowid AS rid, kind, ref_id FROM search_index
                WHERE search_index MATCH :q ORDER BY rowid DESC LIMIT :window
            ), best AS (
                SELECT * FROM recent ORDER BY kind <> 'client', rid DESC LIMIT :limit
            )
            SELECT i.kind, c.id, c.name, s.id, s.start,
                   CASE i.kind WHEN 'client' THEN c.name || ' ' || coalesce(c.id_number, '')
                   WHEN 'card' THEN (SELECT r.body || ' ' || r.diagnosis || ' ' || r.measures
                       FROM card_revisions r WHERE r.part_id = i.ref_id
                       ORDER BY r.revision DESC LIMIT 1)
                   ELSE (SELECT r.body FROM note_revisions r WHERE r.note_id = i.ref_id
                         ORDER BY r.revision DESC LIMIT 1) END
            FROM best i
            LEFT JOIN notes n ON i.kind = 'note' AND n.id = i.ref_id
            LEFT JOIN card_parts k ON i.kind = 'card' AND k.id = i.ref_id
            JOIN clients c ON c.id = CASE i.kind WHEN 'client' THEN i.ref_id
                                     WHEN 'card' THEN k.client_id ELSE n.client_id END
            LEFT JOIN sessions s ON s.id = n.session_id
            ORDER BY i.kind <> 'client', i.rid DESC
        """
        with self._db.read() as conn:
            rows = conn.execute(
                sql, {"q": query, "window": max(RECENT_WINDOW, limit), "limit": limit}
            ).fetchall()
        words = _WORD.findall(text.lower())[:MAX_TERMS]
        return [
            SearchHit(
                kind=r[0], client_id=r[1], client_name=r[2], session_id=r[3],
                session_start=dt.datetime.fromisoformat(r[4]) if r[4] else None,
                snippet=snippet(r[5] or "", words),
            )
            for r in rows
        ]
