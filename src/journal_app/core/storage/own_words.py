"""The practitioner's own spelling dictionary (schema_own_words.py): the repository's SQL.

Adding a word that is there already changes nothing (and says so); the words come back in a
stable order, case-insensitively sorted, for the interchange file and any list of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from journal_app.core.domain.clock import Clock, utc_iso
from journal_app.core.domain.own_words import check_own_word
from journal_app.core.errors import NotFound
from journal_app.core.storage.db import Database


class OwnWordStore:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def words(self) -> list[str]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT word FROM own_words").fetchall()
        return sorted((str(r[0]) for r in rows), key=lambda w: (w.casefold(), w))

    def linked(self) -> dict[str, str]:
        """The words added while writing about a client: word -> client id."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT word, client_id FROM own_words WHERE client_id IS NOT NULL").fetchall()
        return {str(r[0]): str(r[1]) for r in rows}

    def add(self, word: object, client_id: str | None = None) -> tuple[str, bool]:
        """The word as stored, and whether this call added it (False: it was there). A word
        added from a client's note or card is linked to the client and erased with it."""
        checked = check_own_word(word)
        with self._db.write() as conn:
            if client_id is not None and conn.execute(
                    "SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
                raise NotFound("client.not_found", client_id=client_id)
            added = conn.execute(
                "INSERT OR IGNORE INTO own_words (word, added_at, client_id) VALUES (?, ?, ?)",
                (checked, utc_iso(self._clock.now()), client_id)).rowcount
        return checked, added == 1

    def remove(self, word: str) -> str:
        with self._db.write() as conn:
            gone = conn.execute("DELETE FROM own_words WHERE word = ?", (word,)).rowcount
        if gone != 1:
            raise NotFound("own_word.not_found", word=word)
        return word

    def restore(self, words: Sequence[str], linked: Mapping[str, str] | None = None) -> int:
        """An import's checked words, inside its transaction; words already there are kept
        (a word list merges: no word of either side is lost). `linked`: word -> the client
        (of the same import) it goes with. Returns how many were new."""
        now = utc_iso(self._clock.now())
        links = linked or {}
        added = 0
        with self._db.write() as conn:
            for word in words:
                added += conn.execute(
                    "INSERT OR IGNORE INTO own_words (word, added_at, client_id) VALUES (?, ?, ?)",
                    (check_own_word(word), now, links.get(word))).rowcount
        return added
