"""CSV tables: one flat table per kind of record, each row carrying its article id.

| table | one row per | columns |
| --- | --- | --- |
| ``articles`` | article | ``article_id``, ``url``, ``title``, ``language``, ``published``, ``text`` |
| ``dates`` | date mention | ``article_id``, ``text``, ``year``, ``month``, ``day``, ``hour``, ``minute``, ``relative``, ``start``, ``end`` |
| ``officials`` | official | ``article_id``, ``name``, ``given_name``, ``patronymic``, ``surname``, ``latin``, ``position``, ``organization``, ``mentions``, ``spans`` |
| ``organizations`` | organisation | ``article_id``, ``name``, ``acronym``, ``kind``, ``mentions``, ``spans`` |
| ``places`` | place | ``article_id``, ``name``, ``kind``, ``code``, ``mentions``, ``spans`` |
| ``events`` | event | ``article_id``, ``kind``, ``name``, ``date``, ``date_text``, ``location``, ``participants``, ``organizers``, ``programme``, ``mentions``, ``spans`` |
| ``programmes`` | programme | ``article_id``, ``name``, ``kind``, ``funders``, ``mentions``, ``spans`` |

``mentions`` is the number of mentions and ``spans`` lists them as ``start-end``
offsets into the article text, separated by spaces; lists of names are joined with
``"; "``; a missing value is an empty cell. Files are UTF-8; pass ``bom=True`` so that
spreadsheet programs recognise the encoding when they open the file.
"""  # noqa: E501 - a Markdown table

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from govnews.export.values import partial_date
from govnews.model import Article, Span

__all__ = ["TABLES", "table_rows", "write_csv", "write_csv_table"]

_SPANNED = ("mentions", "spans")

_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "url", "title", "language", "published", "text"),
    "dates": (
        "article_id",
        "text",
        "year",
        "month",
        "day",
        "hour",
        "minute",
        "relative",
        "start",
        "end",
    ),
    "officials": (
        "article_id",
        "name",
        "given_name",
        "patronymic",
        "surname",
        "latin",
        "position",
        "organization",
        *_SPANNED,
    ),
    "organizations": ("article_id", "name", "acronym", "kind", *_SPANNED),
    "places": ("article_id", "name", "kind", "code", *_SPANNED),
    "events": (
        "article_id",
        "kind",
        "name",
        "date",
        "date_text",
        "location",
        "participants",
        "organizers",
        "programme",
        *_SPANNED,
    ),
    "programmes": ("article_id", "name", "kind", "funders", *_SPANNED),
}

TABLES: tuple[str, ...] = tuple(_COLUMNS)
"""The names of the tables, in the order [`write_csv`][govnews.export.write_csv] writes them."""

Row = dict[str, Any]


def _spans(spans: tuple[Span, ...]) -> dict[str, Any]:
    return {
        "mentions": len(spans),
        "spans": " ".join(f"{span.start}-{span.end}" for span in spans),
    }


def _names(names: tuple[str, ...]) -> str:
    return "; ".join(names)


def _article_rows(article: Article) -> Iterator[Row]:
    yield {
        "article_id": article.id,
        "url": article.url,
        "title": article.title,
        "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "text": article.text,
    }


def _date_rows(article: Article) -> Iterator[Row]:
    for date in article.dates:
        yield {
            "article_id": article.id,
            "text": date.text,
            "year": date.year,
            "month": date.month,
            "day": date.day,
            "hour": date.hour,
            "minute": date.minute,
            "relative": date.relative,
            "start": date.span.start,
            "end": date.span.end,
        }


def _official_rows(article: Article) -> Iterator[Row]:
    for official in article.officials:
        yield {
            "article_id": article.id,
            "name": official.name,
            "given_name": official.given_name,
            "patronymic": official.patronymic,
            "surname": official.surname,
            "latin": official.latin,
            "position": official.position,
            "organization": official.organization,
            **_spans(official.mentions),
        }


def _organization_rows(article: Article) -> Iterator[Row]:
    for organization in article.organizations:
        yield {
            "article_id": article.id,
            "name": organization.name,
            "acronym": organization.acronym,
            "kind": organization.kind.value,
            **_spans(organization.mentions),
        }


def _place_rows(article: Article) -> Iterator[Row]:
    for place in article.places:
        yield {
            "article_id": article.id,
            "name": place.name,
            "kind": place.kind.value,
            "code": place.code,
            **_spans(place.mentions),
        }


def _event_rows(article: Article) -> Iterator[Row]:
    for event in article.events:
        yield {
            "article_id": article.id,
            "kind": event.kind.value,
            "name": event.name,
            "date": partial_date(event.date),
            "date_text": event.date.text if event.date else None,
            "location": event.location,
            "participants": _names(event.participants),
            "organizers": _names(event.organizers),
            "programme": event.programme,
            **_spans(event.mentions),
        }


def _programme_rows(article: Article) -> Iterator[Row]:
    for programme in article.programmes:
        yield {
            "article_id": article.id,
            "name": programme.name,
            "kind": programme.kind.value,
            "funders": _names(programme.funders),
            **_spans(programme.mentions),
        }


_ROWS: dict[str, Callable[[Article], Iterator[Row]]] = {
    "articles": _article_rows,
    "dates": _date_rows,
    "officials": _official_rows,
    "organizations": _organization_rows,
    "places": _place_rows,
    "events": _event_rows,
    "programmes": _programme_rows,
}


def _check(table: str) -> None:
    if table not in _COLUMNS:
        msg = f"no table {table!r}; the tables are {', '.join(TABLES)}"
        raise ValueError(msg)


def table_rows(articles: Iterable[Article], table: str) -> Iterator[Row]:
    """The rows of one table, as dicts of plain values (``None`` when missing).

    Feed them to ``pandas.DataFrame`` or ``polars.DataFrame`` for a flat table in
    memory.

    Args:
        articles: Parsed articles.
        table: One of [`TABLES`][govnews.export.TABLES].

    Yields:
        One dict per row, keyed by the table's columns, in column order.

    Raises:
        ValueError: ``table`` is not the name of a table.

    Examples:
        >>> import govnews
        >>> from govnews.export import table_rows
        >>> place = govnews.Place(name="Житомирська область", kind=govnews.PlaceKind.REGION,
        ...                       code="UA-18")
        >>> article = govnews.Article(id="a1", text="Житомирщина", places=(place,))
        >>> next(table_rows([article], "places"))
        {'article_id': 'a1', 'name': 'Житомирська область', 'kind': 'region', 'code': 'UA-18', 'mentions': 0, 'spans': ''}
    """  # noqa: E501 - a doctest prints one long line
    _check(table)
    for article in articles:
        yield from _ROWS[table](article)


def _writer(file: IO[str], table: str) -> "csv.DictWriter[str]":
    writer = csv.DictWriter(file, fieldnames=_COLUMNS[table])
    writer.writeheader()
    return writer


def write_csv_table(
    articles: Iterable[Article],
    table: str,
    path_or_file: str | os.PathLike[str] | IO[str],
    *,
    bom: bool = False,
) -> int:
    """Write one table as CSV.

    Args:
        articles: Parsed articles.
        table: One of [`TABLES`][govnews.export.TABLES].
        path_or_file: A path, or a text file opened with ``newline=""``.
        bom: Start a file written to a path with a UTF-8 byte order mark, so that
            spreadsheet programs read the Cyrillic correctly.

    Returns:
        The number of rows written, without the header.

    Raises:
        ValueError: ``table`` is not the name of a table.

    Examples:
        >>> import io, govnews
        >>> from govnews.export import write_csv_table
        >>> out = io.StringIO()
        >>> write_csv_table([govnews.Article(id="a1", text="Нарада.")], "articles", out)
        1
        >>> out.getvalue().splitlines()[0]
        'article_id,url,title,language,published,text'
    """
    _check(table)
    if isinstance(path_or_file, str | os.PathLike):
        encoding = "utf-8-sig" if bom else "utf-8"
        with Path(path_or_file).open("w", encoding=encoding, newline="") as file:
            return write_csv_table(articles, table, file)
    writer = _writer(path_or_file, table)
    count = 0
    for row in table_rows(articles, table):
        writer.writerow(row)
        count += 1
    return count


def write_csv(
    articles: Iterable[Article], folder: str | os.PathLike[str], *, bom: bool = False
) -> dict[str, Path]:
    """Write every table as ``<table>.csv`` into a folder, reading the articles once.

    Args:
        articles: Parsed articles; a stream from [`read_jsonl`][govnews.read_jsonl]
            is read once, in constant memory.
        folder: Where to write; created when missing. Existing tables are replaced.
        bom: Start each file with a UTF-8 byte order mark for spreadsheet programs.

    Returns:
        The path of each table's file, by table name.

    Examples:
        >>> import govnews, tempfile
        >>> from govnews.export import write_csv
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     paths = write_csv([govnews.Article(id="a1", text="Нарада.")], folder)
        ...     sorted(path.name for path in paths.values())
        ['articles.csv', 'dates.csv', 'events.csv', 'officials.csv', 'organizations.csv', 'places.csv', 'programmes.csv']
    """  # noqa: E501 - a doctest prints one long line
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    paths = {table: root / f"{table}.csv" for table in TABLES}
    encoding = "utf-8-sig" if bom else "utf-8"
    with ExitStack() as stack:
        writers = {
            table: _writer(
                stack.enter_context(path.open("w", encoding=encoding, newline="")), table
            )
            for table, path in paths.items()
        }
        for article in articles:
            for table, writer in writers.items():
                writer.writerows(_ROWS[table](article))
    return paths
