"""Validation and normalisation of Swedish identity numbers.

Handles personnummer, samordningsnummer and organisationsnummer. Pure
standard library so the CLI, the UI and the tests can all share it.
Error reasons are English; the stable ``code`` lets a UI translate them.

The rules (folkbokföringslagen 18 and 18 a §§, Skatteverket's SKV 704): the 10-digit form's
separator is '-' until the calendar year in which the person turns 100 and '+' from the first
day of that year, so the century of a 10-digit number follows from the calendar year it is
read in (the caller passes ``today`` from its Clock); the birth number (födelsenummer, digits
7-9) of a personnummer runs 001-999; the last digit is a Luhn check digit over the other nine.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "IdentityError",
    "IdentityKind",
    "IdentityNumber",
    "luhn_check_digit",
    "parse_identity",
]

_DIGITS = frozenset("0123456789")  # str.isdigit() would also accept e.g. "²" and "٣"
_SEPARATORS = frozenset("-+")
_SAMORDNING_OFFSET = 60  # Skatteverket adds 60 to the day of a samordningsnummer
_ORG_PREFIX = "16"  # 12-digit organisationsnummer are written with a "16" prefix
_EARLIEST_YEAR = 1800  # no living or recently deceased person was born earlier
# Folkbokföringslagen 18 §: the födelsenummer runs 001-999 (odd for men, even for women).
_NO_BIRTH_NUMBER = "000"
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class IdentityKind(StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"
    ORGANISATIONSNUMMER = "organisationsnummer"


@dataclass(frozen=True)
class IdentityNumber:
    """A validated number in one canonical spelling, safe to store and compare."""

    kind: IdentityKind
    # Persons: "YYYYMMDD-NNNN" (always 12 digits and '-', so it never depends on
    # the day it was read). Organisations: "NNNNNN-NNNN".
    normalised: str

    def __str__(self) -> str:
        return self.normalised


class IdentityError(ValueError):
    """An identity number was refused.

    ``str(error)`` is a plain-language reason in English; ``code`` is a short
    stable string ("length", "date", "checksum", ...) for translation.
    """

    code: str

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def luhn_check_digit(digits: str) -> int:
    """Return the Luhn (mod 10) check digit to append to ``digits``."""
    if not digits or not set(digits) <= _DIGITS:
        raise ValueError("luhn_check_digit needs a non-empty string of the digits 0-9.")
    total = 0
    # Walk from the right: the digit next to the check digit gets weight 2.
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value  # digit sum of 10..18
    return (10 - total % 10) % 10


def parse_identity(text: str, *, today: datetime.date) -> IdentityNumber:
    """Validate ``text`` and return it normalised, or raise IdentityError.

    ``today`` is explicit so that century inference is testable and never
    depends on the clock of whoever happens to run the code.
    """
    if isinstance(today, datetime.datetime):
        today = today.date()  # a datetime cannot be compared with a date
    stripped = text.strip()
    _check_characters(stripped)
    digits = "".join(char for char in stripped if char in _DIGITS)
    separator = "".join(char for char in stripped if char in _SEPARATORS)
    if len(separator) > 1:
        raise IdentityError("separator", "Only one '-' or '+' is allowed.")
    if len(digits) not in (10, 12):
        raise IdentityError(
            "length", f"A personnummer has 10 or 12 digits; this has {len(digits)}."
        )
    if separator and stripped.index(separator) != len(stripped) - 5:
        raise IdentityError(
            "separator", f"The '{separator}' must come just before the last four digits."
        )
    if len(digits) == 12:
        if separator == "+":
            # '+' only exists to disambiguate the century of the 10-digit form.
            raise IdentityError(
                "separator", "A '+' is only used with 10 digits; with 12 digits write '-'."
            )
        if digits.startswith(_ORG_PREFIX):
            return _organisation(digits[2:], separator)
    elif digits[2] not in "01":
        # Month position 20 or more cannot be a date: organisationsnummer.
        return _organisation(digits, separator)
    return _person(digits, separator, today)


def _check_characters(text: str) -> None:
    for char in text:
        if char in _DIGITS or char in _SEPARATORS:
            continue
        if char.isspace():
            raise IdentityError("characters", "Spaces are not allowed inside the number.")
        raise IdentityError(
            "characters", f"Only digits and one '-' or '+' are allowed; {char!r} is not."
        )


def _organisation(digits: str, separator: str) -> IdentityNumber:
    if separator == "+":
        raise IdentityError("separator", "An organisationsnummer is written with '-', not '+'.")
    if digits[2] in "01":
        # Only reachable with the "16" prefix; unprefixed ones are read as dates.
        raise IdentityError(
            "orgnr_third_digit",
            f"The third digit of an organisationsnummer must be 2 or higher; this has {digits[2]}.",
        )
    _check_luhn(digits)
    return IdentityNumber(IdentityKind.ORGANISATIONSNUMMER, f"{digits[:6]}-{digits[6:]}")


def _person(digits: str, separator: str, today: datetime.date) -> IdentityNumber:
    short = digits[-10:]
    month, written_day = int(short[2:4]), int(short[4:6])
    kind = IdentityKind.PERSONNUMMER
    day = written_day
    if written_day > _SAMORDNING_OFFSET:
        kind = IdentityKind.SAMORDNINGSNUMMER
        day = written_day - _SAMORDNING_OFFSET
    _check_month_and_day(month, written_day)
    if len(digits) == 12:
        year = int(digits[:4])
        if year < _EARLIEST_YEAR:
            raise IdentityError(
                "century",
                "A 12-digit number must start with 18, 19 or 20 for a person "
                f"(or 16 for an organisation); this starts with {digits[:2]}.",
            )
    else:
        year = _infer_year(int(short[:2]), today, centenarian=separator == "+")
        if year < _EARLIEST_YEAR:
            raise IdentityError("century", f"The birth year would be {year}, which is too early.")
    birth = _make_date(year, month, day, written_day)
    if birth > today:
        raise IdentityError("future", f"The birth date {birth.isoformat()} is in the future.")
    if kind is IdentityKind.PERSONNUMMER and short[6:9] == _NO_BIRTH_NUMBER:
        raise IdentityError(
            "birth_number", "The birth number (the three digits after the date) runs 001-999; "
                            "000 is never given.")
    _check_luhn(short)
    # Keep the written (+60) day so a samordningsnummer stays recognisable.
    return IdentityNumber(kind, f"{year:04d}{short[2:6]}-{short[6:]}")


def _check_month_and_day(month: int, written_day: int) -> None:
    if not 1 <= month <= 12:
        raise IdentityError("date", f"There is no month {month:02d}.")
    if written_day == 0:
        raise IdentityError("date", "There is no day 00.")
    if 31 < written_day <= _SAMORDNING_OFFSET:
        raise IdentityError(
            "date", f"There is no day {written_day}; a samordningsnummer uses days 61-91."
        )
    if written_day > _SAMORDNING_OFFSET + 31:
        raise IdentityError(
            "date",
            f"There is no day {written_day}, not even in a samordningsnummer (days 61-91).",
        )


def _infer_year(yy: int, today: datetime.date, *, centenarian: bool) -> int:
    """The birth year of a 10-digit number, by folkbokföringslagen 18 §.

    The separator changes from '-' to '+' from the start of the calendar year in which the
    person turns 100, so the century follows from the reading date's calendar year alone:
    with '-' (or none) the year is the one ending in ``yy`` among the last 100 years up to and
    including this one; with '+' it is the one among the 100 years before those. A '-' whose
    year is this year and whose day has not come yet is a date in the future (refused by the
    caller), never a person born 100 years earlier, who would be written with '+'.
    """
    latest = today.year - 100 if centenarian else today.year
    return latest - (latest - yy) % 100


def _make_date(year: int, month: int, day: int, written_day: int) -> datetime.date:
    if day > calendar.monthrange(year, month)[1]:
        if month == 2 and day == 29:
            reason = f"There is no 29 February in {year}; it is not a leap year."
        else:
            reason = f"There is no {day} {_MONTHS[month - 1]}."
        if written_day != day:
            reason += f" (In a samordningsnummer, day {written_day} means day {day}.)"
        raise IdentityError("date", reason)
    return datetime.date(year, month, day)


def _check_luhn(ten_digits: str) -> None:
    expected = luhn_check_digit(ten_digits[:9])
    if int(ten_digits[9]) != expected:
        raise IdentityError(
            "checksum",
            f"The check digit is wrong: the last digit should be {expected}, not {ten_digits[9]}.",
        )
