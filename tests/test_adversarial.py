"""Linear time on hostile text: parse_text and every regular expression of govnews.

Each hostile input is built to hurt one kind of pattern (one endless word, endless quotes,
dots, digits, capitalised words, post words...). ``parse_text`` must take time
proportional to the size: the CPU time at 4N characters is compared with the time at N
in the same run, and with a normal article scaled to 4N (the calibration), so the test
holds on a slow or loaded machine. ``GOVNEWS_HOSTILE_SIZE`` sets N (64 Ki characters by
default; ``GOVNEWS_HOSTILE_SIZE=262144`` gives 1 Mi at 4N); one test parses a
megabyte of all the kinds at once.

The regular expression audit imports every module, collects the compiled patterns of
their globals, and runs each over every hostile input in a child process with a time
limit, so a catastrophic pattern fails the test instead of hanging it. A pattern that
the code only anchors (``match``/``fullmatch``, at one position or on one word) is timed
anchored; a pattern that the code scans with (``search``, ``finditer``, ``sub``...) is
timed scanning the whole input, where a pattern that backtracks is quadratic.
"""

import functools
import gc
import importlib
import importlib.util
import json
import os
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import govnews

ROOT = Path(__file__).resolve().parent.parent
SIZE = int(os.environ.get("GOVNEWS_HOSTILE_SIZE", str(64 * 1024)))
GROWTH = 4
# Time at 4N may be at most this many times the time at N (linear: 4).
MAX_RATIO = 8.0
# Hostile text at 4N may cost at most this many times a normal article of the same size.
MAX_VS_NORMAL = 6.0

# One repeating unit per kind of hostile input; the input is the unit repeated to size.
HOSTILE = {
    "one-word-without-spaces": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "capitalised-words": "Петренко Іван Сергійович Коваленко Олена Житомир Київ ",
    "capitalised-without-spaces": "ПетренкоІванСергійович",
    "endless-opening-quotes": "«",
    "quoted-words": "«Рада «Громада «Київ ",
    "nested-quotes": "«„“”»",
    "dots": ".",
    "dotted-initials": "І. П. ",
    "hyphens": "-",
    "hyphenated-words": "обл-дер-адм-",
    "digits": "7",
    "date-like-digit-runs": "12.",
    "dates-without-spaces": "12.03.2021",
    "post-words": "голова ",
    "post-word-chain": "голова заступник начальник міський сільський ",
    "village-markers": "с. ",
    "place-markers": "м. вул. смт с. ",
    "acronyms-in-brackets": "(ОДА) ",
    "unclosed-brackets": "(((",
    "apostrophes": "'",
    "mixed-apostrophes": "'’ʼ`",
    "mixed-scripts": "Kиїв Moscow Мiнськ Zhytоmyr 2021 ",
    "newlines": "\n",
    "spaces": " ",
    "numbered-list": "1) 2. 3) ",
    "money": "100 000 000 грн ",
    "urls": "https://rada.gov.ua/news/",
}


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _cpu_seconds(text: str) -> float:
    """The CPU time of one parse (CPU, not wall time: other processes do not count).

    The cyclic garbage collector is paused while the parse runs: its full collections
    walk every object of the process (the loaded dictionaries, and whatever earlier
    tests left), so their cost depends on the test run, not on the parser.
    """
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        govnews.parse_text(text, language="uk")
        return time.process_time() - start
    finally:
        gc.enable()


@functools.cache
def _normal_unit() -> str:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return "\n\n".join(path.read_text(encoding="utf-8") for path in seeds) + "\n\n"


@functools.cache
def _calibration() -> float:
    """CPU time of normal articles scaled to 4N characters (after a warm-up parse)."""
    govnews.parse_text(_normal_unit(), language="uk")
    return _cpu_seconds(_fill(_normal_unit(), GROWTH * SIZE))


@functools.cache
def _timings(kind: str) -> tuple[float, float]:
    """CPU time of the hostile input ``kind`` at N and at 4N characters."""
    _calibration()
    unit = HOSTILE[kind]
    return _cpu_seconds(_fill(unit, SIZE)), _cpu_seconds(_fill(unit, GROWTH * SIZE))


@pytest.mark.parametrize("kind", HOSTILE)
def test_parse_text_time_grows_linearly(kind):
    small, large = _timings(kind)
    # A floor of 1 % of the calibration keeps inputs parsed in a few ms out of timer noise.
    floor = 0.01 * _calibration()
    assert large <= MAX_RATIO * max(small, floor), (kind, small, large)


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_text_costs_no_more_than_normal_text(kind):
    _, large = _timings(kind)
    assert large <= MAX_VS_NORMAL * _calibration(), (kind, large, _calibration())


def test_a_long_word_before_a_line_end_hyphen_parses_in_linear_time():
    def hostile(size: int) -> str:
        return "а" * size + "1а-\nслово"

    floor = 0.01 * _calibration()  # also the warm-up: dictionaries load on the first parse
    # Small sizes: the quadratic cost makes N = 64 Ki take half a minute.
    small, large = _cpu_seconds(hostile(4096)), _cpu_seconds(hostile(GROWTH * 4096))
    assert large <= MAX_RATIO * max(small, floor), (small, large)


def test_a_megabyte_of_every_hostile_kind_at_once_costs_what_normal_text_would():
    text = "".join(_fill(unit, (1 << 20) // len(HOSTILE)) for unit in HOSTILE.values())
    scaled_calibration = _calibration() * len(text) / (GROWTH * SIZE)
    assert _cpu_seconds(text) <= MAX_VS_NORMAL * scaled_calibration


# --- the regular expression audit -----------------------------------------------------

AUDIT_SIZE = 4096
AUDIT_TIMEOUT = 240


_SCANNING = frozenset({"search", "finditer", "findall", "sub", "subn", "split", "scanner"})
# Patterns the source check takes for scanned that are not, or whose input is tame; why.
_NOT_SCANNED = {
    "govnews.html._SUFFIX": "runs over a page title whose whitespace is squashed to single spaces",
    "govnews.extract.names._UK_PATRONYMIC": "aliased to `pattern`, then only fullmatch-ed",
    "govnews.extract.names._RU_PATRONYMIC": "aliased to `pattern`, then only fullmatch-ed",
}
# Patterns known to be quadratic when scanned (none: keep it that way).
_KNOWN_QUADRATIC: frozenset[str] = frozenset()


@functools.cache
def _source(module: str) -> str:
    spec = importlib.util.find_spec(module)
    origin = spec.origin if spec else None
    return Path(origin).read_text(encoding="utf-8") if origin else ""


def _is_scanned(name: str) -> bool:
    """Whether the module that defines the pattern ever scans with it (or passes it on)."""
    module, _, attribute = name.partition("[")[0].rpartition(".")
    methods = set(re.findall(rf"\b{re.escape(attribute)}\.(\w+)\(", _source(module)))
    passed_on = re.search(rf"\b{re.escape(attribute)}\b(?!\.| =)", _source(module)) is not None
    return bool(methods & _SCANNING) or passed_on or "[" in name


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern in the globals of govnews modules (and their containers)."""
    seen: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages(govnews.__path__, "govnews."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra that is not installed
            continue
        for key, value in vars(module).items():
            for name, pattern in _collect(f"{info.name}.{key}", value, 0):
                if (pattern.pattern, pattern.flags) not in seen:
                    seen.add((pattern.pattern, pattern.flags))
                    yield name, pattern


def _collect(name: str, value: object, depth: int) -> Iterator[tuple[str, re.Pattern[str]]]:
    """The str patterns in a value, looking two levels into tuples, lists, sets and dicts."""
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield name, value
    elif depth < 2 and isinstance(value, tuple | list | frozenset | set):
        for index, item in enumerate(value):
            yield from _collect(f"{name}[{index}]", item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            yield from _collect(f"{name}[{key!r}]", item, depth + 1)


_AUDIT_INPUTS = {**HOSTILE, "letters": "а", "capitals": "А", "latin": "a", "tabs": "\t"}


def _scan_seconds(pattern: re.Pattern[str], text: str, *, scanned: bool) -> float:
    """CPU time of using a pattern on a text as the code does: scanning, or anchored.

    The best of three runs: interference only ever adds time.
    """
    times = []
    for _ in range(3):
        start = time.process_time()
        if scanned:
            for _ in pattern.finditer(text):
                pass
        pattern.match(text)
        pattern.fullmatch(text)
        times.append(time.process_time() - start)
    return min(times)


def _audit() -> None:
    """Write, for every pattern and hostile input, the time of its use at N and at 4N."""
    for name, pattern in _patterns():
        if name in _KNOWN_QUADRATIC:
            continue
        scanned = _is_scanned(name) and name not in _NOT_SCANNED
        for kind, unit in _AUDIT_INPUTS.items():
            times = [
                _scan_seconds(pattern, _fill(unit, size), scanned=scanned)
                for size in (AUDIT_SIZE, GROWTH * AUDIT_SIZE)
            ]
            sys.stdout.write(json.dumps([name, kind, *times, scanned]) + "\n")
            sys.stdout.flush()


@functools.cache
def _audit_results() -> tuple[list[list[object]], str | None]:
    """The audit's lines, and the pattern it hung on, if any."""
    command = [sys.executable, "-m", "tests.test_adversarial", "--audit"]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=AUDIT_TIMEOUT, check=True
        )
    except subprocess.TimeoutExpired as error:
        out = error.stdout.decode() if isinstance(error.stdout, bytes) else error.stdout or ""
        lines = [json.loads(line) for line in out.splitlines()]
        return lines, f"hung after {lines[-1][:2] if lines else 'start'}"
    return [json.loads(line) for line in done.stdout.splitlines()], None


def test_the_audit_finds_the_patterns_of_every_extractor():
    names = {line[0].split(".")[2] for line in _audit_results()[0] if line[0].count(".") > 2}
    assert {"dates", "organizations", "people", "places"} <= names


def test_the_audit_scans_with_the_patterns_that_are_scanned():
    scanned = {line[0] for line in _audit_results()[0] if line[4]}
    assert {"govnews.text._HYPHEN_BREAK", "govnews.extract.dates._TOKEN"} <= scanned


def test_no_regular_expression_hangs_on_hostile_input():
    assert _audit_results()[1] is None


def test_every_regular_expression_scans_hostile_input_in_linear_time():
    slow = [
        (name, kind, round(small, 4), round(large, 4))
        for name, kind, small, large, _ in _audit_results()[0]
        # 4x the input may take 8x the time; 5 ms of slack for timer noise on tiny scans.
        if large > MAX_RATIO * small + 0.005  # type: ignore[operator]
    ]
    assert slow == []


if __name__ == "__main__" and sys.argv[1:] == ["--audit"]:
    _audit()
