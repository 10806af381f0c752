"""The command line, in-process (fast vaults from the fixtures) and once as a real process."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import __version__
from journal_app.cli import commands_vault
from journal_app.cli.main import build_parser, command_names, run
from journal_app.core.errors import WrongPassphrase
from journal_app.core.keys.kdf import KdfPolicy
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

SRC = Path(__file__).resolve().parents[2] / "src"
NEW_PASSPHRASE = "a brand new passphrase for 2026"


def cli(args: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))  # not a tty: one line per secret
    code = run(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_one_error_line(err: str) -> None:
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1 and err.startswith("journal-app: "), err


@pytest.fixture
def locked(vault: Vault, vault_dir: Path) -> Path:
    client = vault.journal.clients.add("Åsa Öberg", id_number="19121212-1212")
    package = vault.journal.packages.add(client.id, name="Paket", sessions_total=2,
                                         purchased="2026-01-10")
    session = vault.journal.packages.add_session(package.id, "2026-01-12T10:00")
    vault.journal.notes.save_draft(session.id, "Anteckning 🌷")
    vault.lock()
    return vault_dir


@pytest.fixture
def fast_production(monkeypatch: pytest.MonkeyPatch) -> None:
    """init and demo use production Argon2 (256 MiB); tests swap in the weak test policy."""
    monkeypatch.setattr(KdfPolicy, "production", staticmethod(lambda: FAST_KDF))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"journal-app {__version__}"


def test_verify_sound_vault_exits_0(locked: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(["--vault", str(locked), "verify"], PASSPHRASE + "\n", monkeypatch, capsys)
    assert (code, err) == (0, "")
    assert "ok: access log" in out and out.rstrip().endswith("The vault is sound.")


@pytest.mark.parametrize("where", ["page-1", "deep"])
def test_verify_damaged_vault_exits_1(vault: Vault, vault_dir: Path, where: str,
                                      monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with vault.db.write():  # one commit: enough pages that page 20 holds client data
        for i in range(300):
            vault.journal.clients.add(f"Klient {i}", free_text="x" * 500)
    vault.lock()
    db = vault_dir / "journal.db"
    data = bytearray(db.read_bytes())
    data[50 if where == "page-1" else 4096 * 20 + 200] ^= 0x01
    db.write_bytes(bytes(data))
    code, out, err = cli(["--vault", str(vault_dir), "verify"], PASSPHRASE + "\n",
                         monkeypatch, capsys)
    assert code == 1
    assert "Traceback" not in err
    assert err.splitlines() and all(line.startswith("DAMAGED: ") for line in err.splitlines())
    assert "journal.db" in err and out.rstrip().endswith("The vault is damaged.")


def test_wrong_passphrase_exits_2_with_one_line(locked: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(["--vault", str(locked), "verify"], "not the passphrase\n",
                         monkeypatch, capsys)
    assert (code, out) == (2, "")
    assert_one_error_line(err)
    assert err == "journal-app: Wrong passphrase.\n"


@pytest.mark.parametrize("case", ["missing-vault", "no-stdin", "bad-import", "export-exists"])
def test_every_error_is_one_stderr_line(locked: Path, tmp_path: Path, case: str,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "journal-app/1", "clients": [{"name": 5}]}', encoding="utf-8")
    exists = tmp_path / "exists.json"
    exists.write_text("keep me", encoding="utf-8")
    args, stdin, expected = {
        "missing-vault": (["--vault", str(tmp_path / "none"), "clients"], PASSPHRASE + "\n",
                          "There is no journal vault"),
        "no-stdin": (["--vault", str(locked), "clients"], "", "Expected a line on standard input"),
        "bad-import": (["--vault", str(locked), "import", str(bad)], PASSPHRASE + "\n",
                       "clients[0].name: must be text, not a number."),
        "export-exists": (["--vault", str(locked), "export", str(exists)], PASSPHRASE + "\n",
                          "already exists"),
    }[case]
    code, out, err = cli(args, stdin, monkeypatch, capsys)
    assert (code, out) == (2, "")
    assert_one_error_line(err)
    assert expected in err
    assert exists.read_text(encoding="utf-8") == "keep me"


def test_an_unexpected_failure_is_one_line_without_traceback(
    locked: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*_args: object) -> None:
        raise RuntimeError("internal detail that must not leak")

    monkeypatch.setattr(commands_vault, "verify_read_only", explode)
    code, _out, err = cli(["--vault", str(locked), "verify"], PASSPHRASE + "\n",
                          monkeypatch, capsys)
    assert code == 3
    assert_one_error_line(err)
    assert "RuntimeError" in err and "must not leak" not in err


def value_options() -> list[str]:
    """Every option of every command that takes a value (flags such as --recovery-key take
    none: they only say that the secret comes from the terminal or stdin)."""
    parser = build_parser()
    actions = list(parser._actions)
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        for sub in getattr(action, "choices", {}).values():
            actions += sub._actions
    return [s for a in actions if a.nargs != 0 for s in a.option_strings]


def test_the_passphrase_is_never_an_argument(locked: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    options = value_options()
    assert "--vault" in options and "--clients" in options  # the control: the scan sees them
    assert not [o for o in options if any(w in o for w in ("pass", "secret", "pw"))]
    for command in sorted(command_names()):
        with pytest.raises(SystemExit) as info:
            cli(["--vault", str(locked), command, "--passphrase", PASSPHRASE], "", monkeypatch,
                capsys)
        assert info.value.code == 2
    with pytest.raises(SystemExit):
        cli(["--vault", str(locked), "--recovery-key=ABCD", "verify"], "", monkeypatch, capsys)
    # Nor from the environment: with nothing on stdin the command stops.
    monkeypatch.setenv("JOURNAL_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PASSPHRASE", PASSPHRASE)
    code, _out, err = cli(["--vault", str(locked), "verify"], "", monkeypatch, capsys)
    assert code == 2 and "Expected a line on standard input" in err


def test_clients_lists_ids_names_and_progress(locked: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(["--vault", str(locked), "clients"], PASSPHRASE + "\n", monkeypatch,
                         capsys)
    assert (code, err) == (0, "")
    (line,) = out.splitlines()
    assert line.split("\t")[1:] == ["Åsa Öberg", "19121212-1212", "0/2"]


def test_export_then_import_into_another_vault(
    locked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "export.json"
    code, out, err = cli(["--vault", str(locked), "export", str(target)], PASSPHRASE + "\n",
                         monkeypatch, capsys)
    assert (code, err) == (0, "")
    assert "Exported 1 client" in out and "not encrypted" in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["clients"][0]["name"] == "Åsa Öberg"
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf_policy=FAST_KDF)
    other.lock()
    code, out, err = cli(["--vault", str(tmp_path / "other"), "import", str(target)],
                         PASSPHRASE + "\n", monkeypatch, capsys)
    assert (code, err) == (0, "")
    assert out.startswith("Imported 1 client, 1 package, 1 session, 1 note.")
    code, out, _ = cli(["--vault", str(tmp_path / "other"), "clients"], PASSPHRASE + "\n",
                       monkeypatch, capsys)
    assert "Åsa Öberg" in out


@pytest.mark.usefixtures("fast_production")  # passwd uses production Argon2
def test_passwd_changes_the_passphrase(locked: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(["--vault", str(locked), "passwd"],
                         f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n", monkeypatch, capsys)
    assert (code, err) == (0, "") and "changed" in out
    with pytest.raises(WrongPassphrase):
        Vault.unlock(locked, PASSPHRASE)
    Vault.unlock(locked, NEW_PASSPHRASE).lock()
    code, _out, err = cli(["--vault", str(locked), "passwd"], f"{NEW_PASSPHRASE}\nshort\n",
                          monkeypatch, capsys)
    assert code == 2
    assert_one_error_line(err)


@pytest.mark.usefixtures("fast_production")
def test_init_creates_a_vault_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "new"
    code, out, err = cli(["--vault", str(folder), "init", "--policy", "pdl"], PASSPHRASE + "\n",
                         monkeypatch, capsys)
    assert (code, err) == (0, "")
    assert "recovery key" in out
    opened = Vault.unlock(folder, PASSPHRASE)
    assert opened.journal.settings.load().retention_policy.value == "pdl"
    opened.lock()
    code, _out, err = cli(["--vault", str(folder), "init"], PASSPHRASE + "\n", monkeypatch, capsys)
    assert code == 2
    assert_one_error_line(err)
    assert "refusing to overwrite" in err


@pytest.mark.usefixtures("fast_production")
def test_demo_makes_the_asked_number_of_clients(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "demo"
    code, out, err = cli(["--vault", str(folder), "demo", "--clients", "3"], PASSPHRASE + "\n",
                         monkeypatch, capsys)
    assert (code, err) == (0, "") and "Added 3 fictional clients." in out
    code, out, _ = cli(["--vault", str(folder), "clients"], PASSPHRASE + "\n", monkeypatch, capsys)
    assert code == 0 and len(out.splitlines()) == 3


def test_a_real_process_reports_one_line_and_exit_codes(locked: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC),
                                                                     os.environ.get("PYTHONPATH")]))}
    version = subprocess.run([sys.executable, "-m", "journal_app", "--version"],
                             capture_output=True, text=True, env=env, timeout=60)
    assert (version.returncode, version.stdout.strip()) == (0, f"journal-app {__version__}")
    wrong = subprocess.run(
        [sys.executable, "-m", "journal_app", "--vault", str(locked), "verify"],
        input="not the passphrase\n", capture_output=True, text=True, env=env, timeout=60)
    assert wrong.returncode == 2
    assert wrong.stderr == "journal-app: Wrong passphrase.\n"
    sound = subprocess.run(
        [sys.executable, "-m", "journal_app", "--vault", str(locked), "verify"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, env=env, timeout=60)
    assert (sound.returncode, sound.stderr) == (0, "")


def test_erase_says_how_many_notes_it_will_take_and_due_says_how(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    from journal_app.core.domain.models import SessionStatus

    journal = vault.journal
    client = journal.clients.add("Cilla Completed")
    done = journal.packages.add(client.id, name="Paket A", sessions_total=1, purchased="2026-01-10")
    first = journal.packages.add_session(done.id, "2026-01-12T10:00", SessionStatus.HELD)
    journal.notes.save_draft(first.id, "klart")
    assert journal.sign_note(first.id).completed is not None
    running = journal.packages.add(client.id, name="Paket B", sessions_total=3,
                                   purchased="2026-02-10")
    second = journal.packages.add_session(running.id, "2026-02-12T10:00", SessionStatus.HELD)
    journal.notes.save_draft(second.id, "pågår")
    vault.lock()
    base = ["--vault", str(vault_dir)]
    code, out, _err = cli([*base, "due"], PASSPHRASE + "\n", monkeypatch, capsys)
    assert code == 0 and "erase --client ID --completed-only" in out
    code, out, err = cli([*base, "erase", "--client", client.id, "--completed-only", "--yes"],
                         PASSPHRASE + "\n", monkeypatch, capsys)
    assert code == 0, err
    assert "erases for good 1 note(s) of Cilla Completed of its completed packages" in out
    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert [n.session_id for n in reopened.journal.notes.for_client(client.id)] == [second.id]
    finally:
        reopened.lock()
    code, out, err = cli([*base, "erase", "--client", client.id, "--yes"],
                         PASSPHRASE + "\n", monkeypatch, capsys)
    assert code == 0, err
    assert "erases for good 1 note(s) of Cilla Completed and the client's data" in out
