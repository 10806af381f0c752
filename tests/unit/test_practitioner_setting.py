"""Who keeps the journal (PDL 3 kap 10 §: a journal shows who made each entry): the vault's
"practitioner" setting ("name, title") is stored as typed or refused naming the field with
nothing changed; the journal card records it as each part's author (the practice's name when
it is not set, and a revision keeps what it recorded); the journal PDF prints it under the
practice; the interchange file carries it both ways."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.domain.card import CardPart
from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import ChangeKind
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document, import_document
from journal_app.export.pdf import render_journal
from support import FAST_KDF, PASSPHRASE

NAME = "  Anna Andersson, leg. psykolog\t(KBT) "  # spaces and a tab: kept as typed


def test_the_practitioner_is_stored_as_typed_and_returned_in_the_change(vault: Vault) -> None:
    assert vault.journal.vault_settings().practitioner == ""
    change = vault.journal.update_settings(practitioner=NAME)
    assert change.kind is ChangeKind.SETTINGS_UPDATED
    assert change.settings.practitioner == NAME
    assert vault.journal.settings.load().practitioner == NAME
    assert vault.journal.settings.get_raw("practitioner") == NAME
    vault.journal.update_settings(practitioner="")  # emptied again: the practice is the author
    assert vault.journal.settings.load().practitioner == ""


@pytest.mark.parametrize(("typed", "code"), [
    ("A" * 201, "settings.practitioner_too_long"),
    ("Anna Andersson\nleg. psykolog", "settings.practitioner_line_break"),
    ("Anna Andersson\r\nleg. psykolog", "settings.practitioner_line_break"),
    ("Anna Andersson\rleg. psykolog", "settings.practitioner_line_break"),
    ("Anna Andersson\u2028leg. psykolog", "settings.practitioner_line_break"),
], ids=["201 characters", "LF", "CR LF", "CR", "line separator"])
def test_a_long_or_multi_line_practitioner_is_refused_and_nothing_changes(
        vault: Vault, typed: str, code: str) -> None:
    vault.journal.update_settings(practitioner="Anna Andersson")
    before = vault.journal.settings.load()
    with pytest.raises(InvalidInput) as info:
        vault.journal.update_settings(practitioner=typed, idle_lock_minutes=42,
                                      practice_name="Ny mottagning")
    assert info.value.code == code
    assert "Journal kept by" in info.value.render("en")
    assert "Journalförare" in info.value.render("sv")
    assert vault.journal.settings.load() == before  # not even the other fields


def test_two_hundred_characters_are_accepted(vault: Vault) -> None:
    vault.journal.update_settings(practitioner="Å" * 200)
    assert vault.journal.settings.load().practitioner == "Å" * 200


def test_the_card_author_is_the_practitioner_when_set_and_earlier_revisions_keep_theirs(
        vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    journal.update_settings(practice_name="Mottagningen Väster")
    cid = journal.add_client("Kort Klientsson").client.id
    journal.save_card_draft(cid, "background", "Remitterad.")
    first = journal.sign_card_part(cid, "background").entry
    assert first.current.author == "Mottagningen Väster"  # none set: the practice, as before
    journal.update_settings(practitioner="Anna Andersson, leg. psykolog")
    clock.advance(60)
    journal.start_card_correction(cid, "background")
    journal.save_card_draft(cid, "background", "Remitterad i mars.")
    signed = journal.sign_card_part(cid, "background").entry
    assert [r.author for r in signed.revisions] == ["Mottagningen Väster",
                                                    "Anna Andersson, leg. psykolog"]
    stored = journal.journal_card(cid).get(CardPart.BACKGROUND)
    assert stored is not None
    assert [r.author for r in stored.revisions] == [r.author for r in signed.revisions]


def _first_page(vault: Vault, client_id: str, language: str) -> str:
    data = render_journal(vault.journal, client_id, language=language)[0].data
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_the_journal_pdf_says_who_keeps_the_journal_when_it_is_set(vault: Vault) -> None:
    journal = vault.journal
    journal.update_settings(practice_name="Mottagningen Väster")
    cid = journal.add_client("Åsa Öberg").client.id
    assert "Journalförare" not in _first_page(vault, cid, "sv")  # unset: no line
    journal.update_settings(practitioner="Anna Andersson, leg. psykolog")
    sv, en = _first_page(vault, cid, "sv"), _first_page(vault, cid, "en")
    assert "Journalförare: Anna Andersson, leg. psykolog" in sv
    assert "Journal kept by: Anna Andersson, leg. psykolog" in en
    assert sv.index("Mottagningen Väster") < sv.index("Journalförare") < sv.index("Åsa Öberg")


def test_the_journal_pdf_names_the_practitioner_as_its_author(vault: Vault) -> None:
    journal = vault.journal
    journal.update_settings(practice_name="Mottagningen Väster")
    cid = journal.add_client("Åsa Öberg").client.id

    def author() -> str:
        data = render_journal(journal, cid, language="sv")[0].data
        return str(PdfReader(io.BytesIO(data)).metadata.author)

    assert author() == "Mottagningen Väster"  # unset: the practice, as before
    journal.update_settings(practitioner="Anna Andersson, leg. psykolog")
    assert author() == "Anna Andersson, leg. psykolog"


def test_the_interchange_file_carries_the_practitioner_both_ways(
        vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    vault.journal.update_settings(practitioner=NAME)
    vault.journal.add_client("Åsa Öberg")
    document = json.loads(json.dumps(export_document(vault.journal)))
    assert document["settings"]["practitioner"] == NAME
    clock.advance(dt.timedelta(minutes=1))
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    try:
        assert import_document(other.journal, document).settings_applied
        assert other.journal.settings.load().practitioner == NAME
        document["settings"]["practitioner"] = "Anna\nAndersson"
        with pytest.raises(InvalidInput) as info:  # a vault in use or not: the file is refused
            import_document(other.journal, document)
        assert "settings.practitioner" in str(info.value)
    finally:
        other.lock()
