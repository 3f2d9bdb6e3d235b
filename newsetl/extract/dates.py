"""Publication dates: from HTML metadata, the URL, then text near the headline.

Returns the outlet-local calendar date and, when a time is known, the UTC instant, with the source
(``jsonld``, ``meta``, ``time``, ``url``, ``text`` or ``hijri``).

The Arabic layer reads day-month-year dates with the month names of the three Arabic systems
(Syriac/Levantine, Egyptian/Gulf, Maghrebi, and English) from ``lexicons/months.json``, paired months
("24 نيسان / أبريل 2020"), Arabic-Indic and Persian digits, numeric dates (``2021.02.18``,
``18/02/2021``, ``26 . 01 . 2017``), a time with "بتوقيت <city>" or GMT, weekday + day + month
without a year (the year is inferred from the weekday and the fetch date), and Hijri dates.

A text date is taken only where it describes the page: a date line near the headline, a dateline
prefix of the first paragraph, a date after a publication cue ("تاريخ النشر"), or "اليوم <weekday>
<date>" in the lead. Dates in the body (events the article mentions), "last updated" clocks and
related lists are never taken. When unsure, the result is null: a wrong date is worse than none.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsetl import lexicons
from newsetl.text.normalise import for_matching


@dataclass(frozen=True)
class DateResult:
    published_at: datetime | None
    published_date: date | None
    source: str | None


NONE = DateResult(None, None, None)
EARLIEST = date(1995, 1, 1)
META_RANK = {"jsonld": 0, "meta": 1, "time": 2}


# ---------------------------------------------------------------- lexicon-driven patterns


def _alt(names: list[str]) -> str:
    uniq = sorted({for_matching(n) for n in names if n.strip()}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in uniq)


@dataclass(frozen=True)
class _Patterns:
    month_of: dict[str, int]
    hijri_of: dict[str, int]
    weekday_of: dict[str, int]
    named: re.Pattern[str]
    english: re.Pattern[str]
    ymd: re.Pattern[str]
    dmy: re.Pattern[str]
    hijri: re.Pattern[str]
    time: re.Pattern[str]
    zone: re.Pattern[str]
    published: re.Pattern[str]
    updated: re.Pattern[str]
    today_weekday: re.Pattern[str]
    year: re.Pattern[str]
    places: dict[str, str]
    am: frozenset[str]
    pm: frozenset[str]


def _index(groups: Mapping[str, list[str]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for num, names in groups.items():
        for n in names:
            out[re.sub(r"\s+", " ", for_matching(n))] = int(num)
    return out


@cache
def patterns() -> _Patterns:
    lex = lexicons.load("months.json")
    places_lex = lexicons.load("places.json")["places"]
    greg = lex["gregorian"]
    english = {k: [n for n in v if n.isascii()] for k, v in greg.items()}
    wd = _alt([n for v in lex["weekdays"].values() for n in v])
    mon = _alt([n for v in greg.values() for n in v])
    hij = _alt([n for v in lex["hijri"].values() for n in v])
    cues = lex["cues"]
    b, e = r"(?<!\w)", r"(?!\w)"
    weekday = rf"(?:(?P<wd>{b}(?:{wd}){e})\s*[,،\-–]?\s*(?:الموافق\s*)?)?"
    named = re.compile(
        weekday + rf"(?<!\d)(?P<d>\d{{1,2}})(?!\d)\s*(?:من\s+)?(?:شهر\s+)?(?P<m>{b}(?:{mon}){e})"
        rf"(?:\s*[/\-(|]\s*(?P<m2>{b}(?:{mon}){e})\s*\)?)?"
        r"(?:\s*[,،\-]?\s*(?P<y>(?:19|20)\d\d)(?!\d))?")
    en = _alt([n for v in english.values() for n in v])
    english_pat = re.compile(weekday + rf"(?P<m>{b}(?:{en}){e})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                             r"(?P<y>(?:19|20)\d\d)(?!\d)")
    sep = r"\s*(?P<sep>[-/.])\s*"
    ymd = re.compile(weekday + r"(?<![\d.])(?P<y>(?:19|20)\d\d)" + sep + r"(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?![\d])")
    dmy = re.compile(weekday + r"(?<![\d.])(?P<d>\d{1,2})" + sep + r"(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?![\d])")
    hijri = re.compile(weekday + rf"(?<!\d)(?P<d>\d{{1,2}})(?!\d)\s*(?:من\s+)?(?P<m>{b}(?:{hij}){e})\s*[,،]?\s*"
                       r"(?P<y>1[34]\d\d)(?!\d)")
    am = frozenset(for_matching(x) for x in cues["am"])
    pm = frozenset(for_matching(x) for x in cues["pm"])
    ampm = _alt(list(cues["am"]) + list(cues["pm"]))
    time_pat = re.compile(rf"(?<![\d:])(?P<h>\d{{1,2}})\s*:\s*(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])"
                          rf"(?:\s*(?P<ap>{b}(?:{ampm})(?!\w)))?")
    places = {re.sub(r"\s+", " ", for_matching(k)): v["tz"] for k, v in places_lex.items()}
    zone = re.compile(rf"(?:بتوقيت|توقيت|(?<!\w)(?=gmt|utc))\s*(?P<city>{_alt(list(places_lex))})?"
                      r"\s*(?P<off>[+-]\s*\d{1,2}(?::?\d\d)?)?")
    published = re.compile(rf"(?:{b}(?:{_alt(cues['published'])}){e})\s*(?:في|بتاريخ|on)?\s*[:：\-]?\s*$")
    updated = re.compile(rf"(?:{b}(?:{_alt(cues['updated'])}){e})")
    today = _alt(cues["today"])
    today_weekday = re.compile(rf"{b}(?:{today})\s*[(\[]?\s*(?:{wd}){e}")
    return _Patterns(
        month_of=_index({k: v for k, v in greg.items()}), hijri_of=_index(lex["hijri"]),
        weekday_of=_index(lex["weekdays"]), named=named, english=english_pat, ymd=ymd, dmy=dmy, hijri=hijri,
        time=time_pat, zone=zone, published=published, updated=updated, today_weekday=today_weekday,
        year=re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"), places=places, am=am, pm=pm)


# ---------------------------------------------------------------- text dates


@dataclass(frozen=True)
class TextDate:
    """One date found in a string (positions refer to the for_matching form of the string)."""

    day: date
    start: int
    end: int
    has_year: bool
    calendar: str  # "gregorian" | "hijri"
    clock: time | None = None
    zone: str | None = None  # IANA zone named next to the time ("بتوقيت مكة", GMT)


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _infer_year(month: int, day: int, weekday: int, ref: date) -> date | None:
    """The most recent date on or before ``ref`` (within seven years) with this day, month and weekday."""
    for y in range(ref.year, ref.year - 8, -1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= ref + timedelta(days=1) and d.weekday() == weekday:
            return d
    return None


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Tabular (arithmetical) Islamic calendar; may differ by a day from a sighting-based calendar."""
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return date.fromordinal(date(622, 7, 19).toordinal() + days - 1)


def _clock(s: str, start: int, end: int) -> tuple[time | None, str | None]:
    """A time of day within a short window around a date, and a zone named next to it."""
    p = patterns()
    lo, hi = max(0, start - 30), min(len(s), end + 30)
    window = s[lo:hi]
    best = None
    for m in p.time.finditer(window):
        dist = min(abs(lo + m.start() - end), abs(lo + m.end() - start))
        if best is None or dist < best[0]:
            best = (dist, m)
    if best is None:
        return None, None
    m = best[1]
    h, mi, sec = int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)
    ap = for_matching(m.group("ap") or "")
    if ap in p.pm and h < 12:
        h += 12
    elif ap in p.am and h == 12:
        h = 0
    if h > 23:
        return None, None
    zone = None
    a, b = min(start, lo + m.start()), max(end, lo + m.end())
    z = p.zone.search(s, b, min(len(s), b + 25)) or p.zone.search(s, a, b)
    if z is not None and (z.group("city") or z.group("off") or "gmt" in z.group(0) or "utc" in z.group(0)):
        zone = _zone_of(z.group("city"), z.group("off"))
    return time(h, mi, sec), zone


def _zone_of(city: str | None, off: str | None) -> str | None:
    if off:
        o = off.replace(" ", "").replace(":", "")
        sign = -1 if o[0] == "-" else 1
        hours = int(o[1:3] if len(o) > 3 else o[1:])
        if hours > 14:
            return None
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"
    if city:
        return patterns().places.get(_key(city))
    return "UTC"


def find_dates(text: str, ref: date | None = None) -> list[TextDate]:
    """Every date written in ``text`` (normalised for matching first), in order of position.

    Dates without a year are kept only with a weekday that fixes the year against ``ref``."""
    p = patterns()
    s = for_matching(text)
    found: list[TextDate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for kind, pat in (("named", p.named), ("english", p.english), ("hijri", p.hijri), ("ymd", p.ymd), ("dmy", p.dmy)):
        for m in pat.finditer(s):
            if not free(m.start(), m.end()):
                continue
            wd = p.weekday_of.get(_key(m.group("wd"))) if m.group("wd") else None
            d = _build(kind, m, wd, ref)
            if d is None:
                continue
            start = m.start("wd") if m.group("wd") else m.start()
            clock, zone = _clock(s, start, m.end())
            found.append(TextDate(d, start, m.end(), bool(m.group("y")), "hijri" if kind == "hijri" else "gregorian",
                                  clock, zone))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda x: x.start)


def _build(kind: str, m: re.Match[str], wd: int | None, ref: date | None) -> date | None:
    p = patterns()
    day = int(m.group("d"))
    try:
        if kind in ("named", "english"):
            month = p.month_of[_key(m.group("m"))]
            if m.groupdict().get("m2") and p.month_of.get(_key(m.group("m2"))) != month:
                return None
            if not m.group("y"):
                return _infer_year(month, day, wd, ref) if wd is not None and ref is not None else None
            d = date(int(m.group("y")), month, day)
        elif kind == "hijri":
            d = hijri_to_gregorian(int(m.group("y")), p.hijri_of[_key(m.group("m"))], day)
            return d  # weekday checks are unreliable by a day on the tabular calendar
        else:
            a, b, y = int(m.group("m")), day, int(m.group("y"))
            if kind == "dmy" and a > 12 >= b:  # 02/18/2021: month first
                a, b = b, a
            d = date(y, a, b)
    except (ValueError, KeyError):
        return None
    if wd is not None and d.weekday() != wd:
        return None  # the weekday contradicts the date: not trusted
    return d


# ---------------------------------------------------------------- which text dates describe the page


_WORDS = re.compile(r"\w+")


def _is_date_line(s: str, d: TextDate) -> bool:
    """Little else on the line than the date, a time, a weekday and a few label words."""
    rest = s[:d.start] + " " + s[d.end:]
    rest = patterns().time.sub(" ", rest)
    return len(_WORDS.findall(rest)) <= 6


# what may stand between a Hijri date and its Gregorian twin: era letters, separators, "الموافق"
_TWIN_GAP = re.compile(r"^[\s\-–—|/،,:()]*(?:ه|هـ)?[\s\-–—|/،,:()]*(?:(?:و\s*)?(?:الموافق|موافق)\s*(?:ل\s*)?)?[\s\-–—|/،,:()]*$")
TWIN_MAX_DAYS = 2


def _twin(dates: Sequence[TextDate], s: str, found: TextDate) -> TextDate | None | bool:
    """The date of the other calendar written next to ``found`` ("12 رجب 1446هـ - الموافق 12 يناير 2025م",
    or the other way round): the same day. False when the two contradict each other (more than two days
    apart; the tabular Hijri conversion may be a day or two off a sighted calendar): then neither is trusted."""
    for other in dates:
        if other.calendar == found.calendar or not other.has_year:
            continue
        gap = s[found.end:other.start] if other.start >= found.end else s[other.end:found.start]
        if not _TWIN_GAP.match(gap):
            continue
        return other if abs((other.day - found.day).days) <= TWIN_MAX_DAYS else False
    return None


def _page_date(line: str, ref: date | None, lead: bool) -> TextDate | None:
    """The date of the page in one line near the headline, when the line says so; else None.

    ``lead``: the line is the start of the body, where "اليوم <weekday> <date>" and a dateline prefix count.
    A Hijri date that qualifies gives its Gregorian twin when the line writes one next to it."""
    s = for_matching(line)
    dates = find_dates(line, ref)
    found = _qualifying_date(s, dates, lead)
    if found is None:
        return None
    twin = _twin(dates, s, found)
    if twin is False:
        return None
    if found.calendar == "hijri" and isinstance(twin, TextDate):
        return twin
    return found


def _qualifying_date(s: str, dates: Sequence[TextDate], lead: bool) -> TextDate | None:
    p = patterns()
    for d in sorted(dates, key=lambda x: x.calendar == "hijri"):
        before = s[max(0, d.start - 40):d.start]
        if p.updated.search(before[-25:]):
            continue
        if p.published.search(before):
            return d
        if _is_date_line(s, d) and d.has_year:
            return d
        if lead and p.today_weekday.search(s[max(0, d.start - 12):d.start + 12]):
            return d  # "اليوم الجمعة 5 أيار": today, in the lead
        if lead and d.has_year and len(_WORDS.findall(s[:d.start])) <= 4 and re.match(r"\s*[-–—:|/]", s[d.end:]):
            return d  # dateline prefix: "المدينة / الخميس 26 . 01 . 2017 — ..."
        if _is_date_line(s, d) and not d.has_year:
            return d
    return None


def text_date(header_lines: Sequence[str], lines: Sequence[str], ref: date | None,
              credit_lines: Sequence[str] = ()) -> TextDate | None:
    """The page's date from the lines near the headline: header lines (the one nearest the body wins),
    then the first lines of the body, then credit lines that are date lines."""
    for line in reversed([x for x in header_lines if isinstance(x, str)]):
        d = _page_date(line, ref, lead=True)
        if d is not None:
            return d
    for i, line in enumerate(lines[:3]):
        d = _page_date(line, ref, lead=i < 2)
        if d is not None:
            return d
    for line in credit_lines:
        s = for_matching(line)
        for d in find_dates(line, ref):
            if _is_date_line(s, d) and d.has_year:
                return d
    return None


# ---------------------------------------------------------------- metadata and URL


def _tz(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _local(dt: datetime, tz: ZoneInfo | None) -> tuple[datetime, date]:
    return dt.astimezone(UTC), (dt.astimezone(tz) if tz else dt).date()


def from_meta(value: str, tz: ZoneInfo | None) -> tuple[datetime | None, date | None]:
    """An ISO 8601 (or RFC 2822) metadata value: (UTC instant when a time and zone are known, local date)."""
    v = value.strip()
    if not v:
        return None, None
    iso = v.replace("Z", "+00:00").replace("z", "+00:00")
    iso = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", iso)
    iso = re.sub(r"(\.\d{6})\d+", r"\1", iso)
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        try:
            dt = parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError):
            m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", v)
            if m:
                try:
                    return None, date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    return None, None
            found = find_dates(v)
            return (None, found[0].day) if found and found[0].has_year else (None, None)
    if dt.tzinfo is None:
        if len(iso) <= 10 or tz is None:
            return None, dt.date()
        dt = dt.replace(tzinfo=tz)
    return _local(dt, tz)


_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)[/_-](?:[a-z_]+/)?(\d{1,2})[/_-](\d{1,2})(?=/|$|[^\d])", re.I)
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:\d*)")
_URL_SEGMENT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=/|$|\.|-)")


def from_url(url: str | None) -> date | None:
    """A date in the URL path: /2024/5/20/, /2013/middle_east/8/3/, 2020-06-03-1.38, /20200317/, 202003171044..."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = unquote(parts.path)
    for pat in (_URL_DATE, _URL_SEGMENT, _URL_COMPACT):
        m = pat.search(path)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


# ---------------------------------------------------------------- the entry point


def _plausible(d: date | None, ref: date) -> bool:
    return d is not None and EARLIEST <= d <= ref + timedelta(days=1)


def _years_after(lines: Sequence[str], d: date, ref: date) -> bool:
    """The body names a year later than ``d`` (and not in the future): an inferred year is then wrong."""
    p = patterns()
    for line in lines:
        for m in p.year.finditer(for_matching(line)):
            if d.year < int(m.group(0)) <= ref.year:
                return True
    return False


def extract_date(signals: Mapping[str, Any], url: str | None, lines: Sequence[str] = (),
                 fetched_at: datetime | None = None, timezone: str | None = None, *,
                 title: str = "", dropped: Sequence[tuple[str, str]] = ()) -> DateResult:
    """The publication date of one page. Order: JSON-LD, meta tags, <time> elements, the URL, text near the
    headline (header lines, the lead, credit lines), then a Hijri date there. ``dropped`` (cleaned-away lines
    with their reasons) adds the short lines before the body when the cleaner gives no ``header_lines``."""
    tz = _tz(timezone)
    ref = (fetched_at.astimezone(UTC) if fetched_at and fetched_at.tzinfo else fetched_at or datetime.now(UTC)).date()
    url_day = from_url(url)
    if not _plausible(url_day, ref):
        url_day = None

    metas = [(str(src), str(val)) for src, val in (signals.get("meta_dates") or []) if val]
    metas.sort(key=lambda x: META_RANK.get(x[0], 3))
    for src, value in metas:
        at, d = from_meta(value, tz)
        if not _plausible(d, ref):
            continue
        if src == "time" and url_day is not None and d is not None and abs((d - url_day).days) > 1:
            break  # a <time> element that disagrees with the URL may belong to something else
        return DateResult(at, d, src if src in META_RANK else "meta")
    if url_day is not None:
        return DateResult(None, url_day, "url")

    header = [x for x in (signals.get("header_lines") or []) if isinstance(x, str)]
    if "header_lines" not in signals:  # an extractor that gives no header: the short lines it removed first
        header += [x for x in _pre_body(dropped) if x not in header]
    if isinstance(signals.get("dateline"), str):
        header.append(signals["dateline"])
    credits = [x for x in (signals.get("credit_lines") or []) if isinstance(x, str)]
    found = text_date(header, list(lines), ref, credits)
    if found is None or not _plausible(found.day, ref):
        return NONE
    if not found.has_year and _years_after(lines, found.day, ref):
        return NONE
    return _with_clock(found, tz)


_STOP_REASONS = frozenset({"after_body", "section_header", "read_also", "related", "trailing_related"})
_TOP_REASONS = frozenset({"before_title", "ticker", "caption"})


def _pre_body(dropped: Sequence[tuple[str, str]]) -> list[str]:
    """Short removed lines between the headline and the body. Lines above the headline (the site's top
    bar, whose date is the day of the visit) are left out: a repeat of the headline starts the list over."""
    out: list[str] = []
    for line, reason in dropped:
        if reason in _STOP_REASONS:
            break
        if reason == "title_repeat":
            out.clear()
            continue
        if reason in _TOP_REASONS:
            continue
        if isinstance(line, str) and len(line.split()) <= 14:
            out.append(line)
    return out


def _with_clock(found: TextDate, outlet_tz: ZoneInfo | None) -> DateResult:
    source = "hijri" if found.calendar == "hijri" else "text"
    if found.clock is None or found.calendar == "hijri":
        return DateResult(None, found.day, source)
    zone = _tz(found.zone) or outlet_tz
    if zone is None:
        return DateResult(None, found.day, source)
    at, local = _local(datetime.combine(found.day, found.clock, tzinfo=zone), outlet_tz or zone)
    return DateResult(at, local, source)
