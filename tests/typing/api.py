"""Uses the public API the way a user would; checked by ``mypy --strict``, never run."""

import datetime as dt
import io

import govnews

article: govnews.Article = govnews.parse_text("Текст", url=None, published=dt.date(2023, 1, 1))
html_article: govnews.Article = govnews.parse_html("<html></html>", url="https://example.org")
guess: govnews.LanguageGuess = govnews.detect_language("Текст")
code: str = guess.code
probability: float = guess.alternatives.get("uk", 0.0)
data: dict[str, object] = govnews.to_dict(article)
again: govnews.Article = govnews.from_dict(data, govnews.Article)
text: str = govnews.to_json(article, indent=2)
loaded: govnews.Article = govnews.from_json(text, govnews.Article)
written: int = govnews.write_jsonl([article], io.StringIO())
for item in govnews.read_jsonl(io.StringIO(text)):
    title: str | None = item.title
for span in govnews.read_jsonl(io.StringIO(""), govnews.Span):
    start: int = span.start
schema: dict[str, object] = govnews.json_schema(govnews.Article)
names: list[str] = [official.name for official in article.officials]
kinds: list[govnews.PlaceKind] = [place.kind for place in article.places]
when: dt.date | None = article.dates[0].date if article.dates else None
version: str = govnews.__version__
try:
    govnews.from_json("{}", govnews.Article)
except govnews.SerializationError as error:
    problems: tuple[str, ...] = error.errors
