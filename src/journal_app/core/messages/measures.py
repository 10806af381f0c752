"""Outcome measures: what entering one gets refused, and the PDF's words for them."""

from __future__ import annotations

MEASURES: dict[str, tuple[str, str]] = {
    "measure.answer_not_whole": ("Item {item}: the answer must be a whole number.",
                                 "Fråga {item}: svaret måste vara ett heltal."),
    "measure.answer_out_of_range": ("Item {item}: the answer must be between {low} and {high}.",
                                    "Fråga {item}: svaret måste vara mellan {low} och {high}."),
    "measure.answers_count": ("The measure needs {expected} answers.",
                              "Skattningen behöver {expected} svar."),
    "measure.unknown_instrument": ("There is no measure called {instrument}.",
                                   "Det finns ingen skattning som heter {instrument}."),
    "measure.scale_bound_not_whole": ("{bound} must be a whole number.",
                                      "{bound} måste vara ett heltal."),
    "field.scale_low": ("The lowest value", "Det lägsta värdet"),
    "field.scale_high": ("The highest value", "Det högsta värdet"),
    "measure.scale_range": (
        "The scale's low end must be below its high end, at most {span} apart.",
        "Skalans lägsta värde måste vara lägre än dess högsta, högst {span} ifrån varandra.",
    ),
    "measure.note_signed": (
        "The session's note is signed; start a correction to change its measures.",
        "Samtalets anteckning är signerad; påbörja en rättelse för att ändra dess skattningar.",
    ),
    "measure.not_found": ("No measure with id {id}.", "Ingen skattning med id {id}."),
    "measure.not_flagged": ("This measure has nothing to acknowledge.",
                            "Den här skattningen har inget att kvittera."),
    "field.scale_name": ("The scale's name", "Skalans namn"),
    "field.scale_label": ("The scale's end label", "Skalans ändetikett"),
    # The interchange file (export/interchange_measures.py)
    "record.measure_unknown_note": ("no note {value} in this file, with that revision.",
                                    "ingen anteckning {value} i filen, med den versionen."),
    "record.measure_unknown_instrument": (
        "{value} is neither phq9, gad7 nor scale:<id> of a scale in this file.",
        "{value} är varken phq9, gad7 eller scale:<id> för en skala i filen.",
    ),
    "record.measure_twice": ("the note revision has measure {value} twice.",
                             "anteckningsversionen har skattningen {value} två gånger."),
    "record.measure_answers": ("{reason}", "{reason}"),
    # The journal PDF and the register extract (export/pdf_measures.py, extract.py)
    "label.measures": ("Outcome measures", "Skattningar"),
    "label.measure_session": ("Session", "Samtal"),
    "label.measure_total": ("Score", "Poäng"),
    "label.measure_band": ("Severity", "Svårighetsgrad"),
    "label.measure_answers": ("Answers", "Svar"),
    "label.measure_range": ("{low}–{high}", "{low}–{high}"),
    "label.measures_entered": ("Outcome measures as entered", "Skattningar som de fylldes i"),
    "label.measure_name": ("Measure", "Skattning"),
    "label.measure_revision": ("Note version", "Anteckningsversion"),
    "label.measure_acknowledged": ("Item 9 acknowledged", "Fråga 9 kvitterad"),
}
