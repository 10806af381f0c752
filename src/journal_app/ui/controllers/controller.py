"""The application controller: owns the vault, unlocks and locks it, and is the UI's one write
entry: every write goes through `apply`, which runs it on the facade and emits ONE
`changed(Change)` with the facade's change record (core/journal/changes.py). Views refresh
from that signal, never by hand after a write they made::

    change = app.apply(lambda journal: journal.save_draft(session_id, text))

`AppController.packageCompleted(PackageCompleted)` is THE package-completion event: it is
emitted exactly once, right after `changed`, when signing a note, changing a session's status or
correcting a package's size completes a package.
The erase prompt connects to it::

    window.controller.packageCompleted.connect(show_erase_prompt)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from journal_app.core.domain.clock import Clock, SystemClock
from journal_app.core.domain.models import ClientSummary, RetentionPolicy
from journal_app.core.errors import VaultLocked, WrongPassphrase
from journal_app.core.journal.changes import Change
from journal_app.core.journal.facade import Journal
from journal_app.core.keys.kdf import KdfPolicy
from journal_app.core.vault.vault import Vault, derive_unlock_key, vault_exists
from journal_app.ui.tasks import run_task

C = TypeVar("C", bound=Change)


class AppController(QObject):
    busyChanged = Signal(bool)
    created = Signal(str)  # the recovery key, to show once
    createFailed = Signal(str)
    unlocked = Signal()
    unlockFailed = Signal(str)
    aboutToLock = Signal()  # views save drafts here, while the database is still open
    locked = Signal()
    changed = Signal(object)  # the Change record of a write made through `apply`
    packageCompleted = Signal(object)  # PackageCompleted: see the module docstring

    def __init__(
        self,
        folder: Path,
        *,
        clock: Clock | None = None,
        kdf_policy: KdfPolicy | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.clock: Clock = clock or SystemClock()
        self._kdf_policy = kdf_policy  # None: production parameters; tests pass FAST_KDF
        self._vault: Vault | None = None
        # The client list read with the unlock, off the GUI thread; taken once by the workspace.
        self._clients_read_at_unlock: list[ClientSummary] | None = None
        self._busy = False

    # State -----------------------------------------------------------------------------------

    def vault_exists(self) -> bool:
        return vault_exists(self.folder)

    @property
    def kdf_policy(self) -> KdfPolicy | None:
        return self._kdf_policy

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and not self._vault.is_locked

    @property
    def vault(self) -> Vault:
        if self._vault is None or self._vault.is_locked:
            raise VaultLocked()
        return self._vault

    @property
    def journal(self) -> Journal:
        return self.vault.journal

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit(busy)

    # Create and unlock (slow: off the GUI thread) ---------------------------------------------

    def create(self, passphrase: str, practice_name: str, policy: RetentionPolicy) -> None:
        if self._busy:
            return
        self._set_busy(True)

        def work() -> tuple[Vault, str]:
            return Vault.create(
                self.folder, passphrase, practice_name=practice_name, retention_policy=policy,
                kdf_policy=self._kdf_policy, clock=self.clock,
            )

        def done(result: Any) -> None:
            self._set_busy(False)
            self._vault, recovery = result
            self.created.emit(recovery)

        def failed(message: str) -> None:
            self._set_busy(False)
            self.createFailed.emit(message)

        run_task(work, done, failed)

    def unlock(self, passphrase: str) -> None:
        if self._busy or self.is_unlocked:
            return
        self._set_busy(True)
        folder = self.folder

        clock = self.clock

        def work() -> tuple[Vault, list[ClientSummary]] | str:
            try:
                key = derive_unlock_key(folder, passphrase)
            except WrongPassphrase:
                return ""  # told apart from other errors so the UI can translate it
            # Opening the vault and reading the client list (5,000 clients: about 25 ms) run
            # here too, off the GUI thread, so the window keeps answering while a large vault
            # opens (bench/bench_unlock.py). A damaged database fails here: one sentence.
            vault = Vault.open(key, clock=clock)
            try:
                return vault, vault.journal.client_list()
            except BaseException:
                vault.lock()
                raise

        def done(result: Any) -> None:
            self._set_busy(False)
            if not isinstance(result, tuple):
                self.unlockFailed.emit(self.tr("Wrong passphrase. Please try again."))
                return
            self._vault, self._clients_read_at_unlock = result
            self.unlocked.emit()

        def failed(message: str) -> None:
            self._set_busy(False)
            self.unlockFailed.emit(message)

        run_task(work, done, failed)

    def take_clients_read_at_unlock(self) -> list[ClientSummary] | None:
        """The unarchived clients as the unlock read them; None once taken (or never read)."""
        rows, self._clients_read_at_unlock = self._clients_read_at_unlock, None
        return rows

    def adopt(self, vault: object) -> None:
        """A vault opened elsewhere (the recovery-key dialog) becomes the open vault."""
        if isinstance(vault, Vault) and not vault.is_locked and not self.is_unlocked:
            self._vault = vault
            self.unlocked.emit()

    def finish_first_run(self) -> None:
        """After the recovery key was confirmed: the fresh vault is open; go to work."""
        if self.is_unlocked:
            self.unlocked.emit()

    # Lock ------------------------------------------------------------------------------------

    def lock(self) -> None:
        if not self.is_unlocked:
            return
        self.aboutToLock.emit()
        assert self._vault is not None
        try:
            self._vault.lock()
        finally:
            self._vault = None
            self._clients_read_at_unlock = None
            self.locked.emit()

    # The one write entry ---------------------------------------------------------------------

    def apply(self, write: Callable[[Journal], C], *,
              before_announce: Callable[[C], None] | None = None) -> C:
        """Run `write` on the facade, then emit `changed(change)` and, when the write completed
        a package, `packageCompleted`. A refused write raises and emits nothing.

        `before_announce(change)` runs between the write and the signals: a dialog that asked
        for the write closes there, so what the signals open (the erase prompt) is not
        stacked under it and the views refresh with the dialog gone."""
        change = write(self.journal)
        if before_announce is not None:
            before_announce(change)
        self._announce(change)
        return change

    def apply_in_background(self, write: Callable[[Journal], C], done: Callable[[C], None],
                            failed: Callable[[str], None]) -> None:
        """`apply` for a long write (an erase): run off the GUI thread; back on it, the change
        is announced and then handed to `done`, or the one-line reason to `failed`."""
        journal = self.journal

        def finished(change: Any) -> None:
            self._announce(change)
            done(change)

        run_task(lambda: write(journal), finished, failed)

    def _announce(self, change: Change) -> None:
        if change.affects_lists:
            self._clients_read_at_unlock = None  # older than this write: never shown
        self.changed.emit(change)
        if change.completed is not None:
            self.packageCompleted.emit(change.completed)
