"""Outcome measures in the interchange file: exported exactly as stored (every revision, the
practitioner's scales, acknowledgements) and imported back into an empty vault the same;
a bad measure refuses the whole file, naming where it is."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.measures import GAD7, PHQ9
from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document, import_document
from support import FAST_KDF, PASSPHRASE


def _measured(vault: Vault) -> tuple[str, str]:
    j = vault.journal
    client = j.add_client("Utbyte Mätsson").client
    package = j.add_package(client.id, name="Paket", sessions_total=4,
                            purchased="2026-01-10").package
    first = j.add_session(package.id, "2026-02-02T10:00", "held").session
    second = j.add_session(package.id, "2026-02-09T10:00", "held").session
    scale = j.add_scale("Mående", 0, 10, low_label="dåligt", high_label="bra").scale
    assert scale is not None
    j.save_draft(first.id, "Första samtalet.")
    flagged = j.record_measure(first.id, PHQ9, [1, 1, 1, 1, 1, 1, 1, 1, 1]).measure
    assert flagged is not None
    j.acknowledge_measure_flag(flagged.id)
    j.record_measure(first.id, scale.key, ["4"])
    j.sign_note(first.id)
    j.start_correction(first.id)
    j.record_measure(first.id, GAD7, [2] * 7)  # a correction: revision 2 has all three
    j.save_draft(second.id, "Andra samtalet.")
    j.record_measure(second.id, PHQ9, [0] * 9)
    return client.id, first.id


def _second(tmp_path: Path, clock: ManualClock) -> Vault:
    created, _ = Vault.create(tmp_path / "second", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    return created


def test_measures_round_trip_exactly(vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    client_id, first = _measured(vault)
    document = export_document(vault.journal)
    assert len(document["measures"]["entries"]) == 2 + 3 + 1  # revision 1, revision 2, second
    other = _second(tmp_path, clock)
    try:
        import_document(other.journal, json.loads(json.dumps(document)))
        again = export_document(other.journal)
        assert again["measures"] == document["measures"]
        assert other.journal.measure_series(client_id) == vault.journal.measure_series(client_id)
        assert other.journal.session_measures(first) == vault.journal.session_measures(first)
        assert other.journal.open_measure_flags(client_id) == []  # acknowledged stays so
        # The notes' search entries hold their measures' words after the import.
        assert [h.session_id for h in other.journal.search("GAD måttlig")] == [first]
    finally:
        other.lock()


def _refusal(vault: Vault, clock: ManualClock, tmp_path: Path,
             change: Any) -> InvalidInput:
    _measured(vault)
    document = copy.deepcopy(export_document(vault.journal))
    change(document["measures"])
    other = _second(tmp_path, clock)
    try:
        with pytest.raises(InvalidInput) as refused:
            import_document(other.journal, document)
        assert other.journal.all_clients() == []  # nothing written
        return refused.value
    finally:
        other.lock()


def _first_phq9(measures: dict[str, Any]) -> int:
    return next(i for i, e in enumerate(measures["entries"]) if e["instrument"] == PHQ9)


@pytest.mark.parametrize(("field", "value", "words"), [
    ("answers", [1, 1, 1, 1, 1, 1, 1, 1, 4], "Item 9"),
    ("note_id", "nosuchnote", "no note"),
    ("instrument", "bdi", "neither phq9"),
    ("revision", 9, "outside"),
])
def test_a_bad_measure_refuses_the_file_naming_where(
        vault: Vault, clock: ManualClock, tmp_path: Path, field: str, value: object,
        words: str) -> None:
    index: list[int] = []

    def change(measures: dict[str, Any]) -> None:
        index.append(_first_phq9(measures))
        measures["entries"][index[0]][field] = value

    text = str(_refusal(vault, clock, tmp_path, change))
    assert f"measures.entries[{index[0]}].{field}" in text and words in text, text
