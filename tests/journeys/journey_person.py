"""The person at the keyboard and mouse in a journey: every method sends input events, and only
those (the rule is in conftest.py's docstring). Also the rescue that closes a question nobody
answered, so a journey fails instead of hanging."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import shiboken6
from journey_questions import WAIT_MS, AnsweringQuestions, KeyScript, plain, reject_modals
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
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

from journal_app.ui.main_window import MainWindow
from support import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


# The person ----------------------------------------------------------------------------------


class Person(AnsweringQuestions):
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
            reject_modals()

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

    def click_on(self, widget: QWidget, pos: QPoint | None = None) -> None:
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
        self.click_on(self.button(container, text))

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
        self.click_on(combo)
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

    def right_click(self, widget: QWidget, pos: QPoint) -> None:
        """A right click at `pos` in `widget`, sent to its window as the window system sends
        it, so Qt makes the context-menu event of it as it does for a real mouse."""
        self.wait_for(widget.isVisible, f"{widget.objectName() or type(widget).__name__} shown")
        top = widget.window()
        handle = top.windowHandle()
        assert handle is not None, "the window is not on screen"
        self.qtbot.mouseMove(widget, pos)
        with self._acting():
            QTest.mouseClick(handle, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier,
                             widget.mapTo(top, pos))

    def button_menu(self, button: QWidget, action_text: str) -> None:
        """Click a button that pops up its menu, then `action_text` in it. Qt runs such a menu
        in an event loop of its own (the click that opens it returns when it closes), so the
        click on the item is scheduled first and made once the menu is on screen."""
        chosen: list[str] = []

        def pick() -> None:
            menu = QApplication.activePopupWidget()
            if not isinstance(menu, QMenu) or not menu.isVisible():
                QTimer.singleShot(20, pick)
                return
            actions = [a for a in menu.actions() if plain(a.text()) == action_text]
            chosen.append(action_text if actions else "")
            if not actions:
                QTest.keyClick(menu, Qt.Key.Key_Escape)  # the journey fails: leave the menu
                return
            target = menu.actionGeometry(actions[0]).center()
            self.qtbot.mouseMove(menu, target)
            QTest.mouseClick(menu, LEFT, Qt.KeyboardModifier.NoModifier, target)

        QTimer.singleShot(0, pick)
        self.click_on(button)
        self.wait_for(lambda: chosen, "the button's menu")
        assert chosen == [action_text], f"no {action_text!r} in the button's menu"

    def popup_choice(self, action_text: str) -> None:
        """Click `action_text` in the popup menu that is open (a context menu)."""
        self.wait_for(lambda: isinstance(QApplication.activePopupWidget(), QMenu), "a menu")
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        actions = [a for a in menu.actions() if plain(a.text()) == action_text]
        assert actions, f"no {action_text!r} in the menu: {[plain(a.text()) for a in menu.actions()]}"
        target = menu.actionGeometry(actions[0]).center()
        self.qtbot.mouseMove(menu, target)
        self._mouse_click(menu, LEFT, pos=target)
        self.wait_for(lambda: not shiboken6.isValid(menu) or not menu.isVisible(),
                      "the menu to close")

    # Keyboard --------------------------------------------------------------------------------

    def popup_key_until(self, action_text: str, key: Qt.Key = Qt.Key.Key_Down,
                        most: int = 15) -> None:
        """With a pop-up menu open, press `key` until `action_text` is the highlighted item,
        then Return: the keys reach the menu, which holds the keyboard while it is open."""
        self.wait_for(lambda: isinstance(QApplication.activePopupWidget(), QMenu), "a menu")
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for _ in range(most):
            active = menu.activeAction()
            if active is not None and plain(active.text()) == action_text:
                self._key_click(menu, Qt.Key.Key_Return)
                self.wait_for(lambda: not shiboken6.isValid(menu) or not menu.isVisible(),
                              "the menu to close")
                return
            self._key_click(menu, key)
        raise AssertionError(f"{action_text!r} never highlighted in the menu: "
                             f"{[plain(a.text()) for a in menu.actions()]}")


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
        self.click_on(field)
        self.expect_focus(field)
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)

    def press_until(self, done: Callable[[], object], key: Qt.Key, what: str,
                    most: int = 30) -> None:
        """Press `key` (into whatever has the keyboard) until `done()`, at most `most` times:
        Tab to a control, Down to a row."""
        for _ in range(most):
            if done():
                return
            self.press(key)
        assert done(), f"{what} was never reached with {key.name}"

    def keys_in_dialogs(self, steps: list[tuple[type[QWidget], Callable[[Any], bool],
                                                list[Any]]]) -> KeyScript:
        """Keys for the modal dialogs that the next key opens, one step a dialog
        (journey_questions.KeyScript); `.steps` is empty once all were pressed."""
        return KeyScript(self, steps)
