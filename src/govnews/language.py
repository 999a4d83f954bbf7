"""Language detection: langdetect with its own seeded factory, never the global one."""

import threading
from functools import cache
from typing import Any

from govnews.model import LanguageGuess

__all__ = ["detect_language"]

_lock = threading.Lock()


@cache
def _factory() -> Any:
    """Load langdetect's profiles once per process into a factory of our own."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # noqa: PLC0415

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of a text.

    Args:
        text: Any text.

    Returns:
        The most probable language, or ``und`` when the text has no letters.

    Examples:
        >>> import govnews
        >>> govnews.detect_language("Зустріч відбудеться у прес-центрі міської ради.").code
        'uk'
    """
    from langdetect.lang_detect_exception import LangDetectException  # noqa: PLC0415

    if not any(char.isalpha() for char in text):
        return LanguageGuess(code="und", probability=1.0, alternatives={"und": 1.0})
    with _lock:
        detector = _factory().create()
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:
        return LanguageGuess(code="und", probability=1.0, alternatives={"und": 1.0})
    alternatives = {item.lang.split("-")[0]: min(1.0, item.prob) for item in ranked}
    best = ranked[0]
    return LanguageGuess(
        code=best.lang.split("-")[0], probability=min(1.0, best.prob), alternatives=alternatives
    )
