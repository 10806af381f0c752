"""The command line loads what the command uses: no ReportLab but to write a PDF, never Qt.

Each case runs `python -m journal_app ...` in a fresh process (runpy, as `-m` does) and writes
the names in sys.modules at exit to a file. Start time itself is measured in bench/bench_cli.py,
not here: the machine's load varies too much for a timing assertion.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.cli import commands_erase, commands_export, commands_invoice, commands_vault
from journal_app.core.domain.invoicing import PaymentMethod
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

SRC = Path(__file__).resolve().parents[2] / "src"
QT = ("PySide6", "shiboken6")
CORE_CRYPTO = ("argon2", "sqlcipher3", "cryptography")

CHILD = """
import atexit, json, os, runpy, sys
def _dump():
    with open(os.environ["JOURNAL_APP_MODULES_OUT"], "w", encoding="utf-8") as out:
        json.dump(sorted(sys.modules), out)
atexit.register(_dump)
sys.argv[0] = "journal-app"
runpy.run_module("journal_app", run_name="__main__", alter_sys=True)
"""


def packages(names: list[str]) -> set[str]:
    return {name.split(".")[0] for name in names}


def run_cli(args: list[str], tmp_path: Path, stdin: str = "") -> tuple[set[str], str]:
    """The top-level packages loaded by `journal-app ARGS`, and its stdout."""
    out = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.json"
    env = {**os.environ, "JOURNAL_APP_MODULES_OUT": str(out),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", CHILD, *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return packages(json.loads(out.read_text(encoding="utf-8"))), done.stdout


@pytest.fixture
def small_vault(tmp_path: Path) -> tuple[Path, str]:
    """A locked vault (the fast test KDF, stored in its header) and one client's id."""
    folder = tmp_path / "vault"
    vault, _recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    try:
        client = vault.journal.clients.add("Åsa Öberg")
        package = vault.journal.packages.add(client.id, name="Paket", sessions_total=2,
                                             purchased="2026-01-10")
        session = vault.journal.packages.add_session(package.id, "2026-01-12T10:00")
        vault.journal.notes.save_draft(session.id, "Anteckning")
    finally:
        vault.lock()
    return folder, client.id


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["clients", "--help"],
                                  ["export-pdf", "--help"], ["invoice", "--help"],
                                  ["sie", "--help"], ["agenda", "--help"]])
def test_version_and_help_load_neither_reportlab_nor_qt_nor_the_core_crypto(
    args: list[str], tmp_path: Path
) -> None:
    loaded, out = run_cli(args, tmp_path)
    if args == ["--version"]:
        assert out == f"journal-app {__version__}\n"
    else:
        assert out.startswith("usage: journal-app")
    assert not loaded & {"reportlab", *QT, *CORE_CRYPTO}, sorted(loaded)


def test_verify_reads_the_vault_without_reportlab_or_qt(small_vault: tuple[Path, str],
                                                        tmp_path: Path) -> None:
    folder, _client = small_vault
    loaded, out = run_cli(["--vault", str(folder), "verify"], tmp_path, PASSPHRASE + "\n")
    assert out.rstrip().endswith("The vault is sound.")
    assert "sqlcipher3" in loaded  # control: the command did open the vault
    assert not loaded & {"reportlab", *QT}, sorted(loaded)


def test_backup_writes_no_pdf_so_loads_no_reportlab(small_vault: tuple[Path, str],
                                                    tmp_path: Path) -> None:
    folder, _client = small_vault
    (tmp_path / "backups").mkdir()
    loaded, out = run_cli(["--vault", str(folder), "backup", "--to", str(tmp_path / "backups")],
                          tmp_path, PASSPHRASE + "\n")
    assert out.startswith("Backed up to ")
    assert not loaded & {"reportlab", *QT}, sorted(loaded)


def test_invoices_and_sie_write_no_pdf_so_load_no_reportlab(small_vault: tuple[Path, str],
                                                             tmp_path: Path) -> None:
    folder, _client = small_vault
    loaded, out = run_cli(["--vault", str(folder), "invoices"], tmp_path, PASSPHRASE + "\n")
    assert out == "No invoices.\n"
    assert "sqlcipher3" in loaded  # control: the command did open the vault
    assert not loaded & {"reportlab", *QT}, sorted(loaded)
    loaded, out = run_cli(["--vault", str(folder), "sie", "--year", "2026", "--out",
                           str(tmp_path / "b.se")], tmp_path, PASSPHRASE + "\n")
    assert (tmp_path / "b.se").read_bytes().startswith(b"#FLAGGA 0")
    assert not loaded & {"reportlab", *QT}, sorted(loaded)


def test_agenda_loads_icalendar_only_to_write_the_feed(small_vault: tuple[Path, str],
                                                       tmp_path: Path) -> None:
    folder, _client = small_vault
    loaded, out = run_cli(["--vault", str(folder), "agenda", "--date", "2026-01-12"], tmp_path,
                          PASSPHRASE + "\n")
    assert "2026-01-12 Mon" in out and "Åsa Öberg" in out
    assert "holidays" in loaded  # control: the day's holiday was looked up
    assert not loaded & {"reportlab", "icalendar", *QT}, sorted(loaded)
    loaded, _out = run_cli(["--vault", str(folder), "agenda", "--ics",
                            str(tmp_path / "a.ics")], tmp_path, PASSPHRASE + "\n")
    assert "icalendar" in loaded
    assert not loaded & {"reportlab", *QT}, sorted(loaded)


def test_export_pdf_loads_reportlab_so_the_check_can_see_it(small_vault: tuple[Path, str],
                                                            tmp_path: Path) -> None:
    folder, client = small_vault
    pdf = tmp_path / "journal.pdf"
    loaded, _out = run_cli(["--vault", str(folder), "export-pdf", "--client", client,
                            "--out", str(pdf)], tmp_path, PASSPHRASE + "\n")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "reportlab" in loaded
    assert not loaded & set(QT), sorted(loaded)


def test_the_parsers_copies_of_core_values_match_the_core() -> None:
    """The command modules write out a few values so that building the parser imports neither
    the exporters nor the domain model; they must stay the core's own."""
    from journal_app.export.labels import LANGUAGES
    from journal_app.export.pdf_password import MIN_PDF_PASSWORD

    assert commands_export.LANGUAGES == LANGUAGES
    assert commands_export.MIN_PDF_PASSWORD == MIN_PDF_PASSWORD
    values = {policy.value for policy in RetentionPolicy}
    assert set(commands_vault.POLICIES.values()) == values
    assert set(commands_erase.POLICY_NAMES.values()) == values
    assert set(commands_erase.POLICY_WORDS) == values
    assert all(commands_erase.POLICY_WORDS[policy] for policy in RetentionPolicy)
    assert set(commands_invoice.METHODS) == {method.value for method in PaymentMethod}
    assert commands_invoice.LANGUAGES == LANGUAGES
