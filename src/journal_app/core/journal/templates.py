"""The facade's note templates and phrases (issue 17).

A mixin of `Journal` (facade.py). Templates: the built-in ones (read-only) and the
practitioner's own, the practice's default, and per note the template it was started from
(recorded with the note's first save, writes.py `save_draft(origin=...)`). Phrases: the
practitioner's abbreviations that the note editor expands. Every write returns its change
record; none of them touches a client's journal, so none is in the access log.
"""

from __future__ import annotations

from collections.abc import Sequence

from journal_app.core.domain.templates import (
    NoteOrigin,
    NoteTemplate,
    Phrase,
    headings_body,
    headings_in,
)
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import ChangeKind, PhraseChange, TemplateChange
from journal_app.core.journal.reads import JournalReads

# The origin recorded for a note started from the client's previous note's headings.
FROM_LAST_NOTE = "last-note"


class JournalTemplates(JournalReads):
    # Reads -------------------------------------------------------------------------------------

    def note_templates(self) -> list[NoteTemplate]:
        """The built-in templates, then the practitioner's own."""
        return self.repos.templates.all()

    def note_template(self, template_id: str) -> NoteTemplate:
        return self.repos.templates.get(template_id)

    def default_template(self) -> NoteTemplate:
        return self.repos.templates.default()

    def template_origin(self, template_id: str) -> NoteOrigin:
        """What a note started from this template records with its first save."""
        template = self.repos.templates.get(template_id)
        return NoteOrigin(template.id, template.headings)

    def note_origin(self, session_id: str) -> NoteOrigin | None:
        """The template the session's note was started from, if that was recorded."""
        note = self.notes.for_session(session_id)
        origin = self.repos.templates.origin(note.id) if note else None
        return None if origin is None else NoteOrigin(*origin)

    def note_headings(self, session_id: str) -> tuple[str, ...]:
        """The lines of the session's note that are headings: those of the template it was
        started from, or (a note from before templates were recorded) of every template."""
        origin = self.note_origin(session_id)
        if origin is not None:
            return origin.headings
        return tuple(sorted(self.repos.templates.known_headings()))

    def last_note_start(self, session_id: str) -> tuple[str, NoteOrigin]:
        """"Start from the last note's headings": the text of a new note with the headings of
        the client's latest note before this session, and the origin it records."""
        session = self.packages.get_session(session_id)
        origins = self.repos.templates.origins_of_client(session.client_id)
        known = self.repos.templates.known_headings()
        sessions = {s.id: s for s in self.packages.sessions(client_id=session.client_id)}
        earlier = [n for n in self.notes.for_client(session.client_id)
                   if n.session_id != session_id and n.session_id in sessions
                   and sessions[n.session_id].start <= session.start]
        for note in reversed(earlier):
            headings = headings_in(note.text, origins.get(note.id, known))
            if headings:
                return headings_body(headings), NoteOrigin(FROM_LAST_NOTE, headings)
        raise InvalidInput("template.no_earlier_note")

    def phrases(self) -> list[Phrase]:
        return self.repos.phrases.all()

    def all_templates(self) -> tuple[list[NoteTemplate], str, list[Phrase],
                                     list[tuple[str, str, str]]]:
        """The interchange file's part: own templates, the default's id, the phrases, and
        every note's origin (note id, template id, headings one per line)."""
        return (self.repos.templates.own(), self.repos.templates.default().id,
                self.repos.phrases.all(), self.repos.templates.all_origins())

    # Writes ------------------------------------------------------------------------------------

    def add_template(self, name: str, body: str, language: str = "") -> TemplateChange:
        """An own template; `language` is its notes' language ("sv", "en"; "" for the app's),
        which the note editor checks their spelling in."""
        return TemplateChange(kind=ChangeKind.TEMPLATE_ADDED,
                              template=self.repos.templates.add(name, body, language))

    def update_template(self, template_id: str, name: str, body: str,
                        language: str | None = None) -> TemplateChange:
        """Rename, rewrite or change the notes' language (None keeps it) of an own template."""
        return TemplateChange(kind=ChangeKind.TEMPLATE_UPDATED,
                              template=self.repos.templates.update(template_id, name, body,
                                                                   language))

    def delete_template(self, template_id: str) -> TemplateChange:
        return TemplateChange(kind=ChangeKind.TEMPLATE_DELETED,
                              template=self.repos.templates.delete(template_id))

    def set_default_template(self, template_id: str) -> TemplateChange:
        return TemplateChange(kind=ChangeKind.DEFAULT_TEMPLATE_SET,
                              template=self.repos.templates.set_default(template_id))

    def add_phrase(self, abbreviation: str, body: str) -> PhraseChange:
        return PhraseChange(kind=ChangeKind.PHRASE_ADDED,
                            phrase=self.repos.phrases.add(abbreviation, body))

    def update_phrase(self, phrase_id: str, abbreviation: str, body: str) -> PhraseChange:
        return PhraseChange(kind=ChangeKind.PHRASE_UPDATED,
                            phrase=self.repos.phrases.update(phrase_id, abbreviation, body))

    def delete_phrase(self, phrase_id: str) -> PhraseChange:
        return PhraseChange(kind=ChangeKind.PHRASE_DELETED,
                            phrase=self.repos.phrases.delete(phrase_id))

    def restore_templates(self, own: Sequence[NoteTemplate], default_id: str | None,
                          phrases: Sequence[Phrase],
                          origins: Sequence[tuple[str, str, str]]) -> None:
        """An import's checked templates, phrases and note origins, inside the import's
        transaction (export/interchange_templates.py); then a `note_template` settings row an
        older file brought becomes the default template."""
        self.repos.templates.restore(list(own), default_id, list(origins))
        self.repos.phrases.restore(list(phrases))
        self.repos.templates.adopt_legacy_setting(adopt=default_id is None)
