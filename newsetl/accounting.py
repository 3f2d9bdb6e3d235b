"""Run bookkeeping: table rows for one run, the per-stage counters, the accounting check
(inputs = articles + rejects) and the JSON summary the command line prints."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from newsetl.dedup.index import Decision
from newsetl.io.layout import Layout
from newsetl.records import Article, Rejection
from newsetl.rows import article_row, quote_rows, reject_row


class AccountingError(RuntimeError):
    """Inputs and outputs of a run do not add up: something was dropped silently."""


@dataclass
class RunRecord:
    run_id: str
    started: datetime
    inputs: list[str]
    timings: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    validation: dict[str, Any] = field(default_factory=dict)
    recovered: dict[str, list[str]] = field(default_factory=dict)
    status: str = "ok"


def _not_final(r: Rejection) -> bool:
    """Rejects a later run should try again: transient fetch failures, and backfill filters (another
    date range or outlet selection may take the page); and those already in the ledger."""
    return r.stage in ("fetch", "filter") or r.reason == "already_ingested"


def build_tables(rec: RunRecord, published: list[Article], rejects: list[Rejection],
                 refused: list[tuple[Article, Decision]], kept: list[Article],
                 failed: dict[str, str]) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    run_id = rec.run_id
    quarantined = set((rec.validation.get("quotes_quarantined") or {}).keys())
    arows, qrows = [], []
    for a in published:
        qs = [q for q in quote_rows(a, run_id) if q["quote_id"] not in quarantined]
        row = article_row(a, run_id)
        row["quote_count"] = len(qs)
        arows.append(row)
        qrows.extend(qs)
    refused_by_source = {a.source: (a, d) for a, d in refused}
    rrows = []
    for r in rejects:
        art_dec = refused_by_source.get(r.source)
        rrows.append(reject_row(r, run_id, url=art_dec[0].url if art_dec else None,
                                article_id=art_dec[1].target if art_dec else None))
    n_inputs = sum(1 for _ in published) + len(rejects)
    if len(arows) + len(rrows) != n_inputs or len(published) + len(failed) != len(kept):
        raise AccountingError(f"run {run_id}: {n_inputs} inputs but {len(arows)} articles + {len(rrows)} rejects")
    finished = datetime.now(UTC)
    counts: Counter[str] = Counter({
        "inputs": n_inputs, "articles": len(arows), "duplicates": sum(1 for r in arows if r["duplicate_of"]),
        "rejected": len(rrows), "quotes": len(qrows), "quotes_quarantined": len(quarantined),
    })
    counts.update(f"reject:{r['stage']}:{r['reason']}" for r in rrows)
    runs = [{"run_id": run_id, "started_at": rec.started, "finished_at": finished, "metric": k, "value": float(v),
             "detail": None} for k, v in sorted(counts.items())]
    runs += [{"run_id": run_id, "started_at": rec.started, "finished_at": finished, "metric": f"seconds:{k}",
              "value": round(float(v), 4), "detail": None} for k, v in sorted(rec.timings.items())]
    runs.append({"run_id": run_id, "started_at": rec.started, "finished_at": finished, "metric": "status",
                 "value": 1.0 if rec.status == "ok" else 0.0, "detail": rec.status + " " + " ".join(rec.inputs)[:1000]})
    ledger: list[dict[str, Any]] = [{"input_key": a.input_key, "source": a.source, "outcome": "article", "article_id": a.article_id, "run_id": run_id}
              for a in published if a.input_key]
    ledger += [{"input_key": r.input_key, "source": r.source, "outcome": f"reject:{r.reason}", "article_id": None, "run_id": run_id}
               for r in rejects if r.input_key and not _not_final(r)]
    return {"articles": arows, "quotes": qrows, "rejects": rrows, "runs": runs}, ledger


def gate_status(kept: int, failed: int, published: int, fresh: int, max_reject_share: float,
                require_articles: bool) -> str:
    """The batch-level quality gate: too many validation rejects, or new inputs giving no article."""
    if kept and failed > max_reject_share * kept:
        return f"failed: validation rejected {failed} of {kept} articles"
    if require_articles and fresh and not published:
        return "failed: no article published from new inputs"
    return "ok"


def assemble(rec: RunRecord, articles: list[Article], rejects: list[Rejection], kept: list[Article],
             refused: list[tuple[Article, Decision]], failed: dict[str, str], max_reject_share: float,
             require_articles: bool = True) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]]]:
    """Every input of the run as an article or a reject row: dedup refusals and validation failures become
    rejects with their reason; the quality gate sets the run status; then the table rows."""
    published = [a for a in kept if a.article_id not in failed]
    rejects = list(rejects)
    rejects += [Rejection(a.source, "dedup", d.kind,
                          f"same {'URL' if d.kind == 'duplicate_url' else 'content'} as article {d.target}", a.input_key)
                for a, d in refused]
    rejects += [Rejection(a.source, "validate", f"validation:{failed[a.article_id]}", "failed the articles suite",
                          a.input_key) for a in kept if a.article_id in failed]
    fresh = len(articles) + sum(1 for r in rejects if r.reason != "already_ingested")
    rec.status = gate_status(len(kept), len(failed), len(published), fresh, max_reject_share, require_articles)
    return build_tables(rec, published, rejects, refused, kept, failed)


def summary(rec: RunRecord, tables: dict[str, list[dict[str, Any]]], layout: Layout) -> dict[str, Any]:
    arts, rejs = tables["articles"], tables["rejects"]
    by_reason = Counter(f"{r['stage']}:{r['reason']}" for r in rejs)
    suites = {k: v for k, v in rec.validation.items() if isinstance(v, dict) and "success" in v}
    return {
        "run_id": rec.run_id, "inputs": len(arts) + len(rejs), "articles": len(arts),
        "duplicates": sum(1 for r in arts if r["duplicate_of"]), "rejected": len(rejs), "quotes": len(tables["quotes"]),
        "validation": {"status": "passed" if all(s.get("success", True) for s in suites.values()) else "failed",
                       "suites": sorted(suites),
                       "failed_expectations": [f"{name}.{e}" for name, s in suites.items()
                                               for e in s.get("failed_expectations", [])],
                       "quarantined_articles": sum(1 for r in rejs if r["stage"] == "validate"),
                       "quarantined_quotes": len(rec.validation.get("quotes_quarantined") or {})},
        "status": rec.status, "rejects_by_reason": dict(sorted(by_reason.items())),
        "seconds": round((datetime.now(UTC) - rec.started).total_seconds(), 3),
        "output": str(layout.root),
    }


SUMMED = ("inputs", "articles", "duplicates", "rejected", "quotes")


def combine(run_id: str, parts: list[dict[str, Any]], output: str, key: str = "parts") -> dict[str, Any]:
    """One summary for a command committed as several runs (parts of a large input, backfill windows):
    counts summed, each run listed under ``key``, validation and status failed if any run failed."""
    failed = [s["run_id"] for s in parts if s["status"] != "ok"]
    by_reason: Counter[str] = Counter()
    for s in parts:
        by_reason.update(s.get("rejects_by_reason") or {})
    out: dict[str, Any] = {"run_id": run_id, **{k: sum(s[k] for s in parts) for k in SUMMED},
                           key: [{k: s[k] for k in ("run_id", *SUMMED, "status")} for s in parts],
                           "validation": {"status": "failed" if failed else "passed", "failed_runs": failed},
                           "status": "ok" if not failed else "failed", "rejects_by_reason": dict(sorted(by_reason.items())),
                           "output": output}
    if parts and parts[-1].get("report"):
        out["report"] = parts[-1]["report"]
    return out
