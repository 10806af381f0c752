"""The desktop integration files: validated by the real validators when they are installed
(desktop-file-utils, appstream), and always parsed and checked against the project itself."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import journal_app

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "se.journalapp.JournalApp"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == next(iter(PYPROJECT["project"]["scripts"]))
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[sv]"], key


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]["text"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("provides/binary") == next(iter(PYPROJECT["project"]["scripts"]))
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == journal_app.__version__
    assert journal_app.__version__ == PYPROJECT["project"]["version"]
    for tag in ("name", "summary"):
        languages = {element.get(XML_LANG) for element in root.findall(tag)}
        assert languages == {None, "sv"}, tag


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def test_icons_in_every_size_named_for_the_app() -> None:
    found = sorted(int(p.parent.parent.name.split("x")[0])
                   for p in (LINUX / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    assert tuple(found) == SIZES
    for size in SIZES:
        assert png_size(LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (
            size, size)


def test_installer_icons_and_the_svg_exist() -> None:
    assert (ROOT / "packaging" / "windows" / "journal-app.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ROOT / "packaging" / "macos" / "journal-app.icns").read_bytes()[:4] == b"icns"
    svg = ET.parse(ROOT / "src" / "journal_app" / "resources" / "app-icon.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 512 512"


def test_spec_and_scripts_refer_to_files_that_exist() -> None:
    spec = (ROOT / "packaging" / "journal-app.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec
    for relative in ('"windows" / "journal-app.ico"', '"macos" / "journal-app.icns"'):
        assert relative in spec
    for script in ("build.sh", "linux/install.sh", "render_icons.py"):
        path = ROOT / "packaging" / script
        assert path.stat().st_mode & 0o111, f"{script} is not executable"
