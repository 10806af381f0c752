"""The journal card dialog (PDL 3 kap 6 §): one tab per part, in the law's order, each with its
fields, its state (draft, signed by whom and when, correction in progress), the earlier signed
texts struck through, and Sign, Correct and Discard correction. It only lays out; the
JournalCardController (controllers/card_controller.py) decides what each button does and
saves as the practitioner types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.card import CardPart
from journal_app.ui.accessibility import set_reading_order
from journal_app.ui.icons import icon


def part_title(part: CardPart) -> str:
    """The part's heading, as the PDF has it."""
    from PySide6.QtCore import QCoreApplication

    titles = {
        CardPart.BACKGROUND: QCoreApplication.translate("JournalCardDialog", "Background"),
        CardPart.ASSESSMENT: QCoreApplication.translate("JournalCardDialog",
                                                        "Assessment/diagnosis"),
        CardPart.PLAN: QCoreApplication.translate("JournalCardDialog", "Treatment plan"),
        CardPart.INFORMATION: QCoreApplication.translate(
            "JournalCardDialog", "Information and the client's choices"),
        CardPart.DECLINED: QCoreApplication.translate("JournalCardDialog", "Declined care"),
    }
    return titles[part]


def _editor(parent: QWidget, name: str, accessible: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)  # a card part is prose; Tab moves on, as in a form
    return edit


class CardPartPage(QWidget):
    """One part's page: its fields, state, earlier versions and buttons."""

    def __init__(self, part: CardPart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        key = part.value
        self.setObjectName(f"cardPage-{key}")
        self.state = QLabel(self)
        self.state.setObjectName(f"cardState-{key}")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.saved = QLabel(self)
        self.saved.setObjectName(f"cardSaved-{key}")
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.saved.setAccessibleName(self.tr("Save status"))
        self.saved.setWordWrap(True)
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        title = part_title(part)
        goals = part is CardPart.PLAN
        self.text = _editor(self, f"cardText-{key}",
                            self.tr("Goals") if goals else self.tr("%1 text").replace("%1",
                                                                                      title))
        self.diagnosis: QLineEdit | None = None
        self.measures: QPlainTextEdit | None = None
        self.evaluate_on: QLineEdit | None = None
        form = QFormLayout()
        if part is CardPart.ASSESSMENT:
            self.diagnosis = QLineEdit(self)
            self.diagnosis.setObjectName("cardDiagnosis")
            self.diagnosis.setAccessibleName(self.tr("Diagnosis code"))
            self.diagnosis.setPlaceholderText(self.tr("ICD-10-SE code or free text, optional"))
            form.addRow(self.tr("&Diagnosis:"), self.diagnosis)
            form.addRow(self.tr("&Assessment:"), self.text)
        elif goals:
            self.measures = _editor(self, "cardMeasures", self.tr("Planned measures"))
            self.evaluate_on = QLineEdit(self)
            self.evaluate_on.setObjectName("cardEvaluateOn")
            self.evaluate_on.setAccessibleName(self.tr("Planned evaluation date"))
            self.evaluate_on.setPlaceholderText(self.tr("YYYY-MM-DD"))
            form.addRow(self.tr("&Goals:"), self.text)
            form.addRow(self.tr("Planned &measures:"), self.measures)
            form.addRow(self.tr("Planned &evaluation:"), self.evaluate_on)
        else:
            form.addRow(self.tr("&Text:"), self.text)

        self.earlier = QTextBrowser(self)
        self.earlier.setObjectName(f"cardEarlier-{key}")
        self.earlier.setAccessibleName(self.tr("Earlier signed versions"))
        self.earlier.setOpenLinks(False)
        self.earlier.setVisible(False)
        self.earlier.setMaximumHeight(160)

        self.sign_button = QPushButton(icon("sign"), self.tr("&Sign…"), self)
        self.sign_button.setObjectName(f"cardSign-{key}")
        self.sign_button.setToolTip(self.tr("Sign this part; it can then only be corrected"))
        self.correct_button = QPushButton(icon("correct"), self.tr("&Correct"), self)
        self.correct_button.setObjectName(f"cardCorrect-{key}")
        self.correct_button.setToolTip(self.tr("Write a correction; the signed text is kept"))
        self.discard_button = QPushButton(self.tr("Disca&rd correction"), self)
        self.discard_button.setObjectName(f"cardDiscard-{key}")

        head = QHBoxLayout()
        head.addWidget(self.state, 1)
        head.addWidget(self.saved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form, 1)
        layout.addWidget(self.earlier)
        layout.addLayout(buttons)
        set_reading_order([*self.fields(), self.earlier, self.discard_button,
                           self.correct_button, self.sign_button])

    def fields(self) -> list[QWidget]:
        """Every field a person types into, in tab order."""
        found: list[QWidget | None] = [self.diagnosis, self.text, self.measures, self.evaluate_on]
        return [f for f in found if f is not None]


class JournalCardDialog(QDialog):
    def __init__(self, client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalCardDialog")
        self.setWindowTitle(self.tr("Journal card – %1").replace("%1", client_name))
        self.before_close: Callable[[], bool] | None = None  # False keeps it open
        heading = QLabel(client_name, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("What Patientdatalagen 3 kap 6 § asks the journal to hold "
                               "besides the session notes. Each part is saved as you type, "
                               "then signed and, if needed, corrected like a note."), self)
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self.pages: dict[CardPart, CardPartPage] = {}
        for part in CardPart:
            page = CardPartPage(part, self.tabs)
            self.pages[part] = page
            self.tabs.addTab(page, part_title(part))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

    def done(self, result: int) -> None:
        if self.before_close is not None and not self.before_close():
            return
        super().done(result)
