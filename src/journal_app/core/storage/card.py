"""The journal card's parts and their revisions: the repository's SQL (schema V16).

A part is written like a note (storage/notes.py): the first save creates it with a draft
revision, later saves overwrite that draft in place, signing locks it, and a correction opens
the next revision from the signed text; signing the correction marks the one before it
superseded, so the earlier text stays readable with its date (PDL 3 kap 14 §). Each write is
logged in the access log in its own transaction, and the part's search entry is marked stale
with the text it was built from (search.mark_card_stale), exactly as a note's is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal_app.core.domain.card import (
    MAX_DIAGNOSIS,
    CardEntry,
    CardFields,
    CardPart,
    CardRevision,
)
from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.domain.models import NoteState
from journal_app.core.domain.text import MAX_FIELD, clean_line, clean_multiline, clean_note
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.messages import Message
from journal_app.core.storage import search
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database

_REVISIONS = ("SELECT revision, body, diagnosis, measures, evaluate_on, author, saved_at,"
              " signed_at, superseded_at FROM card_revisions WHERE part_id = ? ORDER BY revision")


def check_fields(part: CardPart, text: str, diagnosis: str = "", measures: str = "",
                 evaluate_on: dt.date | str | None = None) -> CardFields:
    """What was typed, checked and kept as typed, or refused naming the field. A field the
    part does not have is refused when it holds anything."""
    body = clean_note(text)
    code = clean_line(diagnosis, field=Message("field.card_diagnosis"), limit=MAX_DIAGNOSIS)
    if code and part is not CardPart.ASSESSMENT:
        raise InvalidInput("card.field_not_here", label=Message("field.card_diagnosis"))
    planned = clean_multiline(measures, field=Message("field.card_measures"), limit=MAX_FIELD * 10)
    if planned and part is not CardPart.PLAN:
        raise InvalidInput("card.field_not_here", label=Message("field.card_measures"))
    day: dt.date | None
    if evaluate_on is None or (isinstance(evaluate_on, str) and not evaluate_on.strip()):
        day = None
    elif isinstance(evaluate_on, dt.date):
        day = evaluate_on
    else:
        try:
            day = dt.date.fromisoformat(str(evaluate_on).strip())
        except ValueError:
            raise InvalidInput("card.not_a_date", value=str(evaluate_on)) from None
    if day is not None and part is not CardPart.PLAN:
        raise InvalidInput("card.field_not_here", label=Message("field.card_evaluate_on"))
    return CardFields(text=body, diagnosis=code, measures=planned, evaluate_on=day)


def _revision(row: tuple[Any, ...]) -> CardRevision:
    return CardRevision(
        revision=int(row[0]),
        fields=CardFields(text=row[1], diagnosis=row[2], measures=row[3],
                          evaluate_on=dt.date.fromisoformat(row[4]) if row[4] else None),
        author=row[5], saved_at=parse_utc(row[6]),
        signed_at=parse_utc(row[7]) if row[7] else None,
        superseded_at=parse_utc(row[8]) if row[8] else None,
    )


class CardRepository:
    def __init__(self, db: Database, clock: Clock, audit: AuditLog) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit

    # Reads -------------------------------------------------------------------------------------

    def for_client(self, client_id: str) -> list[CardEntry]:
        """The client's written parts in PDL order."""
        order = {p.value: i for i, p in enumerate(CardPart)}
        with self._db.read() as conn:
            rows = conn.execute("SELECT id, client_id, part, created_at FROM card_parts"
                                " WHERE client_id = ?", (client_id,)).fetchall()
            entries = [self._load(conn, r) for r in rows]
        return sorted(entries, key=lambda e: order[e.part.value])

    def get(self, client_id: str, part: CardPart) -> CardEntry | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT id, client_id, part, created_at FROM card_parts"
                               " WHERE client_id = ? AND part = ?",
                               (client_id, CardPart(part).value)).fetchone()
            return None if row is None else self._load(conn, row)

    @staticmethod
    def _load(conn: Any, row: tuple[Any, ...]) -> CardEntry:
        revisions = tuple(_revision(r) for r in conn.execute(_REVISIONS, (row[0],)))
        return CardEntry(id=row[0], client_id=row[1], part=CardPart(row[2]),
                         created_at=parse_utc(row[3]), revisions=revisions)

    def _require(self, client_id: str, part: CardPart) -> CardEntry:
        entry = self.get(client_id, part)
        if entry is None:
            raise NotFound("card.missing")
        return entry

    # Writes ------------------------------------------------------------------------------------

    def save_draft(self, client_id: str, part: CardPart, fields: CardFields,
                   author: str) -> tuple[CardEntry, bool]:
        """Autosave: create the part, or overwrite its open draft in place. Returns the part
        and whether this save created it."""
        part = CardPart(part)
        now = utc_iso(self._clock.now())
        values = (fields.text, fields.diagnosis, fields.measures,
                  fields.evaluate_on.isoformat() if fields.evaluate_on else None, author)
        with self._db.write() as conn:
            entry = self.get(client_id, part)
            if entry is None:
                if conn.execute("SELECT 1 FROM clients WHERE id = ?",
                                (client_id,)).fetchone() is None:
                    raise NotFound("client.not_found", id=client_id)
                part_id = new_id()
                conn.execute("INSERT INTO card_parts (id, client_id, part, created_at)"
                             " VALUES (?, ?, ?, ?)", (part_id, client_id, part.value, now))
                conn.execute("INSERT INTO card_revisions (part_id, revision, body, diagnosis,"
                             " measures, evaluate_on, author, saved_at)"
                             " VALUES (?, 1, ?, ?, ?, ?, ?, ?)", (part_id, *values, now))
                self._audit.append_in(conn, Action.CARD_WRITTEN, client_id, f"part={part.value}")
                search.mark_card_stale(conn, part_id)  # (no entry yet: nothing kept aside)
                created = True
            else:
                if entry.state is NoteState.SIGNED:
                    raise InvalidInput("card.signed")
                if fields != entry.fields:
                    search.mark_card_stale(conn, entry.id)
                    conn.execute("UPDATE card_revisions SET body = ?, diagnosis = ?,"
                                 " measures = ?, evaluate_on = ?, author = ?, saved_at = ?"
                                 " WHERE part_id = ? AND revision = ?",
                                 (*values, now, entry.id, entry.current.revision))
                created = False
        return self._require(client_id, part), created

    def sign(self, client_id: str, part: CardPart, author: str) -> CardEntry:
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            entry = self._require(client_id, part)
            if entry.state is NoteState.SIGNED:
                raise InvalidInput("card.already_signed")
            if entry.fields.empty:
                raise InvalidInput("card.empty_not_signed")
            conn.execute("UPDATE card_revisions SET signed_at = ?, author = ?"
                         " WHERE part_id = ? AND revision = ?",
                         (now, author, entry.id, entry.current.revision))
            if entry.state is NoteState.CORRECTING:
                conn.execute("UPDATE card_revisions SET superseded_at = ?"
                             " WHERE part_id = ? AND revision = ?",
                             (now, entry.id, entry.current.revision - 1))
                self._audit.append_in(conn, Action.CARD_CORRECTED, client_id,
                                      f"part={entry.part.value}"
                                      f" revision={entry.current.revision}")
            else:
                self._audit.append_in(conn, Action.CARD_SIGNED, client_id,
                                      f"part={entry.part.value}")
        return self._require(client_id, part)

    def start_correction(self, client_id: str, part: CardPart, author: str) -> CardEntry:
        """Open a new draft revision of a signed part, starting from its fields."""
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            entry = self._require(client_id, part)
            if entry.state is not NoteState.SIGNED:
                raise InvalidInput("card.draft_not_corrected")
            f = entry.fields
            conn.execute("INSERT INTO card_revisions (part_id, revision, body, diagnosis,"
                         " measures, evaluate_on, author, saved_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (entry.id, entry.current.revision + 1, f.text, f.diagnosis, f.measures,
                          f.evaluate_on.isoformat() if f.evaluate_on else None, author, now))
        return self._require(client_id, part)

    def discard_correction(self, client_id: str, part: CardPart) -> CardEntry:
        with self._db.write() as conn:
            entry = self._require(client_id, part)
            if entry.state is not NoteState.CORRECTING:
                raise InvalidInput("card.no_correction")
            search.mark_card_stale(conn, entry.id)
            conn.execute("DELETE FROM card_revisions WHERE part_id = ? AND revision = ?",
                         (entry.id, entry.current.revision))
        return self._require(client_id, part)

    # The interchange file (export/interchange_card.py) ---------------------------------------

    def all_entries(self) -> list[CardEntry]:
        """Every part of every client with every revision, as stored."""
        with self._db.read() as conn:
            rows = conn.execute("SELECT id, client_id, part, created_at FROM card_parts"
                                " ORDER BY client_id, part").fetchall()
            return [self._load(conn, r) for r in rows]

    def restore(self, entries: list[CardEntry]) -> None:
        """Write checked parts from an import, inside its transaction, each indexed."""
        with self._db.write() as conn:
            for e in entries:
                conn.execute("INSERT INTO card_parts (id, client_id, part, created_at)"
                             " VALUES (?, ?, ?, ?)",
                             (e.id, e.client_id, e.part.value, utc_iso(e.created_at)))
                for r in e.revisions:
                    f = r.fields
                    conn.execute(
                        "INSERT INTO card_revisions (part_id, revision, body, diagnosis,"
                        " measures, evaluate_on, author, saved_at, signed_at, superseded_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (e.id, r.revision, f.text, f.diagnosis, f.measures,
                         f.evaluate_on.isoformat() if f.evaluate_on else None, r.author,
                         utc_iso(r.saved_at), utc_iso(r.signed_at) if r.signed_at else None,
                         utc_iso(r.superseded_at) if r.superseded_at else None))
                search.index_entry(conn, "card", e.id, e.fields.search_text(), indexed="")
