"""Seed a large journal fast: one transaction, `executemany` in chunks.

Writes exactly the rows the repositories write one call at a time (clients, packages, sessions,
notes and their revisions, outcome measures, the search index entries and the chained audit
entries), with the same validation, so a seeded vault reads like one typed in by hand. The
benchmarks use it to build a journal of ten years (200,000 notes) in minutes instead of hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from journal_app.core.domain.clock import utc_iso
from journal_app.core.domain.measures import (
    INSTRUMENTS,
    Scale,
    check_answers,
    search_words,
    self_harm_flag,
)
from journal_app.core.domain.models import SessionStatus
from journal_app.core.domain.text import MAX_NAME, clean_line, clean_note
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import GENESIS, Action, entry_hash
from journal_app.core.storage.clients import ClientRepository, new_id
from journal_app.core.storage.packages import late_counts, parse_start

CHUNK_CLIENTS = 200
# Notes are saved an hour after the session starts and signed an hour later.
SAVED_AFTER = dt.timedelta(hours=1)
SIGNED_AFTER = dt.timedelta(hours=2)
# Measures are entered into the draft between the two (measures.py: only a draft takes them);
# a PHQ-9 item 9 above 0 is acknowledged at the warning, a minute later, when the note was
# signed (an open draft keeps its flag open, as a practitioner who pressed "Later").
MEASURED_AFTER = dt.timedelta(minutes=90)
ACKNOWLEDGED_AFTER = MEASURED_AFTER + dt.timedelta(minutes=1)
# Page cache for the seed only: the B-trees take random ids, so without room for their upper
# levels every insert would go back to disk. Restored to the vault's own size afterwards.
SEED_CACHE_KIB = 1024 * 1024


@dataclass(frozen=True)
class SeedNote:
    body: str
    signed: bool


@dataclass(frozen=True)
class SeedMeasure:
    instrument: str  # "phq9", "gad7" or "scale:<id>" of a scale already in the journal
    answers: tuple[int, ...]  # item by item, checked as MeasureRepository.record checks them


@dataclass(frozen=True)
class SeedSession:
    start: dt.datetime  # local wall time, like PackageRepository.add_session
    status: SessionStatus
    note: SeedNote | None = None
    measures: tuple[SeedMeasure, ...] = ()  # in the note's revision 1 (the session needs a note)


@dataclass(frozen=True)
class SeedPackage:
    name: str
    sessions_total: int
    purchased: dt.date
    price_ore: int | None = None
    sessions: tuple[SeedSession, ...] = ()


@dataclass(frozen=True)
class SeedClient:
    name: str
    id_number: str | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    free_text: str = ""
    packages: tuple[SeedPackage, ...] = ()


@dataclass(frozen=True)
class SeedReport:
    clients: int
    packages: int
    sessions: int
    notes: int
    draft_sessions: tuple[str, ...]  # sessions whose note is an open draft
    measures: int = 0
    measured_clients: tuple[str, ...] = ()  # clients with at least one measure, in seed order


@dataclass
class _Batch:
    clients: list[tuple[Any, ...]] = field(default_factory=list)
    packages: list[tuple[Any, ...]] = field(default_factory=list)
    sessions: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)
    revisions: list[tuple[Any, ...]] = field(default_factory=list)
    measures: list[tuple[Any, ...]] = field(default_factory=list)
    index: list[tuple[Any, ...]] = field(default_factory=list)


def _stamp(start: dt.datetime, after: dt.timedelta) -> dt.datetime:
    return start.replace(tzinfo=dt.UTC) + after


class BulkSeeder:
    """Adds seed clients to an open journal; everything commits together or not at all."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._validator = ClientRepository(journal.db, journal.clock, journal.audit)
        self._events: list[tuple[str, str, str | None, str]] = []  # at, action, client, detail
        self._drafts: list[str] = []
        self._measured: list[str] = []
        self._measures: list[tuple[Any, ...]] = []  # written last, in the order of recording
        self._counts = [0, 0, 0, 0, 0]  # clients, packages, sessions, notes, measures
        self._scales = {s.key: s for s in journal.measure_scales()}
        self._rowid = 0  # the last search index rowid handed out

    def _next_rowid(self) -> int:
        self._rowid += 1
        return self._rowid

    def seed(self, clients: Iterable[SeedClient]) -> SeedReport:
        db = self._journal.db
        with db.write() as conn:
            cache = conn.execute("PRAGMA cache_size").fetchone()[0]
            conn.execute(f"PRAGMA cache_size = {-SEED_CACHE_KIB}")
            try:
                late = late_counts(conn)
                last = conn.execute(
                    "SELECT rowid FROM search_index ORDER BY rowid DESC LIMIT 1"
                ).fetchone()
                self._rowid = last[0] if last else 0
                for chunk in _chunks(clients, CHUNK_CLIENTS):
                    batch = _Batch()
                    for client in chunk:
                        self._add_client(batch, client, late)
                    self._write(conn, batch)
                    self._measures.extend(batch.measures)
                self._write_measures(conn)
                self._write_audit(conn)
            finally:
                conn.execute(f"PRAGMA cache_size = {int(cache)}")
        c, p, s, n, m = self._counts
        return SeedReport(c, p, s, n, tuple(self._drafts), m, tuple(self._measured))

    def _add_client(self, batch: _Batch, client: SeedClient, late: bool) -> None:
        # The repository's own validation, so seeded data obeys the same rules as typed data.
        values = self._validator._validated(
            {"name": client.name, "id_number": client.id_number, "email": client.email,
             "phone": client.phone, "address": client.address, "free_text": client.free_text}
        )
        cid = new_id()
        first = min((p.purchased for p in client.packages), default=self._journal.clock.now().date())
        created = utc_iso(dt.datetime.combine(first, dt.time(8, 0), tzinfo=dt.UTC))
        rowid = self._next_rowid()
        batch.clients.append(
            (cid, values["name"], values["id_number"], values["id_kind"], values["email"],
             values["phone"], values["address"], values["free_text"], created, rowid)
        )
        # The body clients.py indexes, under the rowid the client row points to (search.py).
        batch.index.append(
            (rowid, "client", cid, f"{values['name']} {values['id_number'] or ''}")
        )
        self._events.append((created, Action.CLIENT_CREATED, cid, ""))
        self._counts[0] += 1
        measures_before = self._counts[4]
        for package in client.packages:
            self._add_package(batch, cid, package, late)
        if self._counts[4] > measures_before:
            self._measured.append(cid)

    def _add_package(self, batch: _Batch, cid: str, package: SeedPackage, late: bool) -> None:
        name = clean_line(package.name, field="The package name", required=True, limit=MAX_NAME)
        pid = new_id()
        created = utc_iso(dt.datetime.combine(package.purchased, dt.time(8, 0), tzinfo=dt.UTC))
        counted = 0
        all_held_signed = True
        last_signed: dt.datetime | None = None
        for session in package.sessions:
            start = parse_start(session.start)
            status = SessionStatus(session.status)
            sid = new_id()
            batch.sessions.append(
                (sid, pid, cid, start.isoformat(timespec="minutes"), str(status), created)
            )
            self._counts[2] += 1
            counted += status is SessionStatus.HELD or (
                late and status is SessionStatus.LATE_CANCELLED
            )
            signed = session.note is not None and session.note.signed
            if status is SessionStatus.HELD and not signed:
                all_held_signed = False
            if session.measures and session.note is None:
                raise ValueError("a seeded session with measures needs a note to hold them")
            if session.note is not None:
                self._add_note(batch, cid, sid, start, session.note, session.measures)
                if signed:
                    last_signed = _stamp(start, SIGNED_AFTER)
        # The same rule as PackageRepository.mark_completed_if_done.
        done = counted >= package.sessions_total and all_held_signed
        completed = utc_iso(last_signed or _stamp(dt.datetime.combine(
            package.purchased, dt.time(9, 0)), SIGNED_AFTER)) if done else None
        batch.packages.append(
            (pid, cid, name, package.sessions_total, package.purchased.isoformat(),
             package.price_ore, created, completed)
        )
        self._counts[1] += 1

    def _add_note(self, batch: _Batch, cid: str, sid: str, start: dt.datetime, note: SeedNote,
                  measures: tuple[SeedMeasure, ...]) -> None:
        body = clean_note(note.body)
        nid = new_id()
        saved = utc_iso(_stamp(start, SAVED_AFTER))
        signed = utc_iso(_stamp(start, SIGNED_AFTER)) if note.signed else None
        rowid = self._next_rowid()
        batch.notes.append((nid, sid, cid, saved, rowid))
        batch.revisions.append((nid, body, saved, signed))
        self._events.append((saved, Action.NOTE_CREATED, cid, f"session={sid}"))
        words = self._add_measures(batch, cid, sid, nid, start, measures, signed=note.signed)
        # The entry as search.note_text builds it: the text, then the measures' words.
        batch.index.append((rowid, "note", nid, f"{body}\n{words}" if words else body))
        if signed is not None:
            self._events.append((signed, Action.NOTE_SIGNED, cid, f"session={sid}"))
        else:
            self._drafts.append(sid)
        self._counts[3] += 1

    def _add_measures(self, batch: _Batch, cid: str, sid: str, nid: str, start: dt.datetime,
                      measures: tuple[SeedMeasure, ...], *, signed: bool) -> str:
        """The rows MeasureRepository.record writes; returns the words the note's search entry
        gets from them (search.measure_words: in instrument order)."""
        recorded = utc_iso(_stamp(start, MEASURED_AFTER))
        acknowledged = utc_iso(_stamp(start, ACKNOWLEDGED_AFTER))
        words: dict[str, str] = {}
        for measure in measures:
            key = measure.instrument
            form: Any = INSTRUMENTS.get(key) or self._scales.get(key)
            if form is None or key in words:  # one of each instrument per revision (the key)
                raise ValueError(f"seed measure {key!r}: unknown, or twice in one session")
            answers = check_answers(form, list(measure.answers))
            if isinstance(form, Scale):
                name, low, high, labels = form.name, form.low, form.high, (form.low_label,
                                                                          form.high_label)
            else:
                name, low, high, labels = form.name, 0, form.maximum, ("", "")
            flag = signed and self_harm_flag(key, answers)
            batch.measures.append(
                (new_id(), nid, sid, cid, key, name, ",".join(map(str, answers)), low, high,
                 labels[0], labels[1], recorded, acknowledged if flag else None))
            self._events.append((recorded, Action.MEASURE_RECORDED, cid,
                                 f"session={sid} measure={key}"))
            if flag:
                self._events.append((acknowledged, Action.MEASURE_FLAG_ACKNOWLEDGED, cid,
                                     f"session={sid} measure={key}"))
            words[key] = search_words(name, sum(answers), key)
            self._counts[4] += 1
        return " ".join(words[k] for k in sorted(words))

    @staticmethod
    def _write(conn: Any, batch: _Batch) -> None:
        conn.executemany(
            "INSERT INTO clients (id, name, id_number, id_kind, email, phone, address, free_text,"
            " created_at, archived_at, search_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
            batch.clients,
        )
        conn.executemany(
            "INSERT INTO packages (id, client_id, name, sessions_total, purchased, price_ore,"
            " created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            batch.packages,
        )
        conn.executemany(
            "INSERT INTO sessions (id, package_id, client_id, start, status, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            batch.sessions,
        )
        conn.executemany(
            "INSERT INTO notes (id, session_id, client_id, created_at, search_rowid)"
            " VALUES (?, ?, ?, ?, ?)",
            batch.notes,
        )
        conn.executemany(
            "INSERT INTO note_revisions (note_id, revision, body, saved_at, signed_at)"
            " VALUES (?, 1, ?, ?, ?)",
            batch.revisions,
        )
        conn.executemany(
            "INSERT INTO search_index (rowid, kind, ref_id, body) VALUES (?, ?, ?, ?)",
            batch.index,
        )

    def _write_measures(self, conn: Any) -> None:
        """In the order they were recorded, week after week, as a practice writes them: one
        client's measures end up on as many pages as the app would put them on, not side by
        side (the client view's first read of them is then as slow as it would be)."""
        self._measures.sort(key=lambda row: row[11])  # saved_at
        conn.executemany(
            "INSERT INTO measures (id, note_id, revision, session_id, client_id, instrument,"
            " name, answers, low, high, low_label, high_label, saved_at, flag_acknowledged_at)"
            " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self._measures,
        )
        self._measures.clear()

    def _write_audit(self, conn: Any) -> None:
        """Chain the seeded events onto the log in time order, as if they had happened."""
        last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0], last[1]) if last else (0, GENESIS)
        rows: list[tuple[Any, ...]] = []
        for at, action, client_id, detail in sorted(self._events, key=lambda e: e[0]):
            seq += 1
            digest = entry_hash(prev, seq, at, str(action), client_id, detail)
            rows.append((seq, at, str(action), client_id, detail, digest))
            prev = digest
        conn.executemany(
            "INSERT INTO audit_log (seq, at, action, client_id, detail, hash)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def _chunks(items: Iterable[SeedClient], size: int) -> Iterator[list[SeedClient]]:
    chunk: list[SeedClient] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def seed(journal: Journal, clients: Iterable[SeedClient]) -> SeedReport:
    """Add every client with its packages, sessions, notes and measures in one transaction."""
    return BulkSeeder(journal).seed(clients)
