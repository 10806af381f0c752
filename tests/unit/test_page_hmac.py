"""Every page of a vault carries an HMAC: HMAC-SHA256 in vaults made now, SQLCipher's default
HMAC-SHA512 in vaults made before December 2026. Both kinds open, back up, verify and restore,
and a file that answers to neither is damage."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from forensic import scan
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.backup.verify import verify_read_only
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import VaultDamaged
from journal_app.core.storage.db import apply_key, connect
from journal_app.core.vault.vault import DB_NAME, Vault
from support import PASSPHRASE

CANARY = "Sextiofyra-Kanarie-Q8"
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "recover_vault.py"


def recover(folder: Path) -> subprocess.CompletedProcess[str]:
    """The recovery script, which imports nothing from the app, writing to standard output."""
    return subprocess.run([sys.executable, str(SCRIPT), str(folder), "-"], input=PASSPHRASE + "\n",
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False)


def reads_with(path: Path, key: bytes, algorithm: str) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        apply_key(conn, key)
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {algorithm}").fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def rewrite_with_sha512(path: Path, key: bytes) -> None:
    """Turn the file into what a vault made before December 2026 holds: the same rows under
    HMAC-SHA512 pages. Written into the same file (same inode) so the vault's anchor, which
    knows the file by its identity, still recognises it."""
    old = path.with_name("old-format.db")
    conn = connect(path, key, create=False)
    try:
        conn.execute(f"ATTACH DATABASE '{old}' AS old KEY \"x'{key.hex()}'\"")
        conn.execute("PRAGMA old.cipher_hmac_algorithm = HMAC_SHA512").fetchall()
        conn.execute("SELECT sqlcipher_export('old')").fetchall()
        conn.execute("PRAGMA old.user_version = "
                     f"{conn.execute('PRAGMA user_version').fetchone()[0]}")
        conn.execute("DETACH DATABASE old")
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.write(old.read_bytes())
        handle.truncate()
    old.unlink()


def test_a_new_vault_checks_its_pages_with_hmac_sha256(vault: Vault) -> None:
    key = bytes(vault.data_key)
    path = vault.folder / DB_NAME
    vault.lock()
    assert reads_with(path, key, "HMAC_SHA256")
    assert not reads_with(path, key, "HMAC_SHA512")


def test_a_vault_with_sha512_pages_opens_backs_up_verifies_and_restores(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    client_id = vault.journal.clients.add(CANARY).id
    key = bytes(vault.data_key)
    folder = vault.folder
    vault.lock()
    rewrite_with_sha512(folder / DB_NAME, key)
    assert reads_with(folder / DB_NAME, key, "HMAC_SHA512")
    assert not reads_with(folder / DB_NAME, key, "HMAC_SHA256")

    reopened = Vault.unlock(folder, PASSPHRASE, clock=clock)
    try:
        assert reopened.journal.clients.get(client_id).name == CANARY
        record = create_backup(reopened, tmp_path / "old.journalbackup")
        assert verify_read_only(folder, key).sound
    finally:
        reopened.lock()

    restore_backup(record.path, tmp_path / "restored", PASSPHRASE, clock=clock)
    restored = Vault.unlock(tmp_path / "restored", PASSPHRASE, clock=clock)
    try:
        assert restored.journal.clients.get(client_id).name == CANARY
    finally:
        restored.lock()
    # The forensic reader finds the name in the decrypted pages of the old format, and nowhere
    # in the raw bytes: the scan reads SHA-512 pages as they are, not by luck.
    result = scan(tmp_path / "restored" / DB_NAME, key, [CANARY])
    assert result.has(CANARY)
    assert not (tmp_path / "restored" / DB_NAME).read_bytes().count(CANARY.encode())


def test_a_plain_sqlite_file_in_the_vault_is_damage(vault: Vault) -> None:
    key = bytes(vault.data_key)
    path = vault.folder / DB_NAME
    vault.lock()
    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t (x)")
    plain.commit()
    plain.close()
    with pytest.raises(VaultDamaged):
        connect(path, key, create=False)


def test_the_recovery_script_reads_both_kinds_of_page(vault: Vault, tmp_path: Path) -> None:
    vault.journal.clients.add(CANARY)
    key = bytes(vault.data_key)
    folder = vault.folder
    vault.lock()
    new_format = recover(folder)
    rewrite_with_sha512(folder / DB_NAME, key)
    old_format = recover(folder)
    for result in (new_format, old_format):
        assert result.returncode == 0, result.stderr
        assert CANARY in result.stdout
    assert json.loads(new_format.stdout)["clients"] == json.loads(old_format.stdout)["clients"]
