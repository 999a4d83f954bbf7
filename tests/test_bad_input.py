"""Bad input gets a clear error: a typed exception in the API, one line in the CLI.

What each input gives:

| input | API (``parse_bytes``) | CLI (``govnews parse``) |
| --- | --- | --- |
| PDF, image, archive, executable | ``BinaryInputError`` | one error line, status 1 |
| bytes in no readable encoding | ``DecodeError`` | one error line, status 1 |
| larger than the limit | ``InputTooLargeError`` | one error line, status 1 |
| empty or whitespace-only | ``EmptyInputError`` | one error line, status 1 |
| a directory, a missing file | the ``OSError`` of reading it | one error line, status 1 |
"""

import gzip
import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

import govnews
from govnews.cli import main
from govnews.pipeline import parse_bytes


def _png() -> bytes:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk + b"\x00" * 4


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("news.txt", "Сесія міської ради.")
    return buffer.getvalue()


BINARY = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "png": _png(),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00",
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04",
    "zip": _zip(),
    "docx": _zip(),
    "gzip": gzip.compress("Сесія міської ради.".encode()),
    "elf": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00",
    "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00",
}
UNDECODABLE = {
    "high-bytes": bytes(range(128, 256)) * 8,
    "broken-utf8-bom": b"\xef\xbb\xbf\xff\xfe\xfd\xfc",
    "compressed-without-a-header": zlib.compress(bytes(range(256)) * 4),
}
EMPTY = {"empty": b"", "spaces": b"   ", "newlines": b"\n\n\r\n", "tabs-and-spaces": b"\t \t\n "}


@pytest.mark.parametrize("data", BINARY.values(), ids=BINARY)
def test_a_binary_file_is_a_binary_input_error(data):
    with pytest.raises(govnews.BinaryInputError):
        parse_bytes(data)


@pytest.mark.parametrize("data", UNDECODABLE.values(), ids=UNDECODABLE)
def test_undecodable_bytes_are_a_decode_error(data):
    with pytest.raises(govnews.DecodeError):
        parse_bytes(data)


@pytest.mark.parametrize("data", [*BINARY.values(), *UNDECODABLE.values()])
def test_every_refusal_is_a_parse_error_and_a_value_error(data):
    with pytest.raises(govnews.ParseError) as error:
        parse_bytes(data)
    assert isinstance(error.value, ValueError)


@pytest.mark.parametrize("data", BINARY.values(), ids=BINARY)
def test_the_error_names_the_input_in_one_line(data):
    with pytest.raises(govnews.ParseError) as error:
        parse_bytes(data, name="download.txt")
    message = str(error.value)
    assert (message.startswith("download.txt: "), "\n" in message) == (True, False)


@pytest.mark.parametrize("data", EMPTY.values(), ids=EMPTY)
def test_empty_or_whitespace_bytes_are_a_typed_error(data):
    with pytest.raises(govnews.EmptyInputError, match="holds no text"):
        parse_bytes(data)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u00a0\u2003\t"])
def test_empty_or_whitespace_text_gives_an_empty_article(text):
    assert govnews.parse_text(text).text == ""


def test_reading_a_directory_is_a_typed_error(tmp_path):
    with pytest.raises(IsADirectoryError):
        parse_bytes(tmp_path.read_bytes())


def test_reading_a_missing_file_is_a_typed_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        parse_bytes((tmp_path / "missing.txt").read_bytes())


# --- the command line -----------------------------------------------------------------


def _cli(capsys, *args: str) -> tuple[int, str, list[str]]:
    status = main(["parse", "--format", "jsonl", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err.splitlines()


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("name", [*BINARY, *UNDECODABLE])
def test_cli_reports_a_bad_file_in_one_error_line(capsys, tmp_path, name):
    data = BINARY.get(name) or UNDECODABLE[name]
    path = _write(tmp_path, f"{name}.txt", data)
    status, out, err = _cli(capsys, path)
    assert (status, out, len(err), err[0].startswith(f"govnews: error: {path}: ")) == (
        1,
        "",
        1,
        True,
    )


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (str, "is a directory, not a file"),
        (lambda folder: str(folder / "missing.txt"), "No such file or directory"),
    ],
    ids=["directory", "missing"],
)
def test_cli_reports_a_path_that_is_no_file_in_one_error_line(capsys, tmp_path, make, reason):
    path = make(tmp_path)
    status, out, err = _cli(capsys, path)
    assert (status, out, err) == (1, "", [f"govnews: error: {path}: {reason}"])


@pytest.mark.parametrize("data", EMPTY.values(), ids=EMPTY)
def test_cli_reports_an_empty_input_in_one_line(capsys, tmp_path, data):
    path = _write(tmp_path, "empty.txt", data)
    status, out, err = _cli(capsys, path)
    assert (status, out, err) == (
        1,
        "",
        [f"govnews: error: {path}: holds no text (it is empty or only whitespace)"],
    )


def test_cli_keeps_one_output_line_per_good_file_among_bad_ones(capsys, tmp_path):
    good = _write(tmp_path, "good.txt", "Сесія міської ради відбулася.".encode())
    bad = [_write(tmp_path, f"{name}.bin", data) for name, data in BINARY.items()]
    status, out, err = _cli(capsys, good, *bad, str(tmp_path / "missing.txt"), good)
    assert (status, len(out.splitlines()), len(err)) == (1, 2, len(BINARY) + 1)
