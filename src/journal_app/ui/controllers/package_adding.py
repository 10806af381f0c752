"""Adding a package (samtalspaket) and adding a session to the open client, through their
dialogs. The write goes through the app's one write entry, which closes the dialog before the
views refresh from `changed`; what was added is then announced, and the workspace moves the
keyboard on."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from journal_app.core.domain.models import Package
from journal_app.core.errors import JournalError
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.dialogs.package_dialog import PackageDialog, SessionDialog, show_core_refusal
from journal_app.ui.modal import open_dialog


class PackageAdder(QObject):
    packageAdded = Signal()
    sessionAdded = Signal(str)  # the new session's id
    message = Signal(str)  # for the status bar

    def __init__(self, parent: QWidget, app: AppController) -> None:
        super().__init__(parent)
        self._parent = parent
        self.app = app
        self.package_dialog: PackageDialog | None = None
        self.session_dialog: SessionDialog | None = None

    def forget_dialogs(self) -> None:
        """At a lock: the window closes every dialog (dialogs.close_for_lock)."""
        self.package_dialog = self.session_dialog = None

    def add_package(self, client_id: str | None) -> None:
        if client_id is None:
            return
        dialog = PackageDialog(self.app.clock.now().astimezone().date(), self._parent)
        dialog.submitted.connect(lambda: self._save_package(dialog, client_id))
        dialog.finished.connect(dialog.deleteLater)
        self.package_dialog = dialog
        open_dialog(dialog)

    def _save_package(self, dialog: PackageDialog, client_id: str) -> None:
        fields = dialog.read()
        if fields is None:
            return
        try:
            added = self.app.apply(lambda journal: journal.add_package(
                client_id, name=fields.name, sessions_total=fields.sessions_total,
                purchased=fields.purchased, price_ore=fields.price_ore),
                before_announce=lambda _change: self._close(dialog))
            if fields.vat is not None:  # the package's own VAT, once it exists
                self.app.apply(lambda journal: journal.set_package_vat(added.package_id,
                                                                       fields.vat))
        except JournalError as exc:
            show_core_refusal(dialog, exc)
            return
        self.packageAdded.emit()

    def _close(self, dialog: PackageDialog | SessionDialog) -> None:
        dialog.accept()
        if dialog is self.package_dialog:
            self.package_dialog = None
        if dialog is self.session_dialog:
            self.session_dialog = None

    def add_session(self, client_id: str | None, preferred_package: str | None) -> None:
        if client_id is None:
            return
        open_packages = [p for p in self.app.journal.packages_of(client_id)
                         if not p.completed]
        if not open_packages:
            self.message.emit(self.tr("Add a package first: every session belongs to one."))
            self.add_package(client_id)
            return
        now = self.app.clock.now().astimezone().replace(tzinfo=None, second=0, microsecond=0)
        dialog = SessionDialog(open_packages, now, self._parent, preferred=preferred_package)
        dialog.submitted.connect(lambda: self._save_session(dialog, open_packages))
        dialog.finished.connect(dialog.deleteLater)
        self.session_dialog = dialog
        open_dialog(dialog)

    def _save_session(self, dialog: SessionDialog, packages: list[Package]) -> None:
        package_id = str(dialog.package.currentData() or packages[0].id)
        start = dialog.start_time()
        if start is None:
            return
        status = dialog.chosen_status()
        try:
            change = self.app.apply(lambda journal: journal.add_session(package_id, start, status),
                                    before_announce=lambda _change: self._close(dialog))
        except JournalError as exc:
            show_core_refusal(dialog, exc)
            return
        self.sessionAdded.emit(change.session.id)
