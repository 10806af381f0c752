"""Enter an outcome measure for a session, item by item: PHQ-9 and GAD-7 with four answers
per item (radio buttons), a practitioner's own scale as a typed number. The dialog only
collects the answers; the core checks them (a missing or out-of-range answer is refused,
naming its item) and scores them. The refusal is shown here and the dialog stays open."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.measures import ANSWERS_EN, ANSWERS_SV, INSTRUMENTS, Scale
from journal_app.ui.accessibility import set_reading_order
from journal_app.ui.theme import colour, keep_coloured


class MeasureDialog(QDialog):
    submitted = Signal(str, list)  # the instrument key and the answers as given

    def __init__(self, scales: Sequence[Scale], language: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureDialog")
        self.setWindowTitle(self.tr("Measure – %1").replace("%1", title))
        self._language = language
        self._scales = {s.key: s for s in scales}
        self.instrument = QComboBox(self)
        self.instrument.setObjectName("measureInstrument")
        for key, form in INSTRUMENTS.items():
            self.instrument.addItem(form.name, key)
        for scale in scales:
            self.instrument.addItem(f"{scale.name} ({scale.low}–{scale.high})", scale.key)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.items_area = QScrollArea(self)
        self.items_area.setWidgetResizable(True)
        self.error = QLabel(self)
        self.error.setObjectName("measureError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        keep_coloured(self.error, lambda: self.error.setStyleSheet(
            f"color: {colour('error_text').name()};"))
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.groups: list[QButtonGroup] = []
        self.value_field: QLineEdit | None = None
        self.new_scale_button = QPushButton(self.tr("&New scale…"), self)
        self.new_scale_button.setObjectName("newScaleButton")
        self.new_scale_button.setToolTip(self.tr("Add a scale of your own, e.g. Mood 0–10"))
        choice = QHBoxLayout()
        choice.addWidget(self.instrument, 1)
        choice.addWidget(self.new_scale_button)
        chooser = QFormLayout()
        chooser.addRow(self.tr("&Measure:"), choice)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.question)
        layout.addWidget(self.items_area, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.instrument.currentIndexChanged.connect(self._build)
        self._build()

    def add_scale(self, scale: Scale) -> None:
        """A scale just added: listed and chosen."""
        self._scales[scale.key] = scale
        self.instrument.addItem(f"{scale.name} ({scale.low}–{scale.high})", scale.key)
        self.instrument.setCurrentIndex(self.instrument.count() - 1)

    @property
    def key(self) -> str:
        return str(self.instrument.currentData())

    def _build(self) -> None:
        """The items of the chosen measure, each with its answers."""
        old = self.items_area.takeWidget()  # (setWidget alone would delete it at once)
        if old is not None:
            old.deleteLater()
        self.items = QWidget(self)
        self.items_area.setWidget(self.items)
        self.groups, self.value_field = [], None
        self.error.setVisible(False)
        grid = QGridLayout(self.items)
        form = INSTRUMENTS.get(self.key)
        if form is not None:
            self.question.setText(form.question(self._language))
            answers = ANSWERS_SV if self._language == "sv" else ANSWERS_EN
            for row, wording in enumerate(form.items(self._language)):
                label = QLabel(f"{row + 1}. {wording}", self.items)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(label, row, 0)
                group = QButtonGroup(self.items)
                for value, text in enumerate(answers):
                    button = QRadioButton(f"{value} {text}", self.items)
                    button.setObjectName(f"item{row + 1}answer{value}")
                    button.setAccessibleDescription(label.text())  # which item it answers
                    group.addButton(button, value)
                    grid.addWidget(button, row, value + 1)
                self.groups.append(group)
            grid.setColumnStretch(0, 1)
            set_reading_order([self.instrument, self.new_scale_button, self.items_area,
                               *(b for g in self.groups for b in g.buttons()), self.buttons])
            return
        scale = self._scales[self.key]
        self.question.setText(self.tr("%1, from %2 (%3) to %4 (%5):")
                              .replace("%1", scale.name).replace("%2", str(scale.low))
                              .replace("%3", scale.low_label).replace("%4", str(scale.high))
                              .replace("%5", scale.high_label))
        self.value_field = QLineEdit(self.items)
        self.value_field.setObjectName("scaleValue")
        self.value_field.setAccessibleName(scale.name)
        grid.addWidget(self.value_field, 0, 0)
        grid.setRowStretch(1, 1)
        set_reading_order([self.instrument, self.new_scale_button, self.items_area,
                           self.value_field, self.buttons])

    def answers(self) -> list[object]:
        """What was chosen or typed, as it is: an unanswered item is None (the core names it)."""
        if self.value_field is not None:
            return [self.value_field.text()]
        return [g.checkedId() if g.checkedId() >= 0 else None for g in self.groups]

    def _submit(self) -> None:
        self.submitted.emit(self.key, self.answers())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
