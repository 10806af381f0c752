"""The words and date formats of the exported PDFs, in Swedish and English.

The export layer is Qt-free, so it cannot use tr(): the UI passes its language ("sv" or "en")
and this module supplies the matching words. Dates are ISO 8601 in both languages, as in the
app (ui/formatting.py): `2026-12-04` and `2026-12-04 14:30`. A month name or a day/month order
reads differently from country to country; the ISO form does not, and it never depends on
the machine's locale settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.errors import InvalidInput

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


SV = Labels(
    language="sv",
    journal_title="Journal",
    extract_title="Registerutdrag",
    journal_subject="Kopia av journalen, utlämnad till klienten",
    extract_subject="Registerutdrag enligt artikel 15 i dataskyddsförordningen",
    issued="Utskriven {date}",
    page_of="Sida {page} av {total}",
    the_practice="mottagningen",
    identity={"personnummer": "Personnummer", "samordningsnummer": "Samordningsnummer",
              "organisationsnummer": "Organisationsnummer"},
    identity_generic="Identitetsnummer",
    packages="Samtalspaket",
    package="Paket",
    purchased="Köpt",
    sessions_held="{counted} av {total} samtal",
    price="Pris",
    state="Status",
    package_completed="Avslutat {when}",
    package_open="Pågår",
    no_packages="Inga samtalspaket.",
    sessions="Samtal",
    no_sessions="Inga samtal i det här paketet.",
    status={"planned": "Planerat", "held": "Genomfört", "cancelled": "Avbokat",
            "late_cancelled": "Sent avbokat", "no_show": "Uteblev"},
    signed="Signerad {when}",
    draft="Utkast, inte signerat",
    correcting="En rättelse pågår och är inte signerad; den signerade lydelsen visas.",
    corrected="Rättad {when}",
    earlier_version="Tidigare lydelse, signerad {signed}, ersatt {replaced}:",
    no_note="Ingen anteckning.",
    continued="forts.",
    replaced_note="Tecken som typsnittet saknar ({scripts}) visas som {mark} (Unicode {codes}).",
    scripts={"cjk": "kinesiska och japanska tecken (CJK)", "kana": "japansk kana",
             "hangul": "koreansk hangul", "emoji": "emoji", "symbol": "symboler",
             "other": "övriga tecken", "syriac": "syriska", "thaana": "thaana", "nko": "n'ko",
             "devanagari": "devanagari", "bengali": "bengali", "tamil": "tamil",
             "thai": "thailändska", "ethiopic": "etiopiska", "tibetan": "tibetanska",
             "khmer": "khmer", "myanmar": "burmesiska", "sinhala": "singalesiska"},
    summary="{count} samtal, {first} – {last}.",
    extract_intro=(
        "Det här är alla uppgifter som {practice} har om dig i sin journal, enligt artikel 15 i"
        " dataskyddsförordningen (GDPR)."
    ),
    personal_data="Personuppgifter",
    name="Namn",
    email="E-post",
    phone="Telefon",
    address="Adress",
    free_text="Övrigt",
    registered="Registrerad",
    archived="Arkiverad",
    empty="–",
    billing="Faktureringsunderlag",
    billing_intro="Uppgifter som sparas för bokföringen, även efter att anteckningarna raderats.",
    no_billing="Inga faktureringsunderlag.",
    keep_until="Sparas till",
    erasures="Raderingar",
    no_erasures="Inga anteckningar har raderats.",
    erased_at="Raderat",
    notes_erased="Antal anteckningar",
    reason="Skäl",
    policy_heading="Regel",
    reasons={"package_completed": "Samtalspaketet avslutat", "client_request": "Din begäran",
             "pdl_retention_ended": "Lagringstiden enligt patientdatalagen har gått ut",
             "no_journal_entries": "Det fanns inga journalanteckningar att bevara",
             "ivo_decision": "Beslut av IVO"},
    policy={"erase_on_completion": "Radering när paketet är avslutat",
            "pdl": "Patientdatalagen (10 år)"},
    notes_heading="Anteckningar",
    access_log="Logg över åtkomst",
    access_log_intro="Varje gång din journal har öppnats, ändrats eller lämnats ut.",
    no_access_log="Inga loggposter.",
    when="Tid",
    event="Händelse",
    detail="Detalj",
    session_word="samtal",
    actions={"open_journal": "Journalen öppnad", "client_created": "Uppgifter registrerade",
             "client_changed": "Uppgifter ändrade", "note_created": "Anteckning påbörjad",
             "note_signed": "Anteckning signerad", "note_corrected": "Anteckning rättad",
             "export_pdf": "Journalen utlämnad som PDF",
             "export_extract": "Registerutdrag utlämnat",
             "export_interchange": "Exporterad till fil", "import": "Importerad från fil",
             "erase": "Anteckningar raderade", "backup_erasure": "Raderad ur säkerhetskopia",
             "package_changed": "Samtalspaket rättat", "package_removed": "Samtalspaket borttaget",
             "export_log": "Loggutdrag utlämnat"},
    about_heading="Om behandlingen",
    about=(
        "Ändamål: att dokumentera våra samtal och att fakturera dem. Uppgifterna finns bara i"
        " en krypterad journal på mottagningens dator och lämnas inte ut till någon annan.",
        "Lagringstid: {retention}",
        "Du har rätt att få felaktiga uppgifter rättade och, där lagen tillåter, raderade. Om du"
        " är missnöjd kan du klaga hos Integritetsskyddsmyndigheten (IMY).",
    ),
    retention={
        "erase_on_completion": "anteckningarna raderas när samtalspaketet är avslutat;"
        " faktureringsunderlag sparas i sju år enligt bokföringslagen.",
        "pdl": "journalen sparas i minst tio år enligt patientdatalagen; faktureringsunderlag"
        " sparas i sju år enligt bokföringslagen.",
    },
)

EN = Labels(
    language="en",
    journal_title="Journal",
    extract_title="Register extract",
    journal_subject="Copy of the journal, issued to the client",
    extract_subject="Register extract under Article 15 of the GDPR",
    issued="Issued {date}",
    page_of="Page {page} of {total}",
    the_practice="the practice",
    identity={"personnummer": "Personal identity number",
              "samordningsnummer": "Coordination number",
              "organisationsnummer": "Organisation number"},
    identity_generic="Identity number",
    packages="Session packages",
    package="Package",
    purchased="Purchased",
    sessions_held="{counted} of {total} sessions",
    price="Price",
    state="Status",
    package_completed="Completed {when}",
    package_open="In progress",
    no_packages="No session packages.",
    sessions="Sessions",
    no_sessions="No sessions in this package.",
    status={"planned": "Planned", "held": "Held", "cancelled": "Cancelled",
            "late_cancelled": "Cancelled late", "no_show": "Did not attend"},
    signed="Signed {when}",
    draft="Draft, not signed",
    correcting="A correction is in progress and not signed; the signed text is shown.",
    corrected="Corrected {when}",
    earlier_version="Earlier text, signed {signed}, replaced {replaced}:",
    no_note="No note.",
    continued="cont.",
    replaced_note="Characters the font lacks ({scripts}) are shown as {mark} (Unicode {codes}).",
    scripts={"cjk": "Chinese and Japanese characters (CJK)", "kana": "Japanese kana",
             "hangul": "Korean hangul", "emoji": "emoji", "symbol": "symbols",
             "other": "other characters", "syriac": "Syriac", "thaana": "Thaana",
             "nko": "N'Ko", "devanagari": "Devanagari", "bengali": "Bengali", "tamil": "Tamil",
             "thai": "Thai", "ethiopic": "Ethiopic", "tibetan": "Tibetan", "khmer": "Khmer",
             "myanmar": "Burmese", "sinhala": "Sinhala"},
    summary="{count} sessions, {first} – {last}.",
    extract_intro=(
        "This is everything {practice} holds about you in its journal, under Article 15 of"
        " the General Data Protection Regulation (GDPR)."
    ),
    personal_data="Personal data",
    name="Name",
    email="E-mail",
    phone="Phone",
    address="Address",
    free_text="Other",
    registered="Registered",
    archived="Archived",
    empty="–",
    billing="Billing records",
    billing_intro="Kept for the accounts, also after the notes have been erased.",
    no_billing="No billing records.",
    keep_until="Kept until",
    erasures="Erasures",
    no_erasures="No notes have been erased.",
    erased_at="Erased",
    notes_erased="Notes",
    reason="Reason",
    policy_heading="Policy",
    reasons={"package_completed": "Session package completed",
             "client_request": "Your request",
             "pdl_retention_ended": "The Patient Data Act's storage period ended",
             "no_journal_entries": "There were no journal entries to keep",
             "ivo_decision": "Decision by IVO"},
    policy={"erase_on_completion": "Erased when the package is completed",
            "pdl": "Patient Data Act (10 years)"},
    notes_heading="Notes",
    access_log="Access log",
    access_log_intro="Every time your journal was opened, changed or handed out.",
    no_access_log="No log entries.",
    when="Time",
    event="Event",
    detail="Detail",
    session_word="session",
    actions={"open_journal": "Journal opened", "client_created": "Details registered",
             "client_changed": "Details changed", "note_created": "Note started",
             "note_signed": "Note signed", "note_corrected": "Note corrected",
             "export_pdf": "Journal handed out as PDF",
             "export_extract": "Register extract handed out",
             "export_interchange": "Exported to a file", "import": "Imported from a file",
             "erase": "Notes erased", "backup_erasure": "Removed from a backup",
             "package_changed": "Package corrected", "package_removed": "Package removed",
             "export_log": "Log extract handed out"},
    about_heading="About the processing",
    about=(
        "Purpose: to document our sessions and to bill them. The data is kept only in an"
        " encrypted journal on the practice's computer and is not shared with anyone else.",
        "Storage period: {retention}",
        "You have the right to have incorrect data corrected and, where the law allows, erased."
        " If you are dissatisfied you may complain to the Swedish Authority for Privacy"
        " Protection (IMY).",
    ),
    retention={
        "erase_on_completion": "the notes are erased when the session package is completed;"
        " billing records are kept for seven years under the Swedish Accounting Act.",
        "pdl": "the journal is kept for at least ten years under the Patient Data Act; billing"
        " records are kept for seven years under the Swedish Accounting Act.",
    },
)


def labels_for(language: str) -> Labels:
    if language == "sv":
        return SV
    if language == "en":
        return EN
    raise InvalidInput("pdf.language", available=", ".join(LANGUAGES), language=language)
