"""Spell checking in the main window's note editor and the vault's own dictionary: the words
stored in the vault count as correct once it is unlocked; a word added from the editor goes
through the one write entry (a change record announced) into the vault; at a lock the words
leave memory; a refused word changes nothing and is told in the status bar."""

from __future__ import annotations

from pathlib import Path

from test_spell_check import underlined

from journal_app.core.domain.clock import ManualClock
from journal_app.core.journal.changes import ChangeKind, OwnWordChange
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE


def _vault_with_a_word(vault_dir: Path, clock: ManualClock) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    vault.journal.add_own_word("Zlatanovic")
    vault.lock()


def test_the_vaults_words_are_used_after_unlock_and_forgotten_at_lock(
        qtbot, make_window, unlock, vault_dir: Path, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    _vault_with_a_word(vault_dir, clock)
    window = make_window()
    checking = window.workspace_controller.note_spelling
    unlock(window)
    editor = window.workspace.note_editor.text
    editor.setReadOnly(False)
    editor.setPlainText("Zlatanovic and Qwertzovic came.")
    qtbot.waitUntil(lambda: checking.check.ready and not checking.checking, timeout=10_000)
    assert underlined(editor) == ["Qwertzovic"]
    window.controller.lock()
    assert not checking.check.is_own("Zlatanovic")


def test_a_word_added_from_the_editor_is_written_through_the_one_entry(
        qtbot, make_window, unlock, vault_dir: Path, clock: ManualClock) -> None:  # type: ignore[no-untyped-def]
    _vault_with_a_word(vault_dir, clock)
    window = make_window()
    unlock(window)
    changes: list[object] = []
    window.controller.changed.connect(changes.append)
    assert window.workspace_controller.spelling.add_word("Qwertzovic")
    assert window.controller.journal.own_words() == ["Qwertzovic", "Zlatanovic"]
    assert [c.kind for c in changes if isinstance(c, OwnWordChange)] == [ChangeKind.OWN_WORD_ADDED]
    assert window.workspace_controller.note_spelling.check.is_own("Qwertzovic")

    assert not window.workspace_controller.spelling.add_word("two words")
    assert window.statusBar().currentMessage().startswith("“two words” is not one word")
    assert window.controller.journal.own_words() == ["Qwertzovic", "Zlatanovic"]
