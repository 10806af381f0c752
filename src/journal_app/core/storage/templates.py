"""The practitioner's own note templates, the default one, and which template each note was
started from: the repository's SQL (schema_templates.py). The built-in templates are constants
(core/domain/templates.py) and never stored.
"""

from __future__ import annotations

import sqlcipher3

from journal_app.core.domain.clock import Clock, utc_iso
from journal_app.core.domain.templates import (
    BUILTIN_BY_ID,
    BUILTIN_TEMPLATES,
    MAX_TEMPLATE,
    STANDARD_SV,
    NoteOrigin,
    NoteTemplate,
    check_template,
    check_template_language,
    template_headings,
)
from journal_app.core.errors import InvalidInput, NotFound
from journal_app.core.storage.clients import new_id
from journal_app.core.storage.db import Database

DEFAULT_KEY = "default_template"
LEGACY_KEY = "note_template"  # before schema 17; an old interchange file still brings it
# The name an own template gets when the settings' template text is changed from a built-in
# one (the settings dialog's field), by the built-in's language.
OWN_NAMES = {"sv": "Egen mall", "en": "Own template"}


def _own_template(row: tuple[str, str, str, str]) -> NoteTemplate:
    return NoteTemplate(row[0], row[1], row[2], language=row[3])


def own_templates(conn: sqlcipher3.Connection) -> list[NoteTemplate]:
    rows = conn.execute("SELECT id, name, body, language FROM note_templates"
                        " ORDER BY created_at, name, id").fetchall()
    return [_own_template(r) for r in rows]


def find_template(conn: sqlcipher3.Connection, template_id: str) -> NoteTemplate | None:
    if template_id in BUILTIN_BY_ID:
        return BUILTIN_BY_ID[template_id]
    row = conn.execute("SELECT id, name, body, language FROM note_templates WHERE id = ?",
                       (template_id,)).fetchone()
    return None if row is None else _own_template(row)


def default_template(conn: sqlcipher3.Connection) -> NoteTemplate:
    """The practice's default template; the Swedish standard when none is set (or it is gone)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (DEFAULT_KEY,)).fetchone()
    found = find_template(conn, str(row[0])) if row else None
    return found or BUILTIN_BY_ID[STANDARD_SV]


def _set_default_id(conn: sqlcipher3.Connection, template_id: str) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (DEFAULT_KEY, template_id))


def set_default_body(conn: sqlcipher3.Connection, body: str, now: str) -> None:
    """The settings' one template text (the settings dialog, an old interchange file): a
    built-in template's text makes that one the default; other text changes the own default
    template, or becomes a new own template that is then the default, its notes in the
    language of the built-in one it replaces."""
    if len(body) > MAX_TEMPLATE:
        raise InvalidInput("settings.template_too_long", limit=MAX_TEMPLATE)
    builtin = next((t for t in BUILTIN_TEMPLATES if t.body == body), None)
    current = default_template(conn)
    if builtin is not None:
        _set_default_id(conn, builtin.id)
    elif not current.builtin:
        conn.execute("UPDATE note_templates SET body = ?, updated_at = ? WHERE id = ?",
                     (body, now, current.id))
    else:
        taken = {t.name for t in (*BUILTIN_TEMPLATES, *own_templates(conn))}
        base = OWN_NAMES.get(current.language, OWN_NAMES["sv"])
        name = next(n for n in (base, *(f"{base} {i}" for i in range(2, 1000)))
                    if n not in taken)
        made = new_id()
        conn.execute("INSERT INTO note_templates (id, name, body, language, created_at,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                     (made, name, body, current.language, now, now))
        _set_default_id(conn, made)


class TemplateRepository:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _now(self) -> str:
        return utc_iso(self._clock.now())

    # Reads -----------------------------------------------------------------------------------

    def all(self) -> list[NoteTemplate]:
        """The built-in templates, then the practitioner's own in the order they were made."""
        with self._db.read() as conn:
            return [*BUILTIN_TEMPLATES, *own_templates(conn)]

    def own(self) -> list[NoteTemplate]:
        with self._db.read() as conn:
            return own_templates(conn)

    def get(self, template_id: str) -> NoteTemplate:
        with self._db.read() as conn:
            found = find_template(conn, template_id)
        if found is None:
            raise NotFound("template.not_found")
        return found

    def default(self) -> NoteTemplate:
        with self._db.read() as conn:
            return default_template(conn)

    def known_headings(self) -> frozenset[str]:
        """Every heading of every template: what a note without a recorded origin (written
        before schema 17, or imported without one) is read against."""
        return frozenset(h for t in self.all() for h in t.headings)

    def origin(self, note_id: str) -> tuple[str, tuple[str, ...]] | None:
        with self._db.read() as conn:
            row = conn.execute("SELECT template_id, headings FROM note_origins WHERE note_id = ?",
                               (note_id,)).fetchone()
        return None if row is None else (row[0], template_headings(row[1]))

    def origins_of_client(self, client_id: str) -> dict[str, tuple[str, ...]]:
        """note id -> the headings of the template it was started from."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT o.note_id, o.headings FROM note_origins o"
                " JOIN notes n ON n.id = o.note_id WHERE n.client_id = ?", (client_id,)).fetchall()
        return {r[0]: template_headings(r[1]) for r in rows}

    def all_origins(self) -> list[tuple[str, str, str]]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT note_id, template_id, headings FROM note_origins"
                                " ORDER BY note_id").fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    # Writes ----------------------------------------------------------------------------------

    def _check_name_free(self, conn: sqlcipher3.Connection, name: str, own_id: str) -> None:
        names = {t.name.casefold() for t in BUILTIN_TEMPLATES}
        names |= {t.name.casefold() for t in own_templates(conn) if t.id != own_id}
        if name.casefold() in names:
            raise InvalidInput("template.name_taken", name=name)

    def add(self, name: str, body: str, language: str = "") -> NoteTemplate:
        clean, text = check_template(name, body)
        language = check_template_language(language)
        made, now = NoteTemplate(new_id(), clean, text, language=language), self._now()
        with self._db.write() as conn:
            self._check_name_free(conn, clean, "")
            conn.execute("INSERT INTO note_templates (id, name, body, language, created_at,"
                         " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (made.id, clean, text, language, now, now))
        return made

    def _own(self, conn: sqlcipher3.Connection, template_id: str) -> NoteTemplate:
        found = find_template(conn, template_id)
        if found is None:
            raise NotFound("template.not_found")
        if found.builtin:
            raise InvalidInput("template.builtin_read_only")
        return found

    def update(self, template_id: str, name: str, body: str,
               language: str | None = None) -> NoteTemplate:
        """Rename or rewrite an own template, or change its notes' language (None: keep it);
        notes started from it keep their headings."""
        clean, text = check_template(name, body)
        if language is not None:
            language = check_template_language(language)
        with self._db.write() as conn:
            stored = self._own(conn, template_id)
            self._check_name_free(conn, clean, template_id)
            language = stored.language if language is None else language
            conn.execute("UPDATE note_templates SET name = ?, body = ?, language = ?,"
                         " updated_at = ? WHERE id = ?",
                         (clean, text, language, self._now(), template_id))
        return NoteTemplate(template_id, clean, text, language=language)

    def delete(self, template_id: str) -> NoteTemplate:
        with self._db.write() as conn:
            gone = self._own(conn, template_id)
            if default_template(conn).id == template_id:
                raise InvalidInput("template.is_default")
            conn.execute("DELETE FROM note_templates WHERE id = ?", (template_id,))
        return gone

    def set_default(self, template_id: str) -> NoteTemplate:
        with self._db.write() as conn:
            found = find_template(conn, template_id)
            if found is None:
                raise NotFound("template.not_found")
            _set_default_id(conn, template_id)
        return found

    def record_origin(self, note_id: str, origin: NoteOrigin) -> None:
        """The template a note was started from, with its headings as they were."""
        with self._db.write() as conn:
            conn.execute("INSERT OR REPLACE INTO note_origins (note_id, template_id, headings)"
                         " VALUES (?, ?, ?)",
                         (note_id, origin.template_id, "\n".join(origin.headings)))

    def adopt_legacy_setting(self, *, adopt: bool) -> None:
        """A `note_template` settings row an imported file wrote: it becomes the default
        template, as the migration does (`adopt`: the file named no default of its own), or
        goes."""
        with self._db.write() as conn:
            row = conn.execute("SELECT value FROM settings WHERE key = ?",
                               (LEGACY_KEY,)).fetchone()
            if row is None:
                return
            conn.execute("DELETE FROM settings WHERE key = ?", (LEGACY_KEY,))
            if adopt:
                set_default_body(conn, str(row[0]), self._now())

    def restore(self, own: list[NoteTemplate], default_id: str | None,
                origins: list[tuple[str, str, str]]) -> None:
        """An import's checked templates and origins (export/interchange_templates.py)."""
        now = self._now()
        with self._db.write() as conn:
            conn.executemany(  # a template the vault already has (same id) stays as it is
                "INSERT OR IGNORE INTO note_templates (id, name, body, language, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [(t.id, t.name, t.body, t.language, now, now) for t in own])
            if default_id is not None:
                _set_default_id(conn, default_id)
            conn.executemany("INSERT OR REPLACE INTO note_origins (note_id, template_id,"
                             " headings) VALUES (?, ?, ?)", origins)
