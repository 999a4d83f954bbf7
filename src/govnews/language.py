"""Language detection that keeps Ukrainian, Russian and their neighbours apart.

A guess is built from evidence, cheapest first, and each step runs only while the
answer is still open:

1. The letters of a bounded sample are counted by script; the script with the most
   letters decides which candidate languages compete.
2. Each Cyrillic candidate loses points for the letters and letter pairs it never
   writes (і ї є ґ and the apostrophe against ы э ъ ё, ў, ј, ...).
3. It gains points for the function words of its packaged lexicon, then for the words
   its morphology dictionary knows (Ukrainian and Russian, through pymorphy3).
4. Only when Ukrainian and Russian are still close do langdetect's n-gram profiles break
   the tie, summed deterministically. Latin and other scripts go to langdetect itself,
   with a factory of our own, seeded, never the global one.

Everything loads lazily once per process; nothing global is mutated, so detection is
deterministic across runs, threads and processes.
"""

import heapq
import json
import math
import re
import threading
from collections.abc import Collection
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from govnews import morphology
from govnews.model import LanguageGuess, Span

__all__ = ["detect_language", "detect_paragraph_languages"]

_SAMPLE_CHARS: Final = 1200
"""Only this many leading characters are read; a language shows itself long before."""
_LANGDETECT_CHARS: Final = 400
"""langdetect, the slow step, sees at most this many characters of the sample."""
_SCORED_WORDS: Final = 80
"""At most this many words are looked up in the dictionaries and lexicons."""
_LETTERS_DECISIVE: Final = 8.0
"""A lead this large from letters alone settles the language without reading words."""
_WORDS_DECISIVE: Final = 10.0
"""A lead this large stops the reading of further words."""
_NGRAM_WORDS: Final = 60
"""At most this many words go into the n-gram tie-break."""
_MIN_LETTERS: Final = 3
"""Fewer letters than this are too few to tell a language: the answer is ``und``."""

_LETTER_PENALTY: Final = 4.0
"""Score lost for each letter (or letter pair) a language never writes."""
_KNOWN_WORD: Final = 1.0
"""Score a language's dictionary gives a word it knows."""
_UNKNOWN_WORD: Final = -2.0
"""Score a language's dictionary gives a word it does not know (names, typos, loans)."""
_UNKNOWN_NAME: Final = -0.5
"""Score a language's dictionary gives a capitalised word it does not know (a name)."""
_CASE_FREQUENCY: Final = {
    "nomn": 0.3,
    "gent": 0.27,
    "accs": 0.18,
    "loct": 0.1,
    "ablt": 0.08,
    "datv": 0.05,
    "gen2": 0.01,
    "loc2": 0.01,
    "acc2": 0.01,
    "voct": 0.005,
    "gen1": 0.27,
    "loc1": 0.1,
}
"""Rough share of each case among the nouns of running text (written from general
knowledge of East Slavic text statistics; the languages differ little)."""
_VERB_FREQUENCY: Final = (
    (frozenset({"PRTS", "past"}), 0.15),
    (frozenset({"PRTS"}), 0.02),
    (frozenset({"impr"}), 0.02),
    (frozenset({"1per"}), 0.03),
    (frozenset({"2per"}), 0.02),
    (frozenset({"3per", "sing"}), 0.15),
    (frozenset({"3per", "plur"}), 0.08),
    (frozenset({"3per"}), 0.15),
    (frozenset({"past"}), 0.3),
    (frozenset({"infn"}), 0.2),
    (frozenset({"INFN"}), 0.2),
)
"""Rough share of each verb form in running text, on the scale of the case shares (the
first line a reading matches counts; Russian short participles are mostly past passives)."""
_DECLINED: Final = frozenset({"NOUN", "ADJF", "NPRO", "NUMR"})
"""Parts of speech whose readings without a case are nominatives (as in some Ukrainian
dictionary entries)."""
_OTHER_FREQUENCY: Final = 0.3
"""Share given to a reading without case or verb form (adverbs, comparatives, ...)."""
_CASE_WEIGHT: Final = 1.0
"""Weight of the log-ratio of case typicality between two dictionaries' readings."""
_CASE_CAP: Final = 1.5
"""Typicality never costs a known word more than this: it is weaker evidence than a
dictionary's not knowing a word at all."""
_RARE_WORD: Final = -2.0
"""Score a language's dictionary gives a word it knows only in rare or marginal readings."""
_FUNCTION_WORD: Final = 1.0
"""Score of a word found in a language's function-word lexicon."""
_PRIOR: Final = {"uk": 1.0, "ru": 1.0, "en": 1.0, "be": 0.1, "bg": 0.2}
"""Log-odds in favour of the languages govnews is made for (and English, the language
they quote most), over their neighbours, and of the nearer neighbours over the farther."""
_SOUTH_SLAVIC_FORM: Final = 2.0
"""Score a Bulgarian-looking form of a shared stem gives Bulgarian and Macedonian."""
_ARTICLE_MIN: Final = 6
"""Words shorter than this are not checked for a postposed article."""
_SHORT_WORD: Final = 2
"""Words this short are judged by the function-word lexicons alone: dictionaries list
letters, notes and abbreviations (е, си, го) that are no words of running text."""
_DECISIVE: Final = 3.0
"""A lead of this much over the runner-up makes the n-gram tie-break unnecessary."""
_NGRAM_WEIGHT: Final = 0.3
"""Weight of the n-gram evidence when it has to break a tie."""
_NGRAM_CAP: Final = 4.0
"""The n-gram evidence against a language never exceeds this."""
_NGRAM_SMOOTHING: Final = 0.5 / 10_000
"""Probability added to every n-gram's, as langdetect does (its alpha over its base)."""
_NGRAM_BIAS: Final = {"uk": 1.6}
"""Added to a language's n-gram evidence, to offset the uneven coverage of langdetect's
profiles (the Russian one was built from far more text)."""

_ENGLISH_SHARE: Final = 6
"""English function words must be at least one word in this many to settle English."""
_ENGLISH_ONLY: Final = frozenset(
    {"the", "and", "of", "that", "with", "this", "which", "were", "will", "would", "should"}
    | {"could", "you", "your", "they", "their", "have", "has", "been", "from", "what", "there"}
    | {"these", "those", "not", "are", "it's", "don't", "if"}
)
"""English function words that are not common words of another Latin-script language."""

_CYRILLIC: Final = ("uk", "ru", "be", "bg", "mk", "sr", "kk")
_DICTIONARIES: Final = ("uk", "ru")
_TIE_BROKEN: Final = frozenset({"uk", "ru"})
"""The languages whose ties the n-gram profiles break (elsewhere they proved no help)."""
_SENTENCE_WORDS: Final = 4
"""From this many words on, the n-gram evidence is a sentence's and weighs more."""
_NGRAM_SENTENCE_WEIGHT: Final = 0.5
"""Weight of the n-gram evidence on a sentence."""
_LATIN_LANGUAGES: Final = frozenset(
    {"af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it"}
    | {"lt", "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr"}
    | {"vi"}
)
_LANGDETECT_LANGUAGES: Final = _LATIN_LANGUAGES | frozenset(
    {"ar", "bg", "bn", "el", "fa", "gu", "he", "hi", "ja", "kn", "ko", "mk", "ml", "mr", "ne"}
    | {"pa", "ru", "ta", "te", "th", "uk", "ur", "zh"}
)
"""The languages langdetect has profiles of (its zh-cn and zh-tw count as zh)."""
_KNOWN_LANGUAGES: Final = _LANGDETECT_LANGUAGES | frozenset(_CYRILLIC)

_FORBIDDEN: Final = {
    "uk": "ыэъёўјљњђћџѓќѕѝәғқңөұүһ",
    "ru": "іїєґўјљњђћџѓќѕѝәғқңөұүһ'",
    "be": "ищъїєґјљњђћџѓќѕѝәғқңөұүһ",
    "bg": "ыэёіїєґўјљњђћџѓќѕәғқңөұүһ'",
    "mk": "яюьйщъыэёіїєґўђћџәғқңөұүһ'",
    "sr": "яюьйщъыэёіїєґўѓќѕѝәғқңөұүһ'",
    "kk": "їєґўјљњђћџѓќѕѝ'",
}
"""The letters each Cyrillic language never writes (``'`` is the apostrophe inside a word)."""
_REQUIRED: Final = {"kk": "әғқңөұүһ", "be": "іўыэё'"}
"""Letters of which a sentence in the language nearly always has at least one."""
_MARKS: Final = frozenset("".join(_FORBIDDEN.values()) + "".join(_REQUIRED.values()))
_FORBIDDEN_SETS: Final = {code: frozenset(letters) for code, letters in _FORBIDDEN.items()}

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`´][^\W\d_]+)*")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u052f'’ʼ`´]+")
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u052f' ]")
_LATIN_LETTER = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_HARD_SIGN_BEFORE_CONSONANT = re.compile(r"ъ(?![еёюя])")
"""Russian writes ъ only before е ё ю я; Bulgarian writes it anywhere."""
_LINE = re.compile(r"[^\r\n]+")

_HOMOGLYPHS = str.maketrans("aceiopxy", "асеіорху")
"""Latin letters that look like Cyrillic ones, as typed into Cyrillic words by mistake."""

_UND = LanguageGuess(code="und", probability=1.0, alternatives={"und": 1.0})
_lock = threading.Lock()


@cache
def _factory() -> Any:
    """Load langdetect's profiles once per process into a factory of our own."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # noqa: PLC0415

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


@cache
def _profile(language: str) -> tuple[dict[str, int], tuple[int, ...]]:
    """The n-gram profile langdetect has of ``language``: counts of 1-3 grams, their totals."""
    from langdetect.detector_factory import PROFILES_DIRECTORY  # noqa: PLC0415

    data = json.loads(Path(PROFILES_DIRECTORY, language).read_text(encoding="utf-8"))
    return dict(data["freq"]), tuple(data["n_words"])


def _ngram_log_likelihoods(words: list[str], languages: tuple[str, ...]) -> list[float]:
    """Naive-Bayes log-likelihood of ``words`` under langdetect's profile of each language.

    The same profiles and n-grams (1 to 3 letters, words padded with spaces) as langdetect,
    summed deterministically instead of sampled at random.
    """
    profiles = [_profile(code) for code in languages]
    totals = [0.0] * len(languages)
    for word in words[:_NGRAM_WORDS]:
        padded = f" {word} "
        for size in (1, 2, 3):
            for start in range(len(padded) - size + 1):
                gram = padded[start : start + size]
                if gram == " ":
                    continue
                counts = [freq.get(gram, 0) for freq, _ in profiles]
                if not any(counts):
                    continue
                for index, (count, (_, sizes)) in enumerate(zip(counts, profiles, strict=True)):
                    totals[index] += math.log(count / sizes[size - 1] + _NGRAM_SMOOTHING)
    return totals


@cache
def _lexicon(language: str) -> frozenset[str]:
    """The packaged function words of ``language`` (empty when there is no list)."""
    folder = resources.files("govnews") / "data" / "language"
    path = folder / f"{language}.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


_MARGINAL: Final = frozenset(
    {"Arch", "Infr", "Slng", "Erro", "Dist", "Abbr", "Name", "Surn", "Patr", "ADJS", "impr"}
    | {"V-be", "V-bi", "V-ej", "V-en", "V-ey", "V-ie", "V-oy", "V-sh"}
)
"""Grammemes of readings that are rare in running text: archaic, colloquial, misspelt,
variant and short forms, and proper names (which a capital letter would announce)."""


@lru_cache(maxsize=100_000)
def _known(word: str, language: str) -> bool:
    """Whether the morphology dictionary of ``language`` lists ``word`` (lower case)."""
    return morphology.is_known(word, language)


def _marginal(reading: Any, word: str, language: str) -> bool:
    """Whether a dictionary reading of ``word`` is one running text rarely uses.

    Dictionaries list rare forms too: the Russian one has past gerunds (створив) and
    short adjectives (медова) that look like everyday Ukrainian words; the Ukrainian one
    has short colloquial infinitives (гулять, остаться) and vocatives (машине) that look
    Russian. Ukrainian infinitives end in -ти, -тися or -тись.
    """
    grammemes = reading.tag.grammemes
    return bool(
        grammemes & _MARGINAL
        or "voct" in grammemes
        or ("GRND" in grammemes and word.endswith("в"))
        or (language == "uk" and "infn" in grammemes and word.endswith(("ть", "ться")))
    )


def _common(word: str, language: str) -> bool:
    """Whether ``word`` has a dictionary reading in ``language`` that is not marginal."""
    return any(
        reading.is_known and not _marginal(reading, word, language)
        for reading in morphology.parse(word, language)
    )


def _typicality(word: str, language: str) -> float:
    """How often running text uses ``word``'s readings of its kind, roughly.

    Case frequencies are alike in Ukrainian and Russian (nominative and genitive most
    common, the dative and the second genitive and locative rare), and so are those of
    verb forms, so a form whose readings in one language are frequent ones (a genitive, a
    third person singular) leans to that language. The shares of the distinct readings
    add up: Ukrainian ``документу`` is a genitive, dative or locative, Russian only a
    dative. Homonyms of different lexemes do not add up (the likeliest counts), and
    marginal readings do not count.
    """
    lexemes: dict[tuple[str, str], dict[str, float]] = {}
    for reading in morphology.parse(word, language):
        if not reading.is_known or _marginal(reading, word, language):
            continue
        key, share = _form_share(reading.tag)
        lexemes.setdefault((reading.normal_form, str(reading.tag.POS)), {})[key] = share
    return max((sum(shares.values()) for shares in lexemes.values()), default=_OTHER_FREQUENCY)


def _form_share(tag: Any) -> tuple[str, float]:
    """The kind of form a tag describes and its rough share of running text."""
    grammemes = tag.grammemes
    case = tag.case
    if case or grammemes & _DECLINED:
        key = str(case or "nomn")
        return f"{tag.POS}:{key}", _CASE_FREQUENCY.get(key, _CASE_FREQUENCY["nomn"])
    for form, share in _VERB_FREQUENCY:
        if form <= grammemes:
            return "+".join(sorted(form)), share
    return str(tag.POS), _OTHER_FREQUENCY


@lru_cache(maxsize=100_000)
def _word_scores(
    word: str, languages: tuple[str, ...], *, closely: bool = True
) -> tuple[float, ...]:
    """What the dictionaries of ``languages`` say about ``word``, one score each.

    A word both dictionaries know is looked at ``closely`` (its readings parsed) only on
    request: in a sentence the other words say enough.
    """
    known = [_known(word, code) for code in languages]
    if not closely or sum(known) < 2:  # noqa: PLR2004 - one dictionary's word is clear
        return tuple(_KNOWN_WORD if found else _UNKNOWN_WORD for found in known)
    common = [_common(word, code) for code in languages]
    if not any(common):
        return tuple(_KNOWN_WORD for _ in languages)
    if not all(common):
        return tuple(_KNOWN_WORD if found else _RARE_WORD for found in common)
    typical = [math.log(_typicality(word, code)) for code in languages]
    top = max(typical)
    return tuple(_KNOWN_WORD + max(_CASE_WEIGHT * (value - top), -_CASE_CAP) for value in typical)


@lru_cache(maxsize=100_000)
def _south_slavic_form(word: str) -> bool:
    """Whether ``word`` looks like a Bulgarian or Macedonian form of a shared stem.

    Both languages put the definite article after the noun (регистрацията, качеството),
    end adjectives in -ски where Russian has -ский and plural adjectives in -и where it
    has -ые or -ие (нови, спорни); the Russian or Ukrainian dictionary then knows the
    stem's form while the whole word is not a word of either.
    """
    if len(word) < _ARTICLE_MIN or _known(word, "ru") or _known(word, "uk"):
        return False
    if word.endswith(("та", "то", "те", "ът", "ят")):
        stem = word[:-2]
        return _known(stem, "ru") or _known(stem, "uk")
    if word.endswith("ски"):
        return _known(word + "й", "ru")
    if word.endswith("и"):
        stem = word[:-1]
        return _known(stem + "ые", "ru") or _known(stem + "ие", "ru")
    return False


def _candidates(languages: Collection[str] | None) -> frozenset[str]:
    """The languages a guess may name, checked."""
    if languages is None:
        return _KNOWN_LANGUAGES
    if isinstance(languages, str):
        languages = (languages,)
    chosen = frozenset(languages) & _KNOWN_LANGUAGES
    if not chosen:
        msg = f"languages must name at least one of {sorted(_KNOWN_LANGUAGES)}, got {languages!r}"
        raise ValueError(msg)
    return chosen


def _script(word: str) -> tuple[str, str]:
    """The script of a lower-case word that mixes scripts: cyr, lat or other.

    Latin look-alikes typed inside a Cyrillic word (``вiн`` with a Latin ``i``) are read
    as the Cyrillic letters.
    """
    if _LATIN_LETTER.search(word):
        fixed = word.translate(_HOMOGLYPHS)
        if _CYRILLIC_WORD.fullmatch(fixed):
            return fixed, "cyr"
        if not any("\u0400" <= char <= "\u052f" for char in word):
            return word, "lat"
    return word, "other"


def _guess(scores: dict[str, float]) -> LanguageGuess:
    """Turn log-scores into a guess with probabilities (a softmax)."""
    top = max(scores.values())
    weights = {code: math.exp(score - top) for code, score in scores.items()}
    total = sum(weights.values())
    probabilities = {code: round(weight / total, 6) for code, weight in weights.items()}
    alternatives = {code: p for code, p in probabilities.items() if p >= 0.0001}  # noqa: PLR2004
    code = min(scores, key=lambda item: (-scores[item], item))
    alternatives[code] = probabilities[code]
    return LanguageGuess(code=code, probability=probabilities[code], alternatives=alternatives)


def _ngram_probabilities(text: str, languages: frozenset[str]) -> dict[str, float]:
    """The probabilities langdetect gives ``languages`` (empty when it finds no evidence)."""
    from langdetect.lang_detect_exception import LangDetectException  # noqa: PLC0415

    profiles = {"zh-cn", "zh-tw"} if "zh" in languages else set()
    profiles |= languages & _LANGDETECT_LANGUAGES
    with _lock:
        detector = _factory().create()
    try:
        if languages != _KNOWN_LANGUAGES:
            detector.set_prior_map(dict.fromkeys(profiles, 1.0))
        detector.append(text[:_LANGDETECT_CHARS])
        ranked = detector.get_probabilities()
    except LangDetectException:
        return {}
    found: dict[str, float] = {}
    for item in ranked:
        code = item.lang.split("-")[0]
        found[code] = found.get(code, 0.0) + item.prob
    return found


def _letter_scores(words: list[str], candidates: frozenset[str]) -> dict[str, float]:
    """Score each Cyrillic candidate by its prior and the letters it never writes."""
    scores: dict[str, float] = {
        code: _PRIOR.get(code, 0.0) for code in _CYRILLIC if code in candidates
    }
    joined = " ".join(words)
    letters = {char: joined.count(char) for char in _MARKS if char in joined}
    hard_signs = len(_HARD_SIGN_BEFORE_CONSONANT.findall(joined)) if "ъ" in letters else 0
    for code in scores:
        never = _FORBIDDEN_SETS[code]
        forbidden = sum(count for char, count in letters.items() if char in never)
        if code == "ru":
            forbidden += hard_signs
        required = _REQUIRED.get(code)
        if required and len(words) >= _SENTENCE_WORDS and not any(map(letters.get, required)):
            forbidden += len(words) // _SENTENCE_WORDS
        scores[code] -= _LETTER_PENALTY * forbidden
    return scores


def _cyrillic_scores(
    words: list[str], candidates: frozenset[str], names: Collection[str] = ()
) -> dict[str, float]:
    """Score each Cyrillic candidate by letters, then function words, then dictionaries.

    Each step runs only while the lead of the best candidate is not yet decisive.

    Args:
        words: The Cyrillic words, in lower case.
        candidates: The Cyrillic languages that may be named.
        names: Those of ``words`` that were written with a capital (names, mostly), whose
            absence from a dictionary says little.

    Returns:
        A log-score per candidate.
    """
    scores = _letter_scores(words, candidates)
    if _lead(scores) >= _LETTERS_DECISIVE:
        return scores
    content = _add_function_words(scores, words[:_SCORED_WORDS])
    if _lead(scores) < _WORDS_DECISIVE:
        _add_dictionary_words(scores, content, names)
    return scores


def _add_function_words(scores: dict[str, float], words: list[str]) -> list[tuple[str, set[str]]]:
    """Add the evidence of the function-word lexicons, which costs a set lookup a word.

    Returns:
        The words longer than ``_SHORT_WORD``, each with the languages that list it, for
        the dictionaries to judge.
    """
    lexicons = {code: _lexicon(code) for code in scores}
    dictionaries = [code for code in _DICTIONARIES if code in scores]
    content: list[tuple[str, set[str]]] = []
    for word in words:
        listed = {code for code, lexicon in lexicons.items() if word in lexicon}
        for code in listed:
            scores[code] += _FUNCTION_WORD
        if len(word) > _SHORT_WORD:
            content.append((word, listed))
        elif listed:
            for code in dictionaries:
                if code not in listed:
                    scores[code] += _UNKNOWN_WORD
    return content


def _add_dictionary_words(
    scores: dict[str, float], content: list[tuple[str, set[str]]], names: Collection[str]
) -> None:
    """Add what the dictionaries say, word by word, until the lead is decisive."""
    dictionaries = tuple(code for code in _DICTIONARIES if code in scores)
    south = [code for code in ("bg", "mk") if code in scores]
    closely = len(content) < _SENTENCE_WORDS
    for word, listed in content:
        if south and _south_slavic_form(word):
            for neighbour in south:
                scores[neighbour] += _SOUTH_SLAVIC_FORM
        evidence = _word_scores(word, dictionaries, closely=closely)
        if word in names:
            evidence = tuple(max(score, _UNKNOWN_NAME) for score in evidence)
        for code, score in zip(dictionaries, evidence, strict=True):
            if code in listed:
                continue
            # A function word of another language is no everyday word of this one,
            # whatever its dictionary says (конечно is listed in the Ukrainian one).
            scores[code] += min(score, 0.0) if listed else score
        if _lead(scores) >= _WORDS_DECISIVE:
            return


def _lead(scores: dict[str, float]) -> float:
    """How far the best score is ahead of the second best (infinite when alone)."""
    if len(scores) < 2:  # noqa: PLR2004 - a lead needs a runner-up
        return math.inf
    first, second = heapq.nlargest(2, scores.values())
    return first - second


def _break_tie(scores: dict[str, float], words: list[str]) -> dict[str, float]:
    """Add n-gram evidence from langdetect's profiles when the best candidates are close.

    On a word or two the n-grams are right little more than half the time, so their say
    is bounded: the log-likelihood gap to the best language, clipped to ``_NGRAM_CAP``,
    plus a per-language bias, times ``_NGRAM_WEIGHT``.
    """
    best = max(scores.values())
    close = [code for code, score in scores.items() if score > best - _DECISIVE]
    sentence = len(words) >= _SENTENCE_WORDS
    weight = _NGRAM_SENTENCE_WEIGHT if sentence else _NGRAM_WEIGHT
    profiled = tuple(code for code in close if code in _TIE_BROKEN)
    if len(profiled) < 2:  # noqa: PLR2004 - a tie needs two to break
        return scores
    likelihoods = _ngram_log_likelihoods(words, profiled)
    top = max(likelihoods)
    broken = dict(scores)
    for code, likelihood in zip(profiled, likelihoods, strict=True):
        gap = max(likelihood - top, -_NGRAM_CAP)
        if not sentence:
            gap += _NGRAM_BIAS.get(code, 0.0)
        broken[code] += weight * gap
    return broken


def _normalise_apostrophes(text: str) -> str:
    """Every apostrophe look-alike as ``'`` (str.replace is faster than str.translate)."""
    for apostrophe in "’ʼ`´":
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text


def _split(sample: str) -> tuple[dict[str, list[str]], dict[str, int], set[str]]:
    """The words of ``sample`` by script, the letters of each script and the capitalised words.

    Words are found and lowered in bulk; a word is only looked at by itself when it is
    neither wholly Cyrillic nor wholly ASCII.
    """
    found = _WORD.findall(sample)
    joined = _normalise_apostrophes(" ".join(found).lower())
    words = joined.split(" ") if joined else []
    by_script: dict[str, list[str]] = {"cyr": [], "lat": [], "other": []}
    names: set[str] = set()
    if not _NOT_CYRILLIC.search(joined):
        by_script["cyr"] = words
        names = {word for word, original in zip(words, found, strict=True) if original[0].isupper()}
    else:
        for word, original in zip(words, found, strict=True):
            if _CYRILLIC_WORD.fullmatch(word):
                script = "cyr"
            elif word.isascii():
                script = "lat"
            else:
                word, script = _script(word)  # noqa: PLW2901 - the word as read
            by_script[script].append(word)
            if original[0].isupper():
                names.add(word)
    letters = {script: sum(map(len, found)) for script, found in by_script.items()}
    return by_script, letters, names


def _detect(text: str, candidates: frozenset[str]) -> LanguageGuess:
    sample = text[:_SAMPLE_CHARS]
    if "\u0301" in sample or "\u0300" in sample:
        sample = sample.replace("\u0301", "").replace("\u0300", "")
    by_script, letters, names = _split(sample)
    if sum(letters.values()) < _MIN_LETTERS:
        return _UND
    cyrillic = candidates.intersection(_CYRILLIC)
    latin = candidates & _LATIN_LANGUAGES
    for script in sorted(letters, key=lambda item: -letters[item]):
        if not letters[script]:
            break
        if script == "cyr" and cyrillic:
            scores = _cyrillic_scores(by_script["cyr"], cyrillic, names)
            return _guess(_break_tie(scores, by_script["cyr"]))
        if script == "lat" and latin:
            return _latin(by_script["lat"], latin, sample)
        if script == "other":
            others = candidates - cyrillic - latin
            found = _ngram_probabilities(sample, others) if others else {}
            if found:
                return _guess({code: math.log(max(p, 1e-6)) for code, p in found.items()})
    return _UND


def _english(words: list[str]) -> bool:
    """Whether English function words make up enough of ``words`` to settle the language.

    At least two of them, one in six words, and one that no other Latin-script language
    writes as a word (the, and, of, ...).
    """
    english = _lexicon("en")
    hits = [word for word in words if word in english]
    return (
        len(hits) >= 2  # noqa: PLR2004 - one word could be a loan
        and len(hits) * _ENGLISH_SHARE >= len(words)
        and not _ENGLISH_ONLY.isdisjoint(hits)
    )


def _latin(words: list[str], candidates: frozenset[str], sample: str) -> LanguageGuess:
    """Guess among Latin-script languages: English by its function words, else langdetect.

    Args:
        words: The Latin-script words of the sample, in lower case.
        candidates: The Latin-script languages that may be named.
        sample: The text as read, which langdetect sees with its capitals and marks.
    """
    if candidates == {"en"}:
        return LanguageGuess(code="en", probability=1.0, alternatives={"en": 1.0})
    if "en" in candidates and _english(words):
        return LanguageGuess(code="en", probability=1.0, alternatives={"en": 1.0})
    found = _ngram_probabilities(sample, candidates)
    if not found:
        return _UND
    return _guess(
        {code: math.log(max(p, 1e-6)) + _PRIOR.get(code, 0.0) for code, p in found.items()}
    )


def detect_language(text: str, *, languages: Collection[str] | None = None) -> LanguageGuess:
    """Guess the language of a text.

    Ukrainian, Russian, Belarusian, Bulgarian, Macedonian, Serbian and Kazakh are told
    apart by their letters, their dictionaries and their function words; other languages
    come from langdetect's profiles. The answer is deterministic.

    Args:
        text: Any text: an article, a headline, a word.
        languages: The ISO 639-1 codes the answer may take, e.g. ``("uk", "ru", "en")``;
            ``None`` allows every language the detector knows.

    Returns:
        The most probable language with its probability and the alternatives, or ``und``
        when the text has fewer than three letters or none in a script of ``languages``.

    Raises:
        ValueError: When ``languages`` names no language the detector knows.

    Examples:
        >>> import govnews
        >>> govnews.detect_language("Зустріч відбудеться у прес-центрі міської ради.").code
        'uk'
        >>> govnews.detect_language("Заседание прошло в здании городской думы.").code
        'ru'
        >>> govnews.detect_language("громада", languages=("uk", "ru", "en")).code
        'uk'
        >>> govnews.detect_language("12:30").code
        'und'
    """
    candidates = _candidates(languages)
    try:
        return _detect(text, candidates)
    except (ValueError, ArithmeticError, LookupError):  # pragma: no cover - defensive
        return _UND


def detect_paragraph_languages(
    text: str, *, languages: Collection[str] | None = None
) -> tuple[tuple[Span, LanguageGuess], ...]:
    r"""Guess the language of every paragraph (every non-blank line) of a text.

    Args:
        text: Text with one paragraph per line, such as ``Article.text``.
        languages: The codes the answers may take, as for
            [`detect_language`][govnews.detect_language].

    Returns:
        One ``(span, guess)`` pair per paragraph, in text order; the span excludes the
        spaces around the paragraph.

    Examples:
        >>> from govnews.language import detect_paragraph_languages
        >>> text = "Сесія міської ради відбулася вчора.\nThe embassy thanked the council."
        >>> [(text[s.start : s.end][:5], g.code) for s, g in detect_paragraph_languages(text)]
        [('Сесія', 'uk'), ('The e', 'en')]
    """
    candidates = _candidates(languages)
    found: list[tuple[Span, LanguageGuess]] = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + len(line) - len(line.lstrip())
        span = Span(start=start, end=start + len(stripped))
        try:
            guess = _detect(stripped, candidates)
        except (ValueError, ArithmeticError, LookupError):  # pragma: no cover - defensive
            guess = _UND
        found.append((span, guess))
    return tuple(found)
