"""Creating a vault in a folder that already exists (empty, readable by others) makes the
folder private to its owner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_create_makes_an_existing_empty_folder_private(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    assert folder.stat().st_mode & 0o077 != 0  # the control: readable by others before
    created, _recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    created.lock()
    assert folder.stat().st_mode & 0o777 == 0o700
