"""From text or HTML to an [`Article`][govnews.Article]: the stages, in order.

raw text -> [`text`][govnews.text] (clean) -> [`language`][govnews.language] ->
``extract/*`` -> records.
"""

import datetime as dt
import hashlib

from govnews.exceptions import MissingDependencyError
from govnews.extract.dates import find_dates
from govnews.extract.events import find_events
from govnews.extract.organizations import find_organizations
from govnews.extract.people import find_officials
from govnews.extract.places import find_places
from govnews.extract.programmes import find_programmes
from govnews.language import detect_language
from govnews.model import Article
from govnews.text import clean

__all__ = ["parse_html", "parse_text"]

_EXTRACTED_LANGUAGES = ("uk", "ru")


def _article_id(url: str | None, text: str) -> str:
    """A stable id: a hash of the URL when there is one, else of the text."""
    key = url if url else text
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def parse_text(
    text: str,
    url: str | None = None,
    published: dt.date | None = None,
    language: str | None = None,
) -> Article:
    """Parse the text of one news article into an [`Article`][govnews.Article].

    Any string gets a best-effort parse; this function does not raise on text.

    Args:
        text: The article as plain text, as a scraper returned it (headline, body,
            site chrome and all).
        url: Where it came from; stored and used for the id.
        published: The publication date; resolves dates without a year and
            relative words such as "завтра".
        language: The ISO 639-1 code, when known; detected otherwise.

    Returns:
        The parsed article.

    Examples:
        >>> import govnews
        >>> article = govnews.parse_text("Зустріч відбудеться у прес-центрі міської ради.")
        >>> article.language
        'uk'
    """
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


def parse_html(html: str, url: str | None = None) -> Article:
    """Parse a whole HTML page: find its main text and metadata, then parse the text.

    Needs the optional extra ``govnews[html]`` (trafilatura).

    Args:
        html: The page source.
        url: Where the page came from; the page's canonical URL is used when not given.

    Returns:
        The parsed article, with title, URL and publication date taken from the page
        where it states them.

    Raises:
        MissingDependencyError: The ``html`` extra is not installed.
    """
    try:
        import trafilatura  # noqa: PLC0415 - optional extra
    except ImportError as error:
        msg = "parse_html needs the 'html' extra: pip install 'govnews[html]'"
        raise MissingDependencyError(msg) from error
    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, as_dict=True)
    if not extracted:
        return parse_text("", url=url)
    body = extracted.get("text") or ""
    title = extracted.get("title")
    page_url = url or extracted.get("url")
    published = None
    if date := extracted.get("date"):
        try:
            published = dt.date.fromisoformat(date[:10])
        except ValueError:
            published = None
    article = parse_text(f"{title}\n{body}" if title else body, url=page_url, published=published)
    return article
