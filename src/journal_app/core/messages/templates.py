"""Note templates and phrases: what making or changing one gets refused, and why."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {
    "field.template_name": ("The template's name", "Mallens namn"),
    "field.template_body": ("The template's headings", "Mallens rubriker"),
    "field.phrase_abbreviation": ("The abbreviation", "Förkortningen"),
    "field.phrase_text": ("The phrase's text", "Frasens text"),
    "template.no_headings": (
        "The template's headings must not be empty: write each heading on its own line.",
        "Mallens rubriker får inte vara tomma: skriv varje rubrik på en egen rad.",
    ),
    "template.name_taken": ("There is already a template called {name}.",
                            "Det finns redan en mall som heter {name}."),
    "template.language": (
        "The language of the template's notes must be Swedish (sv), English (en) or the app's"
        " language (empty), not {value!r}.",
        "Språket i mallens anteckningar måste vara svenska (sv), engelska (en) eller appens språk"
        " (tomt), inte {value!r}.",
    ),
    "template.not_found": ("That template no longer exists.", "Den mallen finns inte längre."),
    "template.builtin_read_only": (
        "The built-in templates cannot be changed; make an own template from one instead.",
        "De inbyggda mallarna kan inte ändras; gör en egen mall utifrån en av dem i stället.",
    ),
    "template.is_default": (
        "This template is the default for new notes; choose another default before deleting it.",
        "Mallen är standard för nya anteckningar; välj en annan standardmall innan du tar bort"
        " den.",
    ),
    "template.note_not_empty": (
        "The note already has text; a template can only be chosen for an empty note.",
        "Anteckningen har redan text; en mall kan bara väljas för en tom anteckning.",
    ),
    "template.no_earlier_note": ("The client has no earlier note with headings to start from.",
                                 "Klienten har ingen tidigare anteckning med rubriker att utgå från."),
    "phrase.abbreviation_space": ("The abbreviation must not contain spaces.",
                                  "Förkortningen får inte innehålla mellanslag."),
    "phrase.abbreviation_characters": (
        "The abbreviation can hold only letters and digits (a space or punctuation after it"
        " expands it).",
        "Förkortningen får bara innehålla bokstäver och siffror (ett mellanslag eller skiljetecken"
        " efter den gör att den byts ut).",
    ),
    "phrase.abbreviation_taken": ("There is already a phrase with the abbreviation {abbreviation}.",
                                  "Det finns redan en fras med förkortningen {abbreviation}."),
    "phrase.not_found": ("That phrase no longer exists.", "Den frasen finns inte längre."),
    "record.template_default_unknown": (
        "the default template {value} is neither built in nor in this file.",
        "standardmallen {value} är varken inbyggd eller finns i filen.",
    ),
    "record.template_twice": ("the template {value} appears twice.",
                              "mallen {value} förekommer två gånger."),
    "record.phrase_twice": ("the abbreviation {value} appears twice.",
                            "förkortningen {value} förekommer två gånger."),
    "record.origin_unknown_note": ("no note {value} in this file.",
                                   "ingen anteckning {value} i filen."),
    "record.template_refused": ("{reason}", "{reason}"),
}
