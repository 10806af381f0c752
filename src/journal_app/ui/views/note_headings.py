"""A note template's headings shown as headings while the practitioner writes.

Two small functions (`heading_format`, `is_heading`), and `NoteHeadings`, which gives the
formats of every line that is one of the note's headings (the template it was started from) to
the note editor's highlighter. A line counts as a
heading only when it is exactly one, spaces aside, the same rule the PDF uses
(export/pdf.py `without_empty_headings`)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtGui import QFont, QTextCharFormat, QTextFormat


def heading_format() -> QTextCharFormat:
    """Bold and a step larger than the note's text."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    return fmt


def is_heading(line: str, headings: Collection[str]) -> bool:
    return bool(line.strip()) and line.strip() in headings


class NoteHeadings:
    """The open note's headings and their formats for the editor's one highlighter (Qt lets a
    document have one: the spell checker's, which lays these formats first, views/spell_check.py
    `extra_format`). `redraw` is set by whoever draws them; it runs when the headings change."""

    def __init__(self) -> None:
        self._headings: frozenset[str] = frozenset()
        self._format = heading_format()
        self.redraw: Callable[[], None] = lambda: None

    @property
    def headings(self) -> frozenset[str]:
        return self._headings

    def set_headings(self, headings: Collection[str]) -> None:
        wanted = frozenset(h.strip() for h in headings if h.strip())
        if wanted != self._headings:
            self._headings = wanted
            self.redraw()

    def formats(self, line: str) -> list[tuple[int, int, QTextCharFormat]]:
        return [(0, len(line), self._format)] if is_heading(line, self._headings) else []
