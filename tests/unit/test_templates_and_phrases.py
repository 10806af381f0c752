"""Note templates and phrases in the vault (issue 17): built-in templates read-only, own ones
made, renamed and deleted, a default per practice migrated from the old setting, the template
a note was started from, phrases refused with the field named; and both carried through the
interchange file and a backup."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from journal_app.core.backup.backup import create_backup
from journal_app.core.backup.restore import restore_backup
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import DEFAULT_TEMPLATE_EN, SessionStatus
from journal_app.core.domain.templates import BUILTIN_TEMPLATES, NoteOrigin
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import ChangeKind
from journal_app.core.journal.facade import Journal
from journal_app.core.messages import render
from journal_app.core.storage.db import Database, connect
from journal_app.core.storage.schema import migrate
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document, import_document
from journal_app.export.pdf import render_journal
from support import FAST_KDF, PASSPHRASE


def refusal(exc: pytest.ExceptionInfo[InvalidInput], language: str = "en") -> str:
    return render(exc.value.code, exc.value.fields, language)


def session_of(journal: Journal, day: int = 2) -> tuple[str, str]:
    client = next(iter(journal.all_clients()), None) or journal.clients.add("Mall Klientsson")
    packages = journal.packages.for_client(client.id)
    package = packages[0] if packages else journal.packages.add(
        client.id, name="Paket", sessions_total=9, purchased=dt.date(2026, 2, 1))
    session = journal.packages.add_session(package.id, dt.datetime(2026, 2, day, 10, 0),
                                           SessionStatus.HELD)
    return client.id, session.id


def test_the_built_in_templates_are_there_in_both_languages_and_read_only(vault: Vault) -> None:
    j = vault.journal
    names = [t.name for t in j.note_templates()]
    for kind in ("Standard", "SOAP", "DAP", "BIRP"):
        assert f"{kind} (svenska)" in names and f"{kind} (English)" in names
    soap = j.note_template("builtin-soap-sv")
    assert soap.headings == ("Subjektivt", "Objektivt", "Bedömning", "Plan")
    assert j.note_template("builtin-soap-en").headings == (
        "Subjective", "Objective", "Assessment", "Plan")
    with pytest.raises(InvalidInput) as refused:
        j.update_template(soap.id, "SOAP", "S\n")
    assert refused.value.code == "template.builtin_read_only"
    with pytest.raises(InvalidInput):
        j.delete_template(soap.id)
    assert j.note_template(soap.id) == soap


def test_own_templates_are_made_renamed_rewritten_and_deleted(vault: Vault) -> None:
    j = vault.journal
    change = j.add_template("Första samtal", "Anledning\n\n\nBakgrund\n\n")
    assert change.kind is ChangeKind.TEMPLATE_ADDED and not change.affects_lists
    made = change.template
    assert made.headings == ("Anledning", "Bakgrund")
    j.update_template(made.id, "Nybesök", "Anledning\n\nMål\n")
    assert j.note_template(made.id).name == "Nybesök"
    assert j.note_template(made.id).headings == ("Anledning", "Mål")
    assert [t.name for t in j.note_templates()][-1] == "Nybesök"
    j.delete_template(made.id)
    assert "Nybesök" not in [t.name for t in j.note_templates()]


def test_a_refused_template_names_its_field_and_changes_nothing(vault: Vault) -> None:
    j = vault.journal
    before = j.note_templates()
    with pytest.raises(InvalidInput) as empty_name:
        j.add_template("  ", "Rubrik\n")
    assert "The template's name" in refusal(empty_name)
    assert "Mallens namn" in refusal(empty_name, "sv")
    with pytest.raises(InvalidInput) as no_headings:
        j.add_template("Tom", "\n  \n")
    assert "headings" in refusal(no_headings)
    j.add_template("Egen", "A\n")
    with pytest.raises(InvalidInput) as taken:
        j.add_template("egen", "B\n")
    assert "Egen" in refusal(taken) or "egen" in refusal(taken)
    assert len(j.note_templates()) == len(before) + 1


def test_the_default_template_is_what_new_notes_start_from_and_cannot_be_deleted(
        vault: Vault) -> None:
    j = vault.journal
    assert j.default_template().id == "builtin-standard-sv"
    own = j.add_template("Kort", "Kort rubrik\n\n").template
    assert j.set_default_template(own.id).kind is ChangeKind.DEFAULT_TEMPLATE_SET
    assert j.settings.load().note_template == "Kort rubrik\n\n"
    with pytest.raises(InvalidInput) as refused:
        j.delete_template(own.id)
    assert refused.value.code == "template.is_default"
    j.set_default_template("builtin-dap-en")
    assert j.settings.load().note_template.startswith("Data\n")
    j.delete_template(own.id)


def test_the_settings_template_text_becomes_the_default_template(vault: Vault) -> None:
    j = vault.journal
    j.settings.update(note_template=DEFAULT_TEMPLATE_EN)
    assert j.default_template().id == "builtin-standard-en"
    j.settings.update(note_template="Tema\n\nPlan\n")
    own = j.default_template()
    assert not own.builtin and own.body == "Tema\n\nPlan\n" and own.name == "Own template"
    j.settings.update(note_template="Tema\n\nPlan\n\nSist\n")  # the own default, rewritten
    assert j.default_template().id == own.id and len(j.repos.templates.own()) == 1


def _migrated(tmp_path: Path, template: str | None) -> Database:
    path = tmp_path / f"v15-{os.urandom(4).hex()}.db"
    db = Database(connect(path, os.urandom(32), create=True), path)
    migrate(db, target=15)
    if template is not None:
        with db.write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('note_template', ?)",
                         (template,))
    migrate(db)
    return db


@pytest.mark.parametrize(("stored", "default"), [
    (None, "builtin-standard-sv"),
    (BUILTIN_TEMPLATES[0].body, "builtin-standard-sv"),
    (DEFAULT_TEMPLATE_EN, "builtin-standard-en"),
    ("Min rubrik\n\nEn till\n", "own-migrated"),
])
def test_the_old_template_setting_migrates_into_the_default(
        tmp_path: Path, clock: ManualClock, stored: str | None, default: str) -> None:
    db = _migrated(tmp_path, stored)
    try:
        j = Journal(db, clock)
        assert j.default_template().id == default
        assert j.settings.get_raw("note_template") is None  # one place for the template
        if default == "own-migrated":
            own = j.repos.templates.own()
            assert [(t.name, t.body) for t in own] == [("Min mall", stored)]
            assert j.settings.load().note_template == stored
    finally:
        db.close()


def test_a_note_remembers_its_template_and_the_pdf_sets_its_headings_and_drops_empty_ones(
        vault: Vault) -> None:
    j = vault.journal
    client_id, session_id = session_of(j)
    own = j.add_template("Kort SOAP", "Iakttaget\n\n\nTankar\n\n\nNästa steg\n\n").template
    text = "Iakttaget\nKlienten log.\n\nTankar\n\n\nNästa steg\nRinga i maj.\n"
    change = j.save_draft(session_id, text, origin=j.template_origin(own.id))
    assert change.kind is ChangeKind.NOTE_CREATED
    assert j.note_headings(session_id) == ("Iakttaget", "Tankar", "Nästa steg")
    j.update_template(own.id, "Kort SOAP", "Något annat\n")  # the note keeps its headings
    assert j.note_headings(session_id) == ("Iakttaget", "Tankar", "Nästa steg")
    data = render_journal(j, client_id)[0].data
    page = PdfReader(io.BytesIO(data)).pages[0]
    lines = [" ".join(x.split()) for x in page.extract_text().splitlines()]
    assert "Iakttaget" in lines and "Nästa steg" in lines and "Ringa i maj." in lines
    assert "Tankar" not in lines
    fonts: dict[str, str] = {}

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if text.strip() and isinstance(font, dict):
            fonts[text.strip()] = str(font.get("/BaseFont", ""))

    page.extract_text(visitor_text=visit)
    assert "Bold" in fonts["Iakttaget"] and "Bold" not in fonts["Klienten log."]


def test_start_from_the_last_notes_headings(vault: Vault) -> None:
    j = vault.journal
    _, first = session_of(j, 2)
    _, second = session_of(j, 9)
    with pytest.raises(InvalidInput) as none_yet:
        j.last_note_start(first)
    assert none_yet.value.code == "template.no_earlier_note"
    j.save_draft(first, "Subjektivt\nTrött.\nPlan\nVila.\n",
                 origin=j.template_origin("builtin-soap-sv"))
    text, origin = j.last_note_start(second)
    assert origin.headings == ("Subjektivt", "Plan")
    assert text.split("\n")[0] == "Subjektivt" and "Trött." not in text


def test_phrases_are_added_changed_and_deleted(vault: Vault) -> None:
    j = vault.journal
    change = j.add_phrase("bpl", "Behandlingsplanen gicks igenom och klienten godkände den.")
    assert change.kind is ChangeKind.PHRASE_ADDED
    j.update_phrase(change.phrase.id, "bp2", "Behandlingsplanen gicks igenom.")
    assert [(p.abbreviation, p.body) for p in j.phrases()] == [
        ("bp2", "Behandlingsplanen gicks igenom.")]
    j.delete_phrase(change.phrase.id)
    assert j.phrases() == []


@pytest.mark.parametrize(("abbreviation", "body", "code", "words"), [
    ("", "Text", "text.empty", "The abbreviation"),
    ("b pl", "Text", "phrase.abbreviation_space", "abbreviation"),
    ("b.pl", "Text", "phrase.abbreviation_characters", "abbreviation"),
    ("bpl", "  ", "text.empty", "The phrase's text"),
    ("dup", "Text", "phrase.abbreviation_taken", "dup"),
])
def test_a_refused_phrase_names_its_field_and_changes_nothing(
        vault: Vault, abbreviation: str, body: str, code: str, words: str) -> None:
    j = vault.journal
    j.add_phrase("dup", "Finns redan.")
    with pytest.raises(InvalidInput) as refused:
        j.add_phrase(abbreviation, body)
    assert refused.value.code == code and words in refusal(refused)
    assert render(refused.value.code, refused.value.fields, "sv") != refusal(refused)
    assert [p.abbreviation for p in j.phrases()] == ["dup"]


def _fill(j: Journal) -> None:
    own = j.add_template("Egen mall", "Rubrik ett\n\n\nRubrik två\n\n").template
    j.set_default_template(own.id)
    j.add_phrase("bpl", "Behandlingsplanen gicks igenom.")
    _, session_id = session_of(j)
    j.save_draft(session_id, "Rubrik ett\nText.\n", origin=j.template_origin(own.id))


def test_templates_and_phrases_survive_the_interchange_round_trip(
        vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    _fill(vault.journal)
    document = json.loads(json.dumps(export_document(vault.journal)))
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    try:
        import_document(other.journal, document)
        again = export_document(other.journal)
        assert again["templates"] == document["templates"]
        assert again["settings"]["note_template"] == "Rubrik ett\n\n\nRubrik två\n\n"
        assert other.journal.phrases()[0].body == "Behandlingsplanen gicks igenom."
    finally:
        other.lock()


def test_an_old_file_with_only_a_template_setting_makes_it_the_default(
        vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    document = json.loads(json.dumps(export_document(vault.journal)))
    del document["templates"]
    document["settings"]["note_template"] = "Gammal mall\n\n"
    other, _ = Vault.create(tmp_path / "old", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    try:
        import_document(other.journal, document)
        assert other.journal.default_template().body == "Gammal mall\n\n"
        assert other.journal.settings.get_raw("note_template") is None
    finally:
        other.lock()


def test_a_bad_phrase_in_a_file_is_refused_naming_where(
        vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    _fill(vault.journal)
    document = json.loads(json.dumps(export_document(vault.journal)))
    document["templates"]["phrases"][0]["abbreviation"] = "b pl"
    other, _ = Vault.create(tmp_path / "bad", PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    try:
        with pytest.raises(InvalidInput) as refused:
            import_document(other.journal, document)
        assert "templates.phrases[0]" in refusal(refused)
        assert other.journal.phrases() == [] and other.journal.all_clients() == []
    finally:
        other.lock()


def test_templates_and_phrases_survive_backup_and_restore(
        vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    _fill(vault.journal)
    before = vault.journal.all_templates()
    record = create_backup(vault, tmp_path / "t.journalbackup")
    restore_backup(record.path, tmp_path / "restored", PASSPHRASE, clock=clock)
    restored = Vault.unlock(tmp_path / "restored", PASSPHRASE, clock=clock)
    try:
        assert restored.journal.all_templates() == before
        assert restored.journal.default_template().name == "Egen mall"
    finally:
        restored.lock()


def test_an_origin_goes_with_its_note_when_the_client_is_erased(vault: Vault) -> None:
    j = vault.journal
    client_id, session_id = session_of(j)
    j.save_draft(session_id, "Plan\nText.\n", origin=NoteOrigin("builtin-dap-sv", ("Plan",)))
    assert len(j.repos.templates.all_origins()) == 1
    j.erase_client(client_id)
    assert j.repos.templates.all_origins() == []
