"""The practice's details (the seller on every invoice), kept as settings rows `practice.<field>`.

Each value is checked and stored as typed, or refused with a message naming the field; nothing
is changed when one value of an update is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from journal_app.core.domain.identity import IdentityError, luhn_check_digit, parse_identity
from journal_app.core.domain.invoicing import BasAccounts, PracticeDetails, VatStatus
from journal_app.core.errors import InvalidInput
from journal_app.core.storage.db import Database

PREFIX = "practice."
MAX_TEXT = 200
MAX_ADDRESS = 500
TEXT_FIELDS = ("legal_name", "org_number", "address", "email", "phone", "vat_number",
               "bankgiro", "plusgiro", "swish_number")
FLAG_FIELDS = ("f_skatt", "ocr_length_digit", "print_id_number")
ACCOUNT_FIELDS = {f"account_{name}": name for name in BasAccounts.__dataclass_fields__}
FIELDS = (*TEXT_FIELDS, "vat_status", *FLAG_FIELDS, "payment_terms_days", "series_start",
          *ACCOUNT_FIELDS)
_YES = {"yes": True, "true": True, "1": True, "ja": True,
        "no": False, "false": False, "0": False, "nej": False}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _refuse(code: str, field: str, **fields: object) -> InvalidInput:
    return InvalidInput(code, field=f"practice.{field}", name=field, **fields)


def _digits_with_luhn(field: str, value: str, lengths: range) -> None:
    digits = value.replace("-", "").replace(" ", "")
    if not digits.isdigit() or len(digits) not in lengths:
        raise _refuse("practice.giro_form", field, value=value)
    if luhn_check_digit(digits[:-1]) != int(digits[-1]):
        raise _refuse("practice.check_digit", field, value=value)


def check_value(field: str, value: str, today: dt.date) -> str:
    """The value as it will be stored, or InvalidInput naming the field."""
    if field not in FIELDS:
        raise InvalidInput("practice.unknown_field", field="practice", name=field,
                           known=", ".join(FIELDS))
    if _CONTROL.search(value) or (field != "address" and "\n" in value):
        raise _refuse("practice.control_characters", field)
    limit = MAX_ADDRESS if field == "address" else MAX_TEXT
    if len(value) > limit:
        raise _refuse("practice.too_long", field, limit=limit)
    if value == "" and field in TEXT_FIELDS:
        return value  # clearing an optional detail
    if field == "org_number":
        try:
            parse_identity(value, today=today)
        except IdentityError as exc:
            raise _refuse("practice.org_number", field, reason=exc.reason) from None
    elif field == "vat_number" and not re.fullmatch(r"SE\d{10}01", value):
        raise _refuse("practice.vat_number", field, value=value)
    elif field == "bankgiro":
        _digits_with_luhn(field, value, range(7, 9))
    elif field == "plusgiro":
        _digits_with_luhn(field, value, range(2, 9))
    elif field == "swish_number" and not re.fullmatch(r"123\d{7}", value.replace(" ", "")):
        raise _refuse("practice.swish_number", field, value=value)
    elif field == "vat_status" and value not in {s.value for s in VatStatus}:
        raise _refuse("practice.choice", field, value=value,
                      choices=", ".join(s.value for s in VatStatus))
    elif field in FLAG_FIELDS and value.lower() not in _YES:
        raise _refuse("practice.yes_no", field, value=value)
    elif field == "payment_terms_days" and not (value.isdigit() and int(value) <= 365):
        raise _refuse("practice.range", field, value=value, low=0, high=365)
    elif field == "series_start" and not (value.isdigit() and 1 <= int(value) <= 999_999_999):
        raise _refuse("practice.range", field, value=value, low=1, high=999_999_999)
    elif field in ACCOUNT_FIELDS and not re.fullmatch(r"[1-8]\d{3}", value):
        raise _refuse("practice.account", field, value=value)
    if field in FLAG_FIELDS:
        return "1" if _YES[value.lower()] else "0"
    return value


class PracticeStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> PracticeDetails:
        with self._db.read() as conn:
            rows = conn.execute("SELECT key, value FROM settings WHERE key LIKE 'practice.%'")
            stored = {str(k)[len(PREFIX):]: str(v) for k, v in rows.fetchall()}
        defaults = PracticeDetails()
        accounts = BasAccounts(**{name: stored.get(key, getattr(defaults.accounts, name))
                                  for key, name in ACCOUNT_FIELDS.items()})
        return PracticeDetails(
            **{name: stored.get(name, getattr(defaults, name)) for name in TEXT_FIELDS},
            vat_status=VatStatus(stored.get("vat_status", defaults.vat_status.value)),
            f_skatt=stored.get("f_skatt", "0") == "1",
            ocr_length_digit=stored.get("ocr_length_digit", "1") == "1",
            print_id_number=stored.get("print_id_number", "1") == "1",
            payment_terms_days=int(stored.get("payment_terms_days",
                                              str(defaults.payment_terms_days))),
            series_start=int(stored.get("series_start", str(defaults.series_start))),
            accounts=accounts,
        )

    def update(self, values: Mapping[str, str], today: dt.date) -> PracticeDetails:
        """Check every value first, then store them all in one transaction."""
        checked = {field: check_value(field, value, today) for field, value in values.items()}
        with self._db.write() as conn:
            for field, value in checked.items():
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (PREFIX + field, value),
                )
        return self.load()
