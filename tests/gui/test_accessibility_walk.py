"""Screen readers: every interactive control in every window and dialog has a name a screen
reader can say (walked through QAccessible), and Tab follows the reading order."""

from __future__ import annotations

import pytest
from a11y_support import (
    BUILD,
    PARTS_OF_THE_WINDOW,
    open_client,
    out_of_reading_order,
    seed_for_the_walk,
    show,
    unnamed_controls,
    window_classes,
)
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal_app.ui.accessibility import set_reading_order


def test_every_window_and_dialog_is_in_the_walk() -> None:
    found = window_classes()
    missing = sorted(set(found) - set(BUILD) - PARTS_OF_THE_WINDOW)
    assert not missing, f"add these to tests/gui/a11y_support.py BUILD: {missing}"
    assert not set(BUILD) - set(found), "BUILD names a class that no longer exists"


def test_the_walk_finds_an_unnamed_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QWidget()
    qtbot.addWidget(box)
    QPushButton(box)  # no text, no name: what a bare icon button is to a screen reader
    named = QLineEdit(box)
    named.setAccessibleName("Named")
    show(box)
    assert len(unnamed_controls(box)) == 1


def test_the_tab_order_check_finds_a_step_up(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    fields = [QLineEdit(box) for _ in range(3)]
    for field in fields:
        layout.addWidget(field)
    show(box)
    assert out_of_reading_order(box) == []
    top, middle, bottom = fields
    set_reading_order([top, bottom, middle])  # Tab from the lowest field up to the middle one
    assert len(out_of_reading_order(box)) == 1


def test_the_first_run_page_names_every_control_in_reading_order(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()  # no vault yet: the first-run page
    assert window.pages.currentWidget() is window.first_run_page
    assert unnamed_controls(window) == []
    assert out_of_reading_order(window) == []


def test_the_main_window_names_every_control(make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert unnamed_controls(window) == []  # the unlock page
    assert out_of_reading_order(window) == []
    unlock(window)
    seed_for_the_walk(window)
    open_client(window)
    assert unnamed_controls(window) == []
    assert out_of_reading_order(window) == []


@pytest.mark.parametrize("name", sorted(BUILD))
def test_every_dialog_names_every_control_in_reading_order(  # type: ignore[no-untyped-def]
        name, make_window, seeded, unlock, qtbot) -> None:
    window = make_window()
    unlock(window)
    dialog = show(BUILD[name](window))
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    assert out_of_reading_order(dialog) == []
