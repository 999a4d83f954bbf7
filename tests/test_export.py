"""Exports: JSON-LD, Popolo, CSV and Parquet, over hand-built records and the parsed seeds."""

import csv
import datetime as dt
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing
from hypothesis import given, settings
from hypothesis import strategies as st
from pyld import jsonld  # type: ignore[import-untyped]
from referencing.jsonschema import DRAFT3

import govnews
from govnews import testing
from govnews.cli import main
from govnews.export import (
    TABLES,
    arrow_schema,
    read_parquet,
    table_rows,
    to_arrow,
    to_jsonld,
    to_jsonld_graph,
    to_popolo,
    write_csv,
    write_csv_table,
    write_parquet,
)
from govnews.export import parquet as parquet_module

POPOLO = Path(__file__).parent / "data" / "popolo"
POPOLO_BASE = "http://www.popoloproject.com/schemas/"
SCHEMA_ORG = "https://schema.org/"

# Every schema.org term the JSON-LD export may use (types and properties, from schema.org).
SCHEMA_ORG_TERMS = frozenset(
    {
        # types
        "NewsArticle", "Person", "Organization", "GovernmentOrganization", "NGO",
        "EducationalOrganization", "Place", "AdministrativeArea", "City", "Country",
        "Event", "Project", "PropertyValue",
        # properties
        "identifier", "url", "headline", "inLanguage", "datePublished", "articleBody",
        "mentions", "name", "givenName", "additionalName", "familyName", "alternateName",
        "jobTitle", "worksFor", "additionalType", "propertyID", "value", "startDate",
        "location", "attendee", "organizer", "about", "funder",
    }
)  # fmt: skip

SPAN = govnews.Span(start=0, end=7)


def _official(
    given: str, surname: str, patronymic: str | None = None, **fields: Any
) -> govnews.Official:
    name = " ".join(part for part in (given, patronymic, surname) if part)
    return govnews.Official(
        name=name,
        given_name=given,
        patronymic=patronymic,
        surname=surname,
        latin=fields.pop("latin", name),
        mentions=(SPAN,),
        **fields,
    )


ODA = govnews.Organization(
    name="Житомирська обласна військова адміністрація",
    acronym="ОВА",
    kind=govnews.OrganizationKind.ADMINISTRATION,
    mentions=(SPAN,),
)
UNDP = govnews.Organization(
    name="Програма розвитку ООН", acronym="ПРООН", kind=govnews.OrganizationKind.INTERNATIONAL
)
HEAD = _official(
    "Віталій",
    "Бунечко",
    latin="Vitalii Bunechko",
    position="начальник Житомирської обласної військової адміністрації",
    organization="Житомирська обласна військова адміністрація",
)
TEXT = "Нарада\nу «Житомирі», 03 грудня; ціна = 5"


def _article(key: str, **fields: Any) -> govnews.Article:
    return govnews.Article(id=key, text=TEXT, language="uk", **fields)


FULL = _article(
    "a1",
    url="https://example.gov.ua/news/1",
    title="Виїзна нарада",
    published=dt.date(2024, 12, 4),
    dates=(govnews.DateMention(text="03 грудня", span=SPAN, year=2024, month=12, day=3),),
    officials=(HEAD,),
    organizations=(ODA, UNDP),
    places=(
        govnews.Place(name="Житомирська область", kind=govnews.PlaceKind.REGION, code="UA-18"),
        govnews.Place(
            name="Глибочицька громада",
            kind=govnews.PlaceKind.HROMADA,
            code="UA18040030000039464",
        ),
        govnews.Place(name="Україна", kind=govnews.PlaceKind.COUNTRY, code="UA"),
    ),
    events=(
        govnews.Event(
            kind=govnews.EventKind.MEETING,
            name="Виїзна нарада",
            date=govnews.DateMention(text="03 грудня", span=SPAN, year=2024, month=12, day=3),
            location="Житомир",
            participants=("Віталій Бунечко",),
            organizers=("Житомирська обласна військова адміністрація",),
            programme="Зроблено в Україні",
            mentions=(SPAN,),
        ),
    ),
    programmes=(govnews.Programme(name="Зроблено в Україні", funders=("ПРООН", "уряд Швеції")),),
)


@pytest.fixture(scope="module")
def parsed_seeds(seeds: dict[str, str]) -> list[govnews.Article]:
    return [govnews.parse_text(text) for text in seeds.values()]


# JSON-LD ---------------------------------------------------------------------------------


def _offline(url: str, options: Any = None) -> Any:
    msg = f"a JSON-LD processor tried to fetch {url}"
    raise AssertionError(msg)


def _expand(document: dict[str, Any]) -> list[dict[str, Any]]:
    expanded: list[dict[str, Any]] = jsonld.expand(document, {"documentLoader": _offline})
    return expanded


def _iris(node: Any) -> Iterator[str]:
    """Every property and type IRI of an expanded JSON-LD document."""
    if isinstance(node, list):
        for item in node:
            yield from _iris(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type":
                yield from value
            elif not key.startswith("@"):
                yield key
            yield from _iris(value)


def _triples(document: dict[str, Any]) -> set[str]:
    quads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": _offline})
    return set(quads.splitlines())


def test_jsonld_expands_offline_to_schema_org_terms_only() -> None:
    iris = set(_iris(_expand(to_jsonld(FULL))))

    assert {iri.removeprefix(SCHEMA_ORG) for iri in iris} <= SCHEMA_ORG_TERMS


def test_jsonld_article_is_a_news_article() -> None:
    expanded = _expand(to_jsonld(FULL))

    assert [node["@type"] for node in expanded] == [[SCHEMA_ORG + "NewsArticle"]]


def test_jsonld_mentions_every_record() -> None:
    mentions = to_jsonld(FULL)["mentions"]

    assert [node["@type"] for node in mentions] == [
        "Person",
        "GovernmentOrganization",
        "Organization",
        "AdministrativeArea",
        "AdministrativeArea",
        "Country",
        "Event",
        "Project",
    ]


def test_jsonld_person_works_for_the_organisation_node() -> None:
    base = "<https://example.gov.ua/news/1"

    assert f"{base}#person-1> <{SCHEMA_ORG}worksFor> {base}#organization-1> ." in _triples(
        to_jsonld(FULL)
    )


def test_jsonld_person_has_job_title() -> None:
    person = to_jsonld(FULL)["mentions"][0]

    assert person["jobTitle"] == "начальник Житомирської обласної військової адміністрації"


def test_jsonld_places_carry_their_code_scheme() -> None:
    places = [node for node in to_jsonld(FULL)["mentions"] if "identifier" in node]

    assert [(node["identifier"]["propertyID"], node["identifier"]["value"]) for node in places] == [
        ("ISO 3166-2", "UA-18"),
        ("KATOTTH", "UA18040030000039464"),
        ("ISO 3166-1 alpha-2", "UA"),
    ]


def test_jsonld_project_funder_points_at_a_known_organisation() -> None:
    project = to_jsonld(FULL)["mentions"][-1]

    assert project["funder"] == [
        {"@id": "https://example.gov.ua/news/1#organization-2"},
        {"@type": "Organization", "name": "уряд Швеції"},
    ]


def test_jsonld_event_has_date_place_attendee_and_project() -> None:
    event = to_jsonld(FULL)["mentions"][-2]

    assert (event["startDate"], event["location"]["name"], event["attendee"], event["about"]) == (
        "2024-12-03",
        "Житомир",
        [{"@id": "https://example.gov.ua/news/1#person-1"}],
        {"@id": "https://example.gov.ua/news/1#project-1"},
    )


def test_jsonld_article_without_url_gets_a_urn() -> None:
    assert to_jsonld(_article("x9"))["@id"] == "urn:govnews:article:x9"


def test_jsonld_graph_holds_every_article() -> None:
    graph = to_jsonld_graph([FULL, _article("a2")])

    assert len(_expand(graph)) == 2


def test_jsonld_of_parsed_seeds_expands(parsed_seeds: list[govnews.Article]) -> None:
    expanded = _expand(to_jsonld_graph(parsed_seeds))

    assert len(expanded) == len(parsed_seeds)


@settings(max_examples=25)
@given(testing.articles())
def test_jsonld_of_any_article_expands_to_schema_org_terms(article: govnews.Article) -> None:
    iris = set(_iris(_expand(to_jsonld(article))))

    assert {iri.removeprefix(SCHEMA_ORG) for iri in iris} <= SCHEMA_ORG_TERMS


# Popolo -----------------------------------------------------------------------------------


def _popolo_registry() -> referencing.Registry[Any]:
    resources = [
        (POPOLO_BASE + path.name, DRAFT3.create_resource(json.loads(path.read_text())))
        for path in POPOLO.glob("*.json")
    ]
    return referencing.Registry().with_resources(resources)


REGISTRY = _popolo_registry()
SECTIONS = {
    "persons": "person",
    "organizations": "organization",
    "posts": "post",
    "memberships": "membership",
}


def _popolo_errors(popolo: dict[str, Any]) -> list[str]:
    errors = []
    for section, name in SECTIONS.items():
        schema = REGISTRY.contents(POPOLO_BASE + f"{name}.json")
        validator = jsonschema.Draft3Validator(schema, registry=REGISTRY)
        errors += [
            f"{section}: {error.message}"
            for item in popolo[section]
            for error in validator.iter_errors(item)
        ]
    return errors


def _unknown_keys(popolo: dict[str, Any]) -> list[str]:
    """Keys the Popolo schemas do not define (they allow extra keys, so check apart)."""
    unknown = []
    for section, name in SECTIONS.items():
        properties = REGISTRY.contents(POPOLO_BASE + f"{name}.json")["properties"]
        unknown += [
            f"{section}.{key}" for item in popolo[section] for key in item if key not in properties
        ]
    return unknown


SECOND = _article(
    "a2",
    url="https://example.gov.ua/news/2",
    officials=(
        _official(
            "Віталій",
            "Бунечко",
            "Іванович",
            position="начальник Житомирської обласної військової адміністрації",
            organization="житомирська обласна  військова адміністрація",
        ),
    ),
    organizations=(govnews.Organization(name="Житомирська обласна військова адміністрація"),),
)


def test_popolo_validates_against_the_popolo_schemas() -> None:
    assert _popolo_errors(to_popolo([FULL, SECOND])) == []


def test_popolo_uses_only_keys_the_schemas_define() -> None:
    assert _unknown_keys(to_popolo([FULL, SECOND])) == []


def test_popolo_merges_a_person_across_articles() -> None:
    persons = to_popolo([FULL, SECOND])["persons"]

    assert [(p["name"], [s["url"] for s in p["sources"]]) for p in persons] == [
        (
            "Віталій Іванович Бунечко",
            ["https://example.gov.ua/news/1", "https://example.gov.ua/news/2"],
        )
    ]


def test_popolo_keeps_apart_people_with_different_patronymics() -> None:
    other = _article("a3", officials=(_official("Віталій", "Бунечко", "Петрович"),))

    persons = to_popolo([SECOND, other])["persons"]

    assert [p["patronymic_name"] for p in persons] == ["Іванович", "Петрович"]


def test_popolo_merges_an_organisation_whatever_its_case_and_spacing() -> None:
    organizations = to_popolo([FULL, SECOND])["organizations"]

    assert [o["name"] for o in organizations] == [
        "Житомирська обласна військова адміністрація",
        "Програма розвитку ООН",
    ]


def test_popolo_keeps_acronyms_as_other_names() -> None:
    organization = to_popolo([FULL])["organizations"][1]

    assert organization["other_names"] == [{"name": "ПРООН", "note": "acronym"}]


def test_popolo_membership_links_person_post_and_organisation() -> None:
    popolo = to_popolo([FULL, SECOND])
    [person], [post], [membership] = popolo["persons"], popolo["posts"], popolo["memberships"]

    assert (membership["person_id"], membership["post_id"], membership["organization_id"]) == (
        person["id"],
        post["id"],
        post["organization_id"],
    )


def test_popolo_membership_lists_both_articles_as_sources() -> None:
    [membership] = to_popolo([FULL, SECOND])["memberships"]

    assert [source["url"] for source in membership["sources"]] == [
        "https://example.gov.ua/news/1",
        "https://example.gov.ua/news/2",
    ]


def test_popolo_ids_do_not_depend_on_article_order() -> None:
    assert (
        to_popolo([FULL, SECOND])["persons"][0]["id"]
        == to_popolo([SECOND, FULL])["persons"][0]["id"]
    )


def test_popolo_source_without_url_is_an_article_urn() -> None:
    popolo = to_popolo([_article("x7", officials=(HEAD,))])

    assert popolo["persons"][0]["sources"] == [{"url": "urn:govnews:article:x7"}]


def test_popolo_of_parsed_seeds_validates(parsed_seeds: list[govnews.Article]) -> None:
    assert _popolo_errors(to_popolo(parsed_seeds)) == []


@settings(max_examples=50)
@given(st.lists(testing.articles(), max_size=4))
def test_popolo_of_any_articles_validates(articles: list[govnews.Article]) -> None:
    popolo = to_popolo(articles)

    assert (_popolo_errors(popolo), _unknown_keys(popolo)) == ([], [])


# CSV --------------------------------------------------------------------------------------


def _cells(row: dict[str, Any]) -> dict[str, str]:
    """What the csv module writes for a row: empty for None, str() for the rest."""
    return {key: "" if value is None else str(value) for key, value in row.items()}


def _read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as file:
        return list(csv.DictReader(file))


def test_csv_writes_one_file_per_table(tmp_path: Path) -> None:
    paths = write_csv([FULL], tmp_path / "tables")

    assert sorted(path.name for path in paths.values()) == sorted(f"{t}.csv" for t in TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_csv_table_reads_back_with_the_csv_module(tmp_path: Path, table: str) -> None:
    paths = write_csv([FULL, SECOND], tmp_path)

    assert _read_csv(paths[table]) == [_cells(row) for row in table_rows([FULL, SECOND], table)]


def test_csv_every_row_carries_its_article_id(tmp_path: Path) -> None:
    paths = write_csv([FULL, SECOND], tmp_path)

    assert {row["article_id"] for row in _read_csv(paths["officials"])} == {"a1", "a2"}


def test_csv_keeps_line_breaks_and_quotes_inside_a_cell(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    write_csv_table([FULL], "articles", path)

    assert _read_csv(path)[0]["text"] == TEXT


def test_csv_bom_marks_the_file_as_utf8(tmp_path: Path) -> None:
    paths = write_csv([FULL], tmp_path, bom=True)

    assert paths["places"].read_bytes()[:3] == b"\xef\xbb\xbf"


def test_csv_with_bom_reads_back_with_utf8_sig(tmp_path: Path) -> None:
    paths = write_csv([FULL], tmp_path, bom=True)

    assert _read_csv(paths["places"], "utf-8-sig")[0]["name"] == "Житомирська область"


def test_csv_event_row_flattens_lists_and_dates() -> None:
    [row] = table_rows([FULL], "events")

    assert (row["date"], row["participants"], row["mentions"], row["spans"]) == (
        "2024-12-03",
        "Віталій Бунечко",
        1,
        "0-7",
    )


def test_csv_single_table_to_an_open_file_counts_rows() -> None:
    assert write_csv_table([FULL, SECOND], "officials", io.StringIO()) == 2


def test_csv_unknown_table_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="no table 'people'"):
        list(table_rows([FULL], "people"))


def test_csv_of_parsed_seeds_has_one_article_row_each(
    tmp_path: Path, parsed_seeds: list[govnews.Article]
) -> None:
    paths = write_csv(parsed_seeds, tmp_path)

    assert [row["article_id"] for row in _read_csv(paths["articles"])] == [
        article.id for article in parsed_seeds
    ]


# Parquet ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Numpy arrays (as pandas gives nested lists) to lists, dates to ISO strings."""
    if hasattr(value, "tolist") and not isinstance(value, str):
        value = value.tolist()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _articles_from_rows(rows: list[dict[str, Any]]) -> list[govnews.Article]:
    return [govnews.from_dict(_plain(row), govnews.Article) for row in rows]


@pytest.fixture
def parquet_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles.parquet"
    write_parquet([FULL, SECOND], path)
    return path


def test_parquet_reads_back_equal_with_govnews(parquet_file: Path) -> None:
    assert list(read_parquet(parquet_file)) == [FULL, SECOND]


def test_parquet_reads_back_equal_with_pyarrow(parquet_file: Path) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    assert _articles_from_rows(pq.read_table(parquet_file).to_pylist()) == [FULL, SECOND]


def test_parquet_reads_back_equal_with_pandas(parquet_file: Path) -> None:
    import pandas as pd  # type: ignore[import-untyped]

    frame = pd.read_parquet(parquet_file, dtype_backend="pyarrow")

    assert _articles_from_rows(frame.to_dict("records")) == [FULL, SECOND]


def test_parquet_reads_back_equal_with_polars(parquet_file: Path) -> None:
    import polars as pl

    assert _articles_from_rows(pl.read_parquet(parquet_file).to_dicts()) == [FULL, SECOND]


def test_parquet_file_carries_the_schema_version(parquet_file: Path) -> None:
    import pyarrow.parquet as pq

    assert pq.read_schema(parquet_file).metadata[b"govnews.schema"] == b"1"


ARROW_SPAN = "struct<start: int64 not null, end: int64 not null>"
ARROW_DATE = (
    f"struct<text: string not null, span: {ARROW_SPAN} not null, year: int16, month: int8, "
    "day: int8, hour: int8, minute: int8, relative: bool not null>"
)


def _schema_lines() -> list[str]:
    """The Arrow schema, one field per line, with spans and dates abbreviated."""
    lines = [
        f"{field.name}: {field.type}" + ("" if field.nullable else " not null")
        for field in arrow_schema()
    ]
    return [line.replace(ARROW_DATE, "DateMention").replace(ARROW_SPAN, "Span") for line in lines]


def test_arrow_schema_is_stable() -> None:
    assert _schema_lines() == [
        "id: string not null",
        "url: string",
        "title: string",
        "text: string not null",
        "language: string not null",
        "published: date32[day]",
        "dates: list<item: DateMention>",
        (
            "officials: list<item: struct<name: string not null, given_name: string not null, "
            "patronymic: string, surname: string not null, latin: string not null, "
            "position: string, organization: string, mentions: list<item: Span>>>"
        ),
        (
            "organizations: list<item: struct<name: string not null, acronym: string, "
            "kind: string not null, mentions: list<item: Span>>>"
        ),
        (
            "places: list<item: struct<name: string not null, kind: string not null, "
            "code: string, mentions: list<item: Span>>>"
        ),
        (
            "events: list<item: struct<kind: string not null, name: string, date: DateMention, "
            "location: string, participants: list<item: string>, organizers: list<item: string>, "
            "programme: string, mentions: list<item: Span>>>"
        ),
        (
            "programmes: list<item: struct<name: string not null, kind: string not null, "
            "funders: list<item: string>, mentions: list<item: Span>>>"
        ),
        "removed: list<item: string>",
    ]


def test_arrow_table_has_one_row_per_article() -> None:
    assert to_arrow([FULL, SECOND]).column("id").to_pylist() == ["a1", "a2"]


def test_parquet_of_parsed_seeds_reads_back_equal(
    tmp_path: Path, parsed_seeds: list[govnews.Article]
) -> None:
    write_parquet(parsed_seeds, tmp_path / "seeds.parquet")

    assert list(read_parquet(tmp_path / "seeds.parquet")) == parsed_seeds


@settings(max_examples=30)
@given(st.lists(testing.articles(), max_size=5))
def test_parquet_of_any_articles_reads_back_equal(articles: list[govnews.Article]) -> None:
    buffer = io.BytesIO()
    import pyarrow.parquet as pq

    pq.write_table(to_arrow(articles), buffer)
    buffer.seek(0)

    assert _articles_from_rows(pq.read_table(buffer).to_pylist()) == articles


def test_parquet_without_pyarrow_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setattr(parquet_module, "arrow_schema", parquet_module.arrow_schema.__wrapped__)

    with pytest.raises(govnews.MissingDependencyError, match=r"govnews\[parquet\]"):
        write_parquet([FULL], tmp_path / "x.parquet")


# Command line -----------------------------------------------------------------------------


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [govnews.to_json(FULL), '{"error": {"input": "b.txt", "id": null, "reason": "x"}}']
    path.write_text("\n".join([*lines, govnews.to_json(SECOND), ""]), encoding="utf-8")
    return path


def test_cli_export_jsonld_writes_a_graph_of_every_article(jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonld"
    main(["export", str(jsonl), "--to", "jsonld", str(out)])

    assert json.loads(out.read_text(encoding="utf-8")) == to_jsonld_graph([FULL, SECOND])


def test_cli_export_popolo_matches_the_api(jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    main(["export", str(jsonl), "--to", "popolo", str(out)])

    assert json.loads(out.read_text(encoding="utf-8")) == to_popolo([FULL, SECOND])


def test_cli_export_csv_writes_a_folder(jsonl: Path, tmp_path: Path) -> None:
    main(["export", str(jsonl), "--to", "csv", str(tmp_path / "tables"), "--bom"])

    assert len(_read_csv(tmp_path / "tables" / "officials.csv", "utf-8-sig")) == 2


def test_cli_export_csv_table_to_stdout(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["export", str(jsonl), "--to", "csv", "--table", "places", "-"])

    assert capsys.readouterr().out.splitlines()[0] == "article_id,name,kind,code,mentions,spans"


def test_cli_export_parquet_reads_back(jsonl: Path, tmp_path: Path) -> None:
    main(["export", str(jsonl), "--to", "parquet", str(tmp_path / "a.parquet")])

    assert list(read_parquet(tmp_path / "a.parquet")) == [FULL, SECOND]


def test_cli_export_reports_skipped_error_records(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["export", str(jsonl), "--to", "popolo", str(tmp_path / "p.json")])

    assert (status, capsys.readouterr().err) == (
        0,
        f"govnews: 2 articles, 1 error record skipped -> {tmp_path / 'p.json'}\n",
    )


JSON_ERROR = "Expecting property name enclosed in double quotes"


def test_cli_export_bad_line_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text(govnews.to_json(FULL) + "\n{not json\n", encoding="utf-8")

    status = main(["export", str(source), "--to", "popolo", str(tmp_path / "p.json")])

    assert (status, capsys.readouterr().err) == (
        1,
        f"govnews: error: {source}:2: invalid JSON ({JSON_ERROR} at column 2)\n",
    )


def test_cli_export_missing_input_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "absent.jsonl"

    status = main(["export", str(source), "--to", "jsonld", str(tmp_path / "x")])

    assert (status, capsys.readouterr().err) == (
        1,
        f"govnews: error: {source}: No such file or directory\n",
    )


def test_cli_export_parquet_to_stdout_is_a_usage_error(jsonl: Path) -> None:
    assert main(["export", str(jsonl), "--to", "parquet", "-"]) == 2


def test_cli_export_table_needs_csv(jsonl: Path, tmp_path: Path) -> None:
    assert main(["export", str(jsonl), "--to", "popolo", "--table", "places", "x"]) == 2
