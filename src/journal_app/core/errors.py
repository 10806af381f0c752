"""The errors the core raises. Each carries a code and its fields; core/messages/ says it.

`raise InvalidInput("package.sessions_out_of_range", maximum=50)`: the code names one entry of
the catalogue, the fields fill it. str(error) is the English sentence (logs, the CLI); a face
that speaks Swedish renders `error.code` and `error.fields` with messages.render, never by
reading the English back.
"""

from __future__ import annotations

from pathlib import Path

from journal_app.core.messages import ENGLISH, MESSAGES, PLAIN, Message, render


class JournalError(Exception):
    """Base class: anything the app can explain in one plain sentence."""

    def __init__(self, code: str, /, **fields: object) -> None:
        if code not in MESSAGES:
            # A sentence from a caller that does not use codes yet: kept as it is. Every raise
            # in core/ and export/ names a code (tests/gui/test_core_messages.py checks that).
            code, fields = PLAIN, {"text": code}
        super().__init__(code)
        self.code = code
        self.fields: dict[str, object] = fields

    @property
    def message(self) -> Message:
        return Message(self.code, self.fields)

    def render(self, language: str) -> str:
        """The sentence in `language` ("sv" or "en")."""
        return render(self.code, self.fields, language)

    def __str__(self) -> str:
        return self.render(ENGLISH)


_WHAT = {
    "vault.wrong_passphrase": "passphrase",
    "vault.wrong_recovery_key": "recovery key",
    "vault.recovery_key_form": "recovery key",
    "vault.recovery_key_character": "recovery key",
}


class WrongPassphrase(JournalError):
    """A passphrase or recovery key that does not open the vault; `what` says which."""

    def __init__(self, code: str = "vault.wrong_passphrase", /, **fields: object) -> None:
        super().__init__(code, **fields)
        self.what = _WHAT.get(self.code, "passphrase")


class VaultDamaged(JournalError):
    """`reason` is a damage.* Message, or the system's own words where it has no code."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        super().__init__("vault.damaged", path=path, reason=reason)
        self.path = path
        self.reason = str(reason)  # English, as before; fields["reason"] keeps the Message


class VaultMissing(JournalError):
    def __init__(self, folder: Path) -> None:
        super().__init__("vault.missing", folder=folder)
        self.folder = folder


class VaultExists(JournalError):
    def __init__(self, folder: Path) -> None:
        super().__init__("vault.exists", folder=folder)
        self.folder = folder


class VaultLocked(JournalError):
    def __init__(self) -> None:
        super().__init__("vault.locked")


class WeakPassphrase(JournalError):
    """The passphrase was refused; the message says why in plain words."""


class InvalidInput(JournalError):
    """Bad input from a person or a file; nothing was changed. `field` names the field it is
    about, where there is one (a form puts the cursor there)."""

    field: str | None = None

    def __init__(self, code: str, /, *, field: str | None = None, **fields: object) -> None:
        super().__init__(code, **fields)
        if field is not None:
            self.field = field


class NotFound(JournalError):
    pass


class PolicyRefusal(JournalError):
    """The retention policy forbids this action; the message gives the reason."""


class StorageError(JournalError):
    """The disk refused a write (full, read-only, removed); nothing committed was lost."""
