"""Search over notes: the hits under the client list, and what happens when one is opened.

The search field itself lives in ClientListPanel: typing filters clients at once and, after a
short pause, searches the notes (full text, inside the encrypted database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from journal_app.core.errors import JournalError
from journal_app.core.models import SearchHit
from journal_app.ui.client_list import ClientListPanel
from journal_app.ui.controller import AppController
from journal_app.ui.formatting import format_datetime
from journal_app.ui.table_models import BACKING_ROLE

SEARCH_DELAY_MS = 200


class SearchHitsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == BACKING_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = format_datetime(hit.session_start) if hit.session_start else ""
            return f"{hit.client_name} · {when}\n{hit.snippet}"
        return None


class SearchController(QObject):
    openNote = Signal(str, str)  # client id, session id
    openClient = Signal(str)

    def __init__(self, panel: ClientListPanel, app: AppController) -> None:
        super().__init__(panel)
        self.panel = panel
        self.app = app
        self.model = SearchHitsModel()
        panel.hits.setModel(self.model)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.panel.search.textChanged.connect(self._on_text)
        self.panel.search.returnPressed.connect(self.open_first)
        self._timer.timeout.connect(self.run_now)
        self.panel.hits.activated.connect(self._open_index)
        self.panel.hits.clicked.connect(self._open_index)

    def focus(self) -> None:
        self.panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panel.search.selectAll()

    @Slot(str)
    def _on_text(self, text: str) -> None:
        self.panel.proxy.set_needle(text)
        self._timer.start()

    @Slot()
    def run_now(self) -> None:
        self._timer.stop()
        text = self.panel.search.text()
        hits: list[SearchHit] = []
        if text.strip() and self.app.is_unlocked:
            try:
                hits = [h for h in self.app.journal.search(text) if h.kind == "note"]
            except JournalError:
                hits = []
        self.model.set_hits(hits)
        visible = bool(text.strip())
        self.panel.hits.setVisible(visible)
        self.panel.hits_label.setVisible(visible)
        self.panel.hits_label.setText(
            self.tr("Notes (%1)").replace("%1", str(len(hits))) if visible else "")

    @Slot()
    def open_first(self) -> None:
        """Enter in the search field: open the first matching client, else the first note."""
        self.run_now()
        if self.panel.proxy.rowCount():
            index = self.panel.proxy.index(0, 0)
            self.panel.table.setCurrentIndex(index)
            self.panel.table.setFocus()
        elif self.model.rowCount():
            self._open_index(self.model.index(0, 0))

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        hit = index.data(BACKING_ROLE)
        if isinstance(hit, SearchHit) and hit.session_id:
            self.openNote.emit(hit.client_id, hit.session_id)

    def clear(self) -> None:
        self._timer.stop()
        self.panel.search.clear()
        self.model.clear()
