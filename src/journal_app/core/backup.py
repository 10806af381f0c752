"""Backups: one encrypted file per backup, a catalog of them inside the vault, and erasures
carried into every listed backup the app can reach.

The database pages are copied as they are on disk (encrypted with the vault's data key) under
SQLite's shared lock, straight into a temp file beside the target that is renamed into place,
so no plaintext page is ever written anywhere and an interrupted backup leaves nothing behind.
Restore (restore.py) checks every page's HMAC and SQLite's integrity before using a backup.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal_app import __version__
from journal_app.core import db as dbmod
from journal_app.core.atomic import remove_stale_temps, temp_path_beside
from journal_app.core.audit import Action
from journal_app.core.backup_file import (
    BACKUP_SUFFIX,
    BackupMeta,
    copy_database_out,
    is_backup_file,
    read_backup,
    remove_quietly,
    write_backup_file,
)
from journal_app.core.clock import Clock, parse_utc, utc_iso
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.journal import Journal
from journal_app.core.models import RetentionPolicy
from journal_app.core.schema import migrate
from journal_app.core.vault import Vault

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


def default_backup_name(now: dt.datetime) -> str:
    return f"journal-backup-{now.astimezone(dt.UTC):%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


# Creating ---------------------------------------------------------------------------------------


def create_backup(vault: Vault, target: Path | None = None) -> BackupRecord:
    """Write one backup file. `target` may be a file, a folder, or None for the backup folder."""
    journal = vault.journal
    now = vault.clock.now()
    target = _resolve_target(vault, target, now)
    # A backup killed while writing left a hidden temp holding pages no erase would reach.
    remove_stale_temps(target.parent, r".+\.journalbackup(\.db)?")
    backup_id = uuid.uuid4().hex
    with vault.db.read() as conn:
        if conn.in_transaction:
            raise InvalidInput("Finish the current change before backing up.")
        # A read transaction holds SQLite's shared lock: no commit can land until it ends, so
        # the file's pages (encrypted, each with its HMAC) are one consistent state. Copying
        # them as they are is the SQLite backup API's result without decrypting and
        # re-encrypting every page, which took longer than the 10 s target on 200,000 notes.
        conn.execute("BEGIN")
        try:
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            meta = BackupMeta(backup_id, utc_iso(now), vault.header.vault_id, schema,
                              __version__)
            written = write_backup_file(target, vault.header.to_bytes(), meta, vault.db.path)
        finally:
            conn.execute("COMMIT")
    with vault.db.write() as conn:
        conn.execute("DELETE FROM backups WHERE path = ?", (str(target),))
        conn.execute(
            f"INSERT INTO backups ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, 0, ?)",
            (backup_id, str(target), utc_iso(now), written.size, written.sha256, utc_iso(now)),
        )
        journal.audit.append_in(conn, Action.BACKUP, None, f"backup={backup_id}")
    return _get(journal, backup_id)


def _resolve_target(vault: Vault, target: Path | None, now: dt.datetime) -> Path:
    if target is None:
        folder = backup_folder(vault.journal)
        if folder is None:
            raise InvalidInput("Choose a backup file, or set a backup folder first.")
        target = folder
    target = target.expanduser().absolute()
    if target.is_dir():
        target = target / default_backup_name(now)
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist.")
    if target.exists() and not is_backup_file(target):
        raise InvalidInput(f"{target} exists and is not a journal-app backup; refusing to "
                           "overwrite it.")
    vault_folder = vault.folder.absolute()
    if target.parent == vault_folder or vault_folder in target.parents:
        raise InvalidInput("A backup inside the vault folder would be lost with the vault; "
                           "choose another place.")
    return target


# The catalog ------------------------------------------------------------------------------------


def list_backups(journal: Journal) -> list[BackupRecord]:
    with journal.db.read() as conn:
        rows = conn.execute(f"SELECT {_COLUMNS} FROM backups ORDER BY created_at DESC").fetchall()
    return [_record(r) for r in rows]


def _get(journal: Journal, backup_id: str) -> BackupRecord:
    with journal.db.read() as conn:
        row = conn.execute(f"SELECT {_COLUMNS} FROM backups WHERE id = ?", (backup_id,)).fetchone()
    if row is None:
        raise InvalidInput(f"No backup with id {backup_id} is listed.")
    return _record(row)


def _record(row: tuple[Any, ...]) -> BackupRecord:
    return BackupRecord(
        id=row[0], path=Path(row[1]), created_at=parse_utc(row[2]), size=int(row[3]),
        sha256=row[4], holds_erased=bool(row[5]),
        checked_at=parse_utc(row[6]) if row[6] else None,
    )


def forget_backup(journal: Journal, backup_id: str) -> None:
    """Stop listing a backup (the practitioner destroyed it). The file is not touched."""
    _get(journal, backup_id)
    with journal.db.write() as conn:
        conn.execute("DELETE FROM backups WHERE id = ?", (backup_id,))


def backup_folder(journal: Journal) -> Path | None:
    value = journal.settings.get_raw(BACKUP_FOLDER_KEY)
    return Path(value) if value else None


def set_backup_folder(journal: Journal, folder: Path | None) -> None:
    if folder is not None and not folder.is_dir():
        raise InvalidInput(f"The folder {folder} does not exist.")
    journal.settings.set_raw(BACKUP_FOLDER_KEY, str(folder.absolute()) if folder else "")


def backup_overdue(journal: Journal, now: dt.datetime) -> int | None:
    """Days since the last backup (or since the vault began) when the reminder is due."""
    days = journal.settings.load().backup_reminder_days
    with journal.db.read() as conn:
        last = conn.execute("SELECT max(created_at) FROM backups").fetchone()[0]
        if last is None:
            last = conn.execute("SELECT min(at) FROM audit_log").fetchone()[0]
    if last is None:
        return None
    age = (now - parse_utc(last)).days
    return age if age >= days else None


# Erasures ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Receipt:
    client_id: str
    erased_at: str
    policy: str
    reason: str


def read_receipts(conn: Any) -> list[Receipt]:
    rows = conn.execute(
        "SELECT client_id, erased_at, policy, reason FROM erasure_receipts ORDER BY erased_at"
    ).fetchall()
    return [Receipt(r[0], r[1], r[2], r[3]) for r in rows]


def erase_pending(db: dbmod.Database, clock: Clock, receipts: list[Receipt]) -> list[str]:
    """Replay, inside a backup's or restored database, each erasure the vault made that still
    has something to erase there (the client row, or a package a partial erase named).
    Returns the client ids erased here."""
    # erasure.py imports the repositories; imported when used, as backups are rarely cleaned.
    from journal_app.core.erasure import erase_client, parse_reason

    erased: list[str] = []
    for receipt in receipts:
        _reason, _ivo, packages = parse_reason(receipt.reason)
        with db.read() as conn:
            if packages is None:
                present = conn.execute("SELECT count(*) FROM clients WHERE id = ?",
                                       (receipt.client_id,)).fetchone()[0]
            else:
                marks = ",".join("?" * len(packages))
                present = conn.execute(
                    f"SELECT count(*) FROM packages WHERE id IN ({marks})", packages
                ).fetchone()[0] if packages else 0
        if not present:
            continue
        erase_client(db, clock, receipt.client_id, reason=receipt.reason,
                     policy=RetentionPolicy(receipt.policy))
        if receipt.client_id not in erased:
            erased.append(receipt.client_id)
    if erased:
        with db.read() as conn:
            conn.execute("VACUUM")  # no page of an erased client stays, not even a freed one
    return erased


def apply_erasures_to_backups(vault: Vault) -> list[str]:
    """Remove every erased client from every listed backup that can be reached; mark the others
    as holding erased data. Returns the paths of the backups that were rewritten."""
    journal = vault.journal
    with journal.db.read() as conn:
        receipts = read_receipts(conn)
    updated: list[str] = []
    for record in list_backups(journal):
        try:
            changed = _clean_one(vault, record, receipts)
        except (JournalError, OSError):
            needs = record.holds_erased or any(
                parse_utc(r.erased_at) >= record.created_at for r in receipts
            )
            _mark(journal, record.id, holds_erased=needs)
            continue
        if changed:
            updated.append(str(record.path))
    return updated


def _clean_one(vault: Vault, record: BackupRecord, receipts: list[Receipt]) -> bool:
    contents = read_backup(record.path)
    if contents.meta.vault_id != vault.header.vault_id:
        raise InvalidInput(f"{record.path} is a backup of another vault.")
    db_tmp = temp_path_beside(record.path.with_name(record.path.name + ".db"))
    try:
        copy_database_out(contents, db_tmp)
        database = dbmod.Database(dbmod.connect(db_tmp, vault.data_key, create=False), db_tmp)
        try:
            migrate(database)
            erased = erase_pending(database, vault.clock, receipts)
        finally:
            database.close()
        written = None
        if erased:
            written = write_backup_file(record.path, contents.header_bytes, contents.meta, db_tmp)
    finally:
        remove_quietly(db_tmp)
    now = utc_iso(vault.clock.now())
    with vault.db.write() as conn:
        if written is not None:
            conn.execute("UPDATE backups SET size = ?, sha256 = ? WHERE id = ?",
                         (written.size, written.sha256, record.id))
        conn.execute("UPDATE backups SET holds_erased = 0, checked_at = ? WHERE id = ?",
                     (now, record.id))
        for client_id in erased:
            vault.journal.audit.append_in(conn, Action.BACKUP_ERASURE, client_id,
                                          f"backup={record.id}")
    return bool(erased)


def _mark(journal: Journal, backup_id: str, *, holds_erased: bool) -> None:
    with journal.db.write() as conn:
        conn.execute("UPDATE backups SET holds_erased = ? WHERE id = ?",
                     (1 if holds_erased else 0, backup_id))
