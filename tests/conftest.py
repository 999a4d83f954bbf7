"""Shared fixtures and hypothesis profiles."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=5_000, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``shared`` folder beside the project (gold corpora); skips the test when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared data folder at {SHARED}, which is absent")
    return SHARED


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The bundled seed articles, by file name."""
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}
