"""The interchange file carries the practice's details, invoices, credit notes and payments, and
round-trips them exactly; a bad invoice refuses the whole import."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from invoicing_support import client_with_package, set_up_practice
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.invoicing import PaymentMethod, VatStatus
from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document, import_document
from support import FAST_KDF, PASSPHRASE


def invoiced_vault(journal: Journal, clock: ManualClock) -> None:
    set_up_practice(journal, swish_number="123 123 45 67", account_bank="1920")
    a, pa = client_with_package(journal)
    b, pb = client_with_package(journal, name="Bo Berg")
    journal.set_package_vat(pb, VatStatus.EXEMPT_HEALTH_CARE)
    journal.issue_invoice(a, package_id=pa)
    session = journal.add_session(pb, "2026-03-02T10:00",
                                  SessionStatus.LATE_CANCELLED).session_id or ""
    journal.issue_invoice(b, package_id=pb, charges=[journal.charge_for_session(session, 500)],
                          language="en")
    clock.advance(dt.timedelta(days=2))
    journal.mark_paid(1001, clock.now().date(), PaymentMethod.SWISH)
    journal.credit_invoice(1002)
    # An erased client's invoice keeps its buyer and loses its links.
    c, pc = client_with_package(journal, name="Cecilia Ek")
    journal.issue_invoice(c, package_id=pc)
    journal.erase_client(c)


def other_vault(tmp_path: Path, clock: ManualClock) -> Vault:
    created, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    return created


def test_invoicing_round_trips_exactly(vault: Vault, clock: ManualClock,
                                      tmp_path: Path) -> None:
    invoiced_vault(vault.journal, clock)
    first = export_document(vault.journal)
    assert [i["number"] for i in first["invoicing"]["invoices"]] == [1001, 1002, 1003, 1004]
    assert first["invoicing"]["next_number"] == 1005
    other = other_vault(tmp_path, clock)
    try:
        import_document(other.journal, json.loads(json.dumps(first)))
        again = export_document(other.journal)
        assert again["practice"] == first["practice"]
        assert again["invoicing"] == first["invoicing"]
        assert other.journal.practice() == vault.journal.practice()
        assert other.journal.invoices() == vault.journal.invoices()
        assert list(other.journal.package_vat_overrides().values()) == [
            VatStatus.EXEMPT_HEALTH_CARE]
        # The series goes on where it stopped: no number is reused.
        client = other.journal.add_client("Ny Klient", address="Gatan 1").client_id or ""
        package = other.journal.add_package(client, name="P", sessions_total=1,
                                            purchased="2026-03-04", price_ore=100).package_id
        assert other.journal.issue_invoice(client, package_id=package).invoice.number == 1005
    finally:
        other.lock()


def refused(document: dict[str, Any], tmp_path: Path, clock: ManualClock) -> str:
    other = other_vault(tmp_path, clock)
    try:
        with pytest.raises(InvalidInput) as info:
            import_document(other.journal, document)
        assert other.journal.invoices() == [] and other.journal.all_clients() == []
        return str(info.value)
    finally:
        other.lock()


@pytest.mark.parametrize(("where", "change", "words"), [
    ("total", lambda d: d["invoicing"]["invoices"][0].update(total_ore=1), "do not add up"),
    ("number", lambda d: d["invoicing"]["invoices"][1].update(number=1001), "used twice"),
    ("refers", lambda d: d["invoicing"]["invoices"][2].update(refers_to=999), "not in the file"),
    ("client", lambda d: d["invoicing"]["invoices"][0].update(client_id="x"), "not in the file"),
    ("series", lambda d: d["invoicing"].update(next_number=1002), "go on after"),
    ("vat", lambda d: d["invoicing"].update(package_vat={"nopackage": "vat_25"}),
     "unknown field"),
    ("method", lambda d: d["invoicing"]["invoices"][0]["payments"][0].update(method="cash"),
     "is not one of"),
])
def test_a_bad_invoice_refuses_the_whole_import(vault: Vault, clock: ManualClock,
                                                tmp_path: Path, where: str, change: Any,
                                                words: str) -> None:
    invoiced_vault(vault.journal, clock)
    document = copy.deepcopy(export_document(vault.journal))
    change(document)
    assert words in refused(document, tmp_path / where, clock)


def test_invoices_are_not_imported_into_a_vault_that_has_some(vault: Vault,
                                                              clock: ManualClock) -> None:
    invoiced_vault(vault.journal, clock)
    document = export_document(vault.journal)
    for client in document["clients"]:  # other ids, so only the invoices clash
        client["id"] = client["id"][::-1]
        for package in client["packages"]:
            package["id"] = package["id"][::-1]
            for session in package["sessions"]:
                session["id"] = session["id"][::-1]
    for invoice in document["invoicing"]["invoices"]:
        invoice["client_id"] = invoice["client_id"] and invoice["client_id"][::-1]
        invoice["package_id"] = invoice["package_id"] and invoice["package_id"][::-1]
    document["invoicing"]["package_vat"] = {
        k[::-1]: v for k, v in document["invoicing"]["package_vat"].items()}
    with pytest.raises(InvalidInput, match="numbers are never reused"):
        import_document(vault.journal, document)
    assert len(vault.journal.all_clients()) == 2  # the clients' import was rolled back too
