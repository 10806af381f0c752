"""Erasures reach the backups: a second partial erase of the same client (the first erased a
completed package while another was open) must be carried into a backup that already holds
the first erase's receipt, and into one that predates both."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from _support import count

from forensic import scan
from journal_app.core.backup.backup import carry_erasures, create_backup, list_backups
from journal_app.core.backup.backup_file import copy_database_out, read_backup
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault


def package_with_note(j: Journal, client_id: str, word: str, day: int) -> str:
    package = j.packages.add(client_id, name=f"Paket {word}", sessions_total=1,
                             purchased="2026-01-01")
    session = j.packages.add_session(package.id, dt.datetime(2026, 1, day, 10), "held")
    j.notes.save_draft(session.id, f"Samtal {word} om oro.")
    return session.id


def words_in_backup(vault: Vault, path: Path, words: list[str], tmp: Path) -> set[str]:
    db = tmp / f"{path.name}.db"
    db.unlink(missing_ok=True)
    copy_database_out(read_backup(path), db)
    result = scan(db, vault.data_key, words)
    return {w for w in words if result.has(w)}


def test_second_partial_erase_reaches_every_backup(vault: Vault, tmp_path: Path) -> None:
    j = vault.journal
    client = j.clients.add("Tre Paketsson")
    first = package_with_note(j, client.id, "Alfaord", 2)
    second = package_with_note(j, client.id, "Betaord", 3)
    package_with_note(j, client.id, "Gammaord", 4)  # stays open to the end
    words = ["Alfaord", "Betaord", "Gammaord"]
    backups = tmp_path / "backups"
    backups.mkdir()
    early = create_backup(vault, backups / "early.journalbackup").path  # before any erase
    j.sign_note(first)
    j.erase_client(client.id, completed_only=True)  # erases Alfa; client stays
    carry_erasures(vault)
    middle = create_backup(vault, backups / "middle.journalbackup").path  # holds receipt 1
    assert words_in_backup(vault, early, words, tmp_path) == {"Betaord", "Gammaord"}
    j.sign_note(second)
    j.erase_client(client.id, completed_only=True)  # erases Beta; Gamma stays open
    updated = carry_erasures(vault).updated
    assert sorted(updated) == sorted([str(early), str(middle)])
    for path in (early, middle):
        assert words_in_backup(vault, path, words, tmp_path) == {"Gammaord"}, path
    assert not any(r.holds_erased for r in list_backups(j))
    count("backups checked after a second partial erase", 2)
