"""What a screen reader needs beyond what Qt's standard widgets give: status changes said aloud
(saved, locked, erased), names for the little buttons inside a line edit, and a tab order set
in reading order in one call.

`announce` sends Qt's announcement event (Qt 6.8+, read by AT-SPI, UI Automation and
NSAccessibility) from the widget that shows the status, and also sets that widget's accessible
description, so a screen reader that reads the status later hears the same words. Every
announcement also goes to the callbacks given to `listen`, which the tests use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

_LISTENERS: list[Callable[[str], None]] = []


def listen(callback: Callable[[str], None]) -> Callable[[], None]:
    """Call `callback(text)` with every announcement (how the tests hear them); returns the
    function that stops it. A plain list, not a Qt signal: PySide6 6.12 on Python 3.11 takes a
    reference from True on every `Signal.emit` from Python, and an announcement on every
    status message would drain it (the interpreter dies when True's count reaches zero)."""
    _LISTENERS.append(callback)
    return lambda: _LISTENERS.remove(callback)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Say `text` to a screen reader now, from `widget` (a status label, the status bar)."""
    if not text:
        return
    widget.setAccessibleDescription(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    for callback in list(_LISTENERS):
        callback(text)


def set_reading_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits `widgets` in this order (each with its own focus children, a button box's
    buttons for instance)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def name_line_edit_buttons(edit: QLineEdit, clear: str, others: Sequence[str] = ()) -> None:
    """The clear button and the icons Qt draws inside a line edit are tool buttons with no
    text: give each a name. `others` names the added actions' buttons in the order added."""
    buttons = edit.findChildren(QToolButton)
    clear_action = edit.findChild(QObject, "_q_qlineeditclearaction")
    rest = iter(others)
    for button in buttons:
        if clear_action is not None and button.defaultAction() is clear_action:
            button.setAccessibleName(clear)
        else:
            button.setAccessibleName(next(rest, ""))
