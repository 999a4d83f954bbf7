"""Putting noun phrases into the nominative."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.inflect import match_case, to_nominative

PHRASES = [
    (
        "Житомирської обласної військової адміністрації",
        "uk",
        "Житомирська обласна військова адміністрація",
    ),
    ("Волинської обласної ради", "uk", "Волинська обласна рада"),
    ("першого заступника начальника", "uk", "перший заступник начальника"),
    ("Кабінету Міністрів України", "uk", "Кабінет Міністрів України"),
    (
        "Правительственной комиссии по экономическому развитию и интеграции",
        "ru",
        "Правительственная комиссия по экономическому развитию и интеграции",
    ),
    ("Приморского следственного управления", "ru", "Приморское следственное управление"),
    ("Житомирська обласна рада", "uk", "Житомирська обласна рада"),
    ("Высшей коммерческой школы", "ru", "Высшая коммерческая школа"),
    ("Высшего арбитражного суда", "ru", "Высший арбитражный суд"),
    ("Лучшей школы", "ru", "Лучшая школа"),
    # "Раду" is also a form of the adjective "радий", which cannot agree with "України".
    ("Верховну Раду України", "uk", "Верховна Рада України"),
    ("Наглядову раду підприємства", "uk", "Наглядова рада підприємства"),
    ("Житомирської міської ради", "uk", "Житомирська міська рада"),
    ("Рада Європи", "uk", "Рада Європи"),  # not the genitive of the unit "рад"
    ("Ради Європи", "uk", "Рада Європи"),
    ("Минприроды", "ru", "Минприроды"),
    # The dictionary tags this masculine nominative with no case at all.
    (
        "Кіровоградського національного технічного університету",
        "uk",
        "Кіровоградський національний технічний університет",
    ),
    ("Дніпропетровського апеляційного адмінсуду", "uk", "Дніпропетровський апеляційний адмінсуд"),
    # Adjectives coordinated before their noun all agree with it.
    (
        "Всемирной продовольственной и сельскохозяйственной организации ООН",
        "ru",
        "Всемирная продовольственная и сельскохозяйственная организация ООН",
    ),
    ("Промышленного и коммерческого банка Китая", "ru", "Промышленный и коммерческий банк Китая"),
    (
        "Всесвітньої продовольчої та сільськогосподарської організації",
        "uk",
        "Всесвітня продовольча та сільськогосподарська організація",
    ),
]


@pytest.mark.parametrize(("phrase", "language", "expected"), PHRASES)
def test_head_and_agreeing_words_go_to_the_nominative(
    phrase: str, language: str, expected: str
) -> None:
    assert expected == " ".join(to_nominative(phrase.split(), language))


def test_adjective_that_is_also_a_surname_is_read_as_adjective() -> None:
    assert to_nominative(["Волинської", "обласної", "ради"], "uk") == [
        "Волинська",
        "обласна",
        "рада",
    ]


def test_unknown_words_come_back_unchanged() -> None:
    assert to_nominative(["Бумбрябр"], "uk") == ["Бумбрябр"]


def test_match_case_keeps_hyphenated_capitals() -> None:
    assert match_case("івано-франківська", "Івано-Франківської") == "Івано-Франківська"


@given(st.lists(st.text(max_size=20), max_size=6))
def test_never_raises_and_keeps_the_length(words: list[str]) -> None:
    assert len(words) == len(to_nominative(words, "uk"))


def test_preferred_head_reads_a_word_that_is_also_an_adjective_as_the_noun() -> None:
    assert to_nominative(["Раді", "Європи"], "uk", heads={"рада"}) == ["Рада", "Європи"]
    assert to_nominative(["Раду", "Європи"], "uk", heads={"рада"}) == ["Рада", "Європи"]


def test_without_a_preferred_head_the_phrase_is_left_as_the_dictionary_reads_it() -> None:
    assert to_nominative(["Раді", "Європи"], "uk") == ["Раді", "Європи"]
