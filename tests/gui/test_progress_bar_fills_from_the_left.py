"""The package table's progress bar is drawn lying down: a half-held package is filled on the
left and empty on the right (not drawn upright over its own text)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from test_workspace_flow import _open_client

from journal_app.ui.views.table_models import PackageColumn


def _bar_image(view, row: int) -> QImage:  # type: ignore[no-untyped-def]
    option = QStyleOptionViewItem()
    option.rect = view.packages.visualRect(view.packages_model.index(row, PackageColumn.PROGRESS))
    option.widget = view.packages
    option.palette = view.packages.palette()
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-option.rect.topLeft() + QPoint(0, 0))
    delegate = view.packages.itemDelegateForColumn(PackageColumn.PROGRESS)
    delegate.paint(painter, option, view.packages_model.index(row, PackageColumn.PROGRESS))
    painter.end()
    return image


def test_the_progress_bar_fills_from_the_left(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")  # Paket 2: 1 of 2 held
    view = window.workspace.client_view
    image = _bar_image(view, 0)
    highlight = view.packages.palette().highlight().color()

    def filled(x: int) -> bool:
        column = [QColor(image.pixel(x, y)) for y in range(image.height())]
        return sum(abs(c.hue() - highlight.hue()) < 20 and c.saturation() > 60
                   for c in column) > image.height() // 3

    width = image.width()
    assert filled(width // 8), "the left of a half-full bar is filled"
    assert not filled(width * 7 // 8), "the right of a half-full bar is empty"
