"""The CI workflow (.github/workflows/build.yml): actionlint finds nothing in it, and it does what
the project promises (three systems, the Linux job is .ci/run, every app smoke-tested, the
artefacts attached). Its Windows and macOS jobs never ran on this machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def actionlint() -> str:
    """The actionlint the test extra installs: in this Python's scripts folder, else on PATH."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "actionlint", scripts / "actionlint.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("actionlint")
    if found is None:
        pytest.fail("actionlint is not installed: pip install -e '.[test]' installs it")
    return found


def lint(path: Path) -> subprocess.CompletedProcess[str]:
    # shellcheck, when installed, also checks the run: scripts; actionlint works without it.
    return subprocess.run([actionlint(), "-no-color", "-oneline", str(path)], capture_output=True,
                          text=True, timeout=120, cwd=path.parent, env={**os.environ, "NO_COLOR": "1"})


def jobs(text: str) -> dict[str, str]:
    """Each job's block of text, by its id (the two-space-indented keys under `jobs:`)."""
    body = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([\w-]+):\n", body, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_actionlint_finds_nothing_in_the_workflow() -> None:
    result = lint(WORKFLOW)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


def test_actionlint_reports_a_broken_workflow(tmp_path: Path) -> None:
    # The control: proves the linter really runs and reads the file. An unknown runner key, an
    # expression that names no context, and an action without a version.
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-latest\n"
        "    timeout: 10\n"
        "    steps:\n"
        "      - uses: actions/checkout\n"
        "      - run: echo ${{ matrix.nowhere }}\n",
        encoding="utf-8")
    result = lint(broken)
    assert result.returncode != 0
    findings = result.stdout.splitlines()
    assert len(findings) >= 3, result.stdout + result.stderr
    assert all("broken.yml:" in line for line in findings), findings


def test_builds_on_linux_windows_and_macos_and_attaches_each() -> None:
    found = jobs(WORKFLOW.read_text(encoding="utf-8"))
    runners = {job: re.search(r"runs-on: (.+)", body)[1] for job, body in found.items()}  # type: ignore[index]
    assert runners["linux"].startswith("ubuntu-")
    assert runners["windows"].startswith("windows-") and runners["macos"].startswith("macos-")
    for job in ("linux", "windows", "macos"):
        assert "actions/upload-artifact@" in found[job] and "if-no-files-found: error" in found[job], job
    assert "--smoke-test" in found["windows"] and "--smoke-test" in found["macos"]
    assert "ISCC.exe" in found["windows"] and "packaging\\windows\\journal-app.iss" in found["windows"]
    assert "bash packaging/macos/make_dmg.sh" in found["macos"]
    assert "python -m pytest" in found["tests"]


def test_the_linux_job_is_what_ci_run_does() -> None:
    linux = jobs(WORKFLOW.read_text(encoding="utf-8"))["linux"]
    assert re.search(r"run: sudo env \"PATH=\$PATH\" CI=true bash \.ci/run$", linux, flags=re.MULTILINE)
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    assert command in readme and ci_run.rstrip().endswith(command)
    # .ci/run also builds the bundle and installs the wheel, so the Linux job does too.
    assert "export JOURNAL_APP_BUILD_BUNDLE=1" in ci_run and "export JOURNAL_APP_INSTALL_WHEEL=1" in ci_run


def test_actions_are_pinned_by_major_version() -> None:
    uses = re.findall(r"uses: (\S+)", WORKFLOW.read_text(encoding="utf-8"))
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", action), action
