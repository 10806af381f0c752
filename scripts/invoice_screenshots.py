"""Render page 1 of a fictional invoice, Swedish and English, into docs/screenshots/.

    python scripts/invoice_screenshots.py

The documents are the invoice PDF tests' fictional ones (tests/unit/invoice_samples.py): no real
person, practice, bankgiro or Swish number. Needs poppler's pdftoppm, at the journal PDF
screenshot's resolution (80 dpi)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "unit")]

from invoice_samples import invoice, line  # noqa: E402

from journal_app.export.invoice_document import InvoiceDocument  # noqa: E402
from journal_app.export.invoice_pdf import render_invoice  # noqa: E402

DESCRIPTIONS = {
    "sv": ("Samtalspaket, 10 samtal à 50 minuter", "Sen avbokning av samtal 2026-02-09"),
    "en": ("Counselling package, 10 sessions of 50 minutes",
           "Late cancellation of the session on 2026-02-09"),
}


def example(language: str) -> InvoiceDocument:
    package, late = DESCRIPTIONS[language]
    cancelled = dt.date(2026, 2, 9)
    return invoice(line(package), line(late, unit_price_ore=50_000, supplied_from=cancelled,
                                       supplied_to=cancelled), language=language)


def main() -> None:
    target = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        for language in ("sv", "en"):
            pdf = Path(folder) / f"invoice-{language}.pdf"
            pdf.write_bytes(render_invoice(example(language)))
            out = target / f"invoice-{language}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(out)], check=True)
            print(f"Wrote {out}.png")


if __name__ == "__main__":
    main()
