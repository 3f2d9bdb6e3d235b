"""Run the suites on in-memory batches with an ephemeral GX context; map failures back to rows."""

from __future__ import annotations

import logging
import os
from typing import Any

import pandas as pd

from expectations import articles as articles_suite
from expectations import quotes as quotes_suite
from expectations import rejects as rejects_suite
from expectations import runs as runs_suite
from expectations.features import article_frame
from newsetl.records import Article
from newsetl.rows import article_row, quote_rows

_CONTEXT: dict[str, Any] = {}


def _context(docs_dir: str | None) -> tuple[Any, Any]:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    for name, lg in list(logging.root.manager.loggerDict.items()):  # GX sets INFO on some of its own loggers
        if name.startswith("great_expectations") and isinstance(lg, logging.Logger):
            lg.setLevel(logging.WARNING)
    if "ctx" not in _CONTEXT:
        ctx = gx.get_context(mode="ephemeral")
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = ctx.data_sources.add_pandas("newsetl")
        suites = (("articles", articles_suite.build(gx)), ("quotes", quotes_suite.build(gx)),
                  ("rejects", rejects_suite.build(gx)), ("runs", runs_suite.build(gx)))
        for name, suite in suites:
            asset = source.add_dataframe_asset(name=name)
            bd = asset.add_batch_definition_whole_dataframe(f"{name}-batch")
            ctx.suites.add(suite)
            _CONTEXT[name] = (bd, suite)
        _CONTEXT["ctx"] = ctx
        _CONTEXT["gx"] = gx
    return _CONTEXT["ctx"], _CONTEXT["gx"]


def _run(name: str, df: pd.DataFrame, key: str, docs_dir: str | None) -> tuple[dict[str, str], dict[str, Any]]:
    ctx, gx = _context(docs_dir)
    bd, suite = _CONTEXT[name]
    batch = bd.get_batch(batch_parameters={"dataframe": df})
    result = batch.validate(suite, result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [key]})
    failed: dict[str, str] = {}
    checks = []
    for r in result.results:
        etype = r.expectation_config.type
        col = r.expectation_config.kwargs.get("column", "")
        label = f"{etype}:{col}" if col else etype
        checks.append({"expectation": label, "success": bool(r.success)})
        if r.success:
            continue
        for item in (r.result or {}).get("unexpected_index_list") or []:
            rid = item.get(key) if isinstance(item, dict) else df.iloc[int(item)][key]
            if rid is not None:
                failed.setdefault(str(rid), label)
    if docs_dir:
        _build_docs(ctx, gx, bd, suite, df, docs_dir, name)
    return failed, {"evaluated": len(checks), "failed_expectations": [c["expectation"] for c in checks if not c["success"]],
                    "success": bool(result.success)}


def _build_docs(ctx: Any, gx: Any, bd: Any, suite: Any, df: pd.DataFrame, docs_dir: str, name: str) -> None:
    site = "newsetl_site"
    if site not in (ctx.get_site_names() or []):
        ctx.add_data_docs_site(site_name=site, site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": os.path.abspath(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    vd_name = f"{name}-vd"
    try:
        vd = ctx.validation_definitions.get(vd_name)
    except Exception:  # noqa: BLE001  (GX raises its own DataContextError subclasses for a missing name)
        vd = ctx.validation_definitions.add(gx.ValidationDefinition(name=vd_name, data=bd, suite=suite))
    cp_name = f"{name}-checkpoint"
    try:
        cp = ctx.checkpoints.get(cp_name)
    except Exception:  # noqa: BLE001
        cp = ctx.checkpoints.add(gx.Checkpoint(name=cp_name, validation_definitions=[vd],
                                               actions=[gx.checkpoint.UpdateDataDocsAction(name="docs", site_names=[site])]))
    cp.run(batch_parameters={"dataframe": df})


def validate_batch(articles: list[Article], docs_dir: str | None = None,
                   known_ids: frozenset[str] = frozenset()) -> tuple[dict[str, str], dict[str, Any]]:
    """Validate articles (and their quotes). ``known_ids``: articles of earlier runs, which a duplicate may
    point to. Returns ({article_id: expectation}, summary)."""
    if not articles:
        return {}, {"articles": {"evaluated": 0, "success": True, "failed_expectations": []}}
    df = article_frame([article_row(a, "validate") for a in articles], known_ids)
    failed, a_summary = _run("articles", df, "article_id", docs_dir)
    qrows = [q for a in articles if a.article_id not in failed for q in quote_rows(a, "validate")]
    summary: dict[str, Any] = {"articles": a_summary}
    if qrows:
        qdf = pd.DataFrame(qrows)
        known = set(df["article_id"])
        qdf["article_known"] = qdf["article_id"].isin(known)
        qfailed, q_summary = _run("quotes", qdf, "quote_id", docs_dir)
        summary["quotes"] = q_summary
        summary["quotes_quarantined"] = qfailed
    return failed, summary


def validate_bookkeeping(tables: dict[str, list[dict[str, Any]]], docs_dir: str | None = None) -> dict[str, Any]:
    """Validate the rejects and runs rows of a run (batch-level: a failure marks the run failed)."""
    out: dict[str, Any] = {}
    for name, key in (("rejects", "source"), ("runs", "metric")):
        rows = tables.get(name) or []
        if rows:
            failed, summary = _run(name, pd.DataFrame(rows), key, docs_dir)
            out[name] = {**summary, "failed_rows": len(failed)}
    return out
