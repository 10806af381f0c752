"""Decides what the note editor does: load a session's note, autosave it a moment after typing
stops and whenever focus leaves, sign, correct, and forget everything on lock. Every write goes
through the app's one write entry (AppController.apply); the session list refreshes from its
`changed` signal."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from journal_app.core.domain.models import Note, NoteState, Session, SessionStatus
from journal_app.core.errors import JournalError, NotFound
from journal_app.ui.accessibility import announce
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.controllers.note_templates import NoteTemplates
from journal_app.ui.core_messages import error_text
from journal_app.ui.formatting import format_datetime, format_time
from journal_app.ui.modal import ask_yes_no, warn
from journal_app.ui.views.note_editor import NoteEditor

AUTOSAVE_MS = 1500

Confirm = Callable[[QWidget, str, str], bool]
Tell = Callable[[QWidget, str, str], None]


def ask(parent: QWidget, title: str, text: str) -> bool:
    return ask_yes_no(parent, title, text)


class NoteController(QObject):
    message = Signal(str)  # for the status bar

    def __init__(self, editor: NoteEditor, app: AppController, confirm: Confirm = ask,
                 tell: Tell = warn) -> None:
        super().__init__(editor)
        self.editor = editor
        self.app = app
        self.confirm = confirm  # tests replace it; a modal question would block them
        self.tell = tell  # a refusal the practitioner must see, not only a status-bar line
        self.session: Session | None = None
        self.note: Note | None = None
        self._dirty = False
        self._loading = False
        self._shown = ""  # the text as loaded or last saved: drawing changes are not edits
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self._connect_signals()
        self.templates = NoteTemplates(self)  # the template a new note starts from; phrases
        self._show_state()

    def _connect_signals(self) -> None:
        self.editor.text.textChanged.connect(self._on_text_changed)
        self.editor.text.installEventFilter(self)
        self.autosave_timer.timeout.connect(self.save_now)
        self.editor.save_action.triggered.connect(self.save_now)
        self.editor.sign_action.triggered.connect(self.sign)
        self.editor.sign_button.clicked.connect(self.sign)
        self.editor.correct_action.triggered.connect(self.correct)
        self.editor.correct_button.clicked.connect(self.correct)
        self.editor.discard_button.clicked.connect(self.discard_correction)
        self.editor.insert_date_action.triggered.connect(self.insert_datetime)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor.text and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return False

    @property
    def session_id(self) -> str | None:
        return self.session.id if self.session else None

    @property
    def editable(self) -> bool:
        return self.session is not None and (self.note is None or
                                             self.note.state is not NoteState.SIGNED)

    # Loading -----------------------------------------------------------------------------------

    def open_session(self, session: Session, client_name: str) -> None:
        if self.session is not None and self.session.id != session.id:
            self.save_now()
        self.session = session
        self.note = self.app.journal.note_of(session.id)
        self.editor.title.setText(self.tr("%1 · %2").replace("%1", client_name).replace(
            "%2", format_datetime(session.start)))
        self._set_text(self.templates.on_open(session.id, self.note))
        self._place_cursor(from_template=self.note is None)
        self.editor.saved.setText(
            self.tr("Saved %1").replace("%1", format_time(self.note.current.saved_at))
            if self.note else "")
        self._show_state()

    def _set_text(self, text: str) -> None:
        self._loading = True
        try:
            self.editor.text.setPlainText(text)
            self._shown = text
            # Undo must never reach into another client's note.
            self.editor.text.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self._dirty = False

    def replace_text(self, text: str) -> None:
        """A template's text in place of the (empty) note's, writing under its first heading;
        a note already saved is saved again a moment later."""
        self._set_text(text)
        self._place_cursor(from_template=True)
        if self.note is not None:
            self._mark_edited()

    def _place_cursor(self, *, from_template: bool) -> None:
        """Writing starts under the template's first heading, or where an existing note ends."""
        cursor = self.editor.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if from_template:
            second_line = self.editor.text.document().findBlockByNumber(1)
            if second_line.isValid():
                cursor.setPosition(second_line.position())
        self.editor.text.setTextCursor(cursor)

    def refresh_actions(self) -> None:
        """Put the note's actions in step with the open note again (an unlock enables every
        workspace action, the reopened note's Sign and Save too)."""
        self._show_state()

    def _show_state(self) -> None:
        note, editor = self.note, self.editor
        has_session = self.session is not None
        state = note.state if note else None
        editor.text.setReadOnly(not self.editable)
        editor.sign_button.setVisible(state is not NoteState.SIGNED)
        editor.sign_button.setEnabled(has_session)
        editor.sign_action.setEnabled(has_session and state is not NoteState.SIGNED)
        editor.correct_button.setVisible(state is NoteState.SIGNED)
        editor.correct_action.setEnabled(state is NoteState.SIGNED)
        editor.discard_button.setVisible(state is NoteState.CORRECTING)
        editor.save_action.setEnabled(self.editable)
        editor.insert_date_action.setEnabled(self.editable)
        editor.measure_button.setEnabled(self.editable)
        editor.measure_action.setEnabled(self.editable)
        if not has_session:
            editor.state.setText("")
        elif note is None:
            editor.state.setText(self.tr("New note: it is saved as you type."))
        elif state is NoteState.SIGNED:
            assert note.current.signed_at is not None
            editor.state.setText(self.tr("Signed %1. Read-only; use Correct to change it.")
                                 .replace("%1", format_datetime(note.current.signed_at)))
        elif state is NoteState.CORRECTING:
            editor.state.setText(self.tr("Correction in progress; sign it to replace the "
                                         "signed text."))
        else:
            editor.state.setText(self.tr("Draft: saved as you type; sign it when done."))
        self._show_earlier()
        self.templates.show_state()

    def _show_earlier(self) -> None:
        earlier = self.note.earlier if self.note else ()
        parts: list[str] = []
        for revision in reversed(earlier):
            assert revision.signed_at is not None and revision.superseded_at is not None
            head = self.tr("Signed %1, replaced %2").replace(
                "%1", format_datetime(revision.signed_at)).replace(
                "%2", format_datetime(revision.superseded_at))
            body = html.escape(revision.body).replace("\n", "<br>")
            parts.append(f"<p><b>{html.escape(head)}</b></p><p><s>{body}</s></p>")
        self.editor.earlier.setHtml("".join(parts))
        self.editor.earlier.setVisible(bool(parts))

    # Saving ------------------------------------------------------------------------------------

    @Slot()
    def _on_text_changed(self) -> None:
        if self._loading or not self.editable:
            return
        # Qt also says "changed" when the highlighter redraws (spell checking, headings): an
        # edit only when the text differs (the length first: cheap on a long note).
        text = self.editor.text
        if text.document().characterCount() == _utf16_length(self._shown) + 1 \
                and text.toPlainText() == self._shown:
            return
        self._mark_edited()

    def _mark_edited(self) -> None:
        self._dirty = True
        self.editor.saved.setText(self.tr("Editing…"))
        self.autosave_timer.start()  # restarted on every change: saves once typing pauses

    @Slot()
    def save_now(self) -> bool:
        """Write the draft if it changed. True when nothing is left unsaved."""
        self.autosave_timer.stop()
        if not self._dirty or self.session is None or not self.app.is_unlocked:
            return not self._dirty
        session_id, text = self.session.id, self.editor.text.toPlainText()
        origin = self.templates.origin
        try:
            self.note = self.app.apply(
                lambda journal: journal.save_draft(session_id, text, origin=origin)).note
        except NotFound:  # the session was erased meanwhile: its draft goes with it
            self.clear()
            return True
        except JournalError as exc:
            self.editor.saved.setText(self.tr("Not saved!"))
            announce(self.editor.saved, self.editor.saved.text(), urgent=True)
            self.message.emit(error_text(exc))
            return False
        self._dirty = False
        self._shown = text
        self.templates.saved()
        self.editor.saved.setText(self.tr("Saved %1").replace(
            "%1", format_time(self.app.clock.now())))
        announce(self.editor.saved, self.editor.saved.text())
        if self.session is not None and self.session.note_state is None:
            self.session = self.app.journal.session(self.session.id)
            self._show_state()
        return True

    # Sign, correct, date -----------------------------------------------------------------------

    @Slot()
    def sign(self) -> None:
        if self.session is None or (self.note and self.note.state is NoteState.SIGNED):
            return
        if not self.save_now():
            return
        if not self.editor.text.toPlainText().strip() or self.note is None:
            text = self.tr("An empty note cannot be signed. Write what the session held first.")
            self.message.emit(text)
            self.tell(self.editor, self.tr("Sign note"), text)
            return
        # A note documents a session that took place: a planned one is marked held first,
        # and the one question says so (the core refuses to sign for a planned session).
        # Read afresh: the status may have been marked since the note was opened.
        self.session = self.app.journal.session(self.session.id)
        planned = self.session.status is SessionStatus.PLANNED
        question = self.tr(
            "Sign this note? After signing it can no longer be edited, only corrected, "
            "and the signed text stays readable.")
        if planned:
            question = self.tr("This session is still marked Planned, and a note documents a "
                               "session that took place. Mark it held and sign the note?") + (
                "\n\n" + self.tr("After signing it can no longer be edited, only corrected."))
        title = self.tr("Mark held and sign") if planned else self.tr("Sign note")
        if not self.confirm(self.editor, title, question) or not self.app.is_unlocked:
            return
        session_id = self.session.id
        try:
            if planned:
                self.app.apply(lambda journal: journal.set_session_status(session_id,
                                                                          SessionStatus.HELD))
            self.note = self.app.apply(lambda journal: journal.sign_note(session_id)).note
        except JournalError as exc:
            self.message.emit(error_text(exc))
            self.tell(self.editor, title, error_text(exc))
            return
        self.session = self.app.journal.session(session_id)
        self.editor.saved.setText(self.tr("Signed"))
        announce(self.editor.saved, self.tr("The note is signed."))
        self._show_state()

    @Slot()
    def correct(self) -> None:
        if self.session is None or not self.note or self.note.state is not NoteState.SIGNED:
            return
        session_id = self.session.id
        try:
            self.note = self.app.apply(lambda journal: journal.start_correction(session_id)).note
        except JournalError as exc:
            self.message.emit(error_text(exc))
            return
        self._set_text(self.note.text)
        self._show_state()
        self.editor.text.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def discard_correction(self) -> None:
        if self.session is None or not self.note or self.note.state is not NoteState.CORRECTING:
            return
        if not self.confirm(self.editor, self.tr("Discard correction"),
                            self.tr("Throw away this correction and keep the signed text?")):
            return
        self.autosave_timer.stop()
        self._dirty = False
        session_id = self.session.id
        self.note = self.app.apply(lambda journal: journal.discard_correction(session_id)).note
        self._set_text(self.note.text)
        self._show_state()

    @Slot()
    def insert_datetime(self) -> None:
        if self.editable:
            self.editor.text.insertPlainText(format_datetime(self.app.clock.now()))

    # Lock --------------------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the note entirely: text, undo history, labels."""
        self.autosave_timer.stop()
        self.session = None
        self.note = None
        self._set_text("")
        self.editor.text.clear()
        self.editor.text.document().clearUndoRedoStacks()
        self.editor.earlier.clear()
        self.templates.clear()
        for label in (self.editor.title, self.editor.state, self.editor.saved):
            label.clear()
        self._show_state()


def _utf16_length(text: str) -> int:
    """Qt counts UTF-16 units: an emoji is two."""
    return len(text.encode("utf-16-le")) // 2
