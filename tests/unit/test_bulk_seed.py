"""The bulk seeder (benchmarks): a seeded journal reads exactly like one typed in by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from bench import bulk_seed
from bench.bulk_seed import SeedClient, SeedNote, SeedPackage, SeedSession

from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault

HELD = SessionStatus.HELD


def package(name: str, total: int, day: dt.date, notes: list[SeedNote | None]) -> SeedPackage:
    sessions = tuple(
        SeedSession(dt.datetime.combine(day + dt.timedelta(days=7 * i), dt.time(10, 0)), HELD,
                    note)
        for i, note in enumerate(notes)
    )
    return SeedPackage(name=name, sessions_total=total, purchased=day, price_ore=650_000,
                       sessions=sessions)


def clients() -> list[SeedClient]:
    done = package("Paket A", 2, dt.date(2024, 1, 8),
                   [SeedNote("första om kanelbullar", True), SeedNote("andra", True)])
    open_ = package("Paket B", 3, dt.date(2024, 3, 4),
                    [SeedNote("tredje", True), SeedNote("utkast om blåbär", False)])
    return [
        SeedClient("Åsa Öberg", id_number="19121212-1212", email="asa@example.se",
                   packages=(done, open_)),
        SeedClient("Björn Ek"),
    ]


def test_seeded_journal_reads_like_a_typed_one(vault: Vault) -> None:
    journal = vault.journal
    report = bulk_seed.seed(journal, clients())
    assert (report.clients, report.packages, report.sessions, report.notes) == (2, 2, 4, 4)
    listed = {c.name: c for c in journal.client_list()}
    asa = listed["Åsa Öberg"]
    assert (asa.package_name, asa.sessions_counted, asa.sessions_total) == ("Paket B", 2, 3)
    assert asa.id_number == "19121212-1212"
    packages = journal.packages.for_client(asa.id)
    assert [p.completed for p in packages] == [True, False]  # the same rule as signing
    notes = journal.notes.for_client(asa.id)
    assert [n.state for n in notes] == [NoteState.SIGNED] * 3 + [NoteState.DRAFT]
    (draft,) = report.draft_sessions
    assert journal.packages.get_session(draft).note_state is NoteState.DRAFT
    # The index and the audit chain are kept exactly as the repositories keep them.
    assert [h.client_name for h in journal.search("kanelbullar")] == ["Åsa Öberg"]
    assert [h.kind for h in journal.search("björn")] == ["client"]
    assert journal.audit.verify_chain().intact
    created = journal.audit.entries(action="note_created")
    assert len(created) == 4 and len(journal.audit.entries(action="note_signed")) == 3
    # A seeded draft saves and re-indexes through the ordinary path.
    journal.notes.save_draft(draft, "omskrivet utkast om lingon")
    assert [h.session_id for h in journal.search("lingon")] == [draft]
    assert journal.search("blåbär") == []


def test_one_bad_record_writes_nothing(vault: Vault) -> None:
    before = vault.journal.client_list()
    bad = [*clients(), SeedClient("Fel Nummer", id_number="19121212-1213")]
    with pytest.raises(InvalidInput, match="Identity number"):
        bulk_seed.seed(vault.journal, bad)
    assert vault.journal.client_list() == before
    assert vault.journal.search("kanelbullar") == []

