"""`verify`: the header copies, SQLCipher's page HMACs, SQLite's integrity, the access log.

`verify_read_only` is the one verify: `journal-app verify` runs it on a locked vault, and it
checks an open vault the same way. It opens the database read-only (URI mode=ro) on a
connection of its own, runs no migration and writes no log entry, so checking a damaged vault
never changes it. The statements it runs are in storage/integrity.py; the rules (what is sound,
how a problem is said) are here. The access log records reading the journal; verify reads no
journal content (only page checksums, the structure and the log itself), so it logs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journal_app.core.domain.clock import SystemClock
from journal_app.core.errors import JournalError, VaultDamaged
from journal_app.core.keys.header import HEADER_COPY_NAME, HEADER_NAME, parse_header, read_file_bounded
from journal_app.core.retention.erasure_record import SIDECAR_NAME, read_sidecar
from journal_app.core.storage import integrity
from journal_app.core.storage.audit import AuditLog
from journal_app.core.storage.db import Database, DatabaseError
from journal_app.core.vault.vault import DB_NAME


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


def verify_read_only(folder: Path, data_key: bytes) -> VerifyReport:
    """Every check, on a read-only connection of its own: no migration, no log entry, no byte
    written. `folder` may hold an open vault: its connection is left alone."""
    report = VerifyReport()
    check_header_copies(folder, report)
    path = folder / DB_NAME
    hot = path.with_name(path.name + "-journal")
    if hot.exists():
        # A write was interrupted; rolling it back is a write, which verify never does.
        report.problems.append(f"{hot}: an interrupted write left this rollback journal; "
                               "unlock the vault once to finish it, then verify again")
        return report
    try:
        conn = integrity.connect_read_only(path, data_key)
    except VaultDamaged as exc:
        report.problems.append(str(exc))
        return report
    database = Database(conn, path)
    try:
        _check_database(database, report)
        _check_log(database, folder, data_key, report)
    finally:
        database.close()
    return report


def _check_database(db: Database, report: VerifyReport) -> None:
    # SQLite >= 3.44 runs FTS5's own integrity check (the search index) inside integrity_check;
    # FTS5's 'integrity-check' command is an INSERT, refused on a read-only connection.
    with db.read() as conn:
        for check, label, sound in ((integrity.failing_pages, "page HMAC", []),
                                    (integrity.structure_problems, "structure", ["ok"])):
            try:
                rows = check(conn)
            except DatabaseError as exc:
                rows = [str(exc)]
            if rows == sound:
                report.checked.append(f"journal.db {label} check: sound")
            else:
                report.problems.append(
                    f"{db.path}: {label} check failed for {len(rows)} item(s); first: {rows[0]}"
                )


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
