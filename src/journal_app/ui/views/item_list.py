"""A plain list of lines to pick one from (the templates and phrases dialogs): a QListView
over a QStandardItemModel, read by tests and screen readers like every other item view."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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


def lay_out_list_and_form(dialog: QDialog, items: ItemList, form: QFormLayout,
                          notes: list[QWidget], buttons: list[QPushButton],
                          close: QWidget) -> None:
    """The templates and phrases dialogs: the list on the left; on the right the form, the
    lines under it (hint, state, error) and the row of buttons; Close below."""
    actions = QHBoxLayout()
    for button in buttons:
        actions.addWidget(button)
    actions.addStretch(1)
    right = QVBoxLayout()
    right.addLayout(form)
    for note in notes:
        right.addWidget(note)
    right.addLayout(actions)
    columns = QHBoxLayout()
    columns.addWidget(items, 1)
    columns.addLayout(right, 2)
    layout = QVBoxLayout(dialog)
    layout.addLayout(columns)
    layout.addWidget(close)
