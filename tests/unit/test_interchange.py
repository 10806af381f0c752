"""The journal-app/1 interchange format: an export imported into an empty vault reproduces it
exactly, the export file is private, atomic and audited, and the simple file (the documented
example) imports as the app would have recorded it. Refusals: test_interchange_refusals.py;
fuzzing: test_interchange_fuzz.py."""

from __future__ import annotations

import datetime as dt
import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from journal_app.core.backup.verify import verify_read_only
from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import NoteState, SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import (
    export_document,
    export_to_file,
    import_document,
    import_from_file,
)
from support import FAST_KDF, PASSPHRASE

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
        assert verify_read_only(other.folder, other.data_key).sound
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
