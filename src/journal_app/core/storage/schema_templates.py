"""Schema V17: the practitioner's own note templates, phrases, and which template a note was
started from (issue 17).

`note_templates` holds only the practitioner's own templates; the built-in ones are constants
(core/domain/templates.py). The default template is the settings row `default_template` (a
template id). It replaces the `note_template` row: a vault whose template was still the
Swedish or English standard gets that built-in one as its default; a customised template
becomes an own template ("Min mall") and stays the default. `note_origins` keeps, per note,
the template it was started from and that template's headings as they were then (the PDF sets
them as headings and leaves out the empty ones even after the template changes); a trigger
removes the row with its note, so an erase needs nothing more.
"""

from __future__ import annotations

from journal_app.core.domain.models import DEFAULT_TEMPLATE_EN, DEFAULT_TEMPLATE_SV

MIGRATED_TEMPLATE_ID = "own-migrated"
_NOW = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"

V17_TEMPLATES = f"""
CREATE TABLE note_templates (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE phrases (
    id           TEXT PRIMARY KEY,
    abbreviation TEXT NOT NULL UNIQUE,
    body         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE note_origins (
    note_id     TEXT PRIMARY KEY,
    template_id TEXT NOT NULL,
    headings    TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER note_origins_go_with_their_note AFTER DELETE ON notes
BEGIN
    DELETE FROM note_origins WHERE note_id = OLD.id;
END;
INSERT INTO note_templates (id, name, body, created_at, updated_at)
    SELECT '{MIGRATED_TEMPLATE_ID}', 'Min mall', value, {_NOW}, {_NOW} FROM settings
    WHERE key = 'note_template' AND value NOT IN ('{DEFAULT_TEMPLATE_SV}', '{DEFAULT_TEMPLATE_EN}');
INSERT OR REPLACE INTO settings (key, value) VALUES ('default_template', coalesce(
    (SELECT CASE value WHEN '{DEFAULT_TEMPLATE_SV}' THEN 'builtin-standard-sv'
                       WHEN '{DEFAULT_TEMPLATE_EN}' THEN 'builtin-standard-en'
                       ELSE '{MIGRATED_TEMPLATE_ID}' END
     FROM settings WHERE key = 'note_template'), 'builtin-standard-sv'));
DELETE FROM settings WHERE key = 'note_template';
"""
