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


def need_shared() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()
