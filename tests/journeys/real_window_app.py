"""The real desktop app, started exactly as `journal-app --vault DIR` starts it, plus a
read-only *locator* that tells a test where things are on the screen.

Run by tests/journeys/test_real_window.py in a child process, on a real X11 display:

    python tests/journeys/real_window_app.py --vault DIR

The app is the app: this script only creates the QApplication first (the app's own
`make_application` reuses an existing one), attaches the locator to standard input, and then
hands over to `journal_app.__main__.main` — the console script's entry point — which builds
and shows the real MainWindow, runs the event loop and exits with the app's own code.

The locator ONLY REPORTS. It never clicks, types, sets text or values, selects rows, triggers
actions or calls a controller; it reads geometry, texts, focus and table contents. Everything
the journey does to the app goes through the X server as mouse and key events (xdotool), the
way a person's mouse and keyboard would. Its answers are in screen coordinates, so the test
clicks where a person would see the widget.

Protocol, one JSON array per line on stdin, one JSON object per line on the reply channel
(the process's original stdout; the app's own stdout is sent to stderr so nothing it prints can
be mistaken for an answer). Each answer has "ok"; a failed query has "error".

    ["ping"]                      -> {"ok": true}
    ["where", NAME]               -> {"x", "y"}: screen centre of the one visible widget NAME
    ["text", NAME]                -> {"text"}: what it shows (label, field, button, combo, editor)
    ["enabled", NAME]             -> {"enabled"}
    ["focus"]                     -> {"name", "class", "window"}: the widget with the keyboard
    ["windows"]                   -> {"windows": [{"name", "class", "title", "winid", "active"}]}
    ["winid", NAME]               -> {"winid"}: X window id of the top-level window holding NAME
    ["button", WINDOW, TEXT]      -> {"x", "y"}: a visible button showing TEXT ("&" ignored),
                                      inside the visible window named WINDOW (null: any window)
    ["rows", TABLE]               -> {"rows": [[cell texts]], "current": row or null}
    ["row", TABLE, ROW]           -> {"x", "y"}: screen centre of that row's visualRect (first
                                      column) on the table's viewport
    ["status"]                    -> {"text"}: the main window's status bar message
    ["title"]                     -> {"text"}: the main window's title
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class LocatorError(Exception):
    pass


def _visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _named(name: str) -> QWidget:
    """The one visible widget with this objectName (a top-level window counts too)."""
    found: list[QWidget] = []
    for window in _visible_windows():
        if window.objectName() == name:
            found.append(window)
        found += [w for w in window.findChildren(QWidget, name) if w.isVisible()]
    unique = list(dict.fromkeys(found))
    if not unique:
        raise LocatorError(f"no visible widget named {name!r}")
    if len(unique) > 1:
        raise LocatorError(f"{len(unique)} visible widgets named {name!r}")
    return unique[0]


def _centre(widget: QWidget) -> dict[str, int]:
    point = widget.mapToGlobal(widget.rect().center())
    return {"x": point.x(), "y": point.y()}


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if widget.isWindow():
        return widget.windowTitle()
    raise LocatorError(f"{type(widget).__name__} has no text")


def _main_window() -> QMainWindow:
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QMainWindow) and window.objectName() == "mainWindow":
            return window
    raise LocatorError("no main window")


def _table(name: str) -> QAbstractItemView:
    table = _named(name)
    if not isinstance(table, QAbstractItemView):
        raise LocatorError(f"{name!r} is a {type(table).__name__}, not a table")
    return table


def _answer(request: list[Any]) -> dict[str, Any]:
    command, args = request[0], request[1:]
    if command == "ping":
        return {}
    if command == "where":
        return _centre(_named(args[0]))
    if command == "text":
        return {"text": _text(_named(args[0]))}
    if command == "enabled":
        return {"enabled": _named(args[0]).isEnabled()}
    if command == "focus":
        widget = QApplication.focusWidget()
        if widget is None:
            return {"name": None, "class": None, "window": None}
        return {"name": widget.objectName(), "class": type(widget).__name__,
                "window": widget.window().objectName()}
    if command == "windows":
        active = QApplication.activeWindow()
        return {"windows": [{"name": w.objectName(), "class": type(w).__name__,
                             "title": w.windowTitle(), "winid": int(w.winId()),
                             "active": w is active} for w in _visible_windows()]}
    if command == "winid":
        return {"winid": int(_named(args[0]).window().winId())}
    if command == "button":
        window_name, wanted = args
        windows = _visible_windows() if window_name is None else [_named(window_name)]
        # A dialog is a child of its parent window too: each button counted once.
        buttons = list(dict.fromkeys(
            b for window in windows for b in window.findChildren(QAbstractButton)
            if b.isVisible() and b.text().replace("&", "") == wanted))
        if len(buttons) != 1:
            raise LocatorError(f"{len(buttons)} visible buttons showing {wanted!r}")
        return _centre(buttons[0])
    if command == "rows":
        table = _table(args[0])
        model = table.model()
        rows = [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                for r in range(model.rowCount())]
        current = table.currentIndex()
        return {"rows": rows, "current": current.row() if current.isValid() else None}
    if command == "row":
        table = _table(args[0])
        index = table.model().index(int(args[1]), 0)
        if not index.isValid():
            raise LocatorError(f"{args[0]!r} has no row {args[1]}")
        rect = table.visualRect(index)
        if rect.isEmpty() or not table.viewport().rect().contains(rect.center()):
            raise LocatorError(f"row {args[1]} of {args[0]!r} is not on screen")
        point = table.viewport().mapToGlobal(rect.center())
        return {"x": point.x(), "y": point.y()}
    if command == "status":
        return {"text": _main_window().statusBar().currentMessage()}
    if command == "title":
        return {"text": _main_window().windowTitle()}
    raise LocatorError(f"unknown query {command!r}")


class Locator(QObject):
    """Answers queries from the event loop (also inside a modal dialog's loop)."""

    def __init__(self, reply_fd: int, app: QApplication) -> None:
        super().__init__(app)
        self._reply = os.fdopen(reply_fd, "w", encoding="utf-8", buffering=1)
        self._pending = b""
        self._notifier = QSocketNotifier(0, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    def _on_readable(self) -> None:
        chunk = os.read(0, 65536)
        if not chunk:  # the test closed the pipe: stop listening; the test ends the app
            self._notifier.setEnabled(False)
            return
        self._pending += chunk
        while b"\n" in self._pending:
            line, self._pending = self._pending.split(b"\n", 1)
            self._reply.write(json.dumps(self._handle(line), ensure_ascii=False) + "\n")

    @staticmethod
    def _handle(line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line)
            return {"ok": True, **_answer(request)}
        except Exception as exc:  # a bad query is the test's business, never the app's
            return {"ok": False, "error": f"{type(exc).__name__}: {exc}"}


_locator: Locator | None = None  # kept alive for the app's lifetime


def main() -> int:
    reply_fd = os.dup(1)
    os.dup2(2, 1)  # whatever the app prints goes to stderr, never into the answers
    sys.stdout = sys.stderr
    app = QApplication(sys.argv[:1])
    global _locator
    _locator = Locator(reply_fd, app)

    from journal_app.__main__ import main as journal_app_main

    return journal_app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
