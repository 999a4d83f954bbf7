"""Records to and from plain data, JSON and JSON Lines, and their JSON Schema.

One private cattrs converter does all the work. Loading is strict: unknown keys,
wrong types and impossible values raise [`SerializationError`][govnews.SerializationError]
with the JSON path of each problem; nothing is coerced (``null`` never becomes
``"None"``, ``1.9`` never becomes ``1``).
"""

import datetime as dt
import enum
import json
import os
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, TypeVar, overload

import attrs
import cattrs
from cattrs.preconf.json import make_converter
from cattrs.v import format_exception

from govnews.exceptions import SerializationError
from govnews.model import Article

__all__ = [
    "DEFAULT_MAX_JSON_SIZE",
    "from_dict",
    "from_json",
    "json_schema",
    "read_jsonl",
    "to_dict",
    "to_json",
    "write_jsonl",
]

T = TypeVar("T")

#: The largest JSON document (or JSON Lines line) loaded by default: 256 Mi characters
#: (bytes, for bytes). An article's JSON is about three times its text, so the JSON of
#: any article parsed under the default input limit (64 Mi) loads back; anything larger
#: would need gigabytes of memory to load. Pass ``max_size=`` to change it, ``None`` for
#: no limit.
DEFAULT_MAX_JSON_SIZE = 256 * 1024 * 1024

#: How many problems an error message spells out (all are in `SerializationError.errors`).
_MESSAGES_SHOWN = 5

_converter = make_converter(forbid_extra_keys=True)


def _exact(kind: type[Any], *, also: tuple[type[Any], ...] = ()) -> Callable[[Any, Any], Any]:
    """A structure hook that accepts only values of exactly this type (bool is not int)."""
    accepted = (kind, *also)

    def structure(value: Any, _: Any) -> Any:
        if type(value) not in accepted:
            msg = f"expected {kind.__name__}, got {type(value).__name__} {value!r:.40}"
            raise TypeError(msg)
        return kind(value)

    return structure


_converter.register_structure_hook(str, _exact(str))
_converter.register_structure_hook(int, _exact(int))
_converter.register_structure_hook(bool, _exact(bool))
_converter.register_structure_hook(float, _exact(float, also=(int,)))


def _structure_date(value: Any, _: Any) -> dt.date:
    if type(value) is not str:
        msg = f"expected an ISO 8601 date string, got {type(value).__name__}"
        raise TypeError(msg)
    return dt.date.fromisoformat(value)


_converter.register_structure_hook(dt.date, _structure_date)
_converter.register_unstructure_hook(dt.date, dt.date.isoformat)


def to_dict(record: Any) -> dict[str, Any]:
    """Turn a record into a plain, JSON-ready dict.

    Enums become their lowercase values, dates ISO 8601 strings, tuples lists.

    Args:
        record: Any govnews record ([`Article`][govnews.Article], [`Span`][govnews.Span], ...).

    Returns:
        A dict of str, int, float, bool, None, lists and dicts.

    Examples:
        >>> import govnews
        >>> govnews.to_dict(govnews.Span(start=0, end=5))
        {'start': 0, 'end': 5}
    """
    data: dict[str, Any] = _converter.unstructure(record)
    return data


def from_dict(data: Mapping[str, Any], cls: type[T]) -> T:
    """Build a record of class ``cls`` from plain data, strictly.

    Args:
        data: What [`to_dict`][govnews.to_dict] made, or the same shape from elsewhere.
        cls: The record class to build.

    Returns:
        The record.

    Raises:
        SerializationError: Unknown keys, missing keys, wrong types or impossible values;
            the message lists each with its JSON path.

    Examples:
        >>> import govnews
        >>> govnews.from_dict({"start": 0, "end": 5}, govnews.Span)
        Span(start=0, end=5)
    """
    try:
        return _converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        raise _serialization_error(error, cls) from error


def _describe(error: BaseException, kind: type[Any] | None) -> str:
    """One problem in words: cattrs' own description, with the reason when there is one."""
    described = format_exception(error, kind)
    reason = str(error)
    if isinstance(error, ValueError | TypeError) and reason and reason not in described:
        return f"{described} ({reason})"
    return described


def _serialization_error(error: Exception, cls: type[Any]) -> SerializationError:
    if isinstance(error, cattrs.BaseValidationError):
        messages = tuple(cattrs.transform_error(error, path="$", format_exception=_describe))
    else:
        messages = (f"{error} @ $",)
    shown = messages[:_MESSAGES_SHOWN]
    rest = len(messages) - len(shown)
    summary = "; ".join(shown) + (f"; and {rest} more" if rest else "")
    return SerializationError(f"not a valid {cls.__name__}: {summary}", messages)


def to_json(record: Any, *, indent: int | None = None) -> str:
    """Serialise a record to JSON, Cyrillic unescaped.

    Args:
        record: Any govnews record.
        indent: Indent nested levels by this many spaces; ``None`` writes one line.

    Returns:
        The JSON text.

    Examples:
        >>> import govnews
        >>> govnews.to_json(govnews.Place(name="Житомир", kind=govnews.PlaceKind.CITY))
        '{"name": "Житомир", "kind": "city", "code": null, "mentions": []}'
    """
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


def _reject_constant(name: str) -> Any:
    msg = f"{name} is not valid JSON"
    raise ValueError(msg)


_decoder = json.JSONDecoder(parse_constant=_reject_constant)


def _check_json_size(size: int, max_size: int | None) -> None:
    if max_size is not None and size > max_size:
        msg = f"JSON of {size:,} characters is larger than the limit of {max_size:,} (max_size=)"
        raise SerializationError(msg, (msg,))


def _load(text: str | bytes) -> Any:
    if isinstance(text, bytes | bytearray):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            msg = f"JSON is not UTF-8: {error}"
            raise SerializationError(msg, (msg,)) from error
    try:
        return _decoder.decode(text)
    except RecursionError as error:
        msg = "invalid JSON: arrays or objects nest too deeply"
        raise SerializationError(msg, (msg,)) from error
    except ValueError as error:
        msg = f"invalid JSON: {error}"
        raise SerializationError(msg, (msg,)) from error


def from_json(
    text: str | bytes, cls: type[T], *, max_size: int | None = DEFAULT_MAX_JSON_SIZE
) -> T:
    """Load a record of class ``cls`` from JSON, strictly.

    Loading is bounded: a document longer than ``max_size`` or nested deeper than
    Python's recursion limit is refused before it can exhaust memory or the stack.

    Args:
        text: JSON text (str, or UTF-8 bytes).
        cls: The record class to build.
        max_size: The longest document accepted, in characters (bytes, for bytes);
            256 Mi by default (``DEFAULT_MAX_JSON_SIZE``), ``None`` for no limit.

    Returns:
        The record.

    Raises:
        SerializationError: Invalid JSON, JSON that does not describe a ``cls``, JSON
            longer than ``max_size`` or nested too deeply.

    Examples:
        >>> import govnews
        >>> govnews.from_json('{"start": 0, "end": 5}', govnews.Span)
        Span(start=0, end=5)
    """
    _check_json_size(len(text), max_size)
    data = _load(text)
    if not isinstance(data, dict):
        msg = f"not a valid {cls.__name__}: expected a JSON object, got {type(data).__name__} @ $"
        raise SerializationError(msg, (msg,))
    return from_dict(data, cls)


PathOrFile = str | os.PathLike[str] | IO[str]


def write_jsonl(records: Iterable[Any], path_or_file: PathOrFile) -> int:
    r"""Write records as JSON Lines, one object per line, streaming.

    Records are consumed one at a time, so a generator of millions of articles is written
    in constant memory.

    Args:
        records: Any iterable of records.
        path_or_file: A path (the file is created or replaced) or an open text file.

    Returns:
        How many records were written.

    Examples:
        >>> import io, govnews
        >>> out = io.StringIO()
        >>> govnews.write_jsonl([govnews.Span(start=0, end=1)], out)
        1
        >>> out.getvalue()
        '{"start": 0, "end": 1}\n'
    """
    if isinstance(path_or_file, str | os.PathLike):
        with Path(path_or_file).open("w", encoding="utf-8", newline="\n") as file:
            return write_jsonl(records, file)
    count = 0
    for record in records:
        path_or_file.write(to_json(record))
        path_or_file.write("\n")
        count += 1
    return count


@overload
def read_jsonl(
    path_or_file: PathOrFile, *, max_size: int | None = DEFAULT_MAX_JSON_SIZE
) -> Iterator[Article]: ...


@overload
def read_jsonl(
    path_or_file: PathOrFile, cls: type[T], *, max_size: int | None = DEFAULT_MAX_JSON_SIZE
) -> Iterator[T]: ...


def read_jsonl(
    path_or_file: PathOrFile,
    cls: type[Any] = Article,
    *,
    max_size: int | None = DEFAULT_MAX_JSON_SIZE,
) -> Iterator[Any]:
    r"""Read records from JSON Lines, one at a time.

    Blank lines are skipped. The file is read lazily, so millions of records stream in
    constant memory; a line longer than ``max_size`` is refused after reading at most
    ``max_size`` characters of it.

    Args:
        path_or_file: A path or an open text file.
        cls: The record class of every line; [`Article`][govnews.Article] by default.
        max_size: The longest line accepted, in characters; 256 Mi by default
            (``DEFAULT_MAX_JSON_SIZE``), ``None`` for no limit.

    Yields:
        One record per non-blank line.

    Raises:
        SerializationError: A line is not valid JSON, not a valid ``cls`` or longer than
            ``max_size``; the message names the file and the line number.

    Examples:
        >>> import io, govnews
        >>> list(govnews.read_jsonl(io.StringIO('{"start": 0, "end": 1}\n'), govnews.Span))
        [Span(start=0, end=1)]
    """
    if isinstance(path_or_file, str | os.PathLike):
        with Path(path_or_file).open(encoding="utf-8") as file:
            yield from read_jsonl(file, cls, max_size=max_size)
        return
    name = getattr(path_or_file, "name", "<stream>")
    limit = -1 if max_size is None else max_size + 1
    for number, line in enumerate(iter(lambda: path_or_file.readline(limit), ""), start=1):
        if not line.strip():
            continue
        try:
            if max_size is not None and len(line.rstrip("\r\n")) > max_size:
                msg = f"a line longer than the limit of {max_size:,} characters (max_size=)"
                raise SerializationError(msg, (msg,))  # noqa: TRY301 - named like the rest
            yield from_json(line, cls, max_size=None)
        except SerializationError as error:
            msg = f"{name}:{number}: {error}"
            raise SerializationError(msg, error.errors) from error


def json_schema(cls: type[Any]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of what [`to_dict`][govnews.to_dict] makes of ``cls``.

    Args:
        cls: Any record class.

    Returns:
        The schema, with nested records under ``$defs``.

    Examples:
        >>> import govnews
        >>> govnews.json_schema(govnews.Span)["required"]
        ['start', 'end']
    """
    defs: dict[str, Any] = {}
    root = _schema_of_class(cls, defs)
    defs.pop(cls.__name__, None)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": cls.__name__,
        **root,
    }
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _schema_of_class(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _schema_of_type(hints[field.name], defs)
        schema.update(field.metadata.get("json_schema", {}))
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    doc = (cls.__doc__ or "").strip().splitlines()
    return {
        "type": "object",
        "description": doc[0] if doc else cls.__name__,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _schema_of_type(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        return {"anyOf": [_schema_of_type(arg, defs) for arg in typing.get_args(kind)]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of_type(typing.get_args(kind)[0], defs)}
    if origin in (Mapping, dict):
        return {
            "type": "object",
            "additionalProperties": _schema_of_type(typing.get_args(kind)[1], defs),
        }
    if kind is type(None):
        return {"type": "null"}
    if isinstance(kind, type) and attrs.has(kind):
        if kind.__name__ not in defs:
            defs[kind.__name__] = {}  # a placeholder stops recursion
            defs[kind.__name__] = _schema_of_class(kind, defs)
        return {"$ref": f"#/$defs/{kind.__name__}"}
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"type": "string", "enum": [member.value for member in kind]}
    simple = {str: "string", bool: "boolean", int: "integer", float: "number"}
    if kind in simple:
        return {"type": simple[kind]}
    if kind is dt.date:
        return {"type": "string", "format": "date"}
    msg = f"no JSON Schema for {kind!r}"
    raise TypeError(msg)
