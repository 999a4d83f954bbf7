"""Language detection: golden texts, the ``und`` rule, restriction, determinism, robustness."""

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govnews.language import detect_language, detect_paragraph_languages
from govnews.model import LanguageGuess

RESTRICTED = ("uk", "ru", "en")

SENTENCES = [
    ("Сесія районної ради затвердила програму розвитку громади на наступний рік.", "uk"),
    ("Голова облдержадміністрації провів нараду з керівниками громад.", "uk"),
    ("У громаді відкрили центр надання адміністративних послуг.", "uk"),
    ("Депутаты городской думы утвердили бюджет на следующий год.", "ru"),
    ("Глава администрации провел совещание с руководителями районов.", "ru"),
    ("В областном центре открылся новый многофункциональный центр.", "ru"),
    ("Старшыня раённага выканаўчага камітэта правёў нараду з кіраўнікамі гаспадарак.", "be"),
    ("Общинският съвет прие бюджета на общината за следващата година.", "bg"),
    ("Министерството на финансите публикува доклад за изпълнението на бюджета.", "bg"),
    ("The regional council approved the development programme for next year.", "en"),
]

WORDS = [
    ("громада", "uk"),
    ("їхній", "uk"),
    ("питання", "uk"),
    ("підприємство", "uk"),
    ("объявление", "ru"),
    ("сегодня", "ru"),
    ("который", "ru"),
    ("заседание", "ru"),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_language(text: str, expected: str) -> None:
    assert detect_language(text).code == expected


@pytest.mark.parametrize(("text", "expected"), SENTENCES[:6] + SENTENCES[-1:])
def test_sentence_language_restricted(text: str, expected: str) -> None:
    assert detect_language(text, languages=RESTRICTED).code == expected


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_single_word_language_restricted(text: str, expected: str) -> None:
    assert detect_language(text, languages=RESTRICTED).code == expected


@pytest.mark.parametrize("word", ["остаться", "бороться"])
def test_infinitive_in_ttsya_is_russian(word: str) -> None:
    # Ukrainian infinitives end in -тися or -тись; its dictionary's -ться ones are colloquial.
    assert detect_language(word, languages=RESTRICTED).code == "ru"


def test_short_ukrainian_infinitive_does_not_outweigh_a_russian_one() -> None:
    # Ukrainian "вернуть" is a colloquial infinitive or a rare 3rd person of "вернути".
    assert detect_language("вернуть", languages=RESTRICTED).code == "ru"


@pytest.mark.parametrize("word", ["теплим", "молодим"])
def test_common_adjective_outweighs_a_rare_verb_form(word: str) -> None:
    # Ukrainian instrumental adjectives against Russian first-person plural verbs.
    assert detect_language(word, languages=RESTRICTED).code == "uk"


@pytest.mark.parametrize("word", ["документу", "бюджету"])
def test_genitive_in_u_leans_to_ukrainian(word: str) -> None:
    # Genitive, dative or locative in Ukrainian; only a dative in Russian.
    assert detect_language(word, languages=RESTRICTED).code == "uk"


def test_latin_look_alike_inside_cyrillic_word_is_read_as_cyrillic() -> None:
    assert detect_language("вiн сказав", languages=RESTRICTED).code == "uk"


def test_stress_marks_do_not_split_words() -> None:
    assert detect_language("Заседа\u0301ние ду\u0301мы", languages=RESTRICTED).code == "ru"


def test_ukrainian_apostrophe_points_to_ukrainian() -> None:
    assert detect_language("сім’я", languages=RESTRICTED).code == "uk"


@pytest.mark.parametrize("text", ["", "   ", "12:30", "2024-01-05", "—…!?", "аб", "a1 b2", "\n\n"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == LanguageGuess(
        code="und", probability=1.0, alternatives={"und": 1.0}
    )


def test_three_letters_are_enough_for_a_guess() -> None:
    assert detect_language("він").code == "uk"


def test_restriction_keeps_the_answer_among_the_languages_asked_for() -> None:
    guess = detect_language("Общинският съвет прие бюджета.", languages=RESTRICTED)
    assert guess.code in RESTRICTED
    assert set(guess.alternatives) <= set(RESTRICTED)


def test_text_in_no_script_of_the_languages_asked_for_is_undetermined() -> None:
    assert detect_language("Ελληνική Δημοκρατία", languages=("uk", "ru")).code == "und"


def test_latin_text_restricted_to_english_is_english() -> None:
    assert detect_language("Kyiv City Council", languages=RESTRICTED).code == "en"


def test_restriction_to_no_known_language_is_an_error() -> None:
    with pytest.raises(ValueError, match="languages must name"):
        detect_language("текст", languages=("xx",))


def test_a_single_code_string_is_one_language() -> None:
    assert detect_language("Kyiv", languages="en").code == "en"


def test_probabilities_are_a_distribution_led_by_the_code() -> None:
    guess = detect_language("Депутати міської ради ухвалили рішення.")
    assert next(iter(guess.alternatives)) == guess.code
    assert guess.alternatives[guess.code] == guess.probability
    assert sum(guess.alternatives.values()) == pytest.approx(1.0, abs=1e-3)


def test_mixed_article_reports_its_dominant_language() -> None:
    text = (
        "Голова обласної ради подякував Embassy of Ukraine in Sweden за допомогу "
        "у підвищенні спроможності громад реагувати на виклики війни."
    )
    assert detect_language(text).code == "uk"


def test_paragraph_languages_of_a_mixed_text() -> None:
    text = (
        "Сесія міської ради відбулася вчора.\n"
        "  The embassy thanked the council for its support.  \n"
        "\n"
        "Заседание городской думы прошло вчера."
    )
    found = detect_paragraph_languages(text)
    assert [(text[span.start : span.end], guess.code) for span, guess in found] == [
        ("Сесія міської ради відбулася вчора.", "uk"),
        ("The embassy thanked the council for its support.", "en"),
        ("Заседание городской думы прошло вчера.", "ru"),
    ]


def test_paragraph_languages_of_empty_text() -> None:
    assert detect_paragraph_languages("\n \n") == ()


def test_seed_articles_are_detected(seeds: dict[str, str]) -> None:
    found = {name: detect_language(text).code for name, text in seeds.items()}
    assert found == {
        "000_276a5443b50695a0.txt": "uk",
        "001_0b2e540c4d39301f.txt": "uk",
        "002_ebeab2106b328ca1.txt": "uk",
        "003_b83ba453b123c6d4.txt": "uk",
        "004_f820f992c9b32a0f.txt": "ru",
    }


def test_article_language_is_filled_by_detection(seeds: dict[str, str]) -> None:
    import govnews

    text = seeds["004_f820f992c9b32a0f.txt"]
    assert govnews.parse_text(text).language == "ru"


def test_detection_is_deterministic_within_a_process() -> None:
    text = "Рамках порядок"
    assert {detect_language(text) for _ in range(20)} == {detect_language(text)}


def test_detection_is_the_same_from_threads() -> None:
    texts = [text for text, _ in SENTENCES + WORDS] * 5
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(detect_language, texts))
    assert threaded == [detect_language(text) for text in texts]


def test_detection_is_the_same_in_a_fresh_process() -> None:
    texts = [text for text, _ in SENTENCES + WORDS] + ["Рамках порядок", "самому теплом"]
    script = (
        "import sys\n"
        "from govnews.language import detect_language\n"
        "for line in sys.stdin.read().splitlines():\n"
        "    guess = detect_language(line)\n"
        "    print(guess.code, repr(guess.probability), sorted(guess.alternatives.items()))\n"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", script],
            input="\n".join(texts),
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for _ in range(2)
    ]
    expected = "".join(
        f"{guess.code} {guess.probability!r} {sorted(guess.alternatives.items())}\n"
        for guess in map(detect_language, texts)
    )
    assert outputs == [expected, expected]


@given(st.text())
def test_detection_never_raises(text: str) -> None:
    guess = detect_language(text)
    assert 0.0 <= guess.probability <= 1.0


@given(st.text(), st.sampled_from([RESTRICTED, ("uk", "ru"), ("en",), ("bg", "be")]))
def test_restricted_detection_answers_within_the_languages(
    text: str, languages: tuple[str, ...]
) -> None:
    assert detect_language(text, languages=languages).code in {*languages, "und"}


@given(st.text(alphabet=st.sampled_from("аеіїєґиыэъёўјә'’ ьщ\n.ABCabc")))
def test_paragraph_spans_index_into_the_text(text: str) -> None:
    for span, _ in detect_paragraph_languages(text):
        assert text[span.start : span.end] == text[span.start : span.end].strip()
        assert text[span.start : span.end]


@pytest.mark.parametrize(
    "text",
    [
        "а" * 1_000_000,
        "Слово " * 200_000,
        "«" * 500_000 + "»" * 500_000,
        "." * 1_000_000,
        "7" * 1_000_000,
        "сім'" * 250_000,
        "Aб" * 500_000,
    ],
    ids=["one-word", "capitalised-words", "quotes", "dots", "digits", "apostrophes", "mixed"],
)
def test_hostile_megabyte_input_finishes_quickly(text: str) -> None:
    start = time.perf_counter()
    detect_language(text)
    detect_paragraph_languages(text[:200_000])
    assert time.perf_counter() - start < 2.0


def test_langid_sample_accuracy(shared: Path) -> None:
    folder = shared / "data" / "langid"
    if not folder.is_dir():
        pytest.skip(f"needs {folder}")
    found = {}
    for language in ("uk", "ru"):
        lines = (folder / f"{language}-sentences.txt").read_text(encoding="utf-8").splitlines()
        sample = lines[:300]
        right = sum(detect_language(line, languages=RESTRICTED).code == language for line in sample)
        found[language] = right / len(sample) >= 0.98
    assert found == {"uk": True, "ru": True}
