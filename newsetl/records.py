"""Frozen records that travel between stages. Plain values: picklable, no behaviour beyond helpers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Literal

InputKind = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page as read from an input, decoded to text, before any extraction."""

    source: str  # relative file path, URL, "file.jsonl#L12" or "file.warc.gz#<record-id>"
    kind: InputKind  # "html" (markup) or "text" (visible text, one block per line)
    content: str
    url: str | None = None
    fetched_at: datetime | None = None
    input_key: str = ""  # identity of the input for the ingest ledger (source + content digest)
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that does not become an article, with the stage and a stable reason code."""

    source: str
    stage: str
    reason: str
    detail: str | None = None
    input_key: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a page gives before metadata: headline, clean body paragraphs and raw signals.

    ``signals`` carries what the page says about itself for the date and outlet extractors:
    ``raw_title`` (the <title> or first title line with its site-name affixes), ``site_name``,
    ``publisher``, ``meta_dates`` (list of (source, value) pairs from metadata), ``header_lines``
    (lines between the top of the page and the body), ``credit_lines`` (credit/dateline lines removed
    from the body), ``title_affixes`` (site-name parts cut off the title), ``top_lines`` (the site's top
    bar: never a publication date), ``dateline`` (city), ``agency``, ``author``, ``lang`` (declared
    language), ``canonical_url``.
    """

    title: str
    paragraphs: tuple[str, ...]
    dropped: tuple[tuple[str, str], ...] = ()  # (line, reason) removed by cleaning
    signals: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted statement, attributed to a speaker, with offsets into the article text."""

    speaker: str
    speaker_title: str | None
    speaker_org: str | None
    speaker_kind: str  # named | anonymous | role | institution
    is_official: bool
    quote: str
    quote_type: str  # direct | indirect
    start: int = -1
    end: int = -1
    official_id: str | None = None
    verb: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A processed article, before dedup decides whether it is canonical."""

    article_id: str
    url: str | None
    source: str
    outlet: str | None
    site_name: str | None
    title: str
    text: str
    published_at: datetime | None
    published_date: date | None
    date_source: str | None
    content_hash: str
    input_key: str
    fetched_at: datetime | None = None
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None
    language: str = "ar"
    word_count: int = 0
    quotes: tuple[Quote, ...] = ()
    duplicate_of: str | None = None
    similarity: float | None = None
    url_key: str | None = None

    def with_dedup(self, duplicate_of: str | None, similarity: float | None) -> Article:
        return replace(self, duplicate_of=duplicate_of, similarity=similarity)

