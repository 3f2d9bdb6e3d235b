"""One declared pyarrow schema per output table: the single source of names, types and meanings.

Writers cast to these schemas (never infer), the GX suites import the column names from here,
``newsetl schema`` and ``docs/tables.md`` are generated from here, and every field description is
stored in the Parquet schema metadata so any reader can see it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


def _f(name: str, typ: pa.DataType, meaning: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, typ, nullable=nullable, metadata={"description": meaning})


TS = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class TableSpec:
    name: str
    grain: str
    key: tuple[str, ...]
    schema: pa.Schema
    partition: str  # hive partition column derived at write time (not stored in the files)
    partition_meaning: str
    sort_by: tuple[str, ...]

    @property
    def columns(self) -> list[str]:
        return list(self.schema.names)


ARTICLES = TableSpec(
    name="articles",
    grain="one row per distinct input article (canonical copies and duplicates alike)",
    key=("article_id",),
    partition="published_month",
    partition_meaning="YYYY-MM of published_date, or 'unknown' when the date is not known",
    sort_by=("published_date", "outlet", "article_id"),
    schema=pa.schema(
        [
            _f("article_id", pa.string(), "stable id: from the canonical URL, or from the cleaned content when there is no URL", False),
            _f("url", pa.string(), "canonical URL (canonical link, og:url or the fetched URL), null when unknown"),
            _f("source", pa.string(), "where the input came from: file path relative to the input root, URL, or file#record", False),
            _f("outlet", pa.string(), "the news organisation that published it, normalised (Arabic name from the outlet registry)"),
            _f("site_name", pa.string(), "the site that served the page (an aggregator can differ from the outlet)"),
            _f("title", pa.string(), "headline, without site-name prefixes or suffixes", False),
            _f("text", pa.string(), "clean body: paragraphs separated by newlines, no page chrome, read-also, related lists, bylines, datelines or credits", False),
            _f("published_at", TS, "publication instant in UTC when a time is known"),
            _f("published_date", pa.date32(), "calendar date of publication in the outlet's local time; null when not known"),
            _f("date_source", pa.string(), "where the date came from: meta, jsonld, time, url, text, hijri"),
            _f("duplicate_of", pa.string(), "article_id of the canonical copy when this article is an exact or near duplicate; null for canonical articles"),
            _f("similarity", pa.float64(), "Jaccard similarity of word 3-gram shingle sets to the matched copy (1.0 for exact copies); links are decided on containment, so a short copy inside a longer article can score low; null for canonical articles"),
            _f("author", pa.string(), "byline author when the page names one"),
            _f("dateline", pa.string(), "dateline city (e.g. دمشق) when the article opens with one"),
            _f("agency", pa.string(), "news agency credited (e.g. رويترز, وكالات)"),
            _f("language", pa.string(), "ISO 639-1 language of the text (always ar for published articles)", False),
            _f("word_count", pa.int32(), "number of words in text", False),
            _f("quote_count", pa.int32(), "number of rows this article has in quotes", False),
            _f("content_hash", pa.string(), "sha1 of the Arabic-normalised text, the exact-duplicate key", False),
            _f("fetched_at", TS, "when the page was fetched, when the input says"),
            _f("published_date_str", pa.string(), "published_date as YYYY-MM-DD text, for readers that mishandle date types"),
            _f("run_id", pa.string(), "the run that wrote the row", False),
        ]
    ),
)

QUOTES = TableSpec(
    name="quotes",
    grain="one row per quoted statement",
    key=("quote_id",),
    partition="run_date",
    partition_meaning="UTC date (YYYY-MM-DD) of the run that wrote the rows",
    sort_by=("article_id", "start"),
    schema=pa.schema(
        [
            _f("quote_id", pa.string(), "stable id of the statement: article_id and its position", False),
            _f("article_id", pa.string(), "the article it appears in", False),
            _f("speaker", pa.string(), "who spoke, as the article names them (a name, or a descriptor for an unnamed official)", False),
            _f("speaker_title", pa.string(), "role as given in the article (e.g. وزير الخارجية الأمريكي)"),
            _f("speaker_org", pa.string(), "organisation or government the speaker represents"),
            _f("speaker_kind", pa.string(), "named, anonymous, role (named only by role) or institution", False),
            _f("is_official", pa.bool_(), "the speaker holds or speaks for a public office", False),
            _f("official_id", pa.string(), "id in the officials registry when the speaker is a known official"),
            _f("quote", pa.string(), "what was said: the quoted words, or the reported content", False),
            _f("quote_type", pa.string(), "direct (in quotation marks) or indirect (reported speech)", False),
            _f("start", pa.int32(), "character offset of the statement in articles.text"),
            _f("end", pa.int32(), "character offset just after the statement in articles.text"),
            _f("verb", pa.string(), "the speech verb that introduced the statement, when there is one"),
            _f("run_id", pa.string(), "the run that wrote the row", False),
        ]
    ),
)

REJECTS = TableSpec(
    name="rejects",
    grain="one row per input not published as an article",
    key=("source", "run_id"),
    partition="run_date",
    partition_meaning="UTC date (YYYY-MM-DD) of the run that wrote the rows",
    sort_by=("stage", "reason", "source"),
    schema=pa.schema(
        [
            _f("source", pa.string(), "as in articles.source", False),
            _f("stage", pa.string(), "the stage that rejected it: read, parse, clean, dedup, validate", False),
            _f("reason", pa.string(), "stable machine-readable code (not_arabic, empty_after_cleaning, already_ingested, ...)", False),
            _f("detail", pa.string(), "human-readable detail"),
            _f("url", pa.string(), "URL of the input when known"),
            _f("article_id", pa.string(), "the article it was identified with, when one (already_ingested, duplicate_url)"),
            _f("run_id", pa.string(), "the run", False),
        ]
    ),
)

RUNS = TableSpec(
    name="runs",
    grain="one row per run and counter (stage/reason counts, timings)",
    key=("run_id", "metric"),
    partition="run_date",
    partition_meaning="UTC date (YYYY-MM-DD) of the run",
    sort_by=("run_id", "metric"),
    schema=pa.schema(
        [
            _f("run_id", pa.string(), "the run", False),
            _f("started_at", TS, "when the run started", False),
            _f("finished_at", TS, "when the run committed its rows", False),
            _f("metric", pa.string(), "what is counted: inputs, articles, duplicates, rejected, quotes, reject:<stage>:<reason>, seconds:<stage>, status", False),
            _f("value", pa.float64(), "the count, or seconds for timings", False),
            _f("detail", pa.string(), "extra text (status, validation summary, command line)"),
        ]
    ),
)

TABLES: dict[str, TableSpec] = {t.name: t for t in (ARTICLES, QUOTES, REJECTS, RUNS)}


def with_descriptions(spec: TableSpec) -> pa.Schema:
    """The schema with table-level metadata (grain, key) added for Parquet files."""
    meta = {b"table": spec.name.encode(), b"grain": spec.grain.encode(), b"key": ",".join(spec.key).encode()}
    return spec.schema.with_metadata(meta)


def describe() -> str:
    """Markdown data dictionary of every table, generated from the declarations above."""
    out = ["# Tables", "", "Generated by `newsetl schema --markdown` from `newsetl/schemas.py`; do not edit by hand.", ""]
    for spec in TABLES.values():
        out += [f"## `{spec.name}/`", "", f"Grain: {spec.grain}. Key: `{', '.join(spec.key)}`.",
                f"Partitioned (hive) by `{spec.partition}`: {spec.partition_meaning}.", "",
                "| column | type | nullable | meaning |", "|---|---|---|---|"]
        for f in spec.schema:
            desc = (f.metadata or {}).get(b"description", b"").decode()
            out.append(f"| `{f.name}` | {f.type} | {'yes' if f.nullable else 'no'} | {desc} |")
        out.append("")
    return "\n".join(out)
