"""The interchange file's own spelling dictionary (docs/interchange.md, "dictionary"): the words
the practitioner added while writing, exactly as stored, so a move to a new computer keeps them.

On import every word is checked first (core/domain/own_words.py; a refusal names the word's
place in the file, as interchange_plan.py does) and nothing is written unless all are sound.
Words merge with those the vault has: importing never removes one. `linked` names, for a word
added while writing about a client, that client (one of the same file's clients), so the word
still goes with the client's erase after a move.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from journal_app.core.domain.own_words import check_own_word
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.export.interchange_record import Record, fail, show

DICTIONARY_KEYS = frozenset({"words", "linked"})
MAX_WORDS = 100_000


def dictionary_out(journal: Journal) -> dict[str, Any]:
    linked = journal.own_words_linked()
    return {"words": journal.own_words(),
            "linked": {word: linked[word] for word in sorted(linked)}}


@dataclass(frozen=True)
class DictionaryPlan:
    words: tuple[str, ...] = ()
    linked: Mapping[str, str] = field(default_factory=dict)


def dictionary_plan(document: Mapping[str, Any],
                    clients: Collection[str] = ()) -> DictionaryPlan:
    """The file's words, each checked, and their links to the file's `clients`; an empty plan
    when the file has no dictionary."""
    raw = document.get("dictionary")
    if raw is None:
        return DictionaryPlan()
    top = Record(raw, "dictionary", DICTIONARY_KEYS)
    items = top.items("words")
    if len(items) > MAX_WORDS:
        fail("record.too_many_words", top.at("words"), limit=MAX_WORDS)
    words: list[str] = []
    seen: set[str] = set()
    for n, item in enumerate(items):
        at = f"dictionary.words[{n}]"
        try:
            word = check_own_word(item)
        except InvalidInput as refused:
            fail("record.own_word_refused", at, reason=refused.message)
        if word in seen:
            fail("record.own_word_twice", at, value=show(word))
        seen.add(word)
        words.append(word)
    links = raw.get("linked", {}) if isinstance(raw, Mapping) else {}
    if not isinstance(links, Mapping):
        fail("record.own_word_link_refused", top.at("linked"), value=show(links))
    for word, client in links.items():
        if word not in seen or not isinstance(client, str) or client not in clients:
            fail("record.own_word_link_refused", f"dictionary.linked[{show(word)}]",
                 value=show(client))
    return DictionaryPlan(tuple(words), dict(links))
