"""Events: meetings, forums, sessions, seminars, visits, ceremonies, elections.

An event is found by its trigger word in any case, in Ukrainian, Russian or English
(нарада, засідання, зустріч, форум, конференція, семінар, тренінг, сесія, візит,
урочистості, підписання; совещание, заседание, встреча, сессия, визит, церемония;
meeting, forum, visit ...), or by a signing ("підписали угоду"). Mentions of the same
kind of event merge into one record unless they carry different dates, so an article
that says "нарада" five times yields one meeting.

Each record gathers, from the sentences of its mentions: the proper name in quotes
that follows the trigger ("форум ... «Smart Полтавщина»") or a capitalised name
("Молодіжна стратегічна сесія"); the date stated next to the trigger or at the start
of its sentence; the location (a venue such as "у прес-центрі міської ради", else a
place); the officials named there (participants); the organisations named after an
organising phrase ("за сприяння", "організатори", "при содействии"); and the programme
it is held within ("в рамках Проєкту «...»").
"""

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import attrs

from govnews.extract.dates import date_mentions
from govnews.extract.programmes import quoted_after, quoted_spans
from govnews.inflect import to_nominative
from govnews.model import (
    DateMention,
    Event,
    EventKind,
    Official,
    Organization,
    Place,
    Programme,
    Span,
)
from govnews.morphology import parse

__all__ = ["find_events"]

_NO_LETTER_BEFORE = r"(?<![^\W\d_])"
_NO_LETTER_AFTER = r"(?![^\W\d_-])"

# Trigger stems and the endings they take; one named group per kind.
_KIND_PATTERNS: dict[str, str] = {
    "session_sitting": r"(?:сесійн\w{1,3}|пленарн\w{1,3})\s+засідан(?:ня|ні|ням|ь)",
    "meeting": (
        r"нарад(?:а|и|і|у|ою|ах|ами)?|засідан(?:ня|ні|ням|ь|нях)|зустріч(?:і|ей|ам|ами|ах|чю)?"
        r"|совещани(?:е|я|ю|ем|и|й|ях)|заседани(?:е|я|ю|ем|и|й|ях)"
        r"|встреч(?:а|и|е|у|ей|ами|ах|ам|ей)|собрани(?:е|я|ю|ем|и)|meetings?"
        r"|кругл(?:ий|ого|ому|им)\s+стол(?:у|і|ом)?|кругл(?:ий|ого|ому|им)\s+стіл"
        r"|кругл(?:ый|ого|ому|ым)\s+стол(?:а|е|ом)?|round\s+tables?"
        r"|слуханн(?:я|і|ях|ями)"
        r"|слушани(?:е|я|й|ях|ями)"
    ),
    "forum": r"форум(?:у|і|ом|и|ів|ах|е|а)?|forums?",
    "conference": (
        r"(?:прес-|пресс-)?конференці(?:я|ї|ю|єю|ях)|(?:пресс-)?конференци(?:я|и|ю|ей|ях)"
        r"|(?:press\s)?conferences?|відеоконференці(?:я|ї|ю|єю)|видеоконференци(?:я|и|ю|ей)"
    ),
    "seminar": (
        r"семінар(?:у|і|ом|и|ів|ах)?(?:-тренінг(?:у|і|ом|а)?)?|семинар(?:а|у|е|ом|ы|ов|ах)?"
        r"|тренінг(?:у|і|ом|и|ів|ах|а)?|тренинг(?:а|у|е|ом|и|ов|ах)?|вебінар(?:у|і|ом|и|ів)?"
        r"|вебинар(?:а|у|е|ом|ы|ов)?|майстер-клас(?:у|і|ом|и|ів)?|мастер-класс(?:а|е|ом|ы|ов)?"
        r"|seminars?|workshops?|webinars?"
    ),
    "session": r"сесі(?:я|ї|ю|єю|ях)|сесс(?:ия|ии|ию|ией|иях)|sessions?",
    "visit": (
        r"візит(?:у|і|ом|и|ів)?|визит(?:а|у|е|ом|ы|ов)?|поїздк(?:а|и|у|ою|і)|поездк(?:а|и|у|ой|е)"
        r"|делегаці(?:я|ї|ю|єю)|делегаци(?:я|и|ю|ей)|visits?"
    ),
    "ceremony": (
        r"урочистост(?:і|ей|ях)|церемоні(?:я|ї|ю|єю)|церемони(?:я|и|ю|ей)|підписанн(?:я|і|ям)"
        r"|подписани(?:е|я|ю|ем|и)|торжеств(?:о|а|е|ом)|ceremony|ceremonies|signing"
        r"|нагородженн(?:я|і|ям)|награждени(?:е|я|ю|ем|и)|вручення|вручени(?:е|я|и)"
        r"|покладанн(?:я|і)\s+квітів|возложени(?:е|я|и)\s+цветов"
    ),
    "signing": (
        r"(?:підписали|підписав|підписала|подписали|подписал|подписала|signed)"
        r"(?:\s+[^\W\d_]+){0,3}?\s+(?:угод|меморандум|договір|договор|протокол|соглашени|agreement"
        r"|memorandum)[^\W\d_]*"
    ),
    "other": (
        r"вибор(?:и|ів|ах|ами|ам)|выбор(?:ы|ов|ах|ами|ам)|конкурс(?:у|і|ом|и|ів|ах|а|е)?"
        r"|голосуванн(?:я|і|ям)|голосовани(?:е|я|ю|ем|и)|elections?|референдум(?:у|і|ом|а|е)?"
        r"|фестивал(?:ь|ю|і|ем|я|е)|ярмар(?:ок|ку|ки|ці|ка|ке|ку)|виставк(?:а|и|у|ою|ці)"
        r"|выставк(?:а|и|у|ой|е)|festivals?|fairs?"
    ),
}
_KINDS = {
    "session_sitting": EventKind.SESSION,
    "meeting": EventKind.MEETING,
    "forum": EventKind.FORUM,
    "conference": EventKind.CONFERENCE,
    "seminar": EventKind.SEMINAR,
    "session": EventKind.SESSION,
    "visit": EventKind.VISIT,
    "ceremony": EventKind.CEREMONY,
    "signing": EventKind.CEREMONY,
    "other": EventKind.OTHER,
}
_TRIGGER = re.compile(
    _NO_LETTER_BEFORE
    + "(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _KIND_PATTERNS.items())
    + ")"
    + _NO_LETTER_AFTER,
    re.IGNORECASE,
)
# The first letters of every trigger: only words starting so are tried against _TRIGGER.
_TRIGGER_PREFIXES = frozenset(
    {
        "нар",
        "зас",
        "зус",
        "сов",
        "вст",
        "соб",
        "mee",
        "фор",
        "for",
        "пре",
        "кон",
        "con",
        "pre",
        "сем",
        "тре",
        "веб",
        "май",
        "мас",
        "sem",
        "wor",
        "web",
        "сес",
        "ses",
        "пле",
        "віз",
        "виз",
        "пої",
        "пое",
        "дел",
        "vis",
        "уро",
        "цер",
        "під",
        "под",
        "тор",
        "cer",
        "sig",
        "виб",
        "выб",
        "гол",
        "ele",
        "кру",
        "rou",
        "від",
        "вид",
        "наг",
        "вру",
        "пок",
        "воз",
        "реф",
        "фес",
        "ярм",
        "вис",
        "выс",
        "fes",
        "fai",
        "слу",
    }
)
_GENERIC_PREFIXES = frozenset({"зах", "мер", "eve"})
_WORD_OF_LETTERS = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")


def _cased(prefixes: frozenset[str]) -> frozenset[str]:
    """The prefixes as they start words: lower case, Capitalised, UPPER."""
    return frozenset(v for p in prefixes for v in (p, p.capitalize(), p.upper()))


_DIGIT = re.compile(r"\d")
_TIME = re.compile(r"(?<![\d.:])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d.:]\d)")


_CASED_TRIGGER_PREFIXES = _cased(_TRIGGER_PREFIXES)
_CASED_GENERIC_PREFIXES = _cased(_GENERIC_PREFIXES)
_ANY_PREFIX = _CASED_TRIGGER_PREFIXES | _CASED_GENERIC_PREFIXES


def _triggers(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Event triggers and generic words ("захід") that start a word, in one scan.

    Only words whose first letters fit a trigger are tried against the patterns: several
    times faster than letting a long alternation try every position of the text. The
    words come from ``findall``, without a match object each; a fitting word is found
    again by ``str.find`` after the one before (an earlier word that begins with it would
    fit too, so the first occurrence that starts a word is this one).
    """
    triggers: list[re.Match[str]] = []
    generics: list[re.Match[str]] = []
    reached = 0
    searched = 0  # where the last fitting word was found
    find = text.find
    for word in _WORD_OF_LETTERS.findall(text):
        prefix = word[:3]
        if prefix not in _ANY_PREFIX:
            continue
        start = find(word, searched)
        while start > 0 and _LETTER.match(text, start - 1):
            start = find(word, start + 1)  # inside a longer word
        searched = start + len(word)
        if start < reached:
            continue
        if prefix in _CASED_TRIGGER_PREFIXES:
            match = _TRIGGER.match(text, start)
            if match is not None:
                triggers.append(match)
                reached = match.end()
                continue
        if prefix in _CASED_GENERIC_PREFIXES:
            match = _GENERIC.match(text, start)
            if match is not None:
                generics.append(match)
    return triggers, generics


# "засідання сесії", "заседании Думы": a council's sitting is a session.
_COUNCIL_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+(?:ої|ой|ого|ої|ей|ых|их)\s+)?"
    r"(?:сесі\w*|сесси\w*|рад[иі]|думи|думы|собрания|зборів|парламент\w*)" + _NO_LETTER_AFTER,
    re.IGNORECASE,
)
_PROGRAMME_WORD = re.compile(
    _NO_LETTER_BEFORE + r"(?:програм|программ|прое[кc]т|проєкт|ініціатив|инициатив|грант)",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    _NO_LETTER_BEFORE
    + r"(?:захід|заходу|заході|заходом|мероприяти[еяюи]\w*|event)"
    + _NO_LETTER_AFTER,
    re.IGNORECASE,
)
_WITHIN = re.compile(
    r"(?:у|в)\s+рамках|в\s+межах|у\s+межах|за\s+(?:фінансової\s+)?підтримки|при\s+поддержке"
    r"|within|under",
    re.IGNORECASE,
)
_ORGANISER_CUE = re.compile(
    _NO_LETTER_BEFORE
    + r"(?:організатор\w*|організов\w*|організува\w*|за\s+сприяння|за\s+ініціативи|"
    r"организатор\w*|организов\w*|при\s+содействии|по\s+инициативе|organi[sz]ed|hosted)",
    re.IGNORECASE,
)
_VENUE = re.compile(
    _NO_LETTER_BEFORE
    + r"(?:у|в|на)\s+(?P<venue>(?:прес-центрі|пресс-центре|залі|зале|приміщенні|помещении|"
    r"будинку|здании|доме|палаці|Палаці|палаце|Палаце|конференц-залі|конференц-зале|офісі|"
    r"офисе|базі|базе|території|территории|центрі|центре)"
    r"(?:\s+(?:«[^»\n]{1,80}»|[^\W\d_][\w’'`-]*)){0,4})",
    re.IGNORECASE,
)
_CITY = re.compile(
    r"(?<![^\W\d_])(?:у|в)\s+(?:місті|городе|м\.|г\.)\s*(?P<city>[А-ЯІЇЄҐA-Z][\w’'´`-]+)"
)
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)|\n")
_WORD = re.compile(r"[^\W\d_]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_ABBREVIATIONS = frozenset(
    {"м", "г", "вул", "ул", "обл", "с", "смт", "пл", "просп", "ім", "им", "св", "пос", "напр"}
    | {"тис", "тыс", "млн", "млрд", "грн", "руб", "див", "см", "ст", "п", "пп", "т", "ч", "їм"}
    | {"год", "хв", "мин", "ч"}
)
_ENDS_WITH_CONJUNCTION = re.compile(r"(?<![^\W\d_])(?:і|та|й|и|and|або|или)\s*$", re.IGNORECASE)
_MAX_DETAILED = 64  # mentions (and sentences) of one event that are read in detail
_SHORT_QUOTE = 120  # a quoted stretch longer than this is speech, not a name
_DATE_REACH = 80  # characters between a trigger and a date that belongs to it
_SENTENCE_REACH = 600
_NOT_VENUE = frozenset({"VERB", "INFN", "PREP", "CONJ", "PRCL", "ADVB", "GRND"})
_STOP_VENUE_WORDS = frozenset({"і", "та", "й", "и", "де", "що", "який", "яка", "где", "который"})


@attrs.define
class _Draft:
    """An event as its mentions accumulate."""

    kind: EventKind
    name: str | None = None
    quoted_name: bool = False
    date: DateMention | None = None
    date_strong: bool = False
    location: str | None = None
    participants: list[str] = attrs.Factory(list)
    organizers: list[str] = attrs.Factory(list)
    programme: str | None = None
    mentions: list[Span] = attrs.Factory(list)
    sentences: dict[tuple[int, int], None] = attrs.Factory(dict)

    def add_sentence(self, sentence: tuple[int, int]) -> None:
        """Remember a sentence of the event (at most a few dozen are read)."""
        if len(self.sentences) < _MAX_DETAILED:
            self.sentences[sentence] = None


def _is_break(text: str, match: re.Match[str]) -> bool:
    """Whether a full stop ends a sentence rather than an abbreviation ("в м. Варшава")."""
    if match.group() != ".":
        return True
    word = _LAST_WORD.search(text, max(0, match.start() - 8), match.start())
    return word is None or word.group().lower() not in _ABBREVIATIONS


def _sentence(text: str, position: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``position``."""
    start = max(0, position - _SENTENCE_REACH)
    left = start
    for match in _SENTENCE_BREAK.finditer(text, start, position):
        if _is_break(text, match):
            left = match.end()
    right = min(len(text), position + _SENTENCE_REACH)
    for match in _SENTENCE_BREAK.finditer(text, position, right):
        if _is_break(text, match):
            right = match.end()
            break
    while left < right and text[left].isspace():
        left += 1
    return left, right


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``position`` falls inside one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_left(spans, (position, position)) - 1
    return index >= 0 and spans[index][0] < position < spans[index][1]


def _kind_of(match: re.Match[str], text: str) -> EventKind:
    group = match.lastgroup or "other"
    if (
        group == "meeting"
        and match.group().lower().startswith(("засідан", "заседани"))
        and _COUNCIL_AFTER.match(text, match.end())
    ):
        return EventKind.SESSION
    return _KINDS[group]


@lru_cache(maxsize=1024)
def _day_dates(sentence: str) -> tuple[DateMention, ...]:
    """The dates with a day in one sentence (cached: a sentence may hold several events)."""
    return tuple(m for m in date_mentions(sentence, language="uk") if m.day is not None)


def _date_near(
    text: str,
    trigger: Span,
    sentence: tuple[int, int],
    dates: tuple[DateMention, ...],
    *,
    first_in_sentence: bool,
) -> tuple[DateMention, bool] | None:
    """A day's date close to the trigger, or at the start of its sentence.

    A date opening the sentence ("03 грудня ... провели нараду") belongs to the first
    event the sentence names, and is *strong*: two strong dates tell two events apart.
    """
    start, end = sentence
    if not _DIGIT.search(text, start, end):
        return None
    local = _day_dates(text[start:end])
    best: tuple[int, DateMention] | None = None
    for mention in local:
        begin, finish = mention.span.start + start, mention.span.end + start
        distance = max(begin - trigger.end, trigger.start - finish, 0)
        at_start = mention.span.start <= 1 and first_in_sentence
        if not at_start and distance > _DATE_REACH:
            continue
        rank = 0 if at_start else distance
        if best is None or rank < best[0]:
            best = (rank, attrs.evolve(mention, span=Span(start=begin, end=finish)))
    if best is None:
        return _date_of_time(text, sentence, dates)
    found = best[1]
    strong = best[0] == 0
    for known in dates:
        if (known.month, known.day) == (found.month, found.day) and (
            found.year is None or known.year == found.year
        ):
            return attrs.evolve(known, text=found.text, span=found.span), strong
    return found, strong


def _date_of_time(
    text: str, sentence: tuple[int, int], dates: tuple[DateMention, ...]
) -> tuple[DateMention, bool] | None:
    """The date a time in the sentence was given to ("Зустріч відбудеться о 12.00")."""
    for time in _TIME.finditer(text, *sentence):
        hour, minute = int(time.group("hour")), int(time.group("minute"))
        for known in dates:
            if known.day is not None and (known.hour, known.minute) == (hour, minute):
                return known, False
    return None


def _capitalised_name(
    text: str, trigger: re.Match[str], sentence_start: int, language: str
) -> str | None:
    """A name such as "Молодіжна стратегічна сесія" from capitalised adjectives before it."""
    words = list(_WORD.finditer(text, max(sentence_start, trigger.start() - 60), trigger.start()))
    adjectives: list[re.Match[str]] = []
    for word in reversed(words):
        parses = parse(word.group().lower(), language)
        if not parses or "ADJF" not in parses[0].tag:
            break
        if text[word.end() : trigger.start() if not adjectives else adjectives[0].start()].strip():
            break
        adjectives.insert(0, word)
    if not adjectives or not adjectives[0].group()[:1].isupper():
        return None
    if adjectives[0].start() <= sentence_start:
        return None  # the capital only starts the sentence
    tokens = [word.group() for word in adjectives] + [trigger.group()]
    return " ".join(to_nominative(tokens, language))


def _venue(text: str, sentence: tuple[int, int], language: str) -> str | None:
    match = _VENUE.search(text, *sentence)
    if match is None:
        return None
    words = match.group("venue").split()
    kept = [words[0]]
    for word in words[1:]:
        parses = parse(word.lower().strip("«»"), language)
        if word.lower() in _STOP_VENUE_WORDS or (parses and parses[0].tag.POS in _NOT_VENUE):
            break
        kept.append(word)
    return " ".join(kept).rstrip(",.;:")


def _place_index(places: tuple[Place, ...]) -> list[tuple[int, int, str]]:
    """Every place mention as (start, order of listing, name), sorted by start."""
    listed = [(span.start, place.name) for place in places for span in place.mentions]
    return sorted((start, order, name) for order, (start, name) in enumerate(listed))


def _place_near(
    trigger: Span,
    sentence: tuple[int, int],
    places: list[tuple[int, int, str]],
    starts: list[int],
    text: str,
) -> str | None:
    """The place mentioned nearest the trigger in its sentence (first listed on a tie).

    ``places`` comes from ``_place_index`` and ``starts`` holds its starts: a binary
    search finds the sentence's mentions, so long texts do not scan every place.
    """
    best: tuple[int, int, str] | None = None
    low = bisect.bisect_left(starts, sentence[0])
    high = bisect.bisect_left(starts, sentence[1])
    for start, order, name in places[low:high]:
        candidate = (abs(start - trigger.start), order, name)
        if best is None or candidate < best:
            best = candidate
    if best is not None:
        return best[2]
    city = _CITY.search(text, *sentence)
    return city.group("city") if city else None


def _mention_index(records: Iterable[Official | Organization]) -> list[tuple[int, int, str]]:
    """Every mention of the records as (start, record's number, record's name), sorted."""
    return sorted(
        (span.start, number, record.name)
        for number, record in enumerate(records)
        for span in record.mentions
    )


def _names_in(sentences: Iterable[tuple[int, int]], index: list[tuple[int, int, str]]) -> list[str]:
    """The names of the records mentioned in the sentences, in order of first mention there.

    ``index`` comes from ``_mention_index``: a binary search finds each sentence's
    mentions, so an event does not scan every mention of the text.
    """
    first: dict[int, tuple[int, str]] = {}
    for low, high in sentences:
        begin = bisect.bisect_left(index, (low, -1, ""))
        end = bisect.bisect_left(index, (high, -1, ""))
        for start, number, name in index[begin:end]:
            if number not in first or start < first[number][0]:
                first[number] = (start, name)
    return [name for _, name in sorted(first.values())]


def _programme_within(
    text: str, sentence: tuple[int, int], programmes: tuple[Programme, ...]
) -> str | None:
    cue = _WITHIN.search(text, *sentence)
    if cue is None:
        return None
    for programme in programmes:
        for span in programme.mentions:
            if sentence[0] <= span.start < sentence[1] and span.start >= cue.start():
                return programme.name
    return None


@attrs.frozen(kw_only=True)
class _Found:
    """What the other extractors found in the text."""

    dates: tuple[DateMention, ...]
    officials: tuple[Official, ...]
    organizations: tuple[Organization, ...]
    places: tuple[Place, ...]
    programmes: tuple[Programme, ...]


class _Collector:
    """Reads the triggers of a text and gathers them into events."""

    def __init__(self, text: str, language: str, found: _Found) -> None:
        self.text = text
        self.language = language
        self.found = found
        self.drafts: list[_Draft] = []
        self.quotes = [(a, b) for a, b in quoted_spans(text) if b - a <= _SHORT_QUOTE]
        self.programme_quotes = {
            (span.start, span.end) for p in found.programmes for span in p.mentions
        }
        self.previous_sentence = (-1, -1)
        self.places = _place_index(found.places)
        self.officials = _mention_index(found.officials)
        self.organizations = _mention_index(found.organizations)
        self.place_starts = [start for start, _, _ in self.places]

    def read(self) -> tuple[Event, ...]:
        triggers, generics = _triggers(self.text)
        busy: dict[str, _Draft] = {}
        for match in triggers:
            if _inside(match.start(), self.quotes):
                continue
            crowded = busy.get(match.lastgroup or "")
            if crowded is not None:
                # A kind mentioned this often has told all it will: keep the mention only.
                crowded.mentions.append(Span(start=match.start(), end=match.end()))
                continue
            draft = self.draft(match)
            kept = self.add(draft)
            if len(kept.mentions) >= _MAX_DETAILED:
                busy[match.lastgroup or ""] = kept
        self.attach_generic_mentions(generics)
        events = [self.event(draft) for draft in self.drafts]
        return tuple(sorted(events, key=lambda e: e.mentions[0].start))

    def draft(self, match: re.Match[str]) -> _Draft:
        text, language = self.text, self.language
        trigger = Span(start=match.start(), end=match.end())
        sentence = _sentence(text, match.start())
        draft = _Draft(kind=_kind_of(match, text), mentions=[trigger], sentences={sentence: None})
        draft.name = self.quoted_name(match)
        draft.quoted_name = draft.name is not None
        if draft.name is None and match.lastgroup not in {"signing", "other"}:
            draft.name = _capitalised_name(text, match, sentence[0], language)
        dated = _date_near(
            text,
            trigger,
            sentence,
            self.found.dates,
            first_in_sentence=sentence != self.previous_sentence,
        )
        self.previous_sentence = sentence
        if dated is not None:
            draft.date, draft.date_strong = dated
        draft.location = _venue(text, sentence, language) or _place_near(
            trigger, sentence, self.places, self.place_starts, text
        )
        return draft

    def quoted_name(self, match: re.Match[str]) -> str | None:
        """The name in quotes right after the trigger, unless a programme's or speech."""
        quoted = quoted_after(self.text, match.end(), language=self.language)
        if quoted is None:
            return None
        between = self.text[match.end() : quoted[1].start]
        if (
            (quoted[1].start, quoted[1].end) in self.programme_quotes
            or _PROGRAMME_WORD.search(between)
            or _TRIGGER.search(between)
            or _ENDS_WITH_CONJUNCTION.search(between)
        ):
            return None
        return quoted[0]

    def add(self, draft: _Draft) -> _Draft:
        """Merge ``draft`` into the event it mentions again, or start a new event."""
        for kept in self.drafts:
            if kept.kind is not draft.kind:
                continue
            if (
                kept.date is not None
                and draft.date is not None
                and kept.date_strong
                and draft.date_strong
                and (kept.date.month, kept.date.day) != (draft.date.month, draft.date.day)
            ):
                continue
            self.merge(kept, draft)
            return kept
        self.drafts.append(draft)
        return draft

    @staticmethod
    def merge(kept: _Draft, draft: _Draft) -> None:
        kept.mentions.extend(draft.mentions)
        for sentence in draft.sentences:
            kept.add_sentence(sentence)
        if draft.name and (kept.name is None or (draft.quoted_name and not kept.quoted_name)):
            kept.name, kept.quoted_name = draft.name, draft.quoted_name
        if kept.date is None or (draft.date_strong and not kept.date_strong):
            kept.date, kept.date_strong = draft.date, draft.date_strong
        kept.location = kept.location or draft.location

    def attach_generic_mentions(self, generics: list[re.Match[str]]) -> None:
        """Give sentences about "the event" ("Даний захід ...") to the event named last."""
        starts = sorted(
            (span.start, number)
            for number, draft in enumerate(self.drafts)
            for span in draft.mentions
        )
        for generic in generics:
            index = bisect.bisect_left(starts, (generic.start(), -1)) - 1
            if index >= 0:
                latest = self.drafts[starts[index][1]]
                if len(latest.sentences) < _MAX_DETAILED:
                    latest.add_sentence(_sentence(self.text, generic.start()))

    def event(self, draft: _Draft) -> Event:
        programme = None
        organiser_sentences = []
        for sentence in draft.sentences:
            programme = programme or _programme_within(self.text, sentence, self.found.programmes)
            if _ORGANISER_CUE.search(self.text, *sentence):
                organiser_sentences.append(sentence)
        return Event(
            kind=draft.kind,
            name=draft.name,
            date=draft.date,
            location=draft.location,
            participants=tuple(_names_in(draft.sentences, self.officials)),
            organizers=tuple(_names_in(organiser_sentences, self.organizations)),
            programme=programme,
            mentions=tuple(sorted(draft.mentions)),
        )


def find_events(
    text: str,
    *,
    language: str,
    dates: tuple[DateMention, ...],
    officials: tuple[Official, ...],
    organizations: tuple[Organization, ...],
    places: tuple[Place, ...],
    programmes: tuple[Programme, ...],
) -> tuple[Event, ...]:
    """Find every event the text reports or announces, one record per event.

    Args:
        text: The article body.
        language: ``uk`` or ``ru``.
        dates: Dates found in the text (their resolved years are reused).
        officials: Officials found in the text; those named beside an event take part.
        organizations: Organisations found in the text; those named after an
            organising phrase organise the event.
        places: Places found in the text; the nearest one locates an event that names
            no venue.
        programmes: Programmes found in the text; an event held "в рамках" one is
            linked to it.

    Returns:
        The events, in order of first mention.

    Examples:
        >>> events = find_events(
        ...     "03 грудня голова провів виїзну нараду. Учасники наради відвідали фабрику.",
        ...     language="uk", dates=(), officials=(), organizations=(), places=(),
        ...     programmes=())
        >>> [(e.kind.value, e.date.day, e.date.month, len(e.mentions)) for e in events]
        [('meeting', 3, 12, 2)]
    """
    try:
        found = _Found(
            dates=dates,
            officials=officials,
            organizations=organizations,
            places=places,
            programmes=programmes,
        )
        return _Collector(text, language, found).read()
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return ()
