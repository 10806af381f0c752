"""Spell checking without Qt: the Hunspell dictionaries, the words of a line of text, and which of
them are misspelt. docs/spelling.md says why this engine and these dictionaries.

The engine is Hunspell itself through `chunspell-next` (import name `hunspell`; wheels for
Windows, macOS and Linux, the en_US dictionary inside). The Swedish dictionary is `hunspell-sv`,
whose wheel installs `sv_SE.aff`/`.dic` as data files (under `<prefix>/share/hunspell`); a
PyInstaller bundle carries them in `share/hunspell` beside the app (packaging/journal-app.spec).

Loading a dictionary takes a few hundred milliseconds and the binding holds the interpreter
while it does, so `load_speller` is called off the GUI thread (ui/views/spell_check.py starts
it when an editor is attached, before anyone types) and each dictionary is loaded once per
process. Checking a word costs microseconds and is cached per word by `WordCheck`; suggestions
(a tenth of a second to half a second in Swedish) are asked for only on a right-click.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

ENGLISH = "en"
SWEDISH = "sv"
# The Hunspell dictionary of each language the app speaks: (distribution, file stem).
DICTIONARIES = {SWEDISH: ("hunspell-sv", "sv_SE"), ENGLISH: ("chunspell-next", "en_US")}
MAX_SUGGESTIONS = 7

# A word: letters, with an apostrophe or a hyphen inside ("KBT-terapeut", "don't"); digits and
# underscores end it. Hunspell judges a hyphenated word as a whole, else by its parts.
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


SWEDISH_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöé"
ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_slip_away(word: str, letters: str) -> list[str]:
    """Candidates one typing slip from `word`, likeliest slip first: two neighbours swapped,
    a letter doubled or left out, one letter wrong; a capital first letter is kept."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swapped = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]]
    inserted = [a + c + b for a, b in splits for c in letters if a or not word[:1].isupper()]
    deleted = [a + b[1:] for a, b in splits if b]
    replaced = [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    return [w for w in (*swapped, *inserted, *deleted, *replaced) if w and w != word]


class DictionaryMissing(RuntimeError):
    """The dictionary of a language is not installed (or not in the bundle)."""


def dictionary_folder(language: str) -> tuple[Path, str]:
    """Where the language's .aff and .dic are, and their stem."""
    distribution, stem = DICTIONARIES[language]
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: packaging/journal-app.spec
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        candidates += [base / "share" / "hunspell", base / "hunspell" / "dictionaries"]
    try:
        for file in metadata.files(distribution) or ():
            if file.name == f"{stem}.dic":
                candidates.append(Path(str(file.locate())).parent)
    except metadata.PackageNotFoundError:
        pass
    candidates.append(Path(sys.prefix) / "share" / "hunspell")
    for folder in candidates:
        if (folder / f"{stem}.dic").is_file() and (folder / f"{stem}.aff").is_file():
            return folder.resolve(), stem
    raise DictionaryMissing(f"no {stem} dictionary ({distribution}) in {candidates}")


class Speller:
    """One language's Hunspell dictionary. Use it from one thread at a time."""

    def __init__(self, language: str) -> None:
        from hunspell import Hunspell  # the binding: imported where it is used

        folder, stem = dictionary_folder(language)
        self.language = language
        self._hunspell: Any = Hunspell(stem, hunspell_data_dir=str(folder))

    def correct(self, word: str) -> bool:
        if self._hunspell.spell(word):
            return True
        if "-" in word:  # a compound written with a hyphen: right when each part is
            return all(self._hunspell.spell(part) for part in word.split("-") if part)
        return False

    def suggest(self, word: str) -> list[str]:
        """The words one slip away (two letters swapped, one left out, one extra, one wrong),
        as Hunspell itself judges them: a few milliseconds. Only when there are none does
        Hunspell search further (its own suggest: up to half a second for a Swedish word, and
        the binding holds the interpreter meanwhile, so the window would wait)."""
        near = [w for w in one_slip_away(word, self.alphabet) if self._hunspell.spell(w)]
        if near:
            return list(dict.fromkeys(near))[:MAX_SUGGESTIONS]
        return list(self._hunspell.suggest(word))[:MAX_SUGGESTIONS]

    @property
    def alphabet(self) -> str:
        return SWEDISH_LETTERS if self.language == SWEDISH else ENGLISH_LETTERS


_loaded: dict[str, Speller] = {}
_loading = threading.Lock()


def load_speller(language: str) -> Speller:
    """The language's speller, loaded once per process (slow: call it off the GUI thread)."""
    with _loading:
        if language not in _loaded:
            _loaded[language] = Speller(language)
        return _loaded[language]


def loaded_speller(language: str) -> Speller | None:
    """The speller if it is loaded already; never loads."""
    return _loaded.get(language)


@dataclass(frozen=True)
class Span:
    start: int
    length: int
    word: str


def words_in(text: str) -> Iterator[Span]:
    for match in WORD.finditer(text):
        yield Span(match.start(), match.end() - match.start(), match.group())


def skipped(word: str) -> bool:
    """Words not checked: one letter, and abbreviations in capitals (KBT, PHQ, BUP)."""
    return len(word) < 2 or word.isupper()


class WordCheck:
    """A speller with the practitioner's own words and a cache of answers per word. The own
    words are only ever in memory here (they come from the vault); `forget` drops them and the
    cache at a lock."""

    def __init__(self, speller: Speller | None = None) -> None:
        self.speller = speller
        self._own: set[str] = set()
        self._cache: dict[str, bool] = {}

    @property
    def ready(self) -> bool:
        return self.speller is not None

    def use(self, speller: Speller | None) -> None:
        if speller is not self.speller:
            self.speller = speller
            self._cache.clear()

    def set_own_words(self, words: list[str] | set[str]) -> None:
        self._own = set(words)
        self._cache.clear()

    def add_own_word(self, word: str) -> None:
        self._own.add(word)
        self._cache.clear()  # a capitalised form of it may be cached as wrong

    def forget(self) -> None:
        self._own.clear()
        self._cache.clear()

    def is_own(self, word: str) -> bool:
        # At a sentence's start an own word in lower case is written with a capital.
        return word in self._own or (word[:1].isupper() and word[:1].lower() + word[1:] in self._own)

    def correct(self, word: str) -> bool:
        known = self._cache.get(word)
        if known is None:
            known = (skipped(word) or self.is_own(word) or self.speller is None
                     or self.speller.correct(word))
            self._cache[word] = known
        return known

    def misspelt(self, text: str) -> list[Span]:
        if self.speller is None:
            return []
        return [span for span in words_in(text) if not self.correct(span.word)]

    def suggestions(self, word: str) -> list[str]:
        """The speller's suggestions, the practitioner's own close words first."""
        import difflib

        own = difflib.get_close_matches(word, self._own, n=3, cutoff=0.75)
        found = self.speller.suggest(word) if self.speller is not None else []
        return list(dict.fromkeys([*own, *found]))[:MAX_SUGGESTIONS]
