"""govnews: typed records from news about government and local self-government.

Examples:
    >>> import govnews
    >>> article = govnews.parse_text("03 грудня відбулася нарада в обласній адміністрації.")
    >>> article.language
    'uk'
"""

from importlib.metadata import PackageNotFoundError, version

from govnews.exceptions import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    GovnewsError,
    InputTooLargeError,
    MissingDependencyError,
    ParseError,
    SerializationError,
    WorkerStartError,
)
from govnews.language import detect_language, detect_paragraph_languages
from govnews.model import (
    Article,
    DateMention,
    Event,
    EventKind,
    LanguageGuess,
    Official,
    Organization,
    OrganizationKind,
    Place,
    PlaceKind,
    Programme,
    ProgrammeKind,
    Span,
)
from govnews.pipeline import DEFAULT_MAX_SIZE, parse_bytes, parse_html, parse_text
from govnews.serialize import (
    DEFAULT_MAX_JSON_SIZE,
    from_dict,
    from_json,
    json_schema,
    read_jsonl,
    to_dict,
    to_json,
    write_jsonl,
)

try:
    __version__ = version("govnews")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_MAX_JSON_SIZE",
    "DEFAULT_MAX_SIZE",
    "Article",
    "BinaryInputError",
    "DateMention",
    "DecodeError",
    "EmptyInputError",
    "Event",
    "EventKind",
    "GovnewsError",
    "InputTooLargeError",
    "LanguageGuess",
    "MissingDependencyError",
    "Official",
    "Organization",
    "OrganizationKind",
    "ParseError",
    "Place",
    "PlaceKind",
    "Programme",
    "ProgrammeKind",
    "SerializationError",
    "Span",
    "WorkerStartError",
    "__version__",
    "detect_language",
    "detect_paragraph_languages",
    "from_dict",
    "from_json",
    "json_schema",
    "parse_bytes",
    "parse_html",
    "parse_text",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]
