"""Python code that Qt calls on every paint gives None back what PySide6 6.12 on Python 3.11
takes from it on each call into Qt (ui/refcounts.py): the package table's progress bars drained
thousands a second while the table repainted, and the app died with "none_dealloc"."""

from __future__ import annotations

import datetime as dt
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from journal_app.core.domain.models import Package
from journal_app.ui.views.table_models import PackageColumn, PackageTableModel, ProgressDelegate

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _table(qtbot) -> QTableView:  # type: ignore[no-untyped-def]
    model = PackageTableModel()
    model.set_rows([Package(id=str(i), client_id="c", name="Paket", sessions_total=5,
                            purchased=dt.date(2026, 2, 1), price_ore=None, created_at=NOW,
                            completed_at=None, sessions_counted=3, notes_to_sign=2)
                    for i in range(4)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setItemDelegateForColumn(PackageColumn.PROGRESS, ProgressDelegate(table))
    table.show()
    return table


def test_the_package_bars_give_none_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot)
    table.viewport().grab()
    before = sys.getrefcount(None)
    for _ in range(100):
        table.viewport().grab()  # four bars painted each time
    assert sys.getrefcount(None) >= before - 40  # the fault: hundreds; noise: a few dozen


def test_a_narrow_bar_keeps_its_whole_text_in_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    table = _table(qtbot)
    cell = table.model().index(0, PackageColumn.PROGRESS)
    shown = cell.data()
    assert shown.startswith("3 of 5 · 2 note") and shown.endswith("to sign")
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == shown
