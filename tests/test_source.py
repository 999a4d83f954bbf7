"""Reading bytes: encodings detected, binary files and garbage refused."""

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.exceptions import BinaryInputError, DecodeError, GovnewsError
from govnews.pipeline import parse_bytes
from govnews.source import decode, looks_like_html

UKRAINIAN = (
    "Сьогодні у Кам’янці-Подільському розпочав роботу семінар для представників "
    "територіальних громад. Учасники обговорили координацію зусиль влади, громадськості "
    "та волонтерських спільнот. Її мета — підтримка відновлення громад області."
)
RUSSIAN = (
    "Глава ЗАТО Железногорск принял участие в совещании под председательством "
    "руководителя рабочей группы по модернизации моногородов при правительстве."
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (UKRAINIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + UKRAINIAN.encode("utf-8"), "utf-8-sig"),
        (UKRAINIAN.encode("utf-16"), "utf-16"),
        (UKRAINIAN.encode("utf-16-le"), "utf-16-le"),
        (UKRAINIAN.encode("utf-16-be"), "utf-16-be"),
        (UKRAINIAN.encode("cp1251"), "cp1251"),
        (RUSSIAN.encode("cp1251"), "cp1251"),
        (RUSSIAN.encode("koi8-r"), "koi8-r"),
    ],
)
def test_encoding_is_detected(data, encoding):
    assert decode(data).encoding == encoding


@pytest.mark.parametrize(
    "data",
    [
        UKRAINIAN.encode("cp1251"),
        UKRAINIAN.encode("utf-16-le"),
        RUSSIAN.encode("koi8-r"),
    ],
)
def test_detected_encoding_gives_the_text_back(data):
    assert decode(data).text in (UKRAINIAN, RUSSIAN)


def test_koi8_u_is_told_from_koi8_r_by_ukrainian_letters():
    text = "Сесія міської ради затвердила бюджет громади на наступний рік"
    assert decode(text.encode("koi8-u")).encoding == "koi8-u"


def test_capitals_only_text_in_koi8_r_is_not_read_as_windows_1251():
    text = "СЕССИЯ ГОРОДСКОГО СОВЕТА УТВЕРДИЛА БЮДЖЕТ"
    assert decode(text.encode("koi8-r")).text == text


def test_capitals_only_text_in_windows_1251_is_not_read_as_koi8():
    text = "СЕСІЯ МІСЬКОЇ РАДИ ЗАТВЕРДИЛА БЮДЖЕТ"
    assert decode(text.encode("cp1251")).text == text


def test_latin_text_in_a_legacy_encoding_is_not_read_as_cyrillic():
    text = "Café council: the mayor’s résumé was read aloud."
    assert decode(text.encode("cp1252")).text == text


def test_random_bytes_are_a_clear_error():
    data = bytes(range(128, 256)) * 8
    with pytest.raises(DecodeError, match="not valid UTF-8"):
        decode(data, name="old.txt")


def test_error_names_the_input():
    with pytest.raises(DecodeError, match=r"^old\.txt: "):
        decode(bytes(range(128, 256)) * 8, name="old.txt")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", b"PK\x03\x04....", b"\x00\x01\x02\x03\x00\xff"],
)
def test_binary_files_are_refused(data):
    with pytest.raises(BinaryInputError):
        decode(data)


def test_broken_byte_order_mark_is_a_decode_error():
    with pytest.raises(DecodeError):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd")


@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_but_a_govnews_error(data):
    try:
        decoded = decode(data)
    except GovnewsError:
        return
    assert isinstance(decoded.text, str)


_PHRASES = st.sampled_from(
    [
        "Сесія міської ради",
        "затвердила бюджет громади на наступний рік.",
        "Голова обласної адміністрації",
        "Її очолив Євген Ґудзик,",
        "підписав угоду про співпрацю з партнерами з Польщі",
        "— сказав він.",
        "Депутати підтримали рішення",
        "Заседание городского совета",
        "утвердило программу развития.",
        "ЗВЕРНЕННЯ ДЕПУТАТІВ",
    ]
)


@given(st.lists(_PHRASES, min_size=2, max_size=30).map(" ".join))
def test_windows_1251_text_reads_back(text):
    assert decode(text.encode("cp1251")).text == text


@given(st.lists(_PHRASES, min_size=2, max_size=30).map(" ".join))
def test_utf16_text_reads_back(text):
    assert decode(text.encode("utf-16-le")).text == text


def test_html_is_recognised():
    assert looks_like_html("<!DOCTYPE html><html><body><p>Сесія</p></body></html>") is True


def test_text_with_angle_brackets_is_not_html():
    assert looks_like_html("Бюджет <2024> ухвалено.") is False


def test_parse_bytes_reads_windows_1251():
    article = parse_bytes(UKRAINIAN.encode("cp1251"))
    assert article.text == UKRAINIAN


def test_parse_bytes_recognises_an_html_page():
    page = (
        "<!DOCTYPE html><html><head><title>Сесія</title></head><body><article>"
        "<h1>Відбулася сесія селищної ради</h1><time>28.01.2022</time>"
        f"<p>{UKRAINIAN}</p></article></body></html>"
    )
    article = parse_bytes(page.encode("cp1251"))
    assert (article.title, article.published.isoformat() if article.published else None) == (
        "Відбулася сесія селищної ради",
        "2022-01-28",
    )
