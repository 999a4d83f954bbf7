"""Names: surname declension by case and gender, given-name lexicon, adjective surnames."""

import pytest

from govnews.extract.names import (
    given_name_readings,
    is_adjective_surname,
    surname_nominative,
)
from govnews.extract.people import find_officials


def people(text: str, language: str = "uk") -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in find_officials(text, language=language, organizations=())]


# (surname as written, language, gender, case, nominative): invented surnames, so the
# declension rules answer rather than the dictionary.
SURNAMES = [
    # A man's surname in -ка, -га, -ха, -а takes -ці, -зі, -сі, -і in the dative/locative.
    ("Бурчаці", "uk", "masc", "datv", "Бурчака"),
    ("Бурчаці", "uk", "masc", "loct", "Бурчака"),
    ("Бердузі", "uk", "masc", "datv", "Бердуга"),
    ("Шпаласі", "uk", "masc", "datv", "Шпалаха"),
    ("Бурдибі", "uk", "masc", "datv", "Бурдиба"),
    # Consonant-stem surnames keep their stem.
    ("Бурчакові", "uk", "masc", "datv", "Бурчак"),
    ("Бурчаку", "uk", "masc", "loct", "Бурчак"),
    # -ея, -ій, -ай surnames.
    ("Білошиєю", "uk", "masc", "ablt", "Білошия"),
    ("Гордія", "uk", "masc", "gent", "Гордій"),
    ("Гордію", "uk", "masc", "datv", "Гордій"),
    # -ов, -ин surnames in the instrumental are nouns, not adjectives in -ий.
    ("Бурчаковим", "uk", "masc", "ablt", "Бурчаков"),
    ("Кобзіним", "uk", "masc", "ablt", "Кобзін"),
    # Feminine surnames in every case.
    ("Зарудської", "uk", "femn", "gent", "Зарудська"),
    ("Мостовецькій", "uk", "femn", "datv", "Мостовецька"),
    ("Сметановою", "uk", "femn", "ablt", "Сметанова"),
    ("Кобзіній", "uk", "femn", "loct", "Кобзіна"),
    ("Бурчаці", "uk", "femn", "datv", "Бурчака"),
    ("Гриценко", "uk", "femn", "ablt", "Гриценко"),
    ("Зарудской", "ru", "femn", "gent", "Зарудская"),
    ("Сметановой", "ru", "femn", "ablt", "Сметанова"),
    ("Кобзину", "ru", "femn", "accs", "Кобзина"),
    ("Зарудскому", "ru", "masc", "datv", "Зарудский"),
    ("Сметановым", "ru", "masc", "ablt", "Сметанов"),
    # Adjective surnames keep their adjective ending.
    ("Веселому", "uk", "masc", "datv", "Веселий"),
    ("Веселій", "uk", "femn", "datv", "Весела"),
    ("Белой", "ru", "femn", "ablt", "Белая"),
]


@pytest.mark.parametrize(("word", "language", "gender", "case", "expected"), SURNAMES)
def test_surname_nominative(
    word: str, language: str, gender: str, case: str, expected: str
) -> None:
    assert surname_nominative(word, language, gender, case)[0] == expected


def test_a_womans_adjective_ending_is_no_mans_surname() -> None:
    assert surname_nominative("Бурчацької", "uk", "masc", "datv")[1] == 0


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Арина", {("Арина", "femn", "nomn")}), ("Хаву", {("Хава", "femn", "accs")})],
)
def test_lexicon_names_keep_their_gender(word: str, expected: set[tuple[str, str, str]]) -> None:
    readings = given_name_readings(word, "ru")
    assert {(r.nominative, r.gender, r.case) for r in readings} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Заместитель председателя палаты Арина Лыкова, которая курирует проект, выступила.",
            "ru",
            [("Арина Лыкова", "заместитель председателя палаты")],
        ),
        ("Слово предоставили Алмазу Гарипову.", "ru", [("Алмаз Гарипов", None)]),
        ("Подякували голові громади Олегу Бурчаці.", "uk", [("Олег Бурчака", "голова громади")]),
    ],
)
def test_names_in_context(text: str, language: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Заступник голови громади Василь Веселий провів нараду.",
            "uk",
            [("Василь Веселий", "заступник голови громади")],
        ),
        ("Слово надали Василю Веселому.", "uk", [("Василь Веселий", None)]),
        ("Подякували Марині Веселій.", "uk", [("Марина Весела", None)]),
        ("Встреча с Анной Белой прошла в мэрии.", "ru", [("Анна Белая", None)]),
    ],
)
def test_adjective_surname(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text, language) == expected


def test_adjective_must_agree_with_an_animate_accusative() -> None:
    # "Антона" is genitive or accusative; "Веселий" is neither, for a man.
    assert people("Після народження Антона Веселий переїхав до міста.") == []


@pytest.mark.parametrize(
    ("word", "gender", "case", "expected"),
    [
        ("Веселого", "masc", "accs", True),
        ("Веселий", "masc", "accs", False),
        ("Київський", "masc", "nomn", False),
        ("Перший", "masc", "nomn", False),
    ],
)
def test_is_adjective_surname(word: str, gender: str, case: str, *, expected: bool) -> None:
    assert is_adjective_surname(word, "uk", gender, case) is expected


@pytest.mark.parametrize(
    ("word", "case", "expected"),
    [
        ("Бурчевичем", "ablt", "Бурчевич"),
        ("Гайзелем", "ablt", "Гайзель"),
        ("Гайзеля", "gent", "Гайзель"),
        ("Гайзелю", "datv", "Гайзель"),
        ("Бурчаем", "ablt", "Бурчай"),
        ("Бурчаю", "datv", "Бурчай"),
    ],
)
def test_russian_soft_stem_surnames(word: str, case: str, expected: str) -> None:
    assert surname_nominative(word, "ru", "masc", case)[0] == expected


def test_an_indeclinable_given_name_fits_every_case() -> None:
    cases = {r.case for r in given_name_readings("Уве", "ru")}
    assert cases == {"nomn", "gent", "datv", "accs", "ablt", "loct"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # An indeclinable name: the post's own form tells its case.
        (
            "Встреча с бывшим министром Гудрун Фогель прошла в Берлине.",
            "ru",
            [("Гудрун Фогель", "бывший министр")],
        ),
        ("Интервью записал германский режиссёр Уве Кранц.", "ru", [("Уве Кранц", "режиссёр")]),
        ("Участь у форумі взяла посол Гудрун Фогель.", "uk", [("Гудрун Фогель", "посол")]),
        # Two foreign words that both end in a consonant and -ом are instrumental.
        ("Фильм снят Орвином Гейлсом для студии.", "ru", [("Орвин Гейлс", None)]),
        # A second given name takes the ending of the first.
        (
            "Переговоры с Эмилем Жаном Дюраном прошли в Париже.",
            "ru",
            [("Эмиль Жан Дюран", None)],
        ),
        # A known surname in another case is someone else's: no middle name.
        (
            "Песни на стихи Николая Бурчакова Зарудскому пришлось петь.",
            "ru",
            [("Николай Бурчаков", None)],
        ),
    ],
)
def test_foreign_and_middle_names(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text, language) == expected


def test_an_adjective_decides_the_gender_of_its_given_name() -> None:
    assert people("На сцену вийшла Олександра Весела.") == [("Олександра Весела", None)]


def test_a_bookish_adjective_is_no_surname() -> None:
    assert people("Виставу Олександра Театральна поставила вчора.") == []


def test_an_adjective_after_a_title_is_an_epithet() -> None:
    assert people("Пам’ятник князю Ярославу Мудрому відкрили в центрі міста.") == []
