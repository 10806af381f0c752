"""Schema steps that keep the vault fast and small at any size (issue: fast at any size).

V10: the client list reads one small row per client. `client_summary` holds what the list
shows beyond the client's own row (the current package's name and progress, whether notes await
erase, the last session held), and what the unlock's PDL check reads (the last entry in the
client's notes, whether one was written under PDL), so neither reads the notes. Triggers keep
it in the same transaction as every write that changes packages, sessions or notes, whoever
writes (the facade, an import, a rollback), so it is never older than the data.

V11: the full-text index keeps no copy of the text. Before, FTS5 stored every indexed note a
second time (`search_index_content`, as large as all the notes). The index is now contentless:
the text lives only in `note_revisions` and `clients`, and the writer of an entry hands FTS5 the
text it indexed when it removes the entry, so secure-delete still scrubs every token (see
core/storage/search.py). Each entry keeps its kind and its owner's id (the client is the
owner's). `detail=none` keeps which entries hold a word, not where or how often: searches are
prefix words joined by AND (never phrases or NEAR), snippets are cut from the note's text in
Python, and matches are listed newest first (bm25 has no word counts to rank by; with one
indexed column, bm25 under `detail=column` ranked by little but note length). The text
indexed before an edit not yet re-indexed is kept in `search_pending` until the next search
re-indexes the note (a handful of rows).
"""

from __future__ import annotations

# The summary row of one client, computed from the tables. The current package is the oldest
# open one (where new sessions go), else the newest completed one: the same order as the
# packages_latest index, so it is one seek.
_SUMMARY_OF = """
SELECT c.id, p.id, p.name, coalesce(p.sessions_total, 0),
       (SELECT count(*) FROM sessions s WHERE s.package_id = p.id AND s.status = 'held'),
       (SELECT count(*) FROM sessions s WHERE s.package_id = p.id AND s.status = 'late_cancelled'),
       EXISTS (SELECT 1 FROM packages q WHERE q.client_id = c.id AND q.completed_at IS NOT NULL
               AND EXISTS (SELECT 1 FROM sessions s JOIN notes n ON n.session_id = s.id
                           WHERE s.package_id = q.id)),
       EXISTS (SELECT 1 FROM packages q WHERE q.client_id = c.id AND q.completed_at IS NOT NULL
               AND q.erase_postponed_at IS NOT NULL
               AND EXISTS (SELECT 1 FROM sessions s JOIN notes n ON n.session_id = s.id
                           WHERE s.package_id = q.id)),
       (SELECT max(s.start) FROM sessions s WHERE s.client_id = c.id AND s.status = 'held'),
       (SELECT max(max(r.saved_at, coalesce(r.signed_at, ''), coalesce(r.superseded_at, '')))
        FROM notes n JOIN note_revisions r ON r.note_id = n.id WHERE n.client_id = c.id),
       EXISTS (SELECT 1 FROM notes k WHERE k.client_id = c.id AND k.under_pdl = 1)
FROM clients c
LEFT JOIN packages p ON p.rowid = (
    SELECT q.rowid FROM packages q WHERE q.client_id = c.id
    ORDER BY (q.completed_at IS NULL) DESC,
             CASE WHEN q.completed_at IS NULL THEN q.purchased END,
             q.purchased DESC, q.created_at
    LIMIT 1
)
"""

_COLUMNS = ("client_id, package_id, package_name, sessions_total, held, late_cancelled,"
            " awaiting_erase, erase_postponed, last_held, last_written, pdl_marked")


def _refresh(client: str) -> str:
    """The statement a trigger runs to recompute one client's row (`client` is NEW.x or OLD.x)."""
    return (f"INSERT OR REPLACE INTO client_summary ({_COLUMNS})"
            f" {_SUMMARY_OF} WHERE c.id = {client};")


# A statement for one client's row, `?` its id: what an erase runs once at its end.
REFRESH_ONE = f"INSERT OR REPLACE INTO client_summary ({_COLUMNS}) {_SUMMARY_OF} WHERE c.id = ?"
# While `summary_deferred` holds a row, removals leave the recount to the writer (an erase of
# 100 notes recounted the client 300 times, each reading all its revisions: 1.2 s).
_NOT_DEFERRED = "WHEN NOT EXISTS (SELECT 1 FROM summary_deferred)"


def _triggers() -> str:
    parts = [
        f"CREATE TRIGGER client_summary_client_added AFTER INSERT ON clients BEGIN"
        f" {_refresh('NEW.id')} END;",
        "CREATE TRIGGER client_summary_client_removed AFTER DELETE ON clients BEGIN"
        " DELETE FROM client_summary WHERE client_id = OLD.id; END;",
    ]
    # Sessions: only the columns the summary reads, so a session's note being saved or signed
    # (which touches no session column) costs nothing here.
    watched = {"packages": "", "sessions": " OF package_id, client_id, start, status",
               "notes": None}
    for table, columns in watched.items():
        parts.append(f"CREATE TRIGGER client_summary_{table}_added AFTER INSERT ON {table}"
                     f" BEGIN {_refresh('NEW.client_id')} END;")
        parts.append(f"CREATE TRIGGER client_summary_{table}_removed AFTER DELETE ON {table}"
                     f" {_NOT_DEFERRED} BEGIN {_refresh('OLD.client_id')} END;")
        if columns is not None:  # a note's row changes only in index bookkeeping: no trigger
            parts.append(
                f"CREATE TRIGGER client_summary_{table}_changed AFTER UPDATE{columns} ON {table}"
                f" BEGIN {_refresh('OLD.client_id')} {_refresh('NEW.client_id')} END;")
    # A revision saved or signed (every autosave) only moves the last entry forward: one keyed
    # update, not a recount. A revision removed (a correction discarded, an erase) recounts.
    of_note = "(SELECT client_id FROM notes WHERE id = {}.note_id)"
    parts.append(
        "CREATE TRIGGER client_summary_revision_written AFTER INSERT ON note_revisions BEGIN"
        " UPDATE client_summary SET last_written = max(coalesce(last_written, ''),"
        " NEW.saved_at, coalesce(NEW.signed_at, ''), coalesce(NEW.superseded_at, ''))"
        f" WHERE client_id = {of_note.format('NEW')}; END;")
    parts.append(
        "CREATE TRIGGER client_summary_revision_changed AFTER UPDATE OF saved_at, signed_at,"
        " superseded_at ON note_revisions BEGIN"
        " UPDATE client_summary SET last_written = max(coalesce(last_written, ''),"
        " NEW.saved_at, coalesce(NEW.signed_at, ''), coalesce(NEW.superseded_at, ''))"
        f" WHERE client_id = {of_note.format('NEW')}; END;")
    parts.append(
        "CREATE TRIGGER client_summary_revision_removed AFTER DELETE ON note_revisions"
        f" {_NOT_DEFERRED} BEGIN {_refresh(of_note.format('OLD'))} END;")
    parts.append(
        "CREATE TRIGGER client_summary_note_marked AFTER UPDATE OF under_pdl ON notes BEGIN"
        f" {_refresh('NEW.client_id')} END;")
    return "\n".join(parts)


V10_CLIENT_SUMMARY = f"""
CREATE TABLE summary_deferred (flag INTEGER PRIMARY KEY);
CREATE TABLE client_summary (
    client_id       TEXT PRIMARY KEY,
    package_id      TEXT,
    package_name    TEXT,
    sessions_total  INTEGER NOT NULL,
    held            INTEGER NOT NULL,
    late_cancelled  INTEGER NOT NULL,
    awaiting_erase  INTEGER NOT NULL,  -- a completed package still has notes
    erase_postponed INTEGER NOT NULL,  -- ... and its erase was postponed
    last_held       TEXT,
    last_written    TEXT,     -- the latest moment any of the client's notes was written
    pdl_marked      INTEGER NOT NULL  -- a note was written while PDL was in force
) WITHOUT ROWID;
INSERT INTO client_summary ({_COLUMNS}) {_SUMMARY_OF};
{_triggers()}
CREATE INDEX clients_by_name ON clients(name COLLATE NOCASE);
-- sessions_by_package_status starts with package_id: this one only cost space and writes.
DROP INDEX sessions_by_package;
-- The list's last session is in the summary now; its own partial index is not needed.
DROP INDEX sessions_held_by_client;
"""

# Every entry keeps its rowid, so the owners' pointers (schema V5) stay right. The index is
# rebuilt from the owners' text, so the old one is dropped first (SQLite 3.53 corrupts a renamed
# contentless_unindexed table, so no build-aside-and-rename). A stale note (an edit not yet
# re-indexed) is indexed from its current text here, so nothing stays stale.
V11_CONTENTLESS_SEARCH = """
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, body,
    content = '', contentless_unindexed = 1, detail = none,
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index(rowid, kind, ref_id, body)
    SELECT search_rowid, 'client', id, name || ' ' || coalesce(id_number, '')
    FROM clients WHERE search_rowid IS NOT NULL;
INSERT INTO search_index(rowid, kind, ref_id, body)
    SELECT n.search_rowid, 'note', n.id,
           (SELECT r.body FROM note_revisions r WHERE r.note_id = n.id
            ORDER BY r.revision DESC LIMIT 1)
    FROM notes n WHERE n.search_rowid IS NOT NULL;
UPDATE notes SET search_stale = 0 WHERE search_stale = 1;
-- An owner without a pointer (none should exist) is indexed afresh: a client now, a note by
-- the next search.
INSERT INTO search_index(kind, ref_id, body)
    SELECT 'client', id, name || ' ' || coalesce(id_number, '')
    FROM clients WHERE search_rowid IS NULL;
UPDATE clients SET search_rowid = (SELECT rowid FROM search_index
                                   WHERE kind = 'client' AND ref_id = clients.id)
    WHERE search_rowid IS NULL;
UPDATE notes SET search_stale = 1 WHERE search_rowid IS NULL;
CREATE TABLE search_pending (
    note_id TEXT PRIMARY KEY,
    body    TEXT NOT NULL  -- the text the index holds for a note edited since
) WITHOUT ROWID;
"""

# Smaller rows, same answers. The audit log's chain is in each hash (entry_hash takes the
# previous one), so the stored copy of the previous hash was 64 redundant bytes a row. One index
# on notes(client_id, under_pdl) answers both what notes_by_client and the partial
# notes_under_pdl answered (in a PDL vault the two held every note twice).
V12_SMALLER_ROWS = """
ALTER TABLE audit_log DROP COLUMN prev_hash;
DROP INDEX notes_under_pdl;
DROP INDEX notes_by_client;
CREATE INDEX notes_by_client ON notes(client_id, under_pdl);
"""
