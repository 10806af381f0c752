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
from journal_app.core.domain.clock import Clock, utc_iso
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.files.atomic import remove_stale_temps, temp_path_beside
from journal_app.core.journal.facade import Journal
from journal_app.core.keys.header import load_header
from journal_app.core.retention.erasure_record import Receipt, read_receipts
from journal_app.core.storage import db as dbmod
from journal_app.core.storage.audit import Action
from journal_app.core.storage.backups import BackupRecord as BackupRecord  # callers read it here
from journal_app.core.storage.schema import migrate
from journal_app.core.vault.vault import DB_NAME, Vault


def default_backup_name(now: dt.datetime) -> str:
    return f"journal-backup-{now.astimezone(dt.UTC):%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


# Creating ---------------------------------------------------------------------------------------


def create_backup(vault: Vault, target: Path | None = None) -> BackupRecord:
    """Write one backup file. `target` may be a file, a folder, or None for the backup folder.

    Never of a journal.db older than its record (put back while the vault was open; an unlock
    would have applied the erasures again) nor of another file renamed into its place: such a
    backup could carry erased clients. Refused with the way on (backup.rolled_back)."""
    journal = vault.journal
    now = vault.clock.now()
    target = _resolve_target(vault, target, now)
    vault.anchor.check_before_backup()
    # A backup killed while writing left a hidden temp holding pages no erase would reach.
    remove_stale_temps(target.parent, r".+\.journalbackup(\.db)?")
    backup_id = uuid.uuid4().hex
    # The pages are copied as they are (encrypted, each with its HMAC) under SQLite's shared
    # lock: the SQLite backup API's result without decrypting and re-encrypting every page,
    # which took longer than the 10 s target on 200,000 notes. Under the same lock every
    # page's HMAC is checked while they are copied (beside the copy, on a thread), so the pages
    # checked are the pages copied, and the copy replaces nothing before the check has passed:
    # a damaged vault never becomes a backup (nor replaces a good one). SQLite's structure check
    # (quick_check) is left to verify and restore: on a 940 MB vault it took 7 s of a 10 s
    # budget, and with every HMAC valid it can only find damage SQLite itself wrote.
    with journal.repos.backups.pages_held() as held:
        meta = BackupMeta(backup_id, utc_iso(now), vault.header.vault_id, held.schema,
                          __version__, str(vault.folder.absolute()))
        written = write_backup_file(target, vault.header.to_bytes(), meta, vault.db.path,
                                    before_rename=held.confirm)
    record = BackupRecord(backup_id, target, now, written.size, written.sha256,
                          holds_erased=False, checked_at=now)
    with journal.repos.transaction():
        journal.repos.backups.add(record)
        journal.audit.append(Action.BACKUP, None, f"backup={backup_id}")
    journal.audit.anchor_if_due()  # the anchor follows the committed BACKUP entry
    return journal.repos.backups.get(backup_id)


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
    return journal.repos.backups.all()


def backup_folder(journal: Journal) -> Path | None:
    return journal.repos.backups.folder()


# Erasures ---------------------------------------------------------------------------------------


def erase_pending(db: dbmod.Database, clock: Clock, receipts: list[Receipt]) -> list[str]:
    """Replay, inside a backup's or restored database, each erasure the vault made that still
    has something to erase there (the client row, or a package a partial erase named), and put
    back the receipts it lacks (retention/replay.py). Returns the client ids erased here."""
    # replay.py imports the retention rules; imported when used, as backups are rarely cleaned.
    from journal_app.core.retention.replay import replay_erasures

    return replay_erasures(db, clock, receipts)


@dataclass(frozen=True)
class CarryReport:
    """What carrying the erasures achieved: backups rewritten, backups that could not be
    reached (left marked, retried at every unlock), before-restore folders cleaned or not."""

    updated: list[str]
    marked: list[str]
    fallbacks_cleaned: list[str]
    fallbacks_failed: list[str]
    sidecar_written: bool


def carry_erasures(vault: Vault) -> CarryReport:
    """After an erase, at every unlock and when the backups are shown: keep erasures.json in
    step with the database, then clean every backup marked as holding erased data (an erase
    marks each earlier backup in its own transaction) and every before-restore folder."""
    # Retried at the next anchored entry and at lock when it fails; the receipts stay in the
    # database meanwhile.
    written = vault.anchor.update()
    updated, marked = _carry_to_backups(vault)
    cleaned, failed = _carry_to_fallbacks(vault)
    return CarryReport(updated, marked, cleaned, failed, written)


def _carry_to_backups(vault: Vault) -> tuple[list[str], list[str]]:
    """Clean every backup marked as holding erased data; one that cannot be reached stays
    marked (retried at the next unlock). Returns the paths cleaned and those still marked."""
    journal = vault.journal
    with vault.db.read() as conn:
        receipts = read_receipts(conn)
    updated: list[str] = []
    marked: list[str] = []
    for record in list_backups(journal):
        if not record.holds_erased:
            continue
        try:
            changed = _clean_one(vault, record, receipts)
        except (JournalError, OSError):
            marked.append(str(record.path))  # stays marked: retried when it can be reached
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
    repos = vault.journal.repos
    with repos.transaction():
        repos.backups.cleaned(record.id, vault.clock.now(),
                              size=written.size if written else None,
                              sha256=written.sha256 if written else None)
        for client_id in erased:
            repos.audit.append(Action.BACKUP_ERASURE, client_id, f"backup={record.id}")
    return bool(erased)
