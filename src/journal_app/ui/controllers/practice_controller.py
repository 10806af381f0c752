"""Practice details: fills the dialog from the vault and saves what changed through the app's
one write entry. The core checks every value and stores it as typed, or refuses it naming the
field (nothing is stored then); the refusal is shown in the person's language with the field's
own label, and the cursor goes to that field."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.messages import render
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.practice_dialog import PracticeDialog, as_texts
from journal_app.ui.i18n import current_language

FIELD_PREFIX = "practice."


def refusal_text(error: JournalError, labels: dict[str, str]) -> str:
    """The core's sentence, with the field called by the label the person sees."""
    name = error.fields.get("name")
    if isinstance(name, str) and name in labels:
        return render(error.code, {**error.fields, "name": labels[name]}, current_language())
    return error_text(error)


class PracticeController(QObject):
    saved = Signal()

    def __init__(self, dialog: PracticeDialog, app: AppController) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.app = app
        self._stored = as_texts(app.journal.practice())
        dialog.show_details(app.journal.practice())
        dialog.buttons.accepted.connect(self.save)

    def changed_values(self) -> dict[str, str]:
        """Only what the person changed: a detail left alone is not written again (the
        number series, once started, cannot be set at all)."""
        return {name: value for name, value in self.dialog.typed().items()
                if value != self._stored.get(name)}

    @Slot()
    def save(self) -> None:
        values = self.changed_values()
        if not values:
            self.dialog.accept()
            return
        try:
            self.app.apply(lambda journal: journal.update_practice(values))
        except JournalError as exc:
            self._refused(exc)
            return
        self.saved.emit()
        self.dialog.accept()

    def _refused(self, exc: JournalError) -> None:
        d = self.dialog
        d.error.setText(refusal_text(exc, d.labels))
        field = (exc.field or "") if isinstance(exc, InvalidInput) else ""
        name = field[len(FIELD_PREFIX):] if field.startswith(FIELD_PREFIX) else ""
        widget = d.fields.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.selectAll()
