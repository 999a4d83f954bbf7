"""Organisations: where long names begin and end, and what is not an organisation."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.organizations import find_organizations
from govnews.extract.places import find_places
from govnews.model import Organization, OrganizationKind


def _orgs(text: str, language: str = "uk") -> tuple[Organization, ...]:
    return find_organizations(text, language=language, places=find_places(text, language=language))


def _names(text: str, language: str = "uk") -> list[str]:
    return [org.name for org in _orgs(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Гуманітарний вантаж передали Міжнародного комітету Червоного Хреста.",
            "uk",
            "Міжнародний комітет Червоного Хреста",
        ),
        (
            "Товариство Червоного Хреста України відкрило пункт обігріву.",
            "uk",
            "Товариство Червоного Хреста України",
        ),
        (
            "Представители Международного комитета Красного Креста прибыли в Херсон.",
            "ru",
            "Международный комитет Красного Креста",
        ),
    ],
)
def test_adjective_that_reads_as_a_surname_too_stays_in_the_name(
    text: str, language: str, name: str
) -> None:
    assert _names(text, language) == [name]


def test_common_genitive_after_a_proper_noun_ends_the_name() -> None:
    text = "Совет Попечителей театра собрался в среду."
    assert _names(text, "ru") == ["Совет Попечителей"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Учёные РАН представили доклад.", "ru", "РАН"),
        ("Слідчі СБУ затримали посадовця.", "uk", "СБУ"),
        ("Кременчуцький НПЗ зупинив роботу.", "uk", "Кременчуцький НПЗ"),
    ],
)
def test_plural_noun_for_people_before_an_acronym_is_no_part_of_the_name(
    text: str, language: str, name: str
) -> None:
    assert _names(text, language) == [name]


def test_latin_name_ends_at_the_end_of_its_sentence() -> None:
    text = "Частку купила Orbis Media Company. Orbis Media відмовилась від коментарів."
    assert _names(text)[0] == "Orbis Media Company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Угоду уклала Harmon Bros. Inc. минулого року.", "Harmon Bros. Inc"),
        ("Постачальником стала Veldt Holding B. V. з Амстердама.", "Veldt Holding B. V"),
    ],
)
def test_latin_name_keeps_the_stops_of_abbreviations_and_initials(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_party_named_for_a_cause_keeps_its_accusative() -> None:
    text = "Від Партії ветеранів за чесну владу балотувалися троє кандидатів."
    assert _names(text) == ["Партія ветеранів за чесну владу"]


def test_russian_party_named_for_a_cause_keeps_its_accusative() -> None:
    text = "Кандидаты от Партии ветеранов за честную власть прошли в думу."
    assert _names(text, "ru") == ["Партия ветеранов за честную власть"]


def test_ministry_name_with_a_coordinated_body_and_a_country() -> None:
    text = "Делегація зустрілася з Міністерством цифрових справ та адміністрації Республіки Чехія."
    assert _names(text) == ["Міністерство цифрових справ та адміністрації Республіки Чехія"]


def test_ministry_is_not_joined_to_a_body_with_a_common_genitive() -> None:
    text = "Лист надіслали Міністерству освіти та управлінню освіти міської ради."
    assert _names(text) == ["Міністерство освіти"]


def test_bloc_named_after_a_person_takes_the_name() -> None:
    text = "Кандидат від Блоку Романа Литвиненка отримав мандат."
    assert _names(text) == ["Блок Романа Литвиненка"]


def test_bloc_named_after_a_surname_alone() -> None:
    text = "Депутати від Блоку Литвиненка голосували проти."
    assert _names(text) == ["Блок Литвиненка"]


def test_named_body_does_not_take_the_genitive_person_after_it() -> None:
    text = "Депутат Опозиційного блоку Романа Ярошенка не голосував."
    assert _names(text) == ["Опозиційний блок"]


def test_holder_of_a_post_after_a_body_is_not_part_of_its_name() -> None:
    text = "За словами директора Центру розвитку громад Максим Гуменюк, план готовий."
    assert _names(text) == ["Центр розвитку громад"]


def test_holder_of_a_post_after_an_abbreviated_administration() -> None:
    text = "Голова Бердичівської РДА Станіслав Ткачук відкрив засідання."
    assert _names(text) == ["Бердичівська РДА"]


def test_holder_of_a_post_after_a_namesake() -> None:
    text = "Директор музею ім. І. Франка Олександр Левчук розповів про виставку."
    assert [o.name for o in _orgs(text)] == []
    text = "Директор Обласного музею ім. І. Франка Олександр Левчук розповів про виставку."
    assert _names(text) == ["Обласний музей ім. І. Франка"]


def test_typographic_apostrophe_does_not_cut_a_name() -> None:
    text = "Виступив представник Українського інституту національної пам’яті."
    assert _names(text) == ["Український інститут національної пам’яті"]


def test_working_group_is_named_by_its_remit() -> None:
    text = "Засідання робочої групи з питань розвитку туризму відбулося у вівторок."
    assert _names(text) == ["робоча група з питань розвитку туризму"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Засідання українсько-польської робочої групи з питань кордону відбулося.",
            "uk",
            "українсько-польська робоча група з питань кордону",
        ),
        (
            "Создана российско-американская рабочая группа по гражданскому обществу.",
            "ru",
            "российско-американская рабочая группа по гражданскому обществу",
        ),
        (
            "Засідання міжвідомчої робочої групи з питань реформи відбулося.",
            "uk",
            "міжвідомча робоча група з питань реформи",
        ),
    ],
)
def test_working_group_of_two_nations_keeps_their_adjective(
    text: str, language: str, name: str
) -> None:
    assert _names(text, language) == [name]


def test_russian_working_group_ends_before_the_body_it_works_at() -> None:
    text = (
        "Руководитель рабочей группы по развитию малых городов при Правительственной "
        "комиссии по региональной политике выступил."
    )
    assert _names(text, "ru") == [
        "рабочая группа по развитию малых городов",
        "Правительственная комиссия по региональной политике",
    ]


def test_working_group_without_a_remit_is_not_an_organisation() -> None:
    assert _names("Робоча група зібралася вдруге. Працювала робоча група з 5 осіб.") == []


def test_body_a_council_works_at_is_another_organisation() -> None:
    text = "Засідання Громадської ради при ГУНП Житомирської області."
    assert _names(text) == [
        "Громадська рада при ГУНП Житомирської області",
        "ГУНП Житомирської області",
    ]


def test_commission_named_by_what_it_prepares() -> None:
    text = "Пропозицію схвалила Обласна комісія з підготовки програми відзначення ювілею."
    assert _names(text) == ["Обласна комісія з підготовки програми відзначення ювілею"]


def test_agency_named_by_its_field() -> None:
    text = "Проєкт фінансує Норвезька агенція з міжнародного співробітництва."
    assert _names(text) == ["Норвезька агенція з міжнародного співробітництва"]


def test_month_after_a_body_is_not_its_remit() -> None:
    text = "Слідче управління Нацполіції з вересня розслідує справу."
    assert "Слідче управління Нацполіції з вересня" not in _names(text)


def test_local_council_has_no_remit() -> None:
    text = "Директор підприємства Вінницької обласної ради з охорони довкілля заявив."
    assert "Вінницька обласна рада" in _names(text)


def test_russian_adverbial_after_po_ends_the_name() -> None:
    text = "Премию учредило Вольное экономическое общество по инициативе президента."
    assert _names(text, "ru") == ["Вольное экономическое общество"]


def test_russian_remit_after_po_stays_in_the_name() -> None:
    text = "Глава комитета Госдумы по информационной политике выступил."
    assert _names(text, "ru") == ["комитет Госдумы по информационной политике"]


def test_comma_after_a_proper_name_ends_it() -> None:
    text = "Як повідомляє Мала академія наук України, виставка відкриється завтра."
    assert _names(text) == ["Мала академія наук України"]


def test_plural_bodies_after_coordinated_adjectives_stay_in_the_name() -> None:
    text = "На з’їзд прибули члени Всеукраїнської асоціації сільських та селищних рад."
    assert _names(text) == ["Всеукраїнська асоціація сільських та селищних рад"]


def test_possible_amalgamation_at_the_start_of_a_sentence_is_no_body() -> None:
    assert _names("Потенційне об’єднання трьох сіл дає переваги.") == []


def test_quantity_noun_after_a_body_is_not_its_complement() -> None:
    text = "Комісія ініціювала при Вінницькому міськвиконкомі низки заходів з благоустрою."
    assert _names(text) == ["Вінницький міськвиконком"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Рішення ухвалив Департамент з управління майном комунальної власності.",
            "uk",
            "Департамент з управління майном комунальної власності",
        ),
        (
            "Вопросы задавались из Центра управления полётом под Москвой.",
            "ru",
            "Центр управления полётом",
        ),
    ],
)
def test_what_a_body_manages_stays_in_its_name(text: str, language: str, name: str) -> None:
    assert _names(text, language) == [name]


def test_instrumental_after_a_head_of_management_is_no_part_of_it() -> None:
    assert _names("Управління листом повідомило про зміни.") == []


def test_active_participle_before_a_lowercase_body_is_no_part_of_it() -> None:
    text = "Послом станет Синдзи Харада, ранее возглавлявший отдел России в японском МИДе."
    assert not any(name.startswith("возглавлявший") for name in _names(text, "ru"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Підприємці оформили паспорти тимчасових споруд (ТС). Розміщення ТС заборонили.", "uk"),
        ("Вартість комплексної інформаційної системи (КІС) зросла.", "uk"),
        ("Внедрение свободного программного обеспечения (СПО) продолжится. СПО дешевле.", "ru"),
    ],
)
def test_acronym_spelled_out_by_common_words_is_a_term(text: str, language: str) -> None:
    assert _names(text, language) == []


def test_acronym_spelled_out_by_a_body_is_still_one() -> None:
    text = "Цей напрям курує Державна служба зайнятості (ДСЗ). ДСЗ оголосила набір."
    assert [len(org.mentions) for org in _orgs(text)] == [3]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Спектакль поставил Музыкальный театр имени Станиславского и Немировича-Данченко.",
            "ru",
            ["Музыкальный театр имени Станиславского и Немировича-Данченко"],
        ),
        (
            "Лекцію прочитали в Університеті імені Кирила і Мефодія.",
            "uk",
            ["Університет імені Кирила і Мефодія"],
        ),
        (
            "Приїхали студенти Університету імені Шевченка та Київської політехніки.",
            "uk",
            ["Університет імені Шевченка"],
        ),
    ],
)
def test_body_named_after_two_people_takes_both(text: str, language: str, names: list[str]) -> None:
    assert _names(text, language) == names


def test_prize_fund_is_no_foundation() -> None:
    assert _names("Призовой фонд матча — 1 миллион долларов.", "ru") == []
    assert _names("Призовий фонд турніру становить 10 тисяч гривень.") == []


def test_abbreviation_after_a_remit_noun_stays_in_the_name() -> None:
    text = "Члени Координаційної ради з питань ВПО зібралися в Полтаві."
    assert _names(text) == ["Координаційна рада з питань ВПО"]


PLURAL = [
    "Кошти районні державні адміністрації повинні розподілити за тиждень.",
    "Створення Центрів первинної медичної допомоги триває.",
    "Донецька та Луганська обласні служби зайнятості співпрацюють.",
]


@pytest.mark.parametrize("text", PLURAL)
def test_plural_head_names_a_kind_of_body(text: str) -> None:
    assert _names(text) == []


def test_armed_forces_are_named_in_the_plural() -> None:
    assert _names("Подяку отримали Збройні сили України.") == ["Збройні сили України"]


def test_plural_word_before_a_singular_head_does_not_make_it_plural() -> None:
    text = "Працівники акредитовані Міністерством закордонних справ України."
    assert _names(text) == ["Міністерство закордонних справ України"]


def test_amalgamated_hromada_is_a_place_not_an_organisation() -> None:
    assert _names("Голова Вербівської ОТГ провів нараду.") == []


def test_state_service_at_the_start_of_a_sentence() -> None:
    text = "Державна служба зайнятості провела ярмарок вакансій."
    assert _names(text) == ["Державна служба зайнятості"]


def test_headline_in_capitals_gives_no_organisations() -> None:
    text = "ОЛЕНА ДОРОШ: “КОМУНАЛЬНІ СЛУЖБИ ГОТОВІ ДО ЗИМИ, АЛЕ ЧАСУ ЗАЛИШИЛОСЯ ОБМАЛ”\nТекст."
    assert _names(text) == []


def test_surname_in_capitals_is_not_an_acronym() -> None:
    assert _names("Про це повідомив секретар ради Олексій ДОРОШ.") == []


NOT_ORGANISATIONS = [
    ("Загальноосвітня школа I-III ступенів отримала автобус.", "uk", "I-III"),
    ("Дітям з ДЦП надають реабілітацію.", "uk", "ДЦП"),
    ("Поголів’я ВРХ зросло.", "uk", "ВРХ"),
    ("Випускники складають ВНО.", "uk", "ВНО"),
    ("Статья 159 УК РФ предусматривает штраф.", "ru", "УК РФ"),
    ("МРОТ вырастет с января.", "ru", "МРОТ"),
    ("Номер СНИЛС нужен для записи.", "ru", "СНИЛС"),
    ("Жители Крыма и АР Крым получили справки.", "uk", "АР"),
    ("Приложение объединяет сообщения Facebook, СМС и письма.", "ru", "СМС"),
    ("Старт запланирован на 10:00 UTC.", "ru", "UTC"),
    ("Газ закачують у Богородчанське ПСГ.", "uk", "Богородчанське ПСГ"),
    ("Відремонтують пункти вимірювання на ГРС Озеряни.", "uk", "ГРС Озеряни"),
]


@pytest.mark.parametrize(("text", "language", "word"), NOT_ORGANISATIONS)
def test_common_abbreviation_is_not_an_organisation(text: str, language: str, word: str) -> None:
    assert word not in _names(text, language)


def test_management_company_before_quotes_is_a_legal_form() -> None:
    text = "Будинок обслуговує УК «Затишний дім»."
    assert _names(text) == ["УК «Затишний дім»"]


def test_quoted_names_listed_after_a_cue_are_all_organisations() -> None:
    text = "Захід провели громадські організації «Світанок», «Обрій» та «Лелека»."
    assert _names(text) == ["Світанок", "Обрій", "Лелека"]


def test_quoted_name_is_merged_with_its_full_name_named_later() -> None:
    text = "Організації «Світанок» та «Обрій» допомогли. Голова ГО «Обрій» подякувала."
    orgs = _orgs(text)
    assert [o.name for o in orgs] == ["Світанок", "ГО «Обрій»"]
    assert len(orgs[1].mentions) == 2


def test_newspaper_named_with_its_head_word() -> None:
    text = "Главный редактор «Вечерней газеты» дал интервью."
    assert _names(text, "ru") == ["Вечерняя газета"]


def test_state_road_agency_is_known_by_its_clipped_name() -> None:
    orgs = _orgs('Ранее "Укравтодор" объявил тендер.', "ru")
    assert [(o.name, o.kind) for o in orgs] == [("Укравтодор", OrganizationKind.STATE_BODY)]


def test_phrase_inside_a_quoted_company_name_is_part_of_it() -> None:
    orgs = _orgs("Договір уклали з ТОВ «Будівельна група Профбуд» минулого тижня.")
    assert [o.name for o in orgs] == ["ТОВ «Будівельна група Профбуд»"]


def test_programme_title_in_quotes_is_not_an_organisation() -> None:
    text = "Місто долучилося до проєкту «Агенція змін для громад»."
    assert _names(text) == []


def test_acronym_inside_a_programme_title_is_the_programme_s() -> None:
    text = "Кошти надано в межах проєкту «Прозора ініціатива Європейського Союзу (EUTRI)»."
    orgs = _orgs(text)
    assert [(o.name, o.acronym) for o in orgs] == [("Європейський Союз", None)]


def test_body_named_inside_a_programme_title_is_found() -> None:
    text = "Стартував проєкт «Підтримка Державної служби зайнятості в нових умовах»."
    assert _names(text) == ["Державна служба зайнятості"]


def test_shares_in_quotes_are_of_a_company() -> None:
    text = "Фонд продав 25% акцій «Полтаваобленерго» минулого року."
    assert "Полтаваобленерго" in _names(text)


def test_capitalised_preposition_after_an_acronym_starts_a_new_sentence() -> None:
    text = "Комиссия займется коррупцией в органах МВД В Херсоне начался прием."
    assert _names(text, "ru") == ["МВД"]


def test_russian_meeting_of_a_body_is_not_the_body() -> None:
    text = "На собрании Общественной палаты Твери обсудили бюджет."
    assert _names(text, "ru") == ["Общественная палата Твери"]


def test_legal_form_with_a_case_ending_is_not_an_organisation() -> None:
    assert _names("Руководителя МУПа уволили.", "ru") == []


QUOTED_AFTER_A_CUE = [
    ("Про це пише інтернет-видання «Голос міста».", "uk", "Голос міста"),
    ("Депутати фракції «Рідний край» голосували проти.", "uk", "Рідний край"),
    ("Виступив народний аматорський колектив «Калина».", "uk", "Калина"),
    (
        'Он возглавил депутатскую фракцию "Независимые депутаты Тулы".',
        "ru",
        'депутатская фракция "Независимые депутаты Тулы"',
    ),
    ("Активисты движения «Чистый берег» вышли на субботник.", "ru", "движение «Чистый берег»"),
]


@pytest.mark.parametrize(("text", "language", "name"), QUOTED_AFTER_A_CUE)
def test_quoted_name_after_a_media_faction_or_ensemble_cue(
    text: str, language: str, name: str
) -> None:
    assert _names(text, language) == [name]


def test_business_centre_is_not_a_cue_of_an_organisation() -> None:
    assert _names("Офіс розташований у бізнес-центрі «Вітрило».") == []


def test_cue_of_another_body_does_not_join_the_name() -> None:
    text = "Хрест встановили з ініціативи місцевого руху і «Товариства Просвіта»."
    assert "рух і «Товариства Просвіта»" not in _names(text)


FRAGMENTS = [
    "ТОВ «",
    "»",
    "«",
    "Будівельна група ",
    "Агенція розвитку міста",
    "громадські організації ",
    ", ",
    " та ",
    "Обрій",
    "ГО «Обрій»",
    "робочої групи з питань ",
    "при ГУНП ",
    "Житомирської області",
    "ОЛЕНА ДОРОШ ",
    "\n",
    "Блоку Романа Литвиненка ",
    "Міністерства справ та адміністрації Республіки Чехія",
    "АМКУ",
    ". ",
]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_names_built_of_pieces_never_raise(pieces: list[str]) -> None:
    text = "".join(pieces)
    for org in _orgs(text):
        assert org.mentions
        for span in org.mentions:
            assert 0 <= span.start < span.end <= len(text)


HOSTILE = [
    "ЖОВА " * 200_000,
    "Партії ветеранів за чесну " * 30_000,
    "Блоку Романа " * 100_000,
    "робочої групи з питань " * 40_000,
    "«Світанок», " * 100_000,
    "Центру розвитку Максим " * 50_000,
    "Комітету з розробки " * 50_000,
    "Міністерства справ та адміністрації " * 30_000,
    "КОМУНАЛЬНІ СЛУЖБИ ГОТОВІ\n" * 50_000,
    "ОДА " * 100_000 + "\n",
    "ради при Управлінні " * 50_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_finishes_quickly(text: str) -> None:
    started = time.perf_counter()
    find_organizations(text, language="uk", places=())
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "Делегація Палати представників Конгресу США прибула до Києва.",
            "uk",
            ["Палата представників Конгресу США"],
        ),
        (
            "Із 2010 року він очолював Управління екологічної політики Секретаріату Кабміну.",
            "uk",
            ["Управління екологічної політики Секретаріату Кабміну"],
        ),
        (
            "Спикер Палаты представителей Конгресса США выступил.",
            "ru",
            ["Палата представителей Конгресса США"],
        ),
    ],
)
def test_capitalised_name_goes_on_into_the_body_it_belongs_to(
    text: str, language: str, names: list[str]
) -> None:
    assert _names(text, language) == names


def test_body_after_a_remit_is_another_body() -> None:
    text = "Голова комітету з питань освіти Верховної Ради України виступив."
    assert _names(text) == ["Верховна Рада України"]


def test_country_abbreviation_after_pri_keeps_the_remit_in_the_name() -> None:
    text = "Член Совета при Президенте РФ по развитию информационного общества заявил."
    assert _names(text, "ru") == ["Совет при Президенте РФ по развитию информационного общества"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Лідери країн G7 та G20 підтримали Україну. Посли Великої сімки зустрілися.",
            "uk",
            [("G7", ["G7", "Великої сімки"]), ("G20", ["G20"])],
        ),
        (
            "На саммите большой двадцатки и G-20 говорили о «Большой восьмерке».",
            "ru",
            [("G20", ["большой двадцатки", "G-20"]), ("G8", ["Большой восьмерке"])],
        ),
        # A model's name after "модель" is a product's, and "G7x" no group.
        ("Большая семья собралась. Модель Galaxy G7x.", "ru", []),
    ],
)
def test_groups_of_largest_economies_are_one_record_each(
    text: str, language: str, expected: list[tuple[str, list[str]]]
) -> None:
    found = _orgs(text, language)
    assert [(o.name, [text[m.start : m.end] for m in o.mentions]) for o in found] == expected
    assert all(
        o.kind is OrganizationKind.INTERNATIONAL for o in found if o.name in {"G7", "G8", "G20"}
    )


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Мати голови правління Херсонської ТЕЦ Марія Педченко купила пансіонат.",
            "uk",
            "Херсонська ТЕЦ",
        ),
        ("Аварія сталася на Запорізькій АЕС відключення тривало годину.", "uk", "Запорізька АЕС"),
        ("Работы на Нововоронежской АЭС завершены.", "ru", "Нововоронежская АЭС"),
        (
            "Кредит виділять на добудову блоків Хмельницької атомної електростанції.",
            "uk",
            "Хмельницька атомна електростанція",
        ),
    ],
)
def test_power_plant_named_by_its_place_is_a_company(text: str, language: str, name: str) -> None:
    found = _orgs(text, language)
    assert [(o.name, o.kind) for o in found] == [(name, OrganizationKind.COMPANY)]


@pytest.mark.parametrize(
    "text",
    ["Будівництво ТЕС триває третій рік.", "Скиди теплих вод із різних ТЕЦ і станцій аерації."],
)
def test_power_plant_without_its_place_is_no_body(text: str) -> None:
    assert _names(text) == []


def test_abbreviated_administration_takes_no_common_genitive() -> None:
    text = "У Житомирській ОДА засідання відбулося вчора."
    assert _names(text) == ["Житомирська ОДА"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Он был первым секретарём Свердловского обкома КПСС.", "ru", "Свердловский обком КПСС"),
        (
            "Газета була органом Тернопільського райкому компартії.",
            "uk",
            "Тернопільський райком компартії",
        ),
    ],
)
def test_party_committee_of_a_region_is_a_body(text: str, language: str, name: str) -> None:
    assert _names(text, language) == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Промышленный и коммерческий банк Китая купил долю.",
            "ru",
            "Промышленный и коммерческий банк Китая",
        ),
        (
            "По сведениям Всемирной продовольственной и сельскохозяйственной организации ООН.",
            "ru",
            "Всемирная продовольственная и сельскохозяйственная организация ООН",
        ),
        (
            "Всесвітня продовольча і сільськогосподарська організація ООН попередила про голод.",
            "uk",
            "Всесвітня продовольча і сільськогосподарська організація ООН",
        ),
    ],
)
def test_coordinated_adjectives_after_a_capital_stay_in_the_name(
    text: str, language: str, name: str
) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # A person before the conjunction, a quoted title, two capitals, two levels.
        (
            "Товариство зареєстроване на Олену Четверикову і офшорну компанію «Каліндо Лімітед».",
            "uk",
            ["Каліндо Лімітед"],
        ),
        ('Она училась по специальности "Государственное и муниципальное управление".', "ru", []),
        ("Триває реконструкція Слов’янської і Старобешівської ТЕС.", "uk", ["Старобешівська ТЕС"]),
        ("Житомирська обласна та міська ради провели спільне засідання.", "uk", []),
    ],
)
def test_coordination_that_names_no_one_body(text: str, language: str, names: list[str]) -> None:
    assert _names(text, language) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Газета Corriere della Sera пишет о выборах.", "Газета Corriere della Sera"),
        ("Банк Société Générale закрыл отделение.", "Банк Société Générale"),
        ("Институт Ludwig von Mises Institute провёл семинар.", "Ludwig von Mises Institute"),
    ],
)
def test_latin_name_with_a_romance_or_germanic_particle_is_one_name(text: str, name: str) -> None:
    assert _names(text, "ru") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Бундестренер Юрген Клинсман (Jürgen Klinsmann) назвал состав.",
        "Оператор Сами аль-Хадж (Sami al-Haj) находится в тюрьме.",
        "Corus Chess Tournament 2006 начался в субботу.",
        "Появилась новая версия легендарной аркады Angry Birds.",
        "Кампанию он проводит под девизом The Right Move.",
        "Конкурс PART Awards впервые пройдёт в Москве.",
        "Больница закупила автомобили Chevrolet NIVA.",
    ],
)
def test_latin_words_of_people_events_and_titles_are_no_body(text: str) -> None:
    assert _names(text, "ru") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Фірма заведена на віргінський офшор «Delacon Systems Ltd» і «Wargrave Trading LLP».",
            ["Delacon Systems Ltd", "Wargrave Trading LLP"],
        ),
        (
            "Власники: офшор «Діомар інвест лімітед» та кіпрська «Беніш Груп Лімітед».",
            ["Діомар інвест лімітед", "Беніш Груп Лімітед"],
        ),
    ],
)
def test_quoted_name_ending_in_a_legal_form_is_a_company(text: str, names: list[str]) -> None:
    found = _orgs(text)
    assert [o.name for o in found] == names
    assert all(o.kind is OrganizationKind.COMPANY for o in found)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Він був заступником голови Держагентства резерву України.",
            "uk",
            "Держагентство резерву України",
        ),
        ("Держслужба транспорту найняла підрядника.", "uk", "Держслужба транспорту"),
        (
            "Центр входить у структуру Держкомітету молодіжної політики, спорту і туризму.",
            "uk",
            "Держкомітет молодіжної політики, спорту і туризму",
        ),
        ("Госкомитет по делам молодежи сообщил о гранте.", "ru", "Госкомитет по делам молодежи"),
    ],
)
def test_clipped_state_body_is_named_with_its_complement(
    text: str, language: str, name: str
) -> None:
    assert _names(text, language) == [name]


def test_clipped_state_body_alone_at_the_start_of_a_sentence_is_no_name() -> None:
    assert _names("Держслужба найняла підрядника.") == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Это сказал лидер Движения против нелегальной иммиграции Александр Белов.",
            "ru",
            "Движение против нелегальной иммиграции",
        ),
        (
            "Делегаты Партии ветеранов за честные выборы собрались в Москве.",
            "ru",
            "Партия ветеранов за честные выборы",
        ),
    ],
)
def test_movement_named_for_a_cause_keeps_it(text: str, language: str, name: str) -> None:
    assert _names(text, language) == [name]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Концерн «Майкрософт» представил документацию.", "ru", ["Концерн «Майкрософт»"]),
        ("Він служив у спецпідрозділі «Беркут» при управлінні.", "uk", ["Беркут"]),
        ("Руслан працює на державній шахті «Глибока».", "uk", ["Глибока"]),
        (
            "Участвовали институт «Коллективное действие», «Жилищная солидарность» и другие.",
            "ru",
            ["институт «Коллективное действие»", "Жилищная солидарность"],
        ),
    ],
)
def test_concern_institute_unit_and_mine_are_cues_of_quoted_names(
    text: str, language: str, names: list[str]
) -> None:
    assert _names(text, language) == names


def test_given_name_guessed_by_its_ending_is_no_company() -> None:
    text = "Юрген Клинсман, Йоахим Лёв и Андреас Кёпке приехали."
    assert _names(text, "ru") == []
    assert _names("Контракт получил Факторстрой.", "ru") == ["Факторстрой"]


def test_word_of_a_place_named_after_its_marker_is_no_organisation() -> None:
    text = "Самолет летел обычным рейсом из города Хилтон Хэд в Южной Каролине."
    assert _names(text, "ru") == []


def _mentions(text: str, language: str) -> list[tuple[str, list[str]]]:
    return [
        (org.name, [text[m.start : m.end] for m in org.mentions]) for org in _orgs(text, language)
    ]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            "Борис Стомахин, редактор ежемесячной газеты «Радикальная политика», арестован.",
            "ежемесячная газета «Радикальная политика»",
            "ежемесячной газеты «Радикальная политика»",
        ),
        (
            "Соучредитель благотворительного фонда «Оберег» выступил.",
            "благотворительный фонд «Оберег»",
            "благотворительного фонда «Оберег»",
        ),
        ("Как уточняет газета «Труд», протестующие пришли.", "газета «Труд»", "газета «Труд»"),
        ("Об этом писал редактор этой газеты «Труд».", "газета «Труд»", "газеты «Труд»"),
        ("Он купил акции компании «Газпром» в мае.", "компания «Газпром»", "компании «Газпром»"),
        (
            "Книга выставлена на торги аукционного дома Christie’s в Риме.",
            "аукционный дом Christie’s",
            "аукционного дома Christie’s",
        ),
        (
            "Бхутто заявила по телефону агенству France-Presse, что не боится.",
            "агенство France-Presse",
            "агенству France-Presse",
        ),
    ],
)
def test_russian_name_keeps_its_cue_and_the_cues_adjectives(
    text: str, name: str, mention: str
) -> None:
    assert _mentions(text, "ru") == [(name, [mention])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Він балотувався від партії «Рідне місто».", "Рідне місто"),
        ("Керівник футбольного клубу «Случ» виступив.", "Случ"),
        ("Він купив акції компанії «Укрнафта» у травні.", "Укрнафта"),
    ],
)
def test_ukrainian_name_is_the_quoted_name_alone(text: str, name: str) -> None:
    assert _mentions(text, "uk") == [(name, [name])]


def test_fund_of_a_companys_capital_is_no_cue() -> None:
    assert _names("Кожна з них має половину статутного фонду «Боспору».") == []
    assert _names("Половина уставного фонда «Мечела» продана.", "ru") == []


def test_russian_latin_name_keeps_its_cue_and_is_named_alone_again() -> None:
    text = "Пользователи социальной сети Facebook жалуются. Facebook ответил им."
    assert _mentions(text, "ru") == [
        ("социальная сеть Facebook", ["социальной сети Facebook", "Facebook"])
    ]
    text = "Facebook ответил. Пользователи социальной сети Facebook жалуются."
    assert _mentions(text, "ru") == [
        ("социальная сеть Facebook", ["Facebook", "социальной сети Facebook"])
    ]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # a plural cue names more than one body
        (
            "Он против слияния компаний Oracle и Sun Microsystems.",
            "ru",
            ["Oracle", "Sun Microsystems"],
        ),
        # a name that says its kind itself
        (
            "Институт Ludwig von Mises Institute провёл семинар.",
            "ru",
            ["Ludwig von Mises Institute"],
        ),
        # Ukrainian keeps the cue out
        ("Користувачі соціальної мережі Facebook скаржаться.", "uk", ["Facebook"]),
    ],
)
def test_cue_before_a_latin_name_stays_out(text: str, language: str, names: list[str]) -> None:
    assert _names(text, language) == names


def test_cue_and_its_adjective_across_a_line_break_index_the_text() -> None:
    text = "Фотограф независимого\nеженедельника «Пермский обозреватель» задержан."
    (org,) = _orgs(text, "ru")
    (span,) = org.mentions
    assert text[span.start : span.end] == "независимого\nеженедельника «Пермский обозреватель»"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Лидер Объединённого фронта за демократию против диктатуры выступил.",
            "ru",
            "Объединённый фронт за демократию против диктатуры",
        ),
        (
            "Доклад рассмотрел Комитет против пыток в Женеве.",
            "ru",
            "Комитет против пыток",
        ),
        ("Заяву розглянув Комітет проти катувань.", "uk", "Комітет проти катувань"),
        (
            "Активисты Движения в защиту Химкинского леса вышли к мэрии.",
            "ru",
            "Движение в защиту Химкинского леса",
        ),
        (
            "Заяву підписав Комітет на захист свободи слова.",
            "uk",
            "Комітет на захист свободи слова",
        ),
    ],
)
def test_front_and_committee_keep_their_causes(text: str, language: str, name: str) -> None:
    assert name in _names(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Комитет за неделю рассмотрел жалобы.", "ru"),
        ("Комітет за тиждень розглянув скарги.", "uk"),
    ],
)
def test_time_after_a_committee_is_no_cause(text: str, language: str) -> None:
    assert not any(" за " in name for name in _names(text, language))


def test_adjective_of_time_or_opinion_stays_out_of_a_russian_cue() -> None:
    text = "Редактор бывшей газеты «Труд» и популярного клуба «Сатурн» пришли."
    assert _names(text, "ru") == ["газета «Труд»", "клуб «Сатурн»"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Слідче управління Головного управління Нацполіції у місті Києві розслідує.",
            "Слідче управління Головного управління Нацполіції у місті Києві",
        ),
        ("Про це повідомила Прокуратура міста Києва.", "Прокуратура міста Києва"),
        ("Жовтневий райсуд м. Дніпро призначив штраф.", "Жовтневий райсуд м. Дніпро"),
        ("Роботи з влаштуванням ЦНАПу в м. Глиняни тривають.", "ЦНАП в м. Глиняни"),
    ],
)
def test_city_written_out_or_in_the_nominative_ends_a_bodys_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_city_word_before_a_common_noun_is_no_city() -> None:
    assert _names("Головне управління у місті працює цілодобово.") == ["Головне управління"]


def test_one_word_state_body_keeps_the_oblast_of_its_office() -> None:
    text = "Ключка очолював Держказначейство в Донецькій області."
    assert _names(text) == ["Держказначейство в Донецькій області"]
    assert _names("Держпраці у Києві перевірила склад.") == ["Держпраці"]


def test_russian_one_word_name_keeps_its_cue_and_is_named_alone_again() -> None:
    text = "Об этом сообщил представитель компании Газпром Сергей Куприянов. Газпром молчит."
    assert _mentions(text, "ru") == [("компания Газпром", ["компании Газпром", "Газпром"])]
    assert _names("Третье место стало первым подиумом команды Феррари.", "ru") == [
        "команда Феррари"
    ]


def test_cue_before_a_latin_name_gives_its_kind() -> None:
    (org,) = _orgs("Виступив представник ГО SavePoltava, ветеран.")
    assert (org.name, org.kind) == ("SavePoltava", OrganizationKind.NGO)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Об этом заявило японское правительство в среду.", ["японское правительство"]),
        ("Решение американского правительства удивило.", ["американское правительство"]),
        ("Новое правительство собралось впервые.", []),
        ("Это правительство собралось впервые.", []),
        ("Они собрались у российского посольства в Токио.", ["российское посольство в Токио"]),
        ("В британском парламенте спорили.", ["британский парламент"]),
        (
            "Ждут инициатив американского правительства по стимулированию.",
            ["американское правительство"],
        ),
        ("Новый парламент собрался.", []),
    ],
)
def test_russian_government_named_by_its_nation(text: str, names: list[str]) -> None:
    assert _names(text, "ru") == names


def test_ukrainian_government_by_its_nation_stays_a_common_noun() -> None:
    assert _names("Про це заявив японський уряд у середу.") == []


def test_russian_federation_in_lower_case_before_its_country_is_a_body() -> None:
    text = "По данным, шахматная федерация Израиля поддержит кандидата."
    assert _names(text, "ru") == ["шахматная федерация Израиля"]


def test_ukrainian_regional_branch_in_lower_case_stays_out() -> None:
    text = "Виступив голова обласної організації Національної спілки художників."
    assert _names(text) == ["Національна спілка художників"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Справу веде ГУ СБУ в м. Києві та Київській області.",
            "uk",
            "ГУ СБУ в м. Києві та Київській області",
        ),
        (
            "Сотрудники УВД по Приморскому краю и Хабаровскому краю пришли.",
            "ru",
            "УВД по Приморскому краю и Хабаровскому краю",
        ),
    ],
)
def test_office_of_a_city_and_its_region_is_one_body(text: str, language: str, name: str) -> None:
    assert _names(text, language) == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Сотрудники ОВД по району Отрадное задержали его.", "ru", "ОВД по району Отрадное"),
        ("Сотрудники УВД по г. Владивостоку задержали его.", "ru", "УВД по г. Владивостоку"),
        (
            "Майно передали Регіональному відділенню ФДМУ по місту Києву.",
            "uk",
            "Регіональне відділення ФДМУ по місту Києву",
        ),
    ],
)
def test_office_serving_a_unit_named_after_po_keeps_it(text: str, language: str, name: str) -> None:
    assert _names(text, language) == [name]


def test_remit_after_an_acronym_is_the_posts_not_the_bodys() -> None:
    text = "Однако директор НАСА по космическим полётам Билл Герстенмайер возразил."
    assert _names(text, "ru") == ["НАСА"]


def test_second_place_after_a_body_in_another_phrase_stays_out() -> None:
    text = "Управління ДСНС у Львівській області та Закарпатті провело навчання."
    assert _names(text) == ["Управління ДСНС у Львівській області"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Представители Конгресса профсоюзов и профсоюза Юнайт встретились.",
            "ru",
            "Конгресс профсоюзов",
        ),
        (
            "Голова Всеукраїнської профспілки працівників галузі земельних відносин України.",
            "uk",
            "Всеукраїнська профспілка працівників галузі земельних відносин України",
        ),
    ],
)
def test_trade_union_is_a_head(text: str, language: str, name: str) -> None:
    assert _names(text, language) == [name]


def test_latin_name_of_a_taxon_is_no_company() -> None:
    text = "До відділів належать Ascomycota, Basidiomycota і Zygomycota, а Protozoa — окремо."
    assert _names(text) == []
    assert _names("Родина Rosaceae охоплює яблуні, а Felidae — котів.") == []


def test_russian_acronym_keeps_its_cue_but_not_inside_a_longer_name() -> None:
    text = "Лидер фракции КПРФ выступил. КПРФ голосовала против."
    assert _mentions(text, "ru") == [("фракция КПРФ", ["фракции КПРФ", "КПРФ"])]
    text = "По сведениям Всемирной продовольственной и сельскохозяйственной организации ООН."
    assert "сельскохозяйственная организация ООН" not in _names(text, "ru")


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "В декабре комиссия Европейского союза пригрозила штрафом.",
            "ru",
            ["комиссия Европейского союза", "Европейский союз"],
        ),
        (
            "Торік виконком Щастинської міськради затвердив перелік.",
            "uk",
            ["виконком Щастинської міськради", "Щастинська міськрада"],
        ),
        (
            "Працівники управління ДСНС України у Закарпатській області приїхали.",
            "uk",
            ["управління ДСНС України у Закарпатській області", "ДСНС України"],
        ),
        (
            "Рішення сесії обласної ради VII скликання ухвалили.",
            "uk",
            ["обласна рада VII скликання"],
        ),
    ],
)
def test_body_a_lower_case_name_belongs_to_is_a_body_too(
    text: str, language: str, names: list[str]
) -> None:
    assert _names(text, language) == names


def test_a_remit_after_the_body_a_name_belongs_to_keeps_them_one() -> None:
    text = "Вона дружить з головою комітету Верховної Ради з питань охорони здоров’я."
    assert _names(text) == ["комітет Верховної Ради з питань охорони здоров’я"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Слідчі звинувачують заступника управління ГПУ Володимира Шапакіна.", "ГПУ"),
        ("Голову Волинської ОДА Володимира Гунчика попросили.", "Волинська ОДА"),
    ],
)
def test_a_person_after_an_abbreviated_name_holds_a_post_there(text: str, name: str) -> None:
    assert name in _names(text)
    assert not any("Володимир" in found for found in _names(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Начальник юридичного департаменту АМКУ заявив.", ["АМКУ"]),
        ("Працівники фінансового управління Диканської РДА прийшли.", ["Диканська РДА"]),
        ("Директор департаменту освіти Житомирської міської ради.", ["Житомирська міська рада"]),
        # A unit with a seat of its own is a territorial body.
        (
            "Працівники управління Держпраці в Івано-Франківській області прийшли.",
            ["управління Держпраці в Івано-Франківській області"],
        ),
    ],
)
def test_a_ukrainian_unit_in_lower_case_names_only_its_body(text: str, names: list[str]) -> None:
    assert _names(text) == names
