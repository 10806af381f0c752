"""The words and date formats of the exported PDFs, in Swedish and English.

The export layer is Qt-free, so it cannot use tr(): the UI passes its language ("sv" or "en")
and this module supplies the matching words, read from the app's one message catalogue
(core/messages/labels_*.py). Dates are ISO 8601 in both languages, as in the
app (ui/formatting.py): `2026-12-04` and `2026-12-04 14:30`. A month name or a day/month order
reads differently from country to country; the ISO form does not, and it never depends on
the machine's locale settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from journal_app.core.errors import InvalidInput
from journal_app.core.messages import MESSAGES, template

LANGUAGES = ("sv", "en")
NBSP = "\u00a0"  # keeps a date and its time on one line in a narrow table cell


def iso_date(day: dt.date) -> str:
    """`2026-12-04`."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def iso_date_time(moment: dt.datetime, *, joiner: str = NBSP) -> str:
    """`2026-12-04 14:30`: a stored UTC moment in the reader's local time; a naive
    appointment time as it is."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{iso_date(local.date())}{joiner}{local:%H:%M}"


@dataclass(frozen=True)
class Labels:
    language: str
    journal_title: str
    extract_title: str
    journal_subject: str
    extract_subject: str
    issued: str
    page_of: str  # "{page}" and "{total}"
    the_practice: str  # stands in for an unset practice name
    kept_by: str  # "{name}": who keeps the journal (PDL 3 kap 10 §)
    identity: dict[str, str]
    identity_generic: str
    packages: str
    package: str
    purchased: str
    sessions_held: str  # "{counted}" and "{total}"
    price: str
    state: str
    package_completed: str  # "{when}"
    package_open: str
    no_packages: str
    sessions: str
    no_sessions: str
    status: dict[str, str]
    signed: str  # "{when}"
    draft: str
    correcting: str
    corrected: str  # "{when}"
    earlier_version: str  # "{signed}" and "{replaced}"
    no_note: str
    continued: str
    replaced_note: str  # "{scripts}", "{mark}" and "{codes}"
    scripts: dict[str, str]  # fonts.script_of keys -> names; others show their Unicode name
    summary: str  # "{count}", "{first}" and "{last}"
    # The register extract
    extract_intro: str  # "{practice}"
    personal_data: str
    name: str
    email: str
    phone: str
    address: str
    free_text: str
    registered: str
    archived: str
    empty: str
    billing: str
    billing_intro: str
    no_billing: str
    keep_until: str
    erasures: str
    no_erasures: str
    erased_at: str
    notes_erased: str
    reason: str
    policy_heading: str
    reasons: dict[str, str]
    policy: dict[str, str]
    notes_heading: str
    access_log: str
    access_log_intro: str
    no_access_log: str
    when: str
    event: str
    detail: str
    session_word: str
    actions: dict[str, str]
    about_heading: str
    about: tuple[str, ...]  # paragraphs; "{retention}" is replaced
    retention: dict[str, str]

    def date(self, day: dt.date) -> str:
        return iso_date(day)

    def date_time(self, moment: dt.datetime) -> str:
        return iso_date_time(moment)

    def money(self, ore: int) -> str:
        kronor, rest = divmod(ore, 100)
        if self.language == "sv":
            whole = f"{kronor:,}".replace(",", "\u00a0")
            return f"{whole},{rest:02d}\u00a0kr"
        return f"SEK {kronor:,}.{rest:02d}"

    def status_name(self, status: str) -> str:
        return self.status.get(status, status)

    def reason_name(self, reason: str) -> str:
        """A receipt's reason ("ivo_decision; ref=...") with its known head word translated."""
        head, sep, rest = reason.partition(";")
        return f"{self.reasons.get(head.strip(), head)}{sep}{rest}"

    def action_name(self, action: str) -> str:
        return self.actions.get(action, action.replace("_", " "))

    def script_names(self, keys: list[str]) -> str:
        """The scripts the fonts cannot draw, named for the notice ("CJK", "emoji" ...)."""
        return ", ".join(self.scripts.get(key, key.capitalize()) for key in keys)


def _catalogued(language: str) -> Labels:
    """The labels in `language`, read from the one catalogue (core/messages/labels_*.py) by
    field: a text by "label.<field>", a table of names by "label.<field>:<key>", paragraphs by
    "label.<field>:<n>"."""
    values: dict[str, object] = {"language": language}
    for spec in fields(Labels):
        if spec.name == "language":
            continue
        code = f"label.{spec.name}"
        if code in MESSAGES:
            values[spec.name] = template(code, language)
            continue
        prefix = code + ":"
        parts = {key[len(prefix):]: template(key, language)
                 for key in MESSAGES if key.startswith(prefix)}
        if not parts:
            raise KeyError(f"no words for the PDF label {spec.name!r} in the catalogue")
        if all(key.isdigit() for key in parts):
            values[spec.name] = tuple(parts[str(n)] for n in range(len(parts)))
        else:
            values[spec.name] = parts
    return Labels(**values)  # type: ignore[arg-type]


SV = _catalogued("sv")
EN = _catalogued("en")


def labels_for(language: str) -> Labels:
    if language == "sv":
        return SV
    if language == "en":
        return EN
    raise InvalidInput("pdf.language", available=", ".join(LANGUAGES), language=language)
