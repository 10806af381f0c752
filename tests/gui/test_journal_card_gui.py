"""The journal card in the window: autosave, a lock while typing (saved, then nothing on
screen), a refused date (said on the page, the dialog stays, nothing stored), the passed
evaluation in the client view, and a search hit in the card opening the client's card."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_workspace_flow import _open_client

from journal_app.core.domain.card import CardPart
from journal_app.core.domain.clock import ManualClock
from journal_app.ui.dialogs.journal_card_dialog import JournalCardDialog


def _card(qtbot, window) -> JournalCardDialog:  # type: ignore[no-untyped-def]
    window.workspace.client_view.journal_card_button.click()
    qtbot.waitUntil(lambda: window.findChild(JournalCardDialog) is not None
                    and window.findChild(JournalCardDialog).isVisible(), timeout=10_000)
    dialog = window.findChild(JournalCardDialog)
    window.features.journal_card.autosave_timer.setInterval(30)  # the path is the same
    return dialog


def test_a_part_autosaves_and_a_lock_while_typing_saves_it_and_closes_the_card(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _card(qtbot, window)
    page = dialog.pages[CardPart.DECLINED]
    qtbot.keyClicks(page.text, "Avbojde gruppterapi.")
    journal = window.controller.journal

    def stored() -> str:
        entry = journal.journal_card(seeded["client"]).get(CardPart.DECLINED)
        return entry.fields.text if entry else ""

    qtbot.waitUntil(lambda: stored() == "Avbojde gruppterapi.", timeout=10_000)
    qtbot.keyClicks(page.text, " Vill vanta.")  # typed, the timer not yet run out
    window.features.journal_card.autosave_timer.setInterval(60_000)
    qtbot.keyClicks(page.text, "!")
    window.controller.lock()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.features.journal_card.dialog is None
    unlock(window)
    journal = window.controller.journal
    entry = journal.journal_card(seeded["client"]).get(CardPart.DECLINED)
    assert entry is not None and entry.fields.text == "Avbojde gruppterapi. Vill vanta.!"


def test_a_bad_evaluation_date_is_said_on_the_page_and_keeps_the_card_open(
        qtbot, make_window, seeded, unlock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _card(qtbot, window)
    told: list[str] = []
    monkeypatch.setattr(window.features.journal_card, "tell",
                        lambda _parent, title, _text: told.append(title))
    page = dialog.pages[CardPart.PLAN]
    assert page.evaluate_on is not None
    qtbot.keyClicks(page.text, "Battre somn.")
    qtbot.keyClicks(page.evaluate_on, "1 juni")
    qtbot.waitUntil(lambda: page.saved.text().startswith("Not saved"), timeout=10_000)
    assert "not a date" in page.saved.text() and "1 juni" in page.saved.text()
    assert window.controller.journal.journal_card(seeded["client"]).get(CardPart.PLAN) is None
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    assert dialog.isVisible() and told == ["Journal card"]
    page.evaluate_on.selectAll()
    qtbot.keyClicks(page.evaluate_on, "2026-06-01")
    dialog.buttons.button(dialog.buttons.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    plan = window.controller.journal.journal_card(seeded["client"]).get(CardPart.PLAN)
    assert plan is not None and plan.fields.evaluate_on == dt.date(2026, 6, 1)
    assert not window.workspace.client_view.evaluation_box.isVisible()  # not passed yet


def test_a_passed_evaluation_is_shown_with_an_accessible_name(
        qtbot, make_window, seeded, unlock, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.apply(lambda j: j.save_card_draft(
        seeded["client"], "plan", "Mål.", evaluate_on="2026-03-01"))
    view = window.workspace.client_view
    _open_client(qtbot, window, "Karin Lindström")
    qtbot.waitUntil(view.evaluation_box.isVisible, timeout=10_000)
    assert "2026-03-01" in view.evaluation_label.text()
    assert view.evaluation_box.accessibleName() == view.evaluation_label.text()
    _open_client(qtbot, window, "Erik Öberg")  # another client: no notice
    qtbot.waitUntil(lambda: not view.evaluation_box.isVisible(), timeout=10_000)


def test_a_search_hit_in_a_card_opens_the_clients_card(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    window.controller.apply(lambda j: j.save_card_draft(
        seeded["other"], "background", "Flyttade fran Kiruna."))
    _open_client(qtbot, window, "Karin Lindström")
    panel = window.workspace.client_list
    panel.search.setText("kiruna")
    search = window.workspace_controller.search
    search.run_now()
    assert search.model.rowCount() == 1
    assert "Journal card" in search.model.index(0, 0).data()
    panel.hits.clicked.emit(search.model.index(0, 0))
    qtbot.waitUntil(lambda: window.workspace.client_view.name.text() == "Erik Öberg",
                    timeout=10_000)
    dialog = window.findChild(JournalCardDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.pages[CardPart.BACKGROUND].text.toPlainText() == "Flyttade fran Kiruna."


def test_the_cards_texts_are_spell_checked_and_the_checkers_go_with_the_dialog(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    from test_spell_check import underlined

    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    spelling = window.workspace_controller.spelling
    before = len(spelling.checkers)
    dialog = _card(qtbot, window)
    page = dialog.pages[CardPart.BACKGROUND]
    qtbot.keyClicks(page.text, "Klienten talade om sommmaren ")  # Swedish: the practice's
    checkers = [c for c in spelling.checkers if c.editor is page.text]
    assert len(checkers) == 1
    qtbot.waitUntil(lambda: checkers[0].check.ready and not checkers[0].checking,
                    timeout=10_000)
    assert underlined(page.text) == ["sommmaren"]  # though the app speaks English here
    dialog.close()  # and deleted: neither it nor its checkers stay, holding the text
    qtbot.waitUntil(lambda: len(spelling.checkers) == before, timeout=5_000)
    assert window.findChild(JournalCardDialog) is None


def test_opening_and_closing_the_card_writes_no_empty_parts(
        qtbot, make_window, seeded, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    _open_client(qtbot, window, "Karin Lindström")
    dialog = _card(qtbot, window)
    for page in dialog.pages.values():  # every page shown and left, as a person looks around
        dialog.tabs.setCurrentWidget(page)
        page.fields()[0].setFocus()
        QApplication.processEvents()
    qtbot.keyClicks(dialog.pages[CardPart.DECLINED].text, "Avbojde")
    for _ in range(7):
        qtbot.keyClick(dialog.pages[CardPart.DECLINED].text, Qt.Key.Key_Backspace)
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(JournalCardDialog) is None, timeout=5_000)
    assert window.controller.journal.journal_card(seeded["client"]).entries == ()
