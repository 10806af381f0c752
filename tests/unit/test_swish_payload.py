"""The Swish QR code's text follows Swish's C2B format "C<payee>;<amount>;<message>;<lock>"
(QR-code API manual, section 6): digits of the Swish number, kronor with a decimal comma and two
decimals, the message URL-encoded, a lock mask. No QR decoder is available offline, so the
payload is checked here and the PDF tests check that its drawing is there."""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.messages import render
from journal_app.export.fonts import ExportError
from journal_app.export.swish import (
    LOCK_ALL,
    MESSAGE_LIMIT,
    swish_amount,
    swish_payee,
    swish_payload,
)


def parse(payload: str) -> tuple[str, int, str, int]:
    """The payload read back as the Swish app reads it: payee, öre, message, lock mask."""
    assert payload.startswith("C")
    payee, amount, message, lock = payload[1:].split(";")
    whole, decimals = amount.split(",")
    assert len(decimals) == 2
    return payee, int(whole) * 100 + int(decimals), unquote(message), int(lock)


def test_the_manuals_own_invoice_example_comes_out_exactly() -> None:
    """Swish's example: company 1237856901, an invoice of 100 SEK with OCR 12229445."""
    assert swish_payload("1237856901", 10_000, "12229445") == "C1237856901;100,00;12229445;0"


def test_the_swish_number_is_given_as_its_digits_however_it_was_typed() -> None:
    for typed in ("123 785 69 01", "123-785 69 01", "123\u00a0785\u00a069\u00a001", "1237856901"):
        assert swish_payee(typed) == "1237856901"


@pytest.mark.parametrize("typed", ["12345", "123 456 78 9X", "+46 70 123 45 67", "",
                                   "１２３４５６７８９０", "123 456 78 901"])
def test_anything_but_ten_digits_is_refused_with_a_message(typed: str) -> None:
    with pytest.raises(ExportError) as refused:
        swish_payee(typed)
    assert refused.value.code == "pdf.swish_number"
    assert "Swishnumret" in refused.value.render("sv")


def test_the_amount_has_a_decimal_comma_two_decimals_and_no_grouping() -> None:
    assert swish_amount(5) == "0,05"
    assert swish_amount(120_000) == "1200,00"
    assert swish_amount(123_456_789) == "1234567,89"
    assert swish_amount(0) == "0,00"


def test_a_negative_amount_is_never_put_in_a_code() -> None:
    with pytest.raises(ValueError, match="negative"):
        swish_amount(-1)


def test_the_message_is_url_encoded_so_it_can_never_split_the_fields() -> None:
    payload = swish_payload("1231181189", 100, "Faktura 2026/42; Åsa & co")
    assert payload == "C1231181189;1,00;Faktura%202026%2F42%3B%20%C3%85sa%20%26%20co;0"
    assert parse(payload)[2] == "Faktura 2026/42; Åsa & co"


def test_nothing_is_editable_unless_asked() -> None:
    assert LOCK_ALL == 0
    assert swish_payload("1231181189", 100, "1").endswith(";0")
    assert swish_payload("1231181189", 100, "1", lock_mask=6).endswith(";6")
    with pytest.raises(ValueError, match="three bits"):
        swish_payload("1231181189", 100, "1", lock_mask=8)


def test_a_message_longer_than_swish_allows_is_refused() -> None:
    swish_payload("1231181189", 100, "9" * MESSAGE_LIMIT)
    with pytest.raises(ExportError) as refused:
        swish_payload("1231181189", 100, "9" * (MESSAGE_LIMIT + 1))
    assert refused.value.code == "pdf.swish_message"
    assert str(MESSAGE_LIMIT) in render(refused.value.code, refused.value.fields, "en")


@given(st.from_regex(r"[0-9]{10}", fullmatch=True), st.integers(0, 10**12),
       st.text(max_size=MESSAGE_LIMIT))
def test_any_payload_reads_back_to_what_went_in(payee: str, ore: int, message: str) -> None:
    payload = swish_payload(payee, ore, message)
    assert payload.count(";") == 3
    assert parse(payload) == (payee, ore, message, 0)
