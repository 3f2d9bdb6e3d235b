"""Outlet and site name, plus the byline, dateline city and agency credit.

The outlet is the news organisation that published the article, normalised to its Arabic name through
the registry ``lexicons/outlets.json``. Evidence, strongest first:

1. credits written in the page: a standalone credit line ("بلدي نيوز", "ليفانت-وكالات"), a dateline
   prefix of the lead ("سوريا - الكوثر:", "صدى نيوز - ", "المدينة / ..."), a translation credit
   ("وترجمه موقع ...");
2. the site's own metadata: og:site_name, JSON-LD publisher, the site-name affix of the <title>;
3. the domain, through the registry.

An aggregator (registry flag ``aggregator``) is the site, never the outlet: its pages get the outlet the
page names, or null. Names that are also common words (flag ``ambiguous``: "اليوم", "البيان") are taken
only as a whole credit, never inside a sentence. Place names and agency credits are never outlets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import unquote, urlsplit

from newsetl import lexicons
from newsetl.text.boilerplate import is_ticker_label
from newsetl.text.normalise import clean_line, for_matching


@dataclass(frozen=True)
class OutletResult:
    outlet: str | None
    site_name: str | None
    timezone: str | None = None
    country: str | None = None
    source: str | None = None  # where the outlet came from: credit, site_name, title, domain
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None


# ---------------------------------------------------------------- lexicons


def _k(s: str) -> str:
    """Matching key: for_matching, punctuation to spaces, and no leading 'www.'."""
    s = for_matching(s).removeprefix("www.")
    return re.sub(r"[^\w.+]+", " ", s).strip()


@dataclass(frozen=True)
class _Registry:
    by_domain: dict[str, dict[str, Any]]
    by_name: dict[str, dict[str, Any]]
    names: re.Pattern[str]  # unambiguous names, for search inside a credit
    places: frozenset[str]
    agencies: dict[str, str]
    agency_pat: re.Pattern[str]
    kind_words: re.Pattern[str]


_KIND = ("موقع", "صحيفة", "جريدة", "قناة", "شبكة", "وكالة", "مجلة", "بوابة", "إذاعة", "راديو", "تلفزيون")
_OUTLETISH = re.compile(r"(?<!\w)(?:نيوز|news|برس|press|بوست|post|تايمز|times|نت|net|24|تي في|tv|أونلاين|اونلاين|online|"
                        r"الإخبارية|الاخباريه|الإخباري|الاخباري|الإلكترونية|الالكترونيه)(?!\w)")


@cache
def registry() -> _Registry:
    outlets = lexicons.load("outlets.json")["outlets"]
    by_domain: dict[str, dict[str, Any]] = {}
    by_name: dict[str, dict[str, Any]] = {}
    searchable: list[str] = []
    for o in outlets:
        for d in o["domains"]:
            by_domain[d.lower().removeprefix("www.")] = o
        for n in [o["ar"], o["en"], *o.get("aliases", [])]:
            key = _k(n)
            if key and key not in by_name:
                by_name[key] = o
            if key and not o.get("ambiguous") and not o.get("aggregator") and (len(key) >= 5 or " " in key):
                searchable.append(key)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(set(searchable), key=len, reverse=True))
    places = frozenset(_k(p) for p in lexicons.load("places.json")["places"])
    agencies: dict[str, str] = {}
    for canon, spellings in lexicons.load("agencies.json")["agencies"].items():
        for sp in [canon, *spellings]:
            agencies[_k(sp)] = canon
    ag_alt = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(agencies, key=len, reverse=True))
    kinds = "|".join(_k(x) for x in _KIND)
    return _Registry(by_domain, by_name, re.compile(rf"(?<!\w)(?:{alt})(?!\w)"), places, agencies,
                     re.compile(rf"(?<![\w.])(?:{ag_alt})(?![\w])"), re.compile(rf"^(?:ال)?(?:{kinds})\s+"))


# ---------------------------------------------------------------- domains


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    host = host.lower()
    for pre in ("www.", "m.", "amp.", "mail."):
        host = host.removeprefix(pre)
    return host or None


def lookup_domain(url: str | None) -> dict[str, Any] | None:
    """The registry entry for the URL's host (or a parent domain; or host/path prefix such as bbc.com/arabic)."""
    host = host_of(url)
    if not host:
        return None
    reg = registry().by_domain
    path = unquote(urlsplit(url or "").path).lower()
    first = path.strip("/").split("/")[0] if path.strip("/") else ""
    h: str | None = host
    while h:
        if first and f"{h}/{first}" in reg:
            return reg[f"{h}/{first}"]
        if h in reg:
            return reg[h]
        h = h.split(".", 1)[1] if h.count(".") > 1 else None
    return None


# ---------------------------------------------------------------- names


def lookup_name(name: str | None) -> dict[str, Any] | None:
    """The registry entry whose name or alias is exactly ``name`` (ignoring a leading 'موقع'/'صحيفة'...)."""
    if not name:
        return None
    key = _k(name)
    reg = registry()
    if key in reg.by_name:
        return reg.by_name[key]
    bare = reg.kind_words.sub("", key)
    return reg.by_name.get(bare)


def search_name(text: str) -> dict[str, Any] | None:
    """The registry outlet named inside a short credit (unambiguous names only; the longest wins)."""
    m = registry().names.search(_k(text))
    return registry().by_name.get(re.sub(r"\s+", " ", m.group(0))) if m else None


def is_place(s: str) -> bool:
    return _k(s) in registry().places


def agency_of(s: str) -> str | None:
    """The canonical agency credited in a short string ("(رويترز)", "وكالات", "أ ف ب")."""
    m = registry().agency_pat.search(_k(s))
    return registry().agencies.get(re.sub(r"\s+", " ", m.group(0))) if m else None


def _is_agency(s: str) -> bool:
    return _k(s) in registry().agencies


_SPLIT = re.compile(r"\s+[|\-–—:•»«/]+\s+|\s*[|•]\s*|\s+[-–—]\s*|\s*[-–—]\s+")
_LATIN = re.compile(r"^[\x00-\x7f]+$")


def _plausible_name(s: str) -> bool:
    s = s.strip(" -–—:|/.()«»\"'")
    if not s or len(s) < 2 or len(s.split()) > 5 or re.search(r"\d{3,}", s):
        return False
    if is_place(s) or _is_agency(s):
        return False
    return not re.search(r"[:،,؟?!]", s)


def _clean(s: str) -> str:
    return clean_line(s).strip(" -–—:|/.()«»\"'…")


# ---------------------------------------------------------------- evidence


@dataclass(frozen=True)
class _Candidate:
    name: str
    entry: dict[str, Any] | None
    source: str


_SOURCE_CREDIT = re.compile(r"^\s*(?:المصدر|مصدر|source|نقلا عن|عن)\s*[:：\-]")


def _ticker_item(line: str) -> bool:
    """A breaking-news label and its headline on one line (``عاجل: ...``, ``عاجل | ...``)."""
    head = re.split(r"\s*[:|]\s*", line, maxsplit=1)
    return len(head) == 2 and bool(head[1]) and is_ticker_label(head[0])


def _credit_candidate(line: str, source: str) -> _Candidate | None:
    """A credit line or lead prefix: "بلدي نيوز", "ليفانت-وكالات", "الكويت ــ الرأي الجديد (وكالات)",
    "سوريا - الكوثر", "العرب اليوم -", "أفق نيوز../"."""
    line = clean_line(line)
    if not line:
        return None
    if _SOURCE_CREDIT.match(for_matching(line)):
        return None  # "المصدر: ..." names where the story came from, not who published it
    line = re.sub(r"\([^)]*\)", " ", line)
    parts = [_clean(p) for p in re.split(r"[|\-–—ـ:/]+|\.\.+", line)]
    parts = [p for p in parts if p]
    if not parts or len(parts) > 4:
        return None
    standalone = len(parts) == 1
    context = len(parts) > 1 or bool(registry().kind_words.match(_k(parts[0])))
    parts = [p for p in parts if not _is_agency(p)]
    if len(parts) > 1:
        # "الرياض - الضفاف": in a dateline credit the city is the place of the story, even when a
        # newspaper bears the same name
        parts = [p for p in parts if not is_place(p)] or parts
    for p in parts:
        entry = lookup_name(p)
        if entry is not None and (context or not entry.get("ambiguous") or source in ("title", "lead")):
            return _Candidate(p, entry, source)
    for p in parts:
        entry = search_name(p)
        if entry is not None and len(p.split()) <= 6:
            return _Candidate(p, entry, source)
    names = [p for p in parts if _plausible_name(p)]
    if len(names) == 1 and _OUTLETISH.search(_k(names[0])):
        return _Candidate(names[0], None, source)
    if standalone and len(parts) == 1 and source == "credit" and _kind_and_name(parts[0]):
        return _Candidate(parts[0], None, source)
    return None


def _kind_and_name(line: str) -> bool:
    """A line that is exactly a kind of outlet and its name: "صحيفة الفجر", "موقع المنارة نت",
    "شبكة الرصد"; the name (one to three words) is no place, agency or generic word."""
    key = _k(line)
    m = registry().kind_words.match(key)
    if not m or not _plausible_name(line) or (key.startswith("ال") and registry().kind_words.match(key[2:])):
        return False  # "الصحيفة ..." (the newspaper, in prose) is no masthead
    name = key[m.end():].strip()
    words = name.split()
    if not 1 <= len(words) <= 3 or name.isdigit():
        return False
    if _NEWS_AGENCY.search(name):
        return False  # "وكالة ... للأنباء": a wire agency credited for the story, not the publisher
    return not (is_place(name) or _is_agency(name) or _k(name) in _GENERIC_NAMES)


_NEWS_AGENCY = re.compile(r"(?<!\w)(?:لل|ل|ال)?انباء(?!\w)")


# words that follow a kind word without naming an outlet ("موقع الحادث", "قناة السويس")
_GENERIC_NAMES = frozenset(_k(x) for x in (
    "الحادث", "الحادثة", "الانفجار", "الهجوم", "السويس", "بنما", "التواصل", "التواصل الاجتماعي", "الأنباء",
    "الاخبار", "الأخبار", "رسمي", "رسمية", "الرسمي", "الرسمية", "المحلية", "الدولية", "العربية", "عربية",
    "الويب", "إلكتروني", "الكتروني", "الإلكتروني", "الالكتروني", "إخباري", "اخباري", "الإخباري", "الاخباري",
))


_LEAD_PREFIX = re.compile(r"^(?P<prefix>[^.،,:\"“«]{2,60}?)\s*(?::|\s[-–—ـ]+\s?|[-–—ـ]+\s|/|\.\./)\s*")
_LEAD_SEP = re.compile(r"\s*(?::|\s[-–—ـ]+\s?|[-–—ـ]+\s|/|\.\./)\s*")


def _lead_candidate(line: str) -> _Candidate | None:
    """A credit glued to the start of the lead: "صدى نيوز - ...", "الوقائع الاخبارية : ...", "السيمر / ...",
    "سوريا - الكوثر: ...". Prefixes ending at each separator in the first 60 characters, shortest first."""
    s = clean_line(line)[:80]
    for m in _LEAD_SEP.finditer(s):
        prefix = s[:m.start()]
        if not prefix.strip() or len(prefix) > 60 or len(prefix.split()) > 6 or re.search(r"[.،,\"“«]", prefix):
            break
        if is_place(_clean(prefix)):
            continue  # "الرياض - ...": a dateline city, even when a newspaper bears its name
        c = _credit_candidate(prefix, "lead")
        if c is not None:
            return _Candidate(c.name, c.entry, "credit")
    return None


_TRANSLATED = re.compile(r"(?:ترجمه|ترجمة|ترجمته|وترجمه|وترجمته|وترجمة)\s+(?:موقع|صحيفة|قناة|وكالة)\s+"
                         r"(?P<name>[^\s،,.:]+(?:\s+[^\s،,.:]+){0,2})")


def _translation_candidate(lines: Sequence[str]) -> _Candidate | None:
    for line in lines:
        m = _TRANSLATED.search(clean_line(line))
        if not m:
            continue
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            entry = lookup_name(" ".join(words[:n]))
            if entry is not None:
                return _Candidate(" ".join(words[:n]), entry, "credit")
    return None


def title_affixes(raw_title: str, title: str = "") -> list[str]:
    """The site-name parts of a <title>: the outermost part after the headline and the one before it
    ("عنوان - قسم - البيان" gives "البيان"), or without a known headline the short last/first part."""
    raw = clean_line(raw_title or "")
    if not raw:
        return []
    splitter = re.compile(r"\s+[|\-–—]\s+|\s*\|\s*|\s+::\s+")
    if title and title != raw and title in raw:
        before, _, after = raw.partition(title)
        pre = [x for x in (_clean(p) for p in splitter.split(before)) if x]
        post = [x for x in (_clean(p) for p in splitter.split(after)) if x]
        return ([post[-1]] if post else []) + ([pre[0]] if pre else [])
    parts = [x for x in (_clean(p) for p in splitter.split(raw)) if x]
    if len(parts) < 2:
        return []
    longest = max(parts, key=len)
    return [p for p in (parts[-1], parts[0]) if len(p.split()) <= 5 and len(p) < len(longest)]


def _entry_result(entry: dict[str, Any], name: str, site: str | None, source: str) -> OutletResult:
    outlet = None if entry.get("aggregator") else entry["ar"]
    return OutletResult(outlet, site, entry.get("tz"), entry.get("country"), source if outlet else None)


def _site_label(signals: Mapping[str, Any]) -> str | None:
    for key in ("site_name", "publisher"):
        v = signals.get(key)
        if isinstance(v, str) and clean_line(v):
            return clean_line(v)
    return None


def extract_outlet(signals: Mapping[str, Any], url: str | None, *, title: str = "", lines: Sequence[str] = (),
                   dropped: Sequence[tuple[str, str]] = ()) -> OutletResult:
    """The outlet, the serving site, their timezone and country, and the byline/dateline/agency signals.

    ``lines`` are the clean body paragraphs (for a credit glued to the lead or a closing credit line);
    ``dropped`` the lines the cleaner removed, with reasons (credit lines, lines before the body)."""
    site_entry = lookup_domain(url)
    site_label = _site_label(signals)
    site_name = site_label or (site_entry["ar"] if site_entry else None) or host_of(url)
    base = _annotations(signals, lines, dropped)

    # 1. credits written in the page
    cand = _page_credit(signals, title, lines, dropped)
    # 2. the site's own metadata and title affixes
    meta_cands: list[_Candidate] = []
    for key in ("site_name", "publisher"):
        v = signals.get(key)
        if isinstance(v, str) and v.strip():
            entry = lookup_name(v) or search_name(v)
            parts = [p for p in (_clean(x) for x in re.split(r"\s+[|\-–—]\s+", v)) if p]
            ar_parts = [p for p in parts if not _LATIN.match(p)]
            meta_cands.append(_Candidate(ar_parts[0] if ar_parts else _clean(v), entry, "site_name"))
    affixes = signals.get("title_affixes")
    if not isinstance(affixes, list | tuple) or not affixes:
        raw_title = str(signals.get("raw_title") or "")
        affixes = title_affixes(raw_title, title) if raw_title else title_affixes(title)
    for a in affixes:
        if isinstance(a, str) and _clean(a):
            c = _credit_candidate(a, "title")
            if c is not None:
                meta_cands.append(c)
            elif _plausible_name(_clean(a)) and not _LATIN.match(_clean(a)):
                meta_cands.append(_Candidate(_clean(a), None, "title"))

    if site_entry is not None and not site_entry.get("aggregator"):
        # the registry knows the site: it is the outlet
        res = _entry_result(site_entry, site_entry["ar"], site_name, "domain")
        return _with(res, base)
    known = [c for c in ([cand] if cand else []) + meta_cands if c.entry is not None and not c.entry.get("aggregator")]
    if known:
        c = known[0]
        assert c.entry is not None
        return _with(_entry_result(c.entry, c.name, site_name, c.source), base)
    if site_entry is not None:  # an aggregator: only the outlet the page names
        outlet = cand.name if cand else None
        return _with(OutletResult(outlet, site_name, site_entry.get("tz"), site_entry.get("country"),
                                  "credit" if outlet else None), base)
    if cand is not None:
        return _with(OutletResult(cand.name, site_name, None, None, cand.source), base)
    arabic = [c for c in meta_cands if not _LATIN.match(c.name)]
    pick = arabic[0] if arabic else (meta_cands[0] if meta_cands else None)
    if pick is not None:
        return _with(OutletResult(pick.name, site_name, None, None, pick.source), base)
    return _with(OutletResult(None, site_name), base)


def _with(res: OutletResult, base: tuple[str | None, str | None, str | None]) -> OutletResult:
    author, dateline, agency = base
    return OutletResult(res.outlet, res.site_name, res.timezone, res.country, res.source, author, dateline, agency)


# removed lines that are page furniture, never a credit: list and newsletter headers ("النشرة الإخبارية"),
# read-also links, other stories, tickers, captions, widgets
_NOT_CREDIT = frozenset({
    "after_body", "related", "related_header", "section_end", "read_also", "comment", "tags", "chrome_phrase",
    "counter", "image_file", "hashtag", "ticker", "caption", "trailing_related", "title_repeat",
})


def _page_credit(signals: Mapping[str, Any], title: str, lines: Sequence[str],
                 dropped: Sequence[tuple[str, str]]) -> _Candidate | None:
    short: list[str] = []
    for key in ("credit_lines", "header_lines"):
        short += [x for x in (signals.get(key) or []) if isinstance(x, str)]
    short += [x for x, reason in dropped if isinstance(x, str) and reason not in _NOT_CREDIT]
    for line in short:
        if _ticker_item(line):
            continue  # "عاجل: ..." is a breaking-news label, never a credit (even where an outlet is called عاجل)
        if len(line.split()) <= 8:
            c = _credit_candidate(line, "credit")
            if c is not None:
                return c
        c = _lead_candidate(line)
        if c is not None:
            return c
    for line in list(lines[:2]) + list(lines[-2:]):
        c = _lead_candidate(line)
        if c is None and len(line.split()) <= 4:
            c = _credit_candidate(line, "credit")
        if c is not None:
            return c
    return _translation_candidate(lines)


# ---------------------------------------------------------------- byline, dateline, agency


_BYLINE = re.compile(r"^(?:كتبت|كتب|بقلم|إعداد|اعداد|تقرير|حوار|متابعة|تحرير|By)(?!\w)\s*[:：]?\s*(?P<name>[^\d|]{3,60})$")


def _annotations(signals: Mapping[str, Any], lines: Sequence[str],
                 dropped: Sequence[tuple[str, str]]) -> tuple[str | None, str | None, str | None]:
    author = signals.get("author") if isinstance(signals.get("author"), str) else None
    dateline = signals.get("dateline") if isinstance(signals.get("dateline"), str) else None
    agency = signals.get("agency") if isinstance(signals.get("agency"), str) else None
    pool = [x for x in (signals.get("credit_lines") or []) if isinstance(x, str)]
    pool += [x for x in (signals.get("header_lines") or []) if isinstance(x, str)]
    pool += [x for x, r in dropped if isinstance(x, str) and r not in ("after_body", "related")]
    for line in pool:
        s = clean_line(line)
        if author is None:
            m = _BYLINE.match(s)
            if m:
                author = _clean(m.group("name"))
        if agency is None and len(s.split()) <= 6:
            agency = agency_of(s)
    for line in list(pool) + list(lines[:1]):
        if dateline is None:
            m = _LEAD_PREFIX.match(clean_line(line))
            if m:
                first = re.split(r"\s*[-–—ـ/]\s*", _clean(m.group("prefix")))[0]
                if is_place(first):
                    dateline = first
        if agency is None and lines and line == lines[0]:
            m2 = re.match(r"^\s*\((?P<a>[^)]{1,30})\)", line)
            if m2:
                agency = agency_of(m2.group("a"))
    return author, dateline, agency
