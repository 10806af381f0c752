"""The one SQLCipher connection, with the pragmas every vault relies on.

All SQL goes through `Database.read()` / `Database.write()`: one lock (the GUI thread and the
task thread share the connection), explicit transactions, and disk errors translated into
messages a person can act on.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from journal_app.core.errors import StorageError, VaultDamaged, VaultLocked
from journal_app.core.messages import Message

Row = tuple[Any, ...]
DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError

PRAGMAS = (
    # Raw keys skip SQLCipher's own PBKDF2; our Argon2id + key wrap guards the key instead.
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA secure_delete = ON",  # freed pages are zeroed (SQLCipher forces it; say so anyway)
    "PRAGMA journal_mode = DELETE",  # rollback journal, removed after every commit: no -wal
    "PRAGMA synchronous = FULL",  # a commit is on the platter before we say "saved"
    "PRAGMA temp_store = MEMORY",  # no plaintext temp files for sorts or indexes
    "PRAGMA foreign_keys = ON",
    # 32 MiB of decrypted pages: a large journal's client list and search indexes stay in memory
    # instead of being read and decrypted again on every call (bench/bench_core.py).
    "PRAGMA cache_size = -32768",
)


# The HMAC every page carries. New vaults use HMAC-SHA256: a 256-bit key and tag guard a page
# as well as SHA-512's do, and with the processor's SHA instructions checking every page (each
# backup does) takes 0.94 s instead of 1.46 s at 200,000 notes (docs/performance.md). Vaults
# made before December 2026 keep HMAC-SHA512, SQLCipher 4's default; both are read, the newer
# tried first: a file's first page answers to one of them only.
PAGE_HMAC_NEW = "HMAC_SHA256"
PAGE_HMACS_READ = (PAGE_HMAC_NEW, "HMAC_SHA512")


def connect(path: Path, data_key: bytes, *, create: bool) -> sqlcipher3.Connection:
    """Open (or create) the encrypted database; any failure with the right key is damage."""
    if not create and not path.is_file():
        raise VaultDamaged(path, Message("damage.database_missing"))
    # SQLite takes an empty file for a new database: opening it would silently start an empty
    # journal over the lost one. A vault's database is never empty (see `create` below).
    if not create and path.stat().st_size == 0:
        raise VaultDamaged(path, Message("damage.database_empty"))
    mode = "rwc" if create else "rw"
    conn = open_keyed(path, mode, data_key)
    try:
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
        if create:
            conn.execute("PRAGMA user_version = 0")  # writes page 1: the file is never empty
    except DatabaseError as exc:
        conn.close()
        raise VaultDamaged(path, _describe(exc)) from None
    return conn


def open_keyed(path: Path, mode: str, data_key: bytes) -> sqlcipher3.Connection:
    """A connection keyed with the data key whose first read (every HMAC on page 1) has
    passed. A new file ("rwc" on a missing or empty file) gets PAGE_HMAC_NEW; an existing one
    is read with each of PAGE_HMACS_READ in turn. A damaged or foreign file fails with all of
    them: VaultDamaged, as any failure with the right key is."""
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    is_new = mode == "rwc" and (not path.exists() or path.stat().st_size == 0)
    algorithms = (PAGE_HMAC_NEW,) if is_new else PAGE_HMACS_READ
    for attempt, algorithm in enumerate(algorithms, start=1):
        try:
            conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False,
                                      isolation_level=None)
        except DatabaseError as exc:
            raise VaultDamaged(path, str(exc)) from None
        try:
            # SQLCipher logs page errors to stderr by default; we report them ourselves, once.
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            apply_key(conn, data_key)
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {algorithm}").fetchall()
            conn.execute("PRAGMA temp_store = MEMORY").fetchall()  # no plaintext temp files
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except DatabaseError as exc:
            conn.close()
            if attempt == len(algorithms) or "not a database" not in str(exc):
                raise VaultDamaged(path, _describe(exc)) from None
    raise AssertionError("unreachable: the last attempt returns or raises")


_HEX = b"0123456789abcdef"


def apply_key(conn: sqlcipher3.Connection, data_key: bytes) -> None:
    """Key the connection with the raw data key (SQLCipher's raw-key form x'<64 hex>').

    Through sqlcipher3's `set_key` (sqlite3_key) from a bytearray zeroed right after, never as
    `PRAGMA key = "x'…'"`: that statement's text would stay in immutable Python strings and in
    the connection's statement cache, and with it two hex copies of the key in memory long
    after the vault locked. SQLCipher takes no raw key in binary (32 bytes are a passphrase to
    it), so the hex form exists, briefly, in this buffer and in SQLCipher's own copy, which it
    wipes when it frees it (docs/security.md)."""
    spelled = bytearray(3 + 2 * len(data_key))
    try:
        spelled[0:2] = b"x'"
        for i, byte in enumerate(data_key):
            spelled[2 + 2 * i] = _HEX[byte >> 4]
            spelled[3 + 2 * i] = _HEX[byte & 0x0F]
        spelled[-1] = ord("'")
        conn.set_key(spelled)
    finally:
        for i in range(len(spelled)):
            spelled[i] = 0


def engine_version() -> str:
    """The SQLite version inside the SQLCipher build this app uses (for the About box)."""
    return str(sqlcipher3.sqlite_version)


def _describe(exc: Exception) -> Message | str:
    text = str(exc)
    if "not a database" in text:
        return Message("damage.not_decryptable")
    return text


class Database:
    def __init__(self, conn: sqlcipher3.Connection, path: Path) -> None:
        self._conn: sqlcipher3.Connection | None = conn
        self.path = path
        self.lock = threading.RLock()
        self._depth = 0

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlcipher3.Connection]:
        with self.lock:
            try:
                yield self.conn
            except DatabaseError as exc:
                raise self._translate(exc) from None

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlcipher3.Connection]:
        """One transaction; nested calls join the outer one."""
        with self.lock:
            conn = self.conn
            if self._depth:
                self._depth += 1
                try:
                    yield conn
                finally:
                    self._depth -= 1
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except DatabaseError as exc:
                raise self._translate(exc) from None
            self._depth = 1
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(DatabaseError):
                    conn.execute("ROLLBACK")
                if isinstance(exc, DatabaseError):
                    raise self._translate(exc) from None
                raise
            finally:
                self._depth = 0

    def _translate(self, exc: sqlcipher3.DatabaseError) -> Exception:
        text = str(exc)
        if type(exc) is DatabaseError:
            # SQLITE_CORRUPT / SQLITE_NOTADB: a page failed its HMAC or the structure is broken
            # (constraint errors are subclasses and pass through unchanged).
            return VaultDamaged(self.path, _describe(exc))
        error: Exception = exc
        if not isinstance(exc, OperationalError):
            return error
        if "full" in text:
            return StorageError("disk.save_failed", path=self.path, reason=Message("disk.full"))
        if "readonly" in text or "read-only" in text or "disk I/O" in text:
            return StorageError("disk.save_failed", path=self.path, reason=text)
        return error

    def close(self) -> None:
        with self.lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None
