"""Developer loop without Prefect: run the pure pipeline on inputs, write articles/quotes with the
real writers into a temporary output, and score it with ../shared/tools/score.py.

    .venv/bin/python scripts/quick_score.py [INPUT ...] [--keep DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from newsetl.dedup.index import DedupIndex, deduplicate
from newsetl.io.parquet import write_partitioned
from newsetl.pipeline import process_units
from newsetl.readers import discover
from newsetl.rows import article_row, month_partition, quote_rows, run_date_partition
from newsetl.schemas import ARTICLES, QUOTES
from newsetl.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="*", default=[str(SHARED / "seeds"), str(SHARED / "dev")])
    ap.add_argument("--gold", default=str(SHARED / "gold"))
    ap.add_argument("--keep")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    out = Path(args.keep or tempfile.mkdtemp(prefix="newsetl-score-"))
    settings = Settings.from_env()
    res = process_units(discover(args.inputs), settings)
    arts, _refused = deduplicate(res.articles, DedupIndex(settings.near_dup_threshold))
    write_partitioned(ARTICLES, [article_row(a, "dev") for a in arts], out, "part-dev.parquet", month_partition)
    qrows = [q for a in arts for q in quote_rows(a, "dev")]
    write_partitioned(QUOTES, qrows, out, "part-dev.parquet", run_date_partition(datetime.now(UTC)))
    print(f"articles={len(arts)} rejects={[(r.source, r.reason) for r in res.rejects]}", file=sys.stderr)
    cmd = [sys.executable, str(SHARED / "tools" / "score.py"), "--output", str(out), "--gold", args.gold]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = proc.stdout.splitlines()
    print("\n".join(lines if args.verbose else [x for x in lines if x.startswith("totals")]))
    print(proc.stderr, file=sys.stderr, end="")
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
