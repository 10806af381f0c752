"""Core errors carry a code and fields; one catalogue (core/messages/) says them in English and
Swedish. Every code the core and export layers raise is in it, both languages of an entry use
the same fields, a Swedish practitioner reads Swedish with the fields intact, and nothing in
ui/ translates by reading the English back with regular expressions."""

from __future__ import annotations

import ast
import errno
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from journal_app.core.errors import (
    InvalidInput,
    JournalError,
    NotFound,
    VaultDamaged,
    WrongPassphrase,
)
from journal_app.core.files.atomic import storage_error
from journal_app.core.messages import MESSAGES, PLAIN, Message, render
from journal_app.core.storage.packages import MAX_SESSIONS_PER_PACKAGE
from journal_app.core.vault.vault import Vault, derive_unlock_key
from journal_app.ui.core_messages import error_text, localise

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "journal_app"


# (a) Every code raised in core/ and export/ is in the catalogue --------------------------------


def _literals(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _first_parameter(function: ast.FunctionDef) -> str | None:
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    names = names[1:] if names[:1] in (["self"], ["cls"]) else names
    return names[0] if names else None


def _errors_and_takers(trees: list[ast.Module]) -> tuple[set[str], set[str]]:
    """JournalError and its subclasses; every function or class whose first argument is a code
    (Message, fail(), _refused(), a private ValueError that carries a Message...)."""
    classes = [n for tree in trees for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    errors = {"JournalError"}
    grown = True
    while grown:
        before = len(errors)
        errors |= {c.name for c in classes
                   if any(isinstance(b, ast.Name) and b.id in errors for b in c.bases)}
        grown = len(errors) != before
    takers = {"Message", "message"} | errors
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name != "__init__" \
                    and _first_parameter(node) == "code":
                takers.add(node.name)
    for c in classes:
        for item in c.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__" \
                    and _first_parameter(item) == "code" and "Message(" in ast.unparse(item):
                takers.add(c.name)
    return errors, takers


def code_problems(sources: dict[str, str]) -> tuple[list[str], int]:
    """Unknown codes and uncoded sentences in `sources` (name -> text), and how many coded
    calls were checked."""
    trees = {name: ast.parse(text) for name, text in sources.items()}
    errors, takers = _errors_and_takers(list(trees.values()))
    problems: list[str] = []
    checked = 0
    for name, tree in trees.items():
        for node in ast.walk(tree):
            where = f"{name}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                callee = _callee(node)
                # super().__init__("...") in an error class hands its code on, too
                by_super = callee == "__init__" and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Call) and _callee(node.func.value) == "super"
                if (callee in takers or by_super) and node.args:
                    for text in _literals(node.args[0]):
                        checked += 1
                        if text not in MESSAGES or text == PLAIN:
                            problems.append(f"{where}: {callee}({text!r})")
                if callee in errors:  # no sentence of its own in any argument of an error
                    problems += [f"{where}: {callee}(..., {text!r})" for arg in node.args[1:]
                                 for text in _literals(arg) if text not in MESSAGES]
                for keyword in node.keywords:
                    if keyword.arg == "code":
                        problems += [f"{where}: code={t!r}" for t in _literals(keyword.value)
                                     if t not in MESSAGES]
    return sorted(set(problems)), checked


def core_sources() -> dict[str, str]:
    return {str(path.relative_to(PACKAGE)): path.read_text(encoding="utf-8")
            for folder in (PACKAGE / "core", PACKAGE / "export", PACKAGE / "cli")
            for path in sorted(folder.rglob("*.py"))}


def test_every_code_raised_in_core_and_export_is_in_the_catalogue() -> None:
    problems, checked = code_problems(core_sources())
    assert checked > 150  # the control: the raise sites really were read
    assert problems == []


def test_the_code_scan_flags_an_unknown_code_and_a_sentence() -> None:
    snippet = '''
class InvalidInput(JournalError): ...
class NotFound(JournalError): ...
class VaultDamaged(JournalError): ...
class ErasureIncomplete(NotFound): ...
class VaultLocked(JournalError):
    def __init__(self):
        super().__init__("The vault is locked.")
def fail(code, at, **fields): ...
def known(path):
    raise InvalidInput("package.sessions_out_of_range", maximum=50)
def unknown(path):
    raise InvalidInput("package.no_such_code")
def sentence(path):
    raise NotFound("No client with id 7.")
def nested(path):
    raise VaultDamaged(path, Message("damage.no_such_reason"))
def reason_as_text(path):
    raise VaultDamaged(path, "its structure is broken")
def helper(path):
    fail("record.no_such_detail", path)
def subclass():
    raise ErasureIncomplete("erase.leftover" if path else "erase.nothing_left", what=path)
'''
    problems, checked = code_problems({"snippet.py": snippet})
    assert checked == 8
    flagged = {p.split(": ", 1)[1] for p in problems}
    assert flagged == {
        "InvalidInput('package.no_such_code')",
        "NotFound('No client with id 7.')",
        "Message('damage.no_such_reason')",
        "VaultDamaged(..., 'its structure is broken')",
        "fail('record.no_such_detail')",
        "ErasureIncomplete('erase.nothing_left')",
        "__init__('The vault is locked.')",
    }, problems


# (b) Every entry has both languages and the same fields in both ------------------------------


def _fields(template: str) -> list[tuple[str, str, str]]:
    return sorted({(name, conversion or "", spec or "")
                   for _text, name, spec, conversion in string.Formatter().parse(template)
                   if name is not None})


def field_problems(catalogue: dict[str, tuple[str, str]]) -> list[str]:
    problems = []
    for code, (english, swedish) in catalogue.items():
        if not english.strip() or not swedish.strip():
            problems.append(f"{code}: a language is empty")
        elif _fields(english) != _fields(swedish):
            problems.append(f"{code}: {_fields(english)} != {_fields(swedish)}")
        elif any(not name.isidentifier() for name, _c, _s in _fields(english)):
            problems.append(f"{code}: a field without a name")
    return problems


def test_every_entry_has_both_languages_with_the_same_fields() -> None:
    assert len(MESSAGES) > 150
    assert field_problems(MESSAGES) == []
    assert all(code == PLAIN or code.count(".") == 1 for code in MESSAGES)


def test_the_field_check_finds_a_broken_entry() -> None:
    broken = {
        "a.good": ("{path} is missing.", "{path} saknas."),
        "a.renamed": ("{path} is missing.", "{sökväg} saknas."),
        "a.untranslated": ("Wrong passphrase.", ""),
        "a.numbered": ("{} is missing.", "{} saknas."),
        "a.converted": ("{value!r} is not a date.", "{value} är inget datum."),
    }
    assert [p.split(":")[0] for p in field_problems(broken)] == [
        "a.renamed", "a.untranslated", "a.numbered", "a.converted"]


# (c) Real errors read in Swedish ---------------------------------------------------------------


@pytest.fixture
def swedish() -> None:
    """The app speaks Swedish (i18n.current_language reads the default locale)."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))


def _raised(call: object) -> JournalError:
    with pytest.raises(JournalError) as info:
        call()  # type: ignore[operator]
    return info.value


def test_a_package_size_out_of_range_reads_in_swedish(vault: Vault) -> None:
    client = vault.journal.clients.add("Karin Lindström")
    error = _raised(lambda: vault.journal.packages.add(
        client.id, name="Tio samtal", sessions_total=MAX_SESSIONS_PER_PACKAGE + 1,
        purchased="2026-03-01"))
    assert isinstance(error, InvalidInput) and error.code == "package.sessions_out_of_range"
    assert error.fields == {"maximum": MAX_SESSIONS_PER_PACKAGE}
    assert str(error) == f"A package holds between 1 and {MAX_SESSIONS_PER_PACKAGE} sessions."
    assert error.render("sv") == f"Ett paket rymmer mellan 1 och {MAX_SESSIONS_PER_PACKAGE} samtal."


def test_a_wrong_passphrase_reads_in_swedish(vault: Vault, vault_dir: Path,
                                              swedish: None) -> None:
    vault.lock()
    error = _raised(lambda: derive_unlock_key(vault_dir, "not the passphrase at all"))
    assert isinstance(error, WrongPassphrase) and str(error) == "Wrong passphrase."
    assert error_text(error) == "Fel lösenfras."


def test_a_field_name_inside_a_message_reads_in_swedish(vault: Vault, swedish: None) -> None:
    error = _raised(lambda: vault.journal.clients.add("   "))
    assert isinstance(error, InvalidInput) and error.field == "name"
    assert str(error) == "The name must not be empty."
    assert error_text(error) == "Namnet måste fyllas i."


@pytest.mark.usefixtures("swedish")
def test_core_messages_read_in_swedish_with_their_fields() -> None:
    assert error_text(WrongPassphrase()) == "Fel lösenfras."
    disk_full = storage_error(Path("/media/usb/x.jab"), OSError(errno.ENOSPC, "No space"))
    assert str(disk_full) == ("Could not write /media/usb/x.jab: the disk is full. Nothing "
                              "already saved was lost.")
    assert error_text(disk_full).startswith("Kunde inte skriva /media/usb/x.jab: disken är full.")
    damaged = error_text(VaultDamaged(Path("/v/journal.db"), Message("damage.structure")))
    assert "/v/journal.db" in damaged and "strukturen är trasig" in damaged
    copy = Message("damage.database_copy", {"reason": Message("damage.not_decryptable")})
    assert localise(copy) == ("dess databaskopia: den kan inte dekrypteras med valvets nyckel "
                              "(skadad eller inte valvets fil)")
    # A field that holds "%2" or "{folder}" is carried over as it is, never filled in again.
    assert error_text(InvalidInput("path.folder_missing", folder="%2-{folder}")) \
        == "Mappen %2-{folder} finns inte."
    repeated = error_text(InvalidInput("import.not_an_object", format="journal-app/1"))
    assert repeated.count("journal-app/1") == 2 and "Ingenting importerades" in repeated


def test_an_uncoded_sentence_is_shown_as_it_is(swedish: None) -> None:
    error = NotFound("Something no catalogue describes.")
    assert error.code == PLAIN and str(error) == "Something no catalogue describes."
    assert error_text(error) == "Something no catalogue describes."
    assert localise("The name must not be empty.") == "The name must not be empty."  # text: as is


def test_an_error_that_is_not_ours_is_one_plain_sentence(swedish: None) -> None:
    assert error_text(OSError("file is not a database")) == "file is not a database"
    assert error_text(KeyError()) == "Oväntat fel (KeyError); inget mer ändrades."
    assert error_text(MemoryError()) == "Minnet tog slut; inget mer ändrades."
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert error_text(KeyError()) == "Unexpected error (KeyError); nothing more was changed."


def test_an_unknown_code_in_a_message_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="no_such_code"):
        Message("package.no_such_code")
    assert render("vault.missing", {}, "sv") == "Det finns inget journalvalv i {folder}."


# (d) Nothing in ui/ translates core errors with regular expressions ---------------------------

_ABOUT_CORE_ERRORS = {"JournalError", "error_text", "localise", "core_messages",
                      "core_message_catalogue", "CoreMessages"}


def regex_translators(folder: Path) -> list[str]:
    """Modules that use `re` and also handle core errors: where reverse translation lives."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        uses_re = any(
            (isinstance(n, ast.Import) and any(a.name == "re" for a in n.names))
            or (isinstance(n, ast.ImportFrom) and n.module == "re") for n in ast.walk(tree))
        words = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
            n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)} | {
            a.name.split(".")[-1] for n in ast.walk(tree)
            if isinstance(n, ast.Import | ast.ImportFrom) for a in n.names} | {
            (n.module or "").split(".")[-1] for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom)} | {
            n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)}
        if uses_re and words & _ABOUT_CORE_ERRORS:
            found.append(path.name)
    return found


def test_nothing_in_ui_translates_core_errors_with_regular_expressions() -> None:
    assert regex_translators(PACKAGE / "ui") == []
    assert not (PACKAGE / "ui" / "core_message_catalogue.py").exists()
    for language in ("sv", "en"):
        ts = (ROOT / "translations" / f"journal_app_{language}.ts").read_text(encoding="utf-8")
        assert "<name>CoreMessages</name>" not in ts
        assert "<name>UnlockPage</name>" in ts  # the control: the file really was read


def test_the_regex_check_finds_a_reverse_translator(tmp_path: Path) -> None:
    (tmp_path / "old_way.py").write_text(
        "import re\nfrom journal_app.ui.core_messages import localise\n"
        "PATTERN = re.compile(r'(?P<f1>.+?) must not be empty.')\n", encoding="utf-8")
    (tmp_path / "dates.py").write_text(
        "import re\nDAY = re.compile(r'\\d{4}-\\d{2}-\\d{2}')\n", encoding="utf-8")
    (tmp_path / "dialog.py").write_text(
        "from journal_app.ui.core_messages import error_text\n", encoding="utf-8")
    assert regex_translators(tmp_path) == ["old_way.py"]
