"""Text cleaning: normalisation, boilerplate removal, title and paragraphs.

The cleaned text is what every extractor reads and what every span indexes into, so
[`clean`][govnews.text.clean] is the single source of truth for offsets: it works on
the raw input, and everything downstream sees only its output.

The stages, in order:

1. **Characters** ([`normalize`][govnews.text.normalize]): Unicode NFC; no-break and
   other wide spaces become plain spaces; zero-width characters, soft hyphens and
   control characters go; every apostrophe variant between two letters
   (``' ʼ ´ ` ‘ ′``) becomes the canonical U+2019 ``’`` (the form of the KATOTTH
   register, so names match however they were typed); a stray symbol inside a
   Cyrillic word (``Г*лава``) goes; a print widget glued to the text after it
   (``e-mail Друк PDFПро це…``) is split off.
2. **Lines**: each line is classified as body or boilerplate by its structure and a
   lexicon of site chrome in Ukrainian, Russian and English (navigation glued to the
   title of another article, ``попередня статтяУ Хмельницькій…``, goes whole);
   removed lines are kept, as they were written, in ``removed``.
3. **Paragraphs**: hard-wrapped lines are joined back into paragraphs, words broken
   by a hyphen at a line end are mended; paragraphs are separated by a blank line.
4. **Title**: a headline at the top goes to ``title``: a Markdown heading
   (``# Title``) on the first line, or a short line without final punctuation,
   starting with a capital, followed by body text.
"""

import functools
import re
import unicodedata

import attrs

__all__ = ["APOSTROPHE", "PARAGRAPH_BREAK", "CleanText", "clean", "is_boilerplate", "normalize"]

PARAGRAPH_BREAK = "\n\n"
"""What separates the paragraphs of a cleaned text: a blank line."""

APOSTROPHE = "\u2019"
"""The canonical apostrophe (U+2019 RIGHT SINGLE QUOTATION MARK), as in the KATOTTH."""

# -- characters --------------------------------------------------------------------------

_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u180e]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85\x0b\x0c]")

_APOSTROPHE_VARIANTS = "'\u02bc\u00b4`\u2018\u2019\u2032\u02b9\u0060"
_APOSTROPHE_IN_WORD = re.compile(rf"[{re.escape(_APOSTROPHE_VARIANTS)}](?<=[^\W\d_].)(?=[^\W\d_])")
_CYRILLIC = "а-яіїєґёўА-ЯІЇЄҐЁЎ"
_STRAY_IN_WORD = re.compile(rf"[*^~|¦](?<=[{_CYRILLIC}].)(?=[{_CYRILLIC}])")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_MANY_NEWLINES = re.compile(r"\n{3,}")

# Widgets that scrapers glue to the body text after them: split them off. (Navigation
# glued to the title of another article, "попередня статтяУ ...", is removed whole.)
_GLUED_WIDGETS = ("e-mail", "версія для друку", "версия для печати", "print version")
_GLUED_CHROME = re.compile(
    r"(?i)(e-mail друк pdf|e-mail печать pdf|e-mail print pdf|версія для друку|"
    r"версия для печати|print version)(?=[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё])"
)


def normalize(text: str) -> str:
    r"""Put every character of a text into its canonical form; lines are kept.

    Args:
        text: Any text.

    Returns:
        The text in NFC with canonical spaces and apostrophes, no invisible or
        control characters, no stray symbols inside words, and site chrome glued to
        the following text split onto its own line.

    Examples:
        >>> normalize("Кам´янець-Подільський і м'ясо")
        'Кам’янець-Подільський і м’ясо'
        >>> normalize("Г*лава\u00a0ЗАТО")
        'Глава ЗАТО'
    """
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = _CONTROL.sub("", text)
    text = _APOSTROPHE_IN_WORD.sub(APOSTROPHE, text)
    text = _STRAY_IN_WORD.sub("", text)
    lowered = text.casefold()
    if any(widget in lowered for widget in _GLUED_WIDGETS):
        # Only on the lines that hold a widget: a case-blind search is slow on a long text.
        text = "\n".join(
            _GLUED_CHROME.sub("\\1\n", line)
            if any(widget in line.casefold() for widget in _GLUED_WIDGETS)
            else line
            for line in text.split("\n")
        )
    return text


# -- boilerplate lexicon ----------------------------------------------------------------


def _lexicon(entries: str) -> frozenset[str]:
    """A set of lexicon entries written one per line or separated by ``|``."""
    return frozenset(
        " ".join(entry.split()) for line in entries.splitlines() for entry in line.split("|")
    ) - {""}


def _word_set(words: str) -> frozenset[str]:
    """A set of single words separated by whitespace."""
    return frozenset(words.split())


_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")

# Lines that are only share/print widget words.
_WIDGET_WORDS = _word_set(
    """
    e-mail email mail друк друкувати роздрукувати печать распечатать print pdf rss
    версія версия version для for друку печати поділитися поділись поширити поширте
    поделиться share tweet facebook twitter telegram viber whatsapp linkedin fb vk
    вконтакте одноклассники ok copy link копіювати скопіювати посилання ссылку ссылка
    x youtube instagram tiktok pinterest reddit"""
)

# A line that starts with one of these (after punctuation) is chrome when short.
_CHROME_START = re.compile(
    r"^(?:"
    r"попередн[яі] (?:статт[яі]|новин[аи]|запис)|наступн[аі] (?:статт[яі]|новин[аи]|запис)|"
    r"предыдущ(?:ая|ие) (?:стать[яи]|новост[ьи]|запись)|"
    r"следующ(?:ая|ие) (?:стать[яи]|новост[ьи]|запись)|"
    r"previous (?:article|post|story)|next (?:article|post|story)|"
    r"сподобал[аи]сь|понравил[аи]сь|поділіться|поделитесь|share this|"
    r"перейти до (?:головного|основного)|перейти к (?:главному|основному)|skip to|"
    r"версія для друку|версия для печати|print version|"
    r"додати коментар|залишити коментар|оставить комментарий|добавить комментарий|"
    r"leave a comment|add comment|коментарі \(|комментарии \(|comments \(|"
    r"вже зареєстрован|уже зарегистрирован|ще не зареєстрован|еще не зарегистрирован|"
    r"not registered|already registered|забул[иа]сь пароль|забыли пароль|forgot password|"
    r"система відновлення пароля|увійти через|войти через|sign in with|"
    r"підписуйтесь на|підпишіться на|подписывайтесь на|подпишитесь на|subscribe to|"
    r"приєднуйтесь до нас|присоединяйтесь к нам|follow us|слідкуйте за нами|"
    r"следите за нами"
    r")"
)
# Navigation words that start a short line only ("« повернутися до списку новин").
_NAVIGATION_START = re.compile(r"^(?:повернутися|повернутись|вернуться|назад до|назад к|back to)\b")
_NAVIGATION_MAX_WORDS = 6
# Labels of a site's metadata lines ("Теги: бюджет, громада"), or the label alone.
_LABEL = re.compile(
    r"^(?:теги|тэги|мітки|ключові слова|ключевые слова|tags|рубрика|рубрики|рубрики|"
    r"категорія|категории|категория|розділ|раздел|автор фото)(?:\s*:|$)"
)
_CHROME_START_MAX_WORDS = 25

# Short lines that are chrome in full (compared after trimming punctuation).
_CHROME_LINES = _lexicon(
    """
    читати далі|читати більше|читайте далі|детальніше|докладніше|більше|далі|
    читать далее|подробнее|далее|ещё|еще|read more|more|continue reading|
    назад|повернутися|вернуться|back|на головну|на главную|home|
    реклама|advertisement|ads|спонсор|sponsored|на правах реклами|на правах рекламы|
    партнерський матеріал|партнерский материал|
    увійти|вхід|войти|вход|реєстрація|регистрация|login|log in|sign in|register|
    пошук|поиск|search|меню|menu|головне меню|главное меню|main menu|
    фото без опису|фото без описания|поділитися|поделиться|поширити|share|
    друк|печать|print|коментарі|комментарии|comments|
    завантажити|скачать|download|
    підписатися|подписаться|subscribe|
    прийняти|принять|accept|згоден|согласен|ok|
    погода|weather|
    """
)

# Labels of a source link ("Подробности: http://...").
_LINK_LABEL = re.compile(
    r"^(?:подробности|подробнее|детальніше|докладніше|читайте|читати|читать|"
    r"read more|more|source|джерело|источник)\b[^\n]{0,40}?https?://\S+$"
)

# Copyright and reuse notices.
_NOTICE = re.compile(
    r"(?:©|\(c\) \d{4}|усі права захищен|всі права захищен|все права защищен|"
    r"all rights reserved|использование материалов|використання матеріалів|"
    r"использовании материалов|використанні матеріалів|перепечатка|передрук|"
    r"гиперссылк|гіперпосилання на|hyperlink to)"
)
_NOTICE_MAX_WORDS = 40

_COOKIE = re.compile(r"\b(?:cookie|cookies|куки|кукі)\b")
_COOKIE_VERB = re.compile(r"(?:використ|использ|\buse|прийня|приня|accept|погодж|согла|agree)")


def _is_cookie_notice(lowered: str) -> bool:
    """Whether a lower-cased line speaks of cookies and of using or accepting them."""
    # Every spelling the pattern knows contains one of these: skip the search without them.
    if "cook" not in lowered and "кук" not in lowered:
        return False
    return bool(_COOKIE.search(lowered) and _COOKIE_VERB.search(lowered))


_COUNTER = re.compile(
    r"^(?:переглядів|перегляди|переглядов|просмотров|просмотры|просмотрено|прочитано|"
    r"views|відвідувань|посещений|коментарів|комментариев|comments)\W{0,3}\d[\d\s]{0,12}$|"
    r"^\d[\d\s]{0,12}(?:переглядів|переглядов|просмотров|views|разів|раз)$"
)

_PHOTO = re.compile(
    r"^(?:фото|фотограф|світлина|світлини|photo|photos|image|джерело фото|источник фото|"
    r"ілюстрація|иллюстрация|відео|видео|video)"
    r"(?:\s*[:—–\-]|\s+(?:з|із|зі|с|из|автора|пресслужби|прес-служби|пресс-службы|"
    r"by|via|from|ілюстративне|иллюстративное|для ілюстрації|архів|архив)\b)"
)
_PHOTO_MAX_WORDS = 14

_IMAGE_ONLY = re.compile(r"^(?:!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)\s*)+$")
_TAGS_ONLY = re.compile(r"^(?:</?[A-Za-z][^<>\n]{0,500}>\s*)+$")  # CMS leftovers: <br>, <Gallery />

_WEATHER = re.compile(r"(?:°|℃|погода|weather|вологість|влажность|humidity)")
_WEATHER_MAX_WORDS = 10

_RELATED_HEADER = re.compile(
    r"^(?:читайте також|читайте также|читати також|читай також|також читайте|"
    r"также читайте|дивіться також|дивись також|смотрите также|see also|read also|"
    r"related(?: news| articles| posts)?|схожі новини|схожі матеріали|схожі статті|"
    r"похожие новости|похожие материалы|похожие статьи|інші новини|другие новости|"
    r"останні новини|последние новости|популярні новини|популярные новости|"
    r"новини за темою|новости по теме|по темі|по теме|більше новин|больше новостей|"
    r"всі новини|усі новини|все новости|архів новин|архив новостей|more news|"
    r"latest news|recent posts|новини|новости|news)\b"
)
# The one-word headers open sentences too ("Новини громади публікує сайт…"): alone, or
# with a colon or a dash after them, they head a box of links.
_GENERIC_WORDS = frozenset({"новини", "новости", "news"})
_GENERIC_HEADER = re.compile(rf"(?:{'|'.join(sorted(_GENERIC_WORDS))})(?:(?![\w\s])|\s*[:—–-])")
_RELATED_MAX_WORDS = 25

_MENU_WORDS = _lexicon(
    """
    головна|новини|контакти|документи|події|оголошення|фотогалерея|галерея|відео|пошук
    структура|керівництво|громада|послуги|звернення|архів|карта сайту|про нас|про громаду
    главная|новости|контакты|документы|события|объявления|видео|поиск|руководство
    услуги|обращения|архив|карта сайта|о нас|home|news|contacts|contact|about|about us
    documents|events|gallery|video|search|services"""
)

# -- dates ---------------------------------------------------------------------------------

_MONTHS = _word_set(
    """
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада
    грудня січень лютий березень квітень травень червень липень серпень вересень
    жовтень листопад грудень
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec"""
)
_TIME = r"(?:\s*,?\s*(?:о|в|at|об)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:год\.?|ч\.?))?)?"
_YEAR_WORD = r"(?:\s*(?:р\.|рік|року|г\.|год|года|y\.))?"
_DATE_NUMERIC = re.compile(
    rf"^(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}){_YEAR_WORD}{_TIME}$"
)
_DATE_DAY_MONTH = re.compile(rf"^\d{{1,2}}\s+([^\W\d_]+)\.?,?\s+\d{{4}}{_YEAR_WORD}{_TIME}$")
_DATE_MONTH_DAY = re.compile(rf"^([^\W\d_]+)\.?\s+\d{{1,2}},?\s+\d{{4}}{_TIME}$")


def _is_date_only(key: str) -> bool:
    """Whether a lower-cased line is nothing but a date (and a time)."""
    if len(key) > 60:  # noqa: PLR2004 - no date-only line is longer
        return False
    if _DATE_NUMERIC.match(key):
        return True
    match = _DATE_DAY_MONTH.match(key) or _DATE_MONTH_DAY.match(key)
    return bool(match and match.group(1) in _MONTHS)


# -- line classification ----------------------------------------------------------------

_LIST_MARKER = re.compile(r"^(?:[*•·▪►‣◦\-–—]|\\-|\d{1,2}[.)])\s")
_MARKUP_ONLY = re.compile(r"^[\s*_#>~`|\\\-]{1,4}$")
_TERMINAL = ".!?…"
_ITEM_ENDS = _TERMINAL + ",;:"  # what a menu item or a block heading never ends with
_ELLIPSIS = ("...", "…")
_INDENT_MIN = 2
_TEASER_MIN_WORDS = 4
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_CHARS = 250
_MENU_ITEM_MAX_WORDS = 3
_MENU_MIN_LINES = 3
_WIDGET_MAX_CHARS = 80
_CHROME_LINE_MAX_CHARS = 40
_LONG_LINE = 400


def _key(line: str) -> str:
    """A line lower-cased, without leading/trailing punctuation and markup."""
    key = line.casefold()
    start, end = 0, len(key)
    while start < end and not key[start].isalnum():
        start += 1
    while end > start and not key[end - 1].isalnum():
        end -= 1
    return key[start:end]


@functools.lru_cache(maxsize=4096)
def _is_boilerplate_cached(line: str) -> bool:
    """``is_boilerplate``, remembered.

    Cleaning reads a line again once it stands as a paragraph, and site chrome repeats
    from one article of a site to the next.
    """
    return is_boilerplate(line)


def _words(line: str) -> list[str]:
    return _WORD.findall(line)


def is_boilerplate(line: str) -> bool:
    """Whether one line, on its own, is site chrome rather than article text.

    This is the line-level part of boilerplate removal (share and print widgets,
    navigation, view counters, photo credits, copyright and cookie notices, weather,
    dates standing alone); [`clean`][govnews.text.clean] also removes blocks that
    only their context reveals, such as a list of other articles.

    Args:
        line: One line of normalised text.

    Returns:
        True when the line is chrome.

    Examples:
        >>> is_boilerplate("e-mail Друк PDF")
        True
        >>> is_boilerplate("« повернутися")
        True
        >>> is_boilerplate("Зустріч відбудеться о 12.00 год. у прес-центрі.")
        False
    """
    stripped = line.strip()
    if not stripped:
        return False
    lowered = stripped.casefold()
    if len(stripped) > _LONG_LINE:  # only notices and pictures are long
        return bool(
            _is_cookie_notice(lowered)
            or (stripped.startswith("![") and _IMAGE_ONLY.match(stripped))
        )
    key = _key(stripped)
    if not key:
        return False
    words = _words(lowered)
    count = len(words)
    if _IMAGE_ONLY.match(stripped) or _TAGS_ONLY.match(stripped) or _is_date_only(key):
        return True
    # The first check that holds decides; the ones after it are not run.
    return (
        (len(stripped) <= _WIDGET_MAX_CHARS and all(word in _WIDGET_WORDS for word in words))
        or (len(key) <= _CHROME_LINE_MAX_CHARS and key in _CHROME_LINES)
        or (count <= _CHROME_START_MAX_WORDS and bool(_CHROME_START.match(key)))
        or (
            count <= _NAVIGATION_MAX_WORDS
            and bool(_NAVIGATION_START.match(key))
            and not stripped.endswith(".")
        )
        or bool(_LABEL.match(key))
        or bool(_LINK_LABEL.match(key))
        or (count <= _NOTICE_MAX_WORDS and bool(_NOTICE.search(lowered)))
        or _is_cookie_notice(lowered)
        or bool(_COUNTER.match(key))
        or (count <= _PHOTO_MAX_WORDS and bool(_PHOTO.match(key)))
        or (
            count <= _WEATHER_MAX_WORDS
            and bool(_WEATHER.search(lowered))
            and any(ch.isdigit() for ch in lowered)
            and not stripped.endswith(".")  # a sentence: "Вода кипить при 100 °C."
        )
    )


def _is_related_header(line: str) -> bool:
    if len(line) > _HEADLINE_MAX_CHARS:
        return False
    key = _key(line)
    if not key:
        return False
    # The anchored pattern fails on the first letters of almost every line: test it first.
    match = _RELATED_HEADER.match(key)
    return (
        match is not None
        and len(_words(key)) <= _RELATED_MAX_WORDS
        and (match.group() not in _GENERIC_WORDS or _GENERIC_HEADER.match(key) is not None)
    )


def _is_bare_related_header(line: str) -> bool:
    """A related-articles header with nothing after it ("### ЧИТАЙТЕ ТАКЖЕ")."""
    if len(line) > _HEADLINE_MAX_CHARS:
        return False
    key = _key(line)
    return bool(_RELATED_HEADER.fullmatch(key))


def _is_headline_like(line: str) -> bool:
    """A short line without final punctuation, or a teaser cut with an ellipsis."""
    stripped = line.strip()
    if not stripped or len(stripped) > _HEADLINE_MAX_CHARS:
        return False
    if stripped.endswith(_ELLIPSIS):
        return True
    words = _words(stripped)
    return 0 < len(words) <= _HEADLINE_MAX_WORDS and stripped[-1] not in ".,;:"


def _is_teaser(line: str) -> bool:
    stripped = line.strip()
    return (
        stripped.endswith(_ELLIPSIS)
        and len(stripped) <= _HEADLINE_MAX_CHARS
        and len(_words(stripped)) >= _TEASER_MIN_WORDS
    )


def _is_list_item(line: str) -> bool:
    return bool(_LIST_MARKER.match(line.strip())) or bool(_MARKUP_ONLY.match(line))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


class _Lines:
    """The lines of one input and which of them are removed."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.removed = [False] * len(lines)

    def content(self) -> list[int]:
        """Indices of the non-blank lines still kept."""
        return [i for i, line in enumerate(self.lines) if line.strip() and not self.removed[i]]

    def mark_lines(self) -> None:
        for i, line in enumerate(self.lines):
            if _is_boilerplate_cached(line):
                self.removed[i] = True

    def mark_related_boxes(self) -> None:
        """A "read also" header and the list of links that follows it."""
        lines = self.lines
        i = 0
        while i < len(lines):
            if self.removed[i] or not _is_related_header(lines[i]):
                i += 1
                continue
            self.removed[i] = True
            bare = _is_bare_related_header(lines[i])
            j = i + 1
            taken = 0
            while j < len(lines):
                line = lines[j]
                if not line.strip():
                    j += 1
                    continue
                if _is_list_item(line) or (bare and taken == 0 and _is_headline_like(line)):
                    self.removed[j] = True
                    taken += 1
                    j += 1
                    continue
                break
            i = j

    def mark_headline_blocks(self) -> None:
        """An indented list of headlines (links to other articles) and its heading."""
        lines = self.lines
        i = 0
        while i < len(lines):
            block = []
            j = i
            while j < len(lines) and _is_indented_headline(lines[j]):
                block.append(j)
                j += 1
            if len(block) >= 2:  # noqa: PLR2004 - a list has two items at least
                for k in block:
                    self.removed[k] = True
                heading = _previous_content(lines, i)
                if heading is not None and _is_block_heading(lines[heading]):
                    self.removed[heading] = True
                i = j
            else:
                i = j + 1 if j == i else j

    def mark_menus(self) -> None:
        """Runs of very short lines that are mostly menu words."""
        lines = self.lines
        i = 0
        while i < len(lines):
            run = []
            j = i
            while j < len(lines) and (not lines[j].strip() or _is_menu_item(lines[j])):
                if lines[j].strip():
                    run.append(j)
                j += 1
            if len(run) >= _MENU_MIN_LINES:  # count the menu words of a long run only
                menu_words = sum(_key(lines[k]) in _MENU_WORDS for k in run)
                if menu_words * 2 >= len(run):
                    for k in run:
                        self.removed[k] = True
            i = max(j, i + 1)

    def mark_tail_list(self) -> None:
        """A list of other articles, with their dates, at the end of the text.

        The tail is the longest run of kept lines at the end that are all headlines,
        teasers cut with an ellipsis, or dates; it is a list when it holds two dates or
        teasers at least (removed date lines count). It begins at its first date or
        teaser, or at the headline right after a removed date line.
        """
        lines = self.lines
        kept = self.content()
        start = None
        for position in range(len(kept) - 1, 0, -1):
            line = lines[kept[position]]
            if not (_is_headline_like(line) or _is_teaser(line)):
                break
            start = position
        if start is None:
            return
        first = kept[start]
        previous = _previous_content(lines, first)
        scan_from = previous if previous is not None and self.removed[previous] else first
        anchors = [
            i
            for i in range(scan_from, len(lines))
            if lines[i].strip() and (_is_date_only(_key(lines[i])) or _is_teaser(lines[i]))
        ]
        if len(anchors) < 2:  # noqa: PLR2004 - one stray line is no list
            return
        begin = anchors[0]
        for index in kept[start:]:
            if index >= begin:
                break
            before = _previous_content(lines, index)
            if before is not None and _is_date_only(_key(lines[before])):
                begin = index
                break
        for i in range(begin, len(lines)):
            if lines[i].strip():
                self.removed[i] = True


def _marked(lines: list[str]) -> list[bool]:
    """Which of the lines are boilerplate, by every line and block rule."""
    state = _Lines(lines)
    state.mark_lines()
    state.mark_related_boxes()
    state.mark_headline_blocks()
    state.mark_menus()
    state.mark_tail_list()
    return state.removed


def _previous_content(lines: list[str], index: int) -> int | None:
    for i in range(index - 1, -1, -1):
        if lines[i].strip():
            return i
    return None


def _is_indented_headline(line: str) -> bool:
    return (
        line[:_INDENT_MIN] == " " * _INDENT_MIN
        and _indent(line) >= _INDENT_MIN
        and not _is_list_item(line)
        and _is_headline_like(line)
        and len(_words(line)) >= _TEASER_MIN_WORDS
        and line.strip()[0].isupper()
    )


def _is_block_heading(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) <= _CHROME_LINE_MAX_CHARS
        and len(_words(stripped)) <= _MENU_ITEM_MAX_WORDS
        and stripped[-1] not in _ITEM_ENDS
    )


def _is_menu_item(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) <= _CHROME_LINE_MAX_CHARS
        and stripped[-1] not in _ITEM_ENDS
        and len(_words(stripped)) <= _MENU_ITEM_MAX_WORDS
    )


# -- paragraphs ---------------------------------------------------------------------------

_WRAP_MAX = 100
_WRAP_MIN_LINES = 4
_WRAP_SHARE = 0.5
_WRAP_SLACK = 20
_WRAP_OVER = 8
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or ``None`` when it was not.

    A hard-wrapped text has most of its lines about as long as its longer lines, and
    those are short (a typical width is 70-80 characters).
    """
    lengths = sorted(len(line) for line in lines if line and not _is_list_item(line))
    if len(lengths) < _WRAP_MIN_LINES:
        return None
    width = lengths[int(len(lengths) * 0.75)]
    if width > _WRAP_MAX:
        return None
    near = sum(1 for length in lengths if width - _WRAP_SLACK <= length <= width + _WRAP_OVER)
    return width if near >= len(lengths) * _WRAP_SHARE else None


@functools.cache
def _known_word(word: str) -> bool:
    from govnews.morphology import is_known  # noqa: PLC0415 - dictionaries load lazily

    cyrillic_uk = any(ch in "іїєґ" for ch in word)
    cyrillic_ru = any(ch in "ыэъё" for ch in word)
    languages = ("uk",) if cyrillic_uk else ("ru",) if cyrillic_ru else ("uk", "ru")
    return any(is_known(word, code) for code in languages)


def _last_word(line: str) -> str:
    """The letters before a final hyphen (``""`` when none): one backward walk, linear."""
    if not line.endswith("-"):
        return ""
    start = end = len(line) - 1
    while start and line[start - 1].isalpha():
        start -= 1
    return line[start:end]


def _join_hyphenated(left: str, right: str) -> str:
    """Join a word broken by a hyphen at a line end, keeping the hyphen of compounds."""
    head = _last_word(left)
    tail = _FIRST_WORD.match(right)
    if not head or tail is None:
        return left + right
    whole = (head + tail.group(1)).casefold()
    if whole.isascii() or not _known_word(whole):
        return left + right
    return left[:-1] + right


def _paragraphs(lines: list[str]) -> list[str]:
    """Join kept lines (``""`` marks a break: a blank line or removed chrome) into paragraphs.

    Lines are joined when a word is broken by a hyphen at the line end, when a line
    continues a sentence (it starts with a small letter or a bracket after a line
    without final punctuation), after a line of bare markup, and, in a hard-wrapped text, when the
    line before is full.
    """
    width = _wrap_width(lines)
    paragraphs: list[str] = []
    parts: list[str] = []  # the lines of the paragraph being built
    broken = False
    for line in lines:
        if not line:
            broken = True
            continue
        if parts and not broken:
            last = parts[-1]
            if _HYPHEN_BREAK.search(last) and line[:1].islower():
                parts[-1] = _join_hyphenated(last, line)
                continue
            if (
                _MARKUP_ONLY.match(last)
                or ((line[:1].islower() or line[:1] == "(") and last[-1:].isalnum())
                or (
                    width is not None
                    and not _is_list_item(line)
                    and (len(last) >= width - _WRAP_SLACK or line[:1].islower())
                )
            ):
                parts.append(line)
                continue
        if parts:
            paragraphs.append(" ".join(parts))
        parts = [line]
        broken = False
    if parts:
        paragraphs.append(" ".join(parts))
    return paragraphs


# -- title ---------------------------------------------------------------------------------

_MAX_ROUNDS = 3
_TITLE_MAX_WORDS = 30
_TITLE_MAX_CHARS = 250
_ADDRESS = re.compile(r"^(?:шановн|дорог|любі|уважаем|дорогие|dear)")


def _is_title(candidate: str, following: str) -> bool:
    """Whether the first paragraph is a headline over the body that follows it.

    A headline is short, starts with a capital (or a digit, or a quote), has no final
    full stop, colon or comma, and is followed by a paragraph of body text (one that
    ends like a sentence). It does not depend on blank lines, so cleaning the cleaned
    text finds the same title.
    """
    words = _words(candidate)
    if not 2 <= len(words) <= _TITLE_MAX_WORDS or len(candidate) > _TITLE_MAX_CHARS:  # noqa: PLR2004
        return False
    first = candidate.lstrip("«\"“„'*_#")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if candidate[-1] in ".,;:—–-" or candidate.endswith(_ELLIPSIS):
        return False
    if _is_list_item(candidate) or _ADDRESS.match(candidate.casefold()):
        return False
    return following[-1] in _TERMINAL + '»"”)'


_ATX_HEADING = re.compile(r"^#{1,2}[ \t]+([^\n]*?)[ \t#]*$")


def _top_heading(lines: list[str]) -> tuple[int, str] | None:
    """A Markdown heading (``# Title``) on the first non-blank line: its index and text."""
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        match = _ATX_HEADING.match(line.strip())
        text = " ".join(match.group(1).split()) if match else ""
        return (index, text) if text else None
    return None


# -- the entry point ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CleanText:
    """The outcome of cleaning one input.

    Attributes:
        title: The headline recognised at the top, or ``None``.
        text: The cleaned body.
        removed: The input lines taken out as boilerplate, in input order.
    """

    title: str | None
    text: str
    removed: tuple[str, ...]


def clean(raw: str, *, find_title: bool = True) -> CleanText:
    r"""Normalise raw text and split it into title, body and removed boilerplate.

    Never raises on a string; cleaning its own output (title, a blank line, text)
    gives the same title and text back.

    Args:
        raw: The text as a scraper returned it.
        find_title: Whether to look for a headline at the top; pass ``False`` when
            the title is known from elsewhere (an HTML page's metadata).

    Returns:
        The cleaned parts.

    Examples:
        >>> cleaned = clean("Стартував семінар для громад\n\ne-mail Друк PDF\n\n"
        ...                 "Сьогодні розпочав роботу семінар-тренінг.")
        >>> cleaned.title
        'Стартував семінар для громад'
        >>> cleaned.text
        'Сьогодні розпочав роботу семінар-тренінг.'
        >>> cleaned.removed
        ('e-mail Друк PDF',)
    """
    text = _MANY_NEWLINES.sub("\n\n", normalize(raw))
    raw_lines = [line.rstrip() for line in text.split("\n")]
    heading = _top_heading(raw_lines) if find_title else None
    if heading is not None:
        raw_lines = raw_lines[heading[0] + 1 :]
    gone = _marked(raw_lines)
    removed = [" ".join(line.split()) for line, out in zip(raw_lines, gone, strict=True) if out]
    kept = [
        "" if out else " ".join(line.split()) for line, out in zip(raw_lines, gone, strict=True)
    ]
    paragraphs = _paragraphs(kept)
    # Joined lines can make chrome that no single line was ("Читати" + "далі"): mark
    # the paragraphs again until nothing changes, so cleaning the output changes nothing.
    for _ in range(_MAX_ROUNDS):
        spaced = [part for paragraph in paragraphs for part in (paragraph, "")]
        gone = _marked(spaced)
        if not any(gone):
            break
        removed.extend(part for part, out in zip(spaced, gone, strict=True) if out)
        paragraphs = [part for part, out in zip(spaced, gone, strict=True) if part and not out]
    title = heading[1] if heading is not None else None
    if (
        find_title
        and title is None
        and len(paragraphs) > 1
        and _is_title(paragraphs[0], paragraphs[1])
    ):
        title = paragraphs[0]
        paragraphs = paragraphs[1:]
    text = PARAGRAPH_BREAK.join(paragraphs)
    return CleanText(title=title, text=text, removed=tuple(removed))
