"""Outcome measure charts (issue 18): a client with many measures.

- paint: the client view's chart (ui/views/measure_chart.py) of a client with N PHQ-9, N GAD-7
  and N own-scale totals (default N = 200), rendered into an image the size it has on screen.
  Baseline, in the same run and interleaved: bare QPainter drawing the same three polylines
  over the same band rectangles into a pixmap of the same size (the chart's figure includes
  grab()'s own pixmap, its text and its dots). Target: at most 2x the baseline, and under
  50 ms (a repaint a person does not notice as a stall).
- read: `Journal.measure_series` for that client (its totals for the three charts) in a vault
  where other clients hold measures too. Target: under 50 ms.

    python -m bench.bench_measures [--measures N] [--repeat N] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from bench.report import Row, Stats, emit, measure
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.measures import GAD7, PHQ9, MeasureSeries
from journal_app.core.journal.facade import Journal
from journal_app.core.keys.kdf import KdfPolicy
from journal_app.core.vault.vault import Vault
from journal_app.ui.views.measure_chart import (
    BAND_SHADES,
    PANEL_HEIGHT,
    MeasureChart,
    restore_none_refs,
)

WIDTH = 520
FAST = KdfPolicy(memory_kib=8 * 1024, parallelism=1, min_time_cost=1, target_seconds=0.0,
                 calibrate=False)  # a throwaway benchmark vault only


def seed(journal: Journal, count: int, others: int) -> str:
    """A client with `count` sessions, each with a PHQ-9, a GAD-7 and an own scale; `others`
    more clients with a few measures each."""
    rng = random.Random(18)
    scale = journal.add_scale("Mående", 0, 10, low_label="dåligt", high_label="bra").scale
    assert scale is not None
    target = ""
    for index in range(others + 1):
        client = journal.add_client(f"Bänk Klient {index}").client
        sessions = count if index == 0 else 3
        package = journal.add_package(client.id, name="Paket", sessions_total=sessions,
                                      purchased="2020-01-10").package
        for n in range(sessions):
            start = dt.datetime(2020, 1, 13, 10) + dt.timedelta(days=7 * n)
            session = journal.add_session(package.id, start, "held").session
            journal.record_measure(session.id, PHQ9, [rng.randrange(4) for _ in range(9)])
            journal.record_measure(session.id, GAD7, [rng.randrange(4) for _ in range(7)])
            journal.record_measure(session.id, scale.key, [rng.randrange(11)])
        if index == 0:
            target = client.id
    return target


def bare_paint(series: list[MeasureSeries], image: QPixmap) -> None:
    """The baseline: the same bands and polylines with bare QPainter, no text, no dots."""
    before = sys.getrefcount(None)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for index, s in enumerate(series):
        plot = QRectF(28, index * PANEL_HEIGHT + 20, WIDTH - 34, PANEL_HEIGHT - 30)
        span = max(s.high - s.low, 1)
        for b, band in enumerate(s.bands):
            top = plot.bottom() - (band.high - s.low) / span * plot.height()
            bottom = plot.bottom() - (band.low - s.low) / span * plot.height()
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top),
                             QColor(BAND_SHADES[b]))
        step = plot.width() / max(len(s.points) - 1, 1)
        points = [QPointF(plot.left() + i * step,
                          plot.bottom() - (p.total - s.low) / span * plot.height())
                  for i, p in enumerate(s.points)]
        painter.setPen(QPen(QColor("#2f5d7c"), 2))
        painter.drawPolyline(QPolygonF(points))
    painter.end()
    restore_none_refs(before)  # the same PySide6 6.12 workaround as the chart's


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--measures", type=int, default=200)
    parser.add_argument("--others", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    if args.quick:
        args.others, args.repeat = 30, 20
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        clock = ManualClock(dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC))
        vault, _ = Vault.create(Path(tmp) / "vault", "bench passphrase 18", kdf_policy=FAST,
                                clock=clock)
        try:
            client_id = seed(vault.journal, args.measures, args.others)
            read = measure(lambda: vault.journal.measure_series(client_id), repeat=args.repeat)
            series = vault.journal.measure_series(client_id)
        finally:
            vault.lock()
    chart = MeasureChart()
    chart.resize(WIDTH, PANEL_HEIGHT * len(series))
    chart.set_series(series, "sv")
    # (QWidget.render into a QImage, called in a loop, crashes PySide6 6.x: grab() instead,
    # and the baseline paints into a pixmap the same size.)
    image = QPixmap(WIDTH, PANEL_HEIGHT * len(series))
    chart_samples: list[float] = []
    bare_samples: list[float] = []
    for _ in range(args.repeat):  # interleaved, so drift on a shared machine hits both alike
        chart_samples += measure(chart.grab, repeat=1, warmup=1).samples  # paints it
        bare_samples += measure(lambda: bare_paint(series, image), repeat=1, warmup=1).samples
    painted, bare = Stats(tuple(chart_samples)), Stats(tuple(bare_samples))
    points = sum(len(s.points) for s in series)
    emit([
        Row(f"measure chart paint ({points} points, {len(series)} charts)", painted.median_ms,
            "ms", limit=50.0, baseline=bare.median_ms, baseline_name="bare QPainter polylines",
            max_ratio=2.0, detail=f"p95 {painted.p95_ms:.2f} ms, n={painted.n}"),
        Row(f"measure series read ({args.measures} sessions, {args.others} other clients)",
            read.median_ms, "ms", limit=50.0, detail=f"p95 {read.p95_ms:.2f} ms, n={read.n}"),
    ])
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
