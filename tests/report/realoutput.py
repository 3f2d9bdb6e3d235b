"""A small real output for report and example tests: the pure pipeline (no Prefect, no GX) on real
inputs, committed run by run through the journal with the real writers, exactly like ``tasks/write.py``."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsetl.accounting import RunRecord, build_tables
from newsetl.dedup.index import DedupIndex, deduplicate
from newsetl.io.layout import Layout
from newsetl.io.runfiles import commit_run as commit_tables
from newsetl.pipeline import process_units
from newsetl.readers import discover
from newsetl.records import Rejection
from newsetl.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "data" / "demo"
SEEDS = ROOT.parent / "shared" / "seeds"

ENGLISH = "Breaking news\nThe minister said the talks would resume next week in Geneva.\nMore stories\n"


def real_inputs() -> list[Path] | None:
    """Input files: the demo corpus when present, else ../shared/seeds; None when neither exists."""
    for d in (DEMO, SEEDS):
        if d.is_dir():
            files = sorted(p for p in d.rglob("*") if p.is_file() and p.name != "README.md")
            if files:
                return files
    return None


def commit_run(layout: Layout, run_id: str, inputs: list[str], index: DedupIndex, started: datetime) -> None:
    settings = Settings.from_env()
    rec = RunRecord(run_id=run_id, started=started, inputs=inputs)
    res = process_units(discover(inputs), settings)
    for k, v in res.timings.items():
        rec.timings[k] += v
    t = time.perf_counter()
    kept, refused = deduplicate(res.articles, index)
    rec.timings["dedup"] += time.perf_counter() - t
    rejects = list(res.rejects) + [Rejection(a.source, "dedup", d.kind, f"same as article {d.target}", a.input_key)
                                   for a, d in refused]
    tables, _ledger = build_tables(rec, kept, rejects, refused, kept, {})
    commit_tables(layout, run_id, started, tables)


def build_output(dest: Path, files: list[Path], runs: int = 2) -> list[str]:
    """Split ``files`` over ``runs`` runs (a day apart) into ``dest``, plus one English page (a reject);
    the last run also re-reads the first file (a duplicate). Returns the run ids, oldest first."""
    extra = dest.parent / f"{dest.name}-inputs"
    extra.mkdir(parents=True, exist_ok=True)
    (extra / "english_only.txt").write_text(ENGLISH, encoding="utf-8")
    layout = Layout.at(dest)
    index = DedupIndex(Settings.from_env().near_dup_threshold)
    chunks = [files[i::runs] for i in range(runs)]
    again = next((p for p in files if p.suffix == ".html" and "bad" not in p.parts), files[0])  # read twice: a dedup reject
    chunks[-1] = chunks[-1] + [again, extra / "english_only.txt"]
    ids = []
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=runs)
    for i, chunk in enumerate(chunks):
        started = start + timedelta(days=i + 1)
        run_id = started.strftime("%Y%m%dT%H%M%SZ") + f"-test{i}"
        commit_run(layout, run_id, [str(p) for p in chunk], index, started)
        ids.append(run_id)
    return ids
