"""The journal card (PDL 3 kap 6 §) in the core: written, signed and corrected like a note,
who wrote each revision, refusals that name the field and change nothing, search, the PDL
ten years, the passed evaluation date, and the erase down to the decrypted pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from forensic import add_marked_client, scan
from journal_app.core.domain.card import CardPart
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import NoteState, RetentionPolicy
from journal_app.core.errors import InvalidInput, PolicyRefusal
from journal_app.core.journal.changes import ChangeKind
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import DB_NAME, Vault


def _client(journal, name: str = "Kort Klientsson") -> str:  # type: ignore[no-untyped-def]
    return str(journal.add_client(name).client.id)


def test_a_part_is_written_signed_and_corrected_with_the_earlier_text_kept(
        vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    cid = _client(journal)
    first = journal.save_card_draft(cid, "background", "Remitterad av vårdcentralen.")
    assert first.kind is ChangeKind.CARD_CREATED and first.entry.state is NoteState.DRAFT
    again = journal.save_card_draft(cid, "background", "Remitterad av vårdcentralen i mars.")
    assert again.kind is ChangeKind.CARD_SAVED and len(again.entry.revisions) == 1
    clock.advance(60)
    signed = journal.sign_card_part(cid, CardPart.BACKGROUND).entry
    assert signed.state is NoteState.SIGNED
    assert signed.current.signed_at == clock.now()
    assert signed.current.author == "Samtalsmottagningen"  # the name in the settings
    with pytest.raises(InvalidInput) as refused:
        journal.save_card_draft(cid, "background", "ändrat i smyg")
    assert refused.value.code == "card.signed"

    journal.start_card_correction(cid, "background")
    journal.update_settings(practice_name="Ny Namnsson")
    journal.save_card_draft(cid, "background", "Remitterad av skolhälsovården i mars.")
    clock.advance(60)
    corrected = journal.sign_card_part(cid, "background").entry
    assert corrected.fields.text == "Remitterad av skolhälsovården i mars."
    assert [r.fields.text for r in corrected.earlier] == ["Remitterad av vårdcentralen i mars."]
    assert corrected.earlier[0].author == "Samtalsmottagningen"
    assert corrected.current.author == "Ny Namnsson"
    actions = [e.action for e in journal.audit.entries() if e.client_id == cid]
    assert sorted(a for a in actions if a.startswith("card_")) == sorted([
        Action.CARD_WRITTEN, Action.CARD_SIGNED, Action.CARD_CORRECTED])


def test_a_discarded_correction_leaves_the_signed_part_as_it_was(vault: Vault) -> None:
    journal = vault.journal
    cid = _client(journal)
    journal.save_card_draft(cid, "declined", "Avböjde gruppbehandling.")
    journal.sign_card_part(cid, "declined")
    journal.start_card_correction(cid, "declined")
    journal.save_card_draft(cid, "declined", "Något annat")
    entry = journal.discard_card_correction(cid, "declined").entry
    assert entry.state is NoteState.SIGNED and entry.fields.text == "Avböjde gruppbehandling."
    assert journal.search("annat") == []


def test_the_parts_come_in_pdl_order_with_the_diagnosis_as_typed(vault: Vault) -> None:
    journal = vault.journal
    cid = _client(journal)
    journal.save_card_draft(cid, "declined", "Avböjde läkemedel.")
    journal.save_card_draft(cid, "plan", "Minskad oro.", measures="KBT, tio samtal.",
                            evaluate_on="2026-06-01")
    journal.save_card_draft(cid, "assessment", "Ängslan sedan hösten.",
                            diagnosis="F41.1 generaliserat ångestsyndrom")
    journal.save_card_draft(cid, "background", "Bakgrund.")
    card = journal.journal_card(cid)
    assert [e.part for e in card.entries] == [CardPart.BACKGROUND, CardPart.ASSESSMENT,
                                              CardPart.PLAN, CardPart.DECLINED]
    assessment = card.get(CardPart.ASSESSMENT)
    assert assessment is not None
    assert assessment.fields.diagnosis == "F41.1 generaliserat ångestsyndrom"
    plan = card.get(CardPart.PLAN)
    assert plan is not None and plan.fields.evaluate_on == dt.date(2026, 6, 1)
    assert plan.fields.measures == "KBT, tio samtal."


@pytest.mark.parametrize(("part", "kwargs", "code"), [
    ("background", {"diagnosis": "F32"}, "card.field_not_here"),
    ("assessment", {"measures": "KBT"}, "card.field_not_here"),
    ("plan", {"evaluate_on": "1 juni"}, "card.not_a_date"),
    ("assessment", {"diagnosis": "F32\nF41"}, "text.control_in_line"),
    ("nonsense", {}, "card.unknown_part"),
])
def test_bad_input_is_refused_and_changes_nothing(vault: Vault, part: str,
                                                  kwargs: dict[str, str], code: str) -> None:
    journal = vault.journal
    cid = _client(journal)
    with pytest.raises(InvalidInput) as refused:
        journal.save_card_draft(cid, part, "text", **kwargs)
    assert refused.value.code == code
    assert journal.journal_card(cid).entries == ()


def test_an_empty_part_is_not_signed(vault: Vault) -> None:
    journal = vault.journal
    cid = _client(journal)
    journal.save_card_draft(cid, "information", "   ")
    with pytest.raises(InvalidInput) as refused:
        journal.sign_card_part(cid, "information")
    assert refused.value.code == "card.empty_not_signed"


def test_a_passed_evaluation_date_is_told_and_a_coming_one_is_not(
        vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    cid = _client(journal)
    assert journal.journal_card(cid).evaluation_overdue is None
    journal.save_card_draft(cid, "plan", "Mål.", evaluate_on="2026-03-10")
    assert journal.journal_card(cid).evaluation_overdue is None
    clock.set(dt.datetime(2026, 3, 11, 9, tzinfo=dt.UTC))
    assert journal.journal_card(cid).evaluation_overdue == dt.date(2026, 3, 10)


def test_card_text_is_found_by_search_and_a_correction_replaces_its_words(
        vault: Vault) -> None:
    journal = vault.journal
    cid = _client(journal, "Sökbar Kortsson")
    journal.save_card_draft(cid, "assessment", "Sömnstörning.", diagnosis="F51.0")
    hits = journal.search("sömnstörning")
    assert [(h.kind, h.client_id, h.session_id) for h in hits] == [("card", cid, None)]
    assert [h.client_id for h in journal.search("F51")] == [cid]
    journal.sign_card_part(cid, "assessment")
    journal.start_card_correction(cid, "assessment")
    journal.save_card_draft(cid, "assessment", "Mardrömmar.", diagnosis="F51.5")
    journal.sign_card_part(cid, "assessment")
    assert journal.search("sömnstörning") == []
    assert [h.client_id for h in journal.search("mardrömmar")] == [cid]


def test_an_erased_clients_card_leaves_no_trace_on_any_decrypted_page(vault: Vault) -> None:
    journal = vault.journal
    # Each marked client has a card: a corrected background and a diagnosis (forensic.py).
    gone, _ = add_marked_client(journal, "Karin Raderasson", "kortgone")
    kept, _ = add_marked_client(journal, "Kvar Behallsson", "kortkept")
    journal.save_card_draft(gone.id, "plan", "kortgoneplan text", measures="kortgoneatgard")
    journal.search("text")  # the index holds every part now
    needles = [*gone.card_words, "kortgoneplan", "kortgoneatgard"]
    kept_needles = list(kept.card_words)
    db_file = Path(vault.folder) / DB_NAME
    before = scan(db_file, vault.data_key, needles + kept_needles)
    assert all(before.has(n) for n in needles + kept_needles), before.found
    assert {h.client_id for h in journal.search("bedömning")} == {gone.id, kept.id}

    journal.erase_client(gone.id)

    after = scan(db_file, vault.data_key, needles + kept_needles)
    assert {n: p for n, p in after.found.items() if n in needles and p} == {}
    assert all(after.has(n) for n in kept_needles)
    assert {h.client_id for h in journal.search("bedömning")} == {kept.id}
    assert journal.journal_card(kept.id).entries != ()


def test_the_card_stays_while_the_client_has_a_package_left(vault: Vault) -> None:
    journal = vault.journal
    client, _ = add_marked_client(journal, "Fortsatt Vardsson", "fortsatt")
    journal.add_package(client.id, name="Nästa", sessions_total=5, purchased="2026-02-01")
    journal.erase_client(client.id, completed_only=True)
    background = journal.journal_card(client.id).get(CardPart.BACKGROUND)
    assert background is not None and len(background.revisions) == 2


def test_a_card_written_under_pdl_keeps_the_client_ten_years(
        vault: Vault, clock: ManualClock) -> None:
    journal = vault.journal
    journal.change_policy(RetentionPolicy.PDL)
    cid = _client(journal, "Bara Kortsson")  # no note at all: only the card
    journal.save_card_draft(cid, "background", "Journalförd bakgrund.")
    journal.sign_card_part(cid, "background")
    journal.change_policy(RetentionPolicy.ERASE_ON_COMPLETION)
    assert journal.repos.retention.written_under_pdl(cid)
    assert journal.repos.retention.last_entry(cid) == clock.now()
    with pytest.raises(PolicyRefusal):
        journal.erase_client(cid)
    assert [e.client_id for e in journal.repos.retention.last_entries(only_marked=True)] == [cid]
    clock.set(dt.datetime(2036, 3, 3, 9, tzinfo=dt.UTC))
    journal.erase_client(cid)
    assert cid not in {c.id for c in journal.all_clients()}
