"""Journeys: the real main window, used the way a practitioner uses it.

THE RULE (checked by test_journeys_use_input_events_only.py): a journey drives the app
ONLY through input events, where a person would click and type:

- mouse: ``qtbot.mouseClick`` on a button's centre, on the centre of a row's ``visualRect`` on
  the view's viewport, on a menu-bar title and then on the action's ``actionGeometry`` in the
  open menu, on a combo box and then on the item in its popup list;
- keys: ``qtbot.keyClicks`` / ``qtbot.keyClick`` into ``QApplication.focusWidget()``, after
  checking that the focus is where the person expects to be typing (a letter beyond ASCII is
  sent as its own key event with its text, ``QTest.sendKeyEvent``: QTest's keyClicks asserts
  on ä and ö);
- a modal question (QMessageBox, QFileDialog, QInputDialog) is answered by clicking its button
  (or typing into its focused field and pressing Enter). Questions opened with ``exec()`` block,
  so the answer is scheduled on a QTimer before the click that opens them; a question that never
  comes fails the test instead of blocking it (a rescue timer rejects whatever is left up).

A journey never calls controllers, slots, ``setText``/``setValue``/``setCurrentIndex``/
``selectRow``/``setChecked``/``setFocus``, ``.click()``, ``.trigger()`` or ``.emit()`` to make the
app do something. Looking is fine: ``findChild`` by objectName, ``.text()``, model data,
``visualRect``, and read-only calls on ``window.controller.journal`` to see what was stored.
Moving the ManualClock is time passing, not driving the UI.

The fixtures: ``make_window()`` (the real MainWindow, as tests/gui/conftest.py builds it but with
no ``confirm=`` override), ``seeded`` / ``one_client`` (a vault filled through the core before
the window opens), and ``person``, whose methods are the only way the journeys act: ``click``,
``click_button``, ``click_row``, ``click_index``, ``choose`` (a combo box), ``menu``,
``right_click`` (sent to the window, which makes the context-menu event of it) and
``popup_choice`` (a click on an item of the context menu that opened), ``type``,
``press``, ``select_all_and_type``, ``answering`` (a modal question), ``unlock``,
``open_client``, ``open_session``, and to look: ``wait_for``, ``dialog``, ``visible_text``. A
watchdog closes a question that blocks a click for longer than any step may take and fails
the journey, so nothing hangs.

The lines below that act without an input event are marked ``# not-driving:`` with the reason
(and listed by the scan): the rescue that closes a modal nobody answered (the journey has
failed by then), the teardown that closes the windows, the window activation a window manager
would do, and the test process's locale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from journey_person import Person
from journey_questions import WAIT_MS, reject_modals
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QApplication,
)

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.vault.vault import Vault
from journal_app.ui import i18n
from journal_app.ui.main_window import MainWindow
from journal_app.ui.tasks import wait_for_tasks
from support import FAST_KDF, PASSPHRASE

# Fixtures ------------------------------------------------------------------------------------


def _speak_english(language: str = "en") -> None:
    i18n.install_language(language)
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    locale = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden) if language == "sv" else uk
    QLocale.setDefault(locale)  # not-driving: the test process's locale, as the app's start sets it


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    _speak_english()
    yield
    _speak_english()  # a journey may have switched to Swedish


@pytest.fixture
def swedish(english: None) -> None:
    """The app speaks Swedish from its start (the system's or the chosen language)."""
    _speak_english("sv")


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and shiboken6.isValid(w)]


@pytest.fixture
def make_window(qtbot, vault_dir: Path, clock: ManualClock,  # type: ignore[no-untyped-def]
                ui_settings: QSettings) -> Iterator[Callable[[], MainWindow]]:
    """The app's main window as `run_app` builds it, but with fast key derivation, a ManualClock
    and settings in a temporary file. No `confirm=` override: every question is a real dialog."""
    before = main_windows()

    def factory() -> MainWindow:
        window = MainWindow(vault_dir, clock=clock, kdf_policy=FAST_KDF, ui_settings=ui_settings)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()  # not-driving: what a window manager does to a new window
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        return window

    yield factory
    reject_modals()
    for window in main_windows():  # the successor of a language switch too
        if not any(window is old for old in before):
            window.close()  # not-driving: teardown; closing locks the vault (closeEvent)
            window.deleteLater()
    wait_for_tasks()
    QApplication.processEvents()


@dataclass
class Seeded:
    """Ids of what a seeded vault holds."""

    client: str = ""
    package: str = ""
    signed: str = ""  # a held session with a signed note
    draft: str = ""  # a held session with a draft note
    empty: str = ""  # a held session with no note yet
    other: str = ""  # a second client
    other_session: str = ""
    client_name: str = "Karin Lindström"
    other_name: str = "Erik Öberg"
    signed_text: str = "Samtalets innehåll\nVi pratade om trädgården och sömnen.\n"
    draft_text: str = "Utkast: planerade nästa steg med promenader."
    other_text: str = "Erik berättade om fjällvandringen i Abisko."
    passphrase: str = PASSPHRASE


def _seed(vault_dir: Path, clock: ManualClock, *, with_other: bool, empty_only: bool) -> Seeded:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               retention_policy=RetentionPolicy.ERASE_ON_COMPLETION,
                               kdf_policy=FAST_KDF, clock=clock)
    j = vault.journal
    seeded = Seeded()
    client = j.clients.add(seeded.client_name, id_number="19121212-1212")
    package = j.packages.add(client.id, name="Paket 5", sessions_total=5,
                             purchased=dt.date(2026, 2, 1))
    seeded.client, seeded.package = client.id, package.id
    if empty_only:
        seeded.empty = j.packages.add_session(package.id, dt.datetime(2026, 3, 2, 8, 0),
                                              SessionStatus.HELD).id
    else:
        signed = j.packages.add_session(package.id, dt.datetime(2026, 2, 2, 10, 0),
                                        SessionStatus.HELD)
        j.notes.save_draft(signed.id, seeded.signed_text)
        j.sign_note(signed.id)
        draft = j.packages.add_session(package.id, dt.datetime(2026, 2, 16, 10, 0),
                                       SessionStatus.HELD)
        j.notes.save_draft(draft.id, seeded.draft_text)
        seeded.signed, seeded.draft = signed.id, draft.id
    if with_other:
        other = j.clients.add(seeded.other_name)
        other_package = j.packages.add(other.id, name="Paket 3", sessions_total=3,
                                       purchased=dt.date(2026, 2, 1))
        session = j.packages.add_session(other_package.id, dt.datetime(2026, 2, 20, 13, 0),
                                         SessionStatus.HELD)
        j.notes.save_draft(session.id, seeded.other_text)
        seeded.other, seeded.other_session = other.id, session.id
    vault.lock()
    return seeded


@pytest.fixture
def empty_vault(vault_dir: Path, clock: ManualClock) -> Path:
    """A locked vault with no client yet (the erase-on-completion policy)."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               retention_policy=RetentionPolicy.ERASE_ON_COMPLETION,
                               kdf_policy=FAST_KDF, clock=clock)
    vault.lock()
    return vault_dir


@pytest.fixture
def one_client(vault_dir: Path, clock: ManualClock) -> Seeded:
    """A locked vault with exactly one client: one package, one held session with no note."""
    return _seed(vault_dir, clock, with_other=False, empty_only=True)


@pytest.fixture
def seeded(vault_dir: Path, clock: ManualClock) -> Seeded:
    """A locked vault: Karin (a signed note and a draft, both sessions held) and Erik (a draft
    that mentions Abisko)."""
    return _seed(vault_dir, clock, with_other=True, empty_only=False)


@pytest.fixture
def person(qtbot) -> Iterator[Person]:  # type: ignore[no-untyped-def]
    yield from _person(Person(qtbot))


@pytest.fixture
def impatient_person(qtbot) -> Iterator[Person]:  # type: ignore[no-untyped-def]
    """A person whose watchdog closes an unanswered question after half a second: for the
    test that shows a journey fails, and does not hang, on a question it did not expect."""
    yield from _person(Person(qtbot, stuck_after_ms=500), expect_stuck=True)


def _person(someone: Person, *, expect_stuck: bool = False) -> Iterator[Person]:
    yield someone
    someone.stop()
    left = reject_modals()
    assert expect_stuck or not someone.stuck, \
        f"a question nobody expected blocked the journey: {someone.stuck}"
    assert not left, f"a dialog was left up at the end of the journey: {left}"
