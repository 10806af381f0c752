"""Invoicing in the window: practice details stored as typed or refused naming the field; a
package's invoice shown before it is issued, refused with the core's words when details are
missing; the Invoices list's payment refused for a bad date with nothing stored; the client view
says each package's invoice status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import shiboken6
from test_workspace_flow import _open_client

from invoicing_support import PRACTICE, client_with_package, set_up_practice
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.invoicing import InvoiceStatus
from journal_app.core.vault.vault import Vault
from journal_app.export import money
from journal_app.ui.controllers import invoice_list_controller, invoicing_actions
from support import FAST_KDF, PASSPHRASE

NAME = "Åsa Öberg"


@pytest.fixture
def billing(vault_dir: Path, clock: ManualClock) -> dict[str, str]:
    """A locked vault with a client who has an address and a priced package; the practice's
    details are not set yet."""
    vault, _key = Vault.create(vault_dir, PASSPHRASE, practice_name="Mottagningen",
                               kdf_policy=FAST_KDF, clock=clock)
    client, package = client_with_package(vault.journal, name=NAME)
    vault.lock()
    return {"client": client, "package": package}


def _practice_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    window.invoicing.open_practice()
    dialog = window.invoicing.practice_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_bad_bankgiro_is_refused_naming_the_field_and_nothing_is_stored(
        qtbot, make_window, billing, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    dialog = _practice_dialog(qtbot, window)
    dialog.fields["legal_name"].setText("Mottagningen AB")
    dialog.fields["bankgiro"].setText("5050-1056")  # a wrong check digit
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "Bankgiro" in dialog.error.text() and "check digit" in dialog.error.text()
    assert dialog.focusWidget() is dialog.fields["bankgiro"]
    stored = window.controller.journal.practice()
    assert (stored.legal_name, stored.bankgiro) == ("", "")  # nothing of the save was kept
    dialog.reject()


def test_practice_details_are_stored_as_typed(qtbot, make_window, billing, unlock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    dialog = _practice_dialog(qtbot, window)
    dialog.fields["legal_name"].setText(PRACTICE["legal_name"])
    dialog.fields["address"].setPlainText(PRACTICE["address"])
    dialog.fields["bankgiro"].setText(PRACTICE["bankgiro"])
    dialog.fields["payment_terms_days"].setText("20")
    dialog.fields["f_skatt"].setChecked(True)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible(), dialog.error.text()
    stored = window.controller.journal.practice()
    assert stored.legal_name == PRACTICE["legal_name"]
    assert stored.address == PRACTICE["address"]
    assert stored.bankgiro == "5050-1055"
    assert (stored.payment_terms_days, stored.f_skatt) == (20, True)


def test_invoicing_without_practice_details_names_them_and_issues_nothing(
        qtbot, make_window, billing, unlock) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    window = make_window()
    unlock(window)
    window.invoicing.confirm = lambda _p, _t, text: asked.append(text) or False
    _open_client(qtbot, window, NAME)
    window.workspace.client_view.invoice_package.click()
    assert len(asked) == 1
    assert asked[0].startswith("An invoice needs these practice details, still missing: Legal"
                               " name, Organisation number, Address, VAT number, Bankgiro")
    assert window.invoicing.preview is None and window.invoicing.practice_dialog is None
    assert window.controller.journal.invoices() == []
    # Yes: the practice details open, the cursor in the first detail missing.
    window.invoicing.confirm = lambda *_a: True
    window.workspace.client_view.invoice_package.click()
    dialog = window.invoicing.practice_dialog
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.fields["legal_name"]
    assert window.controller.journal.invoices() == []
    dialog.reject()


def test_a_client_without_an_address_is_not_invoiced(
        qtbot, make_window, billing, unlock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(invoicing_actions, "warn", lambda _p, _t, text: warned.append(text))
    window = make_window()
    unlock(window)
    journal = window.controller.journal
    set_up_practice(journal)
    journal.clients.update(billing["client"], address="")
    _open_client(qtbot, window, NAME)
    window.workspace.client_view.invoice_package.click()
    assert warned == [f"An invoice needs the client's address, and {NAME} has none; add it to"
                      " the client. Nothing was issued."]
    assert journal.invoices() == []


def _issue(qtbot, window, monkeypatch, target: Path | None):  # type: ignore[no-untyped-def]
    set_up_practice(window.controller.journal)
    monkeypatch.setattr(invoice_list_controller, "choose_path",
                        lambda *_a, **_k: str(target) if target else "")
    _open_client(qtbot, window, NAME)
    view = window.workspace.client_view
    assert view.packages_model.index(0, 3).data() == "not invoiced"
    view.invoice_package.click()
    preview = window.invoicing.preview
    qtbot.waitExposed(preview)
    paper = preview.paper.text()
    assert "1001" in paper and "Lillgatan 2" in paper
    assert money.money(120_000, "sv") in paper and "Att betala" in paper  # the paper's language
    assert window.controller.journal.invoices() == []  # shown, not issued
    preview.issue_button.click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(preview) or not preview.isVisible())
    return view


def test_a_previewed_invoice_is_issued_and_its_pdf_saved(
        qtbot, make_window, billing, unlock, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    pdf = tmp_path / "faktura.pdf"
    view = _issue(qtbot, window, monkeypatch, pdf)
    qtbot.waitUntil(pdf.is_file, timeout=10_000)
    invoice = window.controller.journal.invoice(1001)
    assert invoice.total_ore == 120_000 and invoice.package_id == billing["package"]
    assert view.packages_model.index(0, 3).data() == "Invoice 1001 · unpaid"


def _invoices_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    window.invoicing.open_invoices()
    dialog = window.invoicing.invoices_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_bad_paid_date_is_refused_naming_the_field_and_nothing_changes(
        qtbot, make_window, billing, unlock, monkeypatch, clock) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    view = _issue(qtbot, window, monkeypatch, None)
    dialog = _invoices_dialog(qtbot, window)
    assert dialog.model.index(0, 0).data() == "1001"
    assert dialog.mark_paid.isEnabled() and not dialog.reminder.isEnabled()
    dialog.mark_paid.click()
    payment = window.invoicing.invoice_list.payment_dialog
    qtbot.waitExposed(payment)
    for typed, said in (("2026-02-30", "Paid on: “2026-02-30” is not a date"),
                        ("2026-03-03", "The payment date is in the future.")):
        payment.paid_on.setText(typed)
        payment.submitted.emit()
        assert payment.isVisible()
        assert payment.error.text().startswith(said), payment.error.text()
        assert payment.focusWidget() is payment.paid_on
        assert payment.paid_on.text() == typed  # what was typed stays as typed
        assert window.controller.journal.invoice(1001).payments == ()
    payment.paid_on.setText("2026-03-02")
    payment.submitted.emit()
    assert not payment.isVisible()
    invoice = window.controller.journal.invoice(1001)
    assert [p.paid_on for p in invoice.payments] == [dt.date(2026, 3, 2)]
    assert dialog.model.index(0, 5).data() == "paid"
    assert view.packages_model.index(0, 3).data() == "Invoice 1001 · paid"
    dialog.reject()


def test_filters_reminder_and_credit(qtbot, make_window, billing, unlock, monkeypatch,
                                     clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    view = _issue(qtbot, window, monkeypatch, None)
    clock.advance(dt.timedelta(days=40))  # past the 30 days' terms
    dialog = _invoices_dialog(qtbot, window)
    dialog.show_overdue.click()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 5).data() == "overdue"
    dialog.table.selectRow(0)
    assert dialog.reminder.isEnabled()
    reminder, shown = tmp_path / "paminnelse.pdf", []
    monkeypatch.setattr(invoice_list_controller, "choose_path", lambda *_a, **_k: str(reminder))
    monkeypatch.setattr(invoice_list_controller, "show_file", shown.append)
    dialog.reminder.click()
    qtbot.waitUntil(lambda: shown == [str(reminder)], timeout=10_000)
    assert reminder.stat().st_size > 1000
    assert dialog.message.text() == "Saved paminnelse.pdf. The PDF is not encrypted: keep it safe."
    window.invoicing.invoice_list.confirm = lambda *_a: True
    dialog.credit.click()
    assert window.controller.journal.invoice_status(
        window.controller.journal.invoice(1001)) is InvoiceStatus.CREDITED
    assert dialog.model.rowCount() == 0  # nothing is overdue now
    dialog.show_all.click()
    assert [dialog.model.index(r, 5).data() for r in range(2)] == \
        ["credit note (credits 1001)", "credited"]
    assert view.packages_model.index(0, 3).data() == "not invoiced"
    dialog.reject()


def test_locking_closes_the_invoicing_dialogs(qtbot, make_window, billing, unlock,
                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    unlock(window)
    view = _issue(qtbot, window, monkeypatch, None)
    dialog = _invoices_dialog(qtbot, window)
    dialog.table.selectRow(0)
    dialog.mark_paid.click()
    payment = window.invoicing.invoice_list.payment_dialog
    qtbot.waitExposed(payment)
    window.controller.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    assert not shiboken6.isValid(payment) or not payment.isVisible()
    assert window.invoicing.invoices_dialog is None
    assert view.packages_model.rowCount() == 0  # nothing of the journal stays on screen
