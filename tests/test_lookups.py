"""The sorted indexes and cheap pre-tests that keep the extractors linear in text size."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.events import _mention_index, _names_in, _place_index, _place_near
from govnews.extract.organizations import _is_acronym
from govnews.extract.people import _inside
from govnews.extract.places import _given_name_forms, _guessed_cities, _in_quotes, _quoted_ranges
from govnews.extract.programmes import _international_mentions
from govnews.model import (
    Article,
    Official,
    Organization,
    OrganizationKind,
    Place,
    PlaceKind,
    Span,
    _field_names,
    _spans,
)


def _official(name: str, *starts: int) -> Official:
    given, _, surname = name.partition(" ")
    return Official(
        name=name,
        given_name=given,
        surname=surname,
        latin=name,
        mentions=tuple(Span(start=s, end=s + 5) for s in starts),
    )


def _place(name: str, *starts: int) -> Place:
    return Place(
        name=name,
        kind=PlaceKind.CITY,
        code=None,
        mentions=tuple(Span(start=s, end=s + 4) for s in starts),
    )


# people._inside -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (12, 20, True),  # inside the first quoted stretch
        (10, 30, True),  # exactly the first stretch
        (25, 35, False),  # runs out of it
        (40, 45, False),  # between two stretches
        (55, 60, True),  # inside the second
        (0, 5, False),  # before every stretch
        (90, 95, False),  # after every stretch
    ],
)
def test_inside_finds_the_quoted_stretch_holding_a_span(
    start: int, end: int, *, expected: bool
) -> None:
    assert _inside([(10, 30), (50, 70)], start, end) == expected


@given(
    st.lists(st.integers(0, 200), max_size=20, unique=True).map(sorted),
    st.integers(0, 200),
    st.integers(1, 30),
)
def test_inside_agrees_with_a_scan_of_every_stretch(
    bounds: list[int], start: int, size: int
) -> None:
    ranges = list(zip(bounds[::2], bounds[1::2], strict=False))
    end = start + size
    expected = any(low <= start and end <= high for low, high in ranges)
    assert _inside(ranges, start, end) == expected


# organizations._is_acronym ------------------------------------------------------------


_CLIPPED_THEN_CAPITALS = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ]{1,5}[А-ЯІЇЄҐ]{2,5}")


def _acronym_by_counting(word: str) -> bool:
    """The rule of ``_is_acronym`` spelled out letter by letter, without its shortcut.

    A clipped word before capitals ("СхідГЗК", "ЗакДУ") is one as well.
    """
    if _CLIPPED_THEN_CAPITALS.fullmatch(word):
        return True
    if len(word) < 2 or (word.isupper() and len(word) < 4):
        return len(word) >= 2 and word.isupper()
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) < 4:
        return len(letters) >= 2 and upper == len(letters)
    return upper >= len(letters) - 1


@given(st.text(alphabet="АБВаб вгKkLl-ʼ4ЁёІі", max_size=8))
def test_is_acronym_agrees_with_counting_the_capitals(word: str) -> None:
    assert _is_acronym(word) == _acronym_by_counting(word)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ПРООН", True),
        ("U-LEAD", True),
        ("ОДА", True),
        ("Київ", False),
        ("Житомир", False),
        ("КиМ", False),
        ("EU4Business", False),
    ],
)
def test_is_acronym_tells_capitals_from_a_capitalised_word(word: str, *, expected: bool) -> None:
    assert _is_acronym(word) == expected


# places._given_name_forms ---------------------------------------------------------------


def test_given_name_forms_lists_the_nominative_of_a_given_name() -> None:
    forms = _given_name_forms("олександра", "uk")
    assert forms is not None
    assert "олександр" in forms


def test_given_name_forms_is_none_for_a_word_that_is_no_name() -> None:
    assert _given_name_forms("громада", "uk") is None


# events: nearest place and names by sentence --------------------------------------------


def test_place_index_sorts_mentions_by_start_and_keeps_listing_order() -> None:
    places = (_place("Житомир", 40, 5), _place("Бердичів", 20))
    assert _place_index(places) == [(5, 1, "Житомир"), (20, 2, "Бердичів"), (40, 0, "Житомир")]


def test_place_near_takes_the_nearest_mention_in_the_sentence() -> None:
    index = _place_index((_place("Житомир", 5, 80), _place("Бердичів", 30)))
    starts = [start for start, _, _ in index]
    trigger = Span(start=35, end=41)
    assert _place_near(trigger, (0, 60), index, starts, "") == "Бердичів"


def test_place_near_prefers_the_place_listed_first_on_a_tie() -> None:
    index = _place_index((_place("Житомир", 30), _place("Бердичів", 40)))
    starts = [start for start, _, _ in index]
    trigger = Span(start=35, end=35)
    assert _place_near(trigger, (0, 60), index, starts, "") == "Житомир"


def test_place_near_ignores_mentions_outside_the_sentence() -> None:
    index = _place_index((_place("Житомир", 100),))
    starts = [start for start, _, _ in index]
    assert _place_near(Span(start=10, end=15), (0, 60), index, starts, "") is None


def test_names_in_lists_names_by_first_mention_within_the_sentences() -> None:
    index = _mention_index(
        (
            _official("Іван Петренко", 50, 5),
            _official("Олена Коваль", 20),
            _official("Петро Інший", 90),
        )
    )
    assert _names_in([(0, 30), (45, 60)], index) == ["Іван Петренко", "Олена Коваль"]


def test_names_in_is_empty_without_mentions_in_the_sentences() -> None:
    index = _mention_index((_official("Іван Петренко", 50),))
    assert _names_in([(0, 30)], index) == []


# programmes._international_mentions ----------------------------------------------------


def test_international_mentions_keeps_international_bodies_only() -> None:
    organizations = (
        Organization(
            name="Програма розвитку ООН",
            kind=OrganizationKind.INTERNATIONAL,
            acronym="ПРООН",
            mentions=(Span(start=40, end=45), Span(start=3, end=8)),
        ),
        Organization(
            name="Житомирська міська рада",
            kind=OrganizationKind.COUNCIL,
            mentions=(Span(start=10, end=30),),
        ),
    )
    assert _international_mentions(organizations) == [(3, "ПРООН"), (40, "ПРООН")]


def test_spans_lists_nested_spans_in_document_order() -> None:
    official = _official("Іван Петренко", 0, 10)
    place = Place(name="Київ", kind=PlaceKind.CITY, mentions=(Span(start=20, end=24),))
    expected = [Span(start=0, end=5), Span(start=10, end=15), Span(start=20, end=24)]
    assert expected == list(_spans(((official,), (place,))))


def test_field_names_is_empty_for_a_type_that_is_no_record() -> None:
    expected: tuple[str, ...] = ()
    assert expected == _field_names(str)


def test_article_rejects_a_nested_span_past_the_text() -> None:
    official = _official("Іван Петренко", 0, 30)
    with pytest.raises(ValueError, match="ends past the text"):
        Article(id="a", text="x" * 20, officials=(official,))


def test_guessed_cities_maps_a_locative_ending_to_a_codifier_city() -> None:
    assert _guessed_cities("ірпіні") == ["ірпінь"]


def test_guessed_cities_is_empty_for_a_common_word() -> None:
    assert _guessed_cities("роботі") == []


def test_quoted_ranges_take_the_innermost_name_of_nested_quotes() -> None:
    text = "ТОВ «Компанія «Індустріал Груп»» у Києві"
    assert _in_quotes(_quoted_ranges(text), text.index("Груп"))


def test_quoted_ranges_leave_the_text_after_the_quote() -> None:
    text = "ТОВ «Індустріал Груп» у Києві"
    assert not _in_quotes(_quoted_ranges(text), text.index("Києві"))
