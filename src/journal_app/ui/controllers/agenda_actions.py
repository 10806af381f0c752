"""The agenda in the window: Go > Agenda (Ctrl+5) opens the planned sessions of the week (or a
day) across all clients; a click on a session opens its client and note; "Export to
calendar…" writes the .ics feed; the agenda can open by itself after each unlock.

The core decides what the agenda holds and what an event says (core/journal/agenda.py); this
controller asks it, shows it, and sends each settings write through the app's one write entry.
Names go into the feed only after the practitioner confirms a warning that the file leaves
the vault unencrypted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence

from journal_app.core.domain.agenda import NamesInFeed, week_of
from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import Change
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.agenda_dialog import AgendaDialog, day_title
from journal_app.ui.dialogs.calendar_feed_dialog import CalendarFeedDialog
from journal_app.ui.formatting import format_date
from journal_app.ui.i18n import current_language
from journal_app.ui.modal import ask_yes_no, choose_path, documents_path, open_dialog, warn
from journal_app.ui.tasks import run_task

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow


class AgendaActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.controller
        self.confirm = ask_yes_no  # tests replace it; a modal question would block them
        self.dialog: AgendaDialog | None = None
        self.feed_dialog: CalendarFeedDialog | None = None
        self.first_day: dt.date | None = None
        self.week = True
        self.agenda_action = QAction(self.tr("&Agenda"), window)
        self.agenda_action.setObjectName("goAgendaAction")
        self.agenda_action.setShortcut(QKeySequence("Ctrl+5"))
        window.add_go_action(self.agenda_action)
        self.agenda_action.triggered.connect(self.open_agenda)
        self.app.unlocked.connect(self._after_unlock)
        self.app.locked.connect(self._forget)
        self.app.changed.connect(self._on_changed)

    @Slot()
    def _forget(self) -> None:
        """A lock closed every dialog (modal.close_for_lock)."""
        self.dialog = self.feed_dialog = None
        self.first_day = None

    @Slot()
    def _after_unlock(self) -> None:
        if self.app.journal.agenda_settings().show_after_unlock:
            QTimer.singleShot(0, self.open_agenda)  # after the window has shown the workspace

    # The agenda ------------------------------------------------------------------------------

    @Slot()
    def open_agenda(self) -> None:
        # A disabled action (locked, or in-session mode) also stops the after-unlock opening.
        if not self.app.is_unlocked or self.dialog is not None \
                or not self.agenda_action.isEnabled():
            return
        dialog = AgendaDialog(self.window)
        self.dialog = dialog
        dialog.show_after_unlock.setChecked(self.app.journal.agenda_settings().show_after_unlock)
        dialog.show_week.setChecked(self.week)
        dialog.show_day.setChecked(not self.week)
        dialog.span.buttonClicked.connect(self._span_chosen)
        dialog.previous.clicked.connect(lambda: self._move(-1))
        dialog.next.clicked.connect(lambda: self._move(1))
        dialog.today.clicked.connect(self._to_today)
        dialog.table.cellClicked.connect(self._clicked)
        dialog.table.cellActivated.connect(self._clicked)  # Enter on a row, without a mouse
        dialog.export.clicked.connect(self.export_feed)
        dialog.show_after_unlock.toggled.connect(self._set_show_after_unlock)
        dialog.finished.connect(self._closed)
        self.refresh()
        open_dialog(dialog)

    @Slot()
    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _start(self) -> dt.date:
        if self.first_day is None:
            self.first_day = self.app.journal.today()
        return week_of(self.first_day) if self.week else self.first_day

    @Slot()
    def refresh(self) -> None:
        if self.dialog is None or not self.app.is_unlocked:
            return
        first = self._start()
        agenda = self.app.journal.agenda(first, 7 if self.week else 1,
                                         language=current_language())
        if self.week:
            title = self.tr("Week %1: %2 – %3").replace(
                "%1", str(first.isocalendar().week)).replace("%2", format_date(first)).replace(
                "%3", format_date(first + dt.timedelta(days=6)))
        else:
            title = day_title(agenda, 0)
        self.dialog.show_agenda(agenda, title)

    @Slot()
    def _span_chosen(self) -> None:
        if self.dialog is not None:
            self.week = self.dialog.show_week.isChecked()
            self.refresh()

    def _move(self, step: int) -> None:
        self.first_day = self._start() + dt.timedelta(days=step * (7 if self.week else 1))
        self.refresh()

    @Slot()
    def _to_today(self) -> None:
        self.first_day = None
        self.refresh()

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.affects_lists:
            self.refresh()

    @Slot(int, int)
    def _clicked(self, row: int, _column: int) -> None:
        """A session: close the agenda, open its client and the session's note."""
        if self.dialog is None or (entry := self.dialog.entry_at(row)) is None:
            return
        self.dialog.accept()
        self.window.workspace_controller.open_note(entry.client_id, entry.session_id)

    @Slot(bool)
    def _set_show_after_unlock(self, checked: bool) -> None:
        try:
            self.app.apply(lambda journal: journal.update_agenda_settings(
                show_after_unlock=checked))
        except JournalError as exc:
            self._say(error_text(exc))

    def _say(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.message.setText(text)
        self.window.show_message(text)

    # The calendar feed -----------------------------------------------------------------------

    @Slot()
    def export_feed(self) -> None:
        if not self.app.is_unlocked:
            return
        parent = self.dialog if self.dialog is not None else self.window
        dialog = CalendarFeedDialog(self.app.journal.agenda_settings(), parent)
        self.feed_dialog = dialog
        dialog.accepted.connect(lambda: self._feed_chosen(dialog))
        dialog.finished.connect(dialog.deleteLater)
        open_dialog(dialog)

    def _feed_chosen(self, dialog: CalendarFeedDialog) -> None:
        self.feed_dialog = None
        parent = self.dialog if self.dialog is not None else self.window
        names = dialog.chosen_names()
        if names is not NamesInFeed.NONE and not self.confirm(
                parent, self.tr("Names in the calendar file"),
                self.tr("The calendar file leaves the vault unencrypted: your phone, its backups"
                        " and any calendar service it syncs with will hold the clients' %1."
                        " Put them in the file?").replace(
                    "%1", self.tr("initials") if names is NamesInFeed.INITIALS
                    else self.tr("names"))):
            return
        word, minutes = dialog.word.text(), dialog.minutes.value()
        try:
            self.app.apply(lambda journal: journal.update_agenda_settings(
                event_word=word, duration_minutes=minutes, names=names))
        except JournalError as exc:
            warn(parent, self.tr("Export to calendar"), error_text(exc))
            return
        chosen = choose_path(parent, self.tr("Save the calendar file"),
                             str(documents_path("agenda.ics")),
                             self.tr("Calendar files (*.ics)"))
        if not chosen or not self.app.is_unlocked:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".ics")
        from journal_app.export.calendar_feed import export_calendar  # icalendar: on first use

        journal = self.app.journal
        run_task(lambda: export_calendar(journal, target),
                 lambda count: self._exported(target, count), self._export_failed)

    def _exported(self, target: Path, count: Any) -> None:
        self._say(self.tr("Saved %1 (%n session(s)). The file is not encrypted.", "",
                          int(count)).replace("%1", str(target)))

    def _export_failed(self, reason: str) -> None:
        self._say(self.tr("The calendar file was not written: %1").replace("%1", reason))
