"""schema.org JSON-LD: an article as a ``NewsArticle`` that ``mentions`` what it names.

The documents carry an inline ``@context`` whose ``@vocab`` is ``https://schema.org/``,
so JSON-LD processors expand them without fetching anything. Every node has an absolute
``@id`` built from the article's URL (or ``urn:govnews:article:<id>`` when there is
none), so people, organisations and projects can point at each other:

| govnews record | schema.org type |
| --- | --- |
| [`Article`][govnews.Article] | ``NewsArticle`` |
| [`Official`][govnews.Official] | ``Person`` with ``jobTitle`` and ``worksFor`` |
| [`Organization`][govnews.Organization] | ``GovernmentOrganization``, ``NGO``, ``EducationalOrganization`` or ``Organization`` |
| [`Place`][govnews.Place] | ``Country``, ``City``, ``AdministrativeArea`` or ``Place``, with ``identifier`` |
| [`Event`][govnews.Event] | ``Event`` with ``startDate``, ``location``, ``attendee``, ``organizer`` |
| [`Programme`][govnews.Programme] | ``Project`` with ``funder`` |
"""  # noqa: E501 - a Markdown table

from collections.abc import Iterable
from typing import Any

from govnews.export.values import article_iri, code_scheme, name_key, partial_date
from govnews.model import (
    Article,
    Event,
    Official,
    Organization,
    OrganizationKind,
    Place,
    PlaceKind,
    Programme,
)

__all__ = ["JSONLD_CONTEXT", "to_jsonld", "to_jsonld_graph"]

JSONLD_CONTEXT: dict[str, str] = {"@vocab": "https://schema.org/"}
"""The inline ``@context`` of every document: schema.org terms, nothing to download."""

_ORGANIZATION_TYPES = {
    OrganizationKind.STATE_BODY: "GovernmentOrganization",
    OrganizationKind.COUNCIL: "GovernmentOrganization",
    OrganizationKind.ADMINISTRATION: "GovernmentOrganization",
    OrganizationKind.MINISTRY: "GovernmentOrganization",
    OrganizationKind.NGO: "NGO",
    OrganizationKind.EDUCATION: "EducationalOrganization",
}

_PLACE_TYPES = {
    PlaceKind.COUNTRY: "Country",
    PlaceKind.REGION: "AdministrativeArea",
    PlaceKind.DISTRICT: "AdministrativeArea",
    PlaceKind.HROMADA: "AdministrativeArea",
    PlaceKind.CITY: "City",
    PlaceKind.TOWN: "AdministrativeArea",
    PlaceKind.VILLAGE: "AdministrativeArea",
}


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    """Drop the properties that have no value, keeping ``@``-keywords."""
    return {key: value for key, value in node.items() if value not in (None, [], "")}


class _Nodes:
    """Builds the mentioned nodes of one article and resolves names to their ``@id``."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.people: dict[str, str] = {}
        self.organizations: dict[str, str] = {}
        self.programmes: dict[str, str] = {}

    def organization(self, number: int, organization: Organization) -> dict[str, Any]:
        iri = f"{self.base}#organization-{number}"
        self.organizations.setdefault(name_key(organization.name), iri)
        if organization.acronym:
            self.organizations.setdefault(name_key(organization.acronym), iri)
        return _compact(
            {
                "@type": _ORGANIZATION_TYPES.get(organization.kind, "Organization"),
                "@id": iri,
                "name": organization.name,
                "alternateName": organization.acronym,
            }
        )

    def organization_ref(self, name: str) -> dict[str, Any]:
        iri = self.organizations.get(name_key(name))
        if iri is not None:
            return {"@id": iri}
        return {"@type": "Organization", "name": name}

    def person(self, number: int, official: Official) -> dict[str, Any]:
        iri = f"{self.base}#person-{number}"
        self.people.setdefault(name_key(official.name), iri)
        return _compact(
            {
                "@type": "Person",
                "@id": iri,
                "name": official.name,
                "givenName": official.given_name,
                "additionalName": official.patronymic,
                "familyName": official.surname,
                "alternateName": official.latin if official.latin != official.name else None,
                "jobTitle": official.position,
                "worksFor": (
                    self.organization_ref(official.organization) if official.organization else None
                ),
            }
        )

    def person_ref(self, name: str) -> dict[str, Any]:
        iri = self.people.get(name_key(name))
        if iri is not None:
            return {"@id": iri}
        return {"@type": "Person", "name": name}

    def place(self, number: int, place: Place) -> dict[str, Any]:
        identifier = None
        if place.code:
            identifier = _compact(
                {
                    "@type": "PropertyValue",
                    "propertyID": code_scheme(place.code),
                    "value": place.code,
                }
            )
        return _compact(
            {
                "@type": _PLACE_TYPES.get(place.kind, "Place"),
                "@id": f"{self.base}#place-{number}",
                "name": place.name,
                "additionalType": place.kind.value,
                "identifier": identifier,
            }
        )

    def programme(self, number: int, programme: Programme) -> dict[str, Any]:
        iri = f"{self.base}#project-{number}"
        self.programmes.setdefault(name_key(programme.name), iri)
        return _compact(
            {
                "@type": "Project",
                "@id": iri,
                "name": programme.name,
                "additionalType": programme.kind.value,
                "funder": [self.organization_ref(name) for name in programme.funders],
            }
        )

    def event(self, number: int, event: Event) -> dict[str, Any]:
        about = None
        if event.programme:
            iri = self.programmes.get(name_key(event.programme))
            about = {"@id": iri} if iri else {"@type": "Project", "name": event.programme}
        return _compact(
            {
                "@type": "Event",
                "@id": f"{self.base}#event-{number}",
                "name": event.name,
                "additionalType": event.kind.value,
                "startDate": partial_date(event.date),
                "location": (
                    {"@type": "Place", "name": event.location} if event.location else None
                ),
                "attendee": [self.person_ref(name) for name in event.participants],
                "organizer": [self.organization_ref(name) for name in event.organizers],
                "about": about,
            }
        )


def _article_node(article: Article) -> dict[str, Any]:
    base = article_iri(article)
    nodes = _Nodes(base)
    # Organisations and programmes first, so that people and events can point at them.
    organizations = [
        nodes.organization(number, organization)
        for number, organization in enumerate(article.organizations, start=1)
    ]
    programmes = [
        nodes.programme(number, programme)
        for number, programme in enumerate(article.programmes, start=1)
    ]
    people = [
        nodes.person(number, official) for number, official in enumerate(article.officials, start=1)
    ]
    places = [nodes.place(number, place) for number, place in enumerate(article.places, start=1)]
    events = [nodes.event(number, event) for number, event in enumerate(article.events, start=1)]
    return _compact(
        {
            "@type": "NewsArticle",
            "@id": base,
            "identifier": article.id,
            "url": article.url,
            "headline": article.title,
            "inLanguage": article.language if article.language != "und" else None,
            "datePublished": article.published.isoformat() if article.published else None,
            "articleBody": article.text,
            "mentions": [*people, *organizations, *places, *events, *programmes],
        }
    )


def to_jsonld(article: Article) -> dict[str, Any]:
    """One article as a schema.org ``NewsArticle`` JSON-LD document.

    Officials become ``Person`` nodes with ``jobTitle`` and ``worksFor``, organisations
    ``GovernmentOrganization`` (or ``NGO``, ``EducationalOrganization``,
    ``Organization``), places ``Country``, ``City`` or ``AdministrativeArea`` with their
    ISO 3166 or KATOTTH code as ``identifier``, events ``Event`` and programmes
    ``Project`` with ``funder``; all of them are listed under ``mentions``.

    Args:
        article: A parsed article.

    Returns:
        A JSON-ready dict with an inline ``@context`` (no network needed to expand it).

    Examples:
        >>> import govnews
        >>> from govnews.export import to_jsonld
        >>> article = govnews.Article(
        ...     id="a1", text="Віталій Бунечко провів нараду.", language="uk",
        ...     officials=(govnews.Official(name="Віталій Бунечко", given_name="Віталій",
        ...                                 surname="Бунечко", latin="Vitalii Bunechko"),))
        >>> document = to_jsonld(article)
        >>> document["@type"], document["mentions"][0]["familyName"]
        ('NewsArticle', 'Бунечко')
    """
    return {"@context": JSONLD_CONTEXT, **_article_node(article)}


def to_jsonld_graph(articles: Iterable[Article]) -> dict[str, Any]:
    """Many articles as one JSON-LD document, each ``NewsArticle`` in its ``@graph``.

    Args:
        articles: Parsed articles, for example from [`read_jsonl`][govnews.read_jsonl].

    Returns:
        A JSON-ready dict ``{"@context": ..., "@graph": [...]}``.

    Examples:
        >>> import govnews
        >>> from govnews.export import to_jsonld_graph
        >>> graph = to_jsonld_graph([govnews.Article(id="a1", text="Нарада.")])
        >>> graph["@graph"][0]["@id"]
        'urn:govnews:article:a1'
    """
    return {"@context": JSONLD_CONTEXT, "@graph": [_article_node(a) for a in articles]}
