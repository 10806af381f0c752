"""The journal: one object the CLI and the GUI drive, over the repositories of an open vault."""

from __future__ import annotations

import datetime as dt

from journal_app.core.errors import InvalidInput
from journal_app.core.journal.clock import Clock
from journal_app.core.journal.models import (
    ClientSummary,
    PackageChange,
    PackageCompleted,
    SearchHit,
    SessionStatus,
    SignResult,
    StatusChange,
)
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import ClientRepository
from journal_app.core.storage.db import Database
from journal_app.core.storage.notes import NoteRepository
from journal_app.core.storage.packages import PackageRepository
from journal_app.core.storage.search import Search
from journal_app.core.storage.settings import SettingsStore


class Journal:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.audit = AuditLog(db, clock)
        self.settings = SettingsStore(db)
        self.clients = ClientRepository(db, clock, self.audit)
        self.packages = PackageRepository(db, clock, self.audit)
        self.notes = NoteRepository(db, clock, self.audit)
        self._search = Search(db)

    def client_list(self, *, include_archived: bool = False) -> list[ClientSummary]:
        policy = self.settings.load().retention_policy
        return self.clients.summaries(policy, include_archived=include_archived)

    def search(self, text: str, *, limit: int = 50) -> list[SearchHit]:
        return self._search.run(text, limit=limit)

    def open_client(self, client_id: str) -> None:
        """Record that the practitioner opened this client's journal (PDL 4 kap 3 §)."""
        self.clients.get(client_id)
        self.audit.append(Action.OPEN_JOURNAL, client_id)

    def sign_note(self, session_id: str) -> SignResult:
        """Sign a session's note. A note documents a contact that took place: a session still
        planned is marked held (or cancelled, no-show) first, never signed as it stands."""
        with self.db.write():
            if self.packages.get_session(session_id).status is SessionStatus.PLANNED:
                raise InvalidInput("This session is still planned: mark it held before"
                                   " signing its note.")
            note = self.notes.sign(session_id)
            session = self.packages.get_session(session_id)
            completed = self._completion(session.package_id)
        return SignResult(note=note, completed=completed)

    def set_session_status(self, session_id: str, status: SessionStatus) -> StatusChange:
        with self.db.write():
            session = self.packages.set_status(session_id, status)
            completed = self._completion(session.package_id)
        return StatusChange(session=session, completed=completed)

    def update_package(self, package_id: str, *, name: str, sessions_total: int,
                       purchased: dt.date | str, price_ore: int | None) -> PackageChange:
        """Correct a running package; a smaller size can complete it (the erase prompt then
        follows, as after the last signature)."""
        with self.db.write():
            self.packages.update(package_id, name=name, sessions_total=sessions_total,
                                 purchased=purchased, price_ore=price_ore)
            completed = self._completion(package_id)
            return PackageChange(package=self.packages.get(package_id), completed=completed)

    def _completion(self, package_id: str) -> PackageCompleted | None:
        if not self.packages.mark_completed_if_done(package_id):
            return None
        package = self.packages.get(package_id)
        client = self.clients.get(package.client_id)
        return PackageCompleted(
            package_id=package.id, client_id=client.id,
            client_name=client.name, package_name=package.name,
        )
