"""Programmes: named programmes, projects, initiatives and grants, and their funders."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.programmes import find_programmes, quoted_after, quoted_spans
from govnews.model import Organization, OrganizationKind, ProgrammeKind, Span


def names(text: str, language: str = "uk") -> list[tuple[str, str]]:
    return [
        (p.name, p.kind.value) for p in find_programmes(text, language=language, organizations=())
    ]


# (fragment, expected (name, kind)), fragments in the genre's style.
PATTERNS = [
    (
        "Керівник установи розповіла про досвід роботи офісів програми «Зроблено в Україні».",
        [("Зроблено в Україні", "programme")],
    ),
    (
        "Ми започатковуємо на Полтавщині проект «Smart-регіон».",
        [("Smart-регіон", "project")],
    ),
    (
        (
            "Даний захід організовано в рамках Проєкту «Посилене партнерство для сталого "
            "відновлення», який впроваджується ПРООН."
        ),
        [("Посилене партнерство для сталого відновлення", "project")],
    ),
    (
        (
            "керівник Проекту Німецького товариства міжнародного співробітництва (GIZ) "
            "«Реформа управління на сході України» Тарас Журавель"
        ),
        [("Реформа управління на сході України", "project")],
    ),
    (
        "Щоб забезпечити навчання дітей, діє програма «Шкільний автобус».",
        [("Шкільний автобус", "programme")],
    ),
    (
        'Громада розпочинає свою участь у проекті "Е-рішення для\nгромад".',
        [("Е-рішення для громад", "project")],
    ),
    (
        (
            "в рамках Всеукраїнського проекту «Змінимо країну разом! Децентралізація: нові "
            "можливості» з ініціативи голови"
        ),
        [("Змінимо країну разом! Децентралізація: нові можливості", "project")],
    ),
    (
        "Компания реализует масштабный проект «Приморское кольцо».",
        [("Приморское кольцо", "project")],
    ),
    (
        "Громада стала переможцем ініціативи «Громада, дружня до дітей».",
        [("Громада, дружня до дітей", "initiative")],
    ),
    ("Школа отримала грант «Освіта для всіх».", [("Освіта для всіх", "grant")]),
    ("у межах проекту DESPRO громади обмінялися досвідом", [("DESPRO", "project")]),
    ("Громада долучилася до програми U-LEAD з Європою.", [("U-LEAD", "programme")]),
    (
        "The city joined the programme “Mayors for Economic Growth”.",
        [("Mayors for Economic Growth", "programme")],
    ),
]

# Quotes that do not name a programme.
NOT_PROGRAMMES = [
    "Обговорили державні програми підтримки бізнесу та проєкти енергоефективності.",
    "Всі проекти вже є на сайті «Портал харків'янина».",
    "Ознайомили з веб-ресурсом «Енергосервіс: облік, контроль, економія».",
    "генеральний директор ФК «Полісся» Денис Загурський",
    "«Проєкт бюджету ухвалено», — сказав голова.",
    "Кошти надійшли від проєкту USAID для громад.",
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_each_programme_pattern_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", NOT_PROGRAMMES)
def test_quotes_that_are_not_programme_names_give_nothing(text: str) -> None:
    assert names(text) == []


def test_funders_after_a_funding_phrase_are_found() -> None:
    text = (
        "Захід організовано в рамках Проєкту «Посилене партнерство для сталого відновлення», "
        "який впроваджується ПРООН за фінансової підтримки уряду Швеції, що представлений "
        "Шведським агентством з питань міжнародної співпраці та розвитку (SIDA)."
    )
    [programme] = find_programmes(text, language="uk", organizations=())
    assert programme.funders == ("ПРООН", "уряд Швеції", "SIDA")


def test_a_funder_named_before_the_name_is_found() -> None:
    text = "Захід відбувся за підтримки Програми Ради Європи «Децентралізація і консолідація»."
    [programme] = find_programmes(text, language="uk", organizations=())
    assert programme.funders == ("Рада Європи",)


def test_an_international_organisation_found_by_the_organisation_extractor_is_a_funder() -> None:
    text = "Проект «Чиста вода» фінансується Фондом Добра."
    fund = Organization(
        name="Фонд Добра",
        kind=OrganizationKind.INTERNATIONAL,
        mentions=(Span(start=text.index("Фондом"), end=len(text) - 1),),
    )
    [programme] = find_programmes(text, language="uk", organizations=(fund,))
    assert programme.funders == ("Фонд Добра",)


def test_a_donor_outside_any_funding_phrase_is_not_a_funder() -> None:
    text = "Програма «Теплі оселі» стартувала. Посол ЄС відвідав громаду."
    [programme] = find_programmes(text, language="uk", organizations=())
    assert programme.funders == ()


def test_a_programme_mentioned_twice_is_one_record_with_two_mentions() -> None:
    text = "Програма «Теплі оселі» стартувала. Учасники програми «Теплі оселі» отримали кошти."
    [programme] = find_programmes(text, language="uk", organizations=())
    assert [text[s.start : s.end] for s in programme.mentions] == ["«Теплі оселі»"] * 2


def test_the_kind_comes_from_the_trigger_word() -> None:
    [programme] = find_programmes("грантом «Смарт-сіті»", language="uk", organizations=())
    assert programme.kind is ProgrammeKind.GRANT


def test_the_seed_programmes_are_found(seeds: dict[str, str]) -> None:
    found = {
        name: [p.name for p in find_programmes(text, language="uk", organizations=())]
        for name, text in seeds.items()
    }
    assert found["000_276a5443b50695a0.txt"] == ["Зроблено в Україні"]
    assert found["003_b83ba453b123c6d4.txt"] == ["Посилене партнерство для сталого відновлення"]


def test_quoted_spans_take_the_outermost_guillemets() -> None:
    assert quoted_spans("ТОВ «ТРК «Приморское кольцо»» та «Полісся»") == [(4, 29), (33, 42)]


def test_quoted_after_refuses_a_quote_past_a_verb() -> None:
    assert quoted_after("проекти вже є на сайті «Портал»", 7) is None


@given(st.text())
def test_find_programmes_never_raises_and_spans_index_the_text(text: str) -> None:
    for programme in find_programmes(text, language="uk", organizations=()):
        for span in programme.mentions:
            assert 0 <= span.start <= span.end <= len(text)


@given(st.text(alphabet="«»„“”\"' проєктпрограмаX.!\n", max_size=300))
def test_quote_soup_never_raises(text: str) -> None:
    find_programmes(text, language="uk", organizations=())


HOSTILE = [
    "проект «" * 130_000,
    "«" * 1_000_000,
    '"' * 1_000_000,
    "проект " * 150_000,
    "Програма " + "Слово " * 170_000,
    "програма «" + "а" * 1_000_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_megabyte_hostile_input_finishes_quickly(text: str) -> None:
    began = time.perf_counter()
    find_programmes(text, language="uk", organizations=())
    assert time.perf_counter() - began < 60  # linear: seconds, not hours, on a busy machine
