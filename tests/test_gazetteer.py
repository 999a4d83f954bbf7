"""Reference tables of places."""

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
