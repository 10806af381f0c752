"""Two actions of one window with the same shortcut make Qt fire neither ("ambiguous shortcut
overload"): each key sequence the main window offers belongs to exactly one action."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence


def test_no_two_actions_of_the_main_window_share_a_shortcut(
        make_window, unlock, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners[sequence.toString(QKeySequence.SequenceFormat.PortableText)].append(
                action.objectName() or action.text())
    assert len(owners) > 10  # the control: the window's shortcuts were found
    shared = {keys: names for keys, names in owners.items() if len(names) > 1}
    assert shared == {}
