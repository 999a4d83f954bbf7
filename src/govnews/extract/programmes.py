"""Named programmes, projects, initiatives and grants, with their funders.

A programme is a trigger noun in any case -- програма, проєкт (проект), ініціатива,
грант; программа, проект, инициатива, грант; programme, project, initiative, grant --
followed within a few words by a name in quotes: "програми «Зроблено в Україні»",
"Проекту Німецького товариства міжнародного співробітництва (GIZ) «Реформа управління
на сході України»". The name is reported without its quotes. Funders are the donors
named between the trigger and the name, or after a funding phrase in the same sentence
("впроваджується ПРООН за фінансової підтримки уряду Швеції").
"""

import bisect
import re
from functools import cache

from govnews.model import Organization, OrganizationKind, Programme, ProgrammeKind, Span
from govnews.morphology import parse

__all__ = ["find_programmes", "quoted_after", "quoted_spans"]

_TRIGGER = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?P<programme>програм[аиіуо]\w{0,3}|программ[аыеуо]\w{0,3}|programmes?|programs?)"
    r"|(?P<project>прое[кc]т\w{0,3}|проєкт\w{0,3}|projects?)"
    r"|(?P<initiative>ініціатив\w{0,3}|инициатив\w{0,3}|initiatives?)"
    r"|(?P<grant>грант\w{0,3}|grants?)"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
_OPENING = {"«": "»", "„": "“”", "“": "”", '"': '"', "”": "”"}
_OPENER = re.compile("[" + "".join(_OPENING) + "]")
_GUILLEMET = re.compile("[«»]")
_CLOSERS = {closing: re.compile(f"[{closing}]") for closing in set(_OPENING.values())}
_NAME_LIMIT = 240  # characters a quoted name may run
_REACH = 120  # characters between a trigger and its quoted name
_MAX_WORDS_BETWEEN = 8
_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"[ \t]+(?P<name>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)(?![\w-])")
_ACRONYM_LETTERS = 3
_STOP_BETWEEN = re.compile(r"[.!?;:]\s|\n\s*\n|[.!?]$")
_FUNDING_CUE = re.compile(
    r"(?<![^\W\d_])(?:за\s+(?:фінансов\w+\s+)?підтримк\w+|за\s+сприянн\w+|фінансу\w+|"
    r"впроваджу\w+|реалізу\w+|при\s+(?:финансов\w+\s+)?поддержк\w+|при\s+содействи\w+|"
    r"финансиру\w+|реализу\w+|funded|supported|implemented)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[«\"A-ZА-ЯІЇЄҐЁ])|\n")

# Donors named in the genre, with the name they are reported under.
_DONORS: tuple[tuple[str, str], ...] = (
    ("ПРООН", r"ПРООН|UNDP|Програм\w* розвитку ООН|Программ\w* развития ООН"),
    ("USAID", r"USAID|ЮСАІД|ЮСАИД|Агентств\w* США з міжнародного розвитку"),
    ("ЄС", r"Європейськ\w* Союз\w*|Евросоюз\w*|Европейск\w* союз\w*|European Union|ЄС"),
    ("GIZ", r"GIZ|Німецьк\w* товариств\w* міжнародного співробітництва"),
    ("SIDA", r"SIDA|Sida|Шведськ\w* агентств\w* з питань міжнародної співпраці"),
    ("Світовий банк", r"Світов\w* банк\w*|Всемирн\w* банк\w*|World Bank"),
    ("ЄБРР", r"ЄБРР|ЕБРР|EBRD"),
    ("ЄІБ", r"ЄІБ|ЕИБ|EIB"),
    ("Рада Європи", r"Рад[аиі] Європи|Совет\w* Европы|Council of Europe"),
    ("ОБСЄ", r"ОБСЄ|ОБСЕ|OSCE"),
    ("ЮНІСЕФ", r"ЮНІСЕФ|ЮНИСЕФ|UNICEF"),
    ("JICA", r"JICA"),
    ("KfW", r"KfW"),
    ("SDC", r"SDC|Швейцарськ\w* агентств\w* розвитку"),
)
_GOVERNMENTS = re.compile(
    r"(?<![^\W\d_])(?P<head>уряд\w{0,2}|правительств\w{0,2}|[Gg]overnment of)\s+"
    r"(?P<country>Швеції|Швейцарії|Канади|Німеччини|Великої Британії|Японії|США|Норвегії|"
    r"Данії|Нідерландів|Польщі|Франції|Естонії|Литви|Фінляндії|Швеции|Швейцарии|Канады|"
    r"Германии|Японии|Норвегии|Sweden|Switzerland|Canada|Germany|Japan|Norway|Denmark)"
    r"(?![^\W\d_])"
)


@cache
def _donor_pattern() -> re.Pattern[str]:
    parts = [f"(?P<d{index}>{pattern})" for index, (_, pattern) in enumerate(_DONORS)]
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(parts) + r")(?![^\W\d_])")


def _quote_close(text: str, index: int) -> int | None:
    """The index of the quote closing the one opened at ``index``, or None."""
    opening = text[index]
    closing = _OPENING[opening]
    limit = min(len(text), index + _NAME_LIMIT)
    if opening == "«":
        depth = 0
        for match in _GUILLEMET.finditer(text, index, limit):
            depth += 1 if match.group() == "«" else -1
            if depth == 0:
                return match.start()
        return None
    found = _CLOSERS[closing].search(text, index + 1, limit)
    return found.start() if found else None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` inside «guillemets» (outermost pairs), in order.

    Examples:
        >>> quoted_spans("ТОВ «ТРК «Приморское кольцо»» та «Полісся»")
        [(4, 29), (33, 42)]
    """
    spans = []
    depth = 0
    start = 0
    for match in re.finditer("[«»]", text):
        if match.group() == "«":
            if depth == 0:
                start = match.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, match.end()))
    return spans


def _clean_name(raw: str) -> str:
    name = raw.translate(str.maketrans("", "", '«»„“”"'))
    return " ".join(name.split()).strip(" ,.-–—")


def _has_verb(words: list[str], language: str) -> bool:
    for word in words:
        parses = parse(word.lower(), language)
        if parses and parses[0].tag.POS in {"VERB", "INFN"}:
            return True
    return False


def quoted_after(
    text: str, start: int, *, language: str = "uk", reach: int = _REACH
) -> tuple[str, Span] | None:
    """The name in quotes that follows ``start`` within a few words, and its span.

    The quote must open before the sentence ends, within ``reach`` characters and
    eight words, with no verb between (the name belongs to the same noun phrase);
    the name is returned without its quotes.

    Args:
        text: The text.
        start: Where to look from (the end of a trigger word).
        language: ``uk`` or ``ru``, for telling verbs.
        reach: How far the opening quote may be.

    Returns:
        The name and the span of the quoted stretch (quotes included), or None.

    Examples:
        >>> quoted_after("форум під назвою «Децентралізація» у Краматорську", 5)
        ('Децентралізація', Span(start=17, end=34))
    """
    limit = min(len(text), start + reach)
    opening = _OPENER.search(text, start, limit)
    if opening is None:
        return None
    position = opening.start()
    between = text[start:position]
    words = _WORD.findall(between)
    if (
        _STOP_BETWEEN.search(between)
        or len(words) > _MAX_WORDS_BETWEEN
        or _has_verb(words, language)
    ):
        return None
    close = _quote_close(text, position)
    if close is None:
        return None
    name = _clean_name(text[position + 1 : close])
    if not name or not any(char.isalpha() for char in name):
        return None
    return name, Span(start=position, end=close + 1)


def _acronym_after(text: str, start: int) -> tuple[str, Span] | None:
    """A programme named by a Latin acronym right after its trigger ("проекту DESPRO")."""
    match = _ACRONYM.match(text, start)
    if (
        match is None
        or len(match.group("name").replace("-", "")) < _ACRONYM_LETTERS
        or _donor_pattern().fullmatch(match.group("name"))
    ):
        return None
    return match.group("name"), Span(start=match.start("name"), end=match.end("name"))


def _sentence_end(text: str, start: int) -> int:
    match = _SENTENCE_END.search(text, start, min(len(text), start + 400))
    return match.start() if match else min(len(text), start + 400)


def _government_name(match: re.Match[str]) -> str:
    head = match.group("head")
    if head.lower().startswith("уряд"):
        return f"уряд {match.group('country')}"
    if head.lower().startswith("правительств"):
        return f"правительство {match.group('country')}"
    return f"Government of {match.group('country')}"


def _international_mentions(organizations: tuple[Organization, ...]) -> list[tuple[int, str]]:
    """Every mention of an international body as (start, acronym or name), sorted."""
    return sorted(
        (span.start, organization.acronym or organization.name)
        for organization in organizations
        if organization.kind is OrganizationKind.INTERNATIONAL
        for span in organization.mentions
    )


def _funders(
    text: str,
    stretch: tuple[int, int],
    sentence_end: int,
    international: list[tuple[int, str]],
) -> tuple[str, ...]:
    """Donors between the trigger and the name, and after a funding phrase.

    ``international`` comes from ``_international_mentions``: a binary search picks the
    mentions in a window, so the cost does not grow with every organisation named.
    """
    windows = [stretch]
    cue = _FUNDING_CUE.search(text, stretch[1], sentence_end)
    if cue is not None:
        windows.append((cue.start(), sentence_end))
    names: list[str] = []
    for begin, end in windows:
        found: list[tuple[int, str]] = []
        for match in _donor_pattern().finditer(text, begin, end):
            key = next(k for k, v in match.groupdict().items() if v is not None)
            found.append((match.start(), _DONORS[int(key[1:])][0]))
        found.extend(
            (m.start(), _government_name(m)) for m in _GOVERNMENTS.finditer(text, begin, end)
        )
        low = bisect.bisect_left(international, (begin, ""))
        high = bisect.bisect_left(international, (end, ""))
        found.extend(international[low:high])
        for _, name in sorted(found):
            if name not in names:
                names.append(name)
    return tuple(names)


def find_programmes(
    text: str, *, language: str, organizations: tuple[Organization, ...]
) -> tuple[Programme, ...]:
    """Find every named programme, project, initiative and grant in ``text``.

    Args:
        text: The article body.
        language: ``uk`` or ``ru``, for the morphology; the triggers of both
            languages, and of English, are read.
        organizations: Organisations found in the text; international bodies among
            them count as funders where the text says they fund the programme.

    Returns:
        One [`Programme`][govnews.Programme] per distinct name, in order of first mention.

    Examples:
        >>> [(p.name, p.kind.value, p.funders) for p in find_programmes(
        ...     "Захід організовано в рамках Проєкту «Посилене партнерство», який "
        ...     "впроваджується ПРООН за фінансової підтримки уряду Швеції.",
        ...     language="uk", organizations=())]
        [('Посилене партнерство', 'project', ('ПРООН', 'уряд Швеції'))]
    """
    found: dict[str, tuple[str, ProgrammeKind, list[str], list[Span]]] = {}
    international = _international_mentions(organizations)
    try:
        for match in _TRIGGER.finditer(text):
            quoted = quoted_after(text, match.end(), language=language) or _acronym_after(
                text, match.end()
            )
            if quoted is None:
                continue
            name, span = quoted
            kind = ProgrammeKind(match.lastgroup or "programme")
            funders = _funders(
                text, (match.start(), span.start), _sentence_end(text, span.end), international
            )
            key = " ".join(name.casefold().split())
            if key in found:
                entry = found[key]
                entry[3].append(span)
                entry[2].extend(f for f in funders if f not in entry[2])
            else:
                found[key] = (name, kind, list(funders), [span])
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return ()
    return tuple(
        Programme(name=name, kind=kind, funders=tuple(funders), mentions=tuple(spans))
        for name, kind, funders, spans in found.values()
    )
