"""The journal PDF's title block: the practice, who keeps the journal ("Journalförare: Anna
Andersson, leg. psykolog", PDL 3 kap 10 §: a journal shows who wrote it), the title, the client
with their identity number, and the date of issue. The register extract shares it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, HRFlowable, Spacer

from journal_app.export.pdf_styles import RULE

if TYPE_CHECKING:  # (pdf.py imports this module; the writer is only a parameter here)
    from journal_app.export.pdf import JournalWriter


def title_block(writer: JournalWriter, title: str) -> list[Flowable]:
    labels, data, text = writer.labels, writer.data, writer.text
    out: list[Flowable] = []
    if data.practice_name:
        out.append(writer.para(f"<b>{text.line(data.practice_name)}</b>", "small"))
    if data.practitioner:
        out.append(writer.para(text.line(labels.kept_by.format(name=data.practitioner)),
                               "small"))
    out.append(writer.para(text.markup(title), "title"))
    out.append(writer.para(text.line(data.client.name), "subtitle"))
    if identity := writer.identity_line():
        out.append(writer.para(identity))
    issued = labels.issued.format(date=labels.date(data.issued.astimezone().date()))
    out.append(writer.para(issued, "small"))
    out.append(Spacer(0, 4))
    out.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=2))
    return out
