"""Erasing a client with 100 notes from the 200,000-note benchmark vault (issue 5, "Speed").

Works on copies of the cached benchmark vault (bench/bigvault.py) and of its plaintext twin, so
the cache stays as it was. Into both copies go CLIENTS fictional clients with 100 notes each
(10 packages of 10 held sessions, seeded in one transaction). Then, interleaved:

- the erase: `Journal.erase_client` on the encrypted vault, with its checks before and after commit
  (secure_delete, FTS5 secure-delete, receipt, access log entry, no -journal left);
- the baseline: the same rows deleted in the plaintext copy through SQLite without a key, in one
  transaction, with no checks, no receipt and SQLite's defaults (no secure_delete).

It also counts the pages of the vault file the first erase changed (every rewritten page gets a
new IV, so a changed page is a changed 4,096-byte block): an erase must not rewrite the vault.

    python -m bench.bench_erase [--clients N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import shutil
import statistics
import time
from pathlib import Path

import sqlcipher3

from bench import bigvault, bulk_seed
from bench.bulk_seed import SeedClient, SeedNote, SeedPackage, SeedSession
from bench.report import Row, emit
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.journal.facade import Journal
from journal_app.core.storage import search
from journal_app.core.vault.vault import DB_NAME, Vault

WORK = bigvault.OUT / "erase-work"
PAGE = 4096
NOTES_PER_CLIENT = 100


def seed_clients(count: int) -> list[SeedClient]:
    writer = bigvault.NoteWriter(__import__("random").Random(55))
    clients = []
    for index in range(count):
        packages = []
        for number in range(10):
            first = dt.datetime(2024, 1, 8, 10) + dt.timedelta(weeks=12 * number)
            sessions = tuple(
                SeedSession(first + dt.timedelta(weeks=week), SessionStatus.HELD,
                            SeedNote(writer.note(f"raderingsprov{index}"), signed=True))
                for week in range(10)
            )
            packages.append(SeedPackage(f"Paket {number + 1}", 10, first.date(), 600000,
                                        sessions))
        clients.append(SeedClient(f"Radering Provsson {index}", email=f"prov{index}@example.se",
                                  packages=tuple(packages)))
    return clients


def page_hashes(path: Path) -> list[bytes]:
    out = []
    with path.open("rb") as handle:
        while block := handle.read(PAGE):
            out.append(hashlib.blake2b(block, digest_size=8).digest())
    return out


def baseline_delete(conn: sqlcipher3.Connection, client_id: str) -> None:
    """The same rows, deleted plainly: what any SQLite app would have to do at the least."""
    conn.execute("BEGIN IMMEDIATE")
    notes = [r[0] for r in conn.execute("SELECT id FROM notes WHERE client_id = ?",
                                        (client_id,))]
    # Index entries by the owners' pointers (schema V5), as the erase finds them: no scan.
    rows = [r[0] for r in conn.execute(
        "SELECT search_rowid FROM notes WHERE client_id = ?"
        " UNION ALL SELECT search_rowid FROM clients WHERE id = ?", (client_id, client_id))]
    # The index keeps no text (schema V11): an entry goes out with the text it was built from,
    # the least any app must hand FTS5 to scrub it.
    for rowid in rows:
        search.remove_entry(conn, rowid)
    marks = ",".join("?" * len(notes))
    conn.execute(f"DELETE FROM note_revisions WHERE note_id IN ({marks})", notes)
    conn.execute(f"DELETE FROM notes WHERE id IN ({marks})", notes)
    conn.execute("DELETE FROM sessions WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM packages WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    conn.execute("COMMIT")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5, help="erases measured (default 5)")
    args = parser.parse_args()
    big = bigvault.ensure()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    try:
        rows = run(big, max(1, args.clients))
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    emit(rows)


def run(big: bigvault.BigVault, count: int) -> list[Row]:
    started = time.perf_counter()
    # Copy the vault files only: a rollback journal of another run must not come along.
    shutil.copytree(big.folder, WORK / "vault", ignore=shutil.ignore_patterns("*-journal"))
    plain_path = WORK / "plain.db"
    shutil.copyfile(big.plain_stdlib, plain_path)
    # Both copies at rest: their dirty pages would otherwise be flushed by the first commit's
    # fsync inside a measured step, a cost no practitioner's erase pays.
    os.sync()
    copy_seconds = time.perf_counter() - started
    clock = ManualClock(bigvault.NOW)
    vault = Vault.unlock(WORK / "vault", big.passphrase, clock=clock)
    # The benchmark vault may be kept under PDL; the copy erases as the practice's notice says.
    vault.journal.change_policy(RetentionPolicy.ERASE_ON_COMPLETION)
    plain = sqlcipher3.connect(str(plain_path), isolation_level=None)
    try:
        seeds = seed_clients(count)
        bulk_seed.seed(vault.journal, seeds)
        names = [s.name for s in seeds]
        ids = {c.name: c.id for c in vault.journal.clients.all() if c.name in names}
        seed_plain(plain_path, seeds, clock)
        plain_ids = dict(plain.execute(
            f"SELECT name, id FROM clients WHERE name IN ({','.join('?' * len(names))})", names))
        notes = vault.journal.notes.for_client(ids[names[0]])
        assert len(notes) == NOTES_PER_CLIENT, len(notes)
        db_file = WORK / "vault" / DB_NAME
        before = page_hashes(db_file)
        erase_times: list[float] = []
        base_times: list[float] = []
        changed = 0
        for index, name in enumerate(names):
            start = time.perf_counter()
            receipt = vault.journal.erase_client(ids[name]).receipt
            erase_times.append(time.perf_counter() - start)
            assert receipt.notes_count == NOTES_PER_CLIENT
            if index == 0:
                after = page_hashes(db_file)
                changed = sum(1 for a, b in zip(before, after, strict=False) if a != b)
                changed += abs(len(after) - len(before))
            start = time.perf_counter()
            baseline_delete(plain, plain_ids[name])
            base_times.append(time.perf_counter() - start)
    finally:
        plain.close()
        vault.lock()
    erase_ms = statistics.median(erase_times) * 1000
    base_ms = statistics.median(base_times) * 1000
    detail = (f"median of {count} erases of {NOTES_PER_CLIENT} notes from {big.notes:,} notes;"
              f" max {max(erase_times) * 1000:.0f} ms; check included")
    return [
        Row("erase a client with 100 notes", erase_ms, "ms", limit=1000.0, baseline=base_ms,
            baseline_name="plain DELETE of the same rows, SQLite without a key", detail=detail),
        Row("vault pages changed by one erase", float(changed), "pages",
            limit=len(before) * 0.01,
            detail=f"of {len(before):,} pages ({changed / len(before):.3%});"
                   f" the vault is {len(before) * PAGE / 1e9:.2f} GB"),
        Row("copying the benchmark vault and its plaintext twin", copy_seconds, "s",
            detail="set-up only, not part of the erase"),
    ]


def seed_plain(path: Path, seeds: list[SeedClient], clock: ManualClock) -> None:
    """The same fictional clients into the plaintext copy, through the same seeding code."""
    from bench.bench_core import plain_database

    db = plain_database(path, sqlcipher3)
    try:
        bulk_seed.seed(Journal(db, clock), seeds)
    finally:
        db.close()


if __name__ == "__main__":
    main()
