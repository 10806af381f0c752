"""The journal card in the window (PDL 3 kap 6 §): "Journal card…" in the client view and the
Client menu (Ctrl+Shift+J) opens the open client's card; each part is saved a moment after
typing stops, when focus leaves a field, when the dialog closes and before a lock, and is
signed, corrected or its correction discarded as a note is. The client view tells, in words a
screen reader reads too, when the treatment plan's planned evaluation date has passed.

Every write goes through the app's one write entry (AppController.apply); what is due (the
passed date) is decided by the core (`Journal.journal_card`)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from journal_app.core.domain.card import CardEntry, CardPart, CardRevision
from journal_app.core.domain.models import NoteState
from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import Change, ChangeKind
from journal_app.ui.controllers.note_controller import AUTOSAVE_MS
from journal_app.ui.controllers.note_templates import template_language
from journal_app.ui.core_messages import error_text
from journal_app.ui.dialogs.journal_card_dialog import CardPartPage, JournalCardDialog
from journal_app.ui.formatting import format_date, format_datetime, format_time
from journal_app.ui.modal import open_dialog

if TYPE_CHECKING:
    from journal_app.ui.main_window import MainWindow


class JournalCardController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.app = window.controller
        self.view = window.client_view
        self.dialog: JournalCardDialog | None = None
        # The window's own questions and warnings (tests answer them without a dialog).
        self.confirm = window.workspace_controller.notes.confirm
        self.tell = window.workspace_controller.notes.tell
        self.client_id: str | None = None
        self.entries: dict[CardPart, CardEntry | None] = {}
        self._dirty: set[CardPart] = set()
        self._loading = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.action = QAction(self.tr("&Journal card…"), window)
        self.action.setObjectName("journalCardAction")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.action.setToolTip(self.tr("The client's background, assessment, treatment plan, "
                                       "information and declined care (Ctrl+Shift+J)"))
        window.add_go_action(self.action, into=window.client_menu)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.action.triggered.connect(self.open_card)
        self.view.journal_card_button.clicked.connect(self.open_card)
        self.autosave_timer.timeout.connect(self.save_all)
        self.app.changed.connect(self._on_changed)
        self.app.aboutToLock.connect(self._before_lock)
        self.app.locked.connect(self._forget)
        self.window.workspace_controller.search.openClient.connect(self.open_from_search)

    # The client view's notice ----------------------------------------------------------------

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.DRAFT_SAVED:
            return
        opened = change.kind is ChangeKind.CLIENT_OPENED  # not current until this returns
        client_id = change.client_id if opened else \
            self.window.workspace_controller.current_client_id
        self.show_overdue(client_id)

    def show_overdue(self, client_id: str | None) -> None:
        box, label = self.view.evaluation_box, self.view.evaluation_label
        if client_id is None or not self.app.is_unlocked:
            box.setVisible(False)
            return
        try:
            overdue = self.app.journal.journal_card(client_id).evaluation_overdue
        except JournalError:  # the client was erased meanwhile
            overdue = None
        if overdue is None:
            label.clear()
            box.setVisible(False)
            return
        text = self.tr("The treatment plan's planned evaluation (%1) has passed: evaluate "
                       "the care and update the plan.").replace("%1", format_date(overdue))
        label.setText(text)
        label.setAccessibleName(text)  # read whole by a screen reader, not as "label"
        box.setAccessibleName(text)
        box.setVisible(True)

    # Opening ---------------------------------------------------------------------------------

    @Slot(str)
    def open_from_search(self, client_id: str) -> None:
        """A journal card part found by search: its client, then the card."""
        workspace = self.window.workspace_controller
        if client_id != workspace.current_client_id:
            if not workspace.open_client(client_id):
                return
            self.window.workspace.client_list.select_client(client_id)
        self.open_card()

    @Slot()
    def open_card(self) -> None:
        client_id = self.window.workspace_controller.current_client_id
        if client_id is None or not self.app.is_unlocked:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        client = self.app.journal.client(client_id)
        dialog = JournalCardDialog(client.name, self.window)
        self.dialog, self.client_id = dialog, client_id
        self._dirty.clear()
        card = self.app.journal.journal_card(client_id)
        spelling = self.window.workspace_controller.spelling
        # The card is written in the practice's language: its default template's, if it says one.
        default = self.app.journal.default_template()
        language = template_language(default.id, (default,))
        for part, page in dialog.pages.items():
            self.entries[part] = card.get(part)
            self._load(page)
            self._connect_page(page)
            for field in page.fields():  # the card's texts are checked as notes are
                if isinstance(field, QPlainTextEdit):
                    spelling.attach(field, language=lambda: language)
        dialog.before_close = self._may_close
        dialog.finished.connect(self._closed)
        dialog.finished.connect(dialog.deleteLater)  # its texts leave memory with it
        open_dialog(dialog)
        dialog.pages[CardPart.BACKGROUND].fields()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_page(self, page: CardPartPage) -> None:
        part = page.part
        for field in page.fields():
            if isinstance(field, QLineEdit):
                field.textEdited.connect(lambda _t, p=part: self._typed(p))
            else:
                field.textChanged.connect(lambda p=part: self._typed(p))  # type: ignore[attr-defined]
            field.installEventFilter(self)
        page.sign_button.clicked.connect(lambda: self.sign(part))
        page.correct_button.clicked.connect(lambda: self.correct(part))
        page.discard_button.clicked.connect(lambda: self.discard(part))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.save_all()
        return False

    def _parent(self) -> QWidget:
        return self.dialog if self.dialog is not None else self.window

    def _page(self, part: CardPart) -> CardPartPage | None:
        return self.dialog.pages[part] if self.dialog is not None else None

    def _load(self, page: CardPartPage) -> None:
        """Fill the page from the stored part and show its state."""
        entry = self.entries.get(page.part)
        fields = entry.fields if entry is not None else None
        self._loading = True
        try:
            page.text.setPlainText(fields.text if fields else "")
            page.text.document().clearUndoRedoStacks()
            if page.diagnosis is not None:
                page.diagnosis.setText(fields.diagnosis if fields else "")
            if page.measures is not None:
                page.measures.setPlainText(fields.measures if fields else "")
            if page.evaluate_on is not None:
                day = fields.evaluate_on if fields else None
                page.evaluate_on.setText(day.isoformat() if day else "")
        finally:
            self._loading = False
        self._dirty.discard(page.part)
        self._show_state(page)

    def _show_state(self, page: CardPartPage) -> None:
        entry = self.entries.get(page.part)
        state = entry.state if entry is not None else None
        signed = state is NoteState.SIGNED
        for field in page.fields():
            field.setReadOnly(signed)  # type: ignore[attr-defined]
        page.sign_button.setVisible(not signed)
        page.correct_button.setVisible(signed)
        page.discard_button.setVisible(state is NoteState.CORRECTING)
        if entry is None:
            text = self.tr("Not written yet: it is saved as you type.")
        elif signed:
            text = self.tr("Signed %1 by %2. Read-only; use Correct to change it.").replace(
                "%1", format_datetime(entry.current.signed_at or entry.current.saved_at)
            ).replace("%2", self._who(entry.current))
        elif state is NoteState.CORRECTING:
            text = self.tr("Correction in progress; sign it to replace the signed text.")
        else:
            text = self.tr("Draft: saved as you type; sign it when done.")
        page.state.setText(text)
        page.saved.setText(self.tr("Saved %1").replace(
            "%1", format_time(entry.current.saved_at)) if entry is not None and not signed
            else "")
        self._show_earlier(page, entry)

    def _who(self, revision: CardRevision) -> str:
        return revision.author.strip() or self.tr("(no name in the settings)")

    def _show_earlier(self, page: CardPartPage, entry: CardEntry | None) -> None:
        parts: list[str] = []
        for revision in reversed(entry.earlier if entry else ()):
            head = self.tr("Signed %1 by %3, replaced %2").replace(
                "%1", format_datetime(revision.signed_at or revision.saved_at)).replace(
                "%2", format_datetime(revision.superseded_at or revision.saved_at)).replace(
                "%3", self._who(revision))
            f = revision.fields
            lines = [self.tr("Diagnosis: %1").replace("%1", f.diagnosis) if f.diagnosis else "",
                     f.text, f.measures,
                     self.tr("Planned evaluation: %1").replace(
                         "%1", format_date(f.evaluate_on)) if f.evaluate_on else ""]
            body = "<br>".join(html.escape(t).replace("\n", "<br>") for t in lines if t)
            parts.append(f"<p><b>{html.escape(head)}</b></p><p><s>{body}</s></p>")
        page.earlier.setHtml("".join(parts))
        page.earlier.setVisible(bool(parts))

    # Saving ----------------------------------------------------------------------------------

    def _typed(self, part: CardPart) -> None:
        if self._loading:
            return
        entry = self.entries.get(part)
        if entry is not None and entry.state is NoteState.SIGNED:
            return
        self._dirty.add(part)
        page = self._page(part)
        if page is not None:
            page.saved.setText(self.tr("Editing…"))
        self.autosave_timer.start()

    @Slot()
    def save_all(self) -> bool:
        """Save every part typed in since its last save; True when nothing is left unsaved."""
        self.autosave_timer.stop()
        return all([self.save(part) for part in list(self._dirty)])

    def save(self, part: CardPart) -> bool:
        page, client_id = self._page(part), self.client_id
        if part not in self._dirty or page is None or client_id is None \
                or not self.app.is_unlocked:
            return part not in self._dirty
        text = page.text.toPlainText()
        diagnosis = page.diagnosis.text() if page.diagnosis is not None else ""
        measures = page.measures.toPlainText() if page.measures is not None else ""
        day = page.evaluate_on.text() if page.evaluate_on is not None else None
        if self.entries.get(part) is None and not (text or diagnosis or measures or day):
            # Nothing written in a part never written: no empty draft (it would count as a
            # journal entry, under PDL for ten years, with nothing in it).
            self._dirty.discard(part)
            return True
        try:  # as typed: the core stores it or refuses it, naming the field
            change = self.app.apply(lambda journal: journal.save_card_draft(
                client_id, part, text, diagnosis=diagnosis, measures=measures,
                evaluate_on=day))
        except JournalError as exc:
            page.saved.setText(self.tr("Not saved: %1").replace("%1", error_text(exc)))
            return False
        self._dirty.discard(part)
        self.entries[part] = change.stored
        if change.kind is ChangeKind.CARD_CREATED:
            self._show_state(page)
        page.saved.setText(self.tr("Saved %1").replace("%1", format_time(self.app.clock.now())))
        return True

    def _may_close(self) -> bool:
        if self.save_all():
            return True
        self.tell(self._parent(), self.tr("Journal card"),
             self.tr("A part could not be saved; its page says why. Correct it, or undo "
                     "what you typed, before closing."))
        return False

    # Sign, correct, discard ------------------------------------------------------------------

    def _apply(self, part: CardPart, title: str, write: str) -> bool:
        page, client_id = self._page(part), self.client_id
        if page is None or client_id is None:
            return False
        try:
            change = self.app.apply(lambda journal: getattr(journal, write)(client_id, part))
        except JournalError as exc:
            self.tell(self._parent(), title, error_text(exc))
            return False
        self.entries[part] = change.stored
        self._load(page)
        return True

    def sign(self, part: CardPart) -> None:
        page, entry = self._page(part), self.entries.get(part)
        if page is None or (entry is not None and entry.state is NoteState.SIGNED):
            return
        title = self.tr("Sign journal card")
        if not self.save(part):
            self.tell(self._parent(), title, page.saved.text())
            return
        entry = self.entries.get(part)
        if entry is None or entry.fields.empty:
            self.tell(self._parent(), title,
                      self.tr("An empty part cannot be signed. Write it first."))
            return
        question = self.tr("Sign this part of the journal card? After signing it can no "
                           "longer be edited, only corrected, and the signed text stays "
                           "readable.")
        if self.confirm(self._parent(), title, question) and self.app.is_unlocked \
                and self._apply(part, title, "sign_card_part"):
            # The Sign button is gone: the keyboard stays on the part (Ctrl+Tab to the next),
            # not on the dialog's Close button.
            page.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def correct(self, part: CardPart) -> None:
        entry, page = self.entries.get(part), self._page(part)
        if entry is None or entry.state is not NoteState.SIGNED or page is None:
            return
        if self._apply(part, self.tr("Correct"), "start_card_correction"):
            page.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def discard(self, part: CardPart) -> None:
        entry = self.entries.get(part)
        if entry is None or entry.state is not NoteState.CORRECTING:
            return
        title = self.tr("Discard correction")
        if self.confirm(self._parent(), title,
                        self.tr("Throw away this correction and keep the signed text?")):
            self._dirty.discard(part)
            self._apply(part, title, "discard_card_correction")

    # Closing and lock ------------------------------------------------------------------------

    @Slot()
    def _closed(self) -> None:
        self.autosave_timer.stop()
        self.dialog = None
        self.client_id = None
        self.entries.clear()
        self._dirty.clear()

    @Slot()
    def _before_lock(self) -> None:
        """Save what can be saved while the database is open; the lock closes the dialog."""
        self.save_all()
        if self.dialog is not None:
            self.dialog.before_close = None

    @Slot()
    def _forget(self) -> None:
        self._closed()
        self.view.evaluation_label.clear()
        self.view.evaluation_box.setVisible(False)

