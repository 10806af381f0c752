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
``click_button``, ``click_row``, ``click_index``, ``choose`` (a combo box), ``menu``, ``type``,
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
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTextEdit,
    QWidget,
)

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.vault.vault import Vault
from journal_app.ui import i18n
from journal_app.ui.controllers.tasks import wait_for_tasks
from journal_app.ui.views.main_window import MainWindow
from support import FAST_KDF, PASSPHRASE

WAIT_MS = 10_000  # the longest any single step may take before the journey fails

LEFT = Qt.MouseButton.LeftButton


def plain(text: str) -> str:
    """A label as a person reads it: without the & of its keyboard mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# Fixtures ------------------------------------------------------------------------------------


def _speak_english() -> None:
    i18n.install_language("en")
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(uk)  # not-driving: the test process's locale, as the app's start sets it


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    _speak_english()
    yield
    _speak_english()  # a journey may have switched to Swedish


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and shiboken6.isValid(w)]


def _reject_modals() -> list[str]:
    """Close whatever modal is left up; the names of those closed."""
    closed: list[str] = []
    for _ in range(10):
        box = QApplication.activeModalWidget()
        if box is None:
            break
        closed.append(box.objectName() or type(box).__name__)
        if isinstance(box, QDialog):
            box.reject()  # not-driving: rescue of a modal nobody answered; the test fails
        else:
            box.close()  # not-driving: rescue of a modal nobody answered; the test fails
        QApplication.processEvents()
    return closed


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
    _reject_modals()
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
    left = _reject_modals()
    assert expect_stuck or not someone.stuck, \
        f"a question nobody expected blocked the journey: {someone.stuck}"
    assert not left, f"a dialog was left up at the end of the journey: {left}"


# The person ----------------------------------------------------------------------------------


class Person:
    """Someone at the keyboard and mouse. Every method sends input events, and only those."""

    def __init__(self, qtbot, stuck_after_ms: int = WAIT_MS + 2_000) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.stuck_after_ms = stuck_after_ms
        self._acting_since: list[float] = []  # when each input event still being handled began
        self.stuck: list[str] = []  # modals that blocked an input event nobody answered
        self._watchdog = QTimer()
        self._watchdog.timeout.connect(self._check_stuck)
        self._watchdog.start(250)

    # Never hang --------------------------------------------------------------------------------

    @contextmanager
    def _acting(self) -> Iterator[None]:
        """Around every input event: a click that opens a question with exec() returns only
        when the question is answered."""
        self._acting_since.append(time.monotonic())
        try:
            yield
        finally:
            self._acting_since.pop()
        if self.stuck and not self._acting_since:
            raise AssertionError(f"a question nobody expected blocked the journey and was "
                                 f"closed after {self.stuck_after_ms} ms: {self.stuck}")

    def _check_stuck(self) -> None:
        """An input event blocked for longer than any step may take, under a modal nobody
        answers (a question the journey did not expect): close it, so the journey fails
        instead of hanging the suite."""
        if not self._acting_since or QApplication.activeModalWidget() is None:
            return
        if (time.monotonic() - self._acting_since[-1]) * 1000 > self.stuck_after_ms:
            up = QApplication.activeModalWidget()
            title = up.windowTitle() if up is not None else ""
            text = up.text() if isinstance(up, QMessageBox) else ""
            self.stuck.append(f"{type(up).__name__} {title!r} {text!r}")
            _reject_modals()

    def stop(self) -> None:
        self._watchdog.stop()

    def _mouse_click(self, widget: QWidget, button: Qt.MouseButton, pos: QPoint) -> None:
        with self._acting():
            self.qtbot.mouseClick(widget, button, pos=pos)

    def _key_click(self, target: QWidget, key: Qt.Key,
                   modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        with self._acting():
            self.qtbot.keyClick(target, key, modifier)

    def _key_clicks(self, target: QWidget, text: str) -> None:
        with self._acting():
            self.qtbot.keyClicks(target, text)

    # Looking ---------------------------------------------------------------------------------

    def wait_for(self, condition: Callable[[], object], what: str = "",
                 timeout: int = WAIT_MS) -> None:
        """Wait until `condition()` is true; fail (never hang) after `timeout` ms."""
        try:
            self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)
        except Exception as exc:
            raise AssertionError(f"timed out after {timeout} ms waiting for: "
                                 f"{what or condition}") from exc

    def wait(self, ms: int) -> None:
        self.qtbot.wait(ms)

    def expect_focus(self, widget: QWidget) -> None:
        """The keyboard is where a person would start typing."""
        self.wait_for(lambda: QApplication.focusWidget() is widget,
                      f"keyboard focus on {widget.objectName() or type(widget).__name__}, "
                      f"not {type(QApplication.focusWidget()).__name__}")

    @staticmethod
    def visible_text(window: QWidget) -> str:
        """Every text a person could read in the window now: labels, fields, editors, the rows
        of the item views on screen, and the title."""
        parts = [window.windowTitle()]
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, (QLabel, QLineEdit)):
                parts.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
                parts.append(widget.toPlainText())
            elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                for row in range(model.rowCount()):
                    for column in range(model.columnCount()):
                        parts.append(str(model.index(row, column).data() or ""))
        return "\n".join(parts)

    def unlock(self, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
        """Type the passphrase where the unlock page put the keyboard, press Enter."""
        page = window.unlock_page
        self.wait_for(lambda: window.pages.currentWidget() is page, "the unlock page")
        self.type(passphrase, into=page.passphrase)
        self.press(Qt.Key.Key_Return, into=page.passphrase)
        self.wait_for(lambda: window.pages.currentWidget() is window.workspace,
                      "the workspace after unlocking")

    def open_client(self, window: MainWindow, name: str) -> None:
        """One click on the client's row; wait until its name heads the middle column."""
        view = window.workspace.client_view
        self.click_row(window.workspace.client_list.table, name)
        self.wait_for(lambda: view.name.text() == name, f"{name} to open")

    def open_session(self, window: MainWindow, start: str) -> None:
        """One click on the session row that starts `start` ("2026-02-16"); wait for its note."""
        editor = window.workspace.note_editor
        self.click_row(window.workspace.client_view.sessions, start)
        self.wait_for(lambda: start in editor.title.text(), f"the note of {start}")

    def dialog(self, window: QWidget, kind: type[QDialog]) -> QDialog:
        """The dialog of that kind that the window shows now (waited for)."""
        def shown() -> QDialog | None:
            found = [d for d in window.findChildren(kind) if d.isVisible()]
            return found[0] if found else None

        self.wait_for(shown, f"the {kind.__name__}")
        found = shown()
        assert found is not None
        return found

    # Mouse -----------------------------------------------------------------------------------

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        """A left click; on a button, its centre (a check box or radio button: its box)."""
        self.wait_for(lambda: widget.isVisible() and widget.isEnabled(),
                      f"{widget.objectName() or type(widget).__name__} to be clickable")
        if pos is None:
            pos = self._target(widget)
        self.qtbot.mouseMove(widget, pos)
        self._mouse_click(widget, LEFT, pos=pos)

    @staticmethod
    def _target(widget: QWidget) -> QPoint:
        if isinstance(widget, (QCheckBox, QRadioButton)):
            option = QStyleOptionButton()
            option.initFrom(widget)
            element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(widget, QCheckBox)
                       else QStyle.SubElement.SE_RadioButtonIndicator)
            return widget.style().subElementRect(element, option, widget).center()
        return widget.rect().center()

    def click_button(self, container: QWidget, text: str) -> None:
        """Click the visible button that reads `text` (without its &) inside `container`."""
        self.click(self.button(container, text))

    @staticmethod
    def button(container: QWidget, text: str) -> QAbstractButton:
        found = [b for b in container.findChildren(QAbstractButton)
                 if b.isVisible() and plain(b.text()) == text]
        assert found, (f"no button {text!r} in {type(container).__name__}; there are "
                       f"{[plain(b.text()) for b in container.findChildren(QAbstractButton)]}")
        return found[0]

    def click_index(self, view: QAbstractItemView, index: QModelIndex) -> None:
        """A click in the middle of the row's cell, as a person clicks a row."""
        rect = view.visualRect(index)
        assert rect.isValid() and view.viewport().rect().contains(rect.center()), \
            f"row {index.row()} of {view.objectName()} is not on screen"
        self.qtbot.mouseMove(view.viewport(), rect.center())
        self._mouse_click(view.viewport(), LEFT, pos=rect.center())

    def click_row(self, view: QAbstractItemView, text: str, column: int = 0) -> int:
        """Click the row whose `column` shows `text` (or starts with it); its row number."""
        model = view.model()
        shown = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
        for row, cell in enumerate(shown):
            if cell == text or cell.startswith(text):
                self.click_index(view, model.index(row, column))
                return row
        raise AssertionError(f"no row {text!r} in {view.objectName()}: {shown}")

    def choose(self, combo: QComboBox, item_text: str) -> None:
        """Open a combo box with a click and click the item in its list."""
        self.click(combo)
        view = combo.view()
        self.wait_for(view.isVisible, f"the list of {combo.objectName()} to open")
        model = combo.model()
        for row in range(model.rowCount()):
            index = model.index(row, combo.modelColumn())
            if plain(str(index.data())) == item_text:
                rect = view.visualRect(index)
                self.qtbot.mouseMove(view.viewport(), rect.center())
                self.wait(QApplication.doubleClickInterval() + 50)  # not the opening click
                self._mouse_click(view.viewport(), LEFT, pos=rect.center())
                self.wait_for(lambda: not view.isVisible(), "the combo list to close")
                return
        raise AssertionError(f"no item {item_text!r} in {combo.objectName()}")

    def menu(self, window: QWidget, title: str, action_text: str) -> None:
        """Click the menu-bar title, then the action in the menu that opens."""
        bar = window.menuBar()
        titles = [a for a in bar.actions() if plain(a.text()) == title]
        assert titles, f"no menu {title!r}: {[plain(a.text()) for a in bar.actions()]}"
        menu = titles[0].menu()
        assert isinstance(menu, QMenu)
        pos = bar.actionGeometry(titles[0]).center()
        self.qtbot.mouseMove(bar, pos)
        self._mouse_click(bar, LEFT, pos=pos)
        self.wait_for(menu.isVisible, f"the {title} menu to open")
        actions = [a for a in menu.actions() if plain(a.text()) == action_text]
        assert actions, f"no {action_text!r} in {title}: {[plain(a.text()) for a in menu.actions()]}"
        assert actions[0].isEnabled(), f"{action_text!r} is greyed out"
        target = menu.actionGeometry(actions[0]).center()
        self.qtbot.mouseMove(menu, target)
        self._mouse_click(menu, LEFT, pos=target)
        self.wait_for(lambda: not shiboken6.isValid(menu) or not menu.isVisible(),
                      f"the {title} menu to close")

    # Keyboard --------------------------------------------------------------------------------

    def type(self, text: str, into: QWidget | None = None) -> None:
        """Type into the widget that has the keyboard (asserted to be `into` when given)."""
        target = self._keyboard(into)
        self.keys(target, text)

    def keys(self, target: QWidget, text: str) -> None:
        """Key presses that type `text`. QTest maps only ASCII (it asserts on ä and ö), so a
        letter beyond ASCII is sent as its own key with its text, as a Swedish keyboard does;
        a newline is the Return key."""
        run = ""
        for char in text:
            if char.isascii() and char != "\n":
                run += char
                continue
            if run:
                self._key_clicks(target, run)
                run = ""
            if char == "\n":
                self._key_click(target, Qt.Key.Key_Return)
            else:
                shift = (Qt.KeyboardModifier.ShiftModifier if char.isupper()
                         else Qt.KeyboardModifier.NoModifier)
                with self._acting():
                    QTest.sendKeyEvent(QTest.KeyAction.Click, target,
                                       Qt.Key(ord(char.upper())), char, shift)
        if run:
            self._key_clicks(target, run)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              into: QWidget | None = None) -> None:
        target = self._keyboard(into)
        self._key_click(target, key, modifier)

    def _keyboard(self, expected: QWidget | None) -> QWidget:
        """Where the keys go: the focus widget (asserted to be `expected` when given). Focus
        comes back a moment after a dialog closes (the window is activated from the event
        loop); a person's next key is never that fast, so wait for it."""
        if expected is not None:
            self.expect_focus(expected)
        else:
            self.wait_for(lambda: QApplication.focusWidget() is not None,
                          "some widget to have the keyboard")
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard"
        return target

    def select_all_and_type(self, field: QWidget, text: str) -> None:
        """Click into a field, select what is there (Ctrl+A) and type over it."""
        self.click(field)
        self.expect_focus(field)
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)

    # Questions -------------------------------------------------------------------------------

    @contextmanager
    def answering(self, button: str, *, typing: str | None = None, replace: bool = False,
                  press_enter: bool = False, dialog_type: type[QWidget] = QWidget,
                  timeout: int = WAIT_MS) -> Iterator[Answer]:
        """Answer the modal question that the steps inside the block bring up.

        When it is up: optionally type `typing` into its focused field (after Ctrl+A if
        `replace`), then press Enter (`press_enter`) or click the button reading `button`.
        Scheduled on a timer before the steps run, so a question opened with exec() (which
        blocks the click that opened it) is answered from inside its own event loop. No
        question within `timeout`: whatever modal is up is closed and the journey fails."""
        answer = Answer(button)
        started = time.monotonic()
        timer = QTimer()

        def poll() -> None:
            if answer.done:
                timer.stop()
                return
            box = QApplication.activeModalWidget()
            if isinstance(box, dialog_type) and box.isVisible() and self._answerable(box, button) \
                    and (typing is None or self._has_keyboard(box)):
                timer.stop()
                answer.done = True
                answer.dialog_type = type(box).__name__
                answer.title = box.windowTitle()
                answer.text = box.text() if isinstance(box, QMessageBox) else ""
                try:
                    self._answer(box, button, typing, replace, press_enter, answer)
                except Exception as exc:  # reported by the test, after the block
                    answer.error = repr(exc)
                    _reject_modals()
                return
            if (time.monotonic() - started) * 1000 > timeout:
                timer.stop()
                up = QApplication.activeModalWidget()
                answer.error = (f"no question with a {button!r} button came within {timeout} ms"
                                f"{'' if typing is None else ' with the keyboard in it'}; "
                                f"up: {type(up).__name__ if up else None}, keyboard: "
                                f"{type(QApplication.focusWidget()).__name__}")
                answer.rescued = _reject_modals()

        timer.timeout.connect(poll)
        timer.start(30)
        try:
            yield answer
            self.wait_for(lambda: answer.done or answer.error, f"the {button!r} question",
                          timeout=timeout + 1000)
        finally:
            timer.stop()
        assert answer.error is None, answer.error

    @staticmethod
    def _has_keyboard(box: QWidget) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and box.isAncestorOf(focused)

    @staticmethod
    def _answerable(box: QWidget, button: str) -> bool:
        return any(b.isVisible() and plain(b.text()) == button
                   for b in box.findChildren(QAbstractButton))

    def _answer(self, box: QWidget, button: str, typing: str | None, replace: bool,
                press_enter: bool, answer: Answer) -> None:
        if typing is not None:
            focused = QApplication.focusWidget()
            assert focused is not None and box.isAncestorOf(focused), \
                f"the keyboard is not in the {type(box).__name__}: {focused!r}"
            answer.typed_into = focused.objectName() or type(focused).__name__
            if replace:
                self._key_click(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.keys(focused, typing)
        if press_enter:
            focused = QApplication.focusWidget()
            assert focused is not None
            self._key_click(focused, Qt.Key.Key_Return)
        else:
            self.click(self.button(box, button))


@dataclass
class Answer:
    button: str
    done: bool = False
    error: str | None = None
    rescued: list[str] = field(default_factory=list)
    dialog_type: str = ""
    title: str = ""
    text: str = ""
    typed_into: str = ""
