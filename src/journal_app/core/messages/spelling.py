"""The practitioner's own spelling dictionary: what adding a word gets refused."""

from __future__ import annotations

SPELLING: dict[str, tuple[str, str]] = {
    "field.own_word": ("The word", "Ordet"),
    "own_word.not_one_word": (
        "“{word}” is not one word: a word in the dictionary has no spaces or line breaks.",
        "”{word}” är inte ett ord: ett ord i ordlistan har inga mellanslag eller radbrytningar.",
    ),
    "own_word.not_found": ("“{word}” is not in your dictionary.",
                           "”{word}” finns inte i din ordlista."),
    "record.own_word_twice": ("the word {value} is in the file twice.",
                              "ordet {value} finns två gånger i filen."),
    "record.own_word_refused": ("{reason}", "{reason}"),
    "record.own_word_link_refused": (
        "links a word of the dictionary to {value}, which is not a client of this file.",
        "knyter ett ord i ordlistan till {value}, som inte är en klient i den här filen.",
    ),
    "record.too_many_words": ("holds more than {limit} words.", "har fler än {limit} ord."),
}
