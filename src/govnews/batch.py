"""Parse many articles in parallel into one JSON Lines file: the engine of ``govnews batch``.

Inputs are either a folder of ``.txt``/``.html`` files (read recursively, in sorted
path order) or a JSON Lines stream of records with a ``text`` field (and optional
``id``, ``url``, ``published``, ``title``). The output has exactly one line per input,
in input order: the [`Article`][govnews.Article], or an error record

```json
{"error": {"input": "a/b.txt", "id": null, "reason": "a/b.txt: not a text file, looks like a PDF"}}
```

so nothing is ever dropped silently. The guarantees:

- **Same output whatever the number of jobs**: workers parse chunks of inputs, the
  parent writes the chunks back in input order.
- **Constant memory**: inputs are read lazily and only a bounded number of chunks is
  in flight.
- **Atomic and resumable**: lines go to ``OUT.part`` (complete lines only, flushed,
  and synced to disk every second), which is renamed to ``OUT`` once every input is
  written; a half line never appears in ``OUT``. Run the same command again after an
  interruption and it continues after the last complete line, without duplicates.
- **Faults stay local**: an input on which a worker process dies (a crash in native
  code, ``os._exit``, the kernel's OOM killer) gets an error record and the run goes on;
  inputs that were merely in flight beside it are parsed again.
"""

import concurrent.futures
import datetime as dt
import gc
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, NamedTuple

import attrs

from govnews.exceptions import GovnewsError, InputTooLargeError, WorkerStartError
from govnews.model import Article
from govnews.pipeline import parse_html, parse_text
from govnews.serialize import DEFAULT_MAX_JSON_SIZE, to_json
from govnews.source import decode, looks_like_html, require_text

__all__ = [
    "FILE_SUFFIXES",
    "BatchSummary",
    "Document",
    "default_jobs",
    "error_record",
    "iter_inputs",
    "parse_document",
    "run_batch",
]

FILE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
"""The file name endings read from an input folder (compared in lower case)."""

_CHUNK_SIZE = 16
_CHUNKS_PER_JOB = 4
_SYNC_EVERY = 1.0  # seconds between fsyncs of the output
_BLOCK = 1 << 20


@attrs.frozen(kw_only=True)
class Document:
    """One input of a batch, read and ready to parse.

    Attributes:
        name: Where it came from: a path relative to the input folder, or
            ``FILE:LINE`` for a record of a JSON Lines stream.
        text: The text (or the HTML page, when ``html`` is true).
        html: Whether ``text`` is an HTML page.
        id: The record's own id, kept as the Article's id; ``None`` to let govnews
            derive one.
        url: The URL the article came from.
        published: The publication date.
        language: The ISO 639-1 code when known (``None`` to detect it).

    Examples:
        >>> from govnews.batch import Document, parse_document
        >>> parse_document(Document(name="a.txt", text="Сесія міської ради.", id="a-1")).id
        'a-1'
    """

    name: str
    text: str
    html: bool = False
    id: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None


Parser = Callable[[Document], Article]
"""What a batch calls on every input; it must be a picklable (module-level) function."""


def parse_document(document: Document) -> Article:
    """The default parser of a batch: [`parse_text`][govnews.parse_text] or its HTML twin.

    Args:
        document: The input.

    Returns:
        The parsed article, with the document's own id when it has one.

    Examples:
        >>> from govnews.batch import Document, parse_document
        >>> parse_document(Document(name="a.txt", text="Сесія міської ради.")).language
        'uk'
    """
    if document.html:
        article = parse_html(document.text, url=document.url)
        if document.published is not None or document.language is not None:
            article = parse_text(
                (article.title + "\n" if article.title else "") + article.text,
                url=article.url,
                published=document.published or article.published,
                language=document.language,
            )
    else:
        article = parse_text(
            document.text,
            url=document.url,
            published=document.published,
            language=document.language,
        )
    if document.id is not None:
        article = attrs.evolve(article, id=document.id)
    return article


class _Input(NamedTuple):
    """An input as it travels to a worker: cheap to pickle, read and decoded there."""

    name: str
    kind: str  # "file": a path; "json": one line of JSON; "oversized": the line's size
    payload: str


def error_record(name: str, reason: str, record_id: str | None = None) -> dict[str, Any]:
    """The output line written for an input that could not be parsed.

    Args:
        name: The input (a relative path or ``FILE:LINE``).
        reason: Why, in one line.
        record_id: The record's ``id`` when the input had one.

    Returns:
        ``{"error": {"input": name, "id": record_id, "reason": reason}}``.

    Examples:
        >>> from govnews.batch import error_record
        >>> error_record("a.txt", "a.txt: not a text file")
        {'error': {'input': 'a.txt', 'id': None, 'reason': 'a.txt: not a text file'}}
    """
    return {"error": {"input": name, "id": record_id, "reason": " ".join(reason.split())}}


def _error_line(name: str, reason: str, record_id: str | None = None) -> str:
    return json.dumps(error_record(name, reason, record_id), ensure_ascii=False) + "\n"


# Reading inputs -------------------------------------------------------------------------


def _walk(folder: Path, relative: str = "") -> Iterator[_Input]:
    """The input files under ``folder``, depth first, each folder's entries sorted by name."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        name = f"{relative}{entry.name}"
        if entry.is_dir():
            yield from _walk(Path(entry.path), f"{name}/")
        elif Path(entry.name).suffix.lower() in FILE_SUFFIXES:
            yield _Input(name, "file", entry.path)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[bytes, int]]:
    """Each line and its size in bytes; a line over ``limit`` comes back empty.

    Memory stays bounded by ``limit`` however long a line is: the rest of an oversized
    line is read in chunks and dropped.
    """
    while raw := stream.readline(limit + 1):
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while raw and not raw.endswith(b"\n"):
            raw = stream.readline(1 << 20)
            size += len(raw)
        yield b"", size


def _json_lines(stream: IO[bytes], name: str) -> Iterator[_Input]:
    for number, (raw, size) in enumerate(_bounded_lines(stream, DEFAULT_MAX_JSON_SIZE), start=1):
        if not raw:
            yield _Input(f"{name}:{number}", "oversized", str(size))
            continue
        line = raw.decode("utf-8", "surrogateescape")
        if line.strip():
            yield _Input(f"{name}:{number}", "json", line)


def iter_inputs(source: str | os.PathLike[str]) -> Iterator[_Input]:
    """The inputs of a batch, lazily, in the order their output lines are written.

    Args:
        source: A folder of ``.txt``/``.html`` files, a JSON Lines file, or ``-`` for a
            JSON Lines stream on standard input.

    Yields:
        One input per file or per non-blank line.

    Raises:
        FileNotFoundError: ``source`` does not exist.
    """
    if str(source) == "-":
        yield from _json_lines(sys.stdin.buffer, "<stdin>")
        return
    path = Path(source)
    if path.is_dir():
        yield from _walk(path)
        return
    with path.open("rb") as stream:
        yield from _json_lines(stream, path.name)


def _count_inputs(source: str | os.PathLike[str]) -> int | None:
    """How many inputs there are, for the progress bar; ``None`` when unknown (stdin)."""
    if str(source) == "-":
        return None
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in _walk(path))
    count = 0
    with path.open("rb") as stream:
        for line, _ in _bounded_lines(stream, DEFAULT_MAX_JSON_SIZE):
            count += not line or bool(line.strip())
    return count


# Work done in the worker processes --------------------------------------------------------


class _RecordError(ValueError):
    """A JSON record that is not an input: not an object, no text, fields of wrong types."""


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    if key == "id" and type(value) is int:
        return str(value)
    msg = f"field {key!r} must be a string or null, not {type(value).__name__}"
    raise _RecordError(msg)


def _date(record: dict[str, Any]) -> dt.date | None:
    value = _optional_str(record, "published")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        msg = f"field 'published' is not a YYYY-MM-DD date: {value[:40]!r}"
        raise _RecordError(msg) from None


def _document(item: _Input, language: str | None) -> Document:
    """Read one input into a [`Document`][govnews.batch.Document]; raises on bad input."""
    if item.kind == "oversized":
        msg = (
            f"{item.name}: a line of {int(item.payload):,} bytes, longer than the limit of "
            f"{DEFAULT_MAX_JSON_SIZE:,}"
        )
        raise InputTooLargeError(msg)
    if item.kind == "file":
        decoded = decode(Path(item.payload).read_bytes(), name=item.name)
        require_text(decoded.text, name=item.name)
        return Document(
            name=item.name,
            text=decoded.text,
            html=looks_like_html(decoded.text),
            language=language,
        )
    record = json.loads(item.payload)
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise _RecordError(msg)
    text = record.get("text")
    if not isinstance(text, str):
        msg = "no 'text' field" if text is None else "field 'text' must be a string"
        raise _RecordError(msg)
    title = _optional_str(record, "title")
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title}\n{text}"
    return Document(
        name=item.name,
        text=text,
        html=looks_like_html(text),
        id=_optional_str(record, "id"),
        url=_optional_str(record, "url"),
        published=_date(record),
        language=_optional_str(record, "language") or language,
    )


def _record_id(item: _Input) -> str | None:
    """The id of a JSON record, for its error record; ``None`` when there is none."""
    if item.kind != "json":
        return None
    try:
        record = json.loads(item.payload)
    except ValueError:
        return None
    value = record.get("id") if isinstance(record, dict) else None
    return str(value) if isinstance(value, str | int) and type(value) is not bool else None


def _describe(item: _Input, error: BaseException) -> str:
    if isinstance(error, GovnewsError):
        return str(error)
    if isinstance(error, OSError):
        return f"{item.name}: {error.strerror or error}"
    if isinstance(error, json.JSONDecodeError):
        return f"{item.name}: invalid JSON ({error.msg} at column {error.colno})"
    if isinstance(error, _RecordError):
        return f"{item.name}: {error}"
    return f"{item.name}: {type(error).__name__}: {error}"


class _Result(NamedTuple):
    """A parsed chunk as it travels back to the parent: its lines, already encoded."""

    lines: bytes
    inputs: int
    errors: int


def _parse_chunk(items: list[_Input], parser: Parser, language: str | None) -> _Result:
    """Parse a chunk of inputs into their output lines and count the errors (in a worker).

    The lines come back as UTF-8 bytes, so the parent only writes them: a string would
    be decoded from the pipe and encoded again for the file, in the one process every
    chunk passes through.
    """
    lines = []
    errors = 0
    for item in items:
        try:
            lines.append(to_json(parser(_document(item, language))) + "\n")
        except Exception as error:  # noqa: BLE001 - any failure on one input becomes its error record
            lines.append(_error_line(item.name, _describe(item, error), _record_id(item)))
            errors += 1
    return _Result("".join(lines).encode("utf-8", "surrogatepass"), len(items), errors)


def _parse_in_worker(items: list[_Input], parser: Parser, language: str | None) -> _Result:
    """Parse a chunk in a worker process, then set aside for good what outlived it.

    The caches of morphology and lexicons grow with every word not seen before, and a
    full collection of the garbage collector walks every object they hold: over text
    the caches have not seen, such collections took about a tenth of the time. A
    parse leaves no reference cycles behind, so what outlives a chunk is cache, and
    ``gc.freeze`` moves it where collections no longer look.
    """
    result = _parse_chunk(items, parser, language)
    gc.freeze()
    return result


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)  # the parent is gone: nobody will read our results


def _init_worker() -> None:
    """Set up a worker: the parent handles Ctrl-C, and a worker never outlives its parent.

    The worker loads the dictionaries and lexicons with a first parse, then moves
    everything alive to the garbage collector's permanent generation: those objects live
    as long as the process, and without this every full collection walks them again.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(os.getppid(),), daemon=True).start()
    _warm()
    gc.freeze()


def _warm() -> None:
    """Load the dictionaries and lexicons of both languages with a first parse."""
    parse_text("Сесія міської ради відбулася 3 грудня у Житомирі. Заседание думы.")


# The parent: scheduling, ordering, writing -----------------------------------------------


@attrs.frozen(kw_only=True)
class BatchSummary:
    """What a batch run did.

    Attributes:
        inputs: Inputs seen in this run (including those skipped on resume).
        skipped: Inputs already in the output from an earlier, interrupted run.
        articles: Articles written in this run.
        errors: Error records written in this run.
        output: The output file.
    """

    inputs: int
    skipped: int
    articles: int
    errors: int
    output: Path


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _context() -> Any:
    """How workers start: forked from this process when that is safe, else a clean start.

    Forking shares the imported modules and warm caches of the parent and saves each
    run the start-up of a fresh interpreter, but a fork copies only the calling thread,
    so it is used only on Linux from a process that runs no other thread (as the
    command line does); elsewhere workers start from the forkserver, or by spawning.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _ready() -> bool:
    return True


def _pool(jobs: int) -> concurrent.futures.ProcessPoolExecutor:
    """Start the workers, and make sure they can run at all before trusting them.

    Raises:
        WorkerStartError: The workers die as they start.
    """
    context = _context()
    if context.get_start_method() == "fork":
        _warm()  # forked workers then share one copy of the dictionaries and lexicons
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker
    )
    try:
        pool.submit(_ready).result()
    except BrokenProcessPool as error:
        pool.shutdown(wait=True)
        msg = (
            f"the batch's worker processes die as they start (started by "
            f"{context.get_start_method()}); such workers import the main script again, so "
            'a script must run its work under `if __name__ == "__main__":`'
        )
        raise WorkerStartError(msg) from error
    return pool


def _complete_lines(part: Path) -> int:
    """Count the complete lines of ``part`` and cut off a half-written last line."""
    count = 0
    end = 0  # the offset just after the last newline
    offset = 0
    with part.open("rb") as file:
        while block := file.read(_BLOCK):
            newlines = block.count(b"\n")
            if newlines:
                count += newlines
                end = offset + block.rindex(b"\n") + 1
            offset += len(block)
    if end != offset:
        with part.open("r+b") as file:
            file.truncate(end)
    return count


def _finished(future: "concurrent.futures.Future[_Result]") -> bool:
    """Whether a future holds a result (not cancelled, not failed with the pool)."""
    return future.done() and not future.cancelled() and future.exception() is None


def _chunks(items: Iterable[_Input], size: int) -> Iterator[list[_Input]]:
    chunk: list[_Input] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _isolate(chunks: list[list[_Input]], parser: Parser, language: str | None) -> list[_Result]:
    """Parse chunks one input at a time, so a worker that dies takes only its own input."""
    results = []
    pool = None
    try:
        for chunk in chunks:
            parts = []
            for item in chunk:
                pool = pool or _pool(1)
                try:
                    part = pool.submit(_parse_in_worker, [item], parser, language).result()
                except BrokenProcessPool:
                    reason = f"{item.name}: the worker process died while parsing this input"
                    line = _error_line(item.name, reason, _record_id(item))
                    part = _Result(line.encode("utf-8", "surrogatepass"), 1, 1)
                    pool.shutdown(wait=True)
                    pool = None
                parts.append(part)
            results.append(
                _Result(
                    b"".join(part.lines for part in parts),
                    len(parts),
                    sum(part.errors for part in parts),
                )
            )
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    return results


class _Progress:
    """A one-line progress bar with rate and ETA on a terminal; silent otherwise."""

    def __init__(self, total: int | None, done: int, *, stream: IO[str]) -> None:
        self.total = total
        self.done = done
        self.start = done
        self.stream = stream
        self.began = time.monotonic()
        self.shown = 0.0

    def advance(self, count: int, *, final: bool = False) -> None:
        self.done += count
        now = time.monotonic()
        if not final and now - self.shown < 0.2:  # noqa: PLR2004 - redraw five times a second
            return
        self.shown = now
        rate = (self.done - self.start) / max(now - self.began, 1e-9)
        line = f"{self.done:,}"
        if self.total:
            share = min(self.done / self.total, 1.0)
            filled = int(share * 24)
            bar = "█" * filled + "·" * (24 - filled)
            left = (self.total - self.done) / rate if rate > 0 else 0.0
            eta = str(dt.timedelta(seconds=round(left)))
            line = f"{bar} {self.done:,}/{self.total:,} {share:4.0%} {rate:,.0f}/s ETA {eta}"
        else:
            line = f"{self.done:,} articles {rate:,.0f}/s"
        self.stream.write(f"\r{line}\x1b[K" + ("\n" if final else ""))
        self.stream.flush()


class _Writer:
    """Appends complete lines to the part file, syncing to disk once a second."""

    def __init__(self, part: Path) -> None:
        self.file = part.open("ab")
        self.synced = time.monotonic()

    def write(self, lines: bytes) -> None:
        self.file.write(lines)
        self.file.flush()
        if time.monotonic() - self.synced > _SYNC_EVERY:
            self.sync()

    def sync(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.synced = time.monotonic()

    def close(self) -> None:
        self.sync()
        self.file.close()


def _sync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - folders cannot be opened on Windows
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def run_batch(  # noqa: C901, PLR0912, PLR0915 - one loop that keeps order, memory and faults in hand
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    language: str | None = None,
    parser: Parser = parse_document,
    progress: bool | None = None,
    restart: bool = False,
    chunk_size: int = _CHUNK_SIZE,
) -> BatchSummary:
    """Parse every input of ``source`` into one JSON Lines file, in parallel.

    Args:
        source: A folder of ``.txt``/``.html`` files (recursive, sorted by path), a JSON
            Lines file of records with a ``text`` field, or ``-`` for standard input.
        output: The JSON Lines file to write; ``OUTPUT.part`` holds the lines until the
            run completes.
        jobs: Worker processes; all cores when ``None``.
        language: The language of every input, when known (a record's own
            ``language`` field wins).
        parser: The function applied to every [`Document`][govnews.batch.Document];
            a module-level function, so that it pickles.
        progress: Draw a progress bar on standard error; by default only when it is a
            terminal.
        restart: Start over instead of continuing an earlier run's output.
        chunk_size: Inputs sent to a worker at a time.

    Returns:
        What was done.

    Raises:
        FileNotFoundError: ``source`` does not exist.
        IsADirectoryError: ``output`` is a folder.
        WorkerStartError: The worker processes die as they start.
    """
    jobs = jobs or default_jobs()
    out = Path(output)
    part = out.with_name(out.name + ".part")
    if str(source) != "-" and not Path(source).exists():
        msg = f"{source}: no such file or folder"
        raise FileNotFoundError(msg)
    if out.is_dir():
        msg = f"{out}: is a folder, not a file"
        raise IsADirectoryError(msg)
    if restart:
        part.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
    elif out.exists() and not part.exists():
        out.replace(part)  # continue a finished run: new inputs are appended
    out.parent.mkdir(parents=True, exist_ok=True)
    part.touch()
    done = _complete_lines(part)

    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(_count_inputs(source) if show else None, done, stream=sys.stderr)
    inputs = iter_inputs(source)
    skipped = sum(1 for _ in zip(range(done), inputs, strict=False))
    chunks = _chunks(inputs, chunk_size)
    window = max(1, jobs * _CHUNKS_PER_JOB)
    pending: deque[tuple[list[_Input], concurrent.futures.Future[_Result]]] = deque()
    articles = errors = 0
    pool = _pool(jobs)
    writer = _Writer(part)
    exhausted = False
    completed = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append((chunk, pool.submit(_parse_in_worker, chunk, parser, language)))
            if not pending:
                break
            chunk, future = pending[0]
            try:
                results = [future.result()]
                pending.popleft()
            except BrokenProcessPool:
                # A worker died: keep what finished, redo the rest one input at a time.
                pool.shutdown(wait=True)
                settled = [
                    (chunk, future.result() if _finished(future) else None)
                    for chunk, future in pending
                ]
                pending.clear()
                redone = iter(_isolate([c for c, r in settled if r is None], parser, language))
                results = [result or next(redone) for _, result in settled]
                pool = _pool(jobs)
            for result in results:
                writer.write(result.lines)
                errors += result.errors
                articles += result.inputs - result.errors
                if show:
                    bar.advance(result.inputs)
        completed = True
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        writer.close()
        if show:
            bar.advance(0, final=True)
    if completed:
        part.replace(out)
        _sync_folder(out.parent)
    return BatchSummary(
        inputs=skipped + articles + errors,
        skipped=skipped,
        articles=articles,
        errors=errors,
        output=out,
    )
