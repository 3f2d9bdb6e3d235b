"""Developer loop without Prefect: run the pure pipeline on inputs, write articles/quotes with the
real writers into a temporary output, and score it with ../shared/tools/score.py.

    .venv/bin/python scripts/quick_score.py [INPUT ...] [--gold DIR] [--keep DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from newsetl.evaluation import score, write_pure_output

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
    res = write_pure_output(args.inputs, out)
    print(f"articles={len(res.articles)} rejects={[(r.source, r.reason) for r in res.rejects]}", file=sys.stderr)
    totals, per_article = score(out, Path(args.gold), SHARED / "tools" / "score.py")
    if args.verbose:
        for line in per_article:
            print(json.dumps(line, ensure_ascii=False))
    print("totals " + " ".join(f"{k}={v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
