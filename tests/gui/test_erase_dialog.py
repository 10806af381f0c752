"""The erase prompt: its three choices in order, the typed confirmation, overdue reminders, PDL."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from forensic import add_marked_client, scan
from journal_app.core.domain.models import PackageCompleted, RetentionPolicy
from journal_app.core.errors import NotFound
from journal_app.core.vault.vault import DB_NAME, Vault
from journal_app.ui.controllers.controller import AppController
from journal_app.ui.dialogs.erase_dialog import REMIND_LATER, EraseDialog, overdue_prompts
from journal_app.ui.tasks import wait_for_tasks


def _completed(vault: Vault, name: str = "Dialog Klientsson",
               marker: str = "dialogord") -> tuple[Any, PackageCompleted]:
    client, event = add_marked_client(vault.journal, name, marker)
    assert event is not None
    return client, event


def _dialog(qtbot: QtBot, app: AppController, event: PackageCompleted,
            exports: list[str] | None = None) -> EraseDialog:
    def export(parent: QWidget, opened: Vault, client_id: str) -> None:
        assert opened is app.vault and parent is not None
        (exports if exports is not None else []).append(client_id)

    dialog = EraseDialog(app, event, export_handler=export)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_offers_export_erase_and_later_in_that_order(qtbot: QtBot, vault: Vault, app: AppController) -> None:
    _client, event = _completed(vault)
    dialog = _dialog(qtbot, app, event)
    page = dialog.findChild(QWidget, "choicePage")
    buttons = [b.objectName() for b in page.findChildren(QPushButton) if b.isVisible()]
    assert buttons == ["exportButton", "eraseButton", "laterButton"]
    text = dialog.findChild(QWidget, "explanationLabel").text()
    assert "Dialog Klientsson" in text and "3 note(s)" in text
    assert "cannot be undone" in text


def test_export_calls_the_pdf_export_for_this_client(qtbot: QtBot, vault: Vault, app: AppController) -> None:
    client, event = _completed(vault)
    exports: list[str] = []
    dialog = _dialog(qtbot, app, event, exports)
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    assert exports == [client.id]
    assert dialog.isVisible()  # exporting never erases or closes the prompt
    assert len(vault.journal.notes.for_client(client.id)) == 3


def test_erase_needs_the_clients_name_typed(qtbot: QtBot, vault: Vault, app: AppController) -> None:
    client, event = _completed(vault)
    kept, _ = add_marked_client(vault.journal, "Kvar Behållsson", "stannarkvar")
    dialog = _dialog(qtbot, app, event)
    qtbot.mouseClick(dialog.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    confirm = dialog.findChild(QPushButton, "confirmEraseButton")
    edit = dialog.findChild(QWidget, "confirmEdit")
    assert not confirm.isEnabled()
    qtbot.keyClicks(edit, "Kvar Behallsson")  # another client's name is not a confirmation
    assert not confirm.isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "yes")
    assert not confirm.isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "dialog  klientsson ")
    assert confirm.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=10_000) as erased:
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert erased.args[0].client_id == client.id and erased.args[0].notes_count == 3
    assert dialog.result() == 1
    with pytest.raises(NotFound):
        vault.journal.clients.get(client.id)
    found = scan(vault.folder / DB_NAME, vault.data_key, client.needles() + kept.needles())
    assert [n for n in client.needles() if found.has(n)] == []
    assert all(found.has(n) for n in kept.needles())


def test_back_from_confirmation_erases_nothing(qtbot: QtBot, vault: Vault, app: AppController) -> None:
    client, event = _completed(vault)
    dialog = _dialog(qtbot, app, event)
    qtbot.mouseClick(dialog.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QWidget, "confirmEdit"), "Dialog Klientsson")
    qtbot.mouseClick(dialog.findChild(QPushButton, "backButton"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QWidget, "erasePages").currentIndex() == 0
    assert len(vault.journal.notes.for_client(client.id)) == 3


def test_remind_me_later_postpones_and_is_raised_again_at_unlock(
    qtbot: QtBot, vault: Vault, app: AppController
) -> None:
    client, event = _completed(vault)
    dialog = _dialog(qtbot, app, event)
    with qtbot.waitSignal(dialog.postponed, timeout=10_000) as postponed:
        qtbot.mouseClick(dialog.findChild(QPushButton, "laterButton"),
                         Qt.MouseButton.LeftButton)
    assert postponed.args == [event.package_id]
    assert dialog.result() == REMIND_LATER
    assert len(vault.journal.notes.for_client(client.id)) == 3
    (overdue,) = vault.journal.due_erasures()
    assert overdue.decision.postponed and overdue == event
    (summary,) = vault.journal.client_list()
    assert summary.erase_postponed
    prompts = overdue_prompts(app)
    for prompt in prompts:
        qtbot.addWidget(prompt)
    assert [p.completion for p in prompts] == [event]


def test_pdl_explains_the_ten_year_rule_instead(qtbot: QtBot, vault: Vault, app: AppController) -> None:
    vault.journal.change_policy(RetentionPolicy.PDL)
    client, event = _completed(vault)
    exports: list[str] = []
    dialog = _dialog(qtbot, app, event, exports)
    text = dialog.findChild(QWidget, "explanationLabel").text()
    assert "10 years after the last entry" in text and "IVO" in text
    assert not dialog.findChild(QPushButton, "eraseButton").isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    assert exports == [client.id]
    qtbot.mouseClick(dialog.findChild(QPushButton, "laterButton"), Qt.MouseButton.LeftButton)
    assert vault.journal.due_erasures() == ()
    assert len(vault.journal.notes.for_client(client.id)) == 3


def test_a_client_request_erases_everything(qtbot: QtBot, vault: Vault, app: AppController) -> None:
    client = vault.journal.clients.add("Begär Raderingsson", email="begar@example.se")
    package = vault.journal.packages.add(client.id, name="Paket", sessions_total=4,
                                         purchased="2026-02-01")
    session = vault.journal.packages.add_session(package.id, "2026-02-10T10:00", "held")
    vault.journal.notes.save_draft(session.id, "begaranord utkast")
    dialog = EraseDialog.for_request(app, client.id, export_handler=lambda *a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "GDPR art. 17" in dialog.findChild(QWidget, "explanationLabel").text()
    qtbot.mouseClick(dialog.findChild(QPushButton, "eraseButton"), Qt.MouseButton.LeftButton)
    dialog.findChild(QWidget, "confirmEdit").setText("Begär Raderingsson")  # keyClicks: ASCII only
    with qtbot.waitSignal(dialog.erased, timeout=10_000) as erased:
        qtbot.mouseClick(dialog.findChild(QPushButton, "confirmEraseButton"),
                         Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert erased.args[0].reason == "client_request" and erased.args[0].notes_count == 1
    assert not scan(vault.folder / DB_NAME, vault.data_key, ["begaranord"]).has("begaranord")


def test_a_request_names_the_reason_the_receipt_will_give(
        qtbot: QtBot, vault: Vault, app: AppController) -> None:
    done, _event = _completed(vault)  # one package, completed
    dialog = EraseDialog.for_request(app, done.id)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QWidget, "explanationLabel").text()
    assert "Every package of Dialog Klientsson is completed" in text and "GDPR" not in text
    running = vault.journal.clients.add("Pågående Klient")
    vault.journal.packages.add(running.id, name="Paket", sessions_total=3, purchased="2026-01-10")
    asked = EraseDialog.for_request(app, running.id)
    qtbot.addWidget(asked)
    assert "has asked for their notes to be erased (GDPR art. 17)" in asked.findChild(
        QWidget, "explanationLabel").text()
