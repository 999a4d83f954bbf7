"""Cities abroad from the packaged table, and Ukrainian cities by their former names."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract import gazetteer
from govnews.extract.places import find_places


def _named(text: str, language: str = "uk") -> list[tuple[str, str, str | None]]:
    return [
        (place.name, place.kind.value, place.code) for place in find_places(text, language=language)
    ]


def _surfaces(text: str, language: str = "uk") -> list[str]:
    return [
        text[span.start : span.end]
        for place in find_places(text, language=language)
        for span in place.mentions
    ]


LISTED_CITIES = [
    ("Наступного року саміт приймає Відень.", "uk", "Відень"),
    ("Делегація повернулася до Відня.", "uk", "Відень"),
    ("Переговори у Відні тривали два дні.", "uk", "Відень"),
    ("Автобус до Хелма вирушає щоранку.", "uk", "Хелм"),
    ("Побратимом стало польське місто Хелм.", "uk", "Хелм"),
    ("Конференція відбулася у Монпельє.", "uk", "Монпельє"),
    ("Посол повернувся з Любліна.", "uk", "Люблін"),
    ("Форум у Мюнхені зібрав міністрів.", "uk", "Мюнхен"),
    ("Посольство в Ісламабаді зачинене.", "uk", "Ісламабад"),
    ("Переговори в Джидді тривали до ночі.", "uk", "Джидда"),
    ("Делегация прибыла в Лахор.", "ru", "Лахор"),
    ("Конференция астрономов прошла в Тусоне.", "ru", "Тусон"),
    ("Переговоры прошли в Вене.", "ru", "Вена"),
    ("Выставка открылась в Кельне.", "ru", "Кельн"),
]


@pytest.mark.parametrize(("text", "language", "name"), LISTED_CITIES)
def test_listed_city_abroad_is_a_city_without_a_code(text: str, language: str, name: str) -> None:
    assert _named(text, language) == [(name, "city", None)]


def test_city_abroad_the_dictionary_reads_first_as_an_adjective() -> None:
    assert _named("Він три роки жив у Мурманську.") == [("Мурманськ", "city", None)]


def test_city_abroad_found_by_its_russian_spelling_in_the_dictionary() -> None:
    assert _named("Нові знайомі в Солікамську допомогли.") == [("Солікамськ", "city", None)]


def test_adjective_form_of_a_city_abroad_without_a_preposition_is_no_place() -> None:
    assert _named("Жінка назвала Мурманську повінь найгіршою.") == []


def test_every_form_of_a_city_abroad_is_one_place() -> None:
    text = "Прем’єр прибув до Відня. У Відні він зустрівся з канцлером."
    assert _surfaces(text) == ["Відня", "Відні"]


def test_cities_abroad_listed_after_one_preposition() -> None:
    assert _named("Вчені з Монреаля та Оттави приїхали на форум.") == [
        ("Монреаль", "city", None),
        ("Оттава", "city", None),
    ]


def test_city_abroad_in_a_quoted_name_is_no_place() -> None:
    assert _named("Готель «Відень» відкрився у центрі.") == []


def test_city_abroad_as_a_football_club_in_quotes_is_no_place() -> None:
    assert _named("Команда зіграла внічию з «Барселоною».") == []


def test_given_name_that_is_also_a_city_abroad_is_no_place() -> None:
    assert _named("Пісню виконала Софія Ротару.") == []


def test_surname_that_is_also_a_city_abroad_is_no_place() -> None:
    assert _named("Лист підписав Джордж Вашингтон.") == []


def test_city_abroad_opening_a_ukrainian_sentence_as_a_dateline_is_a_city() -> None:
    assert _named("Відень. Переговори перенесли.") == [("Відень", "city", None)]


FORMER_NAMES = [
    ("Новини з Дніпродзержинська.", "Дніпродзержинськ", "Кам’янське"),
    ("Мешканці Краснодона виїхали.", "Краснодон", "Сорокине"),
    ("У Красноперекопську пролунали вибухи.", "Красноперекопськ", "Яни Капу"),
    ("Завод у Торезі зупинився.", "Торез", "Чистякове"),
    ("Автобус зі Свердловська прибув.", "Свердловськ", "Довжанськ"),
    ("Бої точилися біля Кіровського.", "Кіровське", "Хрестівка"),
    ("Нарада у Першотравенську відбулася.", "Першотравенськ", "Шахтарське"),
    ("Поїзд до Краснограда вирушив.", "Красноград", "Берестин"),
    ("Шахта у Карло-Лібкнехтівську закрилася.", "Карло-Лібкнехтівськ", "Соледар"),
    ("Він народився у Ворошиловграді.", "Ворошиловград", "Луганськ"),
]


@pytest.mark.parametrize(("text", "former", "current"), FORMER_NAMES)
def test_city_by_its_former_name_gets_the_code_of_the_current_city(
    text: str, former: str, current: str
) -> None:
    (city,) = [u for u in gazetteer.units_by_name()[current.lower()] if u.category in "MK"]
    assert _named(text) == [(former, "city", city.code)]


def test_former_name_in_the_nominative_is_a_city() -> None:
    (city,) = [u for u in gazetteer.units_by_name()["кадіївка"] if u.category == "M"]
    assert _named("Окупанти перейменували Кадіївку, але Кадіївка не здалася.") == [
        ("Кадіївка", "city", city.code)
    ]


def test_surname_that_is_a_former_city_name_is_no_place() -> None:
    assert _named("Про це писав Моріс Торез.") == []


def test_street_named_after_a_person_of_a_former_city_name_is_no_place() -> None:
    assert _named("Вулиця Щорса перейменована.") == []


@pytest.mark.parametrize("unit", ["у Мурманську, ", "до Відня і Хелма та ", "Стаханов ", "Відень"])
def test_long_run_of_city_names_is_read_in_linear_time(unit: str) -> None:
    text = unit * 30_000
    started = time.process_time()
    find_places(text, language="uk")
    assert time.process_time() - started < 10


@given(st.text(max_size=200))
def test_text_around_cities_abroad_never_raises(tail: str) -> None:
    find_places("Делегація у Відні та до Хелма " + tail, language="uk")
    find_places("Переговоры в Вене " + tail, language="ru")
