"""Shared fixtures: temporary vaults with fast (test-only) key derivation and a movable clock."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from journal_app.core.domain.clock import ManualClock
from journal_app.core.vault.vault import Vault
from support import FAST_KDF, PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' clocks are fixed in UTC and their expected dates are written for it; dates are
# shown in local time, so a machine west of UTC-9 would see the day before.
os.environ["TZ"] = "UTC"
time.tzset()
# The same examples every run: a CI run fails on a defect, never on a newly drawn example.
settings.register_profile("ci", database=None, deadline=None, max_examples=100,
                          derandomize=True)
settings.load_profile("ci")

@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path, clock: ManualClock) -> Iterator[Vault]:
    created, _recovery = Vault.create(
        vault_dir, PASSPHRASE, practice_name="Samtalsmottagningen", kdf_policy=FAST_KDF,
        clock=clock,
    )
    yield created
    if not created.is_locked:
        created.lock()
