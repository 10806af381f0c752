"""The calendar feed's choices before the .ics is written: the word each event says, its
length, and whether the client's initials or name go with it (off by default). Layout only;
AgendaController asks the warning, stores the choices through the write entry and writes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.agenda import (
    DURATION_RANGE,
    MAX_EVENT_WORD,
    AgendaSettings,
    NamesInFeed,
)


class CalendarFeedDialog(QDialog):
    def __init__(self, settings: AgendaSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarFeedDialog")
        self.setWindowTitle(self.tr("Export to calendar"))
        self.word = QLineEdit(settings.event_word, self)
        self.word.setObjectName("feedWordEdit")
        self.word.setMaxLength(MAX_EVENT_WORD)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("feedMinutesSpin")
        self.minutes.setRange(*DURATION_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(settings.duration_minutes)
        self.names = QComboBox(self)
        self.names.setObjectName("feedNamesCombo")
        for text, value in ((self.tr("No names (recommended)"), NamesInFeed.NONE),
                            (self.tr("The client's initials"), NamesInFeed.INITIALS),
                            (self.tr("The client's full name"), NamesInFeed.NAMES)):
            self.names.addItem(text, value.value)
        self.names.setCurrentIndex(max(0, self.names.findData(settings.names.value)))
        about = QLabel(self.tr(
            "The file holds every planned session from today on: the word above, the time and"
            " the length. It leaves the vault unencrypted, for your phone's calendar (and any"
            " cloud it syncs to). Import it again after a change: the same sessions are"
            " updated, not added twice."), self)
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Each event &says:"), self.word)
        form.addRow(self.tr("&Length:"), self.minutes)
        form.addRow(self.tr("&Names:"), self.names)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = buttons.addButton(self.tr("&Save as…"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("feedSaveButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def chosen_names(self) -> NamesInFeed:
        return NamesInFeed(str(self.names.currentData()))
