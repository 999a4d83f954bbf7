"""Replays every saved fuzzing input (seeds and crashers found) through its target."""

from pathlib import Path

import pytest

from fuzz.targets import TARGETS

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
INPUTS = sorted(
    (target, path)
    for folder in ("seeds", "crashers")
    for target in TARGETS
    for path in (FUZZ / folder / target).glob("*")
    if path.is_file()
)


@pytest.mark.parametrize(
    ("target", "path"), INPUTS, ids=[f"{target}/{path.name}" for target, path in INPUTS]
)
def test_saved_fuzz_input_keeps_its_contract(target, path):
    TARGETS[target](path.read_bytes())
