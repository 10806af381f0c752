"""Two platypus pieces that lay out exactly as ReportLab's own, with less repeated work.

A style with keepWithNext (a session's heading, a note's template headings, a section title)
makes ReportLab group that paragraph with the next in a KeepTogether. To place a group it
measures the whole group, then places each member on its own, measuring it again; and before
measuring it deep-copies the frame, so that a member that adds content to the frame (a
FrameBreak from an oversized plain Flowable) cannot disturb the real one. In a journal of a
thousand sessions those are four thousand groups: over a quarter of the layout time went to them.

- `JournalParagraph` keeps its line breaking for the width it was last wrapped to, so the
  second measuring of the same paragraph at the same width costs nothing.
- `KeepWithNext` (the document's keepTogetherClass) measures a group of paragraphs, spacers
  and indenters, which never add content to a frame, without the frame copy.

Both change no position: the same lines, heights and page breaks (tests/unit/test_pdf_flow.py
compares the pages with ReportLab's own classes).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Indenter, KeepTogether, Paragraph, Spacer


class JournalParagraph(Paragraph):  # type: ignore[misc]  # ReportLab ships no types
    """A Paragraph that remembers the lines it broke for its last width.

    Paragraph.wrap's result depends on the width only (never on the height offered), and
    `blPara` holds the lines it broke; when wrap is asked again for the same width and those
    lines are still the paragraph's own (a split or an orphan check may drop them), they are
    the answer."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        state = self.__dict__
        done = state.get("_wrapped_for")
        if done is not None and done[0] == availWidth and done[1] is state.get("blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, state.get("blPara"))
        return size


_PLAIN = (Paragraph, Spacer, Indenter)  # flowables that never add content to a frame


class KeepWithNext(KeepTogether):  # type: ignore[misc]  # ReportLab ships no types
    """ReportLab's keepWithNext group, measured without a copy of the frame when every member
    is plain text or space (`_PLAIN`); any other member (a table, a chart) is measured as
    ReportLab always does."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        doc: Any = getattr(getattr(self, "canv", None), "_doctemplate", None)
        if doc is None or not all(isinstance(f, _PLAIN) for f in self._content):
            return super().wrap(aW, aH)  # type: ignore[no-any-return]
        # KeepTogether.wrap copies doc.frame when there is one; with none it measures alone.
        frame = doc.frame
        doc.frame = None
        try:
            return super().wrap(aW, aH)  # type: ignore[no-any-return]
        finally:
            doc.frame = frame
