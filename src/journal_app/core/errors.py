"""The errors the core raises. Each carries a message fit to show a person as it is."""

from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """Base class: anything the app can explain in one plain sentence."""


class WrongPassphrase(JournalError):
    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"Wrong {what}.")
        self.what = what


class VaultDamaged(JournalError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} is damaged or not a journal vault file: {reason}")
        self.path = path
        self.reason = reason


class VaultMissing(JournalError):
    def __init__(self, folder: Path) -> None:
        super().__init__(f"There is no journal vault in {folder}.")
        self.folder = folder


class VaultExists(JournalError):
    def __init__(self, folder: Path) -> None:
        super().__init__(f"{folder} already holds a journal vault; refusing to overwrite it.")
        self.folder = folder


class VaultLocked(JournalError):
    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class WeakPassphrase(JournalError):
    """The passphrase was refused; `reason` says why in plain words."""


class InvalidInput(JournalError):
    """Bad input from a person or a file; nothing was changed. `field` names the field it is
    about, where there is one (a form puts the cursor there)."""

    field: str | None = None


class NotFound(JournalError):
    pass


class PolicyRefusal(JournalError):
    """The retention policy forbids this action; the message gives the reason."""


class StorageError(JournalError):
    """The disk refused a write (full, read-only, removed); nothing committed was lost."""
