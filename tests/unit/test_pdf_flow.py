"""The journal PDF's layout shortcuts (export/pdf_flow.py) place everything exactly where
ReportLab's own Paragraph and KeepTogether place it, with less work."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph

from journal_app.core.domain.models import SessionStatus
from journal_app.core.journal.demo import demo_note
from journal_app.core.vault.vault import Vault
from journal_app.export.fonts import REGULAR, register_fonts
from journal_app.export.pdf import render_journal
from journal_app.export.pdf_flow import JournalParagraph, KeepWithNext

ReportLabWrap = Paragraph.wrap


def counted_render(vault: Vault, client_id: str, monkeypatch: pytest.MonkeyPatch
                   ) -> tuple[bytes, int, int]:
    """The PDF (ReportLab's invariant mode: same input, same bytes), its pages, and how many
    times ReportLab broke a paragraph into lines."""
    breaks = 0

    def counting(self: Paragraph, width: float, height: float) -> Any:
        nonlocal breaks
        breaks += 1
        return ReportLabWrap(self, width, height)

    monkeypatch.setattr(rl_config, "invariant", 1)
    with monkeypatch.context() as patch:
        patch.setattr(Paragraph, "wrap", counting)
        rendered, _ = render_journal(vault.journal, client_id)
    return rendered.data, rendered.pages, breaks


def test_the_journal_is_laid_out_as_reportlabs_own_classes_lay_it_out(
    vault: Vault, monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng, j = random.Random(5), vault.journal
    # Template headings (keepWithNext groups) on every page, sessions across page breaks.
    client = j.clients.add("Flera Sidor")
    package = j.packages.add(client.id, name="Paket", sessions_total=60, purchased="2026-01-05")
    for index in range(60):
        session = j.packages.add_session(
            package.id, dt.datetime(2026, 1, 12, 10) + dt.timedelta(days=index),
            SessionStatus.HELD)
        j.notes.save_draft(session.id, demo_note(rng))
        j.sign_note(session.id)
        if index % 9 == 0:  # an earlier version: its groups sit in an Indenter
            j.notes.start_correction(session.id)
            j.notes.save_draft(session.id, demo_note(rng))
            j.sign_note(session.id)
    ours, pages, our_breaks = counted_render(vault, client.id, monkeypatch)

    # ReportLab's own: every wrap breaks lines again, every group is measured on a frame copy.
    monkeypatch.setattr(JournalParagraph, "wrap",
                        lambda self, width, height: Paragraph.wrap(self, width, height))
    monkeypatch.setattr(KeepWithNext, "wrap", KeepTogether.wrap)
    theirs, their_pages, their_breaks = counted_render(vault, client.id, monkeypatch)

    assert pages == their_pages > 5
    assert ours == theirs
    assert our_breaks < their_breaks * 0.7  # control: the shortcuts were taken


def test_a_paragraph_breaks_its_lines_again_only_for_another_width() -> None:
    register_fonts()
    style = ParagraphStyle("t", fontName=REGULAR, fontSize=10, leading=12)
    text = "Ett stycke som bryts på flera rader när spalten är smal. " * 4
    ours = JournalParagraph(text, style)
    wide, narrow = ours.wrap(400, 800), ours.wrap(120, 800)
    assert narrow[1] > wide[1]
    assert narrow == Paragraph(text, style).wrap(120, 800)
    assert ours.wrap(400, 10) == wide == Paragraph(text, style).wrap(400, 10)
    lines = ours.blPara
    assert ours.wrap(400, 800) == wide and ours.blPara is lines  # kept, not broken again
    del ours.blPara  # as Paragraph.split does when nothing fits
    assert ours.wrap(400, 800) == wide and ours.blPara is not lines


def test_a_group_is_measured_without_the_frame_only_when_it_is_text_and_space(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """KeepTogether copies the document's frame to measure a group, if there is one; a group
    of paragraphs is measured with none (nothing to copy), any other group as ReportLab does."""
    frame = object()
    doc = type("Doc", (), {"frame": frame})()
    seen: list[object] = []

    def measure(self: KeepTogether, width: float, height: float) -> tuple[float, float]:
        seen.append(self.canv._doctemplate.frame)
        return width, 0xFFFFFF

    monkeypatch.setattr(KeepTogether, "wrap", measure)
    style = ParagraphStyle("t", fontName=REGULAR)
    for content in ([Paragraph("Rubrik", style), Paragraph("Text", style)],
                    [Paragraph("Rubrik", style), KeepTogether([])]):
        group = KeepWithNext(content)
        group.canv = type("Canvas", (), {"_doctemplate": doc})()
        group.wrap(400, 800)
    assert seen == [None, frame]
    assert doc.frame is frame  # put back after measuring
