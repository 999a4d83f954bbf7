"""Officials: named people with their posts and organisations.

A person is found where a given name (from a lexicon declined by rule, or a
dictionary ``Name`` reading) stands beside a capitalised word that can be a surname,
with an optional patronymic between ("Сергія Олександровича Гаращука") or after a
leading surname ("Гаращук Сергій Олександрович"). The given name fixes the case and
gender, and the surname is put into the nominative from them (see
[`names`][govnews.extract.names]).

The post is the phrase headed by a post word ("начальник", "заступника", "глава")
that runs up to the name ("начальник Житомирської обласної військової адміністрації
Віталій Бунечко"), or follows it after a comma or a dash ("Віталій Бунечко, начальник
ОВА"); it is put into the nominative with
[`to_nominative`][govnews.inflect.to_nominative]. "його заступник" takes the post of the
person named before. Later mentions by surname, by initials ("В. Гончарук") or by the
post alone ("Начальник ОВА") join the person's record.
"""

import bisect
import re
import sys
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import attrs

from govnews.extract.names import (
    NameReading,
    capitalize_name,
    from_common_name,
    given_name_readings,
    in_name_lexicon,
    is_surname_like,
    patronymic_readings,
    surname_nominative,
)
from govnews.inflect import match_case, to_nominative
from govnews.model import Official, Organization, Span
from govnews.morphology import parse
from govnews.transliterate import to_latin

__all__ = ["find_officials"]

# A word: letters, with inner apostrophes or hyphens ("В’ячеслав", "Косач-Квітка").
_WORD = re.compile(r"[^\W\d_]+(?:[-’'ʼ][^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[!?;:\n]")
_ABBREVIATION_PREFIX = re.compile(r"(?:(?:т\.\s?)?в\.\s?о\.|и\.\s?о\.|в/о)\s*$", re.IGNORECASE)
_MAX_POST_WORDS = 30
_MAX_ATTEMPTS = 8  # full-name mentions tried for a post, per person
_MAX_AFTER_WORDS = 20
_MAX_QUOTED_TITLE = 80
_QUOTED_TITLE = re.compile(rf"«[^«»\n]{{1,{_MAX_QUOTED_TITLE}}}»")
_MAX_MODIFIERS = 3

_POSSESSIVES = frozenset({"його", "її", "их", "їх", "его", "ее", "её"})
_NOT_BEFORE_NAME = frozenset(
    {
        "імені",
        "ім",
        "имени",
        "им",
        "вул",
        "вулиця",
        "вулиці",
        "вулицю",
        "вулицею",
        "проспект",
        "проспекту",
        "проспекті",
        "площа",
        "площі",
        "провулок",
        "провулку",
        "бульвар",
        "бульвару",
        "бульварі",
        "улица",
        "улице",
        "улицы",
        "пр",
        "пл",
        "пров",
        "просп",
        "бульв",
        "набережна",
        "набережной",
        "премія",
        "премії",
        "премию",
        "премии",
        "стипендія",
        "стипендії",
        "музей",
        "музею",
    }
)
_LINKS = frozenset(
    {
        "з",
        "із",
        "зі",
        "та",
        "і",
        "й",
        "и",
        "а",
        "або",
        "чи",
        "с",
        "со",
        "разом",
        "вместе",
        "для",
        "до",
        "від",
        "у",
        "в",
        "на",
        "при",
        "про",
        "о",
        "об",
        "к",
        "по",
        "за",
        "між",
        "между",
        "як",
        "как",
        "що",
        "что",
        "який",
        "яка",
        "который",
        "которая",
        "це",
        "это",
        "також",
        "также",
        "ще",
        "еще",
        "ещё",
        "вже",
        "уже",
    }
)
_MODIFIERS = frozenset(
    {
        "перший",
        "генеральний",
        "виконавчий",
        "народний",
        "головний",
        "колишній",
        "почесний",
        "новий",
        "новопризначений",
        "тимчасовий",
        "виконуючий",
        "обов’язки",
        "обов'язки",
        "старший",
        "провідний",
        "позаштатний",
        "регіональний",
        "національний",
        "первый",
        "генеральный",
        "исполнительный",
        "бывший",
        "главный",
        "народный",
        "новый",
        "временный",
        "исполняющий",
        "обязанности",
        "ведущий",
        "полномочный",
        "чрезвычайный",
        "надзвичайний",
        "повноважний",
        "штатный",
    }
)
_VERBAL = frozenset({"VERB", "INFN", "GRND"})
_ACTING = frozenset({"обязанности", "обов’язки", "обов'язки", "врио", "ио", "бывший", "колишній"})
_CLOSERS = {"»": "«", "”": "“", ")": "(", '"': '"'}
_COORDINATION = frozenset({"та", "і", "й", "и", "а", "або", "чи", "and"})
_MAX_CHAIN = 3
_MAX_CHAIN_WORDS = 6
_AFTER_BREAK = re.compile(r"[,.;:!?()\n]")
_ALL_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
_AGREEING = frozenset({"ADJF", "PRTF", "NUMR"})


class _Token(NamedTuple):
    start: int
    end: int
    text: str


def _word_tokens(text: str) -> list[_Token]:
    """The words of ``text``, built without the keyword-argument ``__new__`` of a NamedTuple."""
    new = tuple.__new__
    return [new(_Token, (m.start(), m.end(), m.group())) for m in _WORD.finditer(text)]


@attrs.define
class _Person:
    """A person being assembled from its mentions."""

    given: str
    patronymic: str | None
    surname: str
    gender: str
    mentions: list[Span]
    position: str | None = None
    position_span: Span | None = None
    head: str | None = None


@cache
def _post_words(language: str) -> frozenset[str]:
    code = "ru" if language == "ru" else "uk"
    source = resources.files("govnews").joinpath("data", "people", f"posts_{code}.txt")
    return frozenset(
        line.strip().replace("'", "’")
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def _lemmas(word: str, language: str) -> set[str]:
    lower = word.lower().replace("'", "’").replace("ʼ", "’")
    return {lower} | {p.normal_form.replace("'", "’") for p in parse(lower, language)}


def _post_lemma(word: str, language: str) -> str | None:
    """The post word ``word`` is a form of, or ``None``."""
    if len(word) < 2 or (word.isupper() and len(word) > 1):  # noqa: PLR2004 - acronyms are bodies
        return None
    posts = _post_words(language)
    lemmas = _lemmas(word, language)
    found = lemmas & posts
    if found:
        return min(found)
    lower = word.lower()
    for prefix in ("віце-", "вице-", "екс-", "экс-", "зам", "заст."):
        if lower.startswith(prefix) and len(lower) > len(prefix) + 2:
            rest = _lemmas(lower[len(prefix) :].lstrip("-"), language) & posts
            if rest:
                return lower
    return None


def _is_modifier(word: str, language: str) -> bool:
    if not word.islower() and not word[:1].isupper():
        return False
    return bool(_lemmas(word, language) & _MODIFIERS)


def _is_verbal(word: str, language: str) -> bool:
    parses = parse(word.lower(), language)
    return bool(parses) and bool(_VERBAL & parses[0].tag.grammemes)


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Short «quoted» stretches: titles of films, books, projects."""
    return [match.span() for match in _QUOTED_TITLE.finditer(text)]


def _inside(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside one of ``ranges`` (sorted, not overlapping).

    Only the last range starting at or before ``start`` can hold it, so a binary search
    finds it: the cost stays logarithmic in the number of quoted stretches.
    """
    index = bisect.bisect_right(ranges, (start, sys.maxsize)) - 1
    return index >= 0 and end <= ranges[index][1]


def _best_name(
    given: Sequence[NameReading], surname: str, language: str, patronymic: str | None
) -> tuple[NameReading, str, str | None, int] | None:
    """The reading of given name + surname that agrees best, with the surname's nominative."""
    best: tuple[NameReading, str, str | None, int] | None = None
    patronymics = patronymic_readings(patronymic, language) if patronymic else ()
    for reading in given:
        patronymic_nominative = None
        if patronymic:
            fitting = [
                p for p in patronymics if p.gender == reading.gender and p.case == reading.case
            ]
            if not fitting:
                continue
            patronymic_nominative = fitting[0].nominative
        nominative, score = surname_nominative(surname, language, reading.gender, reading.case)
        if best is None or score > best[3]:
            best = (reading, nominative, patronymic_nominative, score)
    return best


class _Finder:
    """One pass over one text."""

    def __init__(self, text: str, language: str, organizations: tuple[Organization, ...]) -> None:
        self.text = text
        self.language = "ru" if language == "ru" else "uk"
        self.organizations = organizations
        self.tokens = _word_tokens(text)
        self.capitals = [i for i, token in enumerate(self.tokens) if token.text[0].isupper()]
        self.quoted = _quoted_ranges(text)
        self.people: list[_Person] = []
        self.by_name: dict[tuple[str, str], _Person] = {}  # (given, surname) without ё
        self.taken: dict[int, _Person] = {}  # token index -> person named there
        self.cases: dict[int, frozenset[str]] = {}  # first token of a name -> its cases
        self.deferred: list[tuple[tuple[NameReading, str, str | None, int], int, int]] = []
        self.named_after = False
        self.name_last: dict[int, int] = {}  # first token of a full name -> its last token

    def gap(self, left: int, right: int) -> str:
        """The text between token ``left`` and token ``right``."""
        return self.text[self.tokens[left].end : self.tokens[right].start]

    def adjacent(self, index: int) -> bool:
        """Whether token ``index`` and the next one are separated by spaces only."""
        if index + 1 >= len(self.tokens):
            return False
        gap = self.gap(index, index + 1)
        return gap in (" ", "\u00a0") or (gap.isspace() and "\n" not in gap)

    # Finding names --------------------------------------------------------------

    def run(self) -> tuple[Official, ...]:
        resume = 0
        for index in self.capitals:
            if index >= resume:
                resume = self.match_name(index)
        for found, first, last in self.deferred:
            self.add(found, first, last, create=False)
        self.attach_initials_and_surnames()
        self.merge_adjacent()
        self.attach_posts()
        self.attach_post_mentions()
        return tuple(self.records())

    def match_name(self, index: int) -> int:  # noqa: C901, PLR0912 - the shapes of a name
        """Try a full name at ``index``; the index to continue from."""
        tokens = self.tokens
        token = tokens[index]
        if not token.text[:1].isupper() or not self.adjacent(index):
            return index + 1
        # "імені Тараса Шевченка", "вулиця Івана Франка": a mention only of someone
        # the text names elsewhere.
        self.named_after = index > 0 and tokens[index - 1].text.lower() in _NOT_BEFORE_NAME
        language = self.language
        given = given_name_readings(token.text, language)
        nxt = tokens[index + 1]
        if given:
            options: list[tuple[str | None, int]] = [(None, index + 1)]
            if patronymic_readings(nxt.text, language) and self.adjacent(index + 1):
                # "Сергій Олександрович Гаращук", or "Андрій Харлампович" where the
                # word that looks like a patronymic is the surname.
                options.insert(0, (nxt.text, index + 2))
                if from_common_name(nxt.text, language):
                    options.pop()
            for patronymic, surname_index in options:
                surname = tokens[surname_index].text
                if (
                    is_surname_like(surname, language)
                    and not in_name_lexicon(surname, language)
                    and not self.patronymic_follows(surname_index)
                ):
                    found = _best_name(given, surname, language, patronymic)
                    if found is not None and found[3] >= 1:
                        self.add(found, index, surname_index)
                        return surname_index + 1
            # A middle initial: "Джордж Х. Кинг".
            if (
                len(nxt.text) == 1
                and nxt.text.isupper()
                and index + 2 < len(tokens)
                and self.gap(index + 1, index + 2) == ". "
            ):
                surname = tokens[index + 2].text
                if is_surname_like(surname, language) and not in_name_lexicon(surname, language):
                    found = _best_name(given, surname, language, None)
                    if found is not None and found[3] >= 1:
                        self.add(found, index, index + 2)
                        return index + 3
        if not given and self.foreign_name(index):
            return index + 2
        # Surname first: "Гаращук Сергій Олександрович".
        if (
            index + 2 < len(tokens)
            and self.adjacent(index + 1)
            and is_surname_like(token.text, language)
        ):
            given = given_name_readings(nxt.text, language)
            third = tokens[index + 2].text
            if given and patronymic_readings(third, language):
                found = _best_name(given, token.text, language, third)
                if found is not None and found[3] >= 1:
                    self.add(found, index, index + 2)
                    return index + 3
        return index + 1

    def foreign_name(self, index: int) -> bool:
        """Record a two-word name that the dictionary does not know ("Штеффен Зайберт").

        Both words must be unknown to the dictionary (or filed as a name or surname),
        stand inside a sentence, and not be followed by a third capitalised word (which
        suggests the name of an organisation or a work).
        """
        tokens = self.tokens
        language = self.language
        if index == 0 or self.breaks(index - 1) or index + 1 >= len(tokens):
            return False
        first, second = tokens[index].text, tokens[index + 1].text
        if not (_foreign_word(first, language) and _foreign_word(second, language)):
            return False
        if self.adjacent(index + 1) and tokens[index + 2].text[:1].isupper():
            return False
        if tokens[index - 1].text[:1].isupper() and self.adjacent(index - 1):
            return False
        if self.text[tokens[index + 1].end : tokens[index + 1].end + 1] in ("»", '"', "-"):
            return False
        reading = NameReading(nominative=first, gender="masc", case="nomn")
        self.add((reading, capitalize_name(second), None, 1), index, index + 1)
        return True

    def patronymic_follows(self, index: int) -> bool:
        """Whether token ``index`` is followed by a patronymic (so it is a given name)."""
        return self.adjacent(index) and bool(
            patronymic_readings(self.tokens[index + 1].text, self.language)
        )

    def add(
        self,
        found: tuple[NameReading, str, str | None, int],
        first: int,
        last: int,
        *,
        create: bool = True,
    ) -> None:
        """Record a full-name mention from token ``first`` to token ``last``."""
        reading, surname, patronymic, _ = found
        start, end = self.tokens[first].start, self.tokens[last].end
        if create and (self.named_after or _inside(self.quoted, start, end)):
            self.deferred.append((found, first, last))
            return
        given = capitalize_name(reading.nominative)
        if "ё" not in self.text[start:end].lower():
            # Keep "е" where the text writes "е" (the dictionary restores "ё").
            given, surname = _no_yo(given), _no_yo(surname)
            patronymic = _no_yo(patronymic) if patronymic else None
        given_index = (
            first if given_name_readings(self.tokens[first].text, self.language) else first + 1
        )
        self.cases[first] = frozenset(
            r.case
            for r in given_name_readings(self.tokens[given_index].text, self.language)
            if r.gender == reading.gender
        ) or frozenset({reading.case})
        key = (_no_yo(given), _no_yo(surname))
        known = self.by_name.get(key)
        if known is not None:
            person = known
            person.mentions.append(Span(start=start, end=end))
            person.patronymic = person.patronymic or patronymic
        else:
            if not create:
                return
            person = _Person(
                given=given,
                patronymic=patronymic,
                surname=surname,
                gender=reading.gender,
                mentions=[Span(start=start, end=end)],
            )
            self.people.append(person)
            self.by_name[key] = person
        for index in range(first, last + 1):
            self.taken[index] = person
        self.name_last[first] = last

    # Short mentions --------------------------------------------------------------

    def attach_initials_and_surnames(self) -> None:  # noqa: C901 - the short forms in turn
        """Add surname-only and initial mentions ("В. Гончарук") of known people."""
        if not self.people:
            return
        stems: dict[str, list[_Person]] = {}
        given: dict[str, list[_Person]] = {}
        for person in self.people:
            stems.setdefault(_surname_stem(person.surname), []).append(person)
            given.setdefault(person.given, []).append(person)
        for index in self.capitals:
            token = self.tokens[index]
            if index in self.taken or len(token.text) < 3:  # noqa: PLR2004
                continue
            if self.attach_given(index, given):
                continue
            lower = token.text.lower()
            for size in range(len(lower), max(len(lower) - 4, 1), -1):
                candidates = stems.get(lower[:size])
                if candidates:
                    break
            else:
                continue
            chosen = self.pick(candidates, index)
            if chosen is None:
                continue
            start, end = token.start, token.end
            initials = self.initials_before(index)
            if initials is not None:
                start = initials
            after = self.initials_after(index)
            if after is not None:
                end = after
            if _inside(self.quoted, start, end):
                continue
            chosen.mentions.append(Span(start=start, end=end))
            self.taken[index] = chosen

    def merge_adjacent(self) -> None:
        """Join a given-name mention and a surname mention that stand side by side."""
        for person in self.people:
            merged: list[Span] = []
            for span in sorted(set(person.mentions), key=_span_key):
                if merged and self.text[merged[-1].end : span.start] == " ":
                    merged[-1] = Span(start=merged[-1].start, end=span.end)
                else:
                    merged.append(span)
            person.mentions = merged

    def attach_given(self, index: int, given: dict[str, list[_Person]]) -> bool:
        """Add a mention by given name, with a patronymic or not ("Олександр Іванович")."""
        token = self.tokens[index]
        readings = given_name_readings(token.text, self.language)
        people = {id(p): p for r in readings for p in given.get(r.nominative, ())}
        if len(people) != 1:
            return False
        (person,) = people.values()
        end = token.end
        if self.adjacent(index) and patronymic_readings(self.tokens[index + 1].text, self.language):
            if person.patronymic is None or not self.same_patronymic(index + 1, person):
                return False
            end = self.tokens[index + 1].end
            self.taken[index + 1] = person
        if _inside(self.quoted, token.start, end):
            return False
        person.mentions.append(Span(start=token.start, end=end))
        self.taken[index] = person
        return True

    def same_patronymic(self, index: int, person: _Person) -> bool:
        """Whether token ``index`` is a form of the person's patronymic."""
        return any(
            _no_yo(r.nominative) == _no_yo(person.patronymic or "")
            for r in patronymic_readings(self.tokens[index].text, self.language)
        )

    def pick(self, candidates: list[_Person], index: int) -> _Person | None:
        """The person a surname-only mention refers to, by initial when there is one.

        The word must be a form of the person's surname for their gender ("Попов" is
        not Лілія Попова).
        """
        word = self.tokens[index].text
        candidates = [
            person
            for person in candidates
            if any(
                _no_yo(surname_nominative(word, self.language, person.gender, case)[0])
                == _no_yo(person.surname)
                for case in _ALL_CASES[:6]
            )
        ]
        if len(candidates) == 1:
            return candidates[0]
        initial_start = self.initials_before(index)
        if initial_start is not None:
            letter = self.text[initial_start]
            fitting = [p for p in candidates if p.given[:1] == letter]
            if len(fitting) == 1:
                return fitting[0]
        return None

    def initials_before(self, index: int) -> int | None:
        """Where initials such as "В." or "В. В." before token ``index`` start."""
        start = None
        cursor = index - 1
        for _ in range(2):
            if cursor < 0:
                break
            token = self.tokens[cursor]
            gap = self.text[token.end : self.tokens[cursor + 1].start]
            if len(token.text) == 1 and token.text.isupper() and gap.strip() == ".":
                start = token.start
                cursor -= 1
            else:
                break
        return start

    def initials_after(self, index: int) -> int | None:
        """Where initials such as "В.В." after token ``index`` end."""
        end = None
        cursor = index + 1
        for _ in range(2):
            if cursor >= len(self.tokens):
                break
            token = self.tokens[cursor]
            before = self.text[self.tokens[cursor - 1].end : token.start]
            after = self.text[token.end : token.end + 1]
            if (
                len(token.text) == 1
                and token.text.isupper()
                and after == "."
                and (before.strip() in ("", "."))
            ):
                end = token.end + 1
                cursor += 1
            else:
                break
        return end

    # Posts ----------------------------------------------------------------------

    def attach_posts(self) -> None:  # noqa: C901, PLR0912 - two passes, before and after
        """Give each person the post stated beside their first mention that has one."""
        first_tokens = sorted(self.name_last)
        attempts: dict[int, int] = {}
        before: dict[int, tuple[str, Span, str] | None] = {}
        previous: _Person | None = None
        listed: tuple[tuple[str, Span, str], int] | None = None  # a post shared by a list
        for index in first_tokens:
            person = self.taken[index]
            tried = attempts[id(person)] = attempts.get(id(person), 0) + 1
            if tried <= _MAX_ATTEMPTS:
                cases = self.cases.get(index, frozenset(_ALL_CASES))
                found = self.post_before(index, previous, cases)
                if found is None and listed is not None and self.follows(listed[1], index):
                    found = listed[0]
                elif found is None and self.starts_list(index):
                    found = self.post_before(index, previous, cases, plural=True)
                before[index] = found
                listed = (found, self.name_end(index)) if found is not None else None
                if found is not None and person.position is None:
                    person.position, _, person.head = found
            if person.position is not None:
                previous = person
        for person in self.people:
            person.position = person.head = None
        attempts.clear()
        for order, index in enumerate(first_tokens):
            person = self.taken[index]
            tried = attempts[id(person)] = attempts.get(id(person), 0) + 1
            if person.position is not None or tried > _MAX_ATTEMPTS:
                continue
            cases = self.cases.get(index, frozenset(_ALL_CASES))
            found = before.get(index)
            after = self.post_after(index, cases)
            following = (
                before.get(first_tokens[order + 1]) if order + 1 < len(first_tokens) else None
            )
            if (
                after is not None
                and following is not None
                and following[1].start <= after[1].start < following[1].end
            ):
                after = None  # the post of the next person named
            if found is None:
                found = after
            elif after is not None:
                found = (
                    f"{found[0]}, {after[0]}",
                    Span(start=found[1].start, end=after[1].end),
                    found[2],
                )
            if found is not None:
                person.position, person.position_span, person.head = found
        # A later, fuller statement of the same post replaces it ("губернатор", then
        # "врио губернатора").
        for index, stated in sorted(before.items()):
            person = self.taken[index]
            if stated is not None and person.position and _restates(stated[0], person.position):
                person.position, person.position_span, person.head = stated

    def name_end(self, index: int) -> int:
        """The last token of the full name that starts at token ``index``."""
        return self.name_last.get(index, index)

    def follows(self, last: int, index: int) -> bool:
        """Whether the name at token ``index`` follows, in a list, a name ending at ``last``."""
        if index == last + 1:
            return self.gap(last, index).strip() == ","
        if index == last + 2:
            word = self.tokens[last + 1].text
            return word in _COORDINATION and self.gap(last, last + 1).strip() in ("", ",")
        return False

    def starts_list(self, index: int) -> bool:
        """Whether the name at token ``index`` is followed by another in a list."""
        last = self.name_end(index)
        return any(
            nxt in self.taken
            and self.taken[nxt] is not self.taken[index]
            and self.follows(last, nxt)
            for nxt in (last + 1, last + 2)
        )

    def breaks(self, left: int) -> bool:
        """Whether a clause boundary lies between token ``left`` and the next one."""
        gap = self.gap(left, left + 1)
        if _CLAUSE_BREAK.search(gap):
            return True
        # A full stop ends a sentence unless it closes an abbreviation ("м.", "в.о.").
        return "." in gap and len(self.tokens[left].text) > 3  # noqa: PLR2004

    def segment(  # noqa: C901, PLR0912 - the stop conditions of one scan
        self, last: int, cases: frozenset[str], *, cross_commas: bool, plural: bool = False
    ) -> tuple[int, int, int] | None:
        """The post ending at token ``last``: (first token, head token, stop token).

        Scans leftwards to a clause boundary, a verb or another name; the head is the
        leftmost post word in the name's case, moved right to a later post word that
        starts a new post in the same case ("голова ОДА керівник апарату").
        """
        language = self.language
        posts: list[int] = []
        cursor = last
        stop = -1
        quotes = 0
        closed = False
        while cursor >= 0 and last - cursor < _MAX_POST_WORDS:
            token = self.tokens[cursor]
            if cursor in self.taken or (token.text.islower() and _is_verbal(token.text, language)):
                stop = cursor
                break
            if token.text.lower() in _POSSESSIVES and posts:
                stop = cursor
                break
            if token.text[0].isupper() and in_name_lexicon(token.text, language):
                stop = cursor  # a given name: another person ("Архієпископ … Федір")
                break
            right = self.gap(cursor, cursor + 1) if cursor + 1 < len(self.tokens) else ""
            if cursor == last and not cross_commas:
                right = right.replace("«", "")  # what follows the post is not the name
            closed = closed or "»" in right
            quotes += right.count("»") - right.count("«")
            if quotes < 0 and not closed:
                stop = cursor  # the name stands inside a quotation opened here
                break
            if _post_cases(token.text, language) or (
                plural and _post_cases(token.text, language, plural=True)
            ):
                posts.append(cursor)
            if cursor == 0 or self.breaks(cursor - 1):
                stop = cursor - 1
                break
            gap = self.gap(cursor - 1, cursor)
            if "," in gap and (
                posts
                or not cross_commas
                or gap != ", "
                or not token.text.islower()
                or _has_nominative(token.text, language)
            ):
                stop = cursor - 1
                break
            cursor -= 1
        else:
            stop = cursor
        posts.reverse()
        head = next(
            (
                p
                for p in posts
                if (
                    _post_cases(self.tokens[p].text, language)
                    | _post_cases(self.tokens[p].text, language, plural=plural)
                )
                & cases
            ),
            None,
        )
        if head is None:
            return None
        for later in posts:
            if later <= head or "gent" in cases:
                continue
            later_cases = _post_cases(self.tokens[later].text, language)
            dash = self.gap(later - 1, later).strip() in ("–", "—", "-")
            joined = self.tokens[later - 1].text.lower() in _LINKS or any(
                self.tokens[i].text.lower() in _COORDINATION for i in range(head + 1, later)
            )
            if cases & later_cases and "gent" not in later_cases and not dash and not joined:
                head = later
        first = head
        while (
            first - 1 > stop
            and head - first < _MAX_MODIFIERS
            and _is_modifier(self.tokens[first - 1].text, language)
        ):
            first -= 1
        return first, head, stop

    def post_before(
        self,
        index: int,
        previous: _Person | None,
        cases: frozenset[str],
        *,
        plural: bool = False,
    ) -> tuple[str, Span, str] | None:
        """The post in the words before the name at token ``index``."""
        if index == 0:
            return None
        language = self.language
        before = self.tokens[index - 1].text.lower()
        if before in _LINKS or before in _POSSESSIVES or self.breaks(index - 1):
            return None
        found = self.segment(index - 1, cases, cross_commas=True, plural=plural)
        last = index - 1
        literal = False
        if found is None:
            acting = self.segment(index - 1, frozenset(_ALL_CASES), cross_commas=True)
            chained = self.appositive_chain(index - 1, cases)
            if acting is not None and self.acting(acting[0], acting[1]):
                # "в.о. начальника", "исполняющий обязанности главы": the post word is a
                # dependent of "acting" and keeps its case.
                found, literal = acting, True
            elif chained is not None:
                found, last = chained
            else:
                return None
        first, head, stop = found
        literal = literal or self.acting(first, first)
        segments = [(first, head, last)]
        if stop >= 0 and first == stop + 1 and "," in self.gap(stop, stop + 1):
            extra = self.segment(stop, cases, cross_commas=False)
            if extra is not None and self.is_post_start(extra[0]):
                segments.insert(0, (extra[0], extra[1], stop))
        start = self.tokens[segments[0][0]].start
        end = self.close_brackets(start, self.tokens[last].end, self.tokens[last + 1].start)
        nominative = ", ".join(
            self.nominative(seg_first, seg_head, seg_last, cases, literal=literal)
            for seg_first, seg_head, seg_last in segments
        )
        head_word = self.tokens[segments[-1][1]].text
        possessive = first > 0 and self.tokens[first - 1].text.lower() in _POSSESSIVES
        if possessive and previous is not None and previous.position and previous.head:
            nominative = _join_posts(nominative, head_word, previous, language)
        prefix = _ABBREVIATION_PREFIX.search(self.text, max(0, start - 12), start)
        if prefix is not None:
            start = prefix.start()
            nominative = self.text[prefix.start() : prefix.end()].strip() + " " + nominative
        return nominative, Span(start=start, end=end), head_word

    def acting(self, first: int, head: int) -> bool:
        """Whether the post from ``first`` to ``head`` is an acting one ("в.о.", "врио")."""
        start = self.tokens[first].start
        if _ABBREVIATION_PREFIX.search(self.text, max(0, start - 12), start):
            return True
        return any(self.tokens[i].text.lower() in _ACTING for i in range(max(0, first - 1), head))

    def appositive_chain(
        self, last: int, cases: frozenset[str]
    ) -> tuple[tuple[int, int, int], int] | None:
        """A post a few comma-separated descriptions before the name.

        "представник «Громадянської позиції», учасник АТО, водій Віталій Тарасюк":
        the post is the first description that has a post word.
        """
        end = last
        for _ in range(_MAX_CHAIN):
            cursor = end
            while cursor > 0 and end - cursor < _MAX_CHAIN_WORDS:
                if "," in self.gap(cursor - 1, cursor) or self.breaks(cursor - 1):
                    break
                cursor -= 1
            if cursor == 0 or self.breaks(cursor - 1) or "," not in self.gap(cursor - 1, cursor):
                return None
            end = cursor - 1
            if end in self.taken:
                return None
            found = self.segment(end, cases, cross_commas=False)
            if found is not None and self.is_post_start(found[0]):
                if found[0] - 1 in self.taken:
                    return None  # in apposition to the name before
                return found, end
        return None

    def is_post_start(self, first: int) -> bool:
        """Whether a post at token ``first`` opens its clause (nothing else before it)."""
        if first == 0 or self.breaks(first - 1):
            return True
        before = self.tokens[first - 1].text
        return (before.islower() and _is_verbal(before, self.language)) or (
            "," in self.gap(first - 1, first) or self.gap(first - 1, first).strip() in "–—-"
        )

    def close_brackets(self, start: int, end: int, limit: int) -> int:
        """Extend ``end`` over the closing quotes and brackets that the phrase opened."""
        while end < limit and self.text[end] in _CLOSERS:
            closer = self.text[end]
            opener = _CLOSERS[closer]
            phrase = self.text[start:end]
            opened = phrase.count(opener) - (phrase.count(closer) if opener != closer else 0)
            if (opened % 2 == 0) if opener == closer else (opened <= 0):
                break
            end += 1
        return end

    def post_after(self, index: int, cases: frozenset[str]) -> tuple[str, Span, str] | None:
        """The post in apposition after the name at token ``index``."""
        last = self.name_end(index)
        if last + 1 >= len(self.tokens):
            return None
        gap = self.gap(last, last + 1).strip()
        if gap not in (",", "–", "—", "-", "(", ", –", ", —"):
            return None
        language = self.language
        first = last + 1
        head = first
        while (
            head < len(self.tokens)
            and head - first < _MAX_MODIFIERS
            and _is_modifier(self.tokens[head].text, language)
        ):
            head += 1
        if head >= len(self.tokens) or not (_post_cases(self.tokens[head].text, language) & cases):
            return None
        stop = head
        while stop + 1 < len(self.tokens) and stop - first < _MAX_AFTER_WORDS:
            gap = self.gap(stop, stop + 1).replace("«", "").replace("»", "")
            if _AFTER_BREAK.search(gap):
                break
            nxt = self.tokens[stop + 1]
            if stop + 1 in self.taken:
                return None  # the post of the next person named
            if nxt.text.islower() and _is_verbal(nxt.text, language):
                break
            if given_name_readings(nxt.text, language) and nxt.text[:1].isupper():
                return None
            stop += 1
        start = self.tokens[first].start
        end = self.close_brackets(start, self.tokens[stop].end, len(self.text))
        nominative = self.nominative(first, head, stop, cases)
        return nominative, Span(start=start, end=end), self.tokens[head].text

    def nominative(
        self, first: int, head: int, last: int, cases: frozenset[str], *, literal: bool = False
    ) -> str:
        """The post from token ``first`` to ``last`` with its head put in the nominative."""
        if literal:
            phrase = self.text[self.tokens[first].start : self.tokens[last].end]
            if phrase[:1].isupper() and phrase[1:2].islower():
                phrase = phrase[0].lower() + phrase[1:]
            return phrase
        language = self.language
        start = self.tokens[first].start
        end = self.close_brackets(start, self.tokens[last].end, len(self.text))
        tail = self.text[self.tokens[head].end : end]
        head_word = self.tokens[head].text
        new_head, gender = _head_nominative(head_word, language, cases)
        words = [self.tokens[i].text for i in range(first, head)]
        if "nomn" in cases:
            modifiers = words
        else:
            modifiers = [_modifier_nominative(w, language, gender) for w in words]
        if head_word[:1].isupper() and head_word[1:2].islower() and (first == head):
            sentence_start = head == 0 or self.breaks(head - 1)
            if sentence_start:
                new_head = new_head[:1].lower() + new_head[1:]
        if (
            modifiers
            and modifiers[0][:1].isupper()
            and modifiers[0][1:2].islower()
            and (first == 0 or self.breaks(first - 1))
        ):
            modifiers[0] = modifiers[0][:1].lower() + modifiers[0][1:]
        del start
        return " ".join([*modifiers, new_head]) + tail.rstrip(" ,–—-")

    # Records --------------------------------------------------------------------

    def attach_post_mentions(self) -> None:  # noqa: C901 - the conditions of one look-up
        """Add mentions by post alone ("Начальник ОВА зауважив") of known people.

        A post word with its body ("начальник ОВА", "голови облради": the word after
        it is an acronym or a word of the person's post) refers to the one person of
        the text whose post has that head word, when no name follows it.
        """
        language = self.language
        owners: dict[str, list[_Person]] = {}
        for person in self.people:
            if person.position and person.head:
                lemma = _post_lemma(person.head, language)
                if lemma:
                    owners.setdefault(lemma, []).append(person)
        if not owners:
            return
        starts = {lemma[:3] for lemma in owners}  # forms of a post word share its start
        for index, token in enumerate(self.tokens):
            if token.text[:3].lower() not in starts or index in self.taken:
                continue
            if index + 1 >= len(self.tokens) or not self.adjacent(index):
                continue
            if not _post_cases(token.text, language):
                continue
            lemma = _post_lemma(token.text, language)
            people = owners.get(lemma or "")
            if people is None or len(people) != 1:
                continue
            (person,) = people
            span = person.position_span
            if span is not None and span.start <= token.start < span.end:
                continue
            body = self.tokens[index + 1]
            position_words = {word.lower() for word in (person.position or "").split()}
            if not (
                body.text.lower() in position_words
                or _abbreviates(body.text, (person.position or "").split()[1:])
            ):
                continue
            if self.name_ahead(index + 1):
                continue  # a post before a name: the name is the mention
            person.mentions.append(Span(start=token.start, end=body.end))

    def name_ahead(self, index: int) -> bool:
        """Whether a name follows token ``index`` within its clause (a few words on)."""
        for cursor in range(index + 1, min(index + _MAX_AFTER_WORDS, len(self.tokens))):
            if self.breaks(cursor - 1) or "," in self.gap(cursor - 1, cursor):
                return False
            if cursor in self.taken:
                return True
        return False

    def records(self) -> list[Official]:
        language = self.language
        result = []
        for person in self.people:
            parts = [person.given, person.patronymic, person.surname]
            name = " ".join(part for part in parts if part)
            result.append(
                Official(
                    name=name,
                    given_name=person.given,
                    patronymic=person.patronymic,
                    surname=person.surname,
                    latin=to_latin(name, language),
                    position=person.position,
                    organization=self.organization_of(person),
                    mentions=tuple(sorted(set(person.mentions), key=_span_key)),
                )
            )
        return result

    def organization_of(self, person: _Person) -> str | None:
        """The organisation of the person's post: a found record inside it, or its tail."""
        span = person.position_span
        if span is None or person.position is None:
            return None
        for organization in self.organizations:
            for mention in organization.mentions:
                if span.start <= mention.start and mention.end <= span.end:
                    return organization.name
        words = person.position.split()
        head = (person.head or "").lower()
        for position, word in enumerate(words):
            if word.lower() == head or _post_lemma(word, self.language):
                tail = words[position + 1 :]
                if tail and (tail[0][:1].isupper() or _is_body(tail[0], self.language)):
                    if _post_lemma(tail[0], self.language):
                        continue
                    return " ".join(to_nominative(tail, self.language))
                break
        return None


_BODIES = frozenset(
    {
        "рада",
        "адміністрація",
        "облдержадміністрація",
        "райдержадміністрація",
        "міськрада",
        "облрада",
        "райрада",
        "департамент",
        "управління",
        "відділ",
        "міністерство",
        "комітет",
        "служба",
        "агентство",
        "громада",
        "інспекція",
        "центр",
        "фонд",
        "асоціація",
        "совет",
        "администрация",
        "управление",
        "отдел",
        "министерство",
        "комитет",
        "ассоциация",
        "правительство",
        "дума",
        "мэрия",
        "госдума",
        "комиссия",
        "комісія",
    }
)


@lru_cache(maxsize=50_000)
def _foreign_word(word: str, language: str) -> bool:
    """A capitalised Cyrillic word that the dictionary does not know as a common word."""
    if len(word) < 2 or not word[:1].isupper() or not word[1:2].islower():  # noqa: PLR2004
        return False
    if not all("а" <= c.lower() <= "я" or c in "ёіїєґ-" for c in word.lower()):
        return False
    if _post_lemma(word, language) or patronymic_readings(word, language):
        return False
    from govnews.extract.names import analyzer_knows  # noqa: PLC0415

    return not analyzer_knows(word.lower(), language)


def _abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` ("ОВА") is made of the initials of the last of ``words``.

    "ОВА" abbreviates "Житомирської обласної військової адміністрації" (its last
    three words); an acronym the post already contains ("ОДА") counts too.
    """
    if len(acronym) < 2 or not acronym.isupper():  # noqa: PLR2004 - one letter is an initial
        return False
    if acronym in words:
        return True
    initials = "".join(word[:1] for word in words if word[:1].isalpha()).upper()
    return initials.endswith(acronym.upper())


def _restates(fuller: str, post: str) -> bool:
    """Whether ``fuller`` is ``post`` with an acting or qualifying word before it.

    "врио губернатора" and "и.о. заместителя губернатора" restate "губернатор" and
    "заместитель губернатора"; "заместитель губернатора" does not restate "губернатор".
    """
    words, fuller_words = _former(post).split(), _former(fuller).split()
    if len(fuller_words) <= len(words) or not words:
        return False
    for offset in range(len(fuller_words) - len(words) + 1):
        prefix = fuller_words[:offset]
        rest = fuller_words[offset : offset + len(words)]
        same = all(a[:4] == b[:4] for a, b in zip(rest, words, strict=True))
        if same and all(word in _ACTING or "." in word for word in prefix):
            return True
    return False


def _former(post: str) -> str:
    """A post with "екс-"/"экс-" written out, to compare with "колишній"/"бывший"."""
    lower = post.lower()
    for prefix, word in (("екс-", "колишній "), ("экс-", "бывший ")):
        if lower.startswith(prefix):
            return word + lower[len(prefix) :]
    return lower


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _no_yo(word: str) -> str:
    return word.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=50_000)
def _post_cases(word: str, language: str, *, plural: bool = False) -> frozenset[str]:
    """The cases in which ``word`` is a singular (or plural) post word; empty for none."""
    if len(word) < 2 or word.isupper():  # noqa: PLR2004 - acronyms name bodies
        return frozenset()
    posts = _post_words(language)
    lower = word.lower().replace("'", "’").replace("ʼ", "’")
    parses = [p for p in parse(lower, language) if p.normal_form.replace("'", "’") in posts]
    if plural:
        return frozenset(str(p.tag.case or "nomn") for p in parses if p.tag.number == "plur")
    cases = {str(p.tag.case or "nomn") for p in parses if p.tag.number != "plur"}
    if lower in posts:
        cases.add("nomn")
    if not parses and not cases and _post_lemma(word, language):
        return frozenset(_ALL_CASES)
    return frozenset(cases)


def _has_nominative(word: str, language: str) -> bool:
    return any(
        p.tag.case in (None, "nomn") and p.tag.number != "plur"
        for p in parse(word.lower(), language)
    )


def _head_nominative(word: str, language: str, cases: frozenset[str]) -> tuple[str, str | None]:
    """A post word in the nominative singular, and its gender."""
    lowered = word.lower()
    for prefix in ("екс-", "экс-", "віце-", "вице-"):
        if lowered.startswith(prefix) and len(word) > len(prefix) + 1:
            rest, gender = _head_nominative(word[len(prefix) :], language, cases)
            return word[: len(prefix)] + rest, gender
    posts = _post_words(language)
    lower = word.lower().replace("'", "’").replace("ʼ", "’")
    fallback: tuple[str, str | None] = (word, None)
    for candidate in parse(lower, language):
        tag = candidate.tag
        if candidate.normal_form.replace("'", "’") not in posts:
            continue
        gender = str(tag.gender) if tag.gender else None
        case = str(tag.case or "nomn")
        if case == "nomn" and tag.number != "plur":
            return word, gender
        result = (match_case(candidate.normal_form, word), gender)
        if case in cases:
            return result
        if fallback[1] is None:
            fallback = result
    return fallback


def _modifier_nominative(word: str, language: str, gender: str | None) -> str:
    """An adjective before a post word in the nominative of the post's gender."""
    for candidate in parse(word.lower(), language):
        tag = candidate.tag
        if not (_AGREEING & tag.grammemes) or tag.number == "plur":
            continue
        if tag.case in (None, "nomn"):
            return word
        grammemes = {"nomn", gender} if gender in ("masc", "femn", "neut") else {"nomn"}
        inflected = candidate.inflect(grammemes) or candidate.inflect({"nomn"})
        if inflected is not None:
            return match_case(inflected.word, word)
    return word


def _is_body(word: str, language: str) -> bool:
    return bool(_lemmas(word, language) & _BODIES)


def _surname_stem(surname: str) -> str:
    lower = surname.lower()
    if lower.endswith(("ський", "цький", "ский", "цкий")):
        return lower[:-2]
    if lower.endswith(("ий", "ій", "ой", "ый", "ая")):
        return lower[:-2]
    if lower[-1:] in ("а", "я", "о", "ь", "й") and len(lower) > 3:  # noqa: PLR2004
        return lower[:-1]
    return lower


def _genitive(words: list[str], head: str, language: str) -> list[str]:
    """Put the head of a nominative post and its leading modifiers into the genitive."""
    result = list(words)
    for position, word in enumerate(words):
        for candidate in parse(word.lower(), language):
            if candidate.tag.case in (None, "nomn") and candidate.tag.number != "plur":
                inflected = candidate.inflect({"gent"})
                if inflected is not None:
                    result[position] = match_case(inflected.word, word)
                    break
        if word.lower() == head.lower() or _post_lemma(word, language):
            return result
    return result


def _join_posts(own: str, head: str, previous: _Person, language: str) -> str:
    """Join "його заступник з питань ..." to the post of the person named before.

    "заступник з питань ..." after "начальник ОВА" gives "заступник начальника ОВА з
    питань ...".
    """
    own_words = own.split()
    head_lower = head.lower()
    cut = next(
        (
            i + 1
            for i, w in enumerate(own_words)
            if _post_lemma(w, language) or w.lower() == head_lower
        ),
        1,
    )
    assert previous.position is not None  # noqa: S101 - checked by the caller
    theirs = _genitive(previous.position.split(), previous.head or "", language)
    return " ".join([*own_words[:cut], *theirs, *own_words[cut:]])


def find_officials(
    text: str, *, language: str, organizations: tuple[Organization, ...]
) -> tuple[Official, ...]:
    """Find every person named with a given name and surname in ``text``.

    Args:
        text: The cleaned article body; spans index into it.
        language: ``uk`` or ``ru`` (anything else is read as Ukrainian).
        organizations: The organisations found in the text, to link posts to.

    Returns:
        One record per person, in order of first mention.

    Examples:
        >>> [o.name for o in find_officials(
        ...     "від директора департаменту Сергія Гаращука", language="uk", organizations=())]
        ['Сергій Гаращук']
    """
    return _Finder(text, language, organizations).run()
