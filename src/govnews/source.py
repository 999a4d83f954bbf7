"""Reading inputs: bytes to text, with the encoding decision visible to the caller."""

import codecs

import attrs

from govnews.exceptions import BinaryInputError, DecodeError

__all__ = ["Decoded", "decode", "looks_like_html"]

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


@attrs.frozen(kw_only=True)
class Decoded:
    """Text read from bytes, and how it was read.

    Attributes:
        text: The decoded text.
        encoding: The encoding used (``utf-8``, ``utf-8-sig``, ``utf-16``, ...).
    """

    text: str
    encoding: str


def decode(data: bytes, *, name: str = "<bytes>") -> Decoded:
    """Decode the bytes of a text or HTML file.

    Args:
        data: The raw bytes.
        name: What to call the input in error messages (a file name).

    Returns:
        The text and the encoding it was read in.

    Raises:
        BinaryInputError: The bytes are a binary file, not text.
        DecodeError: The bytes are in no encoding that can be read.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(text=data.decode(encoding), encoding=encoding)
            except UnicodeDecodeError as error:
                msg = f"{name}: starts with a {encoding} byte-order mark but is not {encoding}"
                raise DecodeError(msg) from error
    for magic, what in _MAGIC:
        if data.startswith(magic):
            msg = f"{name}: not a text file, looks like {what}"
            raise BinaryInputError(msg)
    if b"\x00" in data[:4096]:
        msg = f"{name}: not a text file (it holds NUL bytes)"
        raise BinaryInputError(msg)
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError as error:
        msg = f"{name}: not valid UTF-8 ({error.reason} at byte {error.start})"
        raise DecodeError(msg) from error


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
