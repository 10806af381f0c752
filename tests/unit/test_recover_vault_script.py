"""scripts/recover_vault.py, run as a separate program on a vault the app made, gives the same
interchange JSON as the app's own export, with the passphrase and with the recovery key; it
imports nothing from journal_app and changes no file in the vault folder."""

from __future__ import annotations

import ast
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from invoicing_support import PRACTICE
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.invoicing import PaymentMethod, VatStatus
from journal_app.core.domain.models import SessionStatus
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document
from support import FAST_KDF, PASSPHRASE, snapshot

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "recover_vault.py"
# Runs the script with journal_app made unimportable, so a stray import fails the test.
RUNNER = ("import runpy, sys; sys.modules['journal_app'] = None; sys.argv = sys.argv[1:];"
          " runpy.run_path(sys.argv[0], run_name='__main__')")
PRACTITIONER = "Åsa Öberg, leg. psykolog "  # as typed, trailing space and all
IGNORED = ("exported_at", "exported_by")  # when and by what; ignored on import


def fill(vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    journal.settings.update(note_template="Rubrik\n\nAnnat\n", idle_lock_minutes=9)
    anna = journal.clients.add("Anna Ångström", id_number="19121212-1212",
                               email="anna@example.se", phone="070-123 45 67",
                               address="Storgatan 1\n753 20 Uppsala", free_text="Tål ej 😀")
    journal.clients.add("bertil Berg")  # sorts between by case-folded name
    closed = journal.clients.add("Örjan Öst", id_number="556036-0793", address="Box 1")
    for client, total in ((anna, 3), (closed, 1)):
        package = journal.packages.add(client.id, name="Paket", sessions_total=total,
                                       purchased="2026-01-05", price_ore=95000)
        for day in range(total):
            clock.advance(dt.timedelta(minutes=5))
            session = journal.packages.add_session(
                package.id, dt.datetime(2026, 1, 12 + day, 10, 0), SessionStatus.HELD)
            journal.notes.save_draft(session.id, f"Anteckning {day}\nשלום מה שלומך")
            journal.record_measure(session.id, "phq9", [day % 4] * 9)  # item 9 flagged too
            journal.sign_note(session.id)
    first = journal.packages.sessions(client_id=anna.id)[0]
    clock.advance(dt.timedelta(hours=1))
    journal.start_correction(first.id)
    journal.notes.save_draft(first.id, "Rättad anteckning")
    scale = journal.add_scale("Mående", 0, 10, low_label="dåligt", high_label="bra").scale
    assert scale is not None
    journal.record_measure(first.id, scale.key, [6])  # in the correction: revision 2
    journal.sign_note(first.id)
    soap = journal.add_template("Min SOAP", "S\n\nO\n\nA\n\nP\n", language="sv").template
    journal.add_template("Short", "Said\n\nDone\n", language="en")  # each written as stored
    journal.set_default_template(soap.id)
    journal.add_phrase("bpl", "Behandlingsplanen gicks igenom.")
    second = journal.packages.add(anna.id, name="Nästa", sessions_total=2,
                                  purchased="2026-02-01")
    planned = journal.packages.add_session(second.id, dt.datetime(2026, 2, 3, 9, 30),
                                           SessionStatus.PLANNED)
    journal.save_draft(planned.id, "S\nsäger", origin=journal.template_origin(soap.id))
    journal.set_archived(closed.id, True)
    # Invoicing: the script writes the practice, the invoices, a payment and a credit note too.
    journal.update_practice({**PRACTICE, "address": "Storgatan 1\nUppsala", "f_skatt": "no"})
    journal.update_settings(practitioner=PRACTITIONER)  # who keeps the journal
    for client in (anna, closed):
        paid = journal.packages.for_client(client.id)[0]
        journal.issue_invoice(client.id, package_id=paid.id)
    journal.mark_paid(1001, dt.date(2026, 3, 2), PaymentMethod.SWISH)
    journal.credit_invoice(1002)
    journal.set_package_vat(second.id, VatStatus.EXEMPT_HEALTH_CARE)
    # The journal card: a corrected assessment and a plan still in draft.
    journal.save_card_draft(anna.id, "assessment", "Oro.", diagnosis="F41.1")
    journal.sign_card_part(anna.id, "assessment")
    journal.start_card_correction(anna.id, "assessment")
    journal.save_card_draft(anna.id, "assessment", "Oro och sömn.", diagnosis="F41.1 GAD")
    journal.sign_card_part(anna.id, "assessment")
    journal.save_card_draft(anna.id, "plan", "Mål.", measures="KBT", evaluate_on="2026-05-01")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str, dict[str, Any]]:
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))
    folder = tmp_path / "vault"
    vault, recovery_key = Vault.create(folder, PASSPHRASE, practice_name="Mottagningen",
                                       kdf_policy=FAST_KDF, clock=clock)
    fill(vault, clock)
    for word in ("Zlatanovic", "Ångström-Berg", "åsa"):
        vault.journal.add_own_word(word)
    expected = export_document(vault.journal)
    vault.lock()
    return folder, recovery_key, expected


def recover(folder: Path, secret: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", RUNNER, str(SCRIPT), str(folder), "-", *extra],
        input=secret + "\n", capture_output=True, text=True, encoding="utf-8", timeout=120,
        check=False,
    )


def without(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in IGNORED}


@pytest.mark.parametrize("by_recovery", [False, True], ids=["passphrase", "recovery-key"])
def test_the_script_writes_what_the_app_exports(
    made: tuple[Path, str, dict[str, Any]], by_recovery: bool
) -> None:
    folder, recovery_key, expected = made
    before = snapshot(folder)
    result = recover(folder, recovery_key.lower() if by_recovery else PASSPHRASE,
                     *(["--recovery-key"] if by_recovery else []))
    assert result.returncode == 0, result.stderr
    recovered = json.loads(result.stdout)
    assert without(recovered) == without(expected)
    assert [c["name"] for c in recovered["clients"]] == ["Anna Ångström", "bertil Berg",
                                                         "Örjan Öst"]
    assert len(recovered["clients"][0]["packages"][0]["sessions"][0]["revisions"]) == 2
    assert len(recovered["measures"]["entries"]) == 6  # four PHQ-9s, revision 2's two
    assert [s["name"] for s in recovered["measures"]["scales"]] == ["Mående"]
    assert recovered["dictionary"]["words"] == ["Zlatanovic", "Ångström-Berg", "åsa"]
    assert recovered["settings"]["practitioner"] == PRACTITIONER
    assert snapshot(folder) == before  # read only: not even an access-log entry


def test_a_wrong_secret_is_refused_and_changes_nothing(
    made: tuple[Path, str, dict[str, Any]],
) -> None:
    folder, _, _ = made
    before = snapshot(folder)
    result = recover(folder, "not the passphrase at all")
    assert result.returncode == 1
    assert "does not open it" in result.stderr and not result.stdout
    assert snapshot(folder) == before


def test_the_copy_of_the_header_is_used_when_vault_json_is_damaged(
    made: tuple[Path, str, dict[str, Any]],
) -> None:
    folder, _, expected = made
    (folder / "vault.json").write_text("{ damaged")
    result = recover(folder, PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert without(json.loads(result.stdout)) == without(expected)


def test_the_script_imports_only_the_standard_library_and_its_three_packages() -> None:
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    roots = {alias.name.split(".")[0] for node in ast.walk(tree)
             if isinstance(node, ast.Import) for alias in node.names}
    roots |= {node.module.split(".")[0] for node in ast.walk(tree)
              if isinstance(node, ast.ImportFrom) and node.module}
    outside = roots - set(sys.stdlib_module_names) - {"__future__"}
    assert outside == {"argon2", "cryptography", "sqlcipher3"}
