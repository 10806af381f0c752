"""Backing up the 200,000-note benchmark vault (issue 6: under 10 s).

Works on a private copy of the cached benchmark vault (unlocking writes log entries, and the
cache is shared with the other benchmarks). Each backup is timed against, in the same run and
interleaved, a plain copy of journal.db with its fsync (the least any backup must do: the same
bytes read and made durable). Restore's checks are timed as figures without a target.

    python -m bench.bench_backup [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import time
from pathlib import Path

from bench import bigvault
from bench.report import Row, emit
from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.backup_file import read_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import DB_NAME, Vault

WORK = bigvault.OUT / "bench-backup"


def plain_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def timed(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    big = bigvault.ensure()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    try:
        folder = WORK / "vault"
        shutil.copytree(big.folder, folder)
        clock = ManualClock(bigvault.NOW)
        vault = Vault.unlock(folder, big.passphrase, clock=clock)
        db_size = (folder / DB_NAME).stat().st_size
        backups: list[float] = []
        copies: list[float] = []
        target = WORK / "b.journalbackup"
        baseline = WORK / "plain-copy.db"
        try:
            for _ in range(args.repeat):
                copies.append(timed(lambda: plain_copy(folder / DB_NAME, baseline)))
                baseline.unlink()
                backups.append(timed(lambda: create_backup(vault, target)))
        finally:
            vault.lock()
        check = timed(lambda: read_backup(target))
        restore = timed(lambda: restore_backup(target, WORK / "restored", big.passphrase,
                                               clock=clock))
        leftovers = sorted(p.name for p in WORK.iterdir())
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    backup_s, copy_s = min(backups), min(copies)
    emit([
        Row("backup of the 200,000-note vault", backup_s, "s", limit=10.0,
            baseline=copy_s, baseline_name="plain copy + fsync of journal.db",
            detail=f"{db_size / 2**20:.0f} MiB, {big.notes} notes; best of {args.repeat}: "
                   f"{', '.join(f'{t:.2f}' for t in backups)} s; "
                   f"baseline {', '.join(f'{t:.2f}' for t in copies)} s"),
        Row("backup checksum check (restore's first step)", check, "s"),
        Row("restore incl. HMAC + integrity check", restore, "s",
            detail=f"work folder afterwards: {', '.join(leftovers)}"),
    ], script="bench_backup")


if __name__ == "__main__":
    main()
