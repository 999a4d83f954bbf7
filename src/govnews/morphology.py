"""Morphology: pymorphy3 analysers for Ukrainian and Russian, loaded once per process.

The analysers are built lazily on first use and cached; parses of a word are cached
too, so the cost of a word is paid once per process. pymorphy3 analysers are
read-only after loading, so they are safe to share between threads.
"""

import threading
from functools import cache, lru_cache
from typing import Any

__all__ = ["analyzer", "parse"]

_lock = threading.Lock()


@cache
def _load(language: str) -> Any:
    import pymorphy3  # noqa: PLC0415 - the dictionaries load only when needed

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
        return tuple(analyzer(language).parse(word))
    except (KeyError, IndexError, ValueError):
        # pymorphy3 fails on a few characters outside its alphabet tables ("𗀀").
        return ()
