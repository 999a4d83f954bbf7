import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.model import _spans
from tests.strategies import texts


@given(st.text())
def test_parse_text_never_raises_on_any_string(text):
    govnews.parse_text(text)


@given(texts(max_size=2_000))
def test_every_span_indexes_into_the_article_text(text):
    article = govnews.parse_text(text)
    for field in ("dates", "officials", "organizations", "places", "events", "programmes"):
        for span in _spans(getattr(article, field)):
            assert 0 <= span.start <= span.end <= len(article.text)


@given(texts(max_size=1_000))
def test_parsed_articles_serialise_and_load_back_equal(text):
    article = govnews.parse_text(text)
    assert govnews.from_json(govnews.to_json(article), govnews.Article) == article


def test_parse_text_keeps_url_and_published():
    article = govnews.parse_text(
        "Сесія міської ради відбулася вчора.",
        url="https://example.org/news/1",
        published=dt.date(2023, 12, 3),
    )
    assert (article.url, article.published) == ("https://example.org/news/1", dt.date(2023, 12, 3))


def test_article_id_is_stable_for_the_same_url():
    first = govnews.parse_text("Перший варіант.", url="https://example.org/a")
    second = govnews.parse_text("Другий варіант.", url="https://example.org/a")
    assert first.id == second.id


def test_article_id_differs_for_different_texts():
    assert govnews.parse_text("Перший текст.").id != govnews.parse_text("Другий текст.").id


def test_parse_text_takes_the_language_it_is_given():
    assert govnews.parse_text("Hello there, council.", language="uk").language == "uk"


def test_parse_text_of_empty_text_is_an_empty_article():
    article = govnews.parse_text("")
    assert (article.text, article.language, article.officials) == ("", "und", ())


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("000_276a5443b50695a0.txt", "uk"),
        ("001_0b2e540c4d39301f.txt", "uk"),
        ("002_ebeab2106b328ca1.txt", "uk"),
        ("003_b83ba453b123c6d4.txt", "uk"),
        ("004_f820f992c9b32a0f.txt", "ru"),
    ],
)
def test_seed_articles_parse_in_their_language(seeds, name, language):
    article = govnews.parse_text(seeds[name])
    assert article.language == language


def test_parse_html_without_the_extra_names_the_extra(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name.startswith("trafilatura"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    with pytest.raises(govnews.MissingDependencyError, match=r"govnews\[html\]"):
        govnews.parse_html("<html><body><p>Текст</p></body></html>")
