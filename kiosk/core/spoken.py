"""Screen text turned into words a listener understands, in Finnish, Swedish and English.

The speech synthesiser reads ``ID-0024`` as "I D dash zero zero two four" and
``to 10.12.2026 klo 13.00`` as digits and dots. ``spoken`` rewrites what the
screens show (the formats of ``kiosk.core.dates``, references, counts, phone
numbers, plain numbers) into words, with num2words for the numbers (Finnish
case endings included) and Babel for weekday and month names. Pure text: no
Textual, no sound.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from kiosk.core.i18n import N_, current_language

SPEECH_KEY = "F1"
"""The key that turns the kiosk's speech on and off on every screen (printed on posters too)."""
REPEAT_KEY = "F2"
"""Says the last sentence again."""
READ_PAGE_KEY = "F3"
"""Reads the whole screen from the top."""
LISTEN = N_("Listen: press {key}")
"""How a resident who cannot see the screen starts speech, on the home screen."""
LISTEN_AT_KIOSK = N_("The kiosk at the resident centre reads this aloud. Listen: press {key}")
"""The same on every poster."""
ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Babel's short English month names, as ``format_when`` writes them."""
NUMBER_WORD = {"fi": "idea numero {number}", "sv": "idé nummer {number}", "en": "idea number {number}"}
"""How an idea's reference is said."""
TIME_WORD = {"fi": "kello", "sv": "klockan", "en": "at"}
"""The word before a time of day."""
OF_WORD = {"sv": "av", "en": "of"}
""""3 / 10" said as "3 of 10" (Finnish uses the elative case instead)."""
DECIMAL_WORD = {"fi": "pilkku", "sv": "komma", "en": "point"}
"""The decimal comma, said."""
SYMBOL_WORDS = {
    "fi": {"&": " ja ", "%": " prosenttia", "€": " euroa", "+": " plus "},
    "sv": {"&": " och ", "%": " procent", "€": " euro", "+": " plus "},
    "en": {"&": " and ", "%": " percent", "€": " euros", "+": " plus "},
}
"""Symbols that are words when read aloud."""
LONG_DAY = {"sv": "den {day} {month}", "en": "the {day} of {month}"}
"""A day of the month said before its month's name."""
ABBREVIATIONS = {
    "fi": {"puh.": "puhelin", "esim.": "esimerkiksi", "n.": "noin", "ym.": "ynnä muuta"},
    "sv": {"tfn": "telefon", "t.ex.": "till exempel", "ca": "cirka"},
    "en": {"tel.": "telephone", "e.g.": "for example"},
}
"""Abbreviations the screens and the centre's texts use, said in full."""
KEY_WORDS = {"PgUp": "Page Up", "PgDn": "Page Down", "Esc": "Escape"}
"""Key names on the screen's badges, as they are said."""
SILENT = str.maketrans(
    {
        "\u2022": " ",
        "\u2605": " ",
        "\u2713": " ",
        "\u25cb": " ",  # a milestone still planned, on the results screen
        "\u2026": " ",
        "\u00b7": ",",
        '"': " ",
        "\u201c": " ",
        "\u201d": " ",
        "\u232b": " ",
        "*": " ",
        "_": " ",
    }
)
"""Marks that only structure the screen: a listener hears a pause, not a name."""

_REFERENCE = re.compile(r"\b(?:(?:idea|idé)\s+)?(?:ID|(?-i:[A-Z]{2,5}))-0*(\d+)\b", re.IGNORECASE)
"""``ID-0024`` or a centre's ``KAR-0024``: said as the number (the number alone finds the idea at its kiosk)."""
_NUMERIC_DATE = re.compile(
    r"(?:\b[^\W\d]{2,3}\.?\s+)?\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"
    r"(?:\s+(?:klo|kl\.)\s+(\d{1,2})\.(\d{2})(?:\s*\u2013\s*(\d{1,2})\.(\d{2}))?)?"
)
_ENGLISH_DATE = re.compile(
    r"(?:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?\b(\d{1,2})\s+(" + "|".join(ENGLISH_MONTHS) + r")\s+(\d{4})\b"
    r"(?:\s+at\s+(\d{1,2}):(\d{2})(?:\s*\u2013\s*(\d{1,2}):(\d{2}))?)?"
)
_CLOCK = re.compile(r"\b(?:klo|kl\.|klockan|kello)\s+(\d{1,2})[.:](\d{2})\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})\.?\s+(?=[^\W\d]+(?:kuuta|kuu)\b)")
_LONG_DAY = re.compile(
    r"\b(\d{1,2})\s+((?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    r"|January|February|March|April|May|June|July|August|September|October|November|December))\b"
)
_PHONE = re.compile(r"(?<![\w.])\+?\d{2,4}(?:[ -]\d{2,4}){1,4}(?![\w.])")
_FUNCTION_KEY = re.compile(r"\bF(\d{1,2})\b")
_COUNT = re.compile(r"\b(\d+)\s*/\s*(\d+)\b")
_DECIMAL = re.compile(r"\b(\d+),(\d+)\b")
_NUMBER = re.compile(r"\d+")
_DASH = re.compile(r"\s*[\u2013\u2014]\s*")
_SPACES = re.compile(r"[ \t]+")


def words(number: int, language: str, *, ordinal: bool = False, case: str = "") -> str:
    """A whole number in words, e.g. 24 -> ``kaksikymmentäneljä``; Finnish can take a case."""
    from num2words import num2words  # 30 ms of imports: only once the kiosk first speaks

    kwargs: dict[str, str] = {"to": "ordinal"} if ordinal else {}
    if language == "fi" and case:
        kwargs["case"] = case
    words: str = num2words(number, lang=language, **kwargs)
    return words


def digits(text: str, language: str) -> str:
    """A phone number digit by digit, its groups apart: ``040 123`` -> ``nolla neljä nolla, yksi kaksi kolme``."""
    groups = [group for group in re.split(r"[ -]", text.lstrip("+")) if group]
    said = [" ".join(words(int(digit), language) for digit in group) for group in groups]
    return ("plus " if text.startswith("+") else "") + ", ".join(said)


def clock_words(hour: int, minute: int, language: str, *, case: str = "") -> str:
    """A time of day without "kello", e.g. 17.30 -> ``seitsemäntoista kolmekymmentä``."""
    if language == "en":
        suffix = "a m" if hour < 12 else "p m"
        twelve = hour % 12 or 12
        if minute == 0:
            return f"{words(twelve, language)} {suffix}"
        minutes = words(minute, language) if minute >= 10 else f"oh {words(minute, language)}"
        return f"{words(twelve, language)} {minutes} {suffix}"
    said = words(hour, language, case=case)
    if minute:
        said += " " + words(minute, language, case=case)
    return said


def time_words(start: time, end: time | None, language: str) -> str:
    """``kello seitsemästätoista kahdeksaantoista kolmeenkymmeneen``, or one time."""
    if end is None:
        return f"{TIME_WORD[language]} {clock_words(start.hour, start.minute, language)}"
    if language == "fi":
        first = clock_words(start.hour, start.minute, language, case="elative")
        return f"kello {first} {clock_words(end.hour, end.minute, language, case='illative')}"
    if language == "sv":
        first = clock_words(start.hour, start.minute, language)
        return f"klockan {first} till {clock_words(end.hour, end.minute, language)}"
    return f"from {clock_words(start.hour, start.minute, language)} to {clock_words(end.hour, end.minute, language)}"


def day_words(day: date, language: str, *, today: date | None = None) -> str:
    """A date said in full, e.g. ``torstaina kymmenentenä joulukuuta`` (the year unless it is this year)."""
    from babel.dates import format_date  # here, not at import: Babel's locale data only once something is said

    weekday = format_date(day, "EEEE", locale=language)
    month = format_date(day, "MMMM", locale=language)
    if language == "fi":
        said = f"{weekday} {words(day.day, language, ordinal=True, case='essive')} {month}"
    elif language == "sv":
        said = f"{weekday} den {words(day.day, language, ordinal=True)} {month}"
    else:
        said = f"{weekday} the {words(day.day, language, ordinal=True)} of {month}"
    if today is None or day.year != today.year:
        if language == "en":
            from num2words import num2words

            year = num2words(day.year, lang="en", to="year")
        else:
            year = words(day.year, language)
        said += f" {year}"
    return said


def moment_words(moment: datetime, language: str | None = None, *, today: date | None = None) -> str:
    """A date and time said in full: ``torstaina kymmenentenä joulukuuta kello kolmetoista``."""
    lang = language or current_language()
    return f"{day_words(moment.date(), lang, today=today)} {time_words(moment.time(), None, lang)}"


def reference_words(number: int, language: str | None = None) -> str:
    """An idea's reference said as a number: ``idea numero kaksikymmentäneljä``."""
    lang = language or current_language()
    return NUMBER_WORD[lang].format(number=words(number, lang))


def _date_match(match: re.Match[str], language: str, today: date | None, month: int | None = None) -> str:
    """One matched date (and time or time span) in words; the text as it was if it is no date."""
    day, month_number, year = int(match.group(1)), month or int(match.group(2)), int(match.group(3))
    try:
        said = day_words(date(year, month_number, day), language, today=today)
        if match.group(4):
            start = time(int(match.group(4)), int(match.group(5)))
            end = time(int(match.group(6)), int(match.group(7))) if match.group(6) else None
            said += " " + time_words(start, end, language)
    except ValueError:
        return match.group(0)
    return said


def _digit_count(text: str) -> int:
    """How many digits a text has."""
    return sum(character.isdigit() for character in text)


def _count(match: re.Match[str], language: str) -> str:
    """``3 / 10`` as "3 of 10" (Finnish: ``kolme kymmenestä``)."""
    first, total = int(match.group(1)), int(match.group(2))
    if language == "fi":
        return f"{words(first, language)} {words(total, language, case='elative')}"
    return f"{words(first, language)} {OF_WORD[language]} {words(total, language)}"


def spoken(text: str, language: str | None = None, *, today: date | None = None) -> str:
    """The text with references, dates, times, counts, phone numbers and numbers in words."""
    lang = language or current_language()
    said = text.translate(SILENT)
    said = _REFERENCE.sub(lambda m: reference_words(int(m.group(1)), lang), said)
    said = _NUMERIC_DATE.sub(lambda m: _date_match(m, lang, today), said)
    said = _ENGLISH_DATE.sub(lambda m: _date_match(m, lang, today, ENGLISH_MONTHS.index(m.group(2)) + 1), said)
    said = _CLOCK.sub(lambda m: time_words(time(int(m.group(1)) % 24, int(m.group(2)) % 60), None, lang), said)
    if lang == "fi":
        said = _ORDINAL_DAY.sub(lambda m: words(int(m.group(1)), lang, ordinal=True, case="essive") + " ", said)
    else:
        said = _LONG_DAY.sub(
            lambda m: LONG_DAY[lang].format(day=words(int(m.group(1)), lang, ordinal=True), month=m.group(2)), said
        )
    for abbreviation, word in ABBREVIATIONS[lang].items():
        said = re.sub(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", word, said)
    said = _FUNCTION_KEY.sub(lambda m: f"F {words(int(m.group(1)), lang)}", said)
    said = _PHONE.sub(lambda m: digits(m.group(0), lang) if _digit_count(m.group(0)) >= 6 else m.group(0), said)
    said = _COUNT.sub(lambda m: _count(m, lang), said)
    said = _DECIMAL.sub(lambda m: f"{words(int(m.group(1)), lang)} {DECIMAL_WORD[lang]} {m.group(2)}", said)
    said = _NUMBER.sub(lambda m: words(int(m.group(0)), lang), said)
    for key, name in KEY_WORDS.items():
        said = re.sub(rf"\b{key}\b", name, said)
    for symbol, name in SYMBOL_WORDS[lang].items():
        said = said.replace(symbol, name)
    said = _DASH.sub(", ", said)
    said = re.sub(r"\s+,", ",", said)
    lines = (_SPACES.sub(" ", line).strip(" ,") for line in said.splitlines())
    return "\n".join(line for line in lines if line)
