"""The Inno Setup script, read on Linux: a per-user install, a Start-menu entry, the package's
version, and an uninstaller that cannot reach the vault. Inno Setup itself (ISCC) runs only in
the Windows job of .github/workflows/build.yml, which also installs and uninstalls for real."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PureWindowsPath

import journal_app

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "journal-app.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def sections(text: str) -> dict[str, list[str]]:
    """The script's [Section] bodies: its lines, minus comments and preprocessor lines."""
    found: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1].lower()
            found.setdefault(current, [])
        else:
            found.setdefault(current, []).append(line)
    return found


def setup_values(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections(text)["setup"])


def entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "x"; Filename: "y"` lines as dictionaries."""
    return [{key.strip().lower(): value.strip().strip('"')
             for key, value in (part.split(":", 1) for part in re.split(r";\s+", line))} for line in lines]


def vault_folder_on_windows() -> PureWindowsPath:
    # platformdirs' user_data_path("journal-app", appauthor=False) on Windows:
    # %LOCALAPPDATA%\journal-app, and the app keeps its vault in it (core/files/paths.py).
    paths = (ROOT / "src" / "journal_app" / "core" / "files" / "paths.py").read_text(encoding="utf-8")
    assert 'user_data_path("journal-app", appauthor=False) / "vault"' in paths
    return PureWindowsPath("{localappdata}") / "journal-app" / "vault"


def test_installs_per_user_without_administrator_rights() -> None:
    setup = setup_values(ISS.read_text(encoding="utf-8"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for all users" offer
    install_dir = PureWindowsPath(setup["DefaultDirName"])
    assert install_dir.parts[0] in ("{userpf}", "{localappdata}", "{autopf}")
    # The app's own folder, never the folder that holds the vault.
    assert install_dir != vault_folder_on_windows().parent
    assert not vault_folder_on_windows().is_relative_to(install_dir)


def test_adds_a_start_menu_entry_for_the_windowed_app() -> None:
    icons = entries(sections(ISS.read_text(encoding="utf-8"))["icons"])
    start_menu = [icon for icon in icons
                  if icon["name"].startswith(("{userprograms}", "{autoprograms}", "{group}"))]
    assert start_menu, icons
    assert start_menu[0]["filename"] == "{app}\\{#AppExe}"
    assert re.search(r'#define AppExe "journal-app\.exe"', ISS.read_text(encoding="utf-8"))
    assert "tasks" not in start_menu[0]  # always made, not an opt-in task


def test_version_comes_from_the_package() -> None:
    text = ISS.read_text(encoding="utf-8")
    setup = setup_values(text)
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "#ifndef AppVersion" in text and "#error" in text  # refuses to build without one
    # No version written into the script, so it cannot drift from the package's.
    assert journal_app.__version__ not in text
    # The workflow passes the version Python reports for the package it just installed.
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "import journal_app; print(journal_app.__version__)" in workflow
    assert '"/DAppVersion=${{ steps.version.outputs.version }}"' in workflow
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert journal_app.__version__ == pyproject["project"]["version"]


def test_uninstaller_never_deletes_the_vault() -> None:
    text = ISS.read_text(encoding="utf-8")
    found = sections(text)
    assert "uninstalldelete" not in found, "an [UninstallDelete] section could reach the vault"
    assert "code" not in found, "a [Code] section could delete files on uninstall"
    assert "installdelete" not in found
    # Nothing anywhere in the script names the data folder.
    for line in (line for lines in found.values() for line in lines):
        assert "journal-app\\vault" not in line.lower() and "{localappdata}\\journal-app" not in line.lower()
    assert "NEVER TOUCHED" in text  # the comment that says why, for the next person


def test_ships_the_pyinstaller_folder_and_the_icon() -> None:
    text = ISS.read_text(encoding="utf-8")
    files = entries(sections(text)["files"])
    assert files == [{"source": "..\\..\\dist\\journal-app\\*", "destdir": "{app}",
                      "flags": "ignoreversion recursesubdirs createallsubdirs"}]
    setup = setup_values(text)
    assert (ISS.parent / setup["SetupIconFile"]).is_file()
    assert setup["OutputDir"] == "..\\..\\dist"
