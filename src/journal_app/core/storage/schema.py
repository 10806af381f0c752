"""Schema and numbered migrations. `PRAGMA user_version` is the schema version.

A migration is appended, never edited: every vault ever written moves forward through the
same steps. Each one is tested from every older version (tests/unit/test_schema.py).
"""

from __future__ import annotations

import sqlcipher3

from journal_app.core.errors import VaultDamaged
from journal_app.core.messages import Message
from journal_app.core.storage.db import Database
from journal_app.core.storage.schema_agenda import V14_AGENDA
from journal_app.core.storage.schema_card import V16_JOURNAL_CARD
from journal_app.core.storage.schema_measures import V15_MEASURES
from journal_app.core.storage.schema_own_words import V18_OWN_WORDS
from journal_app.core.storage.schema_scale import (
    V10_CLIENT_SUMMARY,
    V11_CONTENTLESS_SEARCH,
    V12_SMALLER_ROWS,
)
from journal_app.core.storage.schema_template_language import V19_TEMPLATE_LANGUAGE
from journal_app.core.storage.schema_templates import V17_TEMPLATES

V1_BASE = """
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE clients (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    id_number   TEXT,
    id_kind     TEXT,
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    free_text   TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    archived_at TEXT
);
CREATE TABLE packages (
    id             TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES clients(id),
    name           TEXT NOT NULL,
    sessions_total INTEGER NOT NULL CHECK (sessions_total > 0),
    purchased      TEXT NOT NULL,
    price_ore      INTEGER,
    created_at     TEXT NOT NULL,
    completed_at   TEXT
);
CREATE INDEX packages_by_client ON packages(client_id);
CREATE TABLE sessions (
    id         TEXT PRIMARY KEY,
    package_id TEXT NOT NULL REFERENCES packages(id),
    client_id  TEXT NOT NULL REFERENCES clients(id),
    start      TEXT NOT NULL,
    status     TEXT NOT NULL
               CHECK (status IN ('planned', 'held', 'cancelled', 'late_cancelled', 'no_show')),
    created_at TEXT NOT NULL
);
CREATE INDEX sessions_by_package ON sessions(package_id);
CREATE INDEX sessions_by_client ON sessions(client_id, start);
CREATE TABLE notes (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL UNIQUE REFERENCES sessions(id),
    client_id  TEXT NOT NULL REFERENCES clients(id),
    created_at TEXT NOT NULL
);
CREATE INDEX notes_by_client ON notes(client_id);
CREATE TABLE note_revisions (
    note_id       TEXT NOT NULL REFERENCES notes(id),
    revision      INTEGER NOT NULL,
    body          TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    signed_at     TEXT,
    superseded_at TEXT,
    PRIMARY KEY (note_id, revision)
) WITHOUT ROWID;
"""

# Full-text search inside the encrypted file. remove_diacritics 0 keeps å, ä and ö distinct
# letters, as Swedish readers expect; secure-delete makes FTS5 overwrite removed entries.
V2_SEARCH = """
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, client_id UNINDEXED, body,
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index(kind, ref_id, client_id, body)
    SELECT 'client', id, id, name || ' ' || coalesce(id_number, '') FROM clients;
INSERT INTO search_index(kind, ref_id, client_id, body)
    SELECT 'note', n.id, n.client_id, r.body
    FROM notes n JOIN note_revisions r ON r.note_id = n.id
    WHERE r.revision = (SELECT max(revision) FROM note_revisions WHERE note_id = n.id);
"""

V3_ACCOUNTABILITY = """
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    client_id TEXT,
    detail    TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_by_client ON audit_log(client_id);
CREATE TABLE billing_records (
    id           TEXT PRIMARY KEY,
    client_id    TEXT,
    package_id   TEXT NOT NULL,
    name         TEXT NOT NULL,
    id_number    TEXT,
    address      TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    package_name TEXT NOT NULL,
    price_ore    INTEGER,
    purchased    TEXT NOT NULL,
    keep_until   TEXT NOT NULL
);
CREATE TABLE erasure_receipts (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL,
    erased_at   TEXT NOT NULL,
    notes_count INTEGER NOT NULL,
    policy      TEXT NOT NULL,
    reason      TEXT NOT NULL
);
ALTER TABLE packages ADD COLUMN erase_postponed_at TEXT;
"""

# The backups this vault has written (backup.py): where, when, and whether each still holds a
# client erased since. No client data: paths, sizes and checksums only.
V4_BACKUP_CATALOG = """
CREATE TABLE backups (
    id           TEXT PRIMARY KEY,
    path         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    holds_erased INTEGER NOT NULL DEFAULT 0,
    checked_at   TEXT
);
"""

# Speed at 200,000 notes (bench/bench_core.py). Each client and note keeps the rowid of its search
# entry, so an entry is replaced by rowid instead of by a scan of the index (the id columns of an
# FTS5 table have no index). An autosaved note is only marked stale; the next search re-indexes
# it (search.py). The client list counts sessions per package from an index.
V5_SPEED = """
ALTER TABLE clients ADD COLUMN search_rowid INTEGER;
ALTER TABLE notes ADD COLUMN search_rowid INTEGER;
ALTER TABLE notes ADD COLUMN search_stale INTEGER NOT NULL DEFAULT 0;
CREATE INDEX notes_search_stale ON notes(search_stale) WHERE search_stale = 1;
UPDATE clients SET search_rowid = m.rid
    FROM (SELECT ref_id, rowid AS rid FROM search_index WHERE kind = 'client') AS m
    WHERE m.ref_id = clients.id;
UPDATE notes SET search_rowid = m.rid
    FROM (SELECT ref_id, rowid AS rid FROM search_index WHERE kind = 'note') AS m
    WHERE m.ref_id = notes.id;
CREATE INDEX sessions_by_package_status ON sessions(package_id, status);
CREATE INDEX packages_latest ON packages(client_id, (completed_at IS NULL), purchased, created_at);
"""

# Size at 200,000 notes (bench/bench_core.py): as a WITHOUT ROWID table, note_revisions kept
# each ~1 KB body in its primary-key b-tree, whose cells spill anything over ~1,000 bytes into
# an overflow page of its own: most of a 4 KiB page wasted per note. A rowid table holds three
# such rows a page. Same columns and names; the unique index keeps (note_id, revision) a key.
V6_COMPACT_REVISIONS = """
CREATE TABLE note_revisions_v6 (
    note_id       TEXT NOT NULL REFERENCES notes(id),
    revision      INTEGER NOT NULL,
    body          TEXT NOT NULL,
    saved_at      TEXT NOT NULL,
    signed_at     TEXT,
    superseded_at TEXT
);
INSERT INTO note_revisions_v6 (note_id, revision, body, saved_at, signed_at, superseded_at)
    SELECT note_id, revision, body, saved_at, signed_at, superseded_at FROM note_revisions
    ORDER BY note_id, revision;
DROP TABLE note_revisions;
ALTER TABLE note_revisions_v6 RENAME TO note_revisions;
CREATE UNIQUE INDEX note_revisions_key ON note_revisions(note_id, revision);
"""

# PDL 3 kap 17 § (policy.py): a note written while the PDL policy was in force stays a patient
# journal entry whatever the policy later becomes. Triggers mark it at the moment of writing, on
# every path that writes a revision (editor, import, seed), without trusting any clock. Notes
# written before this version are marked from the policy changes in the access log; when the
# log cannot tell (the vault was created under PDL), from the first note on.
V7_PDL_MARK = """
ALTER TABLE notes ADD COLUMN under_pdl INTEGER NOT NULL DEFAULT 0;
CREATE INDEX notes_under_pdl ON notes(client_id) WHERE under_pdl = 1;
CREATE TRIGGER note_revision_insert_under_pdl AFTER INSERT ON note_revisions
WHEN (SELECT value FROM settings WHERE key = 'retention_policy') = 'pdl'
BEGIN
    UPDATE notes SET under_pdl = 1 WHERE id = NEW.note_id AND under_pdl = 0;
END;
CREATE TRIGGER note_revision_update_under_pdl AFTER UPDATE ON note_revisions
WHEN (SELECT value FROM settings WHERE key = 'retention_policy') = 'pdl'
BEGIN
    UPDATE notes SET under_pdl = 1 WHERE id = NEW.note_id AND under_pdl = 0;
END;
WITH changes AS (
    SELECT at, substr(detail, 1, instr(detail, '->') - 1) AS old,
           substr(detail, instr(detail, '->') + 2) AS new,
           lead(at) OVER (ORDER BY seq) AS next_at, row_number() OVER (ORDER BY seq) AS n
    FROM audit_log WHERE action = 'policy_change' AND instr(detail, '->') > 0
), periods (start_at, end_at) AS (
    SELECT at, next_at FROM changes WHERE new = 'pdl'
    UNION ALL SELECT '', at FROM changes WHERE n = 1 AND old = 'pdl'
    UNION ALL SELECT coalesce((SELECT max(at) FROM changes), ''), NULL
        WHERE (SELECT value FROM settings WHERE key = 'retention_policy') = 'pdl'
)
UPDATE notes SET under_pdl = 1 WHERE EXISTS (
    SELECT 1 FROM note_revisions r JOIN periods p
        ON (r.saved_at >= p.start_at AND (p.end_at IS NULL OR r.saved_at <= p.end_at))
        OR (r.signed_at >= p.start_at AND (p.end_at IS NULL OR r.signed_at <= p.end_at))
    WHERE r.note_id = notes.id
);
"""

# Security review, finding 9: a billing record (a name kept 7 years) must not hold the id of
# the package it paid for, which erasure receipts and the access log name next to the client's
# pseudonymous id: together they tied that id back to a name. The record keeps its own random
# id, the package's name, price and date: what bokföringslagen asks, nothing that links.
V8_BILLING_UNLINKED = """
CREATE TABLE billing_records_v8 (
    id           TEXT PRIMARY KEY,
    client_id    TEXT,
    name         TEXT NOT NULL,
    id_number    TEXT,
    address      TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    package_name TEXT NOT NULL,
    price_ore    INTEGER,
    purchased    TEXT NOT NULL,
    keep_until   TEXT NOT NULL
);
INSERT INTO billing_records_v8 (id, client_id, name, id_number, address, email, phone,
                                package_name, price_ore, purchased, keep_until)
    SELECT id, client_id, name, id_number, address, email, phone, package_name, price_ore,
           purchased, keep_until FROM billing_records;
DROP TABLE billing_records;
ALTER TABLE billing_records_v8 RENAME TO billing_records;
"""

# The client list's "last session" is the last one held, never a planned one to come. With only
# sessions_by_client, the status filter read every session row of every client (40 ms became
# 115 ms at 5,000 clients, bench/bench_core.py); this partial index answers it by one seek.
V9_LAST_HELD = """
CREATE INDEX sessions_held_by_client ON sessions(client_id, start) WHERE status = 'held';
"""

# Invoicing (issue 16): invoices and credit notes in one gapless number series, their lines and
# payments. An invoice keeps its own copy of the buyer (exactly the data the privacy notice
# lists) and of the seller, so it survives the client's erase unchanged until bokföringslagen's
# seven years are over (keep_until); its links to the client and the package are cleared when
# those rows go. The number is taken from invoice_series in the transaction that stores the
# invoice. A trigger refuses any change to an issued invoice's content. Self-contained: no
# other migration depends on it.
V13_INVOICING = """
CREATE TABLE invoice_series (
    name        TEXT PRIMARY KEY,
    next_number INTEGER NOT NULL CHECK (next_number > 0)
);
CREATE TABLE invoices (
    id               TEXT PRIMARY KEY,
    number           INTEGER NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    refers_to        TEXT REFERENCES invoices(id),
    client_id        TEXT REFERENCES clients(id) ON DELETE SET NULL,
    package_id       TEXT REFERENCES packages(id) ON DELETE SET NULL,
    issue_date       TEXT NOT NULL,
    due_date         TEXT,
    language         TEXT NOT NULL,
    buyer_name       TEXT NOT NULL,
    buyer_id_number  TEXT,
    buyer_address    TEXT NOT NULL DEFAULT '',
    buyer_email      TEXT NOT NULL DEFAULT '',
    buyer_phone      TEXT NOT NULL DEFAULT '',
    seller           TEXT NOT NULL,
    vat_status       TEXT NOT NULL,
    net_ore          INTEGER NOT NULL,
    vat_ore          INTEGER NOT NULL,
    total_ore        INTEGER NOT NULL CHECK (total_ore = net_ore + vat_ore),
    ocr_reference    TEXT,
    issued_at        TEXT NOT NULL,
    keep_until       TEXT NOT NULL
);
CREATE INDEX invoices_by_client ON invoices(client_id);
CREATE INDEX invoices_by_package ON invoices(package_id);
CREATE UNIQUE INDEX invoices_one_credit_note ON invoices(refers_to) WHERE refers_to IS NOT NULL;
CREATE TABLE invoice_lines (
    invoice_id       TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    description      TEXT NOT NULL,
    supplied_from    TEXT NOT NULL,
    supplied_to      TEXT NOT NULL,
    quantity         INTEGER NOT NULL,
    unit_price_ore   INTEGER NOT NULL,
    amount_ore       INTEGER NOT NULL,
    vat_rate_percent INTEGER NOT NULL,
    vat_ore          INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
);
CREATE TABLE invoice_payments (
    id          TEXT PRIMARY KEY,
    invoice_id  TEXT NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    paid_on     TEXT NOT NULL,
    amount_ore  INTEGER NOT NULL,
    method      TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX invoice_payments_by_invoice ON invoice_payments(invoice_id);
ALTER TABLE packages ADD COLUMN vat_status TEXT;
CREATE TRIGGER invoices_never_change
BEFORE UPDATE OF id, number, kind, refers_to, issue_date, due_date, language, buyer_name,
    buyer_id_number, buyer_address, buyer_email, buyer_phone, seller, vat_status, net_ore,
    vat_ore, total_ore, ocr_reference, issued_at ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is never changed');
END;
CREATE TRIGGER invoice_lines_never_change BEFORE UPDATE ON invoice_lines
BEGIN
    SELECT RAISE(ABORT, 'an issued invoice is never changed');
END;
"""

MIGRATIONS: tuple[str, ...] = (
    V1_BASE, V2_SEARCH, V3_ACCOUNTABILITY, V4_BACKUP_CATALOG, V5_SPEED, V6_COMPACT_REVISIONS,
    V7_PDL_MARK, V8_BILLING_UNLINKED, V9_LAST_HELD, V10_CLIENT_SUMMARY,
    V11_CONTENTLESS_SEARCH, V12_SMALLER_ROWS, V13_INVOICING, V14_AGENDA, V15_MEASURES,
    V16_JOURNAL_CARD,
    V17_TEMPLATES,
    V18_OWN_WORDS,
    V19_TEMPLATE_LANGUAGE,
)
LATEST = len(MIGRATIONS)


def current_version(db: Database) -> int:
    with db.read() as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database, *, target: int = LATEST) -> int:
    """Bring the database to `target`, each step in its own transaction. Returns the version."""
    version = current_version(db)
    if version > LATEST:
        raise VaultDamaged(db.path, Message("damage.newer_schema", {"version": version}))
    while version < target:
        script = MIGRATIONS[version]
        with db.write() as conn:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        version += 1
    return version


def _statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    parts: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                parts.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        parts.append(buffer.strip())
    return parts
