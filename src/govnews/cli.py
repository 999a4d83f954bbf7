"""The ``govnews`` command line."""

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from govnews import __version__
from govnews.exceptions import GovnewsError
from govnews.model import Article
from govnews.pipeline import parse_html, parse_text
from govnews.serialize import to_dict, to_json
from govnews.source import decode, looks_like_html

__all__ = ["main"]

_EXIT_FAILED = 1
_EXIT_USAGE = 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govnews",
        description=(
            "Turn news about government and local self-government into typed records: "
            "officials, organisations, places, events, programmes and dates."
        ),
        epilog="Documentation: https://govnews.readthedocs.io/",
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
    parse.add_argument(
        "--published", type=_date, metavar="YYYY-MM-DD", help="the publication date"
    )
    parse.add_argument(
        "--language", metavar="CODE", help="the language (uk, ru, en), when known"
    )
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if path.is_dir():
        msg = f"{name}: is a directory, not a file"
        raise OSError(msg)
    return path.read_bytes()


def _parse_one(name: str, args: argparse.Namespace) -> Article:
    decoded = decode(_read(name), name=name)
    if looks_like_html(decoded.text):
        article = parse_html(decoded.text, url=args.url)
        if args.published is not None:
            article = parse_text(
                (article.title + "\n" if article.title else "") + article.text,
                url=article.url,
                published=args.published,
                language=args.language,
            )
        return article
    return parse_text(
        decoded.text, url=args.url, published=args.published, language=args.language
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
    except KeyboardInterrupt:
        print("govnews: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return _EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
