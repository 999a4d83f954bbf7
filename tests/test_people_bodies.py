"""Officials: the body named in a post, and name shapes of local government news."""

import time

import pytest

import govnews
from govnews.extract.names import from_common_name, surname_nominative
from govnews.extract.people import find_officials


def bodies(text: str, language: str = "uk") -> list[tuple[str, str | None]]:
    return [
        (o.name, o.organization) for o in find_officials(text, language=language, organizations=())
    ]


def people(text: str, language: str = "uk") -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in find_officials(text, language=language, organizations=())]


def mentions(text: str, language: str = "uk") -> list[list[str]]:
    return [
        [text[s.start : s.end] for s in o.mentions]
        for o in find_officials(text, language=language, organizations=())
    ]


# (fragment, language, expected organisation of the one official named).
BODIES = [
    # A body with its own name, in the nominative.
    (
        "Засідання провів голова Сарненської районної ради Назар Остапчук.",
        "uk",
        "Сарненська районна рада",
    ),
    # A department of a body named by acronym.
    (
        "Звіт представив директор департаменту охорони здоров'я ОДА Тарас Лучко.",
        "uk",
        "департамент охорони здоров'я ОДА",
    ),
    # A bare generic body does not say which one.
    ("Проєкт рішення підготувала секретар міської ради Інна Гордійчук.", "uk", None),
    ("На сесії виступив голова громади Орест Лиськевич.", "uk", None),
    ("Нараду провів голова облдержадміністрації Андрій Мисник.", "uk", None),
    # The body of the last post word of a chain.
    ("Участь узяв заступник голови Волинської ОДА Ігор Пасічник.", "uk", "Волинська ОДА"),
    # Another post is no body.
    ("Присутніх привітав заступник Львівського міського голови Зенон Дацко.", "uk", None),
    # A place is no body.
    ("Листа надіслав народний депутат України Остап Гринчишин.", "uk", None),
    ("Заявление сделал губернатор Тверской области Павел Лосев.", "ru", None),
    ("Об этом сообщил полпред президента РФ в округе Олег Кравцов.", "ru", None),
    # A body that ends with a quoted name, before another post.
    (
        "Гостей зустрів керівник народного хору «Горлиця» і господар свята Юрій Данилюк.",
        "uk",
        "народний хор «Горлиця»",
    ),
    # A body of the federal government.
    ("Совещание провел председатель правительства РФ Игорь Семин.", "ru", "правительство РФ"),
]


@pytest.mark.parametrize(("text", "language", "expected"), BODIES)
def test_organization_is_the_named_body_of_the_post(
    text: str, language: str, expected: str | None
) -> None:
    ((_, organization),) = bodies(text, language)
    assert expected == organization


def test_two_posts_share_one_body() -> None:
    text = "Співвласником і директором ТОВ «Зерноагро» є Степан Гуменюк."
    assert people(text) == [("Степан Гуменюк", "співвласник і директор ТОВ «Зерноагро»")]


def test_masculine_patronymic_form_beside_a_womans_name_is_her_surname() -> None:
    text = "Нараду вела начальниця управління економіки Світлана Климович, яка доповіла."
    assert people(text) == [("Світлана Климович", "начальниця управління економіки")]


def test_russian_surname_in_evich_without_soft_sign_is_no_patronymic() -> None:
    text = "Глава района Олег Гуревич подписал распоряжение. Гуревич отметил итоги."
    assert mentions(text, "ru") == [["Олег Гуревич", "Гуревич"]]


def test_russian_patronymic_keeps_its_soft_sign() -> None:
    assert (
        from_common_name("Юрьевич", "ru"),
        from_common_name("Юревич", "ru"),
    ) == (True, False)


def test_surname_in_capitals_after_an_oblique_given_name() -> None:
    text = "За словами начальниці відділу культури Марини ДЕРКАЧ, фестиваль відбудеться."
    assert mentions(text) == [["Марини ДЕРКАЧ"]]


def test_feminine_surname_in_ka_in_the_genitive() -> None:
    assert surname_nominative("Мартинки", "uk", "femn", "gent") == ("Мартинка", 2)


def test_lone_given_name_before_another_name_is_not_a_mention() -> None:
    text = "Семінар провів Степан Лучик. Учасники відвідали бібліотеку імені Степана Руданського."
    assert mentions(text) == [["Степан Лучик"]]


def test_given_name_and_patronymic_before_a_surname_are_not_surname_first() -> None:
    text = (
        "Переможцем став учитель з Борисполя Аркадій Францович Соломка. "
        "Аркадію Францовичу 65 років."
    )
    assert mentions(text) == [["Аркадій Францович Соломка", "Аркадію Францовичу"]]


def test_feminine_given_name_that_is_also_a_masculine_genitive() -> None:
    text = "Про це розповіла директорка центру Руслана Мороз."
    assert people(text) == [("Руслана Мороз", "директорка центру")]


@pytest.mark.parametrize(
    "text",
    [
        "Директором і " * 50_000 + "директором ТОВ «Агро» є Петро Сидорук.",
        "Заступник голови " * 30_000 + "ради Іван Петренко.",
        "Керівник театру «" * 20_000 + " Іван Петренко",
        "директор " + "«Агро» " * 50_000 + "Іван Петренко",
    ],
)
def test_hostile_posts_finish_quickly(text: str) -> None:
    started = time.perf_counter()
    find_officials(text, language="uk", organizations=())
    assert time.perf_counter() - started < 5


def test_level_adjective_belongs_to_the_post() -> None:
    text = "Учасників привітав Дрогобицький міський голова Тарас Кучма."
    assert people(text) == [("Тарас Кучма", "Дрогобицький міський голова")]


def test_level_adjective_in_the_dative() -> None:
    text = "Грамоту вручили сільському голові Миколі Дячуку."
    assert people(text) == [("Микола Дячук", "сільський голова")]


def test_a_city_is_no_body() -> None:
    text = "Проєкт підтримав міський голова Луцька Ігор Поліщук."
    assert bodies(text) == [("Ігор Поліщук", None)]


def test_russian_surname_of_a_plural_adjective_form() -> None:
    text = "Отчет представила глава поселения Ольга Черных."
    assert people(text, "ru") == [("Ольга Черных", "глава поселения")]


def test_post_before_a_name_stops_at_a_verb_opening_the_sentence() -> None:
    text = (
        "Виступила Ольга Левчук, директорка ліцею. "
        "Виступив Андрій Гуцал, начальник відділу культури."
    )
    assert people(text) == [
        ("Ольга Левчук", "директорка ліцею"),
        ("Андрій Гуцал", "начальник відділу культури"),
    ]


def test_apostrophe_word_inside_a_post_is_no_verb() -> None:
    text = "За словами начальниці управління охорони здоров’я Лідії МАРТИНЮК, лікарні готові."
    assert people(text) == [("Лідія Мартинюк", "начальниця управління охорони здоров’я")]


def test_the_remit_of_a_post_is_not_part_of_its_body() -> None:
    text = (
        "Нараду провів заступник голови Рівненської обласної державної адміністрації "
        "з питань цифрового розвитку Олег Коваль."
    )
    assert bodies(text) == [("Олег Коваль", "Рівненська обласна державна адміністрація")]


def test_the_remit_of_a_committee_is_part_of_its_name() -> None:
    text = "Виступив голова Комітету з питань бюджету Андрій Гуменчук."
    assert bodies(text) == [("Андрій Гуменчук", "Комітет з питань бюджету")]


def test_an_ordinal_body_names_no_body() -> None:
    text = "Досвідом поділився керівник першої громади Степан Гнатів."
    assert bodies(text) == [("Степан Гнатів", None)]


def test_an_affiliation_is_not_part_of_the_body() -> None:
    text = "Звернення підписав депутат Вінницької обласної ради від партії «Злагода» Іван Гуцул."
    assert bodies(text) == [("Іван Гуцул", "Вінницька обласна рада")]


def test_a_nominative_name_after_museum_is_its_director() -> None:
    text = "Гостей зустріла директорка музею Олена Гребенюк."
    assert people(text) == [("Олена Гребенюк", "директорка музею")]


def test_a_genitive_name_after_museum_names_the_museum() -> None:
    assert people("Виставку відкрили в музею Лесі Українки.") == []


def test_generic_body_of_a_joined_post_links_to_the_body_it_mentions() -> None:
    text = (
        "Калуська РДА провела толоку. Не стояли осторонь ні голова РДА Василь Петрів, "
        "ні його перший заступник Федір Вовк."
    )
    article = govnews.parse_text(text, language="uk")
    assert [(o.position, o.organization) for o in article.officials] == [
        ("голова РДА", "Калуська РДА"),
        ("перший заступник голови РДА", "Калуська РДА"),
    ]


def test_generic_body_of_two_bodies_links_to_none() -> None:
    text = (
        "Калуська РДА і Рогатинська РДА провели толоку. Прийшли голова РДА Василь Петрів "
        "і його перший заступник Федір Вовк."
    )
    article = govnews.parse_text(text, language="uk")
    assert [o.organization for o in article.officials] == [None, None]
