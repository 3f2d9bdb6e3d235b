"""The run report: one static HTML page of charts an analyst can open without network or server.

``build_report(output_root, run_id)`` reads the tables (DuckDB over the Parquet files, only the columns it
needs), draws Plotly figures and writes ``<output>/report/<run_id>.html`` plus a copy of the latest at
``<output>/report/index.html``. plotly.js is embedded once, inline, so the page opens offline. The page
is Arabic-first (``lang="ar" dir="rtl"``); bar charts with Arabic categories put their axis on the right.

Every count chart stacks "this run" on "earlier runs", so one chart answers both questions. The result
also carries a short markdown summary (for a Prefect artifact) and the list of figures drawn.
"""

from __future__ import annotations

import html
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from newsetl.io.layout import Layout, safe_component
from newsetl.schemas import TABLES

THIS_RUN = "هذا التشغيل"  # this run
EARLIER = "تشغيلات سابقة"  # earlier runs
COLORS = {THIS_RUN: "#c0392b", EARLIER: "#95a5a6"}
TOP = 15


@dataclass(frozen=True)
class Figure:
    id: str
    title: str  # Arabic heading
    title_en: str
    spec: dict[str, Any]  # plotly figure as a plain dict: {"data": [...], "layout": {...}}
    empty: bool = False


@dataclass(frozen=True)
class ReportResult:
    path: Path
    index_path: Path
    markdown: str
    figures: list[str] = field(default_factory=list)  # figure ids, in page order (one .plot-container each)
    seconds: float = 0.0


# ----------------------------------------------------------------------------------------------- data


def connect(output_root: Path) -> duckdb.DuckDBPyConnection:
    """DuckDB with one view per table; a table with no files yet is an empty view of its declared schema.

    Views read a glob, expanded again by every query, so a long-lived connection keeps working across
    runs and compactions (nothing but live files matches: staging and compaction happen under _state)."""
    layout = Layout.at(output_root)
    con = duckdb.connect()
    for name, spec in TABLES.items():
        root = layout.table(name)
        if any(root.glob("*/*.parquet")):
            glob = str(root / "*" / "*.parquet").replace("'", "''")
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{glob}', "
                        "hive_partitioning = true, union_by_name = true)")
        else:
            con.register(f"_empty_{name}", pa.Table.from_batches([], schema=spec.schema))
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM _empty_{name}")
    return con


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return con.execute(sql, list(params)).fetchall()


def _split(con: duckdb.DuckDBPyConnection, sql: str, run_id: str) -> list[tuple[str, int, int]]:
    """Rows of (label, this_run, earlier) from a query selecting ``label, run_id`` rows."""
    q = (f"SELECT label, count(*) FILTER (WHERE run_id = $1) AS mine, count(*) FILTER (WHERE run_id <> $1) AS other "
         f"FROM ({sql}) GROUP BY label ORDER BY mine + other DESC, label LIMIT {TOP}")
    return [(str(a), int(b), int(c)) for a, b, c in _rows(con, q, [run_id])]


# -------------------------------------------------------------------------------------------- figures


def _layout(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "height": 380, "margin": {"l": 50, "r": 50, "t": 40, "b": 50},
        "font": {"family": "Noto Naskh Arabic, Amiri, DejaVu Sans, Tahoma, Arial, sans-serif", "size": 13},
        "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 1, "xanchor": "right"},
        "paper_bgcolor": "white", "plot_bgcolor": "white", "barmode": "stack",
    }
    base.update(extra)
    return base


def _short(label: str, n: int = 45) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


def _hbar(rows: list[tuple[str, int, int]], xtitle: str) -> dict[str, Any]:
    """Horizontal stacked bars with Arabic categories read right to left (axis on the right, bars leftwards)."""
    rows = list(reversed(rows))  # plotly draws the first category at the bottom
    labels = [_short(r[0]) for r in rows]
    full = [r[0] for r in rows]
    data = [{"type": "bar", "orientation": "h", "name": name, "y": labels, "x": [r[i] for r in rows],
             "customdata": full, "hovertemplate": "%{customdata}: %{x}<extra>" + name + "</extra>",
             "marker": {"color": COLORS[name]}}
            for i, name in ((1, THIS_RUN), (2, EARLIER))]
    height = max(260, 60 + 24 * len(rows))
    return {"data": data, "layout": _layout(
        height=height, margin={"l": 30, "r": 260, "t": 40, "b": 45},
        xaxis={"autorange": "reversed", "title": {"text": xtitle}, "gridcolor": "#eee", "zeroline": False},
        yaxis={"side": "right", "automargin": True, "type": "category"})}


def _vbar(x: list[Any], series: dict[str, list[float]], xtitle: str, ytitle: str,
          colors: dict[str, str] | None = None, xtype: str = "category") -> dict[str, Any]:
    data = [{"type": "bar", "name": name, "x": x, "y": ys, **({"marker": {"color": colors[name]}} if colors else {})}
            for name, ys in series.items()]
    return {"data": data, "layout": _layout(xaxis={"title": {"text": xtitle}, "type": xtype, "automargin": True},
                                            yaxis={"title": {"text": ytitle}, "gridcolor": "#eee"})}


def _empty(message: str) -> dict[str, Any]:
    return {"data": [], "layout": _layout(
        height=200, xaxis={"visible": False}, yaxis={"visible": False},
        annotations=[{"text": message, "showarrow": False, "font": {"size": 16, "color": "#777"},
                      "xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5}])}


NO_DATA = "لا توجد بيانات بعد"  # no data yet


def _fig(fid: str, title: str, title_en: str, spec: dict[str, Any] | None) -> Figure:
    return Figure(fid, title, title_en, spec or _empty(NO_DATA), empty=spec is None)


def build_figures(con: duckdb.DuckDBPyConnection, run_id: str) -> list[Figure]:
    figs: list[Figure] = []
    split = {THIS_RUN: COLORS[THIS_RUN], EARLIER: COLORS[EARLIER]}

    rows = _split(con, "SELECT coalesce(outlet, '(غير معروف)') AS label, run_id FROM articles", run_id)
    figs.append(_fig("outlets", "المقالات حسب المنفذ الإعلامي", f"Articles per outlet (top {TOP})",
                     _hbar(rows, "عدد المقالات") if rows else None))

    day = _rows(con, "SELECT published_date, count(*) FILTER (WHERE run_id = $1), count(*) FILTER (WHERE run_id <> $1) "
                     "FROM articles WHERE published_date IS NOT NULL GROUP BY 1 ORDER BY 1", [run_id])
    undated = _rows(con, "SELECT count(*) FILTER (WHERE run_id = $1), count(*) FILTER (WHERE run_id <> $1) "
                         "FROM articles WHERE published_date IS NULL", [run_id])[0]
    per_day = None
    if day:
        per_day = _vbar([d[0].isoformat() for d in day], {THIS_RUN: [d[1] for d in day], EARLIER: [d[2] for d in day]},
                        "تاريخ النشر", "عدد المقالات", split, xtype="date")
        first, last = day[0][0], day[-1][0]
        per_day["layout"]["xaxis"]["rangeslider"] = {"visible": True, "thickness": 0.08}
        if (last - first).days > 90:  # open on the last 90 days; the slider reaches the rest
            per_day["layout"]["xaxis"]["range"] = [(last - timedelta(days=90)).isoformat(),
                                                   (last + timedelta(days=1)).isoformat()]
    figs.append(_fig("per_day", "المقالات حسب يوم النشر",
                     f"Articles per publication day ({int(undated[0]) + int(undated[1])} undated not shown)", per_day))

    rows = _split(con, "SELECT coalesce(date_source, 'بدون تاريخ (none)') AS label, run_id FROM articles", run_id)
    figs.append(_fig("date_sources", "مصدر تاريخ النشر", "Where the publication date came from",
                     _vbar([r[0] for r in rows], {THIS_RUN: [r[1] for r in rows], EARLIER: [r[2] for r in rows]},
                           "المصدر", "عدد المقالات", split) if rows else None))

    q = "SELECT q.{col} AS label, a.run_id FROM quotes q LEFT JOIN articles a USING (article_id) WHERE {cond}"
    rows = _split(con, q.format(col="speaker", cond="q.is_official"), run_id)
    figs.append(_fig("officials", "أكثر المسؤولين اقتباساً", f"Most quoted officials (top {TOP})",
                     _hbar(rows, "عدد الاقتباسات") if rows else None))
    rows = _split(con, q.format(col="speaker_org", cond="q.speaker_org IS NOT NULL AND q.speaker_org <> ''"), run_id)
    figs.append(_fig("organisations", "أكثر الجهات اقتباساً", f"Most quoted organisations (top {TOP})",
                     _hbar(rows, "عدد الاقتباسات") if rows else None))

    qt = _rows(con, "SELECT speaker_kind, quote_type, count(*) FROM quotes GROUP BY 1, 2 ORDER BY 1, 2")
    kinds = sorted({r[0] for r in qt})
    types = sorted({r[1] for r in qt})
    counts = {(r[0], r[1]): int(r[2]) for r in qt}
    figs.append(_fig("quote_types", "أنواع الاقتباس حسب نوع المتحدث", "Quote types (direct/indirect) by speaker kind",
                     _vbar(kinds, {t: [counts.get((k, t), 0) for k in kinds] for t in types},
                           "نوع المتحدث", "عدد الاقتباسات") if qt else None))

    rj = _rows(con, "SELECT stage, reason, count(*) FILTER (WHERE run_id = $1), count(*) FILTER (WHERE run_id <> $1) "
                    "FROM rejects GROUP BY 1, 2 ORDER BY 1, 3 + 4 DESC", [run_id])
    figs.append(_fig("rejects", "أسباب الرفض حسب المرحلة", "Reject reasons per stage",
                     _hbar([(f"{r[0]} · {r[1]}", int(r[2]), int(r[3])) for r in rj], "عدد المدخلات")
                     if rj else None))

    groups = _rows(con, "SELECT coalesce(duplicate_of, article_id) AS g, count(*) AS n, "
                        "count(*) FILTER (WHERE run_id = $1) AS mine, "
                        "max(CASE WHEN duplicate_of IS NULL THEN title END) AS title, "
                        "string_agg(DISTINCT coalesce(outlet, '?'), '، ') AS outlets "
                        "FROM articles GROUP BY 1 HAVING count(*) > 1 ORDER BY n DESC, g", [run_id])
    sizes: dict[int, int] = {}
    for g in groups:
        sizes[int(g[1])] = sizes.get(int(g[1]), 0) + 1
    figs.append(_fig("duplicate_sizes", "مجموعات التكرار حسب الحجم", "Duplicate groups by size (copies of one story)",
                     _vbar(sorted(sizes), {"مجموعات": [sizes[s] for s in sorted(sizes)]},
                           "عدد النسخ في المجموعة", "عدد المجموعات") if groups else None))
    top = groups[:TOP]
    figs.append(_fig("duplicate_groups", "أكبر مجموعات التكرار", f"Largest duplicate groups (top {TOP}, by canonical title)",
                     _hbar([(f"{g[3] or g[0]} ({g[4]})", int(g[2]), int(g[1]) - int(g[2])) for g in top], "عدد النسخ")
                     if top else None))

    tm = _rows(con, "SELECT run_id, min(started_at) AS s, substr(metric, 9) AS stage, sum(value) FROM runs "
                    "WHERE metric LIKE 'seconds:%' GROUP BY run_id, stage ORDER BY s, stage")
    run_order: list[str] = []
    for r in tm:
        if r[0] not in run_order:
            run_order.append(r[0])
    recent = run_order[-30:]
    if run_id in run_order and run_id not in recent:
        recent = recent[1:] + [run_id]
    stages = sorted({r[2] for r in tm if r[0] in recent})
    secs = {(r[0], r[2]): float(r[3]) for r in tm}
    labels = [("◀ " if r == run_id else "") + r for r in recent]
    figs.append(_fig("timings", "زمن المراحل (آخر 30 تشغيلاً)", "Stage timings in seconds (last 30 runs; ◀ this run)",
                     _vbar(labels, {s: [round(secs.get((r, s), 0.0), 3) for r in recent] for s in stages},
                           "التشغيل", "ثوانٍ") if recent else None))
    return figs


# ----------------------------------------------------------------------------------------- headlines


def headlines(con: duckdb.DuckDBPyConnection, run_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    metrics = dict(_rows(con, "SELECT metric, sum(value) FROM runs WHERE run_id = $1 AND metric NOT LIKE 'reject:%' "
                              "AND metric NOT LIKE 'seconds:%' GROUP BY 1", [run_id]))
    meta = _rows(con, "SELECT min(started_at), max(finished_at), max(detail) FILTER (WHERE metric = 'status') "
                      "FROM runs WHERE run_id = $1", [run_id])[0]
    secs = _rows(con, "SELECT sum(value) FROM runs WHERE run_id = $1 AND metric LIKE 'seconds:%'", [run_id])[0][0]
    run = {
        "inputs": int(metrics.get("inputs", 0)), "articles": int(metrics.get("articles", 0)),
        "duplicates": int(metrics.get("duplicates", 0)), "rejected": int(metrics.get("rejected", 0)),
        "quotes": int(metrics.get("quotes", 0)),
        "status": "unknown" if "status" not in metrics else ("ok" if metrics["status"] >= 1 else "failed"),
        "status_detail": meta[2],
        "started_at": meta[0], "finished_at": meta[1], "stage_seconds": round(float(secs or 0.0), 2),
        "found": bool(metrics),
    }
    a = _rows(con, "SELECT count(*), count(*) FILTER (WHERE duplicate_of IS NOT NULL), count(DISTINCT outlet), "
                   "count(published_date), min(published_date), max(published_date) FROM articles")[0]
    total = {
        "articles": int(a[0]), "canonical": int(a[0]) - int(a[1]), "duplicates": int(a[1]), "outlets": int(a[2]),
        "dated_share": (int(a[3]) / int(a[0])) if a[0] else 0.0,
        "first_date": a[4], "last_date": a[5],
        "quotes": int(_rows(con, "SELECT count(*) FROM quotes")[0][0]),
        "official_quotes": int(_rows(con, "SELECT count(*) FROM quotes WHERE is_official")[0][0]),
        "rejected": int(_rows(con, "SELECT count(*) FROM rejects")[0][0]),
        "runs": int(_rows(con, "SELECT count(DISTINCT run_id) FROM runs")[0][0]),
    }
    return run, total


def markdown_summary(run_id: str, run: dict[str, Any], total: dict[str, Any], top_rejects: list[tuple[str, int]],
                     link: str | None = None) -> str:
    lines = [f"### newsetl run `{run_id}`: {run['status']}", "",
             "| | this run | whole output |", "|---|---:|---:|",
             f"| articles | {run['articles']} | {total['articles']} |",
             f"| duplicates | {run['duplicates']} | {total['duplicates']} |",
             f"| rejected | {run['rejected']} | {total['rejected']} |",
             f"| quotes | {run['quotes']} | {total['quotes']} |",
             f"| inputs | {run['inputs']} | |",
             f"| outlets | | {total['outlets']} |",
             f"| dated articles | | {total['dated_share']:.0%} |",
             f"| runs | | {total['runs']} |", ""]
    if top_rejects:
        lines.append("Top reject reasons this run: " + ", ".join(f"`{r}` ({n})" for r, n in top_rejects[:5]))
        lines.append("")
    if link:
        lines.append(f"Report: [{link}]({link})")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- page

CSS = """
body{font-family:"Noto Naskh Arabic",Amiri,"DejaVu Sans",Tahoma,Arial,sans-serif;margin:0;background:#f6f6f4;color:#222}
header{background:#1f2d3d;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:26px} header .en{color:#c9d3dd}
main{padding:12px 28px 40px;max-width:1300px;margin:auto}
.en{font-family:"DejaVu Sans",Arial,sans-serif;font-size:13px;color:#666}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border-radius:8px;padding:10px 16px;min-width:120px;box-shadow:0 1px 3px #0001}
.card b{display:block;font-size:24px} .card span{font-size:13px;color:#555}
section.fig{background:#fff;border-radius:8px;margin:16px 0;padding:10px 16px;box-shadow:0 1px 3px #0001}
section.fig h2{font-size:18px;margin:4px 0} .chart{direction:ltr}
table{border-collapse:collapse;background:#fff} td,th{padding:4px 10px;border-bottom:1px solid #eee}
code{direction:ltr;unicode-bidi:embed}
"""


def _cards(items: list[tuple[str, str, Any]]) -> str:
    return "<div class=cards>" + "".join(
        f"<div class=card><b dir=ltr>{html.escape(str(v))}</b><span>{html.escape(ar)}</span> "
        f"<span class=en lang=en>{html.escape(en)}</span></div>" for ar, en, v in items) + "</div>"


def render_page(run_id: str, run: dict[str, Any], total: dict[str, Any], figs: list[Figure], plotly_js: str) -> str:
    import json

    config = {"displaylogo": False, "responsive": True, "displayModeBar": False}
    sections = []
    for f in figs:
        sections.append(
            f'<section class=fig id="sec-{f.id}"><h2>{html.escape(f.title)} '
            f'<span class=en lang=en dir=ltr>{html.escape(f.title_en)}</span></h2>'
            f'<div class=chart id="fig-{f.id}" data-figure="{f.id}"></div></section>')
    payload = json.dumps({f.id: f.spec for f in figs}, ensure_ascii=False, default=str).replace("</", "<\\/")
    when = run["finished_at"].strftime("%Y-%m-%d %H:%M UTC") if run["finished_at"] else "?"
    dates = (f"{total['first_date']} → {total['last_date']}" if total["first_date"] else "—")
    run_cards = _cards([
        ("مدخلات", "inputs", run["inputs"]), ("مقالات", "articles", run["articles"]),
        ("مكررات", "duplicates", run["duplicates"]), ("مرفوضات", "rejected", run["rejected"]),
        ("اقتباسات", "quotes", run["quotes"]), ("الحالة", "status", run["status"]),
        ("ثوانٍ", "stage seconds", run["stage_seconds"]),
    ])
    all_cards = _cards([
        ("مقالات", "articles", total["articles"]), ("أصلية", "canonical", total["canonical"]),
        ("مكررات", "duplicates", total["duplicates"]), ("منافذ", "outlets", total["outlets"]),
        ("مؤرخة", "dated", f"{total['dated_share']:.0%}"), ("اقتباسات", "quotes", total["quotes"]),
        ("من مسؤولين", "official quotes", total["official_quotes"]), ("مرفوضات", "rejected", total["rejected"]),
        ("تشغيلات", "runs", total["runs"]), ("نطاق التواريخ", "date range", dates),
    ])
    missing = "" if run["found"] else (
        f"<p>⚠ <span lang=en dir=ltr>run <code>{html.escape(run_id)}</code> has no rows in the runs table</span></p>")
    if run["status"] == "failed":
        missing += f"<p>⚠ <span lang=en dir=ltr>{html.escape(str(run['status_detail'] or 'failed')[:400])}</span></p>"
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsetl report">
<title>تقرير التشغيل {html.escape(run_id)}</title>
<style>{CSS}</style>
<script type="text/javascript">{plotly_js}</script>
</head>
<body>
<header><h1>تقرير تشغيل newsetl</h1>
<div class=en lang=en dir=ltr>Run <code>{html.escape(run_id)}</code>, finished {html.escape(when)}.
Counts stack this run (red) on earlier runs (grey).</div></header>
<main>
{missing}
<h2>هذا التشغيل <span class=en lang=en>this run</span></h2>
{run_cards}
<h2>كل المخرجات <span class=en lang=en>whole output</span></h2>
{all_cards}
{''.join(sections)}
</main>
<script type="text/javascript">
const CONFIG = {json.dumps(config)};
const FIGURES = {payload};
for (const [id, f] of Object.entries(FIGURES)) Plotly.newPlot("fig-" + id, f.data, f.layout, CONFIG);
</script>
</body>
</html>
"""


_PLOTLY_JS: str | None = None


def plotly_js() -> str:
    global _PLOTLY_JS
    if _PLOTLY_JS is None:
        from plotly.offline import get_plotlyjs

        _PLOTLY_JS = str(get_plotlyjs()).replace("</script", "<\\/script")
    return _PLOTLY_JS


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def prune(report_dir: Path, keep: int, current: Path) -> list[Path]:
    """Delete all but the ``keep`` newest run reports (each embeds plotly.js, about 5 MB); never ``current``."""
    reports = sorted((p for p in report_dir.glob("*.html") if p.name != "index.html" and p != current),
                     key=lambda p: (p.stat().st_mtime, p.name))
    gone = reports[: max(0, len(reports) - max(keep - 1, 0))]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def build_report(output_root: Path, run_id: str, keep: int | None = 30) -> ReportResult:
    """Write ``<output>/report/<run_id>.html`` and ``index.html`` (the latest). ``keep`` run reports are
    kept (None: all); an older one can be rebuilt any time by calling this again with its run id."""
    t0 = time.perf_counter()
    layout = Layout.at(output_root)
    con = connect(layout.root)
    try:
        run, total = headlines(con, run_id)
        figs = build_figures(con, run_id)
        rej = [(f"{s}:{r}", int(n)) for s, r, n in _rows(
            con, "SELECT stage, reason, count(*) FROM rejects WHERE run_id = $1 GROUP BY 1, 2 ORDER BY 3 DESC", [run_id])]
    finally:
        con.close()
    page = render_page(run_id, run, total, figs, plotly_js())
    path = layout.reports / f"{safe_component(run_id)}.html"
    index = layout.reports / "index.html"
    _write(path, page)
    _write(index, page)
    if keep is not None:
        prune(layout.reports, keep, path)
    md = markdown_summary(run_id, run, total, rej, link=path.as_uri())
    return ReportResult(path=path, index_path=index, markdown=md, figures=[f.id for f in figs],
                        seconds=time.perf_counter() - t0)
