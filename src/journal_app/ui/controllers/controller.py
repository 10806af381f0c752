"""The application controller: owns the vault, unlocks and locks it, and turns the core's
results into Qt signals.

`AppController.packageCompleted(PackageCompleted)` is THE package-completion event: it is
emitted exactly once when signing a note, changing a session's status or correcting a package's
size completes a package.
The erase prompt connects to it::

    window.controller.packageCompleted.connect(show_erase_prompt)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from journal_app.core.errors import VaultLocked, WrongPassphrase
from journal_app.core.journal.clock import Clock, SystemClock
from journal_app.core.journal.facade import Journal
from journal_app.core.journal.models import (
    Note,
    PackageChange,
    PackageCompleted,
    RetentionPolicy,
    Session,
    SessionStatus,
)
from journal_app.core.vault.kdf import KdfPolicy
from journal_app.core.vault.vault import UnlockKey, Vault, derive_unlock_key, vault_exists
from journal_app.ui.controllers.tasks import run_task
from journal_app.ui.core_messages import error_text


class AppController(QObject):
    busyChanged = Signal(bool)
    created = Signal(str)  # the recovery key, to show once
    createFailed = Signal(str)
    unlocked = Signal()
    unlockFailed = Signal(str)
    aboutToLock = Signal()  # views save drafts here, while the database is still open
    locked = Signal()
    journalChanged = Signal()  # a write happened; lists refresh
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

        def work() -> UnlockKey | str:
            try:
                return derive_unlock_key(folder, passphrase)
            except WrongPassphrase:
                return ""  # told apart from other errors so the UI can translate it

        def done(result: Any) -> None:
            self._set_busy(False)
            if not isinstance(result, UnlockKey):
                self.unlockFailed.emit(self.tr("Wrong passphrase. Please try again."))
                return
            try:
                self._vault = Vault.open(result, clock=self.clock)
            except Exception as exc:  # a damaged database: one sentence, never a traceback
                self.unlockFailed.emit(error_text(exc))
                return
            self.unlocked.emit()

        def failed(message: str) -> None:
            self._set_busy(False)
            self.unlockFailed.emit(message)

        run_task(work, done, failed)

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
            self.locked.emit()

    # Writes that may complete a package ------------------------------------------------------

    def sign_note(self, session_id: str) -> Note:
        result = self.journal.sign_note(session_id)
        self.journalChanged.emit()
        self._report(result.completed)
        return result.note

    def set_session_status(self, session_id: str, status: SessionStatus) -> Session:
        change = self.journal.set_session_status(session_id, status)
        self.journalChanged.emit()
        self._report(change.completed)
        return change.session

    def update_package(self, package_id: str, *, name: str, sessions_total: int,
                       purchased: dt.date, price_ore: int | None) -> PackageChange:
        """Correct a running package; a smaller size may complete it. The caller closes its
        dialog, then `announce`s the change (the erase prompt must not open under it)."""
        return self.journal.update_package(package_id, name=name, sessions_total=sessions_total,
                                           purchased=purchased, price_ore=price_ore)

    def announce(self, change: PackageChange) -> None:
        self.journalChanged.emit()
        self._report(change.completed)

    def remove_package(self, package_id: str) -> None:
        self.journal.packages.remove(package_id)
        self.journalChanged.emit()

    def _report(self, completed: PackageCompleted | None) -> None:
        if completed is not None:
            self.packageCompleted.emit(completed)
