"""The errors govnews raises.

Every error derives from [`GovnewsError`][govnews.GovnewsError], and every leaf also
derives from the builtin exception that fits, so ``except ValueError`` keeps working in
code that does not know govnews:

```
Exception
└── GovnewsError
    ├── ParseError (ValueError)           input that cannot be turned into an Article
    │   ├── DecodeError                   bytes in no encoding we can read
    │   ├── BinaryInputError              a PDF, image, archive or other non-text file
    │   ├── EmptyInputError               a file or bytes with no text at all
    │   └── InputTooLargeError            input larger than the configured limit
    ├── SerializationError (ValueError)   JSON or dicts that do not describe a record,
    │                                     or JSON too large or too deeply nested
    ├── MissingDependencyError (ImportError)  an optional extra is not installed
    └── WorkerStartError (RuntimeError)   batch worker processes die as they start
```
"""

__all__ = [
    "BinaryInputError",
    "DecodeError",
    "EmptyInputError",
    "GovnewsError",
    "InputTooLargeError",
    "MissingDependencyError",
    "ParseError",
    "SerializationError",
    "WorkerStartError",
]


class GovnewsError(Exception):
    """Root of every error raised by govnews.

    Catch it to handle anything the library raises on purpose.
    """


class ParseError(GovnewsError, ValueError):
    """Raised when an input cannot be turned into an [`Article`][govnews.Article].

    Text under the size limit never raises it (it always gets a best-effort parse; empty
    text gives an empty article); bytes and files do when they are not text, not
    decodable or too large, and text does when it is too large.
    """


class DecodeError(ParseError):
    """Raised when bytes are in no encoding govnews can read without producing garbage."""


class BinaryInputError(ParseError):
    """Raised when bytes are a binary file (PDF, image, archive, executable), not text."""


class EmptyInputError(ParseError):
    """Raised when bytes or a file hold no text at all (empty, or only whitespace).

    Text itself never raises it: ``parse_text("")`` gives an empty article.
    """


class InputTooLargeError(ParseError):
    """Raised when an input is larger than the maximum size it is parsed with.

    The limit is the ``max_size`` argument of [`parse_text`][govnews.parse_text],
    [`parse_html`][govnews.parse_html] (characters) and
    [`parse_bytes`][govnews.parse_bytes] (bytes), 64 Mi by default, or ``--max-size`` of
    ``govnews parse``; ``None`` (``0`` on the command line) lifts it. The message names
    the input, its size and the limit.
    """


class SerializationError(GovnewsError, ValueError):
    """Raised when JSON or a dict does not describe a valid record.

    Also raised for JSON larger than the ``max_size`` of
    [`from_json`][govnews.from_json] or [`read_jsonl`][govnews.read_jsonl] (256 Mi by
    default) and for JSON nested deeper than Python's recursion limit.

    The message names the place of every problem as a JSON path
    (``invalid value for type, expected date @ $.published``) and, for JSON Lines,
    the line number.

    Attributes:
        errors: One message per problem found, each with its JSON path.
    """

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        """Build the error from a summary message and the per-field messages."""
        super().__init__(message)
        self.errors = errors


class MissingDependencyError(GovnewsError, ImportError):
    """Raised when a feature needs an optional extra that is not installed.

    The message says which ``pip install 'govnews[extra]'`` to run.
    """


class WorkerStartError(GovnewsError, RuntimeError):
    """Raised when the worker processes of a batch die before they can parse anything.

    Workers that are not forked (off Linux, or from a program that runs other threads)
    start by importing the main script again; a script that runs its work at import
    time, outside ``if __name__ == "__main__":``, makes every worker fail there. The
    batch stops at once instead of writing an error record for every input.
    """
