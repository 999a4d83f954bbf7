import json
import subprocess
import sys
from pathlib import Path

import pytest

import govnews
from govnews.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_276a5443b50695a0.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_parse_prints_one_json_article(capsys):
    status, out, _ = run(capsys, "parse", str(SEED))
    assert (status, json.loads(out)["language"]) == (0, "uk")


def test_parse_jsonl_prints_one_line_per_file_in_argument_order(capsys, tmp_path):
    first, second = tmp_path / "b.txt", tmp_path / "a.txt"
    first.write_text("Перша новина про сесію ради.", encoding="utf-8")
    second.write_text("Вторая новость о заседании думы.", encoding="utf-8")
    status, out, _ = run(capsys, "parse", "--format", "jsonl", str(first), str(second))
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert (status, texts) == (
        0,
        ["Перша новина про сесію ради.", "Вторая новость о заседании думы."],
    )


def test_parse_json_of_several_files_is_an_array(capsys):
    status, out, _ = run(capsys, "parse", str(SEED), str(SEED))
    assert (status, len(json.loads(out))) == (0, 2)


def test_parse_output_loads_back_as_an_article(capsys):
    _, out, _ = run(capsys, "parse", "--format", "jsonl", str(SEED))
    article = govnews.from_json(out, govnews.Article)
    assert article.language == "uk"


def test_parse_passes_url_and_published(capsys):
    _, out, _ = run(
        capsys, "parse", "--url", "https://example.org/1", "--published", "2023-12-03", str(SEED)
    )
    data = json.loads(out)
    assert (data["url"], data["published"]) == ("https://example.org/1", "2023-12-03")


def test_parse_reads_standard_input(monkeypatch, capsys):
    import io

    stdin = io.TextIOWrapper(io.BytesIO("Сесія міської ради.".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _ = run(capsys, "parse", "-")
    assert (status, json.loads(out)["text"]) == (0, "Сесія міської ради.")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "No such file"),
        (lambda p: p, "is a directory"),
        (lambda p: (p / "x.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3") and p / "x.pdf", "PDF"),
        (lambda p: (p / "x.bin").write_bytes(bytes(range(256))) and p / "x.bin", "not a text file"),
    ],
    ids=["missing", "directory", "pdf", "binary"],
)
def test_parse_reports_unreadable_input_in_one_line(capsys, tmp_path, make, message):
    path = make(tmp_path)
    status, out, err = run(capsys, "parse", str(path))
    assert (status, out, err.count("\n"), message in err) == (1, "", 1, True)


def test_parse_jsonl_stays_valid_when_one_file_fails(capsys, tmp_path):
    status, out, err = run(
        capsys, "parse", "--format", "jsonl", str(SEED), str(tmp_path / "missing.txt"), str(SEED)
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert (status, len(lines), "missing.txt" in err) == (1, 2, True)


def test_parse_rejects_a_malformed_published_date(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", "--published", "03.12.2023", str(SEED)])
    assert exit_info.value.code == 2


def test_version_prints_the_package_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"govnews {govnews.__version__}"


def test_console_script_runs_without_a_traceback_on_bad_input(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8" * 10 + b"\x00" * 10)
    result = subprocess.run(
        [sys.executable, "-m", "govnews", "parse", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode != 0, "Traceback" in result.stderr) == (True, False)
