import datetime as dt
import pickle

import attrs
import pytest

import govnews


def test_span_rejects_an_end_before_its_start():
    with pytest.raises(ValueError, match="before its start"):
        govnews.Span(start=5, end=4)


def test_span_rejects_negative_offsets():
    with pytest.raises(ValueError, match="start must be >= 0"):
        govnews.Span(start=-1, end=4)


@pytest.mark.parametrize("month", [0, 13])
def test_date_mention_rejects_a_month_outside_the_year(month):
    with pytest.raises(ValueError, match="month must be 1-12"):
        govnews.DateMention(text="x", span=govnews.Span(start=0, end=1), month=month)


def test_date_mention_rejects_29_february_of_a_common_year():
    with pytest.raises(ValueError, match="does not exist"):
        govnews.DateMention(text="x", span=govnews.Span(start=0, end=1), year=2023, month=2, day=29)


def test_date_mention_accepts_29_february_without_a_year():
    mention = govnews.DateMention(text="x", span=govnews.Span(start=0, end=1), month=2, day=29)
    assert mention.day == 29


def test_date_mention_rejects_a_day_without_a_month():
    with pytest.raises(ValueError, match="needs a month"):
        govnews.DateMention(text="x", span=govnews.Span(start=0, end=1), day=3)


def test_date_mention_gives_a_full_date_only_when_complete():
    span = govnews.Span(start=0, end=1)
    full = govnews.DateMention(text="x", span=span, year=2023, month=12, day=3)
    partial = govnews.DateMention(text="x", span=span, month=12, day=3)
    assert (full.date, partial.date) == (dt.date(2023, 12, 3), None)


@pytest.mark.parametrize("probability", [-0.1, 1.1])
def test_language_guess_rejects_probabilities_outside_0_1(probability):
    with pytest.raises(ValueError, match="within"):
        govnews.LanguageGuess(code="uk", probability=probability)


def test_language_guess_orders_alternatives_most_probable_first():
    guess = govnews.LanguageGuess(code="uk", probability=0.7, alternatives={"ru": 0.3, "uk": 0.7})
    assert list(guess.alternatives) == ["uk", "ru"]


def test_language_guess_is_hashable():
    guess = govnews.LanguageGuess(code="uk", probability=0.7, alternatives={"uk": 0.7})
    assert hash(guess) == hash(attrs.evolve(guess))


def test_article_rejects_a_span_past_its_text():
    place = govnews.Place(name="Житомир", mentions=(govnews.Span(start=0, end=50),))
    with pytest.raises(ValueError, match="ends past the text"):
        govnews.Article(id="a", text="Житомир", places=(place,))


def test_article_rejects_a_nested_event_date_past_its_text():
    date = govnews.DateMention(text="x", span=govnews.Span(start=0, end=50), month=1)
    event = govnews.Event(kind=govnews.EventKind.MEETING, date=date)
    with pytest.raises(ValueError, match="ends past the text"):
        govnews.Article(id="a", text="short", events=(event,))


def test_article_rejects_a_language_that_is_not_a_code():
    with pytest.raises(ValueError, match="ISO 639-1"):
        govnews.Article(id="a", text="x", language="Ukrainian")


def test_records_are_frozen():
    article = govnews.Article(id="a", text="x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.text = "y"  # type: ignore[misc]


def test_records_take_keyword_arguments_only():
    with pytest.raises(TypeError):
        govnews.Span(0, 1)  # type: ignore[misc]


def test_records_pickle_unchanged():
    official = govnews.Official(
        name="Віталій Бунечко", given_name="Віталій", surname="Бунечко", latin="Vitalii Bunechko"
    )
    assert pickle.loads(pickle.dumps(official)) == official


@pytest.mark.parametrize(
    ("enum", "values"),
    [
        (
            govnews.OrganizationKind,
            [
                "state_body",
                "council",
                "administration",
                "ministry",
                "international",
                "company",
                "ngo",
                "education",
                "other",
            ],
        ),
        (
            govnews.PlaceKind,
            ["country", "region", "district", "hromada", "city", "town", "village", "other"],
        ),
        (
            govnews.EventKind,
            ["meeting", "forum", "conference", "seminar", "session", "visit", "ceremony", "other"],
        ),
        (govnews.ProgrammeKind, ["programme", "project", "initiative", "grant"]),
    ],
)
def test_enum_values_are_the_lowercase_names_of_design(enum, values):
    assert [member.value for member in enum] == values


_FAR = govnews.Span(start=0, end=50)


@pytest.mark.parametrize(
    ("field", "record"),
    [
        ("dates", govnews.DateMention(text="x", span=_FAR, month=1)),
        (
            "officials",
            govnews.Official(
                name="Ірина Коваль",
                given_name="Ірина",
                surname="Коваль",
                latin="Iryna Koval",
                mentions=(_FAR,),
            ),
        ),
        ("organizations", govnews.Organization(name="Міська рада", mentions=(_FAR,))),
        ("events", govnews.Event(kind=govnews.EventKind.MEETING, mentions=(_FAR,))),
        ("programmes", govnews.Programme(name="Громада", mentions=(_FAR,))),
    ],
)
def test_article_rejects_a_span_past_its_text_in_any_record(field: str, record: object):
    with pytest.raises(ValueError, match="ends past the text"):
        govnews.Article(id="a", text="short", **{field: (record,)})
