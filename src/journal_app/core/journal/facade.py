"""The journal: one object the CLI and the GUI drive, over the repositories of an open vault.

Callers read through its methods (reads.py) and write through its methods (writes.py, and here
the writes that can complete a package); every write returns a change record (changes.py). The
repositories stay attributes for the core itself and for tests that set a vault up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from journal_app.core.domain.clock import Clock
from journal_app.core.domain.models import (
    ClientSummary,
    PackageCompleted,
    RetentionPolicy,
    SearchHit,
    SessionStatus,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import (
    ChangeKind,
    ClientChange,
    ErasureChange,
    NoteChange,
    PackageChange,
    SessionChange,
    SettingsChange,
)
from journal_app.core.journal.writes import JournalWrites
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.clients import ClientRepository
from journal_app.core.storage.db import Database
from journal_app.core.storage.notes import NoteRepository
from journal_app.core.storage.packages import PackageRepository
from journal_app.core.storage.search import Search
from journal_app.core.storage.settings import SettingsStore

if TYPE_CHECKING:
    from journal_app.core.retention.policy import IvoDecision


class Journal(JournalWrites):
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

    def open_client(self, client_id: str) -> ClientChange:
        """Record that the practitioner opened this client's journal (PDL 4 kap 3 §)."""
        client = self.clients.get(client_id)
        self.audit.append(Action.OPEN_JOURNAL, client_id)
        return ClientChange(kind=ChangeKind.CLIENT_OPENED, client_id=client_id, client=client)

    def sign_note(self, session_id: str) -> NoteChange:
        """Sign a session's note. A note documents a contact that took place: a session still
        planned is marked held (or cancelled, no-show) first, never signed as it stands."""
        with self.db.write():
            if self.packages.get_session(session_id).status is SessionStatus.PLANNED:
                raise InvalidInput("session.still_planned")
            note = self.notes.sign(session_id)
            session = self.packages.get_session(session_id)
            completed = self._completion(session.package_id)
        return NoteChange(kind=ChangeKind.NOTE_SIGNED, client_id=session.client_id,
                          package_id=session.package_id, session_id=session_id, note=note,
                          completed=completed)

    def set_session_status(self, session_id: str, status: SessionStatus) -> SessionChange:
        with self.db.write():
            session = self.packages.set_status(session_id, status)
            completed = self._completion(session.package_id)
        return SessionChange(kind=ChangeKind.SESSION_STATUS_SET, client_id=session.client_id,
                             package_id=session.package_id, session_id=session_id,
                             session=session, completed=completed)

    def update_package(self, package_id: str, *, name: str, sessions_total: int,
                       purchased: dt.date | str, price_ore: int | None) -> PackageChange:
        """Correct a running package; a smaller size can complete it (the erase prompt then
        follows, as after the last signature)."""
        with self.db.write():
            self.packages.update(package_id, name=name, sessions_total=sessions_total,
                                 purchased=purchased, price_ore=price_ore)
            completed = self._completion(package_id)
            package = self.packages.get(package_id)
        return PackageChange(kind=ChangeKind.PACKAGE_UPDATED, client_id=package.client_id,
                             package_id=package_id, package=package, completed=completed)

    # Writes through the retention rules --------------------------------------------------------

    def change_policy(self, policy: RetentionPolicy) -> SettingsChange:
        """Switch the retention policy, logged; erases nothing (retention/policy.py)."""
        from journal_app.core.retention.policy import change_policy

        change_policy(self, policy)
        return SettingsChange(kind=ChangeKind.POLICY_CHANGED, settings=self.settings.load())

    def erase_client(self, client_id: str, *, completed_only: bool = False,
                     ivo: IvoDecision | None = None) -> ErasureChange:
        """Erase the client's notes for good under the vault's policy (retention/erasure.py):
        those of the completed packages, or everything (and the client with it)."""
        from journal_app.core.retention.erasure import erase_in_journal

        receipt = erase_in_journal(self, client_id, completed_only=completed_only, ivo=ivo)
        return ErasureChange(kind=ChangeKind.ERASED, client_id=client_id, receipt=receipt)

    def _completion(self, package_id: str) -> PackageCompleted | None:
        if not self.packages.mark_completed_if_done(package_id):
            return None
        package = self.packages.get(package_id)
        client = self.clients.get(package.client_id)
        return PackageCompleted(
            package_id=package.id, client_id=client.id,
            client_name=client.name, package_name=package.name,
        )
