"""Values every export shares: article IRIs, partial dates, place code schemes, name keys."""

import re

from govnews.model import Article, DateMention

__all__ = ["article_iri", "code_scheme", "collation_key", "name_key", "partial_date"]

_ISO_3166_1 = re.compile(r"[A-Z]{2}")
_ISO_3166_2 = re.compile(r"[A-Z]{2}-[0-9A-Z]{1,3}")
_KATOTTH = re.compile(r"UA[0-9]{17}")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


def article_iri(article: Article) -> str:
    """The IRI of an article: its URL, or ``urn:govnews:article:<id>`` without one.

    Examples:
        >>> import govnews
        >>> article_iri(govnews.Article(id="a1", text=""))
        'urn:govnews:article:a1'
    """
    return article.url or f"urn:govnews:article:{article.id}"


def name_key(name: str) -> str:
    """A name folded for comparison: case, spacing and apostrophe variants ignored.

    Examples:
        >>> name_key("Обласна  Рада") == name_key("обласна рада")
        True
    """
    return " ".join(name.translate(_APOSTROPHES).casefold().split())


def partial_date(mention: DateMention | None) -> str | None:
    """ISO 8601 from as much as a date mention gives: date and time, date, month or year.

    Returns:
        ``None`` when the mention is missing or has no year.

    Examples:
        >>> import govnews
        >>> span = govnews.Span(start=0, end=9)
        >>> partial_date(govnews.DateMention(text="03 грудня", span=span, year=2024,
        ...                                  month=12, day=3))
        '2024-12-03'
        >>> partial_date(govnews.DateMention(text="у 2017 році", span=span, year=2017))
        '2017'
    """
    if mention is None or mention.year is None:
        return None
    if mention.month is None:
        return f"{mention.year:04d}"
    if mention.day is None:
        return f"{mention.year:04d}-{mention.month:02d}"
    date = f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"
    if mention.hour is not None:
        date += f"T{mention.hour:02d}:{mention.minute or 0:02d}"
    return date


def code_scheme(code: str) -> str | None:
    """The identifier scheme of a [`Place.code`][govnews.Place].

    Returns:
        ``"ISO 3166-1 alpha-2"``, ``"ISO 3166-2"``, ``"KATOTTH"``, or ``None`` when the
        code follows none of them.

    Examples:
        >>> code_scheme("UA-18"), code_scheme("UA"), code_scheme("UA18040190000062212")
        ('ISO 3166-2', 'ISO 3166-1 alpha-2', 'KATOTTH')
    """
    if _KATOTTH.fullmatch(code):
        return "KATOTTH"
    if _ISO_3166_2.fullmatch(code):
        return "ISO 3166-2"
    if _ISO_3166_1.fullmatch(code):
        return "ISO 3166-1 alpha-2"
    return None


_ALPHABET = "абвгґдеёєжзиіїйклмнопрстуфхцчшщъыьэюя"  # Ukrainian and Russian letters, merged
_COLLATION = {letter: chr(0x4000 + number) for number, letter in enumerate(_ALPHABET)}


def collation_key(name: str) -> str:
    """A sort key that puts Ukrainian and Russian names in alphabetical order.

    Code point order puts "і", "ї", "є" and "ґ" after "я"; this key follows the
    alphabets instead, ignoring case, spacing and apostrophes.

    Examples:
        >>> sorted(["Петренко", "Іваненко", "Ґалаґан"], key=collation_key)
        ['Ґалаґан', 'Іваненко', 'Петренко']
    """
    folded = name_key(name).replace("'", "")
    return "".join(_COLLATION.get(letter, letter) for letter in folded)
