"""Countries, regions, districts, hromadas and settlements."""

from govnews.model import Place

__all__ = ["find_places"]


def find_places(text: str, *, language: str) -> tuple[Place, ...]:
    """Find every place named in ``text``."""
    del text, language
    return ()
