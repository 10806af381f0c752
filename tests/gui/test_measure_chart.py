"""The client view's measure chart: what it draws, and that repainting it many times leaves
Python's None intact (PySide6 6.12's QPainter calls drop a reference to None on 3.11)."""

from __future__ import annotations

import datetime as dt
import sys

from journal_app.core.domain.measures import (
    PHQ9,
    PHQ9_INSTRUMENT,
    MeasurePoint,
    MeasureSeries,
)
from journal_app.ui.views.measure_chart import MeasureChart


def _series(count: int) -> MeasureSeries:
    start = dt.datetime(2026, 1, 5, 10)
    points = tuple(MeasurePoint(f"s{i}", start + dt.timedelta(days=7 * i), (i * 7) % 28)
                   for i in range(count))
    return MeasureSeries(PHQ9, "PHQ-9", 0, 27, PHQ9_INSTRUMENT.bands, points)


def test_the_chart_shows_each_total_in_session_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = MeasureChart()
    qtbot.addWidget(chart)
    chart.set_series([_series(4)], "sv")
    assert chart.shown() == {"PHQ-9": [0, 7, 14, 21]}
    assert "2026-01-05: 0" in chart.toolTip() and "2026-01-26: 21" in chart.toolTip()
    image = chart.grab().toImage()
    assert image.width() > 0 and len({image.pixel(x, 60) for x in range(0, 300, 5)}) > 2


def test_repainting_a_long_chart_keeps_python_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = MeasureChart()
    qtbot.addWidget(chart)
    chart.resize(500, 330)
    chart.set_series([_series(200), _series(200), _series(200)], "en")
    before = sys.getrefcount(None)
    for _ in range(60):
        chart.grab()
    assert sys.getrefcount(None) >= before - 50  # without the workaround: thousands fewer


def test_the_first_and_last_sessions_are_drawn_inside_the_frame() -> None:
    from PySide6.QtCore import QRectF

    from journal_app.ui.views.measure_chart import POINT_INSET, panel_points

    frame = QRectF(28, 20, 400, 80)
    for count in (1, 2, 4, 40):
        xs = [p.x() for p in panel_points(_series(count), frame)]
        assert min(xs) >= frame.left() + POINT_INSET and max(xs) <= frame.right() - POINT_INSET
    xs = [p.x() for p in panel_points(_series(4), frame)]
    assert xs[0] == frame.left() + POINT_INSET and xs[-1] == frame.right() - POINT_INSET
