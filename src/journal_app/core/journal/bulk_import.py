"""Write an already-validated import plan into the vault, in one transaction.

export/interchange_plan.py turns a file into an `ImportPlan` (every value checked and in the
form the database stores); this module holds the import's rules and storage/importer.py its
statements. Either every row is written, with its search-index rows and one access-log entry,
or nothing is: a record whose id is already in the vault refuses the whole import, and the
file's settings replace only those of an empty vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal_app.core.errors import InvalidInput
from journal_app.core.storage import importer
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.db import Database
from journal_app.core.storage.importer import (
    ClientPlan,
    ImportPlan,
    NotePlan,
    PackagePlan,
    RevisionPlan,
    SessionPlan,
)

# The plan's records are storage's; the exporter builds them from here.
__all__ = [
    "ClientPlan", "ImportCounts", "ImportPlan", "NotePlan", "PackagePlan", "RevisionPlan",
    "SessionPlan", "vault_is_empty", "write_plan",
]


@dataclass(frozen=True)
class ImportCounts:
    clients: int
    packages: int
    sessions: int
    notes: int
    settings_applied: bool


def vault_is_empty(db: Database) -> bool:
    with db.read() as conn:
        return not importer.has_clients(conn)


def write_plan(db: Database, audit: AuditLog, plan: ImportPlan) -> ImportCounts:
    """Insert every record of `plan`; raise InvalidInput (writing nothing) on an id clash."""
    packages = [p for c in plan.clients for p in c.packages]
    sessions = [s for p in packages for s in p.sessions]
    notes = [s.note for s in sessions if s.note is not None]
    records: list[tuple[importer.Table, list[tuple[str, str]]]] = [
        ("clients", [(c.id, f"{c.path}.id") for c in plan.clients]),
        ("packages", [(p.id, f"{p.path}.id") for p in packages]),
        ("sessions", [(s.id, f"{s.path}.id") for s in sessions]),
        ("notes", [(n.id, f"{n.path}.note_id") for n in notes]),
    ]
    with db.write() as conn:
        for table, ids in records:
            taken = importer.taken_ids(conn, table, [record_id for record_id, _ in ids])
            _refuse_taken(taken, ids)
        # Settings only ever replace those of an empty vault: importing into a vault in use
        # must not switch its retention policy behind the practitioner's back.
        apply_settings = plan.settings is not None and not importer.has_clients(conn)
        if apply_settings and plan.settings is not None:
            importer.write_settings(conn, plan.settings)
        for client in plan.clients:
            importer.insert_client(conn, client)
        counts = ImportCounts(len(plan.clients), len(packages), len(sessions), len(notes),
                              bool(apply_settings))
        # Counts only: the access log never holds a name or any note text.
        detail = (f"clients={counts.clients} packages={counts.packages}"
                  f" sessions={counts.sessions} notes={counts.notes}"
                  f" settings={'applied' if apply_settings else 'kept'}")
        audit.append_in(conn, Action.IMPORT, None, detail)
    return counts


def _refuse_taken(taken: set[str], ids: list[tuple[str, str]]) -> None:
    """The first record (in file order) whose id is already in the vault refuses the import."""
    for record_id, path in ids:
        if record_id in taken:
            raise InvalidInput("import.already_present", path=path, id=record_id)
