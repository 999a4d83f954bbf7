"""What each fuzz target feeds govnews, and what must hold for any input.

Shared by the coverage-guided harness (``fuzz/run.py``) and the regression tests
(``tests/test_fuzz_regressions.py``), which replay every saved input.
"""

import io
from collections.abc import Callable

import govnews
from govnews.model import _spans
from govnews.source import decode

__all__ = ["TARGETS", "check_decode", "check_from_json", "check_parse_html", "check_parse_text"]

_FIELDS = ("dates", "officials", "organizations", "places", "events", "programmes")


def _check_article(article: govnews.Article) -> None:
    """Every span indexes into the text, and the article survives JSON both ways."""
    size = len(article.text)
    for field in _FIELDS:
        for span in _spans(getattr(article, field)):
            assert 0 <= span.start <= span.end <= size, (field, span, size)
    assert govnews.from_json(govnews.to_json(article), govnews.Article) == article


def check_parse_text(data: bytes) -> None:
    """``parse_text`` never raises on any string."""
    text = data.decode("utf-8", "replace")
    _check_article(govnews.parse_text(text))


def check_parse_html(data: bytes) -> None:
    """``parse_html`` never raises on any markup."""
    html = data.decode("utf-8", "replace")
    _check_article(govnews.parse_html(html))


def check_decode(data: bytes) -> None:
    """Reading bytes gives text or one of the documented errors, nothing else."""
    try:
        decoded = decode(data)
    except (govnews.DecodeError, govnews.BinaryInputError):
        return
    _check_article(govnews.parse_text(decoded.text))


def check_from_json(data: bytes) -> None:
    """Loading JSON gives a record or a `SerializationError`, nothing else."""
    try:
        article = govnews.from_json(data, govnews.Article)
    except govnews.SerializationError:
        pass
    else:
        _check_article(article)
    text = data.decode("utf-8", "replace")
    try:
        for record in govnews.read_jsonl(io.StringIO(text)):
            _check_article(record)
    except govnews.SerializationError:
        pass


TARGETS: dict[str, Callable[[bytes], None]] = {
    "parse_text": check_parse_text,
    "parse_html": check_parse_html,
    "decode": check_decode,
    "from_json": check_from_json,
}
