"""Journey (PDL 3 kap 10 §: a journal shows who made each entry): open Settings from the Vault
menu, type the practitioner's name and title into "Journal kept by", save; open the client,
open the journal card with Ctrl+Shift+J, write and sign the background, and see the card say
it was signed by that name, not by the practice."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from journal_app.core.domain.card import CardPart
from journal_app.ui.dialogs.journal_card_dialog import JournalCardDialog
from journal_app.ui.dialogs.settings_dialog import SettingsDialog

PRACTITIONER = "Åsa Öberg, leg. psykolog"
BACKGROUND = "Söker för sömnsvårigheter."


def test_the_card_says_the_practitioner_typed_in_settings_signed_it(
        make_window, person, seeded) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    person.unlock(window)
    person.menu(window, "Vault", "Settings…")
    dialog = person.dialog(window, SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    assert dialog.practitioner.text() == ""
    assert dialog.practitioner.accessibleName() == "Journal kept by (name, title)"
    person.click_on(dialog.practitioner)
    person.type(PRACTITIONER, into=dialog.practitioner)
    person.click_button(dialog, "Save")
    person.wait_for(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    "Settings to close")
    assert window.controller.journal.settings.load().practitioner == PRACTITIONER

    person.open_client(window, seeded.client_name)
    person.press(Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier
                 | Qt.KeyboardModifier.ShiftModifier)
    card = person.dialog(window, JournalCardDialog)
    assert isinstance(card, JournalCardDialog)
    background = card.pages[CardPart.BACKGROUND]
    person.click_on(background.text)
    person.type(BACKGROUND, into=background.text)
    with person.answering("Yes"):
        person.click_on(background.sign_button)
    person.wait_for(lambda: background.state.text().startswith("Signed "), "the signed part")
    assert f"by {PRACTITIONER}" in background.state.text()
    assert "Mottagningen" not in background.state.text()  # the practice's name is not the author
    person.click_button(card, "Close")
    person.wait_for(lambda: not card.isVisible(), "the card to close")

    written = window.controller.journal.journal_card(seeded.client)
    stored = written.get(CardPart.BACKGROUND)
    assert stored is not None
    assert [r.author for r in stored.revisions] == [PRACTITIONER]
    assert stored.fields.text == BACKGROUND
