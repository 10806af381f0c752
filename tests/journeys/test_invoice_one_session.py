"""Journey: a late cancellation charged on an invoice of its own. The session is clicked, the
Client menu's "Invoice the selected session…" asks its price (an amount that is not one is
refused, naming the field, and nothing is issued), the invoice is shown before it is issued
with the cancellation's date, and Issue issues it: the package itself stays uninvoiced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from test_invoice_a_package_and_book_it import NAME, SPACES, _type_practice

from invoicing_support import client_with_package
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import RetentionPolicy, SessionStatus
from journal_app.core.vault.vault import Vault
from journal_app.export import money
from journal_app.ui.dialogs.invoice_preview import InvoicePreviewDialog
from journal_app.ui.dialogs.payment_dialog import ChargeDialog
from support import FAST_KDF, PASSPHRASE


@pytest.fixture
def late_cancellation(vault_dir: Path, clock: ManualClock) -> dict[str, str]:
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               retention_policy=RetentionPolicy.ERASE_ON_COMPLETION,
                               kdf_policy=FAST_KDF, clock=clock)
    client, package = client_with_package(vault.journal, name=NAME)
    vault.journal.packages.add_session(package, "2026-02-20T10:00", SessionStatus.LATE_CANCELLED)
    vault.lock()
    return {"client": client, "package": package}


def test_a_late_cancellation_is_invoiced_on_its_own(  # type: ignore[no-untyped-def]
        make_window, person, late_cancellation, tmp_path: Path) -> None:
    window = make_window()
    person.unlock(window)
    _type_practice(person, window)
    view = window.workspace.client_view
    person.open_client(window, NAME)
    person.click_row(view.sessions, "2026-02-20 10:00")
    person.menu(window, "Client", "Invoice the selected session…")
    charge = person.dialog(window, ChargeDialog)
    person.expect_focus(charge.price)
    person.type("fyrahundra")
    person.click_button(charge, "OK")
    person.wait_for(lambda: charge.error.text(), "the refusal")
    assert charge.error.text().startswith("Price:")
    assert window.controller.journal.invoices() == []  # nothing was issued
    person.select_all_and_type(charge.price, "400")
    person.click_button(charge, "OK")
    preview = person.dialog(window, InvoicePreviewDialog)
    paper = preview.paper.text().translate(SPACES)
    assert "Sen avbokning 2026-02-20" in paper
    assert money.money(40_000, "sv").translate(SPACES) in paper

    pdf = tmp_path / "avbokning.pdf"
    with person.answering("Save", typing=str(pdf), replace=True, press_enter=True,
                          dialog_type=QFileDialog):
        person.click_button(preview, "Issue")
    person.wait_for(pdf.is_file, "the invoice PDF")
    (invoice,) = window.controller.journal.invoices()
    assert invoice.total_ore == 40_000 and invoice.package_id is None
    assert window.controller.journal.package_invoice(late_cancellation["package"]) is None
