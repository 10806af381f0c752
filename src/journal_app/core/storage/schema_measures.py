"""Schema V15: outcome measures (issue 18).

A measure belongs to one revision of a session's note (`note_id`, `revision`): it is signed
with that revision, a correction copies it into the new draft revision, and the measures of a
superseded revision stay readable with it. `answers` holds the item answers as entered, comma
separated. The name and range are kept in the row (a practitioner's scale renamed later does
not rewrite what was measured). `flag_acknowledged_at` is set when the practitioner
acknowledges a PHQ-9 item-9 answer above 0. The client_summary triggers (schema_scale.py) read
nothing from measures, so erasing them needs nothing there.
"""

from __future__ import annotations

V15_MEASURES = """
CREATE TABLE measure_scales (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    low        INTEGER NOT NULL,
    high       INTEGER NOT NULL,
    low_label  TEXT NOT NULL DEFAULT '',
    high_label TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE measures (
    id                    TEXT NOT NULL,
    note_id               TEXT NOT NULL REFERENCES notes(id),
    revision              INTEGER NOT NULL,
    session_id            TEXT NOT NULL,
    client_id             TEXT NOT NULL,
    instrument            TEXT NOT NULL,
    name                  TEXT NOT NULL,
    answers               TEXT NOT NULL,
    low                   INTEGER NOT NULL,
    high                  INTEGER NOT NULL,
    low_label             TEXT NOT NULL DEFAULT '',
    high_label            TEXT NOT NULL DEFAULT '',
    saved_at              TEXT NOT NULL,
    flag_acknowledged_at  TEXT,
    PRIMARY KEY (note_id, revision, instrument)
);
CREATE INDEX measures_by_client ON measures(client_id, instrument);
"""
