"""What a screen reader needs beyond what Qt's standard widgets give: status changes said aloud
(saved, locked, erased), names for the little buttons inside a line edit, and a tab order set
in reading order in one call.

`announce` sends Qt's announcement event (Qt 6.8+, read by AT-SPI, UI Automation and
NSAccessibility) from the widget that shows the status, and also sets that widget's accessible
description, so a screen reader that reads the status later hears the same words. Every
announcement is also emitted on `announcer().announced`, which the tests listen to."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget


class Announcer(QObject):
    announced = Signal(str)


_ANNOUNCER: list[Announcer] = []


def announcer() -> Announcer:
    if not _ANNOUNCER:
        _ANNOUNCER.append(Announcer())
    return _ANNOUNCER[0]


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Say `text` to a screen reader now, from `widget` (a status label, the status bar)."""
    if not text:
        return
    widget.setAccessibleDescription(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
    announcer().announced.emit(text)


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
