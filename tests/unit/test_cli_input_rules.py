"""What the practitioner types is done as typed or refused with a clear message; the app never
says what is not true; no traceback reaches a person. Findings 14, 15 and 17 of the user trial."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import journal_app.__main__ as entry
from journal_app.cli.main import build_parser, command_names, run
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.keys.kdf import KdfPolicy
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

SRC = Path(__file__).resolve().parents[2] / "src"

# What each command needs besides --vault to parse; a new command must be added here.
REQUIRED: dict[str, list[str]] = {
    "init": [], "demo": [], "verify": [], "passwd": [], "clients": [], "due": [],
    "policy": [], "backup": [], "backups": [], "log": [], "recovery-key": [],
    "import": ["in.json"], "export": ["out.json"],
    "export-pdf": ["--client", "c1", "--out", "out.pdf"],
    "extract": ["--client", "c1", "--out", "out.pdf"],
    "erase": ["--client", "c1"],
    "restore": ["--from", "backup.jvb"],
    "practice": [], "invoices": [],
    "invoice": ["--client", "c1", "--out", "out.pdf"],
    "paid": ["1001", "--date", "2026-03-02"], "credit": ["1001"],
    "reminder": ["1001", "--out", "out.pdf"],
    "sie": ["--year", "2026", "--out", "out.se"],
    "agenda": [],
}
CREATE_A_VAULT = {"init", "demo"}  # they read a new passphrase, never a recovery key


def _env(**extra: str) -> dict[str, str]:
    paths = [str(SRC), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths)), **extra}


# 14: --vault DIR (and --recovery-key) before or after the command ------------------------------


def test_every_command_takes_vault_after_its_name() -> None:
    assert set(REQUIRED) == command_names()
    parser = build_parser()
    for command in sorted(command_names()):
        args = parser.parse_args([command, *REQUIRED[command], "--vault", "/after"])
        # restore's --vault is where the backup goes; every other command's is the vault.
        got = args.restore_vault if command == "restore" else args.vault
        assert got == Path("/after"), command
        before = parser.parse_args(["--vault", "/before", command, *REQUIRED[command]])
        assert before.vault == Path("/before"), command  # not overwritten by the subcommand
        with pytest.raises(SystemExit) as refused:  # the control: an unknown option is refused
            parser.parse_args([command, *REQUIRED[command], "--no-such-option"])
        assert refused.value.code == 2


def test_recovery_key_is_taken_after_every_command_that_reads_a_secret() -> None:
    parser = build_parser()
    for command in sorted(command_names() - CREATE_A_VAULT):
        args = parser.parse_args([command, *REQUIRED[command], "--recovery-key"])
        assert args.recovery_key is True, command
        assert parser.parse_args([command, *REQUIRED[command]]).recovery_key is False, command


@pytest.mark.parametrize("before", [True, False])
@pytest.mark.parametrize("command", sorted(CREATE_A_VAULT))
def test_recovery_key_with_a_command_that_creates_a_vault_is_refused(
    command: str, before: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "new"
    args = (["--recovery-key", "--vault", str(folder), command] if before
            else ["--vault", str(folder), command, "--recovery-key"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    with pytest.raises(SystemExit) as refused:
        run(args)
    assert refused.value.code == 2
    err = capsys.readouterr().err
    assert "--recovery-key" in err and "Traceback" not in err
    assert not folder.exists()


def test_init_with_vault_after_the_command_creates_the_vault_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(KdfPolicy, "production", staticmethod(lambda: FAST_KDF))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    folder = tmp_path / "typed-after"
    code = run(["init", "--vault", str(folder), "--policy", "pdl"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert f"Created the vault in {folder}." in out
    opened = Vault.unlock(folder, PASSPHRASE)
    try:
        assert opened.journal.policy() is RetentionPolicy.PDL
    finally:
        opened.lock()


# 15: a reader that closes the pipe early (`| head -1`) -----------------------------------------


@pytest.mark.parametrize("unbuffered", ["1", ""], ids=["line-by-line", "buffered"])
def test_a_closed_pipe_after_a_change_never_says_nothing_was_changed(
    vault: Vault, vault_dir: Path, unbuffered: str
) -> None:
    vault.lock()
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line arrives: every write fails
    try:
        child = subprocess.run(
            [sys.executable, "-m", "journal_app", "--vault", str(vault_dir), "policy",
             "--set", "pdl"],
            input=(PASSPHRASE + "\n").encode(), stdout=write_end, stderr=subprocess.PIPE,
            env=_env(PYTHONUNBUFFERED=unbuffered), timeout=60, check=False,
        )
    finally:
        os.close(write_end)
    err = child.stderr.decode("utf-8", "replace")
    assert "nothing was changed" not in err, err
    assert "Traceback" not in err and "Exception ignored" not in err and "Error" not in err, err
    assert child.returncode == 0, err  # the command ran to its end
    assert "closed it early" in err  # what did happen, said once
    opened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert opened.journal.policy() is RetentionPolicy.PDL
    finally:
        opened.lock()


def test_output_to_a_closed_pipe_is_dropped_and_the_command_finishes(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault.lock()

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    code = run(["--vault", str(vault_dir), "policy", "--set", "pdl"])
    err = capsys.readouterr().err
    assert code == 0
    assert "nothing was changed" not in err and "cannot use" not in err
    assert isinstance(sys.stdout, ClosedPipe)  # the stream is given back after the run


# 17: a word that is not a command --------------------------------------------------------------


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Records what would have opened the desktop app, so a failing test opens no window."""
    opened: list[list[str]] = []

    def fake_run_app(args: list[str]) -> int:
        opened.append(list(args))
        return 0

    # The desktop app's module replaced as a whole: whatever route main takes to it, no Qt.
    fake = types.ModuleType("journal_app.ui.app")
    fake.run_app = fake_run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "journal_app.ui.app", fake)
    monkeypatch.setattr(entry, "disable_core_dumps", lambda: None)
    return opened


@pytest.mark.parametrize("argv", [["clinets"], ["--vault", "/somewhere", "clinets"],
                                  ["clinets", "--vault", "/somewhere"]])
def test_a_mistyped_command_is_refused_with_the_closest_command(
    argv: list[str], no_window: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    code = entry.main(argv)
    out, err = capsys.readouterr()
    assert no_window == []
    assert code == 2
    assert out == ""
    assert err.startswith("journal-app: unknown command 'clinets'"), err
    assert "did you mean 'clients'?" in err
    assert all(name in err for name in command_names())
    assert "Traceback" not in err


def test_a_word_like_no_command_lists_the_commands(
    no_window: list[list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    code = entry.main(["xyzzy"])
    err = capsys.readouterr().err
    assert (code, no_window) == (2, [])
    assert err.startswith("journal-app: unknown command 'xyzzy'") and "did you mean" not in err
    assert all(name in err for name in command_names())


@pytest.mark.parametrize("argv", [[], ["--vault", "/somewhere"], ["--vault=/somewhere"]])
def test_no_command_still_opens_the_desktop_app(
    argv: list[str], no_window: list[list[str]]
) -> None:
    assert entry.main(argv) == 0
    assert no_window == [argv]


def test_a_mistyped_command_never_imports_qt() -> None:
    # PySide6 made unimportable: the desktop app's path would fail loudly instead of opening.
    script = ("import sys; sys.modules['PySide6'] = None\n"
              "from journal_app.__main__ import main\n"
              "code = main(['clinets'])\n"
              "assert not any(m.startswith('journal_app.ui') for m in sys.modules)\n"
              "sys.exit(code)\n")
    child = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           env=_env(), timeout=60, check=False)
    assert child.returncode == 2, child.stderr
    assert child.stderr.startswith("journal-app: unknown command 'clinets'"), child.stderr
    assert "Traceback" not in child.stderr
