"""Money, VAT rates, quantities and dates as the invoice PDFs print them, through Babel (CLDR).

Amounts are whole öre, turned into an exact Decimal of kronor (never a float) before Babel
formats them. Swedish reads `1 200,00 kr` (sv_SE; Babel puts a no-break space between the
groups and before "kr", so an amount never breaks across lines, and the PDF's embedded font
draws that space). English reads `SEK 1,200.00`: CLDR's English pattern is "¤#,##0.00", and
CLDR's currency-spacing rule puts a no-break space between a letter code and the digits, a rule
Babel does not apply, so the pattern is given with the space (still formatted by Babel).
Dates are ISO 8601 (`2026-12-04`) in both languages, as everywhere in the app.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from journal_app.export.labels import labels_for

CURRENCY = "SEK"
LOCALES = {"sv": "sv_SE", "en": "en_GB"}
EN_PATTERN = "¤\u00a0#,##0.00"  # CLDR's en pattern with its currency spacing applied
ISO_PATTERN = "yyyy-MM-dd"


def locale_of(language: str) -> str:
    labels_for(language)  # refuses a language the PDFs do not speak (pdf.language)
    return LOCALES[language]


def kronor(ore: int) -> Decimal:
    """Whole öre as an exact amount of kronor with two decimals: 120000 -> Decimal('1200.00')."""
    return Decimal(ore).scaleb(-2)


def money(ore: int, language: str) -> str:
    """`1 200,00 kr` (sv) or `SEK 1,200.00` (en); a negative amount (a credit note) keeps
    its minus sign."""
    locale = locale_of(language)
    if language == "en":
        return format_currency(kronor(ore), CURRENCY, format=EN_PATTERN, locale=locale)
    return format_currency(kronor(ore), CURRENCY, locale=locale)


def vat_rate(percent: int, language: str) -> str:
    """`25 %` (sv, with a no-break space) or `25%` (en)."""
    return format_percent(Decimal(percent).scaleb(-2), locale=locale_of(language))


def quantity(count: int, language: str) -> str:
    """A whole quantity with the language's grouping: `1 000` (sv) or `1,000` (en)."""
    return format_decimal(count, locale=locale_of(language))


def date(day: dt.date, language: str) -> str:
    """`2026-12-04` in either language."""
    return format_date(day, ISO_PATTERN, locale=locale_of(language))
