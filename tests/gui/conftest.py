"""GUI fixtures: a main window on a fresh vault with fast key derivation, a movable clock,
settings in a temporary file, and a sign confirmation that answers yes without a dialog."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QWidget

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import SessionStatus
from journal_app.core.journal.changes import Change, ChangeKind
from journal_app.core.vault.vault import Vault
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.main_window import MainWindow
from journal_app.ui.tasks import wait_for_tasks
from support import FAST_KDF, PASSPHRASE

WindowFactory = Callable[[], MainWindow]


@pytest.fixture(autouse=True)
def english_locale() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def confirmations() -> list[str]:
    """Titles of the confirmations the app asked for; each is answered yes."""
    return []


@pytest.fixture
def make_window(
    qtbot, vault_dir: Path, clock: ManualClock, ui_settings: QSettings,  # type: ignore[no-untyped-def]
    confirmations: list[str],
) -> Iterator[WindowFactory]:
    windows: list[weakref.ref[MainWindow]] = []  # weak: a language switch deletes one

    def confirm(_parent: QWidget, title: str, _text: str) -> bool:
        confirmations.append(title)
        return True

    def factory() -> MainWindow:
        window = MainWindow(vault_dir, clock=clock, kdf_policy=FAST_KDF, ui_settings=ui_settings,
                            confirm=confirm)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)
        windows.append(weakref.ref(window))
        return window

    yield factory
    for ref in windows:
        window = ref()
        if window is not None and shiboken6.isValid(window):
            window.controller.lock()
    wait_for_tasks()


@pytest.fixture
def app(qapp, vault: Vault, clock: ManualClock) -> AppController:  # type: ignore[no-untyped-def]
    """The app's controller over the open `vault`, for a dialog tested without the window: its
    writes go through the controller's one write entry, as in the app."""
    controller = AppController(vault.folder, clock=clock)
    controller.adopt(vault)
    return controller


@pytest.fixture
def seeded(vault_dir: Path, clock: ManualClock) -> dict[str, str]:
    """A locked vault with one client, a package of two sessions, one held with a signed
    note, one planned with no note."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               kdf_policy=FAST_KDF, clock=clock)
    j = vault.journal
    client = j.clients.add("Karin Lindström", id_number="19121212-1212")
    package = j.packages.add(client.id, name="Paket 2", sessions_total=2,
                             purchased=dt.date(2026, 2, 1))
    first = j.packages.add_session(package.id, dt.datetime(2026, 2, 2, 10, 0), SessionStatus.HELD)
    j.notes.save_draft(first.id, "Samtalets innehåll\nVi pratade om trädgården och sömnen.\n")
    j.sign_note(first.id)
    second = j.packages.add_session(package.id, dt.datetime(2026, 3, 2, 10, 0))
    other = j.clients.add("Erik Öberg")
    vault.lock()
    return {"client": client.id, "package": package.id, "first": first.id,
            "second": second.id, "other": other.id}


@pytest.fixture
def unlock(qtbot) -> Callable[[MainWindow], None]:  # type: ignore[no-untyped-def]
    """Unlock the way a person does: type the passphrase, press Enter; then wait until what
    the unlock has to say is back (the app gathers it off the GUI thread), so a test starts
    from a window whose notices and due erase prompts are already there."""

    def run(window: MainWindow) -> None:
        page = window.unlock_page
        page.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(window.controller.unlocked, timeout=10_000), \
                qtbot.waitSignal(window.controller.changed, timeout=10_000,
                                 check_params_cb=_unlock_notices):
            page.passphrase.returnPressed.emit()

    return run


def _unlock_notices(change: Change) -> bool:
    return change.kind is ChangeKind.UNLOCK_NOTICES
