"""Helpers for the tests of backups, restores and erasures: a vault with two marked clients,
the CLI run in-process, a backup's database scanned, a damaged first page."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from forensic import MarkedClient, add_marked_client, scan
from journal_app.cli.main import run
from journal_app.core.backup.backup_file import copy_database_out, read_backup
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE

PAGE = 4096
TwoClients = tuple[Vault, MarkedClient, MarkedClient]


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str],
        stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def in_backup(path: Path, key: bytes, needles: list[str]) -> set[str]:
    copy = path.with_name(path.name + ".scan")
    copy_database_out(read_backup(path), copy)
    try:
        result = scan(copy, key, needles)
    finally:
        copy.unlink()
    return {n for n in needles if result.has(n)}


def names(folder: Path) -> list[str]:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return sorted(c.name for c in vault.journal.clients.all())
    finally:
        vault.lock()


def damage_page_one(folder: Path) -> None:
    path = folder / "journal.db"
    data = bytearray(path.read_bytes())
    data[200] ^= 1
    path.write_bytes(bytes(data))


def two_clients(vault: Vault) -> TwoClients:
    """Karin Kvar, who stays, and Rut Raderas, who is erased."""
    kept, _ = add_marked_client(vault.journal, "Karin Kvar", "kvarord")
    gone, _ = add_marked_client(vault.journal, "Rut Raderas", "bortord")
    return vault, kept, gone
