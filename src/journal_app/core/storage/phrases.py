"""The practitioner's phrases (an abbreviation that expands into a text as it is typed): the
repository's SQL (schema_templates.py)."""

from __future__ import annotations

import sqlcipher3

from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.domain.templates import Phrase, check_phrase
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database


class PhraseRepository:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def all(self) -> list[Phrase]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT id, abbreviation, body, created_at FROM phrases"
                                " ORDER BY abbreviation, id").fetchall()
        return [Phrase(r[0], r[1], r[2], parse_utc(r[3])) for r in rows]

    def _check_free(self, conn: sqlcipher3.Connection, abbreviation: str, own_id: str) -> None:
        row = conn.execute("SELECT id FROM phrases WHERE abbreviation = ? AND id != ?",
                           (abbreviation, own_id)).fetchone()
        if row is not None:
            raise InvalidInput("phrase.abbreviation_taken", abbreviation=abbreviation)

    def add(self, abbreviation: str, body: str) -> Phrase:
        abbreviation, text = check_phrase(abbreviation, body)
        now = self._clock.now()
        phrase = Phrase(new_id(), abbreviation, text, now)
        with self._db.write() as conn:
            self._check_free(conn, abbreviation, "")
            conn.execute("INSERT INTO phrases (id, abbreviation, body, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, ?)",
                         (phrase.id, abbreviation, text, utc_iso(now), utc_iso(now)))
        return phrase

    def _get(self, conn: sqlcipher3.Connection, phrase_id: str) -> Phrase:
        row = conn.execute("SELECT id, abbreviation, body, created_at FROM phrases WHERE id = ?",
                           (phrase_id,)).fetchone()
        if row is None:
            raise NotFound("phrase.not_found")
        return Phrase(row[0], row[1], row[2], parse_utc(row[3]))

    def update(self, phrase_id: str, abbreviation: str, body: str) -> Phrase:
        abbreviation, text = check_phrase(abbreviation, body)
        with self._db.write() as conn:
            before = self._get(conn, phrase_id)
            self._check_free(conn, abbreviation, phrase_id)
            conn.execute("UPDATE phrases SET abbreviation = ?, body = ?, updated_at = ?"
                         " WHERE id = ?",
                         (abbreviation, text, utc_iso(self._clock.now()), phrase_id))
        return Phrase(phrase_id, abbreviation, text, before.created_at)

    def delete(self, phrase_id: str) -> Phrase:
        with self._db.write() as conn:
            gone = self._get(conn, phrase_id)
            conn.execute("DELETE FROM phrases WHERE id = ?", (phrase_id,))
        return gone

    def restore(self, phrases: list[Phrase]) -> None:
        """An import's checked phrases (export/interchange_templates.py)."""
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            conn.executemany(  # a phrase the vault already has (id or abbreviation) stays
                "INSERT OR IGNORE INTO phrases (id, abbreviation, body, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [(p.id, p.abbreviation, p.body, utc_iso(p.created_at), now) for p in phrases])
