"""The practitioner's note templates: the built-in ones (read-only; "New" starts an own
template from the one selected) and their own, made, renamed, rewritten and deleted here, each
with the language its notes are written (and spell-checked) in, and the default that new notes
start from. The dialog only shows and collects; TemplatesActions
(ui/controllers/templates_actions.py) sends each write through the app's one write entry and a
refusal, naming the field, is shown here with nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from journal_app.core.domain.templates import NoteTemplate
from journal_app.ui.accessibility import set_reading_order
from journal_app.ui.theme import colour, keep_coloured
from journal_app.ui.views.item_list import ItemList, lay_out_list_and_form

NEW = ""  # the id of the template being made, not yet saved


class TemplatesDialog(QDialog):
    save_requested = Signal(str, str, str, str)  # id (NEW for a new one), name, headings,
    # the notes' language ("" the app's, "sv", "en")
    delete_requested = Signal(str)
    default_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Note templates"))
        self.templates: list[NoteTemplate] = []
        self.default_id = ""
        self.editing = NEW
        self.list = ItemList(self)
        self.list.setObjectName("templatesList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.language = QComboBox(self)
        self.language.setObjectName("templateLanguage")
        self.language.setAccessibleName(self.tr("Language of the notes"))
        self.language.setToolTip(self.tr("Notes started from this template are spell-checked "
                                         "in this language"))
        self.language.addItem(self.tr("The app's language"), "")
        self.language.addItem("Svenska", "sv")  # each language by its own name
        self.language.addItem("English", "en")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("One heading per line"))
        self.body.setMinimumHeight(180)
        self.state = QLabel(self)
        self.state.setObjectName("templateState")
        self.state.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("templatesError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        keep_coloured(self.error, lambda: self.error.setStyleSheet(
            f"color: {colour('error_text').name()};"))
        self.error.setVisible(False)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.new_button.setObjectName("newTemplateButton")
        self.new_button.setToolTip(self.tr("A new own template, starting from the one selected"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveTemplateButton")
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteTemplateButton")
        self.default_button = QPushButton(self.tr("Use as de&fault"), self)
        self.default_button.setObjectName("defaultTemplateButton")
        self.default_button.setToolTip(self.tr("New notes start from this template"))
        # Enter in a field saves it; it never starts a new one or deletes.
        self.new_button.setAutoDefault(False)
        self.delete_button.setAutoDefault(False)
        self.default_button.setAutoDefault(False)
        self.save_button.setDefault(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("&Language of the notes:"), self.language)
        form.addRow(self.tr("&Headings:"), self.body)
        buttons = [self.new_button, self.save_button, self.delete_button, self.default_button]
        lay_out_list_and_form(self, self.list, form, [self.state, self.error], buttons, close)
        set_reading_order([self.list, self.name, self.language, self.body, *buttons, close])
        self.resize(720, 420)

        self.list.row_chosen.connect(self._show_row)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(
            lambda: self.save_requested.emit(self.editing, self.name.text(),
                                             self.body.toPlainText(),
                                             str(self.language.currentData())))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.editing))
        self.default_button.clicked.connect(lambda: self.default_requested.emit(self.editing))

    def set_templates(self, templates: list[NoteTemplate], default_id: str,
                      select: str | None = None) -> None:
        """Show the list; keep (or move to) the template `select`."""
        keep = select if select is not None else self.editing
        self.templates, self.default_id = templates, default_id
        lines = []
        for template in templates:
            label = template.name
            if template.builtin:
                label += " " + self.tr("(built in)")
            if template.id == default_id:
                label += " " + self.tr("– default")
            lines.append(label)
        self.list.set_lines(lines)
        row = next((i for i, t in enumerate(templates) if t.id == keep), None)
        if row is None:
            row = next((i for i, t in enumerate(templates) if t.id == default_id), 0)
        self.list.set_current_row(row)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        template = self.templates[row]
        self.editing = template.id
        self.name.setText(template.name)
        self.body.setPlainText(template.body)
        self.language.setCurrentIndex(max(0, self.language.findData(template.language)))
        for field in (self.name, self.body):
            field.setReadOnly(template.builtin)
        self.language.setEnabled(not template.builtin)  # a built-in one's is fixed
        self.save_button.setEnabled(not template.builtin)
        self.delete_button.setEnabled(not template.builtin and template.id != self.default_id)
        self.default_button.setEnabled(template.id != self.default_id)
        self.state.setText(self.tr("A built-in template cannot be changed; New makes an own "
                                   "template from it.") if template.builtin else "")
        self.clear_error()

    def start_new(self) -> None:
        """A new own template, with the headings of the one selected to start from."""
        self.list.clear_choice()
        self.editing = NEW
        for field in (self.name, self.body):
            field.setReadOnly(False)
        self.language.setEnabled(True)  # keeps the language of the one started from
        self.name.clear()
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.default_button.setEnabled(False)
        self.state.setText(self.tr("New template: give it a name and its headings, then Save."))
        self.clear_error()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
