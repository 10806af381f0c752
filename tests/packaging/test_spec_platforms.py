"""The PyInstaller spec's Windows and macOS branches, checked on Linux: the spec is run with
recording stand-ins for PyInstaller (spec_runner.py), so what it would build there is visible
here. A real build on those systems runs in .github/workflows/build.yml, not on this machine."""

from __future__ import annotations

import configparser
import plistlib
import re
import struct
import sys
from pathlib import Path

import pytest
from spec_runner import ROOT, run_spec

import journal_app

sys.path.insert(0, str(ROOT / "packaging"))
import bundle_info

DESKTOP = ROOT / "packaging" / "linux" / "se.journalapp.JournalApp.desktop"


def strings_entries(text: str) -> dict[str, str]:
    """Parse an old-style .strings file ("key" = "value";) as macOS reads it."""
    pattern = re.compile(r'^"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)";$')
    entries = {}
    for line in text.splitlines():
        match = pattern.match(line)
        assert match, f"not a .strings line: {line!r}"
        entries[match[1]] = re.sub(r"\\(.)", r"\1", match[2])
    return entries


def test_macos_spec_builds_a_bundle_with_the_apps_info_plist(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    run = run_spec("darwin", tmp_path, monkeypatch)
    (bundle,) = run.of_kind("BUNDLE")
    assert bundle.kwargs["name"] == "Journal App.app"
    assert bundle.kwargs["bundle_identifier"] == "se.journalapp.JournalApp"
    assert bundle.kwargs["version"] == journal_app.__version__
    assert Path(bundle.kwargs["icon"]).name == "journal-app.icns" and Path(bundle.kwargs["icon"]).is_file()
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleIdentifier"] == "se.journalapp.JournalApp"
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == journal_app.__version__
    assert plist["CFBundleLocalizations"] == ["en", "sv"]
    assert plist["CFBundleDisplayName"] and plist["LSHasLocalizedDisplayName"] is True
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])
    # It must survive being written as the real Info.plist (only plist types, no None).
    assert plistlib.loads(plistlib.dumps(plist)) == plist
    # The .app is a windowed program: a console one would open Terminal behind the window.
    (exe,) = run.of_kind("EXE")
    assert exe.kwargs["console"] is False and exe.kwargs["name"] == "journal-app"


def test_macos_bundle_carries_the_name_in_swedish_and_english(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    run = run_spec("darwin", tmp_path, monkeypatch)
    (analysis,) = run.of_kind("Analysis")
    lproj = {dest: Path(src) for src, dest in analysis.datas if dest.endswith(".lproj")}
    assert set(lproj) == {"sv.lproj", "en.lproj"}
    names = {dest.split(".")[0]: strings_entries(path.read_text(encoding="utf-8"))["CFBundleDisplayName"]
             for dest, path in lproj.items()}
    # The same names as the Linux menu entry: Name and Name[sv] of the desktop file.
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(DESKTOP, encoding="utf-8")
    assert names == {"en": desktop["Desktop Entry"]["Name"], "sv": desktop["Desktop Entry"]["Name[sv]"]}
    for path in lproj.values():
        assert path.name == "InfoPlist.strings" and path.is_relative_to(tmp_path)


def test_windows_spec_builds_a_windowed_app_and_a_console_cli_with_version_info(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run = run_spec("win32", tmp_path, monkeypatch)
    assert not run.of_kind("BUNDLE")
    exes = {exe.kwargs["name"]: exe.kwargs for exe in run.of_kind("EXE")}
    assert set(exes) == {"journal-app", "journal-app-cli"}
    assert exes["journal-app"]["console"] is False and exes["journal-app-cli"]["console"] is True
    for kwargs in exes.values():
        assert Path(kwargs["icon"]).name == "journal-app.ico" and Path(kwargs["icon"]).is_file()
    # The version resource the installer and Explorer show: the package's version.
    version_info = repr(exes["journal-app"]["version"])
    strings = dict(re.findall(r"\('StringStruct', \('(\w+)', '([^']*)'\)", version_info))
    assert strings["ProductVersion"] == strings["FileVersion"] == journal_app.__version__
    assert not any(dest.endswith(".lproj") for _src, dest in run.of_kind("Analysis")[0].datas)


def test_linux_spec_builds_one_console_program_and_no_bundle(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    run = run_spec("linux", tmp_path, monkeypatch)
    assert not run.of_kind("BUNDLE")
    (exe,) = run.of_kind("EXE")
    assert exe.kwargs["name"] == "journal-app" and exe.kwargs["console"] is True
    assert exe.kwargs["icon"] is None
    (collect,) = run.of_kind("COLLECT")
    assert collect.kwargs["name"] == "journal-app"


def test_strings_file_escapes_quotes_and_backslashes() -> None:
    text = bundle_info.strings_file({"CFBundleName": 'Say "hej" \\ då'})
    assert strings_entries(text) == {"CFBundleName": 'Say "hej" \\ då'}


def test_windows_icon_holds_every_size_the_shell_asks_for() -> None:
    # A lone 256 px image turns blurry when Windows shrinks it to 16 px for the Start menu list.
    data = (ROOT / "packaging" / "windows" / "journal-app.ico").read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00"
    (count,) = struct.unpack("<H", data[4:6])
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # a 0 in the directory means 256
    assert {16, 24, 32, 48, 256} <= sizes


def test_macos_icon_holds_retina_sizes_up_to_1024() -> None:
    data = (ROOT / "packaging" / "macos" / "journal-app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    types, offset = set(), 8
    while offset < len(data):
        types.add(data[offset:offset + 4])
        offset += struct.unpack(">I", data[offset + 4:offset + 8])[0]
    # ic07-ic10: 128 to 1024 px; ic11-ic14: the @2x (Retina) variants of 16 to 512.
    assert {b"ic07", b"ic08", b"ic09", b"ic10", b"ic11", b"ic12", b"ic13", b"ic14"} <= types
