"""What the workspace shows: the open client and session, the add dialogs, and lock/unlock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from journal_app.core.errors import JournalError, NotFound
from journal_app.core.models import Client, Package, PackageCompleted, Session, SessionStatus
from journal_app.ui.client_dialog import ClientDialog
from journal_app.ui.client_editing import ClientEditor
from journal_app.ui.controller import AppController
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs import open_dialog
from journal_app.ui.note_controller import Confirm, NoteController, ask
from journal_app.ui.package_dialog import PackageDialog, SessionDialog, show_core_refusal
from journal_app.ui.package_editing import PackageEditor
from journal_app.ui.search_panel import SearchController
from journal_app.ui.table_models import BACKING_ROLE
from journal_app.ui.workspace import Workspace


def _exists(get: Callable[[str], object], item_id: str) -> bool:
    try:
        get(item_id)
    except NotFound:
        return False
    return True


class WorkspaceController(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, workspace: Workspace, app: AppController, confirm: Confirm = ask) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.app = app
        self.notes = NoteController(workspace.note_editor, app, confirm)
        self.search = SearchController(workspace.client_list, app)
        self.client: Client | None = None
        self.client_editor = ClientEditor(workspace, app)
        self.package_editor = PackageEditor(workspace.client_view, app, confirm)
        self.package_editor.saved.connect(self._after_write)
        self.package_editor.message.connect(self.message)
        self.package_dialog: PackageDialog | None = None
        self.session_dialog: SessionDialog | None = None
        self._resume: tuple[str | None, str | None] = (None, None)  # memory only, never disk
        self._refreshing = False
        self._connect_signals()
        self._enable_client_actions()

    def _connect_signals(self) -> None:
        panel, view = self.workspace.client_list, self.workspace.client_view
        # A client opens when a person chooses its row: a click or the arrow keys select it,
        # Enter or a double-click activate it. Focus alone only makes a row current.
        panel.table.selectionModel().selectionChanged.connect(self._on_client_selection)
        panel.table.clicked.connect(self._on_client_chosen)
        panel.table.activated.connect(self._on_client_chosen)
        panel.table.doubleClicked.connect(self._on_client_chosen)
        panel.proxy.layoutChanged.connect(self._highlight_open_client)
        panel.proxy.rowsInserted.connect(self._highlight_open_client)
        panel.new_client.clicked.connect(self.new_client)
        panel.show_archived.toggled.connect(self.refresh_clients)
        view.edit_action.triggered.connect(self.edit_client)
        view.archive_action.triggered.connect(self.archive_client)
        view.add_package.clicked.connect(self.add_package)
        self.client_editor.saved.connect(self._client_saved)
        view.add_session.clicked.connect(self.add_session)
        view.sessions.selectionModel().currentRowChanged.connect(self._on_session_row)
        view.mark_held.clicked.connect(lambda: self.mark(SessionStatus.HELD))
        view.mark_cancelled.clicked.connect(lambda: self.mark(SessionStatus.CANCELLED))
        view.mark_late.clicked.connect(lambda: self.mark(SessionStatus.LATE_CANCELLED))
        view.mark_no_show.clicked.connect(lambda: self.mark(SessionStatus.NO_SHOW))
        self.search.openNote.connect(self.open_note)
        self.notes.noteChanged.connect(lambda _session_id: self._after_write())
        self.notes.message.connect(self.message)
        self.app.unlocked.connect(self._on_unlocked)
        self.app.aboutToLock.connect(self._on_about_to_lock)
        self.app.locked.connect(self._on_locked)
        self.app.packageCompleted.connect(self._on_package_completed)
        self.app.journalChanged.connect(self._on_journal_changed)

    @property
    def current_client_id(self) -> str | None:
        return self.client.id if self.client else None

    # Clients -----------------------------------------------------------------------------------

    @Slot()
    def refresh_clients(self) -> None:
        panel = self.workspace.client_list
        keep = self.current_client_id
        self._refreshing = True
        try:
            panel.model.set_rows(self.app.journal.client_list(
                include_archived=panel.show_archived.isChecked()))
            panel.select_client(keep)
        finally:
            self._refreshing = False

    @Slot()
    def _on_client_selection(self) -> None:
        if not self._refreshing:
            chosen = self.workspace.client_list.chosen_client()
            if chosen is not None:
                self._open_chosen(chosen.id)

    @Slot(QModelIndex)
    def _on_client_chosen(self, index: QModelIndex) -> None:
        panel = self.workspace.client_list
        chosen = panel.client_at(index)
        if chosen is None:
            return
        if chosen.id == self.current_client_id:
            self._highlight_open_client()  # Enter on the open client's current row
        else:
            self._open_chosen(chosen.id)

    def _open_chosen(self, client_id: str) -> None:
        """Open (and log) the chosen client; the list highlights whichever client is open
        afterwards, so the highlighted row and the open journal never disagree."""
        if client_id != self.current_client_id:
            self.open_client(client_id)
        self._highlight_open_client()

    @Slot()
    def _highlight_open_client(self) -> None:
        panel = self.workspace.client_list
        chosen = panel.chosen_client()
        if chosen is not None and chosen.id == self.current_client_id:
            return
        self._refreshing = True
        try:
            panel.select_client(self.current_client_id)
        finally:
            self._refreshing = False

    def open_client(self, client_id: str) -> bool:
        """Show one client; False (and a fresh list) when it is gone, e.g. just erased."""
        self.notes.save_now()
        try:
            self.app.journal.open_client(client_id)  # recorded in the access log
            client = self.app.journal.clients.get(client_id)
        except NotFound:
            self.message.emit(self.tr("That client is no longer in the journal."))
            self._on_journal_changed()
            return False
        self.notes.clear()
        self.client = client
        self._show_client()
        self.workspace.show_client(True)
        self._enable_client_actions()
        return True

    @Slot()
    def _on_journal_changed(self) -> None:
        """Any write (an erase above all): show what the journal holds now, and nothing of a
        client or note that is gone. A draft of an erased note is dropped, never saved."""
        if not self.app.is_unlocked:
            return
        journal = self.app.journal
        client_id, session_id = self.current_client_id, self.notes.session_id
        if client_id is not None and not _exists(journal.clients.get, client_id):
            self._forget_client()
        elif session_id is not None and not _exists(journal.packages.get_session, session_id):
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
        view.packages_model.set_rows(self.app.journal.packages.for_client(self.client.id))
        keep = self.notes.session_id
        self._refreshing = True
        try:
            view.sessions_model.set_rows(
                self.app.journal.packages.sessions(client_id=self.client.id))
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
        self.client = None  # so selecting it below opens it freshly
        self.refresh_clients()
        panel = self.workspace.client_list
        if not panel.select_client(client.id) and panel.search.text():
            self.search.clear()  # the search hid it: the list must show the open client
        if not panel.select_client(client.id):
            self.open_client(client.id)  # archived and hidden: open it all the same
        self.message.emit(self.tr("Saved %1.").replace("%1", client.name))
        self.workspace.client_view.add_session.setFocus()

    @Slot()
    def archive_client(self) -> None:
        if self.client is None:
            return
        try:
            self.client = self.app.journal.clients.set_archived(
                self.client.id, not self.client.archived)
        except JournalError as exc:
            self.message.emit(error_text(exc))
            return
        self.refresh_clients()
        self._show_client()

    @Slot()
    def add_package(self) -> None:
        if self.client is None:
            return
        dialog = PackageDialog(self.app.clock.now().astimezone().date(), self.workspace)
        dialog.submitted.connect(lambda: self._save_package(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.package_dialog = dialog
        open_dialog(dialog)

    def _save_package(self, dialog: PackageDialog) -> None:
        assert self.client is not None
        fields = dialog.read()
        if fields is None:
            return
        try:
            self.app.journal.packages.add(
                self.client.id, name=fields.name, sessions_total=fields.sessions_total,
                purchased=fields.purchased, price_ore=fields.price_ore)
        except JournalError as exc:
            show_core_refusal(dialog, exc)
            return
        dialog.accept()
        self.package_dialog = None
        self._after_write()
        self.workspace.client_view.add_session.setFocus()

    @Slot()
    def add_session(self) -> None:
        if self.client is None:
            return
        open_packages = [p for p in self.app.journal.packages.for_client(self.client.id)
                         if not p.completed]
        if not open_packages:
            self.message.emit(self.tr("Add a package first: every session belongs to one."))
            self.add_package()
            return
        now = self.app.clock.now().astimezone().replace(tzinfo=None, second=0, microsecond=0)
        dialog = SessionDialog(open_packages, now, self.workspace,
                               preferred=self._chosen_package_id())
        dialog.submitted.connect(lambda: self._save_session(dialog, open_packages))
        dialog.finished.connect(dialog.deleteLater)
        self.session_dialog = dialog
        open_dialog(dialog)

    def _chosen_package_id(self) -> str | None:
        """The package the practitioner pointed at: the selected package row, else the
        package of the selected session."""
        index = self.workspace.client_view.packages.currentIndex()
        package = index.data(BACKING_ROLE) if index.isValid() else None
        if isinstance(package, Package):
            return package.id
        session = self._selected_session()
        return session.package_id if session is not None else None

    def _save_session(self, dialog: SessionDialog, packages: list[Package]) -> None:
        package_id = str(dialog.package.currentData() or packages[0].id)
        start = dialog.start_time()
        if start is None:
            return
        try:
            session = self.app.journal.packages.add_session(
                package_id, start, dialog.chosen_status())
        except JournalError as exc:
            show_core_refusal(dialog, exc)
            return
        dialog.accept()
        self.session_dialog = None
        self._after_write()
        self.select_session(session.id)
        self.workspace.note_editor.text.setFocus()

    def mark(self, status: SessionStatus) -> None:
        session = self._selected_session()
        if session is None:
            self.message.emit(self.tr("Choose a session first."))
            return
        try:
            self.app.set_session_status(session.id, status)
        except JournalError as exc:
            self.message.emit(error_text(exc))
            return
        self._after_write()

    def _after_write(self) -> None:
        self.refresh_clients()
        self._refresh_client_tables()

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
        self.client_editor.dialog = self.package_dialog = self.session_dialog = None
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
