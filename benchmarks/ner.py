"""Person, organisation and location mentions against NER-UK 2.0 and factRuEval-2016.

    python benchmarks/ner.py DATA_DIR [--quick] [--split test] [--no-peer] [--show-missed]

DATA_DIR is the shared data folder holding ``ner-uk/ner-uk-v2.jsonl`` and
``factrueval-2016/factrueval-2016.jsonl``. Each document is parsed as it stands (NER-UK
text is tokenised, with spaces around punctuation, and is read that way).

Mentions are scored per document by exact surface string: the gold multiset of
(type, text) pairs against the predicted one, micro-averaged over the corpus. Ours
come from ``Article.officials[*].mentions`` (PER), ``organizations[*].mentions`` (ORG)
and ``places[*].mentions`` (LOC); a headline the cleaner takes out of the body (most
factRuEval documents open with one) is parsed as a text of its own, so that its names
are read too. NER-UK is annotated flat (no entity inside another)
while govnews records nest (the region inside "Донецької обласної державної
адміністрації" is a place of its own), so on NER-UK a predicted mention lying inside a
longer predicted mention is left out, as flat annotation does; factRuEval nests
("миде Грузии" holds "Грузии") and is compared as it stands. Cleaning writes every
apostrophe as U+2019, so surfaces are compared with apostrophes unified; and the two
corpora end quoted names differently (factRuEval leaves the closing quote out,
"ОАО «Газпром", NER-UK keeps it), so surfaces, gold and predicted alike, are compared
without a closing quote at their end ("»", "”", and "“", which closes „…“). NER-UK rows
are also printed for its two sources apart: news (``ng/``) and the fiction-heavy
Brown corpus (``bruk/``), whose people are mostly characters named by a given name
or nickname alone, which the officials extractor does not look for. The peer is
natasha (Segmenter, NewsEmbedding, NewsNERTagger, NewsMorphTagger and NamesExtractor
with normalisation), run on the same documents; both throughputs include everything
each tool does per document.

factRuEval occupation facts (person + position): a gold fact is found when a
predicted official's surname matches the fact's surname and its position shares at
least half of its 5-letter word stems with the fact's job (facts without a job need
the person only). natasha has no occupation extractor.
"""

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import govnews

_TYPES = ("PER", "ORG", "LOC")
_QUICK_DOCS = 15
_WORD = re.compile(r"[^\W\d_]+")
_STEM = 5
_JOB_STEM = 4
_TWO = 2
_APOSTROPHES = str.maketrans(dict.fromkeys("'ʼ`´", "’"))
_CLOSING_QUOTES = '»”“"'

Mentions = Counter[tuple[str, str]]


def load(path: Path, split: str, limit: int | None) -> list[dict[str, Any]]:
    """The documents of one split of a JSONL corpus."""
    if not path.is_file():
        msg = f"missing corpus file {path}"
        raise SystemExit(msg)
    docs = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            doc = json.loads(line)
            if doc.get("split") == split:
                docs.append(doc)
            if limit is not None and len(docs) >= limit:
                break
    return docs


def gold_mentions(doc: dict[str, Any]) -> Mentions:
    """The gold (type, surface) multiset of a document."""
    return Counter(
        (entity["type"], unify(entity["text"]))
        for entity in doc["entities"]
        if entity["type"] in _TYPES
    )


def unify(surface: str) -> str:
    """A surface with its apostrophes written one way and no closing quote at its end."""
    return surface.translate(_APOSTROPHES).rstrip(_CLOSING_QUOTES)


def ours(text: str, language: str, *, flat: bool) -> tuple[Mentions, govnews.Article]:
    """Our mentions of a document (outermost only when ``flat``), and the parsed article.

    The cleaner keeps a headline out of the body (every span indexes into the body), so
    a headline it takes out is parsed as a text of its own: its names count as well.
    """
    article = govnews.parse_text(text, language=language)
    found = _mentions_of(article, flat=flat)
    if article.title:
        found += _mentions_of(govnews.parse_text(article.title, language=language), flat=flat)
    return found, article


def _mentions_of(article: govnews.Article, *, flat: bool) -> Mentions:
    spans: list[tuple[int, int, str]] = []
    groups: Iterable[tuple[str, Iterable[Any]]] = (
        ("PER", article.officials),
        ("ORG", article.organizations),
        ("LOC", article.places),
    )
    for kind, records in groups:
        for record in records:
            for span in record.mentions:
                surface = article.text[span.start : span.end]
                if kind == "PER" and not names_the_person(surface, record):
                    continue  # a reference by post alone ("начальник ОВА") is no name
                spans.append((span.start, span.end, kind))
    found: Mentions = Counter()
    spans.sort(key=lambda item: (item[0], -item[1]))
    reach = -1
    for start, end, kind in spans:
        if flat and end <= reach:
            continue  # inside a longer mention: flat gold has only the outer one
        reach = end
        found[kind, unify(article.text[start:end])] += 1
    return found


def names_the_person(surface: str, official: govnews.Official) -> bool:
    """Whether a mention holds the person's name (or initials), not only their post.

    A mention in Latin letters in a Cyrillic text is the name's own spelling in
    brackets ("Джоэл Саймон (Joel Simon)"): posts are never given that way.
    """
    if surface.isascii():
        return True
    keys = {official.surname.lower()[:3], official.given_name.lower()[:3]}
    return any(word.lower()[:3] in keys for word in _WORD.findall(surface))


class Natasha:
    """natasha's NER tagger plus name normalisation, loaded once."""

    def __init__(self) -> None:
        """Load natasha's models."""
        import natasha  # type: ignore[import-untyped]  # noqa: PLC0415 - the peer is optional

        self.natasha = natasha
        self.segmenter = natasha.Segmenter()
        self.vocab = natasha.MorphVocab()
        embedding = natasha.NewsEmbedding()
        self.ner = natasha.NewsNERTagger(embedding)
        self.morph = natasha.NewsMorphTagger(embedding)
        self.names = natasha.NamesExtractor(self.vocab)

    def __call__(self, text: str) -> Mentions:
        """Natasha's mentions of one document."""
        doc = self.natasha.Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.tag_ner(self.ner)
        found: Mentions = Counter()
        for span in doc.spans:
            span.normalize(self.vocab)
            if span.type == "PER":
                span.extract_fact(self.names)
            found[span.type, unify(text[span.start : span.stop])] += 1
        return found


def named_in_full(gold: Mentions) -> int:
    """How many gold PER mentions are of people the document names with two names.

    ``Official`` records are for people named with a given name and a surname, so these
    mentions are all an extractor of officials can find, however good: the rest name
    someone by a given name, surname or nickname alone. A mention counts when it has two
    capitalised words of three letters or more ("Ганна Петренко"; a given name and a
    patronymic pass too, which makes the bound generous), or when each of its
    capitalised words of two letters or more begins, in its first four letters, like a
    word of such a mention in the same document (a later "Петренко" or "Петренка";
    initials are skipped).

    Examples:
        >>> from collections import Counter
        >>> named_in_full(Counter({("PER", "Ганна Петренко"): 1, ("PER", "Петренка"): 2,
        ...                        ("PER", "Г. Петренко"): 1, ("PER", "Аліна"): 3}))
        4
    """
    people = [surface for kind, surface in gold if kind == "PER"]
    full = {surface for surface in people if len(_long_words(surface, 3)) >= _TWO}
    stems = {word[:4].lower() for surface in full for word in _long_words(surface, 3)}
    count = 0
    for surface in people:
        words = _long_words(surface, 2)
        if surface in full or (words and all(word[:4].lower() in stems for word in words)):
            count += gold["PER", surface]
    return count


def _long_words(surface: str, length: int) -> list[str]:
    return [word for word in _WORD.findall(surface) if word[0].isupper() and len(word) >= length]


def f1(gold: Mentions, predicted: Mentions, kind: str) -> tuple[int, int, int]:
    """(true positives, gold count, predicted count) of one type in one document."""
    g = Counter({key: n for key, n in gold.items() if key[0] == kind})
    p = Counter({key: n for key, n in predicted.items() if key[0] == kind})
    return sum((g & p).values()), sum(g.values()), sum(p.values())


def score(tp: int, gold: int, predicted: int) -> str:
    """F1 (with precision and recall) as a short string."""
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    value = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{value:.3f} (p {precision:.3f} r {recall:.3f})"


def stems(text: str) -> set[str]:
    """5-letter stems of the words of ``text``."""
    return {word.lower().replace("ё", "е")[:_JOB_STEM] for word in _WORD.findall(text)}


def occupation_matches(fact: dict[str, Any], official: govnews.Official) -> bool:
    """Whether a predicted official and post match a factRuEval occupation fact.

    The surname must match (first five letters, ё as е) and at least half of the
    fact's job words must be among the predicted post's words (compared by their
    first four letters, so "главой" matches "глава"). The fact's job is the job span
    alone; the predicted post may add the organisation.
    """
    person = fact["person"].split()
    if not person or official.position is None:
        return False
    surname = person[0].lower().replace("ё", "е")
    if official.surname.lower().replace("ё", "е")[:_STEM] != surname[:_STEM]:
        return False
    jobs = [fact["position"], *fact.get("position_alternatives", [])]
    jobs = [job for job in jobs if job]
    if not jobs:
        return True
    predicted = stems(official.position)
    for job in jobs:
        wanted = stems(job)
        if wanted and len(wanted & predicted) * 2 >= len(wanted):
            return True
    return False


def tally() -> dict[str, dict[str, list[int]]]:
    """Empty (true positives, gold, predicted) counts per tool and type."""
    return {tool: {kind: [0, 0, 0] for kind in _TYPES} for tool in ("govnews", "natasha")}


def run(  # noqa: C901, PLR0912, PLR0915 - one loop that fills every table
    name: str,
    docs: list[dict[str, Any]],
    language: str,
    peer: Callable[[str], Mentions] | None,
    *,
    occupations: bool,
    show_missed: bool,
    flat: bool,
) -> None:
    """Score one corpus and print its rows."""
    totals: dict[str, dict[str, list[int]]] = tally()
    by_source: dict[str, dict[str, dict[str, list[int]]]] = {}
    seconds = {"govnews": 0.0, "natasha": 0.0}
    facts = [0, 0]
    correct = [0]
    in_full = 0
    fact_predictions = 0
    characters = sum(len(doc["text"]) for doc in docs)
    for doc in docs:
        gold = gold_mentions(doc)
        in_full += named_in_full(gold)
        began = time.perf_counter()
        predicted, article = ours(doc["text"], language, flat=flat)
        seconds["govnews"] += time.perf_counter() - began
        runs = [("govnews", predicted)]
        if peer is not None:
            began = time.perf_counter()
            theirs = peer(doc["text"])
            seconds["natasha"] += time.perf_counter() - began
            runs.append(("natasha", theirs))
        source = by_source.setdefault(doc["id"].split("/")[0], tally())
        for tool, mentions in runs:
            for kind in _TYPES:
                counts = f1(gold, mentions, kind)
                for position, value in enumerate(counts):
                    totals[tool][kind][position] += value
                    source[tool][kind][position] += value
        if show_missed:
            missed = Counter({k: n for k, n in gold.items() if k[0] == "PER"}) - predicted
            extra = Counter({k: n for k, n in predicted.items() if k[0] == "PER"}) - gold
            print(f"{doc['id']}: missed {sorted(missed)} extra {sorted(extra)}", file=sys.stderr)
        if occupations:
            gold_facts = doc.get("occupations", [])
            posted = [o for o in article.officials if o.position]
            facts[1] += len(gold_facts)
            facts[0] += sum(any(occupation_matches(f, o) for o in posted) for f in gold_facts)
            fact_predictions += len(posted)
            correct[0] += sum(any(occupation_matches(f, o) for f in gold_facts) for o in posted)
    print(f"\n{name}: {len(docs)} documents, {characters:,} characters")
    tools = ["govnews", "natasha"] if peer is not None else ["govnews"]
    for kind in _TYPES:
        row = "  ".join(f"{tool} {score(*totals[tool][kind])}" for tool in tools)
        print(f"  {kind} mention F1: {row}")
    if len(by_source) > 1:
        for origin, figures in sorted(by_source.items()):
            for kind in _TYPES:
                row = "  ".join(f"{tool} {score(*figures[tool][kind])}" for tool in tools)
                print(f"    {origin}/ {kind}: {row}")
    people = totals["govnews"]["PER"][1]
    if people:
        recall = in_full / people
        print(
            f"  PER within reach of officials: {in_full}/{people} gold mentions are of people "
            f"named with two names; at most F1 {2 * recall / (1 + recall):.3f} (r {recall:.3f})"
        )
    for tool in tools:
        rate = len(docs) / seconds[tool] if seconds[tool] else 0.0
        kilochars = characters / max(seconds[tool], 1e-9) / 1000
        print(f"  {tool} throughput: {rate:,.1f} docs/s, {kilochars:,.0f} kchars/s")
    if occupations:
        recall = facts[0] / facts[1] if facts[1] else 0.0
        precision = correct[0] / fact_predictions if fact_predictions else 0.0
        f_value = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(
            f"  occupation facts: govnews F1 {f_value:.3f} (p {precision:.3f} r {recall:.3f}, "
            f"{facts[0]}/{facts[1]} facts, {fact_predictions} predicted posts); natasha n/a"
        )


def main() -> None:
    """Run the benchmark and print its tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the shared data folder")
    parser.add_argument("--split", default="test", help="corpus split (default: test)")
    parser.add_argument("--quick", action="store_true", help=f"first {_QUICK_DOCS} documents")
    parser.add_argument("--no-peer", action="store_true", help="skip natasha")
    parser.add_argument("--show-missed", action="store_true", help="print PER differences")
    args = parser.parse_args()
    limit = _QUICK_DOCS if args.quick else None
    peer = None if args.no_peer else Natasha()
    ner_uk = load(args.data / "ner-uk" / "ner-uk-v2.jsonl", args.split, limit)
    run(
        "NER-UK 2.0", ner_uk, "uk", peer, occupations=False, show_missed=args.show_missed, flat=True
    )
    fre = load(args.data / "factrueval-2016" / "factrueval-2016.jsonl", args.split, limit)
    run(
        "factRuEval-2016",
        fre,
        "ru",
        peer,
        occupations=True,
        show_missed=args.show_missed,
        flat=False,
    )


if __name__ == "__main__":
    main()
