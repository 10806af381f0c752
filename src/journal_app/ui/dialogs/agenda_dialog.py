"""The agenda: the planned sessions of a day or a week across all clients, one row each
(time, client, package progress, unsigned notes from earlier sessions) under a row per day that
names the day's Swedish public holiday. Layout only; AgendaController decides and fills it.
A click on a session row opens its client and note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.agenda import Agenda, AgendaEntry
from journal_app.ui.formatting import format_date, format_datetime
from journal_app.ui.theme import colour, keep_coloured

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1  # a session row's AgendaEntry; None on a day row


def day_title(agenda: Agenda, index: int) -> str:
    day = agenda.dates[index]
    name = QLocale().standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    title = f"{name.capitalize()} {format_date(day)}"
    holiday = agenda.holidays.get(day)
    return f"{title} — {holiday}" if holiday else title


def progress_text(entry: AgendaEntry) -> str:
    text = QCoreApplication.translate("AgendaDialog", "%1: %2 of %3")
    return text.replace("%1", entry.package_name).replace(
        "%2", str(entry.sessions_counted)).replace("%3", str(entry.sessions_total))


def unsigned_text(entry: AgendaEntry) -> str:
    if not entry.unsigned_earlier:
        return ""
    return QCoreApplication.translate("AgendaDialog", "%n unsigned note(s)", "",
                                      entry.unsigned_earlier)


class AgendaDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaDialog")
        self.setWindowTitle(self.tr("Agenda"))
        self.show_day = QRadioButton(self.tr("&Day"), self)
        self.show_day.setObjectName("agendaDayButton")
        self.show_week = QRadioButton(self.tr("&Week"), self)
        self.show_week.setObjectName("agendaWeekButton")
        self.span = QButtonGroup(self)
        self.span.addButton(self.show_day)
        self.span.addButton(self.show_week)
        self.show_week.setChecked(True)
        self.previous = QPushButton(self.tr("◀ &Previous"), self)
        self.previous.setObjectName("agendaPreviousButton")
        self.today = QPushButton(self.tr("&Today"), self)
        self.today.setObjectName("agendaTodayButton")
        self.next = QPushButton(self.tr("&Next ▶"), self)
        self.next.setObjectName("agendaNextButton")
        self.title = QLabel(self)
        self.title.setObjectName("agendaTitleLabel")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Planned sessions"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Client"),
                                              self.tr("Package"), self.tr("Notes to sign")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr("Click a session to open its client and note."), self)
        self.hint.setEnabled(False)

        self.export = QPushButton(self.tr("&Export to calendar…"), self)
        self.export.setObjectName("agendaExportButton")
        self.export.setToolTip(self.tr("Write the planned sessions as an .ics file for your"
                                       " phone's calendar (by default without names)"))
        self.show_after_unlock = QCheckBox(self.tr("&Show the agenda after unlocking"), self)
        self.show_after_unlock.setObjectName("agendaAfterUnlockCheck")
        self.message = QLabel(self)
        self.message.setObjectName("agendaMessageLabel")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        for widget in (self.show_day, self.show_week, self.previous, self.today, self.next):
            top.addWidget(widget)
        top.addSpacing(12)
        top.addWidget(self.title, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export)
        bottom.addWidget(self.show_after_unlock)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self._shown: tuple[Agenda, str] | None = None
        keep_coloured(self, lambda: self._shown and self.show_agenda(*self._shown))

    def show_agenda(self, agenda: Agenda, title: str) -> None:
        """One row per day (its name, date and any holiday), then that day's sessions."""
        self._shown = (agenda, title)  # drawn again in the new colours when the scheme changes
        self.title.setText(title)
        table = self.table
        table.clearSpans()
        table.setRowCount(0)
        shade = QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase)  # the new one
        for index, day in enumerate(agenda.dates):
            row = table.rowCount()
            table.insertRow(row)
            item = QTableWidgetItem(day_title(agenda, index))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(QBrush(shade))
            if day in agenda.holidays:
                item.setForeground(QBrush(colour("holiday_text")))
            table.setItem(row, 0, item)
            table.setSpan(row, 0, 1, table.columnCount())
            sessions = agenda.on(day)
            if not sessions:
                self._add_row(None, ["    " + self.tr("No planned sessions"), "", "", ""])
            for entry in sessions:
                self._add_row(entry, [format_datetime(entry.start),
                                      entry.client_name, progress_text(entry),
                                      unsigned_text(entry)])

    def _add_row(self, entry: AgendaEntry | None, texts: list[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(SESSION_ROLE, entry)
            if entry is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, item)

    def entry_at(self, row: int) -> AgendaEntry | None:
        item = self.table.item(row, 0)
        value = item.data(SESSION_ROLE) if item is not None else None
        return value if isinstance(value, AgendaEntry) else None
