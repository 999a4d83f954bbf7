"""Reference tables of places, loaded lazily once from ``govnews/data``.

Regions of Ukraine (ISO 3166-2 and KATOTTH codes, names, adjective stems), Russian federal
subjects (ISO 3166-2), countries (ISO 3166-1 alpha-2), cities abroad (with the ISO 3166-1
code of their country) and the KATOTTH codifier of Ukrainian administrative units. The
tables are built by ``scripts/build_data.py``; see ``govnews/data/README.md`` for their
sources.
"""

import gzip
import json
from collections import defaultdict
from functools import cache
from importlib import resources
from itertools import islice, product
from typing import Any

import attrs

__all__ = [
    "Country",
    "Region",
    "Unit",
    "countries",
    "country_names",
    "foreign_cities",
    "normalize_apostrophes",
    "ru_regions",
    "russian_city_names",
    "ua_regions",
    "ukrainian_spellings",
    "units_by_code",
    "units_by_name",
]

_OTHER_APOSTROPHES = ("'", "ʼ", "`", "´", "‘")  # all written as "’"


def normalize_apostrophes(word: str) -> str:
    """Write every apostrophe as U+2019, the one the codifier uses.

    Examples:
        >>> normalize_apostrophes("Кам'янець")
        'Кам’янець'
    """
    # Five C-level replacements beat ``str.translate``, which looks every character up.
    for apostrophe in _OTHER_APOSTROPHES:
        if apostrophe in word:
            word = word.replace(apostrophe, "’")
    return word


@attrs.frozen(kw_only=True)
class Region:
    """A first-level unit: an oblast, a republic, a city with special status, a krai.

    Attributes:
        code: ISO 3166-2 code ("UA-18", "RU-KEM").
        name: Nominative name in the language of ``language``.
        language: ``uk`` or ``ru``, the language of ``name``.
        katotth: Level-1 KATOTTH code (Ukraine only).
        stems: Lower-case adjective stems ("житомирськ") in both languages.
        bound_stems: Adjective stems that name the region only before its noun
            ("Новосибірської області"): Ukrainian spellings of Russian regions.
        nouns: Lower-case nominative nouns naming it ("житомирщина", "кузбасс").
        masculine: Whether the name's adjective is masculine ("Приморский край").
        name_ru: The Russian name of a Ukrainian region.
        centre: The Ukrainian name of a Ukrainian region's centre ("Житомир").
    """

    code: str
    name: str
    language: str
    katotth: str | None = None
    stems: tuple[str, ...] = ()
    bound_stems: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    masculine: bool = False
    name_ru: str | None = None
    centre: str | None = None


@attrs.frozen(kw_only=True)
class Country:
    """A country with its ISO 3166-1 alpha-2 code and names.

    Attributes:
        code: ISO 3166-1 alpha-2.
        names: Nominative names by language (``uk``, ``ru``), main name first.
    """

    code: str
    names: dict[str, tuple[str, ...]] = attrs.field(hash=False)


@attrs.frozen(kw_only=True)
class Unit:
    """One KATOTTH unit.

    Attributes:
        code: KATOTTH code.
        category: ``O``, ``K``, ``P``, ``H``, ``M``, ``X``, ``C`` or ``B``.
        name: Name as the codifier writes it (adjective stems for P, H, B).
        parent: Parent code, or ``None`` for level 1.
    """

    code: str
    category: str
    name: str
    parent: str | None


def _text(name: str) -> str:
    return resources.files("govnews").joinpath("data", name).read_text(encoding="utf-8")


# Ukrainian adjective stems of the Russian regions Ukrainian news name most often: these
# name the region alone ("Курської", "на Бєлгородщині" aside); the others need their noun.
_RU_STEMS_UK = {
    "RU-KRS": "курськ",
    "RU-BEL": "бєлгородськ",
    "RU-BRY": "брянськ",
    "RU-ROS": "ростовськ",
    "RU-VOR": "воронезьк",
    "RU-KEM": "кемеровськ",
    "RU-MOS": "московськ",
    "RU-LEN": "ленінградськ",
}
# Ukrainian names of Russian regions the spelling rules below do not give.
_RU_BOUND_UK = {"RU-NIZ": "нижньогородськ"}
_RU_NOUNS_UK = {
    "RU-MOS": "підмосков’я",
    "RU-STA": "ставропілля",
    "RU-PRI": "примор’я",
    "RU-ZAB": "забайкалля",
    "RU-ORE": "оренбуржжя",
}

_RU_LETTERS_UK = str.maketrans({"ы": "и", "э": "е", "ъ": "’", "ё": "ьо"})
_AFTER_VOWEL = frozenset("аеёиоуыэюяьъ-")
# Russian adjective suffixes and their Ukrainian spelling ("Калужская" -> "Калузька").
_SUFFIXES_UK = (("жск", "зьк"), ("гск", "зьк"), ("цк", "цьк"), ("ск", "ськ"))
_SPELLINGS = 16  # Russian "и" is Ukrainian "і" or "и" by the word's history: a few tries


def ukrainian_spellings(word: str) -> frozenset[str]:
    """How Ukrainian may write a lower-case Russian place word or adjective stem.

    "е" opening a word or following a vowel is "є", "ы" is "и" and "э" is "е"; "-ск-"
    is "-ськ-" ("калужск" -> "калузьк"); a double "сс" at the end is single ("кузбасс"
    -> "кузбас"). Russian "и" is "і" in some words and "и" in others ("Новосибірськ",
    "Липецьк"), so every choice is given, up to a few.

    Examples:
        >>> "новосибірськ" in ukrainian_spellings("новосибирск")
        True
        >>> sorted(ukrainian_spellings("карачаево"))
        ['карачаєво']
    """
    letters = [
        "є" if letter == "е" and (index == 0 or word[index - 1] in _AFTER_VOWEL) else letter
        for index, letter in enumerate(word)
    ]
    spelled = "".join(letters)
    for russian, ukrainian in _SUFFIXES_UK:
        if spelled.endswith(russian):
            spelled = spelled[: -len(russian)] + ukrainian
            break
    if spelled.endswith("сс"):
        spelled = spelled[:-1]
    parts = spelled.split("и")
    choices = product("иі", repeat=len(parts) - 1)
    return frozenset(
        "".join(part + letter for part, letter in zip(parts, (*choice, ""), strict=True)).translate(
            _RU_LETTERS_UK
        )
        for choice in islice(choices, _SPELLINGS)
    )


@cache
def ua_regions() -> tuple[Region, ...]:
    """The 27 first-level units of Ukraine."""
    regions = []
    for row in json.loads(_text("ua_regions.json")):
        stems = tuple(
            stem.lower() for stem in (row["adjective_stem_uk"], row["adjective_stem_ru"]) if stem
        )
        nouns = [normalize_apostrophes(noun.lower()) for noun in row["colloquial_uk"]]
        if row["type"] == "autonomous_republic":
            nouns.append(row["name_ru"].split()[-1].lower())  # "Крым"
        if row["type"] == "city_special_status":
            nouns = [row["name_uk"].split()[-1].lower(), row["name_ru"].split()[-1].lower()]
        regions.append(
            Region(
                code=row["iso_3166_2"],
                name=normalize_apostrophes(row["name_uk"]),
                language="uk",
                katotth=row["katotth"],
                stems=stems,
                nouns=tuple(nouns),
                name_ru=row["name_ru"],
                centre=normalize_apostrophes(row["centre_uk"]) if row.get("centre_uk") else None,
            )
        )
    return tuple(regions)


def _ru_forms(name: str, kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Adjective stems and nouns of a Russian subject's official name."""
    words = name.split(" — ", maxsplit=1)[0].split()
    nouns: list[str] = []
    stems: list[str] = []
    if kind in {"oblast", "krai", "autonomous_oblast", "autonomous_okrug"} and words:
        first = words[0].lower()
        if first.endswith(("ая", "ий", "ой")):
            stems.append(first[:-2])
    elif kind == "federal_city":
        nouns.append(name.lower())
    elif kind == "republic" and len(words) == 2 and words[0] == "Республика":  # noqa: PLR2004
        nouns.append(words[1].lower())
    elif kind == "republic" and len(words) == 2 and words[0].endswith("ая"):  # noqa: PLR2004
        stems.append(words[0].lower()[:-2])  # "Чеченская Республика" -> "чеченск"
    return tuple(stems), tuple(nouns)


@cache
def ru_regions() -> tuple[Region, ...]:
    """The federal subjects of Russia with ISO 3166-2 codes."""
    regions = []
    for row in json.loads(_text("ru_regions.json")):
        code = row["iso_3166_2"]
        if not code:
            continue
        stems, nouns = _ru_forms(row["name_ru"], row["type"])
        extra = [row["short_name_ru"].lower()] if row["short_name_ru"] else []
        if " — " in row["name_ru"]:
            extra.append(row["name_ru"].split(" — ")[1].lower())
        if code in _RU_STEMS_UK:
            stems = (*stems, _RU_STEMS_UK[code])
        bound = {spelled for stem in stems for spelled in ukrainian_spellings(stem)}
        bound |= {_RU_BOUND_UK[code]} if code in _RU_BOUND_UK else set()
        uk_nouns = {
            spelled
            for noun in (*nouns, *extra)
            if " " not in noun
            for spelled in ukrainian_spellings(noun)
        }
        uk_nouns |= {_RU_NOUNS_UK[code]} if code in _RU_NOUNS_UK else set()
        extra.extend(sorted(uk_nouns - {*nouns, *extra}))
        regions.append(
            Region(
                code=code,
                name=row["name_ru"].split(" — ")[0].split(" (")[0],
                language="ru",
                stems=stems,
                bound_stems=tuple(sorted(bound - set(stems))),
                nouns=(*nouns, *extra),
                masculine=row["type"] in {"krai", "autonomous_okrug"},
            )
        )
    return tuple(regions)


@cache
def countries() -> tuple[Country, ...]:
    """Countries with their ISO 3166-1 alpha-2 codes and names."""
    result = []
    for line in _text("countries.tsv").splitlines():
        code, uk, ru = line.split("\t")
        result.append(
            Country(
                code=code,
                names={
                    "uk": tuple(normalize_apostrophes(n) for n in uk.split("|")),
                    "ru": tuple(ru.split("|")),
                },
            )
        )
    return tuple(result)


@cache
def country_names() -> frozenset[str]:
    """Lower-case names of every country, in both languages.

    Examples:
        >>> "україна" in country_names(), "германия" in country_names()
        (True, True)
    """
    return frozenset(
        name.lower()
        for country in countries()
        for names in country.names.values()
        for name in names
    )


@cache
def foreign_cities(language: str) -> dict[str, tuple[str, str]]:
    """Cities outside Ukraine by lower-case nominative name in ``language``.

    A Ukrainian name with "ґ" is also listed with "г" ("Чікаґо", "Чікаго"), the way news
    often write it.

    Args:
        language: ``uk`` or ``ru``.

    Returns:
        Lower-case name -> (the name as written, ISO 3166-1 alpha-2 code of its country).

    Examples:
        >>> foreign_cities("uk")["відень"], foreign_cities("ru")["вена"]
        (('Відень', 'AT'), ('Вена', 'AT'))
    """
    column = 1 if language == "uk" else 2
    cities: dict[str, tuple[str, str]] = {}
    for line in _text("cities.tsv").splitlines():
        row = line.split("\t")
        name = normalize_apostrophes(row[column])
        cities.setdefault(name.lower(), (name, row[0]))
        if "ґ" in name.lower():
            plain = name.replace("ґ", "г").replace("Ґ", "Г")
            cities.setdefault(plain.lower(), (plain, row[0]))
    return cities


@cache
def _units() -> tuple[Unit, ...]:
    raw = resources.files("govnews").joinpath("data", "katotth.tsv.gz").read_bytes()
    units = []
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        code, category, name, parent = line.split("\t")
        units.append(Unit(code=code, category=category, name=name, parent=parent or None))
    return tuple(units)


@cache
def units_by_code() -> dict[str, Unit]:
    """Every KATOTTH unit by its code."""
    return {unit.code: unit for unit in _units()}


# Cities by a name the codifier no longer uses: a former name (renamed in 2016-2024, or
# a name of the past the news still use) or a short everyday one. The unit keeps the name
# the text uses and the city's code. A former name another unit of the codifier still
# bears ("Первомайськ", "Южне", "Красний Луч") is left to that unit.
_OTHER_CITY_NAMES = {
    # Renamed under the decommunisation laws of 2015, in 2016.
    "Дніпропетровськ": "Дніпро",
    "Дніпродзержинськ": "Кам’янське",
    "Кіровоград": "Кропивницький",
    "Артемівськ": "Бахмут",
    "Красноармійськ": "Покровськ",
    "Іллічівськ": "Чорноморськ",
    "Комсомольськ": "Горішні Плавні",
    "Дзержинськ": "Торецьк",
    "Димитров": "Мирноград",
    "Кузнецовськ": "Вараш",
    "Котовськ": "Подільськ",
    "Цюрупинськ": "Олешки",
    "Цюрюпинськ": "Олешки",  # the spelling most news used
    "Орджонікідзе": "Покров",
    "Стаханов": "Кадіївка",
    "Кіровськ": "Голубівка",
    "Свердловськ": "Довжанськ",
    "Торез": "Чистякове",
    "Кіровське": "Хрестівка",
    "Щорс": "Сновськ",
    "Карло-Лібкнехтівськ": "Соледар",
    "Теплогірськ": "Ірміно",
    "Вахрушеве": "Боково-Хрустальне",
    "Червонопартизанськ": "Вознесенівка",
    "Краснодон": "Сорокине",
    "Красноперекопськ": "Яни Капу",
    # Renamed in 2019-2024.
    "Першотравенськ": "Шахтарське",
    "Красноград": "Берестин",
    "Южноукраїнськ": "Південноукраїнськ",
    "Червоноград": "Шептицький",
    "Новоград-Волинський": "Звягель",
    "Переяслав-Хмельницький": "Переяслав",
    "Володимир-Волинський": "Володимир",
    "Сєвєродонецьк": "Сіверськодонецьк",
    # Names of the past.
    "Катеринослав": "Дніпро",
    "Єлисаветград": "Кропивницький",
    "Проскурів": "Хмельницький",
    "Ворошиловград": "Луганськ",
    "Сталіно": "Донецьк",
    "Станиславів": "Івано-Франківськ",
    "Станіславів": "Івано-Франківськ",
    # Everyday names.
    "Франківськ": "Івано-Франківськ",
    "Новоград": "Звягель",
}


@cache
def units_by_name() -> dict[str, tuple[Unit, ...]]:
    """KATOTTH units by lower-case name (many villages share one).

    A city is also listed by its former or everyday name ("Кіровоград", "Франківськ"),
    as a unit of that name with the city's code.

    Examples:
        >>> [(u.name, u.category) for u in units_by_name()["кіровоград"]]
        [('Кіровоград', 'M')]
    """
    index: defaultdict[str, list[Unit]] = defaultdict(list)
    for unit in _units():
        index[unit.name.lower()].append(unit)
    for other, current in _OTHER_CITY_NAMES.items():
        if other.lower() in index:
            continue  # a settlement of the codifier already has the name
        index[other.lower()].extend(
            attrs.evolve(unit, name=other)
            for unit in index.get(current.lower(), ())
            if unit.category in "MK"
        )
    return {name: tuple(units) for name, units in index.items() if units}


# Ukrainian cities by their Russian names, as Russian-language news write them.
_RUSSIAN_CITY_NAMES = {
    "Одесса": "Одеса",
    "Харьков": "Харків",
    "Днепр": "Дніпро",
    "Львов": "Львів",
    "Запорожье": "Запоріжжя",
    "Николаев": "Миколаїв",
    "Винница": "Вінниця",
    "Чернигов": "Чернігів",
    "Черкассы": "Черкаси",
    "Сумы": "Суми",
    "Ровно": "Рівне",
    "Хмельницкий": "Хмельницький",
    "Тернополь": "Тернопіль",
    "Луцк": "Луцьк",
    "Ивано-Франковск": "Івано-Франківськ",
    "Черновцы": "Чернівці",
    "Донецк": "Донецьк",
    "Кропивницкий": "Кропивницький",
    "Кировоград": "Кропивницький",
    "Днепропетровск": "Дніпро",
    "Луганск": "Луганськ",
    "Симферополь": "Сімферополь",
    "Мариуполь": "Маріуполь",
    "Краматорск": "Краматорськ",
    "Славянск": "Слов’янськ",
    "Артемовск": "Бахмут",
    "Северодонецк": "Сіверськодонецьк",
    "Лисичанск": "Лисичанськ",
    "Мелитополь": "Мелітополь",
    "Бердянск": "Бердянськ",
    "Никополь": "Нікополь",
    "Каменское": "Кам’янське",
    "Днепродзержинск": "Кам’янське",
    "Кременчуг": "Кременчук",
    "Бровары": "Бровари",
    "Ирпень": "Ірпінь",
    "Борисполь": "Бориспіль",
    "Бердичев": "Бердичів",
    "Дрогобыч": "Дрогобич",
    "Измаил": "Ізмаїл",
    "Энергодар": "Енергодар",
    "Покровск": "Покровськ",
    "Красноармейск": "Покровськ",
    "Керчь": "Керч",
    "Евпатория": "Євпаторія",
    "Феодосия": "Феодосія",
    "Чернобыль": "Чорнобиль",
    "Припять": "Прип’ять",
    "Константиновка": "Костянтинівка",
    "Горловка": "Горлівка",
    "Макеевка": "Макіївка",
    "Авдеевка": "Авдіївка",
    "Ахтырка": "Охтирка",
    "Конотоп": "Конотоп",
    "Шостка": "Шостка",
    "Нежин": "Ніжин",
    "Белгород-Днестровский": "Білгород-Дністровський",
    "Новоград-Волынский": "Звягель",
    "Коростень": "Коростень",
    "Новая Каховка": "Нова Каховка",
    "Белая Церковь": "Біла Церква",
    "Кривой Рог": "Кривий Ріг",
    "Каменец-Подольский": "Кам’янець-Подільський",
}


@cache
def russian_city_names() -> dict[str, Unit]:
    """Ukrainian cities by the lower-case Russian nominative of their name.

    The Russian names are written for govnews from general knowledge. Only a name that
    leaves one city of the codifier (category M or K), or an oblast's centre among
    namesakes, is listed.

    Examples:
        >>> russian_city_names()["одесса"].name
        'Одеса'
    """
    centres = {  # an oblast's centre before a namesake town ("Миколаїв" of Lviv oblast)
        region.centre: region.katotth for region in ua_regions() if region.centre and region.katotth
    }
    cities: dict[str, Unit] = {}
    for russian, ukrainian in _RUSSIAN_CITY_NAMES.items():
        found = [u for u in units_by_name().get(ukrainian.lower(), ()) if u.category in "MK"]
        if len(found) > 1 and ukrainian in centres:
            found = [u for u in found if oblast_of(u.code) == centres[ukrainian]]
        if len(found) == 1:
            cities[russian.lower()] = found[0]
    return cities


def oblast_of(code: str) -> str:
    """The level-1 KATOTTH code above ``code``."""
    table = units_by_code()
    unit: Any = table.get(code)
    while unit is not None and unit.parent:
        unit = table.get(unit.parent)
    return unit.code if unit is not None else code
