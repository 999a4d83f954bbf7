"""``govnews export IN --to FORMAT OUT``: the exports on the command line."""

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Any

from govnews.exceptions import GovnewsError, SerializationError
from govnews.export.jsonld import JSONLD_CONTEXT, to_jsonld
from govnews.export.parquet import write_parquet
from govnews.export.popolo import to_popolo
from govnews.export.tables import TABLES, write_csv, write_csv_table
from govnews.model import Article
from govnews.serialize import from_dict

__all__ = ["FORMATS", "add_export_parser", "run_export"]

FORMATS = ("jsonld", "popolo", "csv", "parquet")
"""The formats ``govnews export --to`` writes."""

_EXIT_FAILED = 1
_EXIT_USAGE = 2


def add_export_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``export`` subcommand to the command line's subparsers."""
    export = commands.add_parser(
        "export",
        help="convert parsed articles (JSON Lines) to JSON-LD, Popolo, CSV or Parquet",
        description=(
            "Read the Articles of the JSON Lines file IN (the output of 'govnews parse "
            "--format jsonl' or 'govnews batch'; '-' reads standard input; error records "
            "are skipped) and write them to OUT as: jsonld, one schema.org JSON-LD "
            "document; popolo, one Popolo JSON document of persons, organizations, posts "
            "and memberships merged across articles; csv, one table per record type in the "
            "folder OUT (or the single table chosen with --table in the file OUT); "
            "parquet, one Parquet file (needs govnews[parquet]). OUT '-' writes to "
            "standard output, except for parquet and the csv folder."
        ),
    )
    export.add_argument("source", metavar="IN", help="a JSON Lines file of Articles, or -")
    export.add_argument("--to", required=True, choices=FORMATS, help="the format to write")
    export.add_argument("output", metavar="OUT", help="the file (or, for csv, folder) to write")
    export.add_argument(
        "--table",
        choices=TABLES,
        help="csv: write only this table, to the file OUT, instead of every table to a folder",
    )
    export.add_argument(
        "--bom",
        action="store_true",
        help="csv: start each file with a UTF-8 byte order mark for spreadsheet programs",
    )


class _Reader:
    """The articles of a JSON Lines file, skipping the error records of ``govnews batch``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.articles = 0
        self.skipped = 0

    def __iter__(self) -> Iterator[Article]:
        if self.name == "-":
            stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
            try:
                yield from self._lines(stdin, "<stdin>")
            finally:
                stdin.detach()  # leave sys.stdin open
            return
        with Path(self.name).open(encoding="utf-8") as file:
            yield from self._lines(file, self.name)

    def _lines(self, file: IO[str], name: str) -> Iterator[Article]:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if isinstance(data, dict) and set(data) == {"error"}:
                    self.skipped += 1
                    continue
                article = from_dict(data, Article)
            except json.JSONDecodeError as error:
                msg = f"{name}:{number}: invalid JSON ({error.msg} at column {error.colno})"
                raise SerializationError(msg) from error
            except SerializationError as error:
                msg = f"{name}:{number}: {error}"
                raise SerializationError(msg, error.errors) from error
            self.articles += 1
            yield article


def _open_output(name: str) -> Any:
    if name == "-":
        return nullcontext(sys.stdout)
    return Path(name).open("w", encoding="utf-8", newline="")


def _write_jsonld(reader: _Reader, output: str) -> None:
    with _open_output(output) as file:
        file.write('{"@context": ' + json.dumps(JSONLD_CONTEXT) + ', "@graph": [')
        for number, article in enumerate(reader):
            file.write(",\n" if number else "\n")
            node = {key: value for key, value in to_jsonld(article).items() if key != "@context"}
            file.write(json.dumps(node, ensure_ascii=False))
        file.write("\n]}\n")


def _write_popolo(reader: _Reader, output: str) -> None:
    popolo = to_popolo(reader)
    with _open_output(output) as file:
        file.write(json.dumps(popolo, ensure_ascii=False, indent=2) + "\n")


def _write_csv(reader: _Reader, args: argparse.Namespace) -> None:
    if args.table is None:
        write_csv(reader, args.output, bom=args.bom)
    elif args.output == "-":
        write_csv_table(reader, args.table, sys.stdout)
    else:
        write_csv_table(reader, args.table, args.output, bom=args.bom)


def _usage_error(args: argparse.Namespace) -> str | None:
    if args.to != "csv" and (args.table is not None or args.bom):
        return "--table and --bom apply to --to csv only"
    if args.output == "-" and (args.to == "parquet" or (args.to == "csv" and not args.table)):
        return f"--to {args.to} cannot write to standard output; give a path as OUT"
    return None


def _describe(name: str, error: Exception) -> str:
    if isinstance(error, OSError):
        filename = error.filename if error.filename is not None else name
        return f"{os.fsdecode(filename)}: {error.strerror or error}"
    return str(error)


def run_export(args: argparse.Namespace) -> int:
    """Run ``govnews export`` with parsed arguments; return the exit status."""
    if problem := _usage_error(args):
        sys.stderr.write(f"govnews export: error: {problem}\n")
        return _EXIT_USAGE
    reader = _Reader(args.source)
    try:
        if args.to == "jsonld":
            _write_jsonld(reader, args.output)
        elif args.to == "popolo":
            _write_popolo(reader, args.output)
        elif args.to == "csv":
            _write_csv(reader, args)
        else:
            write_parquet(reader, args.output)
    except BrokenPipeError:
        raise  # the command line's main() ends quietly, as 'parse' does
    except (GovnewsError, OSError) as error:
        sys.stderr.write(f"govnews: error: {_describe(args.source, error)}\n")
        return _EXIT_FAILED
    plural = "s" if reader.skipped > 1 else ""
    skipped = f", {reader.skipped:,} error record{plural} skipped" if reader.skipped else ""
    sys.stderr.write(f"govnews: {reader.articles:,} articles{skipped} -> {args.output}\n")
    return 0
