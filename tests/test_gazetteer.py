"""Reference tables of places."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract import gazetteer


def test_former_name_of_a_city_has_the_code_of_the_city() -> None:
    (former,) = gazetteer.units_by_name()["дніпропетровськ"]
    (current,) = gazetteer.units_by_name()["дніпро"]
    assert (former.name, former.category, former.code) == ("Дніпропетровськ", "M", current.code)


def test_everyday_name_of_a_city_has_the_code_of_the_city() -> None:
    (short,) = gazetteer.units_by_name()["франківськ"]
    (full,) = [u for u in gazetteer.units_by_name()["івано-франківськ"] if u.category == "M"]
    assert short.code == full.code


def test_other_names_leave_the_codes_to_the_codifier() -> None:
    assert "франківськ" not in {unit.name.lower() for unit in gazetteer.units_by_code().values()}


def test_oblast_of_a_city_by_its_former_name() -> None:
    (city,) = gazetteer.units_by_name()["кіровоград"]
    kirovohrad = next(r for r in gazetteer.ua_regions() if r.code == "UA-35")
    assert gazetteer.oblast_of(city.code) == kirovohrad.katotth


def test_table_of_cities_abroad_leaves_ukraine_to_the_codifier() -> None:
    assert "UA" not in {code for _, code in gazetteer.foreign_cities("uk").values()}


def test_table_of_cities_abroad_has_no_country_names() -> None:
    countries = gazetteer.country_names()
    assert [name for name in gazetteer.foreign_cities("uk") if name in countries] == []


def test_ukrainian_name_with_g_is_also_listed_with_h() -> None:
    cities = gazetteer.foreign_cities("uk")
    assert cities["чікаго"] == ("Чікаго", "US")


def test_every_former_name_points_at_one_city_of_the_codifier() -> None:
    index = gazetteer.units_by_name()
    assert [
        name
        for name in gazetteer._OTHER_CITY_NAMES
        if [u.category for u in index[name.lower()]] not in (["M"], ["K"])
    ] == []


def test_former_name_another_unit_still_bears_is_left_to_it() -> None:
    units = gazetteer.units_by_name()["первомайськ"]
    assert [(u.name, u.category) for u in units] == [("Первомайськ", "M")]


@pytest.mark.parametrize(
    ("russian", "ukrainian"),
    [
        ("новосибирск", "новосибірськ"),
        ("липецк", "липецьк"),
        ("калужск", "калузьк"),
        ("оренбургск", "оренбурзьк"),
        ("калмыкия", "калмикія"),
        ("карачаево-черкесия", "карачаєво-черкесія"),
        ("еврейск", "єврейськ"),
        ("кузбасс", "кузбас"),
    ],
)
def test_ukrainian_spellings_of_a_russian_place_word(russian: str, ukrainian: str) -> None:
    assert ukrainian in gazetteer.ukrainian_spellings(russian)


@given(st.text(alphabet="абвгдежзиклмнопрстуфхцчшщъыьэюяё-", max_size=30))
def test_ukrainian_spellings_are_few_and_never_empty(word: str) -> None:
    spellings = gazetteer.ukrainian_spellings(word)
    assert 1 <= len(spellings) <= 16  # the documented bound


def test_ukrainian_spellings_of_russian_regions_only_name_them_before_their_noun() -> None:
    regions = {region.code: region for region in gazetteer.ru_regions()}
    assert "новосибірськ" in regions["RU-NVS"].bound_stems
    assert "новосибірськ" not in regions["RU-NVS"].stems
    assert "курськ" in regions["RU-KRS"].stems  # a neighbour news names alone
