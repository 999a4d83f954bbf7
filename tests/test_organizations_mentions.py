"""Organisations: short names and acronyms that are further mentions of one body."""

import pytest

import govnews
from govnews.extract.organizations import find_organizations
from govnews.extract.places import find_places
from govnews.model import Organization


def _orgs(text: str, language: str = "uk") -> tuple[Organization, ...]:
    return find_organizations(text, language=language, places=find_places(text, language=language))


def _mentions(text: str, language: str = "uk") -> list[tuple[str, list[str]]]:
    return [
        (org.name, [text[m.start : m.end] for m in org.mentions]) for org in _orgs(text, language)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сесія Рівненської облради тривала годину. Облрада ухвалила бюджет.",
            [("Рівненська облрада", ["Рівненської облради", "Облрада"])],
        ),
        (
            "Нарада відбулася у Сумській ОДА. Голова ОДА доповів про ремонт шкіл.",
            [("Сумська ОДА", ["Сумській ОДА", "ОДА"])],
        ),
        (
            "Голова РДА доповів про зимівлю. У Ніжинській РДА відбулася нарада.",
            [("Ніжинська РДА", ["РДА", "Ніжинській РДА"])],
        ),
        (
            "Ковельська міськрада ухвалила рішення. Депутати міськради проголосували одностайно.",
            [("Ковельська міськрада", ["Ковельська міськрада", "міськради"])],
        ),
        (
            "Полтавська обласна рада зібралася. Депутати обласної ради підтримали звернення.",
            [("Полтавська обласна рада", ["Полтавська обласна рада", "обласної ради"])],
        ),
        (
            (
                "Черкаська обласна державна адміністрація повідомила. "
                "Заступник голови обласної державної адміністрації відвідав громаду."
            ),
            [
                (
                    "Черкаська обласна державна адміністрація",
                    [
                        "Черкаська обласна державна адміністрація",
                        "обласної державної адміністрації",
                    ],
                )
            ],
        ),
        (
            "Депутаты Тверского городского совета собрались. Сессия горсовета прошла спокойно.",
            [("Тверской городской совет", ["Тверского городского совета", "горсовета"])],
        ),
    ],
)
def test_a_body_named_by_its_level_alone_is_the_one_body_of_that_level(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _mentions(text, "ru" if "совет" in text else "uk") == expected


def test_two_bodies_of_the_level_leave_the_short_name_alone() -> None:
    text = "Сесія Волинської облради та Рівненської облради. Облрада ухвалила бюджет."
    assert [mentions for _, mentions in _mentions(text)] == [
        ["Волинської облради"],
        ["Рівненської облради"],
    ]


def test_a_short_name_alone_is_no_body() -> None:
    assert _mentions("Депутати обласної ради проголосували. Голова ОДА доповів.") == []


def test_a_body_of_the_council_is_not_the_council() -> None:
    text = "Бюджетна комісія Луцької міськради засідала. Тоді міськрада погодилася."
    assert _mentions(text) == [
        ("Бюджетна комісія Луцької міськради", ["Бюджетна комісія Луцької міськради"])
    ]


def test_heads_of_every_administration_are_not_one_body() -> None:
    text = "Херсонська ОДА звітувала. Рейтинг голів ОДА оприлюднили в грудні."
    assert _mentions(text) == [("Херсонська ОДА", ["Херсонська ОДА"])]


@pytest.mark.parametrize(
    "text",
    [
        "Дитячий фонд ООН (ЮНІСЕФ) передав генератори. Представники ЮНІСЕФ відвідали лікарню.",
        "ЮНІСЕФ (Дитячий фонд ООН) передав генератори. Представники ЮНІСЕФ відвідали лікарню.",
    ],
)
def test_an_acronym_in_brackets_joins_its_name_in_either_order(text: str) -> None:
    unicef = next(org for org in _orgs(text) if org.acronym == "ЮНІСЕФ")
    assert (unicef.name, sorted(text[m.start : m.end] for m in unicef.mentions)) == (
        "Дитячий фонд ООН",
        ["Дитячий фонд ООН", "ЮНІСЕФ", "ЮНІСЕФ"],
    )


def test_a_single_word_in_brackets_after_an_acronym_is_not_its_name() -> None:
    text = "Компанія BMK (Netherlands) подала заявку."
    assert all(org.acronym != "BMK" or org.name == "BMK" for org in _orgs(text))


def test_an_official_of_a_council_named_short_links_to_its_record() -> None:
    text = (
        "Сесія Житомирської обласної ради розглянула бюджет. "
        "Депутат облради Ірина Бондар запропонувала зміни."
    )
    article = govnews.parse_text(text)
    assert [(o.name, o.organization) for o in article.officials] == [
        ("Ірина Бондар", "Житомирська обласна рада")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            (
                "Тамбовский городской Совет народных депутатов собрался. "
                "Тамбовский горсовет принял решение."
            ),
            "ru",
        ),
        (
            "Сесія Уманської міської ради народних депутатів. Уманська міська рада ухвалила.",
            "uk",
        ),
    ],
)
def test_a_council_of_peoples_deputies_is_the_council_named_short(text: str, language: str) -> None:
    assert len(_orgs(text, language)) == 1


def test_an_acronym_after_a_programme_word_is_the_programmes() -> None:
    text = (
        "Громада підписала меморандум з Ініціативою Європейського Союзу (EUSCOM). "
        "EUSCOM фінансується Європейським Союзом."
    )
    assert [(org.name, org.acronym) for org in _orgs(text)] == [("Європейський Союз", None)]


def test_an_acronym_of_a_quoted_programme_title_is_no_body_elsewhere() -> None:
    text = (
        "Систему створено в рамках проєкту «Цифрова громада (DIGICOM)». DIGICOM працює з 2020 року."
    )
    assert all(org.name != "DIGICOM" for org in _orgs(text))


def test_organisations_come_in_order_of_first_mention() -> None:
    text = "ТОВ «Агроцентр» уклало угоду з Житомирською обласною радою та USAID."
    assert [org.name for org in _orgs(text)] == [
        "ТОВ «Агроцентр»",
        "Житомирська обласна рада",
        "USAID",
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Громада уклала договір з ТОВ «Вербена-Буд». Згодом «Вербена-Буд» зірвало терміни.",
            "uk",
            [("ТОВ «Вербена-Буд»", ["ТОВ «Вербена-Буд»", "Вербена-Буд"])],
        ),
        (
            "Роботи, які «Світлодар» прийняв, виконало підприємство «Світлодар».",
            "uk",
            [("Світлодар", ["Світлодар", "Світлодар"])],
        ),
        (
            "Заказчиком стало ООО «Северный двор». «Северный двор» получило 3 млн рублей.",
            "ru",
            [("ООО «Северный двор»", ["ООО «Северный двор»", "Северный двор"])],
        ),
    ],
)
def test_a_quoted_name_alone_is_another_mention_of_the_body_named_with_it(
    text: str, language: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Власниками «Сітіруму» є дві кіпрські компанії. Раніше ТОВ «Сітірум» купило завод.",
            "uk",
            [("ТОВ «Сітірум»", ["Сітіруму", "ТОВ «Сітірум»"])],
        ),
        (
            "Завод належить компанії «Приват». Нафту передали «Привату».",
            "uk",
            [("Приват", ["Приват", "Привату"])],
        ),
        (
            "Тендер виграла компанія «Київський облавтодор». Директор «Київського облавтодору».",
            "uk",
            [("Київський облавтодор", ["Київський облавтодор", "Київського облавтодору"])],
        ),
        (
            "Гендиректор «Эха Москвы» ушёл. Акции ЗАО «Эхо Москвы» продали.",
            "ru",
            [("ЗАО «Эхо Москвы»", ["Эха Москвы", "ЗАО «Эхо Москвы»"])],
        ),
    ],
)
def test_a_quoted_name_alone_in_another_case_is_one_more_mention(
    text: str, language: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _mentions(text, language) == expected


def test_a_quoted_title_of_a_work_is_no_mention_of_a_body_named_alike() -> None:
    text = "У фільмі «Світанку» знімалися актори. Пісню «Світанок» співали. Компанія «Світанок»."
    assert _mentions(text) == [("Світанок", ["Світанок"])]


def test_a_clipped_name_with_the_full_names_complement_is_that_body() -> None:
    text = (
        "Державна інспекція сільського господарства подала позов. Суд відмовив, бо"
        " Держінспекція сільського господарства не має права."
    )
    assert _mentions(text) == [
        (
            "Державна інспекція сільського господарства",
            [
                "Державна інспекція сільського господарства",
                "Держінспекція сільського господарства",
            ],
        )
    ]


def test_a_quoted_name_named_again_with_its_cue_keeps_the_cue() -> None:
    text = (
        "Прийти хотели представители партии «Яблоко». Советник руководителя партии «Яблоко»"
        " Артур Гороховский подал заявку. Инициатива «Яблока» оказалась неожиданной."
    )
    assert _mentions(text, "ru")[0] == (
        "партия «Яблоко»",
        ["партии «Яблоко»", "партии «Яблоко»", "Яблока"],
    )


def test_a_quoted_name_in_another_case_after_a_programme_word_is_the_bodys() -> None:
    text = "Лидер партии «Яблоко» выступил. Инициатива «Яблока» оказалась неожиданной."
    assert _mentions(text, "ru") == [("партия «Яблоко»", ["партии «Яблоко»", "Яблока"])]


def test_a_quoted_title_of_a_programme_in_the_nominative_is_no_mention() -> None:
    text = "Лидер партии «Яблоко» выступил. Инициатива «Яблоко» стартовала."
    assert _mentions(text, "ru") == [("партия «Яблоко»", ["партии «Яблоко»"])]


def test_a_quoted_name_alone_of_no_body_stays_no_body() -> None:
    text = "Пісню «Світлодар» виконав хор. Компанія «Промінь» оплатила концерт."
    assert [org.name for org in _orgs(text)] == ["Промінь"]


def test_a_programme_title_like_a_body_quoted_name_stays_the_programmes() -> None:
    text = "ГО «Нова хвиля» веде проєкт «Нова хвиля» для молоді."
    names = [(org.name, len(org.mentions)) for org in _orgs(text)]
    assert names == [("ГО «Нова хвиля»", 1)]


@pytest.mark.parametrize(
    ("text", "language", "name", "surfaces"),
    [
        (
            "Антимонопольний комітет ухвалив. Київське відділення АМКУ оскаржило, АМКУ погодився.",
            "uk",
            "АМКУ",
            ["АМКУ", "АМКУ"],
        ),
        (
            "Судья Конституционного суда выступил. Служба прессы Конституционного суда возразила.",
            "ru",
            "Конституционный суд",
            ["Конституционного суда", "Конституционного суда"],
        ),
    ],
)
def test_a_body_named_inside_another_name_is_one_more_mention(
    text: str, language: str, name: str, surfaces: list[str]
) -> None:
    found = dict(_mentions(text, language))
    assert found[name] == surfaces
    outer = [key for key in found if key.endswith(surfaces[-1]) and key != name]
    assert len(outer) == 1  # the longer name stays a body of its own


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Акції купила The Orbis Media Group, а згодом з Orbis Media пішов директор.", "uk"),
        ("Договір підписали ДП «Смолянське ЛГ» і ДП «Бережанське ЛГ», а ЛГ відмовилось.", "uk"),
    ],
)
def test_a_part_of_a_name_is_no_mention_of_another_body(text: str, language: str) -> None:
    for org in _orgs(text, language):
        for other in _orgs(text, language):
            if other is org:
                continue
            assert not any(
                outer.start < inner.start and inner.end <= outer.end
                for outer in org.mentions
                for inner in other.mentions
            ), (org.name, other.name)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            (
                "Голова Рівненської обласної державної адміністрації – начальник обласної "
                "військової адміністрації Остап Дмитрук провів нараду."
            ),
            "uk",
            "Рівненська обласна військова адміністрація",
        ),
        (
            (
                "Голова Сумської ОДА – керівник обласної військово-цивільної адміністрації "
                "Марта Гнатюк приїхала."
            ),
            "uk",
            "Сумська обласна військово-цивільна адміністрація",
        ),
        (
            (
                "Глава Курской областной государственной администрации — руководитель "
                "областной военной администрации Иван Петров приехал."
            ),
            "ru",
            "Курская областная военная администрация",
        ),
    ],
)
def test_body_of_a_second_post_takes_the_place_of_the_first(
    text: str, language: str, expected: str
) -> None:
    names = [org.name for org in _orgs(text, language)]
    assert names[-1] == expected
    assert len(names) == 2


def test_level_alone_with_no_first_post_stays_no_body() -> None:
    text = "Начальник обласної військової адміністрації приїхав до громади."
    assert _orgs(text) == ()


def test_second_post_of_another_level_takes_no_place() -> None:
    text = "Голова Рівненської обласної ради – начальник районної військової адміністрації."
    assert [org.name for org in _orgs(text)] == ["Рівненська обласна рада"]


def test_two_letter_acronym_without_its_name_stays_apart() -> None:
    text = "Офіс Президента заявив про реформу. Рішення ухвалив ЦП."
    assert [name for name, _ in _mentions(text)] == ["Офіс Президента", "ЦП"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Європейський Союз виділив кошти. ЄС підтримує громади.",
            "uk",
            [("Європейський Союз", ["Європейський Союз", "ЄС"])],
        ),
        (
            "ЕР получила большинство. Партия «Единая Россия» выиграла выборы.",
            "ru",
            [("Партия «Единая Россия»", ["ЕР", "Партия «Единая Россия»"])],
        ),
        (
            "Кабінет Міністрів прийняв рішення. Цим рішенням Кабмін збільшив обсяг.",
            "uk",
            [("Кабінет Міністрів", ["Кабінет Міністрів", "Кабмін"])],
        ),
        (
            "Національний банк України знизив ставку. Нацбанк пояснив причини.",
            "uk",
            [("Національний банк України", ["Національний банк України", "Нацбанк"])],
        ),
        (
            "Закон внесли в Государственную думу. Депутаты Госдумы голосовали единогласно.",
            "ru",
            [("Государственная дума", ["Государственную думу", "Госдумы"])],
        ),
    ],
)
def test_two_letter_acronym_or_clipped_name_is_one_more_mention_of_the_full_name(
    text: str, language: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _mentions(text, language) == expected


def test_clipped_name_with_two_full_names_it_may_clip_stays_apart() -> None:
    text = (
        "Національна рада з питань телебачення і Національна рада реформ засідали. "
        "Нацрада відповіла."
    )
    assert "Нацрада" in [name for name, _ in _mentions(text)]


def test_acronym_with_a_complement_joins_the_full_name_with_the_same_complement() -> None:
    text = "Общественная палата Москвы провела слушания. Члены ОП Москвы выступили."
    assert _mentions(text, "ru")[0] == (
        "Общественная палата Москвы",
        ["Общественная палата Москвы", "ОП Москвы"],
    )


def test_a_mention_inside_another_mention_of_the_same_body_is_dropped() -> None:
    text = "Директор КУ «Агенція розвитку міста» міської ради Борис Петренко."
    assert _mentions(text) == [("КУ «Агенція розвитку міста»", ["КУ «Агенція розвитку міста»"])]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            (
                "Открылся русский развивающий центр «Кин-Топ». Детвора из Кин-Топа"
                " поступает в гимназии."
            ),
            "ru",
            [
                (
                    "русский развивающий центр «Кин-Топ»",
                    ["русский развивающий центр «Кин-Топ»", "Кин-Топа"],
                )
            ],
        ),
        (
            "Движение «Архнадзор» протестует. Архнадзор требует ответа.",
            "ru",
            [("Движение «Архнадзор»", ["Движение «Архнадзор»", "Архнадзор"])],
        ),
        # A place of that name stays a place: the club is named in quotes only.
        (
            "Клуб «Бавария» победил. Жители Баварии рады.",
            "ru",
            [("Клуб «Бавария»", ["Клуб «Бавария»"])],
        ),
        (
            "Працює КСП «Україна». Звернулися до Президента України.",
            "uk",
            [("КСП «Україна»", ["КСП «Україна»"])],
        ),
    ],
)
def test_a_quoted_one_word_name_said_without_quotes_is_one_more_mention(
    text: str, language: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _mentions(text, language) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A sentence ends after the product: the company begins the next one.
        ("Он открыл коды системы Windows. Microsoft предлагает лицензии.", "Microsoft"),
        # A given name after a Latin name begins the person who holds a post there.
        ("— заявил глава Business NZ Фил О’Рейли.", "Business NZ"),
        # A quoted sentence may begin with a Latin name.
        ("Рабочие считают, что «Vestas не желает сохранить наш завод».", "Vestas"),
    ],
)
def test_latin_name_read_where_a_sentence_or_a_quote_begins_it(text: str, name: str) -> None:
    assert [org.name for org in _orgs(text, "ru")] == [name]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вышел новый сезон «Doctor Who» вчера.", "ru"),
        ("Ознайомлять з перевагами проекту «Smart громада», веб-ресурсу.", "uk"),
    ],
)
def test_a_latin_name_opening_a_quoted_title_is_no_body(text: str, language: str) -> None:
    assert _orgs(text, language) == ()
