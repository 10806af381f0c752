"""Hypothesis fuzzing of every input that comes from outside: the interchange JSON, identity
numbers, note text, client names, search text and file paths given to CLI commands. No
unhandled exception anywhere; bad input is refused with a clear message and changes nothing."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _support import count, new_vault
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.cli.main import run
from journal_app.core.domain.identity import IdentityError, parse_identity
from journal_app.core.domain.text import clean_note
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.facade import Journal
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import import_document, load_document
from support import PASSPHRASE, snapshot

FIXTURE_OK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
                      max_examples=150)
TABLES = ("clients", "packages", "sessions", "notes", "note_revisions", "audit_log",
          "search_index", "settings")


def state(j: Journal) -> tuple[int, ...]:
    with j.db.read() as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One vault for the fuzzers (each example checks what changed, so they may share it)."""
    vault, _ = new_vault(tmp_path_factory.mktemp("fuzz") / "vault")
    client = vault.journal.clients.add("Fuzz Klient")
    package = vault.journal.packages.add(client.id, name="Paket", sessions_total=1000,
                                         purchased="2026-01-01")
    vault.journal.settings.set_raw("fuzz_package", package.id)
    yield vault
    vault.lock()


# Text with everything a paste can hold: NUL and other controls, RTL marks, emoji, surrogates
# excluded (Python str from a file or a widget never holds lone surrogates after decoding).
WILD = st.text(st.characters(codec="utf-8"), max_size=300) | st.sampled_from([
    "\x00", "a\x00b", "\u202eevil\u202c", "שלום עולם", "مرحبا", "🌷👩‍👩‍👧", "\r\n\r", "\ufeff",
    "'; DROP TABLE clients; --", '"', "NEAR(", "*", "^", "a OR b", "-", "\\", "\u0000" * 50,
])

JSON_LEAF = st.none() | st.booleans() | st.integers(-2**70, 2**70) | \
    st.floats(allow_nan=False) | WILD
JSON = st.recursive(JSON_LEAF, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(WILD | st.sampled_from(
                        ["format", "clients", "name", "packages", "sessions", "note", "start",
                         "status", "signed", "sessions_total", "purchased", "id", "settings",
                         "personnummer", "revisions", "created_at"]), inner, max_size=5),
                    max_leaves=25)

VALID_CLIENT: dict[str, Any] = {
    "name": "Tolvan", "personnummer": "19121212-1212",
    "packages": [{"name": "P", "sessions_total": 2, "purchased": "2026-01-10", "sessions": [
        {"start": "2026-01-12T10:00", "status": "held", "note": "Text", "signed": True}]}]}


def mutate(value: Any, path: list[Any], new: Any) -> Any:
    """A copy of the valid document with one field replaced by fuzz."""
    if not path:
        return new
    head, *rest = path
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = mutate(copy[head], rest, new)
    return copy


FIELDS = [["name"], ["personnummer"], ["packages", 0, "name"], ["packages", 0, "sessions_total"],
          ["packages", 0, "purchased"], ["packages", 0, "sessions", 0, "start"],
          ["packages", 0, "sessions", 0, "status"], ["packages", 0, "sessions", 0, "note"],
          ["packages", 0, "sessions", 0, "signed"], ["packages", 0, "sessions"], ["packages"]]


def import_or_refuse(j: Journal, document: object) -> str:
    before = state(j)
    try:
        import_document(j, document)
    except InvalidInput as exc:
        assert str(exc) and "Traceback" not in str(exc)
        assert state(j) == before, "a refused import changed the vault"
        return "refused"
    return "imported"


@FIXTURE_OK
@given(document=JSON)
def test_interchange_random_json(shared: Vault, document: object) -> None:
    import_or_refuse(shared.journal, {"format": "journal-app/1", "clients": document}
                     if isinstance(document, list) else document)
    count("fuzz cases: interchange random JSON")


@FIXTURE_OK
@given(field=st.sampled_from(FIELDS), new=JSON)
def test_interchange_one_field_fuzzed(shared: Vault, field: list[Any], new: Any) -> None:
    client = mutate(VALID_CLIENT, field, new)
    import_or_refuse(shared.journal, {"format": "journal-app/1", "clients": [client]})
    count("fuzz cases: interchange field")


@settings(max_examples=300)
@given(data=st.binary(max_size=400) | WILD.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_interchange_raw_bytes(data: bytes) -> None:
    try:
        load_document(data)
    except InvalidInput as exc:
        assert "Nothing was imported" in str(exc)
    count("fuzz cases: interchange raw bytes")


@settings(max_examples=500)
@given(text=WILD | st.from_regex(r"\A[0-9]{6,8}[-+]?[0-9]{4}\Z")
       | st.from_regex(r"\A[0-9 +\-]{0,16}\Z"))
def test_identity_numbers(text: str) -> None:
    try:
        number = parse_identity(text, today=dt.date(2026, 3, 2))
    except IdentityError as exc:
        assert exc.code and str(exc)
    else:  # a number that is accepted reads back as itself
        assert parse_identity(number.normalised, today=dt.date(2026, 3, 2)) == number
    count("fuzz cases: identity numbers")


@FIXTURE_OK
@given(name=WILD, id_number=st.none() | WILD | st.sampled_from(["19121212-1212", "556036-0793"]))
def test_client_names_and_numbers(shared: Vault, name: str, id_number: str | None) -> None:
    j = shared.journal
    before = state(j)
    try:
        client = j.clients.add(name, id_number=id_number)
    except InvalidInput as exc:
        assert str(exc)
        assert state(j) == before
    else:
        assert client.name == name.strip() and j.clients.get(client.id) == client
    count("fuzz cases: client names")


@FIXTURE_OK
@given(text=WILD, query=WILD)
def test_note_text_and_search(shared: Vault, text: str, query: str) -> None:
    j = shared.journal
    package_id = j.settings.get_raw("fuzz_package")
    assert package_id
    session = j.packages.add_session(package_id, dt.datetime(2026, 1, 1, 8, 0))
    j.notes.save_draft(session.id, text)
    note = j.notes.for_session(session.id)
    assert note is not None and note.text == clean_note(text)
    j.search(query)
    j.search(text[:200])
    count("fuzz cases: note text and search")


def test_ten_megabyte_note_is_saved_read_and_searched(vault: Vault) -> None:
    j = vault.journal
    client = j.clients.add("Stor Text")
    package = j.packages.add(client.id, name="P", sessions_total=1, purchased="2026-01-01")
    session = j.packages.add_session(package.id, "2026-01-02T10:00", "held")
    text = ("Inklistrad text åäö 🌷 שלום \x00 " * 330_000)[:10_000_000] + " slutordet"
    j.notes.save_draft(session.id, text)
    note = j.notes.for_session(session.id)
    assert note is not None and note.text == clean_note(text) and "\x00" not in note.text
    hits = j.search("slutordet")
    assert [h.session_id for h in hits] == [session.id]
    j.sign_note(session.id)
    with pytest.raises(InvalidInput):
        j.notes.save_draft(j.packages.add_session(package.id, "2026-01-03T10:00").id,
                           "x" * (17 * 1024 * 1024))
    count("fuzz cases: 10 MB note")


# File paths given to CLI commands --------------------------------------------------------------


def cli(args: list[str], secrets: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(secrets))
    code = run(args)
    err = capsys.readouterr().err
    return code, err


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[Path, str]:
    vault, _ = new_vault(tmp_path / "vault")
    client = vault.journal.clients.add("Sökväg Klient")
    vault.lock()
    return tmp_path / "vault", client.id


def read_only_dir(tmp_path: Path) -> Path | None:
    """A folder this process cannot write to. Root ignores permission bits, so as root a
    read-only tmpfs is mounted where that is allowed; otherwise None (that case is skipped)."""
    import os

    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return folder
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)],
                          capture_output=True)
    return folder if done.returncode == 0 else None


def bad_paths(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "a folder").mkdir()
    paths = {
        "missing folder": tmp_path / "no" / "such" / "dir" / "file.x",
        "a folder": tmp_path / "a folder",
        "newline": tmp_path / "rad\nbrytning.x",
        "long name": tmp_path / ("n" * 300 + ".x"),
        "long path": tmp_path / "/".join(["d" * 200] * 30) / "f.x",
        "nul-free odd": tmp_path / "\u202eevil\u202c 🌷.x",
    }
    readonly = read_only_dir(tmp_path)
    if readonly is not None:
        paths["read-only folder"] = readonly / "f.x"
    return paths


def test_cli_paths_are_refused_clearly(cli_vault: tuple[Path, str], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    folder, client_id = cli_vault
    paths = bad_paths(tmp_path)
    before = snapshot(folder)
    cases = 0
    try:
        for label, path in paths.items():
            for args in (["export-pdf", "--client", client_id, "--out", str(path)],
                         ["extract", "--client", client_id, "--out", str(path)],
                         ["backup", "--to", str(path)], ["import", str(path)],
                         ["export", str(path)], ["restore", "--from", str(path), "--vault",
                                                  str(tmp_path / "restored")],
                         ["log", "--export", str(path)]):
                code, err = cli(["--vault", str(folder), *args], PASSPHRASE + "\n", monkeypatch,
                                capsys)
                where = f"{label}: {args[0]}"
                if code == 0:  # an odd but writable name; a backup may go into a folder
                    writable = label in ("newline", "nul-free odd")
                    assert writable or (label, args[0]) == ("a folder", "backup"), (where, err)
                    continue
                assert code in (1, 2), (where, code, err)
                assert err.startswith("journal-app: ") and len(err.splitlines()) == 1, (where, err)
                assert "internal error" not in err, (where, err)
                assert not (tmp_path / "restored").exists()
                cases += 1
                # journal.db logs the command's unlock and lock; erasures.json, the anchor,
                # follows that log. Nothing else changes.
                moving = ("journal.db", "erasures.json")
                now = snapshot(folder)
                assert {k: v for k, v in now.items() if k not in moving} == \
                    {k: v for k, v in before.items() if k not in moving}, where
        vault = Vault.unlock(folder, PASSPHRASE)
        try:
            assert [c.name for c in vault.journal.clients.all()] == ["Sökväg Klient"]
        finally:
            vault.lock()
    finally:
        if "read-only folder" in paths:
            subprocess.run(["umount", str(paths["read-only folder"].parent)], check=False)
    count("fuzz cases: CLI paths refused", cases)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1,
                    max_size=300))
def test_cli_import_fuzzed_file_names(tmp_path_factory: pytest.TempPathFactory, name: str,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Any name: missing (refused, one line) or, when it can exist, read as given."""
    folder = FUZZ_VAULT.get("folder")
    if folder is None:
        vault, _ = new_vault(tmp_path_factory.mktemp("names") / "vault")
        vault.lock()
        folder = FUZZ_VAULT["folder"] = vault.folder
    code, err = cli(["--vault", str(folder), "import", str(folder.parent / name)],
                    PASSPHRASE + "\n", monkeypatch, capsys)
    assert code == 2 and err.startswith("journal-app: ") and len(err.splitlines()) == 1, err
    count("fuzz cases: CLI file names")


FUZZ_VAULT: dict[str, Path] = {}
