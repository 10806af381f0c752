"""Tests for journal_app.core.domain.identity (Swedish identity numbers)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from journal_app.core.domain.identity import (
    IdentityError,
    IdentityKind,
    IdentityNumber,
    luhn_check_digit,
    parse_identity,
)

TODAY = datetime.date(2025, 6, 1)
PERSON = IdentityKind.PERSONNUMMER
SAMORDNING = IdentityKind.SAMORDNINGSNUMMER
ORG = IdentityKind.ORGANISATIONSNUMMER
# str.isdigit() accepts these, but they are not valid in an identity number.
FULL_WIDTH_DIGITS = str.maketrans("0123456789", "".join(chr(0xFF10 + i) for i in range(10)))


def reference_check_digit(payload: str) -> int:
    """Independent Luhn for 9-digit payloads: weights 2,1,2,... from the left."""
    total = 0
    for index, char in enumerate(payload):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


# Check digits worked out by hand (digit sums of the weighted products).
HAND_TABLE = [
    ("121212121", 2),  # 2+2+2+2+2+2+2+2+2 = 18  -> Skatteverket 19121212-1212
    ("900101980", 2),  # 9+0+0+1+0+1+9+8+0 = 28  -> 18900101-9802
    ("811218987", 6),  # 7+1+2+2+2+8+9+8+5 = 44  -> 19811218-9876
    ("701063239", 1),  # 5+0+2+0+3+3+4+3+9 = 29  -> samordningsnummer 701063-2391
    ("556036079", 3),  # 1+5+3+0+6+6+0+7+9 = 37  -> 556036-0793
    ("556012579", 0),  # 1+5+3+0+2+2+1+7+9 = 30  -> 556012-5790 (AB Volvo)
    ("000229123", 5),  # 0+0+0+2+4+9+2+2+6 = 25  -> 20000229-1235
    ("300101123", 2),  # 6+0+0+1+0+1+2+2+6 = 18  -> 20300101-1232
    ("800230123", 5),  # 7+0+0+2+6+0+2+2+6 = 25  -> 800230-1235
    ("800290123", 2),  # 7+0+0+2+9+0+2+2+6 = 28  -> 800290-1232
    ("801301123", 7),  # 7+0+2+3+0+1+2+2+6 = 23  -> 801301-1237
    ("250601123", 4),  # 4+5+0+6+0+1+2+2+6 = 26  -> 250601-1234
    ("250602123", 3),  # 4+5+0+6+0+2+2+2+6 = 27  -> 250602-1233
]


@pytest.mark.parametrize(("payload", "check"), HAND_TABLE)
def test_check_digits_match_hand_table(payload: str, check: int) -> None:
    assert reference_check_digit(payload) == check
    assert luhn_check_digit(payload) == check


@pytest.mark.parametrize("bad", ["", "12a", "123".translate(FULL_WIDTH_DIGITS)])
def test_luhn_rejects_non_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        luhn_check_digit(bad)


@pytest.mark.parametrize(
    ("text", "kind", "normalised"),
    [
        ("19121212-1212", PERSON, "19121212-1212"),
        ("191212121212", PERSON, "19121212-1212"),
        ("19811218-9876", PERSON, "19811218-9876"),
        ("189001019802", PERSON, "18900101-9802"),
        ("121212-1212", PERSON, "20121212-1212"),  # '-' => under 100
        ("1212121212", PERSON, "20121212-1212"),  # no separator behaves like '-'
        ("121212+1212", PERSON, "19121212-1212"),  # '+' => 100 or older
        ("900101+9802", PERSON, "18900101-9802"),
        ("811218-9876", PERSON, "19811218-9876"),
        ("701063-2391", SAMORDNING, "19701063-2391"),
        ("19701063-2391", SAMORDNING, "19701063-2391"),
        ("556036-0793", ORG, "556036-0793"),
        ("5560360793", ORG, "556036-0793"),
        ("16556036-0793", ORG, "556036-0793"),
        ("165560360793", ORG, "556036-0793"),
        ("556012-5790", ORG, "556012-5790"),
        ("  19121212-1212\n", PERSON, "19121212-1212"),
        ("\t556036-0793 ", ORG, "556036-0793"),
    ],
)
def test_valid_numbers(text: str, kind: IdentityKind, normalised: str) -> None:
    result = parse_identity(text, today=TODAY)
    assert result == IdentityNumber(kind, normalised)
    assert str(result) == normalised


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("250601-1234", "20250601-1234"),  # born today
        ("250602-1233", "19250602-1233"),  # tomorrow would be future => 99 years old
        ("250601+1234", "19250601-1234"),  # exactly 100 today
        ("250602+1233", "18250602-1233"),  # not yet 100 in 1925 => previous century
    ],
)
def test_century_inference_at_birthday_edges(text: str, normalised: str) -> None:
    assert parse_identity(text, today=TODAY).normalised == normalised


def test_leap_day_2000_accepted_in_both_forms() -> None:
    assert parse_identity("20000229-1235", today=TODAY).normalised == "20000229-1235"
    assert parse_identity("000229-1235", today=TODAY).normalised == "20000229-1235"


def test_leap_day_1900_refused() -> None:
    with pytest.raises(IdentityError) as info:
        parse_identity("19000229-1235", today=TODAY)
    assert info.value.code == "date"
    assert "29 February in 1900" in str(info.value)


def _error(text: str, today: datetime.date = TODAY) -> IdentityError:
    with pytest.raises(IdentityError) as info:
        parse_identity(text, today=today)
    return info.value


def test_wrong_check_digit_message() -> None:
    error = _error("19121212-1213")
    assert error.code == "checksum"
    assert str(error) == "The check digit is wrong: the last digit should be 2, not 3."


def test_wrong_orgnr_check_digit() -> None:
    error = _error("556036-0794")
    assert error.code == "checksum"
    assert str(error) == "The check digit is wrong: the last digit should be 3, not 4."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("800230-1235", "There is no 30 February."),
        ("801301-1237", "There is no month 13."),
        ("800290-1232", "There is no 30 February. (In a samordningsnummer, day 90 means day 30.)"),
    ],
)
def test_impossible_dates(text: str, message: str) -> None:
    error = _error(text)
    assert error.code == "date"
    assert str(error) == message


@pytest.mark.parametrize("text", ["19800100-1234", "19800145-1234", "19800195-1234"])
def test_impossible_days(text: str) -> None:
    assert _error(text).code == "date"


def test_future_date_refused() -> None:
    error = _error("20300101-1232")
    assert error.code == "future"
    assert "2030-01-01" in str(error)
    # The same number is fine once the date has passed.
    assert parse_identity("20300101-1232", today=datetime.date(2030, 1, 1)).kind is PERSON


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("19121212-12A2", "characters"),
        ("1912 1212-1212", "characters"),
        ("19121212/1212", "characters"),
        ("19121212-1212".translate(FULL_WIDTH_DIGITS), "characters"),
        ("19121212--1212", "separator"),
        ("1912-12121212", "separator"),
        ("19121212+1212", "separator"),  # '+' belongs to the 10-digit form
        ("556036+0793", "separator"),
        ("17121212-1212", "century"),
        ("16121212-1212", "orgnr_third_digit"),
    ],
)
def test_refused_forms(text: str, code: str) -> None:
    assert _error(text).code == code


def test_letter_is_named_in_message() -> None:
    assert "'A'" in str(_error("19121212-12A2"))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   ", 0),
        ("12345678", 8),
        ("121212-121", 9),
        ("12121212121", 11),
        ("1912121212123", 13),
    ],
)
def test_wrong_lengths(text: str, count: int) -> None:
    error = _error(text)
    assert error.code == "length"
    assert str(error) == f"A personnummer has 10 or 12 digits; this has {count}."


def test_error_is_value_error_with_code() -> None:
    error = _error("12345")
    assert isinstance(error, ValueError)
    assert error.code == "length"


def test_datetime_today_is_accepted() -> None:
    now = datetime.datetime(2025, 6, 1, 12, 0)
    assert parse_identity("121212-1212", today=now).normalised == "20121212-1212"


# --- property tests -------------------------------------------------------

TODAYS = st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2099, 12, 31))


@given(text=st.text(), today=st.dates())
def test_any_text_either_parses_or_raises_identity_error(text: str, today: datetime.date) -> None:
    try:
        result = parse_identity(text, today=today)
    except IdentityError as error:
        assert error.code and str(error)
    else:
        assert isinstance(result, IdentityNumber)


@given(text=st.text(alphabet="0123456789-+ \t", max_size=16), today=st.dates())
def test_number_like_text_either_parses_or_raises_identity_error(
    text: str, today: datetime.date
) -> None:
    try:
        result = parse_identity(text, today=today)
    except IdentityError:
        return
    assert parse_identity(result.normalised, today=today) == result


def _age(birth: datetime.date, today: datetime.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


@st.composite
def valid_person(draw: st.DrawFn) -> tuple[str, str, datetime.date]:
    today = draw(TODAYS)
    birth = draw(st.dates(min_value=datetime.date(1800, 1, 1), max_value=today))
    samordning = draw(st.booleans())
    day = birth.day + (60 if samordning else 0)
    serial = draw(st.integers(min_value=0, max_value=999))
    payload = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}{serial:03d}"
    tail = f"{serial:03d}{reference_check_digit(payload)}"
    normalised = f"{birth.year:04d}{birth.month:02d}{day:02d}-{tail}"
    style = draw(st.sampled_from(["12-", "12", "10sep", "10"]))
    if style.startswith("10"):
        age = _age(birth, today)
        assume(age < 200)  # the 10-digit form can only express two centuries
        if style == "10":
            assume(age < 100)  # a bare 10-digit number means under 100
        separator = "+" if age >= 100 else "-"
        text = payload[:6] + (separator if style == "10sep" else "") + tail
    else:
        text = normalised if style == "12-" else normalised.replace("-", "")
    return text, normalised, today


@given(case=valid_person())
def test_generated_persons_parse_and_round_trip(
    case: tuple[str, str, datetime.date],
) -> None:
    text, normalised, today = case
    first = parse_identity(text, today=today)
    assert first.normalised == normalised
    assert parse_identity(str(first), today=today) == first


@given(
    head=st.text(alphabet="0123456789", min_size=2, max_size=2),
    third=st.sampled_from("23456789"),
    rest=st.text(alphabet="0123456789", min_size=6, max_size=6),
    prefixed=st.booleans(),
    today=TODAYS,
)
def test_generated_orgnr_parse_and_round_trip(
    head: str, third: str, rest: str, prefixed: bool, today: datetime.date
) -> None:
    payload = head + third + rest
    ten = payload + str(reference_check_digit(payload))
    text = ("16" if prefixed else "") + ten[:6] + "-" + ten[6:]
    first = parse_identity(text, today=today)
    assert first == IdentityNumber(ORG, f"{ten[:6]}-{ten[6:]}")
    assert parse_identity(str(first), today=today) == first
