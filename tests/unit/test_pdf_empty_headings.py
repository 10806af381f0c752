"""The client's PDF leaves out the template's headings the practitioner wrote nothing under;
every line the practitioner typed stays."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from journal_app.core.domain.models import DEFAULT_TEMPLATES, SessionStatus
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.settings import template_headings
from journal_app.core.vault.vault import Vault
from journal_app.export.extract import render_register_extract
from journal_app.export.pdf import render_journal, without_empty_headings

SV = template_headings(DEFAULT_TEMPLATES["sv"])
EN = template_headings(DEFAULT_TEMPLATES["en"])


def pdf_lines(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(line.split()) for page in reader.pages
            for line in page.extract_text().splitlines()]


def journal_with_note(journal: Journal, body: str) -> str:
    client = journal.clients.add("Rubrik Klientsson")
    package = journal.packages.add(client.id, name="Paket", sessions_total=5,
                                   purchased=dt.date(2026, 2, 1))
    session = journal.packages.add_session(package.id, dt.datetime(2026, 2, 2, 10, 0),
                                           SessionStatus.HELD)
    journal.notes.save_draft(session.id, body)
    journal.sign_note(session.id)
    return client.id


def test_the_template_headings_are_its_non_blank_lines() -> None:
    assert SV == ("Samtalets innehåll", "Mående", "Överenskommelser", "Till nästa gång")
    assert EN == ("Session content", "Wellbeing", "Agreements", "Next time")
    assert template_headings("  Plan \n\n\nTankar\n") == ("Plan", "Tankar")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_unfilled_headings_are_left_out_of_the_pdf(vault: Vault, language: str) -> None:
    first, second, third, fourth = SV if language == "sv" else EN
    vault.journal.settings.update(note_template=DEFAULT_TEMPLATES[language])
    body = f"{first}\nVi pratade.\n{second}\n\n{third}\n\n\n{fourth}\n"
    client_id = journal_with_note(vault.journal, body)
    for render in (render_journal, render_register_extract):
        rendered, _ = render(vault.journal, client_id, language=language)
        lines = pdf_lines(rendered.data)
        assert first in lines and "Vi pratade." in lines
        assert lines.index(first) + 1 == lines.index("Vi pratade.")
        for empty in (second, third, fourth):
            assert empty not in lines, (empty, lines)


def test_a_heading_with_text_under_it_stays(vault: Vault) -> None:
    body = ("Samtalets innehåll\nVi pratade.\n\nMående\n\nBättre än sist.\n"
            "Överenskommelser\nTill nästa gång\nPromenad varje dag.\n")
    client_id = journal_with_note(vault.journal, body)
    lines = pdf_lines(render_journal(vault.journal, client_id)[0].data)
    for kept in ("Samtalets innehåll", "Vi pratade.", "Mående", "Bättre än sist.",
                 "Till nästa gång", "Promenad varje dag."):
        assert kept in lines, (kept, lines)
    assert "Överenskommelser" not in lines


def test_only_exact_heading_lines_count_and_typed_text_is_never_dropped() -> None:
    body = ("Före rubrikerna.\nMående: bra\nMående\n  Mående  \nmående\n"
            "Överenskommelser\n\n \n")
    # "Mående: bra" and "mående" are typed text, not the heading; the first "Mående" has
    # only another heading under it; "  Mående  " is the heading (spaces aside) with text.
    assert without_empty_headings(body, SV) == (
        "Före rubrikerna.\nMående: bra\n  Mående  \nmående")
    assert without_empty_headings("Mående\nMående\nText.", SV) == "Mående\nText."
    assert without_empty_headings("Text utan rubriker.\n", SV) == "Text utan rubriker.\n"
    assert without_empty_headings("Mående\n\n", ()) == "Mående\n\n"  # no template
    assert without_empty_headings("Mående\n\n", EN) == "Mående\n\n"  # not this template
