"""The ``govnews`` command line."""

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from govnews import __version__
from govnews.exceptions import GovnewsError, InputTooLargeError
from govnews.export.command import add_export_parser, run_export
from govnews.model import Article
from govnews.pipeline import DEFAULT_MAX_SIZE, parse_bytes
from govnews.serialize import to_dict, to_json

__all__ = ["main"]

_EXIT_FAILED = 1
_EXIT_USAGE = 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _size(value: str) -> int | None:
    """A size in bytes from ``65536``, ``64k``, ``64M`` or ``1G``; ``0`` means no limit."""
    text = value.strip().lower().removesuffix("b").removesuffix("i")
    number, unit = (text[:-1], text[-1]) if text[-1:] in _SIZE_UNITS else (text, "")
    if not number.isdigit():
        msg = f"not a size such as 65536, 64k, 64M or 1G: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return int(number) * _SIZE_UNITS[unit] or None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govnews",
        description=(
            "Turn news about government and local self-government into typed records: "
            "officials, organisations, places, events, programmes and dates."
        ),
        epilog="Documentation: https://govnews.github.io/govnews/",
    )
    parser.add_argument("--version", action="version", version=f"govnews {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    parse = commands.add_parser(
        "parse",
        help="parse text or HTML files and print one Article per file",
        description=(
            "Parse each FILE (plain text or an HTML page, recognised by itself) and print "
            "one Article per input, in argument order. '-' reads standard input."
        ),
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="a text or HTML file, or -")
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: indented JSON (an array for several files); jsonl: one object per line",
    )
    parse.add_argument("--url", help="the URL the article came from")
    parse.add_argument("--published", type=_date, metavar="YYYY-MM-DD", help="the publication date")
    parse.add_argument("--language", metavar="CODE", help="the language (uk, ru, en), when known")
    parse.add_argument(
        "--max-size",
        type=_size,
        default=DEFAULT_MAX_SIZE,
        metavar="SIZE",
        help="refuse a file larger than SIZE bytes (k, M, G suffixes; 0: no limit; default 64M)",
    )
    _add_batch_parser(commands)
    add_export_parser(commands)
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        msg = f"not a positive number of jobs: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return jobs


def _add_batch_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    batch = commands.add_parser(
        "batch",
        help="parse a folder or a JSON Lines stream in parallel into a JSON Lines file",
        description=(
            "Parse every .txt/.html file under the folder IN (sorted by path), or every "
            "record of the JSON Lines file IN (a 'text' field, optional 'id', 'url', "
            "'published', 'title'; '-' reads standard input), into OUT: one line per input, "
            "in input order, the Article or an error record. Run it again after an "
            "interruption to continue where it stopped."
        ),
    )
    batch.add_argument("source", metavar="IN", help="a folder, a JSON Lines file, or -")
    batch.add_argument("output", metavar="OUT", help="the JSON Lines file to write")
    batch.add_argument(
        "-j", "--jobs", type=_jobs, metavar="N", help="worker processes (default: all cores)"
    )
    batch.add_argument("--language", metavar="CODE", help="the language of every input, if known")
    batch.add_argument(
        "--restart", action="store_true", help="start over instead of continuing OUT"
    )
    batch.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="draw a progress bar on stderr (default: when stderr is a terminal)",
    )


def _read(name: str, max_size: int | None = None) -> bytes:
    """The bytes of a file or of standard input, reading no more than ``max_size + 1``."""
    limit = -1 if max_size is None else max_size + 1
    if name == "-":
        data = sys.stdin.buffer.read(limit)
        size = None  # unknown: only the first max_size + 1 bytes were read
    else:
        path = Path(name)
        if path.is_dir():
            msg = f"{name}: is a directory, not a file"
            raise OSError(msg)
        with path.open("rb") as file:
            data = file.read(limit)
            size = max(path.stat().st_size, len(data))
    if max_size is not None and len(data) > max_size:
        how_large = f"more than {max_size:,}" if size is None else f"{size:,}"
        msg = (
            f"{name}: {how_large} bytes, larger than the limit of {max_size:,} bytes "
            "(raise it with --max-size)"
        )
        raise InputTooLargeError(msg)
    return data


def _parse_one(name: str, args: argparse.Namespace) -> Article:
    return parse_bytes(
        _read(name, args.max_size),
        url=args.url,
        published=args.published,
        language=args.language,
        name=name,
        max_size=None,
    )


def _describe(name: str, error: Exception) -> str:
    if isinstance(error, GovnewsError):
        return str(error)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return reason if reason.startswith(name) else f"{name}: {reason}"
    return f"{name}: {error}"


def _parse_command(args: argparse.Namespace) -> int:
    status = 0
    articles: list[Article] = []
    for name in args.files:
        try:
            article = _parse_one(name, args)
        except (GovnewsError, OSError) as error:
            print(f"govnews: error: {_describe(name, error)}", file=sys.stderr)
            status = _EXIT_FAILED
            continue
        if args.format == "jsonl":
            sys.stdout.write(to_json(article) + "\n")
            sys.stdout.flush()
        else:
            articles.append(article)
    if args.format == "json" and articles:
        data = to_dict(articles[0]) if len(args.files) == 1 else [to_dict(a) for a in articles]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return status


def _batch_command(args: argparse.Namespace) -> int:
    from govnews.batch import run_batch  # noqa: PLC0415 - keeps 'govnews parse' quick to start

    try:
        summary = run_batch(
            args.source,
            args.output,
            jobs=args.jobs,
            language=args.language,
            progress=args.progress,
            restart=args.restart,
        )
    except OSError as error:
        print(f"govnews: error: {_describe(args.source, error)}", file=sys.stderr)
        return _EXIT_FAILED
    except KeyboardInterrupt:
        print("govnews: interrupted; run the same command again to continue", file=sys.stderr)
        return 130
    resumed = f" ({summary.skipped:,} already done)" if summary.skipped else ""
    print(
        f"govnews: {summary.articles:,} articles, {summary.errors:,} errors{resumed} "
        f"-> {summary.output}",
        file=sys.stderr,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (without the program name); ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status: 0 on success, 1 when an input failed, 2 on a usage error.
    """
    args = _parser().parse_args(argv)
    try:
        if args.command == "parse":
            return _parse_command(args)
        if args.command == "batch":
            return _batch_command(args)
        if args.command == "export":
            return run_export(args)
    except KeyboardInterrupt:
        print("govnews: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return _EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
