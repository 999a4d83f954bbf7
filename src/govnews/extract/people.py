"""Officials: named people with their posts and organisations."""

from govnews.model import Official, Organization

__all__ = ["find_officials"]


def find_officials(
    text: str, *, language: str, organizations: tuple[Organization, ...]
) -> tuple[Official, ...]:
    """Find every person named with a given name and surname in ``text``."""
    del text, language, organizations
    return ()
