"""Run the suites on in-memory batches with an ephemeral GX context; map failures back to rows."""

from __future__ import annotations

import hashlib
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


SITE = "newsetl_site"


def _run(name: str, df: pd.DataFrame, key: str, docs_dir: str | None,
         rendered: list[Any]) -> tuple[dict[str, str], dict[str, Any]]:
    """Validate ``df`` with the suite ``name``; failing rows by ``key``. With ``docs_dir`` the suite runs
    through a checkpoint, which keeps the result for Data Docs: its identifiers are appended to
    ``rendered``, and ``_build_docs`` renders them all at once (one site build per call, not per suite)."""
    ctx, gx = _context(docs_dir)
    bd, suite = _CONTEXT[name]
    result_format = {"result_format": "COMPLETE", "unexpected_index_column_names": [key]}
    if docs_dir:
        cp_result = _checkpoint(ctx, gx, bd, suite, name, result_format).run(batch_parameters={"dataframe": df})
        ident, result = next(iter(cp_result.run_results.items()))
        from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

        rendered += [ident, ExpectationSuiteIdentifier(name=suite.name)]
    else:
        result = bd.get_batch(batch_parameters={"dataframe": df}).validate(suite, result_format=result_format)
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
    return failed, {"evaluated": len(checks), "failed_expectations": [c["expectation"] for c in checks if not c["success"]],
                    "success": bool(result.success)}


def _checkpoint(ctx: Any, gx: Any, bd: Any, suite: Any, name: str, result_format: dict[str, Any]) -> Any:
    vd_name = f"{name}-vd"
    try:
        vd = ctx.validation_definitions.get(vd_name)
    except Exception:  # noqa: BLE001  (GX raises its own DataContextError subclasses for a missing name)
        vd = ctx.validation_definitions.add(gx.ValidationDefinition(name=vd_name, data=bd, suite=suite))
    cp_name = f"{name}-checkpoint"
    try:
        return ctx.checkpoints.get(cp_name)
    except Exception:  # noqa: BLE001
        return ctx.checkpoints.add(gx.Checkpoint(name=cp_name, validation_definitions=[vd], actions=[],
                                                 result_format=result_format))


def _build_docs(docs_dir: str, rendered: list[Any]) -> None:
    """Render the given validation results (and their suites) into the Data Docs site under ``docs_dir``."""
    if not rendered:
        return
    ctx, _ = _context(docs_dir)
    base = os.path.abspath(docs_dir)
    site = f"{SITE}_{hashlib.sha1(base.encode()).hexdigest()[:10]}"  # one site per directory (one per output)
    if site not in (ctx.get_site_names() or []):
        ctx.add_data_docs_site(site_name=site, site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": base},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    ctx.build_data_docs(site_names=[site], resource_identifiers=rendered, dry_run=False, build_index=True)


def validate_batch(articles: list[Article], docs_dir: str | None = None,
                   known_ids: frozenset[str] = frozenset()) -> tuple[dict[str, str], dict[str, Any]]:
    """Validate articles (and their quotes). ``known_ids``: articles of earlier runs, which a duplicate may
    point to. Returns ({article_id: expectation}, summary)."""
    if not articles:
        return {}, {"articles": {"evaluated": 0, "success": True, "failed_expectations": []}}
    rendered: list[Any] = []
    df = article_frame([article_row(a, "validate") for a in articles], known_ids)
    failed, a_summary = _run("articles", df, "article_id", docs_dir, rendered)
    qrows = [q for a in articles if a.article_id not in failed for q in quote_rows(a, "validate")]
    summary: dict[str, Any] = {"articles": a_summary}
    if qrows:
        qdf = pd.DataFrame(qrows)
        known = set(df["article_id"])
        qdf["article_known"] = qdf["article_id"].isin(known)
        qfailed, q_summary = _run("quotes", qdf, "quote_id", docs_dir, rendered)
        summary["quotes"] = q_summary
        summary["quotes_quarantined"] = qfailed
    if docs_dir:
        _build_docs(docs_dir, rendered)
    return failed, summary


def validate_bookkeeping(tables: dict[str, list[dict[str, Any]]], docs_dir: str | None = None) -> dict[str, Any]:
    """Validate the rejects and runs rows of a run (batch-level: a failure marks the run failed)."""
    out: dict[str, Any] = {}
    rendered: list[Any] = []
    for name, key in (("rejects", "source"), ("runs", "metric")):
        rows = tables.get(name) or []
        if rows:
            failed, summary = _run(name, pd.DataFrame(rows), key, docs_dir, rendered)
            out[name] = {**summary, "failed_rows": len(failed)}
    if docs_dir:
        _build_docs(docs_dir, rendered)
    return out
