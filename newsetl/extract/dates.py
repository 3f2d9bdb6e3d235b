"""Publication dates: from HTML metadata, the URL, then text near the headline.

Returns the outlet-local calendar date and, when a time is known, the UTC instant, with the source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class DateResult:
    published_at: datetime | None
    published_date: date | None
    source: str | None


NONE = DateResult(None, None, None)
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](?:[a-z_]+/)?(\d{1,2})[/-](\d{1,2})(?:/|$|[^\d])")


def _plausible(d: date, fetched_at: datetime | None) -> bool:
    upper = (fetched_at or datetime.now(UTC)).date()
    return date(1995, 1, 1) <= d <= upper


def from_meta(value: str, tz: ZoneInfo) -> tuple[datetime | None, date | None]:
    v = value.strip().replace("Z", "+00:00")
    v = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", v)
    try:
        dt = datetime.fromisoformat(v)
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", v)
        return (None, date(int(m.group(1)), int(m.group(2)), int(m.group(3)))) if m else (None, None)
    if dt.tzinfo is None:
        if len(v) <= 10:
            return None, dt.date()
        dt = dt.replace(tzinfo=tz)
    return dt.astimezone(UTC), dt.astimezone(tz).date()


def from_url(url: str | None) -> date | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def extract_date(signals: Mapping[str, Any], url: str | None, lines: Sequence[str] = (),
                 fetched_at: datetime | None = None, timezone: str | None = None) -> DateResult:
    tz = ZoneInfo(timezone or "UTC")
    for source, value in signals.get("meta_dates", []):
        at, d = from_meta(str(value), tz)
        if d and _plausible(d, fetched_at):
            return DateResult(at, d, source)
    d = from_url(url)
    if d and _plausible(d, fetched_at):
        return DateResult(None, d, "url")
    return NONE
