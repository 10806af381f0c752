"""The backup file: one file holding an encrypted copy of the database and the vault header.

Layout (integers big-endian), the database first so a backup is written in one pass:

    the SQLCipher database copy (its pages as they are on disk: AES-256, an HMAC per page)
    | vault.json as it was at backup time | meta JSON (backup id, time, vault id, schema; never
    client data) | header length (u32) | meta length (u32) | database length (u64)
    | format version (u16) | MAGIC (8) | SHA-256 (32) over every byte before it

Nothing in it is plaintext client data: the pages are SQLCipher's, and the header holds the
data key only wrapped. The checksum finds damage before anyone types a passphrase; the page
HMACs and the key wrap catch tampering.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from journal_app.core.errors import VaultDamaged
from journal_app.core.files.atomic import fsync_folder, storage_error, temp_path_beside
from journal_app.core.keys.header import MAX_HEADER_BYTES, VaultHeader, parse_header
from journal_app.core.messages import Message

MAGIC = b"JAPPBAK\x00"
FORMAT_VERSION = 1
BACKUP_SUFFIX = ".journalbackup"
MAX_META_BYTES = 64 * 1024
PAGE = 4096
CHUNK = 4 * 1024 * 1024
DIGEST = 32
_TAIL = struct.Struct(">IIQH8s")


@dataclass(frozen=True)
class BackupMeta:
    backup_id: str
    created_at: str
    vault_id: str
    schema_version: int
    app_version: str
    # Where the vault was (a path, no client data): a restore elsewhere looks there for the
    # erasures made after this backup. Empty in backups written before it was recorded.
    vault_folder: str = ""

    def to_bytes(self) -> bytes:
        return json.dumps(self.__dict__, sort_keys=True).encode("utf-8")


@dataclass(frozen=True)
class BackupContents:
    """A backup whose checksum and structure were checked; the database is read from disk."""

    path: Path
    header_bytes: bytes
    header: VaultHeader
    meta: BackupMeta
    db_offset: int
    db_length: int
    sha256: str
    size: int


def is_backup_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            handle.seek(-(len(MAGIC) + DIGEST), os.SEEK_END)
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_backup(path: Path) -> BackupContents:
    """Check the whole file (checksum, then structure, then header) or raise VaultDamaged."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            digest = _hash_prefix(handle, size - DIGEST) if size > _TAIL.size + DIGEST else None
            stored = handle.read(DIGEST)
            if digest is None or stored != digest.digest():
                raise VaultDamaged(path, Message("damage.checksum"))
            return _parse(handle, path, size, digest.hexdigest())
    except struct.error:
        raise VaultDamaged(path, Message("damage.structure")) from None
    except FileNotFoundError:
        raise VaultDamaged(path, Message("damage.file_missing")) from None
    except OSError as exc:
        raise VaultDamaged(path, exc.strerror or str(exc)) from None


def _hash_prefix(handle: BinaryIO, length: int) -> Any:
    digest = hashlib.sha256()
    remaining = length
    while remaining:
        block = handle.read(min(CHUNK, remaining))
        if not block:
            return None
        digest.update(block)
        remaining -= len(block)
    return digest


def _parse(handle: BinaryIO, path: Path, size: int, sha: str) -> BackupContents:
    def fail(code: str, **fields: object) -> VaultDamaged:
        return VaultDamaged(path, Message(code, fields))

    handle.seek(size - DIGEST - _TAIL.size)
    header_len, meta_len, db_length, version, magic = _TAIL.unpack(handle.read(_TAIL.size))
    if magic != MAGIC:
        raise fail("damage.not_a_backup")
    if version != FORMAT_VERSION:
        raise fail("damage.backup_format", version=version)
    if header_len > MAX_HEADER_BYTES or meta_len > MAX_META_BYTES:
        raise fail("damage.backup_header_too_large")
    if db_length + header_len + meta_len + _TAIL.size + DIGEST != size or db_length == 0 \
            or db_length % PAGE:
        raise fail("damage.backup_wrong_length")
    handle.seek(db_length)
    header_bytes = handle.read(header_len)
    header = parse_header(header_bytes, path)
    try:
        raw = json.loads(handle.read(meta_len).decode("utf-8"))
        meta = BackupMeta(
            backup_id=str(raw["backup_id"]), created_at=str(raw["created_at"]),
            vault_id=str(raw["vault_id"]), schema_version=int(raw["schema_version"]),
            app_version=str(raw["app_version"]), vault_folder=str(raw.get("vault_folder", "")),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise fail("damage.backup_description") from None
    if meta.vault_id != header.vault_id:
        raise fail("damage.backup_vaults_differ")
    return BackupContents(path, header_bytes, header, meta, 0, db_length, sha, size)


def copy_database_out(contents: BackupContents, target: Path) -> None:
    """Write the (encrypted) database copy to `target`, a new file."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with contents.path.open("rb") as source:
            source.seek(contents.db_offset)
            remaining = contents.db_length
            while remaining:
                block = source.read(min(CHUNK, remaining))
                if not block:
                    raise VaultDamaged(contents.path, Message("damage.shrank"))
                _write_all(fd, block)
                remaining -= len(block)
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class WrittenBackup:
    size: int
    sha256: str


def write_backup_file(target: Path, header_bytes: bytes, meta: BackupMeta, db_file: Path,
                      *, before_rename: Callable[[], None] = lambda: None) -> WrittenBackup:
    """Copy `db_file` (already encrypted) and the trailer into a temp file beside `target`,
    read the copy back against the source, then rename it into place: all or nothing. The
    caller keeps `db_file` from changing meanwhile (a SQLite shared lock). `before_rename` may
    still refuse the copy (by raising): the temp file is then removed and nothing is replaced."""
    tmp = temp_path_beside(target)
    meta_bytes = meta.to_bytes()
    try:
        # Created private and exclusive first; the copy then writes into it (0600 kept).
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        # The operating system copies the pages (sendfile, fcopyfile: no trip through Python,
        # 6x faster than a read-hash-write loop at 530 MB).
        shutil.copyfile(db_file, tmp)
        # Read the copy back before it replaces anything: a bad write (a failing stick) must
        # not take the place of a good backup. Compared byte for byte with the source and
        # hashed in the same pass: one SHA-256 over the data, not one of the source and
        # another of the copy. (The OS cache may answer; a short or garbled write through the
        # file system is still caught.)
        db_length = db_file.stat().st_size
        digest = _compare_and_hash(tmp, db_file, db_length)
        tail = _TAIL.pack(len(header_bytes), len(meta_bytes), db_length, FORMAT_VERSION, MAGIC)
        trailer = header_bytes + meta_bytes + tail
        digest.update(trailer)
        trailer += digest.digest()
        fd = os.open(tmp, os.O_WRONLY | os.O_APPEND)
        try:
            _write_all(fd, trailer)
            os.fsync(fd)
        finally:
            os.close(fd)
        with tmp.open("rb") as handle:
            handle.seek(db_length)
            if handle.read() != trailer:
                raise OSError(errno.EIO, "the copy read back differs from what was written")
        before_rename()
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(target, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return WrittenBackup(size=target.stat().st_size, sha256=digest.hexdigest())


def _compare_and_hash(copy: Path, source: Path, length: int) -> Any:
    """SHA-256 of the copy's first `length` bytes, which must be the source's, byte for byte;
    else OSError (EIO)."""
    digest = hashlib.sha256()
    with copy.open("rb") as written, source.open("rb") as original:
        remaining = length
        while remaining:
            block = written.read(min(CHUNK, remaining))
            if not block or block != original.read(len(block)):
                raise OSError(errno.EIO, "the copy read back differs from the database")
            digest.update(block)
            remaining -= len(block)
        if written.read(1):
            raise OSError(errno.EIO, "the database changed size while it was copied")
    return digest


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def remove_quietly(*paths: Path) -> None:
    """Delete temp files and SQLite's leftovers beside them; used on every exit path."""
    for path in paths:
        for candidate in (path, path.with_name(path.name + "-journal"),
                          path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()
