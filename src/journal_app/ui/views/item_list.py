"""A plain list of lines to pick one from (the templates and phrases dialogs): a QListView
over a QStandardItemModel, read by tests and screen readers like every other item view."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget


class ItemList(QListView):
    row_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self._quiet = False

    def set_lines(self, lines: list[str]) -> None:
        """Replace the lines without announcing a current row."""
        self._quiet = True
        try:
            self.items.clear()
            for line in lines:
                item = QStandardItem(line)
                item.setEditable(False)
                self.items.appendRow(item)
        finally:
            self._quiet = False

    def set_current_row(self, row: int) -> None:
        self.selectionModel().setCurrentIndex(
            self.items.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def clear_choice(self) -> None:
        self._quiet = True
        try:
            self.selectionModel().clear()
        finally:
            self._quiet = False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.row_chosen.emit(current.row())
