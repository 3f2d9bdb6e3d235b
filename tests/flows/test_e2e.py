"""End to end through Prefect: the demo corpus via the command line, ../shared in-process, scored
against the gold with pinned floors, re-runs, backfill, query and compaction."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from tests.conftest import DEMO, ROOT, need_shared

FLOORS = {  # raise as quality improves; never lower one silently
    "body_recall": 1.0, "must_have_recall": 1.0, "title_acc": 1.0, "outlet_acc": 1.0, "date_acc": 1.0,
    "quote_recall": 1.0, "speaker_precision": 1.0, "official_acc": 1.0, "speaker_title_acc": 0.98,
    "speaker_org_acc": 0.98, "speaker_kind_acc": 0.98, "says_recall": 0.95, "dup_recall": 1.0,
}
CEILINGS = {"leaks": 0, "dates_wrong": 0, "quotes_false": 0, "speakers_unmatched": 0, "dup_false_links": 0}


def table(out: Path, name: str) -> list[dict[str, Any]]:
    path = out / name
    if not path.exists():
        return []
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600, check=False, env=env)


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("demo") / "output"
    return out, cli("run", str(DEMO), "--output", str(out))


def test_demo_run_follows_the_contract(demo_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, proc = demo_run
    assert proc.returncode == 0, proc.stderr[-2000:]
    for stream in (proc.stdout, proc.stderr):
        assert "ERROR" not in stream and "Traceback" not in stream, stream[-2000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    for key in ("run_id", "inputs", "articles", "duplicates", "rejected", "quotes", "validation", "output"):
        assert key in summary
    assert summary["inputs"] == summary["articles"] + summary["rejected"]
    arts, rejs, quotes = table(out, "articles"), table(out, "rejects"), table(out, "quotes")
    assert len(arts) == summary["articles"] >= 15 and len(rejs) == summary["rejected"] >= 4
    assert len(quotes) == summary["quotes"] > 0
    assert len({a["article_id"] for a in arts}) == len(arts)
    ids = {a["article_id"] for a in arts}
    assert all(q["article_id"] in ids for q in quotes)
    assert all(a["duplicate_of"] in ids for a in arts if a["duplicate_of"])
    assert {r["reason"] for r in rejs} >= {"not_arabic", "empty_input", "malformed_jsonl"}
    assert all(a["text"] and a["title"] and a["run_id"] == summary["run_id"] for a in arts)
    runs = table(out, "runs")
    assert {r["metric"] for r in runs} >= {"inputs", "articles", "rejected", "status"}


DEMO_FLOORS = {"body_recall": 1.0, "title_acc": 1.0, "outlet_acc": 1.0, "date_acc": 1.0, "quote_recall": 0.95,
               "speaker_precision": 0.95, "dup_recall": 1.0}


def test_demo_output_scores_against_its_gold(demo_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    shared = need_shared()
    out, proc = demo_run
    assert proc.returncode == 0
    proc2 = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--output", str(out), "--gold",
                            str(ROOT / "tests" / "golden" / "demo"), "--json"], capture_output=True, text=True, check=True)
    totals = json.loads(proc2.stdout.strip().splitlines()[-1])
    assert totals["missing"] == 0
    for k, floor in DEMO_FLOORS.items():
        assert totals[k] >= floor, (k, totals[k])
    for k, ceiling in CEILINGS.items():
        assert totals[k] <= ceiling, (k, totals[k])


def test_demo_rerun_adds_no_article(demo_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, first = demo_run
    before = table(out, "articles")
    from flows.etl import etl

    summary = etl([str(DEMO)], str(out), "rerun-1")
    assert summary["articles"] == 0 and summary["rejected"] == summary["inputs"] == json.loads(first.stdout.splitlines()[-1])["inputs"]
    assert table(out, "articles") == before
    assert {r["reason"] for r in table(out, "rejects") if r["run_id"] == "rerun-1"} == {"already_ingested"}


def score(out: Path, shared: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "--output", str(out), "--gold",
                           str(shared / "gold"), "--json"], capture_output=True, text=True, check=True)
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_shared_corpus_scores_above_floors(tmp_path: Path) -> None:
    shared = need_shared()
    from flows.etl import etl

    out = tmp_path / "out"
    summary = etl([str(shared / "seeds"), str(shared / "dev")], str(out), "shared-1")
    assert summary["inputs"] == summary["articles"] + summary["rejected"]
    totals = score(out, shared)
    assert totals["missing"] == 0
    for k, floor in FLOORS.items():
        assert totals[k] >= floor, (k, totals[k])
    for k, ceiling in CEILINGS.items():
        assert totals[k] <= ceiling, (k, totals[k])


def test_backfill_windows_and_resume(tmp_path: Path) -> None:
    shared = need_shared()
    from datetime import date

    from flows.backfill import backfill

    out = tmp_path / "bf"
    pages = str(shared / "dev" / "pages.jsonl")
    first = backfill([pages], str(out), date(2020, 1, 1), date(2020, 12, 31), "bf-1")
    assert first["inputs"] == first["articles"] + first["rejected"] == 5
    windows = [w for w in first["windows"] if not w["run_id"].endswith("-rest")]
    assert len(windows) >= 2 and all(w["inputs"] == w["articles"] + w["rejected"] for w in first["windows"])
    arts = table(out, "articles")
    assert all(a["published_date"] and date(2020, 1, 1) <= a["published_date"] <= date(2020, 12, 31) for a in arts)
    again = backfill([pages], str(out), date(2020, 1, 1), date(2020, 12, 31), "bf-2")
    assert again["articles"] == 0 and again["rejected"] == 5


def test_query_and_compact_on_real_output(demo_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, _ = demo_run
    proc = cli("query", "select count(*) as n from articles", "--output", str(out), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    n = json.loads(proc.stdout)[0]["n"]
    assert n == len(table(out, "articles"))
    rows_before = sorted(json.dumps(r, sort_keys=True, default=str) for r in table(out, "rejects"))
    proc = cli("compact", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert sorted(json.dumps(r, sort_keys=True, default=str) for r in table(out, "rejects")) == rows_before
