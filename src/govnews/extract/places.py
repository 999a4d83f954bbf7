"""Countries, regions, districts, hromadas and settlements.

Regions are found by every form of their names: the adjective with any case ending
("Житомирської", "Брянской"), also in coordinated lists ("Кіровоградської, Житомирської …
областей", one mention of the first region spanning the list), the colloquial noun
("Житомирщина", "Волинь", "Кузбасс") and the capital cities with special status (Київ,
Севастополь, Москва). They get ISO 3166-2 codes. Countries come from a table with ISO
3166-1 alpha-2 codes. Districts ("Ратнівський район") and hromadas ("Глибочицька громада")
are adjective + head noun; settlements are names after a marker ("с.", "село", "смт",
"м.", "город"; not "кв. м." or "2010 г."), names of cities of the KATOTTH codifier (one or
two words, "Кривому Розі"; by the case ending when the dictionary does not know the word,
"Ірпіні"), cities abroad of the packaged table, by their Ukrainian or Russian dictionary
forms ("у Відні" -> Відень, "до Хелма" -> Хелм), or that the Russian dictionary lists as
places (``Geox``, read from its own entries only, also for a Ukrainian spelling: "Берліні"
-> "Берлин", "Солікамську" -> "Соликамск"), with no code, and a genitive
after "жители", "мешканці", "мер". Words of quoted names («Індустріал Груп»), adjectives
of a following noun they agree with ("Південному мікрорайоні") and surnames after initials
are not places. Regions without an ISO code (Донбас, ДНР, Європа, Карпати, "Близький
Схід", "Латинська Америка", a capitalised "Схід", a state after its noun: "штата Аризона")
are regions with ``code`` ``None``; states of the past and the countries of the United
Kingdom are countries without a code. Country names match in any case form, later words in
any letter case ("Российской федерации"); a country alone in quotes («Колумбия») is a
name. A settlement found once (after a marker, as a city) is known for the whole text, so
its other forms count ("селищі Петриківка" … "у Петриківці"). A foreign city that may also
be a person's name counts after a preposition of place ("у Лондоні", not "Александров").
Russian mentions take a marker noun ("городе Грозном") and a country's genitive after a
title ("посла Японии"); Ukrainian ones, read flat, do not. A plural marker opens a list
("у селах Колочава, Синевир та Негровець"); a village or town of the codifier counts after a
preposition of place ("у Білошицях", "з Бордуляків, Іршиків"), unless the dictionary also
lists its name as a common noun ("до Перемоги") or reads it as an adjective; "на" with a
locative names a quarter ("на Сихові"). Russian municipal units are hromadas
("Находкинский городской округ"), a Russian adjective before a place the dictionary knows
is one name ("Сергиевом Посаде"), and rivers are no settlements. Ukrainian units get their
KATOTTH code when the name, with the oblasts, hromadas and districts named in the same
article, leaves exactly one candidate; otherwise ``code`` is ``None``. A city named by a
former or everyday name ("Кіровоград", "Стаханов", "Франківськ") keeps it, with the
city's code.
"""

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from itertools import product
from typing import Final, NamedTuple

from govnews.extract import gazetteer
from govnews.inflect import to_nominative
from govnews.model import Place, PlaceKind, Span
from govnews.morphology import is_known, parse

__all__ = ["find_places", "lemmas"]

_WORD = re.compile(r"[^\W\d_][\w’'ʼ`-]*(?<!_)")  # "_області_": markdown italics
_TRIM = "-’'ʼ`"
_SENTENCE_END = frozenset('.!?…\n«"“„')
_OPENING_QUOTES = frozenset('«"“„')

_UK_FEMININE = ("а", "ої", "ій", "у", "ою")
_RU_FEMININE = ("ая", "ой", "ую", "ою", "ей")
_RU_MASCULINE = ("ий", "ого", "ому", "им", "ом")
# The word after an adjective that makes it the adjective of a city, hromada or district.
_NOT_REGION_NEXT = (
    "міськ",
    "сільськ",
    "селищн",
    "громад",
    "район",
    "територіальн",
    "об’єднан",
    "отг",
    "городск",
    "сельск",
    "поселк",
    "поселен",
    "муніципал",
    "муниципал",
    "районн",
)
_REGION_NOUNS = (
    "област",
    "края",
    "краю",
    "край",
    "краї",
    "крае",
    "краєм",
    "краем",
    "республик",
    "республік",
)
_OBLAST_NEXT = ("облас", "обл", "ода", "ова", "ога", "облдерж", "облрад", "обладм", "край", "кра")

_MARKERS = {
    # Ukrainian: the category of the codifier each marker points at.
    "м": "M",
    "місто": "M",
    "міста": "M",
    "місті": "M",
    "містом": "M",
    "місту": "M",
    "с": "C",
    "село": "C",
    "села": "C",
    "селі": "C",
    "селом": "C",
    "селу": "C",
    "смт": "X",
    "селище": "X",
    "селища": "X",
    "селищі": "X",
    "селищем": "X",
    "с-ще": "X",
    "сел": "X",
    # A historical small town ("під містечком Жванець") or a farmstead: most are villages.
    **dict.fromkeys(("містечко", "містечка", "містечку", "містечком"), "T"),
    **dict.fromkeys(("хутір", "хутора", "хуторі", "хутором"), "C"),
    # Russian.
    "г": "M",
    "город": "M",
    "города": "M",
    "городе": "M",
    "городом": "M",
    "пос": "X",
    "поселок": "X",
    "посёлок": "X",
    "поселка": "X",
    "посёлка": "X",
    "поселке": "X",
    "посёлке": "X",
    "деревня": "C",
    "деревни": "C",
    "деревне": "C",
    "станица": "C",
    "станицы": "C",
    "станице": "C",
    **dict.fromkeys(("городу", "поселку", "посёлку", "поселком", "посёлком"), "X"),
    **dict.fromkeys(("деревню", "деревней", "станицу", "станицей"), "C"),
    **dict.fromkeys(("местечко", "местечка", "местечке", "местечком"), "T"),
    **dict.fromkeys(("хутор", "хуторе"), "C"),
    # Plural markers before a list of names in the nominative ("у селах Колочава, Синевир").
    "селах": "C",
    "селищах": "X",
    "містах": "M",
    "сёлах": "C",
    "поселках": "X",
    "посёлках": "X",
    "городах": "M",
    "деревнях": "C",
    "станицах": "C",
}
_PLURAL_MARKERS = frozenset(
    {
        "селах",
        "селищах",
        "містах",
        "сёлах",
        "поселках",
        "посёлках",
        "городах",
        "деревнях",
        "станицах",
    }
)
_NOMINATIVE_MARKERS = _PLURAL_MARKERS | frozenset(
    {
        "м",
        "місто",
        "с",
        "село",
        "смт",
        "селище",
        "с-ще",
        "сел",
        "г",
        "город",
        "пос",
        "поселок",
        "посёлок",
        "деревня",
        "станица",
    }
)
_ABBREVIATED_MARKERS = frozenset({"м", "с", "г", "пос", "сел"})
_KINDS = {
    "M": PlaceKind.CITY,
    "K": PlaceKind.CITY,
    "X": PlaceKind.TOWN,
    "C": PlaceKind.VILLAGE,
    "H": PlaceKind.HROMADA,
    "P": PlaceKind.DISTRICT,
    "B": PlaceKind.DISTRICT,
}
_HROMADA_MODIFIERS = (
    "міськ",
    "сільськ",
    "селищн",
    "об’єднан",
    "територіальн",
    "городск",
    "сельск",
    "муниципальн",
    "муніципальн",
)
# Of an "округ", only these make it a municipal unit ("городской округ", not "федеральный").
_MUNICIPAL = ("городск", "муниципальн", "міськ", "муніципальн")
# Proper nouns the Russian dictionary marks as places that are not settlements.
_NOT_SETTLEMENTS = frozenset(
    {
        "европа",
        "європа",
        "азия",
        "азія",
        "африка",
        "евразия",
        "антарктида",
        "арктика",
        "сибирь",
        "кавказ",
        "урал",
        "волга",
        "дон",
        "балтика",
        "скандинавия",
        "прибалтика",
        "донбасс",
        "донбас",
        "поволжье",
        "приморье",
        "поділля",
        "слобожанщина",
        "галичина",
        "полісся",
        "запоріжжя",
        "крым",
        "кубань",
        "ямал",
        "днепр",
        "дніпро",
        "десна",
        "припять",
        # Rivers and seas the dictionary lists among places; not settlements.
        "буг",
        "днестр",
        "дністер",
        "дунай",
        "прут",
        "тиса",
        "ворскла",
        "нева",
        "ока",
        "кама",
        "енисей",
        "иртыш",
        "обь",
        "амур",
        "байкал",
        "ладога",
        "черное",
        "азов",
        "каспий",
        "евросоюз",
        "союз",
        "восток",
        "запад",
        "север",
        "юг",
        "дальний",
        "центр",
    }
)


_Token = tuple[int, int, str, str, int, bool, str]
"""One word: where it is, as written, lower-cased, and what surrounds it.

An exact tuple of atomic values, read through the index names below: the garbage
collector stops tracking such a tuple at its first collection, while a NamedTuple, a
subclass, stays tracked, and a long input's hundreds of thousands of words would set off
full collections that walk the whole heap.
"""
_START: Final = 0
_END: Final = 1
_SURFACE: Final = 2  # the word as written
_LOWER: Final = 3
_POSITION: Final = 4  # its index in the list of words
_CAPITALISED: Final = 5
_TEXT: Final = 6  # the whole text


_LOOK_BEHIND = 3
"""Characters before a word read for what opens it: a sentence end, a dash, a quote."""


def _before(token: _Token) -> str:
    start = token[_START]
    return token[_TEXT][max(0, start - _LOOK_BEHIND) : start].rstrip(" ")


def _is_initial(token: _Token) -> bool:
    """Whether it is the first word of a sentence."""
    before = _before(token)
    if before and before[-1] in "—–":  # a line of dialogue: "\n— Мені ніяково"
        rest = before[:-1].rstrip(" ")
        at_start = not rest and token[_START] <= _LOOK_BEHIND
        return at_start or (bool(rest) and rest[-1] in _SENTENCE_END)
    return not before or before[-1] in _SENTENCE_END


def _is_quoted(token: _Token) -> bool:
    """Whether it follows an opening quote: part of a name in quotes."""
    before = _before(token)
    return bool(before) and before[-1] in _OPENING_QUOTES


_WordShape = tuple[str, str, int, bool, bool]
"""A word found by ``_WORD`` as read: trimmed, lower-cased, its length, capitalised, and
whether it begins like a unit noun ("громада", "район")."""

_SHAPES_KEPT: Final = 20_000


class _Shapes(dict[str, _WordShape]):
    """Words and their shapes: a text repeats its words, so each is read once."""

    def __missing__(self, raw: str) -> _WordShape:
        # Never empty: the pattern starts with a letter, which is not trimmed.
        word = raw.rstrip(_TRIM) if raw[-1] in _TRIM else raw
        lower = word.lower()
        shape = (word, lower, len(word), word[0].isupper(), lower[:3] in _UNIT_NOUN_STARTS)
        if len(self) < _SHAPES_KEPT:
            # Bounded: the words met first, the common ones, stay; a rarer word met
            # once the table is full is read each time instead of evicting them.
            self[raw] = shape
        return shape


_SHAPES = _Shapes()


class _Words(NamedTuple):
    """The words of a text, and the indexes of the few each pass looks at."""

    tokens: list[_Token]
    capitals: list[int]  # capitalised words: every name of a place
    unit_nouns: list[int]  # words that begin like "громада", "район", "округ"


def _tokens(text: str) -> list[_Token]:
    return _words(text).tokens


def _words(text: str) -> _Words:
    tokens: list[_Token] = []
    capitals: list[int] = []
    unit_nouns: list[int] = []
    # One apostrophe for the codifier; the translation keeps every offset.
    normal = gazetteer.normalize_apostrophes(text)
    same = normal == text  # then the words need not be cut out of ``text`` again
    append = tokens.append
    shapes = _SHAPES
    find = normal.find
    reached = 0
    # ``findall`` hands the words over without a match object each; a word starts with
    # a letter and no letter lies between two words, so ``str.find`` from the end of
    # the word before finds where each starts. The lower case is of the normalised word:
    # one apostrophe for the gazetteer.
    for position, raw in enumerate(_WORD.findall(normal)):
        start = find(raw, reached)
        reached = start + len(raw)
        word, lower, size, capitalised, unit_noun = shapes[raw]
        end = start + size
        if not same:
            word = text[start:end]
        if capitalised:
            capitals.append(position)
        if unit_noun:
            unit_nouns.append(position)
        append((start, end, word, lower, position, capitalised, text))
    return _Words(tokens, capitals, unit_nouns)


@lru_cache(maxsize=100_000)
def lemmas(word: str, language: str) -> frozenset[str]:
    """Lower-case nominative forms ``word`` may be an inflection of (nouns and adjectives).

    Args:
        word: One word, hyphenated parts allowed, in any letter case.
        language: ``uk`` or ``ru``.

    Returns:
        The word itself, lower-cased, and its dictionary forms.

    Examples:
        >>> sorted(lemmas("Житомира", "uk"))
        ['житомир', 'житомира']
    """
    lower = gazetteer.normalize_apostrophes(word.lower())
    if "-" not in lower:
        return frozenset(
            {lower}
            | {
                gazetteer.normalize_apostrophes(p.normal_form)
                for p in parse(lower, language)
                if {"NOUN", "ADJF"} & p.tag.grammemes
            }
            | (_plural_city_names(lower) if language == "ru" else frozenset())
        )
    parts = lower.split("-")[:3]
    options = [
        {part}
        | {
            gazetteer.normalize_apostrophes(p.normal_form)
            for p in parse(part, language)
            if {"NOUN", "ADJF"} & p.tag.grammemes
        }
        for part in parts
    ]
    joined = {"-".join(combo) for combo in product(*options)}
    return frozenset({lower} | set(sorted(joined)[:32]))


@lru_cache(maxsize=20_000)
def _plural_city_names(lower: str) -> frozenset[str]:
    """Russian names of Ukrainian cities in the plural a word is a case of ("Черновцов").

    The dictionary gives such a form the singular lemma of a common noun ("черновец").
    """
    names = gazetteer.russian_city_names()
    found = set()
    for reading in parse(lower, "ru"):
        if {"NOUN", "plur"} <= reading.tag.grammemes:
            nominative = reading.inflect({"nomn", "plur"})
            if nominative is not None and nominative.word in names:
                found.add(nominative.word)
    return frozenset(found)


@cache
def _region_forms() -> dict[str, tuple[str, bool]]:
    """Adjective forms of regions -> (ISO code, whether the form needs a region noun after it).

    A form needs the noun when it is also a city's case ("Житомира") or comes from a
    Ukrainian spelling of a Russian region ("Приморського" may be a district's).
    """
    city_names = {
        name
        for name, units in gazetteer.units_by_name().items()
        if any(u.category in "MK" and u.name.lower() == _codifier_name(u) for u in units)
    }  # not a former name ("Дніпропетровська" stays the oblast)
    forms: dict[str, tuple[str, bool]] = {}
    for region in (*gazetteer.ua_regions(), *gazetteer.ru_regions()):
        for stem in region.stems:
            cyrillic_uk = any(c in stem for c in "іїєґ") or stem.endswith("ьк")
            if region.masculine:
                endings: tuple[str, ...] = _RU_MASCULINE
            elif cyrillic_uk:
                endings = _UK_FEMININE
            else:
                endings = _RU_FEMININE + _UK_FEMININE
            # "Житомира" is the city; so is "Донецка" in Russian ("Донецкая" is the oblast)
            clash = stem in city_names or region.language == "ru" or not cyrillic_uk
            for ending in endings:
                forms.setdefault(stem + ending, (region.code, clash and ending in {"а", "у"}))
        for stem in region.bound_stems:  # "Новосибірської області", not "Приморського райсуду"
            endings = _RU_MASCULINE if region.masculine else _UK_FEMININE
            for ending in endings:
                forms.setdefault(stem + ending, (region.code, True))
    return forms


def _codifier_name(unit: gazetteer.Unit) -> str:
    return gazetteer.units_by_code()[unit.code].name.lower()


@cache
def _region_nouns() -> dict[str, str]:
    nouns: dict[str, str] = {}
    for region in (*gazetteer.ua_regions(), *gazetteer.ru_regions()):
        for noun in region.nouns:
            nouns.setdefault(noun, region.code)
    return nouns


@cache
def _region_names(language: str) -> dict[str, str]:
    """Nominative region names by ISO code, in Russian for Russian texts where known."""
    return {
        region.code: (region.name_ru if language == "ru" and region.name_ru else region.name)
        for region in (*gazetteer.ua_regions(), *gazetteer.ru_regions())
    }


@cache
def _special_cities() -> dict[str, str]:
    """ISO code of a city with special status -> its KATOTTH code (Kyiv, Sevastopol)."""
    return {
        region.code: region.katotth
        for region in gazetteer.ua_regions()
        if region.katotth
        and region.katotth in gazetteer.units_by_code()
        and gazetteer.units_by_code()[region.katotth].category == "K"
    }


# States of the past and other countries without a code (Ukrainian, Russian names; other
# names and abbreviations after "|").
_HISTORICAL_STATES = (
    ("Російська імперія", "Российская империя"),
    ("Османська імперія", "Османская империя"),
    ("Річ Посполита", "Речь Посполитая"),
    ("Австро-Угорщина", "Австро-Венгрия"),
    ("Київська Русь", "Киевская Русь"),
    ("Візантія", "Византия"),
    ("Золота Орда", "Золотая Орда"),
    ("Югославія", "Югославия"),
    ("Чехословаччина", "Чехословакия"),
    ("Українська РСР|УРСР|УСРР", "Украинская ССР|УССР"),
    ("Українська Народна Республіка|УНР", "Украинская Народная Республика|УНР"),
    ("Західноукраїнська Народна Республіка|ЗУНР", "Западно-Украинская Народная Республика|ЗУНР"),
    ("РРФСР", "РСФСР"),
    # Countries of the United Kingdom and a state ISO 3166-1 does not list.
    ("Англія", "Англия"),
    ("Шотландія", "Шотландия"),
    ("Уельс", "Уэльс"),
    ("Північна Ірландія", "Северная Ирландия"),
    ("Косово", "Косово"),
    ("Велике князівство Литовське", "Великое княжество Литовское"),
)


@cache
def _historical_states() -> tuple[gazetteer.Country, ...]:
    return tuple(
        gazetteer.Country(code="", names={"uk": tuple(uk.split("|")), "ru": tuple(ru.split("|"))})
        for uk, ru in _HISTORICAL_STATES
    )


@cache
def _country_index(
    language: str,
) -> tuple[
    dict[str, tuple[str, str]], dict[str, list[tuple[tuple[frozenset[str], ...], str, str]]]
]:
    """Single-word names -> (code, name); first word -> [(lemma sets of the rest, code, name)].

    Names of either language are keys; the name given is the country's in ``language``,
    so that a spelling both share ("РФ", "США") names "Россия" in Russian, "Росія" in
    Ukrainian.
    """
    single: dict[str, tuple[str, str]] = {}
    multi: dict[str, list[tuple[tuple[frozenset[str], ...], str, str]]] = {}
    mains: dict[str, str] = {}  # a country on two rows keeps its first name
    for country in (*gazetteer.countries(), *_historical_states()):
        own = country.names.get(language) or next(iter(country.names.values()))
        main = mains.setdefault(country.code or own[0], own[0])
        for spelling, names in country.names.items():  # the language a name is written in
            for name in names:
                words = name.split()
                if len(words) == 1:
                    single.setdefault(_without_yo(name.lower()), (country.code, main))
                    continue
                first = _country_lemmas(words[0], spelling)
                # Later words match in any letter case ("Российской федерации").
                rest = tuple(_country_lemmas(word, spelling) for word in words[1:])
                for lemma in sorted(first):
                    multi.setdefault(lemma, []).append((rest, country.code, main))
    for options in multi.values():
        options.sort(key=lambda option: -len(option[0]))  # the longest name first
    return single, multi


def _is_adjective(token: _Token, language: str) -> bool:
    return _adjective_word(token[_LOWER], language)


@lru_cache(maxsize=50_000)
def _adjective_word(lower: str, language: str) -> bool:
    return any("ADJF" in p.tag.grammemes for p in parse(lower, language))


def _gap_is_space(text: str, left: _Token, right: _Token) -> bool:
    return text[left[_END] : right[_START]].isspace()


def _inflect(word: str, language: str, grammemes: set[str]) -> str:
    """``word`` (an adjective) in the form ``grammemes``, written with its letter case."""
    for candidate in parse(word.lower(), language):
        if "ADJF" not in candidate.tag.grammemes:
            continue
        inflected = candidate.inflect(grammemes)
        if inflected is not None:
            return _recase(inflected.word, word)
    return word


def _recase(word: str, model: str) -> str:
    if model[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word


def _spells(surface: str, name: str) -> bool:
    """Whether a mention is the name as it stands, after a marker: "города Чусовой"."""
    folded = _without_yo(surface.casefold())
    name = _without_yo(name)
    if not folded.endswith(name):
        return False
    marker = surface[: len(surface) - len(name)]
    return not marker or (marker.endswith(" ") and marker.islower())


class _Found:
    """Places found so far, one per (kind, code or name), with their mentions."""

    def __init__(self) -> None:
        self.order: list[tuple[str, str]] = []
        self.places: dict[tuple[str, str], tuple[str, PlaceKind, str | None, dict[Span, None]]] = {}
        self.taken: set[int] = set()

    def ensure(self, name: str, kind: PlaceKind, code: str | None) -> None:
        """List a place without a mention of its own."""
        key = (kind.value, code or name.lower())
        if key not in self.places:
            self.order.append(key)
            self.places[key] = (name, kind, code, {})

    def add(self, name: str, kind: PlaceKind, code: str | None, span: Span) -> None:
        key = (kind.value, code or name.lower())
        if key not in self.places:
            self.order.append(key)
            self.places[key] = (name, kind, code, {})
        self.places[key][3][span] = None

    def fold(self, key: tuple[str, str], into: tuple[str, str]) -> None:
        """Move the mentions of the record at ``key`` to the one at ``into``; drop ``key``."""
        self.places[into][3].update(self.places[key][3])
        del self.places[key]
        self.order.remove(key)

    def records(self, text: str, language: str) -> tuple[Place, ...]:
        self._merge_uncoded()
        self._merge_spelled(text)
        result = []
        for key in self._in_order_of_mention():
            name, kind, code, spans = self.places[key]
            if code is None and kind is PlaceKind.CITY and language == "ru":
                code = _ukrainian_city_code(name)  # "Одесса", "Кривой Рог", "Житомир"
            result.append(
                Place(
                    name=name,
                    kind=kind,
                    code=code,
                    mentions=tuple(sorted(spans, key=lambda s: s.start)),
                )
            )
        return tuple(result)

    def _merge_uncoded(self) -> None:
        """Fold each place found without a code into the one coded place of its name.

        "у селищі Петриківка в Дніпропетровській області" gives the town its code; a
        later "в Петриківці", read before the oblast was known, is the same town.
        """
        coded: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for key in self.order:
            name, kind, code, _ = self.places[key]
            if code is not None:
                coded.setdefault((kind.value, name.lower()), []).append(key)
        for key in [k for k in self.order if self.places[k][2] is None]:
            name, kind, _, _ = self.places[key]
            targets = coded.get((kind.value, name.lower()), [])
            if len(targets) == 1:
                self.fold(key, targets[0])

    def _merge_spelled(self, text: str) -> None:
        """Fold an uncoded settlement whose every mention spells another's name into it.

        "города Чусовой" alone reads as the genitive of "Чусовая" too; "Чусового" in the
        same article says the town is Чусовой, and the first mention ends with that name.
        """
        names = {
            self.places[key][0].casefold(): key
            for key in self.order
            if self.places[key][1] in _SETTLEMENT_KINDS
        }
        for key in [k for k in self.order if self.places[k][2] is None]:
            name, kind, _, spans = self.places[key]
            if kind not in _SETTLEMENT_KINDS or not spans:
                continue
            surfaces = [text[span.start : span.end] for span in spans]
            target = next(
                (
                    other
                    for spelled, other in names.items()
                    if other != key
                    and spelled != name.casefold()
                    and all(_spells(surface, spelled) for surface in surfaces)
                ),
                None,
            )
            if target is not None:
                self.fold(key, target)
                if names.get(name.casefold()) == key:
                    del names[name.casefold()]

    def _in_order_of_mention(self) -> list[tuple[str, str]]:
        """The records' keys in order of first mention, whichever pass found them.

        A record listed without a mention (the oblast of a city named alone, "Київ")
        goes with the record found right after it, the one that holds the mention.
        """
        starts: list[int] = []
        following = sys.maxsize
        for key in reversed(self.order):
            spans = self.places[key][3]
            following = min((span.start for span in spans), default=following)
            starts.append(following)
        starts.reverse()
        ranked = sorted(range(len(self.order)), key=starts.__getitem__)
        return [self.order[index] for index in ranked]


def _find_regions(  # noqa: C901, PLR0912, PLR0915 - one pass, every form
    tokens: list[_Token], capitals: list[int], language: str, found: _Found
) -> None:
    forms = _region_forms()
    nouns = _region_nouns()
    names = _region_names(language)
    special = _special_cities()
    listed = 0  # the end of the last coordinated list: its later members are single words
    for index in capitals:  # every form below is a capitalised word
        if index in found.taken:
            continue
        token = tokens[index]
        if (
            index + 1 < len(tokens)
            and (tokens[index + 1][_CAPITALISED] or tokens[index + 1][_LOWER][:4] in _MACRO_LOWER)
            and token[_LOWER][:3] in _MACRO_FIRST
            and _add_macro_phrase(tokens, index, language, found)
        ):
            continue
        if index and tokens[index - 1][_LOWER] in _STATE_MARKERS:
            _add_state(tokens, index, language, found)
            continue
        following = tokens[index + 1][_LOWER] if index + 1 < len(tokens) else ""
        entry = forms.get(token[_LOWER])
        if entry is not None and _opens_country(tokens, index, language):
            continue  # "Київська Русь": a state of the past, left to the countries' pass
        if entry is not None:
            code, clash = entry
            if following.startswith("губерн") and _add_governorate(
                tokens, index, names[code], language, found
            ):
                continue  # "Полтавської губернії": the oblast's forerunner, no code of its own
            if following.startswith(_NOT_REGION_NEXT):
                continue
            if (
                (clash or _is_quoted(token))
                and not following.startswith(_OBLAST_NEXT)
                and not _autonomous_okrug(tokens, index)
            ):
                continue  # «Київська весна»: the first word of a name in quotes
            if not following.startswith(_OBLAST_NEXT) and _after_given_name(
                tokens, index, language
            ):
                continue  # "Марії Орловської": a surname
            if _on_street(tokens, index):
                found.taken.add(index)
                continue
            end = token[_END]
            if (following.startswith(_REGION_NOUNS) or following == "обл") and tokens[index + 1][
                _START
            ] - end == 1:
                end = tokens[index + 1][_END]  # "Одеської області", "Донецька обл." is one mention
            elif _autonomous_okrug(tokens, index):
                end = tokens[index + 2][_END]  # "Чукотский автономный округ"
            elif (following in _CONJUNCTIONS or following in forms) and token[_START] >= listed:
                end = _list_end(tokens, index, forms) or end  # "Хмельницької, … областей"
                listed = end
            found.add(names[code], PlaceKind.REGION, code, Span(start=token[_START], end=end))
            found.taken.add(index)
            continue
        macro = _uncoded_region(token[_SURFACE], language)
        if macro is not None and macro in _CARDINAL_NAMES and _is_initial(token):
            macro = None  # "Захід сонця…" opens a sentence
        if macro is not None and (
            not _in_quoted_name(token) or token[_SURFACE] in _MACRO_ABBREVIATIONS
        ):  # "так звані « ДНР »": quotes of doubt, not a name
            span = Span(start=_part_start(tokens, index), end=token[_END])
            found.add(macro, PlaceKind.REGION, None, span)
            found.taken.add(index)
            continue
        abbreviated = _REGION_ABBREVIATIONS.get(token[_SURFACE].partition("-")[0])
        if abbreviated is not None and abbreviated in names:
            span = Span(start=token[_START], end=token[_END])  # "ХМАО", "ХМАО-Югра"
            found.add(names[abbreviated], PlaceKind.REGION, abbreviated, span)
            found.taken.add(index)
            continue
        if token[_SURFACE].isupper() or (_is_quoted(token) and _in_short_quote(token)):
            continue  # «Кубань», the club; a quoted sentence ("« Чечня входить …»") counts
        lemma = _region_lemma(token[_SURFACE])
        if lemma is not None:
            code = nouns[lemma]
            start = token[_START]
            if (
                index > 1
                and tokens[index - 1][_LOWER].startswith(("республік", "республик"))
                and tokens[index - 2][_LOWER].startswith("автономн")
            ):
                start = tokens[index - 2][_START]  # "Автономної Республіки Крим"
            elif (
                index > 0
                and tokens[index - 1][_SURFACE] in {"АР", "АРК"}
                and tokens[index - 1][_END] + 1 == token[_START]
            ):
                start = tokens[index - 1][_START]  # "АР Крим"
            span = Span(start=start, end=token[_END])
            if code in special or code in {"RU-MOW", "RU-SPE"}:
                # The city's record holds the mentions; the first-level unit is listed.
                found.ensure(names[code], PlaceKind.REGION, code)
            else:
                found.add(names[code], PlaceKind.REGION, code, span)
            if code in special:
                city = gazetteer.units_by_code()[special[code]]
                name = token[_SURFACE] if token[_LOWER] == lemma else lemma.capitalize()
                found.add(
                    city.name if lemma in {"київ", "севастополь"} else name,
                    PlaceKind.CITY,
                    city.code,
                    span,
                )
            elif code in {"RU-MOW", "RU-SPE"}:
                found.add(lemma.title(), PlaceKind.CITY, None, span)
            found.taken.add(index)


# First-level units written as their usual abbreviations (none that also names another
# thing: "НАО" is a kind of joint-stock company too).
_REGION_ABBREVIATIONS = {
    "ХМАО": "RU-KHM",
    "ЯНАО": "RU-YAN",
    "ЕАО": "RU-YEV",
    "КБР": "RU-KB",
    "КЧР": "RU-KC",
}


def _add_governorate(
    tokens: list[_Token], index: int, oblast: str, language: str, found: _Found
) -> bool:
    """Add the governorate an oblast's adjective and "губернія" name, a region with no code.

    "Полтавської губернії" is Poltava Governorate of the Russian Empire, not today's
    oblast; its name is the oblast's adjective with "губернія" ("губерния").
    """
    adjective, _, noun = oblast.rpartition(" ")
    if noun != "область" or " " in adjective:
        return False
    name = f"{adjective} {'губерния' if language == 'ru' else 'губернія'}"
    span = Span(start=tokens[index][_START], end=tokens[index + 1][_END])
    found.add(name, PlaceKind.REGION, None, span)
    found.taken.update((index, index + 1))
    return True


def _autonomous_okrug(tokens: list[_Token], index: int) -> bool:
    """Whether "автономный округ" follows the adjective at ``index``."""
    return (
        index + 2 < len(tokens)
        and tokens[index + 1][_LOWER].startswith("автономн")
        and tokens[index + 2][_LOWER].startswith("округ")
        and _gap_is_space(tokens[index][_TEXT], tokens[index], tokens[index + 1])
        and _gap_is_space(tokens[index][_TEXT], tokens[index + 1], tokens[index + 2])
    )


# A state of a federation after its noun: "штата Аризона", "штаті Північна Кароліна".
_STATE_MARKERS = frozenset(
    {"штат", "штата", "штате", "штату", "штатом", "штаті", "провинции", "провінції"}
)


def _add_state(tokens: list[_Token], index: int, language: str, found: _Found) -> None:
    """Add a state named after its noun as a region without a code (one or two words)."""
    token = tokens[index]
    marker = tokens[index - 1]
    text = token[_TEXT]
    if not text[marker[_END] : token[_START]].isspace() or token[_SURFACE].isupper():
        return
    last = index
    if (
        index + 1 < len(tokens)
        and tokens[index + 1][_CAPITALISED]
        and text[token[_END] : tokens[index + 1][_START]] == " "
        and _is_adjective(token, language)
    ):
        last = index + 1  # "Южная Каролина"
    words = [t[_SURFACE] for t in tokens[index : last + 1]]
    name = " ".join(_nominative_pair(words[0], words[1], language) if len(words) > 1 else words)
    start = marker[_START] if language == "ru" else token[_START]
    found.add(name, PlaceKind.REGION, None, Span(start=start, end=tokens[last][_END]))
    found.taken.update(range(index, last + 1))


_CONJUNCTIONS = frozenset({"та", "і", "й", "и"})
_PLURAL_REGION_NOUNS = frozenset(
    {"областей", "областях", "областям", "областями", "краев", "краях", "країв"}
)
_LIST_LENGTH = 8
"""How many region adjectives a coordinated list ("Хмельницької, … областей") may hold."""


def _list_end(tokens: list[_Token], index: int, forms: Mapping[str, object]) -> int | None:
    """Where a coordinated list of region adjectives starting at ``index`` ends, if it does.

    "Хмельницької, Тернопільської та Чернівецької областей" is one mention of the first.
    """
    text = tokens[index][_TEXT]
    position = index
    for _ in range(_LIST_LENGTH):
        after = position + 1
        if after < len(tokens) and tokens[after][_LOWER] in _CONJUNCTIONS:
            after += 1
        if (
            after >= len(tokens)
            or not tokens[after][_CAPITALISED]
            or tokens[after][_LOWER] not in forms
            or not _LIST_GAP.fullmatch(text, tokens[position][_END], tokens[after][_START])
        ):
            return None
        position = after
        noun = position + 1
        plural = tokens[noun][_LOWER] if noun < len(tokens) else ""
        if plural in _PLURAL_REGION_NOUNS or (  # "Харківська та Сумська області"
            plural == "області" and tokens[position][_LOWER].endswith("а")
        ):
            if text[tokens[position][_END] : tokens[noun][_START]].isspace():
                return tokens[noun][_END]
            return None
    return None


_LIST_GAP = re.compile(r" ?,? ?(?:(?:та|і|й|и) )?")


# Historical and geographic regions and occupied entities with no ISO code, by lemma
# (Ukrainian and Russian) -> name in each language. Listed as regions without a code.
_MACRO_REGIONS = {
    "донбас": ("Донбас", "Донбасс"),
    "донбасс": ("Донбас", "Донбасс"),
    "слобожанщина": ("Слобожанщина", "Слобожанщина"),
    "поділля": ("Поділля", "Подолье"),
    "подолье": ("Поділля", "Подолье"),
    "галичина": ("Галичина", "Галиция"),
    "галиция": ("Галичина", "Галиция"),
    "полісся": ("Полісся", "Полесье"),
    "полесье": ("Полісся", "Полесье"),
    "приазов’я": ("Приазов’я", "Приазовье"),
    "приазовье": ("Приазов’я", "Приазовье"),
    "таврія": ("Таврія", "Таврия"),
    "бессарабія": ("Бессарабія", "Бессарабия"),
    "бессарабия": ("Бессарабія", "Бессарабия"),
    "придністров’я": ("Придністров’я", "Приднестровье"),
    "приднестровье": ("Придністров’я", "Приднестровье"),
    "сибирь": ("Сибір", "Сибирь"),
    "сибір": ("Сибір", "Сибирь"),
    "урал": ("Урал", "Урал"),
    "кавказ": ("Кавказ", "Кавказ"),
    "поволжье": ("Поволжя", "Поволжье"),
    "поволжя": ("Поволжя", "Поволжье"),
    "прибалтика": ("Прибалтика", "Прибалтика"),
    "балтія": ("Балтія", "Прибалтика"),
    "гагаузія": ("Гагаузія", "Гагаузия"),
    "гагаузия": ("Гагаузія", "Гагаузия"),
    "абхазія": ("Абхазія", "Абхазия"),
    "абхазия": ("Абхазія", "Абхазия"),
    "лемківщина": ("Лемківщина", "Лемковщина"),
    "лемковщина": ("Лемківщина", "Лемковщина"),
    "бойківщина": ("Бойківщина", "Бойковщина"),
    "гуцульщина": ("Гуцульщина", "Гуцульщина"),
    "холмщина": ("Холмщина", "Холмщина"),
    "підляшшя": ("Підляшшя", "Подляшье"),
    "наддніпрянщина": ("Наддніпрянщина", "Надднепрянщина"),
    "подніпров’я": ("Подніпров’я", "Поднепровье"),
    "поднепровье": ("Подніпров’я", "Поднепровье"),
    "придніпров’я": ("Придніпров’я", "Приднепровье"),
    "приднепровье": ("Придніпров’я", "Приднепровье"),
    "причорномор’я": ("Причорномор’я", "Причерноморье"),
    "причерноморье": ("Причорномор’я", "Причерноморье"),
    "закавказзя": ("Закавказзя", "Закавказье"),
    "закавказье": ("Закавказзя", "Закавказье"),
    "карпати": ("Карпати", "Карпаты"),
    "карпаты": ("Карпати", "Карпаты"),
    "балкани": ("Балкани", "Балканы"),
    "балканы": ("Балкани", "Балканы"),
    "карабах": ("Карабах", "Карабах"),
    # Continents and parts of the world.
    "європа": ("Європа", "Европа"),
    "европа": ("Європа", "Европа"),
    "азія": ("Азія", "Азия"),
    "азия": ("Азія", "Азия"),
    "африка": ("Африка", "Африка"),
    "євразія": ("Євразія", "Евразия"),
    "евразия": ("Євразія", "Евразия"),
    "антарктида": ("Антарктида", "Антарктида"),
    "арктика": ("Арктика", "Арктика"),
    "скандинавія": ("Скандинавія", "Скандинавия"),
    "скандинавия": ("Скандинавія", "Скандинавия"),
}
# Parts of the world named by two words (Ukrainian, Russian), listed as regions without a
# code; found before countries, so that "Латинська Америка" is not the United States.
_MACRO_PHRASES = (
    ("Близький Схід", "Ближний Восток"),
    ("Середній Схід", "Средний Восток"),
    ("Далекий Схід", "Дальний Восток"),
    ("Середня Азія", "Средняя Азия"),
    ("Центральна Азія", "Центральная Азия"),
    ("Мала Азія", "Малая Азия"),
    ("Нагірний Карабах", "Нагорный Карабах"),
    ("Латинська Америка", "Латинская Америка"),
    ("Південна Америка", "Южная Америка"),
    ("Північна Америка", "Северная Америка"),
    ("Центральна Америка", "Центральная Америка"),
    ("Північна Африка", "Северная Африка"),
    ("Південна Африка", "Южная Африка"),
    ("Західні Балкани", "Западные Балканы"),
    ("Північний Кавказ", "Северный Кавказ"),
    ("Південний Кавказ", "Южный Кавказ"),
    ("Південна Осетія", "Южная Осетия"),
    ("Північна Осетія", "Северная Осетия"),  # a federal subject: coded below
    # The federal districts of Russia.
    ("Центральний федеральний округ", "Центральный федеральный округ"),
    ("Північно-Західний федеральний округ", "Северо-Западный федеральный округ"),
    ("Південний федеральний округ", "Южный федеральный округ"),
    ("Північно-Кавказький федеральний округ", "Северо-Кавказский федеральный округ"),
    ("Приволзький федеральний округ", "Приволжский федеральный округ"),
    ("Уральський федеральний округ", "Уральский федеральный округ"),
    ("Сибірський федеральний округ", "Сибирский федеральный округ"),
    ("Далекосхідний федеральний округ", "Дальневосточный федеральный округ"),
)


# Two-word names of regions that have an ISO code.
_MACRO_CODES = {"Північна Осетія": "RU-SE"}


@cache
def _macro_phrases() -> dict[str, list[tuple[tuple[tuple[frozenset[str], bool], ...], str, str]]]:
    """First-word lemma -> [(the other words' lemma sets and capitals, Ukrainian, Russian)]."""
    index: dict[str, list[tuple[tuple[tuple[frozenset[str], bool], ...], str, str]]] = {}
    for uk, ru in _MACRO_PHRASES:
        for name, language in ((uk, "uk"), (ru, "ru")):
            words = name.split()
            rest = tuple((_country_lemmas(word, language), word[0].isupper()) for word in words[1:])
            for lemma in sorted(_country_lemmas(words[0], language)):
                index.setdefault(lemma, []).append((rest, uk, ru))
    return index


def _add_macro_phrase(tokens: list[_Token], position: int, language: str, found: _Found) -> bool:
    """Add a region without a code named by two words ("Близькому Сході"); whether one is."""
    token = tokens[position]
    for lemma in sorted(_country_lemmas(token[_SURFACE], language)):
        for rest, uk, ru in _macro_phrases().get(lemma, ()):
            following = tokens[position + 1 : position + 1 + len(rest)]
            if len(following) == len(rest) and all(
                t[_CAPITALISED] == capital and _country_lemmas(t[_SURFACE], language) & words
                for t, (words, capital) in zip(following, rest, strict=True)
            ):
                span = Span(start=token[_START], end=following[-1][_END])
                code = _MACRO_CODES.get(uk)
                name = _region_names(language)[code] if code else ru if language == "ru" else uk
                found.add(name, PlaceKind.REGION, code, span)
                found.taken.update(range(position, position + 1 + len(rest)))
                return True
    return False


_MACRO_FIRST = frozenset(name[:3].lower() for names in _MACRO_PHRASES for name in names)
# The openings of the lower-case words of such names: "федеральном округе".
_MACRO_LOWER = frozenset(
    word[:4]
    for names in _MACRO_PHRASES
    for name in names
    for word in name.split()
    if word.islower()
)


# Abbreviations of occupied entities, written in capitals.
_MACRO_ABBREVIATIONS = frozenset({"ДНР", "ЛНР", "ОРДЛО", "ОРДО", "ОРЛО"})


# A cardinal direction written with a capital inside a sentence names a part of a country
# or of the world ("на Сході України", "країни Заходу").
_CARDINAL_REGIONS = {
    "схід": ("Схід", "Восток"),
    "захід": ("Захід", "Запад"),
    "південь": ("Південь", "Юг"),
    "північ": ("Північ", "Север"),
    "восток": ("Схід", "Восток"),
    "запад": ("Захід", "Запад"),
}


@lru_cache(maxsize=50_000)
def _uncoded_region(word: str, language: str) -> str | None:
    """The name of a region without a code a word names: macro-region or cardinal direction."""
    return _macro_region(word, language) or _cardinal_region(word, language)


_CARDINAL_NAMES = frozenset(name for names in _CARDINAL_REGIONS.values() for name in names)


@lru_cache(maxsize=50_000)
def _cardinal_region(word: str, language: str) -> str | None:
    """The region a capitalised cardinal direction names ("Сході"), not first in a sentence."""
    if word.isupper():
        return None
    return _named_region(word, language, _CARDINAL_REGIONS, _CARDINAL_OPENINGS)


@lru_cache(maxsize=50_000)
def _macro_region(word: str, language: str) -> str | None:
    """The name of a region without an ISO code that ``word`` names ("Донбасі", "ДНР")."""
    if word in _MACRO_ABBREVIATIONS:
        return word
    if word.isupper() or len(word) < 4:  # noqa: PLR2004
        return None
    return _named_region(word, language, _MACRO_REGIONS, _MACRO_OPENINGS) or (
        _land_of_town(word) if language == "uk" and "щин" in word else None
    )


# How a town's name ends where "-щина" replaces it: "Умань" -> "Уманщина", "Калуш" ->
# "Калущина", "Шепетівка" -> "Шепетівщина", "Старобільськ" -> "Старобільщина".
_LAND_ENDINGS = ("", "ь", "ш", "и", "а", "ка", "ськ")
_NOT_LANDS = frozenset({"батьківщина", "вітчизна"})


def _land_of_town(word: str) -> str | None:
    """The land named after a town by "-щина" ("на Калущині"): a region with no code.

    The oblasts' own lands ("Житомирщина") are found before, by their codes; the word
    is a land only when the dictionary knows it and a city or town of the codifier
    gives it its name.
    """
    index = gazetteer.units_by_name()
    for lemma in sorted(lemmas(word, "uk")):
        if (
            not lemma.endswith("щина")
            or lemma in _NOT_LANDS
            or lemma in _region_nouns()  # an oblast's: "Полтавщина"
            or not is_known(lemma, "uk")
        ):
            continue
        base = lemma[: -len("щина")]
        towns = [base + ending for ending in _LAND_ENDINGS]
        if base.endswith("ів"):
            towns.append(base[:-2] + "ва")  # "Жовківщина" from "Жовква"
        elif base.endswith("й"):
            towns.append(base[:-1] + "я")  # "Коломийщина" from "Коломия"
        if any(u.category in "MKX" for town in towns for u in index.get(town, ())):
            return lemma.capitalize()
    return None


_OPENING = 2
"""Letters a word shares with its dictionary form, whatever its case: "Сході" and "схід"."""


def _opening(word: str) -> str:
    return gazetteer.normalize_apostrophes(word[:_OPENING].lower())


def _openings(names: Iterable[str]) -> frozenset[str]:
    """How the dictionary forms ``names`` begin: a word that begins otherwise is none of them.

    Looking a word up in the dictionaries is the dearest step on text the caches have
    not seen, and most capitalised words name no region or country at all.
    """
    return frozenset(_opening(name) for name in names)


_MACRO_OPENINGS = _openings(_MACRO_REGIONS)
_CARDINAL_OPENINGS = _openings(_CARDINAL_REGIONS)


@cache
def _noun_openings() -> frozenset[str]:
    return _openings(_region_nouns())


@cache
def _country_openings() -> frozenset[str]:
    single, multi = _country_index("uk")  # the keys are those of every language
    return _openings([*single, *multi])


def _named_region(
    word: str,
    language: str,
    regions: Mapping[str, tuple[str, str]],
    openings: frozenset[str],
) -> str | None:
    """The name, in ``language``, of the first of ``regions`` a dictionary form of ``word`` is.

    ``openings`` are the ``_openings`` of ``regions``.
    """
    if _opening(word) not in openings:
        return None
    for lemma in sorted(lemmas(word, language)):
        names = regions.get(lemma)
        if names is not None:
            return names[1] if language == "ru" else names[0]
    return None


@lru_cache(maxsize=50_000)
def _region_lemma(word: str) -> str | None:
    """The first dictionary form of ``word`` (Ukrainian or Russian) naming a region."""
    nouns = _region_nouns()
    if _opening(word) not in _noun_openings():
        return None
    return next(
        (lemma for lemma in sorted(lemmas(word, "uk") | lemmas(word, "ru")) if lemma in nouns),
        None,
    )


def _without_yo(word: str) -> str:
    return word.replace("ё", "е") if "ё" in word else word


@lru_cache(maxsize=50_000)
def _country_lemmas(word: str, language: str) -> frozenset[str]:
    """``lemmas`` of a word of a country's name, "ё" written "е" ("Объединённые").

    A participle ("Соединенными", "Об’єднаних") stands for its masculine nominative.
    """
    plain = _without_yo(word)
    found = set(lemmas(plain, language))
    for reading in parse(plain.lower(), language):
        if "PRTF" in reading.tag.grammemes:
            form = reading.inflect({"sing", "masc", "nomn"})
            if form is not None:
                found.add(gazetteer.normalize_apostrophes(form.word))
    return frozenset(_without_yo(lemma) for lemma in found)


def _find_countries(
    tokens: list[_Token], capitals: list[int], language: str, found: _Found
) -> None:
    single, multi = _country_index(language)
    openings = _country_openings()
    for index in capitals:
        if index in found.taken:
            continue
        token = tokens[index]
        if _without_yo(_opening(token[_SURFACE])) not in openings:
            continue  # no country's name begins so: spare the dictionaries
        candidates = _country_lemmas(token[_SURFACE], language)
        if _add_multi_word_country(tokens, index, candidates, multi, language, found):
            continue
        for lemma in sorted(candidates):
            if lemma in single:
                code, name = single[lemma]
                found.taken.add(index)
                start = _part_start(tokens, index)
                if (
                    _alone_in_quotes(token)
                    or _in_address(tokens, index)
                    or _titles_a_document(tokens, index, language)
                ):
                    break  # «Колумбія»: a ship's name; "зоне .РФ": a domain
                start = min(start, _state_title_start(tokens, index))
                if (
                    start < token[_START]
                    or language == "ru"
                    or not _is_attribute(tokens, index, name)
                ):
                    span = Span(start=start, end=token[_END])
                    found.add(name, PlaceKind.COUNTRY, code or None, span)
                break


_STATE_TITLES = ("республік", "республик")
_STATE_TITLE_ADJECTIVES = ("федеративн",)


def _state_title_start(tokens: list[_Token], index: int) -> int:
    """Where a country's name starts with its state's title ("Республіка Корея").

    "Республіки Білорусь", "Федеративної Республіки Німеччина": the title is part of the
    name, not a body the country's genitive qualifies.
    """
    start = tokens[index][_START]
    if tokens[index][_SURFACE].isupper():
        return start  # "Республики СССР": the union's, not its title
    for words in (_STATE_TITLES, _STATE_TITLE_ADJECTIVES):
        if index == 0:
            break
        previous = tokens[index - 1]
        if (
            not previous[_CAPITALISED]  # "республики СССР": one of the union's
            or not previous[_LOWER].startswith(words)
            or not _gap_is_space(previous[_TEXT], previous, tokens[index])
        ):
            break
        start = previous[_START]
        index -= 1
    return start


def _opens_country(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether a country's name of several words begins at ``index`` ("Київської Русі")."""
    candidates = _country_lemmas(tokens[index][_SURFACE], language)
    return (
        _multi_word_country(tokens, index, candidates, _country_index(language)[1], language)
        is not None
    )


def _add_multi_word_country(  # noqa: PLR0917 - the pass's state, handed on
    tokens: list[_Token],
    index: int,
    candidates: frozenset[str],
    multi: Mapping[str, list[tuple[tuple[frozenset[str], ...], str, str]]],
    language: str,
    found: _Found,
) -> bool:
    """Add the country whose name of several words begins at ``index``, if one does."""
    match = _multi_word_country(tokens, index, candidates, multi, language)
    if match is None:
        return False
    end, code, name = match
    if not _titles_a_document(tokens, index, language):
        span = Span(start=tokens[index][_START], end=tokens[end - 1][_END])
        found.add(name, PlaceKind.COUNTRY, code or None, span)
    found.taken.update(range(index, end))
    return True


def _multi_word_country(
    tokens: list[_Token],
    index: int,
    candidates: frozenset[str],
    multi: Mapping[str, list[tuple[tuple[frozenset[str], ...], str, str]]],
    language: str,
) -> tuple[int, str, str] | None:
    """The end index, code and name of a country of several words beginning at ``index``."""
    for lemma in sorted(candidates):
        for rest, code, name in multi.get(lemma, ()):
            following = tokens[index + 1 : index + 1 + len(rest)]
            if len(following) == len(rest) and all(
                _country_lemmas(t[_SURFACE], language) & words
                for t, words in zip(following, rest, strict=True)
            ):
                return index + 1 + len(rest), code, name
    return None


_CLOSING_QUOTES = frozenset('»"“”')


def _alone_in_quotes(token: _Token) -> bool:
    """Whether the word is a name in quotes all by itself ("«Колумбії»", "« Україна »")."""
    after = token[_TEXT][token[_END] : token[_END] + _LOOK_BEHIND].lstrip(" ")
    return _is_quoted(token) and after[:1] in _CLOSING_QUOTES


def _alone_in_brackets(token: _Token) -> bool:
    """Whether the word stands in brackets by itself: a seat ("ПП «Зіко-Буд» (Хмельницький)")."""
    after = token[_TEXT][token[_END] : token[_END] + _LOOK_BEHIND].lstrip(" ")
    return _before(token)[-1:] == "(" and after[:1] == ")"


# Words for a street or a square before its name ("вул. Московській", "ул. Тверская").
_STREET_WORDS = frozenset(
    {
        "вул",
        "вулиця",
        "вулиці",
        "вулицю",
        "вулицею",
        "просп",
        "проспект",
        "проспекту",
        "проспекті",
        "пл",
        "площа",
        "площі",
        "площу",
        "бульв",
        "бульвар",
        "бульвару",
        "бульварі",
        "пров",
        "провулок",
        "провулку",
        "ул",
        "улица",
        "улицы",
        "улице",
        "улицу",
        "проспекта",
        "проспекте",
        "площадь",
        "площади",
        "пер",
        "переулок",
        "переулке",
        "переулка",
    }
)


# Documents a country's name in the genitive completes: "Кримінального кодексу України".
_DOCUMENT_HEADS = frozenset(
    {
        *("кодекс", "закон", "конституція", "конституция", "указ", "постанова", "положення"),
        *("постановление", "положение", "регламент", "статут", "устав", "книга"),
    }
)


def _titles_a_document(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether the country at ``index`` is part of a document's title, not a place named.

    "Податкового кодексу України", "законам України", "Червоної книги України": the
    article cites a law or a register of the country; "в Україні" names the place.
    """
    if index == 0:
        return False
    before = tokens[index - 1]
    return before[_TEXT][before[_END] : tokens[index][_START]].isspace() and bool(
        lemmas(before[_SURFACE], language) & _DOCUMENT_HEADS
    )


def _in_address(tokens: list[_Token], index: int) -> bool:
    """Whether the word is part of a domain, an e-mail or a street name ("сайт.РФ")."""
    token = tokens[index]
    start = token[_START]
    return bool(start and token[_TEXT][start - 1] in "./@") or _on_street(tokens, index)


def _on_street(tokens: list[_Token], index: int) -> bool:
    """Whether the word names a street: after "вул." or "вулиця", perhaps an initial between."""
    previous = index - 1
    if (
        previous > 0
        and len(tokens[previous][_SURFACE]) == 1
        and tokens[previous][_CAPITALISED]
        and tokens[previous][_TEXT][tokens[previous][_END] : tokens[previous][_END] + 1] == "."
    ):
        previous -= 1  # "вул. Р. Люксембург"
    return previous >= 0 and tokens[previous][_LOWER] in _STREET_WORDS


def _is_attribute(tokens: list[_Token], index: int, name: str) -> bool:
    """Whether a country's genitive is part of a title or name ("Президента України").

    Such a genitive is not a mention of its own in Ukrainian text, where names are read
    flat; in Russian text it is ("посла Японии", "МЧС России").
    """
    token = tokens[index]
    if (
        index == 0
        or _is_initial(token)
        or token[_LOWER] == name.lower()
        or token[_SURFACE].isupper()
    ):
        return False
    previous = tokens[index - 1]
    return (
        previous[_END] + 1 == token[_START] and previous[_CAPITALISED] and not _is_initial(previous)
    )


def _context_oblasts(found: _Found) -> set[str]:
    """Level-1 KATOTTH codes of the Ukrainian regions found."""
    by_iso = {region.code: region.katotth for region in gazetteer.ua_regions() if region.katotth}
    return {by_iso[code] for (_, code) in found.places if code in by_iso}


def _resolve(name: str, categories: str, oblasts: set[str], parents: set[str]) -> str | None:
    """The KATOTTH code of ``name`` when the context leaves one candidate, else ``None``."""
    candidates = [
        u for u in gazetteer.units_by_name().get(name.lower(), ()) if u.category in categories
    ]
    if len(candidates) > 1 and parents:
        # The hromada or the district the article names holds the settlement.
        narrowed = [u for u in candidates if u.parent in parents or _grandparent(u) in parents]
        candidates = narrowed or candidates
    if len(candidates) > 1 and oblasts:
        narrowed = [u for u in candidates if gazetteer.oblast_of(u.code) in oblasts]
        candidates = narrowed or candidates
    return candidates[0].code if len(candidates) == 1 else None


def _grandparent(unit: gazetteer.Unit) -> str | None:
    parent = gazetteer.units_by_code().get(unit.parent or "")
    return parent.parent if parent is not None else None


def _context_units(found: _Found) -> set[str]:
    """KATOTTH codes of the hromadas and districts found."""
    return {
        code
        for (kind, code) in found.places
        if kind in {PlaceKind.HROMADA.value, PlaceKind.DISTRICT.value}
        and code in gazetteer.units_by_code()
    }


_UNIT_NOUN_STARTS = frozenset({"гро", "отг", "пос", "рай", "окр", "р-н"})


def _adjective_units(  # noqa: PLR0917 - the words and what the passes before found
    text: str,
    tokens: list[_Token],
    unit_nouns: list[int],
    language: str,
    found: _Found,
    oblasts: set[str],
) -> None:
    """Hromadas ("Глибочицька громада") and districts ("Ратнівський район").

    ``unit_nouns`` are the words that begin like "громада" or "район" (a cheap test,
    made by the tokeniser: most words are neither).
    """
    for index in unit_nouns:
        token = tokens[index]
        lower = token[_LOWER]
        is_hromada = lower.startswith("громад") or lower in {
            "отг",
            "поселение",
            "поселения",
            "поселении",
            "поселением",
        }
        is_district = (
            lower.startswith("район") and not lower.startswith("районн")
        ) or lower in _DISTRICT_ABBREVIATIONS
        is_okrug = lower.startswith("округ")  # "Находкинский городской округ"
        if not (is_hromada or is_district or is_okrug) or index == 0:
            continue
        first = index - 1
        while (
            first > 0
            and not tokens[first][_CAPITALISED]
            and tokens[first][_LOWER].startswith(_HROMADA_MODIFIERS)
            and _is_adjective(tokens[first], language)
            and _gap_is_space(text, tokens[first], tokens[first + 1])
        ):
            first -= 1
        adjective = tokens[first]
        if (
            not adjective[_CAPITALISED]
            or adjective[_SURFACE].isupper()
            or adjective[_LOWER].startswith(_HROMADA_MODIFIERS)  # "Територіальні громади"
            or not _gap_is_space(text, adjective, tokens[first + 1])
            or not _is_adjective(adjective, language)
        ):
            continue
        group = [adjective]
        if lower in _PLURAL_UNIT_NOUNS:
            group = _coordinated_adjectives(text, tokens, first, language)
        modifiers = tokens[first + 1 : index]
        if is_okrug and not any(m[_LOWER].startswith(_MUNICIPAL) for m in modifiers):
            continue
        end = token[_END]
        if is_district and index + 1 < len(tokens):
            end = _city_of_district(tokens, index + 1, language) or end
        for member in group:
            span = Span(start=member[_START], end=end if member is adjective else member[_END])
            _add_adjective_unit(
                member, modifiers, token, language, found, oblasts, span, is_district
            )
            found.taken.add(member[_POSITION])


# "р-н" with its case endings ("у Ратнівському р-ні").
_DISTRICT_ABBREVIATIONS = frozenset({"р-н", "р-ну", "р-ні", "р-ном", "р-на", "р-нів", "р-нах"})
_PLURAL_UNIT_NOUNS = frozenset(
    {"громади", "громад", "громадах", "громадами", "громадам", "районів", "райони", "районах"}
)


def _coordinated_adjectives(
    text: str, tokens: list[_Token], last: int, language: str
) -> list[_Token]:
    """The adjectives of a list ending at ``last``: "Овруцькою, Кагарлицькою та … громадами"."""
    group = [tokens[last]]
    back = last - 1
    for _ in range(_LIST_LENGTH):
        if back >= 1 and tokens[back][_LOWER] in _CONJUNCTIONS:
            candidate, gap = back - 1, text[tokens[back - 1][_END] : tokens[back][_START]]
            if gap.strip(" ,"):
                break
        elif back >= 0:
            candidate, gap = back, text[tokens[back][_END] : group[0][_START]]
            if gap.strip(" ") != ",":
                break
        else:
            break
        member = tokens[candidate]
        if not member[_CAPITALISED] or not _is_adjective(member, language):
            break
        group.insert(0, member)
        back = candidate - 1
    return group


_CITY_NOUNS = frozenset({"м", "міста", "г", "города"})


def _city_of_district(tokens: list[_Token], index: int, language: str) -> int | None:
    """The end of a city's genitive after a district ("районі м. Києва"), if one follows.

    The district's mention takes it in: "Печерському районі Києва" names one place.
    """
    if tokens[index][_LOWER] in _CITY_NOUNS and index + 1 < len(tokens):
        index += 1
    city = tokens[index]
    gap = city[_TEXT][tokens[index - 1][_END] : city[_START]]
    if not city[_CAPITALISED] or city[_SURFACE].isupper() or gap.strip(" .") or "\n" in gap:
        return None
    if not _genitive_city(city[_SURFACE], city[_LOWER], language):
        return None
    return city[_END]


@lru_cache(maxsize=20_000)
def _genitive_city(word: str, lower: str, language: str) -> bool:
    """Whether a word is a city's genitive: of the codifier, a capital or a foreign city."""
    if not any("gent" in p.tag.grammemes for p in parse(lower, language)):
        return False
    index = gazetteer.units_by_name()
    if any(u.category in "MK" for option in lemmas(word, language) for u in index.get(option, ())):
        return True
    return (
        _region_lemma(word) in _CAPITALS or _foreign_nominative(word, lower, language) is not None
    )


_CAPITALS = frozenset({"київ", "киев", "москва", "севастополь", "санкт-петербург"})


def _add_adjective_unit(  # noqa: PLR0917 - a private step of _adjective_units
    adjective: _Token,
    modifiers: list[_Token],
    head: _Token,
    language: str,
    found: _Found,
    oblasts: set[str],
    span: Span,
    is_district: bool,  # noqa: FBT001
) -> None:
    if is_district:
        gender = {"nomn", "masc"} if language == "uk" else {"nomn", "masc", "sing"}
        noun = "район"
        kind = PlaceKind.DISTRICT
    elif head[_LOWER].startswith("округ"):
        gender = {"nomn", "masc", "sing"}
        noun = "округ"
        kind = PlaceKind.HROMADA
    elif head[_LOWER].startswith("поселени"):
        gender = {"nomn", "neut", "sing"}
        noun = "поселение"
        kind = PlaceKind.HROMADA
    else:
        gender = {"nomn", "femn"}
        noun = "ОТГ" if head[_LOWER] == "отг" else "громада"
        kind = PlaceKind.HROMADA
    words = [_inflect(adjective[_SURFACE], language, gender)]
    words += [_inflect(m[_SURFACE], language, gender) for m in modifiers]
    name = " ".join([*words, noun])
    code = None
    if language == "uk":
        categories = "PB" if is_district else "H"
        code = _resolve(words[0], categories, oblasts, set())
    found.add(name, kind, code, span)


def _settlement_name(
    words: list[_Token], language: str, category: str, *, nominative: bool
) -> tuple[str, str | None]:
    """The nominative name of a settlement and the codifier spelling when it is one."""
    if len(words) == 1:
        options = lemmas(words[0][_SURFACE], language)
        index = gazetteer.units_by_name()
        surface = words[0][_LOWER]
        # The name as it stands first: after a marker it is often left in the nominative
        # ("у містечку Бердичів", not the village Бердичі).
        for option in sorted(options, key=lambda option: (option != surface, option)):
            units = [u for u in index.get(option, ()) if u.category in category]
            if units:
                return units[0].name, option
        if "-" in words[0][_LOWER]:
            for option in _hyphenated_cities(words[0][_LOWER]):
                return index[option][0].name, option
        nouns = [p for p in parse(words[0][_LOWER], language) if "NOUN" in p.tag.grammemes]
        if nominative and (
            not is_known(words[0][_LOWER], language)
            or any("nomn" in p.tag.grammemes for p in nouns)
        ):
            return words[0][_SURFACE], None  # "г. Москва": official style keeps the nominative
        if nouns:
            return _recase(nouns[0].normal_form, words[0][_SURFACE]), None
        return words[0][_SURFACE], None
    return " ".join(w[_SURFACE] for w in words), None


def _marker(text: str, previous: _Token | None, token: _Token, language: str) -> str | None:
    """The settlement marker right before ``token`` ("м.", "селі", "города"), if any."""
    if previous is None or previous[_LOWER] not in _MARKERS:
        return None
    gap = text[previous[_END] : token[_START]]
    if previous[_LOWER] in _ABBREVIATED_MARKERS:
        dotted = not previous[_CAPITALISED] and not _is_unit(text, previous)
    elif previous[_CAPITALISED] and (not _is_initial(previous) or _is_quoted(previous)):
        return None  # «Місто Майстрів»: a name in quotes
    elif previous[_LOWER] not in _DOTTED_MARKERS or gap.strip() != ".":
        return previous[_LOWER] if gap.isspace() else None
    else:
        dotted = True  # "смт. Пісківка"
    if dotted and gap.strip() == "." and ("\n" not in gap or _broken_line(gap, token, language)):
        return previous[_LOWER]
    return None


_LINE_BREAKS = 2  # the cleaner writes each line of the source as a paragraph


def _broken_line(gap: str, token: _Token, language: str) -> bool:
    r"""Whether a line break after an abbreviated marker splits "смт.\nТеофіполь".

    A sentence splitter that takes the dot for a full stop breaks the line there; the
    name on the next line counts only when the codifier has a settlement of that name,
    since a sentence may as well begin there ("кв. м.\nЗагалом").
    """
    if gap.count("\n") > _LINE_BREAKS:
        return False
    index = gazetteer.units_by_name()
    return any(
        unit.category in "MKXC"
        for option in lemmas(token[_SURFACE], language)
        for unit in index.get(option, ())
    )


# Abbreviations written with or without a dot.
_DOTTED_MARKERS = frozenset({"смт", "с-ще"})


_UNIT_BEFORE = frozenset({"кв", "куб", "км", "тис", "млн", "га", "кв.", "куб.", "/"})  # "грн. / м."


def _is_unit(text: str, marker: _Token) -> bool:
    """Whether an abbreviated marker is a unit of measure ("130 кв. м.", "2010 г.")."""
    before = text[max(0, marker[_START] - 8) : marker[_START]].rstrip()
    if not before:
        return False
    if before[-1].isdigit():
        return True
    last = before.rsplit(maxsplit=1)[-1].lower().rstrip(".")
    return last in _UNIT_BEFORE


@cache
def _first_words() -> frozenset[str]:
    """First four letters of the first words of two-word settlement names ("нова", "крив")."""
    return frozenset(
        name[:4]
        for name, units in gazetteer.units_by_name().items()
        if name.count(" ") == 1 and any(u.category in "MKXC" for u in units)
    )


def _two_word_name(
    text: str,
    tokens: list[_Token],
    position: int,
    language: str,
    taken: set[int],
    *,
    marker: str | None,
) -> tuple[str, tuple[gazetteer.Unit, ...]] | None:
    """A settlement named by an adjective and a noun ("Кривого Рогу", "селі Новій Дофіновці").

    Returns:
        The nominative name and its codifier units, the likeliest first; without a marker
        only names of the codifier count, after one ("с. Мала Костромка") any capitalised
        adjective and noun.
    """
    token = tokens[position]
    if position + 1 >= len(tokens):
        return None
    second = tokens[position + 1]
    if (
        not second[_CAPITALISED]
        or second[_SURFACE].isupper()
        or position + 1 in taken
        or text[token[_END] : second[_START]] != " "
    ):
        return None
    # Without a marker: the first word of a name of the codifier, or in Russian an
    # adjective before a place the dictionary knows ("Сергиевом Посаде").
    foreign = False
    if marker is None and language == "ru":
        third = tokens[position + 2] if position + 2 < len(tokens) else None
        foreign = (
            (third is None or not third[_CAPITALISED] or not _gap_is_space(text, second, third))
            and _is_adjective(token, language)
            and _foreign_nominative(second[_SURFACE], second[_LOWER], language) is not None
        )  # not "Международного Красного Креста"
    if marker is None and not foreign and token[_LOWER][:4] not in _first_words():
        return None
    if not _is_adjective(token, language):
        return None
    name = " ".join(_nominative_pair(token[_SURFACE], second[_SURFACE], language))
    order = (_MARKER_CATEGORIES[_MARKERS[marker]] if marker else "") + "MKXC"
    units = tuple(
        sorted(
            (
                u
                for u in gazetteer.units_by_name().get(
                    gazetteer.normalize_apostrophes(name.lower()), ()
                )
                if u.category in "MKXC"
            ),
            key=lambda u: order.index(u.category),
        )
    )
    if (
        units
        or (
            marker is not None
            and not _is_function_word(second[_LOWER], language)
            and not _names_person(tokens, position + 1, language)  # "м. Луцька Юрій Нечай"
        )
        or (foreign and _agrees(token[_LOWER], second[_LOWER], language))
    ):
        return name, units
    return None


# "T", a historical small town ("містечко"): a village, a town or a city today.
_MARKER_CATEGORIES = {"M": "MK", "X": "XM", "C": "CX", "T": "MXC"}


@lru_cache(maxsize=20_000)
def _nominative_pair(first: str, second: str, language: str) -> tuple[str, ...]:
    return tuple(to_nominative([first, second], language))


# A name in quotes: a few words with no quote of their kind inside. Longer quotes are
# citations, whose places count. Guillemets pair up across a line break («Наші гроші.
# Львів» split where a sentence splitter took the dot for a full stop); other quotes stay
# on one line, where an opening and a closing one are told apart by their surroundings.
_QUOTED = re.compile(r'«[^«»]{1,50}»|„[^„“”\n]{1,50}[“”]|“[^“”\n]{1,50}”|"[^"\n]{1,50}"')


def _quoted_ranges(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the quoted names in ``text`` ("«Індустріал Груп»"), in order."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _QUOTED.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _in_quoted_name(token: _Token) -> bool:
    """Whether the word is part of a name in quotes (a club «Полісся»)."""
    return _is_quoted(token) or _in_short_quote(token)


def _in_short_quote(token: _Token) -> bool:
    """Whether the word stands inside quotes short enough to be a name, not a citation."""
    return _in_quotes(
        _quoted_ranges(token[_TEXT][max(0, token[_START] - 60) : token[_END] + 60]),
        min(token[_START], 60),
    )


def _in_quotes(ranges: tuple[list[int], list[int]], position: int) -> bool:
    starts, ends = ranges
    at = bisect_right(starts, position) - 1
    return at >= 0 and position < ends[at]


def _of_place(previous: _Token | None, token: _Token, language: str) -> bool:
    """Whether a quoted word is a place a common noun or a preposition of place governs.

    "«Депутати Брянська»", "«Турнір у Чернівцях ми проводимо вдруге»": quoted words,
    but a place all the same, unlike the club «Полісся» or the company «Дніпро».
    """
    return (
        previous is not None
        and not previous[_CAPITALISED]
        and token[_TEXT][previous[_END] : token[_START]].isspace()  # «Наші гроші. Львів»
        and (
            previous[_LOWER] in _QUOTED_PLACE_PREPOSITIONS
            or any("gent" in p.tag.grammemes for p in parse(token[_LOWER], language))
        )
    )


_QUOTED_PLACE_PREPOSITIONS = frozenset({"у", "в", "во", "до", "із", "зі", "біля", "поблизу"})


_NOT_NAMES = frozenset(
    {"PREP", "CONJ", "PRCL", "NPRO", "VERB", "INFN", "ADVB", "PRED", "INTJ", "GRND", "NUMR"}
)


@lru_cache(maxsize=50_000)
def _is_function_word(lower: str, language: str) -> bool:
    """Whether the dictionary's first reading is no noun or adjective ("Про", "Вони")."""
    parses = parse(lower, language)
    return bool(parses) and bool(_NOT_NAMES & parses[0].tag.grammemes)


class _Scan(NamedTuple):
    """What every step of the settlement scan reads."""

    text: str
    tokens: list[_Token]
    language: str
    found: _Found
    oblasts: set[str]
    quotes: tuple[list[int], list[int]]
    parents: set[str]  # codes of the hromadas and districts the article names


def _find_settlements(  # noqa: PLR0917 - the steps share what the scan read
    text: str,
    words: _Words,
    language: str,
    found: _Found,
    oblasts: set[str],
    quotes: tuple[list[int], list[int]],
) -> None:
    tokens = words.tokens
    scan = _Scan(text, tokens, language, found, oblasts, quotes, _context_units(found))
    _add_routes(scan, words.capitals)
    first_words = _first_words()
    for position in words.capitals:
        token = tokens[position]
        if (
            position in found.taken
            or token[_SURFACE].isupper()
            or _add_russian_pair(scan, position)  # "в Кривом Роге", added here
        ):
            continue
        previous = tokens[position - 1] if position else None
        marker = _marker(text, previous, token, language)
        if (
            (marker is not None or token[_LOWER][:4] in first_words or language == "ru")
            and _add_pair(scan, position, marker)
        ) or _add_marked(scan, position, marker):
            if marker in _PLURAL_MARKERS:
                _add_listed(scan, position, marker)
            continue
        if marker is not None or _is_quoted(token) or _is_given_name(tokens, position, language):
            continue
        if _in_quotes(quotes, token[_START]) and not _of_place(previous, token, language):
            continue  # part of a quoted name: «Індустріал Груп», «Легіон Експерт»
        following = tokens[position + 1][_LOWER] if position + 1 < len(tokens) else ""
        if language == "uk" and following.startswith("міськ") and _is_adjective(token, language):
            city = _city_of_adjective(token[_LOWER], oblasts)
            if city is not None:
                span = Span(start=token[_START], end=token[_END])
                found.add(city.name, _KINDS[city.category], city.code or None, span)
            continue
        if not _add_city(scan, position):
            _add_foreign(scan, position, previous)
    _add_list_members(scan)
    _add_known(scan)


_SETTLEMENT_KINDS = frozenset({PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE})

# A dash between two stops of a route: "Кременець – Софіївка", "Київ-Бориспіль".
_DASHES = frozenset("-–—")
_DASH_GAP = 3
_ROUTE_STOPS = 2
"""A route names two settlements at least; its other stops may be stations or posts."""
_STOP_ORDER = "KMXC"  # a city before a town before a village of the same name


def _add_routes(scan: _Scan, capitals: list[int]) -> None:
    """Add the settlements a road or a railway line runs through.

    "автодороги М-03 Київ-Харків-Довжанський", "Н-02 Кременець – Софіївка": the stops
    are written in the nominative and joined by dashes, and two names of the codifier
    among them make it a route, so a village counts without a marker before it.
    """
    tokens = scan.tokens
    if scan.language != "uk" or not any(dash in scan.text for dash in _DASHES):
        return
    reach = 0  # the end of the last chain: its later stops were read with it
    last = len(tokens) - 1
    for position in capitals:
        token = tokens[position]
        hyphenated = "-" in token[_LOWER]
        if (
            position < reach
            or not (
                hyphenated or (position < last and _dashed(scan.text, token, tokens[position + 1]))
            )
            or position in scan.found.taken
            or _is_quoted(token)
            or _in_quotes(scan.quotes, token[_START])
        ):
            continue  # most words: no dash after them, nothing to read
        if hyphenated:
            _add_hyphenated_route(scan, position)
            continue
        chain = _route_chain(scan, position)
        reach = chain[-1] + 1
        stops = [(p, _route_stop(tokens[p][_SURFACE])) for p in chain]
        if sum(unit is not None for _, unit in stops) < _ROUTE_STOPS:
            continue
        _add_stops(
            scan,
            [
                (unit, Span(start=tokens[stop][_START], end=tokens[stop][_END]))
                for stop, unit in stops
                if unit is not None and stop not in scan.found.taken
            ],
        )
        scan.found.taken.update(chain)


def _route_chain(scan: _Scan, position: int) -> list[int]:
    """The capitalised words joined by dashes from ``position`` on (one word without any)."""
    tokens = scan.tokens
    chain = [position]
    while chain[-1] + 1 < len(tokens) and _dashed(
        scan.text, tokens[chain[-1]], tokens[chain[-1] + 1]
    ):
        chain.append(chain[-1] + 1)
    return chain


def _dashed(text: str, left: _Token, right: _Token) -> bool:
    """Whether a dash, alone or between spaces, joins a word to a capitalised one."""
    gap = text[left[_END] : right[_START]]
    return right[_CAPITALISED] and 0 < len(gap) <= _DASH_GAP and gap.strip(" ") in _DASHES


def _add_hyphenated_route(scan: _Scan, position: int) -> None:
    """Add the stops of a route written as one hyphenated word ("Київ-Бориспіль")."""
    token = scan.tokens[position]
    lower = token[_LOWER]
    if lower in gazetteer.units_by_name() or _hyphenated_cities(lower):
        return  # "Івано-Франківськ": one city
    parts = token[_SURFACE].split("-")
    if not all(part[:1].isupper() and part[1:].islower() for part in parts):
        return  # "М-03", "Нечуй-левицький"
    units = [_route_stop(part) for part in parts]
    if sum(unit is not None for unit in units) < _ROUTE_STOPS:
        return
    stops = []
    start = token[_START]
    for part, unit in zip(parts, units, strict=True):
        if unit is not None:
            stops.append((unit, Span(start=start, end=start + len(part))))
        start += len(part) + 1
    _add_stops(scan, stops)
    scan.found.taken.add(position)


def _route_stop(word: str) -> gazetteer.Unit | None:
    """The likeliest settlement of the codifier a nominative stop names, if any."""
    units = gazetteer.units_by_name().get(gazetteer.normalize_apostrophes(word.lower()), ())
    return min(
        (u for u in units if u.category in _STOP_ORDER),
        key=lambda u: _STOP_ORDER.index(u.category),
        default=None,
    )


def _add_stops(scan: _Scan, stops: list[tuple[gazetteer.Unit, Span]]) -> None:
    """Add the settlements of one route; its cities' oblasts tell its villages apart."""
    oblasts = set(scan.oblasts)
    for unit, _ in stops:
        namesakes = gazetteer.units_by_name()[unit.name.lower()]
        if unit.category in "KM" and sum(u.category == unit.category for u in namesakes) == 1:
            oblasts.add(gazetteer.oblast_of(unit.code))  # the one city of its name
    special = {katotth: region for region, katotth in _special_cities().items()}
    for likeliest, span in stops:
        code = _resolve(likeliest.name, _STOP_ORDER, oblasts, scan.parents)
        if code is not None and oblasts and gazetteer.oblast_of(code) not in oblasts:
            code = None  # "Гребінка – Дарниця – Київ": no village of another oblast
        unit = likeliest if code is None else gazetteer.units_by_code()[code]
        region = special.get(unit.code)
        if region is not None:  # Kyiv: the city holds the mention, the region is listed
            scan.found.ensure(_region_names(scan.language)[region], PlaceKind.REGION, region)
        scan.found.add(unit.name, _KINDS[unit.category], code, span)


def _add_known(scan: _Scan) -> None:
    """Add the other forms of settlements the article names ("селищі Петриківка", "у Петриківці").

    A name the scan found once (after a marker, or as a city) is known for the whole text,
    so a form the dictionary does not link to it, or an oblique form without an oblast to
    tell the village, still counts.
    """
    known: dict[str, tuple[str, PlaceKind, str | None]] = {}
    pairs: dict[str, tuple[str, PlaceKind, str | None]] = {}
    counts: dict[str, int] = {}
    for name, kind, code, spans in scan.found.places.values():
        if kind in _SETTLEMENT_KINDS and name.count(" ") == 1:
            pairs.setdefault(_pair_key(name), (name, kind, code))
        if kind in _SETTLEMENT_KINDS and " " not in name:
            lower = gazetteer.normalize_apostrophes(name.lower())
            known.setdefault(lower, (name, kind, code))
            counts[lower] = counts.get(lower, 0) + len(spans)
    if pairs:
        _add_known_pairs(scan, pairs)
    if not known:
        return
    tokens = scan.tokens
    taken = scan.found.taken
    for position in _positions_of(scan.text, tokens, counts):
        token = tokens[position]
        lower = token[_LOWER]
        if position in taken or token[_SURFACE].isupper():
            continue
        match = next(
            (known[name] for name in _nominatives(lower, scan.language) if name in known), None
        )
        if (
            match is None
            or _in_quotes(scan.quotes, token[_START])
            or _is_quoted(token)
            or _person_context(tokens, position, scan.language)
            or _is_given_name(tokens, position, scan.language)
            or _modifies_next(tokens, position, scan.language)
            or (
                position + 1 < len(tokens)
                and tokens[position + 1][_LOWER].startswith((*_NOT_REGION_NEXT, "обласн"))
            )
        ):
            continue
        name, kind, code = match
        scan.found.add(name, kind, code, Span(start=token[_START], end=token[_END]))
        taken.add(position)


def _add_list_members(scan: _Scan) -> None:
    """Add the settlements of the codifier listed beside settlements the scan found.

    "на ГРС Озеряни, Тернопіль, Ємільчине, Бурштин і Кременець": the towns found make a
    list, and a name in it the codifier holds, in the case of its neighbour, is one more.
    """
    settlements = [
        (name.lower(), spans)
        for name, kind, _code, spans in scan.found.places.values()
        if kind in _SETTLEMENT_KINDS
    ]
    if scan.language != "uk" or not settlements:
        return
    tokens = scan.tokens
    starts = [token[_START] for token in tokens]
    queue: list[tuple[int, int, str]] = []
    for name, spans in settlements:
        for span in spans:  # the first and the last word of each mention
            first = bisect_left(starts, span.start)
            last = bisect_left(starts, span.end) - 1
            if first < len(tokens) and starts[first] == span.start and last >= first:
                queue.append((first, last, name))
    tried: set[int] = set()
    while queue:
        first, last, name = queue.pop()
        for member, beside in (
            (_list_member(scan, first, -1), first),
            (_list_member(scan, last, 1), last),
        ):
            if member is None or member in tried:
                continue
            tried.add(member)
            added = _add_list_member(scan, member, tokens[beside][_LOWER], name)
            if added is not None:
                queue.append((member, member, added))


def _list_member(scan: _Scan, position: int, step: int) -> int | None:
    """The word a list separator joins to the word at ``position``, before or after it."""
    tokens = scan.tokens
    member = position + step
    if 0 <= member < len(tokens) and tokens[member][_LOWER] in _CONJUNCTIONS:
        member += step
    if not 0 <= member < len(tokens) or member in scan.found.taken:
        return None
    left, right = sorted((position, member))
    if not _LIST_SEPARATOR.fullmatch(scan.text, tokens[left][_END], tokens[right][_START]):
        return None
    return member


def _add_list_member(scan: _Scan, position: int, beside: str, name: str) -> str | None:
    """Add the word as a settlement of the codifier in its neighbour's case; its name."""
    tokens = scan.tokens
    token = tokens[position]
    if (
        not token[_CAPITALISED]
        or token[_SURFACE].isupper()
        or _is_quoted(token)
        or _in_quotes(scan.quotes, token[_START])
        or _person_context(tokens, position, scan.language)
        or _is_given_name(tokens, position, scan.language)
        or _modifies_next(tokens, position, scan.language)
        or _opens_name(scan, position)
        or _person_reading(token[_LOWER], scan.language)  # "Гайворон, Шевченко": a surname
        or _before_name(scan, position)  # "Йосу, Республіка Корея": a longer name
    ):
        return None
    index = gazetteer.units_by_name()
    options = sorted(
        option
        for option in lemmas(token[_SURFACE], scan.language)
        | set(_guessed_names(token[_LOWER], "MKXC"))
        if any(u.category in "MKXC" for u in index.get(option, ()))
    )
    cases = _cases_of(beside, name, scan.language)
    for option in options:
        if cases and not cases & _cases_of(token[_LOWER], option, scan.language):
            continue
        units = [u for u in index[option] if u.category in "MKXC"]
        category = next(c for c in "MKXC" if any(u.category == c for u in units))
        categories = "MK" if category in "MK" else "XC"
        unit = next(u for u in units if u.category == category)
        code = _resolve(unit.name, categories, scan.oblasts, scan.parents)
        scan.found.add(
            unit.name, _KINDS[category], code, Span(start=token[_START], end=token[_END])
        )
        scan.found.taken.add(position)
        return option
    return None


def _before_name(scan: _Scan, position: int) -> bool:
    """Whether a capitalised word follows the word after a space."""
    after = position + 1
    return (
        after < len(scan.tokens)
        and scan.tokens[after][_CAPITALISED]
        and _gap_is_space(scan.text, scan.tokens[position], scan.tokens[after])
    )


@lru_cache(maxsize=20_000)
def _cases_of(lower: str, name: str, language: str) -> frozenset[str]:
    """The cases the dictionary reads the word in as a form of ``name``."""
    return frozenset(
        case
        for p in parse(lower, language)
        if p.normal_form == name
        for case in p.tag.grammemes & _CASES
    )


def _pair_key(name: str) -> str:
    return gazetteer.normalize_apostrophes(_without_yo(name.lower()))


def _add_known_pairs(scan: _Scan, pairs: Mapping[str, tuple[str, PlaceKind, str | None]]) -> None:
    """Add the other forms of two-word settlements ("поселке Большой Камень", "в Большом Камне")."""
    tokens = scan.tokens
    taken = scan.found.taken
    firsts = {name.split(" ", 1)[0]: 0 for name in pairs}
    for position in _positions_of(scan.text, tokens, firsts):
        if position + 1 >= len(tokens):
            continue
        token, second = tokens[position], tokens[position + 1]
        if (
            not second[_CAPITALISED]
            or position in taken
            or position + 1 in taken
            or scan.text[token[_END] : second[_START]] != " "
        ):
            continue
        words = _nominative_pair(token[_SURFACE], second[_SURFACE], scan.language)
        match = pairs.get(_pair_key(" ".join(words)))
        if match is not None:
            name, kind, code = match
            scan.found.add(name, kind, code, Span(start=token[_START], end=second[_END]))
            taken.update((position, position + 1))


def _positions_of(text: str, tokens: list[_Token], names: Mapping[str, int]) -> list[int]:
    """Indexes of the capitalised words that start as one of ``names`` without its ending.

    ``names`` holds how many mentions each name has: a name written no more often is
    skipped. A few names are searched in the text one by one; many (a long input names
    hundreds of villages) in one pass over the words, so that the cost stays linear.
    """
    needles: dict[str, int] = {}
    for name, mentions in names.items():
        stem = name[: max(3, len(name) - 2)]
        needle = stem[:1].upper() + stem[1:]
        needles[needle] = min(mentions, needles.get(needle, mentions))
    if len(needles) > _FEW_NAMES:
        return _positions_in_one_pass(tokens, needles)
    found: set[int] = set()
    for needle, mentions in needles.items():
        if text.count(needle) <= mentions:
            continue
        at = text.find(needle)
        while at != -1:
            index = bisect_left(tokens, at, key=_start_of)
            if index < len(tokens) and tokens[index][_START] == at:
                found.add(index)
            at = text.find(needle, at + 1)
    return sorted(found)


_FEW_NAMES = 8


def _positions_in_one_pass(tokens: list[_Token], needles: Mapping[str, int]) -> list[int]:
    """[`_positions_of`][] for many names: every capitalised word is looked up once per length."""
    lengths = sorted({len(needle) for needle in needles})
    hits: dict[str, list[int]] = {}
    for token in tokens:
        if not token[_CAPITALISED]:
            continue
        surface = token[_SURFACE]
        for length in lengths:
            if length > len(surface):
                break
            needle = surface[:length]
            if needle in needles:
                hits.setdefault(needle, []).append(token[_POSITION])
    return sorted(
        {index for needle, found in hits.items() if len(found) > needles[needle] for index in found}
    )


def _start_of(token: _Token) -> int:
    return token[_START]


@lru_cache(maxsize=50_000)
def _nominatives(lower: str, language: str) -> tuple[str, ...]:
    """Nominatives ``lower`` may be a case form of: its lemmas and its case endings replaced."""
    found = set(lemmas(lower, language))
    for ending, replacements in _CASE_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:  # noqa: PLR2004
            stem = lower[: -len(ending)]
            found.update(stem + replacement for replacement in replacements)
    return tuple(sorted(found))


def _add_pair(scan: _Scan, position: int, marker: str | None) -> bool:
    """Add a two-word settlement starting at ``position``; whether there was one."""
    token = scan.tokens[position]
    pair = _two_word_name(
        scan.text, scan.tokens, position, scan.language, scan.found.taken, marker=marker
    )
    if pair is None:
        return False
    if marker is None and (_is_quoted(token) or _in_quotes(scan.quotes, token[_START])):
        return False  # «Біла Церква Агро»: a firm's name
    name, units = pair
    category = units[0].category if units else _MARKERS[marker] if marker else "M"
    allowed = _MARKER_CATEGORIES.get(category, category)
    code = (
        _resolve(name, allowed, scan.oblasts, scan.parents)
        if units and scan.language == "uk"
        else None
    )
    span = Span(start=_marked_start(scan, position, marker), end=scan.tokens[position + 1][_END])
    scan.found.add(name, _KINDS.get(category, PlaceKind.TOWN), code, span)
    scan.found.taken.update((position, position + 1))
    return True


def _marked_start(scan: _Scan, position: int, marker: str | None) -> int:
    """Where a settlement's mention starts: at a Russian marker noun ("городе Грозном").

    Russian mentions take the noun in ("в городе Грозном"), Ukrainian ones and
    abbreviations ("м. Київ", "г. Москва") do not.
    """
    if (
        marker is None
        or scan.language != "ru"
        or marker in _ABBREVIATED_MARKERS
        or marker in _PLURAL_MARKERS
    ):
        return scan.tokens[position][_START]
    return scan.tokens[position - 1][_START]


def _add_marked(scan: _Scan, position: int, marker: str | None) -> bool:
    """Add the settlement after a marker ("с. Глибочиця"); whether there was one."""
    if marker is None:
        return False
    token = scan.tokens[position]
    language = scan.language
    category = _MARKERS[marker]
    allowed = _MARKER_CATEGORIES[category]
    name, known = _settlement_name(
        [token], language, allowed, nominative=marker in _NOMINATIVE_MARKERS
    )
    if known is None and _is_function_word(token[_LOWER], language):
        return False  # "кв. м. Про це…": a sentence after a unit, not a place
    if known is None and (
        _names_person(scan.tokens, position, language) or _names_land(token[_LOWER], language)
    ):
        return False  # "глава поселка Александр Ветров", "у селах Коломийщини"
    code = (
        _resolve(known, allowed, scan.oblasts, scan.parents) if known and language == "uk" else None
    )
    kind = (
        _KINDS.get(category, PlaceKind.TOWN)
        if category != "X" or language == "uk"
        else PlaceKind.TOWN
    )
    unit = gazetteer.units_by_code().get(code or "")
    if category == "T" and unit is not None:
        kind = _KINDS[unit.category]  # "містечко Бердичів" is a city today
    span = Span(start=_marked_start(scan, position, marker), end=token[_END])
    scan.found.add(name, kind, code, span)
    scan.found.taken.add(position)
    return True


_LIST_SEPARATOR = re.compile(r" ?, ?| (?:та|і|й|и) | ?, (?:та|і|й|и) ")


def _add_listed(scan: _Scan, position: int, marker: str) -> None:
    """Add the other names of a list after a plural marker ("поселках Посьет, Врангель")."""
    tokens = scan.tokens
    for _ in range(_LIST_LENGTH):
        if (
            position + 1 < len(tokens)
            and position + 1 in scan.found.taken
            and _gap_is_space(scan.text, tokens[position], tokens[position + 1])
        ):
            position += 1  # past the second word of a name ("Нова Дофінівка")
        after = position + 1
        if after < len(tokens) and tokens[after][_LOWER] in _CONJUNCTIONS:
            after += 1
        if (
            after >= len(tokens)
            or after in scan.found.taken
            or not tokens[after][_CAPITALISED]
            or tokens[after][_SURFACE].isupper()
            or not _LIST_SEPARATOR.fullmatch(
                scan.text, tokens[position][_END], tokens[after][_START]
            )
        ):
            return
        if not (_add_pair(scan, after, marker) or _add_marked(scan, after, marker)):
            return
        position = after


def _names_person(tokens: list[_Token], position: int, language: str) -> bool:
    """Whether the word is a given name with a capitalised word after it ("Александр Ветров")."""
    after = position + 1
    return (
        after < len(tokens)
        and tokens[after][_CAPITALISED]
        and _gap_is_space(tokens[position][_TEXT], tokens[position], tokens[after])
        and _given_name_forms(tokens[position][_LOWER], language) is not None
    )


def _add_city(scan: _Scan, position: int) -> bool:
    """Add a Ukrainian city of the codifier named by the word; whether it is one."""
    token = scan.tokens[position]
    language = scan.language
    if language != "uk" or (_is_initial(token) and not _only_a_city(token[_LOWER], language)):
        return False  # a sentence's first word is a city's name when it reads as nothing else
    index = gazetteer.units_by_name()
    options = lemmas(token[_SURFACE], language)
    cities = sorted(
        option for option in options if any(u.category in "MK" for u in index.get(option, ()))
    )
    if not cities and "-" in token[_LOWER]:
        cities = _hyphenated_cities(token[_LOWER])
    if not cities:
        cities = _guessed_cities(token[_LOWER])
    if not (
        (_after_in(scan.tokens, position, language) and _located(token[_LOWER], language))
        or _alone_in_brackets(token)
    ):
        cities = _not_animate(cities, token[_LOWER], language)
    if not cities:
        return _add_village(scan, position, options)
    if _person_context(scan.tokens, position, language) or _is_function_word(
        token[_LOWER], language
    ):
        return False  # "Мені" is first of all a pronoun, not the town Мена
    if _in_area(scan.tokens, position, cities[0], language):  # "на Сихові": a quarter
        code = _LANDS_OF_CENTRES.get(cities[0])
        if code is not None:  # "на Запоріжжі": the oblast, as "на Житомирщині"
            span = Span(start=token[_START], end=token[_END])
            scan.found.add(_region_names(language)[code], PlaceKind.REGION, code, span)
            scan.found.taken.add(position)
        return True
    if (
        _modifies_next(scan.tokens, position, language)  # "у Південному мікрорайоні"
        or _on_street(scan.tokens, position)
        or _opens_name(scan, position)  # "Південного Бугу": part of a longer name
    ):
        return True
    units = [u for u in index[cities[0]] if u.category in "MK"]
    code = _resolve(cities[0], "MK", scan.oblasts, scan.parents)
    scan.found.add(units[0].name, PlaceKind.CITY, code, Span(start=token[_START], end=token[_END]))
    scan.found.taken.add(position)
    return True


@lru_cache(maxsize=20_000)
def _only_a_city(lower: str, language: str) -> bool:
    """Whether every reading the dictionary has of the word is of a city's name.

    "Вінниця прийме ..." opens a sentence with the city; "Суми" and "Щастя" are also
    common words ("сума", "щастя"), and an unknown word may be anything.
    """
    if not is_known(lower, language):
        return False
    readings = parse(lower, language)
    index = gazetteer.units_by_name()
    return all(
        any(u.category in "MK" for u in index.get(p.normal_form, ()))
        and not _PERSON & p.tag.grammemes
        and not _also_common(lower, p.normal_form, language)
        for p in readings
    )


# Oblast centres whose name, after "на", names their oblast as a land ("на Запоріжжі").
_LANDS_OF_CENTRES = {"запоріжжя": "UA-23"}


def _opens_name(scan: _Scan, position: int) -> bool:
    """Whether the word is an adjective agreeing with the capitalised noun after it."""
    tokens = scan.tokens
    after = position + 1
    return (
        after < len(tokens)
        and tokens[after][_CAPITALISED]
        and _gap_is_space(scan.text, tokens[position], tokens[after])
        and _adjective_word(tokens[position][_LOWER], scan.language)
        and _agrees(tokens[position][_LOWER], tokens[after][_LOWER], scan.language)
    )


def _in_area(tokens: list[_Token], position: int, name: str, language: str) -> bool:
    """Whether the word is a locative after "на": a part of a town ("на Сихові").

    Settlements take "у"/"в" in the locative; "на" with a locative names a quarter or
    a land. With the accusative ("автобус на Хелм") it gives the way to a settlement.
    """
    if not position or tokens[position - 1][_LOWER] != "на":
        return False
    return not any(
        p.normal_form == name and {"accs", "nomn"} & p.tag.grammemes
        for p in parse(tokens[position][_LOWER], language)
    )


# The case a Ukrainian preposition of place asks of a settlement's name first of all.
_FIRST_CASE = {"у": "loct", "в": "loct", "під": "ablt"}


@lru_cache(maxsize=20_000)
def _governed_lemmas(preposition: str, lower: str, language: str) -> frozenset[str]:
    """The dictionary forms of the readings of a word in the case its preposition asks."""
    case = _FIRST_CASE.get(preposition, "gent")
    return frozenset(p.normal_form for p in parse(lower, language) if case in p.tag.grammemes)


def _after_in(tokens: list[_Token], position: int, language: str) -> bool:
    """Whether the word follows "у" or "в", with at most an adjective between.

    "у Львові", "в сусідньому Торезі": an adjective in the locative leaves the name
    governed by the preposition.
    """
    before = tokens[position - 1] if position > 1 else None
    if (
        before is not None
        and not before[_CAPITALISED]
        and _locative_adjective(before[_LOWER], language)
    ):
        position -= 1
    return position > 0 and tokens[position - 1][_LOWER] in {"у", "в"}


@lru_cache(maxsize=20_000)
def _locative_adjective(lower: str, language: str) -> bool:
    """Whether every reading of the word is an adjective, and one is in the locative."""
    readings = parse(lower, language)
    return (
        bool(readings)
        and all("ADJF" in p.tag.grammemes for p in readings)
        and any("loct" in p.tag.grammemes for p in readings)
    )


# The cases no person's name takes after "у"/"в": "у Львові" is no form of "Лев".
_NO_NAME_CASES_AFTER_IN = frozenset({"loct", "datv"})


@lru_cache(maxsize=20_000)
def _person_reading(lower: str, language: str, *, located: bool = False) -> bool:
    """Whether the dictionary reads the word as a name or surname.

    ``located``: after "у"/"в", where a person's name in the locative or dative is no
    reading ("у Львові" is the city, though "Львові" is also a case of "Лев").
    """
    return any(
        _PERSON & p.tag.grammemes and not (located and _NO_NAME_CASES_AFTER_IN & p.tag.grammemes)
        for p in parse(lower, language)
    )


@lru_cache(maxsize=20_000)
def _singular_common_nouns(lower: str, preposition: str, language: str) -> frozenset[str]:
    """The common nouns a word is the singular of, in the case its preposition asks.

    "до Ратуші" is the noun "ратуша": no village "Ратуш" guessed by the ending.
    """
    case = _FIRST_CASE.get(preposition, "gent")
    return frozenset(
        p.normal_form
        for p in parse(lower, language)
        if {"NOUN", case} <= p.tag.grammemes
        and "plur" not in p.tag.grammemes
        and not _PERSON & p.tag.grammemes
    )


@lru_cache(maxsize=20_000)
def _plural_nouns(lower: str, language: str) -> frozenset[str]:
    """The dictionary forms of the readings of a word as a noun used only in the plural."""
    return frozenset(p.normal_form for p in parse(lower, language) if "Pltm" in p.tag.grammemes)


@lru_cache(maxsize=20_000)
def _also_common(lower: str, lemma: str, language: str) -> bool:
    """Whether the dictionary lists ``lemma`` twice with one reading: a name and a common noun.

    "Перемозі" is a reading of the village Перемога and of the noun "перемога" alike;
    "Білошицях" has one word behind each reading.
    """
    seen: set[frozenset[str]] = set()
    for reading in parse(lower, language):
        if reading.normal_form != lemma:
            continue
        if reading.tag.grammemes in seen:
            return True
        seen.add(reading.tag.grammemes)
    return False


# Suffixes that make a village's name of a person's or a plant's ("Петриківка",
# "Калинівка", "Грушівка"); the common nouns they also spell are rare.
_TOPONYMIC_SUFFIXES = ("івка", "ївка")


def _toponymic(name: str) -> bool:
    """Whether a village's name is formed as one, so its common reading yields to it."""
    return name.endswith(_TOPONYMIC_SUFFIXES)


# Prepositions of place before a settlement's name.
_PLACE_PREPOSITIONS = frozenset(
    {
        *("у", "в", "до", "з", "із", "зі", "біля", "поблизу", "неподалік", "навколо"),
        *("під", "між", "перед", "через"),
    }
)


def _add_village(scan: _Scan, position: int, options: frozenset[str]) -> bool:
    """Add a village or town of an oblast the article names, after a preposition of place.

    "у Козині" is the village Козин only when the article names its oblast and that oblast
    has exactly one unit of the name.
    """
    token = scan.tokens[position]
    index = gazetteer.units_by_name()
    names = _village_names(token[_LOWER], options)
    if not names:
        return False  # most capitalised words name no village: spare the context checks
    preposition = _preposition_of(scan, position)
    if (
        preposition is None
        or _person_context(scan.tokens, position, scan.language)
        or _modifies_next(scan.tokens, position, scan.language)
    ):
        return False
    for option in names if scan.oblasts else ():
        units = [
            u
            for u in index.get(option, ())
            if u.category in "XC" and gazetteer.oblast_of(u.code) in scan.oblasts
        ]
        if len(units) == 1:
            unit = units[0]
            span = Span(start=token[_START], end=token[_END])
            scan.found.add(unit.name, _KINDS[unit.category], unit.code, span)
            scan.found.taken.add(position)
            return True
    return _add_uncoded_village(scan, position, names, preposition)


@lru_cache(maxsize=20_000)
def _village_names(lower: str, options: frozenset[str]) -> list[str]:
    """The names of villages and towns of the codifier among a word's nominatives."""
    index = gazetteer.units_by_name()
    return sorted(
        name
        for name in options | set(_guessed_names(lower, "XC"))
        if any(u.category in "XC" for u in index.get(name, ()))
    )


def _preposition_of(scan: _Scan, position: int) -> str | None:
    """The preposition of place before the word or before the list it ends.

    "з Верхнього Водяного, Колочави та Синевира": each name after the first takes the
    preposition of the first.
    """
    tokens = scan.tokens
    index = position
    for _ in range(_LIST_LENGTH):
        if index == 0:
            return None
        previous = tokens[index - 1]
        if previous[_LOWER] in _PLACE_PREPOSITIONS:
            return previous[_LOWER] if _gap_is_space(scan.text, previous, tokens[index]) else None
        member = index - 2 if previous[_LOWER] in _CONJUNCTIONS else index - 1
        if (
            member < 0
            or member not in scan.found.taken
            or not _LIST_SEPARATOR.fullmatch(scan.text, tokens[member][_END], tokens[index][_START])
        ):
            return None
        index = member
        if (
            index
            and index - 1 in scan.found.taken
            and tokens[index - 1][_CAPITALISED]
            and _gap_is_space(scan.text, tokens[index - 1], tokens[index])
        ):
            index -= 1  # the first word of a two-word name ("Верхнього Водяного")
    return None


def _add_uncoded_village(scan: _Scan, position: int, names: list[str], preposition: str) -> bool:
    """Add a village or town of the codifier after a preposition, its code when one fits.

    "у Білошицях", "до Тертків": a capitalised word inside a sentence, in the case its
    preposition governs, that is no part of a longer name ("у Верховній Раді").
    """
    token = scan.tokens[position]
    if (
        _before_name(scan, position)
        and position + 1 not in scan.found.taken  # "до Глибочиці Житомирського району" is one
    ) or not _governs_place(preposition, token[_LOWER]):
        return False
    neuter = _neuter_village(token[_LOWER], names, preposition)  # "у Зимному": Зимне
    located = neuter is not None  # after "у"/"в": no surname's locative
    if (
        (_adjective_word(token[_LOWER], scan.language) and not located)  # "у Карого"
        or _person_reading(token[_LOWER], scan.language, located=located)  # "до Шевченка"
        or _foreign_nominative(token[_SURFACE], token[_LOWER], scan.language) is not None
    ):
        return False  # no village's name; "в Афінах": the city abroad
    index = gazetteer.units_by_name()
    plural = _plural_nouns(token[_LOWER], scan.language)
    governed = _governed_lemmas(preposition, token[_LOWER], scan.language)

    def rank(name: str) -> tuple[bool, bool, bool]:
        # A reading in the case the preposition asks first ("в Петриківці": Петриківка,
        # not the village Петриківці), then a plural noun ("Білошицях": Білошиці, not
        # Білошиця), then a town's name.
        return (
            name not in governed,
            name not in plural,
            not any(u.category == "X" for u in index.get(name, ())),
        )

    common = _singular_common_nouns(token[_LOWER], preposition, scan.language)
    for option in [neuter] if neuter is not None else sorted(names, key=rank):
        if any(u.category in "MK" for u in index.get(option, ())):
            return False  # a city's name the city scan turned down ("з Галича ;", a person)
        units = [u for u in index.get(option, ()) if u.category in "XC"]
        if (
            units
            and neuter is None
            and (
                (_also_common(token[_LOWER], option, scan.language) and not _toponymic(option))
                or (common and option not in governed)
            )
        ):
            return False  # "до Перемоги", "до Ратуші": first of all a common noun
        if units:
            category = "X" if any(u.category == "X" for u in units) else "C"
            unit = next(u for u in units if u.category == category)
            code = _resolve(unit.name, "XC", scan.oblasts, scan.parents)
            span = Span(start=token[_START], end=token[_END])
            scan.found.add(unit.name, _KINDS[category], code, span)
            scan.found.taken.add(position)
            return True
    return False


def _neuter_village(lower: str, names: list[str], preposition: str) -> str | None:
    """The village a neuter adjective names in the locative after "у"/"в", if any.

    "у Зимному та Піщаному": Зимне and Піщане, names of the codifier in the form of an
    adjective, which no noun after them takes ("у Південному мікрорайоні" was ruled out
    before).
    """
    if (
        preposition not in {"у", "в"}
        or not lower.endswith("ому")
        or lower[:-3] + "ій" in _region_forms()  # "У Херсонському, Вінницькому …" окрузі
    ):
        return None
    name = lower[:-3] + "е"
    return name if name in names else None


def _add_foreign(scan: _Scan, position: int, previous: _Token | None) -> None:
    """Add a place the Russian dictionary knows, or a settlement whose residents are named."""
    token = scan.tokens[position]
    language = scan.language
    name = _foreign_settlement(token, language)
    if (
        name is not None
        and language == "uk"
        and (_may_be_person(token[_LOWER]) or _adjective_first(token[_LOWER]))
        and not _governs_place(_preposition_of(scan, position) or "", token[_LOWER])
    ):
        name = None  # "Лондон" may be a surname, "у Лондоні", "у Парижі, Лондоні" the city
    kind, code = PlaceKind.CITY, None
    if name is None and previous is not None and previous[_LOWER] in _RESIDENTS:
        name = _settlement_of_residents(token[_SURFACE], token[_LOWER], language)
        units = [
            u
            for u in gazetteer.units_by_name().get((name or "").lower(), ())
            if u.category in "MKXC"
        ]
        if units and language == "uk":
            kind = _KINDS[units[0].category]
            code = _resolve(units[0].name, units[0].category, scan.oblasts, scan.parents)
    if (
        name is not None
        and not _is_function_word(token[_LOWER], language)  # "При этом…", not "пря"
        and not _person_context(scan.tokens, position, language)
        and not _modifies_next(scan.tokens, position, language)
        and not _opens_name(scan, position)  # "Красного Креста": the adjective of a name
    ):
        span = Span(start=_part_start(scan.tokens, position), end=token[_END])
        scan.found.add(name, kind, code, span)
        scan.found.taken.add(position)


@cache
def _russian_pair_openings() -> frozenset[str]:
    """How the Russian two-word names of Ukrainian cities begin ("кри" of "Кривой Рог")."""
    return frozenset(name[:3] for name in gazetteer.russian_city_names() if " " in name)


def _add_russian_pair(scan: _Scan, position: int) -> bool:
    """Add a Ukrainian city of two words named in Russian, in any case ("Белой Церкви")."""
    tokens = scan.tokens
    token = tokens[position]
    if (
        scan.language != "ru"
        or token[_LOWER][:3] not in _russian_pair_openings()
        or position + 1 >= len(tokens)
        or not tokens[position + 1][_CAPITALISED]
        or not _gap_is_space(scan.text, token, tokens[position + 1])
    ):
        return False
    nominative = to_nominative([token[_SURFACE], tokens[position + 1][_SURFACE]], "ru")
    name = " ".join(nominative)
    unit = gazetteer.russian_city_names().get(name.lower())
    if unit is None:
        return False
    span = Span(start=token[_START], end=tokens[position + 1][_END])
    scan.found.add(name, PlaceKind.CITY, unit.code, span)
    scan.found.taken.update((position, position + 1))
    return True


@lru_cache(maxsize=20_000)
def _ukrainian_city_code(name: str) -> str | None:
    """The KATOTTH code of a Ukrainian city named in Russian, if the name leaves one.

    By its Russian name ("Одесса", "Кривой Рог"), or by a name both languages spell alike
    that only one city of the codifier bears ("Житомир", "Херсон").
    """
    lower = name.lower()
    unit = gazetteer.russian_city_names().get(lower)
    if unit is not None:
        return unit.code
    cities = [u for u in gazetteer.units_by_name().get(lower, ()) if u.category in "MK"]
    return cities[0].code if len(cities) == 1 else None


# Cases each Ukrainian preposition of place takes before a settlement's name.
_PREPOSITION_CASES = {
    "у": frozenset({"loct", "accs"}),
    "в": frozenset({"loct", "accs"}),
    "до": frozenset({"gent"}),
    "з": frozenset({"gent"}),
    "із": frozenset({"gent"}),
    "зі": frozenset({"gent"}),
    "біля": frozenset({"gent"}),
    "поблизу": frozenset({"gent"}),
    "неподалік": frozenset({"gent"}),
    "навколо": frozenset({"gent"}),
    "під": frozenset({"ablt"}),
    "між": frozenset({"ablt"}),  # "між Глевахою та Гнатівкою"
    "перед": frozenset({"ablt"}),
    "через": frozenset({"accs"}),
}


@lru_cache(maxsize=50_000)
def _governs_place(preposition: str, lower: str) -> bool:
    """Whether ``preposition`` may govern ``lower`` as a place ("у Лондоні", not "з Яною")."""
    cases = _PREPOSITION_CASES.get(preposition)
    return cases is not None and any(
        cases & p.tag.grammemes and not _PERSON & p.tag.grammemes for p in parse(lower, "uk")
    )


@lru_cache(maxsize=50_000)
def _adjective_first(lower: str) -> bool:
    """Whether the Ukrainian dictionary reads a word first as an adjective ("Мурманську")."""
    parses = parse(lower, "uk")
    return bool(parses) and "ADJF" in parses[0].tag.grammemes


@lru_cache(maxsize=50_000)
def _may_be_person(lower: str) -> bool:
    """Whether a Ukrainian word may be a person's name: in Ukrainian or in Russian spelling."""
    if any(_PERSON & p.tag.grammemes for p in parse(lower, "uk")):
        return True
    return any(_PERSON & p.tag.grammemes for p in parse(lower.translate(_TO_RUSSIAN), "ru"))


# Adjectives naming a part of a country or continent ("Західна Україна", "Северная Европа").
_DIRECTIONS = (
    "західн",
    "східн",
    "північн",
    "південн",
    "центральн",
    "западн",
    "восточн",
    "северн",
    "южн",
    "северо-",
    "юго-",
    "північно-",
    "південно-",
)


def _part_start(tokens: list[_Token], index: int) -> int:
    """Where a place's mention starts: at a capitalised direction adjective before it."""
    token = tokens[index]
    if index:
        previous = tokens[index - 1]
        if (
            previous[_CAPITALISED]
            and previous[_END] + 1 == token[_START]
            and previous[_LOWER].startswith(_DIRECTIONS)
        ):
            return previous[_START]
    return token[_START]


# Nouns whose genitive dependent is a settlement: "жители Славянки", "мер Ірпеня".
_RESIDENTS = frozenset(
    {
        "жители",
        "жителей",
        "жителям",
        "жителями",
        "житель",
        "жительница",
        "мэр",
        "мэра",
        "мэру",
        "мэром",
        "мешканці",
        "мешканців",
        "мешканцям",
        "мешканцями",
        "мешканець",
        "мешканка",
        "жителі",
        "жителів",
        "мер",
        "мера",
        "меру",
        "мером",
    }
)


# Endings of the names of a land around a town or a people's land ("Черняхівщина",
# "Житомирщина"), which are no settlements.
_LAND_SUFFIXES = ("щина", "ччина")


@lru_cache(maxsize=20_000)
def _names_land(lower: str, language: str) -> bool:
    """Whether a word names the land around a town ("Коломийщини"), by its dictionary form."""
    return lower.endswith(_LAND_SUFFIXES) or any(
        p.normal_form.endswith(_LAND_SUFFIXES) for p in parse(lower, language)
    )


@lru_cache(maxsize=50_000)
def _settlement_of_residents(word: str, lower: str, language: str) -> str | None:
    """The nominative of a genitive noun after "жители", "мешканці", "мер" ("Славянки")."""
    parses = parse(lower, language)
    if any(_PERSON & p.tag.grammemes for p in parses):
        return None
    if _names_land(lower, language):
        return None  # "жителям Черняхівщини": the land around a town, not a settlement
    for reading in parses:
        if {"NOUN", "gent"} <= reading.tag.grammemes:
            return _recase(gazetteer.normalize_apostrophes(reading.normal_form), word)
    return None


def _modifies_next(tokens: list[_Token], position: int, language: str) -> bool:
    """Whether the word is an adjective of the lower-case noun after it.

    An adjective may stand between: "Київського залізничного вокзалу", "Магнитогорском
    металлургическом комбинате".
    """
    if position + 1 >= len(tokens) or tokens[position + 1][_CAPITALISED]:
        return False
    after = tokens[position + 1]
    if after[_START] - tokens[position][_END] != 1:
        return False
    lower = tokens[position][_LOWER]
    if _first_is_noun(after[_LOWER], language):
        return _agrees(lower, after[_LOWER], language)
    if position + 2 >= len(tokens) or tokens[position + 2][_CAPITALISED]:
        return False
    noun = tokens[position + 2]
    if noun[_START] - after[_END] != 1 or not _first_is_noun(noun[_LOWER], language):
        return False
    cases = _adjective_cases(lower, language) & _adjective_cases(after[_LOWER], language)
    return bool(cases) and _agrees(after[_LOWER], noun[_LOWER], language)


@lru_cache(maxsize=50_000)
def _adjective_cases(lower: str, language: str) -> frozenset[str]:
    """The cases of the adjective readings of a word."""
    return frozenset(
        grammeme
        for p in parse(lower, language)
        if "ADJF" in p.tag.grammemes
        for grammeme in p.tag.grammemes & _CASES
    )


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "loc2", "gen2"})


@lru_cache(maxsize=50_000)
def _agrees(adjective: str, noun: str, language: str) -> bool:
    """Whether ``adjective`` has a reading in the case of a noun reading of ``noun``.

    "Луганську площу" agree, "в Луганську площею" do not: there "Луганську" is the city.
    """
    cases = {
        grammeme
        for p in parse(adjective, language)
        if "ADJF" in p.tag.grammemes
        for grammeme in p.tag.grammemes & _CASES
    }
    return any(cases & p.tag.grammemes for p in parse(noun, language) if "NOUN" in p.tag.grammemes)


@lru_cache(maxsize=50_000)
def _first_is_noun(lower: str, language: str) -> bool:
    parses = parse(lower, language)
    return (
        bool(parses)
        and "NOUN" in parses[0].tag.grammemes
        and not any(_FUNCTION & p.tag.grammemes for p in parses)  # "до" is also a note
    )


_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


def _after_given_name(tokens: list[_Token], position: int, language: str) -> bool:
    """Whether a given name the dictionary knows stands right before the word."""
    if not position:
        return False
    previous = tokens[position - 1]
    return (
        previous[_CAPITALISED]
        and _gap_is_space(previous[_TEXT], previous, tokens[position])
        and _given_name_forms(
            previous[_LOWER], language, located=_after_in(tokens, position - 1, language)
        )
        is not None
    )


def _is_given_name(tokens: list[_Token], position: int, language: str) -> bool:
    """Whether the word is a given name here: one the dictionary knows, next to a capital.

    After "у"/"в" a given name in the locative or dative is no reading: "у Львові Іван
    Петренко …" names the city, though "Львові" is also a case of "Лев".
    """
    forms = _given_name_forms(
        tokens[position][_LOWER], language, located=_after_in(tokens, position, language)
    )
    if forms is None:
        return False
    return (
        any(
            0 <= neighbour < len(tokens)
            and tokens[neighbour][_CAPITALISED]
            and not _is_initial(tokens[neighbour])
            and not tokens[neighbour][_SURFACE].isupper()  # "в Риме ФАО": an abbreviation
            for neighbour in (position - 1, position + 1)
        )
        or tokens[position][_LOWER] in forms
    )


@lru_cache(maxsize=50_000)
def _given_name_forms(lower: str, language: str, *, located: bool = False) -> frozenset[str] | None:
    """The dictionary forms of the given-name readings of ``lower``; ``None`` without any.

    ``located``: leave out the locative and dative readings, which no name takes after
    "у"/"в".
    """
    readings = [
        p
        for p in parse(lower, language)
        if "Name" in p.tag.grammemes and not (located and _NO_NAME_CASES_AFTER_IN & p.tag.grammemes)
    ]
    return frozenset(p.normal_form for p in readings) if readings else None


@lru_cache(maxsize=50_000)
def _located(lower: str, language: str) -> bool:
    """Whether the word may be a locative and no given name: "у Хмельницькому" is the city."""
    parses = parse(lower, language)
    return any("loct" in p.tag.grammemes for p in parses) and not any(
        "Name" in p.tag.grammemes for p in parses
    )


def _not_animate(cities: list[str], lower: str, language: str) -> list[str]:
    """The city names that are not a reading of ``lower`` as a person ("Марія")."""
    if not cities:
        return cities
    animate = _animate_forms(lower, language)
    return [city for city in cities if city not in animate]


@lru_cache(maxsize=50_000)
def _animate_forms(lower: str, language: str) -> frozenset[str]:
    """The dictionary forms of the animate readings of ``lower`` (people, not places)."""
    return frozenset(p.normal_form for p in parse(lower, language) if "anim" in p.tag.grammemes)


# Case endings of Ukrainian city names and the nominative endings they may replace, for
# names the dictionary does not know ("Ірпіні" -> "Ірпінь", "Печерську" -> "Печерськ").
_CASE_ENDINGS = (
    ("ові", ("",)),
    ("еві", ("",)),
    ("ом", ("",)),
    ("ем", ("ь",)),
    ("ою", ("а",)),
    ("ці", ("ка",)),
    ("і", ("ь", "", "а", "я")),
    ("ю", ("ь",)),
    ("у", ("",)),
    ("а", ("",)),
    ("я", ("ь",)),
    ("и", ("а",)),
    ("ого", ("е",)),
    ("ому", ("е",)),
    ("ів", ("и", "і")),  # a plural name: "з Бордуляків", "до Іршиків"
)


def _guessed_cities(lower: str) -> list[str]:
    """City names of the codifier a word may be a case form of, by its ending alone."""
    return _guessed_names(lower, "MK")


@lru_cache(maxsize=50_000)
def _guessed_names(lower: str, categories: str) -> list[str]:
    """Names of the codifier's ``categories`` a word may be a case form of, by its ending."""
    index = gazetteer.units_by_name()
    found: list[str] = []
    for ending, replacements in _CASE_ENDINGS:
        if not lower.endswith(ending) or len(lower) - len(ending) < 3:  # noqa: PLR2004
            continue
        stem = lower[: -len(ending)]
        for replacement in replacements:
            name = stem + replacement
            if name not in found and any(u.category in categories for u in index.get(name, ())):
                found.append(name)
    return found


@cache
def _hyphenated_index() -> dict[str, tuple[str, ...]]:
    """Lower-case hyphenated city names by their first three letters."""
    index: dict[str, list[str]] = {}
    for name, units in gazetteer.units_by_name().items():
        if "-" in name and any(u.category in "MK" for u in units):
            index.setdefault(name[:3], []).append(name)
    return {key: tuple(names) for key, names in index.items()}


def _near(part: str, name: str) -> bool:
    """Whether ``part`` may be a case form of ``name`` (same stem, another ending)."""
    shared = 0
    for left, right in zip(part, name, strict=False):
        if left != right:
            break
        shared += 1
    return shared >= max(3, len(name) - 3) and abs(len(part) - len(name)) <= 3  # noqa: PLR2004


def _hyphenated_cities(lower: str) -> list[str]:
    """Hyphenated city names a hyphenated word inflects ("Кам’янця-Подільського")."""
    parts = lower.split("-")
    return [
        name
        for name in _hyphenated_index().get(lower[:3], ())
        if len(name.split("-")) == len(parts)
        and all(_near(p, n) for p, n in zip(parts, name.split("-"), strict=True))
    ]


def _city_of_adjective(adjective: str, oblasts: set[str]) -> gazetteer.Unit | None:
    """The city a hromada adjective names ("Вінницької" -> Вінниця), when one fits."""
    lemma = next((p.normal_form for p in parse(adjective, "uk") if "ADJF" in p.tag.grammemes), None)
    if lemma is None or not lemma.endswith("ий"):
        return None
    name = gazetteer.normalize_apostrophes(lemma[:-2] + "а")
    hromadas = [u for u in gazetteer.units_by_name().get(name, ()) if u.category == "H"]
    if len(hromadas) > 1 and oblasts:
        hromadas = [u for u in hromadas if gazetteer.oblast_of(u.code) in oblasts] or hromadas
    best: tuple[int, gazetteer.Unit] | None = None
    for hromada in hromadas:
        for unit in _children(hromada.code):
            if unit.category not in "MK":
                continue
            shared = 0
            for left, right in zip(unit.name.lower(), name, strict=False):
                if left != right:
                    break
                shared += 1
            if shared >= len(unit.name) - 2 and (best is None or shared > best[0]):
                best = (shared, unit)
    if best is None and name.startswith(("київськ", "севастопольськ")):
        return None
    return best[1] if best else None


@cache
def _children_index() -> dict[str, tuple[gazetteer.Unit, ...]]:
    index: dict[str, list[gazetteer.Unit]] = {}
    for unit in gazetteer.units_by_code().values():
        if unit.parent:
            index.setdefault(unit.parent, []).append(unit)
    return {key: tuple(units) for key, units in index.items()}


def _children(code: str) -> tuple[gazetteer.Unit, ...]:
    return _children_index().get(code, ())


def _person_context(tokens: list[_Token], position: int, language: str) -> bool:
    """Whether the word is part of a person's name ("Леся Українка", "О. М. Тітова")."""
    if position:
        previous = tokens[position - 1]
        if (
            len(previous[_SURFACE]) == 1
            and previous[_CAPITALISED]
            and previous[_TEXT][previous[_END] : previous[_END] + 1] == "."
        ):
            return True  # after an initial
    token = tokens[position]
    # The word after counts only when this word may be a name itself: in "мера Одеси
    # Вахтанга Беридзе" the city stands before a given name, not inside one, and in "у
    # Львові Іван …" no name in the locative follows "у".
    located = _after_in(tokens, position, language)
    after = (
        position + 2 if _person_reading(token[_LOWER], language, located=located) else position + 1
    )
    for neighbour in range(position - 1, after):
        if neighbour == position:
            continue
        if not 0 <= neighbour < len(tokens) or not tokens[neighbour][_CAPITALISED]:
            continue
        left, right = sorted((token, tokens[neighbour]), key=_start_of)
        # A person's name runs on without punctuation: "в Мелітополі. Михайло …" is two.
        if _gap_is_space(token[_TEXT], left, right) and _is_name_part(
            tokens[neighbour][_LOWER], language
        ):
            return True
    return False


@lru_cache(maxsize=50_000)
def _is_name_part(lower: str, language: str) -> bool:
    """Whether the dictionary reads the word as a given name or patronymic."""
    return any({"Name", "Patr"} & p.tag.grammemes for p in parse(lower, language))


def _foreign_settlement(token: _Token, language: str) -> str | None:
    """The nominative of a settlement outside Ukraine the Russian dictionary knows."""
    if language == "uk" and _is_initial(token):
        # First in a sentence, only a word read as nothing but a city of the table
        # ("Варшава після війни …").
        return _only_a_city_abroad(token[_SURFACE], token[_LOWER])
    return _foreign_nominative(token[_SURFACE], token[_LOWER], language)


@lru_cache(maxsize=20_000)
def _only_a_city_abroad(word: str, lower: str) -> str | None:
    """The city abroad a Ukrainian word names when the dictionary reads it as nothing else."""
    table = gazetteer.foreign_cities("uk")
    readings = parse(lower, "uk")
    if (
        not is_known(lower, "uk")
        or _may_be_person(lower)
        or not all(p.normal_form in table for p in readings)
    ):
        return None
    return _foreign_nominative(word, lower, "uk")


@lru_cache(maxsize=50_000)
def _foreign_nominative(word: str, lower: str, language: str) -> str | None:
    """``_foreign_settlement`` of a word as written and lower-cased (cached).

    The table of cities abroad decides first, by the word's dictionary forms ("Відні" ->
    Відень, "Хелма" -> Хелм), then the Russian dictionary's place names (``Geox``), read
    only from its own entries (a guessed reading of an unknown word says nothing). A
    Ukrainian word is looked up there by its lemmas and their Russian spelling ("Берліні"
    -> "берлін" -> "берлин").
    """
    table = gazetteer.foreign_cities(language)
    if language == "uk":
        parses = parse(lower, language)
        if not parses or not {"NOUN", "ADJF"} & parses[0].tag.grammemes:
            return None  # "Мурманську" reads first as an adjective, then as the city
        if not any("NOUN" in p.tag.grammemes and not _PERSON & p.tag.grammemes for p in parses):
            return None  # only a person's name here
        forms = sorted(lemmas(word, "uk"))
        listed = [lemma for lemma in forms if lemma in table]
        if not listed and not any(p.is_known for p in parses):
            # A name the dictionary does not know, by its case ending ("Джидді").
            listed = [name for name in _nominatives(lower, "uk") if name in table]
        candidates = listed or [lemma for lemma in forms if _is_geox_ru(lemma)]
    else:
        listed = [form for form in sorted(lemmas(word, "ru")) if _without_yo(form) in table]
        candidates = listed or [
            p.normal_form for p in parse(lower, "ru") if "Geox" in p.tag.grammemes and p.is_known
        ]
        readings = parse(lower, language) if candidates else ()
        if readings and _PERSON & readings[0].tag.grammemes and readings[0].is_known:
            return None  # first of all a person's name ("Лужков"), not "Риме" (or "Рима")
    countries, _ = _country_index(language)
    lemma = candidates[0] if candidates else None  # the first reading decides
    if lemma is None or lemma in _NOT_SETTLEMENTS or lemma in countries or lemma in _region_nouns():
        return None
    return table[_without_yo(lemma)][0] if listed else _recase(lemma, word)


_PERSON = frozenset({"Name", "Surn", "Patr"})
_TO_RUSSIAN = str.maketrans({"і": "и", "ї": "и", "є": "е", "ґ": "г", "’": "ь"})


@lru_cache(maxsize=50_000)
def _is_geox_ru(lemma: str) -> bool:
    """Whether the Russian dictionary knows ``lemma`` (or its Russian spelling) as a place."""
    russian = lemma.translate(_TO_RUSSIAN)
    spellings = {lemma, russian}
    if russian.endswith("ив"):  # "Краків" -> "Краков", "Харків" -> "Харьков"
        spellings.add(russian[:-2] + "ов")
    if russian.endswith("ськ"):  # "Солікамськ" -> "Соликамск"
        spellings.add(russian[:-3] + "ск")
    if russian.startswith("г"):  # "Гельсінкі" -> "Хельсинки", "Гамбург" stays
        spellings.add("х" + russian[1:])
    if russian.endswith("и"):  # a plural name: "Афіни" -> "Афины"
        spellings.add(russian[:-1] + "ы")
    for spelling in sorted(spellings):
        if any(
            "Geox" in p.tag.grammemes and p.is_known and p.normal_form == spelling
            for p in parse(spelling, "ru")
        ):
            return True
    return False


def find_places(text: str, *, language: str) -> tuple[Place, ...]:
    """Find every place named in ``text``, one record per place with all its mentions.

    Args:
        text: The cleaned article text; spans index into it.
        language: ``uk`` or ``ru``.

    Returns:
        Regions, countries, districts, hromadas and settlements, in order of first mention.

    Examples:
        >>> [(p.name, p.code) for p in find_places("Нарада у Житомирській області.", language="uk")]
        [('Житомирська область', 'UA-18')]
    """
    words = _words(text)
    tokens = words.tokens
    found = _Found()
    _find_regions(tokens, words.capitals, language, found)
    quotes = _quoted_ranges(text) if ("«" in text or '"' in text or "“" in text) else ([], [])
    _find_countries(tokens, words.capitals, language, found)
    oblasts = _context_oblasts(found)
    _adjective_units(text, tokens, words.unit_nouns, language, found, oblasts)
    _find_settlements(text, words, language, found, oblasts, quotes)
    if language == "uk":  # Russian spellings of Ukrainian villages are not the codifier's
        _code_by_neighbours(found)
    return found.records(text, language)


def _code_by_neighbours(found: _Found) -> None:
    """Code each uncoded settlement by the one oblast the article's coded places lie in.

    "амбулаторій у Зимному та Піщаному": Зимне is a village of Volyn alone, and Volyn has
    one Піщане of the twenty in the codifier. An article whose places lie in two oblasts
    leaves the settlement uncoded.
    """
    table = gazetteer.units_by_code()
    oblasts = {gazetteer.oblast_of(code) for (_, code) in found.places if code in table}
    oblasts |= _context_oblasts(found)
    if len(oblasts) != 1:
        return
    index = gazetteer.units_by_name()
    for key in list(found.order):
        name, kind, code, _ = found.places[key]
        if code is not None or kind not in _SETTLEMENT_KINDS:
            continue
        units = [
            u
            for u in index.get(name.lower(), ())
            if u.category in "MKXC" and gazetteer.oblast_of(u.code) in oblasts
        ]
        if len(units) != 1:
            continue
        unit = units[0]
        coded = (_KINDS[unit.category].value, unit.code)
        if coded not in found.places:
            found.places[coded] = (unit.name, _KINDS[unit.category], unit.code, {})
            found.order.insert(found.order.index(key), coded)
        found.fold(key, coded)
