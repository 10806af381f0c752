"""Questions in a journey: a modal that the next click brings up (and that blocks that click)
is answered from a timer by clicking its button or typing into it, as a person does; one that
never comes, or one nobody answers, is closed so the journey fails instead of hanging."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

WAIT_MS = 10_000  # the longest any single step may take before the journey fails


def plain(text: str) -> str:
    """A label as a person reads it: without the & of its keyboard mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def reject_modals() -> list[str]:
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


class AnsweringQuestions:
    """The question-answering part of the journeys' Person (journey_person.py), which gives
    it `qtbot`, `click_on`, `button`, `keys` and `wait_for`."""

    qtbot: Any
    click_on: Callable[..., None]
    button: Callable[..., QAbstractButton]
    keys: Callable[[QWidget, str], None]
    wait_for: Callable[..., None]

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
                    reject_modals()
                return
            if (time.monotonic() - started) * 1000 > timeout:
                timer.stop()
                up = QApplication.activeModalWidget()
                answer.error = (f"no question with a {button!r} button came within {timeout} ms"
                                f"{'' if typing is None else ' with the keyboard in it'}; "
                                f"up: {type(up).__name__ if up else None}, keyboard: "
                                f"{type(QApplication.focusWidget()).__name__}")
                answer.rescued = reject_modals()

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
            self.click_on(self.button(box, button))


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


class KeyScript:
    """Key presses for the modal dialogs one key opens (the export, then its file chooser): each
    step waits until a dialog of its kind is up with the keyboard in it (and `ready` holds),
    then presses its keys into the widget that has the keyboard. Run from a timer, since the
    key that opens the first dialog blocks until the last one closes."""

    def __init__(self, person: Any, steps: list[tuple[type[QWidget], Callable[[Any], bool],
                                                       list[Any]]]) -> None:
        self.person, self.steps = person, list(steps)
        self.done: list[str] = []
        self.timers: list[QTimer] = []
        self._watch()

    def _watch(self) -> None:
        """A fresh timer for each step: the keys of one step may open a dialog that blocks
        inside this timer's own call, and a timer never fires again from inside itself."""
        timer = QTimer()
        timer.timeout.connect(self._poll)
        timer.start(40)
        self.timers.append(timer)

    def _poll(self) -> None:
        if not self.steps:
            for timer in self.timers:
                timer.stop()
            return
        kind, ready, keys = self.steps[0]
        box = QApplication.activeModalWidget()
        focused = QApplication.focusWidget()
        if not (isinstance(box, kind) and focused is not None and box.isAncestorOf(focused)
                and ready(box)):
            return
        self.steps.pop(0)
        self.done.append(kind.__name__)
        self.timers[-1].stop()
        self._watch()
        for key in keys:
            focused = QApplication.focusWidget()
            if isinstance(key, str):
                self.person.keys(focused, key)
            else:
                self.person.qtbot.keyClick(focused, *key)
