"""Search over notes and journal cards: the hits under the client list, and what happens when
one is opened (a note opens its session; a journal card part opens its client's card).

The search field itself lives in ClientListPanel: typing filters clients at once and, after a
short pause, searches the notes (full text, inside the encrypted database)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from journal_app.core.domain.models import SearchHit
from journal_app.core.errors import JournalError
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.formatting import format_datetime
from journal_app.ui.tasks import run_task
from journal_app.ui.views.client_list import ClientListPanel
from journal_app.ui.views.table_models import BACKING_ROLE

SEARCH_DELAY_MS = 200
FOUND = ("note", "card")  # what the hits list: a client is found in the client list itself


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
            if hit.kind == "card":
                when = QCoreApplication.translate("SearchHitsModel", "Journal card")
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
        self._generation = 0  # bumped by every search and by clear(): late answers are dropped
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.panel.search.textChanged.connect(self._on_text)
        self.panel.search.returnPressed.connect(self.open_first)
        self._timer.timeout.connect(self.run_in_background)
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
    def run_in_background(self) -> None:
        """The search as you type: off the GUI thread, so typing never waits for it (a search
        over 200,000 notes can take 100 ms; bench/bench_ui.py). Stale answers are dropped."""
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.panel.search.text()
        if not text.strip() or not self.app.is_unlocked:
            self._show(text, [])
            return
        journal = self.app.journal

        def done(hits: Any) -> None:
            if generation == self._generation and self.app.is_unlocked:
                self._show(text, hits)

        def failed(_message: str) -> None:
            if generation == self._generation and self.app.is_unlocked:
                self._show(text, [])

        run_task(lambda: [h for h in journal.search(text) if h.kind in FOUND], done, failed)

    @Slot()
    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1  # an answer still on its way is stale now
        text = self.panel.search.text()
        hits: list[SearchHit] = []
        if text.strip() and self.app.is_unlocked:
            try:
                hits = [h for h in self.app.journal.search(text) if h.kind in FOUND]
            except JournalError:
                hits = []
        self._show(text, hits)

    def _show(self, text: str, hits: list[SearchHit]) -> None:
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
        elif isinstance(hit, SearchHit) and hit.kind == "card":
            self.openClient.emit(hit.client_id)

    def clear(self) -> None:
        self._timer.stop()
        self._generation += 1
        self.panel.search.clear()
        self.model.clear()
