"""The embedded font, and turning stored text into safe Paragraph markup.

DejaVu Sans (resources/fonts) covers every Swedish letter and most of Latin, Greek and Cyrillic.
ReportLab embeds the subset a document uses. Text from the vault goes through `TextCleaner`
before it reaches ReportLab: markup characters are escaped, control characters removed, and a
character the font has no glyph for is replaced by a visible mark and remembered, so the
document can say which characters were replaced instead of dropping them silently.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from journal_app.core.errors import JournalError

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
REGULAR = "JournalSans"
BOLD = "JournalSans-Bold"
ITALIC = "JournalSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
REPLACEMENT = "\ufffd"  # the Unicode replacement character; DejaVu Sans draws it

# C0/C1 controls except line feed and tab, which the layout handles itself.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\r": "\n", "\t": "    "})
_SPACE_RUN = re.compile(r"  +")

_lock = threading.Lock()
_coverage: frozenset[str] | None = None


class ExportError(JournalError):
    """The export could not be made; nothing was written."""


def register_fonts() -> frozenset[str]:
    """Register the fonts with ReportLab once per process; return the characters they draw.

    Coverage is what both the regular and the bold face draw, since a client's name appears
    in bold and their notes in regular."""
    global _coverage
    with _lock:
        if _coverage is None:
            faces: dict[str, TTFont] = {}
            for name, file in _FILES.items():
                try:
                    faces[name] = TTFont(name, str(FONT_DIR / file))
                except (OSError, TTFError) as exc:
                    raise ExportError("pdf.font_damaged", file=file, reason=str(exc)) from None
                pdfmetrics.registerFont(faces[name])
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, ITALIC)
            addMapping(REGULAR, 1, 1, BOLD)
            # Compressed streams stay binary instead of ASCII85 text: 7 % smaller files and
            # no pure-Python re-encoding of every page at save (ReportLab's setting is global).
            rl_config.useA85 = 0
            regular = set(faces[REGULAR].face.charToGlyph)
            bold = set(faces[BOLD].face.charToGlyph)
            _coverage = frozenset(chr(code) for code in regular & bold)
        return _coverage


class TextCleaner:
    """Cleans text for one document and collects the characters it had to replace."""

    def __init__(self, coverage: frozenset[str]) -> None:
        self._coverage = coverage
        self.replaced: set[str] = set()

    def clean(self, text: str) -> str:
        """Plain text the font can draw: NFC, line breaks kept, controls gone, gaps marked."""
        text = unicodedata.normalize("NFC", text).translate(_LINE_SEPARATORS)
        text = _CONTROL.sub("", text)
        # One set difference per text keeps this fast even for a 10 MB note.
        missing = set(text) - self._coverage - {"\n"}
        for char in missing:
            if unicodedata.category(char) == "Cf":
                # Invisible format characters (zero-width space, joiners) show nothing anyway.
                text = text.replace(char, "")
            else:
                self.replaced.add(char)
                text = text.replace(char, REPLACEMENT)
        return text

    def markup(self, text: str) -> str:
        """One line of cleaned text as Paragraph markup: escaped, with runs of spaces kept."""
        escaped = escape(text)
        return _SPACE_RUN.sub(lambda m: " " + "\u00a0" * (len(m.group()) - 1), escaped)

    def line(self, text: str) -> str:
        """A one-line field (a name, a package name) as markup; stray line breaks become spaces."""
        return self.markup(self.clean(text).replace("\n", " "))

    def codes(self) -> str:
        """The replaced characters as code points, for the document's footnote."""
        return ", ".join(f"U+{ord(c):04X}" for c in sorted(self.replaced))


def split_long_line(line: str, limit: int) -> list[str]:
    """Break a line longer than `limit` at spaces (or hard, if it has none): one huge
    Paragraph would make ReportLab re-wrap the rest of it for every page it spans."""
    pieces: list[str] = []
    while len(line) > limit:
        cut = line.rfind(" ", limit // 2, limit)
        cut = limit if cut <= 0 else cut + 1
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces
