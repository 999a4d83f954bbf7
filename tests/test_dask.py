"""The parse runs unchanged over a Dask bag, as ``docs/how-to/dask.md`` shows."""

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import govnews

db = pytest.importorskip("dask.bag", reason="needs the 'dask' extra: pip install 'govnews[dask]'")


def parse_record(record: dict[str, Any]) -> dict[str, Any]:
    """The function of the how-to: one JSON record in, one Article (as a dict) out."""
    article = govnews.parse_text(record["text"], url=record.get("url"))
    return govnews.to_dict(article)


@pytest.fixture
def records(seeds: dict[str, str]) -> list[dict[str, Any]]:
    return [
        {"url": f"https://rada.example/news/{number}", "text": text}
        for number, text in enumerate(seeds.values())
    ]


@pytest.fixture
def expected(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [govnews.to_dict(govnews.parse_text(r["text"], url=r["url"])) for r in records]


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_a_bag_parses_like_parse_text(
    records: list[dict[str, Any]], expected: list[dict[str, Any]], scheduler: str
) -> None:
    bag = db.from_sequence(records, npartitions=2).map(parse_record)
    assert bag.compute(scheduler=scheduler) == expected


def test_a_bag_reads_and_writes_json_lines(
    tmp_path: Path, records: list[dict[str, Any]], expected: list[dict[str, Any]]
) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    (
        db.read_text(str(source), encoding="utf-8")
        .map(json.loads)
        .map(parse_record)
        .map(lambda data: json.dumps(data, ensure_ascii=False))
        .to_textfiles(str(tmp_path / "parsed" / "*.jsonl"), encoding="utf-8", last_endline=True)
    )
    parsed = [
        article
        for path in sorted((tmp_path / "parsed").glob("*.jsonl"))
        for article in govnews.read_jsonl(path)
    ]
    assert parsed == [govnews.from_dict(data, govnews.Article) for data in expected]


def test_an_article_travels_through_pickle_unchanged(seeds: dict[str, str]) -> None:
    article = govnews.parse_text(next(iter(seeds.values())))
    assert pickle.loads(pickle.dumps(article)) == article


def test_the_parse_function_pickles_by_reference() -> None:
    assert pickle.loads(pickle.dumps(govnews.parse_text)) is govnews.parse_text


def test_every_written_line_ends_with_a_newline(
    tmp_path: Path, records: list[dict[str, Any]]
) -> None:
    (
        db.from_sequence(records, npartitions=2)
        .map(parse_record)
        .map(lambda data: json.dumps(data, ensure_ascii=False))
        .to_textfiles(str(tmp_path / "*.jsonl"), encoding="utf-8", last_endline=True)
    )
    data = b"".join(path.read_bytes() for path in sorted(tmp_path.glob("*.jsonl")))
    assert data.count(b"\n") == len(records)
