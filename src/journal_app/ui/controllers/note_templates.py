"""The note editor's templates and phrases: which template a new note starts from (the
practice's default, or one chosen above the editor while the note is still empty, or the
headings of the client's previous note), its headings shown as headings while writing, and the
practitioner's phrases expanding as they type.

The core says what a template holds and which headings a note has (core/journal/templates.py);
the choice is recorded with the note's first save (NoteController.save_now passes `origin`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot

from journal_app.core.domain.models import Note
from journal_app.core.domain.templates import MAX_TEMPLATE, NoteOrigin, NoteTemplate
from journal_app.core.errors import JournalError
from journal_app.core.journal.changes import Change, PhraseChange, TemplateChange
from journal_app.ui.core_messages import error_text
from journal_app.ui.views.note_headings import NoteHeadings, is_heading
from journal_app.ui.views.phrase_expander import PhraseExpander

if TYPE_CHECKING:
    from journal_app.ui.controllers.note_controller import NoteController


def template_language(template_id: str, templates: Iterable[NoteTemplate] = ()) -> str | None:
    """The language of what is written under a template, whatever language the app speaks: an
    own template's (among `templates`) as the practitioner set it; a built-in one is Swedish
    (`-sv`) or English (`-en`). None: the app's language (an own template that leaves it to
    the app, one no longer there, the last note's headings)."""
    stored = next((t.language for t in templates if t.id == template_id), "")
    if stored:
        return stored
    return next((code for code in ("sv", "en") if template_id.endswith(f"-{code}")), None)


class NoteTemplates(QObject):
    def __init__(self, notes: NoteController) -> None:
        super().__init__(notes)
        self.notes = notes
        self.app = notes.app
        self.editor = notes.editor
        self.heading_marks = NoteHeadings()  # drawn by the spell checker's highlighter
        self.expander = PhraseExpander(self.editor.text)
        self.origin: NoteOrigin | None = None  # recorded with the note's next first save
        self.language: str | None = None  # the note's language, where its template says it
        self.language_known = lambda: None  # set by the workspace: tells the spell checker
        self._language_of = ""  # the template whose language the note is in
        self._templates: list[NoteTemplate] = []
        self.editor.template.activated.connect(self._on_chosen)
        self.editor.last_headings_button.clicked.connect(self.from_last_note)
        self.editor.last_headings_action.triggered.connect(self.from_last_note)
        self.editor.text.textChanged.connect(self.show_state)
        self.app.changed.connect(self._on_changed)

    # Opening a note ----------------------------------------------------------------------------

    def on_open(self, session_id: str, note: Note | None) -> str:
        """Fill the choice for the session's note; the text a new note starts with."""
        journal = self.app.journal
        self.expander.set_phrases({p.abbreviation: p.body for p in journal.phrases()})
        self._fill(journal.note_templates())
        if note is None:
            template = journal.default_template()
            self.origin = NoteOrigin(template.id, template.headings)
            self._select(template.id)
            self.heading_marks.set_headings(template.headings)
            self._set_language(template.id)
            return template.body
        self.origin = None
        recorded = journal.note_origin(session_id)
        self._select(recorded.template_id if recorded else "")
        self.heading_marks.set_headings(journal.note_headings(session_id))
        # A note from before origins were recorded: the practice's default template's language.
        self._set_language(recorded.template_id if recorded else journal.default_template().id)
        return note.text

    def _fill(self, templates: list[NoteTemplate]) -> None:
        combo = self.editor.template
        chosen = combo.currentData()
        self._templates = templates
        combo.blockSignals(True)
        combo.clear()
        for template in templates:
            combo.addItem(template.name, template.id)
        combo.setCurrentIndex(combo.findData(chosen))
        combo.blockSignals(False)

    def _select(self, template_id: str) -> None:
        self.editor.template.setCurrentIndex(self.editor.template.findData(template_id))

    def note_is_empty(self) -> bool:
        """Nothing written but the note's headings (cheap to ask on every keystroke: a long
        text is never empty)."""
        document = self.editor.text.document()
        if document.characterCount() > MAX_TEMPLATE + 1:
            return False
        headings = self.heading_marks.headings
        return all(not line.strip() or is_heading(line, headings)
                   for line in self.editor.text.toPlainText().split("\n"))

    @Slot()
    def show_state(self) -> None:
        can = self.notes.editable and self.note_is_empty()
        for widget in (self.editor.template, self.editor.last_headings_button):
            widget.setEnabled(can)
        self.editor.last_headings_action.setEnabled(can)

    # Choosing ----------------------------------------------------------------------------------

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        template_id = self.editor.template.itemData(index)
        template = next((t for t in self._templates if t.id == template_id), None)
        if template is not None:
            self._start(template.body, NoteOrigin(template.id, template.headings))

    @Slot()
    def from_last_note(self) -> None:
        session_id = self.notes.session_id
        if session_id is None or not self.app.is_unlocked:
            return
        try:
            text, origin = self.app.journal.last_note_start(session_id)
        except JournalError as exc:
            self.notes.message.emit(error_text(exc))
            self.notes.tell(self.editor, self.tr("Start from the last note's headings"),
                            error_text(exc))
            return
        self._select("")
        self._start(text, origin)

    def _start(self, text: str, origin: NoteOrigin) -> None:
        """Put the template's text into the still empty note; a note already saved saves it
        (with its new origin) a moment later, as after typing."""
        if not self.notes.editable or not self.note_is_empty():
            return
        self.origin = origin
        self.heading_marks.set_headings(origin.headings)
        self._set_language(origin.template_id)
        self.notes.replace_text(text)
        self.editor.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_language(self, template_id: str) -> None:
        self._language_of = template_id
        language = template_language(template_id, self._templates)
        if language != self.language:
            self.language = language
            self.language_known()

    def saved(self) -> None:
        """The origin went with the save that created (or restarted) the note."""
        self.origin = None

    # Refresh and lock --------------------------------------------------------------------------

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        if not self.app.is_unlocked:
            return
        if isinstance(change, PhraseChange):
            self.expander.set_phrases({p.abbreviation: p.body
                                       for p in self.app.journal.phrases()})
        elif isinstance(change, TemplateChange):
            self._fill(self.app.journal.note_templates())
            if self.notes.session_id is not None:  # its template's language may have changed
                self._set_language(self._language_of)

    def clear(self) -> None:
        self.origin = None
        self._templates = []
        self.editor.template.clear()
        self.expander.set_phrases({})
        self.heading_marks.set_headings(())
        self.show_state()
