"""The access log's time column: one line, wide enough for its text, and a sort arrow that
says what the order is (newest first is a descending sort; the arrow points down)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from journal_app.ui.views.log_view import BACKING_ROLE, LogColumn, LogView

TIME = int(LogColumn.TIME)


def _view(qtbot: QtBot, vault: Vault, clock: ManualClock) -> LogView:
    for name in ("Anna Andersson", "Bo Berg", "Cecilia Ek"):
        vault.journal.clients.add(name)
        clock.advance(dt.timedelta(hours=5))
    view = LogView(vault.journal)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _times(view: LogView) -> list[dt.datetime]:
    return [view.proxy.index(row, TIME).data(BACKING_ROLE).at
            for row in range(view.proxy.rowCount())]


def _arrow_points_down(header: QHeaderView, section: int) -> bool:
    """Compare the drawn header with and without its sort arrow. The label moves over when
    the arrow goes, so the arrow is the rightmost run of changed columns in the section;
    a downward arrow is widest in its top row."""
    shown = header.grab().toImage()
    header.setSortIndicatorShown(False)
    hidden = header.grab().toImage()
    header.setSortIndicatorShown(True)
    ratio = shown.width() / header.width()  # grab() is in device pixels
    left = int(header.sectionViewportPosition(section) * ratio)
    right = int((header.sectionViewportPosition(section) + header.sectionSize(section)) * ratio)
    changed = {(x, y) for x in range(left, right) for y in range(shown.height())
               if shown.pixel(QPoint(x, y)) != hidden.pixel(QPoint(x, y))}
    columns = sorted({x for x, _y in changed}, reverse=True)
    assert columns, "no sort arrow drawn"
    arrow = [columns[0]]
    for x in columns[1:]:
        if arrow[-1] - x > 2:  # a gap: the label begins
            break
        arrow.append(x)
    rows = Counter(y for x, y in changed if x in arrow)
    ys = sorted(rows)
    return rows[ys[0]] > rows[ys[-1]]


def test_the_time_column_is_one_line_and_wide_enough(
        qtbot: QtBot, vault: Vault, clock: ManualClock) -> None:
    view = _view(qtbot, vault, clock)
    metrics = view.table.fontMetrics()
    for row in range(view.proxy.rowCount()):
        text = view.proxy.index(row, TIME).data()
        assert "\n" not in text
        assert view.table.columnWidth(TIME) >= metrics.horizontalAdvance(text), text
    assert not view.table.wordWrap()  # a cell that ever gets narrow elides, never wraps


def test_the_sort_indicator_says_newest_first(
        qtbot: QtBot, vault: Vault, clock: ManualClock) -> None:
    view = _view(qtbot, vault, clock)
    header = view.table.horizontalHeader()
    times = _times(view)
    assert header.sortIndicatorSection() == TIME
    assert times[0] > times[-1]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _arrow_points_down(header, TIME)
    tip = view.proxy.headerData(TIME, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Newest first"


def test_clicking_the_time_header_really_sorts_oldest_first(
        qtbot: QtBot, vault: Vault, clock: ManualClock) -> None:
    view = _view(qtbot, vault, clock)
    header = view.table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(TIME) + header.sectionSize(TIME) // 2,
                    header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    times = _times(view)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert times[0] < times[-1]
    assert not _arrow_points_down(header, TIME)
    tip = view.proxy.headerData(TIME, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Oldest first"
