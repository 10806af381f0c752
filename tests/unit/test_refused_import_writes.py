"""What a refused import writes, exactly as README.md and docs/interchange.md say: no journal
data, no `import` log entry; from the command line only the command's own `unlock` and `lock`
access-log entries, which every command that opens the vault writes; in an open vault nothing."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from journal_app.cli.main import run
from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document, import_from_file
from support import PASSPHRASE

BAD = {"format": "journal-app/1",
       "clients": [{"name": "Ny Klient", "email": "x" * 2001 + "@example.se"}]}


def content(vault: Vault) -> dict[str, object]:
    return {k: v for k, v in export_document(vault.journal).items() if k != "exported_at"}


def test_a_refused_import_from_the_command_line_logs_only_unlock_and_lock(
    vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault.journal.clients.add("Åsa Öberg")
    before = content(vault)
    seq_before = vault.journal.audit.entries(limit=1)[0].seq
    vault.lock()
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(BAD), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    assert run(["--vault", str(vault_dir), "import", str(file)]) != 0
    assert "2000" in capsys.readouterr().err.replace(",", "").replace("\u00a0", "")
    again = Vault.unlock(vault_dir, PASSPHRASE, clock=vault.clock)
    try:
        assert content(again) == before
        new = [e for e in reversed(again.journal.audit.entries(limit=10)) if e.seq > seq_before]
        # lock (this test's), unlock + lock (the command's), unlock (this check's)
        assert [e.action for e in new] == ["lock", "unlock", "lock", "unlock"]
    finally:
        again.lock()


def test_a_refused_import_in_an_open_vault_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    before = content(vault)
    entries = vault.journal.audit.entries(limit=5)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(BAD), encoding="utf-8")
    with pytest.raises(InvalidInput):
        import_from_file(vault.journal, file)
    assert content(vault) == before
    assert vault.journal.audit.entries(limit=5) == entries
