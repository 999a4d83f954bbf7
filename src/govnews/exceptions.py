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
    │   └── InputTooLargeError            input larger than the configured limit
    ├── SerializationError (ValueError)   JSON or dicts that do not describe a record
    └── MissingDependencyError (ImportError)  an optional extra is not installed
```
"""

__all__ = [
    "BinaryInputError",
    "DecodeError",
    "GovnewsError",
    "InputTooLargeError",
    "MissingDependencyError",
    "ParseError",
    "SerializationError",
]


class GovnewsError(Exception):
    """Root of every error raised by govnews.

    Catch it to handle anything the library raises on purpose.
    """


class ParseError(GovnewsError, ValueError):
    """Raised when an input cannot be turned into an [`Article`][govnews.Article].

    Text never raises it (text always gets a best-effort parse); bytes and files do
    when they are not text, not decodable or too large.
    """


class DecodeError(ParseError):
    """Raised when bytes are in no encoding govnews can read without producing garbage."""


class BinaryInputError(ParseError):
    """Raised when bytes are a binary file (PDF, image, archive, executable), not text."""


class InputTooLargeError(ParseError):
    """Raised when an input is larger than the configured maximum size."""


class SerializationError(GovnewsError, ValueError):
    """Raised when JSON or a dict does not describe a valid record.

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
