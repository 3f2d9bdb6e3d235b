"""Benchmarks (`make bench`): pipeline throughput against plain trafilatura, then the dedup index.

1. Builds N pages (default 400) in JSONL from real page templates (../shared/dev/pages.jsonl when
   present, else the demo HTML), each with its own URL and a varied body.
2. Baseline: plain trafilatura (default settings, one process) extracting the same pages: the loop
   alone, and a whole script (interpreter start, import, reading the JSONL) as a command.
3. `newsetl run` on that JSONL, each in a fresh output: with its temporary Prefect server and the
   thread, process-pool and Dask runners, then with the thread runner against a running
   `prefect server start` (PREFECT_API_URL set, as a scheduled deployment runs). Wall time including
   start-up, pages/s, seconds per stage (from the runs table; summed over parallel workers), peak RSS
   of the largest process.
4. The pure page chain (no Prefect, no GX) on one core: ms per page by stage.
5. scripts/bench_dedup.py (100k synthetic articles, index + query).
The last line is JSON with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
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


TRAFILATURA_SCRIPT = """
import json, sys, trafilatura
with open(sys.argv[1], encoding="utf-8") as fh, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in fh:
        p = json.loads(line)
        out.write(json.dumps({"url": p["url"], "text": trafilatura.extract(p["html"], url=p["url"])}, ensure_ascii=False) + "\\n")
"""


def measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run ``cmd``; (result, wall seconds, peak RSS MB of its largest process), the RSS measured in a
    wrapper process so that each command gets its own figure."""
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); w = time.perf_counter() - t; "
               "sys.stderr.write(p.stderr); sys.stdout.write(p.stdout); "
               "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024); sys.exit(p.returncode)")
    proc = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    lines = proc.stdout.strip().splitlines()
    wall, rss = (float(x) for x in lines[-1].split())
    return subprocess.CompletedProcess(cmd, 0, "\n".join(lines[:-1]), proc.stderr), wall, rss


def baseline_command(path: Path, tmp: Path) -> float:
    _, wall, _ = measured([sys.executable, "-c", TRAFILATURA_SCRIPT, str(path), str(tmp / "trafilatura.jsonl")])
    return wall


def run_newsetl(path: Path, out: Path, runner: str, api_url: str | None = None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    proc, wall, rss = measured([str(ROOT / ".venv" / "bin" / "newsetl"), "run", str(path), "--output", str(out),
                                "--runner", runner], env)
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    runs = ds.dataset(str(out / "runs"), format="parquet", partitioning="hive").to_table().to_pylist()
    stages = {r["metric"].split(":", 1)[1]: round(r["value"], 2) for r in runs if r["metric"].startswith("seconds:")}
    return {"runner": runner, "server": "running" if api_url else "temporary", "wall_s": round(wall, 2),
            "pages": summary["inputs"], "articles": summary["articles"], "pages_per_s": round(summary["inputs"] / wall, 1),
            "stage_s": stages, "peak_rss_mb": round(rss, 1)}


def pure_chain(path: Path) -> dict[str, float]:
    """The page chain in this process, one core: ms per page by stage."""
    from newsetl.pipeline import process_units
    from newsetl.readers import discover
    from newsetl.settings import Settings

    units = discover([str(path)])
    t = time.perf_counter()
    res = process_units(units, Settings.from_env())
    n = len(res.articles) + len(res.rejects)
    out = {k: round(1000 * v / n, 2) for k, v in res.timings.items()}
    out["total"] = round(1000 * (time.perf_counter() - t) / n, 2)
    return out


class PrefectServer:
    """A real `prefect server start` on a free port, with its own PREFECT_HOME (as a deployment has)."""

    def __init__(self, home: Path) -> None:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_ENABLED="false",
                   DO_NOT_TRACK="1", PREFECT_SERVER_LOGGING_LEVEL="WARNING")
        self.proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "prefect"), "server", "start", "--host", "127.0.0.1",
                                      "--port", str(self.port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        from flows.server import ServerError, wait_healthy

        try:
            wait_healthy(self.api_url, self.proc, timeout=120)
        except ServerError as exc:
            self.stop()
            raise SystemExit(f"prefect server start: {exc}") from exc

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--runners", default="threads,processes,dask", help="runners to time with the temporary server")
    ap.add_argument("--server-runners", default="threads,processes",
                    help="runners to time against a running prefect server (empty: skip)")
    ap.add_argument("--skip-dedup", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsetl-bench-"))
    path = tmp / "pages.jsonl"
    build_pages(args.pages, path)
    traf = baseline(path)
    traf_cmd = baseline_command(path, tmp)
    print(f"trafilatura (default, one process): {args.pages} pages in {traf:.2f} s = {args.pages / traf:.1f} pages/s "
          f"(loop only); {traf_cmd:.2f} s as a script (start, import, read, extract, write)")
    results: dict[str, object] = {"pages": args.pages, "trafilatura_s": round(traf, 2), "trafilatura_script_s": round(traf_cmd, 2)}
    chain = pure_chain(path)
    results["pure_chain_ms_per_page"] = chain
    print(f"pure page chain, one core, ms/page: {chain}")
    runs = []
    for runner in args.runners.split(","):
        runs.append(run_newsetl(path, tmp / f"out-{runner}", runner))
    server_runners = [r for r in args.server_runners.split(",") if r]
    if server_runners:
        server = PrefectServer(tmp / "prefect-home")
        try:
            run_newsetl(path, tmp / "out-warmup", "threads", server.api_url)  # the server's first flow registers it
            for runner in server_runners:
                runs.append(run_newsetl(path, tmp / f"out-server-{runner}", runner, server.api_url))
        finally:
            server.stop()
    for r in runs:
        print(f"newsetl run --runner {r['runner']} ({r['server']} Prefect server): {r['wall_s']} s wall = "
              f"{r['pages_per_s']} pages/s, ratio to trafilatura {float(r['wall_s']) / traf:.2f} (loop) / "
              f"{float(r['wall_s']) / traf_cmd:.2f} (script); stages {r['stage_s']}; peak RSS {r['peak_rss_mb']} MB")
    results["runs"] = runs
    if not args.skip_dedup:
        proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench_dedup.py")], capture_output=True, text=True, check=True)
        print(proc.stdout.rstrip())
        results["dedup"] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
