"""Restore a backup into a vault folder, checking everything before touching anything.

Order: the file's checksum and structure, the header, the passphrase (or recovery key), then the
database copy is written into a staging folder beside the target and checked there (page HMACs,
SQLite's integrity). Only then is an existing vault renamed aside (never deleted) and the staged
one renamed into place. Erasures the current vault made after the backup are applied again,
and the current vault's header is kept, so a replaced recovery key does not come back to life.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.core import db as dbmod
from journal_app.core.atomic import fsync_folder
from journal_app.core.audit import Action, AuditLog
from journal_app.core.backup import Receipt, erase_pending, read_receipts
from journal_app.core.backup_file import BackupContents, copy_database_out, read_backup
from journal_app.core.clock import Clock, SystemClock
from journal_app.core.errors import InvalidInput, JournalError, VaultDamaged, VaultExists
from journal_app.core.header import VaultHeader, load_header, save_header
from journal_app.core.kdf import derive_key
from journal_app.core.recovery import parse_recovery_key, recovery_wrapping_key
from journal_app.core.schema import migrate
from journal_app.core.vault import DB_NAME, vault_exists


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    previous: Path | None  # where the vault that was there before now lies, kept as a fallback
    backup_made: str
    header_from_current: bool  # the current passphrase and recovery key still open the vault
    erasures_reapplied: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Current:
    header: VaultHeader | None
    receipts: list[Receipt]
    catalog: list[tuple[object, ...]]
    log_end: str


def check_backup(source: Path, secret: str, *, by_recovery: bool = False) -> tuple[
    BackupContents, bytes
]:
    """Checksum, structure, header and key: everything that needs no writing."""
    contents = read_backup(source)
    header = contents.header
    if by_recovery:
        kek = recovery_wrapping_key(parse_recovery_key(secret), header.recovery_salt)
    else:
        kek = derive_key(secret.encode("utf-8"), header.kdf)
    return contents, header.unwrap(kek, by_recovery=by_recovery)


def restore_backup(
    source: Path,
    target: Path,
    secret: str,
    *,
    by_recovery: bool = False,
    overwrite: bool = False,
    clock: Clock | None = None,
) -> RestoreResult:
    clock = clock or SystemClock()
    target = target.expanduser().absolute()
    occupied = _check_target(target, overwrite)
    contents, data_key = check_backup(source, secret, by_recovery=by_recovery)
    stage = target.with_name(f".{target.name}.restoring-{secrets.token_hex(6)}")
    try:
        stage.mkdir(mode=0o700)
        db_path = stage / DB_NAME
        copy_database_out(contents, db_path)
        try:
            conn = dbmod.connect(db_path, data_key, create=False)
        except VaultDamaged as exc:  # name the backup, not the hidden staging copy
            raise VaultDamaged(source, f"its database copy: {exc.reason}") from None
        database = dbmod.Database(conn, db_path)
        try:
            _check_integrity(database, source)
            migrate(database)
            current = _read_current(target, contents.header.vault_id, data_key) if occupied \
                else None
            reapplied = _bring_up_to_date(database, clock, contents, current)
        finally:
            database.close()
        header = current.header if current and current.header else contents.header
        save_header(stage, header)
        fsync_folder(stage)
        previous = _swap(stage, target, occupied, clock.now())
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    return RestoreResult(target, previous, contents.meta.created_at,
                         bool(current and current.header), reapplied)


def _check_target(target: Path, overwrite: bool) -> bool:
    """True when a vault is there to be replaced (and replacing it was confirmed)."""
    if not target.exists():
        if not target.parent.is_dir():
            raise InvalidInput(f"The folder {target.parent} does not exist.")
        return False
    if vault_exists(target) or (target / DB_NAME).exists():
        if not overwrite:
            raise VaultExists(target)
        return True
    if not target.is_dir() or any(target.iterdir()):
        raise InvalidInput(f"{target} is not empty and holds no vault; choose another folder.")
    return False


def _check_integrity(database: dbmod.Database, source: Path) -> None:
    with database.read() as conn:
        try:
            pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            structure = conn.execute("PRAGMA integrity_check").fetchall()
        except dbmod.DatabaseError as exc:
            raise VaultDamaged(source, str(exc)) from None
    if pages:
        raise VaultDamaged(source, f"{len(pages)} page(s) of its database fail their HMAC")
    if [str(r[0]) for r in structure] != ["ok"]:
        raise VaultDamaged(source, f"its database is inconsistent: {structure[0][0]}")


def _read_current(target: Path, vault_id: str, data_key: bytes) -> _Current | None:
    """The vault being replaced, when it is the same vault (same id, hence the same data key)."""
    try:
        header = load_header(target).header
    except JournalError:
        header = None
    if header is not None and header.vault_id != vault_id:
        return None
    try:
        conn = dbmod.connect(target / DB_NAME, data_key, create=False)
    except JournalError:
        return _Current(header, [], [], "")
    try:
        receipts = read_receipts(conn)
        catalog = conn.execute("SELECT * FROM backups").fetchall()
        last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    except dbmod.DatabaseError:
        return _Current(header, [], [], "")
    finally:
        conn.close()
    return _Current(header, receipts, catalog, f"{last[0]}:{last[1]}" if last else "")


def _bring_up_to_date(
    database: dbmod.Database, clock: Clock, contents: BackupContents, current: _Current | None
) -> list[str]:
    reapplied = erase_pending(database, clock, current.receipts) if current else []
    with database.write() as conn:
        if current:
            # The current catalog knows of later backups; keep them listed for future erasures.
            for row in current.catalog:
                conn.execute("INSERT OR REPLACE INTO backups VALUES (?, ?, ?, ?, ?, ?, ?)", row)
        detail = f"backup={contents.meta.backup_id} made={contents.meta.created_at}"
        if current and current.log_end:
            detail += f" replaced_log_end={current.log_end}"
        AuditLog(database, clock).append_in(conn, Action.RESTORE, None, detail)
    return reapplied


def _swap(stage: Path, target: Path, occupied: bool, now: dt.datetime) -> Path | None:
    previous: Path | None = None
    if occupied:
        stamp = now.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")
        previous = target.with_name(f"{target.name}.before-restore-{stamp}")
        while previous.exists():
            previous = previous.with_name(f"{previous.name}-{secrets.token_hex(2)}")
        os.rename(target, previous)
    elif target.exists():
        target.rmdir()  # checked empty above
    try:
        os.rename(stage, target)
    except OSError:
        if previous is not None:
            with contextlib.suppress(OSError):
                os.rename(previous, target)
        raise
    fsync_folder(target.parent)
    return previous


def describe(result: RestoreResult) -> str:
    lines = [f"Restored the backup made {result.backup_made} into {result.folder}."]
    if result.previous is not None:
        lines.append(f"The vault that was there is kept unchanged in {result.previous}; "
                     "delete it once you have checked the restored vault.")
    if result.header_from_current:
        lines.append("Your current passphrase and recovery key open it.")
    else:
        lines.append("Open it with the passphrase (or recovery key) valid when the backup was "
                     "made.")
    if result.erasures_reapplied:
        lines.append(f"{len(result.erasures_reapplied)} client(s) erased after the backup were "
                     "erased again.")
    return "\n".join(lines)
