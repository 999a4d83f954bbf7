import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from tests import strategies

RECORDS: list[tuple[type[Any], st.SearchStrategy[Any]]] = [
    (govnews.Article, strategies.articles()),
    (govnews.Span, strategies.spans()),
    (govnews.DateMention, strategies.date_mentions()),
    (govnews.Official, strategies.officials()),
    (govnews.Organization, strategies.organizations()),
    (govnews.Place, strategies.places()),
    (govnews.Event, strategies.events()),
    (govnews.Programme, strategies.programmes()),
    (govnews.LanguageGuess, strategies.language_guesses()),
]
IDS = [cls.__name__ for cls, _ in RECORDS]


@pytest.mark.parametrize(("cls", "strategy"), RECORDS, ids=IDS)
def test_from_dict_inverts_to_dict(cls, strategy):
    @given(strategy)
    def check(record):
        assert govnews.from_dict(govnews.to_dict(record), cls) == record

    check()


@pytest.mark.parametrize(("cls", "strategy"), RECORDS, ids=IDS)
def test_from_json_inverts_to_json(cls, strategy):
    @given(strategy)
    def check(record):
        assert govnews.from_json(govnews.to_json(record), cls) == record

    check()


@pytest.mark.parametrize(("cls", "strategy"), RECORDS, ids=IDS)
def test_to_dict_validates_against_json_schema(cls, strategy):
    validator = jsonschema.Draft202012Validator(govnews.json_schema(cls))

    @given(strategy)
    def check(record):
        validator.validate(govnews.to_dict(record))

    check()


@pytest.mark.parametrize("cls", [cls for cls, _ in RECORDS], ids=IDS)
def test_json_schema_is_a_valid_schema(cls):
    jsonschema.Draft202012Validator.check_schema(govnews.json_schema(cls))


def test_records_are_hashable_and_picklable():
    import pickle

    @given(strategies.articles())
    def check(article):
        assert pickle.loads(pickle.dumps(article)) == article
        assert hash(article) == hash(pickle.loads(pickle.dumps(article)))

    check()


def test_to_json_keeps_cyrillic_readable():
    place = govnews.Place(name="Житомир", kind=govnews.PlaceKind.CITY)
    assert '"Житомир"' in govnews.to_json(place)


def test_enums_and_dates_serialise_to_plain_values():
    article = govnews.Article(
        id="a",
        text="x",
        published=__import__("datetime").date(2023, 12, 3),
        places=(govnews.Place(name="Україна", kind=govnews.PlaceKind.COUNTRY, code="UA"),),
    )
    data = govnews.to_dict(article)
    assert (data["published"], data["places"][0]["kind"]) == ("2023-12-03", "country")


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"id": "a", "text": "x", "title": None, "unknown": 1}, "extra fields found (unknown) @ $"),
        ({"id": "a", "text": None}, "@ $.text"),
        ({"id": "a", "text": "x", "language": 1}, "@ $.language"),
        ({"id": 5, "text": "x"}, "@ $.id"),
        ({"id": "a", "text": "x", "published": "2023-02-30"}, "@ $.published"),
        ({"id": "a", "text": "x", "removed": [None]}, "@ $.removed[0]"),
        ({"id": "a", "text": "x", "language": "ukrainian"}, "language"),
    ],
)
def test_from_dict_rejects_invalid_data_naming_the_path(data, path):
    with pytest.raises(govnews.SerializationError, match=re.escape(path)):
        govnews.from_dict(data, govnews.Article)


def test_from_dict_never_turns_null_into_a_string():
    with pytest.raises(govnews.SerializationError):
        govnews.from_dict(
            {"id": "a", "text": "x", "title": None, "language": None}, govnews.Article
        )


def test_from_dict_does_not_coerce_floats_to_ints():
    with pytest.raises(govnews.SerializationError, match="start"):
        govnews.from_dict({"start": 1.9, "end": 2}, govnews.Span)


def test_from_dict_does_not_coerce_strings_to_bools():
    data = {"text": "x", "span": {"start": 0, "end": 1}, "relative": "false"}
    with pytest.raises(govnews.SerializationError, match="relative"):
        govnews.from_dict(data, govnews.DateMention)


def test_from_dict_rejects_a_day_that_does_not_fit_its_month():
    data = {"text": "x", "span": {"start": 0, "end": 1}, "month": 2, "day": 30}
    with pytest.raises(govnews.SerializationError, match="day 30 does not exist"):
        govnews.from_dict(data, govnews.DateMention)


def test_from_dict_rejects_a_span_past_the_text():
    data = {
        "id": "a",
        "text": "abc",
        "places": [{"name": "X", "mentions": [{"start": 0, "end": 9}]}],
    }
    with pytest.raises(govnews.SerializationError, match="ends past the text"):
        govnews.from_dict(data, govnews.Article)


def test_serialization_error_is_a_value_error():
    with pytest.raises(ValueError, match="Span"):
        govnews.from_dict({}, govnews.Span)


@pytest.mark.parametrize(
    "text", ["", "{", "[1, 2]", "NaN", '{"start": NaN, "end": 1}', "[" * 100_000]
)
def test_from_json_rejects_invalid_json_with_its_own_error(text):
    with pytest.raises(govnews.SerializationError):
        govnews.from_json(text, govnews.Span)


def test_write_jsonl_then_read_jsonl_streams_records_back(tmp_path: Path):
    records = [govnews.Span(start=i, end=i + 1) for i in range(1000)]
    path = tmp_path / "spans.jsonl"
    assert govnews.write_jsonl(iter(records), path) == 1000
    assert list(govnews.read_jsonl(path, govnews.Span)) == records


def test_read_jsonl_is_lazy():
    lines = io.StringIO('{"start": 0, "end": 1}\nnot json\n')
    reader = govnews.read_jsonl(lines, govnews.Span)
    assert next(reader) == govnews.Span(start=0, end=1)


def test_read_jsonl_reports_the_line_number_of_a_bad_line():
    lines = io.StringIO('{"start": 0, "end": 1}\n\n{"start": 0, "end": "x"}\n')
    with pytest.raises(govnews.SerializationError, match=r"<stream>:3: .*\$\.end"):
        list(govnews.read_jsonl(lines, govnews.Span))


def test_read_jsonl_reads_articles_by_default():
    article = govnews.parse_text("Зустріч відбудеться у прес-центрі міської ради.")
    lines = io.StringIO(govnews.to_json(article) + "\n")
    assert list(govnews.read_jsonl(lines)) == [article]


def test_json_schema_of_article_names_every_field():
    schema = govnews.json_schema(govnews.Article)
    assert list(schema["properties"]) == [
        "id",
        "url",
        "title",
        "text",
        "language",
        "published",
        "dates",
        "officials",
        "organizations",
        "places",
        "events",
        "programmes",
        "removed",
    ]


def test_json_schema_forbids_unknown_keys():
    schema = govnews.json_schema(govnews.Article)
    data = json.loads(govnews.to_json(govnews.Article(id="a", text="x")))
    data["extra"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
