"""The new/edit client dialog's controller: explains a refused identity number while it is
typed, and saves through the app's one write entry (the dialog closes before the views
refresh). The workspace controller opens the client it emits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from journal_app.core.domain.identity import IdentityError, parse_identity
from journal_app.core.domain.models import Client
from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.journal.changes import ClientChange
from journal_app.core.journal.facade import Journal
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.client_dialog import ClientDialog
from journal_app.ui.formatting import identity_reason
from journal_app.ui.modal import open_dialog


class ClientEditor(QObject):
    saved = Signal(object)  # the Client as stored

    def __init__(self, parent: QWidget, app: AppController) -> None:
        super().__init__(parent)
        self._parent = parent
        self.app = app
        self.dialog: ClientDialog | None = None

    def open(self, client: Client | None) -> None:
        dialog = ClientDialog(client, self._parent)
        dialog.submitted.connect(lambda fields: self._save(dialog, fields))
        dialog.id_number.textChanged.connect(lambda text: self.check_id(dialog, text))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        open_dialog(dialog)
        dialog.name.setFocus()

    def check_id(self, dialog: ClientDialog, text: str) -> str | None:
        """Explain a refused identity number while it is typed; None when it is fine."""
        if not text.strip():
            dialog.id_hint.setText("")
            return None
        try:
            number = parse_identity(text, today=self.app.clock.now().date())
        except IdentityError as exc:
            reason = identity_reason(exc.code, text)
            dialog.id_hint.setText(reason)
            return reason
        dialog.id_hint.setText(self.tr("Valid %1: %2").replace("%1", str(number.kind)).replace(
            "%2", number.normalised))
        return None

    def _save(self, dialog: ClientDialog, fields: dict[str, str]) -> None:
        if not fields["name"].strip():
            dialog.show_error(self.tr("Write the client's name."), dialog.name)
            return
        if self.check_id(dialog, fields["id_number"]) is not None:
            dialog.show_error("", dialog.id_number)  # the hint under the field says why
            return
        editing = dialog.client

        def write(journal: Journal) -> ClientChange:
            if editing is None:
                return journal.add_client(
                    fields["name"], id_number=fields["id_number"], email=fields["email"],
                    phone=fields["phone"], address=fields["address"],
                    free_text=fields["free_text"])
            return journal.update_client(editing.id, **fields)

        try:
            change = self.app.apply(write, before_announce=lambda _change: self._close(dialog))
        except JournalError as exc:
            field = exc.field if isinstance(exc, InvalidInput) else None
            dialog.show_error(error_text(exc), getattr(dialog, field, None) if field else None)
            return
        self.saved.emit(change.client)

    def _close(self, dialog: ClientDialog) -> None:
        dialog.accept()
        self.dialog = None
