"""Scored outputs shared by every golden-floor test: each corpus is processed and scored once per
session (the pure pipeline, real writers, ../shared/tools/score.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEMO, ROOT, need_shared

DEMO_GOLD = ROOT / "tests" / "golden" / "demo"


def _score(inputs: list[str], gold: Path, out: Path) -> dict[str, Any]:
    from newsetl.evaluation import score, write_pure_output

    shared = need_shared()
    write_pure_output(inputs, out)
    return score(out, gold, shared / "tools" / "score.py")[0]


@pytest.fixture(scope="session")
def shared_totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Totals on ../shared seeds + dev against ../shared/gold."""
    shared = need_shared()
    return _score([str(shared / "seeds"), str(shared / "dev")], shared / "gold", tmp_path_factory.mktemp("eval-shared"))


@pytest.fixture(scope="session")
def demo_totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Totals on the demo corpus against tests/golden/demo (held out from the rules' development)."""
    need_shared()
    if not DEMO_GOLD.is_dir() or not DEMO.is_dir():
        pytest.skip("the demo corpus or its gold is not present")
    return _score([str(DEMO)], DEMO_GOLD, tmp_path_factory.mktemp("eval-demo"))


HOLDOUT = ROOT / "tests" / "holdout"


@pytest.fixture(scope="session")
def holdout_totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Totals on the independent held-out corpus (tests/holdout/corpus) against tests/holdout/gold."""
    need_shared()
    if not (HOLDOUT / "corpus").is_dir() or not (HOLDOUT / "gold").is_dir():
        pytest.skip("the held-out corpus or its gold is not present")
    return _score([str(HOLDOUT / "corpus")], HOLDOUT / "gold", tmp_path_factory.mktemp("eval-holdout"))


HOLDOUT2 = ROOT / "tests" / "holdout2"


@pytest.fixture(scope="session")
def holdout2_totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Totals on the second held-out corpus (tests/holdout2), measured, not tuned to."""
    need_shared()
    if not (HOLDOUT2 / "corpus").is_dir() or not (HOLDOUT2 / "gold").is_dir():
        pytest.skip("the second held-out corpus or its gold is not present")
    return _score([str(HOLDOUT2 / "corpus")], HOLDOUT2 / "gold", tmp_path_factory.mktemp("eval-holdout2"))
