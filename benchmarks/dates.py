"""Mention recall of calendar dates on the test part of NER-UK 2.0.

    python benchmarks/dates.py DATA_DIR [--quick] [--split test]

DATA_DIR is the shared data folder (holding ``ner-uk/ner-uk-v2.jsonl``), the
``ner-uk`` folder itself, or the JSONL file. A gold DATE entity is a *calendar date*
when it names a day with its month, a month with its year, a year, or a numeric date:
it holds a digit and either a four-digit number or a month name. Relative phrases
("минулого року", "два роки тому"), bare month names and decades ("1990-х") are not
calendar dates. A
calendar date is *found* when a mention of `date_mentions` overlaps it.

Also printed: predicted mentions that overlap no DATE, PERIOD or TIME entity (a proxy
for false dates) and the time per document.
"""

import argparse
import json
import re
import sys
import time
from pathlib import Path

from govnews.extract.dates import date_mentions

_MONTH_STEMS = (
    "січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|"
    "январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр"
)
_MONTH = re.compile(rf"(?<![^\W\d_])(?:{_MONTH_STEMS})", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:1[0-9]|2[01])\d\d(?!\d)")
_NUMERIC = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_DIGIT = re.compile(r"\d")
_DECADE = re.compile(r"\d0\s*-\s*(?:х|ті|тих|ых|ые|ие|их)(?![^\W\d_])")
_QUICK_DOCS = 25


def is_calendar(text: str) -> bool:
    """Whether a DATE entity names a calendar date (see the module docstring)."""
    if not _DIGIT.search(text) or _DECADE.search(text):
        return False
    return bool(_YEAR.search(text) or _MONTH.search(text) or _NUMERIC.search(text))


def corpus_file(path: Path) -> Path:
    """The NER-UK 2.0 JSONL file inside ``path``."""
    for candidate in (path, path / "ner-uk-v2.jsonl", path / "ner-uk" / "ner-uk-v2.jsonl"):
        if candidate.is_file():
            return candidate
    msg = f"no ner-uk-v2.jsonl under {path}"
    raise SystemExit(msg)


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="shared data folder, ner-uk folder or JSONL")
    parser.add_argument("--split", default="test", help="corpus split (default: test)")
    parser.add_argument("--quick", action="store_true", help=f"first {_QUICK_DOCS} documents")
    parser.add_argument("--show-missed", action="store_true", help="print the missed dates")
    args = parser.parse_args()

    documents = []
    with corpus_file(args.data).open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record["split"] == args.split:
                documents.append(record)
    if args.quick:
        documents = documents[:_QUICK_DOCS]

    gold = found = predicted = unsupported = 0
    elapsed = 0.0
    for record in documents:
        text = record["text"]
        began = time.perf_counter()
        mentions = date_mentions(text, language="uk")
        elapsed += time.perf_counter() - began
        supported = [
            (e["start"], e["end"])
            for e in record["entities"]
            if e["type"] in {"DATE", "PERIOD", "TIME"}
        ]
        spans = [(m.span.start, m.span.end) for m in mentions]
        predicted += len(spans)
        unsupported += sum(
            not any(s < end and start < e for s, e in supported) for start, end in spans
        )
        for entity in record["entities"]:
            if entity["type"] != "DATE" or not is_calendar(entity["text"]):
                continue
            gold += 1
            hit = any(s < entity["end"] and entity["start"] < e for s, e in spans)
            found += hit
            if not hit and args.show_missed:
                print(f"missed {record['id']}: {entity['text']!r}", file=sys.stderr)

    recall = found / gold if gold else 0.0
    print(f"documents: {len(documents)} ({args.split}{', quick' if args.quick else ''})")
    print(f"calendar dates: {gold}, found: {found}, recall: {recall:.3f}")
    print(f"mentions: {predicted}, outside DATE/PERIOD/TIME: {unsupported}")
    print(f"time: {1000 * elapsed / max(1, len(documents)):.2f} ms per document")


if __name__ == "__main__":
    main()
