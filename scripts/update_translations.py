"""Refresh the translation catalogues and compile them.

    python scripts/update_translations.py          # lupdate + fill English + lrelease
    python scripts/update_translations.py --check  # exit 1 if Swedish has unfinished entries

1. `pyside6-lupdate` collects every tr() string from src/journal_app/ui/ into
   translations/journal_app_sv.ts and journal_app_en.ts (existing translations are kept).
2. English is the source language, so every English entry is filled with its source text.
   Swedish is translated by a person (Qt Linguist: `pyside6-linguist translations/journal_app_sv.ts`).
3. `pyside6-lrelease` compiles both into src/journal_app/resources/translations/*.qm, which the
   app loads from its package data.

Both tools ship in the PySide6-Essentials wheel, next to the Python that runs this script.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "journal_app" / "ui"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "src" / "journal_app" / "resources" / "translations"
LANGUAGES = ("sv", "en")


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6-Essentials in this Python.")
    return found


def ts_path(language: str) -> Path:
    return TS_DIR / f"journal_app_{language}.ts"


def lupdate() -> None:
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    code = "\n".join(Path(p).read_text(encoding="utf-8") for p in sources)
    for language in LANGUAGES:
        before = ET.parse(ts_path(language))
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-target-language", f"{language}_{'SE' if language == 'sv' else 'GB'}",
                        "-ts", str(ts_path(language))], check=True, stdout=subprocess.DEVNULL)
        keep_dropped_plurals(before, language, code)


def keep_dropped_plurals(before: ET.ElementTree, language: str, code: str) -> None:
    """pyside6-lupdate 6.11 drops plural strings written with QCoreApplication.translate(
    "Context", "%n thing(s)", "", n): put back each entry it dropped whose context and source
    text are still in the code, with its translation."""
    path = ts_path(language)
    after = ET.parse(path)
    contexts = {c.findtext("name"): c for c in after.getroot().iter("context")}
    restored = 0
    for context in before.getroot().iter("context"):
        name = context.findtext("name") or ""
        kept = {m.findtext("source") for m in contexts[name].iter("message")} \
            if name in contexts else set()
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if message.get("numerus") != "yes" or source in kept:
                continue
            if f'"{name}"' not in code or f'"{source}"' not in code:
                continue  # gone from the code: dropped for good
            if name not in contexts:
                contexts[name] = ET.SubElement(after.getroot(), "context")
                ET.SubElement(contexts[name], "name").text = name
            contexts[name].append(message)
            restored += 1
    if restored:
        after.write(path, encoding="utf-8", xml_declaration=True)


def fill_english() -> None:
    """English needs no translator: each entry says what its source says."""
    path = ts_path("en")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") != "unfinished" and (translation.text or len(translation)):
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":  # English plurals: one, many
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def unfinished(language: str) -> list[str]:
    tree = ET.parse(ts_path(language))
    return [message.findtext("source") or "" for message in tree.iter("message")
            if (t := message.find("translation")) is None or t.get("type") == "unfinished"]


def lrelease() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), str(ts_path(language)), "-qm",
                        str(QM_DIR / f"journal_app_{language}.qm")], check=True,
                       stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        lupdate()
        fill_english()
        lrelease()
    missing = unfinished("sv")
    for source in missing:
        print(f"untranslated (sv): {source!r}")
    print(f"{len(missing)} Swedish entries unfinished.")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
