"""Dedup benchmark: index and query N synthetic Arabic-like articles (default 100k, ~10% near copies),
then save the index, load it back and decide a second run against it. Prints timings, peak memory
(resource.getrusage) and the recall/false links on the planted copies; the last line is JSON.

    .venv/bin/python scripts/bench_dedup.py [--n 100000] [--copies 0.1] [--words 250]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from newsetl.dedup.index import DedupIndex, deduplicate
from newsetl.dedup.store import load_index, save_new_rows
from newsetl.records import Article

LETTERS = [chr(c) for c in range(0x0628, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
HARAKAT = ["\u064e", "\u064f", "\u0650"]


def vocabulary(rng: np.random.Generator, size: int) -> list[str]:
    lens = rng.integers(2, 8, size)
    letters = rng.integers(0, len(LETTERS), int(lens.sum()))
    out, i = [], 0
    for n in lens:
        out.append("ال" * int(rng.random() < 0.3) + "".join(LETTERS[j] for j in letters[i:i + n]))
        i += n
    return out


def make_articles(n: int, copies: float, words: int, seed: int = 0) -> tuple[list[Article], dict[str, str]]:
    """n articles: originals drawn from a Zipf-like vocabulary and near copies of earlier ones (a
    paragraph dropped, a few words replaced, diacritics on some words). Returns the articles and
    copy source -> original source."""
    rng = np.random.default_rng(seed)
    vocab = vocabulary(rng, 30000)
    weights = 1.0 / np.arange(1, len(vocab) + 1) ** 0.9
    weights /= weights.sum()
    n_copies = int(n * copies)
    n_orig = n - n_copies
    draws = np.searchsorted(np.cumsum(weights), rng.random((n_orig, words))).astype(np.int32)
    texts: list[str] = []
    for row in draws:
        ws = [vocab[j] for j in row]
        step = max(1, words // 6)
        texts.append("\n".join(" ".join(ws[s:s + step]) for s in range(0, words, step)))
    del draws
    copy_of: dict[str, str] = {}
    for c in range(n_copies):
        src = int(rng.integers(0, n_orig))
        paras = texts[src].split("\n")
        del paras[int(rng.integers(0, len(paras)))]
        out = []
        for p in paras:
            ws = p.split()
            for _ in range(2):
                ws[int(rng.integers(0, len(ws)))] = vocab[int(rng.integers(0, len(vocab)))]
            k = int(rng.integers(0, len(ws)))
            ws[k] = ws[k][:1] + HARAKAT[k % 3] + ws[k][1:]
            out.append(" ".join(ws))
        texts.append("\n".join(out))
        copy_of[f"doc{n_orig + c}"] = f"doc{src}"
    base = date(2024, 1, 1)
    arts = []
    for i, t in enumerate(texts):
        key = f"site{i % 500}.example/news/{i}"
        arts.append(Article(article_id=f"id{i}", url=f"https://{key}", source=f"doc{i}", outlet=None, site_name=None,
                            title="", text=t, published_at=None, published_date=base + timedelta(days=i % 365),
                            date_source=None, content_hash=f"h{i}", input_key=f"doc{i}", url_key=key))
    return arts, copy_of


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--copies", type=float, default=0.1)
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--second-run", type=int, default=2000)
    args = ap.parse_args()
    t0 = time.perf_counter()
    arts, copy_of = make_articles(args.n + args.second_run, args.copies, args.words)
    second = arts[-args.second_run:] if args.second_run else []
    arts = arts[:len(arts) - len(second)]
    t_gen = time.perf_counter() - t0
    mem_gen = peak_mb()

    t1 = time.perf_counter()
    index = DedupIndex()
    kept, refused = deduplicate(arts, index)
    t_dedup = time.perf_counter() - t1
    mem_dedup = peak_mb()
    by_src = {a.source: a for a in kept}
    id_src = {a.article_id: a.source for a in kept}

    def root(src: str) -> str:
        a = by_src[src]
        return id_src[a.duplicate_of] if a.duplicate_of else src

    planted = [(c, o) for c, o in copy_of.items() if c in by_src]
    found = sum(root(c) == root(o) for c, o in planted)
    def story(src: str) -> str:
        return copy_of.get(src, src)

    false = sum(1 for a in kept if a.duplicate_of and story(id_src[a.duplicate_of]) != story(a.source))

    with tempfile.TemporaryDirectory() as tmp:
        state = Path(tmp) / "dedup"
        t2 = time.perf_counter()
        save_new_rows(index, state / "run1.parquet")
        t_save = time.perf_counter() - t2
        mem_save = peak_mb()
        size_mb = (state / "run1.parquet").stat().st_size / 2**20
        del index
        t3 = time.perf_counter()
        loaded = load_index(state, 0.5)
        t_load = time.perf_counter() - t3
        mem_load = peak_mb()
        t4 = time.perf_counter()
        kept2, _ = deduplicate(second, loaded)
        t_second = time.perf_counter() - t4
        linked2 = sum(1 for a in kept2 if a.duplicate_of)
    result = {
        "articles": len(arts), "planted_copies": len(planted), "generate_s": round(t_gen, 1),
        "index_and_query_s": round(t_dedup, 1), "dup_recall": round(found / max(1, len(planted)), 4),
        "dup_false_links": false, "save_s": round(t_save, 1), "state_file_mb": round(size_mb, 1),
        "load_s": round(t_load, 2), "second_run_articles": len(second), "second_run_s": round(t_second, 1),
        "second_run_linked": linked2, "peak_rss_mb_after_generation": round(mem_gen),
        "peak_rss_mb_after_index_and_query": round(mem_dedup),
        "peak_rss_mb_after_save": round(mem_save), "peak_rss_mb_after_load": round(mem_load), "peak_rss_mb": round(peak_mb()),
    }
    for k, v in result.items():
        print(f"{k:32} {v}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
