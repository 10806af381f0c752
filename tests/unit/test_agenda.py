"""The agenda: planned sessions of a day or a week across all clients, through an index; the
Swedish public holidays; the calendar feed's settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from agenda_support import seed_ten_planned
from test_unlock_reads_by_index import GROWS_WITH_NOTES, SCAN, tables_by_alias

from journal_app.core.domain.agenda import NamesInFeed, initials, week_of
from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.storage.agenda import planned_sql
from journal_app.core.vault.vault import Vault


def test_a_week_lists_every_clients_planned_sessions_with_progress_and_unsigned_notes(
    vault: Vault,
) -> None:
    journal = vault.journal
    planned = seed_ten_planned(journal)
    first = journal.packages.get_session(planned[0])
    journal.set_session_status(planned[1], SessionStatus.HELD)  # no longer planned

    week = journal.agenda(dt.date(2026, 3, 2), 7)
    assert [e.session_id for e in week.entries] == [planned[0], *planned[2:5]]
    entry = week.entries[0]
    assert entry.start == first.start
    assert entry.client_name == "Kanarie Qvistgård"
    # 2 held in the package (February's and the one just marked) of 10
    assert (entry.sessions_counted, entry.sessions_total) == (2, 10)
    assert entry.unsigned_earlier == 1  # February's note is a draft
    assert week.entries[1].unsigned_earlier == 2  # ... and 3 March, held since, has none

    second_week = journal.agenda(dt.date(2026, 3, 9), 7)
    assert {e.client_name for e in second_week.entries} == {"Zelmira Ödgren"}
    assert len(second_week.entries) == 5
    day = journal.agenda(dt.date(2026, 3, 9), 1)
    assert [e.start for e in day.entries] == [dt.datetime(2026, 3, 9, 11, 0)]
    assert day.on(dt.date(2026, 3, 9)) == day.entries


def test_signing_the_earlier_note_clears_the_unsigned_count(vault: Vault) -> None:
    journal = vault.journal
    seed_ten_planned(journal)
    held = next(s for s in journal.sessions_of(client_id=journal.agenda(
        dt.date(2026, 3, 2), 1).entries[0].client_id) if s.status is SessionStatus.HELD)
    journal.sign_note(held.id)
    assert journal.agenda(dt.date(2026, 3, 2), 1).entries[0].unsigned_earlier == 0


def test_swedish_public_holidays_are_marked_in_the_span(vault: Vault) -> None:
    agenda = vault.journal.agenda(dt.date(2026, 1, 5), 7)
    assert agenda.holidays == {dt.date(2026, 1, 6): "Trettondedag jul"}
    english = vault.journal.agenda(dt.date(2026, 6, 15), 7, language="en")
    assert english.holidays == {dt.date(2026, 6, 20): "Midsummer Day"}
    assert vault.journal.agenda(dt.date(2026, 3, 2), 7).holidays == {}


def test_the_agenda_query_reads_sessions_and_notes_only_through_indexes(
    vault: Vault,
) -> None:
    seed_ten_planned(vault.journal)
    for late_counts in (False, True):
        sql = planned_sql(late_counts)
        names = tables_by_alias(sql)
        with vault.db.read() as conn:
            plan = [row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}",
                                                    ("2026-03-02", "2026-03-09")).fetchall()]
        assert any("sessions_planned" in line for line in plan), plan
        scanned = set()
        for line in plan:
            if (match := SCAN.search(line)) is not None:
                alias = match.group(1) or match.group(2)
                scanned.add(names.get(alias, alias))
        assert scanned & GROWS_WITH_NOTES == set(), plan


def test_week_of_is_the_monday_and_initials_take_each_word(vault: Vault) -> None:
    assert week_of(dt.date(2026, 3, 8)) == dt.date(2026, 3, 2)
    assert week_of(dt.date(2026, 3, 9)) == dt.date(2026, 3, 9)
    assert initials("Åsa Maria  Öberg") == "Å. M. Ö."


def test_feed_settings_are_stored_and_bad_ones_refused_changing_nothing(vault: Vault) -> None:
    journal = vault.journal
    assert journal.agenda_settings().names is NamesInFeed.NONE
    assert journal.agenda_settings().duration_minutes == 50
    change = journal.update_agenda_settings(event_word="Samtal", duration_minutes=45,
                                            names="initials", show_after_unlock=True)
    assert change.settings == journal.agenda_settings()
    assert (change.settings.event_word, change.settings.duration_minutes,
            change.settings.names, change.settings.show_after_unlock) == (
        "Samtal", 45, NamesInFeed.INITIALS, True)
    for bad in ({"duration_minutes": 0}, {"duration_minutes": 601}, {"event_word": "  "},
                {"event_word": "a\nb"}, {"names": "everything"}):
        with pytest.raises(InvalidInput):
            journal.update_agenda_settings(**bad)  # type: ignore[arg-type]
    assert journal.agenda_settings() == change.settings


def test_a_vault_from_before_the_agenda_gains_its_index(vault_dir: Path, vault: Vault) -> None:
    with vault.db.read() as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "sessions_planned" in names
