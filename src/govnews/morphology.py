"""Morphology: pymorphy3 analysers for Ukrainian and Russian, loaded once per process.

The analysers are built lazily on first use and cached; parses of a word are cached
too, so the cost of a word is paid once per process. pymorphy3 analysers are
read-only after loading, so they are safe to share between threads.

The Ukrainian dictionary writes the apostrophe as ``'`` (U+0027), while cleaned text
writes it as ``’`` (U+2019), as the codifier and the orthography do. A word such as
"пам’яті" is looked up with the dictionary's apostrophe, and its analyses (forms,
normal forms, inflections and lexemes) come back with the apostrophe of the text.
"""

import threading
from functools import cache, lru_cache
from typing import Any

__all__ = ["analyzer", "is_known", "parse"]

_lock = threading.Lock()

_DICTIONARY_APOSTROPHE = "'"
_TEXT_APOSTROPHES = "’ʼ"  # the apostrophes of running text
_TO_DICTIONARY = str.maketrans(dict.fromkeys(_TEXT_APOSTROPHES, _DICTIONARY_APOSTROPHE))


@cache
def _load(language: str) -> Any:
    import pymorphy3  # noqa: PLC0415 - the dictionaries load only when needed

    if language == "uk":
        substitutes = {"г": "ґ"}  # pymorphy3's own for Ukrainian: "ґ" written as "г"
        substitutes.update(dict.fromkeys(_TEXT_APOSTROPHES, _DICTIONARY_APOSTROPHE))
        return pymorphy3.MorphAnalyzer(lang=language, char_substitutes=substitutes)
    return pymorphy3.MorphAnalyzer(lang=language)


def analyzer(language: str) -> Any:
    """The pymorphy3 analyser of ``language`` (``uk`` or ``ru``; anything else gets ``uk``).

    Args:
        language: An ISO 639-1 code.

    Returns:
        A ``pymorphy3.MorphAnalyzer``.
    """
    code = "ru" if language == "ru" else "uk"
    with _lock:
        return _load(code)


@lru_cache(maxsize=200_000)
def parse(word: str, language: str) -> tuple[Any, ...]:
    """Every analysis of ``word`` in ``language``, most probable first (cached).

    Args:
        word: One word, in any case.
        language: ``uk`` or ``ru``.

    Returns:
        pymorphy3 ``Parse`` objects.
    """
    try:
        parses = analyzer(language).parse(word)
    except (KeyError, IndexError, ValueError):
        # pymorphy3 fails on a few characters outside its alphabet tables ("𗀀").
        return ()
    apostrophe = next((char for char in _TEXT_APOSTROPHES if char in word), None)
    if apostrophe is None:
        return tuple(parses)
    return tuple(_typographic(reading, apostrophe) for reading in parses)


def is_known(word: str, language: str) -> bool:
    """Whether the dictionary of ``language`` lists ``word`` (lower case), as it is spelt.

    Args:
        word: One word in lower case; any apostrophe.
        language: ``uk`` or ``ru``.

    Returns:
        ``True`` when the word is a form of the dictionary, not a guess.

    Examples:
        >>> is_known("пам’яті", "uk"), is_known("памяті", "uk")
        (True, False)
    """
    return bool(analyzer(language).word_is_known(word.translate(_TO_DICTIONARY)))


def _typographic(reading: Any, apostrophe: str) -> Any:
    """``reading`` with the text's apostrophe in its words, and in what derives from it."""
    if reading is None or _DICTIONARY_APOSTROPHE not in reading.word + reading.normal_form:
        return reading
    kind = reading.__class__
    if getattr(kind, "apostrophe", None) != apostrophe:
        kind = _typographic_kind(kind, apostrophe)
    return kind(
        reading.word.replace(_DICTIONARY_APOSTROPHE, apostrophe),
        reading.tag,
        reading.normal_form.replace(_DICTIONARY_APOSTROPHE, apostrophe),
        reading.score,
        reading.methods_stack,
    )


@cache
def _typographic_kind(base: Any, apostrophe: str) -> Any:
    """A subclass of an analyser's ``Parse`` whose derived forms keep ``apostrophe``."""

    class Typographic(base):  # type: ignore[misc] # pymorphy3's own Parse, one per analyser
        __slots__ = ()
        apostrophe: str = ""

        def inflect(self, required_grammemes: set[str]) -> Any:
            return _typographic(super().inflect(required_grammemes), apostrophe)

        @property
        def lexeme(self) -> list[Any]:
            return [_typographic(form, apostrophe) for form in super().lexeme]

        @property
        def normalized(self) -> Any:
            return _typographic(super().normalized, apostrophe)

    Typographic.apostrophe = apostrophe
    return Typographic
