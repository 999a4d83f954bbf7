"""Exports: records out to linked data, civic-tech standards, spreadsheets and Parquet.

| function | writes |
| --- | --- |
| [`to_jsonld`][govnews.export.to_jsonld], [`to_jsonld_graph`][govnews.export.to_jsonld_graph] | schema.org JSON-LD (``NewsArticle`` and what it ``mentions``) |
| [`to_popolo`][govnews.export.to_popolo] | Popolo JSON: persons, organisations, posts and memberships merged across articles |
| [`write_csv`][govnews.export.write_csv], [`write_csv_table`][govnews.export.write_csv_table], [`table_rows`][govnews.export.table_rows] | flat CSV tables, one per kind of record |
| [`write_parquet`][govnews.export.write_parquet], [`read_parquet`][govnews.export.read_parquet], [`to_arrow`][govnews.export.to_arrow] | Parquet and Arrow with a documented schema (the ``parquet`` extra) |

The same exports run from the command line: ``govnews export IN.jsonl --to FORMAT OUT``.
"""  # noqa: E501 - a Markdown table

from govnews.export.jsonld import JSONLD_CONTEXT, to_jsonld, to_jsonld_graph
from govnews.export.parquet import (
    SCHEMA_VERSION,
    arrow_schema,
    read_parquet,
    to_arrow,
    write_parquet,
)
from govnews.export.popolo import to_popolo
from govnews.export.tables import TABLES, table_rows, write_csv, write_csv_table

__all__ = [
    "JSONLD_CONTEXT",
    "SCHEMA_VERSION",
    "TABLES",
    "arrow_schema",
    "read_parquet",
    "table_rows",
    "to_arrow",
    "to_jsonld",
    "to_jsonld_graph",
    "to_popolo",
    "write_csv",
    "write_csv_table",
    "write_parquet",
]
