"""Reading inputs: bytes to text, with the encoding decision visible to the caller."""

import codecs
import re
import unicodedata

import attrs

from govnews.exceptions import BinaryInputError, DecodeError, EmptyInputError

__all__ = ["Decoded", "decode", "looks_like_html", "require_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old office document"),
    (b"RIFF", "a media file"),
)


_UTF16_MIN_BYTES = 4
_UTF16_SHARE = 0.9
_UTF16_HIGH_BYTES = frozenset({0x00, 0x04, 0x20, 0x21, 0x30, 0xFE})  # ASCII, Cyrillic, punct.
_SAMPLE_CHARS = 20_000
_DETECT_BYTES = 64_000
_ODD_SHARE = 0.01
_CASE_PENALTY = 2.0
_CAPITAL_COST = 0.2  # text is mostly small letters; a wrong KOI8/cp1251 reading is not
_BIGRAM_BONUS = 1.0
# Letter pairs frequent in Ukrainian and Russian words; a wrong code page makes few.
_COMMON_PAIRS = (
    "ст но то на ен ов ни ра во ко ро пр не по ре ан ос ер ал ли го ол ор ть ел ка ва "
    "та ет ом ла ти ит ле ие ск ес од де от ак ем ат ны ль ин мо ий ог ед ая ой ия ам "
    "ым ую ів ні ри ін ві ад ій ою ої ся ди що ку му ня ць ці ає ує ля ми ма же че чи"
)
_COMMON_BIGRAMS = frozenset(_COMMON_PAIRS.split())
_BIGRAM = re.compile(r"(?=([а-яёіїєґ]{2}))")
# A small letter followed by a capital inside a word: "сЕССИЯ" is KOI8 read as cp1251.
_LOWER_UPPER = re.compile(r"[а-яёіїєґ][А-ЯЁІЇЄҐ]")
_MIXED_PENALTY = 5.0
# A Cyrillic letter glued to a Latin one: "Cafй" is Latin-1 read as Windows-1251.
_MIXED_SCRIPT = re.compile(r"[a-zA-Z][а-яёіїєґА-ЯЁІЇЄҐ]|[а-яёіїєґА-ЯЁІЇЄҐ][a-zA-Z]")
_RUN_SHARE = 0.3
_MIN_CYRILLIC_SCORE = -0.4  # random bytes score about -0.5
_SURE_CYRILLIC_SCORE = 0.3  # Ukrainian and Russian text scores about 0.5 and more
_CYRILLIC_ENCODINGS = ("cp1251", "koi8-u", "koi8-r")
_KOI8 = ("koi8-u", "koi8-r")
_UKRAINIAN_ONLY = frozenset("іїєґ")
# Letters by how common they are in Ukrainian and Russian news (most common first);
# the rarest score below zero, so text read in the wrong code page scores low.
_LETTERS_BY_FREQUENCY = "оаениітрсвлкдмупяьзгбчйхжцшюыщєїфэъёґ"
_LETTER_WEIGHT = {
    letter: 1.0 - 1.5 * rank / len(_LETTERS_BY_FREQUENCY)
    for rank, letter in enumerate(_LETTERS_BY_FREQUENCY)
}


@attrs.frozen(kw_only=True)
class Decoded:
    """Text read from bytes, and how it was read.

    Attributes:
        text: The decoded text.
        encoding: The encoding used: ``utf-8``, ``utf-8-sig`` (UTF-8 with a byte-order
            mark), ``utf-16``, ``utf-16-le``/``utf-16-be`` (without a mark), ``cp1251``
            (Windows-1251), ``koi8-u``, ``koi8-r``, or what charset-normalizer found.
    """

    text: str
    encoding: str


def decode(data: bytes, *, name: str = "<bytes>") -> Decoded:
    """Decode the bytes of a text or HTML file, detecting their encoding.

    The order of the decision: a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16
    without a mark (recognised by its zero and Cyrillic high bytes); strict UTF-8;
    then the single-byte Cyrillic encodings Windows-1251, KOI8-U and KOI8-R, of
    which the one whose letters look most like Ukrainian or Russian text wins;
    last, for text with no Cyrillic at all, charset-normalizer's guess.

    Args:
        data: The raw bytes.
        name: What to call the input in error messages (a file name).

    Returns:
        The text and the encoding it was read in.

    Raises:
        BinaryInputError: The bytes are a binary file, not text.
        DecodeError: The bytes are in no encoding that can be read without garbage.

    Examples:
        >>> decode("Рішення сесії міської ради".encode("cp1251")).encoding
        'cp1251'
        >>> decode("Рішення сесії міської ради".encode("koi8-u")).encoding
        'koi8-u'
        >>> decode("Решение сессии городского совета".encode("koi8-r")).encoding
        'koi8-r'
    """
    if (marked := _from_bom(data, name)) is not None:
        return marked
    for magic, what in _MAGIC:
        if data.startswith(magic):
            msg = f"{name}: not a text file, looks like {what}"
            raise BinaryInputError(msg)
    if (utf16 := _utf16_without_bom(data)) is not None:
        return Decoded(text=data.decode(utf16), encoding=utf16)
    if b"\x00" in data[:4096]:
        msg = f"{name}: not a text file (it holds NUL bytes)"
        raise BinaryInputError(msg)
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if (decoded := _single_byte_cyrillic(data)) is not None:
        return decoded
    if (decoded := _detected(data)) is not None:
        return decoded
    msg = (
        f"{name}: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
        "and not readable as Windows-1251, KOI8-U or KOI8-R text"
    )
    raise DecodeError(msg) from utf8_error


def _from_bom(data: bytes, name: str) -> Decoded | None:
    """The text of bytes that start with a byte-order mark, or ``None`` without one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(text=data.decode(encoding), encoding=encoding)
            except UnicodeDecodeError as error:
                msg = f"{name}: starts with a {encoding} byte-order mark but is not {encoding}"
                raise DecodeError(msg) from error
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when the bytes look like BOM-less UTF-16."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < _UTF16_MIN_BYTES:
        return None
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        plausible = sum(1 for byte in high if byte in _UTF16_HIGH_BYTES)
        if plausible >= len(high) * _UTF16_SHARE:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _readable(text):
                return encoding
    return None


def _readable(text: str) -> bool:
    """Whether decoded text is text: letters, digits, spaces and punctuation.

    Control, private-use and box-drawing characters (what a wrong code page makes of
    letters) are not text.
    """
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return True
    odd = sum(
        1
        for char in sample
        if not (char.isprintable() or char in "\n\r\t")
        or "\u2500" <= char <= "\u259f"
        or unicodedata.category(char) == "Co"
    )
    return odd <= len(sample) * _ODD_SHARE


def _cyrillic_score(text: str) -> float:
    """How much the letters of a text look like Ukrainian or Russian, per character.

    Frequent letters and letter pairs score high, small letters a little higher than
    capitals; rare
    letters, a small letter followed by a capital
    inside a word, Cyrillic letters glued to Latin ones, and the box-drawing and symbol
    characters that a wrong code page produces score low.
    """
    sample = text[:_SAMPLE_CHARS]
    score = 0.0
    score -= sum(1 for _ in _MIXED_SCRIPT.finditer(sample)) * _MIXED_PENALTY
    score -= sum(1 for _ in _LOWER_UPPER.finditer(sample)) * _CASE_PENALTY
    lowered = sample.lower()
    score += _BIGRAM_BONUS * sum(
        1 for match in _BIGRAM.finditer(lowered) if match[1] in _COMMON_BIGRAMS
    )
    for char in sample:
        lower = char.lower()
        if lower in _LETTER_WEIGHT:
            weight = _LETTER_WEIGHT[lower]
            score += weight if char == lower else weight - _CAPITAL_COST
        elif not (char.isascii() or char.isspace() or unicodedata.category(char)[0] in "PN"):
            score -= 1.0
    return score / max(len(sample), 1)


def _single_byte_cyrillic(data: bytes) -> Decoded | None:
    """The best Cyrillic single-byte reading of non-UTF-8 bytes, if they are Cyrillic."""
    best: tuple[float, str, str] | None = None
    for encoding in _CYRILLIC_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _readable(text):
            continue
        score = _cyrillic_score(text)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is None or best[0] < _MIN_CYRILLIC_SCORE:
        return None
    if best[0] < _SURE_CYRILLIC_SCORE and not _in_runs(data):
        return None
    score, encoding, text = best
    if encoding in _KOI8 and not any(char in _UKRAINIAN_ONLY for char in text.lower()):
        encoding = "koi8-r"
    return Decoded(text=text, encoding=encoding)


def _in_runs(data: bytes) -> bool:
    """Whether the non-ASCII bytes come in runs, as the letters of Cyrillic words do.

    In Latin text in a legacy encoding they stand alone inside ASCII words ("Café").
    """
    sample = data[:_DETECT_BYTES]
    high = [index for index, byte in enumerate(sample) if byte >= 0x80]  # noqa: PLR2004
    if not high:
        return False
    paired = sum(
        1
        for index in high
        if (index > 0 and sample[index - 1] >= 0x80)  # noqa: PLR2004
        or (index + 1 < len(sample) and sample[index + 1] >= 0x80)  # noqa: PLR2004
    )
    return paired >= len(high) * _RUN_SHARE


def _detected(data: bytes) -> Decoded | None:
    """Windows-1252, else charset-normalizer's reading, for non-Cyrillic legacy text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _readable(text):
            return Decoded(text=text, encoding="cp1252")
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only for rare inputs

    match = from_bytes(data[:_DETECT_BYTES]).best()
    if match is None:
        return None
    encoding = str(match.encoding)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return Decoded(text=text, encoding=encoding) if _readable(text) else None


def require_text(text: str, *, name: str) -> None:
    """Refuse decoded input that holds no text at all.

    Args:
        text: The decoded input.
        name: What to call the input in the error message (a file name).

    Raises:
        EmptyInputError: ``text`` is empty or only whitespace.
    """
    if not text.strip():
        msg = f"{name}: holds no text (it is empty or only whitespace)"
        raise EmptyInputError(msg)


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than plain text.

    Args:
        text: The decoded input.

    Returns:
        True when it starts like an HTML document.
    """
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and ("<body" in head or "<head" in head)
    )
