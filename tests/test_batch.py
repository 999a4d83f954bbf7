"""``govnews batch``: order, error records, resume, and no record lost under faults."""

import contextlib
import gc
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govnews import batch
from govnews.batch import Document, parse_document, run_batch
from govnews.exceptions import WorkerStartError
from govnews.model import Article

GOVNEWS = [sys.executable, "-m", "govnews"]
CRASH = "ПАДІННЯ-ПРОЦЕСУ"
KILL_ONCE = "ВБИТИ-ОДИН-РАЗ:"


def stub(document: Document) -> Article:
    """A stand-in parser: cheap, deterministic, a few milliseconds per input like the real one."""
    time.sleep(0.003)
    return Article(
        id=document.id or document.name,
        url=document.url,
        text=document.text,
        language="uk",
        published=document.published,
    )


def crash_on_marker(document: Document) -> Article:
    """A parser whose worker process dies on inputs holding the crash marker."""
    if CRASH in document.text:
        os._exit(3)
    return stub(document)


def killed_once(document: Document) -> Article:
    """A parser whose worker is killed (SIGKILL) the first time it meets the marker."""
    if KILL_ONCE in document.text:
        flag = Path(document.text.split(KILL_ONCE, 1)[1].split()[0])
        if flag.exists():
            flag.unlink()
            os.kill(os.getpid(), signal.SIGKILL)
    return stub(document)


def _records(seeds: dict[str, str], count: int) -> list[dict[str, object]]:
    texts = list(seeds.values())
    return [
        {
            "id": f"r{number}",
            "text": f"{texts[number % len(texts)]}\nВипуск {number}.",
            "published": "2024-03-0" + str(1 + number % 9),
        }
        for number in range(count)
    ]


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def folder(tmp_path: Path, seeds: dict[str, str]) -> Path:
    root = tmp_path / "in"
    (root / "b").mkdir(parents=True)
    for number, text in enumerate(seeds.values()):
        (root / f"a{number}.txt").write_text(text, encoding="utf-8")
        (root / "b" / f"c{number}.txt").write_text(text + "\nДодаток.", encoding="utf-8")
    (root / "notes.md").write_text("не вхід", encoding="utf-8")
    return root


@pytest.fixture
def stream(tmp_path: Path, seeds: dict[str, str]) -> Path:
    return _write_jsonl(tmp_path / "records.jsonl", _records(seeds, 400))


@pytest.fixture
def reference(tmp_path: Path, stream: Path) -> bytes:
    out = tmp_path / "reference.jsonl"
    run_batch(stream, out, jobs=2, progress=False, parser=stub)
    return out.read_bytes()


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_folder_files_are_read_recursively_in_path_order(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch(folder, out, jobs=1, progress=False)
    texts = [line["text"] for line in _lines(out)]
    expected = [
        parse_document(Document(name=path.name, text=path.read_text(encoding="utf-8"))).text
        for path in sorted(folder.rglob("*.txt"), key=lambda path: path.relative_to(folder).parts)
    ]
    assert expected == texts


def test_two_jobs_write_the_same_bytes_as_one(tmp_path: Path, seeds: dict[str, str]) -> None:
    stream = _write_jsonl(tmp_path / "in.jsonl", _records(seeds, 30))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(stream, one, jobs=1, progress=False, chunk_size=7)
    run_batch(stream, two, jobs=2, progress=False, chunk_size=3)
    assert one.read_bytes() == two.read_bytes()


def test_jsonl_record_fields_reach_the_article(tmp_path: Path) -> None:
    source = _write_jsonl(
        tmp_path / "in.jsonl",
        [
            {
                "id": "x-1",
                "url": "https://rada.example/1",
                "published": "2024-05-02",
                "text": "Сесія.",
            }
        ],
    )
    out = tmp_path / "out.jsonl"
    run_batch(source, out, jobs=1, progress=False)
    [line] = _lines(out)
    assert (
        line["id"],
        line["url"],
        line["published"],
    ) == ("x-1", "https://rada.example/1", "2024-05-02")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "{not json",
            (
                "in.jsonl:1: invalid JSON (Expecting property name enclosed in "
                "double quotes at column 2)"
            ),
        ),
        ('["a list"]', "in.jsonl:1: expected a JSON object, got list"),
        ('{"title": "k"}', "in.jsonl:1: no 'text' field"),
        ('{"text": 5}', "in.jsonl:1: field 'text' must be a string"),
        (
            '{"text": "Сесія.", "url": 7}',
            "in.jsonl:1: field 'url' must be a string or null, not int",
        ),
        (
            '{"text": "Сесія.", "published": "вчора"}',
            "in.jsonl:1: field 'published' is not a YYYY-MM-DD date: 'вчора'",
        ),
    ],
)
def test_a_bad_record_becomes_an_error_record(tmp_path: Path, line: str, reason: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, jobs=1, progress=False)
    assert ([{"error": {"input": "in.jsonl:1", "id": None, "reason": reason}}], 1) == (
        _lines(out),
        summary.errors,
    )


def test_an_oversized_line_becomes_an_error_record_between_good_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import govnews.batch

    monkeypatch.setattr(govnews.batch, "DEFAULT_MAX_JSON_SIZE", 64)
    source = tmp_path / "in.jsonl"
    good = '{"text": "Сесія ради."}'
    source.write_text(f'{good}\n{{"text": "{"а" * 500}"}}\n{good}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, jobs=1, progress=False)
    lines = _lines(out)
    assert (summary.errors, len(lines), "in.jsonl:2" in str(lines[1])) == (1, 3, True)


def test_an_error_record_keeps_the_record_id(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "n-7", "text": null}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(source, out, jobs=1, progress=False)
    assert _lines(out)[0]["error"]["id"] == "n-7"  # type: ignore[index]


@pytest.mark.parametrize("content", [b"", b"  \n\t\n"], ids=["empty", "whitespace"])
def test_an_empty_file_becomes_an_error_record(tmp_path: Path, content: bytes) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Сесія міської ради.", encoding="utf-8")
    (root / "blank.txt").write_bytes(content)
    out = tmp_path / "out.jsonl"
    summary = run_batch(root, out, jobs=1, progress=False)
    error = _lines(out)[1]["error"]
    assert (summary.errors, error["reason"]) == (  # type: ignore[index]
        1,
        "blank.txt: holds no text (it is empty or only whitespace)",
    )


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", b"PK\x03\x04....", b"text\x00\x00\x00"],
)
def test_a_binary_file_becomes_an_error_record_between_good_ones(
    tmp_path: Path, content: bytes
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Сесія міської ради.", encoding="utf-8")
    (root / "bad.txt").write_bytes(content)
    (root / "c.txt").write_text("Засідання виконкому.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(root, out, jobs=2, progress=False)
    lines = _lines(out)
    error = lines[1]["error"]
    assert (len(lines), error["input"], error["reason"].startswith("bad.txt: not a text file")) == (  # type: ignore[index]
        3,
        "bad.txt",
        True,
    )


def test_every_input_gets_exactly_one_line(tmp_path: Path, seeds: dict[str, str]) -> None:
    records: list[object] = [*_records(seeds, 20), "a string", {"text": 1}]
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n\n" for record in records),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, jobs=2, progress=False, chunk_size=4, parser=stub)
    assert (len(_lines(out)), summary.articles, summary.errors) == (22, 20, 2)


def test_a_half_written_run_resumes_without_duplicates(
    tmp_path: Path, stream: Path, reference: bytes
) -> None:
    out = tmp_path / "out.jsonl"
    cut = reference.index(b"\n", len(reference) // 3) + 40  # 40 bytes into a line
    (tmp_path / "out.jsonl.part").write_bytes(reference[:cut])
    summary = run_batch(stream, out, jobs=2, progress=False, parser=stub)
    done = reference[:cut].count(b"\n")
    assert (reference, done) == (out.read_bytes(), summary.skipped)


def test_a_finished_run_run_again_changes_nothing(
    tmp_path: Path, stream: Path, reference: bytes
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(reference)
    summary = run_batch(stream, out, jobs=2, progress=False, parser=stub)
    assert (reference, 0, 0) == (out.read_bytes(), summary.articles, summary.errors)


def test_restart_starts_over(tmp_path: Path, stream: Path, reference: bytes) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"stale": true}\n')
    run_batch(stream, out, jobs=2, progress=False, restart=True, parser=stub)
    assert reference == out.read_bytes()


def test_a_worker_dying_on_an_input_becomes_its_error_record(
    tmp_path: Path, seeds: dict[str, str]
) -> None:
    records = _records(seeds, 30)
    records[11]["text"] = f"Сесія. {CRASH}"
    source = _write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, jobs=2, progress=False, parser=crash_on_marker, chunk_size=4)
    lines = _lines(out)
    reason = "in.jsonl:12: the worker process died while parsing this input"
    assert (30, {"error": {"input": "in.jsonl:12", "id": "r11", "reason": reason}}, 1) == (
        len(lines),
        lines[11],
        summary.errors,
    )


def test_a_killed_worker_loses_no_record(tmp_path: Path, seeds: dict[str, str]) -> None:
    flag = tmp_path / "kill-flag"
    flag.touch()
    records = _records(seeds, 40)
    records[17]["text"] = f"{records[17]['text']}\n{KILL_ONCE}{flag} кінець"
    source = _write_jsonl(tmp_path / "in.jsonl", records)
    expected, out = tmp_path / "expected.jsonl", tmp_path / "out.jsonl"
    run_batch(source, expected, jobs=2, progress=False, chunk_size=4, parser=stub)
    flag.touch()
    summary = run_batch(source, out, jobs=2, progress=False, parser=killed_once, chunk_size=4)
    assert (expected.read_bytes(), 0, False) == (out.read_bytes(), summary.errors, flag.exists())


_DRIVER = """
import sys
sys.path.insert(0, sys.argv[3])
from test_batch import stub
from govnews.batch import run_batch
run_batch(sys.argv[1], sys.argv[2], jobs=2, parser=stub, progress=False)
"""


def _run_and_signal(command: list[str], signum: signal.Signals, delay: float) -> tuple[int, str]:
    """Start ``command`` in a session of its own, send ``signum`` after ``delay`` seconds."""
    process = subprocess.Popen(command, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(delay)
    try:
        process.send_signal(signum)
        process.wait(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # the workers of a killed parent, if any
    assert process.stderr is not None
    message = process.stderr.read().decode()
    process.stderr.close()
    return process.returncode, message


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_an_interrupted_run_resumes_to_the_same_bytes(
    tmp_path: Path, stream: Path, reference: bytes, signum: signal.Signals
) -> None:
    chance = random.Random(f"{signum}")  # noqa: S311 - reproducible delays, not secrets
    command = [sys.executable, "-c", _DRIVER, str(stream), "", str(Path(__file__).parent)]
    whole = []
    for attempt in range(3):
        out = tmp_path / f"out{attempt}.jsonl"
        command[4] = str(out)
        _run_and_signal(command, signum, chance.uniform(0.3, 1.2))
        half = out.read_bytes() if out.exists() else None  # OUT only ever holds a whole run
        subprocess.run(command, check=True, capture_output=True)
        whole.append(half in (None, reference) and out.read_bytes() == reference)
    assert whole == [True, True, True]


def test_ctrl_c_says_how_to_continue(tmp_path: Path, seeds: dict[str, str]) -> None:
    stream = _write_jsonl(tmp_path / "in.jsonl", _records(seeds, 2_000))
    command = [*GOVNEWS, "batch", str(stream), str(tmp_path / "out.jsonl"), "--no-progress"]
    status, message = _run_and_signal(command, signal.SIGINT, 1.5)
    assert (status, message) == (
        130,
        "govnews: interrupted; run the same command again to continue\n",
    )


def test_a_missing_input_is_a_one_line_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [*GOVNEWS, "batch", str(tmp_path / "nothing"), str(tmp_path / "out.jsonl")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (1, f"govnews: error: {tmp_path / 'nothing'}: no such file or folder\n") == (
        result.returncode,
        result.stderr,
    )


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(
    tmp_path: Path, seeds: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _records(seeds, 10))
    run_batch(source, tmp_path / "out.jsonl", jobs=1, parser=stub)
    assert capsys.readouterr().err == ""


def test_the_progress_bar_shows_count_rate_and_eta(
    tmp_path: Path, seeds: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl", _records(seeds, 10))
    run_batch(source, tmp_path / "out.jsonl", jobs=1, parser=stub, progress=True)
    last = capsys.readouterr().err.rsplit("\r", 1)[-1]
    assert re.fullmatch(r"█{24} 10/10 100% [\d,]+/s ETA 0:00:00\x1b\[K\n", last)


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked only on Linux")
def test_workers_are_forked_from_a_process_without_other_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)
    assert batch._context().get_start_method() == "fork"


def test_workers_start_afresh_when_other_threads_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch.threading, "active_count", lambda: 2)
    assert batch._context().get_start_method() in {"forkserver", "spawn"}


def test_forked_and_fresh_workers_write_the_same_bytes(
    tmp_path: Path, seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in seeds.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)
    run_batch(folder, tmp_path / "forked.jsonl", jobs=2, progress=False)
    monkeypatch.setattr(batch.threading, "active_count", lambda: 2)
    run_batch(folder, tmp_path / "fresh.jsonl", jobs=2, progress=False)
    assert (tmp_path / "forked.jsonl").read_bytes() == (tmp_path / "fresh.jsonl").read_bytes()


def _json_inputs(seeds: dict[str, str]) -> list[batch._Input]:
    inputs = [
        batch._Input(name, "json", json.dumps({"text": text}, ensure_ascii=False))
        for name, text in seeds.items()
    ]
    return [*inputs, batch._Input("bad.jsonl:1", "json", "[1, 2]")]


def test_parsing_a_chunk_leaves_no_reference_cycles(seeds: dict[str, str]) -> None:
    # Workers freeze what outlives a chunk; that is safe only if parsing (error records
    # included) leaves no garbage that only the cycle collector could free.
    inputs = _json_inputs(seeds)
    batch._parse_chunk(inputs, parse_document, None)  # fill the caches first
    gc.collect()
    result = batch._parse_chunk(inputs, parse_document, None)
    assert (gc.collect(), result.inputs, result.errors) == (0, len(inputs), 1)


def test_a_worker_freezes_what_outlives_a_chunk(seeds: dict[str, str]) -> None:
    gc.unfreeze()
    try:
        batch._parse_in_worker(_json_inputs(seeds), parse_document, None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def _die() -> None:
    os._exit(1)


def test_workers_that_die_as_they_start_stop_the_batch_with_a_clear_error(
    tmp_path: Path, stream: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch.threading, "active_count", lambda: 1)  # forked: they inherit _die
    monkeypatch.setattr(batch, "_init_worker", _die)
    with pytest.raises(WorkerStartError, match="die as they start"):
        run_batch(stream, tmp_path / "out.jsonl", jobs=2, progress=False, parser=stub)
