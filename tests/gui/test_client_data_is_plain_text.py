"""Client data is shown literally: a name or phone number that looks like HTML (tags, an image
pointing at a local file) is never rendered as rich text in any label, the export dialog's
introduction included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from test_workspace_flow import _open_client, _open_session

from journal_app.ui.dialogs.export_dialog import ExportDialog, ExportKind

HTML_NAME = '<b>Anna</b><img src="file:///etc/hostname">'


def test_client_data_shows_literally_in_every_label(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.apply(lambda j: j.update_client(seeded["client"], name=HTML_NAME,
                                                      phone="<i>070</i>"))
    _open_client(qtbot, window, HTML_NAME)
    _open_session(window, seeded["first"])
    view = window.workspace.client_view
    assert view.name.text() == HTML_NAME
    assert view.name.textFormat() == Qt.TextFormat.PlainText
    intro = ExportDialog(ExportKind.JOURNAL, HTML_NAME, window)
    qtbot.addWidget(intro)
    labels = [w for w in QApplication.allWidgets()
              if isinstance(w, QLabel) and ("<b>Anna</b>" in w.text() or "<i>" in w.text())]
    names = {w.objectName() for w in labels}
    # The control: the sweep finds the header, the details, the note title and the export intro.
    assert {"clientNameLabel", "clientDetailsLabel", "noteTitleLabel", "exportIntro"} <= names
    rich = [w.objectName() for w in labels if w.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []
