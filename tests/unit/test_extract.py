"""The register extract (GDPR art. 15): everything the vault holds about one client."""

from __future__ import annotations

import datetime as dt
import io
import random
import sys
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader

from journal_app.cli.main import run
from journal_app.core.domain.models import Client, SessionStatus
from journal_app.core.journal.demo import fictional_personnummer
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from journal_app.export.extract import export_register_extract, render_register_extract
from support import PASSPHRASE


def words(text: str) -> str:
    return " ".join(text.split())


def text_of(data: bytes, password: str | None = None) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
    return reader, " ".join(words(page.extract_text()) for page in reader.pages)


def full_client(journal: Journal, name: str = "Märta Ekström") -> Client:
    client = journal.clients.add(
        name, id_number=fictional_personnummer(random.Random(5)), email="marta@example.se",
        phone="070-123 45 67", address="Ängsvägen 3\n752 36 Uppsala",
        free_text="Remitterad av <vårdcentralen> & företagshälsan.",
    )
    package = journal.packages.add(client.id, name="Samtalspaket 5", sessions_total=5,
                                   purchased="2026-01-05", price_ore=450_000)
    session = journal.packages.add_session(package.id, "2026-01-12T10:00", SessionStatus.HELD)
    journal.notes.save_draft(session.id, "Vi pratade om sömnen.\nMående: bättre, Émile hälsar.")
    journal.sign_note(session.id)
    journal.packages.add_session(package.id, "2026-01-19T10:00", SessionStatus.NO_SHOW)
    with journal.db.write() as conn:  # the billing and erasure modules write these rows
        conn.execute(
            "INSERT INTO billing_records (id, client_id, name, id_number, address,"
            " email, phone, package_name, price_ore, purchased, keep_until)"
            " VALUES ('b1', ?, ?, ?, 'Ängsvägen 3', 'marta@example.se', '', 'Samtalspaket 5',"
            " 450000, '2026-01-05', '2033-12-31')",
            (client.id, client.name, client.id_number),
        )
        conn.execute(
            "INSERT INTO erasure_receipts (id, client_id, erased_at, notes_count, policy, reason)"
            " VALUES ('e1', ?, '2025-06-01T08:00:00+00:00', 4, 'erase_on_completion',"
            " 'package_completed')",
            (client.id,),
        )
    return client


def test_the_extract_holds_everything_about_the_client(vault: Vault) -> None:
    client = full_client(vault.journal)
    vault.journal.open_client(client.id)
    rendered, _ = render_register_extract(vault.journal, client.id)
    reader, text = text_of(rendered.data)
    expected = (
        "Registerutdrag", "Märta Ekström", f"Personnummer {client.id_number}",
        "marta@example.se", "070-123 45 67", "Ängsvägen 3 752 36 Uppsala",
        "Remitterad av <vårdcentralen> & företagshälsan.", "artikel 15",
        # the processing, under the vault's policy
        "anteckningarna raderas när samtalspaketet är avslutat", "Integritetsskyddsmyndigheten",
        # packages, sessions and notes
        "Samtalspaket 5", "2026-01-12 10:00 Genomfört", "Vi pratade om sömnen.",
        "Mående: bättre, Émile hälsar.", "2026-01-19 10:00 Uteblev",
        # billing record and erasure receipt
        "4\u00a0500,00\u00a0kr".replace("\u00a0", " "), "2033-12-31",
        "2025-06-01 08:00", "Samtalspaketet avslutat",
        # the access log, with sessions named by their time instead of a random id
        "Uppgifter registrerade", "Anteckning signerad samtal 2026-01-12 10:00",
        "Journalen öppnad",
    )
    for phrase in expected:
        assert phrase in text.replace("\u00a0", " "), phrase
    assert f"Sida 1 av {len(reader.pages)}" in text
    assert reader.metadata is not None and reader.metadata.title == "Registerutdrag – Märta Ekström"


def test_another_clients_data_is_not_in_the_extract(vault: Vault) -> None:
    client = full_client(vault.journal)
    other = vault.journal.clients.add("Göran Nyström", email="goran@example.se")
    rendered, _ = render_register_extract(vault.journal, other.id)
    _, text = text_of(rendered.data)
    assert "Göran Nyström" in text  # control: the other client's own extract has their name
    assert "Märta" not in text and "sömnen" not in text and "marta@example.se" not in text
    assert "Inga samtalspaket." in text and "Inga faktureringsunderlag." in text
    assert "Inga anteckningar har raderats." in text
    assert [r.id for r in vault.journal.billing_records(client_id=client.id)] == ["b1"]
    assert vault.journal.billing_records(client_id=other.id) == []
    assert vault.journal.erasure_receipts(client_id=client.id)[0].notes_count == 4


def test_english_extract_under_the_pdl_policy(vault: Vault) -> None:
    client = full_client(vault.journal)
    vault.journal.settings.set_raw("retention_policy", "pdl")
    rendered, _ = render_register_extract(vault.journal, client.id, language="en")
    _, text = text_of(rendered.data)
    assert "Register extract" in text and "Article 15" in text
    assert "kept for at least ten years under the Patient Data Act" in text
    assert "2026-01-12 10:00 Held" in text and "Page 1 of" in text


def test_export_writes_a_logged_file_and_a_password_works(vault: Vault, tmp_path: Path) -> None:
    client = full_client(vault.journal)
    out = tmp_path / "utdrag.pdf"
    result = export_register_extract(vault.journal, client.id, out, password="lösenord med tio")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["utdrag.pdf", "vault"]
    reader = PdfReader(out)
    assert reader.decrypt("fel") == PasswordType.NOT_DECRYPTED
    _, text = text_of(out.read_bytes(), password="lösenord med tio")
    assert "Vi pratade om sömnen." in text
    entries = vault.journal.audit.entries(client_id=client.id, action=str(Action.EXPORT_EXTRACT))
    assert [e.detail for e in entries] == [f"pages={result.pages} encrypted=yes"]


def test_cli_extract(vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = full_client(vault.journal)
    vault.lock()
    out = tmp_path / "extract.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert run(["--vault", str(vault.folder), "extract", "--client", client.id,
                "--out", str(out)]) == 0
    _, text = text_of(out.read_bytes())
    assert "Registerutdrag" in text and "Märta Ekström" in text
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert run(["--vault", str(vault.folder), "extract", "--client", "nobody",
                "--out", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_the_log_lists_entries_oldest_first(vault: Vault) -> None:
    client = full_client(vault.journal)
    for _ in range(3):
        vault.journal.clock.advance(dt.timedelta(days=1))  # type: ignore[attr-defined]
        vault.journal.open_client(client.id)
    _, text = text_of(render_register_extract(vault.journal, client.id)[0].data)
    log = text[text.index("Logg över åtkomst"):]
    assert log.index("Uppgifter registrerade") < log.index("2026-03-03 09:00")
    assert log.index("2026-03-03 09:00") < log.index("2026-03-05 09:00")


def test_extract_lists_the_clients_invoices_and_credit_notes(vault: Vault) -> None:
    from invoicing_support import set_up_practice

    journal = vault.journal
    set_up_practice(journal)
    client = full_client(journal)
    package = journal.packages_of(client.id)[0]
    journal.issue_invoice(client.id, package_id=package.id)
    journal.credit_invoice(1001)
    rendered, _ = render_register_extract(journal, client.id, language="sv")
    _, text = text_of(rendered.data)
    assert "Faktura 1001: Samtalspaket 5" in text
    assert "Kreditfaktura 1002 (avser 1001)" in text
    assert "2033-12-31" in text  # kept until the end of the seventh year
