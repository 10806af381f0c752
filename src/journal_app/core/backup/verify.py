"""`verify`: the header copies, SQLCipher's page HMACs, SQLite's integrity, the access log.

`verify_read_only` is what `journal-app verify` runs: it opens the database read-only
(URI mode=ro), runs no migration and writes no log entry, so checking a damaged vault never
changes it. The access log records reading the journal; verify reads no journal content (only
page checksums, the structure and the log itself), so it logs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from journal_app.core.domain.clock import SystemClock
from journal_app.core.errors import JournalError, VaultDamaged
from journal_app.core.keys.header import HEADER_COPY_NAME, HEADER_NAME, parse_header, read_file_bounded
from journal_app.core.messages import Message
from journal_app.core.retention.erasure_record import SIDECAR_NAME, read_sidecar
from journal_app.core.storage.audit import AuditLog
from journal_app.core.storage.db import Database, DatabaseError
from journal_app.core.vault.vault import DB_NAME, UnlockKey, Vault


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check_header_copies(folder: Path, report: VerifyReport) -> None:
    for name in (HEADER_NAME, HEADER_COPY_NAME):
        path = folder / name
        try:
            parse_header(read_file_bounded(path), path)
            report.checked.append(f"{name}: sound")
        except FileNotFoundError:
            report.problems.append(f"{path} is missing")
        except VaultDamaged as exc:
            report.problems.append(str(exc))


def verify_vault(vault: Vault) -> VerifyReport:
    """Run every check on an unlocked vault. Reads everything; writes nothing."""
    report = VerifyReport()
    check_header_copies(vault.folder, report)
    _check_database(vault.db, report, fts_command=True)
    _check_log(vault.db, vault.folder, vault.data_key, report)
    return report


def verify_read_only(key: UnlockKey) -> VerifyReport:
    """Every check, on a read-only connection: no migration, no log entry, no byte written."""
    report = VerifyReport()
    check_header_copies(key.folder, report)
    path = key.folder / DB_NAME
    hot = path.with_name(path.name + "-journal")
    if hot.exists():
        # A write was interrupted; rolling it back is a write, which verify never does.
        report.problems.append(f"{hot}: an interrupted write left this rollback journal; "
                               "unlock the vault once to finish it, then verify again")
        return report
    try:
        conn = _connect_read_only(path, key.data_key)
    except VaultDamaged as exc:
        report.problems.append(str(exc))
        return report
    database = Database(conn, path)
    try:
        _check_database(database, report, fts_command=False)
        _check_log(database, key.folder, key.data_key, report)
    finally:
        database.close()
    return report


def _connect_read_only(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    if not path.is_file() or path.stat().st_size == 0:
        raise VaultDamaged(path, Message("damage.database_missing"))
    try:
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                  check_same_thread=False, isolation_level=None)
    except DatabaseError as exc:
        raise VaultDamaged(path, str(exc)) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY").fetchall()  # no plaintext temp files
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        text = str(exc)
        reason = Message("damage.not_decryptable") if "not a database" in text else text
        raise VaultDamaged(path, reason) from None
    return conn


def _check_database(db: Database, report: VerifyReport, *, fts_command: bool) -> None:
    with db.read() as conn:
        for pragma, label in (("cipher_integrity_check", "page HMAC"),
                              ("integrity_check", "structure")):
            try:
                rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
            except DatabaseError as exc:
                rows = [str(exc)]
            sound = rows == [] if pragma == "cipher_integrity_check" else rows == ["ok"]
            if sound:
                report.checked.append(f"journal.db {label} check: sound")
            else:
                report.problems.append(
                    f"{db.path}: {label} check failed for {len(rows)} item(s); first: {rows[0]}"
                )
        if not fts_command:
            # SQLite >= 3.44 runs FTS5's own integrity check inside PRAGMA integrity_check;
            # FTS5's 'integrity-check' command is an INSERT, refused on a read-only connection.
            return
        try:
            conn.execute(
                "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"
            ).fetchall()
            report.checked.append("search index: consistent")
        except DatabaseError as exc:
            report.problems.append(f"{db.path}: search index: {exc}")


def _check_log(db: Database, folder: Path, data_key: bytes, report: VerifyReport) -> None:
    sidecar = read_sidecar(folder, data_key)
    if sidecar is None and (folder / SIDECAR_NAME).exists():
        report.problems.append(f"{folder / SIDECAR_NAME}: damaged, or not written with this "
                               "vault's key")
    anchor = sidecar.log_anchor if sidecar is not None else None
    try:
        chain = AuditLog(db, SystemClock()).verify_chain(anchor)
    except (DatabaseError, JournalError) as exc:
        report.problems.append(f"access log: unreadable ({exc})")
        return
    if chain.missing_anchor is not None:
        report.problems.append(
            f"access log: entry {chain.missing_anchor}, recorded in {SIDECAR_NAME}, is not in"
            f" the log as recorded ({chain.entries} entries): entries were removed from its end,"
            " or journal.db was replaced by an older copy"
        )
    elif chain.intact:
        anchored = " (its end matches the record beside the vault)" if anchor else ""
        report.checked.append(f"access log: {chain.entries} entries, chain intact{anchored}")
    else:
        report.problems.append(f"access log: the chain breaks at entry {chain.first_break}")
