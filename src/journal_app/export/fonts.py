"""The embedded font, and turning stored text into safe Paragraph markup.

DejaVu Sans (resources/fonts) covers every Swedish letter, most of Latin, Greek and Cyrillic,
Arabic, Hebrew and some emoji. ReportLab embeds the subset a document uses. Text from the vault
goes through `TextCleaner` before it reaches ReportLab: markup characters are escaped, control
characters removed, and a character the font has no glyph for is replaced by a visible mark and
remembered, so the document can say which characters (and scripts) were replaced instead of
dropping them silently.

Right-to-left text is made drawable here (rtl.py does the ordering): Arabic letters become
their joined forms (arabic-reshaper) before a line is measured, and the font's ToUnicode map
(`to_unicode_cmap`) maps those forms back to the letters typed, so copying text out of the PDF
gives what was written. ReportLab's own map writes a code point above U+FFFF as five hex digits
(`<1F600>`, which no reader decodes); ours writes it as UTF-16, as ISO 32000 asks.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper  # type: ignore[import-untyped]  # no types shipped
from arabic_reshaper.ligatures import (  # type: ignore[import-untyped]
    SENTENCES_LIGATURES,
    WORDS_LIGATURES,
)
from bidi.algorithm import (  # type: ignore[import-untyped]  # no types shipped
    explicit_embed_and_overrides,
    get_embedding_levels,
    get_empty_storage,
    reorder_resolved_levels,
    resolve_implicit_levels,
    resolve_neutral_types,
    resolve_weak_types,
)
from bidi.mirror import MIRRORED  # type: ignore[import-untyped]
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFError, TTFont

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
_SEPARATOR = re.compile("[\u2028\u2029\r\t]")  # a search is far cheaper than a translate
_SPACE_RUN = re.compile(r"  +")

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")  # joined forms, ligatures
# Joined letter forms and lam-alef only: a word ligature (ﷲ) is a calligraphic choice, not
# the letters; marks (harakat) are kept, since the reader wrote them.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={
    "delete_harakat": False,
    **{name: False for name, _ in (*SENTENCES_LIGATURES, *WORDS_LIGATURES)},
})
# Hebrew, Arabic and the other right-to-left blocks (Syriac, Thaana, N'Ko ... which the fonts
# lack, and which end up replaced) and their presentation forms.
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff"
                  r"\U0001e800-\U0001efff]")
# Rule L4's mirrored brackets: an alias code per mirrored character, in plane 15's private use
# area (no font uses it), drawn with the glyph of its mirror image (EmbeddedFont).
_MIRROR_ALIAS: dict[str, str] = {
    char: chr(0xF0000 + index) for index, char in enumerate(sorted(MIRRORED))}
_ALIASED: dict[str, str] = {alias: char for char, alias in _MIRROR_ALIAS.items()}
_BFCHAR_LIMIT = 100  # entries per beginbfchar block (ISO 32000-1, 9.10.3)

_lock = threading.Lock()
_coverage: frozenset[str] | None = None


class ExportError(JournalError):
    """The export could not be made; nothing was written."""


def unicode_of(code: int) -> str:
    """The text a drawn character stands for: a joined Arabic form (or a lam-alef) is the
    letter(s) typed; anything else is itself."""
    char = chr(code)
    if char in _ALIASED:
        return _ALIASED[char]
    if _PRESENTATION.fullmatch(char):
        letters = unicodedata.normalize("NFKC", char)
        if _ARABIC.search(letters):
            return letters
    return char


def utf16_hex(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap for one 256-code font subset: UTF-16BE targets (surrogate pairs above
    U+FFFF), at most 100 entries per block, the whole one-byte code space declared."""
    entries = [f"<{code:02X}> <{utf16_hex(unicode_of(value))}>"
               for code, value in enumerate(subset)]
    blocks: list[str] = []
    for start in range(0, len(entries), _BFCHAR_LIMIT):
        chunk = entries[start:start + _BFCHAR_LIMIT]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <FF>", "endcodespacerange", *blocks,
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


class EmbeddedFont(TTFont):  # type: ignore[misc]  # ReportLab ships no types
    """ReportLab's subsetting TrueType font, with our ToUnicode map in place of its own, and
    the mirrored-bracket aliases of `visual`."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        glyphs, widths = self.face.charToGlyph, self.face.charWidths
        for char, alias in _MIRROR_ALIAS.items():
            mirror = ord(MIRRORED[char])
            if ord(char) in glyphs and mirror in glyphs:
                glyphs[ord(alias)] = glyphs[mirror]
                widths[ord(alias)] = widths[mirror]

    def addObjects(self, doc: Any) -> None:  # ReportLab's name
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            base = b"".join((SUBSETN(number), b"+", self.face.name,
                             self.face.subfontNameX)).decode("latin-1")
            stream = doc.idToObject.get(f"toUnicodeCMap:{base}")
            if stream is None:
                raise ExportError("pdf.font_map", font=self.fontName)
            stream.content = to_unicode_cmap(base, subset)


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
                    faces[name] = EmbeddedFont(name, str(FONT_DIR / file))
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
        text = unicodedata.normalize("NFC", text)
        if _SEPARATOR.search(text):
            text = text.translate(_LINE_SEPARATORS)
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

    def shape(self, text: str) -> str:
        """Cleaned text with its Arabic letters in their joined forms, still in the order typed.
        A form the font lacks falls back to the plain letter: drawn unjoined, never lost."""
        if not _ARABIC.search(text):
            return text
        shaped: str = _RESHAPER.reshape(text)
        for char in set(shaped) - self._coverage:
            shaped = shaped.replace(char, unicode_of(ord(char)))
        return shaped

    def markup(self, text: str) -> str:
        """One line of cleaned text as Paragraph markup: shaped, escaped, with runs of spaces
        kept. Paragraphs holding right-to-left text are put in reading order line by line
        when drawn (pdf_styles.paragraph)."""
        escaped = escape(self.shape(text))
        return _SPACE_RUN.sub(lambda m: " " + "\u00a0" * (len(m.group()) - 1), escaped)

    def display(self, text: str) -> str:
        """One line of cleaned text as the canvas draws it: shaped and in visual order."""
        return visual(self.shape(text))

    def line(self, text: str) -> str:
        """A one-line field (a name, a package name) as markup; stray line breaks become spaces."""
        return self.markup(self.clean(text).replace("\n", " "))

    def codes(self) -> str:
        """The replaced characters as code points, for the document's footnote."""
        return ", ".join(f"U+{ord(c):04X}" for c in sorted(self.replaced))

    def scripts(self) -> list[str]:
        """The scripts of the replaced characters (`script_of`), for the footnote."""
        return sorted({script_of(char) for char in self.replaced})


_EAST_ASIAN = {"CJK": "cjk", "IDEOGRAPHIC": "cjk", "FULLWIDTH": "cjk", "HALFWIDTH": "cjk",
               "HIRAGANA": "kana", "KATAKANA": "kana", "HANGUL": "hangul", "BOPOMOFO": "cjk"}


def script_of(char: str) -> str:
    """A short key for the writing system of a character the font cannot draw: "cjk",
    "kana", "hangul", "emoji", "symbol", "other", or the first word of its Unicode name in
    lower case ("devanagari", "thai", "syriac" ...). Python has no Unicode script property;
    the character names start with their script for every script the fonts lack."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "other"  # unassigned, private use, a lone surrogate
    head = name.split(" ")[0]
    if head in _EAST_ASIAN:
        return _EAST_ASIAN[head]
    if ord(char) >= 0x1F000 or unicodedata.category(char) == "So":
        return "emoji" if ord(char) >= 0x1F000 or 0x2600 <= ord(char) < 0x2800 else "symbol"
    if unicodedata.category(char)[0] in "LM":
        return head.lower()
    return "symbol" if unicodedata.category(char)[0] == "S" else "other"


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


# Right-to-left ---------------------------------------------------------------------------------


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def has_strong(text: str) -> bool:
    """Whether `text` holds a letter with a direction of its own (UAX #9 classes L, R, AL)."""
    return any(unicodedata.bidirectional(char) in ("L", "R", "AL") for char in text)


def starts_rtl(text: str) -> bool:
    """The paragraph direction by the Unicode bidi algorithm (UAX #9, P2-P3): that of the first
    strong character; left to right when there is none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual(line: str, rtl: bool | None = None) -> str:
    """One line in the order it is drawn, left to right, in a paragraph running right to left
    when `rtl` (by default: as the line itself starts): UAX #9 rules X1-L2 by python-bidi's
    Python implementation. Rule L4 is ours: a bracket in a right-to-left run is drawn with its
    mirror image's glyph under an alias code (`_MIRROR_ALIAS`), whose ToUnicode entry is the
    bracket typed, so text taken out of the PDF still opens where it opened. Combining marks
    (Hebrew points, Arabic harakat) end up before their letter, as reversing a run puts them:
    DejaVu draws a right-to-left mark over the glyph that follows it."""
    paragraph_rtl = starts_rtl(line) if rtl is None else rtl
    if not paragraph_rtl and not has_rtl(line):
        return line
    storage = get_empty_storage()
    storage["base_level"] = 1 if paragraph_rtl else 0
    storage["base_dir"] = "R" if paragraph_rtl else "L"
    get_embedding_levels(line, storage)
    explicit_embed_and_overrides(storage)
    resolve_weak_types(storage)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    reorder_resolved_levels(storage, False)
    return "".join(
        _MIRROR_ALIAS.get(char["ch"], char["ch"]) if char["level"] % 2 else char["ch"]
        for char in storage["chars"])
