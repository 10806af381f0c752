"""A passphrase opens the vault however its letters are encoded: typed decomposed (NFD, as
some keyboards and systems send å, ä, ö) or composed (NFC), for unlocking, checking a backup
and changing the passphrase."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.restore import check_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import WrongPassphrase
from journal_app.core.vault.vault import Vault
from support import FAST_KDF

NFC = unicodedata.normalize("NFC", "Kärlek på ön, åtta år senare")
NFD = unicodedata.normalize("NFD", NFC)


def test_passphrase_typed_decomposed_opens_the_vault(tmp_path: Path, clock: ManualClock) -> None:
    assert NFC != NFD  # the control: the two spellings differ as code points
    folder = tmp_path / "v"
    created, _recovery = Vault.create(folder, NFC, kdf_policy=FAST_KDF, clock=clock)
    record = create_backup(created, tmp_path / "b.journalbackup")
    created.lock()
    Vault.unlock(folder, NFD, clock=clock).lock()
    check_backup(record.path, NFD)
    opened = Vault.unlock(folder, NFC, clock=clock)
    opened.change_passphrase(NFD + " igen", kdf_policy=FAST_KDF)
    opened.lock()
    Vault.unlock(folder, NFC + " igen", clock=clock).lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, NFC, clock=clock)
