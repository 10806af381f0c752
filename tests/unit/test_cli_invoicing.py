"""The invoicing commands, in-process over a fast vault: practice, invoice, invoices, paid,
credit, reminder, sie."""

from __future__ import annotations

import io
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from invoicing_support import PRACTICE, client_with_package
from journal_app.cli.main import run
from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from support import PASSPHRASE


def cli(args: list[str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = run(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def prepared(vault: Vault, vault_dir: Path) -> tuple[Path, str, str]:
    client_id, package_id = client_with_package(vault.journal)
    vault.lock()
    return vault_dir, client_id, package_id


@pytest.fixture
def fake_pdf(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Stands in for the PDF writer (another branch): records what it was given."""
    written: list[Any] = []
    module = types.ModuleType("journal_app.export.invoice_pdf")

    def write_invoice_pdf(document: Any, out: Path) -> int:
        written.append(document)
        out.write_bytes(b"%PDF-fake")
        return 1

    module.write_invoice_pdf = write_invoice_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "journal_app.export.invoice_pdf", module)
    return written


def set_practice(folder: Path, monkeypatch: pytest.MonkeyPatch,
                 capsys: pytest.CaptureFixture[str]) -> None:
    sets = [a for field, value in PRACTICE.items()
            for a in ("--set", f"{field}={value.replace(chr(10), chr(92) + 'n')}")]
    code, out, err = cli(["--vault", str(folder), "practice", *sets], monkeypatch, capsys)
    assert (code, err) == (0, ""), err
    assert "address: Storgatan 1\\n123 45 Småstad" in out


def test_missing_details_are_named_and_a_bad_value_is_refused(
        prepared: tuple[Path, str, str], fake_pdf: list[Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder, client_id, _package = prepared
    code, _out, err = cli(["--vault", str(folder), "invoice", "--client", client_id, "--out",
                           str(tmp_path / "f.pdf")], monkeypatch, capsys)
    assert code == 2 and "legal_name, org_number, address, vat_number, bankgiro" in err
    assert not (tmp_path / "f.pdf").exists() and fake_pdf == []
    code, _out, err = cli(["--vault", str(folder), "practice", "--set", "bankgiro=123"],
                          monkeypatch, capsys)
    assert code == 2 and "bankgiro" in err and "Traceback" not in err


def test_invoice_paid_credit_and_sie_from_the_command_line(
        prepared: tuple[Path, str, str], fake_pdf: list[Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder, client_id, _package = prepared
    vault = ["--vault", str(folder)]
    set_practice(folder, monkeypatch, capsys)
    code, out, err = cli([*vault, "invoice", "--client", client_id, "--out",
                          str(tmp_path / "f.pdf")], monkeypatch, capsys)
    assert (code, err) == (0, ""), err
    assert "Issued invoice 1001: 1\xa0200,00\xa0kr" in out
    assert fake_pdf[0].number == "1001" and fake_pdf[0].total_ore == 120_000
    # The package has its invoice now: the same command writes it again, issuing nothing.
    code, out, _err = cli([*vault, "invoice", "--client", client_id, "--out",
                           str(tmp_path / "g.pdf"), "--language", "en"], monkeypatch, capsys)
    assert code == 0 and "Writing again invoice 1001" in out
    assert fake_pdf[1].language == "en" and fake_pdf[1].number == "1001"
    code, out, _err = cli([*vault, "invoices", "--unpaid"], monkeypatch, capsys)
    assert code == 0 and out.startswith("1001  invoice") and "unpaid" in out
    code, out, err = cli([*vault, "paid", "1001", "--date", "2026-03-02", "--method", "swish"],
                         monkeypatch, capsys)
    assert (code, err) == (0, "") and "paid 2026-03-02 (swish)" in out
    code, out, _err = cli([*vault, "invoices", "--unpaid"], monkeypatch, capsys)
    assert out.strip() == "No invoices."
    code, out, _err = cli([*vault, "credit", "1001"], monkeypatch, capsys)
    assert code == 0 and "Credit note 1002 credits invoice 1001" in out
    code, out, err = cli([*vault, "sie", "--year", "2026", "--out", str(tmp_path / "b.se"),
                          "--csv", str(tmp_path / "b.csv")], monkeypatch, capsys)
    assert (code, err) == (0, ""), err
    assert "3 vouchers" in out and (tmp_path / "b.se").read_bytes().startswith(b"#FLAGGA 0")
    assert "1001" in (tmp_path / "b.csv").read_text(encoding="utf-8")
    code, _out, err = cli([*vault, "paid", "4711", "--date", "2026-03-02"], monkeypatch, capsys)
    assert code == 2 and "4711" in err


def test_reminder_for_an_overdue_invoice_is_written(
        vault: Vault, vault_dir: Path, clock: ManualClock, fake_pdf: list[Any],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    journal = vault.journal
    journal.update_practice(PRACTICE)
    client_id, package_id = client_with_package(journal)
    journal.issue_invoice(client_id, package_id=package_id)
    vault.lock()
    # Issued on the fixture clock's 2 March 2026; the command runs on the system clock, past
    # the due date of 1 April 2026.
    code, out, err = cli(["--vault", str(vault_dir), "reminder", "1001", "--out",
                          str(tmp_path / "r.pdf")], monkeypatch, capsys)
    assert (code, err) == (0, ""), err
    assert "Reminder for invoice 1001" in out
    assert fake_pdf[0].kind.value == "reminder"
    assert str(fake_pdf[0].reminder_of_due_date) == "2026-04-01"


def test_invoice_pdf_is_written_by_the_real_writer(
        prepared: tuple[Path, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("journal_app.export.invoice_pdf")
    from pypdf import PdfReader

    folder, client_id, _package = prepared
    set_practice(folder, monkeypatch, capsys)
    out = tmp_path / "f.pdf"
    code, _out, err = cli(["--vault", str(folder), "invoice", "--client", client_id, "--out",
                           str(out)], monkeypatch, capsys)
    assert (code, err) == (0, ""), err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "1001" in text and PRACTICE["org_number"] in text


def test_a_late_cancellation_is_invoiced_by_its_day_and_price(
        vault: Vault, vault_dir: Path, fake_pdf: list[Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from journal_app.core.domain.models import SessionStatus

    journal = vault.journal
    journal.update_practice(PRACTICE)
    client_id, package_id = client_with_package(journal)
    journal.add_session(package_id, "2026-03-01T10:00", SessionStatus.LATE_CANCELLED)
    vault.lock()
    base = ["--vault", str(vault_dir), "invoice", "--client", client_id, "--out",
            str(tmp_path / "s.pdf"), "--session-on"]
    code, _out, err = cli([*base, "2026-03-01", "--price", "6OO"], monkeypatch, capsys)
    assert code == 2 and "not a price" in err
    code, _out, err = cli([*base, "2026-03-02", "--price", "600"], monkeypatch, capsys)
    assert code == 2 and "0 chargeable sessions" in err
    code, out, err = cli([*base, "2026-03-01", "--price", "600,50"], monkeypatch, capsys)
    assert (code, err) == (0, ""), err
    assert "Issued invoice 1001: 600,50" in out
    document = fake_pdf[0]
    assert document.lines[0].description == "Sen avbokning 2026-03-01"
    assert document.total_ore == 60_050
