"""Which client the person chose in the client list, and keeping the list's highlight on the
open client.

A client opens when a person chooses its row: a click or the arrow keys select it, Enter or a
double-click activate it. Focus alone only makes a row current and opens nothing. (Qt makes a
pressed row current before it selects it, so "current and selected" never saw a mouse click.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QObject, Signal, Slot

from journal_app.ui.views.client_list import ClientListPanel


class ClientChoice(QObject):
    chosen = Signal(str)  # the id of a client the person chose, other than the open one

    def __init__(self, panel: ClientListPanel, open_client_id: Callable[[], str | None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self._open_client_id = open_client_id
        self._quiet = False
        table = panel.table
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.clicked.connect(self._on_activated)
        table.activated.connect(self._on_activated)
        table.doubleClicked.connect(self._on_activated)
        # A filter that brings the open client's row back highlights it again.
        panel.proxy.layoutChanged.connect(self.highlight_open_client)
        panel.proxy.rowsInserted.connect(self.highlight_open_client)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Rows replaced or highlighted by the app, not chosen by the person."""
        was, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = was

    @Slot()
    def _on_selection(self) -> None:
        if not self._quiet:
            client = self.panel.chosen_client()
            if client is not None:
                self._choose(client.id)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        client = self.panel.client_at(index)
        if client is not None:
            self._choose(client.id)

    def _choose(self, client_id: str) -> None:
        if client_id != self._open_client_id():
            self.chosen.emit(client_id)
        # Whatever is open now (the chosen client, or the one before when it is gone).
        self.highlight_open_client()

    @Slot()
    def highlight_open_client(self) -> None:
        client = self.panel.chosen_client()
        open_id = self._open_client_id()
        if client is not None and client.id == open_id:
            return
        with self.quiet():
            self.panel.select_client(open_id)
