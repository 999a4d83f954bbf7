"""Organisations: posts, agreement, governments, initials and names cut short."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.extract.organizations import find_organizations
from govnews.extract.places import find_places
from govnews.model import Organization


def _orgs(text: str, language: str = "uk") -> tuple[Organization, ...]:
    return find_organizations(text, language=language, places=find_places(text, language=language))


def _names(text: str, language: str = "uk") -> list[str]:
    return [org.name for org in _orgs(text, language)]


def _surfaces(text: str, language: str = "uk") -> list[list[str]]:
    return [[text[s.start : s.end] for s in org.mentions] for org in _orgs(text, language)]


def test_post_in_the_instrumental_does_not_begin_a_body() -> None:
    text = "Игорь Семин стал главой правительства Канады весной."
    assert _names(text, "ru") == ["правительство Канады"]


def test_post_agreeing_by_chance_does_not_begin_a_body() -> None:
    text = "Игорь Семин, ставший главой администрации области, выступил."
    assert "глава администрации области" not in _names(text, "ru")


def test_capitalised_post_at_a_sentence_start_does_not_begin_a_body() -> None:
    text = "Главой правительства Канады стал Игорь Семин."
    assert _names(text, "ru") == ["правительство Канады"]


def test_adjective_of_another_gender_does_not_join_the_name() -> None:
    text = "Про це йдеться у зверненні Київської громадської ради ветеранів."
    assert _names(text) == ["Київська громадська рада ветеранів"]


def test_ukrainian_government_in_small_letters_is_not_a_name() -> None:
    text = "Олена Руденко подякувала уряду Канади за підтримку громади."
    assert _names(text) == []


def test_ukrainian_government_capitalised_in_a_sentence_is_a_name() -> None:
    text = "Угоду підписано з Урядом Республіки Молдова минулого тижня."
    assert _names(text) == ["Уряд Республіки Молдова"]


def test_ukrainian_government_capitalised_at_a_sentence_start_is_not_a_name() -> None:
    text = "Уряд Канади виділив кошти на відновлення шкіл."
    assert _names(text) == []


def test_russian_government_of_a_region_is_a_body() -> None:
    text = "Решение одобрено правительством Тверской области в среду."
    assert _names(text, "ru") == ["правительство Тверской области"]


def test_museum_named_with_initials_keeps_the_surname() -> None:
    text = "Виставку відкрили в Обласному музеї О. П. Вербицького у вівторок."
    assert _names(text) == ["Обласний музей О. П. Вербицького"]


def test_initials_written_without_spaces_keep_the_surname() -> None:
    text = "Екскурсію провели в Обласному музеї О.П.Вербицького минулого тижня."
    assert _surfaces(text) == [["Обласному музеї О.П.Вербицького"]]


def test_holder_with_initials_after_a_council_is_not_part_of_its_name() -> None:
    text = "Голова Київської обласної ради О. Руденко відкрив сесію."
    assert _names(text) == ["Київська обласна рада"]


def test_initials_without_a_surname_end_the_name() -> None:
    text = "Слово мав директор Київського інституту Т. Г."
    assert _names(text) == ["Київський інститут"]


def test_name_cut_short_joins_the_full_name() -> None:
    text = (
        "Державна служба зайнятості України оголосила набір. "
        "Державна служба зайнятості пояснила умови."
    )
    assert _names(text) == ["Державна служба зайнятості України"]


def test_name_cut_short_joins_a_name_with_its_remit() -> None:
    text = "Працює Рада з питань ветеранів. Пізніше Рада з питань ветеранів Київщини зібралася."
    assert len(_names(text)) == 1


def test_name_cut_short_stays_apart_from_two_fuller_names() -> None:
    text = (
        "Засідали Апеляційний суд Київської області та Апеляційний суд Одеської області. "
        "Апеляційний суд відклав розгляд."
    )
    assert len(_names(text)) == 3


def test_name_cut_short_keeps_its_name_over_a_rare_place() -> None:
    text = (
        "Кошти надав Європейський Союз. Проєкт «Підтримка Європейського Союзу в Україні» "
        "триває. Європейський Союз продовжив його."
    )
    assert _names(text)[0] == "Європейський Союз"


def test_name_followed_by_a_common_word_is_not_taken_for_a_fuller_name() -> None:
    text = "Міністерство освіти повідомило. Міністерство освіти ТОВ не відповіло."
    assert "Міністерство освіти" in _names(text)


def test_body_in_the_nominative_keeps_its_adjective_as_written() -> None:
    text = "Позов розглянув Шевченківський райсуд м. Полтави минулого тижня."
    assert _names(text) == ["Шевченківський райсуд м. Полтави"]


def test_adjective_before_an_administration_acronym_in_a_genitive_tail() -> None:
    text = "Пояснив начальник Фінансового управління Калуської РДА Олена Руденко."
    assert _names(text)[0] == "Фінансове управління Калуської РДА"


def test_abbreviated_country_does_not_head_a_body() -> None:
    text = "Зустріч із почесним консулом ФРН у Львові Оленою Руденко."
    assert _names(text) == []


def test_unknown_word_ending_like_a_company_is_not_one() -> None:
    text = "Діти тренуються на тренажері з назвою «Гуматом» щодня."
    assert _names(text) == []


def test_reserve_fund_of_a_budget_is_not_a_body() -> None:
    text = "Резервний фонд бюджету громади поповнили на мільйон гривень."
    assert _names(text) == []


def test_housing_stock_of_a_city_is_not_a_body() -> None:
    text = "Жилищный фонд Твери требует капитального ремонта."
    assert _names(text, "ru") == []


def test_pension_fund_stays_a_body() -> None:
    text = "Довідку видає Пенсійний фонд України за місцем проживання."
    assert _names(text) == ["Пенсійний фонд України"]


def test_administrative_seat_of_a_hromada_is_not_a_body() -> None:
    text = "Адміністративним центром громади стало село Зелене."
    assert _names(text) == []


def test_regional_employment_centre_stays_a_body() -> None:
    text = "Вакансії оприлюднив Обласний центр зайнятості у четвер."
    assert _names(text) == ["Обласний центр зайнятості"]


def test_country_genitive_closes_a_name() -> None:
    text = "Курс Національного банку України цього разу не змінився."
    assert _names(text) == ["Національний банк України"]


def test_country_genitive_keeps_a_remit_after_it() -> None:
    text = "Засідав Комітет Верховної Ради України з питань бюджету."
    assert _names(text) == ["Комітет Верховної Ради України з питань бюджету"]


def test_collegium_named_with_a_capital_is_a_body() -> None:
    text = "Игорь Семин входил в Коллегию администрации Тверской области."
    assert _names(text, "ru") == ["Коллегия администрации Тверской области"]


def test_collegium_in_small_letters_is_a_meeting() -> None:
    text = "На засіданні колегії обговорили бюджет громади."
    assert _names(text) == []


def test_ordinal_at_a_sentence_start_does_not_make_a_name() -> None:
    text = "Третья группа участников приехала позже."
    assert _names(text, "ru") == []


def test_latin_title_of_a_course_is_not_a_body() -> None:
    text = "Школа запустила курс Better English для вчителів."
    assert _names(text) == []


def test_acronym_after_a_project_title_is_the_project() -> None:
    text = "Навчання підтримав проєкт «Сильні громади» SGRP минулого року."
    assert _names(text) == []


def test_un_development_programme_is_a_body() -> None:
    text = "Генератори для громади передала Програма розвитку ООН."
    assert _names(text)[0] == "Програма розвитку ООН"


def test_period_in_the_genitive_ends_a_name() -> None:
    text = "Нагороди вручили працівникам Управління соціального захисту населення цього тижня."
    assert _names(text) == ["Управління соціального захисту населення"]


def test_institute_keeps_its_remit() -> None:
    text = "Дослідження підготував Український інститут з прав людини."
    assert _names(text) == ["Український інститут з прав людини"]


def test_hyphenated_adjective_keeps_both_capitals() -> None:
    text = "Виступив методист Івано-Франківського ОІППО Ігор Семенюк."
    assert _names(text) == ["Івано-Франківський ОІППО"]


def test_legal_form_alone_is_not_a_body() -> None:
    text = "Землі колишнього КСП передали громаді в оренду."
    assert _names(text) == []


def test_verb_read_as_a_surname_ends_a_name() -> None:
    text = "Житомирська міськрада надала ТОВ «Зоря» дозвіл на будівництво."
    assert _names(text)[0] == "Житомирська міськрада"


def test_action_after_pry_is_not_part_of_a_name() -> None:
    text = "Бориспільська РДА при підписанні угод порушила закон."
    assert _names(text) == ["Бориспільська РДА"]


def test_council_attached_to_a_post_keeps_it() -> None:
    text = "Засідала Молодіжна рада при міському голові в четвер."
    assert _names(text) == ["Молодіжна рада при міському голові"]


def test_general_fund_of_a_budget_is_not_a_body() -> None:
    text = "Загальний фонд бюджету громади виконано на сто відсотків."
    assert _names(text) == []


def test_number_after_a_body_issuing_a_document_is_the_document() -> None:
    text = "Це визначено наказом Міністерства освіти № 512 від березня."
    assert _names(text) == ["Міністерство освіти"]


def test_number_of_a_school_stays_in_its_name() -> None:
    text = "Учні Житомирської гімназії № 3 перемогли в олімпіаді."
    assert _names(text) == ["Житомирська гімназія № 3"]


def test_former_post_after_a_comma_is_not_part_of_a_name() -> None:
    text = "Виступив представник Департаменту освіти, колишнього заступника голови району."
    assert _names(text) == ["Департамент освіти"]


def test_remit_listed_with_commas_stays_in_the_name() -> None:
    text = "Звіт підготував Департамент у справах сім’ї, молоді та спорту міської ради."
    assert _names(text) == ["Департамент у справах сім’ї, молоді та спорту міської ради"]


def test_quoted_phrase_after_an_acronym_is_not_a_name() -> None:
    text = "Олена Руденко сказала, що G7 «ще подумає над цим» восени."
    assert _names(text) == ["G7"]  # the group itself, without the quoted words


FRAGMENTS = [
    "главой ",
    "правительства ",
    "Канады ",
    "уряду ",
    "Уряд ",
    "музеї ",
    "Т. ",
    "Г.",
    "Вербицького ",
    "Державна служба зайнятості ",
    "України ",
    "у ",
    "в ",
    "м. ",
    "Києві",
    ". ",
    ", ",
    "\n",
    "ФРН ",
    "РДА ",
]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_names_built_of_pieces_never_raise(pieces: list[str]) -> None:
    text = "".join(pieces)
    for org in _orgs(text, "ru") + _orgs(text):
        for span in org.mentions:
            assert 0 <= span.start < span.end <= len(text)


HOSTILE = [
    "Г. " * 200_000,
    "музею Г. С. " * 60_000,
    "Г.С." * 200_000,
    "главой правительства " * 40_000,
    "Державна служба зайнятості України " * 20_000,
    "Фонд " + "А " * 100_000,
    "".join(f"Фонд Номер{i} " for i in range(20_000)),
    "".join(f"Фонд розвитку Номер{i}. Фонд розвитку. " for i in range(20_000)),
    "Програма розвитку ООН " * 50_000,
    "проєкт «А» ABCD " * 50_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_finishes_quickly(text: str) -> None:
    started = time.perf_counter()
    find_organizations(text, language="uk", places=())
    assert time.perf_counter() - started < 20
