"""Places: Ukrainian cities named in Russian-language news."""

import pytest

from govnews.extract import gazetteer, places
from govnews.extract.places import find_places


def _named(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.name, p.kind.value, p.code) for p in find_places(text, language="ru")]


def _city_code(ukrainian: str) -> str:
    (city,) = [
        u
        for u in gazetteer.units_by_name()[ukrainian.lower()]
        if u.category in "MK" and u.name == ukrainian
    ]
    return city.code


@pytest.mark.parametrize(
    ("text", "name", "ukrainian"),
    [
        ("Совещание прошло в Одессе.", "Одесса", "Одеса"),
        ("Мэр Харькова провёл совещание.", "Харьков", "Харків"),
        ("Школу открыли в городе Кривой Рог.", "Кривой Рог", "Кривий Ріг"),
        ("Новую школу открыли в Кривом Роге.", "Кривой Рог", "Кривий Ріг"),
        ("Жители Белой Церкви собрались у мэрии.", "Белая Церковь", "Біла Церква"),
        ("Делегация прибыла в Житомир.", "Житомир", "Житомир"),
        ("Обстрел Горловки продолжается.", "Горловка", "Горлівка"),
    ],
)
def test_ukrainian_city_in_russian_gets_its_code(text: str, name: str, ukrainian: str) -> None:
    assert _named(text) == [(name, "city", _city_code(ukrainian))]


def test_an_oblast_centre_wins_over_a_namesake_town() -> None:
    (code,) = {p.code for p in find_places("Встреча прошла в Николаеве.", language="ru")}
    assert gazetteer.oblast_of(code or "") == "UA48000000000039575"  # Mykolaiv oblast


def test_city_genitive_in_russian_is_not_the_oblast() -> None:
    assert set(_named("Жители Донецка и Донецкой области.")) == {
        ("Донецк", "city", _city_code("Донецьк")),
        ("Донецкая область", "region", "UA-14"),
    }


def test_a_russian_city_keeps_no_code() -> None:
    assert _named("Выставка открылась в Брянске.") == [("Брянск", "city", None)]


def test_every_russian_name_leaves_one_ukrainian_city() -> None:
    table = gazetteer.russian_city_names()
    assert set(table) == {name.lower() for name in gazetteer._RUSSIAN_CITY_NAMES}
    assert all(unit.category in "MK" for unit in table.values())


def test_a_two_word_name_needs_both_words_of_a_city() -> None:
    assert _named("Белая ворона села на Новую Каланчу.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Она работала с мэром ещё в ХМАО.", "RU-KHM"),
        ("Вахтовики вернулись из ЯНАО.", "RU-YAN"),
        ("В ХМАО-Югре открыли школу.", "RU-KHM"),
    ],
)
def test_russian_region_by_its_usual_abbreviation(text: str, code: str) -> None:
    assert [place.code for place in find_places(text, language="ru")] == [code]


def test_ukrainian_city_named_in_the_russian_plural_in_an_oblique_case() -> None:
    text = "Учитель из Черновцов приехал. Он жил в Черновцах."
    (city,) = find_places(text, language="ru")
    assert (city.name, len(city.mentions)) == ("Черновцы", 2)


def test_town_after_its_marker_takes_the_name_another_mention_spells() -> None:
    text = "Дорога обойдёт центр города Чусовой. Жители Чусового ждали её давно."
    places = find_places(text, language="ru")
    assert [(p.name, len(p.mentions)) for p in places] == [("Чусовой", 2)]


@pytest.mark.parametrize(
    ("surface", "name", "spells"),
    [
        ("города Чусовой", "чусовой", True),
        ("Чусовой", "чусовой", True),
        ("г. Королёв", "королев", True),
        ("Старые Петровцы", "петровцы", False),  # another place's longer name
        ("Нижний Чусовой", "чусовой", False),
    ],
)
def test_a_mention_spells_a_name_only_after_a_lowercase_marker(
    surface: str, name: str, spells: bool
) -> None:
    assert places._spells(surface, name) is spells


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жители г. Владивостока и в г. Владивостоке собрались.", "Владивосток"),
        ("Прием граждан в г. Брянске проведут.", "Брянск"),
        ("Маршрут идет в г. Сочи и дальше.", "Сочи"),
        ("Собрание в пос. Славянка прошло.", "Славянка"),
    ],
)
def test_city_after_an_abbreviated_marker_in_any_case_is_one_place(text: str, name: str) -> None:
    assert [place.name for place in find_places(text, language="ru")] == [name]
