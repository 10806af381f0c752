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


def placeholder_problems(language: str) -> list[str]:
    problems = []
    for message in _messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            problems.append(f"unfinished: {source!r}")
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in _forms(message):
            if not form:
                problems.append(f"empty: {source!r}")
            elif sorted(PLACEHOLDER.findall(form)) != wanted and message.get("numerus") != "yes":
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
            elif message.get("numerus") == "yes" and "%n" not in form:
                problems.append(f"plural form without %n: {form!r}")
    return problems


@pytest.mark.parametrize("language", ["sv", "en"])
def test_catalogue_is_complete_and_placeholders_match(language: str) -> None:
    assert len(_messages(language)) > 150  # the control: the file really was read
    assert placeholder_problems(language) == []


def test_the_check_finds_a_broken_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "translations"
    broken.mkdir()
    (broken / "journal_app_xx.ts").write_text(
        '<?xml version="1.0"?><TS><context><name>C</name>'
        "<message><source>Saved %1</source><translation>Sparat</translation></message>"
        "<message><source>Hi {name}</source><translation type=\"unfinished\"/></message>"
        "</context></TS>", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    assert len(placeholder_problems("xx")) == 2


def test_the_compiled_swedish_catalogue_translates(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(qm_path("sv"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("UnlockPage", "&Unlock") == "Lås &upp"
        assert QCoreApplication.translate("Status", "%1 of %2") == "%1 av %2"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("UnlockPage", "&Unlock") == "&Unlock"
