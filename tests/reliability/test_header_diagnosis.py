"""A tampered header gets the right diagnosis (issue 14): edited Argon2 parameters in one copy
open the vault through the other (reported, logged, not counted as a failed attempt); in both
copies they are a wrong passphrase to the passphrase and damage to the recovery key; parameters
far beyond anything the app writes are refused as damage before any derivation; an Argon2
failure is one clear sentence. Nothing hangs, nothing prints a traceback. Each case has its
control."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from _support import assert_no_traceback, child_env, count, data_files

from journal_app.core.errors import VaultDamaged, WrongPassphrase
from journal_app.core.keys import header as header_mod
from journal_app.core.keys import kdf as kdf_mod
from journal_app.core.keys.kdf import KdfParams
from journal_app.core.storage.audit import Action
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE, snapshot

ATTEMPTS = "unlock-attempts.json"


def edit_kdf(path: Path, **kdf: Any) -> None:
    """What someone with write access can do: change the Argon2 parameters and recompute the
    (unkeyed) checksum, so the file still parses as sound."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw.pop("checksum", None)
    raw["kdf"].update(kdf)
    raw["checksum"] = header_mod._checksum(raw)
    path.write_text(json.dumps(raw), encoding="utf-8")


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "v"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf_policy=FAST_KDF)
    vault.lock()
    return folder, recovery


def test_weakened_parameters_in_one_copy_open_through_the_other(made: tuple[Path, str]) -> None:
    folder, _recovery = made
    good = (folder / "vault.json.bak").read_bytes()
    edit_kdf(folder / "vault.json", memory_kib=32, time_cost=1)
    assert (folder / "vault.json").read_bytes() != good  # the control: the edit happened
    opened = Vault.unlock(folder, PASSPHRASE)
    try:
        told = [str(n) for n in opened.notices]
        actions = [e.action for e in opened.journal.access_log()]
    finally:
        opened.lock()
    assert len(told) == 1 and "vault.json had been altered or damaged (the passphrase does not" \
        " open it, but opens the copy)" in told[0] and "was rewritten from it" in told[0]
    assert Action.HEADER_REPAIRED in actions
    assert not (folder / ATTEMPTS).exists()  # the right passphrase is not a failed attempt
    assert (folder / "vault.json").read_bytes() == good  # repaired from the sound copy
    again = Vault.unlock(folder, PASSPHRASE)
    assert again.notices == []
    again.lock()
    count("header: tampered copies diagnosed", 1)


def test_control_a_copy_with_another_salt_is_never_tried(made: tuple[Path, str]) -> None:
    """A copy that wraps the key for another passphrase (a stale copy after a passphrase
    change) must not stand in: with the first copy edited AND its salt changed, the answer
    stays "wrong passphrase" and the attempt counts. Shows the test above can fail."""
    folder, _recovery = made
    edit_kdf(folder / "vault.json", memory_kib=32, time_cost=1,
             salt="QUJDREVGR0hJSktMTU5PUA==")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASSPHRASE)
    assert (folder / ATTEMPTS).exists()


def test_weakened_parameters_in_both_copies(made: tuple[Path, str]) -> None:
    """Both copies edited alike: the passphrase cannot tell that from a wrong one (only the
    MAC, which needs the data key, could); the recovery key opens the key and its MAC says
    the header was altered. Nothing is written but the attempt counter."""
    folder, recovery = made
    for name in ("vault.json", "vault.json.bak"):
        edit_kdf(folder / name, memory_kib=32, time_cost=1)
    before = data_files(folder)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Vault.unlock(folder, PASSPHRASE)
    with pytest.raises(VaultDamaged, match="altered") as altered:
        Vault.unlock_with_recovery(folder, recovery)
    assert altered.value.path.name == "vault.json"
    assert data_files(folder) == before


@pytest.mark.parametrize("copies", [("vault.json", "vault.json.bak"), ("vault.json",)],
                         ids=["both", "one"])
@pytest.mark.parametrize("kdf", [
    {"memory_kib": 4 * 1024 * 1024, "time_cost": 1000},  # would take hours
    {"memory_kib": 1024 * 1024, "time_cost": 64},  # each under its ceiling, together beyond
    {"memory_kib": 8, "parallelism": 4},  # fewer than 8 KiB a lane: argon2 refuses it
], ids=["4GiB-t1000", "1GiB-t64", "8KiB-4-lanes"])
def test_parameters_beyond_the_app_are_damage_before_any_derivation(
    made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, kdf: dict[str, int],
    copies: tuple[str, ...],
) -> None:
    folder, _recovery = made
    for name in copies:
        edit_kdf(folder / name, **kdf)
    derived: list[KdfParams] = []
    real = kdf_mod.hash_secret_raw

    def recording(**kwargs: Any) -> bytes:
        derived.append(KdfParams(kwargs["memory_cost"], kwargs["time_cost"],
                                 kwargs["parallelism"], kwargs["salt"]))
        return real(**kwargs)

    monkeypatch.setattr(kdf_mod, "hash_secret_raw", recording)
    before = snapshot(folder)
    start = time.monotonic()
    if len(copies) == 2:
        with pytest.raises(VaultDamaged, match=r"vault\.json") as damaged:
            Vault.unlock(folder, PASSPHRASE)
        assert "Argon2" in str(damaged.value) or "far beyond" in str(damaged.value)
        assert derived == []  # refused before deriving anything
        assert snapshot(folder) == before and not (folder / ATTEMPTS).exists()
    else:  # the other copy opens the vault; the damaged one is said and left for verify
        opened = Vault.unlock(folder, PASSPHRASE)
        try:
            told = [str(n) for n in opened.notices]
        finally:
            opened.lock()
        assert len(told) == 1 and "vault.json is damaged" in told[0]
        assert "vault.json.bak" in told[0]
        assert all(p.memory_kib == FAST_KDF.memory_kib for p in derived)
        assert (folder / "vault.json").read_bytes() == before["vault.json"]
    assert time.monotonic() - start < 10


def test_control_parameters_the_app_writes_are_within_every_ceiling() -> None:
    """The ceilings refuse nothing the app writes: production at the most calibration picks,
    the tests' weak policy; and they do refuse one step past each."""
    salt = b"s" * 16
    production = KdfParams(256 * 1024, kdf_mod.MAX_TIME_COST, 4, salt)
    assert production.problem() is None
    assert KdfParams(FAST_KDF.memory_kib, 1, FAST_KDF.parallelism, salt).problem() is None
    assert KdfParams(32, 1, 4, salt).problem() is None  # 8 KiB for each of 4 lanes
    for beyond in (KdfParams(kdf_mod.MAX_MEMORY_KIB + 1, 1, 4, salt),
                   KdfParams(64, kdf_mod.MAX_TIME_COST + 1, 1, salt),
                   KdfParams(256 * 1024, 1, kdf_mod.MAX_PARALLELISM + 1, salt),
                   KdfParams(512 * 1024, kdf_mod.MAX_TIME_COST, 4, salt),
                   KdfParams(31, 1, 4, salt)):
        assert beyond.problem() is not None, beyond


# An Argon2 failure in a real derivation: memory the process may not have (RLIMIT_AS), for
# parameters inside every ceiling (1 GiB, t=1) written into both copies.
CHILD = r"""
import io, resource, sys
from journal_app.cli.main import run
import journal_app.core.keys.kdf as kdf
if sys.argv[2] == "broken":  # the control: an error the CLI does not expect
    def broken(**_kwargs):
        raise RuntimeError("argon2 went wrong")
    kdf.hash_secret_raw = broken
size = int(open("/proc/self/statm").read().split()[0]) * resource.getpagesize()
resource.setrlimit(resource.RLIMIT_AS, (size + 256 * 1024 * 1024, resource.RLIM_INFINITY))
sys.stdin = io.StringIO(sys.argv[3] + "\n")
sys.exit(run(["--vault", sys.argv[1], "clients"]))
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_an_argon2_failure_is_one_clear_sentence(made: tuple[Path, str]) -> None:
    folder, _recovery = made
    for name in ("vault.json", "vault.json.bak"):
        edit_kdf(folder / name, memory_kib=1024 * 1024, time_cost=1, parallelism=4)
    outputs = {}
    for mode in ("limited", "broken"):
        done = subprocess.run([sys.executable, "-c", CHILD, str(folder), mode, PASSPHRASE],
                              capture_output=True, text=True, env=child_env(), timeout=120)
        outputs[mode] = (done.returncode, done.stderr)
    code, err = outputs["limited"]
    assert code == 2, err
    assert_no_traceback(err)
    assert "The key could not be derived with the parameters in the vault's header (memory" \
        " 1024 MiB, time cost 1, parallelism 4): Memory allocation error" in err
    assert not (folder / ATTEMPTS).exists()  # not a wrong passphrase
    code, err = outputs["broken"]  # the control: the check above does catch a bad message
    assert code == 3 and "internal error (RuntimeError)" in err
    with pytest.raises(AssertionError):
        assert_no_traceback(err)


def test_verify_names_an_altered_copy(made: tuple[Path, str]) -> None:
    """verify reads the header copies with the key too: a copy that parses but fails its MAC
    is named (verify writes nothing, so it is left for the next unlock to repair)."""
    folder, _recovery = made
    done = subprocess.run([sys.executable, "-m", "journal_app", "--vault", str(folder),
                           "verify"], input=PASSPHRASE + "\n", capture_output=True, text=True,
                          env=child_env(), timeout=60)
    assert done.returncode == 0, done.stderr  # the control: untouched, it is sound
    edit_kdf(folder / "vault.json", memory_kib=32, time_cost=1)
    before = snapshot(folder)
    done = subprocess.run([sys.executable, "-m", "journal_app", "--vault", str(folder),
                           "verify"], input=PASSPHRASE + "\n", capture_output=True, text=True,
                          env=child_env(), timeout=60)
    assert done.returncode == 1
    assert_no_traceback(done.stderr)
    assert "vault.json was altered after the app wrote it" in done.stderr
    assert snapshot(folder) == before
