"""Scored outputs shared by every golden-floor test: each corpus is processed and scored once per
session (the pure pipeline, real writers, ../shared/tools/score.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DEMO, ROOT, need_shared

# the project's own gold sets: (inputs, gold); ../shared is added by shared_totals
CORPORA = {
    "demo": (DEMO, ROOT / "tests" / "golden" / "demo"),  # the demo corpus
    "holdout": (ROOT / "tests" / "holdout" / "corpus", ROOT / "tests" / "holdout" / "gold"),  # first held-out set
    "holdout2": (ROOT / "tests" / "holdout2" / "corpus", ROOT / "tests" / "holdout2" / "gold"),  # second one
    "holdout3": (ROOT / "tests" / "holdout3" / "corpus", ROOT / "tests" / "holdout3" / "gold"),  # third one
    "holdout4": (ROOT / "tests" / "holdout4" / "corpus", ROOT / "tests" / "holdout4" / "gold"),  # fourth one
}


def _score(inputs: list[str], gold: Path, out: Path) -> dict[str, Any]:
    from newsetl.evaluation import score, write_pure_output

    shared = need_shared()
    write_pure_output(inputs, out)
    return score(out, gold, shared / "tools" / "score.py")[0]


def _corpus_totals(name: str, factory: pytest.TempPathFactory) -> dict[str, Any]:
    need_shared()
    inputs, gold = CORPORA[name]
    if not inputs.is_dir() or not gold.is_dir():
        pytest.skip(f"the {name} corpus or its gold is not present")
    return _score([str(inputs)], gold, factory.mktemp(f"eval-{name}"))


@pytest.fixture(scope="session")
def shared_totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Totals on ../shared seeds + dev against ../shared/gold."""
    shared = need_shared()
    return _score([str(shared / "seeds"), str(shared / "dev")], shared / "gold", tmp_path_factory.mktemp("eval-shared"))


def _corpus_fixture(name: str) -> Any:
    @pytest.fixture(scope="session", name=f"{name}_totals")
    def totals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
        return _corpus_totals(name, tmp_path_factory)

    return totals


# demo_totals, holdout_totals, ... holdout4_totals: one session fixture per corpus above
for _name in CORPORA:
    globals()[f"{_name}_totals"] = _corpus_fixture(_name)
