"""The shared way a benchmark times things and reports its figures.

A bench script measures, builds `Row`s and calls `emit(rows)` once at the end:

    from bench.report import Row, emit, measure

    save = measure(lambda: journal.notes.save_draft(sid, text), repeat=300)
    plain = measure(lambda: plain_notes.save_draft(sid, text), repeat=300)
    emit([Row("note save (median)", save.median_ms, "ms", limit=2.0,
              baseline=plain.median_ms, baseline_name="plain SQLite", max_ratio=1.5,
              detail=f"p95 {save.p95_ms:.2f} ms")])

`emit` prints a readable table and, for bench/run_all.py, one machine-readable line per row
(prefixed `BENCH-ROW `). A row with neither `limit` nor `max_ratio` is a figure without a target.
"""

from __future__ import annotations

import itertools
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

ROW_PREFIX = "BENCH-ROW "


@dataclass(frozen=True)
class Stats:
    samples: tuple[float, ...]  # seconds

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def p95_ms(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000

    @property
    def n(self) -> int:
        return len(self.samples)


def measure(work: Callable[[], Any], *, repeat: int, warmup: int = 3) -> Stats:
    """Time `work` `repeat` times after `warmup` untimed calls."""
    for _ in range(warmup):
        work()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return Stats(tuple(samples))


def interleaved(works: list[Callable[[], Any]], *, repeat: int, warmup: int = 1) -> list[Stats]:
    """Time several contenders in turn, so the drift of a shared, noisy machine hits them alike."""
    samples: list[list[float]] = [[] for _ in works]
    for rep in range(warmup + repeat):
        for index, work in enumerate(works):
            start = time.perf_counter()
            work()
            if rep >= warmup:
                samples[index].append(time.perf_counter() - start)
    return [Stats(tuple(s)) for s in samples]


@dataclass(frozen=True)
class Row:
    figure: str
    value: float
    unit: str
    limit: float | None = None  # target: value <= limit (same unit)
    baseline: float | None = None  # the baseline's value, measured in the same run
    baseline_name: str = ""
    max_ratio: float | None = None  # target: value / baseline <= max_ratio
    detail: str = ""  # p95, repetitions, anything a reader needs to trust the figure
    script: str = ""
    size: int = 0  # the benchmark vault's notes, for figures that grow with it (0: none)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def target(self) -> str:
        parts = []
        if self.limit is not None:
            parts.append(f"≤ {self.limit:g} {self.unit}")
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}× baseline")
        return ", ".join(parts) or "-"

    @property
    def met(self) -> bool | None:
        if self.limit is None and self.max_ratio is None:
            return None
        ok = self.limit is None or self.value <= self.limit
        if self.max_ratio is not None:
            ok = ok and self.ratio is not None and self.ratio <= self.max_ratio
        return ok

    @property
    def verdict(self) -> str:
        return {None: "info", True: "met", False: "MISSED"}[self.met]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> Row:
        return Row(**json.loads(text))


def format_table(rows: Iterable[Row], *, with_script: bool = False) -> str:
    header = ["figure", "value", "target", "baseline", "ratio", "verdict", "detail"]
    if with_script:
        header.insert(0, "script")
    lines = []
    for row in rows:
        cells = [
            f"{row.figure} @ {row.size:,} notes" if row.size else row.figure,
            f"{row.value:.2f} {row.unit}",
            row.target,
            f"{row.baseline:.2f} {row.unit} ({row.baseline_name})" if row.baseline is not None
            else "-",
            f"{row.ratio:.2f}×" if row.ratio is not None else "-",
            row.verdict,
            row.detail,
        ]
        if with_script:
            cells.insert(0, row.script)
        lines.append(cells)
    widths = [max(len(str(c)) for c in column) for column in zip(header, *lines, strict=False)]
    out = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    out.append("-+-".join("-" * w for w in widths))
    out.extend(" | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) for cells in lines)
    return "\n".join(out)


def emit(rows: Iterable[Row], *, script: str | None = None, size: int = 0) -> None:
    """Print the table for a person and the rows for run_all.py. `size`: the notes of the
    benchmark vault the rows were measured on (run_all's growth table reads it)."""
    name = script or sys.argv[0].rsplit("/", 1)[-1].removesuffix(".py")
    named = [Row(**{**asdict(r), "script": r.script or name, "size": r.size or size})
             for r in rows]
    print(format_table(named))
    for row in named:
        print(ROW_PREFIX + row.to_json())
    sys.stdout.flush()


def growth_table(rows: Iterable[Row]) -> str:
    """Each figure measured at several vault sizes: its value at each, and how much it grew
    from one size to the next against how much the vault grew."""
    by_figure: dict[tuple[str, str], dict[int, Row]] = {}
    for row in rows:
        if row.size:
            by_figure.setdefault((row.script, row.figure), {})[row.size] = row
    sizes = sorted({s for found in by_figure.values() for s in found})
    if len(sizes) < 2:
        return "(figures were measured at one vault size only: no growth to show)"
    header = ["figure", *[f"{s:,} notes" for s in sizes],
              *[f"growth {a:,}→{b:,} (vault ×{b / a:g})" for a, b in itertools.pairwise(sizes)]]
    lines = [header]
    for (script, figure), found in by_figure.items():
        cells = [f"{script}: {figure}"]
        cells += [f"{found[s].value:.2f} {found[s].unit}" if s in found else "-" for s in sizes]
        for a, b in itertools.pairwise(sizes):
            grew = (found[b].value / found[a].value
                    if a in found and b in found and found[a].value > 0 else None)
            cells.append(f"×{grew:.2f}" if grew is not None else "-")
        lines.append(cells)
    widths = [max(len(c) for c in column) for column in zip(*lines, strict=True)]
    out = [" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    out.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(out)
