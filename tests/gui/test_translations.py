"""The Swedish catalogue is complete, its placeholders match the English source, and the
compiled catalogue really translates the app."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from journal_app.ui.i18n import qm_path

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
CONTEXT_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")  # a class name, as QObject.tr uses
PLURAL_FORMS = {"sv": 2, "en": 2, "xx": 2}  # Swedish and English: one, many


def _messages(language: str) -> list[ET.Element]:
    tree = ET.parse(ROOT / "translations" / f"journal_app_{language}.ts")
    return list(tree.iter("message"))


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def context_problems(language: str) -> list[str]:
    """A context lupdate took from `d.tr(...)` or `self.dialog.tr(...)` names a variable, while
    Qt looks the text up under the object's class name at run time: never translated."""
    tree = ET.parse(ROOT / "translations" / f"journal_app_{language}.ts")
    return [name for context in tree.iter("context")
            if not CONTEXT_NAME.fullmatch(name := context.findtext("name") or "")]


def placeholder_problems(language: str) -> list[str]:
    problems = []
    for message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            problems.append(f"unfinished: {source!r}")
            continue
        numerus = message.get("numerus") == "yes"
        stray = [child.tag for child in translation if child.tag != "numerusform"]
        if stray or (not numerus and len(translation)):
            problems.append(f"malformed translation (nested {stray or 'forms'}): {source!r}")
            continue
        forms = _forms(message)
        if numerus and len(forms) != PLURAL_FORMS.get(language, 2):
            problems.append(f"{len(forms)} plural forms: {source!r}")
        # A plural form may leave out %n ("one session"), never the other placeholders.
        wanted = sorted(p for p in PLACEHOLDER.findall(source) if not numerus or p != "%n")
        for form in forms:
            found = sorted(p for p in PLACEHOLDER.findall(form) if not numerus or p != "%n")
            if not form:
                problems.append(f"empty: {source!r}")
            elif found != wanted:
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
            elif numerus and "%n" not in form:
                problems.append(f"plural form without %n: {form!r}")
    return problems


def numerus_count(language: str) -> int:
    return sum(message.get("numerus") == "yes" for message in _messages(language))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_catalogue_is_complete_and_placeholders_match(language: str) -> None:
    assert len(_messages(language)) > 150  # the control: the file really was read
    assert numerus_count(language) >= 5  # plural entries are there and checked too
    assert placeholder_problems(language) == []
    assert context_problems(language) == []


def test_the_check_finds_a_broken_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "translations"
    broken.mkdir()
    (broken / "journal_app_xx.ts").write_text(
        '<?xml version="1.0"?><TS><context><name>C</name>'
        "<message><source>Saved %1</source><translation>Sparat</translation></message>"
        "<message><source>Hi {name}</source><translation type=\"unfinished\"/></message>"
        '<message numerus="yes"><source>%n note(s) for %1</source><translation>'
        "<numerusform>%n anteckning för %1</numerusform><numerusform>%n anteckningar</numerusform>"
        "</translation></message>"
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        "<numerusform>%n dag</numerusform></translation></message>"
        '<message numerus="yes"><source>%n row(s) of %1</source><translation>'
        "<numerusform>%n rad av %1</numerusform><numerusform>%n rader av %1</numerusform>"
        "</translation></message>"
        "</context><context><name>d</name><message><source>Saved</source>"
        "<translation>Sparat</translation></message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    problems = placeholder_problems("xx")
    assert len(problems) == 4, problems  # the last entry is right and must not be reported
    assert any("plural forms" in p for p in problems)
    assert any("%n anteckningar" in p for p in problems)
    assert context_problems("xx") == ["d"]  # "C" is a proper context and is not reported


def test_the_compiled_swedish_catalogue_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(qm_path("sv"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("UnlockPage", "&Unlock") == "Lås &upp"
        assert QCoreApplication.translate("Status", "%1 of %2") == "%1 av %2"
        chain = "%n entries; the chain is intact."
        assert QCoreApplication.translate("LogView", chain, "", 1) == "1 post; kedjan är obruten."
        assert QCoreApplication.translate("LogView", chain, "", 7) == "7 poster; kedjan är obruten."
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("UnlockPage", "&Unlock") == "&Unlock"
