"""Fuzzing the import: whatever a file holds, import either works or says why (an
InvalidInput with a message), and a refused file adds no client."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.domain.clock import ManualClock
from journal_app.core.domain.models import SessionStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.vault.vault import Vault
from journal_app.export.interchange import import_document, load_document
from support import FAST_KDF, PASSPHRASE

scalars = st.none() | st.booleans() | st.integers(-5, 2000) | st.floats(allow_nan=False) | \
    st.text(max_size=12) | st.sampled_from(
        ["held", "planned", "2026-01-12T10:00", "2026-01-10", "2026-01-12T10:00:00+00:00",
         "19121212-1212", "a@b", "", " ", "\n", "x" * 300])
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20)


def usually(good: Any) -> Any:
    """Mostly a sound value, sometimes anything: so the fuzzer gets deep into the file."""
    return st.integers(0, 9).flatmap(lambda n: scalars if n == 9 else good)


stamps = st.sampled_from(["2026-01-12T09:00:00+00:00", "2026-01-12T10:00:00Z",
                          "2026-02-01T08:30:00+01:00"])
ids = usually(st.uuids().map(lambda u: u.hex))
names = usually(st.sampled_from(["Anna", "Åsa Öberg 🌷", "Paket 5"]))
texts = usually(st.sampled_from(["Text", "", " ", "Rad\r\nrad", "å 🌷\t"]))
revisions_st = st.fixed_dictionaries(
    {"revision": usually(st.integers(1, 2)), "body": usually(texts), "saved_at": usually(stamps)},
    optional={"signed_at": usually(stamps), "superseded_at": usually(stamps)})
sessions_st = st.fixed_dictionaries(
    {"start": usually(st.sampled_from(["2026-01-12T10:00", "2026-01-19T10:00:30"])),
     "status": usually(st.sampled_from([s.value for s in SessionStatus]))},
    optional={"note": usually(texts), "signed": usually(st.booleans()),
              "created_at": usually(stamps),
              "revisions": usually(st.lists(revisions_st, min_size=1, max_size=2))})
packages_st = st.fixed_dictionaries(
    {"name": names, "sessions_total": usually(st.integers(1, 4)),
     "purchased": usually(st.sampled_from(["2026-01-10", "2025-12-31"]))},
    optional={"price_ore": usually(st.integers(0, 10**6)),
              "completed_at": usually(stamps), "erase_postponed_at": usually(stamps),
              "sessions": usually(st.lists(sessions_st, max_size=4))})
clients_st = st.fixed_dictionaries(
    {"name": names},
    optional={"id": usually(ids), "email": usually(st.sampled_from(["a@b.se", ""])),
              "personnummer": usually(st.sampled_from(["19121212-1212", "121212-1212",
                                                       "19810161-6004", "556036-0793"])),
              "address": usually(texts), "archived_at": usually(stamps),
              "packages": usually(st.lists(packages_st, max_size=3))})
documents = st.fixed_dictionaries(
    {"format": usually(st.just("journal-app/1")),
     "clients": usually(st.lists(clients_st, max_size=3))},
    optional={"settings": st.fixed_dictionaries({}, optional={
        "retention_policy": usually(st.sampled_from(["pdl", "erase_on_completion"])),
        "late_cancellation_counts": usually(st.booleans()),
        "idle_lock_minutes": usually(st.integers(1, 240))})},
)
documents = usually(documents)


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory: pytest.TempPathFactory) -> Any:
    clock = ManualClock(dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))
    created, _ = Vault.create(tmp_path_factory.mktemp("fuzz") / "vault", PASSPHRASE,
                              kdf_policy=FAST_KDF, clock=clock)
    yield created
    created.lock()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(document=documents)
def test_any_document_imports_or_is_refused_with_a_reason(fuzz_vault: Vault, document: Any) -> None:
    before = len(fuzz_vault.journal.clients.all())
    try:
        counts = import_document(fuzz_vault.journal, copy.deepcopy(document))
    except InvalidInput as exc:
        assert str(exc).strip()
        assert len(fuzz_vault.journal.clients.all()) == before
    else:
        assert len(fuzz_vault.journal.clients.all()) == before + counts.clients


@given(data=st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_parse_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        load_document(data)
    except InvalidInput as exc:
        assert str(exc).strip()


@settings(max_examples=200)
@given(sessions=st.lists(sessions_st, max_size=4), late=st.booleans())
def test_any_sessions_import_or_are_refused_with_a_reason(
    fuzz_vault: Vault, sessions: list[Any], late: bool
) -> None:
    """The same property, aimed deeper: a sound client and package around fuzzed sessions."""
    fuzz_vault.journal.settings.update(late_cancellation_counts=late)
    document = {"format": "journal-app/1", "clients": [{"name": "A", "packages": [
        {"name": "P", "sessions_total": 3, "purchased": "2026-01-01", "sessions": sessions}]}]}
    try:
        counts = import_document(fuzz_vault.journal, document)
    except InvalidInput as exc:
        assert str(exc).strip()
    else:
        assert counts.sessions == len(sessions)
