"""Outcome measures in the core: scoring and bands, the PHQ-9 item-9 flag, signing and
correcting with the note, search, erase (down to the decrypted pages) and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from forensic import add_marked_client, scan
from journal_app.core.domain.measures import GAD7, PHQ9, band_of
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import ChangeKind
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import DB_NAME, Vault

PHQ_ITEM9 = [1, 2, 1, 2, 1, 0, 1, 1, 2]  # total 11, item 9 = 2


def _session(journal, name: str = "Mätt Klientsson", days: int = 0):  # type: ignore[no-untyped-def]
    client = journal.add_client(name).client
    package = journal.add_package(client.id, name="Paket", sessions_total=10,
                                  purchased="2026-01-10").package
    session = journal.add_session(package.id, f"2026-02-{10 + days:02d}T10:00", "held").session
    return client, package, session


@pytest.mark.parametrize(("instrument", "total", "band"), [
    (PHQ9, 0, "minimal"), (PHQ9, 4, "minimal"), (PHQ9, 5, "mild"), (PHQ9, 9, "mild"),
    (PHQ9, 10, "moderate"), (PHQ9, 14, "moderate"), (PHQ9, 15, "moderately severe"),
    (PHQ9, 19, "moderately severe"), (PHQ9, 20, "severe"), (PHQ9, 27, "severe"),
    (GAD7, 4, "minimal"), (GAD7, 5, "mild"), (GAD7, 10, "moderate"), (GAD7, 14, "moderate"),
    (GAD7, 15, "severe"), (GAD7, 21, "severe"),
])
def test_totals_fall_in_the_published_severity_bands(instrument: str, total: int,
                                                       band: str) -> None:
    found = band_of(instrument, total)
    assert found is not None and found.en == band


def test_a_phq9_is_scored_and_item_9_above_zero_is_flagged_until_acknowledged(
        vault: Vault) -> None:
    journal = vault.journal
    client, _, session = _session(journal)
    change = journal.record_measure(session.id, PHQ9, PHQ_ITEM9)
    assert change.kind is ChangeKind.MEASURE_RECORDED and change.measure is not None
    measure = change.measure
    assert measure.total == 11 and measure.band() is not None
    assert measure.band().sv == "måttlig"  # type: ignore[union-attr]
    assert [m.id for m in journal.open_measure_flags(client.id)] == [measure.id]

    ack = journal.acknowledge_measure_flag(measure.id)
    assert ack.kind is ChangeKind.MEASURE_FLAG_ACKNOWLEDGED
    assert journal.open_measure_flags(client.id) == []
    actions = [e.action for e in journal.audit.entries()]
    assert Action.MEASURE_RECORDED in actions and Action.MEASURE_FLAG_ACKNOWLEDGED in actions


def test_item_9_at_zero_raises_no_flag_and_cannot_be_acknowledged(vault: Vault) -> None:
    journal = vault.journal
    client, _, session = _session(journal)
    measure = journal.record_measure(session.id, PHQ9, [3, 3, 3, 3, 3, 3, 3, 3, 0]).measure
    assert measure is not None and measure.total == 24 and measure.band().en == "severe"  # type: ignore[union-attr]
    assert journal.open_measure_flags(client.id) == []
    with pytest.raises(InvalidInput) as refused:
        journal.acknowledge_measure_flag(measure.id)
    assert refused.value.code == "measure.not_flagged"


@pytest.mark.parametrize(("answers", "code", "item"), [
    ([1, 2, 1, 2, "1.5", 0, 1, 1, 2], "measure.answer_not_whole", 5),
    ([1, 2, 1, 2, 1, 0, 4, 1, 2], "measure.answer_out_of_range", 7),
    ([1, 2, 1, 2, 1, 0, 1, 1, "x"], "measure.answer_not_whole", 9),
    ([1, 2, 1], "measure.answers_count", None),
])
def test_a_bad_answer_is_refused_naming_the_item_and_nothing_is_stored(
        vault: Vault, answers: list[object], code: str, item: int | None) -> None:
    journal = vault.journal
    _, _, session = _session(journal)
    with pytest.raises(InvalidInput) as refused:
        journal.record_measure(session.id, PHQ9, answers)
    assert refused.value.code == code
    assert refused.value.fields.get("item") == item
    if item is not None:
        assert f"Fråga {item}" in refused.value.render("sv")
    assert journal.session_measures(session.id) == []


def test_a_practitioners_scale_is_kept_and_measured_within_its_range(vault: Vault) -> None:
    journal = vault.journal
    _, _, session = _session(journal)
    scale = journal.add_scale("Mående", "0", "10", low_label="mycket dåligt",
                              high_label="mycket bra").scale
    assert scale is not None and (scale.low, scale.high) == (0, 10)
    with pytest.raises(InvalidInput) as refused:
        journal.record_measure(session.id, scale.key, ["11"])
    assert refused.value.code == "measure.answer_out_of_range"
    measure = journal.record_measure(session.id, scale.key, ["7"]).measure
    assert measure is not None and measure.total == 7 and measure.name == "Mående"
    with pytest.raises(InvalidInput):
        journal.add_scale("Trasig", 5, 5)
    with pytest.raises(InvalidInput) as typed:
        journal.add_scale("Trasig", "0", "7,5")
    assert str(typed.value) == "The highest value must be a whole number."
    assert typed.value.render("sv") == "Det högsta värdet måste vara ett heltal."
    assert [s.name for s in journal.measure_scales()] == ["Mående"]


def test_measures_are_signed_with_the_note_and_corrected_like_it(vault: Vault) -> None:
    journal = vault.journal
    _, _, session = _session(journal)
    journal.save_draft(session.id, "Samtal om sömn.")
    journal.record_measure(session.id, GAD7, [2, 2, 2, 2, 2, 2, 2])
    signed = journal.sign_note(session.id).note
    with pytest.raises(InvalidInput) as refused:
        journal.record_measure(session.id, GAD7, [0, 0, 0, 0, 0, 0, 0])
    assert refused.value.code == "measure.note_signed"

    journal.start_correction(session.id)
    journal.record_measure(session.id, GAD7, [1, 1, 1, 1, 1, 1, 1])
    journal.discard_correction(session.id)
    assert [m.total for m in journal.session_measures(session.id)] == [14]

    journal.start_correction(session.id)
    journal.record_measure(session.id, GAD7, [1, 1, 1, 1, 1, 1, 1])
    corrected = journal.sign_note(session.id).note
    assert [m.total for m in journal.session_measures(session.id)] == [7]
    # The signed revision keeps its measure as it was signed.
    assert [m.total for m in journal.revision_measures(signed.id, 1)] == [14]
    assert [m.total for m in journal.revision_measures(corrected.id, 2)] == [7]


def test_a_measure_is_found_by_search_and_a_correction_replaces_the_words(vault: Vault) -> None:
    journal = vault.journal
    client, _, session = _session(journal)
    journal.save_draft(session.id, "Samtal om arbetet.")
    journal.record_measure(session.id, PHQ9, PHQ_ITEM9)
    assert [h.client_id for h in journal.search("PHQ måttlig")] == [client.id]
    journal.record_measure(session.id, PHQ9, [0] * 9)
    assert journal.search("måttlig") == []
    assert [h.client_id for h in journal.search("PHQ minimal")] == [client.id]


def test_the_chart_series_holds_each_session_total_in_order(vault: Vault) -> None:
    journal = vault.journal
    client, package, first = _session(journal)
    second = journal.add_session(package.id, "2026-02-20T10:00", "held").session
    journal.record_measure(second.id, PHQ9, [1] * 9)
    journal.record_measure(first.id, PHQ9, [2] * 9)
    journal.record_measure(first.id, GAD7, [0] * 7)
    series = {s.instrument: s for s in journal.measure_series(client.id)}
    assert [p.total for p in series[PHQ9].points] == [18, 9]
    assert [p.session_id for p in series[PHQ9].points] == [first.id, second.id]
    assert (series[PHQ9].low, series[PHQ9].high, len(series[PHQ9].bands)) == (0, 27, 5)
    assert [p.total for p in series[GAD7].points] == [0]


def test_an_erased_clients_measures_leave_no_trace_on_any_decrypted_page(vault: Vault) -> None:
    journal = vault.journal
    gone, _ = add_marked_client(journal, "Mattias Raderasson", "matraderas")
    kept, _ = add_marked_client(journal, "Kvar Behallsson", "matbehall")
    scale = journal.add_scale("Kanariemående", 0, 10).scale
    assert scale is not None
    # Fresh sessions of the same clients, each with measures whose answers are distinctive.
    held = {}
    for client_id, answers in ((gone.id, [3, 1, 2, 0, 3, 2, 1, 2, 1]),
                               (kept.id, [0, 3, 0, 2, 1, 3, 0, 1, 0])):
        package = journal.add_package(client_id, name="Mätpaket", sessions_total=2,
                                      purchased="2026-01-10").package
        session = journal.add_session(package.id, "2026-02-01T10:00", "held").session
        journal.record_measure(session.id, PHQ9, answers)
        journal.record_measure(session.id, scale.key, [9])
        held[client_id] = session
    gone_measures = journal.session_measures(held[gone.id].id)
    # The answers as stored (a row id is hex, which the scanner counts as chance).
    needles = [",".join(str(a) for a in gone_measures[0].answers)]
    kept_needles = [",".join(str(a) for a in journal.session_measures(held[kept.id].id)[0].answers)]
    db_file = Path(vault.folder) / DB_NAME
    before = scan(db_file, vault.data_key, needles + kept_needles)
    assert all(before.has(n) for n in needles + kept_needles), before.found
    assert {h.client_id for h in journal.search("Kanariemående")} == {gone.id, kept.id}

    journal.erase_client(gone.id)

    after = scan(db_file, vault.data_key, needles + kept_needles)
    assert {n: p for n, p in after.found.items() if n in needles and p} == {}
    assert all(after.has(n) for n in kept_needles)
    assert {h.client_id for h in journal.search("Kanariemående")} == {kept.id}
    assert journal.client_measures(kept.id) != []
