"""Write an already-validated import plan into the vault, in one transaction.

export/interchange.py turns a file into an `ImportPlan` (every value checked and in the form
the database stores); this module is the only place its SQL lives. Ids, timestamps and
revisions are written exactly as planned, so an export imported into an empty vault
reproduces it. Either every row is written, with its search-index rows and one access-log
entry, or nothing is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sqlcipher3

from journal_app.core.errors import InvalidInput
from journal_app.core.storage import search
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.db import Database

_CHUNK = 500  # ids per IN (...) query, far below SQLite's variable limit


@dataclass(frozen=True)
class RevisionPlan:
    revision: int
    body: str
    saved_at: str
    signed_at: str | None
    superseded_at: str | None


@dataclass(frozen=True)
class NotePlan:
    path: str  # where the record sits in the file, for messages
    id: str
    created_at: str
    revisions: tuple[RevisionPlan, ...]


@dataclass(frozen=True)
class SessionPlan:
    path: str
    id: str
    start: str  # naive local wall time, "YYYY-MM-DDTHH:MM"
    status: str
    created_at: str
    note: NotePlan | None


@dataclass(frozen=True)
class PackagePlan:
    path: str
    id: str
    name: str
    sessions_total: int
    purchased: str
    price_ore: int | None
    created_at: str
    completed_at: str | None
    erase_postponed_at: str | None
    sessions: tuple[SessionPlan, ...]


@dataclass(frozen=True)
class ClientPlan:
    path: str
    id: str
    name: str
    id_number: str | None
    id_kind: str | None
    email: str
    phone: str
    address: str
    free_text: str
    created_at: str
    archived_at: str | None
    packages: tuple[PackagePlan, ...]


@dataclass(frozen=True)
class ImportPlan:
    clients: tuple[ClientPlan, ...]
    settings: Mapping[str, str] | None = None  # raw settings rows; only for an empty vault


@dataclass(frozen=True)
class ImportCounts:
    clients: int
    packages: int
    sessions: int
    notes: int
    settings_applied: bool


def vault_is_empty(db: Database) -> bool:
    with db.read() as conn:
        return conn.execute("SELECT 1 FROM clients LIMIT 1").fetchone() is None


def write_plan(db: Database, audit: AuditLog, plan: ImportPlan) -> ImportCounts:
    """Insert every record of `plan`; raise InvalidInput (writing nothing) on an id clash."""
    packages = [p for c in plan.clients for p in c.packages]
    sessions = [s for p in packages for s in p.sessions]
    notes = [s.note for s in sessions if s.note is not None]
    with db.write() as conn:
        _refuse_existing(conn, "clients", [(c.id, f"{c.path}.id") for c in plan.clients])
        _refuse_existing(conn, "packages", [(p.id, f"{p.path}.id") for p in packages])
        _refuse_existing(conn, "sessions", [(s.id, f"{s.path}.id") for s in sessions])
        _refuse_existing(conn, "notes", [(n.id, f"{n.path}.note_id") for n in notes])
        # Settings only ever replace those of an empty vault: importing into a vault in use
        # must not switch its retention policy behind the practitioner's back.
        apply_settings = plan.settings is not None and not conn.execute(
            "SELECT 1 FROM clients LIMIT 1"
        ).fetchone()
        if apply_settings and plan.settings is not None:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                sorted(plan.settings.items()),
            )
        for client in plan.clients:
            _insert_client(conn, client)
        counts = ImportCounts(len(plan.clients), len(packages), len(sessions), len(notes),
                              bool(apply_settings))
        # Counts only: the access log never holds a name or any note text.
        detail = (f"clients={counts.clients} packages={counts.packages}"
                  f" sessions={counts.sessions} notes={counts.notes}"
                  f" settings={'applied' if apply_settings else 'kept'}")
        audit.append_in(conn, Action.IMPORT, None, detail)
    return counts


def _refuse_existing(
    conn: sqlcipher3.Connection, table: str, ids: list[tuple[str, str]]
) -> None:
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        taken = {
            row[0]
            for row in conn.execute(
                f"SELECT id FROM {table} WHERE id IN ({marks})", [i for i, _ in chunk]
            )
        }
        for record_id, path in chunk:
            if record_id in taken:
                raise InvalidInput("import.already_present", path=path, id=record_id)


def _insert_client(conn: sqlcipher3.Connection, c: ClientPlan) -> None:
    conn.execute(
        "INSERT INTO clients (id, name, id_number, id_kind, email, phone, address, free_text,"
        " created_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.id, c.name, c.id_number, c.id_kind, c.email, c.phone, c.address, c.free_text,
         c.created_at, c.archived_at),
    )
    # The same body clients.py indexes: the name and the identity number.
    search.index_entry(conn, "client", c.id, c.id, f"{c.name} {c.id_number or ''}")
    for p in c.packages:
        conn.execute(
            "INSERT INTO packages (id, client_id, name, sessions_total, purchased, price_ore,"
            " created_at, completed_at, erase_postponed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (p.id, c.id, p.name, p.sessions_total, p.purchased, p.price_ore, p.created_at,
             p.completed_at, p.erase_postponed_at),
        )
        for s in p.sessions:
            conn.execute(
                "INSERT INTO sessions (id, package_id, client_id, start, status, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (s.id, p.id, c.id, s.start, s.status, s.created_at),
            )
            if s.note is not None:
                _insert_note(conn, c.id, s.id, s.note)


def _insert_note(
    conn: sqlcipher3.Connection, client_id: str, session_id: str, note: NotePlan
) -> None:
    conn.execute(
        "INSERT INTO notes (id, session_id, client_id, created_at) VALUES (?, ?, ?, ?)",
        (note.id, session_id, client_id, note.created_at),
    )
    conn.executemany(
        "INSERT INTO note_revisions (note_id, revision, body, saved_at, signed_at,"
        " superseded_at) VALUES (?, ?, ?, ?, ?, ?)",
        _revision_rows(note.id, note.revisions),
    )
    # notes.py indexes the current (last) revision's text only.
    search.index_entry(conn, "note", note.id, client_id, note.revisions[-1].body)


def _revision_rows(
    note_id: str, revisions: Iterable[RevisionPlan]
) -> list[tuple[str, int, str, str, str | None, str | None]]:
    return [(note_id, r.revision, r.body, r.saved_at, r.signed_at, r.superseded_at)
            for r in revisions]
