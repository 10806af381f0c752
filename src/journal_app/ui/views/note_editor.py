"""The note editor view: plain text, the earlier signed revisions struck through, and the
buttons to sign or correct. NoteController (note_controller.py) decides what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.accessibility import set_reading_order
from journal_app.ui.formatting import key_text
from journal_app.ui.icons import icon


class NoteEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.title = QLabel(self)
        self.title.setObjectName("noteTitleLabel")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # holds the client's name
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setObjectName("noteStateLabel")
        self.saved = QLabel(self)
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.saved.setObjectName("noteSavedLabel")
        self.saved.setAccessibleName(self.tr("Save status"))
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteEdit")
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.setTabChangesFocus(False)
        self.text.setPlaceholderText(self.tr("Choose a session to write its note."))
        self.text.setReadOnly(True)
        body = QFont(self.text.font())
        body.setPointSizeF(body.pointSizeF() * 1.1)
        self.text.setFont(body)

        # The template a new (still empty) note starts from; NoteTemplates fills and enables it.
        self.template_label = QLabel(self.tr("Temp&late:"), self)
        self.template = QComboBox(self)
        self.template.setObjectName("noteTemplateCombo")
        self.template.setAccessibleName(self.tr("Note template"))
        self.template.setToolTip(self.tr("Start this note from another template (only while "
                                         "the note is empty)"))
        self.template.setEnabled(False)
        self.template_label.setBuddy(self.template)
        self.last_headings_button = QPushButton(self.tr("Last note's &headings"), self)
        self.last_headings_button.setObjectName("lastHeadingsButton")
        self.last_headings_button.setToolTip(self.tr("Start this note from the headings of the "
                                                     "client's previous note (Ctrl+Shift+L)"))
        self.last_headings_button.setEnabled(False)
        self.last_headings_action = QAction(self.tr("Start from the &last note's headings"), self)
        self.last_headings_action.setObjectName("lastHeadingsAction")
        self.last_headings_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.last_headings_action.setEnabled(False)

        self.earlier = QTextBrowser(self)
        self.earlier.setObjectName("earlierRevisions")
        self.earlier.setAccessibleName(self.tr("Earlier signed versions"))
        self.earlier.setOpenLinks(False)
        self.earlier.setVisible(False)

        self.sign_button = QPushButton(icon("sign"), self.tr("Si&gn…"), self)
        self.sign_button.setObjectName("signButton")
        self.sign_button.setToolTip(self.tr("Sign the note; it can then only be corrected "
                                            "(%1)").replace("%1", key_text("Ctrl+Return")))
        self.correct_button = QPushButton(icon("correct"), self.tr("&Correct"), self)
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setToolTip(self.tr("Write a correction; the signed text is kept"))
        self.measure_button = QPushButton(self.tr("&Measure…"), self)
        self.measure_button.setObjectName("measureButton")
        self.measure_button.setToolTip(self.tr("Enter PHQ-9, GAD-7 or an own scale for this "
                                               "session, item by item"))
        self.measure_button.setEnabled(False)
        self.measure_action = QAction(self.tr("Enter &measure…"), self)  # the Note menu's
        self.measure_action.setObjectName("measureAction")
        self.measure_action.setEnabled(False)
        self.discard_button = QPushButton(self.tr("&Discard correction"), self)
        self.discard_button.setObjectName("discardCorrectionButton")

        self.sign_action = QAction(icon("sign"), self.tr("Si&gn note…"), self)
        self.sign_action.setObjectName("signNoteAction")
        self.sign_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.save_action = QAction(self.tr("&Save note now"), self)
        self.save_action.setObjectName("saveNoteAction")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.insert_date_action = QAction(icon("clock"), self.tr("Insert &date and time"), self)
        self.insert_date_action.setObjectName("insertDateAction")
        self.insert_date_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.correct_action = QAction(icon("correct"), self.tr("&Correct signed note"), self)
        self.correct_action.setObjectName("correctNoteAction")
        self.correct_action.setShortcut(QKeySequence("Ctrl+Shift+E"))

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.state)
        head.addLayout(titles, 1)
        head.addWidget(self.saved)
        templates = QHBoxLayout()
        templates.addWidget(self.template_label)
        templates.addWidget(self.template, 1)
        templates.addWidget(self.last_headings_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.measure_button)
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.sign_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.text)
        split.addWidget(self.earlier)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(templates)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        set_reading_order([self.template, self.last_headings_button, self.text, self.earlier,
                           self.discard_button, self.measure_button, self.correct_button,
                           self.sign_button])

    def note_actions(self) -> list[QAction]:
        return [self.save_action, self.sign_action, self.correct_action,
                self.insert_date_action, self.last_headings_action, self.measure_action]
