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
from journal_app.core.backup.backup_file import (
    BACKUP_SUFFIX,
    BackupMeta,
    copy_database_out,
    is_backup_file,
    read_backup,
    remove_quietly,
    write_backup_file,
)
from journal_app.core.domain.clock import Clock, parse_utc, utc_iso
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.errors import InvalidInput, JournalError, VaultDamaged
from journal_app.core.files.atomic import remove_stale_temps, temp_path_beside
from journal_app.core.journal.facade import Journal
from journal_app.core.keys.header import load_header
from journal_app.core.messages import Message
from journal_app.core.retention.erasure_record import Receipt, read_receipts, sync_sidecar
from journal_app.core.storage import db as dbmod
from journal_app.core.storage.audit import Action
from journal_app.core.storage.schema import migrate
from journal_app.core.vault.vault import DB_NAME, Vault

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
            raise InvalidInput("backup.in_transaction")
        # A read transaction holds SQLite's shared lock: no commit can land until it ends, so
        # the file's pages (encrypted, each with its HMAC) are one consistent state. Copying
        # them as they are is the SQLite backup API's result without decrypting and
        # re-encrypting every page, which took longer than the 10 s target on 200,000 notes.
        conn.execute("BEGIN")
        try:
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            # Under the same shared lock as the copy: the pages checked are the pages copied,
            # and a damaged vault never becomes a backup (nor replaces a good one).
            _check_source(conn, vault.db.path)
            meta = BackupMeta(backup_id, utc_iso(now), vault.header.vault_id, schema,
                              __version__, str(vault.folder.absolute()))
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


def _check_source(conn: Any, path: Path) -> None:
    """Every page's HMAC, read from the file itself: any bit changed on disk fails it, so a
    damaged vault never becomes a backup nor replaces a good one. SQLite's structure check
    (quick_check) is left to verify and restore: on a 940 MB vault it took 7 s of a 10 s
    budget, and with every HMAC valid it can only find damage SQLite itself wrote, which the
    copy would carry but not add. The error names the vault's own journal.db."""
    try:
        pages = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except dbmod.DatabaseError as exc:
        raise VaultDamaged(path, str(exc)) from None
    if pages:
        raise VaultDamaged(path, Message("damage.pages_fail_hmac", {"count": len(pages)}))


def _resolve_target(vault: Vault, target: Path | None, now: dt.datetime) -> Path:
    if target is None:
        folder = backup_folder(vault.journal)
        if folder is None:
            raise InvalidInput("backup.no_target")
        target = folder
    target = target.expanduser().absolute()
    if target.is_dir():
        target = target / default_backup_name(now)
    if not target.parent.is_dir():
        raise InvalidInput("path.folder_missing", folder=target.parent)
    if target.exists() and not is_backup_file(target):
        raise InvalidInput("backup.target_not_a_backup", path=target)
    vault_folder = vault.folder.absolute()
    if target.parent == vault_folder or vault_folder in target.parents:
        raise InvalidInput("backup.inside_vault")
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
        raise InvalidInput("backup.not_listed", id=backup_id)
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
        raise InvalidInput("path.folder_missing", folder=folder)
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


def erase_pending(db: dbmod.Database, clock: Clock, receipts: list[Receipt]) -> list[str]:
    """Replay, inside a backup's or restored database, each erasure the vault made that still
    has something to erase there (the client row, or a package a partial erase named).
    Returns the client ids erased here."""
    # erasure.py imports the repositories; imported when used, as backups are rarely cleaned.
    from journal_app.core.retention.erasure import erase_client, parse_reason

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


@dataclass(frozen=True)
class CarryReport:
    """What carrying the erasures achieved: backups rewritten, backups that could not be
    reached (left marked, retried at every unlock), before-restore folders cleaned or not."""

    updated: list[str]
    marked: list[str]
    fallbacks_cleaned: list[str]
    fallbacks_failed: list[str]
    sidecar_written: bool


def apply_erasures_to_backups(vault: Vault) -> list[str]:
    """Remove every erased client from every listed backup that can be reached; mark the others
    as holding erased data. Returns the paths of the backups that were rewritten."""
    return _carry_to_backups(vault, only_marked=False)[0]


def carry_erasures(vault: Vault) -> CarryReport:
    """After an erase, at every unlock and when the backups are shown: keep erasures.json in
    step with the database, then clean every backup marked as holding erased data (an erase
    marks each earlier backup in its own transaction) and every before-restore folder."""
    try:
        with vault.db.read() as conn:
            sync_sidecar(vault.folder, vault.header.vault_id, vault.data_key, conn)
        written = True
    except (JournalError, OSError):
        written = False  # retried at the next unlock; the receipts stay in the database
    updated, marked = _carry_to_backups(vault, only_marked=True)
    cleaned, failed = _carry_to_fallbacks(vault)
    return CarryReport(updated, marked, cleaned, failed, written)


def _carry_to_backups(vault: Vault, *, only_marked: bool) -> tuple[list[str], list[str]]:
    journal = vault.journal
    with journal.db.read() as conn:
        receipts = read_receipts(conn)
    updated: list[str] = []
    marked: list[str] = []
    for record in list_backups(journal):
        if only_marked and not record.holds_erased:
            continue
        try:
            changed = _clean_one(vault, record, receipts)
        except (JournalError, OSError):
            needs = record.holds_erased or any(
                parse_utc(r.erased_at) >= record.created_at for r in receipts
            )
            _mark(journal, record.id, holds_erased=needs)
            if needs:
                marked.append(str(record.path))
            continue
        if changed:
            updated.append(str(record.path))
    return updated, marked


def fallback_folders(folder: Path) -> list[Path]:
    """The vault.before-restore-* folders a restore left beside the vault."""
    folder = folder.absolute()
    try:
        return sorted(p for p in folder.parent.glob(f"{folder.name}.before-restore-*")
                      if p.is_dir())
    except OSError:
        return []


def _carry_to_fallbacks(vault: Vault) -> tuple[list[str], list[str]]:
    """A restore keeps the replaced vault as a fallback; erasures made since reach it too.
    One that cannot be opened (often the damaged vault a restore replaced) is reported: the
    practitioner is told to delete it."""
    from journal_app.core.retention.erasure import check_no_journal_files

    with vault.db.read() as conn:
        receipts = read_receipts(conn)
    cleaned: list[str] = []
    failed: list[str] = []
    for folder in fallback_folders(vault.folder):
        try:
            if load_header(folder).header.vault_id != vault.header.vault_id:
                continue
            path = folder / DB_NAME
            database = dbmod.Database(dbmod.connect(path, vault.data_key, create=False), path)
            try:
                migrate(database)
                erased = erase_pending(database, vault.clock, receipts)
            finally:
                database.close()
            check_no_journal_files(path)
        except (JournalError, OSError):
            failed.append(str(folder))
            continue
        if erased:
            cleaned.append(str(folder))
    return cleaned, failed


def _clean_one(vault: Vault, record: BackupRecord, receipts: list[Receipt]) -> bool:
    contents = read_backup(record.path)
    if contents.meta.vault_id != vault.header.vault_id:
        raise InvalidInput("backup.other_vault", path=record.path)
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
