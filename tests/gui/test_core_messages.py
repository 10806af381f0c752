"""Every message the core raises has a template in the UI's catalogue, so a Swedish practitioner
reads Swedish, and the Swedish catalogue really translates them with their fields intact."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from journal_app.ui.core_message_catalogue import CONTEXT, TEMPLATES
from journal_app.ui.core_messages import localise, match_template
from journal_app.ui.i18n import qm_path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "journal_app"
# Calls whose string arguments end up in a message a person reads (fail: backup_file.py's
# VaultDamaged reasons; field=: the names text.py puts into its messages).
ERRORS = {"InvalidInput", "WeakPassphrase", "StorageError", "PolicyRefusal", "WrongPassphrase",
          "VaultDamaged", "VaultMissing", "VaultExists", "NotFound", "ErasureIncomplete",
          "ExportError"}
CORE_ONLY = {"fail"}  # export/interchange_plan.py has its own fail(): record-level details


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _samples(node: ast.expr) -> Iterator[str]:
    """Example messages an argument can produce: fields become markers, repeated fields alike."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _samples(node.body)
        yield from _samples(node.orelse)
    elif isinstance(node, ast.JoinedStr):
        markers: dict[str, str] = {}
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                out.append(markers.setdefault(ast.unparse(part.value), f"‹{len(markers) + 1}›"))
        yield "".join(out)


def scan(folder: Path, names: set[str]) -> dict[str, str]:
    """sample message -> where it was raised, for every error call under `folder`."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            where = f"{path.name}:{node.lineno}"
            wrap = "Wrong {}." if name == "WrongPassphrase" else "{}"
            if name in names or (path.name == "errors.py" and name == "__init__"):
                for arg in node.args:
                    found.update((wrap.format(s), where) for s in _samples(arg))
            for keyword in node.keywords:
                if keyword.arg == "field":
                    found.update((s, where) for s in _samples(keyword.value))
            if name == "storage_error" or (path.name == "atomic.py" and name == "StorageError"):
                found.update((s, where) for arg in node.args for s in _samples(arg))
        if path.name == "atomic.py":
            found.update(_reasons(path))
    return found


def _reasons(path: Path) -> Iterator[tuple[str, str]]:
    """atomic.py builds its disk reason in a variable before the message: `reason = "..."`."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "reason"
                                                 for t in node.targets):
            for sample in _samples(node.value):
                yield sample, f"{path.name}:{node.lineno}"


def core_messages() -> dict[str, str]:
    return scan(PACKAGE / "core", ERRORS | CORE_ONLY) | scan(PACKAGE / "export", ERRORS)


def test_the_scan_finds_the_core_messages() -> None:
    messages = core_messages()
    assert len(messages) > 100
    # Controls: one plain, one f-string, one field name, one disk reason, one WrongPassphrase.
    assert "An empty note cannot be signed." in messages
    assert "‹1› must not be empty." in messages
    assert "The name" in messages
    assert "the disk is full" in messages
    assert "Wrong recovery key." in messages


def test_every_core_message_has_a_catalogue_template() -> None:
    missing = sorted(f"{where}: {sample!r}" for sample, where in core_messages().items()
                     if match_template(sample) is None)
    assert missing == []


def test_an_unknown_message_is_shown_as_it_is() -> None:
    assert match_template("Something no template describes.") is None
    assert localise("Something no template describes.") == "Something no template describes."
    assert localise("The name must not be empty.") == "The name must not be empty."  # no translator


@pytest.fixture
def swedish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(qm_path("sv"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("swedish")
def test_core_messages_read_in_swedish_with_their_fields() -> None:
    assert localise("The name must not be empty.") == "Namnet måste fyllas i."
    assert localise("Wrong passphrase.") == "Fel lösenfras."
    disk_full = localise("Could not write /media/usb/x.jab: the disk is full. "
                         "Nothing already saved was lost.")
    assert disk_full.startswith("Kunde inte skriva /media/usb/x.jab: disken är full.")
    damaged = localise("/v/journal.db is damaged or not a journal vault file: its structure is broken")
    assert "/v/journal.db" in damaged and "strukturen är trasig" in damaged
    # A field that holds "%2" is carried over as it is, never substituted again.
    assert "%2-mapp" in localise("The folder %2-mapp does not exist.")
    repeated = localise('The file holds JSON, but not an object: a journal-app/1 file starts with '
                        '{"format": "journal-app/1", ...}. Nothing was imported.')
    assert repeated.count("journal-app/1") == 2 and "Ingenting importerades" in repeated


@pytest.mark.usefixtures("swedish")
def test_every_template_has_a_swedish_translation() -> None:
    untranslated = [t for t in TEMPLATES if QCoreApplication.translate(CONTEXT, t) == t]
    assert untranslated == []
    assert QCoreApplication.translate(CONTEXT, "Not in the catalogue.") == "Not in the catalogue."
