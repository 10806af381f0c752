"""Outcome measures and the practitioner's own scales: the repository's SQL.

A measure belongs to the current revision of its session's note (schema_measures.py). Changing
one changes what the note's search entry was built from, so the note is marked stale first, with
the text the entry holds (search.mark_stale), exactly as an edit of the note's text does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.domain.measures import (
    INSTRUMENTS,
    PHQ9,
    SCALE_PREFIX,
    Measure,
    MeasurePoint,
    MeasureSeries,
    Scale,
    check_answers,
    check_scale_range,
)
from journal_app.core.domain.models import NoteState
from journal_app.core.domain.text import MAX_NAME, clean_line
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.messages import Message
from journal_app.core.storage import search
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database
from journal_app.core.storage.notes import NoteRepository

_COLUMNS = ("m.id, m.note_id, m.revision, m.session_id, m.client_id, m.instrument, m.name,"
            " m.answers, m.low, m.high, m.low_label, m.high_label, m.saved_at,"
            " m.flag_acknowledged_at")
# The measures of a note's current revision: the newest revision that has measures (a revision
# without any copies none from the one before, so the newest is the current one's or none).
_CURRENT = "m.revision = (SELECT max(revision) FROM measures WHERE note_id = m.note_id)"


def _measure(row: tuple[Any, ...]) -> Measure:
    return Measure(
        id=row[0], note_id=row[1], revision=int(row[2]), session_id=row[3], client_id=row[4],
        instrument=row[5], name=row[6],
        answers=tuple(int(a) for a in str(row[7]).split(",") if a != ""),
        low=int(row[8]), high=int(row[9]), low_label=row[10], high_label=row[11],
        saved_at=parse_utc(row[12]),
        flag_acknowledged_at=parse_utc(row[13]) if row[13] else None,
    )


class MeasureRepository:
    def __init__(self, db: Database, clock: Clock, audit: AuditLog, notes: NoteRepository) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._notes = notes

    # The practitioner's scales ---------------------------------------------------------------

    def scales(self) -> list[Scale]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT id, name, low, high, low_label, high_label"
                                " FROM measure_scales ORDER BY created_at, name").fetchall()
        return [Scale(r[0], r[1], int(r[2]), int(r[3]), r[4], r[5]) for r in rows]

    def scale(self, scale_id: str) -> Scale:
        found = next((s for s in self.scales() if s.id == scale_id), None)
        if found is None:
            raise NotFound("measure.unknown_instrument", instrument=scale_id)
        return found

    def add_scale(self, name: str, low: object, high: object, low_label: str = "",
                  high_label: str = "") -> Scale:
        clean = clean_line(name, field=Message("field.scale_name"), required=True, limit=MAX_NAME)
        labels = [clean_line(t, field=Message("field.scale_label"), limit=MAX_NAME)
                  for t in (low_label, high_label)]
        lo, hi = check_scale_range(low, high)
        scale = Scale(new_id(), clean, lo, hi, labels[0], labels[1])
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO measure_scales (id, name, low, high, low_label, high_label,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (scale.id, scale.name, lo, hi, scale.low_label, scale.high_label,
                 utc_iso(self._clock.now())),
            )
        return scale

    # Measures --------------------------------------------------------------------------------

    def record(self, session_id: str, instrument: str, answers: object) -> Measure:
        """Enter (or replace) one measure of the session, in its note's current draft revision;
        a session without a note gets an empty draft. Refused on a signed note."""
        if instrument in INSTRUMENTS:
            form = INSTRUMENTS[instrument]
            checked = check_answers(form, answers)
            name, low, high, labels = form.name, 0, form.maximum, ("", "")
        elif instrument.startswith(SCALE_PREFIX):
            scale = self.scale(instrument.removeprefix(SCALE_PREFIX))
            checked = check_answers(scale, answers)
            name, low, high = scale.name, scale.low, scale.high
            labels = (scale.low_label, scale.high_label)
        else:
            raise InvalidInput("measure.unknown_instrument", instrument=instrument)
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            note = self._notes.for_session(session_id) or self._notes.save_draft(session_id, "")
            if note.state is NoteState.SIGNED:
                raise InvalidInput("measure.note_signed")
            # The entry was built from the note's text and its current measures: kept aside.
            search.mark_stale(conn, note.id, note.text)
            old = conn.execute(
                "SELECT id FROM measures WHERE note_id = ? AND revision = ? AND instrument = ?",
                (note.id, note.current.revision, instrument)).fetchone()
            conn.execute(
                "INSERT OR REPLACE INTO measures (id, note_id, revision, session_id, client_id,"
                " instrument, name, answers, low, high, low_label, high_label, saved_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (old[0] if old else new_id(), note.id, note.current.revision, session_id,
                 note.client_id, instrument, name, ",".join(str(a) for a in checked), low, high,
                 labels[0], labels[1], now),
            )
            self._audit.append_in(conn, Action.MEASURE_RECORDED, note.client_id,
                                  f"session={session_id} measure={instrument}")
            self._carry_forward(conn, note.id, note.current.revision)
        found = [m for m in self.for_session(session_id) if m.instrument == instrument]
        return found[0]

    @staticmethod
    def _carry_forward(conn: Any, note_id: str, revision: int) -> None:
        """A draft revision that had no measures yet takes those of the revision before (it
        was opened as a copy of it), so the current revision holds every current measure."""
        conn.execute(
            "INSERT OR IGNORE INTO measures SELECT id, note_id, ?, session_id, client_id,"
            " instrument, name, answers, low, high, low_label, high_label, saved_at,"
            " flag_acknowledged_at FROM measures WHERE note_id = ? AND revision ="
            " (SELECT max(revision) FROM measures WHERE note_id = ? AND revision < ?)",
            (revision, note_id, note_id, revision),
        )

    def copy_to_revision(self, note_id: str, revision: int) -> None:
        """A correction opened revision `revision`: it starts with the measures of the one
        before (which stay, signed, with that revision)."""
        with self._db.write() as conn:
            self._carry_forward(conn, note_id, revision)

    def drop_revision(self, note_id: str, revision: int) -> None:
        """A discarded correction takes its measures with it. The note was re-indexed from its
        text before this (notes.discard_correction)."""
        with self._db.write() as conn:
            conn.execute("DELETE FROM measures WHERE note_id = ? AND revision = ?",
                         (note_id, revision))

    def acknowledge(self, measure_id: str) -> Measure:
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM measures m WHERE m.id = ? AND {_CURRENT}",
                               (measure_id,)).fetchone()
            if row is None:
                raise NotFound("measure.not_found", id=measure_id)
            measure = _measure(row)
            if not measure.flagged:
                raise InvalidInput("measure.not_flagged")
            conn.execute("UPDATE measures SET flag_acknowledged_at = ? WHERE id = ?"
                         " AND flag_acknowledged_at IS NULL", (now, measure_id))
            self._audit.append_in(conn, Action.MEASURE_FLAG_ACKNOWLEDGED, measure.client_id,
                                  f"session={measure.session_id} measure={measure.instrument}")
            row = conn.execute(f"SELECT {_COLUMNS} FROM measures m WHERE m.id = ? AND {_CURRENT}",
                               (measure_id,)).fetchone()
        return _measure(row)

    def for_session(self, session_id: str) -> list[Measure]:
        with self._db.read() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM measures m WHERE m.session_id = ?"
                                f" AND {_CURRENT} ORDER BY m.instrument", (session_id,)).fetchall()
        return [_measure(r) for r in rows]

    def of_revision(self, note_id: str, revision: int) -> list[Measure]:
        """The measures as they were in one revision (a superseded one stays readable)."""
        with self._db.read() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM measures m WHERE m.note_id = ? AND"
                                " m.revision = ? ORDER BY m.instrument",
                                (note_id, revision)).fetchall()
        return [_measure(r) for r in rows]

    def for_client(self, client_id: str, *, unacknowledged_of: str | None = None
                   ) -> list[tuple[Measure, str]]:
        """The client's current measures with their session's start, oldest session first;
        with `unacknowledged_of`, only that instrument's whose flag is not acknowledged."""
        where, values = "", [client_id]
        if unacknowledged_of is not None:
            where, values = " AND m.instrument = ? AND m.flag_acknowledged_at IS NULL", [
                client_id, unacknowledged_of]
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS}, s.start FROM measures m JOIN sessions s ON s.id = m.session_id"
                f" WHERE m.client_id = ? AND {_CURRENT}{where} ORDER BY s.start, m.instrument",
                values).fetchall()
        return [(_measure(r[:-1]), str(r[-1])) for r in rows]

    def series(self, client_id: str) -> list[MeasureSeries]:
        """One chart's data per measure the client has: totals over the sessions."""
        by_key: dict[str, list[tuple[Measure, str]]] = {}
        for measure, start in self.for_client(client_id):
            by_key.setdefault(measure.instrument, []).append((measure, start))
        out: list[MeasureSeries] = []
        order = list(INSTRUMENTS)  # PHQ-9, GAD-7, then the practitioner's scales by name
        for key in sorted(by_key, key=lambda k: (order.index(k) if k in order else len(order),
                                                 by_key[k][-1][0].name)):
            found = by_key[key]
            last = found[-1][0]
            form = INSTRUMENTS.get(key)
            points = tuple(MeasurePoint(m.session_id, dt.datetime.fromisoformat(s), m.total)
                           for m, s in found)
            out.append(MeasureSeries(key, last.name, last.low, last.high,
                                     form.bands if form else (), points))
        return out

    def open_flags(self, client_id: str) -> list[Measure]:
        # Only PHQ-9 flags, and only open ones: the client view asks after every change.
        return [m for m, _ in self.for_client(client_id, unacknowledged_of=PHQ9) if m.flag_open]

    # The interchange file (export/interchange_measures.py) -------------------------------------

    def all_rows(self) -> tuple[list[Scale], list[Measure]]:
        """Every scale and every measure of every revision, as stored."""
        with self._db.read() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM measures m"
                                " ORDER BY m.client_id, m.session_id, m.revision, m.instrument"
                                ).fetchall()
        return self.scales(), [_measure(r) for r in rows]

    def restore(self, scales: list[Scale], measures: list[Measure]) -> None:
        """Write checked scales and measures from an import, inside its transaction, and
        rebuild the search entries of their notes (indexed by the import from their text)."""
        now = utc_iso(self._clock.now())
        with self._db.write() as conn:
            for s in scales:
                conn.execute("INSERT OR IGNORE INTO measure_scales (id, name, low, high,"
                             " low_label, high_label, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (s.id, s.name, s.low, s.high, s.low_label, s.high_label, now))
            for m in measures:
                conn.execute(
                    "INSERT INTO measures (id, note_id, revision, session_id, client_id,"
                    " instrument, name, answers, low, high, low_label, high_label, saved_at,"
                    " flag_acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (m.id, m.note_id, m.revision, m.session_id, m.client_id, m.instrument,
                     m.name, ",".join(str(a) for a in m.answers), m.low, m.high, m.low_label,
                     m.high_label, utc_iso(m.saved_at),
                     utc_iso(m.flag_acknowledged_at) if m.flag_acknowledged_at else None))
            for note_id in dict.fromkeys(m.note_id for m in measures):
                body = conn.execute("SELECT body FROM note_revisions WHERE note_id = ?"
                                    " ORDER BY revision DESC LIMIT 1", (note_id,)).fetchone()[0]
                search.index_entry(conn, "note", note_id, search.note_text(conn, note_id, body),
                                   indexed=body)

    def every_revision(self, client_id: str) -> list[Measure]:
        """Every measure of the client, of every note revision (the register extract)."""
        with self._db.read() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM measures m JOIN sessions s ON"
                                " s.id = m.session_id WHERE m.client_id = ?"
                                " ORDER BY s.start, m.instrument, m.revision",
                                (client_id,)).fetchall()
        return [_measure(r) for r in rows]
