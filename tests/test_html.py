"""HTML pages: main text, headline, date, canonical URL and site name."""

import datetime as dt
import json
import sys

import pytest

from govnews.exceptions import MissingDependencyError
from govnews.html import extract_page, parse_date
from govnews.pipeline import parse_html

BODY = (
    "Сьогодні, 22 березня, відбулося засідання постійної комісії селищної ради з "
    "соціальних та гуманітарних питань, яке провів голова комісії."
)
LAST = "Після обговорення комісія рекомендувала профільні питання до розгляду на сесії."


def _page(
    *, headline: str = "Розпочали роботу постійні комісії", body: str = BODY, extra: str = ""
) -> str:
    return f"""<!DOCTYPE html>
<html lang="uk"><head>
<meta charset="utf-8">
<title>{headline} | Драбівська громада</title>
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="Драбівська громада">
<link rel="canonical" href="https://example.gov.ua/news/1616421092/">
</head><body>
<nav><ul><li><a href="/">Головна</a></li><li><a href="/news/">Новини</a></li>
<li><a href="/docs/">Документи</a></li></ul></nav>
<div id="main_content"><article class="post">
<h1>{headline}</h1>
<ul class="meta"><li><span class="icon-eye"></span>500</li>
<li><time datetime="2021">22 Березня, 2021 о 15:47</time></li></ul>
<main><p>{body}</p>{extra}<p>{LAST}</p></main>
<div class="share">Сподобалась новина? Поширте:</div>
<a href="/news/">« повернутися</a>
</article>
<aside><h4>Інші новини</h4>
<article><time>06.09.2024, 14:06</time>
<h4><a href="/n/2">Що потрібно знати про хворобу</a></h4></article>
<article><time>06.09.2024, 12:21</time>
<h4><a href="/n/3">Відбулося засідання комісії з питань</a></h4></article>
</aside></div>
<footer>© 2024 Драбівська селищна рада</footer>
</body></html>"""


def test_headline_is_the_title():
    assert extract_page(_page()).title == "Розпочали роботу постійні комісії"


def test_publication_date_is_read_from_the_time_after_the_headline():
    assert extract_page(_page()).published == dt.date(2021, 3, 22)


def test_canonical_url_is_found():
    assert extract_page(_page()).url == "https://example.gov.ua/news/1616421092/"


def test_site_name_is_found():
    assert extract_page(_page()).site_name == "Драбівська громада"


def test_main_text_keeps_the_first_and_last_paragraphs():
    text = extract_page(_page()).text
    assert (BODY in text, LAST in text) == (True, True)


def test_main_text_is_without_the_headline():
    assert "Розпочали роботу" not in extract_page(_page()).text


def test_body_that_repeats_the_headline_keeps_it():
    page = _page(
        headline="До уваги жителів громади!",
        body="До уваги жителів громади!",
        extra=f"<p>{BODY}</p>",
    )
    assert extract_page(page).text.startswith("До уваги жителів громади!")


@pytest.mark.parametrize(
    "chrome", ["Сподобалась новина? Поширте:", "Головна", "Що потрібно знати", "500"]
)
def test_site_chrome_is_not_in_the_text(chrome):
    assert chrome not in parse_html(_page()).text


def test_page_with_only_pictures_has_an_empty_text():
    page = _page(body="", extra='<img src="/photo.jpg" alt="">').replace(f"<p>{LAST}</p>", "")
    assert parse_html(page).text == ""


def test_error_page_has_an_empty_text_and_no_title():
    page = (
        "<html><head><title>Помилка 404</title></head><body>"
        "<h1>Помилка 404. Сторінки не існує</h1><p>Щось пішло не так!</p></body></html>"
    )
    result = extract_page(page)
    assert (result.title, result.text) == (None, "")


def test_empty_input_is_an_empty_page():
    assert extract_page("").text == ""


def test_metadata_date_comes_first():
    page = _page().replace(
        "</head>", '<meta property="article:published_time" content="2021-03-21T10:00:00">'
    )
    assert extract_page(page).published == dt.date(2021, 3, 21)


def test_parse_html_gives_an_article_with_title_url_and_date():
    article = parse_html(_page())
    assert (article.title, article.url, article.published) == (
        "Розпочали роботу постійні комісії",
        "https://example.gov.ua/news/1616421092/",
        dt.date(2021, 3, 22),
    )


def test_parse_html_keeps_the_given_url():
    assert parse_html(_page(), url="https://mirror.example/1").url == "https://mirror.example/1"


def test_parse_html_without_the_extra_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(MissingDependencyError, match="govnews\\[html\\]"):
        parse_html(_page())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22 Березня, 2021 о 15:47", dt.date(2021, 3, 22)),
        ("3 декабря 2020 г.", dt.date(2020, 12, 3)),
        ("06.09.2024, 14:06", dt.date(2024, 9, 6)),
        ("2021-03-22T15:47:00+02:00", dt.date(2021, 3, 22)),
        ("March 22, 2021", dt.date(2021, 3, 22)),
        ("31.02.2021", None),
        ("вчора", None),
    ],
)
def test_dates_are_read_as_sites_write_them(text, expected):
    assert parse_date(text) == expected


def test_saved_hromada_pages_match_their_gold(shared):
    gold = [
        json.loads(line)
        for line in (shared / "eval" / "html-gold.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    published = sum(
        extract_page((shared / g["file"]).read_text(encoding="utf-8")).published
        == dt.date.fromisoformat(g["published"])
        for g in gold
    )
    assert published >= 0.95 * len(gold)


def test_saved_error_and_picture_pages_parse_to_empty_texts(shared):
    folder = shared / "data" / "html-pages" / "drabivska"
    listed = {
        json.loads(line)["file"].rsplit("/", 1)[-1]
        for line in (shared / "eval" / "html-gold.jsonl").read_text(encoding="utf-8").splitlines()
    }
    others = [path for path in sorted(folder.glob("*.html")) if path.name not in listed]
    texts = [parse_html(path.read_text(encoding="utf-8")).text for path in others]
    assert texts == [""] * len(others)
