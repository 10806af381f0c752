"""The journal PDF's outcome measures: a chart and a table per measure, and `pdftotext` gives
the scores and their bands back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from journal_app.core.domain.measures import GAD7, PHQ9
from journal_app.core.vault.vault import Vault
from journal_app.export.pdf import export_journal_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def _client_with_measures(vault: Vault) -> str:
    journal = vault.journal
    client = journal.add_client("Diagram Klientsson").client
    package = journal.add_package(client.id, name="Paket", sessions_total=5,
                                  purchased="2026-01-10").package
    for day, phq, gad in ((12, [2] * 9, [3] * 7), (19, [1] * 9, [1, 1, 1, 1, 1, 1, 0]),
                          (26, [0, 1, 0, 1, 0, 1, 0, 1, 0], None)):
        session = journal.add_session(package.id, f"2026-02-{day}T10:00", "held").session
        journal.save_draft(session.id, f"Samtal {day}.")
        journal.record_measure(session.id, PHQ9, phq)
        if gad is not None:
            journal.record_measure(session.id, GAD7, gad)
    return client.id


@needs_poppler
@pytest.mark.parametrize(("language", "heading", "bands"), [
    ("sv", "Skattningar", ["måttligt svår", "lindrig", "minimal"]),
    ("en", "Outcome measures", ["moderately severe", "mild", "minimal"]),
])
def test_pdftotext_gives_back_every_score_and_band(vault: Vault, tmp_path: Path, language: str,
                                                   heading: str, bands: list[str]) -> None:
    client_id = _client_with_measures(vault)
    out = tmp_path / "journal.pdf"
    export_journal_pdf(vault.journal, client_id, out, language=language)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert heading in text and "PHQ-9" in text and "GAD-7" in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for date, score, band in zip(("2026-02-12", "2026-02-19", "2026-02-26"),
                                 ("18 / 27", "9 / 27", "4 / 27"), bands, strict=True):
        assert f"{date} {score} {band}" in lines
    assert "2026-02-12 21 / 21 " + ("svår" if language == "sv" else "severe") in lines
    assert "2026-02-19 6 / 21 " + ("lindrig" if language == "sv" else "mild") in lines


@needs_poppler
def test_a_client_without_measures_has_no_measures_section(vault: Vault, tmp_path: Path) -> None:
    journal = vault.journal
    client = journal.add_client("Utan Mätsson").client
    texts = []
    for client_id in (client.id, _client_with_measures(vault)):
        out = tmp_path / f"{client_id}.pdf"
        export_journal_pdf(journal, client_id, out, language="sv")
        texts.append(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                    capture_output=True, text=True).stdout)
    assert "Skattningar" not in texts[0] and "Skattningar" in texts[1]


@needs_poppler
def test_the_register_extract_lists_every_answer_of_every_note_version(
        vault: Vault, tmp_path: Path) -> None:
    from journal_app.export.extract import export_register_extract

    journal = vault.journal
    client = journal.add_client("Utdrag Mätsson").client
    package = journal.add_package(client.id, name="Paket", sessions_total=3,
                                  purchased="2026-01-10").package
    session = journal.add_session(package.id, "2026-02-12T10:00", "held").session
    journal.save_draft(session.id, "Samtal.")
    flagged = journal.record_measure(session.id, PHQ9, [3, 2, 1, 0, 1, 2, 3, 2, 1]).measure
    assert flagged is not None
    journal.acknowledge_measure_flag(flagged.id)
    journal.sign_note(session.id)
    journal.start_correction(session.id)
    journal.record_measure(session.id, PHQ9, [0, 0, 1, 0, 1, 0, 1, 0, 1])
    out = tmp_path / "extract.pdf"
    export_register_extract(journal, client.id, out, language="en")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Outcome measures as entered" in text
    assert any(line.startswith("2026-02-12 PHQ-9 1 3, 2, 1, 0, 1, 2, 3, 2, 1 15 2026-03-02")
               for line in lines), lines
    # The correction's PHQ-9 is new answers: its item 9 is not acknowledged yet.
    assert "2026-02-12 PHQ-9 2 0, 0, 1, 0, 1, 0, 1, 0, 1 4" in lines
