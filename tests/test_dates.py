"""Dates: the grammar's forms, its false-date traps, year resolution and robustness."""

import datetime as dt
import importlib.util
import json
import time
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.dates import date_mentions, find_dates

Triple = tuple[int | None, int | None, int | None]


def triples(text: str, published: dt.date | None = None, language: str = "uk") -> list[Triple]:
    return [
        (m.year, m.month, m.day) for m in find_dates(text, language=language, published=published)
    ]


# (fragment, expected (year, month, day) triples), fragments in the genre's style.
FORMS = [
    # Day and month names in the cases the genre uses, Ukrainian.
    ("03 грудня начальник ОВА провів виїзну нараду.", [(None, 12, 3)]),
    ("Зустріч призначено на 1 січня.", [(None, 1, 1)]),
    ("Сесію перенесли з 6 квітня.", [(None, 4, 6)]),
    ("Рішення ухвалили 29 лютого 2024 року.", [(2024, 2, 29)]),
    ("Вибори відбудуться 26 жовтня 2025 р.", [(2025, 10, 26)]),
    ("Станом на 1-го вересня прийнято заявки.", [(None, 9, 1)]),
    ("Наказ діє до 31 серпня.", [(None, 8, 31)]),
    ("Прийом триває по 15 липня.", [(None, 7, 15)]),
    # Russian.
    ("Об этом объявлено утром в понедельник, 26 ноября.", [(None, 11, 26)]),
    ("Выборы назначены на 14 октября 2012 года.", [(2012, 10, 14)]),
    ("Совещание прошло 5 марта.", [(None, 3, 5)]),
    ("Указ вступает в силу с 1 мая.", [(None, 5, 1)]),
    # English.
    ("The memorandum was signed on 3 December 2023.", [(2023, 12, 3)]),
    ("The forum opens on December 3, 2023.", [(2023, 12, 3)]),
    ("Deadline: March 15.", [(None, 3, 15)]),
    # Numeric dates.
    ("рішення виконкому від 03.12.2023 № 451", [(2023, 12, 3)]),
    ("Звіт подано 3/12/2023.", [(2023, 12, 3)]),
    ("Опубліковано 2023-12-03 на сайті.", [(2023, 12, 3)]),
    ("наказ Мінрегіону від 07.07.11 № 110", [(2011, 7, 7)]),
    ("Акт складено 25.05.2011 року.", [(2011, 5, 25)]),
    # Ranges and lists sharing a month or a year.
    ("Прийом заяв триватиме з 18 по 20 травня.", [(None, 5, 18), (None, 5, 20)]),
    ("24-27 квітня 2017 року делегація перебувала у Варшаві.", [(2017, 4, 24), (2017, 4, 27)]),
    (
        "Навчання пройдуть 25 та 30 серпня, 06 та 08 вересня 2022 року.",
        [(2022, 8, 25), (2022, 8, 30), (2022, 9, 6), (2022, 9, 8)],
    ),
    ("Ярмарок працюватиме з 30 грудня 2022 по 2 січня 2023 року.", [(2022, 12, 30), (2023, 1, 2)]),
    # Months with a year.
    ("У грудні 2011 року раду розпустили.", [(2011, 12, None)]),
    ("В декабре 1996 года был избран депутатом.", [(1996, 12, None)]),
    ("Ремонт тривав у січні та лютому 2023 року.", [(2023, 1, None), (2023, 2, None)]),
    # Years alone.
    ("Стратегію ухвалено на 2021–2025 роки.", [(2021, None, None), (2025, None, None)]),
    ("У 2017-ому громада об'єдналася.", [(2017, None, None)]),
    ("сформировать программу благоустройства до 2022 года", [(2022, None, None)]),
    ("В 2019-м планируется выпуск.", [(2019, None, None)]),
    ("С 1998 года он руководит компанией.", [(1998, None, None)]),
    ("В 1993-1996 годах работал в администрации.", [(1993, None, None), (1996, None, None)]),
    ("с 2006 по 2008 год работал заместителем", [(2006, None, None), (2008, None, None)]),
    ("у 2013 та 2014 роках", [(2013, None, None), (2014, None, None)]),
    ("депутат міськради (2006-2010) очолив фонд", [(2006, None, None), (2010, None, None)]),
    ("Працює тут з 2012, коли відкрили центр.", [(2012, None, None)]),
    ("Фірма у 2013 повідомила Мінюст.", [(2013, None, None)]),
    # A time belongs to its date.
    ("6 квітня о 12.00 год. почнеться нарада.", [(None, 4, 6)]),
]

# Numbers that are not dates.
TRAPS = [
    "Наказ № 12.05-01 від голови ОДА.",
    "Рішення № 2023 оприлюднено.",
    "Телефон гарячої лінії: 067-123-45-67, (0412) 47-12-20.",
    "Бюджет зріс на 15,6 млн грн.",
    "На заміну котлів витрачено 19 мільйонів гривень, ще 15,5 мільйона – позабюджетних.",
    "Явка склала 45% (35,45% у місті), 2858 голосів.",
    "Офіс розташований на вул. 9 Травня, 12, буд. 15.",
    "Оновлено до версії 2.10.3, Управління 2.0.",
    "Матч завершився з рахунком 3:1.",
    "у черзі 1500 місць, у 2000 осіб немає роботи",
    "понад 2000 років тому",
    "Ціна зросла з 18 % до 30 %.",
    "Запуск тепла триватиме 7-10 днів, у прошлом за 2-3 дня.",
    "Температура нижче +8 градусов, 2,6 тысяч километров сетей.",
    "Нарада о 12.00 год.",
    "Ціни від 2000 до 3000 грн, від 1900 до 1950 грн за тонну.",
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_each_date_form_is_read(text: str, expected: list[Triple]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize("text", TRAPS)
def test_numbers_that_are_not_dates_give_no_date(text: str) -> None:
    assert triples(text) == []


def test_a_time_is_attached_to_the_date_of_the_previous_sentence() -> None:
    text = "Завтра, 6 квітня, Житомир зустрічатиме учасників.\nЗустріч відбудеться о 12.00 год."
    [mention] = find_dates(text, language="uk", published=None)
    assert (mention.text, mention.hour, mention.minute) == ("6 квітня", 12, 0)


def test_a_time_with_a_colon_is_read() -> None:
    [mention] = find_dates("Сесія 5 травня розпочнеться о 10:30.", language="uk", published=None)
    assert (mention.day, mention.hour, mention.minute) == (5, 10, 30)


def test_the_span_of_a_mention_indexes_the_text() -> None:
    text = "Вибори відбудуться 26 жовтня 2025 р., а сесія — у 2026 році."
    mentions = find_dates(text, language="uk", published=None)
    assert [text[m.span.start : m.span.end] for m in mentions] == [
        "26 жовтня 2025 р.",
        "2026 році",
    ]
    assert [m.text for m in mentions] == ["26 жовтня 2025 р.", "2026 році"]


def test_a_repeated_date_is_reported_once() -> None:
    text = "Сесія 29 квітня не відбулася. Зрив сесії 29 квітня обговорили."
    assert triples(text) == [(None, 4, 29)]


def test_every_mention_is_kept_by_date_mentions() -> None:
    text = "Сесія 29 квітня не відбулася. Зрив сесії 29 квітня обговорили."
    assert len(date_mentions(text, language="uk")) == 2


def test_a_line_holding_only_a_date_is_a_dateline_not_a_date() -> None:
    text = "Громади об'єдналися для співпраці.\n10 March 2026\nП'ять громад з різних областей."
    assert triples(text) == []


def test_a_text_of_one_date_is_not_a_dateline() -> None:
    assert triples("10 березня 2026 року") == [(2026, 3, 10)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Сесія відбудеться 3 січня.", dt.date(2017, 12, 29), (2018, 1, 3)),
        ("Нарада відбулася 28 грудня.", dt.date(2018, 1, 2), (2017, 12, 28)),
        ("Совещание состоится 5 апреля.", dt.date(2019, 4, 1), (2019, 4, 5)),
        ("Форум прошёл 25 декабря.", dt.date(2020, 1, 10), (2019, 12, 25)),
        ("Дата: 6 квітня.", dt.date(2017, 4, 5), (2017, 4, 6)),
        ("Заяви приймають до 11 вересня поточного року.", dt.date(2021, 8, 1), (2021, 9, 11)),
        ("З 1 травня минулого року діє порядок.", dt.date(2021, 8, 1), (2020, 5, 1)),
    ],
)
def test_the_year_of_a_bare_date_comes_from_the_publication_date_and_tense(
    text: str, published: dt.date, expected: Triple
) -> None:
    assert triples(text, published) == [expected]


def test_relative_words_resolve_only_with_a_publication_date() -> None:
    assert triples("Сьогодні відбулася сесія.") == []
    [mention] = find_dates(
        "Сьогодні відбулася сесія.", language="uk", published=dt.date(2023, 12, 3)
    )
    assert (mention.year, mention.month, mention.day, mention.relative) == (2023, 12, 3, True)


@given(st.sampled_from([dt.date.min, dt.date.max]))
def test_relative_words_at_the_ends_of_the_calendar_do_not_raise(published: dt.date) -> None:
    text = "Вчора, 31 грудня, і завтра, 1 січня, відбудеться сесія."
    found = find_dates(text, language="uk", published=published)
    assert {(12, 31), (1, 1)} <= {(m.month, m.day) for m in found}


@pytest.mark.parametrize(
    ("word", "offset"),
    [("завтра", 1), ("вчора", -1), ("вчера", -1), ("послезавтра", 2), ("yesterday", -1)],
)
def test_each_relative_word_moves_from_the_publication_date(word: str, offset: int) -> None:
    published = dt.date(2024, 2, 28)
    [mention] = find_dates(f"Нарада {word}.", language="uk", published=published)
    assert mention.date == published + dt.timedelta(days=offset)


def test_an_explicit_date_replaces_a_relative_word_for_the_same_day() -> None:
    text = "Завтра, 6 квітня, відбудеться нарада."
    [mention] = find_dates(text, language="uk", published=dt.date(2017, 4, 5))
    assert (mention.text, mention.relative, mention.date) == (
        "6 квітня",
        False,
        dt.date(2017, 4, 6),
    )


def test_an_impossible_day_is_not_reported() -> None:
    assert triples("Засідання 31 квітня і 30 лютого.") == []


def test_the_seed_dates_are_found(seeds: dict[str, str]) -> None:
    found = {name: triples(text) for name, text in seeds.items()}
    assert found["000_276a5443b50695a0.txt"] == [(None, 12, 3)]
    assert found["004_f820f992c9b32a0f.txt"] == [(2017, None, None), (2022, None, None)]


@given(st.text(), st.dates())
def test_find_dates_never_raises_and_spans_index_the_text(text: str, published: dt.date) -> None:
    for mention in find_dates(text, language="uk", published=published):
        assert text[mention.span.start : mention.span.end] == mention.text


@given(st.text(alphabet="0123456789.,-–/: №рокугдаяквітнмйсьоРМ\n", max_size=200))
def test_digit_soup_never_raises(text: str) -> None:
    for mention in find_dates(text, language="ru", published=None):
        assert 0 <= mention.span.start <= mention.span.end <= len(text)


HOSTILE = [
    "1" * 1_000_000,
    "1." * 500_000,
    "12.05." * 150_000,
    "1 " * 500_000,
    "1 та " * 200_000,
    "2020-" * 200_000,
    "12 травня " * 100_000,
    "з 2012 по " * 100_000,
    "Слово " * 170_000,
    "«" * 1_000_000,
    "о 12.00 " * 120_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_megabyte_hostile_input_finishes_quickly(text: str) -> None:
    began = time.perf_counter()
    date_mentions(text, language="uk", published=dt.date(2020, 1, 1))
    assert time.perf_counter() - began < 60  # linear: seconds, not hours, on a busy machine


def _benchmark() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "dates.py"
    spec = importlib.util.spec_from_file_location("benchmark_dates", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ner_uk_calendar_dates_are_recalled(shared) -> None:
    is_calendar = _benchmark().is_calendar

    gold = found = 0
    with (shared / "data" / "ner-uk" / "ner-uk-v2.jsonl").open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record["split"] != "test":
                continue
            spans = [m.span for m in date_mentions(record["text"], language="uk")]
            for entity in record["entities"]:
                if entity["type"] == "DATE" and is_calendar(entity["text"]):
                    gold += 1
                    found += any(s.start < entity["end"] and entity["start"] < s.end for s in spans)
    assert found / gold >= 0.85
