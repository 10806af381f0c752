"""One opener at a time: an exclusive, non-blocking lock on an empty file in the vault folder.

Two windows (or the GUI and the CLI) on one vault would each write the header from their own
copy in memory, so the second write could bring back a recovery key the first one replaced. The
lock is taken when a vault opens (after the key unwrapped, so a wrong passphrase changes
nothing) and released when it locks; the operating system drops it when the process dies, so a
crash never leaves a vault that cannot be opened. The file itself holds no data and stays.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from journal_app.core.errors import JournalError
from journal_app.core.files.atomic import storage_error

LOCK_NAME = "vault.lock"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # a byte past the end can be locked

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    _BUSY = (errno.EACCES, errno.EDEADLOCK)
else:
    import fcntl

    def _try_lock(fd: int) -> None:
        # flock, not lockf: flock locks belong to the open file, so a second open in this same
        # process is refused too (lockf locks belong to the process and would let it through).
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    _BUSY = (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)


class VaultInUse(JournalError):
    def __init__(self) -> None:
        super().__init__("vault.in_use")


class VaultLock:
    """Held while a vault is open; `release()` is safe to call more than once."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def acquire(cls, folder: Path) -> VaultLock:
        path = folder / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise storage_error(path, exc) from None
        try:
            _try_lock(fd)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY:
                raise VaultInUse() from None
            # A file system without locks: refuse rather than risk two writers.
            raise storage_error(path, exc) from None
        return cls(fd, path)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file drops the lock anyway
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
