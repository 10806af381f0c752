"""Build the Linux app with packaging/build.sh and start the built binary headless.

Slow (a PyInstaller build), so it runs only when asked: JOURNAL_APP_BUILD_BUNDLE=1. CI or a
release check sets it; packaging/build.sh runs the same two checks at the end of every build.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import journal_app

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "journal-app"
BINARY = APP / ("journal-app.exe" if sys.platform == "win32" else "journal-app")

pytestmark = pytest.mark.skipif(
    os.environ.get("JOURNAL_APP_BUILD_BUNDLE") != "1",
    reason="builds the bundle (minutes); set JOURNAL_APP_BUILD_BUNDLE=1",
)


@pytest.fixture(scope="module")
def bundle() -> Path:
    result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh"), "--no-smoke"], cwd=ROOT,
                            capture_output=True, text=True, timeout=1800, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert BINARY.is_file()
    return BINARY


def isolated_env(home: Path) -> dict[str, str]:
    """A home of its own, so the run cannot touch a real vault or real settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "QT_"))}
    (home / "tmp").mkdir(exist_ok=True)
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
               QT_QPA_PLATFORM="offscreen")
    return env


def test_version(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(bundle), "--version"], capture_output=True, text=True, timeout=120,
                            env=isolated_env(tmp_path), stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"journal-app {journal_app.__version__}"


def test_headless_smoke_run_opens_and_closes_the_main_window(bundle: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(bundle), "--smoke-test"], capture_output=True, text=True, timeout=600,
                            env=isolated_env(tmp_path), stdin=subprocess.DEVNULL)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    for step in ("qt", "icons", "translations", "spelling", "pdf", "vault", "window"):
        assert f"smoke: {step}: ok" in result.stdout, output
    assert "journal_app_sv.qm" in result.stdout  # the compiled Swedish travelled with the app
    assert "smoke: spelling: ok (sv_SE, en_US)" in result.stdout  # both dictionaries too
    assert result.stdout.rstrip().endswith("smoke: passed")
    # The throw-away vault was made under TMPDIR (inside tmp_path) and is gone again.
    assert not any(tmp_path.rglob("journal.db"))


def test_desktop_integration_travels_with_the_app(bundle: Path) -> None:
    app_id = "se.journalapp.JournalApp"
    for relative in (f"share/applications/{app_id}.desktop", f"share/metainfo/{app_id}.metainfo.xml",
                     f"share/icons/hicolor/256x256/apps/{app_id}.png", "install.sh"):
        assert (APP / relative).is_file(), relative
