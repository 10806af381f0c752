"""The printable recovery-key sheet: one A4 page to print and lock away.

It holds the key in large groups, one group to a box so the columns line up, the vault it
belongs to and what to do with it. The export layer is Qt-free, so the words come in Swedish and
English from here; the UI passes its language. Written only where the practitioner chooses,
atomically. Like every exported PDF it uses only the embedded fonts (fonts.py): the key's
alphabet (RFC 4648 base32: A-Z and 2-7) has no 0, 1 or 8 to mistake for O, I or B, so it needs
no monospaced font.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from journal_app.core.errors import InvalidInput
from journal_app.core.files.atomic import write_atomic
from journal_app.export.fonts import BOLD, REGULAR, TextCleaner, register_fonts
from journal_app.export.labels import iso_date_time
from journal_app.export.pdf_styles import paragraph

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Återställningsnyckel",
        "subject": "Återställningsnyckel för journalvalvet",
        "intro": "Med den här nyckeln kan du öppna ditt journalvalv om du glömmer lösenfrasen, "
                 "och sedan välja en ny lösenfras.",
        "practice": "Mottagning",
        "vault": "Valvets id",
        "made": "Utfärdad",
        "keep": "Förvara arket inlåst, åtskilt från datorn. Den som har nyckeln och en kopia "
                "av valvet kan läsa alla journaler.",
        "replace": "Byter du nyckel öppnar den här inte längre valvet, men väl säkerhetskopior "
                   "gjorda före bytet: förstör då arket.",
        "never": "Skriv aldrig in nyckeln i e-post, moln eller ett dokument på datorn.",
    },
    "en": {
        "title": "Recovery key",
        "subject": "Recovery key for the journal vault",
        "intro": "This key opens your journal vault if you forget the passphrase, and then "
                 "lets you choose a new passphrase.",
        "practice": "Practice",
        "vault": "Vault id",
        "made": "Issued",
        "keep": "Keep this sheet locked away, apart from the computer. Whoever holds the key and "
                "a copy of the vault can read every journal.",
        "replace": "If you replace the key, this one no longer opens the vault, but it still opens "
                   "backups made before then: destroy this sheet then.",
        "never": "Never type the key into e-mail, a cloud service or a document on the computer.",
    },
}


def render_recovery_sheet(
    recovery_key: str,
    *,
    vault_id: str,
    practice_name: str,
    issued: dt.datetime,
    language: str = "sv",
) -> bytes:
    if language not in WORDS:
        raise InvalidInput("pdf.unknown_language", language=language)
    words = WORDS[language]
    text = TextCleaner(register_fonts())
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=11, leading=15,
                          textColor=colors.HexColor("#1f2328"), spaceAfter=4 * mm)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=20,
                           leading=24, spaceAfter=6 * mm)
    fact_name = ParagraphStyle("fact_name", parent=body, fontName=BOLD, fontSize=10,
                               leading=13, spaceAfter=0)
    fact = ParagraphStyle("fact", parent=fact_name, fontName=REGULAR)
    key_style = ParagraphStyle("key", parent=body, fontName=BOLD, fontSize=22,
                               leading=30, alignment=1, spaceAfter=0)
    groups = recovery_key.split("-")
    rows = [[Paragraph(escape(group), key_style) for group in groups[i:i + 4]]
            for i in range(0, len(groups), 4)]
    key_box = Table(rows, colWidths=[40 * mm] * 4)
    key_box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else a cell selects Helvetica
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#2f5d7c")),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
    ]))
    facts = Table(
        [[Paragraph(escape(words["practice"]), fact_name),
          paragraph(text.line(practice_name) or "-", fact)],
         [Paragraph(escape(words["vault"]), fact_name), Paragraph(escape(vault_id), fact)],
         [Paragraph(escape(words["made"]), fact_name),
          Paragraph(escape(iso_date_time(issued, joiner=" ")), fact)]],  # local time
        colWidths=[40 * mm, 120 * mm],
    )
    facts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=25 * mm, title=words["title"],
                            subject=words["subject"], creator="journal-app",
                            lang="sv-SE" if language == "sv" else "en-GB",
                            initialFontName=REGULAR)
    doc.build([
        Paragraph(escape(words["title"]), title),
        Paragraph(escape(words["intro"]), body),
        Spacer(1, 4 * mm), key_box, Spacer(1, 8 * mm), facts, Spacer(1, 8 * mm),
        Paragraph(escape(words["keep"]), body),
        Paragraph(escape(words["replace"]), body),
        Paragraph(escape(words["never"]), body),
    ])
    return buffer.getvalue()


def save_recovery_sheet(target: Path, recovery_key: str, *, vault_id: str, practice_name: str,
                        issued: dt.datetime, language: str = "sv") -> None:
    write_atomic(target, render_recovery_sheet(
        recovery_key, vault_id=vault_id, practice_name=practice_name, issued=issued,
        language=language,
    ))
