"""Places: regions with ISO 3166-2 codes, countries, districts, hromadas, settlements."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.places import find_places
from govnews.model import Place, PlaceKind, Span


def _codes(text: str, language: str = "uk") -> list[str | None]:
    return [place.code for place in find_places(text, language=language)]


def _named(text: str, language: str = "uk") -> list[tuple[str, str, str | None]]:
    return [
        (place.name, place.kind.value, place.code) for place in find_places(text, language=language)
    ]


REGION_FORMS = [
    ("Нарада у Житомирській області.", "UA-18"),
    ("Голова Житомирської обласної ради відкрив сесію.", "UA-18"),
    ("Громади Житомирщини отримали техніку.", "UA-18"),
    ("Делегація з Волині прибула до столиці.", "UA-07"),
    ("Закарпаттю передали генератори.", "UA-21"),
    ("Івано-Франківську область відвідали донори.", "UA-26"),
    ("Кіровоградською областю проїхав конвой.", "UA-35"),
    ("Аграрії Чернівецької області зібрали урожай.", "UA-77"),
    ("На Луганщині тривають обстріли.", "UA-09"),
    ("Совещание в Житомирской области прошло в среду.", "UA-18"),
    ("Губернатор Кемеровской области подписал указ.", "RU-KEM"),
    ("Шахтеры Кузбасса вышли на смену.", "RU-KEM"),
    ("Администрация Приморского края объявила конкурс.", "RU-PRI"),
    ("Делегация из Брянской области прибыла в город.", "RU-BRY"),
]


@pytest.mark.parametrize(("text", "code"), REGION_FORMS)
def test_region_is_found_in_every_form(text: str, code: str) -> None:
    language = "ru" if any(c in text for c in "ыэъё") else "uk"
    assert code in _codes(text, language)


def test_coordinated_list_of_oblasts_gives_every_region() -> None:
    text = "Представники Кіровоградської, Житомирської та Полтавської областей обмінялися досвідом."
    assert _codes(text) == ["UA-35", "UA-18", "UA-53"]


def test_region_gets_its_nominative_name() -> None:
    assert _named("Виїзна нарада з головами громад Житомирщини.") == [
        ("Житомирська область", "region", "UA-18")
    ]


def test_one_record_holds_every_mention_of_a_region() -> None:
    text = "На Житомирщині стартував проєкт. Житомирська область отримала кошти."
    (place,) = find_places(text, language="uk")
    assert (Span(start=3, end=14), Span(start=33, end=52)) == place.mentions


def test_city_adjective_before_city_council_is_not_the_oblast() -> None:
    assert _named("Сесія Житомирської міської ради затвердила бюджет.") == [
        ("Житомир", "city", "UA18040190010057814")
    ]


def test_genitive_of_donetsk_city_is_not_the_oblast() -> None:
    assert _named("Університет переїхав з Донецька до Вінниці.")[:1] == [
        ("Донецьк", "city", "UA14080030010048113")
    ]


def test_kyiv_is_a_city_and_a_first_level_unit() -> None:
    assert _named("Делегація прибула до Києва.") == [
        ("Київ", "region", "UA-30"),
        ("Київ", "city", "UA80000000000093317"),
    ]


def test_country_gets_its_iso_code() -> None:
    assert _named("Проєкт фінансує уряд Швеції.")[-1:] == [("Швеція", "country", "SE")]


def test_multiword_country_is_one_place() -> None:
    assert _named("Візит до Сполучених Штатів Америки відбувся.") == [("США", "country", "US")]


def test_hromada_gets_its_katotth_code_with_its_oblast() -> None:
    text = "На території Глибочицької громади Житомирської області відкрили заправку."
    assert ("Глибочицька громада", "hromada", "UA18040150000019024") in _named(text)


def test_full_hromada_title_is_kept_in_the_nominative() -> None:
    text = "Досвідом поділилася Тетерівська сільська об’єднана територіальна громада."
    assert _named(text) == [
        ("Тетерівська сільська об’єднана територіальна громада", "hromada", "UA18040530000045696")
    ]


def test_coordinated_hromadas_are_two_places() -> None:
    text = "Нараду приймали Глибочицька та Житомирська громади."
    names = [name for name, kind, _ in _named(text) if kind == "hromada"]
    assert names == ["Глибочицька громада", "Житомирська громада"]


def test_district_is_put_in_the_nominative() -> None:
    assert _named("Вибори у Ратнівському районі.") == [("Ратнівський район", "district", None)]


def test_russian_district_and_settlement() -> None:
    text = "Глава Хасанского района посетил поселок Славянка."
    assert _named(text, "ru") == [("Хасанский район", "district", None), ("Славянка", "town", None)]


def test_ambiguous_village_gets_no_code() -> None:
    # Two villages of this name, in Crimea and in Kharkiv oblast.
    assert _named("У селі Карасівка відкрили амбулаторію.") == [("Карасівка", "village", None)]


def test_village_is_resolved_by_the_oblast_named_nearby() -> None:
    text = "У селі Карасівка на Харківщині відкрили амбулаторію."
    assert ("Карасівка", "village", "UA63020050230086034") in _named(text)


def test_many_villages_share_a_name_and_none_is_chosen() -> None:
    assert _codes("Жителі села Андріївка зібралися на сход.") == [None]


def test_hyphenated_city_in_the_locative() -> None:
    text = "Сьогодні у місті Кам’янці-Подільському розпочав роботу семінар."
    assert _named(text) == [("Кам’янець-Подільський", "city", "UA68020110010097898")]


def test_given_name_is_not_a_city() -> None:
    assert _named("Слово взяв заступник голови Володимир Гончарук.") == []


def test_foreign_city_is_found_by_the_russian_dictionary() -> None:
    assert _named("Делегація побувала у Варшаві.") == [("Варшава", "other", None)]


def test_street_name_in_quotes_is_not_a_place() -> None:
    assert _named("Відкрився магазин «Вінниця».")[1:] == []


@given(st.text(max_size=300))
def test_never_raises_and_spans_index_the_text(text: str) -> None:
    for place in find_places(text, language="uk"):
        assert isinstance(place, Place)
        assert isinstance(place.kind, PlaceKind)
        for span in place.mentions:
            assert 0 <= span.start < span.end <= len(text)


HOSTILE = [
    "а" * 1_000_000,
    "Житомирська " * 100_000,
    "Київ-" * 200_000,
    "«" * 500_000,
    ". " * 500_000,
    "1" * 1_000_000,
    "громади " * 100_000,
    "с. " * 300_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_finishes_quickly(text: str) -> None:
    started = time.perf_counter()
    find_places(text, language="uk")
    assert time.perf_counter() - started < 20
