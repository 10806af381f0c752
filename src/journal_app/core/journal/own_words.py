"""The facade's own spelling dictionary: the words the practitioner added while writing.

A mixin of `Journal` (facade.py). The words live in the encrypted database
(storage/own_words.py); the editors' spell checking (ui/spelling.py) reads them at unlock and
adds through `add_own_word`, whose change record tells every editor to use the word at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from journal_app.core.journal.changes import ChangeKind, OwnWordChange
from journal_app.core.journal.reads import JournalReads


class JournalOwnWords(JournalReads):
    def own_words(self) -> list[str]:
        return self.repos.own_words.words()

    def own_words_linked(self) -> dict[str, str]:
        """The words added while writing about a client (word -> client id)."""
        return self.repos.own_words.linked()

    def add_own_word(self, word: str, client_id: str | None = None) -> OwnWordChange:
        """Add a word exactly as written; refused naming the field when it is not one word.
        Added from a client's note or card, it is linked to the client and goes with the
        client's erase (a client's name must not outlive the client's journal)."""
        stored, added = self.repos.own_words.add(word, client_id)
        return OwnWordChange(kind=ChangeKind.OWN_WORD_ADDED, word=stored, added=added,
                             client_id=client_id)

    def remove_own_word(self, word: str) -> OwnWordChange:
        return OwnWordChange(kind=ChangeKind.OWN_WORD_REMOVED,
                             word=self.repos.own_words.remove(word))

    def restore_own_words(self, words: Sequence[str],
                          linked: Mapping[str, str] | None = None) -> int:
        """An import's checked words, inside the import's transaction (its summary is the
        change record); returns how many were new to this vault."""
        return self.repos.own_words.restore(words, linked)
