"""An analyst's first look at a newsetl output, with nothing but pandas, DuckDB and Plotly.

    python examples/analyst.py [OUTPUT_DIR] [--out DIR]

OUTPUT_DIR defaults to data/output. Loads the tables (no newsetl import: they are plain hive-partitioned
Parquet datasets), prints a few answers, and writes two charts to --out (default: OUTPUT_DIR/analysis):
``articles_per_outlet_week.html`` and ``top_officials.html``, sharing one local ``plotly.min.js`` so
they open offline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb
import pandas as pd
import plotly.express as px


def load(output: Path, table: str) -> pd.DataFrame:
    """A table as a DataFrame (empty when the table has no file yet); partitions become columns."""
    if not any((output / table).glob("*/*.parquet")):
        return pd.DataFrame()
    return pd.read_parquet(output / table)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", nargs="?", default="data/output", help="a newsetl output directory")
    ap.add_argument("--out", help="where to write the charts (default: OUTPUT/analysis)")
    args = ap.parse_args(argv)
    output = Path(args.output)
    if not (output / "articles").is_dir():
        print(f"analyst: no articles table under {output}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else output / "analysis"
    out.mkdir(parents=True, exist_ok=True)

    # --- pandas: the articles table, text included
    articles = load(output, "articles")
    quotes = load(output, "quotes")
    canonical = articles[articles["duplicate_of"].isna()]
    print(f"articles: {len(articles)} ({len(canonical)} canonical, {len(articles) - len(canonical)} duplicates) "
          f"from {articles['outlet'].nunique()} outlets")
    dated = articles["published_date"].notna()
    if dated.any():
        print(f"dated: {dated.mean():.0%}, from {articles.loc[dated, 'published_date'].min()} "
              f"to {articles.loc[dated, 'published_date'].max()}")
    print("top outlets:", ", ".join(f"{k} ({v})" for k, v in articles["outlet"].value_counts().head(5).items()))
    print(f"median article length: {int(articles['word_count'].median())} words")

    # --- DuckDB: SQL straight over the files (hive partitions as columns)
    a_glob, q_glob = str(output / "articles" / "*" / "*.parquet"), str(output / "quotes" / "*" / "*.parquet")
    con = duckdb.connect()
    con.execute(f"CREATE VIEW articles AS SELECT * FROM read_parquet('{a_glob}', hive_partitioning = true)")
    weekly = con.execute("""
        SELECT date_trunc('week', published_date) AS week, coalesce(outlet, '(unknown)') AS outlet, count(*) AS articles
        FROM articles WHERE published_date IS NOT NULL GROUP BY ALL ORDER BY week, outlet""").df()
    wire = con.execute("""
        SELECT coalesce(duplicate_of, article_id) AS story, count(*) AS copies,
               string_agg(DISTINCT outlet, ', ') AS outlets, max(title) FILTER (WHERE duplicate_of IS NULL) AS title
        FROM articles GROUP BY 1 HAVING count(*) > 1 ORDER BY copies DESC LIMIT 1""").fetchall()
    if wire:
        story, copies, outlets, title = wire[0]
        print(f"most republished story: «{title}» ({copies} copies: {outlets})")

    officials = pd.DataFrame(columns=["speaker", "quotes", "articles"])
    if not quotes.empty:
        con.execute(f"CREATE VIEW quotes AS SELECT * FROM read_parquet('{q_glob}', hive_partitioning = true)")
        officials = con.execute("""
            SELECT speaker, count(*) AS quotes, count(DISTINCT article_id) AS articles
            FROM quotes WHERE is_official GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT 15""").df()
        print(f"quotes: {len(quotes)} ({quotes['is_official'].mean():.0%} by officials, "
              f"{(quotes['quote_type'] == 'direct').mean():.0%} direct)")
        if len(officials):
            top = officials.iloc[0]
            print(f"most quoted official: {top['speaker']} ({top['quotes']} quotes in {top['articles']} articles)")

    # --- two charts, written offline-ready (one shared plotly.min.js next to them)
    fig1 = px.bar(weekly, x="week", y="articles", color="outlet", title="Articles per outlet per week")
    fig1.update_layout(legend_title_text="", font_family="DejaVu Sans, Tahoma, sans-serif")
    fig2 = px.bar(officials.iloc[::-1], x="quotes", y="speaker", orientation="h", title="Most quoted officials")
    fig2.update_layout(yaxis_side="right", xaxis_autorange="reversed", font_family="DejaVu Sans, Tahoma, sans-serif")
    for name, fig in (("articles_per_outlet_week.html", fig1), ("top_officials.html", fig2)):
        fig.write_html(out / name, include_plotlyjs="directory", full_html=True)
        print(f"chart: {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
