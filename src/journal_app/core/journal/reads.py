"""The facade's reads: what the UI and the CLI look at, as frozen dataclasses.

A mixin of `Journal` (facade.py), which owns the repositories declared here. Callers read
through these methods, never through a repository or the database handle.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from journal_app.core.domain.clock import Clock
from journal_app.core.domain.models import (
    Client,
    Note,
    Package,
    RetentionPolicy,
    Session,
    VaultSettings,
)
from journal_app.core.storage.audit import AuditEntry, AuditLog, ChainReport
from journal_app.core.storage.clients import ClientRepository
from journal_app.core.storage.db import Database
from journal_app.core.storage.notes import NoteRepository
from journal_app.core.storage.packages import PackageRepository
from journal_app.core.storage.settings import SettingsStore

if TYPE_CHECKING:
    from journal_app.core.retention.policy import IvoDecision


class JournalReads:
    db: Database
    clock: Clock
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
        from journal_app.core.retention.policy import current_policy

        return current_policy(self.db)

    def pdl_kept_clients(self) -> int:
        """Clients with notes written under PDL: kept ten years whatever the policy is now."""
        from journal_app.core.retention.policy import clients_kept_under_pdl

        return clients_kept_under_pdl(self.db)

    def pdl_kept_notice(self) -> str | None:
        from journal_app.core.retention.policy import pdl_kept_notice

        return pdl_kept_notice(self.db)

    def check_erase_allowed(self, client_id: str, ivo: IvoDecision | None = None) -> None:
        """Raise PolicyRefusal with the reason when PDL forbids erasing this client now."""
        from journal_app.core.retention.policy import check_erase_allowed

        check_erase_allowed(self.db, self.clock, client_id, self.policy(), ivo)

    # The access log ----------------------------------------------------------------------------

    def access_log(self, *, client_id: str | None = None, action: str | None = None,
                   since: dt.datetime | None = None, until: dt.datetime | None = None,
                   limit: int = 10_000) -> list[AuditEntry]:
        """Access-log entries, the newest first."""
        return self.audit.entries(client_id=client_id, action=action, since=since, until=until,
                                  limit=limit)

    def verify_access_log(self) -> ChainReport:
        return self.audit.verify_chain()
