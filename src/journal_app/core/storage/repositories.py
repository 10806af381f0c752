"""Every repository over one database handle, and the clock: what the core's rules (retention,
backups) work on. They never get the handle itself; one transaction across repositories is
`with repos.transaction():` (the repositories' own writes join it)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from journal_app.core.domain.clock import Clock
from journal_app.core.storage.agenda import AgendaStore
from journal_app.core.storage.audit import AuditLog
from journal_app.core.storage.backups import BackupCatalog
from journal_app.core.storage.billing import BillingStore
from journal_app.core.storage.card import CardRepository
from journal_app.core.storage.clients import ClientRepository
from journal_app.core.storage.db import Database
from journal_app.core.storage.erasures import ErasureStore
from journal_app.core.storage.invoices import InvoiceStore
from journal_app.core.storage.measures import MeasureRepository
from journal_app.core.storage.notes import NoteRepository
from journal_app.core.storage.own_words import OwnWordStore
from journal_app.core.storage.packages import PackageRepository
from journal_app.core.storage.phrases import PhraseRepository
from journal_app.core.storage.practice import PracticeStore
from journal_app.core.storage.retention_queries import RetentionQueries
from journal_app.core.storage.settings import SettingsStore
from journal_app.core.storage.templates import TemplateRepository


class Repositories:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self.clock = clock
        self.audit = AuditLog(db, clock)
        self.settings = SettingsStore(db, clock)
        self.clients = ClientRepository(db, clock, self.audit)
        self.packages = PackageRepository(db, clock, self.audit)
        self.notes = NoteRepository(db, clock, self.audit)
        self.measures = MeasureRepository(db, clock, self.audit, self.notes)
        self.card = CardRepository(db, clock, self.audit)
        self.retention = RetentionQueries(db)
        self.erasures = ErasureStore(db)
        self.billing = BillingStore(db)
        self.invoices = InvoiceStore(db)
        self.practice = PracticeStore(db)
        self.backups = BackupCatalog(db, self.settings)
        self.agenda = AgendaStore(db, self.settings)
        self.templates = TemplateRepository(db, clock)
        self.phrases = PhraseRepository(db, clock)
        self.own_words = OwnWordStore(db, clock)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction: everything written inside commits together or not at all."""
        with self._db.write():
            yield

    @property
    def database_path(self) -> Path:
        """The database file, for checks on what lies beside it (a leftover journal)."""
        return self._db.path
