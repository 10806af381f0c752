"""The left column: one search field (clients filter as you type; notes are searched too),
the client list, and the note hits."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.models import ClientSummary
from journal_app.ui.accessibility import name_line_edit_buttons
from journal_app.ui.formatting import key_text
from journal_app.ui.icons import icon
from journal_app.ui.views.table_models import BACKING_ROLE, SORT_ROLE, ClientColumn, ClientTableModel


class ClientFilterProxy(QSortFilterProxyModel):
    """Matches the typed text anywhere in a name, or in the identity number's digits.

    It only filters: sorting is done by the ClientTableModel itself, so a keystroke does not
    re-sort 5,000 rows through data() calls (bench/bench_ui.py measured 200 ms stalls)."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self._digits = ""
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ClientTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def set_needle(self, text: str) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.9+; invalidateFilter is deprecated
        if modern:
            self.beginFilterChange()
        self._needle = text.strip().casefold()
        self._digits = "".join(ch for ch in text if ch.isdigit())
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._needle:
            return True
        source = self.sourceModel()
        client = source.row_of(row) if isinstance(source, ClientTableModel) else None
        if not isinstance(client, ClientSummary):
            return False
        if all(word in client.name.casefold() for word in self._needle.split()):
            return True
        number = "".join(ch for ch in (client.id_number or "") if ch.isdigit())
        return bool(self._digits) and len(self._digits) >= 4 and self._digits in number


class ClientListPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientListPanel")
        self.search = QLineEdit(self)
        self.search.setObjectName("searchEdit")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Search clients and notes (%1)").replace(
            "%1", key_text(QKeySequence.StandardKey.Find)))
        self.search.setAccessibleName(self.tr("Search clients and notes"))
        name_line_edit_buttons(self.search, self.tr("Clear the search"), [self.tr("Search")])

        self.model = ClientTableModel()
        self.proxy = ClientFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("clientTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ClientColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ClientColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ClientColumn.PACKAGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClientColumn.LAST_SESSION,
                                    QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the rows on screen: measuring 1,000 of 5,000 rows through data()
        # stalled the window for 250 ms whenever the filter changed (bench/bench_ui.py).
        header.setResizeContentsPrecision(0)

        self.hits_label = QLabel(self.tr("Notes"), self)
        self.hits = QListView(self)
        self.hits.setObjectName("noteHitsList")
        self.hits.setAccessibleName(self.tr("Notes that match the search"))
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.setWordWrap(True)
        self.hits.setUniformItemSizes(False)
        self.hits.setAlternatingRowColors(True)
        self.hits_label.setBuddy(self.hits)
        self.hits_label.setVisible(False)
        self.hits.setVisible(False)

        self.new_client = QPushButton(icon("client-add"), self.tr("Ne&w client…"), self)
        self.new_client.setObjectName("newClientButton")
        self.new_client.setToolTip(self.tr("New client (%1)").replace(
            "%1", key_text(QKeySequence.StandardKey.New)))
        self.show_archived = QCheckBox(self.tr("Show a&rchived"), self)
        self.show_archived.setObjectName("showArchivedCheck")

        bottom = QHBoxLayout()
        bottom.addWidget(self.show_archived)
        bottom.addStretch(1)
        bottom.addWidget(self.new_client)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.hits_label)
        layout.addWidget(self.hits, 2)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.hits)
        self.setTabOrder(self.hits, self.show_archived)
        self.setTabOrder(self.show_archived, self.new_client)

    def client_at(self, index: QModelIndex | QPersistentModelIndex) -> ClientSummary | None:
        value = index.data(BACKING_ROLE) if index.isValid() else None
        return value if isinstance(value, ClientSummary) else None

    def chosen_client(self) -> ClientSummary | None:
        """The client of the selected (highlighted) row; a row that is only current (focus
        reached the list) is not chosen."""
        rows = self.table.selectionModel().selectedRows()
        return self.client_at(rows[0]) if len(rows) == 1 else None

    def select_client(self, client_id: str | None) -> bool:
        """Highlight the client's row; with no such row shown, highlight none, so the list
        never points at a client other than the open one."""
        # Found in the model's own list, then mapped through the filter: asking every row shown
        # for its client went through Qt's index machinery 5,000 times (30 ms on each unlock).
        row = self.model.row_with_id(client_id) if client_id is not None else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is not None and index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
            return True
        self.table.selectionModel().clear()
        return False
