"""The journal: one object the CLI and the GUI drive, over the repositories of an open vault.

Callers read through its methods (reads.py) and write through its methods (writes.py, and here
the writes that can complete a package); every write returns a change record (changes.py). The
repositories stay attributes for the core itself and for tests that set a vault up.
"""

from __future__ import annotations

import datetime as dt

from journal_app.core.domain.clock import Clock
from journal_app.core.domain.models import (
    ClientSummary,
    PackageCompleted,
    RetentionPolicy,
    SearchHit,
    SessionStatus,
    UnlockNotices,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.agenda import JournalAgenda
from journal_app.core.journal.card import JournalCardMixin
from journal_app.core.journal.changes import (
    ChangeKind,
    ClientChange,
    ErasureChange,
    NoteChange,
    PackageChange,
    SessionChange,
    SettingsChange,
    UnlockChange,
)
from journal_app.core.journal.invoicing import JournalInvoicing
from journal_app.core.journal.measures import JournalMeasures
from journal_app.core.journal.own_words import JournalOwnWords
from journal_app.core.journal.templates import JournalTemplates
from journal_app.core.journal.writes import JournalWrites
from journal_app.core.retention import billing, decision, erasure
from journal_app.core.retention import policy as rules
from journal_app.core.retention.policy import IvoDecision, today
from journal_app.core.storage.audit import Action
from journal_app.core.storage.db import Database
from journal_app.core.storage.repositories import Repositories
from journal_app.core.storage.search import Search

# The day the search index was last merged into one segment (keep_search_merged).
SEARCH_MERGED_ON = "search_merged_on"


class Journal(JournalAgenda, JournalCardMixin, JournalInvoicing, JournalMeasures,
              JournalOwnWords, JournalTemplates, JournalWrites):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.repos = Repositories(db, clock)  # the retention rules and backups work on these
        self.audit = self.repos.audit
        self.settings = self.repos.settings
        self.clients = self.repos.clients
        self.packages = self.repos.packages
        self.notes = self.repos.notes
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
        rules.change_policy(self.repos, policy)
        self.audit.anchor_if_due()
        return SettingsChange(kind=ChangeKind.POLICY_CHANGED, settings=self.settings.load())

    def erase_client(self, client_id: str, *, completed_only: bool = False,
                     ivo: IvoDecision | None = None) -> ErasureChange:
        """Erase the client's notes for good under the vault's policy (retention/erasure.py):
        those of the completed packages, or everything (and the client with it)."""
        receipt = erasure.erase(self.repos, client_id, completed_only=completed_only, ivo=ivo)
        self.audit.anchor_if_due()  # the record beside the vault follows the committed erase
        return ErasureChange(kind=ChangeKind.ERASED, client_id=client_id, receipt=receipt)

    def unlock_notices(self, failed_attempts: int = 0) -> UnlockChange:
        """Everything an unlock has to say, in one call that may take a while on a large vault
        (the UI runs it off the GUI thread): the wrong passphrases counted while locked, the
        billing records past their keeping time (purged now: this record's write), the days
        without a backup, the clients past PDL's ten years, and the erase prompts still due.
        The policy is read once for all of it."""
        policy = self.policy()
        purged = billing.purge_expired(self.repos)
        self.keep_search_merged()
        notices = UnlockNotices(
            failed_attempts=failed_attempts,
            billing_purged=purged,
            days_without_backup=self.backup_overdue(),
            pdl_expired=len(rules.pdl_expired(self.repos, policy)),
            due_erasures=tuple(p.event() for p in decision.pending_erasures(self.repos, policy)),
        )
        return UnlockChange(kind=ChangeKind.UNLOCK_NOTICES, notices=notices)

    def keep_search_merged(self) -> bool:
        """Merge the search index into one segment, at most once a day (at an unlock, off the
        GUI thread), so an erase's secure-delete stays quick; True when it merged now."""
        day = today(self.clock).isoformat()
        with self.db.write():
            if self.settings.get_raw(SEARCH_MERGED_ON) == day:
                return False
            self._search.merge_all()
            self.settings.set_raw(SEARCH_MERGED_ON, day)
        return True

    def _completion(self, package_id: str) -> PackageCompleted | None:
        """The completion event when this write completed the package, with the core's erase
        decision for the prompt (due under erase-on-completion)."""
        if not self.packages.mark_completed_if_done(package_id):
            return None
        package = self.packages.get(package_id)
        client = self.clients.get(package.client_id)
        return PackageCompleted(
            package_id=package.id, client_id=client.id,
            client_name=client.name, package_name=package.name,
            decision=decision.decide(self.repos, client.id, self.policy(), completion=True),
        )
