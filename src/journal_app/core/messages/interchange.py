"""Record-level details of a refused journal-app/1 file (export/interchange_plan.py).

Each detail follows the record's path in the file: "clients[3].name: must not be empty."
(import.refused puts them together). Values are quoted as JSON, so they read the same in
both languages.
"""

from __future__ import annotations

INTERCHANGE: dict[str, tuple[str, str]] = {
    "record.not_an_object": ("must be an object {{...}}, not {kind}.",
                             "måste vara ett objekt {{...}}, inte {kind}."),
    "record.unknown_field": ("unknown field {key}; the fields allowed here are {allowed}.",
                             "okänt fält {key}; de fält som är tillåtna här är {allowed}."),
    "record.required": ("is required.", "måste finnas med."),
    "record.not_text": ("must be text, not {kind}.", "måste vara text, inte {kind}."),
    "record.lone_surrogate": (
        "holds a character that is not valid Unicode (a lone surrogate).",
        "innehåller ett tecken som inte är giltig Unicode (ett ensamt surrogattecken).",
    ),
    "record.empty": ("must not be empty.", "måste fyllas i."),
    "record.too_long": ("is longer than {limit} characters.", "är längre än {limit} tecken."),
    "record.control_in_line": (
        "holds a control character (such as a line break, tab or NUL); this field is one line.",
        "innehåller ett styrtecken (till exempel en radbrytning, tabb eller NUL); fältet är en"
        " enda rad.",
    ),
    "record.control_in_text": (
        "holds a control character other than line breaks and tabs.",
        "innehåller ett annat styrtecken än radbrytningar och tabbar.",
    ),
    "record.not_whole_number": ("must be a whole number, not {kind}.",
                                "måste vara ett heltal, inte {kind}."),
    "record.out_of_range": ("{value} is outside {low}..{high}.",
                            "{value} ligger utanför {low}..{high}."),
    "record.not_true_false": ("must be true or false, not {kind}.",
                              "måste vara true eller false, inte {kind}."),
    "record.not_a_timestamp": (
        "{value} is not a timestamp like 2026-01-12T09:00:00+00:00.",
        "{value} är ingen tidpunkt som 2026-01-12T09:00:00+00:00.",
    ),
    "record.no_time_zone": (
        "{value} has no time zone; write it like 2026-01-12T09:00:00+00:00.",
        "{value} saknar tidszon; skriv den som 2026-01-12T09:00:00+00:00.",
    ),
    "record.implausible_year": ("{year} is not a plausible year.",
                                "{year} är inte ett rimligt år."),
    "record.not_a_date": ("{value} is not a date like 2026-01-10.",
                          "{value} är inte ett datum som 2026-01-10."),
    "record.not_a_start": ("{value} is not a date and time like 2026-01-12T10:00.",
                           "{value} är inte ett datum med tid som 2026-01-12T10:00."),
    "record.not_a_list": ("must be a list [...], not {kind}.",
                          "måste vara en lista [...], inte {kind}."),
    "record.not_an_id": ("{value} is not an id (1 to 64 letters a-z, digits, - or _).",
                         "{value} är inget id (1 till 64 bokstäver a-z, siffror, - eller _)."),
    "record.duplicate_id": (
        "the {entity} id {id} appears twice in the file (first at {first}).",
        "id:t {id} ({entity}) förekommer två gånger i filen (första gången vid {first}).",
    ),
    "record.not_an_identity_number": (
        "{value} is not a valid Swedish identity number: {reason}",
        "{value} är inget giltigt svenskt identitetsnummer: {reason}",
    ),
    "record.no_at": ("{value} is not an e-mail address (it has no @).",
                     "{value} är ingen e-postadress (den saknar @)."),
    "record.too_many_counted": (
        "{counted} sessions count towards this package but sessions_total is {total}.",
        "{counted} samtal räknas mot paketet men sessions_total är {total}.",
    ),
    "record.not_a_status": ("{value} is not a session status; use one of {statuses}.",
                            "{value} är ingen samtalsstatus; använd en av {statuses}."),
    "record.note_differs": ("differs from the body of the last revision.",
                            "skiljer sig från texten i den senaste revisionen."),
    "record.signed_disagrees": ("disagrees with the last revision's signed_at.",
                                "stämmer inte med signed_at i den senaste revisionen."),
    "record.without_note": ("is given, but the session has no note.",
                            "är angivet, men samtalet har ingen anteckning."),
    "record.empty_signed": ("an empty note cannot be signed.",
                            "en tom anteckning kan inte signeras."),
    "record.no_revisions": ("must hold at least one revision.",
                            "måste innehålla minst en revision."),
    "record.too_many_revisions": ("holds more than {limit} revisions.",
                                  "innehåller fler än {limit} revisioner."),
    "record.revision_number": (
        "should be {expected}: revisions are numbered 1, 2, 3 ... oldest first.",
        "borde vara {expected}: revisionerna numreras 1, 2, 3 ... med den äldsta först.",
    ),
    "record.unsigned_revision": ("every revision before the last must be signed.",
                                 "varje revision före den sista måste vara signerad."),
    "record.superseded_mismatch": ("must be set exactly when the next revision is signed.",
                                   "ska vara satt precis när nästa revision är signerad."),
    "record.last_superseded": ("the last revision cannot be superseded.",
                               "den sista revisionen kan inte vara ersatt."),
    "record.not_one_of": ("{value} is not one of {allowed}.", "{value} är inte en av {allowed}."),
    "record.wrong_format": (
        "{value} is not {format}; this is not a journal-app/1 file (or it comes from a newer"
        " version).",
        "{value} är inte {format}; det här är ingen journal-app/1-fil (eller så kommer den från"
        " en nyare version).",
    ),
    "record.clients_required": ("is required (a list of clients, which may be empty).",
                                "måste finnas med (en lista med klienter, som får vara tom)."),
    # {kind} above: what a JSON value is
    "kind.null": ("null", "null"),
    "kind.true_false": ("true/false", "true/false"),
    "kind.number": ("a number", "ett tal"),
    "kind.text": ("text", "text"),
    "kind.list": ("a list", "en lista"),
    "kind.object": ("an object", "ett objekt"),
    # {entity} in record.duplicate_id
    "entity.client": ("client", "klient"),
    "entity.package": ("package", "paket"),
    "entity.session": ("session", "samtal"),
    "entity.note": ("note", "anteckning"),
    # export/interchange.py: {problem} in import.invalid_json, when it is ours
    "json.duplicate_key": ("the key {key} appears twice in one object.",
                           "nyckeln {key} förekommer två gånger i samma objekt."),
    "json.not_a_number": ("{name} is not a number JSON allows.",
                          "{name} är inget tal som JSON tillåter."),
}
