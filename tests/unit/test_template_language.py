"""The language of an own template's notes (issue 17, schema 19): stored as chosen ("" the
app's, "sv", "en"), refused when anything else with the field named in both languages and
nothing changed, kept by a vault migrated from schema 18 as "" (checked as before), and
carried through the interchange file, where it may be absent and is refused when bad."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.domain.clock import ManualClock
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import ChangeKind
from journal_app.core.journal.facade import Journal
from journal_app.core.messages import render
from journal_app.core.storage.db import Database, connect
from journal_app.core.storage.schema import LATEST, current_version, migrate
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import export_document, import_document
from support import FAST_KDF, PASSPHRASE

T0 = "2026-01-05T08:00:00+00:00"


@pytest.mark.parametrize("language", ["sv", "en", ""])
def test_an_own_template_keeps_the_language_it_was_given(vault: Vault, language: str) -> None:
    j = vault.journal
    change = j.add_template("Kort samtal", "Läge\n\nInsats\n", language)
    assert change.kind is ChangeKind.TEMPLATE_ADDED
    assert change.template.language == language
    made = change.template.id
    assert j.note_template(made).language == language
    assert [t.language for t in j.repos.templates.own()] == [language]


def test_the_language_is_changed_by_an_update_and_kept_when_not_given(vault: Vault) -> None:
    j = vault.journal
    made = j.add_template("Kort samtal", "Läge\n").template
    change = j.update_template(made.id, "Kort samtal", "Läge\n", "sv")
    assert change.kind is ChangeKind.TEMPLATE_UPDATED and change.template.language == "sv"
    assert j.note_template(made.id).language == "sv"
    j.update_template(made.id, "Kortare samtal", "Läge\n\nPlan\n")  # no language: kept
    assert j.note_template(made.id).language == "sv"
    j.update_template(made.id, "Kortare samtal", "Läge\n", "")  # back to the app's
    assert j.note_template(made.id).language == ""


@pytest.mark.parametrize("bad", ["de", "SV", " sv", "svenska", None, 1])
def test_a_bad_language_is_refused_naming_the_field_and_changes_nothing(
        vault: Vault, bad: Any) -> None:
    j = vault.journal
    with pytest.raises(InvalidInput) as added:
        j.add_template("Kort samtal", "Läge\n", bad)
    assert added.value.code == "template.language"
    assert "The language of the template's notes" in render(added.value.code,
                                                            added.value.fields, "en")
    assert "Språket i mallens anteckningar" in render(added.value.code, added.value.fields, "sv")
    assert j.repos.templates.own() == []

    made = j.add_template("Kort samtal", "Läge\n", "en").template
    if bad is None:  # to an update, None means "keep the language"
        return
    with pytest.raises(InvalidInput) as updated:
        j.update_template(made.id, "Annat namn", "Annan\n", bad)
    assert updated.value.code == "template.language"
    assert j.note_template(made.id) == made  # name, headings and language as they were


def test_a_template_made_from_the_settings_text_keeps_the_built_in_ones_language(
        vault: Vault) -> None:
    j = vault.journal
    j.set_default_template("builtin-soap-en")
    j.settings.update(note_template="Theme\n\nPlan\n")
    own = j.default_template()
    assert not own.builtin and own.language == "en"


def test_own_templates_of_a_schema_18_vault_keep_the_apps_language(
        tmp_path: Path, clock: ManualClock) -> None:
    path = tmp_path / "v18.db"
    db = Database(connect(path, os.urandom(32), create=True), path)
    try:
        migrate(db, target=18)
        with db.write() as conn:  # as the app at schema 18 stored them
            conn.execute("INSERT INTO note_templates (id, name, body, created_at, updated_at)"
                         " VALUES ('t1', 'Min mall', 'Läge\n\nPlan\n', ?, ?)", (T0, T0))
        assert migrate(db) == LATEST == 19
        assert current_version(db) == 19
        j = Journal(db, clock)
        kept = j.note_template("t1")
        assert (kept.name, kept.body, kept.language) == ("Min mall", "Läge\n\nPlan\n", "")
        j.update_template("t1", "Min mall", "Läge\n\nPlan\n", "sv")  # and can be given one
        assert j.note_template("t1").language == "sv"
    finally:
        db.close()


def _other(tmp_path: Path, clock: ManualClock, name: str) -> Vault:
    other, _ = Vault.create(tmp_path / name, PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    return other


def test_the_language_survives_the_interchange_round_trip(
        vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    j = vault.journal
    for name, language in (("Svensk", "sv"), ("English one", "en"), ("Appens", "")):
        j.add_template(name, "Rubrik\n", language)
    document = json.loads(json.dumps(export_document(j)))
    assert {t["name"]: t["language"] for t in document["templates"]["own"]} == {
        "Svensk": "sv", "English one": "en", "Appens": ""}
    other = _other(tmp_path, clock, "other")
    try:
        import_document(other.journal, document)
        assert {t.name: t.language for t in other.journal.repos.templates.own()} == {
            "Svensk": "sv", "English one": "en", "Appens": ""}
        assert export_document(other.journal)["templates"] == document["templates"]
    finally:
        other.lock()


def test_a_file_without_the_language_gives_the_apps_language(
        vault: Vault, tmp_path: Path, clock: ManualClock) -> None:
    vault.journal.add_template("Svensk", "Rubrik\n", "sv")
    document = json.loads(json.dumps(export_document(vault.journal)))
    del document["templates"]["own"][0]["language"]  # a file from before schema 19
    other = _other(tmp_path, clock, "old")
    try:
        import_document(other.journal, document)
        assert [t.language for t in other.journal.repos.templates.own()] == [""]
    finally:
        other.lock()


@pytest.mark.parametrize("bad", ["de", "Svenska", 7, ["sv"]])
def test_a_bad_language_in_a_file_is_refused_naming_where(
        vault: Vault, tmp_path: Path, clock: ManualClock, bad: Any) -> None:
    vault.journal.add_template("Svensk", "Rubrik\n", "sv")
    document = json.loads(json.dumps(export_document(vault.journal)))
    document["templates"]["own"][0]["language"] = bad
    other = _other(tmp_path, clock, "bad")
    try:
        with pytest.raises(InvalidInput) as refused:
            import_document(other.journal, document)
        text = render(refused.value.code, refused.value.fields, "en")
        assert "templates.own[0].language" in text
        assert other.journal.repos.templates.own() == []  # nothing written
    finally:
        other.lock()
