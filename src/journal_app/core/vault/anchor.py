"""The vault's anchor: the record beside journal.db that an older copy of it cannot roll back.

It lives in erasures.json (core/retention/erasure_record.py), MAC'd with a key derived from the
data key and written atomically, beside the header rather than in it: the header changes only
when a secret does and its two copies must stay alike, while the anchor changes at every unlock
and lock and after every export, erase and backup (docs/security.md, "Rollback", says why). This
module keeps it for an open vault: brings it up to date (the access log calls `update` after
each such entry commits), reads it for the log's checks, compares journal.db with it at unlock
(core/retention/rollback.py) and refuses a backup of a database older than it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.domain.clock import Clock
from journal_app.core.errors import JournalError
from journal_app.core.journal.facade import Journal
from journal_app.core.messages import Message
from journal_app.core.retention import rollback
from journal_app.core.retention.erasure_record import read_sidecar, sync_sidecar
from journal_app.core.storage.db import Database, DatabaseError


@dataclass(frozen=True)
class UnlockFinding:
    """What comparing journal.db with its record found at unlock, and what was done."""

    check: rollback.AnchorCheck
    erased_again: list[str]

    @property
    def record_missing(self) -> bool:
        return self.check.state is rollback.State.NO_RECORD

    @property
    def moves_anchor(self) -> bool:
        """The loss (or the missing record) is in the log now: the record follows the log."""
        return self.check.state in (rollback.State.OLDER, rollback.State.NO_RECORD)

    def notice(self, db_path: Path) -> Message | None:
        return rollback.notice(self.check, self.erased_again, db_path)


class VaultAnchor:
    """The anchor of one open vault (an `AnchorKeeper` for its access log)."""

    def __init__(self, folder: Path, vault_id: Callable[[], str], data_key: Callable[[], bytes],
                 db: Database, journal: Journal) -> None:
        self._folder = folder
        self._vault_id = vault_id
        self._data_key = data_key
        self._db = db
        self._journal = journal
        # The file the connection opened: a journal.db renamed into place while the vault is
        # open is another file, which a backup (it copies by name) must not take.
        self._identity = _identity(db.path)

    def recorded(self) -> tuple[int, str] | None:
        try:
            record = read_sidecar(self._folder, self._data_key())
        except JournalError:
            return None
        if record is None or record.vault_id != self._vault_id():
            return None
        return record.log_anchor

    def update(self, *, move: bool = False) -> bool:
        """Write the record from the committed database; never raises (a failed write is tried
        again at the next anchored entry, and at lock). Returns whether it was written."""
        try:
            with self._db.read() as conn:
                sync_sidecar(self._folder, self._vault_id(), self._data_key(), conn,
                             move_anchor=move)
            settings = self._journal.settings
            if settings.get_raw(rollback.ANCHOR_KEPT) != "1":
                settings.set_raw(rollback.ANCHOR_KEPT, "1")
        except (JournalError, DatabaseError, OSError):
            return False
        return True

    def check_at_unlock(self, clock: Clock) -> UnlockFinding:
        """Compare journal.db with the record before anything reads the data; when it is older,
        log the loss and apply every recorded erasure again. A missing record is logged with
        the unlock (Vault._log_unlock), and the record is written once the unlock succeeded."""
        check = rollback.compare(self._folder, self._vault_id(), self._data_key(), self._db)
        erased_again: list[str] = []
        if check.state is rollback.State.OLDER:
            erased_again = rollback.repair(check, self._db, clock, self._journal.audit)
        return UnlockFinding(check, erased_again)

    def check_before_backup(self) -> None:
        """Refuse to copy a database that is not the one opened, or older than its record:
        the backup would carry erased clients where no erase looks for them."""
        if _identity(self._db.path) != self._identity:
            raise JournalError("backup.file_replaced", path=self._db.path)
        check = rollback.compare(self._folder, self._vault_id(), self._data_key(), self._db)
        if check.state is rollback.State.OLDER:
            raise JournalError("backup.rolled_back", path=self._db.path)


def _identity(path: Path) -> tuple[int, int] | None:
    with contextlib.suppress(OSError):
        stat = os.stat(path)
        return (stat.st_dev, stat.st_ino)
    return None
