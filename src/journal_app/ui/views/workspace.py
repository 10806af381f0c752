"""The unlocked workspace: clients on the left, the open client in the middle, the note on
the right. Layout only; WorkspaceController decides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
        self.in_session_banner = QLabel(self)
        self.in_session_banner.setObjectName("inSessionBanner")
        self.in_session_banner.setAccessibleName(self.tr("In-session mode"))
        self.in_session_banner.setWordWrap(True)
        self.in_session_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.in_session_banner.setMargin(6)
        banner_font = self.in_session_banner.font()
        banner_font.setBold(True)
        self.in_session_banner.setFont(banner_font)
        self.in_session_banner.setSizePolicy(QSizePolicy.Policy.Preferred,
                                             QSizePolicy.Policy.Maximum)
        self.in_session_banner.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.in_session_banner)
        layout.addWidget(self.splitter, 1)

    def show_client(self, shown: bool) -> None:
        self.right.setCurrentIndex(1 if shown else 0)

    def set_in_session(self, on: bool, keys: str = "") -> None:
        """In-session mode: the open client's note alone, nothing that names anyone else;
        `keys` is the shortcut that leaves it, as the platform writes it."""
        self.in_session_banner.setText(
            self.tr("In session: other clients are hidden. %1 shows them again.").replace(
                "%1", keys))
        self.in_session_banner.setVisible(on)
        self.client_list.setVisible(not on)
        self.client_view.setVisible(not on)
