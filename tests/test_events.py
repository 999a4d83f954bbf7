"""Events: trigger words, names, dates, places, people, organisers and programmes."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.dates import find_dates
from govnews.extract.events import find_events
from govnews.extract.programmes import find_programmes
from govnews.model import (
    DateMention,
    Event,
    Official,
    Organization,
    Place,
    PlaceKind,
    Programme,
    Span,
)


def events(
    text: str,
    *,
    language: str = "uk",
    officials: tuple[Official, ...] = (),
    organizations: tuple[Organization, ...] = (),
    places: tuple[Place, ...] = (),
    programmes: tuple[Programme, ...] | None = None,
) -> tuple[Event, ...]:
    dates: tuple[DateMention, ...] = find_dates(text, language=language, published=None)
    if programmes is None:
        programmes = find_programmes(text, language=language, organizations=organizations)
    return find_events(
        text,
        language=language,
        dates=dates,
        officials=officials,
        organizations=organizations,
        places=places,
        programmes=programmes,
    )


def kinds(text: str, language: str = "uk") -> list[str]:
    return [event.kind.value for event in events(text, language=language)]


# (fragment, expected kinds), fragments in the genre's style.
TRIGGERS = [
    ("Голова ОВА провів виїзну нараду з головами громад.", ["meeting"]),
    ("Відбулося засідання виконавчого комітету.", ["meeting"]),
    ("Сама зустріч відбулася на території підприємства.", ["meeting"]),
    ("Глава принял участие в совещании с главами территорий.", ["meeting"]),
    ("На очередном заседании Думы Владивостока депутаты поддержали кандидатуру.", ["session"]),
    ("Депутати зібралися на пленарне засідання.", ["session"]),
    ("Сесія обласної ради не набрала кворуму.", ["session"]),
    ("Среди участников стратегической сессии - представители власти.", ["session"]),
    ("Розпочав роботу Полтавський форум громад.", ["forum"]),
    ("Про це він повідомив під час прес-конференції.", ["conference"]),
    ("Стартував освітній семінар для громад.", ["seminar"]),
    ("Для службовців провели тренінг з кризового реагування.", ["seminar"]),
    ("Прем'єр-міністр прибув з робочим візитом до Житомира.", ["visit"]),
    ("Делегация посетила завод.", ["visit"]),
    ("Відбулися урочистості з нагоди Дня місцевого самоврядування.", ["ceremony"]),
    ("Голови областей підписали угоду про співробітництво.", ["ceremony"]),
    ("Відбулося підписання меморандуму.", ["ceremony"]),
    ("Проміжні вибори депутата призначено.", ["other"]),
    ("Виконком оголосив конкурс на оренду приміщення.", ["other"]),
    ("The mayor opened the forum.", ["forum"]),
    ("У міськраді відбувся круглий стіл щодо реформи.", ["meeting"]),
    ("Учасники відеоконференції обговорили підготовку до зими.", ["conference"]),
    ("Відбулося урочисте нагородження переможців.", ["ceremony"]),
    ("У місті пройшов фестиваль вуличної їжі.", ["other"]),
    ("Відбулися громадські слухання щодо забудови скверу.", ["meeting"]),
    # Words that only look like triggers.
    ("Житомир зустрічатиме учасників.", []),
    ("Учасники відвідали фабрику.", []),
    ("Це його вибір.", []),
    ("Виборча комісія працює.", []),
    ("Працює відділ звернень і прийому громадян.", []),
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS)
def test_each_trigger_gives_its_kind(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


def test_every_mention_of_one_event_is_one_record() -> None:
    text = (
        "03 грудня голова провів виїзну нараду з головами громад. "
        "Також під час наради обговорили питання зв'язку. "
        "Окрім цього, учасники наради відвідали фабрику."
    )
    [event] = events(text)
    assert (event.kind.value, len(event.mentions)) == ("meeting", 3)


def test_a_date_opening_the_sentence_is_the_event_date() -> None:
    text = "03 грудня начальник обласної адміністрації та його заступник провели виїзну нараду."
    [event] = events(text)
    assert event.date is not None
    assert (event.date.month, event.date.day) == (12, 3)


def test_a_date_next_to_the_trigger_is_the_event_date() -> None:
    text = "Це підсумки роботи учасників Молодіжної стратегічної сесії, що пройшла 29 листопада."
    [event] = events(text)
    assert event.date is not None
    assert (event.date.month, event.date.day) == (11, 29)


def test_a_time_given_to_a_date_dates_the_event_of_its_sentence() -> None:
    text = "Завтра, 6 квітня, Житомир зустрічатиме учасників.\nЗустріч відбудеться о 12.00 год."
    [event] = events(text)
    assert event.date is not None
    assert (event.date.month, event.date.day, event.date.hour) == (4, 6, 12)


def test_a_far_date_in_the_middle_of_the_sentence_is_not_the_event_date() -> None:
    text = (
        "Вибори вирішили провести у зв'язку із достроковим припиненням повноважень депутата, "
        "обраного раніше в цьому окрузі, проте позбавленого мандата 13 березня."
    )
    [event] = events(text)
    assert event.date is None


def test_two_events_of_one_kind_with_their_own_dates_stay_apart() -> None:
    text = "5 травня відбулася нарада з питань освіти. 7 травня відбулася нарада з питань медицини."
    found = events(text)
    assert [(e.kind.value, e.date.day if e.date else None) for e in found] == [
        ("meeting", 5),
        ("meeting", 7),
    ]


def test_a_quoted_name_after_the_trigger_is_the_event_name() -> None:
    text = (
        "Про це голова заявив під час відкриття Полтавського форуму громад та органів "
        "місцевого самоврядування «Smart Полтавщина»."
    )
    [event] = events(text)
    assert event.name == "Smart Полтавщина"


def test_a_seminar_named_in_quotes_keeps_its_whole_name() -> None:
    text = (
        "Розпочав роботу семінар-тренінг «Розвиток потенціалу органів влади в сфері "
        "кризового реагування, відновлення та надання публічних послуг», в якому беруть участь "
        "представники громад."
    )
    [event] = events(text)
    assert (event.kind.value, event.name) == (
        "seminar",
        (
            "Розвиток потенціалу органів влади в сфері кризового реагування, відновлення та "
            "надання публічних послуг"
        ),
    )


def test_a_programme_quote_is_not_the_event_name() -> None:
    text = "Семінар проведено в рамках проєкту «Посилене партнерство»."
    [event] = events(text)
    assert (event.name, event.programme) == (None, "Посилене партнерство")


def test_a_capitalised_name_is_put_in_the_nominative() -> None:
    text = "Це підсумки спільної роботи учасників Молодіжної стратегічної сесії регіону."
    [event] = events(text)
    assert event.name == "Молодіжна стратегічна сесія"


def test_two_kinds_in_one_sentence_are_two_events_each_with_its_name() -> None:
    text = (
        "Глава принял участие в совещании под председательством руководителя рабочей группы "
        "в рамках стратегической сессии «Моногорода: живем по-новому»."
    )
    found = events(text, language="ru")
    assert [(e.kind.value, e.name) for e in found] == [
        ("meeting", None),
        ("session", "Моногорода: живем по-новому"),
    ]


def test_a_venue_is_the_location() -> None:
    text = "Зустріч відбудеться о 12.00 год. у прес-центрі Житомирської міської ради."
    [event] = events(text)
    assert event.location == "прес-центрі Житомирської міської ради"


def test_a_place_found_in_the_sentence_is_the_location() -> None:
    text = "У Краматорську відбувся регіональний форум."
    place = Place(name="Краматорськ", kind=PlaceKind.CITY, mentions=(Span(start=2, end=14),))
    [event] = events(text, places=(place,))
    assert event.location == "Краматорськ"


def test_officials_named_with_the_event_take_part() -> None:
    text = "В його роботі семінару взяв участь перший заступник голови Володимир Гончарук."
    official = Official(
        name="Володимир Гончарук",
        given_name="Володимир",
        surname="Гончарук",
        latin="Volodymyr Honcharuk",
        mentions=(Span(start=text.index("Володимир"), end=len(text) - 1),),
    )
    [event] = events(text, officials=(official,))
    assert event.participants == ("Володимир Гончарук",)


def test_organisations_after_an_organising_phrase_organise_the_event() -> None:
    text = "Форум відбувається за сприяння обласної ради. Депутати ради працюють."
    council = Organization(
        name="обласна рада",
        mentions=(
            Span(start=text.index("обласної"), end=text.index("обласної") + 13),
            Span(start=text.index("ради."), end=text.index("ради.") + 4),
        ),
    )
    [event] = events(text, organizations=(council,))
    assert event.organizers == ("обласна рада",)


def test_an_organisation_without_an_organising_phrase_does_not_organise() -> None:
    text = "На форумі виступив представник обласної ради."
    council = Organization(
        name="обласна рада", mentions=(Span(start=text.index("обласної"), end=len(text) - 1),)
    )
    [event] = events(text, organizations=(council,))
    assert event.organizers == ()


def test_the_event_spoken_of_as_the_event_is_linked_to_its_programme() -> None:
    text = (
        "Розпочав роботу семінар-тренінг для громад. "
        "Даний захід організовано в рамках Проєкту «Посилене партнерство для сталого "
        "відновлення», який впроваджується ПРООН."
    )
    [event] = events(text)
    assert event.programme == "Посилене партнерство для сталого відновлення"


def test_a_trigger_inside_a_quoted_name_is_not_an_event() -> None:
    assert kinds("Громада отримала відзнаку «Форум довіри».") == []


def test_a_trigger_inside_quoted_speech_is_an_event() -> None:
    text = (
        "Голова наголосив: «Нинішня поїздка луганської делегації на Львівщину – це також "
        "досвід успішних проектів, ефективного співробітництва, вирішення проблем на рівні "
        "громад»."
    )
    assert kinds(text) == ["visit"]


def test_the_seed_events_are_found(seeds: dict[str, str]) -> None:
    found = {
        name: [
            (e.kind.value, e.name) for e in events(text, language="ru" if "004" in name else "uk")
        ]
        for name, text in seeds.items()
    }
    assert found["000_276a5443b50695a0.txt"] == [("meeting", None)]
    assert found["001_0b2e540c4d39301f.txt"] == [("forum", "Smart Полтавщина")]
    assert found["004_f820f992c9b32a0f.txt"] == [
        ("meeting", None),
        ("session", "Моногорода: живем по-новому"),
    ]


@given(st.text())
def test_find_events_never_raises_and_spans_index_the_text(text: str) -> None:
    for event in events(text):
        for span in event.mentions:
            assert 0 <= span.start <= span.end <= len(text)


HOSTILE = [
    "нарада " * 150_000,
    "нарада «" * 120_000,
    "«" * 1_000_000,
    "3 грудня нарада. " * 60_000,
    "Форум " + "Слово " * 170_000,
    "засідання " * 100_000,
    "підписали " * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:12]))
def test_megabyte_hostile_input_finishes_quickly(text: str) -> None:
    began = time.perf_counter()
    events(text, programmes=())
    assert time.perf_counter() - began < 60  # linear: seconds, not hours, on a busy machine
