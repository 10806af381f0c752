"""Failed unlock attempts, counted beside the locked vault.

A wrong passphrase cannot be written into the vault (its key is what is missing), so the count
lives in a small file in the vault folder: a number and the time of the last failure, nothing
about any client. The vault's own files stay byte for byte as they were. The next successful
unlock reports the count, records it in the access log and removes the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from journal_app.core.domain.clock import parse_utc, utc_iso
from journal_app.core.errors import StorageError
from journal_app.core.files.atomic import fsync_folder, write_atomic

ATTEMPTS_NAME = "unlock-attempts.json"
MAX_ATTEMPTS_BYTES = 4096


@dataclass(frozen=True)
class FailedAttempts:
    count: int
    last_failure: dt.datetime

    def describe(self) -> str:
        noun = "attempt" if self.count == 1 else "attempts"
        return f"{self.count} failed unlock {noun} since last time (the last at " \
               f"{utc_iso(self.last_failure)})."


def read_attempts(folder: Path) -> FailedAttempts | None:
    """The count so far, or None. A damaged file counts as one unknown failure, never zero."""
    path = folder / ATTEMPTS_NAME
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ATTEMPTS_BYTES + 1)
    except OSError:  # missing (the usual case) or unreadable: nothing to report
        return None
    try:
        raw = json.loads(data.decode("utf-8"))
        count = int(raw["count"])
        last = parse_utc(str(raw["last_failure"]))
        if count < 1:
            raise ValueError("count below one")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        # Someone or something mangled it: still tell the practitioner that something happened.
        stamp = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        return FailedAttempts(1, stamp)
    return FailedAttempts(count, last)


def record_failure(folder: Path, now: dt.datetime) -> FailedAttempts | None:
    """Add one failure. Never raises: a read-only vault folder must still say 'wrong passphrase'."""
    previous = read_attempts(folder)
    updated = FailedAttempts((previous.count if previous else 0) + 1, now)
    payload = {"count": updated.count, "last_failure": utc_iso(updated.last_failure)}
    try:
        write_atomic(folder / ATTEMPTS_NAME, json.dumps(payload).encode("utf-8"))
    except StorageError:
        return None
    return updated


def clear_attempts(folder: Path) -> None:
    """Reset after a successful unlock. A folder that refuses the delete keeps the count, which
    is then reported again next time: never an unlock that fails over it."""
    path = folder / ATTEMPTS_NAME
    with contextlib.suppress(OSError):
        os.unlink(path)
        fsync_folder(folder)
