"""The core's error messages in the person's language.

The core never imports Qt: it raises JournalError with a code and its fields (core/errors.py),
and the one catalogue in core/messages/ holds each code's English and Swedish text. Here an
error is rendered in the language the app speaks now (i18n.current_language). A field that is
itself a catalogued phrase (a field name such as "The name", a reason such as "the disk is
full") is rendered in the same language by the catalogue. Nothing is translated by reading
English text back.
"""

from __future__ import annotations

from journal_app.core.errors import JournalError
from journal_app.core.messages import Message, render
from journal_app.ui.i18n import current_language


def message_text(message: Message) -> str:
    """A catalogued message the core handed over (an erase refusal, say), in the app's
    language."""
    return message.render(current_language())


def error_text(exc: BaseException) -> str:
    """What a person reads for an error: one plain sentence, never a traceback."""
    language = current_language()
    if isinstance(exc, JournalError):
        return exc.render(language)
    if isinstance(exc, MemoryError):
        return render("task.out_of_memory", {}, language)
    if isinstance(exc, OSError) and str(exc).strip():  # the system's words: "disk full"
        return " ".join(str(exc).split())
    # Anything else is a fault of ours: its type, never its text (it may hold a traceback's
    # details or data), and the promise that nothing more was changed.
    return render("task.unexpected", {"kind": type(exc).__name__}, language)


def localise(message: Message | str) -> str:
    """For callers that still hand over text rather than the error itself: a Message is
    rendered in the app's language; a string is shown as it is (it is never parsed)."""
    return message_text(message) if isinstance(message, Message) else message
