"""Restore a backup into a vault folder, checking everything before touching anything.

Order: the file's checksum and structure, the header, the passphrase (or recovery key), then the
database copy is written into a staging folder beside the target and checked there (page HMACs,
SQLite's integrity). Only then is an existing vault renamed aside (never deleted) and the staged
one renamed into place. The current vault's header is kept, so a replaced recovery key does not
come back to life.

Erasures: every receipt that can be read is applied again to the restored copy: from the vault
being replaced, the default vault folder and the vault the backup was made from (same vault id,
hence the same data key), from their databases when they open and from their erasures.json
(erasure_record.py) when they do not, and from their before-restore folders. When no record at
all can be read (the laptop is gone, the vault and its sidecar are damaged), the restore is
refused (ErasuresUnknown) unless the person accepts that clients erased since the backup come
back. The replaced vault is kept in a `.before-restore-*` folder as the fallback if the restore
turns out wrong; erasures made later are carried into it too (backup.carry_erasures). A fallback
that cannot be opened (often the damaged vault itself) cannot be cleaned: the app says so, and
asks the practitioner to delete it once the restored vault is checked. Deleting it right away
would be tidier but would throw away the only copy of what the backup lacks.

The access log: entries the replaced vault wrote after the backup are appended to the restored
log as new entries marked "carried over from before restore, original seq N", so the chain stays
valid and nothing that happened is forgotten. A log that cannot be read is noted in the RESTORE
entry (replaced_log_end stays empty).

Invoices: the invoices, credit notes and payments the replaced vault has and the backup lacks
are bookkeeping records (kept seven years) whose numbers were sent to clients; they are written
into the restored copy as issued, and its series goes on after the higher number of the two, so
no number is ever given twice. This is done before the erasures are applied again, as in the
vault they came from: an erase replayed here then detaches them from the client and keeps them,
and an invoiced package gets no second register (retention/billing.py). The practice's details
are settings and stay as the backup has them. With no replaced vault to read (a new machine, an
empty folder, a vault that cannot be opened) nothing can be carried: the result's notice says
that later invoices are missing and where the series goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.core.backup.backup import erase_pending, fallback_folders
from journal_app.core.backup.backup_file import BackupContents, copy_database_out, read_backup
from journal_app.core.domain.clock import Clock, SystemClock
from journal_app.core.errors import InvalidInput, JournalError, VaultDamaged, VaultExists
from journal_app.core.files.atomic import fsync_folder
from journal_app.core.files.paths import default_vault_folder
from journal_app.core.keys.header import VaultHeader, load_header, save_header
from journal_app.core.keys.kdf import derive_key
from journal_app.core.keys.recovery import parse_recovery_key, recovery_wrapping_key
from journal_app.core.messages import Message
from journal_app.core.retention.erasure_record import (
    Receipt,
    Sidecar,
    last_log_entry,
    merge,
    read_receipts,
    read_sidecar,
    stored_generation,
    write_sidecar,
)
from journal_app.core.storage import carry_over, integrity
from journal_app.core.storage import db as dbmod
from journal_app.core.storage.audit import Action, AuditLog
from journal_app.core.storage.carry_over import Invoicing, InvoicingCarried
from journal_app.core.storage.schema import migrate
from journal_app.core.vault.vault import DB_NAME, vault_exists


class ErasuresUnknown(JournalError):
    """No record of the erasures made after the backup could be read; restoring would bring
    back every client erased since. Refused unless the person accepts exactly that."""

    def __init__(self) -> None:
        super().__init__("restore.erasures_unknown")


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    previous: Path | None  # where the vault that was there before now lies, kept as a fallback
    backup_made: str
    header_from_current: bool  # the current passphrase and recovery key still open the vault
    erasures_reapplied: list[str] = field(default_factory=list)
    erasures_known: bool = True  # False: restored without any readable record of erasures
    log_entries_carried: int = 0  # access-log entries written after the backup, kept
    invoices_carried: list[int] = field(default_factory=list)  # numbers the backup lacked
    payments_carried: int = 0
    notices: tuple[Message, ...] = ()  # what the person must know (invoices not carried, ...)


@dataclass(frozen=True)
class _Current:
    header: VaultHeader | None
    catalog: list[tuple[object, ...]]
    log_end: str
    log_tail: list[tuple[object, ...]]  # (seq, at, action, client_id, detail) after the backup
    invoicing: Invoicing | None = None  # None: its database could not be read


@dataclass(frozen=True)
class _Receipts:
    receipts: list[Receipt]
    known: bool  # at least one source (a database or a verified erasures.json) was read


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
    accept_unverified_erasures: bool = False,
) -> RestoreResult:
    """Restore `source` into `target`. Every erasure recorded after the backup (in the vault
    being replaced, the default vault, the vault the backup came from, their erasures.json and
    before-restore folders) is applied again; with no readable record at all the restore is
    refused (ErasuresUnknown) unless `accept_unverified_erasures`."""
    clock = clock or SystemClock()
    target = target.expanduser().absolute()
    occupied = _check_target(target, overwrite)
    contents, data_key = check_backup(source, secret, by_recovery=by_recovery)
    vault_id = contents.header.vault_id
    stage = target.with_name(f".{target.name}.restoring-{secrets.token_hex(6)}")
    try:
        stage.mkdir(mode=0o700)
        db_path = stage / DB_NAME
        copy_database_out(contents, db_path)
        try:
            conn = dbmod.connect(db_path, data_key, create=False)
        except VaultDamaged as exc:  # name the backup, not the hidden staging copy
            raise VaultDamaged(source, Message("damage.database_copy",
                                                   {"reason": exc.fields["reason"]})) from None
        database = dbmod.Database(conn, db_path)
        try:
            _check_integrity(database, source)
            migrate(database)
            with database.read() as read:
                anchor = last_log_entry(read)
            current = _read_current(target, vault_id, data_key, anchor,
                                    contents.meta.created_at) if occupied else None
            # Before the erasures, as in the vault the invoices come from (see above).
            invoicing = _carry_invoicing(database, current)
            with database.read() as read:
                series = carry_over.series_next(read)
            known = _collect_receipts(_candidates(target, contents.meta.vault_folder), vault_id,
                                      data_key)
            if not known.known and not accept_unverified_erasures:
                raise ErasuresUnknown()
            reapplied = erase_pending(database, clock, known.receipts)
            carried = _bring_up_to_date(database, clock, contents, current, invoicing)
            with database.read() as read:
                write_sidecar(stage, data_key, Sidecar(
                    vault_id, merge(known.receipts, read_receipts(read)), last_log_entry(read),
                    stored_generation(read)))
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
                         bool(current and current.header), reapplied, known.known, carried,
                         invoicing.added if invoicing else [],
                         invoicing.payments if invoicing else 0,
                         _invoice_notices(invoicing, series, contents.meta.created_at, previous))


def _check_target(target: Path, overwrite: bool) -> bool:
    """True when a vault is there to be replaced (and replacing it was confirmed)."""
    if not target.exists():
        if not target.parent.is_dir():
            raise InvalidInput("path.folder_missing", folder=target.parent)
        return False
    if vault_exists(target) or (target / DB_NAME).exists():
        if not overwrite:
            raise VaultExists(target)
        return True
    if not target.is_dir() or any(target.iterdir()):
        raise InvalidInput("restore.target_not_empty", folder=target)
    return False


def _check_integrity(database: dbmod.Database, source: Path) -> None:
    with database.read() as conn:
        try:
            pages = integrity.failing_pages(conn)
            structure = integrity.structure_problems(conn)
        except dbmod.DatabaseError as exc:
            raise VaultDamaged(source, str(exc)) from None
    if pages:
        raise VaultDamaged(source, Message("damage.pages_fail_hmac", {"count": len(pages)}))
    if structure != ["ok"]:
        raise VaultDamaged(source, Message("damage.inconsistent", {"detail": structure[0]}))


def _read_current(
    target: Path, vault_id: str, data_key: bytes, anchor: tuple[int, str] | None, made: str
) -> _Current | None:
    """The vault being replaced, when it is the same vault (same id, hence the same data key):
    its header, its backup catalog, and the access-log entries written after the backup."""
    try:
        header = load_header(target).header
    except JournalError:
        header = None
    if header is not None and header.vault_id != vault_id:
        return None
    try:
        conn = dbmod.connect(target / DB_NAME, data_key, create=False)
    except JournalError:
        return _Current(header, [], "", [])
    try:
        catalog = carry_over.read_catalog(conn)
        invoicing = carry_over.read_invoicing(conn)
        last = last_log_entry(conn)
        # Entries after the backup's last one when the current log continues it; else (the
        # logs parted) every entry from the backup's time on.
        tail = carry_over.log_after(conn, anchor, made)
    except dbmod.DatabaseError:
        return _Current(header, [], "", [])
    finally:
        conn.close()
    return _Current(header, catalog, f"{last[0]}:{last[1]}" if last else "", tail, invoicing)


def _candidates(target: Path, recorded: str) -> list[Path]:
    """Where the erasures made after a backup may be recorded: the folder restored into, the
    default vault folder, the vault the backup was made from, and their before-restore
    folders. Only folders holding the same vault (same id, same data key) are used."""
    folders = [target, default_vault_folder()]
    if recorded:
        folders.append(Path(recorded))
    found: list[Path] = []
    for folder in folders:
        for one in (folder, *fallback_folders(folder)):
            if one.absolute() not in found:
                found.append(one.absolute())
    return found


def _collect_receipts(folders: list[Path], vault_id: str, data_key: bytes) -> _Receipts:
    receipts: list[Receipt] = []
    known = False
    for folder in folders:
        try:
            if not folder.is_dir() or load_header(folder).header.vault_id != vault_id:
                continue
        except (JournalError, OSError):
            pass  # a damaged header: erasures.json's MAC still proves it is this vault's
        sidecar = read_sidecar(folder, data_key)
        if sidecar is not None and sidecar.vault_id == vault_id:
            receipts, known = merge(receipts, sidecar.receipts), True
        try:
            conn = dbmod.connect(folder / DB_NAME, data_key, create=False)
        except (JournalError, OSError):
            continue
        try:
            receipts, known = merge(receipts, read_receipts(conn)), True
        except dbmod.DatabaseError:
            pass
        finally:
            conn.close()
    return _Receipts(receipts, known)


def _carry_invoicing(database: dbmod.Database, current: _Current | None
                     ) -> InvoicingCarried | None:
    """The replaced vault's invoices, credit notes and payments the backup lacks, into the
    restored copy; None when there was no replaced vault of this id to read. The series
    is left as the backup has it then; `_invoice_notices` says so."""
    if current is None or current.invoicing is None:
        return None
    with database.write() as conn:
        return carry_over.keep_invoicing(conn, current.invoicing)


def _invoice_notices(invoicing: InvoicingCarried | None, series: int | None, made: str,
                     previous: Path | None) -> tuple[Message, ...]:
    if invoicing is None:
        if series is None:  # the backup's series never started: it starts at its first number
            return (Message("restore.invoices_not_carried_unstarted", {"made": made}),)
        return (Message("restore.invoices_not_carried", {"made": made, "next": series}),)
    if invoicing.left_out:
        return (Message("restore.invoices_left_out", {
            "numbers": ", ".join(str(n) for n in invoicing.left_out),
            "folder": "" if previous is None else str(previous)}),)
    return ()


def _bring_up_to_date(
    database: dbmod.Database, clock: Clock, contents: BackupContents, current: _Current | None,
    invoicing: InvoicingCarried | None,
) -> int:
    """Keep the current catalog and carry the later log entries over; returns how many."""
    log = AuditLog(database, clock)
    with database.write() as conn:
        if current:
            # The current catalog knows of later backups; keep them listed for future erasures.
            carry_over.keep_catalog(conn, current.catalog)
            # Appended as new entries (the chain stays valid), each naming where it came from.
            for seq, at, action, client_id, detail in current.log_tail:
                try:
                    kind, note = Action(str(action)), ""
                except ValueError:
                    kind, note = Action.RESTORE, f"action={action} "
                log.append_in(conn, kind, None if client_id is None else str(client_id),
                              f"{note}{detail} [carried over from before restore, original seq"
                              f" {seq} at {at}]".strip())
        detail = f"backup={contents.meta.backup_id} made={contents.meta.created_at}"
        if current and current.log_end:
            detail += f" replaced_log_end={current.log_end}"
        if invoicing is None:
            detail += " invoices_carried=unknown"
        else:
            detail += (f" invoices_carried={len(invoicing.added)}"
                       f" payments_carried={invoicing.payments}")
            if invoicing.left_out:
                detail += f" invoices_left_out={','.join(str(n) for n in invoicing.left_out)}"
        log.append_in(conn, Action.RESTORE, None, detail)
    return len(current.log_tail) if current else 0


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
    if not result.erasures_known:
        lines.append("Erasures made after the backup could not be checked: any client erased "
                     "since then is back in the restored vault; erase them again now.")
    elif result.erasures_reapplied:
        lines.append(f"{len(result.erasures_reapplied)} client(s) erased after the backup were "
                     "erased again.")
    else:
        lines.append("No client erased after the backup was in it.")
    if result.log_entries_carried:
        lines.append(f"{result.log_entries_carried} access-log entries written after the backup "
                     "were carried over.")
    if result.invoices_carried or result.payments_carried:
        lines.append(f"{len(result.invoices_carried)} invoice(s) or credit note(s) and "
                     f"{result.payments_carried} payment(s) recorded after the backup were "
                     "carried over.")
    lines.extend(str(notice) for notice in result.notices)
    return "\n".join(lines)
