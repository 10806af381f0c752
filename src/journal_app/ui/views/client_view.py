"""One client: who they are, their packages with progress, and their sessions.

Client actions: the "Client actions" button holds a menu that other features extend with one
line, e.g. ``window.client_view.add_client_action(export_pdf_action)``. An added action acts
on ``window.workspace.current_client_id`` (None when no client is open); the view disables the
whole menu while no client is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.accessibility import set_reading_order
from journal_app.ui.formatting import key_text
from journal_app.ui.icons import icon
from journal_app.ui.theme import colour, keep_coloured
from journal_app.ui.views.measure_chart import MeasureChart
from journal_app.ui.views.table_models import (
    PackageColumn,
    PackageTableModel,
    ProgressDelegate,
    SessionColumn,
    SessionTableModel,
)


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setShowGrid(False)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ClientView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientView")
        self.name = QLabel(self)
        self.name.setObjectName("clientNameLabel")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        # Client data is shown as typed: a name with "<img src=…>" must not load or render.
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel(self)
        self.details.setObjectName("clientDetailsLabel")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)

        self.actions_menu = QMenu(self.tr("Client actions"), self)
        self.actions_menu.setObjectName("clientActionsMenu")
        self.actions_button = QToolButton(self)
        self.actions_button.setObjectName("clientActionsButton")
        self.actions_button.setText(self.tr("Client &actions"))
        self.actions_button.setIcon(icon("menu"))
        self.actions_button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_button.setMenu(self.actions_menu)
        self.edit_action = QAction(self.tr("&Edit client…"), self)
        self.edit_action.setObjectName("editClientAction")
        self.archive_action = QAction(self.tr("A&rchive client"), self)
        self.archive_action.setObjectName("archiveClientAction")
        self.edit_package_action = QAction(self.tr("Edit the selected &package…"), self)
        self.edit_package_action.setObjectName("editPackageAction")
        self.actions_menu.addAction(self.edit_action)
        self.actions_menu.addAction(self.edit_package_action)
        self.actions_menu.addAction(self.archive_action)
        self._extension_separator = self.actions_menu.addSeparator()
        self._extension_separator.setVisible(False)
        self.journal_card_button = QPushButton(self.tr("&Journal card…"), self)
        self.journal_card_button.setObjectName("journalCardButton")
        self.journal_card_button.setToolTip(self.tr(
            "Background, assessment, treatment plan, information and declined care "
            "(Ctrl+Shift+J)"))

        self.packages_model = PackageTableModel()
        self.packages = _table(self, "packageTable", self.tr("Packages"))
        self.packages.setModel(self.packages_model)
        self.packages.setItemDelegateForColumn(PackageColumn.PROGRESS, ProgressDelegate(self))
        self.packages.horizontalHeader().setSectionResizeMode(
            PackageColumn.PROGRESS, QHeaderView.ResizeMode.Stretch)
        self.packages.setMaximumHeight(130)
        self.packages.setToolTip(self.tr("Double-click a package to correct it"))
        self.add_package = QPushButton(icon("package-add"), self.tr("Add &package…"), self)
        self.add_package.setObjectName("addPackageButton")
        self.invoice_package = QPushButton(self.tr("&Invoice…"), self)
        self.invoice_package.setObjectName("invoicePackageButton")
        self.invoice_package.setToolTip(self.tr("Show the selected package's invoice before "
                                                "it is issued"))

        self.sessions_model = SessionTableModel()
        self.sessions = _table(self, "sessionTable", self.tr("Sessions"))
        self.sessions.setModel(self.sessions_model)
        self.sessions.horizontalHeader().setSectionResizeMode(
            SessionColumn.START, QHeaderView.ResizeMode.ResizeToContents)
        self.next_to_sign = QPushButton(self.tr("Ne&xt note to sign"), self)
        self.next_to_sign.setObjectName("nextNoteToSignButton")
        self.next_to_sign.setToolTip(self.tr("Open the earliest held session whose note is "
                                             "not signed yet"))
        self.next_to_sign.setVisible(False)
        self.add_session = QPushButton(icon("session-add"), self.tr("Add &session…"), self)
        self.add_session.setObjectName("addSessionButton")
        self.add_session.setToolTip(self.tr("Add a session (%1)").replace(
            "%1", key_text("Ctrl+Shift+N")))
        self.mark_held = QPushButton(self.tr("Hel&d"), self)
        self.mark_held.setObjectName("markHeldButton")
        self.mark_cancelled = QPushButton(self.tr("Cancell&ed"), self)
        self.mark_cancelled.setObjectName("markCancelledButton")
        self.mark_late = QPushButton(self.tr("La&te cancellation"), self)
        self.mark_late.setObjectName("markLateButton")
        self.mark_no_show = QPushButton(self.tr("N&o-show"), self)
        self.mark_no_show.setObjectName("markNoShowButton")
        for button in (self.mark_held, self.mark_cancelled, self.mark_late, self.mark_no_show):
            button.setToolTip(self.tr("Mark the selected session"))

        # A PHQ-9 answered above 0 on item 9, until acknowledged (controllers/measures.py).
        self.flag_label = QLabel(self)
        self.flag_label.setObjectName("measureFlagLabel")
        self.flag_label.setWordWrap(True)
        self.flag_label.setTextFormat(Qt.TextFormat.PlainText)
        keep_coloured(self.flag_label, lambda: self.flag_label.setStyleSheet(
            f"color: {colour('alert_text').name()}; font-weight: bold;"))
        self.acknowledge_flag = QPushButton(self.tr("Ac&knowledge"), self)
        self.acknowledge_flag.setObjectName("acknowledgeFlagButton")
        self.flag_box = QWidget(self)
        self.flag_box.setObjectName("measureFlagBox")
        keep_coloured(self.flag_box, lambda: self.flag_box.setStyleSheet(
            f"#measureFlagBox {{ background: {colour('alert_background').name()}; }}"))
        flag_row = QHBoxLayout(self.flag_box)
        flag_row.addWidget(self.flag_label, 1)
        flag_row.addWidget(self.acknowledge_flag)
        self.flag_box.setVisible(False)
        # The treatment plan's planned evaluation date has passed (controllers/card_controller).
        self.evaluation_label = QLabel(self)
        self.evaluation_label.setObjectName("evaluationOverdueLabel")
        self.evaluation_label.setWordWrap(True)
        self.evaluation_label.setTextFormat(Qt.TextFormat.PlainText)
        keep_coloured(self.evaluation_label, lambda: self.evaluation_label.setStyleSheet(
            f"color: {colour('notice_text').name()}; font-weight: bold;"))
        self.evaluation_box = QWidget(self)
        self.evaluation_box.setObjectName("evaluationOverdueBox")
        keep_coloured(self.evaluation_box, lambda: self.evaluation_box.setStyleSheet(
            f"#evaluationOverdueBox {{ background: {colour('notice_background').name()}; }}"))
        QHBoxLayout(self.evaluation_box).addWidget(self.evaluation_label)
        self.evaluation_box.setVisible(False)
        self.measures_label = QLabel(self.tr("Outcome measures"), self)
        self.measures_label.setObjectName("measuresLabel")
        self.measure_chart = MeasureChart(self)
        self.measures_scroll = QScrollArea(self)
        self.measures_scroll.setObjectName("measuresScroll")
        self.measures_scroll.setWidgetResizable(True)
        self.measures_scroll.setWidget(self.measure_chart)
        self.measures_scroll.setMaximumHeight(240)
        self.measures_label.setVisible(False)
        self.measures_scroll.setVisible(False)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.details)
        head.addLayout(titles, 1)
        head.addWidget(self.journal_card_button)
        head.addWidget(self.actions_button)
        package_row = QHBoxLayout()
        package_label = QLabel(self.tr("Packages"), self)
        package_label.setBuddy(self.packages)
        package_row.addWidget(package_label)
        package_row.addStretch(1)
        package_row.addWidget(self.invoice_package)
        package_row.addWidget(self.add_package)
        session_row = QHBoxLayout()
        session_label = QLabel(self.tr("Sessions"), self)
        session_label.setBuddy(self.sessions)
        session_row.addWidget(session_label)
        session_row.addStretch(1)
        session_row.addWidget(self.next_to_sign)
        session_row.addWidget(self.add_session)
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Mark:"), self))
        for button in (self.mark_held, self.mark_cancelled, self.mark_late, self.mark_no_show):
            marks.addWidget(button)
        marks.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.flag_box)
        layout.addWidget(self.evaluation_box)
        layout.addLayout(package_row)
        layout.addWidget(self.packages)
        layout.addLayout(session_row)
        layout.addWidget(self.sessions, 1)
        layout.addLayout(marks)
        layout.addWidget(self.measures_label)
        layout.addWidget(self.measures_scroll)
        set_reading_order([self.journal_card_button, self.actions_button, self.acknowledge_flag,
                           self.invoice_package, self.add_package, self.packages,
                           self.next_to_sign, self.add_session,
                           self.sessions, self.mark_held, self.mark_cancelled, self.mark_late,
                           self.mark_no_show, self.measures_scroll])

    def add_client_action(self, action: QAction) -> None:
        """Add one action to the "Client actions" menu (after Edit and Archive)."""
        self._extension_separator.setVisible(True)
        self.actions_menu.addAction(action)
        self.addAction(action)  # its shortcut works while the client is shown, menu closed

    def clear(self) -> None:
        self.name.clear()
        self.details.clear()
        self.packages_model.clear()
        self.sessions_model.clear()
        self.measure_chart.set_series([], "sv")
        self.flag_label.clear()
        self.flag_box.setVisible(False)
        self.evaluation_label.clear()
        self.evaluation_box.setVisible(False)
        self.measures_label.setVisible(False)
        self.measures_scroll.setVisible(False)
