"""The same input gives byte-identical JSON across runs, processes, hash seeds and threads."""

import concurrent.futures
import json
import subprocess
import sys

import pytest

import govnews

_PRINT_SEEDS = """
import json, sys
import govnews
texts = json.load(sys.stdin)
for text in texts:
    print(govnews.to_json(govnews.parse_text(text)))
"""


def _texts(seeds: dict[str, str]) -> list[str]:
    return [*seeds.values(), *(text.upper() for text in seeds.values())]


def _serial(texts: list[str]) -> list[str]:
    return [govnews.to_json(govnews.parse_text(text)) for text in texts]


def test_two_runs_give_the_same_bytes(seeds: dict[str, str]) -> None:
    texts = _texts(seeds)
    assert _serial(texts) == _serial(texts)


@pytest.mark.parametrize("hash_seed", ["0", "1", "4242"])
def test_a_fresh_process_with_any_hash_seed_gives_the_same_bytes(
    seeds: dict[str, str], hash_seed: str
) -> None:
    texts = _texts(seeds)
    result = subprocess.run(
        [sys.executable, "-c", _PRINT_SEEDS],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": hash_seed, "PYTHONIOENCODING": "utf-8", "PATH": ""},
    )
    assert result.stdout.splitlines() == _serial(texts)


def test_many_threads_at_once_give_the_same_bytes(seeds: dict[str, str]) -> None:
    texts = _texts(seeds) * 8
    expected = _serial(texts)
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        actual = list(pool.map(lambda text: govnews.to_json(govnews.parse_text(text)), texts))
    assert actual == expected


def test_threads_started_before_anything_is_loaded_agree(seeds: dict[str, str]) -> None:
    texts = _texts(seeds)
    script = (
        "import concurrent.futures, json, sys\n"
        "import govnews\n"
        "texts = json.load(sys.stdin)\n"
        "with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:\n"
        "    for line in pool.map(lambda t: govnews.to_json(govnews.parse_text(t)), texts):\n"
        "        print(line)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONIOENCODING": "utf-8", "PATH": ""},
    )
    assert result.stdout.splitlines() == _serial(texts)
