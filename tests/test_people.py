"""Officials: names in the nominative, posts, mentions, and robustness."""

import gc
import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.names import (
    given_name_readings,
    patronymic_readings,
    surname_nominative,
)
from govnews.extract.people import _word_tokens, find_officials
from govnews.model import Organization, OrganizationKind, Span


def people(text: str, language: str = "uk") -> list[tuple[str, str | None]]:
    return [(o.name, o.position) for o in find_officials(text, language=language, organizations=())]


def names(text: str, language: str = "uk") -> list[str]:
    return [o.name for o in find_officials(text, language=language, organizations=())]


def mentions(text: str, language: str = "uk") -> list[list[str]]:
    return [
        [text[s.start : s.end] for s in o.mentions]
        for o in find_officials(text, language=language, organizations=())
    ]


# (fragment, language, expected (name, position) pairs), in the style of the genre.
FRAGMENTS = [
    # The post before the name, in the nominative.
    (
        (
            "03 грудня начальник Житомирської обласної військової адміністрації Віталій Бунечко "
            "провів нараду."
        ),
        "uk",
        [("Віталій Бунечко", "начальник Житомирської обласної військової адміністрації")],
    ),
    # "його заступник" takes the post of the person named before.
    (
        (
            "Начальник Житомирської обласної військової адміністрації Віталій Бунечко та його "
            "заступник з питань цифрового розвитку Костянтин Лопушанський провели нараду."
        ),
        "uk",
        [
            ("Віталій Бунечко", "начальник Житомирської обласної військової адміністрації"),
            (
                "Костянтин Лопушанський",
                (
                    "заступник начальника Житомирської обласної військової адміністрації "
                    "з питань цифрового розвитку"
                ),
            ),
        ],
    ),
    # The post and the name in the genitive after a preposition.
    (
        (
            "Презентацію підготовлено за участі директора департаменту бюджетів і фінансів "
            "міської ради Сергія Гаращука."
        ),
        "uk",
        [("Сергій Гаращук", "директор департаменту бюджетів і фінансів міської ради")],
    ),
    # Female names: the given name and an adjectival surname in the genitive.
    (
        "Доповідь від керівника відділу взаємодії з органами влади Лілії Попової.",
        "uk",
        [("Лілія Попова", "керівник відділу взаємодії з органами влади")],
    ),
    # A list of posts and names.
    (
        (
            "Участь взяли голова Полтавської облдержадміністрації Валерій Головко, керівник "
            "проєкту GIZ Тарас Журавель."
        ),
        "uk",
        [
            ("Валерій Головко", "голова Полтавської облдержадміністрації"),
            ("Тарас Журавель", "керівник проєкту GIZ"),
        ],
    ),
    # The post after the name, in apposition.
    (
        "Про це розповіла Галина Шиманська, секретар міської ради.",
        "uk",
        [("Галина Шиманська", "секретар міської ради")],
    ),
    # A post opening with an adjective.
    (
        "Слово мала перша заступниця міського голови Світлана Ольшанська.",
        "uk",
        [("Світлана Ольшанська", "перша заступниця міського голови")],
    ),
    # A capitalised surname in the genitive.
    ("Лист від Сергія ТЮРІНА надійшов учора.", "uk", [("Сергій Тюрін", None)]),
    # An indeclinable surname in the genitive and the instrumental.
    ("Зустріч з Віталієм Бунечком тривала годину.", "uk", [("Віталій Бунечко", None)]),
    ("Лист Віталія Бунечка розглянули.", "uk", [("Віталій Бунечко", None)]),
    # A feminine surname that does not decline.
    ("Подяку висловили Юлії Вернигор.", "uk", [("Юлія Вернигор", None)]),
    # Surname first, with a patronymic.
    (
        "Наказ підписав Гаращук Сергій Олександрович.",
        "uk",
        [("Сергій Олександрович Гаращук", None)],
    ),
    # A hyphenated surname.
    (
        "Виступила Олена Косач-Квітка.",
        "uk",
        [("Олена Косач-Квітка", None)],
    ),
    # Russian: the genitive and a sentence-initial post.
    (
        (
            "Глава ЗАТО Железногорск Вадим Медведев принял участие в совещании "
            "под председательством руководителя рабочей группы Ирины Макиевой."
        ),
        "ru",
        [
            ("Вадим Медведев", "глава ЗАТО Железногорск"),
            ("Ирина Макиева", "руководитель рабочей группы"),
        ],
    ),
    # Russian: an abbreviated acting post.
    (
        "Об этом сообщил и.о. заместителя губернатора Андрей Пономарев.",
        "ru",
        [("Андрей Пономарев", "и.о. заместителя губернатора")],
    ),
    # A plural post shared by a list of names.
    (
        "Среди них академики Владимир Захаров и Леонид Келдыш.",
        "ru",
        [("Владимир Захаров", "академик"), ("Леонид Келдыш", "академик")],
    ),
    # A surname that is also a common word.
    ("Звернення підписав Олексій Журавка.", "uk", [("Олексій Журавка", None)]),
    ("Лист надіслали Ользі Писаній.", "uk", [("Ольга Писана", None)]),
    ("Договір уклали з Петром Соколом.", "uk", [("Петро Сокол", None)]),
    # A man's surname in -а, and a surname in -ко the text leaves undeclined.
    ("Підписи Миколи Колуги немає.", "uk", [("Микола Колуга", None)]),
    ("Заяву Анатолія Цебенко розглянули.", "uk", [("Анатолій Цебенко", None)]),
    # A Russian man's surname in the dative.
    ("Премию вручили Юрию Мильнеру.", "ru", [("Юрий Мильнер", None)]),
    # Two people who share a plural surname.
    (
        "Ділянку отримали Сергій і Софія Морозови.",
        "uk",
        [("Сергій Морозов", None), ("Софія Морозова", None)],
    ),
    # Particles and second given names of foreign names.
    ("Кандидатом стала Марин Ле Пен.", "ru", [("Марин Ле Пен", None)]),
    ("Об этом сообщили сторонники Усамы бин Ладена.", "ru", [("Усама бин Ладен", None)]),
    ("С визитом прибыл Реджеп Тайип Эрдоган.", "ru", [("Реджеп Тайип Эрдоган", None)]),
    # A surname the dictionary knows vouches for an unknown given name.
    ("Президент ФИФА Зепп Блаттер заявил.", "ru", [("Зепп Блаттер", "президент ФИФА")]),
    # A foreign name after a place, and a surname the guesser reads by its ending.
    (
        "Посол Японии в России Масахару Коно будет снят.",
        "ru",
        [("Масахару Коно", "посол Японии в России")],
    ),
    ("3. Аркади Патаркацишвили — 6,69 %.", "ru", [("Аркади Патаркацишвили", None)]),
    # A post stated by a verb after the name.
    (
        "Вчера Иван Тимохин назначен на должность руководителя аппарата администрации.",
        "ru",
        [("Иван Тимохин", "руководитель аппарата администрации")],
    ),
    (
        "Сесію відкрив Василь Ковальчук, обраний у квітні депутатом міської ради.",
        "uk",
        [("Василь Ковальчук", "депутат міської ради")],
    ),
    (
        "Олена Петренко стала першим заступником міського голови на початку року.",
        "uk",
        [("Олена Петренко", "перший заступник міського голови")],
    ),
    # A new post replaces a former one.
    (
        "Бывший мэр Игорь Котов назначен и.о. заместителя губернатора по экономике.",
        "ru",
        [("Игорь Котов", "и.о. заместителя губернатора по экономике")],
    ),
    # A post named before the verb that states it, and a predecessor named in it.
    (
        "На должность заместителя главы района назначен Олег Смирнов.",
        "ru",
        [("Олег Смирнов", "заместитель главы района")],
    ),
    (
        (
            "На должность возглавлявшего аппарат администрации области Петра Сидорова "
            "назначен Иван Петров."
        ),
        "ru",
        [
            ("Петр Сидоров", "руководитель аппарата администрации области"),
            ("Иван Петров", "руководитель аппарата администрации области"),
        ],
    ),
    (
        "Директором підприємства є Андрій Савчук.",
        "uk",
        [("Андрій Савчук", "директор підприємства")],
    ),
    ("Капитаном команды стал Игорь Акимов.", "ru", [("Игорь Акимов", "капитан команды")]),
    (
        "Временно исполняющим обязанности мэра назначен Павел Орлов.",
        "ru",
        [("Павел Орлов", "временно исполняющий обязанности мэра")],
    ),
    # Acting in a post, stated by a verb or a participle after the name.
    (
        "Иван Петров исполнял обязанности главы поселения до выборов.",
        "ru",
        [("Иван Петров", "исполняющий обязанности главы поселения")],
    ),
    (
        "Олег Коваленко виконував обов’язки голови громади з весни.",
        "uk",
        [("Олег Коваленко", "виконувач обов’язків голови громади")],
    ),
    (
        "Об этом рассказал Олег Волков, исполняющий обязанности директора музея.",
        "ru",
        [("Олег Волков", "исполняющий обязанности директора музея")],
    ),
    (
        "Андрій Ткаченко став в. о. начальника обласної служби доріг 16 грудня.",
        "uk",
        [("Андрій Ткаченко", "в. о. начальника обласної служби доріг")],
    ),
    # A copula with the post in the instrumental, after the name or a pronoun.
    (
        "Петр Смирнов является директором департамента культуры.",
        "ru",
        [("Петр Смирнов", "директор департамента культуры")],
    ),
    (
        "На пенсию ушел Николай Орлов, он был бессменным главой области десять лет.",
        "ru",
        [("Николай Орлов", "глава области")],
    ),
    (
        "На сесії виступила Ірина Мельник. Вона є заступницею голови районної ради.",
        "uk",
        [("Ірина Мельник", "заступниця голови районної ради")],
    ),
    (
        "Олександр Бойко був народним депутатом від партії у 2007-2012 роках.",
        "uk",
        [("Олександр Бойко", "народний депутат від партії")],
    ),
    ("Засновником фірми нині є Петро Дорош.", "uk", [("Петро Дорош", "засновник фірми")]),
    # The one replaced "на этом посту" held the post the successor acts in.
    (
        (
            "Олег Смирнов исполнял обязанности главы поселения с весны, он сменил на этом "
            "посту Павла Волкова."
        ),
        "ru",
        [
            ("Олег Смирнов", "исполняющий обязанности главы поселения"),
            ("Павел Волков", "глава поселения"),
        ],
    ),
]

# Verbs and copulas that state no post of the person named.
NO_STATED_POST = [
    ("Петр Иванов был вместе с главой района.", "ru"),
    ("Петр Иванов не является депутатом.", "ru"),
    ("Выступила Анна Павлова, которая работала с нынешним мэром.", "ru"),
    ("Партію, керівником якої є Михайло Бродський, створили торік.", "uk"),
    ("Кандидатами на посаду голови є Роман Лисенко.", "uk"),
    ("Она была учителем школы, когда Ольга Лысенко пришла.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), NO_STATED_POST)
def test_no_stated_post(text: str, language: str) -> None:
    assert [position for _, position in people(text, language)] == [None]


def test_post_stated_later_keeps_the_post_beside_the_name() -> None:
    text = "Директор департамента Ольга Лысенко выступила. Она была учителем школы."
    assert people(text, "ru") == [("Ольга Лысенко", "директор департамента")]


def test_past_copula_keeps_a_former_post() -> None:
    text = "Бывший мэр Игорь Котов был депутатом думы."
    assert people(text, "ru") == [("Игорь Котов", "бывший мэр")]


def test_description_clause_with_a_verb_gives_no_post() -> None:
    text = "Олег Смирнов приехал в поселок, он сменил Павла Волкова."
    assert people(text, "ru") == [("Олег Смирнов", None), ("Павел Волков", None)]


@pytest.mark.parametrize(("text", "language", "expected"), FRAGMENTS)
def test_fragment_gives_names_and_posts(
    text: str, language: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text, language) == expected


# No officials: quoted titles, organisations, streets, sentence-initial words.
NOT_OFFICIALS = [
    "Фільм «Тарас Бульба» показали в кінотеатрі.",
    "Університет імені Тараса Шевченка оголосив набір.",
    "Ремонт вулиці Івана Франка завершено.",
    "Надія Україна – так назвали проєкт.",
    "Житомирська обласна військова адміністрація провела нараду.",
    "Роман Шевченка читали всі.",
    "Віра Надія Любов",
    "Спектакль Олександра Театральна поставила.",
    "Учора Олександр Перший прийшов.",
    "Агенція Ассошиейтед Прес повідомила.",
    "Пам’ятник Борису Миколайовичу: згадували в Києві.",
]


@pytest.mark.parametrize("text", NOT_OFFICIALS)
def test_no_false_official(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Агентство Ассошиэйтед Пресс сообщило.",
        "Вчера Бориса Николаевича вспоминали: в Екатеринбурге.",
        "Туристы побывали на Острове Уайт.",
        "Компания Дженерал Моторс сообщила.",
    ],
)
def test_no_false_official_in_russian(text: str) -> None:
    assert names(text, "ru") == []


def test_name_in_quotes_counts_when_named_elsewhere() -> None:
    text = "Тарас Шевченко написав «Кобзар». Премію імені Тараса Шевченка вручили."
    assert mentions(text) == [["Тарас Шевченко", "Тараса Шевченка"]]


def test_surname_alone_joins_the_person() -> None:
    text = "Сергій Гаращук представив звіт. Гаращука підтримали депутати."
    assert mentions(text) == [["Сергій Гаращук", "Гаращука"]]


def test_initials_join_the_person() -> None:
    text = "Володимир Гончарук відкрив сесію. В. Гончарук подякував депутатам."
    assert mentions(text) == [["Володимир Гончарук", "В. Гончарук"]]


def test_initials_after_the_surname_join_the_person() -> None:
    text = "Володимир Гончарук відкрив сесію. Гончарук В.В. подякував депутатам."
    assert mentions(text) == [["Володимир Гончарук", "Гончарук В.В."]]


def test_given_name_with_patronymic_joins_the_person() -> None:
    text = "Ілько Володимирович Стахурський відкрив сесію. Ілько Володимирович подякував."
    assert mentions(text) == [["Ілько Володимирович Стахурський", "Ілько Володимирович"]]


def test_given_name_with_any_patronymic_joins_a_person_named_without_one() -> None:
    text = "Борис Ельцин приехал в город. Бориса Николаевича встречали."
    assert mentions(text, "ru") == [["Борис Ельцин", "Бориса Николаевича"]]


def test_surname_of_a_family_joins_the_one_named_last() -> None:
    text = "Роман Коваль і Ірина Коваль прийшли. Коваль сказала, що згодна."
    assert mentions(text) == [["Роман Коваль"], ["Ірина Коваль", "Коваль"]]


def test_surname_with_a_fleeting_vowel_joins_the_person() -> None:
    text = "Олександр Кравець виступив. Кравця підтримали."
    assert mentions(text) == [["Олександр Кравець", "Кравця"]]


def test_plural_surname_joins_a_person_of_the_family() -> None:
    text = "Сергій і Софія Морозови прийшли. Морозових там знають."
    assert mentions(text)[1] == ["Софія Морозови", "Морозових"]


def test_post_between_two_names_after_a_dash_is_the_first_ones() -> None:
    text = "Выступят Светлана Яковлева – директор фонда «Культура», Кирилл Разлогов."
    assert people(text, "ru") == [
        ("Светлана Яковлева", "директор фонда «Культура»"),
        ("Кирилл Разлогов", None),
    ]


def test_generic_body_is_named_after_the_organisation_before() -> None:
    text = "Учасники прийшли до Обласного центру зайнятості. Керівник установи Галина Корінна."
    start = text.index("Обласного")
    organization = Organization(
        name="Обласний центр зайнятості",
        kind=OrganizationKind.STATE_BODY,
        mentions=(Span(start=start, end=start + len("Обласного центру зайнятості")),),
    )
    found = find_officials(text, language="uk", organizations=(organization,))
    assert [o.position for o in found] == ["керівник Обласного центру зайнятості"]


def test_couple_shares_one_mention() -> None:
    text = "Сергій і Софія Морозови прийшли."
    assert mentions(text) == [["Сергій і Софія Морозови"], ["Софія Морозови"]]


def test_surname_with_a_patronymic_suffix() -> None:
    assert names("Виступив Андрій Харлампович.") == ["Андрій Харлампович"]


def test_acting_post_keeps_the_genitive() -> None:
    text = "Нараду провів в. о. голови райдержадміністрації Віктор Партак."
    assert people(text) == [("Віктор Партак", "в. о. голови райдержадміністрації")]


def test_feminine_indeclinable_surname_beside_an_ambiguous_given_name() -> None:
    assert names("Виступила Мирослава Кушнірук.") == ["Мирослава Кушнірук"]


def test_foreign_name_the_dictionary_does_not_know() -> None:
    assert names("Об этом заявил Штеффен Зайберт на брифинге.", "ru") == ["Штеффен Зайберт"]


def test_unmatched_bracket_stays_out_of_the_post() -> None:
    text = "(Виступила Оксана Савчук, секретар міськради.)"
    assert people(text) == [("Оксана Савчук", "секретар міськради")]


def test_post_alone_joins_the_person() -> None:
    text = (
        "Начальник Житомирської ОВА Віталій Бунечко провів нараду. "
        "Начальник ОВА зауважив, що громади готові."
    )
    assert mentions(text) == [["Віталій Бунечко", "Начальник ОВА"]]


def test_post_alone_shared_by_two_people_joins_neither() -> None:
    text = (
        "Голова ОДА Іван Петренко і голова облради Петро Іваненко зустрілися. Голова ОДА подякував."
    )
    assert mentions(text) == [["Іван Петренко"], ["Петро Іваненко"]]


def test_two_people_with_one_surname_are_told_apart_by_initial() -> None:
    text = "Андрій Харлампович і Віктор Харлампович прийшли. В. Харлампович виступив."
    assert mentions(text) == [["Андрій Харлампович"], ["Віктор Харлампович", "В. Харлампович"]]


def test_every_form_of_a_name_merges_into_one_record() -> None:
    text = "Вітаємо Віталія Бунечка. Віталій Бунечко подякував. З Віталієм Бунечком погодились."
    assert names(text) == ["Віталій Бунечко"]


def test_yo_is_kept_as_the_text_writes_it() -> None:
    assert names("Выступил Петр Пушкарев.", "ru") == ["Петр Пушкарев"]


def test_latin_follows_the_language_standard() -> None:
    (uk,) = find_officials("Виступив Віталій Бунечко.", language="uk", organizations=())
    (ru,) = find_officials("Выступила Ирина Макиева.", language="ru", organizations=())
    assert (uk.latin, ru.latin) == ("Vitalii Bunechko", "Irina Makieva")


def test_parts_of_the_name_are_separate_fields() -> None:
    (official,) = find_officials(
        "Наказ підписав Гаращук Сергій Олександрович.", language="uk", organizations=()
    )
    assert (official.given_name, official.patronymic, official.surname) == (
        "Сергій",
        "Олександрович",
        "Гаращук",
    )


def test_organization_comes_from_a_record_inside_the_post() -> None:
    text = "Начальник Житомирської ОВА Віталій Бунечко провів нараду."
    start = text.index("Житомирської")
    organization = Organization(
        name="Житомирська обласна військова адміністрація",
        acronym="ОВА",
        kind=OrganizationKind.ADMINISTRATION,
        mentions=(Span(start=start, end=start + len("Житомирської ОВА")),),
    )
    (official,) = find_officials(text, language="uk", organizations=(organization,))
    assert official.organization == "Житомирська обласна військова адміністрація"


def test_organization_is_derived_from_the_post_without_a_record() -> None:
    (official,) = find_officials(
        "Голова Полтавської обласної ради Олександр Біленький відкрив форум.",
        language="uk",
        organizations=(),
    )
    assert official.organization == "Полтавська обласна рада"


def test_latin_spelling_in_brackets_is_a_mention() -> None:
    text = "«Китай ужесточает контроль», сказал руководитель КЗЖ Джоэл Саймон (Joel Simon)."
    assert mentions(text, "ru") == [["Джоэл Саймон", "Joel Simon"]]


def test_latin_words_in_brackets_that_do_not_spell_the_name_are_no_mention() -> None:
    text = "Об этом сообщил Петр Иванов (Microsoft Teams)."
    assert mentions(text, "ru") == [["Петр Иванов"]]


def test_foreign_given_name_beside_a_common_word_surname() -> None:
    text = "Пилот команды Фелипе Масса также стартовал с последнего ряда."
    assert names(text, "ru") == ["Фелипе Масса"]


def test_foreign_name_after_an_acronym_with_a_case_ending() -> None:
    text = "Глава японского МИДа Сэйдзи Маэхара назвал визит недружественным."
    assert names(text, "ru") == ["Сэйдзи Маэхара"]


def test_two_given_names_before_the_surname() -> None:
    text = "Збірна Колумбії звільнила тренера Хорхе Луїса Пінто."
    assert mentions(text) == [["Хорхе Луїса Пінто"]]
    assert names(text) == ["Хорхе Луїс Пінто"]


def test_korean_name_keeps_the_family_name_first() -> None:
    official = find_officials(
        "После смерти Кима Чен Ира в стране ждали перемен.", language="ru", organizations=()
    )[0]
    assert (official.name, official.given_name, official.surname) == ("Ким Чен Ир", "Чен Ир", "Ким")


def test_korean_family_name_alone_joins_the_person() -> None:
    text = "Бывший секретарь ЦК Хван Чжан Еп бежал в Сеул. Хван рассказал о режиме."
    assert mentions(text, "ru") == [["Хван Чжан Еп", "Хван"]]


def test_korean_name_after_a_word_that_opens_the_sentence() -> None:
    assert names("Но Ким Чен Ын промолчал.", "ru") == ["Ким Чен Ын"]


def test_chinese_given_name_in_the_genitive() -> None:
    assert names("Визит Си Цзиньпина в Москву продлится три дня.", "ru") == ["Си Цзиньпин"]


def test_chinese_name_in_ukrainian() -> None:
    assert names("Голова КНР Сі Цзіньпін прибув до Москви.") == ["Сі Цзіньпін"]


def test_surname_written_with_yo_joins_the_name_written_with_e() -> None:
    text = "Андрей Пономарев назначен заместителем. Напомним, что Пономарёв баллотировался."
    assert mentions(text, "ru") == [["Андрей Пономарев", "Пономарёв"]]


def test_surname_with_an_apostrophe() -> None:
    text = "Голові громади Олександру Лук’яненку вручили грамоту. Лук’яненко подякував."
    assert mentions(text) == [["Олександру Лук’яненку", "Лук’яненко"]]
    assert names(text) == ["Олександр Лук’яненко"]


def test_patronymic_with_an_apostrophe_is_no_surname() -> None:
    assert names("Слово мав Юрій В’ячеславович, який розповів про ремонт.") == []


def test_irish_surname_keeps_its_second_capital() -> None:
    assert names("Об этом заявил глава Business NZ Фил О’Рейли.", "ru") == ["Фил О’Рейли"]


def test_word_before_a_full_name_with_a_patronymic_is_no_surname() -> None:
    assert names("Голова Юрій Вікторович Петренко відкрив сесію.") == ["Юрій Вікторович Петренко"]


def test_foreign_name_in_the_genitive_when_the_text_writes_the_bare_surname() -> None:
    text = "Астронавт должен заменить Гаррета Рейсмана на станции. Рейсман вернется в мае."
    assert mentions(text, "ru") == [["Гаррета Рейсмана", "Рейсман"]]
    assert names(text, "ru") == ["Гаррет Рейсман"]


def test_acronym_before_a_name_is_no_given_name() -> None:
    text = "Зустріч провів генсек НАТО Єнс Столтенберг разом з колегами."
    assert mentions(text) == [["Єнс Столтенберг"]]


def test_surname_with_two_particles() -> None:
    text = "Лист від голови Єврокомісії Урсули фон дер Ляєн отримали в громаді."
    assert names(text) == ["Урсула фон дер Ляєн"]


def test_seed_officials(seeds: dict[str, str]) -> None:
    text = next(text for name, text in seeds.items() if name.startswith("002_"))
    assert names(text) == ["Лілія Попова", "Юлія Вернигор", "Сергій Гаращук"]


# The parts of the name machinery.
SURNAMES = [
    (("Бунечка", "uk", "masc", "gent"), "Бунечко"),
    (("Гаращука", "uk", "masc", "gent"), "Гаращук"),
    (("Біленького", "uk", "masc", "gent"), "Біленький"),
    (("Попової", "uk", "femn", "gent"), "Попова"),
    (("Шиманській", "uk", "femn", "datv"), "Шиманська"),
    (("Бунечко", "uk", "femn", "ablt"), "Бунечко"),
    (("Макиевой", "ru", "femn", "gent"), "Макиева"),
    (("Налбандовым", "ru", "masc", "ablt"), "Налбандов"),
    (("Шевченка", "uk", "masc", "gent"), "Шевченко"),
    (("Ковальчуком", "uk", "masc", "ablt"), "Ковальчук"),
]


@pytest.mark.parametrize(("arguments", "expected"), SURNAMES)
def test_surname_nominative(arguments: tuple[str, str, str, str], expected: str) -> None:
    assert surname_nominative(*arguments)[0] == expected


def test_given_name_from_the_lexicon_has_case_and_gender() -> None:
    reading = given_name_readings("Лілії", "uk")[0]
    assert (reading.nominative, reading.gender, reading.case) == ("Лілія", "femn", "gent")


def test_lower_case_word_is_no_given_name() -> None:
    assert given_name_readings("надія", "uk") == ()


def test_patronymic_in_the_instrumental() -> None:
    reading = patronymic_readings("Олександровичем", "uk")[0]
    assert (reading.nominative, reading.case) == ("Олександрович", "ablt")


# Robustness.
_FRAGMENT_TEXTS = [text for text, _, _ in FRAGMENTS]


@given(st.text(max_size=300), st.sampled_from(["uk", "ru", "en"]))
def test_any_text_is_read_without_error(text: str, language: str) -> None:
    for official in find_officials(text, language=language, organizations=()):
        assert all(0 <= s.start <= s.end <= len(text) for s in official.mentions)


@given(
    st.lists(st.sampled_from(_FRAGMENT_TEXTS), min_size=1, max_size=4),
    st.text(alphabet=" ,.«»—\n", max_size=5),
    st.sampled_from(["uk", "ru"]),
)
def test_every_mention_reads_as_the_name(parts: list[str], glue: str, language: str) -> None:
    text = glue.join(parts)
    for official in find_officials(text, language=language, organizations=()):
        keys = {official.surname.lower()[:3], official.given_name.lower()[:3]}
        post = {word[:4] for word in (official.position or "").lower().split()}
        for span in official.mentions:
            words = re.findall(r"[^\W\d_]+", text[span.start : span.end].lower())
            named = any(word[:3] in keys for word in words)
            by_post = bool(words) and words[0][:4] in post
            assert named or by_post


HOSTILE = [
    "а" * 1_000_000,
    "Віталій " * 150_000,
    "Віталій Бунечко, " * 60_000,
    "голова заступника начальника " * 40_000,
    "«" * 500_000 + "»" * 500_000,
    "." * 1_000_000,
    "7" * 1_000_000,
    "Іван Петренко " * 70_000,
    "В. " * 300_000,
    "Сергій і Софія Морозови " * 40_000,
    "Марин Ле Пен Ле " * 60_000,
    "Іван Петренко призначений обраний стала " * 25_000,
    "Керівник установи Галина Корінна. " * 30_000,
    "Беньямин Нетаньяху Аркади " * 40_000,
    "Кима Чен Ира Ким " * 60_000,
    "Си Цзиньпина Си " * 60_000,
    "Хорхе Луїса Пінто Хорхе " * 40_000,
    "Джоэл Саймон (Joel Simon Joel Simon " * 30_000,
    "Джоэл Саймон (" + "Joel " * 200_000,
    "Урсула фон дер фон дер " * 40_000,
    "Іван Петренко. Він є є є " * 40_000,
    "Иван Петров, он был бессменным главой " * 30_000,
    "на должность возглавлявшего аппарат " * 30_000 + "Ивана Петрова назначен Олег Волков",
    "он сменил на этом посту Ивана Петрова " * 30_000,
    "Олег Волков исполнял обязанности исполняющий обязанности " * 20_000,
    "Директором підприємства є Андрій Савчук " * 30_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_megabyte_hostile_input_finishes_quickly(text: str) -> None:
    began = time.perf_counter()
    find_officials(text, language="uk", organizations=())
    assert time.perf_counter() - began < 20


def test_word_tokens_are_left_alone_by_the_garbage_collector() -> None:
    # Exact tuples of atomic values stop being tracked at their first collection; a
    # long input's words would otherwise make every full collection walk all of them.
    tokens, _ = _word_tokens("Голова громади Іван Петренко відкрив школу.")
    gc.collect()
    assert [gc.is_tracked(token) for token in tokens] == [False] * 6


@pytest.mark.parametrize(
    "text",
    [
        "Пам’ятник короля Яна III Собеського відкрили біля ратуші.",
        "Указ Карла XII зберігається в архіві.",
        "Грамоту Казимира ІІІ, написану кириличними літерами, показали в музеї.",
    ],
)
def test_a_monarchs_number_is_no_surname(text: str) -> None:
    assert names(text) == []


def test_officials_come_in_order_of_first_mention() -> None:
    text = (
        "Бондар прибула першою. Голова ради Іван Петренко відкрив засідання. "
        "Депутатка Ірина Бондар виступила."
    )
    names = [o.name for o in find_officials(text, language="uk", organizations=())]
    assert names == ["Ірина Бондар", "Іван Петренко"]
