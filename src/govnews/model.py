"""The records govnews produces: attrs classes and enums, no parsing and no I/O.

Every record is frozen, slotted and keyword-only; sequences are tuples, optional values
are ``None``. Records are hashable and picklable, so they travel through
multiprocessing, Dask or Spark unchanged.
"""

import calendar
import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

__all__ = [
    "Article",
    "DateMention",
    "Event",
    "EventKind",
    "LanguageGuess",
    "Official",
    "Organization",
    "OrganizationKind",
    "Place",
    "PlaceKind",
    "Programme",
    "ProgrammeKind",
    "Span",
]

_LANGUAGE_CODE = re.compile(r"[a-z]{2}|und")
_LANGUAGE_SCHEMA = {"json_schema": {"pattern": "^([a-z]{2}|und)$"}}


def _schema_range(low: int, high: int) -> dict[str, dict[str, int]]:
    """Field metadata that tells `json_schema` the inclusive range of a number."""
    return {"json_schema": {"minimum": low, "maximum": high}}


class OrganizationKind(enum.Enum):
    """What sort of body an [`Organization`][govnews.Organization] is.

    The value (``"state_body"``, ...) is what JSON and the exports store.

    Attributes:
        STATE_BODY: A central state body: a service, agency, inspection or committee.
        COUNCIL: An elected council: village, town, city, district or oblast council.
        ADMINISTRATION: An executive body of a territory: a state or military
            administration, an executive committee.
        MINISTRY: A ministry.
        INTERNATIONAL: A donor or an international body: UN and EU bodies, USAID, GIZ.
        COMPANY: A business or a state enterprise.
        NGO: A non-governmental organisation, an association or a foundation.
        EDUCATION: A school, college, university or academy.
        OTHER: Any other named body.
    """

    STATE_BODY = "state_body"
    COUNCIL = "council"
    ADMINISTRATION = "administration"
    MINISTRY = "ministry"
    INTERNATIONAL = "international"
    COMPANY = "company"
    NGO = "ngo"
    EDUCATION = "education"
    OTHER = "other"


class PlaceKind(enum.Enum):
    """What sort of territory a [`Place`][govnews.Place] is.

    Attributes:
        COUNTRY: A country.
        REGION: A first-level region: an oblast, Kyiv, Crimea, a Russian federal subject.
        DISTRICT: A district (raion).
        HROMADA: A territorial community (hromada).
        CITY: A city.
        TOWN: A town or an urban-type settlement.
        VILLAGE: A village or a rural settlement.
        OTHER: Any other named territory.
    """

    COUNTRY = "country"
    REGION = "region"
    DISTRICT = "district"
    HROMADA = "hromada"
    CITY = "city"
    TOWN = "town"
    VILLAGE = "village"
    OTHER = "other"


class EventKind(enum.Enum):
    """What sort of happening an [`Event`][govnews.Event] is.

    Attributes:
        MEETING: A meeting, sitting, round table or hearing ("нарада", "засідання").
        FORUM: A forum.
        CONFERENCE: A conference.
        SEMINAR: A seminar, training, webinar or workshop.
        SESSION: A session of a council ("сесія", a plenary sitting) or a strategy session.
        VISIT: A visit or a delegation.
        CEREMONY: A ceremony, including the signing of an agreement or memorandum.
        OTHER: Anything else: elections, votes, competitions, festivals, fairs, exhibitions.
    """

    MEETING = "meeting"
    FORUM = "forum"
    CONFERENCE = "conference"
    SEMINAR = "seminar"
    SESSION = "session"
    VISIT = "visit"
    CEREMONY = "ceremony"
    OTHER = "other"


class ProgrammeKind(enum.Enum):
    """What sort of undertaking a [`Programme`][govnews.Programme] is.

    Attributes:
        PROGRAMME: A programme.
        PROJECT: A project.
        INITIATIVE: An initiative.
        GRANT: A grant or a grant competition.
    """

    PROGRAMME = "programme"
    PROJECT = "project"
    INITIATIVE = "initiative"
    GRANT = "grant"


def _non_negative(_: object, attribute: "attrs.Attribute[int]", value: int) -> None:
    if value < 0:
        msg = f"{attribute.name} must be >= 0, got {value}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A stretch of [`Article.text`][govnews.Article], as Python string offsets.

    ``article.text[span.start:span.end]`` is the mentioned text.

    Attributes:
        start: Offset of the first character.
        end: Offset just past the last character (``end >= start``).

    Examples:
        >>> import govnews
        >>> span = govnews.Span(start=3, end=9)
        >>> "03 грудня"[span.start:span.end]
        'грудня'
    """

    start: int = attrs.field(validator=_non_negative, metadata={"json_schema": {"minimum": 0}})
    end: int = attrs.field(validator=_non_negative, metadata={"json_schema": {"minimum": 0}})

    def __attrs_post_init__(self) -> None:
        """Check that the span does not run backwards."""
        if self.end < self.start:
            msg = f"span end {self.end} is before its start {self.start}"
            raise ValueError(msg)


def _month_in_range(_: object, __: object, value: int | None) -> None:
    if value is not None and not 1 <= value <= 12:  # noqa: PLR2004 - months of the year
        msg = f"month must be 1-12, got {value}"
        raise ValueError(msg)


def _year_in_range(_: object, __: object, value: int | None) -> None:
    if value is not None and not dt.MINYEAR <= value <= dt.MAXYEAR:
        msg = f"year must be {dt.MINYEAR}-{dt.MAXYEAR}, got {value}"
        raise ValueError(msg)


def _in_range(low: int, high: int) -> Any:
    def check(_: object, attribute: "attrs.Attribute[int | None]", value: int | None) -> None:
        if value is not None and not low <= value <= high:
            msg = f"{attribute.name} must be {low}-{high}, got {value}"
            raise ValueError(msg)

    return check


@attrs.frozen(kw_only=True)
class DateMention:
    """A calendar date, a year, or a time of day stated in the article.

    Parts the text does not give are ``None``: "03 грудня" has no year unless it can be
    resolved from the publication date, "у 2017 році" has only a year.

    Attributes:
        text: The mention as written.
        span: Where it stands in [`Article.text`][govnews.Article].
        year: The year, when given or resolved.
        month: The month (1-12), when given.
        day: The day of the month, when given; it always fits the month.
        hour: The hour (0-23) of a time given with the date ("о 12.00 год.").
        minute: The minute (0-59) of that time.
        relative: True when the date comes from a word such as "завтра" or "вчора",
            resolved against the publication date.

    Examples:
        >>> import govnews
        >>> mention = govnews.DateMention(
        ...     text="03 грудня", span=govnews.Span(start=0, end=9), month=12, day=3
        ... )
        >>> mention.year, mention.month, mention.day
        (None, 12, 3)
        >>> mention.date is None  # no year, so no full date
        True
    """

    text: str
    span: Span
    year: int | None = attrs.field(
        default=None, validator=_year_in_range, metadata=_schema_range(dt.MINYEAR, dt.MAXYEAR)
    )
    month: int | None = attrs.field(
        default=None, validator=_month_in_range, metadata=_schema_range(1, 12)
    )
    day: int | None = attrs.field(
        default=None, validator=_in_range(1, 31), metadata=_schema_range(1, 31)
    )
    hour: int | None = attrs.field(
        default=None, validator=_in_range(0, 23), metadata=_schema_range(0, 23)
    )
    minute: int | None = attrs.field(
        default=None, validator=_in_range(0, 59), metadata=_schema_range(0, 59)
    )
    relative: bool = False

    def __attrs_post_init__(self) -> None:
        """Check that the day exists in its month (and year, when known)."""
        if self.day is None:
            return
        if self.month is None:
            msg = f"a day ({self.day}) needs a month"
            raise ValueError(msg)
        year = self.year if self.year is not None else 2000  # a leap year admits 29 February
        last = calendar.monthrange(year, self.month)[1]
        if self.day > last:
            msg = f"day {self.day} does not exist in month {self.month} of {year}"
            raise ValueError(msg)

    @property
    def date(self) -> dt.date | None:
        """The full calendar date, or ``None`` when year, month or day is missing."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


@attrs.frozen(kw_only=True)
class Official:
    """A named person and the post the article gives them.

    Attributes:
        name: The nominative "Given [Patronymic] Surname", whatever case the text used.
        given_name: The given name in the nominative.
        patronymic: The patronymic in the nominative, or ``None``.
        surname: The surname in the nominative.
        latin: The name in Latin letters by the official transliteration (Cabinet of
            Ministers resolution No. 55 of 2010 for Ukrainian, ICAO Doc 9303 for Russian).
        position: The post in the nominative as the text gives it, with its organisation
            when the text attaches one, or ``None``.
        organization: The name of the organisation of the post, or ``None``.
        mentions: Every place the person is mentioned: full name, surname alone,
            initials, or the post alone.

    Examples:
        >>> import govnews
        >>> official = govnews.Official(
        ...     name="Віталій Бунечко", given_name="Віталій", patronymic=None,
        ...     surname="Бунечко", latin="Vitalii Bunechko",
        ...     position="начальник Житомирської обласної військової адміністрації",
        ...     organization="Житомирська обласна військова адміністрація",
        ...     mentions=(govnews.Span(start=0, end=15),))
        >>> official.surname
        'Бунечко'
    """

    name: str
    given_name: str
    patronymic: str | None = None
    surname: str
    latin: str
    position: str | None = None
    organization: str | None = None
    mentions: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Organization:
    """A named body: an administration, council, ministry, donor, company or school.

    Attributes:
        name: The full name in the nominative ("Житомирська обласна військова
            адміністрація"); the acronym alone when the text gives nothing more.
        acronym: The acronym the article uses for it ("ОВА", "ПРООН"), or ``None``.
        kind: What sort of body it is.
        mentions: Every place it is mentioned, by full name or acronym.

    Examples:
        >>> import govnews
        >>> govnews.Organization(name="Програма розвитку ООН", acronym="ПРООН",
        ...                      kind=govnews.OrganizationKind.INTERNATIONAL).kind.value
        'international'
    """

    name: str
    acronym: str | None = None
    kind: OrganizationKind = OrganizationKind.OTHER
    mentions: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Place:
    """A country, region, district, hromada or settlement.

    Attributes:
        name: The name in the nominative ("Житомирська область", "Глибочицька громада").
        kind: What sort of territory it is.
        code: ISO 3166-2 for regions, ISO 3166-1 alpha-2 for countries, the KATOTTH code
            for Ukrainian units where one unit fits; otherwise ``None``.
        mentions: Every place it is mentioned, in any form ("Житомирщини",
            "Житомирської області").

    Examples:
        >>> import govnews
        >>> govnews.Place(name="Житомирська область", kind=govnews.PlaceKind.REGION,
        ...               code="UA-18").code
        'UA-18'
    """

    name: str
    kind: PlaceKind = PlaceKind.OTHER
    code: str | None = None
    mentions: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Event:
    """A meeting, forum, session, visit or ceremony the article reports or announces.

    Attributes:
        kind: What sort of event it is.
        name: Its proper name without quotes ("Smart Полтавщина"), or ``None``.
        date: When it happens, or ``None``.
        location: Where, as the text says it (a city or a venue), or ``None``.
        participants: Names of the officials taking part.
        organizers: Names of the organising organisations.
        programme: Name of the programme or project it is held within, or ``None``.
        mentions: Every place it is mentioned.

    Examples:
        >>> import govnews
        >>> govnews.Event(kind=govnews.EventKind.FORUM, name="Smart Полтавщина").name
        'Smart Полтавщина'
    """

    kind: EventKind
    name: str | None = None
    date: DateMention | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    organizers: tuple[str, ...] = ()
    programme: str | None = None
    mentions: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Programme:
    """A named programme, project, initiative or grant.

    Attributes:
        name: The name without surrounding quotes.
        kind: What sort of undertaking it is.
        funders: Names of the funders (ПРООН, уряд Швеції, GIZ, USAID, ...).
        mentions: Every place it is mentioned.

    Examples:
        >>> import govnews
        >>> govnews.Programme(name="Зроблено в Україні",
        ...                   kind=govnews.ProgrammeKind.PROGRAMME).kind.value
        'programme'
    """

    name: str
    kind: ProgrammeKind = ProgrammeKind.PROGRAMME
    funders: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


def _probability(_: object, attribute: "attrs.Attribute[float]", value: float) -> None:
    if not 0.0 <= value <= 1.0:
        msg = f"{attribute.name} must be within [0, 1], got {value}"
        raise ValueError(msg)


def _language_code(_: object, attribute: "attrs.Attribute[str]", value: str) -> None:
    if not _LANGUAGE_CODE.fullmatch(value):
        msg = f"{attribute.name} must be an ISO 639-1 code or 'und', got {value!r}"
        raise ValueError(msg)


def _alternatives(value: Mapping[str, float]) -> dict[str, float]:
    """Order alternatives from the most to the least probable."""
    return dict(sorted(value.items(), key=lambda item: (-item[1], item[0])))


def _probabilities(_: object, __: object, value: Mapping[str, float]) -> None:
    for code, probability in value.items():
        if not _LANGUAGE_CODE.fullmatch(code):
            msg = f"alternatives must be keyed by ISO 639-1 codes, got {code!r}"
            raise ValueError(msg)
        if not 0.0 <= probability <= 1.0:
            msg = f"probability of {code!r} must be within [0, 1], got {probability}"
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class LanguageGuess:
    """The language of a text, with how sure the guess is.

    Attributes:
        code: ISO 639-1 code (``uk``, ``ru``, ``en``, ...) or ``und`` when the text is too
            short or has no letters.
        probability: How probable ``code`` is, within [0, 1].
        alternatives: Every candidate language and its probability, most probable
            first; it includes ``code``.

    Examples:
        >>> import govnews
        >>> guess = govnews.LanguageGuess(code="uk", probability=0.99,
        ...                               alternatives={"uk": 0.99, "ru": 0.01})
        >>> guess.alternatives["ru"]
        0.01
    """

    code: str = attrs.field(validator=_language_code, metadata=_LANGUAGE_SCHEMA)
    probability: float = attrs.field(validator=_probability, metadata=_schema_range(0, 1))
    alternatives: Mapping[str, float] = attrs.field(
        factory=dict, converter=_alternatives, validator=_probabilities, hash=False
    )


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


_PLAIN = (str, int, float, bool, type(None), type(Ellipsis))


def _holds_no_span(kind: Any) -> bool:
    """Whether a field's declared type rules out a span.

    Text, numbers and enums do, and unions or tuples of them ("str | None",
    "tuple[str, ...]").
    """
    if isinstance(kind, type) and (issubclass(kind, _PLAIN) or issubclass(kind, enum.Enum)):
        return True
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is tuple:
        return all(_holds_no_span(part) for part in typing.get_args(kind))
    return kind is Ellipsis


def _field_names(kind: type) -> tuple[str, ...]:
    """The attribute names of an attrs class that may hold a span, in order.

    Any other type has none.
    """
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = (
            tuple(field.name for field in attrs.fields(kind) if not _holds_no_span(field.type))
            if attrs.has(kind)
            else ()
        )
        _FIELD_NAMES[kind] = names
    return names


def _spans(value: object) -> Iterator[Span]:
    """Every span inside a record, however deeply nested, in document order."""
    stack: list[object] = [value]  # depth first without recursion: the last item is visited next
    pop = stack.pop
    extend = stack.extend
    while stack:
        item = pop()
        if isinstance(item, Span):
            yield item
        elif isinstance(item, tuple):
            extend(reversed(item))
        elif not isinstance(item, str):
            names = _field_names(type(item))
            if names:
                extend([getattr(item, name) for name in reversed(names)])


@attrs.frozen(kw_only=True)
class Article:
    """One parsed news article and everything found in it.

    Attributes:
        id: A stable identifier: a hash of the URL when given, else of the text.
        url: Where the article came from, or ``None``.
        title: The headline, or ``None`` when the text has none.
        text: The cleaned body; every span of every record indexes into it.
        language: ISO 639-1 code of the body (``uk``, ``ru``, ``en``) or ``und``.
        published: The publication date, or ``None``.
        dates: Dates stated in the body.
        officials: People named in the body, one record per person.
        organizations: Organisations named in the body, one record per organisation.
        places: Countries, regions and settlements named in the body.
        events: Events the article reports or announces.
        programmes: Programmes, projects, initiatives and grants it names.
        removed: The lines taken out of the input as site chrome (navigation,
            share widgets, lists of other articles), in input order.

    Examples:
        >>> import govnews
        >>> article = govnews.Article(id="a1", text="03 грудня відбулася нарада.",
        ...                           language="uk")
        >>> article.language
        'uk'
    """

    id: str
    url: str | None = None
    title: str | None = None
    text: str
    language: str = attrs.field(default="und", validator=_language_code, metadata=_LANGUAGE_SCHEMA)
    published: dt.date | None = None
    dates: tuple[DateMention, ...] = ()
    officials: tuple[Official, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    programmes: tuple[Programme, ...] = ()
    removed: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Check that every span of every record lies inside the text."""
        size = len(self.text)
        for name in ("dates", "officials", "organizations", "places", "events", "programmes"):
            for span in _spans(getattr(self, name)):
                if span.end > size:
                    msg = f"a span of {name} ({span.start}-{span.end}) ends past the text ({size})"
                    raise ValueError(msg)
