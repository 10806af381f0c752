"""`verify`: the header copies, SQLCipher's page HMACs, SQLite's integrity, the access log.

`verify_read_only` is the one verify: `journal-app verify` runs it on a locked vault, and it
checks an open vault the same way. It opens the database read-only (URI mode=ro) on a
connection of its own, runs no migration and writes no log entry, so checking a damaged vault
never changes it. The statements it runs are in storage/integrity.py; the rules (what is sound,
how a problem is said) are here. The access log records reading the journal; verify reads no
journal content (only page checksums, the structure and the log itself), so it logs nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from journal_app.core.domain.clock import SystemClock, utc_iso
from journal_app.core.errors import JournalError, VaultDamaged
from journal_app.core.keys.header import HEADER_COPY_NAME, HEADER_NAME, parse_header, read_file_bounded
from journal_app.core.retention.erasure_record import SIDECAR_NAME, read_sidecar
from journal_app.core.storage import integrity
from journal_app.core.storage.audit import AuditLog, LogGap
from journal_app.core.storage.db import Database, DatabaseError
from journal_app.core.vault.vault import DB_NAME


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check_header_copies(folder: Path, report: VerifyReport, data_key: bytes | None = None) -> None:
    """Each copy parses; with the data key, each is also as its key holder wrote it (MAC)."""
    for name in (HEADER_NAME, HEADER_COPY_NAME):
        path = folder / name
        try:
            header = parse_header(read_file_bounded(path), path)
        except FileNotFoundError:
            report.problems.append(f"{path} is missing")
            continue
        except VaultDamaged as exc:
            report.problems.append(str(exc))
            continue
        if data_key is not None and not header.mac_holds(data_key):
            report.problems.append(f"{path} was altered after the app wrote it (its MAC does "
                                   "not match); the next unlock rewrites it from the other copy"
                                   " if that one holds")
        else:
            report.checked.append(f"{name}: sound")


def describe_gap(gap: LogGap) -> str:
    """Which access-log entries are missing, in one English sentence (verify, `log`)."""
    if gap.first is None or gap.after is None:
        what = (f"entry {gap.last} as it was written is not in the log: the entries up to it "
                "were replaced")
    else:
        what = (f"the {gap.count} entries written after entry {gap.after} (numbered "
                f"{gap.first}–{gap.last} then) are missing")
    if gap.noticed_at is None:
        return (f"{what}: the record beside the vault ({SIDECAR_NAME}) says the log reached entry"
                f" {gap.last}; journal.db was replaced by an older copy, or entries were removed"
                " from its end")
    return (f"{what}: journal.db was replaced by an older copy (found at the unlock of"
            f" {utc_iso(gap.noticed_at)}, entry {gap.noticed_seq}; the erasures made since were"
            " applied again)")


def verify_read_only(folder: Path, data_key: bytes) -> VerifyReport:
    """Every check, on a read-only connection of its own: no migration, no log entry, no byte
    written. `folder` may hold an open vault: its connection is left alone."""
    report = VerifyReport()
    check_header_copies(folder, report, data_key)
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
        _check_database(database, data_key, report)
        _check_log(database, folder, data_key, report)
    finally:
        database.close()
    return report


def _check_database(db: Database, data_key: bytes, report: VerifyReport) -> None:
    """Every page's HMAC and SQLite's structure check (with FTS5's own check of the search
    index, SQLite >= 3.44), on two read-only connections at once: both are SQLite's C code,
    which leaves Python's lock free, so on two cores verify takes the longer of the two."""
    # FTS5's 'integrity-check' command is an INSERT, refused on a read-only connection.
    pages: list[str] = []

    def check_pages() -> None:
        try:
            conn = integrity.connect_read_only(db.path, data_key)
        except VaultDamaged as exc:
            pages.append(str(exc))
            return
        try:
            pages.extend(integrity.failing_pages(conn))
        except DatabaseError as exc:
            pages.append(str(exc))
        finally:
            conn.close()

    beside = threading.Thread(target=check_pages, name="verify-page-check", daemon=True)
    beside.start()
    with db.read() as conn:
        try:
            structure = integrity.structure_problems(conn)
        except DatabaseError as exc:
            structure = [str(exc)]
    beside.join()
    for rows, label, sound in ((pages, "page HMAC", []), (structure, "structure", ["ok"])):
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
    for gap in chain.gaps:
        report.problems.append(f"access log: {describe_gap(gap)}")
    if chain.first_break is not None:
        report.problems.append(f"access log: the chain breaks at entry {chain.first_break}")
    elif not chain.gaps:
        anchored = " (its end matches the record beside the vault)" if anchor else ""
        report.checked.append(f"access log: {chain.entries} entries, chain intact{anchored}")
