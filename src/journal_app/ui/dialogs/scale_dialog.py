"""A practitioner's own scale: a name, a range of whole numbers and words for its two ends
("Mående", 0–10, "mycket dåligt" … "mycket bra"). The dialog only collects what was typed;
the core checks it (core/storage/measures.py add_scale) and a refusal, naming the field, is
shown here with the dialog kept open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.modal import widen_fields
from journal_app.ui.theme import colour, keep_coloured


class ScaleDialog(QDialog):
    submitted = Signal(str, str, str, str, str)  # name, low, high, low label, high label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleDialog")
        self.setWindowTitle(self.tr("New scale"))
        self.name = QLineEdit(self)
        self.name.setObjectName("scaleName")
        self.name.setPlaceholderText(self.tr("for example Mood"))
        self.low = QLineEdit("0", self)
        self.low.setObjectName("scaleLow")
        self.high = QLineEdit("10", self)
        self.high.setObjectName("scaleHigh")
        self.low_label = QLineEdit(self)
        self.low_label.setObjectName("scaleLowLabel")
        self.high_label = QLineEdit(self)
        self.high_label.setObjectName("scaleHighLabel")
        self.error = QLabel(self)
        self.error.setObjectName("scaleError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        keep_coloured(self.error, lambda: self.error.setStyleSheet(
            f"color: {colour('error_text').name()};"))
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Lowest value:"), self.low)
        form.addRow(self.tr("&Highest value:"), self.high)
        form.addRow(self.tr("Words at the l&ow end:"), self.low_label)
        form.addRow(self.tr("Words at the h&igh end:"), self.high_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        widen_fields(self)

    def _submit(self) -> None:
        self.submitted.emit(self.name.text(), self.low.text(), self.high.text(),
                            self.low_label.text(), self.high_label.text())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
