"""The statements a bulk import writes: a validated plan's clients, packages, sessions, notes
with every revision, their search-index rows, and (into an empty vault) the settings.

The plan is built and checked by export/interchange_plan.py; the rules (refuse an id already
present, replace settings only in an empty vault, what the access log says) are
core/journal/bulk_import.py's. Ids, timestamps and revisions are written exactly as planned,
so an export imported into an empty vault reproduces it. Every function runs inside the
caller's `Database.write()` transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import sqlcipher3

from journal_app.core.storage import search

_CHUNK = 500  # ids per IN (...) query, far below SQLite's variable limit

Table = Literal["clients", "packages", "sessions", "notes"]


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


def has_clients(conn: sqlcipher3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM clients LIMIT 1").fetchone() is not None


def taken_ids(conn: sqlcipher3.Connection, table: Table, ids: list[str]) -> set[str]:
    """Which of `ids` are already in `table`."""
    taken: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        taken.update(
            row[0] for row in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        )
    return taken


def write_settings(conn: sqlcipher3.Connection, settings: Mapping[str, str]) -> None:
    """Raw settings rows, each replacing the value of the same key."""
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        sorted(settings.items()),
    )


def insert_client(conn: sqlcipher3.Connection, c: ClientPlan) -> None:
    """The client with its packages, sessions and notes, and their search-index rows."""
    conn.execute(
        "INSERT INTO clients (id, name, id_number, id_kind, email, phone, address, free_text,"
        " created_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.id, c.name, c.id_number, c.id_kind, c.email, c.phone, c.address, c.free_text,
         c.created_at, c.archived_at),
    )
    # The same body clients.py indexes: the name and the identity number.
    search.index_entry(conn, "client", c.id, search.client_text(c.name, c.id_number))
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
    search.index_entry(conn, "note", note.id, note.revisions[-1].body)


def _revision_rows(
    note_id: str, revisions: Iterable[RevisionPlan]
) -> list[tuple[str, int, str, str, str | None, str | None]]:
    return [(note_id, r.revision, r.body, r.saved_at, r.signed_at, r.superseded_at)
            for r in revisions]
