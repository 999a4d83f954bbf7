"""Putting noun phrases into the nominative, keeping their dependents as they are.

"першого заступника начальника" -> "перший заступник начальника";
"Житомирської обласної військової адміністрації" ->
"Житомирська обласна військова адміністрація";
"Правительственной комиссии по экономическому развитию" ->
"Правительственная комиссия по экономическому развитию".

Only the leading agreeing words (adjectives, ordinal numerals, participles) and the
head noun change; everything after the head keeps its case.
"""

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from govnews.morphology import parse

__all__ = ["agrees", "match_case", "to_nominative"]

_AGREEING = frozenset({"ADJF", "PRTF", "NUMR"})
_PERSON = frozenset({"Name", "Surn", "Patr"})
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
_CASE_SET = frozenset(_CASES)
_DEGREES = frozenset({"Supr", "Cmp2", "COMP"})
# Conjunctions between two agreeing words: "продовольча і сільськогосподарська організація".
_AND = frozenset({"і", "й", "та", "и"})


def match_case(word: str, model: str) -> str:
    """Write ``word`` with the letter case of ``model`` (UPPER, Title or lower).

    Args:
        word: The word to re-case.
        model: The word whose case to copy.

    Returns:
        ``word`` in the letter case of ``model``.

    Examples:
        >>> match_case("адміністрація", "АДМІНІСТРАЦІЇ")
        'АДМІНІСТРАЦІЯ'
        >>> match_case("житомирська", "Житомирської")
        'Житомирська'
    """
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        # Keep inner capitals of hyphenated names ("Івано-Франківська").
        parts = word.split("-")
        model_parts = model.split("-")
        return "-".join(
            part[:1].upper() + part[1:]
            if i < len(model_parts) and model_parts[i][:1].isupper()
            else part
            for i, part in enumerate(parts)
        )
    return word


def _is_agreeing(word: str, language: str) -> bool:
    return any(_AGREEING & p.tag.grammemes for p in parse(word.lower(), language))


def _is_word(token: str) -> bool:
    return any(char.isalpha() for char in token)


def _head_parses(word: str, language: str) -> list[Any]:
    """Noun readings of ``word``, singular ones first (heads of posts and bodies are)."""
    nouns = [p for p in parse(word.lower(), language) if "NOUN" in p.tag]
    return sorted(nouns, key=lambda p: p.tag.number == "plur")


def agrees(adjective: str, noun: str, language: str) -> bool:
    """Whether ``adjective`` can agree with ``noun`` in case, number and gender.

    Args:
        adjective: A word that may be an adjective, participle or numeral.
        noun: A word that may be a noun.
        language: ``uk`` or ``ru``.

    Returns:
        ``True`` when some reading of each agrees (a reading without a case agrees in
        any case).

    Examples:
        >>> agrees("обласної", "ради", "uk"), agrees("Раду", "України", "uk")
        (True, False)
    """
    nouns = {_slots(p.tag) for p in parse(noun.lower(), language) if "NOUN" in p.tag}
    for reading in parse(adjective.lower(), language):
        if not _AGREEING & reading.tag.grammemes:
            continue
        case, plural, gender = _slots(reading.tag)
        if any(
            case in {noun_case, ""}
            and plural == noun_plural
            and (plural or not gender or not noun_gender or gender == noun_gender)
            for noun_case, noun_plural, noun_gender in nouns
        ):
            return True
    return False


def _slots(tag: Any) -> tuple[str, bool, str]:
    """A reading's case, whether it is plural, and its gender ("" when not given)."""
    plural = tag.number == "plur"
    return tag.case or "", plural, "" if plural else tag.gender or ""


def _agreeing_parse(
    word: str, language: str, case: str, gender: str | None, *, plural: bool
) -> Any:
    for candidate in parse(word.lower(), language):
        tag = candidate.tag
        if not (_AGREEING & tag.grammemes) or tag.case != case:
            continue
        if plural and tag.number == "plur":
            return candidate
        if not plural and tag.number != "plur" and (gender is None or tag.gender in (gender, None)):
            return candidate
    return None


def _inflect_like(reading: Any, grammemes: set[str]) -> Any:
    """Inflect ``reading`` into ``grammemes``, keeping the variant of the word the text used.

    A lexeme may hold several forms for one set of grammemes: the superlative of
    "высокий" is both "высший" and "высочайший". The plain ``inflect`` takes the
    first, which turns "Высшей школы" into "Высочайшая школа"; the form that shares
    the longest beginning with the word as written is the one the text meant.
    """
    degree = _DEGREES & reading.tag.grammemes
    forms = [
        form
        for form in reading.lexeme
        if grammemes <= form.tag.grammemes and _DEGREES & form.tag.grammemes == degree
    ]
    if not forms and "nomn" in grammemes:
        # The Ukrainian dictionary leaves some nominatives untagged for case
        # ("кіровоградський" is "ADJF masc"): the form with no case is that one.
        forms = [
            form
            for form in reading.lexeme
            if grammemes - {"nomn"} <= form.tag.grammemes
            and _CASE_SET.isdisjoint(form.tag.grammemes)
            and _DEGREES & form.tag.grammemes == degree
        ]
    if len(forms) < 2:  # noqa: PLR2004 - one form or none: nothing to choose
        return forms[0] if forms else reading.inflect(grammemes)
    return max(forms, key=lambda form: _shared_start(form.word, reading.word))


def _shared_start(first: str, second: str) -> int:
    """How many leading characters two words share."""
    pairs = enumerate(zip(first, second, strict=False))
    return next((index for index, (a, b) in pairs if a != b), min(len(first), len(second)))


def to_nominative(
    words: Sequence[str], language: str, *, heads: AbstractSet[str] = frozenset()
) -> list[str]:
    """Put the head of a noun phrase, and the words agreeing with it, in the nominative.

    The head is the first noun after any leading adjectives, ordinals or participles;
    words after the head are dependents and keep their case. Words the dictionary does
    not know, and phrases already in the nominative, come back unchanged.

    Args:
        words: The phrase as tokens (punctuation may be among them).
        language: ``uk`` or ``ru``.
        heads: Dictionary forms to read the head as first, when it is a form of several
            nouns and nothing before it tells them apart: with ``{"рада"}``, "Раді
            Європи" is "Рада Європи", not a form of "рад".

    Returns:
        The tokens, with the head and its agreeing words in the nominative.

    Examples:
        >>> to_nominative(["Житомирської", "обласної", "адміністрації"], "uk")
        ['Житомирська', 'обласна', 'адміністрація']
        >>> to_nominative(["заступника", "начальника"], "uk")
        ['заступник', 'начальника']
    """
    return list(_to_nominative(tuple(words), language, frozenset(heads)))


def _joins_agreeing(words: tuple[str, ...], index: int, language: str) -> bool:
    """Whether the word at ``index`` is a conjunction between two agreeing words."""
    return (
        words[index].lower() in _AND
        and 0 < index < len(words) - 1
        and _is_agreeing(words[index - 1], language)
        and _is_agreeing(words[index + 1], language)
    )


@lru_cache(maxsize=50_000)
def _to_nominative(words: tuple[str, ...], language: str, heads: frozenset[str]) -> tuple[str, ...]:
    result = _inflected(words, language, heads)
    return tuple(result)


def _inflected(  # noqa: C901, PLR0912 - head search and agreement in one pass
    words: tuple[str, ...], language: str, preferred: frozenset[str] = frozenset()
) -> list[str]:
    result = list(words)
    head_index = None
    for index, word in enumerate(words):
        if not _is_word(word):
            return result
        if _joins_agreeing(words, index, language):
            continue
        agreeing = _is_agreeing(word, language)
        heads = _head_parses(word, language)
        if agreeing:
            # "Волинської" is an adjective here, not the surname "Волинська".
            heads = [p for p in heads if not (_PERSON & p.tag.grammemes)]
        following = words[index + 1] if index + 1 < len(words) else None
        continues = (
            agreeing
            and not any(p.normal_form in preferred for p in heads)
            and following is not None
            and _is_word(following)
            and (
                _is_agreeing(following, language)
                or (bool(heads) and agrees(word, following, language))
                or (not heads and bool(_head_parses(following, language)))
            )
        )
        if heads and not continues:
            head_index = index
            break
        if not agreeing:
            return result
    if head_index is None:
        return result
    # A reading of a preferred noun first, then one in the nominative singular: "Рада"
    # is the council, already in the nominative, before the genitive of the unit "рад".
    readings = sorted(
        _head_parses(words[head_index], language),
        key=lambda p: (
            p.normal_form not in preferred,
            p.tag.case != "nomn" or p.tag.number == "plur",
        ),
    )
    for head in readings:
        case = head.tag.case
        if case not in _CASES:
            continue
        plural = head.tag.number == "plur"
        before = {
            index: _agreeing_parse(word, language, case, head.tag.gender, plural=plural)
            for index, word in enumerate(words[:head_index])
            if word.lower() not in _AND
        }
        modifiers = {index: found for index, found in before.items() if found is not None}
        if len(modifiers) < len(before):
            continue
        if case == "nomn":
            return result
        # The Ukrainian dictionary leaves the nominative singular untagged for case, so
        # the singular nominative is the lexeme's normal form.
        new_head = head.inflect({"nomn", "plur"}) if plural else head.normalized
        if new_head is None:
            continue
        for index, modifier in modifiers.items():
            grammemes = {"nomn", "plur"} if plural else {"nomn", *filter(None, [head.tag.gender])}
            inflected = _inflect_like(modifier, grammemes) or modifier.inflect({"nomn"})
            if inflected is not None:
                result[index] = match_case(inflected.word, words[index])
        result[head_index] = match_case(new_head.word, words[head_index])
        return result
    return result
