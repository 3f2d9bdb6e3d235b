"""newsetl: raw Arabic news pages in, clean deduplicated annotated Parquet tables out.

This package is the pure domain core: values in, values out. It never imports prefect or
great_expectations (a test walks the imports to enforce it). Sub-packages:

- ``records``: frozen dataclasses for in-flight records (RawPage, Extraction, Article, Quote, Rejection)
- ``schemas``: one pyarrow schema per table, the single source of column names, types and meanings
- ``readers``: one reader per input kind, each yielding RawPage or Rejection
- ``text``: Arabic normalisation, language identification, boilerplate rules
- ``extract``: HTML and text-dump extraction, dates, outlets, quotes
- ``dedup``: fingerprints and the persistent near-duplicate index
- ``io``: output layout, schema-enforced atomic Parquet writes, run state
- ``pipeline``: the per-page processing chain that composes the above
"""

__version__ = "0.1.0"
