"""HTML pages: the main text and the metadata of a news page.

[`extract_page`][govnews.html.extract_page] finds a page's headline, publication date,
canonical URL and site name in its markup, and
lets trafilatura find the main text; the text keeps only what comes from the element
that holds the headline (so a page with nothing but pictures gets no text from the
list of other news beside it), without the headline itself. It needs the optional extra
``govnews[html]``; trafilatura is imported on first use only.

The publication date is read, in order, from the page's metadata
(``article:published_time`` and its kin, JSON-LD ``datePublished``), from the first
``<time>`` element after the headline (its ``datetime`` attribute when it is a full
date, else its text: "22 Березня, 2021 о 15:47", "22.03.2021"), and last from
trafilatura's own guess.
"""

import copy
import datetime as dt
import json
import re
from typing import Any

import attrs

from govnews.exceptions import MissingDependencyError

__all__ = ["Page", "extract_page", "parse_date"]

_MONTHS = {
    **dict.fromkeys(("січня", "січень", "января", "январь", "january", "jan"), 1),
    **dict.fromkeys(("лютого", "лютий", "февраля", "февраль", "february", "feb"), 2),
    **dict.fromkeys(("березня", "березень", "марта", "март", "march", "mar"), 3),
    **dict.fromkeys(("квітня", "квітень", "апреля", "апрель", "april", "apr"), 4),
    **dict.fromkeys(("травня", "травень", "мая", "май", "may"), 5),
    **dict.fromkeys(("червня", "червень", "июня", "июнь", "june", "jun"), 6),
    **dict.fromkeys(("липня", "липень", "июля", "июль", "july", "jul"), 7),
    **dict.fromkeys(("серпня", "серпень", "августа", "август", "august", "aug"), 8),
    **dict.fromkeys(("вересня", "вересень", "сентября", "сентябрь", "september", "sep"), 9),
    **dict.fromkeys(("жовтня", "жовтень", "октября", "октябрь", "october", "oct"), 10),
    **dict.fromkeys(("листопада", "листопад", "ноября", "ноябрь", "november", "nov"), 11),
    **dict.fromkeys(("грудня", "грудень", "декабря", "декабрь", "december", "dec"), 12),
}
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_WORD_DATE = re.compile(r"\b(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})\b")
_ENGLISH_DATE = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_ERROR_PAGE = re.compile(
    r"(?i)\b(?:404|page not found|not found|сторінк\w* не існує|сторінк\w* не знайдено|"
    r"страниц\w* не найдена|страниц\w* не существует)\b"
)
_META_DATES = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
)
_LIST_PREFIX = re.compile(r"^\s*[-*•]\s+")
_PROSE_MIN_WORDS = 10
_SUBSTANTIAL = 400  # characters of text that make a container more than a photo album
_COUNTER = re.compile(r"\d{1,7}")  # a view counter or a page number standing alone
_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,80}$")


@attrs.frozen(kw_only=True)
class Page:
    """The main text and the metadata of one HTML page.

    Attributes:
        title: The headline, or ``None``.
        text: The main text, paragraphs on their own lines (empty for an error page or
            a page with only images).
        published: The publication date, or ``None``.
        url: The canonical URL (``<link rel="canonical">`` or ``og:url``), else the
            URL given, or ``None``.
        site_name: The name of the site, or ``None``.
    """

    title: str | None
    text: str
    published: dt.date | None
    url: str | None
    site_name: str | None


def _trafilatura() -> Any:
    try:
        import trafilatura  # noqa: PLC0415 - optional extra, loaded on first use
    except ImportError as error:
        msg = "parse_html needs the 'html' extra: pip install 'govnews[html]'"
        raise MissingDependencyError(msg) from error
    return trafilatura


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date | None:
    """Read a calendar date written the way news sites write it.

    Args:
        text: An ISO date or timestamp, "22.03.2021", "22 Березня, 2021 о 15:47",
            "3 декабря 2020 г.", "March 22, 2021".

    Returns:
        The date, or ``None`` when the text holds no full date.

    Examples:
        >>> parse_date("22 Березня, 2021 о 15:47")
        datetime.date(2021, 3, 22)
        >>> parse_date("2021-03-22T15:47:00+02:00")
        datetime.date(2021, 3, 22)
    """
    text = text[:200]
    if match := _ISO_DATE.search(text):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := _NUMERIC_DATE.search(text):
        return _date(int(match[3]), int(match[2]), int(match[1]))
    if (match := _WORD_DATE.search(text)) and (month := _MONTHS.get(match[2].casefold())):
        return _date(int(match[3]), month, int(match[1]))
    if (match := _ENGLISH_DATE.search(text)) and (month := _MONTHS.get(match[1].casefold())):
        return _date(int(match[3]), month, int(match[2]))
    return None


def _meta(tree: Any, *names: str) -> str | None:
    """The content of the first ``<meta>`` with one of these property/name/itemprop."""
    wanted = set(names)
    for element in tree.iter("meta"):
        key = (
            element.get("property") or element.get("name") or element.get("itemprop") or ""
        ).casefold()
        if key in wanted and (content := _squash(element.get("content"))):
            return content
    return None


def _json_ld_date(tree: Any) -> dt.date | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").casefold() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                return parse_date(item["datePublished"])
    return None


def _headline(tree: Any) -> Any:
    """The ``<h1>`` of the article: inside ``<article>`` or ``<main>`` first."""
    for path in ("//article//h1", "//main//h1", "//h1"):
        found = tree.xpath(path)
        if found:
            return found[0]
    return None


def _container(headline: Any) -> Any:
    """The ``<article>`` (or ``<main>``) that holds the headline, if any."""
    if headline is None:
        return None
    found = headline.xpath("ancestor::article[1]") or headline.xpath("ancestor::main[1]")
    return found[0] if found else None


def _inside(text: str, container: str) -> str:
    """The lines of ``text`` that come from the element holding the headline.

    Text found outside it (lists of other news beside an article that has only
    images) is dropped; when the container holds text but no line matches it
    (markup rewritten beyond recognition), the text is kept whole.
    """
    kept = []
    for line in text.splitlines():
        squashed = _squash(_LIST_PREFIX.sub("", line))
        if squashed and squashed in container:
            kept.append(line)
    if not kept and len(container) > _SUBSTANTIAL:
        return text
    return "\n".join(kept)


def _has_prose(container: Any) -> bool:
    """Whether the article holds text of its own, besides headline, links and dates."""
    copied = copy.deepcopy(container)
    for element in copied.xpath(".//h1 | .//a | .//time | .//script | .//style | .//button"):
        element.drop_tree()
    return len(copied.text_content().split()) >= _PROSE_MIN_WORDS


def _without_headline(text: str, title: str | None, rest: str) -> str:
    """The text without the headline on its first line, unless the body repeats it."""
    first, _, after = text.partition("\n")
    if title and _squash(first) == _squash(title) and _squash(title) not in rest:
        return after
    return text


def _time_after(tree: Any, headline: Any) -> dt.date | None:
    """The date of the first ``<time>`` after the headline (or in the page)."""
    times = headline.xpath("following::time") if headline is not None else []
    if not times:
        times = tree.xpath("//time")
    for element in times[:3]:
        for text in (element.get("datetime") or "", element.text_content() or ""):
            if date := parse_date(text):
                return date
    return None


def _title(tree: Any, headline: Any, site_name: str | None) -> str | None:
    if headline is not None and (text := _squash(headline.text_content())):
        return text
    title = _meta(tree, "og:title", "twitter:title")
    if not title:
        found = tree.xpath("//title")
        title = _squash(found[0].text_content()) if found else None
    if title and site_name and title.endswith(site_name) and len(title) > len(site_name):
        title = _SUFFIX.sub("", title)
    return title or None


def _site_name(tree: Any) -> str | None:
    if name := _meta(tree, "og:site_name", "application-name"):
        return name
    found = tree.xpath("//title")
    title = _squash(found[0].text_content()) if found else ""
    if match := _SUFFIX.search(title):
        return match[0].strip(" |–—-") or None
    return None


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").casefold().split() and link.get("href"):
            return str(link.get("href")).strip()
    return _meta(tree, "og:url")


def _is_error_page(title: str | None, tree: Any) -> bool:
    if title and _ERROR_PAGE.search(title):
        return True
    found = tree.xpath("//title")
    return bool(found and _ERROR_PAGE.search(found[0].text_content() or "")) and not _meta(
        tree, "og:title"
    )


def extract_page(html: str, url: str | None = None) -> Page:
    """Find the headline, main text, date, canonical URL and site name of a page.

    Args:
        html: The page source.
        url: Where the page came from, when known.

    Returns:
        The page's parts. An error page ("404") or a page with nothing but images
        gives an empty text.

    Raises:
        MissingDependencyError: The ``html`` extra (trafilatura) is not installed.

    Examples:
        >>> page = extract_page(
        ...     "<html><head><meta property='og:site_name' content='Громада'></head><body>"
        ...     "<article><h1>Відбулася сесія ради</h1><time>22.03.2021</time>"
        ...     "<p>Сьогодні відбулася чергова сесія селищної ради. Депутати ухвалили "
        ...     "бюджет громади на наступний рік.</p></article></body></html>")
        >>> page.title, page.published, page.site_name
        ('Відбулася сесія ради', datetime.date(2021, 3, 22), 'Громада')
    """
    trafilatura = _trafilatura()
    from trafilatura.utils import load_html  # noqa: PLC0415 - optional extra

    tree = load_html(html) if html.strip() else None
    if tree is None:
        return Page(title=None, text="", published=None, url=url, site_name=None)
    site_name = _site_name(tree)
    headline = _headline(tree)
    title = _title(tree, headline, site_name)
    canonical = _canonical(tree) or url
    if _is_error_page(title, tree):
        return Page(title=None, text="", published=None, url=canonical, site_name=site_name)
    published = (
        parse_date(_meta(tree, *_META_DATES) or "")
        or _json_ld_date(tree)
        or _time_after(tree, headline)
    )
    container = _container(headline)
    # Text of the article without its headline: a body that repeats the headline keeps it.
    rest = _squash(container.text_content() if container is not None else "")
    if headline is not None:
        rest = rest.replace(_squash(headline.text_content()), "", 1)
    for element in tree.xpath("//li"):
        if _COUNTER.fullmatch(_squash(element.text_content())):
            element.drop_tree()
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=published is None,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    text = ""
    if container is not None and not _has_prose(container):
        document = None
    if document is not None:
        text = getattr(document, "text", None) or ""
        if container is not None:
            text = _inside(text, _squash(container.text_content()))
        text = _without_headline(text, title, rest)
        if published is None and (date := getattr(document, "date", None)):
            published = parse_date(str(date))
        site_name = site_name or getattr(document, "sitename", None)
    return Page(title=title, text=text, published=published, url=canonical, site_name=site_name)
