"""Outcome measure charts (issue 18) at one benchmark size (--notes): the client view's measures
of a client followed at every session, in the benchmark vault (bench/bigvault.py: every third
client has a PHQ-9 and a GAD-7 at each of 40 sessions, 80 measures; 133,360 measures in all at
200,000 notes).

- read: what the client view reads when a client is shown and after every change
  (ui/controllers/measures_controller.py refresh: `Journal.measure_series`, which builds the
  charts, and `Journal.open_measure_flags`, the item-9 warning). Timed two ways: a different
  followed client each time (a client being opened: its pages are not in the cache yet), and
  the same client again (the refresh after a change). Baseline, in the same run and
  interleaved: the same two SELECTs the repository runs (storage/measures.py for_client), bare,
  on the plaintext copy of the same vault through sqlcipher3 without a key (the same SQLite),
  so the ratio is the cost of encryption plus the core's Python. The same facade calls on the
  other plaintext copy are given in the detail. Targets: at most 3x the bare SELECTs, and
  under 50 ms (read on the GUI thread when the client is opened).
- paint: the client view's chart (ui/views/measure_chart.py) of that client's series as read
  above, rendered at the size it has on screen (520 px wide, one panel per measure); and, as
  before, of 3 x 200 totals (PHQ-9, GAD-7 and an own scale; built in memory, the paint does not
  depend on the vault). Baseline, in the same run and interleaved: bare QPainter drawing the
  same polylines over the same band rectangles into a pixmap of the same size (the chart's
  figure includes grab()'s own pixmap, its text and its dots). Targets: under 50 ms (a repaint
  a person does not notice as a stall), and for the 600 points at most 2x the baseline. At the
  real size (80 points) the chart's fixed work (titles, band labels, axis numbers, dots: about
  1 ms), which the baseline leaves out, is most of the figure, so its ratio is information.

Absolute figures are for information; the ratios are the targets that travel between machines.

    python -m bench.bench_measures [--notes N] [--repeat N] [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlcipher3
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication

from bench import bigvault
from bench.bench_core import open_plain
from bench.report import Row, emit, interleaved
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.measures import (
    GAD7,
    INSTRUMENTS,
    PHQ9,
    MeasurePoint,
    MeasureSeries,
)
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.db import PRAGMAS
from journal_app.core.storage.measures import _COLUMNS, _CURRENT
from journal_app.core.vault.vault import Vault
from journal_app.ui.refcounts import restore_none_refs
from journal_app.ui.theme import band as band_shade
from journal_app.ui.theme import colour
from journal_app.ui.views.measure_chart import PANEL_HEIGHT, MeasureChart

WIDTH = 520
# storage/measures.py MeasureRepository.for_client: the one query behind both reads.
FOR_CLIENT = (f"SELECT {_COLUMNS}, s.start FROM measures m JOIN sessions s ON s.id = m.session_id"
              f" WHERE m.client_id = ? AND {_CURRENT} ORDER BY s.start, m.instrument")
BARE = "the same 2 SELECTs, bare, plaintext copy (sqlcipher3, no key)"


def client_view_reads(journal: Journal, client_id: str) -> None:
    """What MeasuresController.refresh reads from the core."""
    journal.measure_series(client_id)
    journal.open_measure_flags(client_id)


def bare_connection(path: Any) -> Any:
    """The plaintext copy, read-only, with the vault's pragmas (its page cache among them)."""
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False,
                              isolation_level=None)
    for pragma in PRAGMAS:
        if "cipher" not in pragma and "journal_mode" not in pragma:
            conn.execute(pragma).fetchall()
    return conn


def bare_reads(conn: Any, client_id: str) -> None:
    for _ in range(2):  # the series, then the flags: the repository runs it for each
        conn.execute(FOR_CLIENT, (client_id,)).fetchall()


def bench_reads(big: bigvault.BigVault, repeat: int) -> list[Row]:
    clock = ManualClock(bigvault.NOW)
    vault = Vault.unlock(big.folder, big.passphrase, clock=clock)
    plain = open_plain(big.plain_engine, sqlcipher3, clock)
    bare = bare_connection(big.plain_stdlib)
    try:
        clients = big.measured_clients
        first = clients[0]
        series = vault.journal.measure_series(first)
        assert series == plain.measure_series(first)  # the same answer from both
        assert len(bare.execute(FOR_CLIENT, (first,)).fetchall()) == sum(
            len(s.points) for s in series)
        turn = [0]

        def each(work: Callable[[str], None]) -> Callable[[], None]:
            return lambda: work(clients[turn[0] % len(clients)])

        def advance() -> None:
            turn[0] += 1

        works = [each(lambda c: client_view_reads(vault.journal, c)),
                 each(lambda c: client_view_reads(plain, c)),
                 each(lambda c: bare_reads(bare, c))]
        # Another client each time: the interleaving moves on after the three contenders.
        opened = interleaved([*works, advance], repeat=repeat, warmup=1)
        turn[0] = 0
        again = interleaved(works, repeat=repeat, warmup=3)
    finally:
        vault.lock()
        plain.db.close()
        bare.close()
    points = sum(len(s.points) for s in series)
    rows = []
    # (A figure's name is the same at every size: run_all's growth table joins on it.)
    for label, turns, (app, facade, select) in (
        ("another client each time", f"{len(clients)} followed clients in turn; ", opened[:3]),
        ("the same client again", "", again),
    ):
        rows.append(Row(
            f"client view measure reads, {label} (measure_series + open_measure_flags)",
            app.median_ms, "ms", limit=50.0, baseline=select.median_ms, baseline_name=BARE,
            max_ratio=3.0,
            detail=f"{turns}{points} measures in {len(series)} charts; p95 {app.p95_ms:.2f} ms;"
                   f" the same calls on a plaintext copy {facade.median_ms:.2f} ms"
                   f" ({app.median_ms / facade.median_ms:.2f}x: the cost of encryption);"
                   f" n={app.n}"))
    return rows


def synthetic_series(count: int) -> list[MeasureSeries]:
    """`count` totals of PHQ-9, GAD-7 and a 0..10 scale, weekly: the paint's worst case."""
    rng = random.Random(18)
    start = dt.datetime(2020, 1, 13, 10)

    def points(top: int) -> tuple[MeasurePoint, ...]:
        return tuple(MeasurePoint(f"s{n}", start + dt.timedelta(days=7 * n), rng.randint(0, top))
                     for n in range(count))

    phq, gad = INSTRUMENTS[PHQ9], INSTRUMENTS[GAD7]
    return [MeasureSeries(PHQ9, phq.name, 0, phq.maximum, phq.bands, points(phq.maximum)),
            MeasureSeries(GAD7, gad.name, 0, gad.maximum, gad.bands, points(gad.maximum)),
            MeasureSeries("scale:bench", "Mående", 0, 10, (), points(10))]


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
                             band_shade(b))
        step = plot.width() / max(len(s.points) - 1, 1)
        points = [QPointF(plot.left() + i * step,
                          plot.bottom() - (p.total - s.low) / span * plot.height())
                  for i, p in enumerate(s.points)]
        painter.setPen(QPen(colour("chart_line"), 2))
        painter.drawPolyline(QPolygonF(points))
    painter.end()
    restore_none_refs(before)  # the same PySide6 6.12 workaround as the chart's


def bench_paint(series: list[MeasureSeries], label: str, repeat: int,
                max_ratio: float | None = 2.0) -> Row:
    chart = MeasureChart()
    chart.resize(WIDTH, PANEL_HEIGHT * len(series))
    chart.set_series(series, "sv")
    # (QWidget.render into a QImage, called in a loop, crashes PySide6 6.x: grab() instead,
    # and the baseline paints into a pixmap the same size.)
    image = QPixmap(WIDTH, PANEL_HEIGHT * len(series))
    painted, bare = interleaved([chart.grab, lambda: bare_paint(series, image)],
                                repeat=repeat, warmup=3)
    points = sum(len(s.points) for s in series)
    return Row(f"measure chart paint, {label} ({points} points, {len(series)} charts)",
               painted.median_ms, "ms", limit=50.0, baseline=bare.median_ms,
               baseline_name="bare QPainter polylines", max_ratio=max_ratio,
               detail=f"{WIDTH} x {PANEL_HEIGHT * len(series)} px; p95 {painted.p95_ms:.2f} ms,"
                      f" n={painted.n}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=bigvault.LARGEST, choices=bigvault.SIZES)
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--points", type=int, default=200,
                        help="totals per chart of the in-memory paint figure")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    if args.quick:
        args.repeat = 20
    app = QApplication.instance() or QApplication(sys.argv[:1])
    big = bigvault.ensure(args.notes, with_measures=True)
    rows = [Row("measures in the benchmark vault", float(big.measures), "measures",
                detail=f"{len(big.measured_clients)} of {big.clients} clients followed with"
                       f" PHQ-9 and GAD-7 at every session; cache {big.version}")]
    rows += bench_reads(big, args.repeat)
    vault = Vault.unlock(big.folder, big.passphrase, clock=ManualClock(bigvault.NOW))
    try:
        series = vault.journal.measure_series(big.measured_clients[0])
    finally:
        vault.lock()
    rows.append(bench_paint(series, "a followed client of the vault", args.repeat,
                            max_ratio=None))
    emit(rows, script="bench_measures", size=big.notes)
    # Not of the vault: the same figure at every size, so it is given without one.
    emit([bench_paint(synthetic_series(args.points), "in memory", args.repeat)],
         script="bench_measures")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
