"""The journal-app/1 interchange format: exact round trips, the simple file, and refusals."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.backup.verify import verify_vault
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import (
    MAX_FILE_BYTES,
    export_document,
    export_to_file,
    import_document,
    import_from_file,
    load_document,
)
from support import FAST_KDF, PASSPHRASE, snapshot

DOCS = Path(__file__).resolve().parents[2] / "docs" / "interchange.md"
WEIRD = "Åsa Öberg-Ängström 🌷\tdel två"


def tick(clock: ManualClock, minutes: int = 7) -> None:
    clock.advance(dt.timedelta(minutes=minutes))


def build_rich_vault(j: Journal, clock: ManualClock) -> None:
    """Every kind of record the format must carry, each timestamp a different minute."""
    j.settings.update(late_cancellation_counts=True, idle_lock_minutes=12,
                      note_template="Mall\n\n🙂 Mående\n")
    j.settings.set_raw("retention_policy", "pdl")
    anna = j.clients.add("Anna Åkesson", id_number="19121212-1212", email="anna@example.se",
                         phone="070-111 22 33", address="Storgatan 1\n753 20 Uppsala",
                         free_text="Föredrar e-post 📧\nAllergisk mot katter")
    tick(clock)
    j.clients.add("Örjan Ödman", id_number="19810161-6004")  # samordningsnummer (day 61)
    tick(clock)
    org = j.clients.add("Företaget AB", id_number="556036-0793")
    tick(clock)
    j.clients.add("Zoë Utan Nummer")
    tick(clock)
    # A completed package: held and late-cancelled sessions (late ones count), all signed.
    done = j.packages.add(anna.id, name="Samtalspaket 3", sessions_total=3,
                          purchased="2026-01-05", price_ore=450000)
    statuses = (SessionStatus.HELD, SessionStatus.LATE_CANCELLED, SessionStatus.CANCELLED,
                SessionStatus.HELD)
    for day, status in enumerate(statuses):
        tick(clock)
        session = j.packages.add_session(done.id, f"2026-01-{12 + day:02d}T10:00", status)
        if status is SessionStatus.HELD:
            tick(clock)
            j.notes.save_draft(session.id, f"Anteckning {day}: {WEIRD}\nrad två\n")
            tick(clock)
            j.notes.save_draft(session.id, f"Anteckning {day} (ändrad): {WEIRD}\n")
            tick(clock)
            # Corrected twice: three revisions, two superseded.
            j.sign_note(session.id)
            if day == 0:
                for n in (1, 2):
                    tick(clock)
                    j.notes.start_correction(session.id)
                    tick(clock)
                    j.notes.save_draft(session.id, f"Rättelse {n} ✍️\n{WEIRD}")
                    tick(clock)
                    j.sign_note(session.id)
    assert j.packages.get(done.id).completed
    tick(clock)
    j.packages.postpone_erase(done.id)
    # An open package with every other status, a draft, and a correction left open.
    open_package = j.packages.add(anna.id, name="Samtalspaket 10", sessions_total=10,
                                  purchased="2026-02-01")
    for day, status in enumerate(SessionStatus):
        tick(clock)
        planned = status is SessionStatus.PLANNED
        # Signed while held, then set back to planned: a note is signed only for a contact
        # that took place, but the status can still change afterwards.
        session = j.packages.add_session(open_package.id, f"2026-02-{2 + day:02d}T14:30",
                                         SessionStatus.HELD if planned else status)
        if status is SessionStatus.HELD:
            j.notes.save_draft(session.id, "Utkast\n\n\tmed tabb")
        elif planned:
            j.notes.save_draft(session.id, "Signerad, sedan öppnad för rättelse")
            tick(clock)
            j.sign_note(session.id)
            tick(clock)
            j.notes.start_correction(session.id)
            j.packages.set_status(session.id, SessionStatus.PLANNED)
        elif status is SessionStatus.NO_SHOW:
            j.notes.save_draft(session.id, "")  # an empty draft is a note too
    # An archived client (archiving needs every package completed).
    tick(clock)
    one = j.packages.add(org.id, name="Handledning", sessions_total=1, purchased="2025-12-01")
    session = j.packages.add_session(one.id, "2025-12-02T08:00", SessionStatus.HELD)
    j.notes.save_draft(session.id, "Handledning 🧭")
    tick(clock)
    j.sign_note(session.id)
    tick(clock)
    j.clients.set_archived(org.id, True)


def second_vault(tmp_path: Path, clock: ManualClock, name: str = "second") -> Vault:
    created, _ = Vault.create(tmp_path / name, PASSPHRASE, kdf_policy=FAST_KDF, clock=clock)
    return created


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def everything(j: Journal) -> list[Any]:
    """Every record as the app's own dataclasses, for an equality check beyond the JSON."""
    out: list[Any] = [j.settings.load()]
    for client in sorted(j.clients.all(), key=lambda c: c.id):
        out.append(client)
        for package in j.packages.for_client(client.id):
            out.append(package)
            for session in j.packages.sessions(package_id=package.id):
                out += [session, j.notes.for_session(session.id)]
    return out


def test_round_trip_is_exact(vault: Vault, clock: ManualClock, tmp_path: Path) -> None:
    build_rich_vault(vault.journal, clock)
    first = export_document(vault.journal)
    assert len(first["clients"]) == 4
    tick(clock, 600)
    other = second_vault(tmp_path, clock)
    try:
        counts = import_document(other.journal, json.loads(json.dumps(first)))
        assert (counts.clients, counts.packages, counts.sessions, counts.notes) == (4, 3, 10, 6)
        assert counts.settings_applied
        tick(clock, 60)
        again = export_document(other.journal)
        assert again["exported_at"] != first["exported_at"]
        assert without_time(again) == without_time(first)
        assert everything(other.journal) == everything(vault.journal)
        states = {n.state for n in (other.journal.notes.for_session(s["id"])
                                    for c in first["clients"] for p in c["packages"]
                                    for s in p["sessions"]) if n is not None}
        assert states == {NoteState.DRAFT, NoteState.SIGNED, NoteState.CORRECTING}
        # The search index and the access log came along consistently.
        assert {h.client_name for h in other.journal.search("rättelse")} == {"Anna Åkesson"}
        assert [h.kind for h in other.journal.search("19121212")] == ["client"]
        assert verify_vault(other).sound
        imports = other.journal.audit.entries(action=Action.IMPORT)
        assert len(imports) == 1 and imports[0].client_id is None
        assert "Anna" not in imports[0].detail and "clients=4" in imports[0].detail
    finally:
        other.lock()


def test_export_file_is_private_atomic_and_audited(
    vault: Vault, clock: ManualClock, tmp_path: Path
) -> None:
    build_rich_vault(vault.journal, clock)
    target = tmp_path / "export.json"
    assert export_to_file(vault.journal, target) == 4
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "journal-app/1" and "not encrypted" in document["warning"]
    assert WEIRD.split("\t")[0] in target.read_text(encoding="utf-8")  # UTF-8, not \u escapes
    assert len(vault.journal.audit.entries(action=Action.EXPORT_INTERCHANGE)) == 1
    with pytest.raises(InvalidInput, match="already exists"):
        export_to_file(vault.journal, target)
    with pytest.raises(InvalidInput, match="inside the vault folder"):
        export_to_file(vault.journal, vault.folder / "export.json")
    assert not (vault.folder / "export.json").exists()
    export_to_file(vault.journal, target, overwrite=True)
    other = second_vault(tmp_path, clock)
    try:
        summary = import_from_file(other.journal, target)
        assert summary == ("Imported 4 clients, 3 packages, 10 sessions, 6 notes."
                           " The practice settings were taken from the file.")
    finally:
        other.lock()


def documented_example() -> dict[str, Any]:
    text = DOCS.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert block is not None, "docs/interchange.md lost its example"
    example: dict[str, Any] = json.loads(block.group(1))
    return example


def test_the_documented_simple_example_imports(vault: Vault, clock: ManualClock) -> None:
    counts = import_document(vault.journal, documented_example())
    assert (counts.clients, counts.packages, counts.sessions, counts.notes) == (1, 1, 3, 2)
    assert not counts.settings_applied
    (client,) = vault.journal.clients.all()
    assert client.id_number == "19121212-1212" and client.id_kind == "personnummer"
    assert client.created_at == clock.now() and client.address == "Storgatan 1\n753 20 Uppsala"
    (package,) = vault.journal.packages.for_client(client.id)
    assert package.sessions_counted == 2 and not package.completed
    notes = vault.journal.notes.for_client(client.id)
    assert [n.state for n in notes] == [NoteState.SIGNED, NoteState.DRAFT]
    assert notes[0].current.signed_at == clock.now()
    assert vault.journal.search("sömnen")[0].client_name == "Tolvan Tolvansson"


def test_a_simple_package_completes_as_the_app_would(vault: Vault) -> None:
    held = [{"start": f"2026-01-{d:02d}T10:00", "status": "held", "note": "Klart",
             "signed": True} for d in (12, 19)]
    document = {"format": "journal-app/1", "clients": [
        {"name": "A", "packages": [{"name": "P", "sessions_total": 2, "purchased": "2026-01-01",
                                    "sessions": held}]},
        {"name": "B", "packages": [{"name": "P", "sessions_total": 2, "purchased": "2026-01-01",
                                    "sessions": [*held[:1], {**held[1], "signed": False}]}]},
    ]}
    import_document(vault.journal, document)
    completed = {c.name: vault.journal.packages.for_client(c.id)[0].completed
                 for c in vault.journal.clients.all()}
    assert completed == {"A": True, "B": False}


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


# Fuzzing: whatever the file holds, import either works or says why (InvalidInput).

scalars = st.none() | st.booleans() | st.integers(-5, 2000) | st.floats(allow_nan=False) | \
    st.text(max_size=12) | st.sampled_from(
        ["held", "planned", "2026-01-12T10:00", "2026-01-10", "2026-01-12T10:00:00+00:00",
         "19121212-1212", "a@b", "", " ", "\n", "x" * 300])
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)


def usually(good: Any) -> Any:
    """Mostly a sound value, sometimes anything: so the fuzzer gets deep into the file."""
    return st.integers(0, 9).flatmap(lambda n: scalars if n == 9 else good)


stamps = st.sampled_from(["2026-01-12T09:00:00+00:00", "2026-01-12T10:00:00Z",
                          "2026-02-01T08:30:00+01:00"])
ids = usually(st.uuids().map(lambda u: u.hex))
names = usually(st.sampled_from(["Anna", "Åsa Öberg 🌷", "Paket 5"]))
texts = usually(st.sampled_from(["Text", "", " ", "Rad\r\nrad", "å 🌷\t"]))
revisions_st = st.fixed_dictionaries(
    {"revision": usually(st.integers(1, 2)), "body": usually(texts), "saved_at": usually(stamps)},
    optional={"signed_at": usually(stamps), "superseded_at": usually(stamps)})
sessions_st = st.fixed_dictionaries(
    {"start": usually(st.sampled_from(["2026-01-12T10:00", "2026-01-19T10:00:30"])),
     "status": usually(st.sampled_from([s.value for s in SessionStatus]))},
    optional={"note": usually(texts), "signed": usually(st.booleans()),
              "created_at": usually(stamps),
              "revisions": usually(st.lists(revisions_st, min_size=1, max_size=2))})
packages_st = st.fixed_dictionaries(
    {"name": names, "sessions_total": usually(st.integers(1, 4)),
     "purchased": usually(st.sampled_from(["2026-01-10", "2025-12-31"]))},
    optional={"price_ore": usually(st.integers(0, 10**6)),
              "completed_at": usually(stamps), "erase_postponed_at": usually(stamps),
              "sessions": usually(st.lists(sessions_st, max_size=4))})
clients_st = st.fixed_dictionaries(
    {"name": names},
    optional={"id": usually(ids), "email": usually(st.sampled_from(["a@b.se", ""])),
              "personnummer": usually(st.sampled_from(["19121212-1212", "121212-1212",
                                                       "19810161-6004", "556036-0793"])),
              "address": usually(texts), "archived_at": usually(stamps),
              "packages": usually(st.lists(packages_st, max_size=3))})
documents = st.fixed_dictionaries(
    {"format": usually(st.just("journal-app/1")),
     "clients": usually(st.lists(clients_st, max_size=3))},
    optional={"settings": st.fixed_dictionaries({}, optional={
        "retention_policy": usually(st.sampled_from(["pdl", "erase_on_completion"])),
        "late_cancellation_counts": usually(st.booleans()),
        "idle_lock_minutes": usually(st.integers(1, 240))})},
)
documents = usually(documents)


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory: pytest.TempPathFactory) -> Any:
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))
    created, _ = Vault.create(tmp_path_factory.mktemp("fuzz") / "vault", PASSPHRASE,
                              kdf_policy=FAST_KDF, clock=clock)
    yield created
    created.lock()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents)
def test_any_document_imports_or_is_refused_with_a_reason(fuzz_vault: Vault, document: Any) -> None:
    before = len(fuzz_vault.journal.clients.all())
    try:
        counts = import_document(fuzz_vault.journal, copy.deepcopy(document))
    except InvalidInput as exc:
        assert str(exc).strip()
        assert len(fuzz_vault.journal.clients.all()) == before
    else:
        assert len(fuzz_vault.journal.clients.all()) == before + counts.clients


@given(data=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_parse_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        load_document(data)
    except InvalidInput as exc:
        assert str(exc).strip()


@settings(max_examples=200)
@given(sessions=st.lists(sessions_st, max_size=4), late=st.booleans())
def test_any_sessions_import_or_are_refused_with_a_reason(
    fuzz_vault: Vault, sessions: list[Any], late: bool
) -> None:
    """The same property, aimed deeper: a sound client and package around fuzzed sessions."""
    fuzz_vault.journal.settings.update(late_cancellation_counts=late)
    document = {"format": "journal-app/1", "clients": [{"name": "A", "packages": [
        {"name": "P", "sessions_total": 3, "purchased": "2026-01-01", "sessions": sessions}]}]}
    try:
        counts = import_document(fuzz_vault.journal, document)
    except InvalidInput as exc:
        assert str(exc).strip()
    else:
        assert counts.sessions == len(sessions)
