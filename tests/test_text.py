"""Cleaning: normalisation, boilerplate removal, paragraphs and the title."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.text import (
    APOSTROPHE,
    PARAGRAPH_BREAK,
    CleanText,
    clean,
    is_boilerplate,
    normalize,
)

# -- normalisation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("м'ясо", "м’ясо"),
        ("Кам´янець", "Кам’янець"),
        ("об`єднаних", "об’єднаних"),
        ("з‘їзд", "з’їзд"),
        ("п’ять", "п’ять"),
        ("Мар\u02bcяна", "Мар’яна"),
    ],
)
def test_every_apostrophe_inside_a_word_becomes_canonical(raw, expected):
    assert normalize(raw) == expected


def test_canonical_apostrophe_is_right_single_quotation_mark():
    assert APOSTROPHE == "\u2019"


def test_quotes_around_a_word_stay_quotes():
    assert normalize("проєкт ‘Смарт’ і «Громада»") == "проєкт ‘Смарт’ і «Громада»"


def test_no_break_spaces_become_spaces():
    assert normalize("понад\u00a0900\u202fмлн") == "понад 900 млн"


def test_zero_width_and_soft_hyphen_characters_go():
    assert normalize("Жито\u00adмир\u200bська\ufeff") == "Житомирська"


def test_text_is_put_in_nfc():
    assert normalize("людей и\u0306 громад") == "людей й громад"


def test_stray_symbol_inside_a_cyrillic_word_goes():
    assert normalize("Г*лава ЗАТО") == "Глава ЗАТО"


def test_markdown_emphasis_is_not_a_stray_symbol():
    assert normalize("**в Украине** вводятся") == "**в Украине** вводятся"


def test_control_characters_go():
    assert normalize("сесія\x07 ради\x1b") == "сесія ради"


def test_print_widget_glued_to_the_body_is_split_off():
    assert (
        normalize("e-mail Друк PDFПро це заявив голова") == "e-mail Друк PDF\nПро це заявив голова"
    )


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


# -- boilerplate lines ---------------------------------------------------------------------

CHROME = [
    "e-mail Друк PDF",
    "Версія для друку",
    "Сподобалась новина? Поширте:",
    "Поделиться:",
    "« повернутися",
    "← Назад",
    "попередня статтяУ Житомирі відкрили центр надання адмінпослуг",
    "наступна статтяДепутати затвердили бюджет громади",
    "Предыдущая статья: Мэр встретился с жителями",
    "Читати далі",
    "Подробнее",
    "Read more",
    "Подробности: http://www.example.org/news/12345.html",
    "Переглядів: 1520",
    "Просмотров: 87",
    "Реклама",
    "Фото: пресслужба ОДА",
    "Фото з відкритих джерел",
    "Photo: Reuters",
    "© 2024 Житомирська міська рада",
    "Усі права захищено",
    "Любое использование материалов допускается только при наличии гиперссылки",
    "Ми використовуємо файли cookie, щоб покращити роботу сайту. Прийняти",
    "Мы используем cookies для удобства пользователей",
    "Погода у Полтаві: +12 °C",
    "10 March 2026",
    "22 Березня, 2021 о 15:47",
    "03.12.2024",
    "2024-12-03 10:15",
    "Вже зареєстровані? Увійти",
    "Забулись пароль? Система відновлення пароля",
    "Теги: бюджет, громада",
    "![](/uploads/News/photo-1024x683.jpg)![](/uploads/News/photo2.jpg)",
    "Перейти до головного меню (Alt+1)",
    '<Gallery images={["/uploads/1.jpg"]} />',
    "Підписуйтесь на наш Telegram-канал",
]


@pytest.mark.parametrize("line", CHROME)
def test_chrome_line_is_boilerplate(line):
    assert is_boilerplate(normalize(line)) is True


BODY = [
    "03 грудня начальник обласної військової адміністрації провів нараду.",
    "Зустріч відбудеться о 12.00 год. у прес-центрі Житомирської міської ради.",
    "У програмі дводенного заходу:",
    "Фотовиставка відкриється у міському музеї 5 травня.",
    "Погодні умови не завадили провести толоку, температура сягала +25 градусів.",
    "Реєструйся https://forms.gle/abc",
    "#ДСЗ #служба_зайнятості",
    "Державна справа",
    "Бюджет <2024> ухвалено.",
    "Пресслужба ОДА",
    "Селищний голова Світлана ОРЕЛ",
    "Не вірите? Читайте далі.",
    "Вода в басейні прогрілася до +24 °C.",
    "Повернутися до мирного життя громаді допоможуть нові робочі місця, вважає голова.",
    "Назад до минулого громада не повернеться, наголосив депутат.",
]


@pytest.mark.parametrize("line", BODY)
def test_article_line_is_not_boilerplate(line):
    assert is_boilerplate(line) is False


# -- clean: title --------------------------------------------------------------------------


def test_headline_over_a_blank_line_is_the_title():
    cleaned = clean(
        "Стартував освітній семінар для представників громад\n\n"
        "Сьогодні у місті розпочав роботу семінар-тренінг для громад області."
    )
    assert cleaned.title == "Стартував освітній семінар для представників громад"


def test_title_is_not_in_the_body():
    cleaned = clean(
        "Стартував освітній семінар для представників громад\n\n"
        "Сьогодні у місті розпочав роботу семінар-тренінг для громад області."
    )
    assert cleaned.text == "Сьогодні у місті розпочав роботу семінар-тренінг для громад області."


def test_first_sentence_of_the_body_is_not_a_title():
    cleaned = clean(
        "Завтра, 6 квітня, Житомир зустрічатиме учасників секції асоціації.\n"
        "Зустріч відбудеться о 12.00 год. у прес-центрі міської ради."
    )
    assert cleaned.title is None


def test_line_ending_with_a_colon_is_not_a_title():
    cleaned = clean("У програмі дводенного заходу:\n\nпредставлення історій успіху громад.")
    assert cleaned.title is None


def test_greeting_is_not_a_title():
    cleaned = clean("Шановні жителі громади!\n\nПовідомляємо, що завтра не буде води.")
    assert cleaned.title is None


def test_markdown_heading_at_the_top_is_the_title():
    cleaned = clean("# Оголошення.\n\nПовідомляємо, що завтра не буде води.")
    assert cleaned == CleanText(
        title="Оголошення.", text="Повідомляємо, що завтра не буде води.", removed=()
    )


def test_headline_is_not_searched_when_the_caller_knows_it():
    cleaned = clean("Продовжуємо прибирання території\n\nСьогодні прибрали парк.", find_title=False)
    assert cleaned.title is None


def test_seeds_with_a_headline_have_a_title(seeds):
    titled = [name for name, text in seeds.items() if clean(text).title is not None]
    assert titled == ["001_0b2e540c4d39301f.txt", "003_b83ba453b123c6d4.txt"]


# -- clean: boilerplate in context ---------------------------------------------------------


def test_print_widget_between_title_and_body_goes_to_removed():
    cleaned = clean(
        "Голова облради: ми започатковуємо проєкт\n\ne-mail Друк PDF\n\n"
        "Про це голова обласної ради заявив під час форуму громад."
    )
    assert cleaned.removed == ("e-mail Друк PDF",)


def test_navigation_at_the_end_goes_to_removed():
    cleaned = clean(
        "Сесія ради ухвалила бюджет громади на наступний рік.\n\n"
        "попередня статтяУ Хмельницькій академії проходить Тиждень науки\n"
        "наступна статтяДепутатка розповіла іноземцям про виклики для жінок"
    )
    assert cleaned.text == "Сесія ради ухвалила бюджет громади на наступний рік."


def test_list_of_other_articles_with_dates_is_removed():
    body = "Учасники – голови міських, селищних, сільських рад області."
    tail = [
        "10 March 2026",
        "Громади області об’єдналися для співпраці з польським містом",
        "Громади області об’єдналися для...",
        "Міністерство погодило проєкт угоди: до співпраці з одним містом...",
        "10 March 2026",
        "Агентство затвердило методичні рекомендації щодо...",
        "Національне агентство затвердило рекомендації щодо здійснення...",
    ]
    cleaned = clean("\n".join([body, *tail]))
    assert (cleaned.text, cleaned.removed) == (body, tuple(tail))


def test_names_in_removed_boilerplate_do_not_reach_the_text():
    cleaned = clean(
        "Нарада відбулася в обласній адміністрації.\n\n"
        "попередня статтяВіолета Лабазюк розповіла про виклики для жінок"
    )
    assert "Лабазюк" not in cleaned.text


def test_read_also_box_is_removed():
    text = (
        "Коледжі можуть закрити через брак фінансування.\n\n"
        "### ЧИТАЙТЕ ТАКЖЕ\n\n"
        "  * # ВНО 2018: какие новшества ждут школьников\n\n"
        "В некоторых учебных заведениях паникуют."
    )
    cleaned = clean(text)
    assert cleaned.text == (
        "Коледжі можуть закрити через брак фінансування.\n\n"
        "В некоторых учебных заведениях паникуют."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Новини громади щодня публікує місцевий сайт.",
        "Новости региона обсуждали на заседании совета.",
        "News agencies reported the visit.",
    ],
)
def test_sentence_opening_with_the_word_news_is_kept(line):
    text = f"Сесія ради ухвалила бюджет громади.\n\n{line}"
    assert clean(text).text == f"Сесія ради ухвалила бюджет громади.\n\n{line}"


@pytest.mark.parametrize("header", ["Новини:", "НОВИНИ", "Новости —"])
def test_news_header_with_its_links_is_removed(header):
    text = f"Сесія ради ухвалила бюджет громади.\n\n{header}\n- Інша подія в громаді\n- Ще одна"
    assert clean(text).text == "Сесія ради ухвалила бюджет громади."


def test_indented_list_of_headlines_with_its_heading_is_removed():
    text = (
        "Кроме того, на должность назначен Иван Тимохин.\n"
        "Агрегатор-Новости\n\n"
        "    Заключенные прекратили акцию протеста в колонии\n"
        "    Премьер не исключил возвращения на пост президента\n"
        "    Министр вытаскивает из запасов проверенных генералов\n\n"
        "68-летний Иван Тимохин - также не новичок в органах власти."
    )
    cleaned = clean(text)
    assert len(cleaned.removed) == 4


def test_menu_of_short_links_is_removed():
    text = "Головна\nНовини\nДокументи\nКонтакти\n\nСесія ради ухвалила бюджет громади."
    assert clean(text).text == "Сесія ради ухвалила бюджет громади."


def test_image_only_markdown_line_is_removed():
    text = "Проєкт дозволить спростити процедуру.\n\n![](/uploads/P1.jpg)![](/uploads/P2.jpg)"
    assert clean(text).text == "Проєкт дозволить спростити процедуру."


def test_removed_lines_keep_input_order():
    text = "e-mail Друк PDF\n\nНарада відбулася у середу.\n\nПереглядів: 12\n\n« повернутися"
    assert clean(text).removed == ("e-mail Друк PDF", "Переглядів: 12", "« повернутися")


# -- clean: paragraphs ---------------------------------------------------------------------

WRAPPED = (
    "В Запорізькій області провели засідання Конгресу місцевих та\n"
    "регіональних влад, де представники регіону звернулися до центральних\n"
    "органів виконавчої влади щодо ключових питань у процесі підготовки до\n"
    "деокупації.\n\n"
    "До заходу долучилися керівники обласної адміністрації та обласної ради,\n"
    "голови районних адміністрацій, керівники підприємств та установ, які\n"
    "посилено працюють над вирішенням проблем регіону."
)


def test_hard_wrapped_lines_are_joined_into_paragraphs():
    assert len(clean(WRAPPED).text.split(PARAGRAPH_BREAK)) == 2


def test_joined_paragraph_keeps_every_word():
    first = clean(WRAPPED).text.split(PARAGRAPH_BREAK)[0]
    assert first == (
        "В Запорізькій області провели засідання Конгресу місцевих та регіональних влад, "
        "де представники регіону звернулися до центральних органів виконавчої влади щодо "
        "ключових питань у процесі підготовки до деокупації."
    )


def test_line_broken_before_a_lowercase_word_is_joined():
    text = "Сегодня губернатор Московской области\n принял участие в церемонии открытия."
    assert clean(text).text == (
        "Сегодня губернатор Московской области принял участие в церемонии открытия."
    )


def test_word_broken_by_a_hyphen_at_a_line_end_is_mended():
    text = "Учасники обговорили напрями співпраці та при-\nвітали гостей з інших громад."
    assert clean(text).text == (
        "Учасники обговорили напрями співпраці та привітали гостей з інших громад."
    )


def test_compound_word_broken_at_its_hyphen_keeps_the_hyphen():
    text = "Про це в своем видеообращении сообщил премьер-\nминистр Украины."
    assert clean(text).text == "Про це в своем видеообращении сообщил премьер-министр Украины."


def test_paragraphs_are_separated_by_a_blank_line():
    assert clean("Перший абзац.\nДругий абзац.").text == "Перший абзац.\n\nДругий абзац."


def test_list_items_are_not_joined():
    text = (
        "У програмі дводенного заходу:\n"
        "представлення історій успіху громад головами громад трьох областей області,\n"
        "презентація досвіду впровадження реформи від керівника відділу міністерства,"
    )
    assert len(clean(text).text.split(PARAGRAPH_BREAK)) == 3


# -- properties ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "громада",
        "Громада",
        "рада",
        "Житомир",
        "сесія",
        "бюджет",
        "голова",
        "Петренко",
        "12",
        "2024",
        "року",
        "о",
        "у",
        "і",
        "м'ясо",
        "ОДА",
        "PDF",
        "Друк",
        "e-mail",
        "Читати",
        "далі",
        "попередня",
        "стаття",
        "Фото",
        "березня",
        "10",
        "March",
    ]
)
_LINE = (
    st.lists(_WORDS, min_size=1, max_size=14)
    .map(" ".join)
    .flatmap(
        lambda line: st.sampled_from(
            [line, line + ".", line + ",", line + "...", "  " + line, line + ":"]
        )
    )
)
_ARTICLE = st.lists(st.one_of(_LINE, st.just("")), max_size=16).map("\n".join)


def _render(cleaned: CleanText) -> str:
    return (f"# {cleaned.title}\n\n" if cleaned.title else "") + cleaned.text


@given(st.text())
def test_clean_never_raises(text):
    assert isinstance(clean(text), CleanText)


@given(st.one_of(_ARTICLE, st.text()))
def test_clean_is_idempotent(text):
    once = clean(text)
    twice = clean(_render(once))
    assert (twice.title, twice.text) == (once.title, once.text)


def _squashed(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@given(_ARTICLE)
def test_clean_never_drops_a_line_without_a_rule(text):
    cleaned = clean(text)
    kept = [_squashed(cleaned.text), _squashed(cleaned.title or "")]
    removed = [_squashed(line) for line in cleaned.removed]
    for line in normalize(text).split("\n"):
        squashed = _squashed(line)
        assert not squashed or any(squashed in part for part in kept + removed)


# -- hostile input -----------------------------------------------------------------------------

HOSTILE = [
    "а" * 1_000_000,
    "Громада " * 150_000,
    "голова " * 150_000,
    "«" * 500_000 + "»" * 500_000,
    "." * 1_000_000,
    "1" * 1_000_000,
    "м'" * 500_000,
    "Г*" * 500_000,
    "\n".join(["    Заголовок новини про громаду області"] * 30_000),
    "\n".join(["10 March 2026", "Заголовок новини..."] * 30_000),
    "\n".join(["Головна"] * 100_000),
    "-\n" * 300_000,
    "![](" * 200_000,
    "### ЧИТАЙТЕ ТАКЖЕ\n" * 50_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_cleaned_quickly(text):
    start = time.perf_counter()
    clean(text)
    assert time.perf_counter() - start < 5.0
