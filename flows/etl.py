"""The newsetl run: discover -> process batches (parallel) -> dedup -> validate -> write (atomic).

    units = discover(inputs)                      # tasks.ingest.discover_inputs
    results = [process_batch(b) for b in batches]  # parallel on the task runner (threads or Dask)
    kept, refused = deduplicate(articles)         # against the persistent index, in the flow process
    failed = validate(kept)                       # Great Expectations, failing rows quarantined
    write_run(tables)                             # staged, committed, moved into place atomically
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime
from typing import Any

from prefect import flow
from prefect.artifacts import create_progress_artifact, update_progress_artifact

from newsetl.accounting import RunRecord, assemble, combine, summary
from newsetl.dedup.index import DedupIndex
from newsetl.dedup.store import load_index
from newsetl.io import journal
from newsetl.io.layout import Layout
from newsetl.io.state import load_ledger
from newsetl.pipeline import BatchResult
from newsetl.readers import InputUnit, discover
from newsetl.readers.fetch import split_url_units
from newsetl.records import Article, Rejection
from newsetl.settings import Settings
from tasks.dedup import dedup_articles
from tasks.fetch import discover_feeds, fetch_urls
from tasks.ingest import discover_inputs, process_batch
from tasks.report import report_run
from tasks.validate import prewarm, validate_articles, validate_bookkeeping
from tasks.write import write_run


def weight(u: InputUnit, warc_pages: int) -> int:
    """Pages in a unit: a JSONL range counts its lines; a WARC byte range, whose records are not counted
    before reading, counts as ``warc_pages`` (a batch)."""
    return warc_pages if u.kind == "warc" else ((u.stop - u.start) if u.stop is not None else 1)


def batches(units: list[InputUnit], pages_per_batch: int, warc_pages: int | None = None) -> list[list[InputUnit]]:
    """Group units so each group holds about ``pages_per_batch`` pages (see ``weight``; a WARC range
    counts as ``warc_pages``, by default a whole group)."""
    out: list[list[InputUnit]] = [[]]
    filled = 0
    for u in units:
        w = weight(u, warc_pages or pages_per_batch)
        if out[-1] and filled + w > pages_per_batch:
            out.append([])
            filled = 0
        out[-1].append(u)
        filled += w
    return [b for b in out if b]


def parts(units: list[InputUnit], settings: Settings) -> list[list[InputUnit]]:
    """Split a run's units into parts of at most ``settings.pages_per_run`` pages, each processed and
    committed on its own, so that memory holds one part's articles, never the whole input's. A WARC
    range counts as one batch of pages here too, not as a whole part."""
    return batches(units, max(settings.pages_per_run, 1), settings.batch_size) if units else [[]]


def _progress(done: int, total: int, pages: int) -> None:
    tty = sys.stderr.isatty()
    filled = int(30 * done / max(total, 1))
    bar = f"[newsetl] batches {done}/{total} [{'#' * filled}{'.' * (30 - filled)}] pages {pages}"
    print(("\r" + bar) if tty else bar, end="\n" if (done == total or not tty) else "", file=sys.stderr, flush=True)


def process_inputs(units: list[InputUnit], settings: Settings, skip: frozenset[str]) -> BatchResult:
    """Submit every batch to the task runner; gather results in order, with a terminal progress bar and
    a Prefect progress artifact on the flow run."""
    result = BatchResult()
    futures = [process_batch.submit(b, settings, skip) for b in batches(units, settings.batch_size)]
    artifact = create_progress_artifact(0.0, key="newsetl-progress", description="batches processed") if futures else None
    for i, fut in enumerate(futures, start=1):
        result.extend(fut.result())
        _progress(i, len(futures), len(result.articles) + len(result.rejects))
        if artifact is not None:
            update_progress_artifact(artifact, 100.0 * i / len(futures))
    return result


def publish(layout: Layout, rec: RunRecord, articles: list[Article], rejects: list[Rejection],
            index: DedupIndex, settings: Settings, require_articles: bool = True) -> dict[str, Any]:
    """Dedup, validate and write one run's worth of articles and rejects."""
    t = time.perf_counter()
    kept, refused = dedup_articles(articles, index)
    rec.timings["dedup"] += time.perf_counter() - t
    t = time.perf_counter()
    failed, rec.validation = validate_articles(kept, str(layout.docs), frozenset(index.ids))
    rec.timings["validate"] += time.perf_counter() - t
    tables, ledger = assemble(rec, articles, rejects, kept, refused, failed, settings.max_reject_share, require_articles)
    books = validate_bookkeeping(tables, str(layout.docs))
    rec.validation.update(books)
    broken = [f"{name}: {', '.join(s['failed_expectations'])}" for name, s in books.items() if not s["success"]]
    if broken:  # the rows are still written (never lost); the run and its status row say it failed
        rec.status = "failed: bookkeeping suites " + "; ".join(broken)
        for row in tables["runs"]:
            if row["metric"] == "status":
                row.update(value=0.0, detail=rec.status)
    t = time.perf_counter()
    write_run(layout, rec.run_id, rec.started, tables, ledger, index)
    rec.timings["write"] += time.perf_counter() - t
    out = summary(rec, tables, layout)
    out.update(report_run(layout, rec.run_id))  # the tables are committed: the report is a view of them
    return out


def fetch_inputs(layout: Layout, run_id: str, urls: list[str], feeds: list[str], replay: str | None,
                 skip: frozenset[str]) -> tuple[list[InputUnit], list[Rejection], set[str] | None]:
    """Discover feed articles new since the last run, fetch every URL into ``_raw/<run_id>.warc.gz``
    (the archive any later run can replay offline), and return the archive as an input unit."""
    new_seen: set[str] | None = None
    if feeds:
        seen = set(json.loads(layout.feeds_seen.read_text("utf-8"))) if layout.feeds_seen.exists() else set()
        found, new_seen, errors = discover_feeds(feeds, seen)
        for e in errors:
            print(f"[newsetl] feed skipped: {e}", file=sys.stderr)
        urls = urls + [u for u in found if u not in urls]
    if not urls:
        return [], [], new_seen
    warc_path = layout.raw / f"{run_id}.warc.gz"
    report = fetch_urls(urls, str(warc_path), replay=replay, info={"run_id": run_id})
    failed = [r if r.input_key not in skip else
              Rejection(r.source, "dedup", "already_ingested", "input ingested by an earlier run", r.input_key)
              for r in report.failed]
    return discover([str(warc_path)]), failed, new_seen


def save_seen(layout: Layout, seen: set[str]) -> None:
    tmp = layout.feeds_seen.with_suffix(".tmp")
    tmp.write_text(json.dumps(sorted(seen), ensure_ascii=False), "utf-8")
    os.replace(tmp, layout.feeds_seen)


@flow(name="newsetl-run", log_prints=False)
def etl(inputs: list[str], output: str, run_id: str, settings: Settings | None = None,
        lock_timeout_s: float = 600.0, feeds: list[str] | None = None, replay: str | None = None) -> dict[str, Any]:
    settings = settings or Settings.from_env()
    layout = Layout.at(output)
    rec = RunRecord(run_id=run_id, started=datetime.now(UTC), inputs=list(inputs) + list(feeds or []))
    urls, units = split_url_units(discover_inputs(inputs))
    lock = journal.acquire(layout, lock_timeout_s)
    try:
        t = time.perf_counter()
        rec.recovered = journal.recover(layout)
        skip, index = load_ledger(layout), load_index(layout.dedup, settings.near_dup_threshold)
        rec.timings["load_state"] = time.perf_counter() - t
        t = time.perf_counter()
        fetched, fetch_rejects, new_seen = fetch_inputs(layout, run_id, urls, list(feeds or []), replay, skip)
        if urls or feeds:
            rec.timings["fetch"] = time.perf_counter() - t
        if fetched or units:
            prewarm()
        groups = parts(fetched + units, settings)
        summaries = []
        for i, group in enumerate(groups, start=1):
            if len(groups) > 1:
                print(f"[newsetl] part {i}/{len(groups)}: {sum(weight(u, settings.batch_size) for u in group)} pages",
                      file=sys.stderr)
                part = RunRecord(run_id=f"{run_id}-p{i:03d}", started=datetime.now(UTC), inputs=rec.inputs,
                                 recovered=rec.recovered if i == 1 else {})
                part.timings.update(rec.timings if i == 1 else {})
            else:
                part = rec
            result = process_inputs(group, settings, skip)
            if i == 1:
                result.rejects.extend(fetch_rejects)
            for k, v in result.timings.items():
                part.timings[k] += v
            summaries.append(publish(layout, part, result.articles, result.rejects, index, settings))
            del result  # this part is committed: its pages leave memory before the next part
        out = summaries[0] if len(summaries) == 1 else combine(run_id, summaries, str(layout.root))
        if new_seen is not None and out["status"] == "ok":
            save_seen(layout, new_seen)
        return out
    finally:
        lock.release()
