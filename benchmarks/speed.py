"""Speed of govnews: the full parse, each stage, start-up, memory, linearity and batch scaling.

Everything runs in one invocation on the same texts, side by side with the Russian peer
natasha (segmenter + morphology + NER tagger + name normalisation) and with a floor
that only tokenises the text with one regular expression::

    .venv/bin/python benchmarks/speed.py ../shared/data               # full run
    .venv/bin/python benchmarks/speed.py ../shared/data --write-docs  # and update docs/speed.md
    .venv/bin/python benchmarks/speed.py ../shared/data --quick       # seconds, for CI
    .venv/bin/python benchmarks/speed.py ../shared/data --profile     # where the time goes

The data folder is the project's ``shared/data``: ``govnews-corpus`` (real news on
government), ``factrueval-2016`` (Russian) and ``ner-uk`` (Ukrainian) gold corpora. The
bundled ``seeds/`` are always included. A missing corpus is skipped with a note.

Throughput is CPU time of this process (``time.process_time``), the best of a few
repeats, so that other work on a shared machine disturbs it as little as possible;
batch scaling is wall-clock time, which is what parallelism buys.
"""

import argparse
import contextlib
import cProfile
import datetime as dt
import functools
import io
import json
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from html import escape
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DOCS = ROOT / "docs"
COMMAND = ".venv/bin/python benchmarks/speed.py ../shared/data --write-docs"
TOKEN = re.compile(r"\w+")
SIZES_KB = (1, 10, 100, 1000)
QUICK_SIZES_KB = (1, 10, 100)
BATCH_ARTICLES = 4_000
REPEATS = 5  # best of: the least disturbed run is the cost of the code
BATCH_REPEATS = 3
QUICK_BATCH_ARTICLES = 120


# Texts ------------------------------------------------------------------------------------


def _jsonl_texts(path: Path, limit: int | None) -> list[str]:
    texts: list[str] = []
    with path.open(encoding="utf-8") as file:
        for line in file:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if limit is not None and len(texts) >= limit:
                break
    return texts


def load_corpora(data: Path, *, quick: bool) -> dict[str, tuple[str, list[str]]]:
    """The benchmark texts, by corpus name: (language, texts)."""
    limit = 8 if quick else None
    corpora = {
        "seeds": ("uk", [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))])
    }
    sources = {
        "govnews-corpus uk": ("uk", data / "govnews-corpus" / "uk.jsonl"),
        "govnews-corpus ru": ("ru", data / "govnews-corpus" / "ru.jsonl"),
        "factrueval-2016": ("ru", data / "factrueval-2016" / "factrueval-2016.jsonl"),
        "ner-uk v2": ("uk", data / "ner-uk" / "ner-uk-v2.jsonl"),
    }
    for name, (language, path) in sources.items():
        if path.is_file():
            corpora[name] = (language, _jsonl_texts(path, limit))
        else:
            print(f"note: {path} is absent, {name} skipped", file=sys.stderr)
    return corpora


# Timing -----------------------------------------------------------------------------------


def _best_cpu(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


class StageTimer:
    """Times every stage exactly as ``govnews.pipeline`` calls it, by wrapping its names.

    A stage is any function the pipeline module imported from another govnews module
    (``clean``, ``detect_language``, ``find_*``), so new stages are picked up unchanged.
    """

    def __init__(self) -> None:
        """Find the stages in the pipeline module."""
        from govnews import pipeline  # noqa: PLC0415

        self.pipeline = pipeline
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.originals: dict[str, Any] = {}
        for name, value in vars(pipeline).items():
            module = getattr(value, "__module__", "") or ""
            if (
                callable(value)
                and not isinstance(value, type)
                and module.startswith("govnews.")
                and module != pipeline.__name__
            ):
                self.originals[name] = value

    def __enter__(self) -> "StageTimer":  # noqa: PYI034 - Self needs 3.11 typing only
        """Start timing: wrap every stage."""
        for name, function in self.originals.items():
            setattr(self.pipeline, name, self._timed(name, function))
        return self

    def __exit__(self, *_: object) -> None:
        """Stop timing: put the stages back."""
        for name, function in self.originals.items():
            setattr(self.pipeline, name, function)

    def _timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        seconds = self.seconds
        seconds.setdefault(name, 0.0)

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] = self.calls.get(name, 0) + 1
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[name] += time.process_time() - start

        return timed


def _natasha() -> Callable[[str], object] | None:
    try:
        from natasha import (  # type: ignore[import-untyped]  # noqa: PLC0415
            PER,
            Doc,
            MorphVocab,
            NamesExtractor,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )
    except ImportError:
        print("note: natasha is not installed (bench group), skipped", file=sys.stderr)
        return None
    segmenter, vocab, embedding = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    names = NamesExtractor(vocab)

    def run(text: str) -> object:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        for span in doc.spans:
            span.normalize(vocab)
            if span.type == PER:
                span.extract_fact(names)
        return doc.spans

    return run


def _floor(text: str) -> object:
    return TOKEN.findall(text)


# Measurements ---------------------------------------------------------------------------


FAILURES: dict[str, int] = {}


def _parse(text: str) -> object:
    """The full parse; an exception is counted (and reported), not fatal to the benchmark."""
    import govnews  # noqa: PLC0415

    try:
        return govnews.parse_text(text)
    except Exception as error:  # noqa: BLE001 - a benchmark of work in progress keeps going
        key = f"{type(error).__name__}: {error}"[:120]
        FAILURES[key] = FAILURES.get(key, 0) + 1
        return None


def _rate(
    system: str, run: Callable[[str], object], texts: list[str], *, repeats: int
) -> Callable[[str, str], dict[str, Any]]:
    """Time ``run`` over ``texts``; returns a function naming the row."""

    def run_all() -> None:
        for text in texts:
            run(text)

    seconds = _best_cpu(run_all, repeats)
    size = sum(len(text.encode("utf-8")) for text in texts) / 1e6

    def row(corpus: str, language: str) -> dict[str, Any]:
        return _row(system, corpus, language, articles=len(texts), megabytes=size, seconds=seconds)

    return row


def throughput(corpora: dict[str, tuple[str, list[str]]], *, repeats: int) -> list[dict[str, Any]]:
    """Articles and MB per second of the full parse, of each stage, of natasha, of the floor."""
    rows: list[dict[str, Any]] = []
    natasha = _natasha()
    every = [text for _, texts in corpora.values() for text in texts]
    for text in every[:20]:
        _parse(text)  # load dictionaries and lexicons before timing
    if natasha is not None:
        natasha("Мэр Москвы Сергей Собянин провёл совещание.")
    for name, (language, texts) in corpora.items():
        rows.append(_rate("govnews parse_text", _parse, texts, repeats=repeats)(name, language))
        rows.append(_rate("floor (one regex)", _floor, texts, repeats=repeats)(name, language))
        if natasha is not None and language == "ru":
            rows.append(_rate("natasha NER pipeline", natasha, texts, repeats=1)(name, language))
    timer = StageTimer()
    with timer:
        for text in every:
            _parse(text)
    size = sum(len(text.encode("utf-8")) for text in every) / 1e6
    rows.extend(
        _row(f"stage {stage}", "all", "uk+ru", articles=len(every), megabytes=size, seconds=seconds)
        for stage, seconds in timer.seconds.items()
        if timer.calls.get(stage)
    )
    return rows


def _row(
    system: str, corpus: str, language: str, *, articles: int, megabytes: float, seconds: float
) -> dict[str, Any]:
    seconds = max(seconds, 1e-9)
    return {
        "system": system,
        "corpus": corpus,
        "language": language,
        "articles": articles,
        "MB": megabytes,
        "seconds": seconds,
        "articles/s": articles / seconds,
        "MB/s": megabytes / seconds,
        "ms/article": 1000 * seconds / max(articles, 1),
    }


_START_UP = """
import json, resource, sys, time
def peak_mb():
    # VmHWM is this process's own peak; ru_maxrss on Linux keeps the peak of the process
    # that forked us across exec, which would report the benchmark's own memory.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
import govnews
imported = time.perf_counter()
texts = json.load(sys.stdin)
govnews.parse_text(texts[0])
first = time.perf_counter()
cpu = time.process_time()
for text in texts[1:]:
    govnews.parse_text(text)
cpu = time.process_time() - cpu
print(json.dumps({
    "import_s": imported - start,
    "first_parse_s": first - start,
    "cold_articles_per_s": (len(texts) - 1) / max(cpu, 1e-9),
    "peak_rss_mb": peak_mb(),
}))
"""


def _fresh(texts: list[str]) -> dict[str, float]:
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", _START_UP],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def start_up(texts: list[str]) -> dict[str, float]:
    """Start-up, cold throughput and peak memory, each in a fresh process.

    Import time and import plus first parse are the best of three; then one process
    parses every text once (cold caches) and reports its rate and its peak RSS.
    """
    quick = [_fresh(texts[:1]) for _ in range(3)]
    figures = _fresh(texts)
    figures["import_s"] = min(run["import_s"] for run in quick)
    figures["first_parse_s"] = min(run["first_parse_s"] for run in quick)
    return figures


def _sample(texts: list[str], kilobytes: int) -> str:
    """About ``kilobytes`` KB (UTF-8) of whole corpus texts, cycled, blank-line separated."""
    parts: list[str] = []
    size = 0
    target = kilobytes * 1024
    for text in _cycle(texts):
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
        if size >= target:
            break
    joined = "\n\n".join(parts).encode("utf-8")[:target]
    return joined.decode("utf-8", "ignore")


def _pieces(sample: str, kilobytes: int) -> list[str]:
    """``sample`` cut into consecutive pieces of ``kilobytes`` KB (UTF-8)."""
    data = sample.encode("utf-8")
    step = kilobytes * 1024
    pieces = [data[offset : offset + step] for offset in range(0, len(data), step)]
    return [piece.decode("utf-8", "ignore") for piece in pieces if len(piece) * 2 > step]


def _cycle(texts: list[str]) -> Iterator[str]:
    while True:
        yield from texts


def linearity(texts: list[str], sizes: tuple[int, ...]) -> list[dict[str, float]]:
    """Milliseconds per KB of the full parse on inputs from 1 KB to 1 MB.

    Every size parses the same text, the largest size's worth of corpus articles, cut
    into pieces of that size (a thousand 1 KB pieces, ten 100 KB pieces, one 1 MB
    piece), so that the figure shows how the cost grows with the length of one input
    and not how the content of one small sample differs from the rest. Every piece is
    parsed once before the timing, so all sizes meet the same warm caches, and every
    size is the best of three runs over all its pieces.
    """
    import govnews  # noqa: PLC0415

    sample = _sample(texts, max(sizes))
    rows = []
    for kilobytes in sizes:
        pieces = _pieces(sample, kilobytes)
        for piece in pieces:
            govnews.parse_text(piece)  # warm: time the algorithm, not first sight of new words

        def parse_all(pieces: list[str] = pieces) -> None:
            for piece in pieces:
                govnews.parse_text(piece)

        seconds = _best_cpu(parse_all, 3)
        total = sum(len(piece.encode("utf-8")) for piece in pieces) / 1024
        rows.append(
            {
                "KB": kilobytes,
                "pieces": len(pieces),
                "seconds": seconds,
                "ms/KB": 1000 * seconds / total,
            }
        )
    return rows


def batch_scaling(texts: list[str], articles: int, repeats: int) -> list[dict[str, float]]:
    """Wall-clock time of ``govnews batch`` on a folder of ``articles`` files, -j1 and -j2.

    Each is the best of ``repeats`` runs, -j1 and -j2 taking turns.
    """
    with tempfile.TemporaryDirectory(prefix="govnews-bench-") as temporary:
        folder = Path(temporary) / "in"
        folder.mkdir()
        for number, text in zip(range(articles), _cycle(texts), strict=False):
            (folder / f"{number:06d}.txt").write_text(text, encoding="utf-8")
        best = {1: float("inf"), 2: float("inf")}
        for _ in range(repeats):  # alternate, so that a busy moment of the machine hits both
            for jobs in (1, 2):
                out = Path(temporary) / f"out-{jobs}.jsonl"
                start = time.perf_counter()
                subprocess.run(  # noqa: S603 - our own command line
                    [
                        sys.executable,
                        "-m",
                        "govnews",
                        "batch",
                        str(folder),
                        str(out),
                        "-j",
                        str(jobs),
                        "--no-progress",
                        "--restart",
                    ],
                    check=True,
                    capture_output=True,
                )
                best[jobs] = min(best[jobs], time.perf_counter() - start)
        rows = [{"jobs": jobs, "articles": articles, "seconds": best[jobs]} for jobs in (1, 2)]
        same = (Path(temporary) / "out-1.jsonl").read_bytes() == (
            Path(temporary) / "out-2.jsonl"
        ).read_bytes()
        for row in rows:
            row["articles/s"] = articles / row["seconds"]
            row["speed-up"] = rows[0]["seconds"] / row["seconds"]
            row["identical"] = float(same)
    return rows


def profile(corpora: dict[str, tuple[str, list[str]]], top: int) -> str:
    """The functions where the full parse spends its time (cProfile, by own time)."""
    import govnews  # noqa: PLC0415

    every = [text for _, texts in corpora.values() for text in texts]
    for text in every[:20]:
        govnews.parse_text(text)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in every:
        govnews.parse_text(text)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue()


# Reporting --------------------------------------------------------------------------------


def machine() -> str:
    """One line on the machine, the interpreter and the versions measured."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        first = meminfo.read_text(encoding="utf-8").splitlines()[0].split()
        memory = f", {int(first[1]) / 1024 / 1024:.1f} GB RAM"
    versions = []
    for package in ("govnews", "natasha", "pymorphy3"):
        with contextlib.suppress(PackageNotFoundError):
            versions.append(f"{package} {version(package)}")
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[1]:.1f} over the last 5 minutes"
    return (
        f"{model}, {os.cpu_count()} cores{memory}{load}; "
        f"{platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; {', '.join(versions)}"
    )


def markdown_table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """A Markdown table of ``rows`` with these ``columns``."""
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        cells = []
        for column in columns:
            value = row[column]
            if isinstance(value, float):
                cells.append(f"{value:,.3f}" if value < 10 else f"{value:,.0f}")
            else:
                cells.append(str(value))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def bar_chart(bars: list[tuple[str, float]], title: str, unit: str) -> str:
    """A horizontal bar chart as SVG, on a logarithmic scale (values span decades)."""
    import math  # noqa: PLC0415

    width, left, bar_height, gap, top = 720, 260, 18, 6, 34
    height = top + len(bars) * (bar_height + gap) + 30
    largest = max((value for _, value in bars), default=1.0)
    scale = math.log10(max(largest, 10)) + 0.3
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">'
        ),
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for index, (label, value) in enumerate(bars):
        y = top + index * (bar_height + gap)
        length = max(1.0, (math.log10(max(value, 1.0)) / scale) * (width - left - 90))
        colour = {"govnews": "#4c72b0", "natasha": "#dd8452", "stage ": "#8fb0d9"}.get(
            label.split(" ", 1)[0] if not label.startswith("stage ") else "stage ", "#999999"
        )
        parts.append(
            f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar_height}" '
            f'fill="{colour}"/>'
            f'<text x="{left + length + 6:.1f}" y="{y + 13}">{value:,.0f} {escape(unit)}</text>'
        )
    parts.append(
        f'<text x="{left}" y="{height - 8}" fill="#666">logarithmic scale; '
        f"longer is faster</text></svg>"
    )
    return "\n".join(parts) + "\n"


def line_chart(points: list[tuple[float, float]], title: str) -> str:
    """Milliseconds per KB against input size (log x axis), as SVG."""
    import math  # noqa: PLC0415

    width, height, left, bottom, top, right = 720, 300, 70, 40, 34, 30
    xs = [math.log10(size) for size, _ in points]
    highest = max((value for _, value in points), default=1.0) * 1.25 or 1.0
    x_low, x_high = min(xs, default=0.0), max(xs, default=1.0)
    span = (x_high - x_low) or 1.0

    def place(size: float, value: float) -> tuple[float, float]:
        x = left + (math.log10(size) - x_low) / span * (width - left - right)
        y = height - bottom - value / highest * (height - top - bottom)
        return x, y

    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">'
        ),
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(title)}</text>',
        (
            f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" '
            f'stroke="#333"/>'
        ),
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#333"/>',
        f'<text x="{left - 8}" y="{top + 4}" text-anchor="end">{highest:.2f}</text>',
        f'<text x="{left - 8}" y="{height - bottom}" text-anchor="end">0</text>',
        (
            f'<text x="14" y="{(height) / 2}" transform="rotate(-90 14 {height / 2})" '
            f'text-anchor="middle">ms per KB</text>'
        ),
    ]
    placed = [place(size, value) for size, value in points]
    parts.append(
        '<polyline fill="none" stroke="#4c72b0" stroke-width="2" points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y in placed)
        + '"/>'
    )
    for (size, value), (x, y) in zip(points, placed, strict=True):
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#4c72b0"/>'
            f'<text x="{x:.1f}" y="{y - 9:.1f}" text-anchor="middle">{value:.3f}</text>'
            f'<text x="{x:.1f}" y="{height - bottom + 16}" text-anchor="middle">'
            f"{size:,.0f} KB</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _summary(
    rows: list[dict[str, Any]],
    start: dict[str, float],
    lines: list[dict[str, float]],
    batch: list[dict[str, float]],
) -> list[tuple[str, str, str, bool | None]]:
    """Each measured target: (target, goal, measured, met)."""

    def total(system: str, language: str | None, corpus: str | None = None) -> tuple[int, float]:
        chosen = [
            row
            for row in rows
            if row["system"] == system
            and (language is None or row["language"] == language)
            and (corpus is None or row["corpus"].startswith(corpus))
        ]
        return sum(row["articles"] for row in chosen), sum(row["seconds"] for row in chosen)

    targets: list[tuple[str, str, str, bool | None]] = []
    ours = total("govnews parse_text", "ru")
    theirs = total("natasha NER pipeline", "ru")
    if theirs[0] and ours[0]:
        ratio = (ours[0] / ours[1]) / (theirs[0] / theirs[1])
        targets.append(("faster than natasha (ru texts)", ">= 10x", f"{ratio:.1f}x", ratio >= 10))
    corpus = total("govnews parse_text", None, "govnews-corpus")
    if corpus[0]:
        rate = corpus[0] / corpus[1]
        targets.append(
            ("articles/s on one core (govnews-corpus)", ">= 300", f"{rate:,.0f}", rate >= 300)
        )
    if lines:
        per_kb = [line["ms/KB"] for line in lines]
        spread = max(per_kb) / max(min(per_kb), 1e-12)
        sizes = f"{lines[0]['KB']:.0f} KB-{lines[-1]['KB']:,.0f} KB"
        targets.append((f"time per KB, {sizes}", "within 1.5x", f"{spread:.2f}x", spread <= 1.5))
    targets.append(
        (
            "import + first parse",
            "< 1 s",
            f"{start['first_parse_s']:.2f} s",
            start["first_parse_s"] < 1,
        )
    )
    targets.append(
        (
            "peak memory of a worker",
            "< 300 MB",
            f"{start['peak_rss_mb']:.0f} MB",
            start["peak_rss_mb"] < 300,
        )
    )
    if len(batch) == 2:
        speed_up = batch[1]["speed-up"]
        targets.append(
            (
                f"batch -j2 vs -j1 ({batch[0]['articles']:,.0f} articles)",
                ">= 1.8x",
                f"{speed_up:.2f}x" + ("" if batch[0]["identical"] else " (outputs differ!)"),
                speed_up >= 1.8,
            )
        )
    return targets


def report(
    rows: list[dict[str, Any]],
    start: dict[str, float],
    lines: list[dict[str, float]],
    batch: list[dict[str, float]],
) -> str:
    """The whole report in Markdown."""
    targets = _summary(rows, start, lines, batch)
    target_rows = [
        {
            "target": target,
            "goal": goal,
            "measured": measured,
            "met": {True: "yes", False: "no", None: ""}[met],
        }
        for target, goal, measured, met in targets
    ]
    systems = [row for row in rows if not row["system"].startswith("stage ")]
    stages = [row for row in rows if row["system"].startswith("stage ")]
    columns = ["system", "corpus", "language", "articles", "MB", "articles/s", "MB/s", "ms/article"]
    return "\n\n".join(
        [
            "### Targets\n\n" + markdown_table(target_rows, ["target", "goal", "measured", "met"]),
            "### Throughput on one core\n\n" + markdown_table(systems, columns),
            "### Each stage of parse_text (all texts)\n\n"
            + markdown_table(
                stages, ["system", "articles", "MB", "articles/s", "MB/s", "ms/article"]
            ),
            "### Start-up and memory (fresh process)\n\n"
            + markdown_table(
                [
                    {
                        "import (s)": start["import_s"],
                        "import + first parse (s)": start["first_parse_s"],
                        "first pass over every text, cold (articles/s)": start[
                            "cold_articles_per_s"
                        ],
                        "peak RSS after every text (MB)": start["peak_rss_mb"],
                    }
                ],
                [
                    "import (s)",
                    "import + first parse (s)",
                    "first pass over every text, cold (articles/s)",
                    "peak RSS after every text (MB)",
                ],
            ),
            "### Cost against input size\n\n"
            + markdown_table(lines, ["KB", "pieces", "seconds", "ms/KB"]),
            "### govnews batch, wall clock\n\n"
            + markdown_table(batch, ["jobs", "articles", "seconds", "articles/s", "speed-up"]),
        ]
    )


_PAGE = """# Speed

govnews is meant to run over archives of millions of articles, so its speed is measured
by a benchmark in the project, on the same texts, side by side with the Russian peer
[natasha](https://github.com/natasha/natasha) (segmenter, morphology and NER taggers, name
normalisation) and with a *floor* that does nothing but split the text into words with
one regular expression: the distance to the floor is what the linguistics costs.

Regenerate this page (tables and charts) with:

```
{command}
```

`--quick` runs every measurement on a few texts in seconds (CI runs it to prove the
benchmark works; its figures mean nothing); `--profile` prints where the time goes.

**Machine:** {machine}. Measured {when}.

Throughput is CPU time of one process (best of {throughput_repeats} repeats); the batch figures are
wall-clock time of `govnews batch` on a folder of replicated corpus articles (best of
{repeats} runs, -j1 and -j2 taking turns), start-up of the command and its workers
included. The cost against input size parses the same 1 MB of corpus articles cut into
pieces of each size, so that only the length of one input changes.

![Throughput per system and per stage](speed-throughput.svg)

![Milliseconds per KB against input size](speed-linearity.svg)

{report}

## Reading the figures

- *articles/s* counts whole articles; corpora differ in article length, so compare
  *MB/s* across corpora.
- The stage rows time each stage exactly as `parse_text` calls it; their sum is the full
  parse minus the assembly of the record.
- *Peak RSS* is the resident memory of a fresh process after parsing every benchmark
  text: the memory one `govnews batch` worker needs.
- *Throughput* repeats the same texts, so it is the speed once the caches of
  morphology and lexicons know the words; the *first pass, cold* figure is the speed on
  words never seen before. A long run over an archive starts near the second and moves
  towards the first as the caches fill with the vocabulary of the genre.

## Your own loop over many articles

`govnews batch` already does the two things that matter for a long run. To parse many
articles in your own loop:

- Keep one process alive for the whole run: the caches are what makes the second
  thousand articles cheaper than the first.
- Call `gc.freeze()` now and then (say every few dozen articles), if nothing else in
  your program creates reference cycles. The caches grow with every new word, and each
  full collection of the garbage collector walks all of them; a parse leaves no cycles
  behind, so freezing what survives it loses nothing and saves about a tenth of the
  time on unseen text. `govnews batch` workers do this after every chunk.
"""


def write_docs(markdown: str, rows: list[dict[str, Any]], lines: list[dict[str, float]]) -> None:
    """Write ``docs/speed.md`` and its two charts."""
    bars = []
    for system in ("govnews parse_text", "natasha NER pipeline", "floor (one regex)"):
        chosen = [row for row in rows if row["system"] == system and row["language"] == "ru"]
        if chosen:
            count = sum(row["articles"] for row in chosen)
            bars.append((f"{system} (ru)", count / sum(row["seconds"] for row in chosen)))
    bars += [
        (row["system"], row["articles/s"]) for row in rows if row["system"].startswith("stage ")
    ]
    (DOCS / "speed-throughput.svg").write_text(
        bar_chart(bars, "Articles per second on one core", "art/s"), encoding="utf-8"
    )
    (DOCS / "speed-linearity.svg").write_text(
        line_chart(
            [(line["KB"], line["ms/KB"]) for line in lines], "Cost per KB against input size"
        ),
        encoding="utf-8",
    )
    page = _PAGE.format(
        command=COMMAND,
        machine=machine(),
        when=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d"),
        repeats=BATCH_REPEATS,
        throughput_repeats=REPEATS,
        report=markdown,
    )
    (DOCS / "speed.md").write_text(page, encoding="utf-8")


def main() -> int:
    """Run the benchmark and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--quick", action="store_true", help="a few texts, for CI")
    parser.add_argument("--write-docs", action="store_true", help="update docs/speed.md")
    parser.add_argument("--profile", action="store_true", help="print the hot spots and stop")
    parser.add_argument("--skip-batch", action="store_true", help="leave out the batch scaling")
    args = parser.parse_args()
    corpora = load_corpora(args.data, quick=args.quick)
    if args.profile:
        print(profile(corpora, top=40))
        return 0
    every = [text for _, texts in corpora.values() for text in texts]
    print(f"machine: {machine()}", file=sys.stderr)
    rows = throughput(corpora, repeats=1 if args.quick else REPEATS)
    start = start_up(every)
    news = [text for name, (_, texts) in corpora.items() if name != "ner-uk v2" for text in texts]
    lines = linearity(news, QUICK_SIZES_KB if args.quick else SIZES_KB)
    batch: list[dict[str, float]] = []
    if not args.skip_batch and shutil.which(sys.executable):
        batch = batch_scaling(
            [
                text
                for name, (_, texts) in corpora.items()
                if name.startswith(("govnews", "seeds"))
                for text in texts
            ],
            QUICK_BATCH_ARTICLES if args.quick else BATCH_ARTICLES,
            1 if args.quick else BATCH_REPEATS,
        )
    markdown = report(rows, start, lines, batch)
    if FAILURES:
        failed = "\n".join(f"- {count} x {error}" for error, count in sorted(FAILURES.items()))
        markdown += f"\n\n### Parses that raised (bugs to fix)\n\n{failed}"
    print(markdown)
    if args.write_docs:
        if args.quick:
            print("note: --write-docs is ignored with --quick", file=sys.stderr)
        else:
            write_docs(markdown, rows, lines)
            print(f"wrote {DOCS / 'speed.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
