"""The unlocked workspace: clients on the left, the open client in the middle, the note on
the right. Layout only; WorkspaceController decides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from journal_app.ui.formatting import key_text
from journal_app.ui.views.client_list import ClientListPanel
from journal_app.ui.views.client_view import ClientView
from journal_app.ui.views.note_editor import NoteEditor


class Workspace(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.client_list = ClientListPanel(self)
        self.client_view = ClientView(self)
        self.note_editor = NoteEditor(self)
        self.empty = QLabel(self.tr("Choose a client on the left, or press %1 to add one.")
                            .replace("%1", key_text(QKeySequence.StandardKey.New)), self)
        self.empty.setObjectName("noClientLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)
        middle_and_note = QSplitter(Qt.Orientation.Horizontal, self)
        middle_and_note.addWidget(self.client_view)
        middle_and_note.addWidget(self.note_editor)
        middle_and_note.setStretchFactor(0, 2)
        middle_and_note.setStretchFactor(1, 3)
        middle_and_note.setChildrenCollapsible(False)
        self.right.addWidget(middle_and_note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(self.client_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([380, 900])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def show_client(self, shown: bool) -> None:
        self.right.setCurrentIndex(1 if shown else 0)
