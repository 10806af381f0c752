"""The bulk seeder (benchmarks): a seeded journal reads exactly like one typed in by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from bench import bulk_seed
from bench.bulk_seed import SeedClient, SeedNote, SeedPackage, SeedSession
from test_derived_tables_stay_exact import expected_words, indexed_words

from journal_app.core.domain.measures import GAD7, PHQ9
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



def measured_client(scale_key: str) -> SeedClient:
    """Three sessions: two signed notes with measures (one a PHQ-9 with item 9 above 0), and an
    open draft whose PHQ-9 also has item 9 above 0."""
    day = dt.date(2024, 5, 6)
    phq_flagged = (2, 2, 1, 2, 1, 1, 1, 0, 1)  # 11: moderate, item 9 = 1
    phq_mild = (1, 1, 1, 1, 1, 0, 0, 0, 0)  # 5: mild
    phq_draft = (3, 3, 2, 2, 2, 2, 2, 2, 2)  # 20: severe, item 9 = 2
    gad = (1, 1, 1, 1, 0, 0, 0)  # 4: minimal
    measures = (
        (bulk_seed.SeedMeasure(PHQ9, phq_flagged), bulk_seed.SeedMeasure(GAD7, gad),
         bulk_seed.SeedMeasure(scale_key, (7,))),
        (bulk_seed.SeedMeasure(PHQ9, phq_mild),),
        (bulk_seed.SeedMeasure(PHQ9, phq_draft),),
    )
    sessions = tuple(
        SeedSession(dt.datetime.combine(day + dt.timedelta(days=7 * i), dt.time(10, 0)), HELD,
                    SeedNote(f"anteckning {i} om hallon", signed=i < 2), measures[i])
        for i in range(3)
    )
    return SeedClient("Cecilia Dahl", packages=(SeedPackage(
        name="Paket M", sessions_total=3, purchased=day, sessions=sessions),))


def test_seeded_measures_read_like_recorded_ones(vault: Vault) -> None:
    journal = vault.journal
    scale = journal.add_scale("Mående", 0, 10, low_label="dåligt", high_label="bra").scale
    assert scale is not None
    report = bulk_seed.seed(journal, [measured_client(scale.key), *clients()])
    assert report.measures == 5
    (cid,) = report.measured_clients
    series = {s.name: s for s in journal.measure_series(cid)}
    assert [s.name for s in journal.measure_series(cid)] == ["PHQ-9", "GAD-7", "Mående"]
    assert [p.total for p in series["PHQ-9"].points] == [11, 5, 20]
    assert [p.total for p in series["GAD-7"].points] == [4]
    assert (series["Mående"].low, series["Mående"].high, series["Mående"].points[0].total) \
        == (0, 10, 7)
    sessions = [p.session_id for p in series["PHQ-9"].points]
    first = {m.instrument: m for m in journal.session_measures(sessions[0])}
    assert first[PHQ9].answers == (2, 2, 1, 2, 1, 1, 1, 0, 1)
    assert (first[PHQ9].low, first[PHQ9].high, first[PHQ9].revision) == (0, 27, 1)
    assert first[PHQ9].flagged and not first[PHQ9].flag_open  # acknowledged before signing
    assert (first[scale.key].low_label, first[scale.key].high_label) == ("dåligt", "bra")
    # Only the draft's flag is still open, as the client view shows it.
    assert [m.session_id for m in journal.open_measure_flags(cid)] == [sessions[2]]
    # The measures' words are in the notes' search entries, as the repository puts them there.
    assert {h.session_id for h in journal.search("PHQ-9")} == set(sessions)
    assert [h.session_id for h in journal.search("måttlig")] == [sessions[0]]
    # Word for word what the app's own indexing of those notes and measures holds.
    assert indexed_words(journal) == expected_words(journal)
    assert journal.audit.verify_chain().intact
    assert len(journal.audit.entries(action="measure_recorded")) == 5
    assert len(journal.audit.entries(action="measure_flag_acknowledged")) == 1
    # A seeded draft's measure is replaced through the app; the old words leave the index.
    journal.record_measure(sessions[2], PHQ9, [0, 0, 0, 1, 1, 0, 0, 0, 0])
    assert journal.search("svår") == []
    assert [p.total for p in journal.measure_series(cid)[0].points] == [11, 5, 2]
    # A correction of a seeded signed note carries its measures into the new revision.
    journal.start_correction(sessions[1])
    journal.record_measure(sessions[1], GAD7, [3, 3, 3, 3, 0, 0, 0])
    corrected = {m.instrument: m for m in journal.session_measures(sessions[1])}
    assert (corrected[PHQ9].revision, corrected[PHQ9].total, corrected[GAD7].total) == (2, 5, 12)
    note = journal.notes.for_session(sessions[1])
    assert note is not None
    assert [m.instrument for m in journal.revision_measures(note.id, 1)] == [PHQ9]
    assert [h.session_id for h in journal.search("lindrig")] == [sessions[1]]
    assert indexed_words(journal) == expected_words(journal)


def test_seeded_measures_are_checked_like_typed_ones(vault: Vault) -> None:
    before = vault.journal.client_list()
    bad = SeedClient("Fel Svar", packages=(SeedPackage(
        name="Paket", sessions_total=1, purchased=dt.date(2024, 1, 8), sessions=(SeedSession(
            dt.datetime(2024, 1, 8, 10), HELD, SeedNote("text", True),
            (bulk_seed.SeedMeasure(GAD7, (1, 1, 4, 0, 0, 0, 0)),)),)),))
    with pytest.raises(InvalidInput, match="3"):
        bulk_seed.seed(vault.journal, [*clients(), bad])
    assert vault.journal.client_list() == before
    no_note = SeedClient("Utan Anteckning", packages=(SeedPackage(
        name="Paket", sessions_total=1, purchased=dt.date(2024, 1, 8), sessions=(SeedSession(
            dt.datetime(2024, 1, 8, 10), HELD, None, (bulk_seed.SeedMeasure(PHQ9, (0,) * 9),)),
        )),))
    with pytest.raises(ValueError, match="needs a note"):
        bulk_seed.seed(vault.journal, [no_note])
    assert vault.journal.client_list() == before
