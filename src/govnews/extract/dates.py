"""Dates, years and times stated in the text, by a small grammar of our own.

The grammar reads a stream of tokens (numbers, words, single punctuation marks) and
recognises, in Ukrainian, Russian and English:

* day and month names in every case: "03 грудня", "6 квітня", "26 ноября",
  "December 3, 2023", with ordinals ("1-го вересня", "3rd");
* lists and ranges sharing a month or a year: "з 18 по 20 травня",
  "25 та 30 серпня, 06 та 08 вересня 2022 року", "24-27 квітня 2017 року";
* numeric dates: "03.12.2023", "3/12/2023", "2023-12-03";
* months with a year: "у грудні 2011 року", "в декабре 1996 года";
* years, when the text marks them as years: "у 2017 році", "2021–2025 роки",
  "у 2017-ому", "до 2022 года", "с 2006 по 2008 год", "з 2012," ;
* times attached to a date: "6 квітня о 12.00 год.", "Зустріч відбудеться о 12:00";
* relative words (сьогодні, завтра, вчора, сегодня, вчера, today, ...), only when the
  publication date is known, marked ``relative=True``.

A number becomes a date only inside one of these shapes, so decree numbers
("№ 12.05-01"), phone numbers, money ("15,6 млн"), percentages, house numbers and
versions are left alone. The year of a bare day and month is resolved from the
publication date, when given, by the tense of its sentence: "відбудеться 6 квітня"
looks forward, "відбулася 6 квітня" looks back.
"""

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import NamedTuple

import attrs

from govnews.model import DateMention, Span
from govnews.morphology import parse

__all__ = ["date_mentions", "find_dates"]

_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…\n]")
_DIGITS = re.compile(r"\d+(?:[^\w\n]{1,3}\d+)*")
_DIGITS_OR_RELATIVE = re.compile(
    r"\d+(?:[^\w\n]{1,3}\d+)*|(?<![^\W\d_])(?:сьогодні|завтра|вчора|учора|післязавтра|позавчора|сегодня|вчера"
    r"|послезавтра|позавчера|today|tomorrow|yesterday)(?![^\W\d_])",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s")
_REACH_BACK = 48  # characters before a number that a date may start ("з", "December")
_REACH_AHEAD = 96  # characters after a number that a date may run on ("вересня 2022 року")
_SNAP = 32

_MIN_YEAR = 1000
_MAX_YEAR = 2199
_BARE_MIN_YEAR = 1900
_BARE_MAX_YEAR = 2099
_TWO_DIGITS = 2
_FOUR_DIGITS = 4
_CENTURY_PIVOT = 50
_MAX_HOUR = 23
_MAX_MINUTE = 59
_TIME_REACH = 400  # characters back a time may look for the date it belongs to
_TENSE_SLACK = dt.timedelta(days=3)


def _month_forms() -> dict[str, int]:
    forms: dict[str, int] = {}
    uk_regular = ("ень", "ня", "ні", "нем", "ню", "неві")
    for month, stem in (
        (1, "січ"),
        (3, "берез"),
        (4, "квіт"),
        (5, "трав"),
        (6, "черв"),
        (7, "лип"),
        (8, "серп"),
        (9, "верес"),
        (10, "жовт"),
        (12, "груд"),
    ):
        forms.update(dict.fromkeys((stem + ending for ending in uk_regular), month))
    forms.update(dict.fromkeys(("лютий", "лютого", "лютому", "лютим", "лютім"), 2))
    forms.update(dict.fromkeys(("листопад" + e for e in ("", "а", "і", "ом", "у", "ові")), 11))
    ru_soft = ("ь", "я", "е", "ем", "ю")
    for month, stem in (
        (1, "январ"),
        (2, "феврал"),
        (4, "апрел"),
        (6, "июн"),
        (7, "июл"),
        (9, "сентябр"),
        (10, "октябр"),
        (11, "ноябр"),
        (12, "декабр"),
    ):
        forms.update(dict.fromkeys((stem + ending for ending in ru_soft), month))
    for month, stem in ((3, "март"), (8, "август")):
        forms.update(dict.fromkeys((stem + e for e in ("", "а", "е", "ом", "у")), month))
    forms.update(dict.fromkeys(("май", "мая", "мае", "маем", "маю"), 5))
    return forms


_MONTHS = _month_forms()
_ENGLISH_MONTHS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_YEAR_WORDS = frozenset(
    {"рік", "року", "році", "роком", "роки", "роках", "рр", "р"}
    | {"год", "года", "году", "годом", "годы", "годах", "гг", "г"}
)
_PLURAL_YEAR_WORDS = frozenset({"років", "годов"})  # "2005-2007 років"; "2000 років" is a span
_YEAR_SUFFIXES = frozenset(
    {"го", "ого", "му", "ому", "м", "ом", "й", "ий", "ій", "ый", "ой", "е", "ем", "ему"}
)
_DAY_SUFFIXES = frozenset({"го", "е", "ого", "ге", "ше", "тє", "th", "st", "nd", "rd"})
_RELATIVE_YEAR = {
    "цього": 0,
    "поточного": 0,
    "минулого": -1,
    "наступного": 1,
    "этого": 0,
    "текущего": 0,
    "сего": 0,
    "прошлого": -1,
    "следующего": 1,
    "будущего": 1,
}
_RELATIVE_YEAR_NOUNS = frozenset({"року", "года"})
_RELATIVE_DAYS = {
    "сьогодні": 0,
    "завтра": 1,
    "вчора": -1,
    "учора": -1,
    "післязавтра": 2,
    "позавчора": -2,
    "сегодня": 0,
    "вчера": -1,
    "послезавтра": 2,
    "позавчера": -2,
    "today": 0,
    "tomorrow": 1,
    "yesterday": -1,
}
# Words that join days, months or years of one list or range.
_LIST_JOINERS = frozenset(
    {",", "та", "і", "й", "и", "and", "or", "або", "или", "-", "–", "—", "по", "до", "to", "&"}
)
_YEAR_PREPOSITIONS = frozenset(
    {"у", "в", "з", "із", "зі", "до", "після", "від", "по", "с", "со", "после", "от", "за"}
    | {"in", "since", "by", "from", "until"}
)
_TIME_PREPOSITIONS = frozenset({"о", "об", "в", "во", "at", "з", "із", "с", "до", "from", "until"})
_HOUR_WORDS = frozenset({"год", "годині", "година", "часов", "часа", "час", "ч", "h", "hours"})
_CLOSING_PUNCTUATION = frozenset(',.;:)!?»"”')
_NUMBER_SIGNS = frozenset({"№", "n", "no", "#", "nr"})
_STREET_WORDS = frozenset(
    {"вул", "вулиця", "вулиці", "вулицю", "просп", "проспект", "пл", "площа", "площі"}
    | {"ул", "улица", "улице", "улицы", "пр", "пер", "провулок", "переулок", "street", "st"}
)
_NUMERIC_SEPARATORS = frozenset({".", "/"})
_GLUES = frozenset({".", "/", "-"})
_DASHES = frozenset({"-", "–", "—"})
_MONTH_LOOKAHEAD = 24  # tokens from a day to its month ("25 та 30 серпня, 06 та 08 вересня")
_NOT_COUNTED = frozenset({"VERB", "INFN", "ADVB", "PREP", "CONJ", "PRCL", "PRTF", "PRTS", "GRND"})
_DATED = frozenset({"від", "от", "dated"})


class _Token(NamedTuple):
    text: str  # lower case
    start: int
    end: int
    raw: str


_GAP = _Token("\x00", -2, -1, "")


@attrs.define
class _Found:
    """A date as the grammar read it, before checks and year resolution."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    relative: bool = False
    time_only: bool = False
    needs_year: bool = False


def _windows(text: str, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    """Stretches of text around the anchors (numbers, relative words), merged."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    low, high = 0, -1
    for match in anchor.finditer(text):
        start, end = match.span()
        if high < 0 or start - _REACH_BACK > high:
            if high >= 0:
                windows.append((low, high))
            low = max(0, start - _REACH_BACK)
        high = min(size, end + _REACH_AHEAD)
    if high >= 0:
        windows.append((low, high))
    snapped = []
    for start, end in windows:
        space = text.rfind(" ", max(0, start - _SNAP), start)
        space_after = _SPACE.search(text, end, min(size, end + _SNAP))
        snapped.append(
            (space + 1 if space >= 0 else start, space_after.start() if space_after else end)
        )
    return snapped


def _tokens(text: str, windows: Iterable[tuple[int, int]]) -> list[_Token]:
    """The tokens of the windows, with a separator token between windows."""
    tokens: list[_Token] = []
    append = tokens.append
    new = tuple.__new__  # the NamedTuple's own __new__ is a slower Python function
    find = text.find
    for start, end in windows:
        if tokens:
            append(_GAP)
        # ``findall`` hands the tokens over without a match object each; only spaces lie
        # between two tokens, so ``str.find`` from the end of the one before finds where
        # each starts.
        reached = start
        for raw in _TOKEN.findall(text, start, end):
            at = find(raw, reached)
            reached = at + len(raw)
            append(new(_Token, (raw.lower(), at, reached, raw)))
    return tokens


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    """Whether the parts make a date `DateMention` accepts."""
    if year is not None and not dt.MINYEAR <= year <= dt.MAXYEAR:
        return False
    if month is not None and not 1 <= month <= 12:  # noqa: PLR2004 - months of the year
        return False
    if day is None:
        return True
    if month is None or day < 1:
        return False
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _is_rising_range(listed: list[tuple[int, int]]) -> bool:
    """Two years of a range, the second later but within a century ("1994-2010")."""
    if len(listed) != _TWO_DIGITS:
        return False
    first, second = listed[0][0], listed[1][0]
    return _MIN_YEAR <= first < second <= first + 100


class _Grammar:
    """One pass of the date grammar over the tokens of a text."""

    def __init__(
        self, text: str, tokens: Sequence[_Token], published: dt.date | None, language: str
    ) -> None:
        self.language = language
        self.text = text
        self.tokens = tokens
        self.published = published
        self.found: list[_Found] = []

    # -- token helpers -------------------------------------------------------------------

    def tok(self, index: int) -> _Token | None:
        return self.tokens[index] if 0 <= index < len(self.tokens) else None

    def adjacent(self, left: int, right: int) -> bool:
        """Whether two tokens touch (no space between them)."""
        a, b = self.tok(left), self.tok(right)
        return a is not None and b is not None and a.end == b.start

    def month_at(self, index: int) -> int | None:
        token = self.tok(index)
        if token is None:
            return None
        month = _MONTHS.get(token.text)
        if month is None and token.raw[:1].isupper():
            month = _ENGLISH_MONTHS.get(token.text)
        return month

    def number_at(self, index: int) -> int | None:
        token = self.tok(index)
        return int(token.text) if token is not None and token.text.isdigit() else None

    def is_code_part(self, index: int) -> bool:
        """Whether the number at ``index`` continues a code, a decimal or a numbered item."""
        before = self.tok(index - 1)
        if before is None:
            return False
        if before.text in _NUMBER_SIGNS or before.text.rstrip(".") in _NUMBER_SIGNS:
            return True
        if before.text in {".", ",", "/", ":", "-"} and self.adjacent(index - 1, index):
            prior = self.tok(index - 2)
            return (
                prior is not None and prior.text.isdigit() and self.adjacent(index - 2, index - 1)
            )
        return before.text.isdigit() and self.adjacent(index - 1, index)

    def on_street(self, index: int) -> bool:
        """Whether the number at ``index`` is a street name's ("вул. 9 Травня")."""
        for back in (1, 2):
            before = self.tok(index - back)
            if before is not None and before.text in _STREET_WORDS:
                return True
        return False

    def continues_as_code(self, index: int) -> bool:
        """Whether the token after ``index`` glues on more digits ("12.05-01", "15,6")."""
        after, further = self.tok(index + 1), self.tok(index + 2)
        return (
            after is not None
            and further is not None
            and after.text in {".", ",", "/", ":"}
            and self.adjacent(index, index + 1)
            and self.adjacent(index + 1, index + 2)
            and further.text.isdigit()
        )

    # -- pieces --------------------------------------------------------------------------

    def day(self, index: int) -> tuple[int, int] | None:
        """A day number at ``index`` and the index after it (ordinal suffix included)."""
        token = self.tok(index)
        if token is None or not token.text.isdigit() or len(token.text) > _TWO_DIGITS:
            return None
        value = int(token.text)
        if not 1 <= value <= 31:  # noqa: PLR2004 - days of a month
            return None
        after = index + 1
        following = self.tok(after)
        if following is not None and following.text == "-" and self.adjacent(index, after):
            suffix = self.tok(after + 1)
            if (
                suffix is not None
                and suffix.text in _DAY_SUFFIXES
                and self.adjacent(after, after + 1)
            ):
                after += 2
        elif (
            following is not None
            and following.text in _DAY_SUFFIXES
            and self.adjacent(index, after)
            and following.text.isascii()
        ):
            after += 1
        if self.continues_as_code(after - 1):
            return None
        return value, after

    def joiner(self, index: int) -> int | None:
        """The index after a list or range joiner ("та", "-", ", і"), or None."""
        token = self.tok(index)
        if token is None or token.text not in _LIST_JOINERS:
            return None
        after = index + 1
        following = self.tok(after)
        if token.text == "," and following is not None and following.text in _LIST_JOINERS:
            after += 1
        return after

    def year(self, index: int) -> tuple[int, int] | None:
        """A four-digit year at ``index`` and the index after it (suffix "-го" included)."""
        token = self.tok(index)
        if token is None or not token.text.isdigit() or len(token.text) != _FOUR_DIGITS:
            return None
        value = int(token.text)
        if not _MIN_YEAR <= value <= _MAX_YEAR or self.continues_as_code(index):
            return None
        return value, index + 1

    def year_suffix(self, index: int) -> int | None:
        """The index after a suffix such as "-му" or "-го" starting at ``index``."""
        dash, suffix = self.tok(index), self.tok(index + 1)
        if (
            dash is not None
            and dash.text in {"-", "–"}
            and suffix is not None
            and suffix.text in _YEAR_SUFFIXES
            and suffix.end - dash.start <= len("-ому") + 2
        ):
            return index + 2
        return None

    def year_word(self, index: int, *, plural: bool) -> int | None:
        """The index after a year word ("року", "г.") at ``index``."""
        token = self.tok(index)
        if token is None:
            return None
        if token.text in _YEAR_WORDS or (plural and token.text in _PLURAL_YEAR_WORDS):
            after = index + 1
            dot = self.tok(after)
            if token.text in {"р", "г", "рр", "гг"} and dot is not None and dot.text == ".":
                after += 1
            return after
        return None

    def relative_year(self, index: int) -> tuple[int | None, int] | None:
        """A year given as "цього року" or "прошлого года", resolved when possible."""
        word, noun = self.tok(index), self.tok(index + 1)
        if word is None or noun is None or noun.text not in _RELATIVE_YEAR_NOUNS:
            return None
        offset = _RELATIVE_YEAR.get(word.text)
        if offset is None:
            return None
        year = self.published.year + offset if self.published is not None else None
        return year, index + 2

    def explicit_year(self, index: int) -> tuple[int | None, int, bool] | None:
        """A year following a day or month: "2022", "2022 року", "цього року"."""
        start = index
        token = self.tok(index)
        if token is not None and token.text == ",":
            index += 1
        found = self.year(index)
        if found is not None:
            value, after = found
            after = self.year_suffix(after) or self.year_word(after, plural=False) or after
            return value, after, True
        relative = self.relative_year(start)
        if relative is not None:
            return relative[0], relative[1], relative[0] is not None
        return None

    # -- rules ---------------------------------------------------------------------------

    def add(self, start: int, end: int, **parts: int | bool | None) -> None:
        self.found.append(_Found(start=start, end=end, **parts))  # type: ignore[arg-type]

    def day_list(self, index: int) -> tuple[list[tuple[int, int]], int] | None:
        """Days joined by list or range words, and the index after the last one."""
        first = self.day(index)
        if first is None:
            return None
        days = [(first[0], index)]
        after = first[1]
        while True:
            joined = self.joiner(after)
            if joined is None:
                break
            following = self.day(joined)
            if following is None:
                break
            days.append((following[0], joined))
            after = following[1]
        return days, after

    def day_month(self, index: int) -> int | None:
        """Days before month names, in lists and ranges, with a shared year."""
        if self.is_code_part(index) or self.on_street(index):
            return None
        groups: list[tuple[list[tuple[int, int]], int, int]] = []  # days, month, month index
        years: list[tuple[int | None, int, int]] = []  # year, last group it covers, end char
        cursor = index
        end = index
        while True:
            listed = self.day_list(cursor)
            if listed is None:
                break
            days, after = listed
            month = self.month_at(after)
            if month is None:
                break
            groups.append((days, month, after))
            end = after + 1
            year = self.explicit_year(end)
            if year is not None:
                end = year[1]
                years.append((year[0], len(groups), self.tokens[end - 1].end))
            joined = self.joiner(end)
            if joined is None or self.day(joined) is None:
                break
            cursor = joined
        if not groups:
            return None
        self.emit_day_groups(groups, years)
        return end

    def emit_day_groups(
        self,
        groups: list[tuple[list[tuple[int, int]], int, int]],
        years: list[tuple[int | None, int, int]],
    ) -> None:
        """One mention per day; a year covers the groups before it that have none."""
        for number, (days, month, month_index) in enumerate(groups, start=1):
            covering = next((y for y in years if y[1] >= number), None)
            value = covering[0] if covering is not None else None
            for position, (day, day_index) in enumerate(days):
                last = position == len(days) - 1
                group_end = self.tokens[month_index].end if last else self.tokens[day_index].end
                if last and covering is not None and covering[1] == number:
                    group_end = covering[2]
                self.add(
                    self.tokens[day_index].start,
                    group_end,
                    year=value,
                    month=month,
                    day=day,
                    needs_year=value is None,
                )

    def month_day_english(self, index: int) -> int | None:
        """English order: "December 3, 2023", "Dec 3 and 5"."""
        token = self.tok(index)
        if token is None or token.text not in _ENGLISH_MONTHS or not token.raw[:1].isupper():
            return None
        cursor = index + 1
        dot = self.tok(cursor)
        if dot is not None and dot.text == "." and self.adjacent(index, cursor):
            cursor += 1
        listed = self.day_list(cursor)
        if listed is None:
            return None
        days, after = listed
        following = self.tok(after)
        if (
            following is not None
            and following.text.isdigit()
            and len(following.text) != _FOUR_DIGITS
        ):
            return None
        year = self.explicit_year(after)
        end = year[1] if year is not None else after
        value = year[0] if year is not None else None
        month = _ENGLISH_MONTHS[token.text]
        for day, _ in days:
            self.add(
                token.start,
                self.tokens[end - 1].end,
                year=value,
                month=month,
                day=day,
                needs_year=value is None,
            )
        return end

    def month_year(self, index: int) -> int | None:
        """Months with a year: "у грудні 2011 року", "з травня по липень 2023 року"."""
        months: list[tuple[int, int]] = []
        cursor = index
        while True:
            month = self.month_at(cursor)
            if month is None:
                break
            months.append((month, cursor))
            joined = self.joiner(cursor + 1)
            if joined is None or self.month_at(joined) is None:
                cursor += 1
                break
            cursor = joined
        if not months:
            return None
        year = self.explicit_year(cursor)
        if year is None or year[0] is None:
            return None
        end_char = self.tokens[year[1] - 1].end
        for month, month_index in months:
            self.add(self.tokens[month_index].start, end_char, year=year[0], month=month)
        return year[1]

    def numeric_parts(self, index: int) -> tuple[str, str, str, str] | None:
        """Three numbers glued by one separator ("03.12.2023"), with the separator."""
        parts = [self.tok(index + k) for k in range(5)]
        if any(part is None for part in parts) or not all(
            self.adjacent(index + k, index + k + 1) for k in range(4)
        ):
            return None
        first, sep1, second, sep2, third = (part.text for part in parts if part is not None)
        if sep1 != sep2 or not (first.isdigit() and second.isdigit() and third.isdigit()):
            return None
        if self.continues_as_code(index + 4):
            return None
        return first, sep1, second, third

    def numeric_year(self, index: int, digits: str) -> int | None:
        """The year of a numeric date: four digits, or two after "від" or before "р."."""
        if len(digits) == _FOUR_DIGITS:
            return int(digits)
        if len(digits) == _TWO_DIGITS and (
            self.year_word(index + 5, plural=False) is not None
            or (self.tok(index - 1) or _GAP).text in _DATED
        ):
            short = int(digits)
            return 2000 + short if short <= _CENTURY_PIVOT else 1900 + short
        return None

    def numeric(self, index: int) -> int | None:
        """Numeric dates: "03.12.2023", "3/12/2023", "від 03.12.23", "2023-12-03"."""
        parts = None if self.is_code_part(index) else self.numeric_parts(index)
        if parts is None:
            return None
        first, separator, second, third = parts
        year: int | None = None
        if (
            separator == "-"
            and len(first) == _FOUR_DIGITS
            and len(second) == len(third) == _TWO_DIGITS
        ):
            year, month, day = int(first), int(second), int(third)
        elif (
            separator in _NUMERIC_SEPARATORS
            and len(first) <= _TWO_DIGITS
            and len(second) <= _TWO_DIGITS
        ):
            day, month = int(first), int(second)
            year = self.numeric_year(index, third)
        if year is None or not _MIN_YEAR <= year <= _MAX_YEAR:
            return None
        after = self.year_word(index + 5, plural=False) or index + 5
        self.add(
            self.tokens[index].start, self.tokens[after - 1].end, year=year, month=month, day=day
        )
        return after

    def years(self, index: int) -> int | None:
        """Years marked as years: "у 2017 році", "2021–2025 роки", "у 2017-ому"."""
        if self.is_code_part(index):
            return None
        first = self.year(index)
        if first is None:
            return None
        listed = [(first[0], index)]
        after = first[1]
        suffix = self.year_suffix(after)
        while suffix is None:
            joined = self.joiner(after)
            if joined is None:
                break
            following = self.year(joined)
            if following is None:
                break
            listed.append((following[0], joined))
            after = following[1]
            suffix = self.year_suffix(after)
        end = suffix or self.year_word(after, plural=len(listed) > 1)
        if end is None and self.bare_year_allowed(index, after, listed):
            end = after
        if end is None:
            return None
        last = self.tokens[end - 1].end
        for value, position in listed:
            self.add(
                self.tokens[position].start,
                last if position == listed[-1][1] else self.tokens[position].end,
                year=value,
            )
        return end

    def bare_year_allowed(self, index: int, after: int, listed: list[tuple[int, int]]) -> bool:
        """Whether years without a year word still read as years.

        They do as a rising range ("(2006-2010)", "1824–1872"), after "рік" ("Рік 1943"),
        and after a preposition when punctuation, a joining word, a verb or a capitalised
        word follows ("з 2012, коли", "у 2013 повідомила") -- not a counted noun
        ("у 2000 осіб").
        """
        before = self.tok(index - 1) or _GAP
        if before.text in {"рік", "год", "year"}:
            return True
        dashed = (self.tok(listed[0][1] + 1) or _GAP).text in _DASHES
        if _is_rising_range(listed) and dashed:
            return self.reads_as_year_after(after)
        if before.text not in _YEAR_PREPOSITIONS or not all(
            _BARE_MIN_YEAR <= value <= _BARE_MAX_YEAR for value, _ in listed
        ):
            return False
        return self.reads_as_year_after(after)

    def reads_as_year_after(self, after: int) -> bool:
        """Whether the token after a bare year lets it be a year rather than a count.

        Punctuation, a verb or a capitalised word may follow ("з 2012, коли"); a joining
        word only when another year or a preposition comes next ("з 2006 по 2007 і з
        2010"), so that "від 2000 до 3000 грн" stays money.
        """
        following = self.tok(after)
        if following is None or following.text in _CLOSING_PUNCTUATION:
            return True
        if following.text in _LIST_JOINERS:
            further = self.tok(after + 1) or _GAP
            year = self.year(after + 1)
            return further.text in _YEAR_PREPOSITIONS or (
                year is not None and _BARE_MIN_YEAR <= year[0] <= _BARE_MAX_YEAR
            )
        if not following.text.isalpha():
            return False
        if following.raw[:1].isupper():
            return True
        parses = parse(following.text, self.language)
        return bool(parses) and parses[0].tag.POS in _NOT_COUNTED

    def time(self, index: int) -> int | None:
        """A time of day after a preposition: "о 12.00 год.", "в 15:30", "о 10 годині"."""
        preposition = self.tok(index)
        if preposition is None or preposition.text not in _TIME_PREPOSITIONS:
            return None
        hour = self.number_at(index + 1)
        if hour is None or hour > _MAX_HOUR or len(self.tokens[index + 1].text) > _TWO_DIGITS:
            return None
        separator, minutes = self.tok(index + 2), self.tok(index + 3)
        if (
            separator is not None
            and minutes is not None
            and separator.text in {":", "."}
            and self.adjacent(index + 1, index + 2)
            and self.adjacent(index + 2, index + 3)
            and minutes.text.isdigit()
            and len(minutes.text) == _TWO_DIGITS
            and int(minutes.text) <= _MAX_MINUTE
            and not self.continues_as_code(index + 3)
        ):
            end = index + 4
            word = self.tok(end)
            if word is not None and word.text in _HOUR_WORDS:
                end += 1
                dot = self.tok(end)
                if dot is not None and dot.text == "." and self.adjacent(end - 1, end):
                    end += 1
            self.add(
                preposition.start,
                self.tokens[end - 1].end,
                hour=hour,
                minute=int(minutes.text),
                time_only=True,
            )
            return end
        word = self.tok(index + 2)
        if word is not None and word.text in _HOUR_WORDS and not self.continues_as_code(index + 1):
            self.add(preposition.start, word.end, hour=hour, minute=0, time_only=True)
            return index + 3
        return None

    def relative_day(self, index: int) -> int | None:
        token = self.tokens[index]
        offset = _RELATIVE_DAYS.get(token.text)
        if offset is None or self.published is None:
            return None
        try:
            day = self.published + dt.timedelta(days=offset)
        except OverflowError:  # "завтра" after 31 December 9999
            return index + 1
        self.add(token.start, token.end, year=day.year, month=day.month, day=day.day, relative=True)
        return index + 1

    def next_months(self) -> list[int]:
        """For each token, the index of the next month name (a sentinel when none)."""
        count = len(self.tokens)
        following = [count + _MONTH_LOOKAHEAD] * (count + 1)
        for index in range(count - 1, -1, -1):
            token = self.tokens[index]
            is_month = token.text in _MONTHS or (
                token.text in _ENGLISH_MONTHS and token.raw[:1].isupper()
            )
            following[index] = index if is_month else following[index + 1]
        return following

    def digit_rules(self, index: int, token: _Token, next_month: int) -> int | None:
        """The rules a number can start, tried only when their cue is at hand."""
        size = len(token.text)
        glued = self.adjacent(index, index + 1) and self.tokens[index + 1].text in _GLUES
        after = None
        if glued and size in {1, 2, 4}:
            after = self.numeric(index)
        if after is None and size <= _TWO_DIGITS and next_month - index <= _MONTH_LOOKAHEAD:
            after = self.day_month(index)
        if after is None and size == _FOUR_DIGITS:
            after = self.years(index)
        return after

    def word_rules(self, index: int, token: _Token) -> int | None:
        """The rules a word can start, tried only for the words that start them."""
        text = token.text
        if text in _ENGLISH_MONTHS or text in _MONTHS:
            return self.month_day_english(index) or self.month_year(index)
        if text in _TIME_PREPOSITIONS and (after := self.time(index)) is not None:
            return after
        if text in _RELATIVE_DAYS:
            return self.relative_day(index)
        return None

    def run(self) -> list[_Found]:
        index = 0
        count = len(self.tokens)
        next_month = self.next_months()
        while index < count:
            token = self.tokens[index]
            first = token.text[:1]
            after = None
            if first.isdigit():
                after = self.digit_rules(index, token, next_month[index])
            elif first.isalpha():
                after = self.word_rules(index, token)
            index = after if after is not None and after > index else index + 1
        return self.found


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (bounded by ., !, ? or a line break)."""
    left = start
    for match in _SENTENCE_END.finditer(text, max(0, start - 300), start):
        left = match.end()
    if left == start:
        left = max(0, start - 300)
    right_match = _SENTENCE_END.search(text, end, end + 300)
    right = right_match.start() if right_match else min(len(text), end + 300)
    return text[left:right]


@cache
def _verb_tense(word: str, language: str) -> str | None:
    parses = parse(word, language)
    if not parses:
        return None
    tag = parses[0].tag
    if "VERB" not in tag:
        return None
    if "futr" in tag:
        return "future"
    if "past" in tag:
        return "past"
    return None


def _tense(sentence: str, language: str) -> str | None:
    future = past = 0
    for word in _WORD.findall(sentence.lower()):
        tense = _verb_tense(word, language)
        future += tense == "future"
        past += tense == "past"
    if future > past:
        return "future"
    if past > future:
        return "past"
    return None


def _resolve_year(month: int, day: int, published: dt.date, tense: str | None) -> int | None:
    """The year of a day and month nearest the publication date, in the sentence's tense."""
    candidates = [
        dt.date(year, month, day)
        for year in (published.year - 1, published.year, published.year + 1)
        if _valid(year, month, day) and dt.MINYEAR <= year <= dt.MAXYEAR
    ]
    if not candidates:
        return None
    if tense == "future":
        ahead = [c for c in candidates if c - published >= -_TENSE_SLACK]
        return min(ahead).year if ahead else None
    if tense == "past":
        behind = [c for c in candidates if c - published <= _TENSE_SLACK]
        return max(behind).year if behind else None
    return min(candidates, key=lambda c: abs((c - published).days)).year


def _attach_times(found: list[_Found]) -> list[_Found]:
    """Give each time to the date it belongs to; times without a date are dropped."""
    dated: list[_Found] = []
    result: list[_Found] = []
    for item in sorted(found, key=lambda f: f.start):
        if not item.time_only:
            result.append(item)
            if item.day is not None:
                dated.append(item)
            continue
        anchor = dated[-1] if dated and item.start - dated[-1].end <= _TIME_REACH else None
        if anchor is not None and anchor.hour is None:
            anchor.hour, anchor.minute = item.hour, item.minute
    return result


def _drop_datelines(text: str, found: list[_Found]) -> list[_Found]:
    """Drop dates that stand alone on their line, as the dates of listed articles do.

    A line whose letters all belong to date mentions is a dateline (site chrome such as
    "10 March 2026" above a linked article), not a date the article states. A text of
    one line is never a dateline.
    """
    if "\n" not in text.strip():
        return found
    by_line: dict[int, list[_Found]] = {}
    for item in found:
        by_line.setdefault(text.rfind("\n", 0, item.start) + 1, []).append(item)
    dropped: set[int] = set()
    for line_start, items in by_line.items():
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        pieces, cursor = [], line_start
        for item in sorted(items, key=lambda f: f.start):
            pieces.append(text[cursor : max(cursor, item.start)])
            cursor = max(cursor, item.end)
        pieces.append(text[cursor:line_end])
        if not _WORD.search("".join(pieces)):
            dropped.update(id(item) for item in items)
    return [item for item in found if id(item) not in dropped]


def _mentions(text: str, found: Iterable[_Found]) -> list[DateMention]:
    mentions = []
    for item in found:
        if item.year is None and item.month is None and item.day is None:
            continue
        if not _valid(item.year, item.month, item.day):
            continue
        mentions.append(
            DateMention(
                text=text[item.start : item.end],
                span=Span(start=item.start, end=item.end),
                year=item.year,
                month=item.month,
                day=item.day,
                hour=item.hour if item.day is not None else None,
                minute=item.minute if item.day is not None else None,
                relative=item.relative,
            )
        )
    return mentions


def date_mentions(
    text: str, *, language: str, published: dt.date | None = None
) -> tuple[DateMention, ...]:
    """Every date mention in ``text``, repeated mentions included, in text order.

    Args:
        text: The article body.
        language: ``uk`` or ``ru``; the grammar reads all three languages, the code
            picks the morphology that tells the tense of a sentence.
        published: The publication date; resolves years and relative words.

    Returns:
        One [`DateMention`][govnews.DateMention] per mention.

    Examples:
        >>> [(m.text, m.day) for m in date_mentions("З 18 по 20 травня.", language="uk")]
        [('18', 18), ('20 травня', 20)]
    """
    if not text:
        return ()
    windows = _windows(text, _DIGITS if published is None else _DIGITS_OR_RELATIVE)
    if not windows:
        return ()
    try:
        found = _Grammar(text, _tokens(text, windows), published, language).run()
        found = _drop_datelines(text, _attach_times(found))
        if published is not None:
            for item in found:
                if item.needs_year and item.year is None and item.month and item.day:
                    tense = _tense(_sentence(text, item.start, item.end), language)
                    item.year = _resolve_year(item.month, item.day, published, tense)
        return tuple(_mentions(text, found))
    except (ValueError, IndexError, OverflowError):  # pragma: no cover - defensive
        return ()


def find_dates(text: str, *, language: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """Find the dates stated in ``text``, one record per distinct date.

    A date mentioned several times is reported once, at its first explicit mention;
    a time given elsewhere for the same day is added to it. Relative words
    ("завтра", "вчора") are reported, marked ``relative=True``, only when
    ``published`` resolves them, and give way to an explicit mention of the same day.

    Args:
        text: The article body.
        language: ``uk`` or ``ru``.
        published: The publication date, or ``None``.

    Returns:
        The dates, in order of first mention.

    Examples:
        >>> [(d.year, d.month, d.day) for d in find_dates(
        ...     "25 та 30 серпня, 06 та 08 вересня 2022 року", language="uk", published=None)]
        [(2022, 8, 25), (2022, 8, 30), (2022, 9, 6), (2022, 9, 8)]
        >>> find_dates("Наказ № 12.05-01, тел. 067-123-45-67, 15,6 млн грн", language="uk",
        ...            published=None)
        ()
    """
    chosen: dict[tuple[int | None, int | None, int | None], DateMention] = {}
    for mention in date_mentions(text, language=language, published=published):
        key = (mention.year, mention.month, mention.day)
        kept = chosen.get(key)
        if kept is None:
            chosen[key] = mention
        elif kept.relative and not mention.relative:
            hour = mention.hour if mention.hour is not None else kept.hour
            minute = mention.minute if mention.hour is not None else kept.minute
            chosen[key] = attrs.evolve(mention, hour=hour, minute=minute)
        elif kept.hour is None and mention.hour is not None:
            chosen[key] = attrs.evolve(kept, hour=mention.hour, minute=mention.minute)
    return tuple(sorted(chosen.values(), key=lambda m: m.span.start))
