"""The statements that check a database file: SQLCipher's page HMACs, SQLite's structure check,
and a read-only connection to run them on without changing a byte.

What counts as sound and how a problem is worded stays with the callers (backup/verify.py,
backup/restore.py). These functions run inside the caller's `Database.read()` and let a
`DatabaseError` through untranslated, so the caller decides what a failing check means. The
access log's chain is read by audit.py (`AuditLog.verify_chain`).
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from journal_app.core.errors import VaultDamaged
from journal_app.core.messages import Message
from journal_app.core.storage.db import DatabaseError, apply_key


def connect_read_only(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """Open the database read-only (URI mode=ro): no migration, no pragma that writes, no
    rollback of an interrupted write. A file that cannot be opened or decrypted is damage."""
    if not path.is_file() or path.stat().st_size == 0:
        raise VaultDamaged(path, Message("damage.database_missing"))
    try:
        conn = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                  check_same_thread=False, isolation_level=None)
    except DatabaseError as exc:
        raise VaultDamaged(path, str(exc)) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        apply_key(conn, data_key)
        conn.execute("PRAGMA temp_store = MEMORY").fetchall()  # no plaintext temp files
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        text = str(exc)
        reason = Message("damage.not_decryptable") if "not a database" in text else text
        raise VaultDamaged(path, reason) from None
    return conn


def failing_pages(conn: sqlcipher3.Connection) -> list[str]:
    """SQLCipher's page check: one line per page whose HMAC fails; empty when every page holds."""
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def structure_problems(conn: sqlcipher3.Connection, *, cache_kib: int | None = None) -> list[str]:
    """SQLite's structure check: exactly ["ok"] when the b-trees and indexes are consistent.
    SQLite >= 3.44 runs FTS5's own check of the search index inside it too. `cache_kib`: a
    larger page cache for the check, which visits the b-trees out of file order (with the
    default 8 MB a page is read, decrypted and its HMAC checked again and again)."""
    if cache_kib is not None:
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    return [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
