"""Limits: the maximum input size, the bounds on loading JSON, and no network access."""

import io
import json
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.cli import main
from govnews.pipeline import DEFAULT_MAX_SIZE, parse_bytes, parse_html, parse_text
from govnews.serialize import DEFAULT_MAX_JSON_SIZE

TEXT = "Сесія міської ради відбудеться у середу."


# --- the maximum input size -----------------------------------------------------------


def test_the_default_limit_lets_a_fifty_megabyte_page_through():
    assert DEFAULT_MAX_SIZE >= 50_000_000


def test_the_default_json_limit_holds_an_article_of_the_largest_text():
    assert DEFAULT_MAX_JSON_SIZE >= 3 * DEFAULT_MAX_SIZE


@given(st.text(max_size=60), st.integers(min_value=0, max_value=60))
def test_parse_text_raises_exactly_when_the_text_is_over_the_limit(text, limit):
    try:
        parse_text(text, max_size=limit)
    except govnews.InputTooLargeError:
        refused = True
    else:
        refused = False
    assert refused == (len(text) > limit)


def test_parse_text_refuses_text_over_the_limit():
    with pytest.raises(govnews.InputTooLargeError):
        parse_text(TEXT, max_size=10)


def test_parse_text_accepts_text_exactly_at_the_limit():
    assert parse_text(TEXT, max_size=len(TEXT)).text == TEXT


def test_parse_text_without_a_limit_accepts_anything():
    assert parse_text(TEXT, max_size=None).text == TEXT


def test_the_error_names_the_size_and_the_limit():
    with pytest.raises(govnews.InputTooLargeError) as error:
        parse_text("а" * 12_345, max_size=10_000)
    assert str(error.value) == (
        "text: 12,345 characters, larger than the limit of 10,000 characters "
        "(raise it with max_size=)"
    )


def test_input_too_large_is_a_parse_error_and_a_value_error():
    with pytest.raises(govnews.ParseError) as error:
        parse_text(TEXT, max_size=1)
    assert isinstance(error.value, ValueError)


def test_parse_bytes_counts_bytes_and_names_the_input():
    data = TEXT.encode()
    with pytest.raises(govnews.InputTooLargeError, match=rf"^news\.txt: {len(data)} bytes"):
        parse_bytes(data, name="news.txt", max_size=len(TEXT))


def test_parse_bytes_refuses_a_large_input_before_decoding_it():
    with pytest.raises(govnews.InputTooLargeError):
        parse_bytes(b"%PDF-1.4" + b"\x00" * 100, max_size=50)


def test_parse_html_refuses_a_page_over_the_limit():
    with pytest.raises(govnews.InputTooLargeError, match=r"^html: "):
        parse_html("<html><body><p>" + TEXT + "</p></body></html>", max_size=20)


def test_a_limit_is_an_argument_not_global_state():
    with pytest.raises(govnews.InputTooLargeError):
        parse_text(TEXT, max_size=1)
    assert parse_text(TEXT).text == TEXT


def test_cli_refuses_a_file_over_max_size_in_one_line(capsys, tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 3000)
    status = main(["parse", "--max-size", "2k", str(path)])
    err = capsys.readouterr().err
    expected = (
        f"govnews: error: {path}: 3,000 bytes, larger than the limit of 2,048 bytes "
        "(raise it with --max-size)\n"
    )
    assert (status, err) == (1, expected)


def test_cli_max_size_zero_means_no_limit(capsys, tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(TEXT, encoding="utf-8")
    status = main(["parse", "--max-size", "0", str(path)])
    assert (status, json.loads(capsys.readouterr().out)["text"]) == (0, TEXT)


@pytest.mark.parametrize(
    ("value", "size"), [("100", 100), ("64k", 65_536), ("64M", 67_108_864), ("1GiB", 1 << 30)]
)
def test_cli_max_size_understands_units(value, size):
    from govnews.cli import _size

    assert _size(value) == size


def test_cli_rejects_a_malformed_max_size(capsys):
    with pytest.raises(SystemExit):
        main(["parse", "--max-size", "lots", "x.txt"])
    assert "--max-size: not a size" in capsys.readouterr().err


def test_cli_reads_all_of_standard_input_without_a_limit(monkeypatch, capsys):
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    status = main(["parse", "--max-size", "0", "-"])
    assert (status, json.loads(capsys.readouterr().out)["text"]) == (0, TEXT)


def test_cli_reads_no_more_of_standard_input_than_the_limit(monkeypatch, capsys):
    stdin = io.TextIOWrapper(io.BytesIO(b"a" * 10_000), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    status = main(["parse", "--max-size", "100", "-"])
    assert (status, stdin.buffer.tell()) == (1, 101)


# --- bounds on loading JSON -----------------------------------------------------------


def test_from_json_refuses_a_document_over_the_limit():
    text = govnews.to_json(parse_text(TEXT))
    with pytest.raises(govnews.SerializationError, match="larger than the limit"):
        govnews.from_json(text, govnews.Article, max_size=len(text) - 1)


def test_from_json_accepts_a_document_at_the_limit():
    article = parse_text(TEXT)
    text = govnews.to_json(article)
    assert govnews.from_json(text, govnews.Article, max_size=len(text)) == article


def test_read_jsonl_refuses_a_line_over_the_limit_naming_it():
    line = govnews.to_json(parse_text(TEXT))
    stream = io.StringIO(line + "\n" + line + "x" * 100 + "\n")
    records = govnews.read_jsonl(stream, max_size=len(line) + 10)
    assert next(records).text == TEXT
    with pytest.raises(govnews.SerializationError, match=r"^<stream>:2: a line longer than"):
        next(records)


def test_read_jsonl_reads_no_more_of_a_long_line_than_the_limit():
    stream = io.StringIO("[" * 1_000_000)
    with pytest.raises(govnews.SerializationError):
        next(govnews.read_jsonl(stream, max_size=1000))
    assert stream.tell() == 1001


def test_read_jsonl_keeps_reading_lines_at_the_limit():
    line = govnews.to_json(govnews.Span(start=0, end=1))
    stream = io.StringIO(f"{line}\n\n{line}\n")
    assert len(list(govnews.read_jsonl(stream, govnews.Span, max_size=len(line)))) == 2


@pytest.mark.parametrize("depth", [10, 500, 990, 5_000, 200_000])
def test_deeply_nested_json_is_a_serialization_error(depth):
    with pytest.raises(govnews.SerializationError):
        govnews.from_json('{"id": ' + "[" * depth + "]" * depth + "}", govnews.Article)


def test_deeply_nested_json_line_is_a_serialization_error_naming_the_line():
    stream = io.StringIO("[" * 100_000 + "\n")
    with pytest.raises(govnews.SerializationError, match=r"^<stream>:1: invalid JSON: .* deeply"):
        next(govnews.read_jsonl(stream))


# --- no network -----------------------------------------------------------------------

PAGE_WITH_LINKS = """<!DOCTYPE html>
<html><head><title>Сесія ради</title>
<link rel="canonical" href="https://example.org/news/1">
<link rel="stylesheet" href="https://example.org/style.css">
<script src="https://example.org/app.js"></script>
<meta property="og:image" content="https://example.org/photo.jpg">
</head><body><article><h1>Сесія ради</h1>
<img src="https://example.org/photo.jpg">
<iframe src="https://example.org/video"></iframe>
<p>Сьогодні відбулася чергова сесія селищної ради. Депутати ухвалили бюджет громади на
наступний рік і затвердили програму розвитку.</p>
<p><a href="https://example.org/news/2">Читати далі</a></p>
</article></body></html>"""

XXE_PAGE = """<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY local SYSTEM "{uri}">
<!ENTITY remote SYSTEM "https://example.org/entity">]>
<html><body><article><h1>Сесія</h1><p>Сьогодні відбулася чергова сесія селищної ради,
депутати ухвалили бюджет громади: &local; &remote;</p></article></body></html>"""


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        msg = f"network access attempted: {args!r}"
        raise AssertionError(msg)

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_parse_html_fetches_nothing_the_page_links_to(no_network):
    pytest.importorskip("trafilatura")
    article = parse_html(PAGE_WITH_LINKS, url="https://example.org/news/1")
    assert article.url == "https://example.org/news/1"


def test_parse_html_resolves_no_external_entity(no_network, tmp_path):
    pytest.importorskip("trafilatura")
    local = tmp_path / "entity.txt"
    local.write_text("ВМІСТЛОКАЛЬНОГОФАЙЛУ", encoding="utf-8")
    article = parse_html(XXE_PAGE.format(uri=local.as_uri()))
    assert ("бюджет" in article.text, "ВМІСТЛОКАЛЬНОГОФАЙЛУ" in article.text) == (True, False)


def test_parse_bytes_of_a_page_fetches_nothing(no_network):
    pytest.importorskip("trafilatura")
    assert parse_bytes(PAGE_WITH_LINKS.encode()).title == "Сесія ради"
