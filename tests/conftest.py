"""Shared fixtures: paths to the repository, the demo corpus and ../shared (present in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEMO = ROOT / "data" / "demo"

os.environ.setdefault("TQDM_DISABLE", "1")

from flows.env import prepare  # noqa: E402  (Prefect settings must be in place before prefect is imported)

prepare()

from hypothesis import settings as hypothesis_settings  # noqa: E402

# CI replays the same examples every run (a red CI must mean a change broke something); explore new
# random examples locally with HYPOTHESIS_PROFILE=explore, and pin what it finds with @example.
hypothesis_settings.register_profile("repro", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repro"))


def need_shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()
