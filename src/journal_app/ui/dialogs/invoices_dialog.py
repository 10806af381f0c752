"""Invoices: every invoice and credit note with its status, filters for unpaid and overdue,
and what can be done with the selected one. Layout only; InvoiceListController decides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.views.table_models import InvoiceColumn, InvoiceRow, InvoiceTableModel

ALL, UNPAID, OVERDUE = "all", "unpaid", "overdue"


class InvoicesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesDialog")
        self.setWindowTitle(self.tr("Invoices"))
        self.show_all = QRadioButton(self.tr("&All"), self)
        self.show_unpaid = QRadioButton(self.tr("&Unpaid"), self)
        self.show_overdue = QRadioButton(self.tr("O&verdue"), self)
        self.filters = QButtonGroup(self)
        for name, button in ((ALL, self.show_all), (UNPAID, self.show_unpaid),
                             (OVERDUE, self.show_overdue)):
            button.setObjectName(f"invoiceFilter_{name}")
            self.filters.addButton(button)
        self.show_all.setChecked(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("invoiceSummaryLabel")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.model = InvoiceTableModel()
        self.table = QTableView(self)
        self.table.setObjectName("invoiceTable")
        self.table.setAccessibleName(self.tr("Invoices"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InvoiceColumn.CLIENT, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No invoices here. Issue one from a client's package"
                                    " (Invoice…)."), self)
        self.empty.setObjectName("noInvoicesLabel")
        self.empty.setEnabled(False)

        self.open_pdf = QPushButton(self.tr("&Open PDF…"), self)
        self.open_pdf.setObjectName("openInvoicePdfButton")
        self.open_pdf.setToolTip(self.tr("Save the invoice as a PDF where you choose, then open"
                                         " it"))
        self.mark_paid = QPushButton(self.tr("&Mark paid…"), self)
        self.mark_paid.setObjectName("markPaidButton")
        self.credit = QPushButton(self.tr("&Credit…"), self)
        self.credit.setObjectName("creditInvoiceButton")
        self.credit.setToolTip(self.tr("A credit note cancels the whole invoice; the package"
                                       " can then be invoiced again"))
        self.reminder = QPushButton(self.tr("&Reminder PDF…"), self)
        self.reminder.setObjectName("reminderButton")
        self.reminder.setToolTip(self.tr("A payment reminder for an overdue invoice"))
        self.message = QLabel(self)
        self.message.setObjectName("invoiceMessageLabel")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        for button in (self.show_all, self.show_unpaid, self.show_overdue):
            filters.addWidget(button)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        actions = QHBoxLayout()
        for action in (self.open_pdf, self.mark_paid, self.credit, self.reminder):
            actions.addWidget(action)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def chosen_filter(self) -> str:
        if self.show_unpaid.isChecked():
            return UNPAID
        return OVERDUE if self.show_overdue.isChecked() else ALL

    def selected(self) -> InvoiceRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
                index.row(), index.parent()):
            return None
        return self.model.row_of(index.row())
