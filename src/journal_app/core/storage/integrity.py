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
from journal_app.core.storage.db import open_keyed


def connect_read_only(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """Open the database read-only (URI mode=ro): no migration, no pragma that writes, no
    rollback of an interrupted write. A file that cannot be opened or decrypted is damage."""
    if not path.is_file() or path.stat().st_size == 0:
        raise VaultDamaged(path, Message("damage.database_missing"))
    return open_keyed(path, "ro", data_key)


# What a structure check may cache: the whole of any vault a practice will have, and a bound.
CHECK_CACHE_MAX_KIB = 1024 * 1024


def failing_pages(conn: sqlcipher3.Connection) -> list[str]:
    """SQLCipher's page check: one line per page whose HMAC fails; empty when every page holds."""
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def structure_problems(conn: sqlcipher3.Connection) -> list[str]:
    """SQLite's structure check: exactly ["ok"] when the b-trees and indexes are consistent.
    SQLite >= 3.44 runs FTS5's own check of the search index inside it too.

    The check visits the b-trees out of file order (each index against its table); with the
    usual 32 MB cache a page of a large vault is read, its HMAC checked and decrypted again and
    again (6.7 s at 200,000 notes). For the check the cache may hold the whole file, up to
    CHECK_CACHE_MAX_KIB (3.2 s there; SQLite 1.6x its own check of a plaintext copy); the
    connection's own cache size is put back afterwards."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size_kib = pages * int(conn.execute("PRAGMA page_size").fetchone()[0]) // 1024
    conn.execute(f"PRAGMA cache_size = -{max(min(size_kib * 11 // 10, CHECK_CACHE_MAX_KIB), 2048)}")
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")
