"""The journal PDF (issue 4, "Speed"): a 100-session journal renders in under 1 s and within
1.3x of ReportLab itself laying out the same text in a bare SimpleDocTemplate, measured in the
same run; a 1,000-session journal within 1.3x of the same baseline (issue: fast at any size),
and its peak Python memory is reported.

Our figure is the whole render as the app runs it (read the journal from the encrypted vault,
build the document, lay it out, number the pages) but not the disk write. The baseline reads
the journal the same way and lays out every text of our document (title block, table cells,
session headings, note lines, "Signerad ..." lines) as the same Paragraphs, in the same
embedded faces, sizes and text width, in a bare SimpleDocTemplate; so the ratio is the cost of
our cleaning and escaping, styles, table, header, footer and page numbering.

    python -m bench.bench_pdf [--quick]
    python -m bench.bench_pdf --screenshot docs/screenshots/journal-pdf-page1.png
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import shutil
import subprocess
import tempfile
import tracemalloc
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from bench.bigvault import BENCH_KDF
from bench.report import Row, emit, interleaved
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import SessionStatus
from journal_app.core.journal.demo import demo_note, fictional_personnummer
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault
from journal_app.export.fonts import register_fonts
from journal_app.export.labels import labels_for
from journal_app.export.pdf import JournalData, JournalWriter, assemble, load_journal, render_journal
from journal_app.export.pdf_styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE

PASSPHRASE = "bänkprov för pdf-exporten"
NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def seed_journal(journal: Journal, sessions: int, *, seed: int = 4) -> str:
    """One fictional client with `sessions` held sessions and signed notes, in one transaction."""
    rng = random.Random(seed)
    with journal.db.write():
        client = journal.clients.add("Anna Andersson", id_number=fictional_personnummer(rng))
        package = journal.packages.add(client.id, name=f"Samtalspaket {sessions}",
                                       sessions_total=sessions, purchased="2020-01-06")
        for index in range(sessions):
            start = dt.datetime(2020, 1, 7, 10) + dt.timedelta(days=7 * index)
            session = journal.packages.add_session(package.id, start, SessionStatus.HELD)
            journal.notes.save_draft(session.id, demo_note(rng))
            journal.notes.sign(session.id)
    return client.id


def document_text(data: JournalData) -> list[tuple[str, str, float, float]]:
    """Every paragraph of our journal PDF as (markup, font, size, leading), in order, table
    cells included: the text the baseline lays out. Taken from our own story, so the baseline
    has exactly the same text, split into the same Paragraphs, in the same faces and sizes."""
    labels = labels_for("sv")
    writer = JournalWriter(data, labels)
    out: list[tuple[str, str, float, float]] = []

    def add(flowable: object) -> None:
        if isinstance(flowable, Paragraph):
            style = flowable.style
            out.append((flowable.text, style.fontName, style.fontSize, style.leading))
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    add(cell)

    for flowable in assemble(writer, labels.journal_title, writer.journal_body()):
        add(flowable)
    return out


def bare_reportlab(journal: Journal, client_id: str,
                   text: list[tuple[str, str, float, float]]) -> bytes:
    """The baseline: the same read, then the same paragraphs in the same fonts on the same text
    width, in a bare document: no colours, spacing, table, header, footer or page count, and
    none of our escaping or glyph checks (the markup is taken ready-made)."""
    load_journal(journal, client_id)  # our figure reads the journal too
    styles: dict[tuple[str, float, float], ParagraphStyle] = {}
    story = []
    for markup, font, size, leading in text:
        key = (font, size, leading)
        style = styles.get(key)
        if style is None:
            style = styles[key] = ParagraphStyle(f"s{len(styles)}", fontName=font,
                                                 fontSize=size, leading=leading)
        story.append(Paragraph(markup, style))
    buffer = io.BytesIO()
    # SimpleDocTemplate's frame pads its text by 6 pt on each side, our frame by none: margins
    # 6 pt smaller give the baseline our text width and height (470.6 pt, not 458.6 pt).
    pad = 6
    SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN_X - pad,
                      rightMargin=MARGIN_X - pad, topMargin=MARGIN_TOP - pad,
                      bottomMargin=MARGIN_BOTTOM - pad).build(story)
    return buffer.getvalue()


def open_bench_vault(folder: Path, sessions: int) -> tuple[Vault, str]:
    vault, _ = Vault.create(folder, PASSPHRASE, practice_name="Samtalsmottagningen",
                            kdf_policy=BENCH_KDF, clock=ManualClock(NOW))
    return vault, seed_journal(vault.journal, sessions)


def run(quick: bool) -> list[Row]:
    register_fonts()  # once per process in the app too; not part of either figure
    rows: list[Row] = []
    repeat = 3 if quick else 15
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as scratch:
        vault, client_id = open_bench_vault(Path(scratch) / "v100", 100)
        text = document_text(load_journal(vault.journal, client_id))
        ours, bare = interleaved([lambda: render_journal(vault.journal, client_id),
                                  lambda: bare_reportlab(vault.journal, client_id, text)],
                                 repeat=repeat, warmup=1)
        pages = render_journal(vault.journal, client_id)[0].pages
        rows.append(Row(
            "100-session journal PDF (median)", ours.median_ms / 1000, "s", limit=1.0,
            baseline=bare.median_ms / 1000, baseline_name="bare ReportLab, same text",
            max_ratio=1.3, detail=f"{pages} pages, n={ours.n}, p95 {ours.p95_ms / 1000:.3f} s",
        ))
        vault.lock()

        big, big_client = open_bench_vault(Path(scratch) / "v1000", 1000)
        tracemalloc.start()
        rendered, _ = render_journal(big.journal, big_client)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        big_text = document_text(load_journal(big.journal, big_client))
        ours_big, bare_big = interleaved(
            [lambda: render_journal(big.journal, big_client),
             lambda: bare_reportlab(big.journal, big_client, big_text)],
            repeat=1 if quick else 3, warmup=0)
        rows.append(Row("1,000-session journal PDF: peak Python memory", peak / 2**20, "MiB",
                        detail=f"{rendered.pages} pages, {len(rendered.data) / 2**20:.1f} MiB"
                        " file (tracemalloc)"))
        rows.append(Row(
            "1,000-session journal PDF (median)", ours_big.median_ms / 1000, "s",
            baseline=bare_big.median_ms / 1000, baseline_name="bare ReportLab, same text",
            max_ratio=1.3, detail=f"n={ours_big.n}, interleaved, without tracemalloc"))
        big.lock()
    return rows


def screenshot(target: Path) -> None:
    """Page 1 of a fictional journal, as docs/screenshots shows it (needs poppler's pdftoppm)."""
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as scratch:
        clock = ManualClock(dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC))
        vault, _ = Vault.create(Path(scratch) / "demo", PASSPHRASE, kdf_policy=BENCH_KDF,
                                practice_name="Samtalsmottagningen Lindgren", clock=clock)
        j = vault.journal
        client = j.clients.add("Anna Andersson", id_number=fictional_personnummer(rng))
        package = j.packages.add(client.id, name="Samtalspaket 6", sessions_total=6,
                                 purchased="2026-09-28")
        statuses = [SessionStatus.HELD] * 2 + [SessionStatus.LATE_CANCELLED] + [
            SessionStatus.HELD] * 2
        held: list[str] = []
        for index, status in enumerate(statuses):
            start = dt.datetime(2026, 10, 6, 14) + dt.timedelta(days=7 * index)
            session = j.packages.add_session(package.id, start, status)
            if status is SessionStatus.HELD:
                clock.set(dt.datetime.combine(start.date(), dt.time(14, 0), dt.UTC))
                j.notes.save_draft(session.id, demo_note(rng))
                j.sign_note(session.id)
                held.append(session.id)
        first_held = held[0]
        clock.set(dt.datetime(2026, 11, 3, 9, 30, tzinfo=dt.UTC))
        j.notes.start_correction(first_held)
        corrected = j.notes.for_session(first_held)
        assert corrected is not None
        j.notes.save_draft(first_held, corrected.text.replace(
            "Mående\n", "Mående\nSov bättre efter att ha börjat promenera på kvällarna. ", 1))
        j.sign_note(first_held)
        j.packages.add_session(package.id, dt.datetime(2026, 12, 1, 14))
        clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=dt.UTC))
        pdf = Path(scratch) / "demo.pdf"
        rendered, _ = render_journal(j, client.id)
        pdf.write_bytes(rendered.data)
        vault.lock()
        stem = Path(scratch) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(stem)], check=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stem.with_suffix(".png"), target)
    print(f"Wrote {target} ({rendered.pages} pages in the demo journal).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="render page 1 of a demo journal to PNG instead of benchmarking")
    args = parser.parse_args()
    if args.screenshot:
        screenshot(args.screenshot)
    else:
        emit(run(args.quick), script="bench_pdf")


if __name__ == "__main__":
    main()
