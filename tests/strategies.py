"""The hypothesis strategies of every record (they live in `govnews.testing`)."""

from govnews.testing import (
    articles,
    date_mentions,
    events,
    language_guesses,
    officials,
    organizations,
    places,
    programmes,
    spans,
    texts,
)

__all__ = [
    "articles",
    "date_mentions",
    "events",
    "language_guesses",
    "officials",
    "organizations",
    "places",
    "programmes",
    "spans",
    "texts",
]
