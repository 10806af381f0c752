"""Retention: the PDL policy, IVO decisions, erasure and the privacy notice."""

from __future__ import annotations

RETENTION: dict[str, tuple[str, str]] = {
    # policy.py
    "retention.pdl_keep": (
        "Under the PDL policy these notes must be kept at least 10 years after the last entry"
        " ({last}), that is until {until} (Patientdatalagen 3 kap 17 §); only a destruction"
        " decided by IVO (8 kap 4 §) can erase them earlier.",
        "Enligt PDL-policyn ska anteckningarna sparas minst 10 år efter den senaste uppgiften"
        " ({last}), alltså till {until} (patientdatalagen 3 kap 17 §); bara en förstöring som"
        " IVO beslutat om (8 kap 4 §) kan radera dem tidigare.",
    ),
    "retention.pdl_written_keep": (
        "These notes were written under the PDL policy, so whatever the policy is now they must"
        " be kept at least 10 years after the last entry ({last}), that is until {until}"
        " (Patientdatalagen 3 kap 17 §); only a destruction decided by IVO (8 kap 4 §) can"
        " erase them earlier.",
        "Anteckningarna skrevs under PDL-policyn och ska därför, vilken policy som än gäller"
        " nu, sparas minst 10 år efter den senaste uppgiften ({last}), alltså till {until}"
        " (patientdatalagen 3 kap 17 §); bara en förstöring som IVO beslutat om (8 kap 4 §) kan"
        " radera dem tidigare.",
    ),
    "ivo.reference_missing": ("The IVO decision needs its reference (diarienummer).",
                              "IVO-beslutet behöver sitt diarienummer."),
    "ivo.reference_characters": ("The IVO reference cannot contain ; or =.",
                                 "Diarienumret får inte innehålla ; eller =."),
    "ivo.reference_too_long": ("The IVO reference is longer than {limit} characters.",
                               "Diarienumret är längre än {limit} tecken."),
    # erasure.py
    "ivo.date_in_future": ("The IVO decision's date is in the future.",
                           "IVO-beslutets datum ligger i framtiden."),
    "ivo.stored_date_invalid": ("The stored IVO decision date is not a date.",
                                "Det sparade datumet för IVO-beslutet är inget datum."),
    "erase.client_not_found": ("No client with id {id}; nothing to erase.",
                               "Ingen klient med id {id}; inget att radera."),
    "erase.in_transaction": (
        "An erase runs in its own transaction; finish the current one first.",
        "En radering körs i en egen transaktion; slutför den pågående först.",
    ),
    "erase.incomplete": (
        "The erase of client {client} did not complete: {left} still remain. Nothing was"
        " reported as erased.",
        "Raderingen av klient {client} blev inte klar: {left} finns kvar. Ingenting har"
        " rapporterats som raderat.",
    ),
    "erase.foreign_package": (
        "A package to erase belongs to another client; nothing erased.",
        "Ett paket som skulle raderas tillhör en annan klient; inget raderades.",
    ),
    "erase.unknown_reason": ("{reason!r} is not a known reason for an erase.",
                             "{reason!r} är inte ett känt skäl för en radering."),
    "erase.leftover": (
        "{what} is still there after the erase and may hold erased text.",
        "{what} finns kvar efter raderingen och kan innehålla raderad text.",
    ),
    "erase.nothing_completed": ("This client has no completed package to erase.",
                                "Klienten har inget avslutat paket att radera."),
    # privacy_notice.py
    "privacy.language": ("The privacy notice is available in {available}, not {language!r}.",
                         "Integritetstexten finns på {available}, inte {language!r}."),
}
