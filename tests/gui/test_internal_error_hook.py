"""An unexpected error reaching the top of the app is shown as one plain-text line naming only
its type, and printed as one line without a traceback or any client data; the hook is installed
by the app's start, never by importing it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journal_app.core.errors import NotFound
from journal_app.ui import app as app_module


def test_the_excepthook_shows_one_line_and_prints_no_traceback_or_client_data(
        qtbot, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    assert sys.excepthook is not app_module.excepthook  # importing the app installs nothing
    app_module.install_excepthook()
    assert sys.excepthook is app_module.excepthook
    try:
        raise NotFound("No client named Karin Lindström, 19121212-1212.")
    except NotFound as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    boxes = [w for w in QApplication.allWidgets()
             if isinstance(w, QMessageBox) and w.objectName() == "internalErrorBox"]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.text() == "Something went wrong: NotFound; nothing more was changed."
    assert box.textFormat() == Qt.TextFormat.PlainText
    err = capsys.readouterr().err
    assert err == "journal-app: internal error (NotFound); nothing more was changed.\n"
    box.close()
