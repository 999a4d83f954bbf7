"""Personal names: given names, patronymics and surnames, and their nominative forms.

Ukrainian and Russian decline names, so "Лілії Попової" is Лілія Попова and
"Віталія Бунечка" is Віталій Бунечко. The given name fixes the case and the gender of
the whole name: it comes from a packaged lexicon of given names (declined by rule)
with pymorphy3's ``Name`` readings as a fallback. The patronymic is recognised by its
suffix. The surname is put into the nominative from that case and gender: first from
pymorphy3's ``Surn`` readings that agree with them, otherwise by the declension rules
of the language, so a surname the dictionary does not know ("Бунечка") is never read
as whatever its first dictionary reading happens to be.
"""

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from importlib import resources

import attrs

from govnews.extract import gazetteer
from govnews.morphology import parse

__all__ = [
    "NameReading",
    "capitalize_name",
    "from_common_name",
    "given_name_readings",
    "in_name_lexicon",
    "is_adjective_surname",
    "is_surname_like",
    "is_word_surname",
    "patronymic_readings",
    "plural_surname",
    "surname_nominative",
]

_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CONSONANTS = frozenset("бвгґджзйклмнпрстфхцчшщ")
_VOWELS = frozenset("аеєиіїоуюяыэё")
_HUSHING = frozenset("жчшщц")
_APOSTROPHES = "’'ʼ"
_NO_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
_ACRONYM_LENGTH = 5  # an upper-case word this short outside the lexicon is an acronym


@attrs.frozen
class NameReading:
    """One way to read a name word: its nominative, gender and case.

    Attributes:
        nominative: The word in the nominative, capitalised ("Лілія").
        gender: ``masc`` or ``femn``.
        case: The pymorphy3 case of the word as written (``nomn``, ``gent``, ...).
    """

    nominative: str
    gender: str
    case: str


def capitalize_name(word: str) -> str:
    """Write a name with a capital letter at the start of each hyphenated part.

    Args:
        word: A name in any letter case.

    Returns:
        The name capitalised ("ТЮРІН" -> "Тюрін", "косач-квітка" -> "Косач-Квітка").

    Examples:
        >>> capitalize_name("ТЮРІН")
        'Тюрін'
        >>> capitalize_name("в’ячеслав")
        'В’ячеслав'
        >>> capitalize_name("о’рейли")
        'О’Рейли'
    """
    return " ".join(
        "-".join(_capitalize_part(part) for part in piece.split("-")) for piece in word.split(" ")
    )


def _capitalize_part(part: str) -> str:
    """One part of a name capitalised; the Irish and French "О’", "Д’" open a capital too."""
    if (
        len(part) > 2  # noqa: PLR2004 - the prefix and a letter
        and part[1] in _APOSTROPHES
        and part[0].lower() in "одod"
        and part[2].lower() not in "яюєї"  # "Д’яченко": a Ukrainian apostrophe
    ):
        return part[:2].upper() + _capitalize_part(part[2:])
    return part[:1].upper() + part[1:].lower()


def _uk_given_forms(lower: str, gender: str) -> Iterator[tuple[str, str]]:  # noqa: C901, PLR0912
    """Case forms of a Ukrainian given name, as (form, case) pairs."""
    if _indeclinable(lower, gender, "еєиіуюї", "аяь"):
        yield from ((lower, case) for case in _CASES)  # Уве, Ільзе, Гудрун
        return
    yield lower, "nomn"
    if gender == "masc":
        if lower == "федір":
            stem, ending = "федор", ""
        elif lower == "ігор":
            stem, ending = "ігор", "ь"
        else:
            stem, ending = lower[:-1], lower[-1]
        if lower.endswith("ій"):
            stem = lower[:-2]
            for form, case in (
                ("ія", "gent"),
                ("ія", "accs"),
                ("ію", "datv"),
                ("ієві", "datv"),
                ("ієм", "ablt"),
                ("ії", "loct"),
                ("ію", "loct"),
                ("ієві", "loct"),
            ):
                yield stem + form, case
        elif ending == "о":
            for form, case in (
                ("а", "gent"),
                ("а", "accs"),
                ("у", "datv"),
                ("ові", "datv"),
                ("ом", "ablt"),
                ("і", "loct"),
                ("ові", "loct"),
                ("у", "loct"),
            ):
                yield stem + form, case
        elif ending == "а":
            for form, case in (
                ("и", "gent"),
                ("і", "datv"),
                ("у", "accs"),
                ("ою", "ablt"),
                ("і", "loct"),
            ):
                yield stem + form, case
        elif ending == "я":
            for form, case in (
                ("і", "gent"),
                ("і", "datv"),
                ("ю", "accs"),
                ("ею", "ablt"),
                ("і", "loct"),
            ):
                yield stem + form, case
        elif ending == "ь":
            for form, case in (
                ("я", "gent"),
                ("я", "accs"),
                ("ю", "datv"),
                ("еві", "datv"),
                ("ем", "ablt"),
                ("ю", "loct"),
                ("еві", "loct"),
                ("і", "loct"),
            ):
                yield stem + form, case
        else:
            stem = stem + ending
            instrumental = "ем" if stem[-1] in _HUSHING else "ом"
            for form, case in (
                ("а", "gent"),
                ("а", "accs"),
                ("у", "datv"),
                ("ові", "datv"),
                (instrumental, "ablt"),
                ("і", "loct"),
                ("ові", "loct"),
                ("у", "loct"),
            ):
                yield stem + form, case
        return
    if lower.endswith("ов"):  # Любов
        for form, case in (
            ("і", "gent"),
            ("і", "datv"),
            ("", "accs"),
            ("’ю", "ablt"),
            ("і", "loct"),
        ):
            yield lower + form, case
        return
    stem = lower[:-1]
    if lower.endswith("я") and (lower[-2:-1] in _VOWELS or lower[-2:-1] in _APOSTROPHES):
        for form, case in (
            ("ї", "gent"),
            ("ї", "datv"),
            ("ю", "accs"),
            ("єю", "ablt"),
            ("ї", "loct"),
        ):
            yield stem + form, case
    elif lower.endswith("я"):
        for form, case in (
            ("і", "gent"),
            ("і", "datv"),
            ("ю", "accs"),
            ("ею", "ablt"),
            ("і", "loct"),
        ):
            yield stem + form, case
    elif lower.endswith("а"):
        for form, case in (
            ("и", "gent"),
            ("і", "datv"),
            ("у", "accs"),
            ("ою", "ablt"),
            ("і", "loct"),
        ):
            yield stem + form, case


def _indeclinable(lower: str, gender: str, masculine: str, feminine: str) -> bool:
    """Whether a given name keeps one form in every case.

    A man's name ending in one of the vowels ``masculine`` (Уве, Хосе), and a woman's
    name ending in anything but ``feminine`` (Гудрун, Антье), do not decline.
    """
    if gender == "masc":
        return lower[-1:] in masculine
    return lower[-1:] not in feminine and not lower.endswith("ов")


def _ru_given_forms(lower: str, gender: str) -> Iterator[tuple[str, str]]:  # noqa: C901, PLR0912 - a declension table
    """Case forms of a Russian given name, as (form, case) pairs."""
    if _indeclinable(lower, gender, "еёиоуыэю", "аяь"):
        yield from ((lower, case) for case in _CASES)  # Уве, Ильзе, Гудрун
        return
    yield lower, "nomn"
    if gender == "masc":
        fleeting = {"павел": "павл", "пётр": "петр", "лев": "льв"}
        if lower.endswith("ий"):
            stem, endings = lower[:-2], ("ия", "ия", "ию", "ием", "ии")
        elif lower[-1:] == "й" or lower[-1:] == "ь":
            stem, endings = lower[:-1], ("я", "я", "ю", "ем", "е")
        elif lower[-1:] == "а":
            stem, endings = lower[:-1], ("ы", "у", "е", "ой", "е")
            for form, case in zip(endings, ("gent", "accs", "datv", "ablt", "loct"), strict=True):
                yield stem + form, case
            return
        elif lower[-1:] == "я":
            stem, endings = lower[:-1], ("и", "ю", "е", "ей", "е")
            for form, case in zip(endings, ("gent", "accs", "datv", "ablt", "loct"), strict=True):
                yield stem + form, case
            return
        else:
            stem, endings = fleeting.get(lower, lower), ("а", "а", "у", "ом", "е")
        for form, case in zip(endings, ("gent", "accs", "datv", "ablt", "loct"), strict=True):
            yield stem + form, case
        return
    if lower.endswith("ия"):
        stem, endings = lower[:-1], ("и", "ю", "и", "ей", "и")
    elif lower.endswith("я"):
        stem, endings = lower[:-1], ("и", "ю", "е", "ей", "е")
    elif lower.endswith("ь"):
        stem, endings = lower[:-1], ("и", "ь", "и", "ью", "и")
    elif lower.endswith("а"):
        stem = lower[:-1]
        genitive = "и" if stem[-1:] in "гкхжшчщ" else "ы"
        endings = (genitive, "у", "е", "ой", "е")
    else:
        return
    for form, case in zip(endings, ("gent", "accs", "datv", "ablt", "loct"), strict=True):
        yield stem + form, case


@cache
def _given_lexicon(language: str) -> dict[str, tuple[NameReading, ...]]:
    """Every case form of every packaged given name, to its readings."""
    code = "ru" if language == "ru" else "uk"
    source = resources.files("govnews").joinpath("data", "people", f"given_{code}.txt")
    forms: dict[str, list[NameReading]] = {}
    builder = _ru_given_forms if code == "ru" else _uk_given_forms
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, marker = line.split()
        gender = "masc" if marker == "m" else "femn"
        for form, case in builder(name.lower(), gender):
            reading = NameReading(nominative=name, gender=gender, case=case)
            bucket = forms.setdefault(_fold(form), [])
            if reading not in bucket:
                bucket.append(reading)
    return {form: tuple(readings) for form, readings in forms.items()}


@lru_cache(maxsize=50_000)
def in_name_lexicon(word: str, language: str) -> bool:
    """Whether ``word`` is a form of a given name of the packaged lexicon.

    Args:
        word: One word as written.
        language: ``uk`` or ``ru``.

    Returns:
        True for "Сергія", "Ирины"; False for surnames the dictionary also files as names.
    """
    return _fold(word) in _given_lexicon(language)


def _fold(word: str) -> str:
    """Lower-case, one apostrophe, ё as е: the key of lexicon look-ups."""
    lowered = word.lower().replace("ё", "е")
    for apostrophe in _APOSTROPHES:
        lowered = lowered.replace(apostrophe, "’")
    return lowered


@lru_cache(maxsize=50_000)
def given_name_readings(word: str, language: str) -> tuple[NameReading, ...]:
    """Every reading of ``word`` as a given name (empty when it is not one).

    Args:
        word: One word as written ("Лілії", "СЕРГІЯ").
        language: ``uk`` or ``ru``.

    Returns:
        The readings, lexicon ones first.

    Examples:
        >>> [r.nominative for r in given_name_readings("Лілії", "uk")][:1]
        ['Лілія']
        >>> given_name_readings("Сергія", "uk")[0].case
        'gent'
    """
    if len(word) < 2 or not word[:1].isupper():  # noqa: PLR2004 - a name has two letters
        return ()
    known = _given_lexicon(language).get(_fold(word))
    if known:
        return known
    if word.isupper() and len(word) <= _ACRONYM_LENGTH:
        return ()  # "НАТО" is an acronym, not the vocative of Ната
    readings: list[NameReading] = []
    for candidate in parse(word.lower(), language):
        tag = candidate.tag
        if (
            "Name" not in tag.grammemes
            or tag.number == "plur"
            or tag.gender not in ("masc", "femn")
        ):
            continue
        if "Infr" in tag.grammemes or candidate.score < 0.1:  # noqa: PLR2004 - a rare, informal reading
            continue
        reading = NameReading(
            nominative=capitalize_name(candidate.normal_form),
            gender=str(tag.gender),
            case=str(tag.case or "nomn"),
        )
        if reading not in readings:
            readings.append(reading)
    return tuple(readings)


_PATRONYMIC_SUFFIX = re.compile(
    r"(?:ович|евич|євич|йович|ьич|івн|ївн|овн|евн|ичн)(?:а|у|ем|еві|і|е|и|ы|ою|ой)?$"
)


def from_common_name(patronymic: str, language: str) -> bool:
    """Whether a patronymic is made from a given name of the packaged lexicon.

    "Володимирович" is (Володимир), so it is no surname; "Харлампович" is not, so
    beside a given name it may be one.

    Args:
        patronymic: The word as written.
        language: ``uk`` or ``ru``.

    Returns:
        True when the stem, with a usual nominative ending, is a lexicon name.
    """
    stem = _PATRONYMIC_SUFFIX.sub("", patronymic.lower())
    lexicon = _given_lexicon(language)
    candidates = [stem, stem + "й", stem + "а", stem + "о", stem + "ь", stem + "ья"]
    if language != "ru":
        candidates += [stem + "ій", stem + "ий"]
    elif stem.endswith("ь"):
        # "Юрьевич" is of Юрий; "Юревич", "Василевич" without the soft sign are surnames.
        candidates.append(stem[:-1] + "ий")
    return any(_fold(candidate) in lexicon for candidate in candidates)


# The stem may hold an apostrophe ("В’ячеславович"); letters and apostrophes are
# disjoint, so the repetition cannot backtrack between them.
_UK_PATRONYMIC = re.compile(
    r"(?P<stem>[^\W\d_](?:[^\W\d_]|[’'ʼ])+(?:ович|евич|євич|йович))(?P<end>|а|у|ем|еві|і)"
    r"|(?P<fstem>[^\W\d_](?:[^\W\d_]|[’'ʼ])+(?:івн|ївн))(?P<fend>а|и|і|у|ою)"
)
_RU_PATRONYMIC = re.compile(
    r"(?P<stem>[^\W\d_]{2,}(?:ович|евич|ьич))(?P<end>|а|у|ем|е)"
    r"|(?P<fstem>[^\W\d_]{2,}(?:овн|евн|ичн))(?P<fend>а|ы|е|у|ой)"
)
_PATRONYMIC_CASES = {
    "uk": {
        "masc": {
            "": ("nomn",),
            "а": ("gent", "accs"),
            "у": ("datv", "loct"),
            "ем": ("ablt",),
            "еві": ("datv",),
            "і": ("loct",),
        },
        "femn": {
            "а": ("nomn",),
            "и": ("gent",),
            "і": ("datv", "loct"),
            "у": ("accs",),
            "ою": ("ablt",),
        },
    },
    "ru": {
        "masc": {
            "": ("nomn",),
            "а": ("gent", "accs"),
            "у": ("datv",),
            "ем": ("ablt",),
            "е": ("loct",),
        },
        "femn": {
            "а": ("nomn",),
            "ы": ("gent",),
            "е": ("datv", "loct"),
            "у": ("accs",),
            "ой": ("ablt",),
        },
    },
}


@lru_cache(maxsize=20_000)
def patronymic_readings(word: str, language: str) -> tuple[NameReading, ...]:
    """Every reading of ``word`` as a patronymic, recognised by its suffix.

    Args:
        word: One word as written ("Олександровича").
        language: ``uk`` or ``ru``.

    Returns:
        The readings; empty when the word is not a patronymic.

    Examples:
        >>> patronymic_readings("Олександровича", "uk")[0].nominative
        'Олександрович'
        >>> patronymic_readings("Петровной", "ru")[0].case
        'ablt'
    """
    if not word[:1].isupper():
        return ()
    code = "ru" if language == "ru" else "uk"
    pattern = _RU_PATRONYMIC if code == "ru" else _UK_PATRONYMIC
    match = pattern.fullmatch(word.lower())
    if match is None:
        return ()
    if match.group("stem") is not None:
        nominative, gender, ending = match.group("stem"), "masc", match.group("end")
    else:
        nominative, gender, ending = match.group("fstem") + "а", "femn", match.group("fend")
    cases = _PATRONYMIC_CASES[code][gender].get(ending, ())
    return tuple(
        NameReading(nominative=capitalize_name(nominative), gender=gender, case=case)
        for case in cases
    )


# Surname endings by language, gender and case: (ending as written, nominative ending).
# Tried in order; the first that fits wins.
# A man's surname in -а/-я takes -і/-ї in the dative and the locative, with к, г, х
# turning into ц, з, с: "Олегу Бурчаці" is Олег Бурчака, "Миколі Колузі" Микола Колуга.
# Consonant-stem surnames take -ові/-у there (Шевчукові, Шевчуку), never a bare -і.
_UK_MASC_A_DATIVE = (
    ("ці", "ка"),
    ("зі", "га"),
    ("сі", "ха"),
    ("ї", "я"),
    ("і", "а"),
)
_UK_MASC_RULES = {
    "gent": (
        ("ського", "ський"),
        ("цького", "цький"),
        ("ого", "ий"),
        ("я", "ь"),
        ("ії", "ія"),
        ("а", ""),
        ("и", "а"),  # "Миколи Колуги": a man's surname in -а
    ),
    "accs": (
        ("ського", "ський"),
        ("цького", "цький"),
        ("ого", "ий"),
        ("я", "ь"),
        ("а", ""),
        ("у", "а"),
        ("ю", "я"),
    ),
    "datv": (
        ("ському", "ський"),
        ("цькому", "цький"),
        ("ому", "ий"),
        ("ові", ""),
        ("єві", "й"),
        ("еві", "ь"),
        ("ю", "ь"),
        ("у", ""),
        *_UK_MASC_A_DATIVE,
    ),
    "ablt": (
        ("ським", "ський"),
        ("цьким", "цький"),
        ("овим", "ов"),  # "Петровим", "Кобзіним": the -ов, -ин surnames
        ("евим", "ев"),
        ("євим", "єв"),
        ("иним", "ин"),
        ("іним", "ін"),
        ("їним", "їн"),
        ("им", "ий"),
        ("ом", ""),
        ("єм", "й"),
        ("ем", "ь"),
        ("ою", "а"),
        ("ею", "я"),
        ("єю", "я"),  # "Білошиєю" is of Білошия
    ),
    "loct": (
        ("ському", "ський"),
        ("цькому", "цький"),
        ("ськім", "ський"),
        ("ому", "ий"),
        ("ім", "ий"),
        ("ові", ""),
        ("єві", "й"),
        ("еві", "ь"),
        ("ю", "ь"),
        ("у", ""),
        *_UK_MASC_A_DATIVE,
    ),
}
_UK_FEMN_RULES = {
    "gent": (("ої", "а"), ("ьої", "я"), ("и", "а"), ("ї", "я")),
    "datv": (("ій", "а"), ("ої", "а"), ("і", "а")),
    "accs": (("у", "а"), ("ю", "я")),
    "ablt": (("ою", "а"), ("ею", "я"), ("єю", "я")),
    "loct": (("ій", "а"), ("ої", "а"), ("і", "а")),
}
_RU_MASC_RULES = {
    "gent": (
        ("ского", "ский"),
        ("цкого", "цкий"),
        ("ого", "ой"),
        ("его", "ий"),
        ("я", "й"),
        ("а", ""),
        ("ы", "а"),  # "Никиты Колуги": a man's surname in -а
        ("ги", "га"),
        ("ки", "ка"),
        ("хи", "ха"),
    ),
    "accs": (
        ("ского", "ский"),
        ("цкого", "цкий"),
        ("ого", "ой"),
        ("его", "ий"),
        ("я", "й"),
        ("а", ""),
        ("у", "а"),
    ),
    "datv": (
        ("скому", "ский"),
        ("цкому", "цкий"),
        ("ому", "ой"),
        ("ему", "ий"),
        ("ю", "й"),
        ("у", ""),
    ),
    "ablt": (
        ("ским", "ский"),
        ("цким", "цкий"),
        ("овым", "ов"),
        ("евым", "ев"),
        ("ёвым", "ёв"),
        ("иным", "ин"),
        ("ыным", "ын"),
        ("ым", "ый"),
        ("ем", "й"),
        ("ом", ""),
    ),
    "loct": (("ском", "ский"), ("цком", "цкий"), ("е", "")),
}
_RU_FEMN_RULES = {
    "gent": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ы", "а"), ("и", "а")),
    "datv": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("е", "а")),
    "accs": (("скую", "ская"), ("цкую", "цкая"), ("ую", "ая"), ("у", "а"), ("ю", "я")),
    "ablt": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ей", "я")),
    "loct": (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("е", "а")),
}
_RULES = {
    ("uk", "masc"): _UK_MASC_RULES,
    ("uk", "femn"): _UK_FEMN_RULES,
    ("ru", "masc"): _RU_MASC_RULES,
    ("ru", "femn"): _RU_FEMN_RULES,
}
_MASCULINE_ONLY = {
    "uk": ("ий", "ого", "ому", "им"),
    "ru": ("ий", "ый", "ого", "ому", "ым", "ов", "ев", "ёв", "ин", "ын"),
}
_ADJECTIVE_OBLIQUE = ("ого", "ому", "ої", "ою", "ій", "им", "ім", "ым", "ой", "ую", "ей")


def _fix_stem(stem: str, language: str, gender: str) -> str:
    """Restore the nominative ending a rule cannot see ("бунечк" -> "бунечко")."""
    if language == "uk" and gender == "masc":
        # Surnames in -ко (Шевченко, Бойко, Бунечко) lose their -о; surnames in a
        # vowel + к (Гаращук, Пирожик) keep the consonant.
        if stem.endswith("к") and len(stem) > 2 and stem[-2] in _CONSONANTS:  # noqa: PLR2004
            return stem + "о"
        if stem.endswith("ь") and len(stem) > 1 and stem[-2] in _HUSHING:
            return stem[:-1]
        if stem.endswith("ь") and stem[-2:-1] in _VOWELS:
            return stem[:-1] + "й"  # "Гордія", "Гая" are of Гордій, Гай
    if language == "ru" and gender == "masc" and stem.endswith("ь") and stem[-2:-1] in _HUSHING:
        return stem[:-1]
    if language == "ru" and gender == "masc" and stem.endswith("й") and stem[-2:-1] in _CONSONANTS:
        # The soft endings -я, -ю, -ем come from -й after a vowel only ("Бурчая" is
        # of Бурчай); after a consonant from -ь ("Гайзеля": Гайзель), and after a
        # hushing consonant from nothing ("Бурчевичем": Бурчевич).
        return stem[:-1] if stem[-2] in _HUSHING else stem[:-1] + "ь"
    return stem


def _by_rule(lower: str, language: str, gender: str, case: str) -> tuple[str, int]:  # noqa: C901, PLR0911 - one rule per return
    """The nominative of a surname by the declension rules, and how sure that is."""
    if gender == "femn" and lower.endswith(_MASCULINE_ONLY[language]):
        return lower, 0  # "Сталина Вертинский": no woman's surname ends so
    if case == "nomn":
        oblique = lower.endswith(_ADJECTIVE_OBLIQUE) or (
            gender == "femn" and lower.endswith(("ої", "ою"))
        )
        return lower, 1 if oblique else 2
    last = lower[-1:]
    if (
        gender == "femn"
        and (last in _CONSONANTS or last in "ьоеиі")
        and not lower.endswith(("ої", "ій", "ой", "ой", "ы", "ии"))
    ):
        if case == "gent" and last == "и" and lower[-2:-1] in _CONSONANTS and len(lower) > 4:  # noqa: PLR2004
            return lower[:-1] + "а", 2  # "Ганни Ковтушки" is Ганна Ковтушка
        # Feminine surnames that do not end in -а/-я do not decline (Бунечко, Шумік).
        return lower, 2
    if (
        gender == "masc"
        and language == "ru"
        and last in "оиуеэюы"
        and not lower.endswith(("ому", "ему", "ого", "его", "ову", "ину"))
        and not _declined_ru_masculine(lower, case)
    ):
        return lower, 2
    if gender == "masc" and language == "uk" and lower.endswith("ко") and len(lower) > 4:  # noqa: PLR2004
        return lower, 1  # "Анатолія Цебенко": a surname in -ко the text leaves undeclined
    if gender == "masc" and lower.endswith(("их", "ых")):
        return lower, 2
    if language == "uk" and gender == "masc" and lower.endswith(("ої", "ій")):
        return lower, 0  # a woman's adjective ending: no man's surname in any case
    rules = _RULES[language if language == "ru" else "uk", gender].get(case, ())
    for ending, replacement in rules:
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:  # noqa: PLR2004
            stem = lower[: len(lower) - len(ending)] + replacement
            return _fix_stem(stem, language, gender), 2
    return lower, 0


def _declined_ru_masculine(lower: str, case: str) -> bool:
    """Whether a Russian man's surname ending in a vowel is a case form of another.

    "Мильнеру" (dative) and "Колугу" (accusative) are forms of "Мильнер" and "Колуга";
    "Шойгу" or "Алонсо" in the nominative stay as written.
    """
    if len(lower) < 4:  # noqa: PLR2004
        return False
    if lower[-1] == "ю":
        return case == "datv"  # "Гайзелю", "Бурчаю" are of Гайзель, Бурчай
    if lower[-2] not in _CONSONANTS:
        return False
    if lower[-1] == "у":
        return case in ("datv", "accs")
    if lower[-1] == "ы":
        return case == "gent"
    return lower[-1] == "и" and case == "gent" and lower[-2] in "гкх"


def _agrees(tag: object, gender: str, case: str) -> bool:
    tag_gender = str(getattr(tag, "gender", None) or "")
    tag_case = str(getattr(tag, "case", None) or "nomn")
    if getattr(tag, "number", None) == "plur":
        return False
    fixed = "Fixd" in getattr(tag, "grammemes", ())
    if fixed:  # an indeclinable surname fits every case, of its own gender
        return tag_gender in (gender, "ms-f", "")
    return tag_case == case and tag_gender in (gender, "ms-f", "")


@lru_cache(maxsize=50_000)
def surname_nominative(word: str, language: str, gender: str, case: str) -> tuple[str, int]:
    """The nominative of a surname, given the case and gender of its given name.

    Args:
        word: The surname as written ("Попової", "ТЮРІНА", "Бунечка").
        language: ``uk`` or ``ru``.
        gender: ``masc`` or ``femn``.
        case: The case of the given name beside it.

    Returns:
        The capitalised nominative and a confidence: 3 when the dictionary knows the
        surname in that case and gender, 2 when a declension rule fits, 1 or 0 when
        the word is returned as it stands although it does not look right.

    Examples:
        >>> surname_nominative("Бунечка", "uk", "masc", "gent")
        ('Бунечко', 2)
        >>> surname_nominative("Попової", "uk", "femn", "gent")[0]
        'Попова'
        >>> surname_nominative("Бунечко", "uk", "femn", "datv")
        ('Бунечко', 2)
    """
    code = "ru" if language == "ru" else "uk"
    if "-" in word.strip("-"):
        parts = [surname_nominative(part, code, gender, case) for part in word.split("-") if part]
        return "-".join(part for part, _ in parts), min(score for _, score in parts)
    lower = word.lower()
    surnames = [p for p in parse(lower, code) if "Surn" in p.tag.grammemes]
    for candidate in surnames:
        if not _agrees(candidate.tag, gender, case):
            continue
        if case == "nomn" or "Fixd" in candidate.tag.grammemes:
            return capitalize_name(lower), 3
        inflected = candidate.inflect({"nomn", gender}) or candidate.inflect({"nomn"})
        if inflected is not None:
            return capitalize_name(inflected.word), 3
    if (
        surnames
        and any(p.tag.case for p in surnames if str(p.tag.gender or "") in (gender, "ms-f"))
        and analyzer_knows(lower, code)
    ):
        # The dictionary knows this surname for this gender, but in other cases only
        # ("Роман Шевченка": a novel by Shevchenko, not a man called Шевченка), or
        # leaves a Ukrainian surname in -ко undeclined ("Анатолія Цебенко").
        undeclined = code == "uk" and gender == "masc" and lower.endswith("ко")
        return capitalize_name(lower), 1 if undeclined and case != "nomn" else 0
    adjective = _adjective_nominative(lower, code, gender, case)
    if adjective is not None:
        return capitalize_name(adjective), 2
    nominative, score = _by_rule(lower, code, gender, case)
    if score == 2 and _disagreeing_adjective(lower, code, gender, case):  # noqa: PLR2004
        score = 1  # "Олександра Весела" is a woman: "Весела" is no man's genitive
    return capitalize_name(nominative), score


def _disagreeing_adjective(lower: str, language: str, gender: str, case: str) -> bool:
    """Whether the dictionary knows ``lower`` only as an adjective, in other forms."""
    if not analyzer_knows(lower, language):
        return False
    wanted = _animate(gender, case)
    readings = [p for p in parse(lower, language) if "impr" not in p.tag.grammemes]
    return bool(readings) and all(
        "ADJF" in p.tag.grammemes
        and not {"Poss", "Apro"} & p.tag.grammemes
        and not (
            p.tag.number != "plur" and p.tag.gender == gender and (p.tag.case or "nomn") == wanted
        )
        for p in readings
    )


def _adjective_nominative(lower: str, language: str, gender: str, case: str) -> str | None:
    """The nominative of a surname the dictionary knows as an adjective in this case.

    "Анной Белой" is Анна Белая and "Марині Веселій" Марина Весела: an adjective
    keeps its adjective ending in the nominative, where a rule for nouns would cut it.
    """
    if (
        case == "nomn"
        or _RELATIONAL.search(lower) is not None  # "-ська", "-цкий": the rules know these
        or _POSSESSIVE_STEM.search(lower) is not None  # "Кобзиным" is of Кобзин
        or not analyzer_knows(lower, language)
    ):
        return None
    for candidate in parse(lower, language):
        tag = candidate.tag
        if (
            "ADJF" not in tag.grammemes
            or {"Poss", "Apro"} & tag.grammemes
            or tag.number == "plur"
            or tag.gender != gender
            or (tag.case or "nomn") != _animate(gender, case)
        ):
            continue
        inflected = candidate.inflect({"nomn", gender})
        word = str(inflected.word) if inflected is not None else ""
        if word.endswith(_ADJECTIVE_NOMINATIVE[gender]):
            return word
    return None


_ADJECTIVE_NOMINATIVE = {"masc": ("ий", "ій", "ый", "ой"), "femn": ("а", "я")}
# A stem in -ов-, -ев-, -ин-, -ін- before an adjective ending makes a surname of the
# Петров, Кобзин type, whose nominative drops the ending.
_POSSESSIVE_STEM = re.compile(
    r"(?:ов|ев|ёв|єв|ин|ын|ін|їн)(?:ого|ому|ым|им|ой|ую|ою|ої|ій|ім|ом|ей|ая|ий|ый)$"
)


_SURNAME_SUFFIXES = re.compile(
    r".{2,}(?:ськ|цьк|ск|цк|енк|чук|щук|юк|ук|ов|ев|єв|ін|ин|ник|ич|як|ак|ян|ань)"
    r"(?:ий|ій|а|я|ого|ому|им|ім|ої|ою|ій|о|а|у|ом|ем|ові|і|ым|ой|ую|ая|ей|е|ы|)"
)


@lru_cache(maxsize=50_000)
def is_surname_like(word: str, language: str) -> bool:  # noqa: PLR0911 - one test per return
    """Whether a capitalised word can be a surname next to a given name.

    A word qualifies when the dictionary reads it as a surname or a name, when the
    dictionary does not know it at all, or when it has a surname suffix; a plain
    dictionary word (a place, an organisation word, a verb) does not.

    Args:
        word: The capitalised word.
        language: ``uk`` or ``ru``.

    Returns:
        True when it can stand as a surname.

    Examples:
        >>> is_surname_like("Бунечко", "uk")
        True
        >>> is_surname_like("Україна", "uk")
        False
    """
    letters = word.replace("-", "").translate(_NO_APOSTROPHES)  # "Лук’яненко", "О’Рейли"
    if len(word) < 2 or not word[:1].isupper() or not letters.isalpha():  # noqa: PLR2004
        return False
    if "-" in word:
        return all(is_surname_like(part, language) for part in word.split("-") if part)
    lower = word.lower()
    code = "ru" if language == "ru" else "uk"
    parses = parse(lower, code)
    if any({"Surn", "Name"} & p.tag.grammemes for p in parses):
        return True
    if not analyzer_knows(lower, code):
        return True  # the guesser's place or acronym readings of a foreign name mean nothing
    if any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in parses):
        return False
    if (
        code == "ru"
        and lower.endswith(("ых", "их"))
        and len(lower) > 4  # noqa: PLR2004
        and all("ADJF" in p.tag.grammemes and p.tag.number == "plur" for p in parses)
    ):
        return True  # "Черных", "Искусных": a Russian surname of a plural adjective form
    return bool(_SURNAME_SUFFIXES.fullmatch(lower)) and not any(
        {"VERB", "INFN", "PREP", "CONJ", "NPRO", "ADVB"} & p.tag.grammemes for p in parses[:1]
    )


def analyzer_knows(word: str, language: str) -> bool:
    """Whether the dictionary of ``language`` lists ``word`` (not a guess by suffix)."""
    from govnews.morphology import is_known  # noqa: PLC0415 - keeps the import graph flat

    return is_known(word, language)


_NOT_SURNAME_POS = frozenset(
    {"VERB", "INFN", "PREP", "CONJ", "NPRO", "ADVB", "PRCL", "INTJ", "NUMR", "PRED", "COMP"}
)
_NOT_SURNAME_KIND = frozenset({"Geox", "Orgn", "Abbr", "Apro", "Anum"})


@lru_cache(maxsize=50_000)
def is_word_surname(word: str, language: str) -> bool:
    """Whether a capitalised common noun or adjective can be a surname after a given name.

    Many surnames are common words ("Сокол", "Коваль", "Писана"): beside a given
    name, inside a sentence, a capitalised noun or adjective that names no place or
    body is read as one.

    Args:
        word: The capitalised word.
        language: ``uk`` or ``ru``.

    Returns:
        True when every reading is a noun or an adjective and none is a place,
        a body or a pronoun.

    Examples:
        >>> is_word_surname("Сокол", "uk")
        True
        >>> is_word_surname("Київська", "uk")
        False
    """
    if word.isupper() and sum(c in _VOWELS for c in word.lower()) >= 2:  # noqa: PLR2004
        word = word.capitalize()  # "Ганни КОВТУШКИ": a surname in capitals, not an acronym
    if (
        len(word) < 3  # noqa: PLR2004 - two letters are an initial or a particle
        or not word[:1].isupper()
        or not word[1:].islower()
        or not word.isalpha()
    ):
        return False
    code = "ru" if language == "ru" else "uk"
    parses = parse(word.lower(), code)
    if all(p.tag.number == "plur" for p in parses):
        return False  # none, or "Буряки": a plural noun names no one person
    relational = _RELATIONAL.search(word.lower()) is not None
    countries = gazetteer.country_names()
    for candidate in parses:
        grammemes = candidate.tag.grammemes
        if candidate.normal_form in countries:
            return False  # "Надія Україна": a country is no family
        if _NOT_SURNAME_POS & grammemes or _NOT_SURNAME_KIND & grammemes:
            return False
        if "ADJF" in grammemes and (
            relational or "compb" in grammemes or candidate.normal_form in _ORDINALS
        ):
            # "Київська", "Великий", "Перший": of a place, a quality or an order, not
            # a family.
            return False
    return True


def _animate(gender: str, case: str) -> str:
    """The case an adjective takes beside a person's name in ``case``.

    A man is animate: his accusative is the genitive ("Антона Веселого"), so an
    adjective in the accusative of things ("Веселий") does not agree with his name.
    """
    return "gent" if gender == "masc" and case == "accs" else case


@lru_cache(maxsize=20_000)
def is_adjective_surname(word: str, language: str, gender: str, case: str) -> bool:
    """Whether a capitalised adjective can be a surname in this gender and case.

    Surnames such as "Веселий", "Біла" or "Крутой" are adjectives. Beside a given
    name whose gender and case the adjective shares, one is read as a surname,
    unless it names a place or a body, says where someone is from ("Київський"),
    or is an ordinal ("Перший").

    Args:
        word: The capitalised word as written.
        language: ``uk`` or ``ru``.
        gender: ``masc`` or ``femn``, of the given name.
        case: The case of the given name.

    Returns:
        True when every reading is an adjective and one agrees.

    Examples:
        >>> is_adjective_surname("Веселому", "uk", "masc", "datv")
        True
        >>> is_adjective_surname("Веселому", "uk", "femn", "nomn")
        False
        >>> is_adjective_surname("Київський", "uk", "masc", "nomn")
        False
    """
    if len(word) < 4 or not word[:1].isupper() or not word[1:].islower() or not word.isalpha():  # noqa: PLR2004
        return False
    lower = word.lower()
    if _RELATIONAL.search(lower) is not None or _BOOKISH.search(lower) is not None:
        return False
    code = "ru" if language == "ru" else "uk"
    if not analyzer_knows(lower, code):
        return False
    wanted = _animate(gender, case)
    agrees = False
    for candidate in parse(lower, code):
        tag = candidate.tag
        grammemes = tag.grammemes
        if "impr" in grammemes:
            continue  # "Веселій" is also an imperative, which no name can be
        if "ADJF" not in grammemes or _NOT_SURNAME_KIND & grammemes:
            return False
        if candidate.normal_form in _ORDINALS or candidate.normal_form in gazetteer.country_names():
            return False
        if tag.number != "plur" and tag.gender == gender and (tag.case or "nomn") == wanted:
            agrees = True
    return agrees


_ORDINALS = frozenset(
    {
        "перший",
        "другий",
        "третій",
        "четвертий",
        "п’ятий",
        "шостий",
        "сьомий",
        "восьмий",
        "дев’ятий",
        "десятий",
        "первый",
        "второй",
        "третий",
    }
)
# Suffixes of bookish adjectives of relation ("Театральна", "Історичний",
# "Військовий"), which no family name is made of.
_BOOKISH = re.compile(
    r"(?:альн|ільн|ельн|ичн|ічн|ійн|ивн|ентн|арн|ков|ов|ев|ьов|ав)(?:[^\W\d_]{1,3})$"
)
_RELATIONAL = re.compile(r"(?:ськ|цьк|зьк|ск|цк|зк)(?:[^\W\d_]{1,3})$")


# Plural surnames of a couple or a family ("Сергій і Софія Морозови"): (ending as
# written, man's nominative ending, woman's nominative ending, cases).
_GENT_CASES = ("gent", "accs", "loct")
_PLURAL_SURNAMES = {
    "uk": (
        ("енки", "енко", "енко", ("nomn",)),
        ("енків", "енко", "енко", _GENT_CASES),
        ("енкам", "енко", "енко", ("datv",)),
        ("ські", "ський", "ська", ("nomn",)),
        ("цькі", "цький", "цька", ("nomn",)),
        ("ських", "ський", "ська", _GENT_CASES),
        ("цьких", "цький", "цька", _GENT_CASES),
        ("ським", "ський", "ська", ("datv",)),
        ("цьким", "цький", "цька", ("datv",)),
        ("ови", "ов", "ова", ("nomn",)),
        ("еви", "ев", "ева", ("nomn",)),
        ("єви", "єв", "єва", ("nomn",)),
        ("іни", "ін", "іна", ("nomn",)),
        ("їни", "їн", "їна", ("nomn",)),
        ("ини", "ин", "ина", ("nomn",)),
        ("ових", "ов", "ова", _GENT_CASES),
        ("евих", "ев", "ева", _GENT_CASES),
        ("євих", "єв", "єва", _GENT_CASES),
        ("іних", "ін", "іна", _GENT_CASES),
        ("їних", "їн", "їна", _GENT_CASES),
        ("овим", "ов", "ова", ("datv",)),
        ("евим", "ев", "ева", ("datv",)),
        ("євим", "єв", "єва", ("datv",)),
        ("іним", "ін", "іна", ("datv",)),
    ),
    "ru": (
        ("ские", "ский", "ская", ("nomn",)),
        ("цкие", "цкий", "цкая", ("nomn",)),
        ("ских", "ский", "ская", _GENT_CASES),
        ("цких", "цкий", "цкая", _GENT_CASES),
        ("ским", "ский", "ская", ("datv",)),
        ("цким", "цкий", "цкая", ("datv",)),
        ("овы", "ов", "ова", ("nomn",)),
        ("евы", "ев", "ева", ("nomn",)),
        ("ёвы", "ёв", "ёва", ("nomn",)),
        ("ины", "ин", "ина", ("nomn",)),
        ("ыны", "ын", "ына", ("nomn",)),
        ("овых", "ов", "ова", _GENT_CASES),
        ("евых", "ев", "ева", _GENT_CASES),
        ("иных", "ин", "ина", _GENT_CASES),
        ("овым", "ов", "ова", ("datv",)),
        ("евым", "ев", "ева", ("datv",)),
        ("иным", "ин", "ина", ("datv",)),
    ),
}


@lru_cache(maxsize=20_000)
def plural_surname(word: str, language: str, gender: str) -> tuple[str, tuple[str, ...]] | None:
    """The nominative for one person of a plural surname, and the cases it can be in.

    Args:
        word: The surname as written ("Морозови", "Ященкам").
        language: ``uk`` or ``ru``.
        gender: ``masc`` or ``femn``: whose surname is wanted.

    Returns:
        The capitalised nominative and the cases, or ``None`` when the word is no
        plural surname.

    Examples:
        >>> plural_surname("Морозови", "uk", "femn")
        ('Морозова', ('nomn',))
        >>> plural_surname("Ященкам", "uk", "masc")
        ('Ященко', ('datv',))
    """
    if len(word) < 5 or not word[:1].isupper():  # noqa: PLR2004 - a stem and an ending
        return None
    lower = word.lower()
    for ending, masculine, feminine, cases in _PLURAL_SURNAMES["ru" if language == "ru" else "uk"]:
        if lower.endswith(ending) and len(lower) - len(ending) >= 2:  # noqa: PLR2004
            stem = lower[: len(lower) - len(ending)]
            return capitalize_name(stem + (masculine if gender == "masc" else feminine)), cases
    return None
