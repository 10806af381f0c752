"""The agenda (issue 18) at one benchmark size (--notes): the week's planned sessions across
all clients, the day's, and the calendar feed.

The cached benchmark vault holds only sessions already held (its clock stands at 2026-03-02),
so a private copy of it gets planned sessions first, through the core as the app adds them:
for each of up to PLANNED_CLIENTS clients a new package of ten sessions with one held session
(its note left unsigned) and PLANNED_PER_CLIENT planned ones spread over the working days of
the next eight weeks, nine to five. From 20,000 notes on that is 1,600 planned sessions, 200 a week:
more than any one practitioner's week, so the figure errs on the slow side. The agenda's
per-session work (the package's progress, the client's unsigned notes from earlier sessions)
reads each client's forty held sessions, so it is measured where the vault is large.

Baseline, measured in the same run, interleaved: the very same facade call on a plaintext copy
of the same seeded vault (exported from it after seeding), through sqlcipher3 without a key:
the same SQLite, the same SQL and index, so the ratio is the cost of encryption plus nothing
else. Targets: a week's agenda within 100 ms ("responsive": it is read on the GUI thread when
the dialog opens or moves a week) and within 3x the plaintext baseline.

    python -m bench.bench_agenda [--notes N] [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

import sqlcipher3

from bench import bigvault
from bench.bench_core import open_plain
from bench.report import Row, emit, interleaved
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import SessionStatus
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault
from journal_app.export.calendar_feed import calendar_bytes

WORK = bigvault.OUT / "bench-agenda"
PLANNED_CLIENTS = 400
PLANNED_PER_CLIENT = 4
WEEKS = 8
MONDAY = dt.date(2026, 3, 2)  # bigvault.NOW's day


def seed_planned(journal: Journal) -> int:
    """Planned sessions for the weeks ahead; returns how many."""
    clients = journal.all_clients()[:PLANNED_CLIENTS]
    count = 0
    for index, client in enumerate(clients):
        package = journal.packages.add(client.id, name="Nytt paket", sessions_total=10,
                                       purchased="2026-02-20")
        held = journal.packages.add_session(package.id, "2026-02-23T09:00", SessionStatus.HELD)
        journal.notes.save_draft(held.id, "Osignerad anteckning.")
        for n in range(PLANNED_PER_CLIENT):
            slot = index * PLANNED_PER_CLIENT + n
            workday = slot % (WEEKS * 5)  # Monday to Friday of the eight weeks, in turn
            day = MONDAY + dt.timedelta(days=workday // 5 * 7 + workday % 5)
            start = dt.datetime.combine(day, dt.time(9 + slot // (WEEKS * 5) % 8, 0))
            journal.packages.add_session(package.id, start)
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--notes", type=int, default=bigvault.LARGEST, choices=bigvault.SIZES)
    args = parser.parse_args()
    big = bigvault.ensure(args.notes)
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    clock = ManualClock(bigvault.NOW)
    try:
        folder = WORK / "vault"
        shutil.copytree(big.folder, folder)
        vault = Vault.unlock(folder, big.passphrase, clock=clock)
        try:
            started = time.perf_counter()
            planned = seed_planned(vault.journal)
            seeding = time.perf_counter() - started
            plain_path = Path(tempfile.mkdtemp(dir=WORK)) / "plain.db"
            bigvault.export_plaintext(vault, plain_path)
            plain = open_plain(plain_path, sqlcipher3, clock)
            journal = vault.journal
            week = journal.agenda(MONDAY, 7)
            assert week.entries == plain.agenda(MONDAY, 7).entries  # the same answer
            assert all(e.unsigned_earlier >= 1 for e in week.entries)
            weeks = interleaved([lambda: journal.agenda(MONDAY, 7),
                                 lambda: plain.agenda(MONDAY, 7)], repeat=args.repeat)
            days = interleaved([lambda: journal.agenda(MONDAY, 1),
                                lambda: plain.agenda(MONDAY, 1)], repeat=args.repeat)
            feed = interleaved([lambda: calendar_bytes(journal.feed_events(MONDAY), clock.now())],
                               repeat=max(3, args.repeat // 5))[0]
            plain.db.close()
        finally:
            vault.lock()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    sessions = f"{len(week.entries)} planned this week, {planned} in {WEEKS} weeks"
    emit([
        Row("week agenda (journal.agenda, 7 days)", weeks[0].median_ms, "ms", limit=100.0,
            baseline=weeks[1].median_ms, baseline_name="same call, plaintext copy",
            max_ratio=3.0, detail=f"{sessions}; p95 {weeks[0].p95_ms:.1f} ms, n={weeks[0].n}"),
        Row("day agenda (journal.agenda, 1 day)", days[0].median_ms, "ms", limit=50.0,
            baseline=days[1].median_ms, baseline_name="same call, plaintext copy",
            max_ratio=3.0, detail=f"p95 {days[0].p95_ms:.1f} ms, n={days[0].n}"),
        Row("calendar feed (every planned session, .ics bytes)", feed.median_ms, "ms",
            detail=f"{planned} events, n={feed.n}"),
        Row("seeding the planned sessions (not the agenda)", seeding, "s",
            detail=f"{planned} planned sessions for {min(PLANNED_CLIENTS, big.clients)} clients"),
    ], script="bench_agenda", size=big.notes)


if __name__ == "__main__":
    main()
