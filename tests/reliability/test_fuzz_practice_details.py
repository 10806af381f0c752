"""Hypothesis fuzzing of the practice's details (what `journal-app practice --set` and the
settings take): every value is stored exactly as typed or refused with a message naming its
field, and a refused value changes nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from _support import count, new_vault
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.errors import InvalidInput
from journal_app.core.storage.practice import FIELDS
from journal_app.core.vault.vault import Vault

FIXTURE_OK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture],
                      max_examples=300)
VALUES = st.text(st.characters(codec="utf-8"), max_size=60) | st.sampled_from([
    "5050-1055", "50501055", "5050-1056", "556677-8899", "SE556677889901", "SE55667788990",
    "1231234567", "123 123 45 67", "yes", "NEJ", "30", "366", "0", "1001", "1510", "0999",
    "vat_25", "exempt_health_care", "Storgatan 1\nSmåstad", "\x00", "\u202e", "",
])


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _ = new_vault(tmp_path_factory.mktemp("fuzz-practice") / "vault")
    yield vault
    vault.lock()


@FIXTURE_OK
@given(field=st.sampled_from(FIELDS) | st.text(max_size=20), value=VALUES)
def test_a_practice_value_is_stored_as_typed_or_refused_naming_its_field(
        shared: Vault, field: str, value: str) -> None:
    journal = shared.journal
    before = journal.practice()
    try:
        after = journal.update_practice({field: value}).practice
    except InvalidInput as exc:
        count("practice values refused")
        assert exc.field is not None and exc.field.startswith("practice")
        assert journal.practice() == before
        return
    count("practice values stored")
    assert field in FIELDS
    name = field.removeprefix("account_")
    stored = getattr(after.accounts, name) if field.startswith("account_") else \
        getattr(after, field)
    if isinstance(stored, bool):
        assert stored == (value.lower() in {"yes", "true", "1", "ja"})
    elif isinstance(stored, int):
        assert stored == int(value)
    else:
        assert str(stored) == value  # as typed, never trimmed or changed
