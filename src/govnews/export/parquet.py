"""Parquet and Arrow: one row per article, the records as nested lists of structs.

Needs the ``parquet`` extra (``pip install 'govnews[parquet]'``, which installs
pyarrow); pyarrow is imported on first use, so ``import govnews`` stays fast.

The Arrow schema mirrors the JSON of [`to_dict`][govnews.to_dict] field for field, so a
file reads back into equal records with [`read_parquet`][govnews.export.read_parquet],
and pandas (``pandas.read_parquet``) and polars (``polars.read_parquet``) read it as
they read any Parquet file. Its version is stored in the schema metadata under
``govnews.schema``; it changes only when the records change.

```
id: string not null                 url: string          title: string
text: string not null               language: string not null
published: date32
dates: list<DateMention>            officials: list<Official>
organizations: list<Organization>   places: list<Place>
events: list<Event>                 programmes: list<Programme>
removed: list<string>

Span         = struct<start: int64 not null, end: int64 not null>
DateMention  = struct<text: string not null, span: Span not null, year: int16,
                      month: int8, day: int8, hour: int8, minute: int8,
                      relative: bool not null>
Official     = struct<name, given_name: string not null, patronymic: string,
                      surname, latin: string not null, position, organization: string,
                      mentions: list<Span>>
Organization = struct<name: string not null, acronym: string, kind: string not null,
                      mentions: list<Span>>
Place        = struct<name: string not null, kind: string not null, code: string,
                      mentions: list<Span>>
Event        = struct<kind: string not null, name: string, date: DateMention,
                      location: string, participants: list<string>,
                      organizers: list<string>, programme: string, mentions: list<Span>>
Programme    = struct<name: string not null, kind: string not null,
                      funders: list<string>, mentions: list<Span>>
```

Enums are stored as their lowercase values (``"region"``), as in JSON.
"""

import datetime as dt
import functools
import itertools
import os
from collections.abc import Iterable, Iterator
from typing import Any

from govnews.exceptions import MissingDependencyError
from govnews.model import Article
from govnews.serialize import from_dict, to_dict

__all__ = ["SCHEMA_VERSION", "arrow_schema", "read_parquet", "to_arrow", "write_parquet"]

SCHEMA_VERSION = "1"
"""The version of the Arrow schema, stored in its metadata under ``govnews.schema``."""

_BATCH = 1024


def _pyarrow() -> Any:
    try:
        import pyarrow as pa  # noqa: PLC0415 - optional extra
    except ImportError as error:
        msg = "Parquet export needs the 'parquet' extra: pip install 'govnews[parquet]'"
        raise MissingDependencyError(msg) from error
    return pa


@functools.cache
def arrow_schema() -> Any:
    """The Arrow schema of an article table (a ``pyarrow.Schema``).

    Returns:
        The schema described in this module's documentation.

    Raises:
        MissingDependencyError: pyarrow is not installed.

    Examples:
        >>> from govnews.export import arrow_schema
        >>> arrow_schema().field("published").type
        DataType(date32[day])
    """
    pa = _pyarrow()

    def required(name: str, kind: Any) -> Any:
        return pa.field(name, kind, nullable=False)

    text = pa.string()
    names = pa.list_(text)
    span = pa.struct([required("start", pa.int64()), required("end", pa.int64())])
    spans = pa.list_(span)
    date_mention = pa.struct(
        [
            required("text", text),
            required("span", span),
            pa.field("year", pa.int16()),
            pa.field("month", pa.int8()),
            pa.field("day", pa.int8()),
            pa.field("hour", pa.int8()),
            pa.field("minute", pa.int8()),
            required("relative", pa.bool_()),
        ]
    )
    official = pa.struct(
        [
            required("name", text),
            required("given_name", text),
            pa.field("patronymic", text),
            required("surname", text),
            required("latin", text),
            pa.field("position", text),
            pa.field("organization", text),
            pa.field("mentions", spans),
        ]
    )
    organization = pa.struct(
        [
            required("name", text),
            pa.field("acronym", text),
            required("kind", text),
            pa.field("mentions", spans),
        ]
    )
    place = pa.struct(
        [
            required("name", text),
            required("kind", text),
            pa.field("code", text),
            pa.field("mentions", spans),
        ]
    )
    event = pa.struct(
        [
            required("kind", text),
            pa.field("name", text),
            pa.field("date", date_mention),
            pa.field("location", text),
            pa.field("participants", names),
            pa.field("organizers", names),
            pa.field("programme", text),
            pa.field("mentions", spans),
        ]
    )
    programme = pa.struct(
        [
            required("name", text),
            required("kind", text),
            pa.field("funders", names),
            pa.field("mentions", spans),
        ]
    )
    return pa.schema(
        [
            required("id", text),
            pa.field("url", text),
            pa.field("title", text),
            required("text", text),
            required("language", text),
            pa.field("published", pa.date32()),
            pa.field("dates", pa.list_(date_mention)),
            pa.field("officials", pa.list_(official)),
            pa.field("organizations", pa.list_(organization)),
            pa.field("places", pa.list_(place)),
            pa.field("events", pa.list_(event)),
            pa.field("programmes", pa.list_(programme)),
            pa.field("removed", names),
        ],
        metadata={"govnews.schema": SCHEMA_VERSION},
    )


def _row(article: Article) -> dict[str, Any]:
    row = to_dict(article)
    row["published"] = article.published
    return row


def _batches(articles: Iterable[Article]) -> Iterator[Any]:
    pa = _pyarrow()
    schema = arrow_schema()
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, _BATCH)):
        yield pa.RecordBatch.from_pylist([_row(article) for article in chunk], schema=schema)


def to_arrow(articles: Iterable[Article]) -> Any:
    """Articles as a ``pyarrow.Table`` with the [`arrow_schema`][govnews.export.arrow_schema].

    Hand it to ``table.to_pandas()`` or ``polars.from_arrow(table)``.

    Args:
        articles: Parsed articles.

    Returns:
        A table with one row per article.

    Raises:
        MissingDependencyError: pyarrow is not installed.

    Examples:
        >>> import govnews
        >>> from govnews.export import to_arrow
        >>> to_arrow([govnews.Article(id="a1", text="Нарада.")]).num_rows
        1
    """
    pa = _pyarrow()
    return pa.Table.from_batches(list(_batches(articles)), schema=arrow_schema())


def write_parquet(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    *,
    compression: str = "zstd",
) -> int:
    """Write articles to a Parquet file, streaming them in batches.

    Args:
        articles: Parsed articles; a stream from [`read_jsonl`][govnews.read_jsonl] is
            written batch by batch, in constant memory.
        path: The file to write; replaced when it exists.
        compression: The Parquet codec: ``"zstd"``, ``"snappy"``, ``"gzip"`` or ``"none"``.

    Returns:
        The number of articles written.

    Raises:
        MissingDependencyError: pyarrow is not installed.

    Examples:
        >>> import govnews, pathlib, tempfile
        >>> from govnews.export import write_parquet
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     write_parquet([govnews.Article(id="a1", text="Нарада.")],
        ...                   pathlib.Path(folder) / "articles.parquet")
        1
    """
    _pyarrow()
    import pyarrow.parquet as pq  # noqa: PLC0415 - optional extra

    count = 0
    with pq.ParquetWriter(os.fspath(path), arrow_schema(), compression=compression) as writer:
        for batch in _batches(articles):
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def _article(row: dict[str, Any]) -> Article:
    published = row.get("published")
    if isinstance(published, dt.date):
        row["published"] = published.isoformat()
    return from_dict(row, Article)


def read_parquet(path: str | os.PathLike[str]) -> Iterator[Article]:
    """Read articles back from a Parquet file written by [`write_parquet`][govnews.export.write_parquet].

    Args:
        path: The file.

    Yields:
        One article per row, batch by batch.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        SerializationError: A row does not describe a valid article.

    Examples:
        >>> import govnews, pathlib, tempfile
        >>> from govnews.export import read_parquet, write_parquet
        >>> article = govnews.Article(id="a1", text="Нарада.")
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = pathlib.Path(folder) / "articles.parquet"
        ...     _ = write_parquet([article], path)
        ...     list(read_parquet(path)) == [article]
        True
    """  # noqa: E501 - a cross-reference cannot be wrapped
    _pyarrow()
    import pyarrow.parquet as pq  # noqa: PLC0415 - optional extra

    with pq.ParquetFile(os.fspath(path)) as file:
        for batch in file.iter_batches():
            for row in batch.to_pylist():
                yield _article(row)
