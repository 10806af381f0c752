"""The facade's reads: what the UI and the CLI look at, as frozen dataclasses.

A mixin of `Journal` (facade.py), which owns the repositories declared here. Callers read
through these methods, never through a repository or the database handle.
"""

from __future__ import annotations

import datetime as dt

from journal_app.core.domain.clock import Clock
from journal_app.core.domain.models import (
    Client,
    EraseDecision,
    ErasureReceipt,
    Note,
    Package,
    PackageCompleted,
    RetentionPolicy,
    Session,
    VaultSettings,
)
from journal_app.core.retention import decision
from journal_app.core.retention import policy as rules
from journal_app.core.retention.policy import Due, IvoDecision
from journal_app.core.storage.audit import AuditEntry, AuditLog, ChainReport
from journal_app.core.storage.billing import BillingRecord
from journal_app.core.storage.clients import ClientRepository
from journal_app.core.storage.db import Database
from journal_app.core.storage.notes import NoteRepository
from journal_app.core.storage.packages import PackageRepository
from journal_app.core.storage.repositories import Repositories
from journal_app.core.storage.settings import SettingsStore


class JournalReads:
    db: Database
    clock: Clock
    repos: Repositories
    audit: AuditLog
    settings: SettingsStore
    clients: ClientRepository
    packages: PackageRepository
    notes: NoteRepository

    # Clients, packages, sessions, notes --------------------------------------------------------

    def client(self, client_id: str) -> Client:
        return self.clients.get(client_id)

    def all_clients(self, *, include_archived: bool = True) -> list[Client]:
        return self.clients.all(include_archived=include_archived)

    def packages_of(self, client_id: str) -> list[Package]:
        """The client's packages, the oldest purchase first."""
        return self.packages.for_client(client_id)

    def package(self, package_id: str) -> Package:
        return self.packages.get(package_id)

    def sessions_of(self, *, client_id: str | None = None,
                    package_id: str | None = None) -> list[Session]:
        """The sessions of one package, or of every package of one client; earliest first."""
        return self.packages.sessions(client_id=client_id, package_id=package_id)

    def session(self, session_id: str) -> Session:
        return self.packages.get_session(session_id)

    def note_of(self, session_id: str) -> Note | None:
        """The session's note; None when nothing was written yet."""
        return self.notes.for_session(session_id)

    # Settings and the retention policy ---------------------------------------------------------

    def vault_settings(self) -> VaultSettings:
        return self.settings.load()

    def policy(self) -> RetentionPolicy:
        return self.settings.retention_policy()

    def pdl_kept_clients(self) -> int:
        """Clients with notes written under PDL: kept ten years whatever the policy is now."""
        return self.repos.retention.clients_under_pdl()

    def pdl_kept_notice(self) -> str | None:
        """What to say after a change away from PDL while PDL journals exist; None otherwise."""
        return rules.pdl_kept_notice(self.repos, self.policy())

    def check_erase_allowed(self, client_id: str, ivo: IvoDecision | None = None) -> None:
        """Raise PolicyRefusal with the reason when PDL forbids erasing this client now."""
        rules.check_erase_allowed(self.repos, client_id, self.policy(), ivo)

    # Erase decisions and what is due -----------------------------------------------------------

    def erase_decision(self, client_id: str, *, completed_only: bool = False,
                       ivo: IvoDecision | None = None) -> EraseDecision:
        """Whether the client's notes may go now at their request (retention/decision.py):
        all of them, or those of the completed packages; what goes, what stays, any refusal."""
        return decision.decide(self.repos, client_id, self.policy(),
                               completed_only=completed_only, ivo=ivo)

    def due_erasures(self) -> tuple[PackageCompleted, ...]:
        """Completed packages whose erase is still due (postponed, or never answered), each
        with its decision: the prompts to raise again."""
        return tuple(p.event() for p in decision.pending_erasures(self.repos, self.policy()))

    def due(self) -> Due:
        """Everything the retention policy says is due (`journal-app due`)."""
        return decision.due(self.repos)

    def billing_records(self, *, client_id: str | None = None) -> list[BillingRecord]:
        return self.repos.billing.records(client_id=client_id)

    def erasure_receipts(self, *, client_id: str | None = None) -> list[ErasureReceipt]:
        return self.repos.erasures.receipts(client_id=client_id)

    # Backups -----------------------------------------------------------------------------------

    def backup_overdue(self, now: dt.datetime | None = None) -> int | None:
        """Days since the last backup (or since the vault began) when the reminder is due."""
        last = self.repos.backups.last_backup_at() or self.audit.first_entry_at()
        if last is None:
            return None
        age = ((now or self.clock.now()) - last).days
        return age if age >= self.settings.load().backup_reminder_days else None

    # The access log ----------------------------------------------------------------------------

    def access_log(self, *, client_id: str | None = None, action: str | None = None,
                   since: dt.datetime | None = None, until: dt.datetime | None = None,
                   limit: int = 10_000) -> list[AuditEntry]:
        """Access-log entries, the newest first."""
        return self.audit.entries(client_id=client_id, action=action, since=since, until=until,
                                  limit=limit)

    def verify_access_log(self) -> ChainReport:
        """The chain, checked against the anchor kept beside the vault, with every loss an
        unlock recorded (entries missing after journal.db was replaced by an older copy)."""
        return self.audit.verify_chain(self.audit.recorded_anchor())
