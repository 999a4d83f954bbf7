"""Officials: named people with their posts and organisations.

A person is found where a given name (from a lexicon declined by rule, or a
dictionary ``Name`` reading) stands beside a capitalised word that can be a surname,
with an optional patronymic between ("Сергія Олександровича Гаращука") or after a
leading surname ("Гаращук Сергій Олександрович"). The given name fixes the case and
gender, and the surname is put into the nominative from them (see
[`names`][govnews.extract.names]). Korean and Chinese names keep the family name first
("Кима Чен Ира" is Ким Чен Ир, "Си Цзиньпина" is Си Цзиньпин), and a Latin spelling in
brackets after a name ("Джоэл Саймон (Joel Simon)") is one more mention of the person.

The post is the phrase headed by a post word ("начальник", "заступника", "глава")
that runs up to the name ("начальник Житомирської обласної військової адміністрації
Віталій Бунечко"), or follows it after a comma or a dash ("Віталій Бунечко, начальник
ОВА"); it is put into the nominative with
[`to_nominative`][govnews.inflect.to_nominative]. "його заступник" takes the post of the
person named before. Later mentions by surname, by initials ("В. Гончарук") or by the
post alone ("Начальник ОВА") join the person's record.

A post may also be stated by a verb: after the name or a pronoun standing for it
("назначен заместителем", "исполнял обязанности главы поселения", "вона є заступницею
голови", "он был главой области"), or before the name ("на должность главы района
назначен", "Директором підприємства є"). A participle of heading gives the head of the
body ("возглавлявшего аппарат" is руководитель аппарата), and the one replaced "на этом
посту" held the post the successor holds or acts in. Such a post never replaces a
current one stated beside the name.
"""

import bisect
import itertools
import re
import sys
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Final

import attrs

from govnews.extract import gazetteer
from govnews.extract.names import (
    NameReading,
    analyzer_knows,
    capitalize_name,
    from_common_name,
    given_name_readings,
    in_name_lexicon,
    is_adjective_surname,
    is_surname_like,
    is_word_surname,
    patronymic_readings,
    plural_surname,
    surname_nominative,
)
from govnews.inflect import match_case, to_nominative
from govnews.model import Official, Organization, Span
from govnews.morphology import parse
from govnews.transliterate import to_latin

__all__ = ["find_officials"]

# A word: letters, with inner apostrophes or hyphens ("В’ячеслав", "Косач-Квітка").
_WORD = re.compile(r"[^\W\d_]+(?:[-’'ʼ][^\W\d_]+)*")
# Roman numerals, also typed with the Cyrillic look-alikes І, Х, С, М.
_ROMAN_NUMERAL = re.compile(r"[IVXLCDMІХСМ]+")
_CLAUSE_BREAK = re.compile(r"[!?;:\n]")
_ABBREVIATION_PREFIX = re.compile(r"(?:(?:т\.\s?)?в\.\s?о\.|и\.\s?о\.|в/о)\s*$", re.IGNORECASE)
_MAX_POST_WORDS = 30
_MAX_ATTEMPTS = 8  # full-name mentions tried for a post, per person
_MAX_AFTER_WORDS = 20
_MAX_QUOTED_TITLE = 80
_QUOTED_TITLE = re.compile(rf"«[^«»\n]{{1,{_MAX_QUOTED_TITLE}}}»")
_MAX_MODIFIERS = 3

# Verbs and participles that state a person's post after the name: "призначено
# заступником", "назначен на должность главы", "обраного депутатом".
_PREDICATE_VERBS = frozenset(
    {
        "призначено",
        "призначений",
        "призначена",
        "призначеного",
        "призначеної",
        "обрано",
        "обраний",
        "обрана",
        "обраного",
        "обраної",
        "переобрано",
        "переобраний",
        "став",
        "стала",
        "працює",
        "працював",
        "працювала",
        "назначен",
        "назначена",
        "назначенный",
        "назначенная",
        "назначенного",
        "назначенной",
        "избран",
        "избрана",
        "избранный",
        "избранного",
        "переизбран",
        "переизбрана",
        "стал",
        "работает",
        "работал",
        "работала",
        "является",
        "являлся",
        "являлась",
    }
)
_POST_NOUNS = frozenset({"посаду", "посаді", "должность", "должности", "пост", "посту"})
# Copulas: "є заступницею голови", "был бессменным главой области". Only an adverb, a
# particle or an adjective in the instrumental may stand between one and the post.
_COPULAS = frozenset({"є", "був", "була", "был", "была", "является", "являлся", "являлась"})
_PAST_COPULAS = frozenset({"був", "була", "был", "была", "являлся", "являлась"})
_NEGATIONS = frozenset({"не", "ні", "ни"})
# Verbs of acting in a post: "исполнял обязанности главы", "виконувала обов’язки голови".
_ACTING_VERBS = frozenset(
    {
        "исполнял",
        "исполняла",
        "исполняет",
        "исполняющий",
        "исполняющая",
        "исполнявший",
        "исполнявшая",
        "виконував",
        "виконувала",
        "виконує",
        "виконуючий",
        "виконуюча",
    }
)
_ACTING_INSTRUMENTAL = frozenset({"исполняющим", "исполняющей", "виконуючим", "виконуючою"})
_DUTIES = frozenset({"обязанности", "обов’язки", "обов'язки", "обовʼязки"})
# The acting post in the nominative, by language and whether the holder is a woman.
_ACTING_TITLES = {
    ("ru", False): "исполняющий обязанности",
    ("ru", True): "исполняющая обязанности",
    ("uk", False): "виконувач обов’язків",
    ("uk", True): "виконувачка обов’язків",
}
# The prefixes of an acting post, to name the post itself ("в.о. голови" is голова).
_ACTING_PREFIX = re.compile(
    r"(?:(?:временно |тимчасово )?(?:исполняющ(?:ий|ая) обязанности|виконувач(?:ка)? обов.язків)"
    r"|(?:т\.\s?)?в\.\s?о\.|и\.\s?о\.|врио|тво)\s+",
    re.IGNORECASE,
)
# Participles of heading a body, with the case of the body: "возглавлявшего аппарат
# администрации" is руководитель аппарата администрации.
_LEAD_VERBS = {"возглавлять": "accs", "возглавить": "accs", "руководить": "ablt"}
_LEAD_STARTS = ("возглав", "руковод")
_LEAD_PARTICIPLE = re.compile("[Вв]озглав|[Рр]уковод(?:ивш|ящ)")
_LEAD_TITLES = {"ru": "руководитель", "uk": "керівник"}
# Participles and verbs that state an appointment just before the name: "на должность
# главы района назначен Иван Петров".
_APPOINTED = frozenset(
    {
        "назначен",
        "назначена",
        "назначили",
        "избран",
        "избрана",
        "избрали",
        "утвержден",
        "утверждена",
        "утверждён",
        "призначено",
        "призначений",
        "призначена",
        "призначили",
        "обрано",
        "обраний",
        "обрана",
        "обрали",
        "затверджено",
    }
)
# Verbs that may stand between a post and the name of its holder: "Головою правління
# є Олексій Гужва", "капитаном стал Михаель Баллак".
_INVERTED = _APPOINTED | {"є", "является", "стал", "стала", "став"}
_MAX_APPOINTED_WORDS = 25
_MONTHS = frozenset(
    {
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    }
)
# Words of time after "з", "с" that end a post: "з весни", "с начала года".
_TIME_WORDS = _MONTHS | {
    "весни",
    "літа",
    "осені",
    "зими",
    "весны",
    "лета",
    "осени",
    "зимы",
    "початку",
    "кінця",
    "середини",
    "начала",
    "конца",
    "середины",
    "минулого",
    "прошлого",
}
# "сменил на этом посту", "змінив на цій посаді": the one named next held the post before.
# The pattern opens with a character class, which the matcher scans for quickly.
_SUCCEEDED = re.compile(
    r"[СсЗз](?:мени|амени|міни|аміни)(?:л|ла|в)[ \u00a0]+на[ \u00a0]+"
    r"(?:(?:этом|этой|цьому|цій|своем|своём|своей|своїй|своєму)[ \u00a0]+)?"
    r"(?:посту|должности|посаді)(?!\w)"
)
_MAX_SUCCESSOR_GAP = 6  # words between "на этом посту" and the predecessor's name
_SUCCESSOR_REACH = 120  # characters before a name searched for "сменил на этом посту"
_PRONOUNS = {"он": "masc", "она": "femn", "він": "masc", "вона": "femn"}
_PRONOUN_REACH = 250  # characters after a mention searched for a pronoun
_MAX_ANTECEDENT = 60  # words back from a pronoun to the person it stands for
_MAX_SENTENCES_BACK = 2
_RELATIVES = frozenset({"который", "которая", "який", "яка"})
_PRONOUN_VERBS = _PREDICATE_VERBS | _COPULAS | _ACTING_VERBS
_RELATIVE_FORMS = frozenset(
    {"якого", "якої", "яких", "котрого", "котрої", "котрих", "которого", "которой", "которых"}
)
_ACTING_START = re.compile(r"(?:т\.\s?)?в\.\s?о\.|и\.\s?о\.|врио\b|тво\b", re.IGNORECASE)
_MAX_FILLERS = 3
_CYRILLIC = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ’'-]+")
# Words that stand for a body named just before: "керівник установи".
_GENERIC = frozenset(
    {
        "установа",
        "заклад",
        "підприємство",
        "організація",
        "відомство",
        "учреждение",
        "организация",
        "предприятие",
        "ведомство",
    }
)
_DETERMINERS = frozenset({"цієї", "цього", "даної", "даного", "этой", "этого", "данной", "данного"})
_GENERIC_REACH = 600
_PREDICATE_STOPS = frozenset(
    {"на", "після", "замість", "до", "вместо", "после", "с", "со", "сроком", "терміном"}
)
# Particles that open a surname: "Марин Ле Пен", "Усама бин Ладен", "Ван Керкхов".
_PARTICLES = frozenset(
    {"ле", "ла", "де", "ди", "да", "дель", "делла", "ван", "фон", "бин", "бен", "ібн", "ибн"}
)
# The second, lower-case particle of "фон дер Ляйен", "ван дер Белен", "де ла Фуэнте".
_SECOND_PARTICLES = frozenset({"дер", "ден", "де", "ла", "лос"})
_ARTICLE_PREFIXES = ("аль-", "ал-", "эль-", "ель-", "ель-", "ад-", "ас-", "ан-")
_POSSESSIVES = frozenset({"його", "її", "их", "їх", "его", "ее", "её"})
_NOT_BEFORE_NAME = frozenset(
    {
        "імені",
        "ім",
        "имени",
        "им",
        "вул",
        "вулиця",
        "вулиці",
        "вулицю",
        "вулицею",
        "проспект",
        "проспекту",
        "проспекті",
        "площа",
        "площі",
        "провулок",
        "провулку",
        "бульвар",
        "бульвару",
        "бульварі",
        "улица",
        "улице",
        "улицы",
        "пр",
        "пл",
        "пров",
        "просп",
        "бульв",
        "набережна",
        "набережной",
        "премія",
        "премії",
        "премию",
        "премии",
        "стипендія",
        "стипендії",
        "музей",
        "музею",
    }
)
_LINKS = frozenset(
    {
        "з",
        "із",
        "зі",
        "та",
        "і",
        "й",
        "и",
        "а",
        "або",
        "чи",
        "с",
        "со",
        "разом",
        "вместе",
        "для",
        "до",
        "від",
        "у",
        "в",
        "на",
        "при",
        "про",
        "о",
        "об",
        "к",
        "по",
        "за",
        "між",
        "между",
        "як",
        "как",
        "що",
        "что",
        "який",
        "яка",
        "который",
        "которая",
        "це",
        "это",
        "також",
        "также",
        "ще",
        "еще",
        "ещё",
        "вже",
        "уже",
    }
)
_MODIFIERS = frozenset(
    {
        "перший",
        "генеральний",
        "виконавчий",
        "народний",
        "головний",
        "колишній",
        "почесний",
        "новий",
        "новопризначений",
        "тимчасовий",
        "виконуючий",
        "обов’язки",
        "обов'язки",
        "старший",
        "провідний",
        "позаштатний",
        "регіональний",
        "національний",
        "первый",
        "генеральный",
        "исполнительный",
        "бывший",
        "главный",
        "народный",
        "новый",
        "временный",
        "исполняющий",
        "обязанности",
        "ведущий",
        "полномочный",
        "чрезвычайный",
        "надзвичайний",
        "повноважний",
        "штатный",
    }
)
_VERBAL = frozenset({"VERB", "INFN", "GRND"})
_ACTING = frozenset({"обязанности", "обов’язки", "обов'язки", "врио", "ио", "бывший", "колишній"})
_CLOSERS = {"»": "«", "”": "“", ")": "(", '"': '"'}
_COORDINATION = frozenset({"та", "і", "й", "и", "а", "або", "чи", "and"})
_MAX_CHAIN = 3
_MAX_CHAIN_WORDS = 6
_AFTER_BREAK = re.compile(r"[,.;:!?()\n]")
_ALL_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
_AGREEING = frozenset({"ADJF", "PRTF", "NUMR"})
# A name in Latin letters in brackets right after the name in Cyrillic: "Джоэл Саймон
# (Joel Simon)", "Халеда эль-Масри (Khaled el-Masri)". Each word is bounded and a space
# or a bracket ends it, so the match stays linear.
_LATIN_WORD = r"(?:[a-z]{1,3}[-’'])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]{1,30}"
_LATIN_NAME = re.compile(rf" ?\(({_LATIN_WORD}(?: {_LATIN_WORD}){{1,3}})\)")
# Korean family names that open a three-word name ("Ким Чен Ын", "Пан Ги Мун"); words
# that are also common Russian or Ukrainian words ("Но", "Сон", "Нам") are left out.
# Russian and Ukrainian spellings.
_KOREAN_FAMILIES = frozenset(
    {"ким", "кім", "ли", "лі", "пак", "чхве", "чой", "хван", "мун", "юн", "пан", "чон", "хан"}
    | {"квон", "шин"}
)
# Chinese family names that open a two-word name ("Си Цзиньпин", "Дэн Сяопин").
_CHINESE_FAMILIES = frozenset(
    {"си", "сі", "ху", "ли", "лі", "ван", "чжан", "мао", "дэн", "ден", "цзян", "вэнь", "вень"}
    | {"лю", "чжоу", "сунь", "линь", "лінь"}
)
# Letter groups of the Russian spelling of Chinese syllables, rare in other words.
_CHINESE_SYLLABLES = re.compile("цз|чж|сяо|кэ|эй|ьп|ьт")
_SYLLABLE = 4  # letters of one syllable of a Korean given name, at most
_CASE_ENDINGS = ("а", "у", "ом", "е")  # of a family name ending in a consonant
# Masculine case endings of a foreign name, with their cases.
_FOREIGN_ENDINGS = (("ом", "ablt"), ("а", "gent"), ("у", "datv"), ("е", "loct"))
_CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")
# Every form of those family names, lower-case, to the name and its case ending.
_EAST_ASIAN_FORMS = {
    family + ending: (family, ending)
    for family in _KOREAN_FAMILIES | _CHINESE_FAMILIES
    for ending in ("", *_CASE_ENDINGS)
    if not ending or family[-1:] not in "аеиоуыэюяі"
}
_EAST_ASIAN_WORDS = frozenset(form.capitalize() for form in _EAST_ASIAN_FORMS)
# The Latin letters that may open the transliteration of a Cyrillic initial.
_LATIN_INITIALS = {
    "а": "A",
    "б": "B",
    "в": "VW",
    "г": "GH",
    "ґ": "G",
    "д": "DJ",
    "е": "EYJ",
    "є": "YEJ",
    "ж": "ZJG",
    "з": "ZS",
    "и": "IYEJ",
    "і": "IY",
    "ї": "IY",
    "й": "YJI",
    "к": "KCQ",
    "л": "L",
    "м": "M",
    "н": "N",
    "о": "O",
    "п": "P",
    "р": "R",
    "с": "SCZ",
    "т": "T",
    "у": "UWO",
    "ф": "FP",
    "х": "HKJX",
    "ц": "TCZ",
    "ч": "CT",
    "ш": "SC",
    "щ": "S",
    "э": "EA",
    "ю": "YJU",
    "я": "YJ",
}


_Token = tuple[int, int, str]
"""A word: its start, its end and the word as written.

An exact tuple of atomic values, which the garbage collector stops tracking at its first
collection; a NamedTuple, a subclass, stays tracked, and a long input's hundreds of
thousands of words would set off full collections that walk the whole heap.
"""
_START: Final = 0
_END: Final = 1
_TEXT: Final = 2


def _word_tokens(text: str) -> tuple[list[_Token], list[int]]:
    """The words of ``text``, and the indexes of those that start with a capital.

    ``findall`` hands the words over without a match object each; a word starts with a
    letter and only non-letters lie between two words, so each is found again by
    ``str.find`` from the end of the one before.
    """
    find = text.find
    tokens: list[_Token] = []
    capitals: list[int] = []
    position = 0
    for index, word in enumerate(_WORD.findall(text)):
        start = find(word, position)
        position = start + len(word)
        tokens.append((start, position, word))
        if word[0].isupper():
            capitals.append(index)
    return tokens, capitals


@attrs.define
class _Person:
    """A person being assembled from its mentions."""

    given: str
    patronymic: str | None
    surname: str
    gender: str
    mentions: list[Span]
    position: str | None = None
    position_span: Span | None = None
    head: str | None = None


@cache
def _post_words(language: str) -> frozenset[str]:
    code = "ru" if language == "ru" else "uk"
    source = resources.files("govnews").joinpath("data", "people", f"posts_{code}.txt")
    return frozenset(
        line.strip().replace("'", "’")
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=50_000)
def _lemmas(word: str, language: str) -> frozenset[str]:
    lower = word.lower().replace("'", "’").replace("ʼ", "’")
    return frozenset({lower} | {p.normal_form.replace("'", "’") for p in parse(lower, language)})


@lru_cache(maxsize=50_000)
def _post_lemma(word: str, language: str) -> str | None:
    """The post word ``word`` is a form of, or ``None``."""
    if len(word) < 2 or (word.isupper() and len(word) > 1):  # noqa: PLR2004 - acronyms are bodies
        return None
    posts = _post_words(language)
    lemmas = _lemmas(word, language)
    found = lemmas & posts
    if found:
        return min(found)
    lower = word.lower()
    for prefix in ("віце-", "вице-", "екс-", "экс-", "зам", "заст."):
        if lower.startswith(prefix) and len(lower) > len(prefix) + 2:
            rest = _lemmas(lower[len(prefix) :].lstrip("-"), language) & posts
            if rest:
                return lower
    return None


@lru_cache(maxsize=50_000)
def _is_modifier(word: str, language: str) -> bool:
    if not word.islower() and not word[:1].isupper():
        return False
    return bool(_lemmas(word, language) & _MODIFIERS)


@lru_cache(maxsize=50_000)
def _is_verbal(word: str, language: str) -> bool:
    parses = parse(word.lower(), language)
    return bool(parses) and bool(_VERBAL & parses[0].tag.grammemes)


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Short «quoted» stretches: titles of films, books, projects."""
    return [match.span() for match in _QUOTED_TITLE.finditer(text)]


def _inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside one of ``ranges`` (sorted, not overlapping).

    Only the last range starting at or before ``start`` can hold it, so a binary search
    finds it: the cost stays logarithmic in the number of quoted stretches.
    """
    index = bisect.bisect_right(ranges, (start, sys.maxsize)) - 1
    return index >= 0 and end <= ranges[index][1]


def _best_name(
    given: Sequence[NameReading], surname: str, language: str, patronymic: str | None
) -> tuple[NameReading, str, str | None, int] | None:
    """The reading of given name + surname that agrees best, with the surname's nominative."""
    best: tuple[NameReading, str, str | None, int] | None = None
    patronymics = patronymic_readings(patronymic, language) if patronymic else ()
    for reading in given:
        patronymic_nominative = None
        if patronymic:
            fitting = [
                p for p in patronymics if p.gender == reading.gender and p.case == reading.case
            ]
            if not fitting:
                continue
            patronymic_nominative = fitting[0].nominative
        nominative, score = surname_nominative(surname, language, reading.gender, reading.case)
        if best is None or score > best[3]:
            best = (reading, nominative, patronymic_nominative, score)
    return best


class _Finder:
    """One pass over one text."""

    def __init__(self, text: str, language: str, organizations: tuple[Organization, ...]) -> None:
        self.text = text
        self.language = "ru" if language == "ru" else "uk"
        self.organizations = organizations
        self.tokens, self.capitals = _word_tokens(text)
        self.quoted = _quoted_ranges(text)
        self.people: list[_Person] = []
        self.by_name: dict[tuple[str, str], _Person] = {}  # (given, surname) without ё
        self.taken: dict[int, _Person] = {}  # token index -> person named there
        self.cases: dict[int, frozenset[str]] = {}  # first token of a name -> its cases
        self.deferred: list[tuple[tuple[NameReading, str, str | None, int], int, int]] = []
        self.name_last: dict[int, int] = {}  # first token of a full name -> its last token
        self.org_ends: list[tuple[int, int, str]] | None = None
        self.capitalised: frozenset[str] | None = None
        self.eastern: set[tuple[str, str]] = set()  # (given, surname) said family name first

    def gap(self, left: int, right: int) -> str:
        """The text between token ``left`` and token ``right``."""
        return self.text[self.tokens[left][_END] : self.tokens[right][_START]]

    def adjacent(self, index: int) -> bool:
        """Whether token ``index`` and the next one are separated by spaces only."""
        tokens = self.tokens
        if index + 1 >= len(tokens):
            return False
        end, start = tokens[index][1], tokens[index + 1][0]
        if start - end == 1:
            return self.text[end] in " \u00a0"
        gap = self.text[end:start]
        return gap.isspace() and "\n" not in gap

    # Finding names --------------------------------------------------------------

    def run(self) -> tuple[Official, ...]:
        resume = 0
        for index in self.capitals:
            if index >= resume:
                resume = self.match_name(index)
        for found, first, last in self.deferred:
            self.add(found, first, last, create=False)
        self.attach_initials_and_surnames()
        self.merge_adjacent()
        self.attach_latin()
        self.attach_posts()
        self.predicate_posts()
        self.resolve_generic_bodies()
        self.attach_post_mentions()
        return tuple(self.records())

    def match_name(self, index: int) -> int:  # noqa: C901, PLR0911, PLR0912, PLR0915 - the shapes of a name
        """Try a full name at ``index``; the index to continue from."""
        tokens = self.tokens
        token = tokens[index]
        if not self.adjacent(index):
            return index + 1
        language = self.language
        given = given_name_readings(token[_TEXT], language)
        nxt = tokens[index + 1]
        eastern = self.east_asian(index) if token[_TEXT] in _EAST_ASIAN_WORDS else None
        if eastern is not None:
            return eastern
        if given and self.couple(index, given):
            return index + 4
        if given:
            particle = self.particle_surname(index, given)
            if particle is not None:
                return particle
        if given and self.double_given(index, given):
            return index + 3
        if given:
            options: list[tuple[str | None, int]] = [(None, index + 1)]
            if patronymic_readings(nxt[_TEXT], language):
                # "Сергій Олександрович Гаращук", or "Андрій Харлампович" where the
                # word that looks like a patronymic is the surname; "Бориса
                # Миколайовича:" alone is a given name and patronymic, no surname.
                if from_common_name(nxt[_TEXT], language) and self.patronymic_agrees(
                    nxt[_TEXT], given
                ):
                    options.pop()
                if self.adjacent(index + 1):
                    options.insert(0, (nxt[_TEXT], index + 2))
            for patronymic, surname_index in options:
                surname = tokens[surname_index][_TEXT]
                if _ROMAN_NUMERAL.fullmatch(surname):
                    continue  # "Яна III Собеського", "Карла XII": a monarch's number
                if patronymic is None and self.known_patronymic(given, surname):
                    continue  # "Аркадію Францовичу" after "Аркадій Францович Соломка"
                if self.epithet(index, surname):
                    continue
                needed = 1 if is_surname_like(surname, language) else 2
                if needed == 2 and not self.word_surname(index, surname, surname_index):  # noqa: PLR2004
                    continue
                if (
                    not in_name_lexicon(surname, language)
                    and not self.patronymic_follows(surname_index)
                    and not _feminine_patronymic(surname, language)
                ):
                    found = _best_name(given, surname, language, patronymic)
                    if found is not None and found[3] >= needed:
                        last = surname_index
                        if patronymic is None and self.middle_agrees(found[0], surname_index):
                            found = self.with_middle(found, surname_index)
                            last += 1
                        self.add(found, index, last)
                        return last + 1
            # A middle initial: "Джордж Х. Кинг".
            if (
                len(nxt[_TEXT]) == 1
                and nxt[_TEXT].isupper()
                and index + 2 < len(tokens)
                and self.gap(index + 1, index + 2) == ". "
            ):
                surname = tokens[index + 2][_TEXT]
                if is_surname_like(surname, language) and not in_name_lexicon(surname, language):
                    found = _best_name(given, surname, language, None)
                    if found is not None and found[3] >= 1:
                        self.add(found, index, index + 2)
                        return index + 3
        if not given and self.foreign_name(index):
            return index + 2
        # Surname first: "Гаращук Сергій Олександрович".
        if (
            index + 2 < len(tokens)
            and self.adjacent(index + 1)
            and is_surname_like(token[_TEXT], language)
        ):
            given = given_name_readings(nxt[_TEXT], language)
            third = tokens[index + 2][_TEXT]
            if given and patronymic_readings(third, language) and not self.surname_after(index + 2):
                found = _best_name(given, token[_TEXT], language, third)
                if found is not None and found[3] >= 1:
                    self.add(found, index, index + 2)
                    return index + 3
        return index + 1

    def known_patronymic(self, given: Sequence[NameReading], word: str) -> bool:
        """Whether someone named before has this given name and ``word`` as patronymic."""
        patronymics = {p.nominative for p in patronymic_readings(word, self.language)}
        names = {g.nominative for g in given}
        return bool(patronymics) and any(
            person.patronymic in patronymics and _no_yo(person.given) in names
            for person in self.people
        )

    def patronymic_agrees(self, word: str, given: Sequence[NameReading]) -> bool:
        """Whether ``word`` read as a patronymic agrees with a reading of the given name.

        "Марія Бондарович": a woman's patronymic ends in -івна, so "Бондарович" is her
        surname.
        """
        genders = {p.gender for p in patronymic_readings(word, self.language)}
        return any(g.gender in genders for g in given)

    def surname_after(self, index: int) -> bool:
        """Whether a word that can be a surname follows the patronymic at token ``index``.

        "Голова Юрій Вікторович Петренко" is a post before a full name, not the
        surname "Голова" before a given name and patronymic.
        """
        if not self.adjacent(index):
            return False
        word = self.tokens[index + 1][_TEXT]
        return word[1:].islower() and (
            is_surname_like(word, self.language) or is_word_surname(word, self.language)
        )

    def couple(self, index: int, given: Sequence[NameReading]) -> bool:
        """Record two people who share a plural surname ("Сергій і Софія Морозови")."""
        tokens = self.tokens
        language = self.language
        if index + 3 >= len(tokens) or tokens[index + 1][_TEXT] not in _COORDINATION:
            return False
        if not (self.adjacent(index + 1) and self.adjacent(index + 2)):
            return False
        second = given_name_readings(tokens[index + 2][_TEXT], language)
        surname = tokens[index + 3][_TEXT]
        if not second or not surname[:1].isupper():
            return False
        for first_reading in given:
            for second_reading in second:
                if first_reading.case != second_reading.case:
                    continue
                one = plural_surname(surname, language, first_reading.gender)
                two = plural_surname(surname, language, second_reading.gender)
                if one is None or two is None or first_reading.case not in one[1]:
                    continue
                self.add((first_reading, one[0], None, 2), index, index + 3)
                self.add((second_reading, two[0], None, 2), index + 2, index + 3)
                return True
        return False

    def particle_surname(self, index: int, given: Sequence[NameReading]) -> int | None:
        """Record a name whose surname opens with a particle ("Марин Ле Пен", "бин Ладена").

        Returns:
            The index to continue from, or ``None`` when no such name stands here.
        """
        tokens = self.tokens
        language = self.language
        particle = tokens[index + 1][_TEXT]
        lower = particle.lower()
        if (
            lower.startswith(_ARTICLE_PREFIXES)
            and particle[len(lower.split("-")[0]) + 1 :][:1].isupper()
        ):
            words, last = [particle], index + 1
        elif lower in _PARTICLES and self.adjacent(index + 1):
            words, last = [particle], index + 2
            if tokens[last][_TEXT] in _SECOND_PARTICLES and self.adjacent(last):
                words.append(tokens[last][_TEXT])  # "Урсула фон дер Ляєн"
                last += 1
            if last >= len(tokens) or not _is_name_word(tokens[last][_TEXT]):
                return None
            words.append(tokens[last][_TEXT])
        else:
            return None
        head, _, tail = words[-1].rpartition("-")
        reading = given[0]
        nominative, _ = surname_nominative(tail, language, reading.gender, reading.case)
        words[-1] = f"{head}-{nominative}" if head else nominative
        self.add((reading, " ".join(words), None, 2), index, last)
        return last + 1

    def east_asian(self, index: int) -> int | None:
        """Record a Korean or Chinese name, family name first ("Кима Чен Ира", "Си Цзиньпин").

        The family name comes from a short list; a consonant-final one declines like a
        noun, and the last syllable of the given name takes the same ending ("Кима Чен
        Ира" is Ким Чен Ир). Korean given names are two short words, Chinese ones one
        word with letter groups only Chinese syllables have.

        Returns:
            The index to continue from, or ``None`` when no such name stands here.
        """
        tokens = self.tokens
        word = tokens[index][_TEXT]
        family, ending = _family_and_ending(word.lower())
        if not family or not word[1:].islower() or not self.adjacent(index):
            return None
        given = self.korean_given(index, ending) if family in _KOREAN_FAMILIES else None
        if given is None and family in _CHINESE_FAMILIES:
            nxt = tokens[index + 1][_TEXT]
            if not (_is_name_word(nxt) and _CHINESE_SYLLABLES.search(nxt.lower())):
                return None
            given, last = [_chinese_nominative(nxt)], index + 1
        elif given is None:
            return None
        else:
            last = index + 2
        if (
            last + 1 < len(tokens)
            and self.adjacent(last)
            and _is_name_word(tokens[last + 1][_TEXT])
            and _CYRILLIC.fullmatch(tokens[last + 1][_TEXT])
            and not _family_and_ending(tokens[last + 1][_TEXT].lower())[0]
        ):
            return None  # a longer run of capitalised words: not this shape
        reading = NameReading(nominative=" ".join(given), gender="masc", case="nomn")
        self.add((reading, capitalize_name(family), None, 2), index, last)
        self.eastern.add((capitalize_name(" ".join(given)), capitalize_name(family)))
        return last + 1

    def korean_given(self, index: int, ending: str) -> list[str] | None:
        """The two syllables of a Korean given name after token ``index``, nominative."""
        tokens = self.tokens
        if index + 2 >= len(tokens) or not self.adjacent(index + 1):
            return None
        middle, last = tokens[index + 1][_TEXT], tokens[index + 2][_TEXT]
        if not (_is_name_word(middle) and _is_name_word(last)):
            return None
        if ending and not last.endswith(ending):
            return None
        last = last[: len(last) - len(ending)]
        if len(middle) > _SYLLABLE or not 1 < len(last) <= _SYLLABLE:
            return None
        return [middle, last]

    def double_given(self, index: int, given: Sequence[NameReading]) -> bool:
        """Record a name with two given names of the lexicon ("Хорхе Луїса Пінто").

        The second given name agrees with the first in gender and case, and a word that
        can be a surname, not a third given name, follows it.
        """
        tokens = self.tokens
        language = self.language
        if index + 2 >= len(tokens) or not self.adjacent(index + 1):
            return False
        first, second, surname = (tokens[index + offset][_TEXT] for offset in range(3))
        if not (in_name_lexicon(second, language) and in_name_lexicon(first, language)):
            return False
        if in_name_lexicon(surname, language):
            return False
        if not is_surname_like(surname, language) or self.patronymic_follows(index + 2):
            return False
        # A first name that ends in a vowel other than "а", "я" ("Хорхе") does not
        # decline: the second fixes the case.
        fixed = first[-1:].lower() in "еєиіоуэю"
        for reading in given:
            middle = [
                r
                for r in given_name_readings(second, language)
                if r.gender == reading.gender and (fixed or r.case == reading.case)
            ]
            if not middle:
                continue
            case = middle[0].case
            nominative, score = surname_nominative(surname, language, reading.gender, case)
            if score < 1:
                continue
            both = NameReading(
                nominative=f"{reading.nominative} {middle[0].nominative}",
                gender=reading.gender,
                case=case,
            )
            self.add((both, nominative, None, score), index, index + 2)
            return True
        return False

    def middle_name(self, index: int) -> bool:
        """Whether token ``index``, read as a surname, is a second given name.

        "Реджеп Тайип Эрдоган", "Хуан Пабло Монтойя": a surname the dictionary
        knows, or a second foreign word, follows, and ends the name.
        """
        tokens = self.tokens
        language = self.language
        if index + 1 >= len(tokens) or not self.adjacent(index):
            return False
        word, nxt = tokens[index][_TEXT], tokens[index + 1][_TEXT]
        if not (nxt[:1].isupper() and nxt[1:].islower()):
            return False
        if self.adjacent(index + 1) and tokens[index + 2][_TEXT][:1].isupper():
            return False
        if patronymic_readings(word, language) or in_name_lexicon(nxt, language):
            return False
        if not _CYRILLIC.fullmatch(word):
            return False  # "Яна III Собеського": a numeral, not a name
        return _known_surname(nxt, language) or (
            _foreign_word(nxt, language)
            and (_foreign_word(word, language) or bool(given_name_readings(word, language)))
        )

    def middle_agrees(self, reading: NameReading, index: int) -> bool:
        """Whether token ``index`` is a second given name before a surname that agrees.

        "Николая Бурчакова Зарудскому": the surname after it is in another case, so
        "Бурчакова" is the surname and the next word is someone else's.
        """
        if not self.middle_name(index):
            return False
        surname = self.tokens[index + 1][_TEXT]
        _, score = surname_nominative(surname, self.language, reading.gender, reading.case)
        return score >= 2  # noqa: PLR2004 - a rule or the dictionary agrees

    def with_middle(
        self, found: tuple[NameReading, str, str | None, int], index: int
    ) -> tuple[NameReading, str, str | None, int]:
        """The name ``found`` with token ``index`` as a second given name."""
        reading, _, _, score = found
        middle = capitalize_name(self.tokens[index][_TEXT])
        # The second given name takes the ending the first one took: "Эмилем Жаном".
        written = self.tokens[index - 1][_TEXT]
        ending = written[len(reading.nominative) :]
        if (
            ending
            and written.lower().startswith(reading.nominative.lower())
            and middle.endswith(ending)
            and middle[-len(ending) - 1 : -len(ending)] in _CONSONANTS
        ):
            middle = middle[: -len(ending)]
        surname, _ = surname_nominative(
            self.tokens[index + 1][_TEXT], self.language, reading.gender, reading.case
        )
        given = attrs.evolve(reading, nominative=f"{reading.nominative} {middle}")
        return given, surname, None, score

    def epithet(self, index: int, word: str) -> bool:
        """Whether ``word`` after the given name at ``index`` is an epithet.

        After a title ("князя Ярослава Мудрого", "св. Миколая Чудотворного") an
        adjective names a quality, not a family.
        """
        if index == 0 or self.tokens[index - 1][_TEXT].lower() not in _EPITHET_TITLES:
            return False
        return any("ADJF" in p.tag.grammemes for p in parse(word.lower(), self.language))

    def word_surname(self, index: int, surname: str, surname_index: int) -> bool:
        """Whether a common word can be the surname of the lexicon name at ``index``.

        An adjective ("Веселий") qualifies when it agrees with the given name in gender
        and case and no capitalised word follows that it could qualify instead.
        """
        language = self.language
        given = self.tokens[index][_TEXT]
        if not (in_name_lexicon(given, language) or _only_name(given, language)):
            return False
        if _post_lemma(surname, language) is not None:
            return False
        if is_word_surname(surname, language):
            return True
        if self.adjacent(surname_index) and self.tokens[surname_index + 1][_TEXT][:1].isupper():
            return False
        return any(
            is_adjective_surname(surname, language, reading.gender, reading.case)
            for reading in given_name_readings(given, language)
        )

    def foreign_name(self, index: int) -> bool:  # noqa: PLR0911 - one test per return
        """Record a two-word name that the dictionary does not know ("Штеффен Зайберт").

        Both words must be unknown to the dictionary, or the second filed as a surname
        only; they must stand inside a sentence (unless the surname is known), not after
        another unknown capitalised word, and not be followed by a third capitalised
        word (which suggests the name of an organisation or a work).
        """
        tokens = self.tokens
        language = self.language
        if index + 1 >= len(tokens):
            return False
        first, second = tokens[index][_TEXT], tokens[index + 1][_TEXT]
        foreign = _foreign_word(first, language)
        if not foreign and not _only_name(first, language):
            return False
        # "Аркади Патаркацишвили": a surname the dictionary knows vouches for the
        # capitalised word before it, even at the start of a sentence.
        known = _known_surname(second, language)
        if not known and (
            not foreign
            or index == 0
            or self.breaks(index - 1)
            or not _foreign_word(second, language)
        ):
            return False
        if self.adjacent(index + 1) and tokens[index + 2][_TEXT][:1].isupper():
            return False
        before = tokens[index - 1][_TEXT] if index > 0 else ""
        if (
            before[:1].isupper()
            and self.adjacent(index - 1)
            and before[1:2].islower()  # "МИДа", "ОДА": an acronym, not a name
            and not _place_or_post(before, language)
        ):
            # "Тоттенхэм Хотспур Ледли", "Компания Дженерал Моторс": one name of a club
            # or a firm; "посол Японии Масахару Коно", "президент ФИФА Зепп Блаттер" are
            # people.
            return False
        if self.text[tokens[index + 1][_END] : tokens[index + 1][_END] + 1] in ("»", '"', "-"):
            return False
        first, second, case = self.undeclined(first, second)
        reading = NameReading(nominative=first, gender="masc", case=case)
        self.add((reading, capitalize_name(second), None, 1), index, index + 1)
        return True

    def undeclined(self, first: str, second: str) -> tuple[str, str, str]:
        """A foreign name without the case ending both words share, and the case.

        "Гаррета Рейсмана" is Гаррет Рейсман when the text also writes "Рейсман": the
        dictionary knows neither word, so only the bare surname elsewhere tells an
        ending from the last letter of the name.
        """
        for ending, case in _FOREIGN_ENDINGS:
            stem = second[: len(second) - len(ending)]
            if (
                second.endswith(ending)
                and first.endswith(ending)
                and len(first) > len(ending) + 1
                and stem[-1:] in _CONSONANTS
                and first[-len(ending) - 1] in _CONSONANTS
                # Two words that both end in a consonant and -ом are in the
                # instrumental ("с Орвином Гейлсом"); other endings need the bare
                # surname elsewhere in the text.
                and (ending == "ом" or stem in self.capital_words())
            ):
                return first[: len(first) - len(ending)], stem, case
        return first, second, "nomn"

    def capital_words(self) -> frozenset[str]:
        """Every capitalised word of the text, built once."""
        if self.capitalised is None:
            self.capitalised = frozenset(self.tokens[i][_TEXT] for i in self.capitals)
        return self.capitalised

    def patronymic_follows(self, index: int) -> bool:
        """Whether token ``index`` is followed by a patronymic (so it is a given name)."""
        return self.adjacent(index) and bool(
            patronymic_readings(self.tokens[index + 1][_TEXT], self.language)
        )

    def add(
        self,
        found: tuple[NameReading, str, str | None, int],
        first: int,
        last: int,
        *,
        create: bool = True,
    ) -> None:
        """Record a full-name mention from token ``first`` to token ``last``."""
        reading, surname, patronymic, _ = found
        start, end = self.tokens[first][_START], self.tokens[last][_END]
        # "імені Тараса Шевченка", "вулиця Івана Франка": a mention only of someone
        # the text names elsewhere.
        # "директор музею Олена Гнатюк": a name in the nominative is no "музею Лесі Українки".
        named_after = (
            first > 0
            and self.tokens[first - 1][_TEXT].lower() in _NOT_BEFORE_NAME
            and reading.case != "nomn"
        )
        if create and (named_after or _inside(self.quoted, start, end)):
            self.deferred.append((found, first, last))
            return
        given = capitalize_name(reading.nominative)
        if "ё" not in self.text[start:end].lower():
            # Keep "е" where the text writes "е" (the dictionary restores "ё").
            given, surname = _no_yo(given), _no_yo(surname)
            patronymic = _no_yo(patronymic) if patronymic else None
        given_index = (
            first if given_name_readings(self.tokens[first][_TEXT], self.language) else first + 1
        )
        self.cases[first] = frozenset(
            r.case
            for r in given_name_readings(self.tokens[given_index][_TEXT], self.language)
            if r.gender == reading.gender
        ) or frozenset({reading.case})
        key = (_no_yo(given), _no_yo(surname))
        known = self.by_name.get(key)
        if known is not None:
            person = known
            person.mentions.append(Span(start=start, end=end))
            person.patronymic = person.patronymic or patronymic
        else:
            if not create:
                return
            person = _Person(
                given=given,
                patronymic=patronymic,
                surname=surname,
                gender=reading.gender,
                mentions=[Span(start=start, end=end)],
            )
            self.people.append(person)
            self.by_name[key] = person
        for index in range(first, last + 1):
            self.taken[index] = person
        self.name_last[first] = last

    # Short mentions --------------------------------------------------------------

    def attach_initials_and_surnames(self) -> None:  # noqa: C901 - the short forms in turn
        """Add surname-only and initial mentions ("В. Гончарук") of known people."""
        if not self.people:
            return
        stems: dict[str, list[_Person]] = {}
        given: dict[str, list[_Person]] = {}
        for person in self.people:
            stems.setdefault(_surname_stem(_lower_no_yo(person.surname)), []).append(person)
            given.setdefault(person.given, []).append(person)
        for index in self.capitals:
            token = self.tokens[index]
            if index in self.taken or len(token[_TEXT]) < 3:  # noqa: PLR2004
                continue
            if self.attach_given(index, given):
                continue
            lower = _lower_no_yo(token[_TEXT])  # "Пономарёв" is Пономарев
            for size in range(len(lower), max(len(lower) - 4, 1), -1):
                candidates = stems.get(lower[:size])
                if candidates:
                    break
            else:
                continue
            chosen = self.pick(candidates, index)
            if chosen is None:
                continue
            start, end = token[_START], token[_END]
            initials = self.initials_before(index)
            if initials is not None:
                start = initials
            after = self.initials_after(index)
            if after is not None:
                end = after
            if _inside(self.quoted, start, end):
                continue
            chosen.mentions.append(Span(start=start, end=end))
            self.taken[index] = chosen

    def attach_latin(self) -> None:
        """Add the Latin spelling in brackets after a full name ("Джоэл Саймон (Joel Simon)").

        The first and the last Latin word must open with a letter that can render the
        initials of the given name and the surname.
        """
        for first, last in self.name_last.items():
            found = _LATIN_NAME.match(self.text, self.tokens[last][_END])
            if found is None:
                continue
            latin = found.group(1).split()
            given, surname = self.tokens[first][_TEXT], self.tokens[last][_TEXT]
            if _renders(given, latin[0]) and _renders(surname, latin[-1]):
                self.taken[first].mentions.append(Span(start=found.start(1), end=found.end(1)))

    def merge_adjacent(self) -> None:
        """Join a given-name mention and a surname mention that stand side by side."""
        for person in self.people:
            merged: list[Span] = []
            for span in sorted(set(person.mentions), key=_span_key):
                if merged and self.text[merged[-1].end : span.start] == " ":
                    merged[-1] = Span(start=merged[-1].start, end=span.end)
                else:
                    merged.append(span)
            person.mentions = merged

    def attach_given(self, index: int, given: dict[str, list[_Person]]) -> bool:
        """Add a mention by given name, with a patronymic or not ("Олександр Іванович")."""
        token = self.tokens[index]
        readings = given_name_readings(token[_TEXT], self.language)
        people = {id(p): p for r in readings for p in given.get(r.nominative, ())}
        if len(people) != 1:
            return False
        (person,) = people.values()
        end = token[_END]
        patronymics = (
            patronymic_readings(self.tokens[index + 1][_TEXT], self.language)
            if index + 1 < len(self.tokens)
            else ()
        )
        if patronymics and self.adjacent(index):
            if person.patronymic is None:
                if not any(r.gender == person.gender for r in patronymics):
                    return False
            elif not self.same_patronymic(index + 1, person):
                return False
            end = self.tokens[index + 1][_END]
            self.taken[index + 1] = person
        elif (
            self.adjacent(index)
            and self.tokens[index + 1][_TEXT][:1].isupper()
            and not _lower_no_yo(self.tokens[index + 1][_TEXT]).startswith(
                _surname_stem(_lower_no_yo(person.surname))
            )
        ):
            return False  # "музей імені Івана Гончара": the name of someone else
        if _inside(self.quoted, token[_START], end):
            return False
        person.mentions.append(Span(start=token[_START], end=end))
        self.taken[index] = person
        return True

    def same_patronymic(self, index: int, person: _Person) -> bool:
        """Whether token ``index`` is a form of the person's patronymic."""
        return any(
            _no_yo(r.nominative) == _no_yo(person.patronymic or "")
            for r in patronymic_readings(self.tokens[index][_TEXT], self.language)
        )

    def pick(self, candidates: list[_Person], index: int) -> _Person | None:
        """The person a surname-only mention refers to, by initial when there is one.

        The word must be a form of the person's surname for their gender ("Попов" is
        not Лілія Попова).
        """
        word = self.tokens[index][_TEXT]
        candidates = [
            person
            for person in candidates
            if any(
                _no_yo(surname_nominative(word, self.language, person.gender, case)[0])
                == _no_yo(person.surname)
                for case in _ALL_CASES[:6]
            )
            or self.family(word, person)
        ]
        if len(candidates) == 1:
            return candidates[0]
        initial_start = self.initials_before(index)
        if initial_start is not None:
            letter = self.text[initial_start]
            candidates = [p for p in candidates if p.given[:1] == letter]
            if len(candidates) == 1:
                return candidates[0]
        return self.nearest(candidates, self.tokens[index][_START])

    def family(self, word: str, person: _Person) -> bool:
        """Whether ``word`` is the plural of the person's surname ("Морозових")."""
        plural = plural_surname(word, self.language, person.gender)
        return plural is not None and _no_yo(plural[0]) == _no_yo(person.surname)

    @staticmethod
    def nearest(candidates: list[_Person], start: int) -> _Person | None:
        """The one of ``candidates`` named last before ``start`` (a family: "Ірина Коваль")."""
        best: _Person | None = None
        best_start = -1
        for person in candidates:
            before = [span.start for span in person.mentions if span.start < start]
            if before and max(before) > best_start:
                best, best_start = person, max(before)
        return best

    def initials_before(self, index: int) -> int | None:
        """Where initials such as "В." or "В. В." before token ``index`` start."""
        start = None
        cursor = index - 1
        for _ in range(2):
            if cursor < 0:
                break
            token = self.tokens[cursor]
            gap = self.text[token[_END] : self.tokens[cursor + 1][_START]]
            if len(token[_TEXT]) == 1 and token[_TEXT].isupper() and gap.strip() == ".":
                start = token[_START]
                cursor -= 1
            else:
                break
        return start

    def initials_after(self, index: int) -> int | None:
        """Where initials such as "В.В." after token ``index`` end."""
        end = None
        cursor = index + 1
        for _ in range(2):
            if cursor >= len(self.tokens):
                break
            token = self.tokens[cursor]
            before = self.text[self.tokens[cursor - 1][_END] : token[_START]]
            after = self.text[token[_END] : token[_END] + 1]
            if (
                len(token[_TEXT]) == 1
                and token[_TEXT].isupper()
                and after == "."
                and (before.strip() in ("", "."))
            ):
                end = token[_END] + 1
                cursor += 1
            else:
                break
        return end

    # Posts ----------------------------------------------------------------------

    def attach_posts(self) -> None:  # noqa: C901, PLR0912 - two passes, before and after
        """Give each person the post stated beside their first mention that has one."""
        first_tokens = sorted(self.name_last)
        attempts: dict[int, int] = {}
        before: dict[int, tuple[str, Span, str] | None] = {}
        previous: _Person | None = None
        listed: tuple[tuple[str, Span, str], int] | None = None  # a post shared by a list
        for index in first_tokens:
            person = self.taken[index]
            tried = attempts[id(person)] = attempts.get(id(person), 0) + 1
            if tried <= _MAX_ATTEMPTS:
                cases = self.cases.get(index, frozenset(_ALL_CASES))
                found = self.post_before(index, previous, cases)
                if found is None and listed is not None and self.follows(listed[1], index):
                    found = listed[0]
                elif found is None and self.starts_list(index):
                    found = self.post_before(index, previous, cases, plural=True)
                before[index] = found
                listed = (found, self.name_end(index)) if found is not None else None
                if found is not None and person.position is None:
                    person.position, _, person.head = found
            if person.position is not None:
                previous = person
        for person in self.people:
            person.position = person.head = None
        attempts.clear()
        for order, index in enumerate(first_tokens):
            person = self.taken[index]
            tried = attempts[id(person)] = attempts.get(id(person), 0) + 1
            if person.position is not None or tried > _MAX_ATTEMPTS:
                continue
            cases = self.cases.get(index, frozenset(_ALL_CASES))
            found = before.get(index)
            after = self.post_after(index, cases)
            following = (
                before.get(first_tokens[order + 1]) if order + 1 < len(first_tokens) else None
            )
            if (
                after is not None
                and following is not None
                and following[1].start <= after[1].start < following[1].end
            ):
                after = None  # the post of the next person named
            if found is None:
                found = after
            elif after is not None:
                found = (
                    f"{found[0]}, {after[0]}",
                    Span(start=found[1].start, end=after[1].end),
                    found[2],
                )
            if found is not None:
                person.position, person.position_span, person.head = found
        # A later, fuller statement of the same post replaces it ("губернатор", then
        # "врио губернатора").
        for index, stated in sorted(before.items()):
            person = self.taken[index]
            if stated is not None and person.position and _restates(stated[0], person.position):
                person.position, person.position_span, person.head = stated

    def name_end(self, index: int) -> int:
        """The last token of the full name that starts at token ``index``."""
        return self.name_last.get(index, index)

    def follows(self, last: int, index: int) -> bool:
        """Whether the name at token ``index`` follows, in a list, a name ending at ``last``."""
        if index == last + 1:
            return self.gap(last, index).strip() == ","
        if index == last + 2:
            word = self.tokens[last + 1][_TEXT]
            return word in _COORDINATION and self.gap(last, last + 1).strip() in ("", ",")
        return False

    def starts_list(self, index: int) -> bool:
        """Whether the name at token ``index`` is followed by another in a list."""
        last = self.name_end(index)
        return any(
            nxt in self.taken
            and self.taken[nxt] is not self.taken[index]
            and self.follows(last, nxt)
            for nxt in (last + 1, last + 2)
        )

    def breaks(self, left: int) -> bool:
        """Whether a clause boundary lies between token ``left`` and the next one."""
        gap = self.gap(left, left + 1)
        if _CLAUSE_BREAK.search(gap):
            return True
        # A full stop ends a sentence unless it closes an abbreviation ("м.", "в.о.").
        return "." in gap and len(self.tokens[left][_TEXT]) > 3  # noqa: PLR2004

    def segment(  # noqa: C901, PLR0912 - the stop conditions of one scan
        self, last: int, cases: frozenset[str], *, cross_commas: bool, plural: bool = False
    ) -> tuple[int, int, int] | None:
        """The post ending at token ``last``: (first token, head token, stop token).

        Scans leftwards to a clause boundary, a verb or another name; the head is the
        leftmost post word in the name's case, moved right to a later post word that
        starts a new post in the same case ("голова ОДА керівник апарату").
        """
        language = self.language
        posts: list[int] = []
        cursor = last
        stop = -1
        quotes = 0
        closed = False
        while cursor >= 0 and last - cursor < _MAX_POST_WORDS:
            token = self.tokens[cursor]
            if cursor in self.taken or (
                (token[_TEXT].islower() or self.sentence_start(cursor))
                and (token[_TEXT].lower() in _APPOINTED or _is_verbal(token[_TEXT], language))
            ):
                stop = cursor
                break
            if token[_TEXT].lower() in _POSSESSIVES and posts:
                stop = cursor
                break
            if token[_TEXT][0].isupper() and in_name_lexicon(token[_TEXT], language):
                stop = cursor  # a given name: another person ("Архієпископ … Федір")
                break
            right = self.gap(cursor, cursor + 1) if cursor + 1 < len(self.tokens) else ""
            if cursor == last and not cross_commas:
                right = right.replace("«", "")  # what follows the post is not the name
            closed = closed or "»" in right
            quotes += right.count("»") - right.count("«")
            if quotes < 0 and not closed:
                stop = cursor  # the name stands inside a quotation opened here
                break
            if _post_cases(token[_TEXT], language) or (
                plural and _post_cases(token[_TEXT], language, plural=True)
            ):
                posts.append(cursor)
            if cursor == 0 or self.breaks(cursor - 1):
                stop = cursor - 1
                break
            gap = self.gap(cursor - 1, cursor)
            if "," in gap and (
                posts
                or not cross_commas
                or gap != ", "
                or not token[_TEXT].islower()
                or _has_nominative(token[_TEXT], language)
            ):
                stop = cursor - 1
                break
            cursor -= 1
        else:
            stop = cursor
        posts.reverse()
        head = next(
            (
                p
                for p in posts
                if (
                    _post_cases(self.tokens[p][_TEXT], language)
                    | _post_cases(self.tokens[p][_TEXT], language, plural=plural)
                )
                & cases
            ),
            None,
        )
        if head is None:
            return None
        for later in posts:
            if later <= head or "gent" in cases:
                continue
            later_cases = _post_cases(self.tokens[later][_TEXT], language)
            dash = self.gap(later - 1, later).strip() in ("–", "—", "-")
            joined = self.tokens[later - 1][_TEXT].lower() in _LINKS or any(
                self.tokens[i][_TEXT].lower() in _COORDINATION for i in range(head + 1, later)
            )
            if cases & later_cases and "gent" not in later_cases and not dash and not joined:
                head = later
        first = head
        while (
            first - 1 > stop
            and head - first < _MAX_MODIFIERS
            and (
                _is_modifier(self.tokens[first - 1][_TEXT], language)
                or self.level_before(first - 1, first)
            )
        ):
            first -= 1
        return first, head, stop

    def in_organization(self, offset: int) -> bool:
        """Whether ``offset`` falls inside the mention of a found organisation."""
        return any(
            mention.start < offset < mention.end
            for organization in self.organizations
            for mention in organization.mentions
        )

    def sentence_start(self, index: int) -> bool:
        """Whether token ``index`` opens a sentence ("… ОДА. Виступив Іван Бойко")."""
        return index == 0 or self.gap(index - 1, index).rstrip().endswith((".", "!", "?"))

    def level_before(self, index: int, following: int) -> bool:
        """Whether token ``index`` is the level of the post at ``following``.

        "міський голова", "сільського голови", and the place before the level
        ("Житомирський міський голова").
        """
        word = self.tokens[index][_TEXT]
        language = self.language
        if _lemmas(word, language) & _LEVELS:
            return True
        following_word = self.tokens[following][_TEXT]
        return (
            following_word.islower()
            and bool(_lemmas(following_word, language) & _LEVELS)
            and any(_AGREEING & p.tag.grammemes for p in parse(word.lower(), language))
        )

    def post_before(  # noqa: C901 - the shapes of a post before a name
        self,
        index: int,
        previous: _Person | None,
        cases: frozenset[str],
        *,
        plural: bool = False,
    ) -> tuple[str, Span, str] | None:
        """The post in the words before the name at token ``index``."""
        if index == 0:
            return None
        language = self.language
        before = self.tokens[index - 1][_TEXT].lower()
        if before in _LINKS or before in _POSSESSIVES or self.breaks(index - 1):
            return None
        found = self.segment(index - 1, cases, cross_commas=True, plural=plural)
        last = index - 1
        literal = False
        if found is None:
            acting = self.segment(index - 1, frozenset(_ALL_CASES), cross_commas=True)
            chained = self.appositive_chain(index - 1, cases)
            if acting is not None and self.acting(acting[0], acting[1]):
                # "в.о. начальника", "исполняющий обязанности главы": the post word is a
                # dependent of "acting" and keeps its case.
                found, literal = acting, True
            elif chained is not None:
                found, last = chained
            else:
                return self.led_post(index, cases)
        first, head, stop = found
        if stop in self.taken and first == stop + 1 and "," in self.gap(index - 1, index):
            return None  # "Світлана Яковлева – директор ГКП, Кирило Разлогов": hers
        literal = literal or self.acting(first, first)
        segments = [(first, head, last)]
        if stop >= 0 and first == stop + 1 and "," in self.gap(stop, stop + 1):
            extra = self.segment(stop, cases, cross_commas=False)
            if extra is not None and self.is_post_start(extra[0]):
                segments.insert(0, (extra[0], extra[1], stop))
        start = self.tokens[segments[0][0]][_START]
        end = self.close_brackets(start, self.tokens[last][_END], self.tokens[last + 1][_START])
        nominative = ", ".join(
            self.nominative(seg_first, seg_head, seg_last, cases, literal=literal)
            for seg_first, seg_head, seg_last in segments
        )
        head_word = self.tokens[segments[-1][1]][_TEXT]
        possessive = first > 0 and self.tokens[first - 1][_TEXT].lower() in _POSSESSIVES
        if possessive and previous is not None and previous.position and previous.head:
            nominative = _join_posts(nominative, head_word, previous, language)
        prefix = _ABBREVIATION_PREFIX.search(self.text, max(0, start - 12), start)
        if prefix is not None:
            start = prefix.start()
            nominative = self.text[prefix.start() : prefix.end()].strip() + " " + nominative
        return nominative, Span(start=start, end=end), head_word

    def led_post(self, index: int, cases: frozenset[str]) -> tuple[str, Span, str] | None:
        """A participle of heading a body before the name: the head of that body.

        "возглавлявшего аппарат администрации области Петра Сидорова" gives
        "руководитель аппарата администрации области".
        """
        tokens = self.tokens
        reach = tokens[max(0, index - _MAX_CHAIN_WORDS - 1)][_START]
        if self.language != "ru" or not _LEAD_PARTICIPLE.search(
            self.text, reach, tokens[index][_START]
        ):
            return None
        language = self.language
        lead = self.participle_before(index)
        if lead is None:
            return None
        verbs = [
            p
            for p in parse(tokens[lead][_TEXT].lower(), language)
            if "PRTF" in p.tag.grammemes and p.normal_form in _LEAD_VERBS and p.tag.case in cases
        ]
        words = [tokens[i][_TEXT] for i in range(lead + 1, index)]
        body = (
            _object_genitive(words, _LEAD_VERBS[verbs[0].normal_form], language) if verbs else None
        )
        if body is None:
            return None
        title = _LEAD_TITLES[language]
        span = Span(start=tokens[lead][_START], end=tokens[index - 1][_END])
        return f"{title} {' '.join(body)}", span, title

    def participle_before(self, index: int) -> int | None:
        """The token of "возглавлявшего" a few words before the name at ``index``, if any."""
        tokens = self.tokens
        for cursor in range(index - 1, max(-1, index - _MAX_CHAIN_WORDS - 2), -1):
            if cursor in self.taken:
                return None
            if tokens[cursor][_TEXT].lower().startswith(_LEAD_STARTS):
                return cursor if cursor + 1 < index else None
            if cursor == 0 or self.breaks(cursor - 1) or "," in self.gap(cursor - 1, cursor):
                return None
        return None

    def acting(self, first: int, head: int) -> bool:
        """Whether the post from ``first`` to ``head`` is an acting one ("в.о.", "врио")."""
        start = self.tokens[first][_START]
        if _ABBREVIATION_PREFIX.search(self.text, max(0, start - 12), start):
            return True
        return any(self.tokens[i][_TEXT].lower() in _ACTING for i in range(max(0, first - 1), head))

    def appositive_chain(
        self, last: int, cases: frozenset[str]
    ) -> tuple[tuple[int, int, int], int] | None:
        """A post a few comma-separated descriptions before the name.

        "представник «Громадянської позиції», учасник АТО, водій Віталій Тарасюк":
        the post is the first description that has a post word.
        """
        end = last
        for _ in range(_MAX_CHAIN):
            cursor = end
            while cursor > 0 and end - cursor < _MAX_CHAIN_WORDS:
                word = self.tokens[cursor][_TEXT]
                if word in _PRONOUNS or (word.islower() and _only_verbal(word, self.language)):
                    return None  # "…, он сменил на этом посту Павла Волкова": a clause
                if "," in self.gap(cursor - 1, cursor) or self.breaks(cursor - 1):
                    break
                cursor -= 1
            if cursor == 0 or self.breaks(cursor - 1) or "," not in self.gap(cursor - 1, cursor):
                return None
            end = cursor - 1
            if end in self.taken:
                return None
            found = self.segment(end, cases, cross_commas=False)
            if found is not None and self.is_post_start(found[0]):
                if found[0] - 1 in self.taken:
                    return None  # in apposition to the name before
                return found, end
        return None

    def is_post_start(self, first: int) -> bool:
        """Whether a post at token ``first`` opens its clause (nothing else before it)."""
        if first == 0 or self.breaks(first - 1):
            return True
        before = self.tokens[first - 1][_TEXT]
        return (before.islower() and _is_verbal(before, self.language)) or (
            "," in self.gap(first - 1, first) or self.gap(first - 1, first).strip() in "–—-"
        )

    def close_brackets(self, start: int, end: int, limit: int) -> int:
        """Extend ``end`` over the closing quotes and brackets that the phrase opened."""
        while end < limit and self.text[end] in _CLOSERS:
            closer = self.text[end]
            opener = _CLOSERS[closer]
            phrase = self.text[start:end]
            opened = phrase.count(opener) - (phrase.count(closer) if opener != closer else 0)
            if (opened % 2 == 0) if opener == closer else (opened <= 0):
                break
            end += 1
        return end

    def resolve_generic_bodies(self) -> None:
        """Name the body of "керівник установи" after the organisation named just before.

        "На базі Обласного центру зайнятості … Керівник установи Галина Корінна": the
        post is "керівник Обласного центру зайнятості".
        """
        if not self.organizations:
            return
        language = self.language
        for person in self.people:
            span = person.position_span
            words = (person.position or "").split()
            if span is None or len(words) < 2 or not _lemmas(words[-1], language) & _GENERIC:  # noqa: PLR2004
                continue
            keep = len(words) - 1
            while keep > 1 and words[keep - 1].lower() in _DETERMINERS:
                keep -= 1
            if not _post_lemma(words[keep - 1], language):
                continue
            named = self.organization_before(span.start)
            if named is not None:
                person.position = " ".join([*words[:keep], named])

    def organization_before(self, start: int) -> str | None:
        """The organisation mentioned last before ``start`` (two sentences back at most).

        It comes in the genitive: as the text writes it when that is a genitive or an
        acronym, otherwise declined from its name.
        """
        ends = self.organization_ends()
        index = bisect.bisect_right(ends, (start, sys.maxsize, "")) - 1
        if index < 0:
            return None
        end, mention_start, name = ends[index]
        best = (Span(start=mention_start, end=end), name)
        if start - end >= _GENERIC_REACH or self.text.count(".", end, start) > 2:  # noqa: PLR2004
            return None
        surface = self.text[best[0].start : best[0].end]
        if not surface.split():
            return None
        words = surface.split()
        unquoted = list(itertools.takewhile(lambda word: word[:1] not in _QUOTES, words))
        if words[0].isupper() or all(
            any(p.tag.case == "gent" for p in parse(word.lower(), self.language))
            for word in unquoted
        ):
            return surface  # "Чусовской металлургический завод" is no genitive
        return " ".join(_genitive(best[1].split(), "", self.language))

    def organization_ends(self) -> list[tuple[int, int, str]]:
        """Every organisation mention as (end, start, name), sorted; built once."""
        if self.org_ends is None:
            self.org_ends = sorted(
                (mention.end, mention.start, organization.name)
                for organization in self.organizations
                for mention in organization.mentions
            )
        return self.org_ends

    def predicate_posts(self) -> None:
        """Give a post stated by a verb after the name to whoever has none, or a former one.

        "Андрей Пономарев назначен и.о. заместителя губернатора", "Володимира Бондаря,
        обраного 26 квітня депутатом облради": the new post replaces a former one
        ("экс-руководитель"). A pronoun stands for the person named just before ("он
        был бессменным главой области"); "на должность главы района назначен Иван
        Петров" states the post before the name, and "сменил на этом посту Ивана
        Петрова" gives the post to the one replaced.
        """
        for index in sorted(self.name_last):
            person = self.taken[index]
            if person.position is not None and not _is_former(person.position):
                continue
            found = self.post_predicate(
                self.name_end(index) + 1, person.gender, replacing=person.position is not None
            )
            if found is None:
                found = self.appointed_post(index)
            if found is not None:
                person.position, person.position_span, person.head = found
        self.pronoun_posts()
        self.predecessor_posts()

    def pronoun_posts(self) -> None:
        """Posts stated after a pronoun for the person named just before ("он был главой")."""
        if all(p.position and not _is_former(p.position) for p in self.people):
            return
        for index in self.pronoun_subjects():
            person = self.antecedent(index, _PRONOUNS[self.tokens[index][_TEXT].lower()])
            if person is None or (person.position and not _is_former(person.position)):
                continue
            found = self.post_predicate(
                index + 1, person.gender, replacing=person.position is not None
            )
            if found is not None:
                person.position, person.position_span, person.head = found

    def pronoun_subjects(self) -> list[int]:
        """The tokens of pronouns that a verb stating a post follows ("он был", "вона є").

        Only the stretches just after a mention of someone still without a post are
        searched, so most of the text is never scanned.
        """
        windows: list[tuple[int, int]] = []
        for person in self.people:
            if person.position and not _is_former(person.position):
                continue
            windows.extend((span.end, span.end + _PRONOUN_REACH) for span in person.mentions)
        windows.sort()
        pattern = _pronoun_predicate()
        found = []
        searched = 0
        for start, end in windows:
            for match in pattern.finditer(self.text, max(start, searched), end):
                if self.text[match.start() - 1].isalpha():
                    continue
                index = self.token_at(match.start())
                if index is not None:
                    found.append(index)
            searched = max(searched, end)
        return found

    def predecessor_posts(self) -> None:
        """Give the one replaced the same post: "сменил на этом посту Ивана Петрова"."""
        text = self.text
        for match in self.succession_verbs():
            if match.start() > 0 and text[match.start() - 1].isalpha():
                continue
            verb = self.token_at(match.start())
            after = self.token_at(match.end() - 1)
            if verb is None or after is None:
                continue
            predecessor = self.name_within(after + 1)
            subject = self.subject_of(verb)
            if predecessor is None or subject is None or predecessor is subject:
                continue
            if subject.position is None or predecessor.position is not None:
                continue
            predecessor.position = _plain_post(subject.position, self.language)
            predecessor.head = subject.head

    def succession_verbs(self) -> list[re.Match[str]]:
        """The phrases "сменил на этом посту" just before a person still without a post."""
        found = []
        for person in self.people:
            if person.position is None:
                for span in person.mentions:
                    start = max(0, span.start - _SUCCESSOR_REACH)
                    match = _SUCCEEDED.search(self.text, start, span.start)
                    if match is not None:
                        found.append(match)
        return found

    def name_within(self, index: int) -> _Person | None:
        """The person whose full name starts a few words on from token ``index``."""
        for cursor in range(index, min(index + _MAX_SUCCESSOR_GAP, len(self.tokens))):
            if cursor > index and (self.breaks(cursor - 1) or "," in self.gap(cursor - 1, cursor)):
                return None
            if cursor in self.name_last:
                return self.taken[cursor]
            if cursor in self.taken or not self.tokens[cursor][_TEXT].islower():
                return None
        return None

    def subject_of(self, verb: int) -> _Person | None:
        """The person named or referred to by a pronoun just before the verb at ``verb``."""
        if verb == 0:
            return None
        before = verb - 1
        pronoun = self.tokens[before][_TEXT].lower()
        if pronoun in _PRONOUNS:
            return self.antecedent(before, _PRONOUNS[pronoun])
        if before in self.taken and not self.breaks(before):
            return self.taken[before]
        return None

    def antecedent(self, index: int, gender: str) -> _Person | None:
        """The person of ``gender`` named last before the pronoun at token ``index``."""
        sentences = 0
        for cursor in range(index - 1, max(-1, index - _MAX_ANTECEDENT), -1):
            if self.breaks(cursor) and "." in self.gap(cursor, cursor + 1):
                sentences += 1
                if sentences > _MAX_SENTENCES_BACK:
                    return None
            person = self.taken.get(cursor)
            if person is not None and person.gender == gender:
                return person
        return None

    def token_at(self, offset: int) -> int | None:
        """The index of the token that starts at or covers character ``offset``."""
        # A token (start, end, word) sorts before (offset, sys.maxsize) when it starts
        # at or before ``offset``.
        index = bisect.bisect_right(self.tokens, (offset, sys.maxsize)) - 1
        if index < 0 or self.tokens[index][_END] <= offset:
            return None
        return index

    def post_predicate(  # noqa: C901, PLR0911, PLR0912 - the steps of one scan
        self, cursor: int, gender: str, *, replacing: bool = False
    ) -> tuple[str, Span, str] | None:
        """The post after a verb of appointment or being that starts at token ``cursor``.

        When ``replacing`` a former post, a past copula states nothing newer.
        """
        tokens = self.tokens
        language = self.language
        if cursor >= len(tokens) or cursor == 0:
            return None
        gap = self.gap(cursor - 1, cursor).strip()
        if gap not in ("", ","):
            return None
        if gap == "," and tokens[cursor][_TEXT].lower() in _RELATIVES:
            cursor += 1  # "Иван Петров, который является директором"
        verb = copula = governed = False
        fillers = 0
        cases = frozenset({"ablt"})
        literal = False
        while cursor < len(tokens):
            if verb and self.breaks(cursor - 1):
                return None
            if verb and "," in self.gap(cursor - 1, cursor):
                return None
            word = tokens[cursor][_TEXT].lower()
            if word in _ACTING_VERBS and fillers == 0:
                return self.acting_post(cursor, gender)
            if replacing and word in _PAST_COPULAS:
                return None  # "был депутатом" says no more than "бывший депутат"
            if word in _PREDICATE_VERBS or word in _COPULAS:
                verb = True
                copula = word in _COPULAS
            elif not verb:
                return None
            elif _ACTING_START.match(self.text, tokens[cursor][_START]):
                literal = True
                cases = frozenset(_ALL_CASES)
                cursor = self.skip_acting(cursor)
                break
            elif word in ("на", "в", "у") and cursor + 1 < len(tokens):
                if tokens[cursor + 1][_TEXT].lower() in _POST_NOUNS:
                    cursor += 1
                    cases = frozenset({"gent"})
                elif copula:
                    return None
                elif word != "на":
                    fillers += 1
            elif _post_cases(tokens[cursor][_TEXT], language) & cases or _is_modifier(
                tokens[cursor][_TEXT], language
            ):
                if governed:
                    return None  # "работала с нынешним мэром": no post of hers
                break
            elif (
                word.islower()
                and fillers < _MAX_FILLERS
                and (_copula_filler(word, language) if copula else not _is_verbal(word, language))
            ):
                fillers += 1
                governed = governed or _is_preposition(word, language)
            else:
                return None
            cursor += 1
        else:
            return None
        if cursor >= len(tokens):
            return None
        return self.post_from(cursor, cases, literal=literal, stated=True)

    def instrumental_post(self, first: int, verb: int) -> tuple[str, Span, str] | None:
        """The post that opens a clause before the verb: "Заместителем мэра назначен".

        "Временно исполняющим обязанности губернатора назначен Борис Дубровский" gives
        "временно исполняющий обязанности губернатора".
        """
        tokens = self.tokens
        for cursor in range(first, verb):
            if _ACTING_START.match(self.text, tokens[cursor][_START]):
                # "З вересня т. в. о. директора ДП «Дирекція» є Роман Надолинний"
                acting = self.skip_acting(cursor)
                return self.post_from(
                    acting, frozenset(_ALL_CASES), literal=True, stated=True, limit=verb
                )
        words = [tokens[i][_TEXT].lower() for i in range(first, min(first + 3, verb))]
        adverb = words[:1] in (["временно"], ["тимчасово"])
        acting = 1 if adverb else 0
        if words[acting : acting + 2] and words[acting] in _ACTING_INSTRUMENTAL:
            if words[acting + 1 : acting + 2] != [] and words[acting + 1] in _DUTIES:
                found = self.post_from(
                    first + acting + 2, frozenset({"gent"}), literal=True, limit=verb
                )
                if found is None:
                    return None
                title = _ACTING_TITLES[self.language, words[acting].endswith("ей")]
                if adverb:
                    title = f"{words[0]} {title}"
                span = Span(start=tokens[first][_START], end=found[1].end)
                return f"{title} {found[0]}", span, found[2]
            return None
        if any(tokens[i][_TEXT].lower() in _RELATIVE_FORMS for i in range(first, verb)):
            return None  # "керівником якої є": the body is named before
        return self.post_from(first, frozenset({"ablt"}), stated=True, limit=verb)

    def acting_post(self, verb: int, gender: str) -> tuple[str, Span, str] | None:
        """The acting post stated at token ``verb``: "исполнял обязанности главы поселения"."""
        tokens = self.tokens
        if verb + 2 >= len(tokens) or tokens[verb + 1][_TEXT].lower() not in _DUTIES:
            return None
        first = head = verb + 2
        while (
            head < len(tokens)
            and head - first < _MAX_MODIFIERS
            and _genitive_adjective(tokens[head][_TEXT], self.language)
        ):
            head += 1  # "официального представителя"
        found = self.post_from(head, frozenset({"gent"}), literal=True, stated=True)
        if found is None:
            return None
        title = _ACTING_TITLES[self.language, gender == "femn"]
        phrase = self.text[tokens[first][_START] : found[1].end]
        start = tokens[verb][_START]
        return f"{title} {phrase}", Span(start=start, end=found[1].end), found[2]

    def appointed_post(self, index: int) -> tuple[str, Span, str] | None:
        """The post stated before the verb before the name: "на должность главы района назначен".

        When a predecessor named in the genitive fills the phrase ("на должность
        возглавлявшего аппарат Петра Сидорова"), their post is the new one's.
        """
        tokens = self.tokens
        verb = index - 1
        if verb < 1 or tokens[verb][_TEXT].lower() not in _INVERTED or self.breaks(verb - 1):
            return None
        noun = None
        for cursor in range(verb - 1, max(-1, verb - _MAX_APPOINTED_WORDS), -1):
            if (
                cursor > 0
                and tokens[cursor][_TEXT].lower() in _POST_NOUNS
                and tokens[cursor - 1][_TEXT].lower() in ("на", "в")
            ):
                noun = cursor
                break
            if cursor == 0 or self.breaks(cursor - 1) or "," in self.gap(cursor - 1, cursor):
                return self.instrumental_post(cursor, verb)
        if noun is None or noun + 1 >= verb or tokens[verb][_TEXT].lower() not in _APPOINTED:
            return None  # "кандидатами на посаду голови є …": no appointment
        return self.named_post(noun + 1, verb)

    def named_post(self, first: int, verb: int) -> tuple[str, Span, str] | None:
        """The post from token ``first`` up to the verb at ``verb`` ("главы района").

        A predecessor named in it ("возглавлявшего аппарат Петра Сидорова")
        gives their post when it starts at ``first``.
        """
        tokens = self.tokens
        for cursor in range(first, verb):
            holder = self.taken.get(cursor)
            if holder is None:
                continue
            span = holder.position_span
            if holder.position and span is not None and span.start == tokens[first][_START]:
                return holder.position, span, holder.head or ""
            return None
        literal = bool(_ACTING_START.match(self.text, tokens[first][_START]))
        if literal:
            first = self.skip_acting(first)
        cases = frozenset(_ALL_CASES) if literal else frozenset({"gent"})
        return self.post_from(first, cases, literal=literal, stated=True, limit=verb)

    def skip_acting(self, cursor: int) -> int:
        """The token after an acting prefix ("и.о.", "в.о.", "т.в.о.", "врио") at ``cursor``."""
        tokens = self.tokens
        while cursor < len(tokens) and (
            len(tokens[cursor][_TEXT]) == 1 or tokens[cursor][_TEXT].lower() in ("врио", "тво")
        ):
            cursor += 1
        return cursor

    def post_from(  # noqa: C901, PLR0912 - the stop conditions of one scan
        self,
        first: int,
        cases: frozenset[str],
        *,
        literal: bool = False,
        stated: bool = False,
        limit: int | None = None,
        joined: bool = False,
    ) -> tuple[str, Span, str] | None:
        """The post that starts at token ``first`` and runs to the end of its phrase.

        The phrase ends before token ``limit`` when one is given; a ``joined`` post is
        the second of two that share a body, and joins no third.
        """
        language = self.language
        end_limit = len(self.tokens) if limit is None else min(limit, len(self.tokens))
        if (
            not literal
            and first + 1 < end_limit
            and self.tokens[first][_TEXT].lower() in _ACTING_VERBS
            and self.tokens[first + 1][_TEXT].lower() in _DUTIES
        ):
            # "Марк Тоунер, исполняющий обязанности официального представителя"
            return self.acting_post(
                first, "femn" if self.tokens[first][_TEXT][-2:] == "ая" else "masc"
            )
        head = first
        while (
            head < len(self.tokens)
            and head - first < _MAX_MODIFIERS
            and _is_modifier(self.tokens[head][_TEXT], language)
        ):
            head += 1
        if head >= end_limit or not (_post_cases(self.tokens[head][_TEXT], language) & cases):
            return None
        if stated and not joined:
            shared = self.shared_body(first, head, cases, literal=literal, limit=limit)
            if shared is not None:
                return shared
        stop = head
        while stop + 1 < end_limit and stop - first < _MAX_AFTER_WORDS:
            gap = self.gap(stop, stop + 1).replace("«", "").replace("»", "")
            if _AFTER_BREAK.search(gap) and not (
                gap.strip() == ","
                and self.in_organization(self.text.index(",", self.tokens[stop][_END]))
                and not _starts_post([t[_TEXT] for t in self.tokens[stop + 1 : stop + 5]], language)
            ):
                break  # but not at the comma of a name ("Департаменту у справах сім’ї, молоді")
            nxt = self.tokens[stop + 1]
            if stop + 1 in self.taken:
                return None  # the post of the next person named
            if nxt[_TEXT].islower() and _is_verbal(nxt[_TEXT], language):
                break
            if stated and nxt[_TEXT] in _PREDICATE_STOPS:
                break  # "обраний депутатом облради на проміжних виборах"
            if stated and self.stated_end(stop + 1, cases):
                break
            if given_name_readings(nxt[_TEXT], language) and nxt[_TEXT][:1].isupper():
                return None
            stop += 1
        start = self.tokens[first][_START]
        if literal:
            prefix = _ABBREVIATION_PREFIX.search(self.text, max(0, start - 12), start)
            start = prefix.start() if prefix is not None else start
        end = self.close_brackets(start, self.tokens[stop][_END], len(self.text))
        nominative = self.nominative(first, head, stop, cases, literal=literal)
        if literal and start < self.tokens[first][_START]:
            nominative = self.text[start : self.tokens[first][_START]].strip() + " " + nominative
        return nominative, Span(start=start, end=end), self.tokens[head][_TEXT]

    def shared_body(
        self, first: int, head: int, cases: frozenset[str], *, literal: bool, limit: int | None
    ) -> tuple[str, Span, str] | None:
        """Two post words joined before one body: "Керівником та засновником ТОВ «Агро»"."""
        tokens = self.tokens
        second = head + 2
        if (
            second >= len(tokens)
            or (limit is not None and second >= limit)
            or tokens[head + 1][_TEXT] not in _COORDINATION
            or self.gap(head, head + 1) != " "
            or self.gap(head + 1, second) != " "
            or not (_post_cases(tokens[second][_TEXT], self.language) & cases)
        ):
            return None
        rest = self.post_from(second, cases, literal=literal, stated=True, limit=limit, joined=True)
        if rest is None:
            return None
        own = self.nominative(first, head, head, cases, literal=literal)
        span = Span(start=tokens[first][_START], end=rest[1].end)
        return f"{own} {tokens[head + 1][_TEXT]} {rest[0]}", span, tokens[head][_TEXT]

    def stated_end(self, index: int, cases: frozenset[str]) -> bool:
        """Whether a post stated by a verb ends before token ``index``.

        A year ("депутатом у 2007-2012 роках") or a second post in the same case
        ("членом партії і депутатом райради") ends it.
        """
        tokens = self.tokens
        word = tokens[index][_TEXT]
        if word.islower() and _is_adverb_or_numeral(word, self.language):
            return True  # "засновник фірми нині", "главой области десять лет"
        if word.lower() in _MONTHS and any(c.isdigit() for c in self.gap(index - 1, index)):
            return True  # "… області 16 грудня 2019 р."
        if index + 1 >= len(tokens):
            return False
        if word in ("у", "в", "с", "з", "із", "со"):
            # "депутатом у 2007-2012 роках", "голови громади з весни"
            return self.gap(index, index + 1).strip()[:1].isdigit() or (
                tokens[index + 1][_TEXT].lower() in _TIME_WORDS
            )
        if word not in _COORDINATION:
            return False
        following = tokens[index + 1][_TEXT]
        return "nomn" not in cases and bool(_post_cases(following, self.language) & cases)

    def post_after(self, index: int, cases: frozenset[str]) -> tuple[str, Span, str] | None:
        """The post in apposition after the name at token ``index``."""
        last = self.name_end(index)
        if last + 1 >= len(self.tokens):
            return None
        gap = self.gap(last, last + 1).strip()
        if gap not in (",", "–", "—", "-", "(", ", –", ", —"):
            return None
        return self.post_from(last + 1, cases)

    def nominative(
        self, first: int, head: int, last: int, cases: frozenset[str], *, literal: bool = False
    ) -> str:
        """The post from token ``first`` to ``last`` with its head put in the nominative."""
        if literal:
            phrase = self.text[self.tokens[first][_START] : self.tokens[last][_END]]
            if phrase[:1].isupper() and phrase[1:2].islower():
                phrase = phrase[0].lower() + phrase[1:]
            return phrase
        language = self.language
        start = self.tokens[first][_START]
        end = self.close_brackets(start, self.tokens[last][_END], len(self.text))
        tail = self.text[self.tokens[head][_END] : end]
        head_word = self.tokens[head][_TEXT]
        new_head, gender = _head_nominative(head_word, language, cases)
        words = [self.tokens[i][_TEXT] for i in range(first, head)]
        if "nomn" in cases and new_head.lower() == head_word.lower():
            # An indeclinable name ("Гудрун") fits every case: the head tells.
            modifiers = words
        else:
            modifiers = [_modifier_nominative(w, language, gender) for w in words]
        if head_word[:1].isupper() and head_word[1:2].islower() and (first == head):
            sentence_start = head == 0 or self.breaks(head - 1)
            if sentence_start:
                new_head = new_head[:1].lower() + new_head[1:]
        if (
            modifiers
            and modifiers[0][:1].isupper()
            and modifiers[0][1:2].islower()
            and (first == 0 or self.breaks(first - 1))
        ):
            modifiers[0] = modifiers[0][:1].lower() + modifiers[0][1:]
        del start
        return " ".join([*modifiers, new_head]) + tail.rstrip(" ,–—-")

    # Records --------------------------------------------------------------------

    def attach_post_mentions(self) -> None:  # noqa: C901 - the conditions of one look-up
        """Add mentions by post alone ("Начальник ОВА зауважив") of known people.

        A post word with its body ("начальник ОВА", "голови облради": the word after
        it is an acronym or a word of the person's post) refers to the one person of
        the text whose post has that head word, when no name follows it.
        """
        language = self.language
        owners: dict[str, list[_Person]] = {}
        for person in self.people:
            if person.position and person.head:
                lemma = _post_lemma(person.head, language)
                if lemma:
                    owners.setdefault(lemma, []).append(person)
        if not owners:
            return
        starts = {lemma[:3] for lemma in owners}  # forms of a post word share its start
        for index, token in enumerate(self.tokens):
            if token[_TEXT][:3].lower() not in starts or index in self.taken:
                continue
            if index + 1 >= len(self.tokens) or not self.adjacent(index):
                continue
            if not _post_cases(token[_TEXT], language):
                continue
            lemma = _post_lemma(token[_TEXT], language)
            people = owners.get(lemma or "")
            if people is None or len(people) != 1:
                continue
            (person,) = people
            span = person.position_span
            if span is not None and span.start <= token[_START] < span.end:
                continue
            body = self.tokens[index + 1]
            position_words = {word.lower() for word in (person.position or "").split()}
            if not (
                body[_TEXT].lower() in position_words
                or _abbreviates(body[_TEXT], (person.position or "").split()[1:])
            ):
                continue
            if self.name_ahead(index + 1):
                continue  # a post before a name: the name is the mention
            person.mentions.append(Span(start=token[_START], end=body[_END]))

    def name_ahead(self, index: int) -> bool:
        """Whether a name follows token ``index`` within its clause (a few words on)."""
        for cursor in range(index + 1, min(index + _MAX_AFTER_WORDS, len(self.tokens))):
            if self.breaks(cursor - 1) or "," in self.gap(cursor - 1, cursor):
                return False
            if cursor in self.taken:
                return True
        return False

    def records(self) -> list[Official]:
        language = self.language
        result = []
        for person in self.people:
            parts = [person.given, person.patronymic, person.surname]
            if (person.given, person.surname) in self.eastern:
                parts = [person.surname, person.given]
            name = " ".join(part for part in parts if part)
            result.append(
                Official(
                    name=name,
                    given_name=person.given,
                    patronymic=person.patronymic,
                    surname=person.surname,
                    latin=to_latin(name, language),
                    position=person.position,
                    organization=self.organization_of(person),
                    mentions=tuple(sorted(set(person.mentions), key=_span_key)),
                )
            )
        # In order of first mention: a surname alone can precede the full name it joins.
        result.sort(key=lambda official: official.mentions[0].start if official.mentions else 0)
        return result

    def organization_of(self, person: _Person) -> str | None:
        """The body named in the person's post, in the nominative, or ``None``.

        It is a found organisation inside the post, or the genitive phrase after the
        last post word when a body noun heads it or it starts with a capital
        ("директор департаменту фінансів ОДА" is of "департамент фінансів ОДА"). A bare
        generic body ("секретар міської ради", "голова громади"), a place ("президент
        Ингушетии") and another post ("заступник міського голови") name no body.
        """
        span = person.position_span
        if span is None or person.position is None:
            return None
        language = self.language
        records = [
            (mention.start - span.start, mention.end - span.start, organization.name)
            for organization in self.organizations
            for mention in organization.mentions
            if span.start <= mention.start and mention.end <= span.end
        ]
        stated = _post_parts(self.text[span.start : span.end], language)
        given = _post_parts(person.position, language)
        head = (person.head or "").lower()
        for index, (start, end) in enumerate(stated):
            inside = [
                (first, -last, name)
                for first, last, name in records
                if start <= first < last <= end
            ]
            body = _named_body(tuple(min(inside)[2].split()), language) if inside else None
            phrase = (
                _post_body(person.position[slice(*given[index])], head, language)
                if index < len(given)
                else None
            )
            if phrase is not None and (body is None or _holds(phrase, body)):
                return phrase  # "департамент охорони здоров’я Тернопільської ОДА"
            if body is not None:
                return body
        return self.body_spelled(person.position, head)

    def body_spelled(self, position: str, head: str) -> str | None:
        """The one organisation a generic body of the post is a mention of, if any.

        "голова РДА Василь Петрів, ні його перший заступник Федір Вовк": the second post
        is "перший заступник голови РДА", and "РДА" is a mention of "Калуська РДА".
        """
        tail = _post_tail(position, head, self.language)
        if not tail:
            return None
        spelled = " ".join(tail).casefold()
        names = {
            organization.name
            for organization in self.organizations
            for mention in organization.mentions
            if self.text[mention.start : mention.end].casefold() == spelled
        }
        return names.pop() if len(names) == 1 else None


def _holds(phrase: str, name: str) -> bool:
    """Whether ``phrase`` is a part of the body ``name``: it ends with it (by stem).

    "департамент охорони здоров’я Тернопільської облдержадміністрації" holds
    "Тернопільська облдержадміністрація".
    """
    words = [word[:5].lower() for word in phrase.split()]
    stems = [word[:5].lower() for word in name.split()]
    return len(words) > len(stems) and words[-len(stems) :] == stems


@lru_cache(maxsize=20_000)
def _post_parts(post: str, language: str) -> tuple[tuple[int, int], ...]:
    """The bounds of each post of several joined by commas ("депутат облради, директор ТОВ").

    A comma before words that are no post ("департаменту у справах сім’ї, молоді та
    спорту") stays inside one.
    """
    parts: list[tuple[int, int]] = []
    start = 0
    for comma in (found.start() for found in re.finditer(",", post)):
        if _starts_post(post[comma + 1 : comma + 80].split(), language):
            parts.append((start, comma))
            start = comma + 1
    parts.append((start, len(post)))
    return tuple(parts)


def _starts_post(words: list[str], language: str) -> bool:
    """Whether ``words`` start with a post word after at most a few adjectives."""
    for word in words[: _MAX_MODIFIERS + 1]:
        if _post_lemma(word, language):
            return True
        if not any(_AGREEING & p.tag.grammemes for p in parse(word.lower(), language)):
            return False
    return False


@lru_cache(maxsize=20_000)
def _post_body(post: str, head: str, language: str) -> str | None:
    """The body named in ``post`` after its post words (``head`` is its head word)."""
    tail = _post_tail(post, head, language)
    if not tail or (len(tail) == 1 and _city_genitive(tail[0], language)):
        return None  # "міський голова Луцька"
    return _named_body(tuple(to_nominative(list(tail), language)), language)


@lru_cache(maxsize=20_000)
def _post_tail(post: str, head: str, language: str) -> tuple[str, ...]:
    """The words of ``post`` naming a body after its post words, as written, if any."""
    words = post.split()
    for position, word in enumerate(words):
        if word.lower() != head and not _post_lemma(word, language):
            continue
        tail = _body_extent(words[position + 1 :], language)
        if not tail or tail[0] in _COORDINATION or _post_phrase(tail, language):
            continue  # "заступник голови ради": the body follows the last post word
        if _body_phrase(tail, language):
            return tuple(tail)
        break
    return ()


def _city_genitive(word: str, language: str) -> bool:
    """Whether a capitalised ``word`` is a city's name in the genitive ("Луцька", "Одеси")."""
    stem = word[:-1]
    return word[:1].isupper() and any(
        _is_place(candidate, language) for candidate in (stem, stem + "а", stem + "я")
    )


def _post_phrase(words: list[str], language: str) -> bool:
    """Whether ``words`` start with a post word after at most a few adjectives."""
    for word in words[: _MAX_MODIFIERS + 1]:
        if _post_lemma(word, language):
            return True
        if not _oblique_adjective(word, language):
            return False
    return False


def _oblique_adjective(word: str, language: str) -> bool:
    """Whether ``word`` (of any case of letters) can be a genitive singular adjective."""
    return any(
        _AGREEING & p.tag.grammemes and p.tag.case == "gent" and p.tag.number != "plur"
        for p in parse(word.lower(), language)
    )


def _body_extent(words: list[str], language: str) -> list[str]:
    """The words after a post word up to where its body's name ends.

    It ends after a quoted name ("театру «Думка» і господар фестивалю"), before a
    conjunction that joins another post ("ради та фактично керівник району"), a dash,
    an affiliation ("від партії"), a date ("у 2004-2010 роках"), an unclosed bracket,
    or the remit of a post ("начальника ОВА з питань цифровізації").
    """
    depth = straight = 0
    for index, word in enumerate(words):
        if _body_ends(words, index, language, quoted=depth > 0):
            return words[:index]
        inside = depth > 0 or straight % 2 == 1
        depth += word.count("«") + word.count("“") - word.count("»") - word.count("”")
        straight += word.count('"')
        quoted = inside or any(mark in word for mark in _QUOTES)
        if quoted and depth <= 0 and straight % 2 == 0:
            return words[: index + 1]
    return words


def _body_ends(words: list[str], index: int, language: str, *, quoted: bool) -> bool:
    """Whether the name of a body after a post word ends before ``words[index]``."""
    word = words[index]
    lower = word.lower()
    following = words[index + 1] if index + 1 < len(words) else ""
    if word in _COORDINATION and any(_post_lemma(w, language) for w in words[index + 1 :]):
        return True  # "ради та фактично керівник району"
    if word.startswith("(") and not any(")" in w for w in words[index:]):
        return True  # "представитель Сбербанка (по оценке аналитика"
    if word in _DASHES or (not quoted and lower in _AFFILIATIONS):
        return True  # "депутат облради від партії", "голова ОДА – керівник ВЦА"
    if lower in _PREPOSITIONS and following[:1].isdigit():
        return True  # "голова Нацбанку у 2004-2010 роках"
    return (
        lower in ("з", "із", "по")
        and following.lower() in _PORTFOLIOS
        and not _portfolio_body(words[:index], language)
    )


def _portfolio_body(words: list[str], language: str) -> bool:
    """Whether the noun heading ``words`` names a body by its remit ("комітету з питань")."""
    head = next((word for word in words if _first_noun(word, language)), None)
    return head is not None and bool(_lemmas(head, language) & _REMIT_BODIES)


def _body_phrase(words: list[str], language: str) -> bool:
    """Whether the genitive phrase ``words`` after a post word names a body.

    It does when it starts with a capital ("Рівненської обласної ради", "ОДА"), when a
    body noun heads it ("департаменту культури"), or when a quoted name follows its
    noun ("театру «Думка»").
    """
    if words[0][:1].isupper():
        return True
    index = 0
    while index < min(len(words) - 1, _MAX_MODIFIERS) and _oblique_adjective(
        words[index], language
    ):
        index += 1
    if _is_body(words[index], language):
        return True
    return (
        index + 1 < len(words)
        and words[index + 1][:1] in _QUOTES
        and any("NOUN" in p.tag.grammemes for p in parse(words[index].lower(), language))
    )


@lru_cache(maxsize=20_000)
def _named_body(words: tuple[str, ...], language: str) -> str | None:
    """The body name ``words`` joined, or ``None`` when it is generic or a place.

    "міська рада", "громада", "облдержадміністрація", "РДА" do not say which body; "України",
    "Брянской области", "РФ в округе" are places.
    """
    if not words:
        return None
    if all(
        word in _GENERIC_ACRONYMS
        or (word.islower() and (_is_body(word, language) or _generic_qualifier(word, language)))
        for word in words
    ):
        return None
    core = list(itertools.takewhile(lambda word: word.lower() not in _PREPOSITIONS, words))
    if (
        0 < len(core) <= 2  # noqa: PLR2004 - "Україна", "Нова Каховка"
        and all(word[:1].isupper() for word in core)
        and _is_place(" ".join(core), language)
    ):
        return None
    nouns = [word for word in core if _first_noun(word, language)]
    if nouns and _lemmas(nouns[0], language) & _TERRITORIES:
        return None
    return " ".join(words)


def _generic_qualifier(word: str, language: str) -> bool:
    """Whether ``word`` qualifies a body without naming it: "міська", "першої", "нашої"."""
    if _lemmas(word, language) & (_LEVELS | _ORDINAL_WORDS):
        return True
    parses = parse(word.lower(), language)
    return bool(parses) and "NPRO" in parses[0].tag.grammemes


def _first_noun(word: str, language: str) -> bool:
    """Whether ``word`` heads its phrase: "рада", "Партія", not "міська" or "Тверская"."""
    parses = parse(word.lower(), language)
    if not parses or "NOUN" not in parses[0].tag.grammemes:
        return False
    return word.islower() or not any("ADJF" in p.tag.grammemes for p in parses)


def _is_place(word: str, language: str) -> bool:
    """Whether a capitalised nominative name is a country, a city or a geographic name."""
    lower = word.lower()
    if lower in gazetteer.country_names():
        return True
    if any(unit.category in "MK" for unit in gazetteer.units_by_name().get(lower, ())):
        return True  # "Тернопіль", "Київ"
    return " " not in word and any(
        "Geox" in p.tag.grammemes for p in parse(lower, language) if p.tag.case == "nomn"
    )


_ORDINAL_WORDS = frozenset(
    {"перший", "другий", "третій", "новий", "первый", "второй", "третий", "новый"}
)
_PORTFOLIOS = frozenset({"питань", "вопросам", "питаннях", "справах", "делам"})
# Bodies named by their remit: "комітет з питань освіти", "комиссия по делам молодежи".
_REMIT_BODIES = frozenset(
    {
        "комітет",
        "комісія",
        "департамент",
        "управління",
        "відділ",
        "агентство",
        "служба",
        "центр",
        "сектор",
        "комитет",
        "комиссия",
        "управление",
        "отдел",
    }
)
_DASHES = frozenset({"–", "—", "-"})
# Titles after which an adjective is an epithet, not a family name.
_EPITHET_TITLES = frozenset(
    {
        "св",
        "свв",
        "святий",
        "святого",
        "святому",
        "святим",
        "свята",
        "святої",
        "святой",
        "святая",
        "преподобного",
        "преподобний",
        "князь",
        "князя",
        "князю",
        "княгиня",
        "княгині",
        "княгини",
        "цар",
        "царь",
        "царя",
        "король",
        "короля",
        "королева",
        "королеви",
        "королевы",
        "імператор",
        "імператора",
        "император",
        "императора",
    }
)
_AFFILIATIONS = frozenset({"від", "от", "разом"})
# Acronyms of the kinds of local bodies, which say no more than "облдержадміністрація".
_GENERIC_ACRONYMS = frozenset({"ОДА", "РДА", "ОВА", "РВА", "МВА", "ОТГ", "ТГ", "ЦНАП"})
_PREPOSITIONS = frozenset(
    {"в", "у", "на", "по", "при", "з", "із", "від", "для", "от", "с", "со", "до", "під", "под"}
)
_TERRITORIES = frozenset(
    {
        "область",
        "район",
        "край",
        "регіон",
        "регион",
        "округ",
        "місто",
        "город",
        "село",
        "селище",
        "поселок",
        "посёлок",
        "країна",
        "страна",
        "республіка",
        "республика",
        "держава",
        "государство",
        "столиця",
        "столица",
    }
)
_QUOTES = frozenset('«"“„')
_LEVELS = frozenset(
    {
        "міський",
        "обласний",
        "районний",
        "селищний",
        "сільський",
        "місцевий",
        "городской",
        "областной",
        "районный",
        "поселковый",
        "сельский",
        "краевой",
        "местный",
        "муниципальный",
        "муніципальний",
    }
)


_BODIES = frozenset(
    {
        "рада",
        "адміністрація",
        "облдержадміністрація",
        "райдержадміністрація",
        "міськрада",
        "облрада",
        "райрада",
        "департамент",
        "управління",
        "відділ",
        "міністерство",
        "комітет",
        "служба",
        "агентство",
        "громада",
        "інспекція",
        "центр",
        "фонд",
        "асоціація",
        "совет",
        "администрация",
        "управление",
        "отдел",
        "министерство",
        "комитет",
        "ассоциация",
        "правительство",
        "дума",
        "мэрия",
        "госдума",
        "комиссия",
        "комісія",
    }
)


@lru_cache(maxsize=50_000)
def _foreign_word(word: str, language: str) -> bool:
    """A capitalised Cyrillic word that the dictionary does not know as a common word."""
    if len(word) < 2 or not word[:1].isupper() or not word[1:2].islower():  # noqa: PLR2004
        return False
    if not all("а" <= c.lower() <= "я" or c in "ёіїєґ-" for c in word.lower()):
        return False
    if _post_lemma(word, language) or patronymic_readings(word, language):
        return False
    return not analyzer_knows(word.lower(), language)


def _feminine_patronymic(word: str, language: str) -> bool:
    """Whether ``word`` is a woman's patronymic ("Гнатівна"), which is never a surname."""
    return any(r.gender == "femn" for r in patronymic_readings(word, language))


@lru_cache(maxsize=50_000)
def _place_or_post(word: str, language: str) -> bool:
    """A capitalised word that may stand before a name: a place ("Японии") or a post."""
    if _post_lemma(word, language) is not None:
        return True
    return any("Geox" in p.tag.grammemes for p in parse(word.lower(), language))


@lru_cache(maxsize=50_000)
def _only_name(word: str, language: str) -> bool:
    """A word the dictionary reads as a name only ("Шалва"), never a common word."""
    if not analyzer_knows(word.lower(), language):
        return False  # the guesser calls any foreign word a name
    parses = parse(word.lower(), language)
    return bool(parses) and all({"Name", "Surn"} & p.tag.grammemes for p in parses)


@lru_cache(maxsize=50_000)
def _known_surname(word: str, language: str) -> bool:
    """A capitalised word the dictionary reads first as a surname ("Нетаньяху", "Кан").

    Its other readings may only be surnames or places ("Кан" is also a town); an
    unknown word counts when the guesser reads it so by its ending
    ("Патаркацишвили").
    """
    if len(word) < 2 or not word[:1].isupper() or not word[1:].islower():  # noqa: PLR2004
        return False
    if in_name_lexicon(word, language):
        return False
    parses = parse(word.lower(), language)
    return (
        bool(parses)
        and "Surn" in parses[0].tag.grammemes
        and all({"Surn", "Geox"} & p.tag.grammemes for p in parses)
    )


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` ("ОВА") is made of the initials of the last of ``words``.

    "ОВА" abbreviates "Житомирської обласної військової адміністрації" (its last
    three words); an acronym the post already contains ("ОДА") counts too.
    """
    if len(acronym) < 2 or not acronym.isupper():  # noqa: PLR2004 - one letter is an initial
        return False
    if acronym in words:
        return True
    initials = "".join(word[:1] for word in words if word[:1].isalpha()).upper()
    return initials.endswith(acronym.upper())


def _restates(fuller: str, post: str) -> bool:
    """Whether ``fuller`` is ``post`` with an acting or qualifying word before it.

    "врио губернатора" and "и.о. заместителя губернатора" restate "губернатор" and
    "заместитель губернатора"; "заместитель губернатора" does not restate "губернатор".
    """
    words, fuller_words = _former(post).split(), _former(fuller).split()
    if len(fuller_words) <= len(words) or not words:
        return False
    for offset in range(len(fuller_words) - len(words) + 1):
        prefix = fuller_words[:offset]
        rest = fuller_words[offset : offset + len(words)]
        same = all(a[:4] == b[:4] for a, b in zip(rest, words, strict=True))
        if same and all(word in _ACTING or "." in word for word in prefix):
            return True
    return False


def _is_former(post: str) -> bool:
    """Whether a post is a former one ("экс-руководитель", "колишній мер")."""
    return post.lower().startswith(("екс-", "экс-", "колишн", "бывш"))


@cache
def _pronoun_predicate() -> re.Pattern[str]:
    """A pronoun followed by a verb that may state a post ("он был", "вона є").

    A character class first lets the matcher skip ahead; the caller checks that no
    letter stands before the match.
    """
    verbs = "|".join(sorted(_PRONOUN_VERBS, key=len, reverse=True))
    return re.compile(rf"[ОоВв](?:на|н|ін|она)[ \u00a0]+(?:{verbs})(?!\w)")


@lru_cache(maxsize=10_000)
def _copula_filler(word: str, language: str) -> bool:
    """Whether ``word`` may stand between a copula and a post.

    An adverb, a particle or an adjective in the instrumental may ("бессменным главой").
    """
    parses = parse(word, language)
    if word in _NEGATIONS or not parses:
        return False
    if {"ADVB", "PRCL"} & parses[0].tag.grammemes:
        return True
    return any(_AGREEING & p.tag.grammemes and p.tag.case == "ablt" for p in parses)


def _object_genitive(words: list[str], case: str, language: str) -> list[str] | None:
    """The object of a verb (in ``case``) with its head noun put into the genitive.

    "аппарат администрации" is "аппарата администрации"; ``None`` when no noun in
    that case opens the phrase.
    """
    result = list(words)
    for position, word in enumerate(words[: _MAX_MODIFIERS + 1]):
        fitting = [p for p in parse(word.lower(), language) if p.tag.case == case]
        if not fitting:
            return None
        for candidate in fitting:
            inflected = candidate.inflect({"gent"})
            if inflected is not None:
                result[position] = match_case(inflected.word, word)
                break
        if "NOUN" in fitting[0].tag.grammemes:
            return result
    return None


def _only_verbal(word: str, language: str) -> bool:
    """Whether every reading of ``word`` is a verb ("сменил", not "війни")."""
    parses = parse(word, language)
    return bool(parses) and all(_VERBAL & p.tag.grammemes for p in parses)


def _is_adverb_or_numeral(word: str, language: str) -> bool:
    parses = parse(word, language)
    return bool(parses) and bool({"ADVB", "NUMR"} & parses[0].tag.grammemes)


def _is_preposition(word: str, language: str) -> bool:
    parses = parse(word.lower(), language)
    return bool(parses) and "PREP" in parses[0].tag.grammemes


def _genitive_adjective(word: str, language: str) -> bool:
    """Whether ``word`` is a lower-case adjective in the genitive singular."""
    return word.islower() and any(
        _AGREEING & p.tag.grammemes and p.tag.case == "gent" and p.tag.number == "sing"
        for p in parse(word, language)
    )


def _plain_post(post: str, language: str) -> str:
    """The post an acting post stands in for: "и.о. главы поселения" is глава поселения."""
    prefix = _ACTING_PREFIX.match(post)
    if prefix is None:
        return post
    rest = post[prefix.end() :].split()
    return " ".join(to_nominative(rest, language)) if rest else post


def _former(post: str) -> str:
    """A post with "екс-"/"экс-" written out, to compare with "колишній"/"бывший"."""
    lower = post.lower()
    for prefix, word in (("екс-", "колишній "), ("экс-", "бывший ")):
        if lower.startswith(prefix):
            return word + lower[len(prefix) :]
    return lower


def _family_and_ending(lower: str) -> tuple[str, str]:
    """A declined East Asian family name ("кима") split into the name and its ending."""
    return _EAST_ASIAN_FORMS.get(lower, ("", ""))


def _chinese_nominative(word: str) -> str:
    """A Chinese given name in the nominative: "Цзиньпина" is Цзиньпин.

    Only a name ending in "н" (the finals -n and -ng) declines in Russian and Ukrainian.
    """
    for ending in _CASE_ENDINGS:
        stem = word[: len(word) - len(ending)]
        if word.endswith(ending) and stem.endswith("н"):
            return stem
    return word


def _is_name_word(word: str) -> bool:
    """A capitalised Cyrillic word with lower-case letters after the first."""
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and word.isalpha()


def _renders(cyrillic: str, latin: str) -> bool:
    """Whether the Latin word can transliterate the Cyrillic one, by their first letters.

    A lower-case particle ("эль-Масри", "el-Masri") is skipped on both sides.
    """
    cyrillic = cyrillic.rpartition("-")[2] if cyrillic[:1].islower() else cyrillic
    latin = latin.rpartition("-")[2] if latin[:1].islower() else latin
    letters = _LATIN_INITIALS.get(cyrillic[:1].lower())
    return letters is not None and latin[:1] in letters


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _lower_no_yo(word: str) -> str:
    """``word`` in lower case with ё as е; most words have no ё to replace."""
    lower = word.lower()
    return lower.replace("ё", "е") if "ё" in lower else lower


def _no_yo(word: str) -> str:
    return word.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=50_000)
def _post_cases(word: str, language: str, *, plural: bool = False) -> frozenset[str]:
    """The cases in which ``word`` is a singular (or plural) post word; empty for none."""
    if len(word) < 2 or word.isupper():  # noqa: PLR2004 - acronyms name bodies
        return frozenset()
    posts = _post_words(language)
    lower = word.lower().replace("'", "’").replace("ʼ", "’")
    parses = [p for p in parse(lower, language) if p.normal_form.replace("'", "’") in posts]
    if plural:
        return frozenset(str(p.tag.case or "nomn") for p in parses if p.tag.number == "plur")
    cases = {str(p.tag.case or "nomn") for p in parses if p.tag.number != "plur"}
    if lower in posts:
        cases.add("nomn")
    if not parses and not cases and _post_lemma(word, language):
        return frozenset(_ALL_CASES)
    return frozenset(cases)


@lru_cache(maxsize=50_000)
def _has_nominative(word: str, language: str) -> bool:
    return any(
        p.tag.case in (None, "nomn") and p.tag.number != "plur"
        for p in parse(word.lower(), language)
    )


def _head_nominative(word: str, language: str, cases: frozenset[str]) -> tuple[str, str | None]:
    """A post word in the nominative singular, and its gender."""
    lowered = word.lower()
    for prefix in ("екс-", "экс-", "віце-", "вице-"):
        if lowered.startswith(prefix) and len(word) > len(prefix) + 1:
            rest, gender = _head_nominative(word[len(prefix) :], language, cases)
            return word[: len(prefix)] + rest, gender
    posts = _post_words(language)
    lower = word.lower().replace("'", "’").replace("ʼ", "’")
    fallback: tuple[str, str | None] = (word, None)
    for candidate in parse(lower, language):
        tag = candidate.tag
        if candidate.normal_form.replace("'", "’") not in posts:
            continue
        gender = str(tag.gender) if tag.gender else None
        case = str(tag.case or "nomn")
        if case == "nomn" and tag.number != "plur":
            return word, gender
        result = (match_case(candidate.normal_form, word), gender)
        if case in cases:
            return result
        if fallback[1] is None:
            fallback = result
    return fallback


def _modifier_nominative(word: str, language: str, gender: str | None) -> str:
    """An adjective before a post word in the nominative of the post's gender."""
    for candidate in parse(word.lower(), language):
        tag = candidate.tag
        if not (_AGREEING & tag.grammemes) or tag.number == "plur":
            continue
        if tag.case in (None, "nomn"):
            return word
        grammemes = {"nomn", gender} if gender in ("masc", "femn", "neut") else {"nomn"}
        inflected = candidate.inflect(grammemes) or candidate.inflect({"nomn"})
        if inflected is not None:
            return match_case(inflected.word, word)
    return word


def _is_body(word: str, language: str) -> bool:
    return bool(_lemmas(word, language) & _BODIES)


def _surname_stem(surname: str) -> str:
    lower = surname.lower()
    if lower.endswith(("ський", "цький", "ский", "цкий")):
        return lower[:-2]
    if lower.endswith(("ий", "ій", "ой", "ый", "ая")):
        return lower[:-2]
    if lower.endswith(("ець", "єць")):  # "Кравець", "Кравця"; "Корнієць", "Корнійця"
        return lower[:-3]
    if lower.endswith("ец") and len(lower) > 4:  # noqa: PLR2004 - "Озерец", "Озерца"
        return lower[:-2]
    if lower[-1:] in ("а", "я", "о", "ь", "й") and len(lower) > 3:  # noqa: PLR2004
        return lower[:-1]
    return lower


def _genitive(words: list[str], head: str, language: str) -> list[str]:
    """Put the head of a nominative post and its leading modifiers into the genitive."""
    result = list(words)
    for position, word in enumerate(words):
        for candidate in parse(word.lower(), language):
            if candidate.tag.case in (None, "nomn") and candidate.tag.number != "plur":
                inflected = candidate.inflect({"gent"})
                if inflected is not None:
                    result[position] = match_case(inflected.word, word)
                    break
        if word.lower() == head.lower() or _post_lemma(word, language):
            return result
    return result


def _join_posts(own: str, head: str, previous: _Person, language: str) -> str:
    """Join "його заступник з питань ..." to the post of the person named before.

    "заступник з питань ..." after "начальник ОВА" gives "заступник начальника ОВА з
    питань ...".
    """
    own_words = own.split()
    head_lower = head.lower()
    cut = next(
        (
            i + 1
            for i, w in enumerate(own_words)
            if _post_lemma(w, language) or w.lower() == head_lower
        ),
        1,
    )
    assert previous.position is not None  # noqa: S101 - checked by the caller
    theirs = _genitive(previous.position.split(), previous.head or "", language)
    return " ".join([*own_words[:cut], *theirs, *own_words[cut:]])


def find_officials(
    text: str, *, language: str, organizations: tuple[Organization, ...]
) -> tuple[Official, ...]:
    """Find every person named with a given name and surname in ``text``.

    Args:
        text: The cleaned article body; spans index into it.
        language: ``uk`` or ``ru`` (anything else is read as Ukrainian).
        organizations: The organisations found in the text, to link posts to.

    Returns:
        One record per person, in order of first mention.

    Examples:
        >>> [o.name for o in find_officials(
        ...     "від директора департаменту Сергія Гаращука", language="uk", organizations=())]
        ['Сергій Гаращук']
    """
    return _Finder(text, language, organizations).run()
