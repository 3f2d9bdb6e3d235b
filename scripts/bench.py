"""Benchmarks (`make bench`): pipeline throughput against plain trafilatura, then the dedup index.

1. Builds N pages (default 400) in JSONL from real page templates (../shared/dev/pages.jsonl when
   present, else the demo HTML), each with its own URL and a varied body.
2. Baseline: plain trafilatura (default settings, one process) extracting the same pages.
3. `newsetl run` on that JSONL with the thread runner and with the Dask runner (2 worker processes):
   wall time including Prefect start-up, pages/s, time per stage (from the runs table), peak memory.
4. scripts/bench_dedup.py (100k synthetic articles, index + query).
The last line is JSON with every figure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.dataset as ds

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def templates() -> list[str]:
    pages = SHARED / "dev" / "pages.jsonl"
    if pages.exists():
        return [json.loads(line)["html"] for line in pages.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "data" / "demo" / "html").glob("*.html"))]


def build_pages(n: int, path: Path) -> None:
    rng = random.Random(0)
    tpls = templates()
    words = ["الحكومة", "المفاوضات", "الوزير", "اللاجئين", "الاتفاق", "المبعوث", "الحدود", "الاقتصاد", "الأمن", "الحوار"]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            html = tpls[i % len(tpls)]
            # vary the body so every page is a distinct article: swap words inside paragraphs
            html = re.sub(r"(<p[^>]*>)([^<]{40,})", lambda m: m.group(1) + " ".join(
                rng.choice(words) if rng.random() < 0.15 else w for w in m.group(2).split(" ")), html)
            url = f"https://bench.example/{i % len(tpls)}/article-{i}"
            html = re.sub(r"""(<link[^>]+rel=["']canonical["'][^>]*href=["'])[^"']*""", lambda m, u=url: m.group(1) + u, html)
            html = re.sub(r"""(<meta[^>]+property=["']og:url["'][^>]*content=["'])[^"']*""", lambda m, u=url: m.group(1) + u, html)
            fh.write(json.dumps({"url": url, "html": html}, ensure_ascii=False) + "\n")


def baseline(path: Path) -> float:
    import trafilatura

    pages = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    t = time.perf_counter()
    for p in pages:
        trafilatura.extract(p["html"], url=p["url"])
    return time.perf_counter() - t


def run_newsetl(path: Path, out: Path, runner: str) -> dict[str, object]:
    t = time.perf_counter()
    proc = subprocess.run([str(ROOT / ".venv" / "bin" / "newsetl"), "run", str(path), "--output", str(out), "--runner", runner],
                          capture_output=True, text=True, check=True)
    wall = time.perf_counter() - t
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    runs = ds.dataset(str(out / "runs"), format="parquet", partitioning="hive").to_table().to_pylist()
    stages = {r["metric"].split(":", 1)[1]: round(r["value"], 2) for r in runs if r["metric"].startswith("seconds:")}
    return {"runner": runner, "wall_s": round(wall, 2), "pages": summary["inputs"], "articles": summary["articles"],
            "pages_per_s": round(summary["inputs"] / wall, 1), "stage_s": stages,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--skip-dedup", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsetl-bench-"))
    path = tmp / "pages.jsonl"
    build_pages(args.pages, path)
    traf = baseline(path)
    print(f"trafilatura (default, one process): {args.pages} pages in {traf:.1f} s = {args.pages / traf:.1f} pages/s")
    results: dict[str, object] = {"pages": args.pages, "trafilatura_s": round(traf, 2)}
    for runner in ("threads", "dask"):
        r = run_newsetl(path, tmp / f"out-{runner}", runner)
        results[runner] = r
        print(f"newsetl run --runner {runner}: {r['wall_s']} s wall (Prefect start-up included) = {r['pages_per_s']} pages/s, "
              f"ratio to trafilatura {float(r['wall_s']) / traf:.2f}; stages {r['stage_s']}; peak RSS {r['peak_rss_mb']} MB")
    if not args.skip_dedup:
        proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_dedup.py")], capture_output=True, text=True, check=True)
        print(proc.stdout.rstrip())
        results["dedup"] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
