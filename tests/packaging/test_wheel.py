"""`pip install journal-app`: the wheel's metadata, the package data inside it, the README as
PyPI renders it, and the installed wheel started from a fresh venv.

The metadata checks read pyproject.toml and always run. Building the wheel and installing it
with its dependencies takes a minute or more, so those run only when asked:
JOURNAL_APP_INSTALL_WHEEL=1 (.ci/run sets it, as it sets JOURNAL_APP_BUILD_BUNDLE)."""

from __future__ import annotations

import email.parser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import venv
import zipfile
from email.message import Message
from pathlib import Path

import pytest
import trove_classifiers
from readme_renderer.markdown import render

import journal_app

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RESOURCES = ROOT / "src" / "journal_app" / "resources"
slow = pytest.mark.skipif(os.environ.get("JOURNAL_APP_INSTALL_WHEEL") != "1",
                          reason="builds and installs the wheel (minutes); set JOURNAL_APP_INSTALL_WHEEL=1")


def rendered(markdown: str) -> str:
    html = render(markdown, variant="GFM")
    assert html is not None, "readme_renderer could not render the long description"
    return html


def test_readme_is_the_long_description_and_renders_on_pypi() -> None:
    assert PROJECT["readme"] == {"file": "README.md", "content-type": "text/markdown"}
    html = rendered((ROOT / "README.md").read_text(encoding="utf-8"))
    assert re.search(r"<h1[^>]*>journal-app<", html)
    assert "<table>" in html  # the command table survives PyPI's sanitiser
    assert "<code>journal-app init</code>" in html


def test_classifiers_are_pypis_and_agree_with_the_project() -> None:
    classifiers = PROJECT["classifiers"]
    unknown = [c for c in classifiers if c not in trove_classifiers.classifiers]
    assert not unknown, unknown  # PyPI refuses an upload with an unknown classifier
    assert PROJECT["license"]["text"] == "GPL-3.0-or-later"
    assert "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)" in classifiers
    assert {"Operating System :: Microsoft :: Windows", "Operating System :: MacOS",
            "Operating System :: POSIX :: Linux"} <= set(classifiers)
    minimum = PROJECT["requires-python"].removeprefix(">=")
    assert f"Programming Language :: Python :: {minimum}" in classifiers
    assert PROJECT["keywords"]
    assert "journal-app" in PROJECT["scripts"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # From a clean copy: an in-tree build would pack whatever an earlier build left in build/lib.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(ROOT / "src", source / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
                             str(out), str(source)], capture_output=True, text=True, timeout=900,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("journal_app-*.whl")
    return built


def wheel_metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        return email.parser.Parser().parsestr(archive.read(name).decode("utf-8"))


@slow
def test_wheel_metadata_is_what_pypi_shows(wheel: Path) -> None:
    meta = wheel_metadata(wheel)
    assert meta["Name"] == "journal-app" and meta["Version"] == journal_app.__version__
    assert meta["Requires-Python"] == PROJECT["requires-python"]
    assert meta["Description-Content-Type"] == "text/markdown"
    assert meta.get_all("Classifier") == PROJECT["classifiers"]
    assert meta["Summary"] == PROJECT["description"]
    assert set(meta["Keywords"].split(",")) == set(PROJECT["keywords"])
    assert len(meta.get_all("Requires-Dist") or []) >= len(PROJECT["dependencies"])
    assert re.search(r"<h1[^>]*>journal-app<", rendered(meta.get_payload()))  # type: ignore[arg-type]


@slow
def test_wheel_carries_fonts_icons_and_translations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(archive.read(n).decode() for n in names if n.endswith("entry_points.txt"))
    expected = {"journal_app/" + path.relative_to(RESOURCES.parent).as_posix()
                for path in RESOURCES.rglob("*") if path.is_file()}
    assert expected - names == set()
    for needed in ("resources/app-icon.svg", "resources/fonts/DejaVuSans.ttf",
                   "resources/translations/journal_app_sv.qm", "resources/icons/lock.svg"):
        assert f"journal_app/{needed}" in names
    assert "journal-app = journal_app.__main__:main" in entry_points
    assert not any(name.startswith(("tests/", "bench/", "packaging/")) for name in names)


def scripts_dir(env_dir: Path) -> Path:
    return env_dir / ("Scripts" if sys.platform == "win32" else "bin")


def isolated_env(home: Path) -> dict[str, str]:
    """A home of its own, so the run cannot touch a real vault or real settings."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "QT_", "PYTHON", "VIRTUAL_ENV"))}
    (home / "tmp").mkdir(exist_ok=True)
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen")
    return env


@slow
def test_installed_wheel_starts_from_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = scripts_dir(env_dir) / ("python.exe" if sys.platform == "win32" else "python")
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)],
                             capture_output=True, text=True, timeout=1800, stdin=subprocess.DEVNULL)
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    command = str(scripts_dir(env_dir) / "journal-app")
    home = tmp_path / "home"
    home.mkdir()
    run_dir = tmp_path / "elsewhere"  # not the checkout: the installed copy must be the one that runs
    run_dir.mkdir()

    version = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=120,
                             env=isolated_env(home), cwd=run_dir, stdin=subprocess.DEVNULL)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"journal-app {journal_app.__version__}"

    smoke = subprocess.run([command, "--smoke-test"], capture_output=True, text=True, timeout=600,
                           env=isolated_env(home), cwd=run_dir, stdin=subprocess.DEVNULL)
    output = smoke.stdout + smoke.stderr
    assert smoke.returncode == 0, output
    assert smoke.stdout.rstrip().endswith("smoke: passed"), output
    assert "journal_app_sv.qm" in smoke.stdout  # the Swedish translation travelled in the wheel
    where = subprocess.run([str(python), "-c", "import journal_app; print(journal_app.__file__)"],
                           capture_output=True, text=True, env=isolated_env(home), cwd=run_dir)
    assert Path(where.stdout.strip()).is_relative_to(env_dir), where.stdout
