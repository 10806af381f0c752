"""Correcting a running package (a mistyped size, name, date or price) and removing one added
by mistake, from the client view: a double-click on the package, or "Edit package…".

Each write goes through the app's one write entry, and the dialog closes between the write and
the app's signals (`before_announce`): a smaller size can complete the package, and the erase
prompt that follows must not open under this dialog; it then has the keyboard."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QWidget

from journal_app.core.domain.models import Package
from journal_app.core.errors import JournalError
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.dialogs.package_dialog import PackageDialog, show_core_refusal
from journal_app.ui.modal import ask_yes_no, open_dialog
from journal_app.ui.views.client_view import ClientView
from journal_app.ui.views.table_models import BACKING_ROLE


class PackageEditor(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, view: ClientView, app: AppController,
                 confirm: Callable[[QWidget, str, str], bool] = ask_yes_no) -> None:
        super().__init__(view)
        self._parent = view
        self.app = app
        self.confirm = confirm  # tests replace it; a modal question would block them
        self.dialog: PackageDialog | None = None
        view.packages.doubleClicked.connect(self._open_index)
        view.edit_package_action.triggered.connect(
            lambda: self._open_index(view.packages.currentIndex()))
        app.locked.connect(self._on_locked)

    def _open_index(self, index: QModelIndex) -> None:
        package = index.data(BACKING_ROLE) if index.isValid() else None
        if isinstance(package, Package):
            self.open(package)
        else:
            self.message.emit(self.tr("Choose a package first."))

    def _on_locked(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        self.dialog = None

    def open(self, package: Package) -> None:
        if package.completed:
            self.message.emit(self.tr("A completed package can no longer change."))
            return
        removable = not self.app.journal.sessions_of(package_id=package.id)
        today = self.app.clock.now().astimezone().date()
        vat = self.app.journal.package_vat_overrides().get(package.id)
        dialog = PackageDialog(today, self._parent, package=package, removable=removable,
                               vat=vat)
        dialog.submitted.connect(lambda: self._save(dialog))
        dialog.removeRequested.connect(lambda: self._remove(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        open_dialog(dialog)
        dialog.sessions.setFocus()

    def _save(self, dialog: PackageDialog) -> None:
        assert dialog.package is not None
        fields = dialog.read()
        if fields is None:
            return
        package_id = dialog.package.id
        try:
            # The dialog closes first: a completion opens the erase prompt, which takes the
            # keyboard (and its status line follows "Package saved.").
            self.app.apply(lambda journal: journal.update_package(
                package_id, name=fields.name, sessions_total=fields.sessions_total,
                purchased=fields.purchased, price_ore=fields.price_ore),
                before_announce=lambda _change: self._done(dialog, self.tr("Package saved.")))
            if fields.vat != self.app.journal.package_vat_overrides().get(package_id):
                self.app.apply(lambda journal: journal.set_package_vat(package_id, fields.vat))
        except JournalError as exc:
            show_core_refusal(dialog, exc)

    def _remove(self, dialog: PackageDialog) -> None:
        assert dialog.package is not None
        if not self.confirm(self._parent, self.tr("Remove package"),
                            self.tr("Remove the package “%1”? It has no sessions.").replace(
                                "%1", dialog.package.name)):
            return
        if not self.app.is_unlocked:  # locked while the question was up
            return
        package_id = dialog.package.id
        try:
            self.app.apply(lambda journal: journal.remove_package(package_id),
                           before_announce=lambda _change: self._done(
                               dialog, self.tr("Package removed.")))
        except JournalError as exc:
            show_core_refusal(dialog, exc)

    def _done(self, dialog: PackageDialog, said: str) -> None:
        dialog.accept()
        self.dialog = None
        self.message.emit(said)
