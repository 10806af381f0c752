"""The layering contracts in pyproject.toml ([tool.importlinter]) hold: the faces over the
exporters over the core, the core's own layers, no Qt in the core, SQLCipher only in storage.
A control copies the package, adds one import that breaks a layer, and sees it refused."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(src: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run([str(LINT), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=False)


def test_the_layering_contracts_hold() -> None:
    result = _lint(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken." in result.stdout
    analysed = int(result.stdout.split("Analyzed ")[1].split()[0])
    assert analysed > 100  # the control: it really read the package


def test_an_import_that_breaks_a_layer_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "journal_app", src / "journal_app",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    # The models (the bottom of the core) reaching up into the UI.
    models = src / "journal_app" / "core" / "domain" / "models.py"
    models.write_text(models.read_text(encoding="utf-8")
                      + "\nfrom journal_app.ui import main_window  # noqa\n",
                      encoding="utf-8")
    result = _lint(src)
    assert result.returncode != 0
    assert "journal_app.core.domain.models -> journal_app.ui.main_window" in result.stdout
