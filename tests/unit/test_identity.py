"""Tests for journal_app.core.domain.identity (Swedish identity numbers)."""

from __future__ import annotations

import calendar
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
        # Folkbokföringslagen 18 §: '+' from the start of the calendar year the person turns
        # 100. The century follows from the calendar year of reading, not from the birthday.
        ("250601-1234", "20250601-1234"),  # born today
        ("250601+1234", "19250601-1234"),  # turns 100 this year (today, in fact)
        ("250602+1233", "19250602-1233"),  # turns 100 tomorrow: already '+' since 1 January
        ("260101+1238", "18260101-1238"),  # '+' read in 2025: born 1826-1925, so 1826
        ("260101-1238", "19260101-1238"),  # '-' read in 2025: born 1926-2025, so 1926
    ],
)
def test_century_by_calendar_year(text: str, normalised: str) -> None:
    assert parse_identity(text, today=TODAY).normalised == normalised


def test_the_two_findings_of_issue_15() -> None:
    """`261205+4425` read on 2026-12-04 is a person born in 1926 (turns 100 this year, so '+'
    since 1 January); `261205-4425` read then would be born tomorrow, and is refused."""
    reading = datetime.date(2026, 12, 4)
    assert parse_identity("261205+4425", today=reading).normalised == "19261205-4425"
    error = _error("261205-4425", reading)
    assert error.code == "future"
    assert "2026-12-05" in str(error)
    # The day after, the '-' form is a newborn.
    assert parse_identity("261205-4425", today=datetime.date(2026, 12, 5)).normalised == (
        "20261205-4425")


@pytest.mark.parametrize("text", ["150916-0006", "1509160006", "20150916-0006", "201509160006"])
def test_birth_number_000_is_refused_in_every_form(text: str) -> None:
    error = _error(text)
    assert error.code == "birth_number"
    assert "001-999" in str(error)


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


def _years(birth: datetime.date, today: datetime.date) -> int:
    """The age the person reaches in today's calendar year: what the separator follows."""
    return today.year - birth.year


@st.composite
def valid_person(draw: st.DrawFn) -> tuple[str, str, datetime.date]:
    today = draw(TODAYS)
    birth = draw(st.dates(min_value=datetime.date(1800, 1, 1), max_value=today))
    samordning = draw(st.booleans())
    day = birth.day + (60 if samordning else 0)
    serial = draw(st.integers(min_value=0 if samordning else 1, max_value=999))
    payload = f"{birth.year % 100:02d}{birth.month:02d}{day:02d}{serial:03d}"
    tail = f"{serial:03d}{reference_check_digit(payload)}"
    normalised = f"{birth.year:04d}{birth.month:02d}{day:02d}-{tail}"
    style = draw(st.sampled_from(["12-", "12", "10sep", "10"]))
    if style.startswith("10"):
        years = _years(birth, today)
        assume(years < 200)  # the 10-digit form can only express two centuries
        if style == "10":
            assume(years < 100)  # a bare 10-digit number is read as '-'
        separator = "+" if years >= 100 else "-"
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


def _ten_digits(birth: datetime.date, serial: int, separator: str) -> str:
    payload = f"{birth:%y%m%d}{serial:03d}"
    return f"{payload[:6]}{separator}{serial:03d}{reference_check_digit(payload)}"


@given(birth=st.dates(min_value=datetime.date(1850, 1, 1)), today=TODAYS,
       serial=st.integers(1, 999), separator=st.sampled_from("-+"))
def test_the_separator_places_the_year_in_its_hundred_calendar_years(
    birth: datetime.date, today: datetime.date, serial: int, separator: str
) -> None:
    """The rule itself: '-' means born in the 100 calendar years ending with this one, '+' in
    the 100 before; a parsed number is never born after the reading date."""
    text = _ten_digits(birth, serial, separator)
    latest = today.year - (100 if separator == "+" else 0)
    year = latest - (latest - birth.year % 100) % 100  # the rule, as an oracle
    assert latest - 99 <= year <= latest and year % 100 == birth.year % 100
    expected: str | None = None
    if year < 1800:
        code = "century"
    elif (birth.month, birth.day) == (2, 29) and not calendar.isleap(year):
        code = "date"
    elif datetime.date(year, birth.month, birth.day) > today:
        code = "future"
    else:
        code, expected = "", f"{year}{text[2:6]}-{text[7:]}"
    if expected is None:
        assert _error(text, today).code == code
    else:
        assert parse_identity(text, today=today).normalised == expected


@given(birth=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)),
       first=st.integers(1, 365), second=st.integers(1, 365), serial=st.integers(1, 999),
       separator=st.sampled_from("-+"))
def test_the_century_depends_on_the_calendar_year_alone(
    birth: datetime.date, first: int, second: int, serial: int, separator: str
) -> None:
    """Two readings in the same calendar year agree, unless one of them is before the birthday
    of a number that would then be in the future."""
    year = 2060
    text = _ten_digits(birth, serial, separator)
    days = [datetime.date(year, 1, 1) + datetime.timedelta(days=n - 1) for n in (first, second)]
    results = set()
    for today in days:
        try:
            results.add(parse_identity(text, today=today).normalised)
        except IdentityError as error:
            assert error.code in ("future", "date")
    assert len(results) <= 1


@given(birth=st.dates(min_value=datetime.date(1900, 1, 1), max_value=TODAY),
       form=st.sampled_from(["10", "10-", "12", "12-"]))
def test_birth_number_000_is_always_refused(birth: datetime.date, form: str) -> None:
    payload = f"{birth:%y%m%d}000"
    ten = payload + str(reference_check_digit(payload))
    text = {"10": ten, "10-": f"{ten[:6]}-{ten[6:]}", "12": f"{birth.year // 100}{ten}",
            "12-": f"{birth.year // 100}{ten[:6]}-{ten[6:]}"}[form]
    if form.startswith("10") and TODAY.year - birth.year >= 100:
        text = text.replace("-", "+") if "-" in text else f"{ten[:6]}+{ten[6:]}"
    assert _error(text).code == "birth_number"


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
