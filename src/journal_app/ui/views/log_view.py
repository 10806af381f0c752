"""The access log: every entry, filterable by client, action and date, and a client's entries
exported as CSV where the practitioner chooses (PDL 4 kap 3 §, HSLF-FS 2016:40 4 kap 9 §)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.errors import JournalError
from journal_app.core.journal.facade import Journal
from journal_app.core.journal.log_export import export_log_csv
from journal_app.core.storage.audit import Action, AuditEntry, LogGap
from journal_app.ui.core_messages import error_text
from journal_app.ui.formatting import DATE_PATTERN, format_datetime
from journal_app.ui.modal import choose_path, documents_path, warn
from journal_app.ui.refcounts import keeps_none

BACKING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
LOG_LIMIT = 1_000_000


def action_text(action: str) -> str:
    texts: dict[str, str] = {
        Action.UNLOCK: QCoreApplication.translate("LogView", "Unlocked"),
        Action.LOCK: QCoreApplication.translate("LogView", "Locked"),
        Action.OPEN_JOURNAL: QCoreApplication.translate("LogView", "Journal opened"),
        Action.CLIENT_CREATED: QCoreApplication.translate("LogView", "Client added"),
        Action.CLIENT_CHANGED: QCoreApplication.translate("LogView", "Client changed"),
        Action.NOTE_CREATED: QCoreApplication.translate("LogView", "Note written"),
        Action.NOTE_SIGNED: QCoreApplication.translate("LogView", "Note signed"),
        Action.NOTE_CORRECTED: QCoreApplication.translate("LogView", "Note corrected"),
        Action.EXPORT_PDF: QCoreApplication.translate("LogView", "Journal exported (PDF)"),
        Action.EXPORT_EXTRACT: QCoreApplication.translate("LogView", "Register extract exported"),
        Action.EXPORT_INTERCHANGE: QCoreApplication.translate("LogView", "Vault exported (JSON)"),
        Action.EXPORT_CALENDAR: QCoreApplication.translate("LogView", "Calendar exported (.ics)"),
        Action.IMPORT: QCoreApplication.translate("LogView", "Imported"),
        Action.BACKUP: QCoreApplication.translate("LogView", "Backup made"),
        Action.RESTORE: QCoreApplication.translate("LogView", "Restored from backup"),
        Action.ERASE: QCoreApplication.translate("LogView", "Erased"),
        Action.POLICY_CHANGE: QCoreApplication.translate("LogView", "Retention policy changed"),
        Action.PASSPHRASE_CHANGE: QCoreApplication.translate("LogView", "Passphrase changed"),
        Action.RECOVERY_KEY_REPLACED: QCoreApplication.translate("LogView", "Recovery key replaced"),
        Action.RECOVERY_UNLOCK: QCoreApplication.translate("LogView", "Unlocked with the recovery key"),
        Action.FAILED_UNLOCKS: QCoreApplication.translate("LogView", "Failed unlock attempts"),
        Action.EXPORT_LOG: QCoreApplication.translate("LogView", "Log entries exported"),
        Action.BACKUP_ERASURE: QCoreApplication.translate("LogView", "Erased from a backup"),
        Action.PACKAGE_CHANGED: QCoreApplication.translate("LogView", "Package corrected"),
        Action.PACKAGE_REMOVED: QCoreApplication.translate("LogView", "Package removed"),
        Action.ROLLBACK: QCoreApplication.translate(
            "LogView", "Journal file older than its record: erasures applied again"),
        Action.ANCHOR_MISSING: QCoreApplication.translate(
            "LogView", "Record beside the journal missing"),
        Action.HEADER_REPAIRED: QCoreApplication.translate(
            "LogView", "Vault header repaired from its copy"),
        Action.CARD_WRITTEN: QCoreApplication.translate("LogView", "Journal card written"),
        Action.CARD_SIGNED: QCoreApplication.translate("LogView", "Journal card signed"),
        Action.CARD_CORRECTED: QCoreApplication.translate("LogView", "Journal card corrected"),
    }
    return texts.get(action, action)


def gap_text(gap: LogGap) -> str:
    """Which entries are missing (a journal file put back from an older copy), in words."""
    if gap.first is None or gap.after is None:
        return QCoreApplication.translate(
            "LogView", "Entry %1 as it was written is missing: the entries up to it were "
            "replaced when the journal file was replaced by an older copy.").replace(
                "%1", str(gap.last))
    if gap.noticed_at is None:
        return QCoreApplication.translate(
            "LogView", "Entries %1–%2 are missing: the record beside the vault says the log "
            "reached entry %2; the journal file was replaced by an older copy, or entries were "
            "removed from its end.").replace("%1", str(gap.first)).replace("%2", str(gap.last))
    return QCoreApplication.translate(
        "LogView", "%1 entries written after entry %2 (numbered %3–%4 then) are missing: the "
        "journal file was replaced by an older copy (found at the unlock of %5).").replace(
            "%1", str(gap.count)).replace("%2", str(gap.after)).replace(
            "%3", str(gap.first)).replace("%4", str(gap.last)).replace(
            "%5", format_datetime(gap.noticed_at))


class LogColumn(IntEnum):
    TIME = 0
    ACTION = 1
    CLIENT = 2
    DETAIL = 3


class LogTableModel(QAbstractTableModel):
    """Rows of AuditEntry. A client no longer in the vault shows as its pseudonymous id."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AuditEntry] = []
        self._names: dict[str, str] = {}

    def set_entries(self, entries: Sequence[AuditEntry], names: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._names = dict(names)
        self.endResetModel()

    def client_label(self, client_id: str | None) -> str:
        if client_id is None:
            return ""
        name = self._names.get(client_id)
        if name is not None:
            return name
        return QCoreApplication.translate("LogView", "Former client {id}").format(
            id=client_id[:8])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LogColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("LogView", "Time"),
                QCoreApplication.translate("LogView", "Action"),
                QCoreApplication.translate("LogView", "Client"),
                QCoreApplication.translate("LogView", "Details"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == BACKING_ROLE:
            return entry
        if role == SORT_ROLE:
            if column == LogColumn.TIME:
                return entry.seq
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LogColumn.TIME:
                return format_datetime(entry.at)
            if column == LogColumn.ACTION:
                return action_text(entry.action)
            if column == LogColumn.CLIENT:
                return self.client_label(entry.client_id)
            return entry.detail
        return None


class LogFilterProxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._client: str | None = None
        self._action: str | None = None
        self._since: dt.date | None = None
        self._until: dt.date | None = None

    def set_filters(self, *, client_id: str | None, action: str | None,
                    since: dt.date | None, until: dt.date | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 replaces invalidateFilter()
            self.beginFilterChange()
            self._client, self._action, self._since, self._until = client_id, action, since, until
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._client, self._action, self._since, self._until = client_id, action, since, until
            self.invalidateFilter()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The arrow alone is read both ways; the tooltip says the order in words.
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section == LogColumn.TIME == self.sortColumn()):
            if self.sortOrder() == Qt.SortOrder.DescendingOrder:
                return QCoreApplication.translate("LogView", "Newest first")
            return QCoreApplication.translate("LogView", "Oldest first")
        return super().headerData(section, orientation, role)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        entry: AuditEntry = model.data(model.index(source_row, 0, source_parent), BACKING_ROLE)
        day = entry.at.astimezone().date()  # the practitioner thinks in local days
        return (
            (self._client is None or entry.client_id == self._client)
            and (self._action is None or entry.action == self._action)
            and (self._since is None or day >= self._since)
            and (self._until is None or day <= self._until)
        )


class SortArrowStyle(QProxyStyle):
    """The header's sort arrow points down for a descending sort (newest first) and up for
    an ascending one, as in most file managers and spreadsheets. Qt hands the style "SortUp"
    for a descending sort and Fusion draws it as an upward arrow: the trial read the newest-
    first log as sorted ascending."""

    def __init__(self, header: QHeaderView, parent: QWidget) -> None:
        # A fresh copy of the style in use: a proxy owns its base, and the app keeps its own.
        base = QStyleFactory.create(QApplication.style().name())
        if base is None:
            super().__init__()
        else:
            super().__init__(base)
        self.setParent(parent)  # outlives the header: a widget only points at its style
        self._header = header

    @keeps_none  # on every paint of the header (ui/refcounts.py)
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow:
            descending = self._header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            element = (QStyle.PrimitiveElement.PE_IndicatorArrowDown if descending
                       else QStyle.PrimitiveElement.PE_IndicatorArrowUp)
        super().drawPrimitive(element, option, painter, widget)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


class LogView(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logView")
        self._journal = journal
        self.model = LogTableModel()
        self.proxy = LogFilterProxy()
        self.proxy.setSourceModel(self.model)

        self.client_filter = QComboBox(self)
        self.client_filter.setObjectName("logClientFilter")
        self.action_filter = QComboBox(self)
        self.action_filter.setObjectName("logActionFilter")
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since_check.setObjectName("logSinceCheck")
        self.since_edit = QDateEdit(self)
        self.since_edit.setObjectName("logSinceEdit")
        self.until_check = QCheckBox(self.tr("To"), self)
        self.until_check.setObjectName("logUntilCheck")
        self.until_edit = QDateEdit(self)
        self.until_edit.setObjectName("logUntilEdit")
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat(DATE_PATTERN)  # as every date in the app: 2026-12-04
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
        self.table = QTableView(self)
        self.table.setObjectName("logTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)  # a click on a header sorts by that column
        self.table.sortByColumn(LogColumn.TIME, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)  # one line a row; the time never breaks in two
        header = self.table.horizontalHeader()
        header.setStyle(SortArrowStyle(header, self))
        header.setSectionResizeMode(LogColumn.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("logChainLabel")
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_label.setWordWrap(True)  # missing entries take a sentence or two
        self.export_button = QPushButton(self.tr("Export the client's entries…"), self)
        self.export_button.setObjectName("logExportButton")
        for widget, name in ((self.client_filter, self.tr("Client")), (self.action_filter,
                             self.tr("Action")), (self.since_edit, self.tr("From date")),
                             (self.until_edit, self.tr("To date")), (self.table, self.tr("Access log"))):
            widget.setAccessibleName(name)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Client:"), self))
        filters.addWidget(self.client_filter, 2)
        filters.addWidget(QLabel(self.tr("Action:"), self))
        filters.addWidget(self.action_filter, 1)
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            filters.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.chain_label, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.client_filter.currentIndexChanged.connect(self._apply_filters)
        self.action_filter.currentIndexChanged.connect(self._apply_filters)
        for check in (self.since_check, self.until_check):
            check.toggled.connect(self._apply_filters)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._apply_filters)
        self.export_button.clicked.connect(self._choose_export_file)

    def reload(self) -> None:
        entries = self._journal.access_log(limit=LOG_LIMIT)
        names = {c.id: c.name for c in self._journal.all_clients()}
        self.model.set_entries(entries, names)
        # Every time has one form (2026-12-04 14:30); fit once per reload, not per paint.
        self.table.resizeColumnToContents(LogColumn.TIME)
        self._fill_filters(entries, names)
        # Checked against the record beside the vault: a log cut at its end is still a chain.
        chain = self._journal.verify_access_log()
        found = [gap_text(gap) for gap in chain.gaps]
        if chain.first_break is not None:
            found.insert(0, self.tr("The log has been altered: the chain breaks at entry %1.")
                         .replace("%1", str(chain.first_break)))
        self.chain_label.setText(" ".join(found) if found else self.tr(
            "%n entries; the chain is intact.", "", chain.entries))
        self._apply_filters()

    def _fill_filters(self, entries: Sequence[AuditEntry], names: dict[str, str]) -> None:
        current_client = self.client_filter.currentData()
        current_action = self.action_filter.currentData()
        for combo in (self.client_filter, self.action_filter):
            combo.blockSignals(True)
            combo.clear()
        self.client_filter.addItem(self.tr("All clients"), None)
        ids = {e.client_id for e in entries if e.client_id} | set(names)
        for cid in sorted(ids, key=lambda i: self.model.client_label(i).casefold()):
            self.client_filter.addItem(self.model.client_label(cid), cid)
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in sorted({e.action for e in entries}, key=action_text):
            self.action_filter.addItem(action_text(action), action)
        for combo, value in ((self.client_filter, current_client),
                             (self.action_filter, current_action)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    @Slot()
    def _apply_filters(self) -> None:
        client = self.client_filter.currentData()
        self.export_button.setEnabled(client is not None)
        self.proxy.set_filters(
            client_id=client, action=self.action_filter.currentData(),
            since=_day(self.since_edit.date()) if self.since_check.isChecked() else None,
            until=_day(self.until_edit.date()) if self.until_check.isChecked() else None,
        )

    def set_client(self, client_id: str | None) -> None:
        self.client_filter.setCurrentIndex(max(0, self.client_filter.findData(client_id)))

    def visible_entries(self) -> list[AuditEntry]:
        return [self.proxy.data(self.proxy.index(row, 0), BACKING_ROLE)
                for row in range(self.proxy.rowCount())]

    @Slot()
    def _choose_export_file(self) -> None:
        client = self.client_filter.currentData()
        if client is None:
            return
        path = choose_path(self, self.tr("Export log entries"), str(documents_path("log.csv")),
                           self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> int | None:
        """Write the selected client's entries; the export itself is logged."""
        client = self.client_filter.currentData()
        if client is None:
            return None
        try:
            count = export_log_csv(self._journal, target, client_id=client)
        except JournalError as exc:
            warn(self, self.tr("Export failed"), error_text(exc))
            return None
        self.reload()
        return count
