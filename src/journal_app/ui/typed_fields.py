"""Reading what a person typed into a plain text field: taken as typed, or refused with a
sentence that names the field and says why. Nothing is guessed, clamped or corrected.

Spin boxes and date editors were given up for these fields because Qt mends what they hold
as keys arrive: "99999" became 999, "2031-02-31 25:99" became 2026-02-03 12:59, 1899-01-01
became 2026-01-01, each without a word (a trial in a real window)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QLineEdit

DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
_SPACES = re.compile(r"[\s\u00a0\u202f]+")
# %1 the field's name, %2 what was typed; %3 and %4 as each sentence says.
EMPTY_COUNT = QT_TRANSLATE_NOOP("TypedFields", "%1: write a whole number from %3 to %4.")
NOT_A_COUNT = QT_TRANSLATE_NOOP(
    "TypedFields", "%1: “%2” is not a whole number; write one from %3 to %4.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("TypedFields", "%1: %2 is not between %3 and %4.")
NOT_A_DATE = QT_TRANSLATE_NOOP("TypedFields", "%1: “%2” is not a date; write it like %3.")
NOT_A_DATETIME = QT_TRANSLATE_NOOP(
    "TypedFields", "%1: “%2” is not a date and time; write it like %3.")
NOT_AN_AMOUNT = QT_TRANSLATE_NOOP("TypedFields", "%1: “%2” is not an amount; write it like %3.")
NOT_ORE = QT_TRANSLATE_NOOP(
    "TypedFields",
    "%1: “%2” is not an amount in kronor and öre (at most two decimals, not below zero).")
TOO_MUCH = QT_TRANSLATE_NOOP("TypedFields", "%1: %2 is more than %3 kr.")


class FieldRefused(ValueError):
    """A typed value that cannot be taken: `field` is the line edit, `message` says why."""

    def __init__(self, field: QLineEdit, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def _tr(text: str) -> str:
    return QCoreApplication.translate("TypedFields", text)


def _refuse(field: QLineEdit, label: str, template: str, **values: str) -> FieldRefused:
    text = _tr(template).replace("%1", label).replace("%2", field.text().strip())
    for key, value in values.items():
        text = text.replace(key, value)
    return FieldRefused(field, text)


def read_count(field: QLineEdit, label: str, lowest: int, highest: int) -> int:
    """A whole number from `lowest` to `highest`, digits only."""
    text = field.text().strip()
    if not text:
        raise _refuse(field, label, EMPTY_COUNT,
                      **{"%3": str(lowest), "%4": str(highest)})
    if not text.isascii() or not text.isdigit():
        raise _refuse(field, label, NOT_A_COUNT,
                      **{"%3": str(lowest), "%4": str(highest)})
    value = int(text)
    if not lowest <= value <= highest:
        raise _refuse(field, label, OUT_OF_RANGE,
                      **{"%3": str(lowest), "%4": str(highest)})
    return value


def read_date(field: QLineEdit, label: str) -> dt.date:
    """A date written year-month-day, 2026-12-04: the one form read the same everywhere."""
    try:
        return dt.datetime.strptime(field.text().strip(), DATE_FORMAT).date()
    except ValueError:
        raise _refuse(field, label, NOT_A_DATE,
                      **{"%3": "2026-12-04"}) from None


def read_datetime(field: QLineEdit, label: str) -> dt.datetime:
    """A date and a 24-hour time, 2026-12-04 14:30."""
    try:
        return dt.datetime.strptime(_SPACES.sub(" ", field.text().strip()), DATETIME_FORMAT)
    except ValueError:
        raise _refuse(field, label, NOT_A_DATETIME,
                      **{"%3": "2026-12-04 14:30"}) from None


def read_amount_ore(field: QLineEdit, label: str, highest_kronor: int) -> int | None:
    """An amount in kronor with at most two decimals, in the app's number format (QLocale),
    as öre; an empty field is "not recorded" (None), 0 is zero."""
    text = _SPACES.sub("", field.text().strip())
    if text.lower().endswith("kr"):
        text = text[:-2]
    if not text:
        return None
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    value, ok = locale.toDouble(text)
    if not ok:
        raise _refuse(field, label, NOT_AN_AMOUNT,
                      **{"%3": format_amount_ore(120050)})
    # Six decimals of the double say exactly what was typed (at most ten million kronor),
    # so 1200,5 is 120050 öre and 1200,505 is refused, never rounded.
    ore = Decimal(f"{value:.6f}") * 100
    if value < 0 or ore != ore.to_integral_value():
        raise _refuse(field, label, NOT_ORE)
    if value > highest_kronor:
        raise _refuse(field, label, TOO_MUCH,
                      **{"%3": locale.toString(highest_kronor)})
    return int(ore)


def format_amount_ore(ore: int) -> str:
    """How a stored amount is written back into its field: the locale's decimal sign, no
    group separator, so it reads back exactly as it was."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(ore / 100, "f", 2)


def format_date_field(day: dt.date) -> str:
    return day.strftime(DATE_FORMAT)


def format_datetime_field(moment: dt.datetime) -> str:
    return moment.strftime(DATETIME_FORMAT)


def read_required_amount_ore(field: QLineEdit, label: str, highest_kronor: int) -> int:
    """An amount that must be given (a price charged): empty is refused like a wrong one."""
    ore = read_amount_ore(field, label, highest_kronor)
    if ore is None:
        raise _refuse(field, label, NOT_AN_AMOUNT, **{"%3": format_amount_ore(120050)})
    return ore
