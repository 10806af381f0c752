"""The journal card in what leaves the vault: the client's PDF (before the sessions, in PDL
order, signed-by and earlier texts), the register extract, and the interchange file (a round
trip reproduces it exactly; a bad part refuses the file naming where)."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault
from journal_app.export.extract import export_register_extract
from journal_app.export.interchange import export_document, import_document
from journal_app.export.pdf import export_journal_pdf
from support import FAST_KDF, PASSPHRASE

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no pdftotext")


def _carded(vault: Vault, clock: ManualClock) -> str:
    j = vault.journal
    cid = j.add_client("Kort Exportsson").client.id
    package = j.add_package(cid, name="Paket", sessions_total=4, purchased="2026-01-10").package
    session = j.add_session(package.id, "2026-02-02T10:00", "held").session
    j.save_draft(session.id, "Sessionstext först samtalet.")
    j.sign_note(session.id)
    j.save_card_draft(cid, "declined", "Avböjde gruppbehandling.")
    j.save_card_draft(cid, "plan", "Målet är sömn.", measures="Sömndagbok.",
                      evaluate_on="2026-05-01")
    j.sign_card_part(cid, "plan")
    j.save_card_draft(cid, "assessment", "Oro sedan hösten.", diagnosis="F41.1")
    j.sign_card_part(cid, "assessment")
    clock.advance(3600)
    j.start_card_correction(cid, "assessment")
    j.save_card_draft(cid, "assessment", "Oro sedan sommaren.", diagnosis="F41.1 GAD")
    j.sign_card_part(cid, "assessment")
    j.save_card_draft(cid, "background", "Remitterad av vårdcentralen.")
    j.sign_card_part(cid, "background")
    j.save_card_draft(cid, "information", "   ")  # nothing written: left out of the PDF
    return str(cid)


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@needs_poppler
def test_the_pdf_shows_the_card_before_the_sessions_in_pdl_order(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    cid = _carded(vault, clock)
    out = tmp_path / "journal.pdf"
    export_journal_pdf(vault.journal, cid, out)
    text = _text(out)
    order = ["Journalkort", "Bakgrund", "Remitterad av vårdcentralen", "Bedömning/diagnos",
             "Diagnos: F41.1 GAD", "Oro sedan sommaren", "Tidigare lydelse", "Oro sedan hösten",
             "Behandlingsplan", "Mål", "Planerade åtgärder", "Planerad utvärdering: 2026-05-01",
             "Avböjd vård", "Avböjde gruppbehandling", "Samtal", "Sessionstext först"]
    at = 0
    for word in order:  # each after the one before it
        found = text.find(word, at)
        assert found >= 0, f"{word!r} not after {text[:at][-80:]!r}"
        at = found + len(word)
    assert "Information och klientens val" not in text  # nothing written in it
    assert "Samtalsmottagningen" in text.split("Avböjd vård")[0]  # who signed the parts


@needs_poppler
def test_the_pdf_in_english_uses_the_english_headings(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    cid = _carded(vault, clock)
    out = tmp_path / "journal.pdf"
    export_journal_pdf(vault.journal, cid, out, language="en")
    text = _text(out)
    assert text.find("Journal card") < text.find("Background") < text.find("Declined care")


@needs_poppler
def test_the_register_extract_holds_the_card_and_its_log_entries(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    cid = _carded(vault, clock)
    out = tmp_path / "extract.pdf"
    export_register_extract(vault.journal, cid, out)
    text = " ".join(_text(out).split())
    for words in ("Journalkort", "Oro sedan hösten", "Diagnos: F41.1", "Sömndagbok",
                  "Journalkort signerat", "Journalkort rättat"):
        assert words in text, words


def _second(tmp_path: Path, clock: ManualClock) -> Vault:
    created, _ = Vault.create(tmp_path / "second", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    return created


def test_the_card_round_trips_exactly_through_the_interchange_file(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    cid = _carded(vault, clock)
    document = export_document(vault.journal)
    assert {p["part"] for p in document["journal_card"]} == {
        "background", "assessment", "plan", "information", "declined"}
    other = _second(tmp_path, clock)
    try:
        import_document(other.journal, json.loads(json.dumps(document)))
        assert export_document(other.journal)["journal_card"] == document["journal_card"]
        assert other.journal.journal_card(cid) == vault.journal.journal_card(cid)
        assert [h.client_id for h in other.journal.search("sommaren")] == [cid]
    finally:
        other.lock()


@pytest.mark.parametrize(("change", "where", "words"), [
    (lambda p: p.update(part="diagnosis"), "part", "not a part"),
    (lambda p: p.update(client_id="nobody"), "client_id", "no client"),
    (lambda p: p["revisions"][0].update(revision=2), "revisions[0].revision", "revision"),
    (lambda p: p["revisions"][0].update(evaluate_on="snart"), "revisions[0].evaluate_on",
     "not a date"),
    (lambda p: p["revisions"][0].update(signed_at=None), "revisions[0].signed_at", "signed"),
])
def test_a_bad_card_part_refuses_the_file_naming_where(
        vault: Vault, clock: ManualClock, tmp_path: Path, change: Any, where: str,
        words: str) -> None:
    _carded(vault, clock)
    document = copy.deepcopy(export_document(vault.journal))
    index = next(i for i, p in enumerate(document["journal_card"]) if p["part"] == "assessment"
                 ) if "evaluate_on" not in where else next(
        i for i, p in enumerate(document["journal_card"]) if p["part"] == "plan")
    change(document["journal_card"][index])
    other = _second(tmp_path, clock)
    try:
        with pytest.raises(InvalidInput) as refused:
            import_document(other.journal, document)
        text = str(refused.value)
        assert f"journal_card[{index}]" in text and words in text, text
        assert other.journal.all_clients() == []  # nothing written
    finally:
        other.lock()


def test_a_diagnosis_on_the_wrong_part_refuses_the_file(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    _carded(vault, clock)
    document = copy.deepcopy(export_document(vault.journal))
    index = next(i for i, p in enumerate(document["journal_card"]) if p["part"] == "background")
    document["journal_card"][index]["revisions"][0]["diagnosis"] = "F32"
    other = _second(tmp_path, clock)
    try:
        with pytest.raises(InvalidInput) as refused:
            import_document(other.journal, document)
        assert f"journal_card[{index}].revisions[0]" in str(refused.value)
    finally:
        other.lock()


def test_a_part_already_in_the_vault_refuses_the_file(
        vault: Vault, clock: ManualClock) -> None:
    _carded(vault, clock)
    document = copy.deepcopy(export_document(vault.journal))
    document["clients"] = [{**document["clients"][0], "id": "nyklient", "name": "Ny Klient"}]
    document["clients"][0]["packages"] = []
    for part in document["journal_card"]:
        part["client_id"] = "nyklient"
    document.pop("invoicing", None)
    with pytest.raises(InvalidInput) as refused:
        import_document(vault.journal, document)
    assert "journal_card[0].id" in str(refused.value)
    assert "already in this vault" in str(refused.value)
    assert "Ny Klient" not in {c.name for c in vault.journal.all_clients()}
