"""A client's outcome measures as small charts: each measure's totals over the sessions, oldest
left, over its severity bands shaded from calm to strong.

Plain QPainter in one small widget: QtCharts (PySide6-Addons) would add tens of megabytes to
the packaged app and pyqtgraph pulls in numpy, for a line over at most a few hundred points
(docs/architecture.md). What a person sees is also readable from `shown()`, for the tests.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal_app.core.domain.measures import MeasureSeries
from journal_app.ui.formatting import format_date
from journal_app.ui.refcounts import restore_none_refs  # the chart's paint: see there
from journal_app.ui.theme import CHART_MUTED_ALPHA, colour
from journal_app.ui.theme import band as band_shade

# The bands' shades, the line and the band names come from ui/theme.py for the scheme in force
# (in light, the journal PDF's shades, export/pdf_measures.py); read at each paint, so the chart
# changes with the system's scheme.
PANEL_HEIGHT = 110
MARGIN = 6
POINT_INSET = 8  # the first and last sessions' dots sit inside the frame, not on it


def panel_points(series: MeasureSeries, frame: QRectF) -> list[QPointF]:
    """Where each total is drawn inside the plot's `frame`: sessions spread evenly, oldest left,
    the first and the last POINT_INSET inside the frame's sides."""
    plot = frame.adjusted(POINT_INSET, 0, -POINT_INSET, 0)
    count = len(series.points)
    span = max(series.high - series.low, 1)
    step = plot.width() / max(count - 1, 1)
    return [QPointF(plot.left() + (i * step if count > 1 else plot.width() / 2),
                    plot.bottom() - (p.total - series.low) / span * plot.height())
            for i, p in enumerate(series.points)]


class MeasureChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureChart")
        self.setAccessibleName(self.tr("Outcome measures chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._series: list[MeasureSeries] = []
        self._language = "sv"

    def set_series(self, series: Sequence[MeasureSeries], language: str) -> None:
        self._series = list(series)
        self._language = language
        self.setFixedHeight(PANEL_HEIGHT * len(self._series))
        self.setToolTip(self.describe())
        self.update()

    def shown(self) -> dict[str, list[int]]:
        """Each chart's name and the totals drawn on it, left to right."""
        return {s.name: [p.total for p in s.points] for s in self._series}

    def describe(self) -> str:
        """The charts in words (the tooltip, and a screen reader's description)."""
        lines = []
        for s in self._series:
            totals = ", ".join(f"{format_date(p.start.date())}: {p.total}" for p in s.points)
            lines.append(f"{s.name} ({s.low}–{s.high}): {totals}")
        text = "\n".join(lines)
        self.setAccessibleDescription(text)
        return text

    def sizeHint(self) -> QSize:
        return QSize(320, PANEL_HEIGHT * len(self._series))

    def paintEvent(self, _event: QPaintEvent) -> None:
        before = sys.getrefcount(None)
        try:
            self._paint()
        finally:
            restore_none_refs(before)

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, series in enumerate(self._series):
            top = index * PANEL_HEIGHT
            self._paint_panel(painter, series, QRectF(0, top, self.width(), PANEL_HEIGHT))
        painter.end()

    def _paint_panel(self, painter: QPainter, series: MeasureSeries, area: QRectF) -> None:
        metrics = painter.fontMetrics()
        title_h = metrics.height() + 2
        plot = QRectF(area.left() + 28, area.top() + title_h + 2,
                      area.width() - 28 - MARGIN, area.height() - title_h - MARGIN - 4)
        span = max(series.high - series.low, 1)
        muted = self.palette().color(self.foregroundRole())
        muted.setAlpha(CHART_MUTED_ALPHA)
        small = QFont(painter.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 6.0))
        normal = QFont(painter.font())
        painter.setFont(small)  # the band names: quiet, behind the line
        for i, band in enumerate(series.bands):
            low = band.low - (0.5 if i else 0)
            high = band.high + (0.5 if i < len(series.bands) - 1 else 0)
            y_high = plot.bottom() - (high - series.low) / span * plot.height()
            y_low = plot.bottom() - (low - series.low) / span * plot.height()
            rect = QRectF(plot.left(), y_high, plot.width(), y_low - y_high)
            painter.fillRect(rect, band_shade(i))
            painter.setPen(colour("chart_band_text"))
            painter.drawText(rect.adjusted(0, 0, -4, 0),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             band.label(self._language))
        painter.setFont(normal)
        painter.setPen(QPen(muted, 1))
        painter.drawRect(plot)
        painter.drawText(QRectF(area.left(), plot.top() - 6, 24, 12),
                         int(Qt.AlignmentFlag.AlignRight), str(series.high))
        painter.drawText(QRectF(area.left(), plot.bottom() - 6, 24, 12),
                         int(Qt.AlignmentFlag.AlignRight), str(series.low))
        painter.setPen(self.palette().color(self.foregroundRole()))
        last = series.points[-1].total if series.points else ""
        painter.drawText(QRectF(area.left() + 28, area.top(), plot.width(), title_h),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         f"{series.name}: {last}")
        points = panel_points(series, plot)
        line = colour("chart_line")
        painter.setPen(QPen(line, 2))
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        painter.setBrush(line)
        radius = 3.0 if len(points) < 60 else 1.5
        for point in points:
            painter.drawEllipse(QRectF(point.x() - radius, point.y() - radius,
                                       2 * radius, 2 * radius))
        painter.setBrush(Qt.BrushStyle.NoBrush)
