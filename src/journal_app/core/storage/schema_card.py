"""Schema V16: the journal card (issue 17, PDL 3 kap 6 §).

One `card_parts` row per written part of a client's card, its revisions in `card_revisions`
exactly as a note's are in `note_revisions`: the last revision is a draft (overwritten in
place) or signed; a signed one is never changed and a correction adds the next. The text
stays as typed; `diagnosis` (assessment) is an ICD-10-SE code or free text, `measures` and
`evaluate_on` (an ISO date) belong to the treatment plan. `author` is the practitioner's name
when the revision was written.

The part's search entry is kept like a note's (search.py): `search_rowid` points at it,
`search_stale` asks the next search to re-index it, and the text it was built from waits in
`search_pending` (keyed by the part's id: ids are random, so they never meet a note's).
`under_pdl` marks a part written while the PDL policy was in force, set by triggers as each
revision is written, exactly as schema V7 marks notes: it keeps the client's ten years.
Self-contained: no other migration depends on it.
"""

from __future__ import annotations

V16_JOURNAL_CARD = """
CREATE TABLE card_parts (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(id),
    part         TEXT NOT NULL
                 CHECK (part IN ('background', 'assessment', 'plan', 'information', 'declined')),
    created_at   TEXT NOT NULL,
    under_pdl    INTEGER NOT NULL DEFAULT 0,
    search_rowid INTEGER,
    search_stale INTEGER NOT NULL DEFAULT 0,
    UNIQUE (client_id, part)
);
CREATE TABLE card_revisions (
    part_id       TEXT NOT NULL REFERENCES card_parts(id),
    revision      INTEGER NOT NULL,
    body          TEXT NOT NULL,
    diagnosis     TEXT NOT NULL DEFAULT '',
    measures      TEXT NOT NULL DEFAULT '',
    evaluate_on   TEXT,
    author        TEXT NOT NULL DEFAULT '',
    saved_at      TEXT NOT NULL,
    signed_at     TEXT,
    superseded_at TEXT
);
CREATE UNIQUE INDEX card_revisions_key ON card_revisions(part_id, revision);
CREATE TRIGGER card_revision_insert_under_pdl AFTER INSERT ON card_revisions
WHEN (SELECT value FROM settings WHERE key = 'retention_policy') = 'pdl'
BEGIN
    UPDATE card_parts SET under_pdl = 1 WHERE id = NEW.part_id AND under_pdl = 0;
END;
CREATE TRIGGER card_revision_update_under_pdl AFTER UPDATE ON card_revisions
WHEN (SELECT value FROM settings WHERE key = 'retention_policy') = 'pdl'
BEGIN
    UPDATE card_parts SET under_pdl = 1 WHERE id = NEW.part_id AND under_pdl = 0;
END;
"""
