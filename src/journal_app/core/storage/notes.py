"""Session notes and their revisions.

A note is a list of revisions. The last one is either a draft (autosaved in place) or signed.
A signed revision is never changed: a correction opens a new draft revision, and signing that
marks the one before as superseded, so the earlier text stays readable with its date
(PDL 3 kap 14 §).
"""

from __future__ import annotations

from typing import Any

from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.domain.models import Note, NoteRevision, NoteState
from journal_app.core.domain.text import clean_note
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.storage import search
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database


class NoteRepository:
    def __init__(self, db: Database, clock: Clock, audit: AuditLog) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit

    def for_session(self, session_id: str) -> Note | None:
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT id, session_id, client_id, created_at FROM notes WHERE session_id = ?",
                (session_id,),
            ).fetchone()
            if row is None:
                return None
            return self._load(conn, row)

    def for_client(self, client_id: str) -> list[Note]:
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT n.id, n.session_id, n.client_id, n.created_at FROM notes n"
                " JOIN sessions s ON s.id = n.session_id WHERE n.client_id = ?"
                " ORDER BY s.start",
                (client_id,),
            ).fetchall()
            return [self._load(conn, r) for r in rows]

    @staticmethod
    def _load(conn: Any, row: tuple[Any, ...]) -> Note:
        revisions = tuple(
            NoteRevision(
                revision=r[0], body=r[1], saved_at=parse_utc(r[2]),
                signed_at=parse_utc(r[3]) if r[3] else None,
                superseded_at=parse_utc(r[4]) if r[4] else None,
            )
            for r in conn.execute(
                "SELECT revision, body, saved_at, signed_at, superseded_at FROM note_revisions"
                " WHERE note_id = ? ORDER BY revision",
                (row[0],),
            )
        )
        return Note(id=row[0], session_id=row[1], client_id=row[2],
                    created_at=parse_utc(row[3]), revisions=revisions)

    def _require(self, session_id: str) -> Note:
        note = self.for_session(session_id)
        if note is None:
            raise NotFound("note.missing")
        return note

    def save_draft(self, session_id: str, text: str, *, note_id: str | None = None) -> Note:
        """Autosave: create the note, or overwrite the open draft revision in place."""
        body = clean_note(text)
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            note = self.for_session(session_id)
            if note is None:
                session = conn.execute(
                    "SELECT client_id FROM sessions WHERE id = ?", (session_id,)
                ).fetchone()
                if session is None:
                    raise NotFound("session.not_found", id=session_id)
                nid = note_id or new_id()
                conn.execute(
                    "INSERT INTO notes (id, session_id, client_id, created_at) VALUES (?, ?, ?, ?)",
                    (nid, session_id, session[0], now),
                )
                conn.execute(
                    "INSERT INTO note_revisions (note_id, revision, body, saved_at)"
                    " VALUES (?, 1, ?, ?)",
                    (nid, body, now),
                )
                self._audit.append_in(conn, Action.NOTE_CREATED, session[0], f"session={session_id}")
                self._reindex(conn, nid, indexed="")
            else:
                if note.state is NoteState.SIGNED:
                    raise InvalidInput("note.signed")
                if body != note.text:
                    conn.execute(
                        "UPDATE note_revisions SET body = ?, saved_at = ?"
                        " WHERE note_id = ? AND revision = ?",
                        (body, now, note.id, note.current.revision),
                    )
                    self._reindex(conn, note.id, indexed=note.text)
        return self._require(session_id)

    def sign(self, session_id: str) -> Note:
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            note = self._require(session_id)
            if note.state is NoteState.SIGNED:
                raise InvalidInput("note.already_signed")
            if not note.text.strip():
                raise InvalidInput("note.empty_not_signed")
            conn.execute(
                "UPDATE note_revisions SET signed_at = ? WHERE note_id = ? AND revision = ?",
                (now, note.id, note.current.revision),
            )
            if note.state is NoteState.CORRECTING:
                conn.execute(
                    "UPDATE note_revisions SET superseded_at = ?"
                    " WHERE note_id = ? AND revision = ?",
                    (now, note.id, note.current.revision - 1),
                )
                self._audit.append_in(conn, Action.NOTE_CORRECTED, note.client_id,
                                      f"session={session_id} revision={note.current.revision}")
            else:
                self._audit.append_in(conn, Action.NOTE_SIGNED, note.client_id,
                                      f"session={session_id}")
        return self._require(session_id)

    def start_correction(self, session_id: str) -> Note:
        """Open a new draft revision of a signed note, starting from its text."""
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            note = self._require(session_id)
            if note.state is not NoteState.SIGNED:
                raise InvalidInput("note.draft_not_corrected")
            conn.execute(
                "INSERT INTO note_revisions (note_id, revision, body, saved_at) VALUES (?, ?, ?, ?)",
                (note.id, note.current.revision + 1, note.text, now),
            )
        return self._require(session_id)

    def discard_correction(self, session_id: str) -> Note:
        with self._db.write() as conn:
            note = self._require(session_id)
            if note.state is not NoteState.CORRECTING:
                raise InvalidInput("note.no_correction")
            conn.execute(
                "DELETE FROM note_revisions WHERE note_id = ? AND revision = ?",
                (note.id, note.current.revision),
            )
            self._reindex(conn, note.id, indexed=note.text)
        return self._require(session_id)

    @staticmethod
    def _reindex(conn: Any, note_id: str, *, indexed: str) -> None:
        # Autosave runs every few seconds; re-indexing 1 KB under FTS5 secure-delete rewrites
        # ~150 index pages, so the next search does it instead (search.refresh). `indexed` is
        # the text before this change: what the index holds if it was current.
        search.mark_stale(conn, note_id, indexed)
