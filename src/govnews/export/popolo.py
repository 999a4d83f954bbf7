"""Popolo JSON: the people, organisations and posts of many articles, merged.

[Popolo](https://www.popoloproject.com/) is the open standard for data about
legislatures and governments. One export holds four lists:

- ``persons``: one per person, merged across articles by given name and surname (and
  patronymic, when both sides give one);
- ``organizations``: one per organisation, merged by name (case and spacing ignored);
  the acronyms seen become ``other_names``;
- ``posts``: one per post label within its organisation;
- ``memberships``: who holds which post in which organisation.

Every item lists the articles it comes from under ``sources`` (their URL, or
``urn:govnews:article:<id>`` when there is none). Identifiers are stable: they are
derived from the merged names, not from the order of the articles.
"""

import hashlib
from collections.abc import Iterable
from typing import Any

from govnews.export.values import article_iri, collation_key, name_key
from govnews.model import Article, Official, Organization

__all__ = ["to_popolo"]


def _id(kind: str, *parts: str) -> str:
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=6).hexdigest()
    return f"{kind}/{digest}"


def _source(article: Article) -> dict[str, str]:
    link = {"url": article_iri(article)}
    if article.title:
        link["note"] = article.title
    return link


class _Sources:
    """The articles an item comes from, in first-seen order, without repeats."""

    def __init__(self) -> None:
        self.links: dict[str, dict[str, str]] = {}

    def add(self, article: Article) -> None:
        link = _source(article)
        self.links.setdefault(link["url"], link)

    def as_list(self) -> list[dict[str, str]]:
        return list(self.links.values())


class _Person:
    def __init__(self, official: Official) -> None:
        self.given_name = official.given_name
        self.surname = official.surname
        self.patronymic = official.patronymic
        self.name = official.name
        self.latin = official.latin
        self.sources = _Sources()

    def accepts(self, official: Official) -> bool:
        if self.patronymic is None or official.patronymic is None:
            return True
        return name_key(self.patronymic) == name_key(official.patronymic)

    def absorb(self, official: Official) -> None:
        if self.patronymic is None and official.patronymic is not None:
            self.patronymic = official.patronymic
            self.name = official.name
            self.latin = official.latin

    @property
    def id(self) -> str:
        return _id(
            "person",
            name_key(self.given_name),
            name_key(self.patronymic or ""),
            name_key(self.surname),
        )

    def as_dict(self) -> dict[str, Any]:
        person: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "given_name": self.given_name,
            "family_name": self.surname,
        }
        if self.patronymic:
            person["patronymic_name"] = self.patronymic
        if self.latin and self.latin != self.name:
            person["other_names"] = [{"name": self.latin, "note": "transliteration"}]
        person["sources"] = self.sources.as_list()
        return person


class _Organization:
    def __init__(self, name: str) -> None:
        self.name = name
        self.acronyms: dict[str, str] = {}
        self.kind: str | None = None
        self.sources = _Sources()

    def absorb(self, organization: Organization) -> None:
        if organization.acronym and organization.acronym != self.name:
            self.acronyms.setdefault(name_key(organization.acronym), organization.acronym)
        if self.kind is None or self.kind == "other":
            self.kind = organization.kind.value

    @property
    def id(self) -> str:
        return _id("organization", name_key(self.name))

    def as_dict(self) -> dict[str, Any]:
        organization: dict[str, Any] = {"id": self.id, "name": self.name}
        if self.acronyms:
            organization["other_names"] = [
                {"name": acronym, "note": "acronym"} for acronym in self.acronyms.values()
            ]
        if self.kind:
            organization["classification"] = self.kind
        organization["sources"] = self.sources.as_list()
        return organization


class _Registry:
    """Everything seen so far, merged."""

    def __init__(self) -> None:
        self.people: dict[tuple[str, str], list[_Person]] = {}
        self.organizations: dict[str, _Organization] = {}
        self.posts: dict[tuple[str, str], tuple[str, _Organization | None, _Sources]] = {}
        self.memberships: dict[tuple[int, str, str], tuple[_Person, _Sources]] = {}

    def organization(self, name: str, article: Article) -> _Organization:
        item = self.organizations.get(name_key(name))
        if item is None:
            item = self.organizations[name_key(name)] = _Organization(name)
        item.sources.add(article)
        return item

    def person(self, official: Official, article: Article) -> _Person:
        candidates = self.people.setdefault(
            (name_key(official.given_name), name_key(official.surname)), []
        )
        for candidate in candidates:
            if candidate.accepts(official):
                candidate.absorb(official)
                break
        else:
            candidate = _Person(official)
            candidates.append(candidate)
        candidate.sources.add(article)
        return candidate

    def add(self, article: Article) -> None:
        for organization in article.organizations:
            self.organization(organization.name, article).absorb(organization)
        for official in article.officials:
            person = self.person(official, article)
            if official.position is None and official.organization is None:
                continue
            employer = (
                self.organization(official.organization, article) if official.organization else None
            )
            self.membership(person, official.position, employer, article)

    def membership(
        self,
        person: _Person,
        position: str | None,
        organization: _Organization | None,
        article: Article,
    ) -> None:
        organization_key = name_key(organization.name) if organization else ""
        position_key = name_key(position) if position else ""
        if position:
            post_key = (position_key, organization_key)
            if post_key not in self.posts:
                self.posts[post_key] = (position, organization, _Sources())
            self.posts[post_key][2].add(article)
        key = (id(person), position_key, organization_key)
        if key not in self.memberships:
            self.memberships[key] = (person, _Sources())
        self.memberships[key][1].add(article)

    def as_dict(self) -> dict[str, Any]:
        people = [person for group in self.people.values() for person in group]
        persons = sorted(
            (person.as_dict() for person in people),
            key=lambda person: (
                collation_key(person["family_name"]),
                collation_key(person["name"]),
                person["id"],
            ),
        )
        organizations = sorted(
            (organization.as_dict() for organization in self.organizations.values()),
            key=_sort_key,
        )
        posts: list[dict[str, Any]] = []
        for key, (label, organization, sources) in self.posts.items():
            post: dict[str, Any] = {"id": _id("post", *key), "label": label}
            if organization is not None:
                post["organization_id"] = organization.id
            post["sources"] = sources.as_list()
            posts.append(post)
        posts.sort(key=lambda post: (collation_key(post["label"]), post["id"]))
        memberships: list[dict[str, Any]] = []
        for (_, position_key, organization_key), (person, sources) in self.memberships.items():
            membership: dict[str, Any] = {
                "id": _id("membership", person.id, position_key, organization_key),
                "person_id": person.id,
            }
            if organization_key:
                membership["organization_id"] = self.organizations[organization_key].id
            if position_key:
                label, _, _ = self.posts[position_key, organization_key]
                membership["post_id"] = _id("post", position_key, organization_key)
                membership["role"] = label
            membership["sources"] = sources.as_list()
            memberships.append(membership)
        memberships.sort(key=lambda membership: membership["id"])
        return {
            "persons": persons,
            "organizations": organizations,
            "posts": posts,
            "memberships": memberships,
        }


def _sort_key(item: dict[str, Any]) -> tuple[str, str]:
    return (collation_key(item["name"]), item["id"])


def to_popolo(articles: Iterable[Article]) -> dict[str, Any]:
    """The people, organisations, posts and memberships of many articles, as Popolo JSON.

    The same person or organisation seen in several articles becomes one item that
    lists every article under ``sources``. Articles are read once, so a stream from
    [`read_jsonl`][govnews.read_jsonl] works; only the merged items stay in memory.

    Args:
        articles: Parsed articles.

    Returns:
        A JSON-ready dict with ``persons``, ``organizations``, ``posts`` and
        ``memberships``, each sorted by name or label.

    Examples:
        >>> import govnews
        >>> from govnews.export import to_popolo
        >>> official = govnews.Official(
        ...     name="Віталій Бунечко", given_name="Віталій", surname="Бунечко",
        ...     latin="Vitalii Bunechko", position="начальник обласної військової адміністрації")
        >>> articles = [govnews.Article(id=key, text="Нарада.", officials=(official,))
        ...             for key in ("a1", "a2")]
        >>> popolo = to_popolo(articles)
        >>> len(popolo["persons"]), len(popolo["persons"][0]["sources"])
        (1, 2)
    """
    registry = _Registry()
    for article in articles:
        registry.add(article)
    return registry.as_dict()
