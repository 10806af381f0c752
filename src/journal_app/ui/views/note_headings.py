"""A note template's headings shown as headings while the practitioner writes.

Two small functions any highlighter of the note editor can use (`heading_format`,
`is_heading`), and `HeadingHighlighter`, a QSyntaxHighlighter that sets every line that is one
of the note's headings (the template it was started from) in that format. A line counts as a
heading only when it is exactly one, spaces aside, the same rule the PDF uses
(export/pdf.py `without_empty_headings`)."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextFormat


def heading_format() -> QTextCharFormat:
    """Bold and a step larger than the note's text."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    return fmt


def is_heading(line: str, headings: Collection[str]) -> bool:
    return bool(line.strip()) and line.strip() in headings


class HeadingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._headings: frozenset[str] = frozenset()
        self._format = heading_format()

    @property
    def headings(self) -> frozenset[str]:
        return self._headings

    def set_headings(self, headings: Collection[str]) -> None:
        wanted = frozenset(h.strip() for h in headings if h.strip())
        if wanted != self._headings:
            self._headings = wanted
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # Qt's name
        if is_heading(text, self._headings):
            self.setFormat(0, len(text), self._format)
