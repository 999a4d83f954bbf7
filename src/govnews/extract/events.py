"""Events: meetings, forums, sessions, seminars, visits, ceremonies."""

from govnews.model import DateMention, Event, Official, Organization, Place, Programme

__all__ = ["find_events"]


def find_events(
    text: str,
    *,
    language: str,
    dates: tuple[DateMention, ...],
    officials: tuple[Official, ...],
    organizations: tuple[Organization, ...],
    places: tuple[Place, ...],
    programmes: tuple[Programme, ...],
) -> tuple[Event, ...]:
    """Find every event the text reports or announces."""
    del text, language, dates, officials, organizations, places, programmes
    return ()
