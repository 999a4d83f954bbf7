"""Dates, years and times stated in the text."""

import datetime as dt

from govnews.model import DateMention

__all__ = ["find_dates"]


def find_dates(text: str, *, language: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """Find every date mention in ``text``."""
    del text, language, published
    return ()
