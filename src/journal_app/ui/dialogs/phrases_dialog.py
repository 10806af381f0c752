"""The practitioner's phrases: an abbreviation (letters and digits) and the text it becomes
when typed in a note followed by a space or a punctuation mark. Added, changed and deleted
here; PhrasesActions (ui/controllers/templates_actions.py) sends each write through the app's
one write entry, and a refusal naming the field is shown here with nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from journal_app.core.domain.templates import Phrase
from journal_app.ui.theme import colour, keep_coloured
from journal_app.ui.views.item_list import ItemList, lay_out_list_and_form

NEW = ""


class PhrasesDialog(QDialog):
    save_requested = Signal(str, str, str)  # id (NEW for a new one), abbreviation, text
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phrasesDialog")
        self.setWindowTitle(self.tr("Phrases"))
        self.phrases: list[Phrase] = []
        self.editing = NEW
        self.list = ItemList(self)
        self.list.setObjectName("phrasesList")
        self.list.setAccessibleName(self.tr("Phrases"))
        self.abbreviation = QLineEdit(self)
        self.abbreviation.setObjectName("phraseAbbreviation")
        self.abbreviation.setPlaceholderText(self.tr("for example bpl"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("phraseText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(120)
        hint = QLabel(self.tr("Type the abbreviation in a note followed by a space or a "
                              "punctuation mark and it becomes the text; Ctrl+Z takes it "
                              "back."), self)
        hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("phrasesError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        keep_coloured(self.error, lambda: self.error.setStyleSheet(
            f"color: {colour('error_text').name()};"))
        self.error.setVisible(False)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setObjectName("newPhraseButton")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("savePhraseButton")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deletePhraseButton")
        # Enter in a field saves it; it never starts a new one or deletes.
        self.new_button.setAutoDefault(False)
        self.delete_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Abbreviation:"), self.abbreviation)
        form.addRow(self.tr("&Text:"), self.text)
        lay_out_list_and_form(self, self.list, form, [hint, self.error],
                              [self.new_button, self.save_button, self.delete_button], close)
        self.resize(680, 360)

        self.list.row_chosen.connect(self._show_row)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(self.editing, self.abbreviation.text(),
                                             self.text.toPlainText()))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.editing))

    def set_phrases(self, phrases: list[Phrase], select: str | None = None) -> None:
        keep = select if select is not None else self.editing
        self.phrases = phrases
        lines = []
        for phrase in phrases:
            first = phrase.body.split("\n", 1)[0]
            lines.append(f"{phrase.abbreviation} → "
                         f"{first if len(first) <= 80 else first[:79] + '…'}")
        self.list.set_lines(lines)
        row = next((i for i, p in enumerate(phrases) if p.id == keep), None)
        if row is None:
            self.start_new()
        else:
            self.list.set_current_row(row)
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.phrases):
            return
        phrase = self.phrases[row]
        self.editing = phrase.id
        self.abbreviation.setText(phrase.abbreviation)
        self.text.setPlainText(phrase.body)
        self.delete_button.setEnabled(True)
        self.clear_error()

    def start_new(self) -> None:
        self.list.clear_choice()
        self.editing = NEW
        self.abbreviation.clear()
        self.text.clear()
        self.delete_button.setEnabled(False)
        self.clear_error()
        self.abbreviation.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
