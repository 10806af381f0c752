"""Keyboard only: every shortcut in the menus is listed in Help (read from the actions, so the
list cannot go stale), no two actions share one, and where the platform has a standard key for
an action the app uses it."""

from __future__ import annotations

import shiboken6
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from journal_app.ui.dialogs.help_dialog import HelpDialog, shortcut_rows

NATIVE = QKeySequence.SequenceFormat.NativeText


def _menu_actions_with_shortcuts(window) -> list[QAction]:  # type: ignore[no-untyped-def]
    return [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
            and any(isinstance(o, QMenu) for o in a.associatedObjects())]


def _open_shortcuts(window, qtbot) -> HelpDialog:  # type: ignore[no-untyped-def]
    window.shortcuts_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(HelpDialog)))
    return next(d for d in window.findChildren(HelpDialog) if d.isVisible())


def test_every_menu_shortcut_is_listed_in_help(make_window, seeded, unlock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    dialog = _open_shortcuts(window, qtbot)
    assert dialog.tabs.currentWidget() is dialog.shortcut_table  # opened on its tab
    listed = dialog.shortcuts_listed()
    keys = [k for _name, k in listed]
    actions = _menu_actions_with_shortcuts(window)
    assert len(actions) >= 15
    for action in actions:
        text = action.text().replace("&", "").rstrip(".…")
        assert any(name.endswith(text) and k == action.shortcut().toString(NATIVE)
                   for name, k in listed), f"{text} ({action.shortcut().toString()}) not in Help"
    assert len(keys) == len(set(keys)), "a shortcut is listed twice"
    dialog.reject()


def test_the_list_follows_the_actions(qtbot) -> None:  # type: ignore[no-untyped-def]
    menu = QMenu("&Tools")
    qtbot.addWidget(menu)
    action = menu.addAction("&Count the beans…")
    assert shortcut_rows([menu]) == []
    action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    assert shortcut_rows([menu]) == [("Tools › Count the beans",
                                      QKeySequence("Ctrl+Shift+K").toString(NATIVE))]


def test_no_two_actions_share_a_shortcut(make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.objectName() or action.text())
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def test_standard_keys_are_used_where_the_platform_has_one(make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    standard = {
        "newClientAction": QKeySequence.StandardKey.New,
        "findAction": QKeySequence.StandardKey.Find,
        "saveNoteAction": QKeySequence.StandardKey.Save,
        "quitAction": QKeySequence.StandardKey.Quit,
        "helpAction": QKeySequence.StandardKey.HelpContents,
        "exportPdfAction": QKeySequence.StandardKey.Print,
    }
    for name, key in standard.items():
        action = window.findChild(QAction, name)
        assert action is not None and shiboken6.isValid(action), name
        bindings = QKeySequence.keyBindings(key)
        if bindings:  # the platform has one
            assert action.shortcut() == bindings[0], name
