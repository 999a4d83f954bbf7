"""Places: regions with ISO 3166-2 codes, countries, districts, hromadas, settlements."""

import gc
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews import morphology
from govnews.extract import gazetteer, places
from govnews.extract.places import _tokens, find_places
from govnews.model import Place, PlaceKind, Span


def _codes(text: str, language: str = "uk") -> list[str | None]:
    return [place.code for place in find_places(text, language=language)]


def _named(text: str, language: str = "uk") -> list[tuple[str, str, str | None]]:
    return [
        (place.name, place.kind.value, place.code) for place in find_places(text, language=language)
    ]


REGION_FORMS = [
    ("Нарада у Житомирській області.", "UA-18"),
    ("Голова Житомирської обласної ради відкрив сесію.", "UA-18"),
    ("Громади Житомирщини отримали техніку.", "UA-18"),
    ("Делегація з Волині прибула до столиці.", "UA-07"),
    ("Закарпаттю передали генератори.", "UA-21"),
    ("Івано-Франківську область відвідали донори.", "UA-26"),
    ("Кіровоградською областю проїхав конвой.", "UA-35"),
    ("Аграрії Чернівецької області зібрали урожай.", "UA-77"),
    ("На Луганщині тривають обстріли.", "UA-09"),
    ("Совещание в Житомирской области прошло в среду.", "UA-18"),
    ("Губернатор Кемеровской области подписал указ.", "RU-KEM"),
    ("Шахтеры Кузбасса вышли на смену.", "RU-KEM"),
    ("Администрация Приморского края объявила конкурс.", "RU-PRI"),
    ("Делегация из Брянской области прибыла в город.", "RU-BRY"),
]


@pytest.mark.parametrize(("text", "code"), REGION_FORMS)
def test_region_is_found_in_every_form(text: str, code: str) -> None:
    language = "ru" if any(c in text for c in "ыэъё") else "uk"
    assert code in _codes(text, language)


def test_coordinated_list_of_oblasts_gives_every_region() -> None:
    text = "Представники Кіровоградської, Житомирської та Полтавської областей обмінялися досвідом."
    assert _codes(text) == ["UA-35", "UA-18", "UA-53"]


def test_region_gets_its_nominative_name() -> None:
    assert _named("Виїзна нарада з головами громад Житомирщини.") == [
        ("Житомирська область", "region", "UA-18")
    ]


def test_one_record_holds_every_mention_of_a_region() -> None:
    text = "На Житомирщині стартував проєкт. Житомирська область отримала кошти."
    (place,) = find_places(text, language="uk")
    assert (Span(start=3, end=14), Span(start=33, end=52)) == place.mentions


def test_city_adjective_before_city_council_is_not_the_oblast() -> None:
    assert _named("Сесія Житомирської міської ради затвердила бюджет.") == [
        ("Житомир", "city", "UA18040190010057814")
    ]


def test_genitive_of_donetsk_city_is_not_the_oblast() -> None:
    assert _named("Університет переїхав з Донецька до Вінниці.")[:1] == [
        ("Донецьк", "city", "UA14080030010048113")
    ]


def test_kyiv_is_a_city_and_a_first_level_unit() -> None:
    assert _named("Делегація прибула до Києва.") == [
        ("Київ", "region", "UA-30"),
        ("Київ", "city", "UA80000000000093317"),
    ]


def test_country_gets_its_iso_code() -> None:
    assert _named("Проєкт фінансує уряд Швеції.")[-1:] == [("Швеція", "country", "SE")]


def test_multiword_country_is_one_place() -> None:
    assert _named("Візит до Сполучених Штатів Америки відбувся.") == [("США", "country", "US")]


def test_hromada_gets_its_katotth_code_with_its_oblast() -> None:
    text = "На території Глибочицької громади Житомирської області відкрили заправку."
    assert ("Глибочицька громада", "hromada", "UA18040150000019024") in _named(text)


def test_full_hromada_title_is_kept_in_the_nominative() -> None:
    text = "Досвідом поділилася Тетерівська сільська об’єднана територіальна громада."
    assert _named(text) == [
        ("Тетерівська сільська об’єднана територіальна громада", "hromada", "UA18040530000045696")
    ]


def test_coordinated_hromadas_are_two_places() -> None:
    text = "Нараду приймали Глибочицька та Житомирська громади."
    names = [name for name, kind, _ in _named(text) if kind == "hromada"]
    assert names == ["Глибочицька громада", "Житомирська громада"]


def test_district_is_put_in_the_nominative() -> None:
    assert _named("Вибори у Ратнівському районі.") == [("Ратнівський район", "district", None)]


def test_russian_district_and_settlement() -> None:
    text = "Глава Хасанского района посетил поселок Славянка."
    assert _named(text, "ru") == [("Хасанский район", "district", None), ("Славянка", "town", None)]


def test_ambiguous_village_gets_no_code() -> None:
    # Two villages of this name, in Crimea and in Kharkiv oblast.
    assert _named("У селі Карасівка відкрили амбулаторію.") == [("Карасівка", "village", None)]


def test_village_is_resolved_by_the_oblast_named_nearby() -> None:
    text = "У селі Карасівка на Харківщині відкрили амбулаторію."
    assert ("Карасівка", "village", "UA63020050230086034") in _named(text)


def test_many_villages_share_a_name_and_none_is_chosen() -> None:
    assert _codes("Жителі села Андріївка зібралися на сход.") == [None]


def test_hyphenated_city_in_the_locative() -> None:
    text = "Сьогодні у місті Кам’янці-Подільському розпочав роботу семінар."
    assert _named(text) == [("Кам’янець-Подільський", "city", "UA68020110010097898")]


def test_given_name_is_not_a_city() -> None:
    assert _named("Слово взяв заступник голови Володимир Гончарук.") == []


def test_foreign_city_is_found_by_the_russian_dictionary() -> None:
    assert _named("Делегація побувала у Варшаві.") == [("Варшава", "city", None)]


def test_street_name_in_quotes_is_not_a_place() -> None:
    assert _named("Відкрився магазин «Вінниця».")[1:] == []


def _surfaces(text: str, language: str = "uk") -> list[str]:
    return [
        text[span.start : span.end]
        for place in find_places(text, language=language)
        for span in place.mentions
    ]


FOREIGN_CITIES = [
    ("Мер провів переговори у Лондоні.", "uk", "Лондон"),
    ("Делегація побувала в Берліні.", "uk", "Берлін"),
    ("Переговоры прошли в Ереване.", "ru", "Ереван"),
    ("Він навчався у Кракові.", "uk", "Краків"),
    ("Штаб-квартира агентства находится в Риме.", "ru", "Рим"),
]


@pytest.mark.parametrize(("text", "language", "name"), FOREIGN_CITIES)
def test_foreign_city_in_a_case_form_is_a_city(text: str, language: str, name: str) -> None:
    assert _named(text, language) == [(name, "city", None)]


def test_word_the_dictionary_only_guesses_is_no_foreign_place() -> None:
    assert _named("Фірма уклала угоду з ТОВ Азур Груп.") == []


def test_unit_of_area_is_no_city_marker() -> None:
    assert _named("Площа квартири 130 кв. м. Про це свідчить декларація.") == []


def test_metre_at_the_end_of_a_sentence_is_no_city_marker() -> None:
    assert _named("Висота відходів сягала 1,4 м.\n\nЗагалом інспектори нарахували збитки.") == []


def test_capital_initial_is_no_city_marker() -> None:
    assert _named("Записка начальника управління О. М. Тітова.") == []


def test_verb_after_a_city_marker_is_no_settlement() -> None:
    assert _named("Площа 44 кв м, яку він отримав. Вони мешкають там.") == []


def test_word_inside_a_quoted_company_name_is_no_place() -> None:
    assert _named("Підрядником стало ТОВ «Паливна компанія «Індустріал Груп».") == []


def test_place_governed_by_a_noun_inside_quotes_is_a_place() -> None:
    assert _named('Фракция "Независимые депутаты Брянска" распалась.', "ru") == [
        ("Брянск", "city", None)
    ]


def test_city_name_the_dictionary_misreads_is_guessed_by_its_ending() -> None:
    assert _named("Нараду провели в Ірпіні.") == [("Ірпінь", "city", "UA32080150010049888")]


def test_two_word_city_in_the_locative() -> None:
    assert _named("Нараду провели у Кривому Розі.") == [
        ("Кривий Ріг", "city", "UA12060170010065850")
    ]


def test_two_word_village_after_a_marker_outside_the_codifier() -> None:
    assert _named("Дамбу укріплять біля села Мала Костромка.") == [
        ("Мала Костромка", "village", None)
    ]


def test_village_of_the_oblast_named_in_the_article_after_a_preposition() -> None:
    assert _named("Нарада в Житомирській області. Гості приїхали до Глибочиці.")[1:] == [
        ("Глибочиця", "village", "UA18040150010023707")
    ]


def test_village_after_a_preposition_without_its_oblast_gets_no_code_when_ambiguous() -> None:
    assert _named("Семінар для сільських голів провели у Завадці.") == [
        ("Завадка", "village", None)
    ]


def test_village_after_a_preposition_prefers_the_plural_name() -> None:
    assert _named("Дороги асфальтували у Білошицях.") == [
        ("Білошиці", "village", "UA18060230040059123")
    ]


def test_villages_listed_after_one_preposition() -> None:
    text = "На нараду прибули голови з Верхнього Водяного, Колочави та Синевира."
    assert [name for name, _, _ in _named(text)] == ["Верхнє Водяне", "Колочава", "Синевир"]


def test_city_at_the_end_of_a_sentence_before_a_given_name() -> None:
    text = "Фірма отримує підряди в Мелітополі.\nМихайло Петренко керує нею."
    assert _named(text) == [("Мелітополь", "city", "UA23080070010092407")]


def test_foreign_city_that_may_be_a_surname_in_a_list_after_a_preposition() -> None:
    text = "Покази пройдуть у Парижі, Вашингтоні та інших містах."
    assert _named(text) == [("Париж", "city", None), ("Вашингтон", "city", None)]


def test_village_name_that_is_also_a_common_noun_needs_a_marker() -> None:
    assert _named("Разом ідемо до Перемоги.") == []
    assert _named("Попросив чоловік у Долі щастя.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Навчання живопису в Петриківці починається у дитячому садку.", "Петриківка"),
        ("Козак закінчив життя неподалік січі в Грушівці.", "Грушівка"),
        ("Гості приїхали до Калинівки на свято.", "Калинівка"),
    ],
)
def test_village_name_formed_as_one_outweighs_its_rare_common_reading(text: str, name: str) -> None:
    assert [found for found, _, _ in _named(text)] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Засновником фірми є жителька села Гоголів Київської обл.",
            ("Гоголів", "village", "UA32060070060012985"),
        ),
        (
            "Маєток збудували у селі Романків під Києвом.",
            ("Романків", "village", "UA32120070110079333"),
        ),
        (
            "Він народився в містечку Бердичів на Житомирщині.",
            ("Бердичів", "city", "UA18020030010047029"),
        ),
        (
            "Військо було розбите під містечком Жванець.",
            ("Жванець", "village", "UA68020070010046973"),
        ),
        ("Він жив на хуторі Вербівка.", ("Вербівка", "village", None)),
        ("Мы приехали в деревню Ивановка.", ("Ивановка", "village", None)),
    ],
)
def test_name_after_a_marker_is_read_as_it_stands_first(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    language = "ru" if "Мы" in text else "uk"
    assert _named(text, language)[0] == expected


def test_settlement_is_coded_by_the_one_oblast_of_its_coded_neighbours() -> None:
    text = "Кошти передбачено на амбулаторії у Зимному та Піщаному."
    assert _named(text) == [
        ("Зимне", "village", "UA07020050010049312"),
        ("Піщане", "village", "UA07040010430047119"),
    ]


def test_settlement_stays_uncoded_when_its_neighbours_lie_in_two_oblasts() -> None:
    text = "Кошти передбачено на амбулаторії у Зимному, Піщаному та Житомирі."
    assert ("Піщане", "town", None) in _named(text)


def test_uncoded_mention_joins_the_coded_place_of_its_name() -> None:
    text = (
        "Навчання в Петриківці починається рано. "
        "У селищі Петриківка в Дніпропетровській області працює фабрика."
    )
    towns = [p for p in find_places(text, language="uk") if p.name == "Петриківка"]
    assert [(p.code, len(p.mentions)) for p in towns] == [("UA12020190010023009", 2)]


def test_adjective_after_a_preposition_is_no_village() -> None:
    assert _named("У Карого був старий фотоальбом.") == []


def test_village_before_its_district_is_a_place() -> None:
    assert _named("Гості приїхали до Глибочиці Житомирського району.") == [
        ("Глибочиця", "village", "UA18040150010023707"),
        ("Житомирський район", "district", "UA18040000000058965"),
    ]


def test_village_is_resolved_by_the_district_named_in_the_article() -> None:
    text = "У Вишгородському районі хочуть об’єднати села. Мешканці Лютежа підтримали ідею."
    assert _named(text)[1:] == [("Лютіж", "village", "UA32100070030073050")]


def test_village_of_two_oblasts_without_a_district_gets_no_code() -> None:
    assert _named("Мешканці Лютежа підтримали ідею.") == [("Лютіж", "village", None)]


def test_village_is_resolved_by_the_hromada_named_in_the_article() -> None:
    text = "Табір працює в с. Слобода на території Овруцької громади."
    assert ("Слобода", "village", "UA18060170800011138") in _named(text)


def test_city_adjective_before_an_adjective_and_its_noun_is_no_place() -> None:
    text = "Нарада у Полтавській області. Дошку повісять біля Київського залізничного вокзалу."
    assert _named(text) == [("Полтавська область", "region", "UA-53")]


def test_russian_city_adjective_before_an_adjective_and_its_noun_is_no_place() -> None:
    assert _named("Он всю жизнь работал на Магнитогорском металлургическом комбинате.", "ru") == []


def test_marker_word_opening_a_quoted_name_is_no_marker() -> None:
    assert _named("Екскурсія під назвою «Місто Майстрів» сподобалася гостям.") == []


def test_given_name_after_a_marker_is_the_head_of_the_settlement() -> None:
    assert _named("Новый глава поселка Александр Ветров представил команду.", "ru") == []


def test_russian_preposition_opening_a_sentence_is_no_place() -> None:
    assert _named("При этом решение приняли единогласно.", "ru") == []


def test_land_around_a_town_is_no_settlement_of_residents() -> None:
    # The land around Бершадь, not the town or a settlement of its residents.
    assert _named("Голова подякував жителям Бершадщини за підтримку.") == [
        ("Бершадщина", "region", None)
    ]


def test_quarter_of_a_city_after_na_is_no_city() -> None:
    assert _named("Нову школу збудують на Баранівці.") == []


def test_city_after_na_in_the_accusative_is_a_city() -> None:
    assert _named("Новий автобус їде на Житомир щодня.") == [
        ("Житомир", "city", "UA18040190010057814")
    ]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Бригада працювала під Сєвєродонецьком.", "Сєвєродонецьк", "UA44120110010072887"),
        ("Виставка відкрилася у Франківську.", "Франківськ", "UA26040190010045761"),
        ("Переселенці прибувають у Кіровоград.", "Кіровоград", "UA35040210010019355"),
        ("Він народився у Станиславові в 1900 році.", "Станиславів", "UA26040190010045761"),
    ],
)
def test_city_by_its_former_or_everyday_name_gets_the_code_of_the_city(
    text: str, name: str, code: str
) -> None:
    assert _named(text) == [(name, "city", code)]


def test_hromadas_listed_with_commas_are_all_places() -> None:
    text = "Зустрілися з Овруцькою, Кагарлицькою та Буринською громадами."
    assert [name for name, _, _ in _named(text)] == [
        "Овруцька громада",
        "Кагарлицька громада",
        "Буринська громада",
    ]


def test_autonomous_okrug_is_part_of_the_region_mention() -> None:
    assert _surfaces("Губернатор Чукотского автономного округа прибыл в Москву.", "ru")[:1] == [
        "Чукотского автономного округа"
    ]


def test_abbreviated_district_noun() -> None:
    assert _named("Дорогу відремонтували у Ратнівському р-ні.") == [
        ("Ратнівський район", "district", None)
    ]


def test_russian_urban_okrug_is_a_hromada() -> None:
    assert _named("Депутат думы Артемовского городского округа ушёл в отставку.", "ru") == [
        ("Артёмовский городской округ", "hromada", None)
    ]


def test_federal_okrug_is_no_hromada() -> None:
    assert _named("Он курирует связи в Дальневосточном федеральном округе.", "ru") == [
        ("Дальневосточный федеральный округ", "region", None)
    ]


def test_settlements_listed_after_a_plural_marker() -> None:
    text = "Школи збудують у селах Колочава, Синевир та Негровець Хустського району."
    assert [name for name, _, _ in _named(text)] == [
        "Колочава",
        "Синевир",
        "Негровець",
        "Хустський район",
    ]


def test_plural_marker_before_a_land_is_no_settlement() -> None:
    assert _named("У селах Коломийщини косять борщівник.") == [("Коломийщина", "region", None)]


def test_russian_two_word_city_without_a_marker() -> None:
    assert _named("Новый центр откроют в Сергиевом Посаде.", "ru") == [
        ("Сергиев Посад", "city", None)
    ]


def test_other_forms_of_a_two_word_settlement() -> None:
    text = "Новый глава поселка Большой Камень приступил к работе. В Большом Камне ждут перемен."
    assert _surfaces(text, "ru") == ["поселка Большой Камень", "Большом Камне"]


def test_russian_adjective_of_a_longer_name_is_no_place() -> None:
    assert _named("Прибыли сотрудники Международного Красного Креста.", "ru") == []


def test_adjective_of_a_following_noun_is_no_city() -> None:
    assert _named("Будинки звели в Південному мікрорайоні.") == []


def test_settlement_of_residents_without_a_dictionary_entry() -> None:
    assert _named("Жители Славянки проголосовали.", "ru") == [("Славянка", "city", None)]


def test_abbreviated_oblast_is_part_of_the_mention() -> None:
    assert _surfaces("Фірма зареєстрована (Донецька обл.).") == ["Донецька обл"]


def test_short_name_of_crimea_keeps_its_abbreviation() -> None:
    assert _surfaces("Тендер провели в АР Крим.") == ["АР Крим"]


MACRO_REGIONS = [
    ("Бої тривають на Донбасі.", "uk", "Донбас"),
    ("Так звана ДНР оголосила мобілізацію.", "uk", "ДНР"),
    ("Туристы едут в Европу.", "ru", "Европа"),
]


@pytest.mark.parametrize(("text", "language", "name"), MACRO_REGIONS)
def test_region_without_an_iso_code(text: str, language: str, name: str) -> None:
    assert _named(text, language) == [(name, "region", None)]


def test_direction_adjective_is_part_of_the_mention() -> None:
    assert _surfaces("Засуха охватила страны Северной Африки.", "ru") == ["Северной Африки"]


def test_club_in_quotes_is_no_region() -> None:
    assert _named("Футбольний клуб «Полісся» переміг.") == []


def test_russian_republic_named_by_its_adjective() -> None:
    assert _named("Глава Чеченской республики подписал указ.", "ru") == [
        ("Чеченская Республика", "region", "RU-CE")
    ]


def test_state_of_the_past_is_a_country_without_a_code() -> None:
    assert _named("Місто входило до складу Російської імперії.") == [
        ("Російська імперія", "country", None)
    ]


def test_capitalised_cardinal_direction_inside_a_sentence_is_a_region() -> None:
    assert _named("Гуманітарна ситуація на Сході погіршилася.") == [("Схід", "region", None)]


def test_cardinal_direction_first_in_a_sentence_is_no_region() -> None:
    assert _named("Захід сонця о 17:00.") == []


def test_former_country_has_its_reserved_code() -> None:
    assert _named("Завод построили в СССР.", "ru") == [("СССР", "country", "SU")]


def test_coordinated_oblasts_are_one_mention_of_the_first() -> None:
    text = "Учасники з Хмельницької, Тернопільської та Чернівецької областей."
    places = find_places(text, language="uk")
    assert [[text[m.start : m.end] for m in place.mentions] for place in places] == [
        ["Хмельницької, Тернопільської та Чернівецької областей"],
        ["Тернопільської"],
        ["Чернівецької областей"],
    ]


def test_coordinated_oblasts_in_the_nominative_plural() -> None:
    text = "Проєкт охопить Харківська та Сумська області."
    assert _codes(text) == ["UA-63", "UA-59"]
    assert _surfaces(text)[0] == "Харківська та Сумська області"


def test_region_adjective_opening_a_quoted_name_is_no_region() -> None:
    assert _named("Торт «Київська весна» продають усюди.") == []


def test_other_forms_of_a_settlement_named_after_a_marker() -> None:
    text = (
        "У селищі Петриківка відкрили музей. Школа в Петриківці працює, гості їдуть до Петриківки."
    )
    assert _surfaces(text) == ["Петриківка", "Петриківці", "Петриківки"]


def test_known_settlement_name_before_a_council_is_no_mention() -> None:
    text = "Центр у смт Петриківка. Петриківська селищна рада зібралася."
    assert _surfaces(text) == ["Петриківка"]


def test_city_that_is_also_a_surname_after_a_preposition() -> None:
    assert _named("Засідання відбулося у Хмельницькому.") == [
        ("Хмельницький", "city", "UA68040470010096613")
    ]


def test_city_whose_case_form_looks_like_an_adjective_of_another_noun() -> None:
    assert _named("Він задекларував квартиру в Луганську площею 53 кв. м.")[0][:2] == (
        "Луганськ",
        "city",
    )


def test_agreeing_adjective_of_a_following_noun_is_still_no_city() -> None:
    assert _named("Мітинг вийшов на Луганську площу.") == []


def test_abbreviated_urban_settlement_marker_with_a_dot() -> None:
    assert ("Пісківка", "town", "UA32080230010086797") in _named(
        "Цех у смт. Пісківка Київської області."
    )


def test_russian_settlement_mention_takes_its_marker_noun() -> None:
    assert _surfaces("Стрельба произошла в городе Грозном.", "ru") == ["городе Грозном"]


def test_russian_abbreviated_marker_stays_outside_the_mention() -> None:
    assert _surfaces("Офис находится в г. Тверь.", "ru") == ["Тверь"]


def test_country_after_a_title_is_a_mention_in_russian() -> None:
    assert _surfaces("Посла Японии отозвали.", "ru") == ["Японии"]


def test_country_after_a_title_is_no_mention_in_ukrainian() -> None:
    assert _surfaces("Указ Президента України набув чинності.") == []


def test_country_alone_in_quotes_is_a_name() -> None:
    assert _named("Полёт шаттла «Колумбия» завершился.", "ru") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Згідно зі статтею 201 Податкового кодексу України накладна складається.", "uk"),
        ("Рішення відповідає Конституції та законам України.", "uk"),
        ("Вид занесено до Червоної книги України.", "uk"),
        ("Конституция Российской Федерации это гарантирует.", "ru"),
    ],
)
def test_country_in_a_documents_title_is_no_place_named(text: str, language: str) -> None:
    assert _surfaces(text, language) == []


def test_country_after_a_document_in_another_phrase_is_a_place() -> None:
    assert _surfaces("Уряд порушив закон, України це стосується.") == ["України"]
    assert _surfaces("Закон діє в Україні.") == ["Україні"]


def test_markdown_underscore_stays_out_of_a_mention() -> None:
    text = "_Фото прес-служби прокуратури Одеської області_"
    assert _surfaces(text) == ["Одеської області"]


def test_country_inside_a_longer_quoted_name_is_a_mention() -> None:
    assert _surfaces("Офіси програми «Зроблено в Україні» працюють.") == ["Україні"]


COUNTRY_FORMS = [
    ("Делегация Объединённых Арабских Эмиратов прибыла.", "ru", "AE"),
    ("Договор с Российской федерацией подписан.", "ru", "RU"),
    ("Санкции ввели Соединёнными штатами.", "ru", "US"),
    ("Угоду з Об’єднаними Арабськими Еміратами підписано.", "uk", "AE"),
    ("Посол Колумбії вручив грамоти.", "uk", "CO"),
    ("Переговоры с Ливаном продолжились.", "ru", "LB"),
    ("Візит до Об’єднаного Королівства перенесли.", "uk", "GB"),
]


@pytest.mark.parametrize(("text", "language", "code"), COUNTRY_FORMS)
def test_country_in_every_form(text: str, language: str, code: str) -> None:
    assert [code] == [c for c in _codes(text, language) if c is not None]


def test_country_on_two_rows_keeps_its_first_name() -> None:
    assert _named("Делегація Сполучених Штатів Америки прибула.") == [("США", "country", "US")]


def test_part_of_the_united_kingdom_is_a_country_without_a_code() -> None:
    assert _named("Матч пройдёт в Шотландии.", "ru") == [("Шотландия", "country", None)]


MACRO_PHRASES = [
    ("Конфлікт на Близькому Сході загострився.", "uk", "Близький Схід"),
    ("Инвестиции на Дальнем Востоке растут.", "ru", "Дальний Восток"),
    ("Експорт до Латинської Америки зріс.", "uk", "Латинська Америка"),
    ("Переговоры по Нагорному Карабаху возобновились.", "ru", "Нагорный Карабах"),
    ("Туристи їдуть у Карпати.", "uk", "Карпати"),
    (
        "Полпред президента в Северо-Кавказском федеральном округе назначен.",
        "ru",
        "Северо-Кавказский федеральный округ",
    ),
    ("Зарплати в Уральському федеральному окрузі зросли.", "uk", "Уральський федеральний округ"),
]


@pytest.mark.parametrize(("text", "language", "name"), MACRO_PHRASES)
def test_part_of_the_world_is_a_region_without_a_code(text: str, language: str, name: str) -> None:
    assert _named(text, language) == [(name, "region", None)]


def test_district_of_a_city_takes_the_city_into_its_mention() -> None:
    text = "Квартира в Голосіївському районі м. Києва."
    assert sorted(_surfaces(text)) == ["Голосіївському районі м. Києва", "Києва"]


def test_district_of_an_oblast_stays_apart_from_the_oblast() -> None:
    assert _surfaces("Вибори у Ратнівському районі Волинської області.") == [
        "Ратнівському районі",
        "Волинської області",
    ]


def test_places_come_in_order_of_first_mention() -> None:
    text = "Делегація з Польщі відвідала Житомир, потім Житомирську область."
    assert [p.name for p in find_places(text, language="uk")] == [
        "Польща",
        "Житомир",
        "Житомирська область",
    ]


def test_state_after_its_noun_is_a_region_without_a_code() -> None:
    assert _named("Выборы в штате Южная Каролина прошли спокойно.", "ru") == [
        ("Южная Каролина", "region", None)
    ]


def test_russian_state_mention_takes_its_noun() -> None:
    assert _surfaces("Суд штата Аризона вынес приговор.", "ru") == ["штата Аризона"]


STREETS = [
    ("Офіс на вул. Московській, 7.", "uk"),
    ("Кінотеатр на вулиці Київській працює.", "uk"),
    ("Ремонт на вул. Р. Люксембург завершили.", "uk"),
    ("Магазин на ул. Тверская закрыт.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), STREETS)
def test_street_named_after_a_place_is_no_place(text: str, language: str) -> None:
    assert _named(text, language) == []


def test_country_abbreviation_in_a_domain_is_no_country() -> None:
    assert _named("Начат приём заявок в доменной зоне .РФ для всех.", "ru") == []


def test_surname_that_is_a_foreign_city_is_no_place_without_a_preposition() -> None:
    assert _named("Слово взяв Александров.") == []


def test_foreign_city_whose_russian_spelling_has_kh_for_h() -> None:
    assert _named("Саміт відбувся в Гельсінкі.") == [("Гельсінкі", "city", None)]


def test_foreign_city_after_a_preposition() -> None:
    assert _named("Конференція відбулася у Лондоні.") == [("Лондон", "city", None)]


def test_given_name_next_to_an_abbreviation_may_be_a_city() -> None:
    assert _named("Базирующаяся в Риме ФАО предупредила.", "ru")[:1] == [("Рим", "city", None)]


@given(st.text(max_size=300))
def test_never_raises_and_spans_index_the_text(text: str) -> None:
    for place in find_places(text, language="uk"):
        assert isinstance(place, Place)
        assert isinstance(place.kind, PlaceKind)
        for span in place.mentions:
            assert 0 <= span.start < span.end <= len(text)


HOSTILE = [
    "а" * 1_000_000,
    "Житомирська " * 100_000,
    "Київ-" * 200_000,
    "«" * 500_000,
    ". " * 500_000,
    "1" * 1_000_000,
    "громади " * 100_000,
    "с. " * 300_000,
    "м. " * 300_000,
    "«Біла Церква " * 60_000,
    '"' * 1_000_000,
    "О. М. " * 150_000,
    "жителі Славути " * 50_000,
    "с. Нова Дофінівка " * 40_000,
    "Хмельницької, " * 100_000,
    "Хмельницької та " * 100_000,
    "с. Петриківка у Петриківці " * 40_000,
    "Близькому Сході " * 100_000,
    "Сполучених Штатів " * 100_000,
    "штату Північна " * 100_000,
    ".РФ" * 300_000,
    "у селах Колочава, " * 100_000,
    "у Білошицях " * 100_000,
    "Овруцькою, " * 100_000 + "громадами",
    "поселках Нижнем Новгороде, " * 50_000,
    "Ратнівському р-ні " * 100_000,
    "з Білошиць, " * 100_000,
    "с. Нова Дофінівка. Нової Дофінівки " * 40_000,
    "Тернопіль, Ємільчине, Бурштин і " * 40_000,
    "у сусідньому " * 100_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_finishes_quickly(text: str) -> None:
    started = time.perf_counter()
    find_places(text, language="uk")
    assert time.perf_counter() - started < 20


def test_tokens_are_left_alone_by_the_garbage_collector() -> None:
    # Exact tuples of atomic values stop being tracked at their first collection; a
    # long input's tokens would otherwise make every full collection walk all of them.
    tokens = _tokens("Голова громади Іван Петренко приїхав до Житомира.")
    gc.collect()
    assert tokens
    assert not any(gc.is_tracked(token) for token in tokens)


def test_a_word_that_begins_like_no_region_or_country_costs_no_dictionary_lookup() -> None:
    # "Щю…": no region, macro-region or country name begins so.
    word = "Щюґрівка"
    before = morphology.parse.cache_info().misses
    assert places._region_lemma.__wrapped__(word) is None
    assert places._macro_region.__wrapped__(word, "uk") is None
    assert morphology.parse.cache_info().misses == before
    assert places._country_openings().isdisjoint({places._opening(word)})


VILLAGES = (
    "Петриківка",
    "Калинівка",
    "Степанівка",
    "Олександрівка",
    "Миколаївка",
    "Іванівка",
    "Михайлівка",
    "Володимирівка",
    "Вознесенка",
    "Гнатівка",
    "Зеленівка",
    "Тарасівка",
)


def test_other_forms_of_many_settlements_are_found() -> None:
    # Past a handful of names the forms are looked up in one pass over the words.
    named = " ".join(f"У селі {name} відкрили школу." for name in VILLAGES)
    again = " ".join(f"Учні з {name[:-1]}и приїхали." for name in VILLAGES)
    surfaces = _surfaces(f"{named} {again}")
    assert sorted(surfaces) == sorted([*VILLAGES, *(f"{name[:-1]}и" for name in VILLAGES)])


def test_one_pass_over_the_words_finds_what_the_search_by_name_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = " ".join(f"У селі {name} і в {name[:-1]}і, Зеленівці." for name in VILLAGES)
    tokens = _tokens(text)
    names = {name.lower(): 1 for name in VILLAGES}
    names["зеленівка"] = 20  # written fewer times than it is already known: skipped
    by_name = places._positions_of(text, tokens, names)
    monkeypatch.setattr(places, "_FEW_NAMES", 0)
    assert places._positions_of(text, tokens, names) == by_name
    assert len(by_name) == 2 * (len(VILLAGES) - 1)


def test_word_shapes_stay_bounded_and_words_read_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(places, "_SHAPES", places._Shapes())
    monkeypatch.setattr(places, "_SHAPES_KEPT", 50)
    text = " ".join(f"Громада{n}-" for n in range(500))
    assert _tokens(text) == _tokens(text)
    assert len(places._SHAPES) == 50


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вінниця прийме фестиваль наступного літа.", "Вінниця"),
        ("Громада чекає. Луцьк виділив кошти на ремонт.", "Луцьк"),
        ("Ізюм отримав нові автобуси.", "Ізюм"),
    ],
)
def test_city_opening_a_sentence_is_a_city(text: str, name: str) -> None:
    assert [(n, kind) for n, kind, _ in _named(text)] == [(name, "city")]


@pytest.mark.parametrize(
    "text",
    [
        "Суми виплатили вчасно.",  # "сума": a sum of money
        "Щастя не купиш.",  # "щастя": happiness
        "Бар відчинили о восьмій.",  # "бар": a bar
    ],
)
def test_word_opening_a_sentence_that_is_also_a_common_word_is_no_city(text: str) -> None:
    assert _named(text) == []


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        ("Заяву зробив віце-мер Одеси Вахтанг Беридзе.", "Одеса", "Вахтанг Беридзе"),
        ("Колишній мер Алупки Андрій Костенко заявив.", "Алупка", "Андрій Костенко"),
    ],
)
def test_city_before_a_given_name_is_a_city(text: str, name: str, person: str) -> None:
    article = govnews.parse_text(text, language="uk")
    assert [place.name for place in article.places] == [name]
    assert [official.name for official in article.officials] == [person]


def test_surname_before_a_given_name_is_no_city() -> None:
    assert _named("Доповідала Львова Ганна Петрівна.") == []


@pytest.mark.parametrize(
    "text",
    [
        "У Львові Остап Дмитрук відкрив майстерню.",  # "Львові": also a case of "Лев"
        "Торік у Львові Марта Гнатюк очолила громаду.",
    ],
)
def test_city_after_u_before_a_given_name_is_a_city(text: str) -> None:
    assert [name for name, _, _ in _named(text)] == ["Львів"]


def test_given_name_in_the_genitive_after_u_is_no_city() -> None:
    assert _named("Гості зібралися у Лева Петренка.") == []


def test_place_after_a_preposition_inside_quoted_speech_is_a_place() -> None:
    text = "«Турнір у Чернівцях ми проводимо вдруге», – сказав тренер."
    assert [(n, kind) for n, kind, _ in _named(text)] == [("Чернівці", "city")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Фермери на Калущині зібрали врожай.", "Калущина"),  # Калуш
        ("Школи Коломийщини отримали автобуси.", "Коломийщина"),  # Коломия
        ("На Жовківщині відкрили ЦНАП.", "Жовківщина"),  # Жовква
        ("Туристи їдуть на Уманщину.", "Уманщина"),  # Умань
    ],
)
def test_land_named_after_a_town_is_a_region_without_a_code(text: str, name: str) -> None:
    assert _named(text) == [(name, "region", None)]


def test_an_oblasts_land_keeps_its_code() -> None:
    assert _named("На Полтавщині відкрили ЦНАП.") == [("Полтавська область", "region", "UA-53")]


@pytest.mark.parametrize("text", ["Любов до Батьківщини.", "Гетьманщина мала свою армію."])
def test_word_in_shchyna_that_no_town_names_is_no_land(text: str) -> None:
    assert _named(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("Варшава прийняла делегацію громади.", "Варшава"), ("Відень чекає гостей.", "Відень")],
)
def test_city_abroad_opening_a_sentence_is_a_city(text: str, name: str) -> None:
    assert _named(text) == [(name, "city", None)]


def test_city_abroad_that_may_be_a_surname_opening_a_sentence_is_no_city() -> None:
    assert _named("Лондон заявив про підтримку.") == []


def test_zaporizhzhia_after_na_is_the_oblast_and_after_u_the_city() -> None:
    assert _named("Ситуація на Запоріжжі залишається складною.") == [
        ("Запорізька область", "region", "UA-23")
    ]
    assert [kind for _, kind, _ in _named("У Запоріжжі відкрили школу.")] == ["city"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Минсельхоз РФ сообщил о проверке.", "ru", "Россия"),
        ("Посольство РФ повідомило про візит.", "uk", "Росія"),
    ],
)
def test_country_abbreviation_both_languages_share_is_named_in_the_articles(
    text: str, language: str, name: str
) -> None:
    assert [(n, code) for n, _, code in _named(text, language)] == [(name, "RU")]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Він народився у Полтавській губернії.", "uk", "Полтавська губернія"),
        ("Он жил в Московской губернии.", "ru", "Московская губерния"),
    ],
)
def test_governorate_is_a_region_without_the_oblasts_code(
    text: str, language: str, name: str
) -> None:
    assert _named(text, language) == [(name, "region", None)]


def test_city_after_a_preposition_and_an_adjective_is_a_city() -> None:
    assert [name for name, _, _ in _named("Він працює в сусідньому Торезі.")] == ["Торез"]


def test_settlement_listed_beside_found_towns_is_a_place() -> None:
    text = "Газ виміряють на станціях Тернопіль, Ємільчине, Бурштин і Кременець."
    assert [name for name, _, _ in _named(text)] == [
        "Тернопіль",
        "Ємільчине",
        "Бурштин",
        "Кременець",
    ]


def test_listed_settlement_takes_the_case_of_its_neighbour() -> None:
    text = "У Житомирі, Бердичеві та Ємільчиному пройшли збори."
    assert [name for name, _, _ in _named(text)] == ["Житомир", "Бердичів", "Ємільчине"]


@pytest.mark.parametrize(
    "text",
    [
        "Вантаж доставлять на станції Херсон, Шевченко та інші.",  # a surname
        "Форум пройде в м. Йосу, Республіка Корея.",  # the first word of a longer name
    ],
)
def test_word_beside_a_listed_town_that_names_no_settlement_is_no_place(text: str) -> None:
    names = [name for name, kind, _ in _named(text) if kind != "country"]
    assert "Шевченко" not in names
    assert "Республіка" not in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ремонт автодороги М-12 Стрий-Тернопіль-Кропивницький-Знам’янка триває.",
            ["Стрий", "Тернопіль", "Кропивницький", "Знам’янка"],
        ),
        ("Капітальний ремонт дороги Н-02 Кременець – Софіївка.", ["Кременець", "Софіївка"]),
        ("Ремонт траси Миронівка-Канів-Софіївка завершено.", ["Миронівка", "Канів", "Софіївка"]),
        (
            "Дорога М-03 Київ-Харків-Довжанський на ділянці Київ-Бориспіль.",
            ["Київ", "Харків", "Бориспіль"],  # Довжанський: a district, no settlement
        ),
    ],
)
def test_stops_of_a_route_are_settlements(text: str, names: list[str]) -> None:
    found = find_places(text, language="uk")
    assert [p.name for p in found if p.kind is not PlaceKind.REGION] == names
    assert all(text[m.start : m.end] == p.name for p in found for m in p.mentions)


def test_route_stop_is_coded_only_in_the_oblasts_of_the_route() -> None:
    text = "Мережа на дільниці Гребінка – Дарниця – Київ – Петрівка – Київ-Волинський – ДН-1."
    assert _named(text) == [
        ("Гребінка", "city", "UA53040010010092378"),
        ("Дарниця", "village", None),  # the one village of the name lies in Mykolaiv oblast
        ("Київ", "region", "UA-30"),
        ("Київ", "city", "UA80000000000093317"),
        ("Петрівка", "village", None),  # 66 villages
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Івано-Франківськ прийняв гостей.", ["Івано-Франківськ"]),  # one city
        ("Матч Дніпро – Карпати завершився внічию.", ["Дніпро", "Карпати"]),  # one settlement
        ("Поетеса Олена Косач-Квітка.", []),  # a double surname
        ("Фірма «Київ-Бориспіль» виграла тендер.", []),  # a name in quotes
    ],
)
def test_dashed_words_that_are_no_route_give_no_stops(text: str, expected: list[str]) -> None:
    assert [p.name for p in find_places(text, language="uk")] == expected


def test_city_named_like_a_body_is_a_place_not_an_organisation() -> None:
    article = govnews.parse_text("Він прописаний у місті Біла Церква.", language="uk")
    assert [p.name for p in article.places] == ["Біла Церква"]
    assert article.organizations == ()


def test_given_name_after_a_marked_town_is_no_part_of_its_name() -> None:
    text = "Враженнями поділився учасник турніру з м. Луцька Юрій Нечай."
    assert _named(text) == [("Луцьк", "city", "UA07080170010083384")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Бригада наступала на відтинку між Глевахою та Гнатівкою.",
            # Kyiv oblast has one Гнатівка of the codifier's several.
            [
                ("Глеваха", "town", "UA32140070010070369"),
                ("Гнатівка", "village", "UA32080010030093231"),
            ],
        ),
        ("Колона пройшла через Козин.", [("Козин", "town", None)]),
    ],
)
def test_village_after_a_preposition_of_the_way_is_a_place(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Рецепти «Зупи від Білки» сподобались.",  # "від": from a person as often as a place
        "Область відмежували від Центральної і Західної України.",
    ],
)
def test_word_after_vid_is_no_village(text: str) -> None:
    assert [p.kind for p in find_places(text, language="uk") if p.kind is PlaceKind.VILLAGE] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ремонт амбулаторій у Зимному та Піщаному, а також дороги.", ["Зимне", "Піщане"]),
        ("Школу відкрили в Мирному Донецької області.", ["Мирне", "Донецька область"]),
    ],
)
def test_village_named_by_a_neuter_adjective_is_found_in_the_locative(
    text: str, names: list[str]
) -> None:
    assert [p.name for p in find_places(text, language="uk")] == names


@pytest.mark.parametrize(
    "text",
    [
        "Побували у Південному мікрорайоні.",  # the adjective of a noun after it
        "У Херсонському, Вінницькому та Одеському округах.",  # an oblast's adjective
        "Подякували Мирному за роботу.",  # a surname, no preposition of place
    ],
)
def test_neuter_adjective_that_names_no_village_here_is_no_place(text: str) -> None:
    assert [p for p in find_places(text, language="uk") if p.kind is PlaceKind.VILLAGE] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Будівництво будинку культури в смт.\n\nТеофіполь.\n\nРізниця пропозицій", "Теофіполь"),
        ("Ділянка у межах с .\nМихалкове .\nОрендна плата", "Михалкове"),
    ],
)
def test_settlement_of_the_codifier_after_a_marker_and_a_line_break(text: str, name: str) -> None:
    assert [p.name for p in find_places(text, language="uk")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Ціна становила 155 грн. / м.\nЗасновником фірми є брат мера.",
        "Площа приміщень – 7114 кв м.\nЗа умовами договору ремонт завершать.",
        "Доставка в смт.\n\nЗагалом закупили 40 тонн.",
    ],
)
def test_a_new_line_after_a_marker_opens_no_settlement_the_codifier_lacks(text: str) -> None:
    assert find_places(text, language="uk") == ()


def test_a_city_in_a_quoted_name_split_by_a_line_break_is_no_place() -> None:
    text = "Про це написали «Наші гроші.\n\nЛьвів» з посиланням на рішення АМКУ."
    assert find_places(text, language="uk") == ()


def test_a_city_after_a_full_stop_inside_quotes_is_no_place() -> None:
    assert find_places("Про це пишуть «Наші гроші. Запоріжжя» з посиланням.", language="uk") == ()


RUSSIAN_REGIONS_IN_UKRAINIAN = [
    ("Завод у Новосибірській області закрили.", "RU-NVS"),
    ("Посуха у Краснодарському краї триває.", "RU-KDA"),
    ("Нафта з Ханти-Мансійського автономного округу.", "RU-KHM"),
    ("Морози в Якутії не спадають.", "RU-SA"),
    ("Вибори в Калмикії перенесли.", "RU-KL"),
    ("Делегація з Чувашії прибула.", "RU-CU"),
    ("Бойовики з Інгушетії затримані.", "RU-IN"),
    ("Пожежі у Підмосков’ї вщухли.", "RU-MOS"),
    ("Шахтарі Кузбасу страйкують.", "RU-KEM"),
    ("Липецька область і далі постачає сталь.", "RU-LIP"),
    ("Бойовики з Північної Осетії затримані.", "RU-SE"),
]


@pytest.mark.parametrize(("text", "code"), RUSSIAN_REGIONS_IN_UKRAINIAN)
def test_russian_region_in_its_ukrainian_spelling(text: str, code: str) -> None:
    assert [p.code for p in find_places(text, language="uk") if p.kind is PlaceKind.REGION] == [
        code
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Вона посилалася на ухвалу Приморського райсуду Одеси.",  # a district of Odesa
        "Слова Марії Орловської прозвучали на нараді.",  # a surname after a given name
    ],
)
def test_ukrainian_spelling_of_a_russian_region_alone_is_no_region(text: str) -> None:
    assert [p for p in find_places(text, language="uk") if p.code and p.code[:3] == "RU-"] == []


def test_oblast_adjective_after_a_city_in_the_locative_is_still_the_oblast() -> None:
    found = find_places("У Львові Житомирської делегації не було.", language="uk")
    assert [p.code for p in found if p.kind is PlaceKind.REGION] == ["UA-18"]


def test_ossetias_north_has_a_code_and_south_none() -> None:
    found = find_places("Боевики из Северной Осетии и Южной Осетии.", language="ru")
    assert [(p.name, p.code) for p in found] == [
        ("Республика Северная Осетия", "RU-SE"),
        ("Южная Осетия", None),
    ]


def test_region_opening_a_quoted_sentence_is_a_region() -> None:
    text = "Він констатує: « Чечня входить до Російської Федерації скоріше формально », каже."
    assert "RU-CE" in [p.code for p in find_places(text, language="uk")]


def test_region_alone_in_short_quotes_is_a_name() -> None:
    assert find_places("Клуб «Кубань» переміг удома.", language="uk") == ()


@pytest.mark.parametrize(
    ("text", "language", "surface", "code"),
    [
        ("Виставка пройде в Йосу, Республіка Корея.", "uk", "Республіка Корея", "KR"),
        ("Посол Республіки Білорусь заявив.", "uk", "Республіки Білорусь", "BY"),
        (
            "Партнери з Федеративної Республіки Німеччина.",
            "uk",
            "Федеративної Республіки Німеччина",
            "DE",
        ),
        ("Выставка прошла в Республике Корея.", "ru", "Республике Корея", "KR"),
        ("Все республики СССР голосовали.", "ru", "СССР", "SU"),
        ("Республики СССР голосовали.", "ru", "СССР", "SU"),
    ],
)
def test_a_country_keeps_its_state_title(
    text: str, language: str, surface: str, code: str | None
) -> None:
    (country,) = [p for p in find_places(text, language=language) if p.kind is PlaceKind.COUNTRY]
    assert (text[country.mentions[0].start : country.mentions[0].end], country.code) == (
        surface,
        code,
    )


def test_a_city_alone_in_brackets_is_a_seat_though_also_a_surname() -> None:
    found = find_places(
        "Комітет оштрафував ПП «Зіко-Буд» (Хмельницький) на 54 тис грн.", language="uk"
    )
    assert [(p.name, p.kind.value) for p in found] == [("Хмельницький", "city")]


def test_occupied_entities_in_quotes_of_doubt_are_regions() -> None:
    text = "З Росії в так звані « ДНР » та « ЛНР » прибуло понад 200 танків."
    assert [p.name for p in find_places(text, language="uk")] == ["Росія", "ДНР", "ЛНР"]


def test_a_city_by_its_former_name_in_its_common_misspelling() -> None:
    found = find_places("Базари області (Генічеськ, Цюрюпинськ) контролюють.", language="uk")
    assert [p.name for p in found] == ["Генічеськ", "Цюрюпинськ"]
    (city,) = [u for u in gazetteer.units_by_name()["олешки"] if u.category == "M"]
    assert found[1].code == city.code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вона охопила 76 % районів УСРР .", "Українська РСР"),
        ("Навіть 600 стандартів УРСР були російськомовними.", "Українська РСР"),
        ("Уряд УНР переїхав до Кам’янця.", "Українська Народна Республіка"),
    ],
)
def test_state_of_the_past_by_its_abbreviation_or_short_name(text: str, name: str) -> None:
    found = find_places(text, language="uk")
    assert (found[0].name, found[0].kind, found[0].code) == (name, PlaceKind.COUNTRY, None)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Це було за часів Київської Русі.", "uk", "Київська Русь"),
        ("Киевская Русь приняла христианство.", "ru", "Киевская Русь"),
    ],
)
def test_state_of_the_past_named_with_an_oblast_adjective_is_no_oblast(
    text: str, language: str, name: str
) -> None:
    assert [(p.name, p.code) for p in find_places(text, language=language)] == [(name, None)]
