"""Speed-ups must not change output: dump, time and compare the pure per-page chain.

    perf_check.py dump OUT.json             every page of the three corpora: full Article (quotes included)
                                            or Rejection, plus the Extraction of every page (title, paragraphs,
                                            dropped lines, signals), as JSON
    perf_check.py time [--repeat N]         ms/page per corpus and per stage (extract, metadata, quotes)
    perf_check.py profile [CORPUS]          cProfile of the chain on one corpus (default: bench)
    perf_check.py snapshot DIR              copy the current versions of the files under test to DIR
    perf_check.py compare DIR               build the current tree with DIR's files put back, dump both and
                                            diff them; exits 1 on any difference

``compare`` runs the reference and the candidate on the same tree except the snapshotted files, so
changes made meanwhile to other modules (quotes, lexicons) appear on both sides and never show as a
difference. Corpora: ``bench`` (400 pages from scripts/bench.py's build_pages), ``shared``
(../shared/seeds + ../shared/dev) and ``demo`` (data/demo).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CACHE = Path(tempfile.gettempdir()) / "newsetl_perf_check"
FILES_UNDER_TEST = (
    "newsetl/extract/html.py", "newsetl/extract/textdump.py", "newsetl/text/boilerplate.py",
    "newsetl/text/segment.py", "newsetl/text/normalise.py", "newsetl/extract/dates.py",
    "newsetl/extract/outlets.py", "newsetl/deadline.py", "newsetl/dedup/fingerprint.py", "newsetl/pipeline.py",
)


def corpora() -> dict[str, list[str]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import build_pages  # type: ignore[import-not-found]

    CACHE.mkdir(parents=True, exist_ok=True)
    bench = CACHE / "bench400.jsonl"
    if not bench.exists():
        build_pages(400, bench)
    shared = [str(p) for p in (SHARED / "seeds", SHARED / "dev") if p.exists()]
    return {"bench": [str(bench)], "shared": shared, "demo": [str(ROOT / "data" / "demo")]}


def plain(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [plain(x) for x in obj]
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    return obj


def pages(inputs: list[str]) -> list[Any]:
    from newsetl.readers import discover, read_unit
    from newsetl.settings import Settings

    s = Settings()
    return [p for u in discover(inputs) for p in read_unit(u, s.max_page_bytes)]


def dump(out: Path) -> None:
    from newsetl import pipeline
    from newsetl.records import Rejection
    from newsetl.settings import Settings

    result: dict[str, Any] = {}
    for name, inputs in corpora().items():
        from newsetl.readers import discover

        res = pipeline.process_units(discover(inputs), Settings())
        rows: dict[str, Any] = {}
        for a in res.articles:
            rows[a.source] = {"article": plain(a)}
        for r in res.rejects:
            rows.setdefault(r.source, {})["reject"] = plain(r)
        for p in pages(inputs):
            if isinstance(p, Rejection) or not p.content.strip():
                continue
            try:
                ex = pipeline.extract(p)
                rows.setdefault(p.source, {})["extraction"] = plain(ex)
            except Exception as exc:  # noqa: BLE001
                rows.setdefault(p.source, {})["extraction"] = f"{type(exc).__name__}: {exc}"
        result[name] = {"articles": len(res.articles), "rejects": len(res.rejects), "pages": rows}
    import newsetl

    print(f"newsetl from {Path(newsetl.__file__).parent}")
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"wrote {out}: " + ", ".join(f"{k} {v['articles']}+{v['rejects']}" for k, v in result.items()))


def timing(repeat: int, only: str | None) -> None:
    """Each corpus in a fresh process (caches cold, as in a real run): the first run and the best of
    ``repeat`` (caches warm)."""
    if only is None:
        for name in corpora():
            subprocess.run([sys.executable, __file__, "time", "--repeat", str(repeat), "--corpus", name], check=True)
        import trafilatura

        bench = corpora()["bench"][0]
        docs = [json.loads(line) for line in Path(bench).read_text(encoding="utf-8").splitlines()]
        t = time.perf_counter()
        for d in docs:
            trafilatura.extract(d["html"], url=d["url"])
        print("trafilatura bench", json.dumps({"ms_per_page": round(1000 * (time.perf_counter() - t) / len(docs), 2)}))
        return
    from newsetl import pipeline
    from newsetl.readers import discover
    from newsetl.settings import Settings

    inputs = corpora()[only]
    runs: list[dict[str, float]] = []
    n = 0
    for _ in range(repeat):
        t = time.perf_counter()
        res = pipeline.process_units(discover(inputs), Settings())
        wall = time.perf_counter() - t
        n = len(res.articles) + len(res.rejects)
        runs.append({"total": wall, **res.timings})
    best = min(runs, key=lambda r: r["total"])
    for label, r in (("cold", runs[0]), ("warm", best)):
        print(only, label, json.dumps({"pages": n, **{f"{k}_ms": round(1000 * v / n, 2) for k, v in r.items()}}))


def profile(name: str, top: int) -> None:
    from newsetl import pipeline
    from newsetl.readers import discover
    from newsetl.settings import Settings

    inputs = corpora()[name]
    pipeline.process_units(discover(inputs), Settings())  # warm caches and imports
    prof = cProfile.Profile()
    prof.enable()
    pipeline.process_units(discover(inputs), Settings())
    prof.disable()
    st = pstats.Stats(prof)
    st.sort_stats("cumulative").print_stats(top)
    st.sort_stats("tottime").print_stats(top)


def snapshot(dest: Path) -> None:
    for rel in FILES_UNDER_TEST:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    print(f"snapshot of {len(FILES_UNDER_TEST)} files in {dest}")


def _run_dump(tree: Path, out: Path) -> None:
    env = {"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, str(ROOT / "scripts" / "perf_check.py"), "dump", str(out)],
                   check=True, env=env, cwd=str(tree))


def _diff(a: Any, b: Any, path: str, out: list[str]) -> None:
    if type(a) is not type(b):
        out.append(f"{path}: {a!r} != {b!r}"[:400])
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                out.append(f"{path}/{k}: only in {'candidate' if k in b else 'reference'}")
            else:
                _diff(a[k], b[k], f"{path}/{k}", out)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} != {len(b)}")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            _diff(x, y, f"{path}[{i}]", out)
    elif a != b:
        out.append(f"{path}: {a!r} != {b!r}"[:400])


def compare(ref: Path) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        ref_tree = base / "ref"
        shutil.copytree(ROOT / "newsetl", ref_tree / "newsetl", ignore=shutil.ignore_patterns("__pycache__"))
        for rel in FILES_UNDER_TEST:
            if (ref / rel).exists():
                shutil.copy2(ref / rel, ref_tree / rel)
        _run_dump(ref_tree, base / "ref.json")
        _run_dump(ROOT, base / "cand.json")
        a = json.loads((base / "ref.json").read_text(encoding="utf-8"))
        b = json.loads((base / "cand.json").read_text(encoding="utf-8"))
        shutil.copy2(base / "ref.json", CACHE / "ref.json")
        shutil.copy2(base / "cand.json", CACHE / "cand.json")
    diffs: list[str] = []
    _diff(a, b, "", diffs)
    n = {k: len(v["pages"]) for k, v in a.items()}
    if diffs:
        print(f"{len(diffs)} differences (pages per corpus {n}):")
        print("\n".join(diffs[:50]))
        return 1
    print(f"identical: {n} pages per corpus; articles, rejects and extractions compared field by field")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    t = sub.add_parser("time")
    t.add_argument("--repeat", type=int, default=3)
    t.add_argument("--corpus", default=None)
    p = sub.add_parser("profile")
    p.add_argument("corpus", nargs="?", default="bench")
    p.add_argument("--top", type=int, default=40)
    sub.add_parser("snapshot").add_argument("dir", type=Path)
    sub.add_parser("compare").add_argument("dir", type=Path)
    args = ap.parse_args()
    sys.path.insert(0, str(Path.cwd()) if args.cmd in ("dump", "time") else str(ROOT))  # dump, time: the tree in cwd
    if args.cmd == "dump":
        dump(args.out)
    elif args.cmd == "time":
        timing(args.repeat, args.corpus)
    elif args.cmd == "profile":
        profile(args.corpus, args.top)
    elif args.cmd == "snapshot":
        snapshot(args.dir)
    elif args.cmd == "compare":
        return compare(args.dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
