"""How the journal PDF lays out a note's blank lines, and how its streams are encoded."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer
from test_pdf import add_client, pdf_text

from journal_app.core.vault.vault import Vault
from journal_app.export.labels import labels_for
from journal_app.export.pdf import GAP, JournalWriter, load_journal, render_journal


def writer_for(vault: Vault) -> JournalWriter:
    client = add_client(vault.journal, ("En rad.",))
    return JournalWriter(load_journal(vault.journal, client.id), labels_for("sv"))


def test_a_blank_line_is_space_before_the_next_line(vault: Vault) -> None:
    writer = writer_for(vault)
    leading = writer.styles.body.leading
    block = writer.text_block("Första\nAndra\n\nTredje\n\n\nFjärde\n  \n")
    assert [isinstance(f, Paragraph) for f in block] == [True] * 4 + [False]
    assert isinstance(block[-1], Spacer)
    gaps = [f.style.spaceBefore for f in block[:4]]
    assert gaps == [0, 0, leading * GAP, leading * GAP * 2]
    assert block[-1].height == leading * GAP  # a trailing line of spaces keeps its gap
    # One style per gap size and document, not one per line.
    again = writer.text_block("A\n\nB")
    assert again[1].style is block[2].style
    assert writer.text_block("A\nB")[1].style is writer.styles.body  # control: no gap


def test_blank_lines_keep_the_text_and_its_order(vault: Vault) -> None:
    note = "Samtalets innehåll\nOro.\n\nMående\nBättre.\n\n\nTill nästa gång\nPromenad."
    client = add_client(vault.journal, (note,), name="Gap Testsson")
    rendered, _ = render_journal(vault.journal, client.id)
    text = " ".join(pdf_text(rendered.data)[1])
    assert "Samtalets innehåll Oro. Mående Bättre. Till nästa gång Promenad." in text


def test_streams_are_binary_flate_not_ascii85(vault: Vault) -> None:
    client = add_client(vault.journal)
    data = render_journal(vault.journal, client.id)[0].data
    assert b"/ASCII85Decode" not in data
    assert b"/FlateDecode" in data  # control: the streams are still compressed
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
