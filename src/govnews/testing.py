"""Hypothesis strategies for every govnews record, for your own property tests.

Needs the optional extra ``govnews[testing]`` (hypothesis).

Examples:
    >>> import govnews
    >>> from hypothesis import given
    >>> from govnews.testing import articles
    >>> @given(articles())
    ... def test_round_trip(article):
    ...     assert govnews.from_json(govnews.to_json(article), govnews.Article) == article
    >>> test_round_trip()
"""

import calendar
import datetime as dt
import string
from collections.abc import Callable
from typing import Any, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised without the extra
    from govnews.exceptions import MissingDependencyError

    msg = "govnews.testing needs the 'testing' extra: pip install 'govnews[testing]'"
    raise MissingDependencyError(msg) from error

from govnews.model import (
    Article,
    DateMention,
    Event,
    EventKind,
    LanguageGuess,
    Official,
    Organization,
    OrganizationKind,
    Place,
    PlaceKind,
    Programme,
    ProgrammeKind,
    Span,
)

__all__ = [
    "articles",
    "date_mentions",
    "events",
    "language_guesses",
    "officials",
    "organizations",
    "places",
    "programmes",
    "spans",
    "texts",
]

T = TypeVar("T")

_UKRAINIAN = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ’"
_RUSSIAN = "ёыэъЁЫЭЪ"
_ALPHABET = _UKRAINIAN + _RUSSIAN + string.ascii_letters + string.digits + " .,;:-–—«»\"'()\n"

_LANGUAGES = ("uk", "ru", "en", "be", "bg", "und")


def texts(*, max_size: int = 400) -> st.SearchStrategy[str]:
    """Texts of Cyrillic and Latin letters, digits, punctuation and line breaks."""
    return st.text(alphabet=_ALPHABET, max_size=max_size)


def _names() -> st.SearchStrategy[str]:
    return st.text(
        alphabet=_UKRAINIAN + _RUSSIAN + string.ascii_letters + " -", min_size=1, max_size=40
    )


def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def spans(size: int = 1_000) -> st.SearchStrategy[Span]:
    """Spans that fit inside a text of ``size`` characters."""
    return st.integers(0, size).flatmap(
        lambda start: st.builds(Span, start=st.just(start), end=st.integers(start, size))
    )


def _mentions(size: int) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(size), max_size=4).map(tuple)


@st.composite
def date_mentions(draw: Callable[[st.SearchStrategy[Any]], Any], size: int = 1_000) -> DateMention:
    """Valid date mentions: a year, a month, a day that fits them, maybe a time."""
    year = draw(_optional(st.integers(1900, 2100)))
    month = draw(_optional(st.integers(1, 12)))
    day = None
    if month is not None:
        last = calendar.monthrange(2000 if year is None else year, month)[1]
        day = draw(_optional(st.integers(1, last)))
    hour = draw(_optional(st.integers(0, 23)))
    minute = draw(_optional(st.integers(0, 59)))
    return DateMention(
        text=draw(texts(max_size=30)),
        span=draw(spans(size)),
        year=year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        relative=draw(st.booleans()),
    )


def officials(size: int = 1_000) -> st.SearchStrategy[Official]:
    """Officials with mentions inside a text of ``size`` characters."""
    return st.builds(
        Official,
        name=_names(),
        given_name=_names(),
        patronymic=_optional(_names()),
        surname=_names(),
        latin=st.text(alphabet=string.ascii_letters + " -'", max_size=40),
        position=_optional(texts(max_size=80)),
        organization=_optional(_names()),
        mentions=_mentions(size),
    )


def organizations(size: int = 1_000) -> st.SearchStrategy[Organization]:
    """Organisations with mentions inside a text of ``size`` characters."""
    return st.builds(
        Organization,
        name=_names(),
        acronym=_optional(
            st.text(alphabet=string.ascii_uppercase + "АБВГДОРСУ", min_size=2, max_size=6)
        ),
        kind=st.sampled_from(OrganizationKind),
        mentions=_mentions(size),
    )


def places(size: int = 1_000) -> st.SearchStrategy[Place]:
    """Places with mentions inside a text of ``size`` characters."""
    return st.builds(
        Place,
        name=_names(),
        kind=st.sampled_from(PlaceKind),
        code=_optional(st.from_regex(r"UA-[0-9]{2}|UA[0-9]{17}|[A-Z]{2}", fullmatch=True)),
        mentions=_mentions(size),
    )


def programmes(size: int = 1_000) -> st.SearchStrategy[Programme]:
    """Programmes with mentions inside a text of ``size`` characters."""
    return st.builds(
        Programme,
        name=_names(),
        kind=st.sampled_from(ProgrammeKind),
        funders=st.lists(_names(), max_size=3).map(tuple),
        mentions=_mentions(size),
    )


def events(size: int = 1_000) -> st.SearchStrategy[Event]:
    """Events with mentions inside a text of ``size`` characters."""
    return st.builds(
        Event,
        kind=st.sampled_from(EventKind),
        name=_optional(_names()),
        date=_optional(date_mentions(size)),
        location=_optional(_names()),
        participants=st.lists(_names(), max_size=3).map(tuple),
        organizers=st.lists(_names(), max_size=3).map(tuple),
        programme=_optional(_names()),
        mentions=_mentions(size),
    )


@st.composite
def language_guesses(draw: Callable[[st.SearchStrategy[Any]], Any]) -> LanguageGuess:
    """Language guesses whose alternatives include the chosen code."""
    codes = draw(st.lists(st.sampled_from(_LANGUAGES), min_size=1, max_size=4, unique=True))
    probabilities = draw(st.lists(st.floats(0, 1), min_size=len(codes), max_size=len(codes)))
    alternatives = dict(zip(codes, probabilities, strict=True))
    return LanguageGuess(code=codes[0], probability=probabilities[0], alternatives=alternatives)


@st.composite
def articles(draw: Callable[[st.SearchStrategy[Any]], Any]) -> Article:
    """Articles whose every span indexes into their text."""
    text = draw(texts())
    size = len(text)

    def some(strategy: Callable[[int], st.SearchStrategy[T]]) -> tuple[T, ...]:
        return tuple(draw(st.lists(strategy(size), max_size=3)))

    return Article(
        id=draw(st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)),
        url=draw(_optional(st.just("https://example.org/news/1"))),
        title=draw(_optional(texts(max_size=80))),
        text=text,
        language=draw(st.sampled_from(_LANGUAGES)),
        published=draw(_optional(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))),
        dates=some(date_mentions),
        officials=some(officials),
        organizations=some(organizations),
        places=some(places),
        events=some(events),
        programmes=some(programmes),
        removed=tuple(draw(st.lists(texts(max_size=60), max_size=3))),
    )
