"""Schema V18: the practitioner's own spelling dictionary (issue 17).

The words a practitioner adds while writing ("Add to my dictionary"): clients' names, places,
terms of the trade. They live here, inside the encrypted database, never in a plain word file
beside it. One list for every language (a name is a name in Swedish and English alike), each
word stored exactly as added; the primary key keeps a word once.
"""

from __future__ import annotations

V18_OWN_WORDS = """
CREATE TABLE own_words (
    word     TEXT PRIMARY KEY,
    added_at TEXT NOT NULL
) WITHOUT ROWID;
"""
