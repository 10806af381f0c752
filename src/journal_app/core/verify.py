"""`verify`: the header copies, SQLCipher's page HMACs, SQLite's integrity, the access log."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from journal_app.core.db import DatabaseError
from journal_app.core.errors import VaultDamaged
from journal_app.core.header import HEADER_COPY_NAME, HEADER_NAME, parse_header, read_file_bounded
from journal_app.core.vault import Vault


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
    with vault.db.read() as conn:
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
                    f"{vault.db.path}: {label} check failed for {len(rows)} item(s);"
                    f" first: {rows[0]}"
                )
        try:
            conn.execute(
                "INSERT INTO search_index(search_index, rank) VALUES ('integrity-check', 1)"
            ).fetchall()
            report.checked.append("search index: consistent")
        except DatabaseError as exc:
            report.problems.append(f"{vault.db.path}: search index: {exc}")
    try:
        chain = vault.journal.audit.verify_chain()
    except (DatabaseError, VaultDamaged) as exc:
        report.problems.append(f"access log: unreadable ({exc})")
        return report
    if chain.intact:
        report.checked.append(f"access log: {chain.entries} entries, chain intact")
    else:
        report.problems.append(f"access log: the chain breaks at entry {chain.first_break}")
    return report
