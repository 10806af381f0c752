"""Importing a journal-app/1 file refuses every bad record by its path in the file (for
example clients[1].packages[0].sessions[2].start) and then writes nothing at all: not for a
bad value, a file that is not a JSON object, a file too big or missing, nor for an id already
in the vault however deep in the file. A file's settings never replace those of a vault in
use."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import (
    MAX_FILE_BYTES,
    import_document,
    import_from_file,
    load_document,
)
from support import snapshot


def valid_document() -> dict[str, Any]:
    """A small but complete file; each refusal case breaks exactly one thing in it."""
    return {
        "format": "journal-app/1",
        "clients": [
            {"name": "Ett", "personnummer": "121212-1212"},
            {"id": "c2", "name": "Två", "email": "tva@example.se", "packages": [
                {"id": "p1", "name": "Samtalspaket 3", "sessions_total": 3,
                 "purchased": "2026-01-10", "sessions": [
                     {"id": "s1", "start": "2026-01-12T10:00", "status": "held",
                      "note": "Text", "signed": True},
                     {"id": "s2", "start": "2026-01-19T10:00", "status": "planned"},
                     {"id": "s3", "start": "2026-01-26T10:00", "status": "held",
                      "note_id": "n3", "revisions": [
                          {"revision": 1, "body": "Först", "saved_at": "2026-01-26T11:00:00Z",
                           "signed_at": "2026-01-26T11:05:00Z",
                           "superseded_at": "2026-01-27T09:00:00Z"},
                          {"revision": 2, "body": "Sedan", "saved_at": "2026-01-27T08:55:00Z",
                           "signed_at": "2026-01-27T09:00:00Z"}]},
                 ]},
            ]},
        ],
    }


S = "clients[1].packages[0].sessions"
BAD: list[tuple[str, str, Any]] = [
    # (id, expected in message, mutation of the valid document)
    ("format", "format: \"journal-app/2\"", ("format", "journal-app/2")),
    ("no-format", "format: null", ("format", None)),
    ("no-clients", "clients: is required", ("clients", "DELETE")),
    ("client-not-object", "clients[0]: must be an object", ("clients[0]", "Ett")),
    ("unknown-key", 'clients[1].packages[0]: unknown field "colour"',
     ("clients[1].packages[0].colour", "blå")),
    ("missing-name", "clients[0].name: is required", ("clients[0].name", "DELETE")),
    ("empty-name", "clients[0].name: must not be empty", ("clients[0].name", "   ")),
    ("number-for-text", "clients[0].name: must be text, not a number", ("clients[0].name", 5)),
    ("bool-for-int", "clients[1].packages[0].sessions_total: must be a whole number, not true",
     ("clients[1].packages[0].sessions_total", True)),
    ("float-for-int", "sessions_total: must be a whole number, not a number",
     ("clients[1].packages[0].sessions_total", 3.0)),
    ("zero-total", "sessions_total: 0 is outside 1..1000", ("clients[1].packages[0].sessions_total", 0)),
    ("control-in-line", "clients[1].email: holds a control character",
     ("clients[1].email", "tva@exa\x00mple.se")),
    ("newline-in-name", "clients[0].name: holds a control character", ("clients[0].name", "A\nB")),
    ("nul-in-note", f"{S}[0].note: holds a control character", (f"{S}[0].note", "a\x00b")),
    ("surrogate", "clients[0].name: holds a character that is not valid Unicode",
     ("clients[0].name", "A\ud800")),
    ("too-long", "clients[0].name: is longer than 200", ("clients[0].name", "x" * 201)),
    ("bad-personnummer", "clients[0].personnummer: \"121212-1213\" is not a valid Swedish "
     "identity number: The check digit is wrong", ("clients[0].personnummer", "121212-1213")),
    ("email-without-at", "clients[1].email: \"tva.example.se\" is not an e-mail",
     ("clients[1].email", "tva.example.se")),
    ("bad-start", f'{S}[1].start: "2026-13-01" is not a date and time like 2026-01-12T10:00.',
     (f"{S}[1].start", "2026-13-01")),
    ("date-only-start", f"{S}[1].start: \"2026-01-12\" is not a date and time",
     (f"{S}[1].start", "2026-01-12")),
    ("bad-purchased", "clients[1].packages[0].purchased: \"10/1/2026\" is not a date",
     ("clients[1].packages[0].purchased", "10/1/2026")),
    ("naive-timestamp", "clients[0].created_at: \"2026-01-01T10:00\" has no time zone",
     ("clients[0].created_at", "2026-01-01T10:00")),
    ("absurd-year", "clients[0].archived_at: 1066 is not a plausible year",
     ("clients[0].archived_at", "1066-10-14T12:00:00+00:00")),
    ("unknown-status", f'{S}[1].status: "maybe" is not a session status',
     (f"{S}[1].status", "maybe")),
    ("too-many-held", "clients[1].packages[0].sessions: 2 sessions count towards this package"
     " but sessions_total is 1", ("clients[1].packages[0].sessions_total", 1)),
    ("signed-empty", f"{S}[0].signed: an empty note cannot be signed", (f"{S}[0].note", " \n")),
    ("signed-without-note", f"{S}[1].signed: is given, but the session has no note",
     (f"{S}[1].signed", True)),
    ("signed-not-bool", f"{S}[0].signed: must be true or false", (f"{S}[0].signed", "yes")),
    ("revision-gap", f"{S}[2].revisions[1].revision: should be 2",
     (f"{S}[2].revisions[1].revision", 3)),
    ("unsigned-history", f"{S}[2].revisions[0].signed_at: every revision before the last",
     (f"{S}[2].revisions[0].signed_at", None)),
    ("signed-empty-revision", f"{S}[2].revisions[1].signed_at: an empty note cannot be signed",
     (f"{S}[2].revisions[1].body", "")),
    ("note-disagrees", f"{S}[2].note: differs from the body of the last revision",
     (f"{S}[2].note", "Något annat")),
    ("duplicate-id", f"{S}[1].id: the session id s1 appears twice in the file (first at {S}[0])",
     (f"{S}[1].id", "s1")),
    ("bad-id", "clients[1].id: \"c 2\" is not an id", ("clients[1].id", "c 2")),
    ("negative-price", "price_ore: -1 is outside", ("clients[1].packages[0].price_ore", -1)),
    ("sessions-not-list", "clients[1].packages[0].sessions: must be a list",
     ("clients[1].packages[0].sessions", {"start": "2026-01-12T10:00"})),
    ("bad-policy", "settings.retention_policy: \"forever\" is not one of",
     ("settings", {"retention_policy": "forever"})),
]


def mutate(document: dict[str, Any], path: str, value: Any) -> None:
    parts = [int(p) if p.isdigit() else p for p in re.findall(r"[^.\[\]]+", path)]
    target: Any = document
    for part in parts[:-1]:
        target = target[part]
    if value == "DELETE":
        del target[parts[-1]]
    else:
        target[parts[-1]] = value


def assert_refused_untouched(vault: Vault, document: Any, expected: str) -> None:
    vault.journal.clients.add("Redan här", id_number="19121212-1212")
    clients_before = vault.journal.clients.all()
    before = snapshot(vault.folder)  # rollback journal: committed state is all in the file
    with pytest.raises(InvalidInput) as info:
        import_document(vault.journal, document)
    assert expected in str(info.value)
    assert str(info.value).endswith("Nothing was imported.")
    assert snapshot(vault.folder) == before
    assert vault.journal.clients.all() == clients_before


def test_the_valid_base_document_imports(vault: Vault) -> None:
    counts = import_document(vault.journal, valid_document())
    assert (counts.clients, counts.sessions, counts.notes) == (2, 3, 2)


@pytest.mark.parametrize(("case", "expected", "change"), BAD, ids=[b[0] for b in BAD])
def test_each_bad_record_is_refused_by_path(
    vault: Vault, case: str, expected: str, change: tuple[str, Any]
) -> None:
    document = valid_document()
    mutate(document, *change)
    assert_refused_untouched(vault, document, expected)


def test_ids_already_in_the_vault_are_refused(vault: Vault) -> None:
    import_document(vault.journal, valid_document())
    again = valid_document()
    del again["clients"][0]  # the client without an id would get a fresh one
    assert_refused_untouched(vault, again, "clients[0].id: c2 is already in this vault")


def test_an_id_clash_deep_in_the_file_writes_nothing(vault: Vault) -> None:
    import_document(vault.journal, valid_document())
    again = valid_document()
    mutate(again, "clients[1].id", "fresh")
    mutate(again, "clients[1].packages[0].id", "fresh")
    for i in range(3):
        mutate(again, f"{S}[{i}].id", f"fresh{i}")
    assert_refused_untouched(vault, again, f"{S}[2].note_id: n3 is already in this vault")


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "not JSON"),
    (b"{'format': 1}", "not JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "not an object"),
    (b'"journal-app/1"', "not an object"),
    (b'{"format": "journal-app/1", "format": "x"}', "appears twice"),
    (b'{"format": "journal-app/1", "clients": [], "x": NaN}', "NaN"),
    (b"[" * 100_000, "nests too deeply"),
], ids=["empty", "single-quotes", "utf16", "list", "string", "dup-key", "nan", "deep"])
def test_files_that_are_not_objects_are_refused(data: bytes, expected: str) -> None:
    with pytest.raises(InvalidInput, match=expected):
        load_document(data)


def test_refusals_from_files(vault: Vault, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written or read
    with pytest.raises(InvalidInput, match="limit for an import is 200 MB"):
        import_from_file(vault.journal, huge)
    with pytest.raises(InvalidInput, match="no file"):
        import_from_file(vault.journal, tmp_path / "missing.json")
    with pytest.raises(InvalidInput, match="is a folder"):
        import_from_file(vault.journal, tmp_path)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(valid_document()), encoding="utf-8")
    assert import_from_file(vault.journal, good).startswith("Imported 2 clients, 1 package,")
    assert os.path.exists(good)


def test_settings_never_replace_those_of_a_vault_in_use(vault: Vault) -> None:
    vault.journal.clients.add("Befintlig")
    document = valid_document()
    document["settings"] = {"retention_policy": "pdl", "practice_name": "Annan"}
    counts = import_document(vault.journal, document)
    assert not counts.settings_applied
    loaded = vault.journal.settings.load()
    assert loaded.retention_policy.value == "erase_on_completion"
    assert loaded.practice_name == "Samtalsmottagningen"
