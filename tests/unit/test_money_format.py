"""Money, VAT rates, quantities and dates on the invoice PDFs come from Babel: Swedish
`1 200,00 kr` with no-break spaces, English `SEK 1,200.00`, ISO dates, exact to the öre."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.core.errors import InvalidInput
from journal_app.export import money
from journal_app.export.fonts import register_fonts
from journal_app.export.labels import iso_date

NBSP = "\u00a0"
AMOUNTS = st.integers(min_value=-(10**15), max_value=10**15)


def test_swedish_amounts_read_as_in_sweden_with_no_break_spaces() -> None:
    assert money.money(120_000, "sv") == f"1{NBSP}200,00{NBSP}kr"
    assert money.money(123_456_789, "sv") == f"1{NBSP}234{NBSP}567,89{NBSP}kr"
    assert money.money(5, "sv") == f"0,05{NBSP}kr"


def test_english_amounts_carry_the_currency_code_first() -> None:
    assert money.money(120_000, "en") == f"SEK{NBSP}1,200.00"
    assert money.money(123_456_789, "en") == f"SEK{NBSP}1,234,567.89"


def test_a_credit_keeps_its_minus_sign_in_both_languages() -> None:
    assert money.money(-120_000, "sv").startswith("-1")
    assert money.money(-120_000, "en").startswith("-SEK")
    assert money.money(120_000, "sv")[0].isdigit()


@given(AMOUNTS, st.sampled_from(["sv", "en"]))
def test_every_ore_of_any_amount_is_printed_exactly(ore: int, language: str) -> None:
    """No float on the way: the digits printed are the öre given, whatever their size."""
    printed = money.money(ore, language)
    digits = re.sub(r"\D", "", printed)
    assert digits == f"{abs(ore):03d}"
    assert printed.startswith("-") == (ore < 0)


@given(AMOUNTS)
def test_kronor_are_exact_decimals(ore: int) -> None:
    amount = money.kronor(ore)
    assert isinstance(amount, Decimal)
    assert amount * 100 == ore
    assert amount.as_tuple().exponent == -2


def test_an_amount_never_breaks_across_lines() -> None:
    """Babel's separators inside an amount are no-break spaces (ReportLab keeps them together)."""
    for language in ("sv", "en"):
        assert " " not in money.money(987_654_321, language)


def test_every_character_of_a_formatted_figure_is_in_the_embedded_font() -> None:
    coverage = register_fonts()
    printed = [money.money(-123_456_789, lang) + money.vat_rate(25, lang)
               + money.quantity(12_345, lang) + money.date(dt.date(2026, 12, 4), lang)
               for lang in ("sv", "en")]
    assert set("".join(printed)) <= coverage
    assert "\u0378" not in coverage  # the check can fail: an unassigned code point is not drawn


def test_vat_rates_are_percentages_in_each_language() -> None:
    assert money.vat_rate(25, "sv") == f"25{NBSP}%"
    assert money.vat_rate(0, "sv") == f"0{NBSP}%"
    assert money.vat_rate(6, "en") == "6%"


def test_quantities_are_grouped_as_the_language_groups() -> None:
    assert money.quantity(1, "sv") == "1"
    assert money.quantity(1000, "sv") == f"1{NBSP}000"
    assert money.quantity(1000, "en") == "1,000"


@given(st.dates(min_value=dt.date(1000, 1, 1)), st.sampled_from(["sv", "en"]))
def test_dates_are_iso_as_everywhere_in_the_app(day: dt.date, language: str) -> None:
    assert money.date(day, language) == iso_date(day) == day.isoformat()


@pytest.mark.parametrize("call", [lambda: money.money(1, "de"), lambda: money.vat_rate(25, "fr"),
                                  lambda: money.date(dt.date(2026, 1, 1), "")])
def test_a_language_the_pdfs_do_not_speak_is_refused(call: object) -> None:
    with pytest.raises(InvalidInput) as refused:
        call()  # type: ignore[operator]
    assert refused.value.code == "pdf.language"
