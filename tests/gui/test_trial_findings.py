"""What a new user ran into in a trial from the README: a package size typed as 0 saved as 5,
a stale complaint in the package dialog, new sessions going to the oldest package instead of
the one selected, the progress bar drawn upright over its own text, and the keyboard lost
after a yes/no question (no window manager gives it back)."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from test_workspace_flow import _open_client

from journal_app.core.domain.models import SessionStatus
from journal_app.ui.views.table_models import PackageColumn


def test_an_unacceptable_session_count_is_refused_not_saved_as_another(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    journal = window.controller.journal
    client_id = window.workspace_controller.client.id
    before = len(journal.packages.for_client(client_id))
    window.workspace_controller.add_package()
    dialog = window.workspace_controller.package_dialog
    qtbot.waitExposed(dialog)
    dialog.sessions.selectAll()
    qtbot.keyClicks(dialog.sessions, "0")
    dialog.submitted.emit()
    assert dialog.isVisible()
    assert dialog.error.text() == "Sessions: 0 is not between 1 and 1000."
    assert len(journal.packages.for_client(client_id)) == before
    qtbot.keyClicks(dialog.sessions, "3")  # now "03": the complaint goes
    assert dialog.error.text() == ""
    dialog.submitted.emit()
    assert not dialog.isVisible()
    assert [p.sessions_total for p in journal.packages.for_client(client_id)][-1] == 3


def test_a_new_session_goes_to_the_selected_package(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    client_id = window.workspace_controller.client.id
    newer = window.controller.apply(lambda j: j.add_package(
        client_id, name="Paket B", sessions_total=2, purchased="2026-02-20")).package
    view = window.workspace.client_view
    rows = [view.packages_model.index(r, 0).data() for r in range(view.packages_model.rowCount())]
    view.packages.setCurrentIndex(view.packages_model.index(rows.index("Paket B"), 0))
    window.workspace_controller.add_session()
    dialog = window.workspace_controller.session_dialog
    assert dialog.package.count() == 2  # both are open: the older one is still the default...
    assert dialog.package.currentData() == newer.id  # ...but the selected one is chosen
    dialog.reject()


def _bar_image(view, row: int) -> QImage:  # type: ignore[no-untyped-def]
    option = QStyleOptionViewItem()
    option.rect = view.packages.visualRect(view.packages_model.index(row, PackageColumn.PROGRESS))
    option.widget = view.packages
    option.palette = view.packages.palette()
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-option.rect.topLeft() + QPoint(0, 0))
    delegate = view.packages.itemDelegateForColumn(PackageColumn.PROGRESS)
    delegate.paint(painter, option, view.packages_model.index(row, PackageColumn.PROGRESS))
    painter.end()
    return image


def test_the_progress_bar_fills_from_the_left(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")  # Paket 2: 1 of 2 held
    view = window.workspace.client_view
    image = _bar_image(view, 0)
    highlight = view.packages.palette().highlight().color()

    def filled(x: int) -> bool:
        column = [QColor(image.pixel(x, y)) for y in range(image.height())]
        return sum(abs(c.hue() - highlight.hue()) < 20 and c.saturation() > 60
                   for c in column) > image.height() // 3

    width = image.width()
    assert filled(width // 8), "the left of a half-full bar is filled"
    assert not filled(width * 7 // 8), "the right of a half-full bar is empty"


def test_the_keyboard_comes_back_after_a_question(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from journal_app.ui.dialogs.dialogs import ask_yes_no

    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    sessions = window.workspace.client_view.sessions
    sessions.setFocus()
    qtbot.waitUntil(sessions.hasFocus, timeout=10_000)
    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_no)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    assert ask_yes_no(window, "Sign?", "Sign the note?") is False
    assert asked == ["Sign the note?"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sessions, timeout=10_000)


def test_an_erase_says_it_is_done(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QPushButton, QWidget

    from journal_app.ui.controllers.tasks import wait_for_tasks

    window = make_window()
    unlock(window)
    journal = window.controller.journal
    journal.notes.save_draft(seeded["second"], "Sista samtalet.")
    window.controller.apply(
        lambda j: j.set_session_status(seeded["second"], SessionStatus.HELD))
    window.controller.apply(lambda j: j.sign_note(seeded["second"]))  # completes: the prompt
    prompt = window.findChild(QDialog, "eraseDialog")
    qtbot.waitUntil(lambda: prompt is not None and prompt.isVisible(), timeout=10_000)
    qtbot.mouseClick(prompt.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    prompt.findChild(QWidget, "confirmEdit").setText("Karin Lindström")  # QtTest types ASCII only
    with qtbot.waitSignal(prompt.erased, timeout=10_000):
        qtbot.mouseClick(prompt.findChild(QPushButton, "confirmEraseButton"),
                         Qt.MouseButton.LeftButton)
    wait_for_tasks()
    # "notes" where the English catalogue is installed, "note(s)" where not
    qtbot.waitUntil(lambda: re.match(r"Erased 2 note(s|\(s\)) for good",
                                     window.statusBar().currentMessage()) is not None,
                    timeout=10_000)


def test_a_refused_field_gets_the_cursor(qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.new_client_action.trigger()
    dialog = window.workspace_controller.client_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name, "Erik Epost")
    qtbot.keyClicks(dialog.email, "erik.example.se")
    dialog.name.setFocus()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "needs an @" in dialog.error.text()
    qtbot.waitUntil(dialog.email.hasFocus, timeout=10_000)
    dialog.reject()
