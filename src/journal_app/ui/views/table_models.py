"""Table models over the core's frozen dataclasses. Each has a column enum, and BACKING_ROLE
returns the dataclass behind a row so controllers never parse display text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from journal_app.core.domain.invoicing import Invoice, InvoiceStatus
from journal_app.core.domain.models import ClientSummary, NoteState, Package, Session
from journal_app.ui.formatting import (
    format_date,
    format_datetime,
    note_state_text,
    progress_text,
    status_text,
)
from journal_app.ui.icons import icon
from journal_app.ui.invoice_text import money_text, package_invoice_text
from journal_app.ui.invoice_text import status_text as invoice_status_text
from journal_app.ui.refcounts import keeps_none

BACKING_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3  # (counted, total) for the progress delegate

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class _RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one dataclass type; subclasses say how each column looks."""

    context = ""  # the translation context of the headers
    headers: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP marks them for lupdate

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_of(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, str(self.headers[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == BACKING_ROLE:
            return item
        return self.cell(item, index.column(), role)

    def cell(self, item: T, column: int, role: int) -> Any:
        """What a column shows for one row; each subclass draws its own columns."""
        return None


class ClientColumn(IntEnum):
    NAME = 0
    PACKAGE = 1
    LAST_SESSION = 2


def client_sort_key(item: ClientSummary, column: int) -> Any:
    if column == ClientColumn.NAME:
        return item.name.casefold()
    if column == ClientColumn.PACKAGE:
        return (item.sessions_counted / item.sessions_total) if item.sessions_total else -1
    return item.last_session.isoformat() if item.last_session else ""


class ClientTableModel(_RowsModel[ClientSummary]):
    context = "ClientList"
    headers = (QT_TRANSLATE_NOOP("ClientList", "Name"), QT_TRANSLATE_NOOP("ClientList", "Package"),
               QT_TRANSLATE_NOOP("ClientList", "Last session"))

    def __init__(self) -> None:
        super().__init__()
        self._order = (int(ClientColumn.NAME), Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: Sequence[ClientSummary]) -> None:
        column, order = self._order
        super().set_rows(sorted(rows, key=lambda item: client_sort_key(item, column),
                                reverse=order == Qt.SortOrder.DescendingOrder))

    def row_with_id(self, client_id: str) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.id == client_id), None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """One Python sort here: a sorting proxy calls data() for every comparison, some
        70,000 calls for 5,000 clients on each keystroke in the filter (bench/bench_ui.py)."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self._rows[i.row()], i.column()) for i in before]
        self._rows.sort(key=lambda item: client_sort_key(item, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(item): row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[id(item)], col) for item, col in kept])
        self.layoutChanged.emit()

    def cell(self, item: ClientSummary, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == ClientColumn.NAME:
                return item.name
            if column == ClientColumn.PACKAGE:
                if not item.sessions_total:
                    return QCoreApplication.translate("ClientList", "No package")
                text = progress_text(item.sessions_counted, item.sessions_total)
                if item.awaiting_erase and role == Qt.ItemDataRole.AccessibleTextRole:
                    text += ", " + QCoreApplication.translate("ClientList", "erase pending")
                return text
            if column == ClientColumn.LAST_SESSION:
                return format_date(item.last_session.date()) if item.last_session else ""
        if role == SORT_ROLE:
            return client_sort_key(item, column)
        if (role == Qt.ItemDataRole.DecorationRole and item.awaiting_erase
                and column == ClientColumn.PACKAGE):
            return icon("erase-pending")
        if role == Qt.ItemDataRole.FontRole and item.awaiting_erase:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole) \
                and item.awaiting_erase:
            return QCoreApplication.translate(
                "ClientList", "A package is completed and its notes wait to be erased.")
        return None


class PackageColumn(IntEnum):
    NAME = 0
    PROGRESS = 1
    PURCHASED = 2
    INVOICE = 3


class PackageTableModel(_RowsModel[Package]):
    context = "ClientView"
    headers = (QT_TRANSLATE_NOOP("ClientView", "Package"), QT_TRANSLATE_NOOP("ClientView", "Held"),
               QT_TRANSLATE_NOOP("ClientView", "Bought"),
               QT_TRANSLATE_NOOP("ClientView", "Invoice"))

    def __init__(self) -> None:
        super().__init__()
        # package id -> (number, status) of its invoice in force; the core decides both
        self._invoices: dict[str, tuple[int | None, InvoiceStatus]] = {}

    def set_invoices(self, invoices: dict[str, tuple[int | None, InvoiceStatus]]) -> None:
        self._invoices = dict(invoices)
        if self._rows:
            self.dataChanged.emit(self.index(0, PackageColumn.INVOICE),
                                  self.index(len(self._rows) - 1, PackageColumn.INVOICE))

    def cell(self, item: Package, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == PackageColumn.INVOICE:
            if not item.price_ore:
                return ""  # nothing to invoice: no price
            return package_invoice_text(*self._invoices.get(item.id, (None, None)))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == PackageColumn.PROGRESS:
            # The bar says "3 of 5" on screen; a screen reader says what is counted.
            held = QCoreApplication.translate("ClientView", "%1 of %2 sessions held").replace(
                "%1", str(item.sessions_counted)).replace("%2", str(item.sessions_total))
            shown = str(self.cell(item, column, Qt.ItemDataRole.DisplayRole))
            return held + shown.removeprefix(
                progress_text(item.sessions_counted, item.sessions_total))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PackageColumn.NAME:
                return item.name
            if column == PackageColumn.PROGRESS:
                text = progress_text(item.sessions_counted, item.sessions_total)
                if item.completed:
                    text += " · " + QCoreApplication.translate("ClientView", "completed")
                elif item.notes_to_sign:
                    # What still holds the completion (and the erase prompt) back.
                    text += " · " + QCoreApplication.translate(
                        "ClientView", "%n note(s) to sign", None, item.notes_to_sign)
                return text
            if column == PackageColumn.PURCHASED:
                return format_date(item.purchased)
        if role == Qt.ItemDataRole.ToolTipRole and column == PackageColumn.PROGRESS:
            return self.cell(item, column, Qt.ItemDataRole.DisplayRole)
        if role == PROGRESS_ROLE and column == PackageColumn.PROGRESS:
            return (item.sessions_counted, item.sessions_total)
        return None


class SessionColumn(IntEnum):
    START = 0
    STATUS = 1
    NOTE = 2


class SessionTableModel(_RowsModel[Session]):
    context = "ClientView"
    headers = (QT_TRANSLATE_NOOP("ClientView", "Session"), QT_TRANSLATE_NOOP("ClientView", "Status"),
               QT_TRANSLATE_NOOP("ClientView", "Note"))

    def cell(self, item: Session, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SessionColumn.START:
                return format_datetime(item.start)
            if column == SessionColumn.STATUS:
                return status_text(item.status)
            if column == SessionColumn.NOTE:
                return note_state_text(item.note_state)
        if role == Qt.ItemDataRole.FontRole and item.note_state is NoteState.DRAFT:
            font = QFont()
            font.setItalic(True)  # an unsigned draft stands out without a colour
            return font
        return None

    def row_for(self, session_id: str) -> int | None:
        for number, session in enumerate(self._rows):
            if session.id == session_id:
                return number
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws "held / N" as the platform's own progress bar, so it follows the palette."""

    @keeps_none  # on every paint of the package table (ui/refcounts.py)
    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        counted, total = value
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = min(counted, total)
        # One line, shortened to fit ("… 2 notes to s…"): the whole of it is the tooltip and
        # what a screen reader says.
        bar.text = option.fontMetrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole)),
                                                 Qt.TextElideMode.ElideRight, bar.rect.width() - 6)
        bar.textVisible = True
        # Qt 6 takes the orientation from State_Horizontal; without it the bar fills
        # upwards over its own text.
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.palette = option.palette
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


@dataclass(frozen=True)
class InvoiceRow:
    """An invoice or credit note with its status today (decided by the core)."""

    invoice: Invoice
    status: InvoiceStatus


class InvoiceColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    CLIENT = 2
    TOTAL = 3
    DUE = 4
    STATUS = 5


class InvoiceTableModel(_RowsModel[InvoiceRow]):
    context = "Invoices"
    headers = (QT_TRANSLATE_NOOP("Invoices", "Number"), QT_TRANSLATE_NOOP("Invoices", "Date"),
               QT_TRANSLATE_NOOP("Invoices", "Client"), QT_TRANSLATE_NOOP("Invoices", "Total"),
               QT_TRANSLATE_NOOP("Invoices", "Due"), QT_TRANSLATE_NOOP("Invoices", "Status"))

    def cell(self, item: InvoiceRow, column: int, role: int) -> Any:
        invoice = item.invoice
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == InvoiceColumn.NUMBER:
                return str(invoice.number)
            if column == InvoiceColumn.DATE:
                return format_date(invoice.issue_date)
            if column == InvoiceColumn.CLIENT:
                return invoice.buyer.name
            if column == InvoiceColumn.TOTAL:
                return money_text(invoice.total_ore)
            if column == InvoiceColumn.DUE:
                return format_date(invoice.due_date) if invoice.due_date else ""
            if column == InvoiceColumn.STATUS:
                text = invoice_status_text(item.status)
                if invoice.refers_to_number is not None:
                    text += " " + QCoreApplication.translate("Invoices", "(credits %1)").replace(
                        "%1", str(invoice.refers_to_number))
                return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == InvoiceColumn.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and item.status is InvoiceStatus.OVERDUE:
            font = QFont()
            font.setBold(True)  # an overdue invoice stands out without a colour
            return font
        return None

    def row_for(self, number: int) -> int | None:
        for row, item in enumerate(self._rows):
            if item.invoice.number == number:
                return row
        return None
