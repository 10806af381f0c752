"""Outcome measures in the window: "Measure…" under the note opens the item-by-item dialog
for the open session; the client view shows each measure's chart and, until acknowledged, a
PHQ-9 answered above 0 on item 9 (thoughts of being better off dead or of self-harm).

The core scores, bands and flags (core/journal/measures.py); this controller asks it, shows
what it said and sends each write through the app's one write entry. The flag is shown the
moment the measure is saved, as a warning the practitioner must answer, and stays on the
client view until "Acknowledge" (a logged write)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QMessageBox

from journal_app.core.domain.measures import PHQ9_SELF_HARM_ITEM, Measure
from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import Change, ChangeKind
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.measure_dialog import MeasureDialog
from journal_app.ui.dialogs.scale_dialog import ScaleDialog
from journal_app.ui.formatting import format_date
from journal_app.ui.i18n import current_language
from journal_app.ui.modal import open_dialog, run_modal

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow


class MeasuresController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.controller
        self.dialog: MeasureDialog | None = None
        self.scale_dialog: ScaleDialog | None = None
        self.view = window.client_view
        self.editor = window.workspace.note_editor
        self.editor.measure_button.clicked.connect(self.open_dialog)
        self.editor.measure_action.triggered.connect(self.open_dialog)  # Note › Enter measure…
        self.view.acknowledge_flag.clicked.connect(self.acknowledge_shown)
        self.app.changed.connect(self._on_changed)
        self.app.locked.connect(self._forget)

    @property
    def _client_id(self) -> str | None:
        return self.window.workspace_controller.current_client_id

    @Slot()
    def _forget(self) -> None:
        self.dialog = self.scale_dialog = None

    # Entering a measure ----------------------------------------------------------------------

    @Slot()
    def open_dialog(self) -> None:
        notes = self.window.workspace_controller.notes
        session_id = notes.session_id
        # A signed note takes a measure only in a correction, from the button or the menu
        # (an unlock enables every menu entry before the reopened note says it is signed).
        if not self.app.is_unlocked or session_id is None or not notes.editable:
            return
        session = self.app.journal.session(session_id)
        dialog = MeasureDialog(self.app.journal.measure_scales(), current_language(),
                               format_date(session.start.date()), self.window)
        dialog.submitted.connect(lambda key, answers: self._save(dialog, session_id, key,
                                                                 answers))
        dialog.new_scale_button.clicked.connect(lambda: self.new_scale(dialog))
        self.dialog = dialog
        open_dialog(dialog)

    def new_scale(self, measure_dialog: MeasureDialog) -> None:
        dialog = ScaleDialog(measure_dialog)
        dialog.submitted.connect(
            lambda *typed: self._add_scale(dialog, measure_dialog, *typed))
        self.scale_dialog = dialog
        open_dialog(dialog)

    def _add_scale(self, dialog: ScaleDialog, measure_dialog: MeasureDialog, name: str,
                   low: str, high: str, low_label: str, high_label: str) -> None:
        try:  # as typed: the core refuses, naming the field, and stores nothing
            change = self.app.apply(lambda journal: journal.add_scale(
                name, low, high, low_label=low_label, high_label=high_label))
        except JournalError as exc:
            dialog.show_error(error_text(exc))
            return
        dialog.accept()
        self.scale_dialog = None
        if change.scale is not None:
            measure_dialog.add_scale(change.scale)

    def _save(self, dialog: MeasureDialog, session_id: str, key: str,
              answers: list[object]) -> None:
        try:
            change = self.app.apply(
                lambda journal: journal.record_measure(session_id, key, answers))
        except JournalError as exc:
            dialog.show_error(error_text(exc))  # the dialog stays open, nothing was stored
            return
        dialog.accept()
        self.dialog = None
        measure = change.measure
        if measure is not None and measure.flag_open:
            self.warn_flag(measure)

    def warn_flag(self, measure: Measure) -> None:
        """At once: item 9 answered above 0. Acknowledge now, or later from the client view."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("PHQ-9 item 9"),
                          self.flag_text(measure), QMessageBox.StandardButton.NoButton,
                          self.window)
        box.setObjectName("measureFlagWarning")
        # Mnemonics: answered with Alt+A or Alt+L as well as by a click (Escape is Later).
        acknowledge = box.addButton(self.tr("&Acknowledge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        run_modal(box)
        if box.clickedButton() is acknowledge:
            self._acknowledge(measure.id)

    def flag_text(self, measure: Measure) -> str:
        answer = measure.answers[PHQ9_SELF_HARM_ITEM - 1]
        return (self.tr("PHQ-9 item 9 (thoughts of being better off dead or of hurting "
                        "oneself) was answered %1 of 3 at the session of %2. Follow it up "
                        "with the client.")
                .replace("%1", str(answer))
                .replace("%2", format_date(
                    self.app.journal.session(measure.session_id).start.date())))

    # The client view -------------------------------------------------------------------------

    @Slot()
    def acknowledge_shown(self) -> None:
        client_id = self._client_id
        if client_id is None or not self.app.is_unlocked:
            return
        for measure in self.app.journal.open_measure_flags(client_id):
            self._acknowledge(measure.id)

    def _acknowledge(self, measure_id: str) -> None:
        try:
            self.app.apply(lambda journal: journal.acknowledge_measure_flag(measure_id))
        except JournalError as exc:
            self.window.statusBar().showMessage(error_text(exc), 8000)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.DRAFT_SAVED:
            return
        # A client being opened is not the current one until this write has returned.
        opened = change.kind is ChangeKind.CLIENT_OPENED
        self.refresh(change.client_id if opened else self._client_id)

    def refresh(self, client_id: str | None) -> None:
        if client_id is None or not self.app.is_unlocked:
            return
        journal = self.app.journal
        series = journal.measure_series(client_id)
        self.view.measure_chart.set_series(series, current_language())
        self.view.measures_label.setVisible(bool(series))
        self.view.measures_scroll.setVisible(bool(series))
        flags = journal.open_measure_flags(client_id)
        self.view.flag_box.setVisible(bool(flags))
        self.view.flag_label.setText("\n".join(self.flag_text(m) for m in flags))
