"""What the workspace shows: the open client and session, the add dialogs, and lock/unlock.

The views refresh from the app's one `changed(Change)` signal, whoever wrote; after its own
writes this controller only moves the keyboard on."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from journal_app.core.domain.models import (
    Client,
    NoteState,
    Package,
    PackageCompleted,
    Session,
    SessionStatus,
)
from journal_app.core.errors import JournalError, NotFound
from journal_app.core.journal.changes import Change
from journal_app.ui.controllers.client_choice import ClientChoice
from journal_app.ui.controllers.client_editing import ClientEditor
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.controllers.note_controller import Confirm, NoteController, ask
from journal_app.ui.controllers.package_adding import PackageAdder
from journal_app.ui.controllers.package_editing import PackageEditor
from journal_app.ui.controllers.search_panel import SearchController
from journal_app.ui.controllers.spelling_controller import SpellingController
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.client_dialog import ClientDialog
from journal_app.ui.dialogs.package_dialog import PackageDialog, SessionDialog
from journal_app.ui.invoice_text import package_invoices
from journal_app.ui.views.table_models import BACKING_ROLE
from journal_app.ui.views.workspace import Workspace

T = TypeVar("T")


def _fresh(get: Callable[[str], T], item_id: str) -> T | None:
    """The item as stored now; None when it is gone (erased)."""
    try:
        return get(item_id)
    except NotFound:
        return None


class WorkspaceController(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, workspace: Workspace, app: AppController, confirm: Confirm = ask) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.app = app
        self.notes = NoteController(workspace.note_editor, app, confirm)
        self.search = SearchController(workspace.client_list, app)
        self.spelling = SpellingController(app, self, lambda: self.current_client_id)
        self.note_spelling = self.spelling.attach_to_notes(workspace.note_editor.text,
                                                           self.notes.templates)
        self.client: Client | None = None
        self.client_editor = ClientEditor(workspace, app)
        self.package_editor = PackageEditor(workspace.client_view, app, confirm)
        self.package_editor.message.connect(self.message)
        self.adder = PackageAdder(workspace, app)
        self.choice = ClientChoice(workspace.client_list, lambda: self.current_client_id)
        self._resume: tuple[str | None, str | None] = (None, None)  # memory only, never disk
        self._refreshing = False
        self._connect_signals()
        self._enable_client_actions()

    def _connect_signals(self) -> None:
        panel, view = self.workspace.client_list, self.workspace.client_view
        self.choice.chosen.connect(self.open_client)
        panel.new_client.clicked.connect(self.new_client)
        panel.show_archived.toggled.connect(self.refresh_clients)
        view.edit_action.triggered.connect(self.edit_client)
        view.archive_action.triggered.connect(self.archive_client)
        view.add_package.clicked.connect(self.add_package)
        self.client_editor.saved.connect(self._client_saved)
        self.adder.packageAdded.connect(self._package_added)
        self.adder.sessionAdded.connect(self._session_added)
        self.adder.message.connect(self.message)
        view.add_session.clicked.connect(self.add_session)
        view.next_to_sign.clicked.connect(self.open_next_to_sign)
        view.sessions.selectionModel().currentRowChanged.connect(self._on_session_row)
        view.mark_held.clicked.connect(lambda: self.mark(SessionStatus.HELD))
        view.mark_cancelled.clicked.connect(lambda: self.mark(SessionStatus.CANCELLED))
        view.mark_late.clicked.connect(lambda: self.mark(SessionStatus.LATE_CANCELLED))
        view.mark_no_show.clicked.connect(lambda: self.mark(SessionStatus.NO_SHOW))
        self.search.openNote.connect(self.open_note)
        self.notes.message.connect(self.message)
        self.spelling.message.connect(self.message)
        self.app.unlocked.connect(self._on_unlocked)
        self.app.aboutToLock.connect(self._on_about_to_lock)
        self.app.locked.connect(self._on_locked)
        self.app.packageCompleted.connect(self._on_package_completed)
        self.app.changed.connect(self._on_changed)

    @property
    def current_client_id(self) -> str | None:
        return self.client.id if self.client else None

    # Clients -----------------------------------------------------------------------------------

    @Slot()
    def refresh_clients(self) -> None:
        panel = self.workspace.client_list
        archived = panel.show_archived.isChecked()
        read_at_unlock = self.app.take_clients_read_at_unlock()
        rows = read_at_unlock if read_at_unlock is not None and not archived \
            else self.app.journal.client_list(include_archived=archived)
        with self.choice.quiet():
            panel.model.set_rows(rows)
            panel.select_client(self.current_client_id)

    def open_client(self, client_id: str) -> bool:
        """Show one client; False (and a fresh list) when it is gone, e.g. just erased."""
        self.notes.save_now()
        try:  # recorded in the access log
            client = self.app.apply(lambda journal: journal.open_client(client_id)).client
        except NotFound:
            self.message.emit(self.tr("That client is no longer in the journal."))
            self._refresh_all()
            return False
        self.notes.clear()
        self.client = client
        self._show_client()
        self.workspace.show_client(True)
        self._enable_client_actions()
        return True

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        """Any write made through the app (AppController.apply). A draft saved again or a
        journal opened changes nothing the lists show: no refresh under the typing."""
        if change.affects_lists:
            self._refresh_all()

    def _refresh_all(self) -> None:
        """Show what the journal holds now (after an erase above all), and nothing of a client
        or note that is gone. A draft of an erased note is dropped, never saved."""
        if not self.app.is_unlocked:
            return
        journal = self.app.journal
        client_id, session_id = self.current_client_id, self.notes.session_id
        client = _fresh(journal.client, client_id) if client_id is not None else None
        if client_id is not None and client is None:
            self._forget_client()
        else:
            self.client = client
            if session_id is not None and _fresh(journal.session, session_id) is None:
                self.notes.clear()
        self.refresh_clients()
        if self.client is not None:
            self._show_client()
        if self.workspace.client_list.search.text().strip():
            self.search.run_now()  # hits of erased notes go

    def _forget_client(self) -> None:
        self.notes.clear()
        self.search.clear()
        self.workspace.client_view.clear()
        self.client = None
        self.workspace.show_client(False)
        self._enable_client_actions()

    def _show_client(self) -> None:
        client, view = self.client, self.workspace.client_view
        if client is None:
            return
        view.name.setText(client.name)  # plain text: see ClientView
        parts = [p for p in (client.id_number, client.phone, client.email) if p]
        if client.archived:
            parts.append(self.tr("archived"))
        view.details.setText(" · ".join(parts))
        view.archive_action.setText(self.tr("Un&archive client") if client.archived
                                    else self.tr("A&rchive client"))
        self._refresh_client_tables()

    def _refresh_client_tables(self) -> None:
        if self.client is None:
            return
        view = self.workspace.client_view
        packages = self.app.journal.packages_of(self.client.id)
        view.packages_model.set_rows(packages)
        view.packages_model.set_invoices(package_invoices(self.app.journal, self.client.id))
        view.next_to_sign.setVisible(any(p.notes_to_sign and not p.completed for p in packages))
        keep = self.notes.session_id
        self._refreshing = True
        try:
            view.sessions_model.set_rows(self.app.journal.sessions_of(client_id=self.client.id))
            row = view.sessions_model.row_for(keep) if keep else None
            if row is not None:
                view.sessions.setCurrentIndex(view.sessions_model.index(row, 0))
        finally:
            self._refreshing = False

    def _enable_client_actions(self) -> None:
        shown, view = self.client is not None, self.workspace.client_view
        view.actions_menu.setEnabled(shown)
        for action in view.actions_menu.actions():
            action.setEnabled(shown)

    # Dialogs -----------------------------------------------------------------------------------

    @Slot()
    def new_client(self) -> None:
        self.client_editor.open(None)

    @Slot()
    def edit_client(self) -> None:
        if self.client is not None:
            self.client_editor.open(self.client)

    @property
    def client_dialog(self) -> ClientDialog | None:
        return self.client_editor.dialog

    @Slot(object)
    def _client_saved(self, client: Client) -> None:
        """The list shows it already (`changed`); open it, and move the keyboard on."""
        self.client = None  # so selecting it below opens it freshly
        panel = self.workspace.client_list
        with self.choice.quiet():
            panel.select_client(None)
        if not panel.select_client(client.id) and panel.search.text():
            self.search.clear()  # the search hid it: the list must show the open client
        if not panel.select_client(client.id):
            self.open_client(client.id)  # archived and hidden: open it all the same
        self.message.emit(self.tr("Saved %1.").replace("%1", client.name))
        self.workspace.client_view.add_session.setFocus()

    @Slot()
    def archive_client(self) -> None:
        client = self.client
        if client is None:
            return
        try:  # the list and the view follow from `changed`
            self.app.apply(lambda journal: journal.set_archived(client.id, not client.archived))
        except JournalError as exc:
            self.message.emit(error_text(exc))

    @Slot()
    def add_package(self) -> None:
        self.adder.add_package(self.current_client_id)

    @Slot()
    def add_session(self) -> None:
        self.adder.add_session(self.current_client_id, self._chosen_package_id())

    @property
    def package_dialog(self) -> PackageDialog | None:
        return self.adder.package_dialog

    @property
    def session_dialog(self) -> SessionDialog | None:
        return self.adder.session_dialog

    def _chosen_package_id(self) -> str | None:
        """The package the practitioner pointed at: the selected package row, else the
        package of the selected session."""
        index = self.workspace.client_view.packages.currentIndex()
        package = index.data(BACKING_ROLE) if index.isValid() else None
        if isinstance(package, Package):
            return package.id
        session = self._selected_session()
        return session.package_id if session is not None else None

    @Slot()
    def _package_added(self) -> None:
        self.workspace.client_view.add_session.setFocus()

    @Slot(str)
    def _session_added(self, session_id: str) -> None:
        self.select_session(session_id)
        self.workspace.note_editor.text.setFocus()

    def mark(self, status: SessionStatus) -> None:
        session = self._selected_session()
        if session is None:
            self.message.emit(self.tr("Choose a session first."))
            return
        try:
            self.app.apply(lambda journal: journal.set_session_status(session.id, status))
        except JournalError as exc:
            self.message.emit(error_text(exc))
            return
        package = self.app.journal.package(session.package_id)
        if package.waiting_for_signatures:
            self.message.emit(self.tr(
                "All sessions of “%1” are held; %n note(s) to sign before it is completed.",
                None, package.notes_to_sign).replace("%1", package.name))

    @Slot()
    def open_next_to_sign(self) -> None:
        """Go straight to the earliest held session whose note is not signed."""
        if self.client is None:
            return
        waiting = [s for s in self.app.journal.sessions_of(client_id=self.client.id)
                   if s.status is SessionStatus.HELD and s.note_state is not NoteState.SIGNED]
        if waiting and self.select_session(waiting[0].id):
            self.workspace.note_editor.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # Sessions and notes ------------------------------------------------------------------------

    def _selected_session(self) -> Session | None:
        index = self.workspace.client_view.sessions.currentIndex()
        value = index.data(BACKING_ROLE) if index.isValid() else None
        return value if isinstance(value, Session) else None

    @Slot(QModelIndex, QModelIndex)
    def _on_session_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing or self.client is None:
            return
        session = current.data(BACKING_ROLE) if current.isValid() else None
        if isinstance(session, Session) and session.id != self.notes.session_id:
            self.notes.open_session(session, self.client.name)

    def select_session(self, session_id: str) -> bool:
        view = self.workspace.client_view
        row = view.sessions_model.row_for(session_id)
        if row is None:
            return False
        view.sessions.setCurrentIndex(view.sessions_model.index(row, 0))
        view.sessions.scrollTo(view.sessions_model.index(row, 0))
        return True

    @Slot(str, str)
    def open_note(self, client_id: str, session_id: str) -> None:
        if client_id != self.current_client_id:
            if not self.open_client(client_id):
                return
            self.workspace.client_list.select_client(client_id)
        if not self.select_session(session_id):
            return
        self.workspace.note_editor.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _on_package_completed(self, completed: PackageCompleted) -> None:
        text = self.tr("%1 has completed the package \"%2\".")
        self.message.emit(text.replace("%1", completed.client_name).replace("%2", completed.package_name))

    # Lock and unlock ---------------------------------------------------------------------------

    @Slot()
    def _on_about_to_lock(self) -> None:
        self.notes.save_now()
        self._resume = (self.current_client_id, self.notes.session_id)
        clipboard = QGuiApplication.clipboard()
        held = clipboard.text()
        if clipboard.ownsClipboard() or (held and held in self._visible_text()):
            clipboard.clear()

    def _visible_text(self) -> str:
        view = self.workspace.client_view
        parts = [self.workspace.note_editor.text.toPlainText(),
                 self.workspace.note_editor.earlier.toPlainText(),
                 view.name.text(), view.details.text()]
        parts += [c.name for c in self.workspace.client_list.model.rows()]
        if self.client is not None:
            parts += [self.client.address, self.client.free_text]
        return "\n".join(parts)

    @Slot()
    def _on_locked(self) -> None:
        # MainWindow closes every dialog at a lock (dialogs.close_for_lock).
        self.client_editor.dialog = None
        self.adder.forget_dialogs()
        self.notes.clear()
        self.search.clear()
        self.workspace.client_list.model.clear()
        self.workspace.client_view.clear()
        self.client = None
        self.workspace.show_client(False)
        self._enable_client_actions()

    def resume_at(self, client_id: str | None, session_id: str | None) -> None:
        self._resume = (client_id, session_id)  # a window built again keeps its place

    def resume_point(self) -> tuple[str | None, str | None]:
        return self._resume  # set at every lock

    @Slot()
    def _on_unlocked(self) -> None:
        self.refresh_clients()
        client_id, session_id = self._resume
        self._resume = (None, None)
        if client_id and self.workspace.client_list.select_client(client_id):
            if self.client is None:
                self.open_client(client_id)
            if session_id:
                self.select_session(session_id)
                self.workspace.note_editor.text.setFocus()
                return
        self.workspace.client_list.search.setFocus()
