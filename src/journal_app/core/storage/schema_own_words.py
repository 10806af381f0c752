"""Schema V18: the practitioner's own spelling dictionary (issue 17).

The words a practitioner adds while writing ("Add to my dictionary"): clients' names, places,
terms of the trade. They live here, inside the encrypted database, never in a plain word file
beside it. One list for every language (a name is a name in Swedish and English alike), each
word stored exactly as added; the primary key keeps a word once.

A word added while writing about a client (most often the client's own name) is linked to that
client: it goes with the client row when the client is erased (ON DELETE CASCADE; secure_delete
scrubs its page), so an erase leaves no name behind in the dictionary.
"""

from __future__ import annotations

V18_OWN_WORDS = """
CREATE TABLE own_words (
    word      TEXT PRIMARY KEY,
    added_at  TEXT NOT NULL,
    client_id TEXT REFERENCES clients(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX own_words_by_client ON own_words(client_id) WHERE client_id IS NOT NULL;
"""
