"""Atomic file replacement: temp file in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from pathlib import Path

from journal_app.core.errors import StorageError
from journal_app.core.messages import Message


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename itself.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_beside(target: Path) -> Path:
    """A fresh hidden name in the target's own folder, so the rename never crosses devices."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")


def remove_stale_temps(folder: Path, stem_pattern: str) -> None:
    """Delete temp files a killed process left beside their targets (named as
    temp_path_beside names them, for targets matching `stem_pattern`): a half-written copy of a
    backup taken before an erase would otherwise keep erased notes where no erase reaches."""
    pattern = re.compile(rf"\.{stem_pattern}\.[0-9a-f]{{12}}\.tmp(-journal|-wal|-shm)?")
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def write_atomic(target: Path, data: bytes, *, mode: int = 0o600) -> None:
    tmp = temp_path_beside(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(target, exc) from exc


def storage_error(target: Path, exc: OSError) -> StorageError:
    reason: Message | str
    if exc.errno == errno.ENOSPC:
        reason = Message("disk.full")
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason = Message("disk.not_permitted")
    else:
        reason = exc.strerror or str(exc)
    return StorageError("disk.write_failed", path=target, reason=reason)
