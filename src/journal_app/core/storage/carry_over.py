"""What a restore carries from the vault it replaces into the restored copy: the backup
catalogue (it knows of backups made after the one restored) and the access-log entries written
after the backup.

The statements only; backup/restore.py decides what is carried and how each entry is marked.
These functions run on a connection the caller opened (the replaced vault's, or the restored
copy's inside its `Database.write()`) and let a `DatabaseError` through.
"""

from __future__ import annotations

import sqlcipher3

from journal_app.core.storage.db import Row

LOG_COLUMNS = "seq, at, action, client_id, detail"


def read_catalog(conn: sqlcipher3.Connection) -> list[Row]:
    """Every row of the backup catalogue, every column, as stored."""
    return [tuple(row) for row in conn.execute("SELECT * FROM backups").fetchall()]


def keep_catalog(conn: sqlcipher3.Connection, rows: list[Row]) -> None:
    """Write rows read by `read_catalog` into another copy of the same vault, replacing a row
    with the same key."""
    for row in rows:
        conn.execute("INSERT OR REPLACE INTO backups VALUES (?, ?, ?, ?, ?, ?, ?)", row)


def log_after(
    conn: sqlcipher3.Connection, anchor: tuple[int, str] | None, made: str
) -> list[Row]:
    """The access-log entries (seq, at, action, client_id, detail) written after a backup whose
    last entry was `anchor` (seq, hash) and which was made at `made` (UTC ISO): those after the
    anchor when this log continues the backup's (it still holds the anchor as recorded), else
    (the logs parted) every entry from `made` on. Oldest first."""
    continues = anchor is not None and conn.execute(
        "SELECT 1 FROM audit_log WHERE seq = ? AND hash = ?", anchor).fetchone()
    since: int | str = anchor[0] if continues and anchor is not None else made
    rows = conn.execute(
        f"SELECT {LOG_COLUMNS} FROM audit_log WHERE {'seq > ?' if continues else 'at >= ?'}"
        " ORDER BY seq", (since,)).fetchall()
    return [tuple(row) for row in rows]
