"""Outcome measures: PHQ-9, GAD-7 and the practitioner's own scales, scored in the core.

The item wordings are those of the instruments' authors (Spitzer, Williams, Kroenke and
colleagues, with an educational grant from Pfizer Inc.; free to reproduce, translate, display
and distribute). Where each wording comes from, and which Swedish wordings are still to be
checked against the phqscreeners.com translation, is in docs/user-guide.md ("Outcome
measures"). Severity bands are the published ones (Kroenke 2001; Spitzer 2006).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from journal_app.core.errors import InvalidInput
from journal_app.core.messages import Message

PHQ9 = "phq9"
GAD7 = "gad7"
SCALE_PREFIX = "scale:"  # a practitioner's own scale: "scale:<id>"
MAX_SCALE_SPAN = 100


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    en: str
    sv: str

    def label(self, language: str) -> str:
        return self.sv if language == "sv" else self.en


@dataclass(frozen=True)
class Instrument:
    key: str
    name: str
    question_en: str
    question_sv: str
    items_en: tuple[str, ...]
    items_sv: tuple[str, ...]
    bands: tuple[Band, ...]
    item_low: int = 0
    item_high: int = 3

    @property
    def maximum(self) -> int:
        return self.item_high * len(self.items_en)

    def items(self, language: str) -> tuple[str, ...]:
        return self.items_sv if language == "sv" else self.items_en

    def question(self, language: str) -> str:
        return self.question_sv if language == "sv" else self.question_en


# The four answers to every item of both instruments, 0..3.
ANSWERS_EN = ("Not at all", "Several days", "More than half the days", "Nearly every day")
ANSWERS_SV = ("Inte alls", "Flera dagar", "Mer än hälften av dagarna", "Nästan varje dag")

PHQ9_INSTRUMENT = Instrument(
    key=PHQ9, name="PHQ-9",
    question_en="Over the last 2 weeks, how often have you been bothered by any of the"
                " following problems?",
    question_sv="Under de senaste 2 veckorna, hur ofta har du besvärats av något av följande"
                " problem?",
    items_en=(
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your"
        " family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite —"
        " being so fidgety or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ),
    items_sv=(
        "Lite intresse eller glädje i att göra saker",
        "Känt dig nedstämd, deprimerad eller känt att framtiden ser hopplös ut",
        "Problem att somna eller att du vaknat i förtid, eller sovit för mycket",
        "Känt dig trött eller energilös",
        "Dålig aptit eller att du ätit för mycket",
        "Dålig självkänsla - eller att du känt dig misslyckad eller att du svikit dig själv"
        " eller din familj",
        "Svårigheter att koncentrera dig, till exempel när du läst tidningen eller sett på TV",
        "Att du rört dig eller talat så långsamt att andra noterat det? Eller motsatsen att du"
        " varit så nervös eller rastlös att du rört dig mer än vanligt",
        "Tankar att det skulle vara bättre om du var död eller att du skulle skada dig på något"
        " sätt",
    ),
    bands=(
        Band(0, 4, "minimal", "minimal"),
        Band(5, 9, "mild", "lindrig"),
        Band(10, 14, "moderate", "måttlig"),
        Band(15, 19, "moderately severe", "måttligt svår"),
        Band(20, 27, "severe", "svår"),
    ),
)

GAD7_INSTRUMENT = Instrument(
    key=GAD7, name="GAD-7",
    question_en="Over the last 2 weeks, how often have you been bothered by the following"
                " problems?",
    question_sv="Under de senaste 2 veckorna, hur ofta har du besvärats av följande problem?",
    items_en=(
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ),
    # To be checked against the phqscreeners.com Swedish GAD-7 (docs/user-guide.md).
    items_sv=(
        "Känt dig nervös, ängslig eller väldigt stressad",
        "Inte kunnat sluta oroa dig eller kontrollera din oro",
        "Oroat dig för mycket för olika saker",
        "Haft svårt att koppla av",
        "Varit så rastlös att du haft svårt att sitta still",
        "Blivit lätt irriterad eller retlig",
        "Känt dig rädd för att något hemskt skulle hända",
    ),
    bands=(
        Band(0, 4, "minimal", "minimal"),
        Band(5, 9, "mild", "lindrig"),
        Band(10, 14, "moderate", "måttlig"),
        Band(15, 21, "severe", "svår"),
    ),
)

INSTRUMENTS: dict[str, Instrument] = {PHQ9: PHQ9_INSTRUMENT, GAD7: GAD7_INSTRUMENT}
PHQ9_SELF_HARM_ITEM = 9  # 1-based: any answer above 0 is flagged to the practitioner


@dataclass(frozen=True)
class Scale:
    """A practitioner's own one-item scale, e.g. "Mående" 0..10 from "mycket dåligt" to
    "mycket bra"."""

    id: str
    name: str
    low: int
    high: int
    low_label: str
    high_label: str

    @property
    def key(self) -> str:
        return SCALE_PREFIX + self.id


@dataclass(frozen=True)
class Measure:
    """One measure taken at a session: its answers as entered, its total, its band."""

    id: str
    note_id: str
    revision: int  # the note revision it belongs to: signed and corrected with the note
    session_id: str
    client_id: str
    instrument: str  # PHQ9, GAD7 or "scale:<id>"
    name: str  # "PHQ-9", "GAD-7" or the scale's name as it was when entered
    answers: tuple[int, ...]
    low: int
    high: int  # the range of the total
    low_label: str
    high_label: str
    saved_at: dt.datetime
    flag_acknowledged_at: dt.datetime | None

    @property
    def total(self) -> int:
        return sum(self.answers)

    def band(self) -> Band | None:
        return band_of(self.instrument, self.total)

    @property
    def flagged(self) -> bool:
        """PHQ-9 item 9 above 0: thoughts of being better off dead or of self-harm."""
        return self_harm_flag(self.instrument, self.answers)

    @property
    def flag_open(self) -> bool:
        return self.flagged and self.flag_acknowledged_at is None


@dataclass(frozen=True)
class MeasurePoint:
    """One point of a measure's chart: the session's date and the total."""

    session_id: str
    start: dt.datetime
    total: int


@dataclass(frozen=True)
class MeasureSeries:
    instrument: str
    name: str
    low: int
    high: int
    bands: tuple[Band, ...]  # empty for a practitioner's scale
    points: tuple[MeasurePoint, ...]  # oldest session first


def band_of(instrument: str, total: int) -> Band | None:
    found = INSTRUMENTS.get(instrument)
    if found is None:
        return None
    return next((b for b in found.bands if b.low <= total <= b.high), None)


def self_harm_flag(instrument: str, answers: tuple[int, ...]) -> bool:
    return (instrument == PHQ9 and len(answers) >= PHQ9_SELF_HARM_ITEM
            and answers[PHQ9_SELF_HARM_ITEM - 1] > 0)


def parse_answer(value: object, *, item: int, low: int, high: int) -> int:
    """One answer as typed: a whole number in range, or refused naming the item. Never
    rounded, clipped or otherwise altered."""
    if isinstance(value, bool):
        raise InvalidInput("measure.answer_not_whole", item=item)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    else:
        raise InvalidInput("measure.answer_not_whole", item=item)
    if not low <= number <= high:
        raise InvalidInput("measure.answer_out_of_range", item=item, low=low, high=high)
    return number


def check_answers(instrument: Instrument | Scale, answers: object) -> tuple[int, ...]:
    """Every answer of a measure checked, in item order; the first bad one is refused."""
    if not isinstance(answers, (list, tuple)):
        raise InvalidInput("measure.answers_count", expected=_count(instrument))
    if len(answers) != _count(instrument):
        raise InvalidInput("measure.answers_count", expected=_count(instrument))
    low, high = ((instrument.item_low, instrument.item_high) if isinstance(instrument, Instrument)
                 else (instrument.low, instrument.high))
    return tuple(parse_answer(v, item=i, low=low, high=high) for i, v in enumerate(answers, 1))


def _count(instrument: Instrument | Scale) -> int:
    return len(instrument.items_en) if isinstance(instrument, Instrument) else 1


def check_scale_range(low: object, high: object) -> tuple[int, int]:
    """A scale's range as typed: whole numbers, low below high, at most MAX_SCALE_SPAN apart."""
    numbers: list[int] = []
    for field, value in (("field.scale_low", low), ("field.scale_high", high)):
        if isinstance(value, bool) or not (
            isinstance(value, int)
            or (isinstance(value, str) and value.strip().lstrip("-").isdigit())
        ):
            raise InvalidInput("measure.scale_bound_not_whole", bound=Message(field))
        numbers.append(int(value))
    if not numbers[0] < numbers[1] or numbers[1] - numbers[0] > MAX_SCALE_SPAN:
        raise InvalidInput("measure.scale_range", span=MAX_SCALE_SPAN)
    return numbers[0], numbers[1]


def search_words(name: str, total: int, instrument: str) -> str:
    """What a measure adds to its note's search entry: the name, the total and the band in both
    languages, so "PHQ-9", "måttlig" or "moderate" finds the session."""
    band = band_of(instrument, total)
    words = f"{name} {total}"
    return f"{words} {band.en} {band.sv}" if band else words
