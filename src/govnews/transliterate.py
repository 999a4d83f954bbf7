"""Official transliteration of names into Latin letters.

Ukrainian follows the Cabinet of Ministers of Ukraine resolution No. 55 of 27 January
2010 (the passport standard), as implemented by ``translitua``; Russian follows ICAO
Doc 9303 (the machine-readable travel document standard), as implemented by
``iuliia``'s ``ICAO_DOC_9303`` schema.
"""

from functools import lru_cache

__all__ = ["to_latin"]


@lru_cache(maxsize=20_000)
def to_latin(text: str, language: str) -> str:
    """Write ``text`` in Latin letters by the official standard of ``language``.

    Args:
        text: A name or any Cyrillic text.
        language: ``ru`` for ICAO Doc 9303; anything else gets the Ukrainian
            KMU 55/2010 table.

    Returns:
        The transliteration.

    Examples:
        >>> to_latin("Віталій Бунечко", "uk")
        'Vitalii Bunechko'
        >>> to_latin("Згорани", "uk")
        'Zghorany'
        >>> to_latin("Ирина Макиева", "ru")
        'Irina Makieva'
    """
    if language == "ru":
        import iuliia  # noqa: PLC0415 - loads its schemas only when needed

        return str(iuliia.ICAO_DOC_9303.translate(text))
    import translitua  # noqa: PLC0415 - loads its tables only when needed

    return str(translitua.translit(text, translitua.UkrainianKMU))
