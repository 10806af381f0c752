"""The client view's measure charts and the agenda read through indexes: their cost follows what
one client holds (or one week), never the whole vault. SQLite's plan of every statement they run
is checked, as the unlock's are (test_unlock_reads_by_index.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_unlock_reads_by_index import GROWS_WITH_NOTES, scans_of

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.measures import GAD7, PHQ9
from journal_app.core.domain.models import SessionStatus
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

MEASURE_TABLES = GROWS_WITH_NOTES | {"measures"}


def test_measure_series_and_the_agenda_read_by_index(tmp_path: Path, clock: ManualClock) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, practice_name="M", kdf_policy=FAST_KDF,
                            clock=clock)
    journal = vault.journal
    client_id = ""
    for number in range(3):
        client = journal.clients.add(f"Klient {number}")
        package = journal.packages.add(client.id, name="P", sessions_total=4,
                                       purchased="2026-01-05")
        for day in (12, 19):
            session = journal.packages.add_session(package.id, f"2026-01-{day}T09:00",
                                                   SessionStatus.HELD)
            journal.notes.save_draft(session.id, "anteckning")
            journal.record_measure(session.id, PHQ9, [1] * 9)
            journal.record_measure(session.id, GAD7, [1] * 7)
        journal.packages.add_session(package.id, "2026-03-02T09:00", SessionStatus.PLANNED)
        client_id = client.id
    statements: list[str] = []
    vault.db.conn.set_trace_callback(statements.append)
    series = journal.measure_series(client_id)
    week = journal.agenda(dt.date(2026, 3, 2), 7)
    vault.db.conn.set_trace_callback(None)
    vault.lock()
    assert series and week  # the controls: both read something
    assert len(statements) >= 2
    scans = scans_of(folder, clock, statements)
    assert {t: s for t, s in scans.items() if t in MEASURE_TABLES} == {}
