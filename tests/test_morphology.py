import pickle

import pytest

import govnews
from govnews.morphology import is_known, parse

# Running text writes the apostrophe as U+2019 (or U+02BC); the dictionary as U+0027.
WORDS = [
    ("пам’яті", "пам’ять"),
    ("здоров’я", "здоров’я"),
    ("об’єднання", "об’єднання"),
    ("сім’ї", "сім’я"),
    ("в’ячеслава", "в’ячеслав"),
    ("памʼяті", "памʼять"),
]


@pytest.mark.parametrize(("word", "lemma"), WORDS)
def test_word_with_a_typographic_apostrophe_is_read_from_the_dictionary(
    word: str, lemma: str
) -> None:
    reading = parse(word, "uk")[0]
    assert (reading.word, reading.normal_form, reading.is_known) == (word, lemma, True)


@pytest.mark.parametrize(("word", "lemma"), WORDS)
def test_forms_derived_from_a_reading_keep_the_apostrophe_of_the_text(
    word: str, lemma: str
) -> None:
    reading = parse(word, "uk")[0]
    apostrophe = next(char for char in word if char in "’ʼ")
    forms = [form.word for form in reading.lexeme]
    assert not any("'" in form for form in forms)
    assert sum(apostrophe in form for form in forms) > len(forms) // 2
    assert reading.normalized.word == lemma
    assert reading.inflect({"nomn"}).word == lemma


def test_word_without_an_apostrophe_reads_as_before() -> None:
    reading = parse("раду", "uk")[0]
    assert type(reading).__name__ == "Parse"


@pytest.mark.parametrize(
    ("word", "known"),
    [("пам’яті", True), ("пам'яті", True), ("памʼяті", True), ("пам’ятті", False)],
)
def test_known_words_are_recognised_with_any_apostrophe(word: str, known: bool) -> None:
    assert is_known(word, "uk") is known


def test_a_post_with_an_apostrophe_keeps_its_body() -> None:
    text = "Нараду провела заступниця міністра охорони здоров’я Олена Руденко."
    (official,) = govnews.parse_text(text).officials
    assert official.position == "заступниця міністра охорони здоров’я"


def test_records_built_from_typographic_readings_still_pickle() -> None:
    article = govnews.parse_text("Пам’ятник відкрили у Знам’янці. Голова громади Мар’ян Коваль.")
    assert pickle.loads(pickle.dumps(article)) == article
