"""From text or HTML to an [`Article`][govnews.Article]: the stages, in order.

raw text -> [`text`][govnews.text] (clean) -> [`language`][govnews.language] ->
``extract/*`` -> records.
"""

import datetime as dt
import hashlib

from govnews.exceptions import InputTooLargeError
from govnews.extract.dates import find_dates
from govnews.extract.events import find_events
from govnews.extract.organizations import find_organizations
from govnews.extract.people import find_officials
from govnews.extract.places import find_places
from govnews.extract.programmes import find_programmes
from govnews.html import extract_page
from govnews.language import detect_language
from govnews.model import Article
from govnews.source import decode, looks_like_html, require_text
from govnews.text import clean

__all__ = ["DEFAULT_MAX_SIZE", "parse_bytes", "parse_html", "parse_text"]

_EXTRACTED_LANGUAGES = ("uk", "ru")

#: The largest input parsed by default: 64 MiB of bytes, or 64 Mi characters of text or
#: HTML. A 50 MB HTML page passes; anything larger is almost surely not one article. Pass
#: ``max_size=`` to the parse functions (or ``--max-size`` to ``govnews parse``) to change
#: it, ``None`` for no limit.
DEFAULT_MAX_SIZE = 64 * 1024 * 1024


def _check_size(size: int, max_size: int | None, what: str, unit: str) -> None:
    """Raise `InputTooLargeError` when an input of ``size`` is over ``max_size``."""
    if max_size is not None and size > max_size:
        msg = (
            f"{what}: {size:,} {unit}, larger than the limit of {max_size:,} {unit} "
            "(raise it with max_size=)"
        )
        raise InputTooLargeError(msg)


def _article_id(url: str | None, text: str) -> str:
    """A stable id: a hash of the URL when there is one, else of the text."""
    key = url or text
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def parse_text(
    text: str,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    *,
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Article:
    """Parse the text of one news article into an [`Article`][govnews.Article].

    Any string up to ``max_size`` characters gets a best-effort parse: this function
    does not raise on text under the limit. Empty or whitespace-only text gives an
    article with an empty text and no records.

    Args:
        text: The article as plain text, as a scraper returned it (headline, body,
            site chrome and all).
        url: Where it came from; stored and used for the id.
        published: The publication date; resolves dates without a year and
            relative words such as "завтра".
        language: The ISO 639-1 code, when known; detected otherwise.
        max_size: The longest text accepted, in characters
            (64 Mi by default, ``govnews.pipeline.DEFAULT_MAX_SIZE``);
            ``None`` for no limit.

    Returns:
        The parsed article.

    Raises:
        InputTooLargeError: The text is longer than ``max_size``.

    Examples:
        >>> import govnews
        >>> article = govnews.parse_text("Зустріч відбудеться у прес-центрі міської ради.")
        >>> article.language
        'uk'
    """
    _check_size(len(text), max_size, "text", "characters")
    cleaned = clean(text)
    code = language or detect_language(cleaned.text or (cleaned.title or "")).code
    body = cleaned.text
    grammar = code if code in _EXTRACTED_LANGUAGES else "uk"
    dates = find_dates(body, language=grammar, published=published)
    places = find_places(body, language=grammar)
    organizations = find_organizations(body, language=grammar, places=places)
    officials = find_officials(body, language=grammar, organizations=organizations)
    programmes = find_programmes(body, language=grammar, organizations=organizations)
    events = find_events(
        body,
        language=grammar,
        dates=dates,
        officials=officials,
        organizations=organizations,
        places=places,
        programmes=programmes,
    )
    return Article(
        id=_article_id(url, text),
        url=url,
        title=cleaned.title,
        text=body,
        language=code,
        published=published,
        dates=dates,
        officials=officials,
        organizations=organizations,
        places=places,
        events=events,
        programmes=programmes,
        removed=cleaned.removed,
    )


def parse_bytes(
    data: bytes,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
    *,
    name: str = "<bytes>",
    max_size: int | None = DEFAULT_MAX_SIZE,
) -> Article:
    """Parse the bytes of a text file or an HTML page, whatever their encoding.

    The encoding is detected (``govnews.source.decode`` tells which one it chose);
    an HTML page is recognised by itself and parsed as by
    [`parse_html`][govnews.parse_html].

    Args:
        data: The raw bytes of the file.
        url: Where it came from; an HTML page's canonical URL is used when not given.
        published: The publication date; an HTML page's own date is used when not given.
        language: The ISO 639-1 code, when known; detected otherwise.
        name: What to call the input in error messages (a file name).
        max_size: The largest input accepted, in bytes
            (64 MiB by default, ``govnews.pipeline.DEFAULT_MAX_SIZE``);
            ``None`` for no limit.

    Returns:
        The parsed article.

    Raises:
        EmptyInputError: The bytes hold no text (empty, or only whitespace).
        InputTooLargeError: The input is larger than ``max_size``.
        BinaryInputError: The bytes are a binary file (PDF, image, archive), not text.
        DecodeError: The bytes are in no encoding that can be read without garbage.
        MissingDependencyError: The input is HTML and the ``html`` extra is not installed.

    Examples:
        >>> import govnews
        >>> data = "Сесія міської ради відбудеться у середу.".encode("cp1251")
        >>> govnews.pipeline.parse_bytes(data).text
        'Сесія міської ради відбудеться у середу.'
    """
    _check_size(len(data), max_size, name, "bytes")
    decoded = decode(data, name=name)
    require_text(decoded.text, name=name)
    if not looks_like_html(decoded.text):
        return parse_text(
            decoded.text, url=url, published=published, language=language, max_size=None
        )
    page = extract_page(decoded.text, url=url)
    heading = f"# {page.title}\n\n" if page.title else ""
    return parse_text(
        heading + page.text,
        url=url or page.url,
        published=published or page.published,
        language=language,
        max_size=None,
    )


def parse_html(
    html: str, url: str | None = None, *, max_size: int | None = DEFAULT_MAX_SIZE
) -> Article:
    """Parse a whole HTML page: find its main text and metadata, then parse the text.

    Needs the optional extra ``govnews[html]`` (trafilatura). The headline, the
    publication date and the canonical URL come from the page
    (``govnews.html.extract_page``); the main text is cleaned and parsed as by
    [`parse_text`][govnews.parse_text].

    Args:
        html: The page source.
        url: Where the page came from; the page's canonical URL is used when not given.
            The page is never fetched: govnews reads only the markup it is given.
        max_size: The longest page accepted, in characters
            (64 Mi by default, ``govnews.pipeline.DEFAULT_MAX_SIZE``);
            ``None`` for no limit.

    Returns:
        The parsed article, with title, URL and publication date taken from the page
        where it states them. An error page or a page with only images gives an
        article with an empty text.

    Raises:
        InputTooLargeError: The page is longer than ``max_size``.
        MissingDependencyError: The ``html`` extra is not installed.
    """
    _check_size(len(html), max_size, "html", "characters")
    page = extract_page(html, url=url)
    heading = f"# {page.title}\n\n" if page.title else ""
    return parse_text(
        heading + page.text, url=url or page.url, published=page.published, max_size=None
    )
