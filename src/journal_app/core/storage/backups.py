"""The backups catalogue inside the vault, the backup folder setting, and the read transaction
a backup copies the pages under: the repository's SQL. Making, cleaning and restoring backups
are core/backup's."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal_app.core.domain.clock import parse_utc, utc_iso
from journal_app.core.errors import InvalidInput, VaultDamaged
from journal_app.core.messages import Message
from journal_app.core.storage.db import Database, DatabaseError, Row
from journal_app.core.storage.settings import SettingsStore

BACKUP_FOLDER_KEY = "backup_folder"
_COLUMNS = "id, path, created_at, size, sha256, holds_erased, checked_at"


@dataclass(frozen=True)
class BackupRecord:
    id: str
    path: Path
    created_at: dt.datetime
    size: int
    sha256: str
    holds_erased: bool  # made before an erase it could not yet be cleaned of
    checked_at: dt.datetime | None

    @property
    def reachable(self) -> bool:
        """The file is where it was written (a USB stick may be unplugged)."""
        try:
            return self.path.is_file() and self.path.stat().st_size == self.size
        except OSError:
            return False


def _record(row: Row) -> BackupRecord:
    return BackupRecord(
        id=row[0], path=Path(row[1]), created_at=parse_utc(row[2]), size=int(row[3]),
        sha256=row[4], holds_erased=bool(row[5]),
        checked_at=parse_utc(row[6]) if row[6] else None,
    )


class HeldPages:
    """The page check of a backup, running while the pages are copied."""

    def __init__(self, schema: int, path: Path, conn: Any) -> None:
        self.schema = schema
        self._path = path
        self._failed: list[Any] | None = None
        self._error: str | None = None
        self._thread = threading.Thread(target=self._check, args=(conn,), daemon=True,
                                        name="backup-page-check")
        self._thread.start()

    def _check(self, conn: Any) -> None:
        try:
            self._failed = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        except DatabaseError as exc:
            self._error = str(exc)

    def wait(self) -> None:
        self._thread.join()

    def confirm(self) -> None:
        """Every page's HMAC held; else VaultDamaged (a damaged vault never becomes a backup)."""
        self.wait()
        if self._error is not None:
            raise VaultDamaged(self._path, self._error)
        if self._failed:
            raise VaultDamaged(self._path,
                               Message("damage.pages_fail_hmac", {"count": len(self._failed)}))


class BackupCatalog:
    def __init__(self, db: Database, settings: SettingsStore) -> None:
        self._db = db
        self._settings = settings

    # The pages a backup copies ---------------------------------------------------------------

    @contextlib.contextmanager
    def pages_held(self) -> Iterator[HeldPages]:
        """A read transaction holding SQLite's shared lock: no commit can land until it ends,
        so the file's pages (encrypted, each with its HMAC) are one consistent state. Every
        page's HMAC is checked meanwhile, read from the file itself, on a thread of its own so
        that the copy runs beside it (the check is SQLite's C code, which leaves Python's lock
        free); `HeldPages.confirm()` waits for it and raises when a page fails, so the caller
        can refuse the copy before it replaces anything."""
        with self._db.read() as conn:
            if conn.in_transaction:
                raise InvalidInput("backup.in_transaction")
            conn.execute("BEGIN")
            held: HeldPages | None = None
            try:
                schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
                held = HeldPages(schema, self._db.path, conn)
                yield held
            finally:
                if held is not None:
                    held.wait()  # the connection is the check's until it ends
                conn.execute("COMMIT")

    # The catalogue ---------------------------------------------------------------------------

    def all(self) -> list[BackupRecord]:
        """Every listed backup, the newest first."""
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM backups ORDER BY created_at DESC").fetchall()
        return [_record(r) for r in rows]

    def get(self, backup_id: str) -> BackupRecord:
        with self._db.read() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM backups WHERE id = ?",
                               (backup_id,)).fetchone()
        if row is None:
            raise InvalidInput("backup.not_listed", id=backup_id)
        return _record(row)

    def add(self, record: BackupRecord) -> None:
        """List a backup just written; one written over an earlier file replaces its entry."""
        with self._db.write() as conn:
            conn.execute("DELETE FROM backups WHERE path = ?", (str(record.path),))
            conn.execute(
                f"INSERT INTO backups ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record.id, str(record.path), utc_iso(record.created_at), record.size,
                 record.sha256, int(record.holds_erased),
                 utc_iso(record.checked_at) if record.checked_at else None),
            )

    def forget(self, backup_id: str) -> None:
        with self._db.write() as conn:
            conn.execute("DELETE FROM backups WHERE id = ?", (backup_id,))

    def last_backup_at(self) -> dt.datetime | None:
        with self._db.read() as conn:
            last = conn.execute("SELECT max(created_at) FROM backups").fetchone()[0]
        return parse_utc(last) if last else None

    # Erased data in backups ------------------------------------------------------------------

    def mark_holding_erased(self, until: dt.datetime) -> None:
        """Every backup made until `until` holds data an erase just removed."""
        with self._db.write() as conn:
            conn.execute("UPDATE backups SET holds_erased = 1 WHERE created_at <= ?",
                         (utc_iso(until),))

    def cleaned(self, backup_id: str, checked_at: dt.datetime, *,
                size: int | None = None, sha256: str | None = None) -> None:
        """The backup holds no erased data now; `size` and `sha256` when it was rewritten."""
        with self._db.write() as conn:
            if size is not None and sha256 is not None:
                conn.execute("UPDATE backups SET size = ?, sha256 = ? WHERE id = ?",
                             (size, sha256, backup_id))
            conn.execute("UPDATE backups SET holds_erased = 0, checked_at = ? WHERE id = ?",
                         (utc_iso(checked_at), backup_id))

    # The backup folder -----------------------------------------------------------------------

    def folder(self) -> Path | None:
        value = self._settings.get_raw(BACKUP_FOLDER_KEY)
        return Path(value) if value else None

    def set_folder(self, folder: Path | None) -> None:
        self._settings.set_raw(BACKUP_FOLDER_KEY, str(folder.absolute()) if folder else "")
