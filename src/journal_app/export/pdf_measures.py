"""The journal PDF's "Outcome measures" section: per measure, a chart of the totals over the
client's sessions with the severity bands shaded, and a table of the same scores (so the
numbers are text a reader, a screen reader or `pdftotext` gets back).

Drawn with ReportLab's own graphics (reportlab.graphics.shapes), no other dependency. The
bands and their words come from the core (domain/measures.py); nothing here scores.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from journal_app.core.domain.measures import Measure, MeasureSeries, band_of
from journal_app.core.messages import template
from journal_app.export.fonts import REGULAR
from journal_app.export.labels import iso_date, iso_date_time
from journal_app.export.pdf_styles import ACCENT, MUTED, RULE, Styles, content_width, paragraph, table_style

# Light shades from calm to strong, one per band in order (the same as ui/views/measure_chart).
BAND_SHADES = ("#e8f3ea", "#f4f1dc", "#f8e6cf", "#f6d6c8", "#f1c4c4")
HEIGHT = 120  # points: the chart's plot area
LEFT = 28  # room for the axis numbers


def chart(series: MeasureSeries, width: float, language: str = "sv") -> Drawing:
    """The totals as a line over the sessions, oldest left, the bands shaded behind."""
    drawing = Drawing(width, HEIGHT + 24)
    plot_w = width - LEFT - 8
    bottom = 14
    span = max(series.high - series.low, 1)

    def y_of(value: float) -> float:
        return bottom + (value - series.low) / span * HEIGHT

    for index, band in enumerate(series.bands):
        low = y_of(band.low - (0.5 if index else 0))
        high = y_of(band.high + (0.5 if index < len(series.bands) - 1 else 0))
        drawing.add(Rect(LEFT, low, plot_w, high - low, strokeColor=None,
                         fillColor=colors.HexColor(BAND_SHADES[index % len(BAND_SHADES)])))
        drawing.add(String(LEFT + plot_w - 3, (low + high) / 2 - 2.5, band.label(language),
                           fontName=REGULAR, fontSize=6.5, fillColor=MUTED, textAnchor="end"))
    drawing.add(Rect(LEFT, bottom, plot_w, HEIGHT, strokeColor=RULE, fillColor=None,
                     strokeWidth=0.6))
    for value in (series.low, series.high):
        drawing.add(String(LEFT - 4, y_of(value) - 3, str(value), fontName=REGULAR, fontSize=7,
                           fillColor=MUTED, textAnchor="end"))
    points = series.points
    step = plot_w / max(len(points) - 1, 1)
    coords: list[float] = []
    for index, point in enumerate(points):
        x = LEFT + (index * step if len(points) > 1 else plot_w / 2)
        coords += [x, y_of(point.total)]
    if len(points) > 1:
        drawing.add(PolyLine(coords, strokeColor=ACCENT, strokeWidth=1.4))
    for x, y in zip(coords[::2], coords[1::2], strict=True):
        drawing.add(Circle(x, y, 2.2, fillColor=ACCENT, strokeColor=None))
    if points:
        drawing.add(String(LEFT, 2, iso_date(points[0].start.date()), fontName=REGULAR,
                           fontSize=7, fillColor=MUTED))
        drawing.add(String(LEFT + plot_w, 2, iso_date(points[-1].start.date()),
                           fontName=REGULAR, fontSize=7, fillColor=MUTED, textAnchor="end"))
    drawing.add(Line(LEFT, bottom, LEFT + plot_w, bottom, strokeColor=MUTED, strokeWidth=0.6))
    return drawing


def scores_table(series: MeasureSeries, styles: Styles, language: str) -> Table:
    def cell(text: str, style: str = "cell") -> Flowable:
        return paragraph(text, getattr(styles, style))

    head = [cell(template(code, language), "cell_head") for code in
            ("label.measure_session", "label.measure_total", "label.measure_band")]
    rows: list[list[Flowable]] = [head]
    for point in series.points:
        band = band_of(series.instrument, point.total)
        rows.append([cell(iso_date(point.start.date())),
                     cell(f"{point.total} / {series.high}"),
                     cell(band.label(language) if band else "")])
    width = content_width()
    table = Table(rows, colWidths=[width * 0.34, width * 0.22, width * 0.44], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(table_style())
    return table


def measures_section(all_series: Sequence[MeasureSeries], styles: Styles,
                     language: str) -> list[Flowable]:
    """Nothing when the client has no measures; else the heading and each measure."""
    if not all_series:
        return []
    out: list[Flowable] = [paragraph(template("label.measures", language), styles.h1)]
    for series in all_series:
        out.append(paragraph(series.name, styles.h2))
        out.append(chart(series, content_width(), language))
        out.append(scores_table(series, styles, language))
    return out


def answers_table(measures: Sequence[Measure], starts: dict[str, dt.datetime], styles: Styles,
                  language: str) -> list[Flowable]:
    """The register extract: every measure held about the client, each answer as entered, the
    note version it belongs to and when a flag was acknowledged."""
    if not measures:
        return []

    def cell(text: str, style: str = "cell") -> Flowable:
        return paragraph(text, getattr(styles, style))

    head = [cell(template(code, language), "cell_head") for code in (
        "label.measure_session", "label.measure_name", "label.measure_revision",
        "label.measure_answers", "label.measure_total", "label.measure_acknowledged")]
    rows: list[list[Flowable]] = [head]
    for m in measures:
        start = starts.get(m.session_id)
        rows.append([cell(iso_date(start.date()) if start else ""), cell(m.name),
                     cell(str(m.revision)), cell(", ".join(str(a) for a in m.answers)),
                     cell(str(m.total)),
                     cell(iso_date_time(m.flag_acknowledged_at) if m.flag_acknowledged_at
                          else "")])
    width = content_width()
    table = Table(rows, colWidths=[width * w for w in (0.16, 0.16, 0.12, 0.28, 0.1, 0.18)],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style())
    return [paragraph(template("label.measures_entered", language), styles.h1), table]
