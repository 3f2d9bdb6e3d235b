"""Outlet and site name, plus the byline, dateline city and agency credit.

The outlet is the news organisation that published the article, normalised to its Arabic name through
the registry ``lexicons/outlets.json``. Evidence, strongest first:

1. credits written in the page: a standalone credit line ("بلدي نيوز", "ليفانت-وكالات"), a dateline
   prefix of the lead ("سوريا - الكوثر:", "صدى نيوز - ", "المدينة / ...", "المنامة - «اللؤلؤة»:"), a
   translation credit ("وترجمه موقع ...");
2. the site's own metadata: og:site_name, JSON-LD publisher, the site-name affix of the <title>;
3. the domain, through the registry;
4. for a page none of these names (a text dump of an unregistered site), the name line shown with the
   site's tagline ("صدى الوادي" over "موقع إخباري مستقل"), else the owner named by a footer
   copyright line ("جميع الحقوق محفوظة لصدى الأطلس 2024", "© صدى البلقاء 2024"), in the spelling of a
   masthead line near the top that repeats it ("بوابة الكرخ | آخر الأخبار") when there is one. The
   copyright words, owner prefixes and generic owners come from ``lexicons/copyright.json``.

An aggregator (registry flag ``aggregator``) is the site, never the outlet: its pages get the outlet the
page names, or null. Names that are also common words (flag ``ambiguous``: "اليوم", "البيان") are taken
only as a whole credit, never inside a sentence. Place names, agency credits, breaking-news labels
("عاجل", even where an outlet bears the name) and taglines ("موقع إخباري مستقل") are never outlets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

from newsetl import lexicons
from newsetl.text.boilerplate import classify_line, is_ticker_label
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
    taglines: frozenset[str]  # _k keys of tagline adjectives ("اخباري", "مستقل")


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
    taglines = frozenset(_k(x) for x in lexicons.load("outlets.json").get("tagline_words", []))
    return _Registry(by_domain, by_name, re.compile(rf"(?<!\w)(?:{alt})(?!\w)"), places, agencies,
                     re.compile(rf"(?<![\w.])(?:{ag_alt})(?![\w])"), re.compile(rf"^(?:ال)?(?:{kinds})\s+"), taglines)


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


TAGLINE_MAX_WORDS = 10


def is_tagline(line: str) -> bool:
    """A site's tagline, not its name: a kind of outlet followed by descriptive adjectives ("موقع إخباري
    سوري مستقل", "صحيفة يومية شاملة"); one indefinite adjective of ``tagline_words`` after the kind word
    is enough. A name after a kind word ("صحيفة الأيام المستقلة", "قناة الحرة") is no tagline."""
    key = _k(line)
    m = registry().kind_words.match(key)
    if not m or len(key.split()) > TAGLINE_MAX_WORDS:
        return False
    return any(w in registry().taglines for w in key[m.end():].split())


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
    if is_tagline(line):
        return None  # "موقع إخباري مستقل" describes the site and names no one
    quoted = _QUOTED_CREDIT.match(line)
    if quoted is not None and source == "credit":
        # "«اللؤلؤة»:" cut from a dateline ("المنامة - «اللؤلؤة»: ..."): the paper's own credit
        name = _clean(quoted.group(1))
        if _plausible_name(name) and len(name.split()) <= 3 and not is_ticker_label(name) and not is_tagline(name):
            return _Candidate(name, lookup_name(name), source)
    line = re.sub(r"\([^)]*\)", " ", line)
    parts = [_clean(p) for p in re.split(r"[|\-–—ـ:/]+|\.\.+", line)]
    parts = [p for p in parts if p and not is_ticker_label(p)]  # "عاجل" is a label, never an outlet
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


_QUOTED_CREDIT = re.compile(r"^\s*«\s*([^«»]{2,40}?)\s*»\s*[:：\-–—ـ]?\s*$")


def _kind_and_name(line: str) -> bool:
    """A line that is exactly a kind of outlet and its name: "صحيفة الفجر", "موقع المنارة نت",
    "شبكة الرصد"; the name (one to three words) is no place, agency or generic word."""
    key = _k(line)
    m = registry().kind_words.match(key)
    if not m or not _plausible_name(line) or (key.startswith("ال") and registry().kind_words.match(key[2:])):
        return False  # "الصحيفة ..." (the newspaper, in prose) is no masthead
    if is_tagline(line):
        return False  # "موقع إخباري سوري": a description
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
        if is_ticker_label(prefix):
            return None  # "عاجل: ...": a breaking-news item, no credit in it
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
        if isinstance(a, str) and _clean(a) and not is_ticker_label(a) and not is_tagline(a):
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
    # 4. nothing above names the outlet: the name line over the site's tagline ("صدى الوادي" above "موقع
    # إخباري مستقل"), then the owner of the page's copyright line, confirmed by its masthead
    named = tagline_masthead(signals, dropped)
    if named is not None:
        entry = lookup_name(named)
        if entry is not None:
            return _with(_entry_result(entry, named, site_name, "masthead"), base)
        return _with(OutletResult(named, site_name, None, None, "masthead"), base)
    owner = copyright_outlet(signals, lines, dropped)
    if owner is not None:
        entry = lookup_name(owner)
        if entry is not None:
            return _with(_entry_result(entry, owner, site_name, "copyright"), base)
        return _with(OutletResult(owner, site_name, None, None, "copyright"), base)
    return _with(OutletResult(None, site_name), base)


def _with(res: OutletResult, base: tuple[str | None, str | None, str | None]) -> OutletResult:
    author, dateline, agency = base
    return OutletResult(res.outlet, res.site_name, res.timezone, res.country, res.source, author, dateline, agency)


# removed lines that are page furniture, never a credit: list and newsletter headers ("النشرة الإخبارية"),
# read-also links, other stories, tickers, captions, widgets
_NOT_CREDIT = frozenset({
    "after_body", "related", "related_header", "section_end", "read_also", "comment", "tags", "chrome_phrase",
    "counter", "image_file", "hashtag", "ticker", "caption", "trailing_related", "title_repeat", "photo_credit",
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


# ---------------------------------------------------------------- the masthead over a tagline


def _masthead_name(name: str) -> bool:
    """A short line that may be a site's name: no chrome, date, section, place, agency or label."""
    name = _clean(name)
    if not name or len(name.split()) > 4 or is_tagline(name) or is_ticker_label(name):
        return False
    return _valid_owner(name, True) and classify_line(name) is None


def tagline_masthead(signals: Mapping[str, Any], dropped: Sequence[tuple[str, str]] = ()) -> str | None:
    """The site's name shown with its tagline: the short line right above a tagline ("صدى الوادي" then
    "موقع إخباري مستقل"), or the other part of a line that holds both ("صدى الوادي | موقع إخباري مستقل").
    Read in the page's removed lines (in order) and its top and header lines; None when no tagline is seen."""
    runs: list[list[str]] = [[x for x, r in dropped if isinstance(x, str) and r not in _NOT_MASTHEAD]]
    for key in ("top_lines", "header_lines"):
        v = signals.get(key)
        if isinstance(v, list | tuple):
            runs.append([x for x in v if isinstance(x, str)])
    for run in runs:
        for i, line in enumerate(run):
            if len(line.split()) > TAGLINE_MAX_WORDS + 4:
                continue
            parts = [p for p in (_clean(x) for x in _MASTHEAD_SPLIT.split(clean_line(line))) if p]
            if len(parts) == 2 and sum(is_tagline(p) for p in parts) == 1:
                name = next(p for p in parts if not is_tagline(p))
                if _masthead_name(name):
                    return _clean(name)
            if is_tagline(line) and i > 0 and _masthead_name(run[i - 1]):
                return _clean(run[i - 1])
    return None


# ---------------------------------------------------------------- copyright lines and the masthead


@dataclass(frozen=True)
class _CopyrightLex:
    mark_pad: re.Pattern[str]  # sign marks ("©", "(c)") to cut out as a word of their own
    marks: frozenset[str]
    phrases: tuple[tuple[tuple[str, ...], bool, bool], ...]  # (folded words, marks the line, owner follows), longest first
    owner_words: frozenset[str]
    clitics: tuple[tuple[str, str], ...]  # (folded prefix, replacement), longest first
    tails: tuple[tuple[str, ...], ...]
    generic: frozenset[str]  # _k keys
    company: frozenset[str]
    sections: frozenset[str]  # _k keys


@cache
def _copyright_lex() -> _CopyrightLex:
    raw = lexicons.load("copyright.json")

    def words(p: str) -> tuple[str, ...]:
        return tuple(for_matching(p).split())

    signs = [m for m in raw["marks"] if not m.isalpha()]
    phrases = [(words(p), True, True) for p in raw["reserved_phrases"]]
    phrases += [(words(p), False, False) for p in raw["filler_phrases"]]
    return _CopyrightLex(
        mark_pad=re.compile("|".join(re.escape(m) for m in sorted(signs, key=len, reverse=True)), re.I),
        marks=frozenset({_SIGN, *(for_matching(m) for m in raw["marks"] if m.isalpha())}),
        phrases=tuple(sorted((p for p in phrases if p[0]), key=lambda p: len(p[0]), reverse=True)),
        owner_words=frozenset(for_matching(w) for w in raw["owner_words"]),
        clitics=tuple(sorted(((for_matching(k), v) for k, v in raw["owner_clitics"].items()),
                             key=lambda kv: len(kv[0]), reverse=True)),
        tails=tuple(sorted((words(p) for p in raw["tail_phrases"]), key=len, reverse=True)),
        generic=frozenset(_k(x) for x in raw["generic_names"]),
        company=frozenset(for_matching(x) for x in raw["company_words"]),
        sections=frozenset(_k(x) for x in raw["section_words"]),
    )


_SIGN = "\u00a9"  # ©: every sign mark becomes this word
# punctuation peeled off the edges of a word (not the tatweel of "لـ", not the dots inside a domain)
_EDGE = re.compile(r"^([|\-–—•·/\\:،,؛;.…«»\"'“”()\[\]{}!؟?*~]*)(.*?)([|\-–—•·/\\:،,؛;.…«»\"'“”()\[\]{}!؟?*~]*)$")
_YEAR = re.compile(r"(?:19|20)\d\d(?:[-–/](?:19|20)\d\d)?")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_SEP = ("", "")  # a cut between parts of a copyright line
_OWNER = ("", "owner")  # a cut after which the owner follows ("جميع الحقوق محفوظة لـ...")
COPYRIGHT_MAX_WORDS = 20
OWNER_MAX_WORDS = 5


def _copyright_words(line: str) -> list[tuple[str, str]]:
    """The words of a line as (original, folded), punctuation as cuts."""
    s = _copyright_lex().mark_pad.sub(f" {_SIGN} ", clean_line(line))
    out: list[tuple[str, str]] = []
    for tok in s.split():
        m = _EDGE.match(tok)
        assert m is not None
        lead, word, trail = m.groups()
        if lead:
            out.append(_SEP)
        if word:
            folded = for_matching(word)
            out.append((word, folded) if folded else _SEP)
        if trail:
            out.append(_SEP)
    return out


def _drop_prefix(word: str, n: int) -> str:
    """``word`` without the letters that fold to its first ``n`` folded characters (and their marks)."""
    i = 0
    while i < len(word) and n > 0:
        if for_matching(word[i]):
            n -= 1
        i += 1
    while i < len(word) and not for_matching(word[i]):
        i += 1  # a diacritic or tatweel on the dropped prefix ("لـ")
    return word[i:]


@lru_cache(maxsize=4096)
def copyright_owner(line: str) -> tuple[str, ...]:
    """Spellings of the owner a copyright line names, most likely first; () when the line is no copyright
    line or does not name exactly one owner. Strips the sign, the years, the copyright phrases, a
    design or reuse notice and the owner's preposition ("لـ", "لموقع"): "جميع الحقوق محفوظة لصدى الأطلس
    2024" gives "صدى الأطلس"; "للنيل اليوم" after the phrase gives "النيل اليوم" (then "لنيل اليوم",
    "للنيل اليوم", for a masthead to choose from). Pure and called on the same footer lines again and
    again: memoised."""
    lex = _copyright_lex()
    if len(line.split()) > COPYRIGHT_MAX_WORDS:
        return ()
    words = _copyright_words(line)
    items: list[tuple[str, str]] = []
    marked = False
    i = 0
    while i < len(words):
        orig, f = words[i]
        if not orig:
            items.append(words[i])
            i += 1
            continue
        if f in lex.marks:
            marked = True
            items.append(_SEP)
            i += 1
            continue
        if _YEAR.fullmatch(f):
            items.append(_SEP)
            i += 1
            continue
        folds = [w[1] if w[0] else "" for w in words[i:i + 8]]
        tail = next((t for t in lex.tails if tuple(folds[:len(t)]) == t
                     or (f.startswith("و") and (f[1:], *folds[1:len(t)]) == t)), None)
        if tail is not None:
            break  # a design or reuse notice: nothing after it is the owner
        phrase = next((p for p in lex.phrases if tuple(folds[:len(p[0])]) == p[0]), None)
        if phrase is not None:
            marked = marked or phrase[1]
            items.append(_OWNER if phrase[2] else _SEP)
            i += len(phrase[0])
            continue
        items.append(words[i])
        i += 1
    if not marked:
        return ()
    chunks: list[tuple[list[tuple[str, str]], bool]] = []
    owner_cut = False
    current: list[tuple[str, str]] = []
    for item in items:
        if item[0]:
            if not current:
                chunks.append((current, owner_cut))
            current.append(item)
            continue
        current = []
        if item == _OWNER:
            owner_cut = True
        elif chunks and chunks[-1][0]:
            owner_cut = False  # the owner follows its phrase, with at most a sign or a year between them
    chunks = [c for c in chunks if c[0]]
    arabic = [c for c in chunks if any(_ARABIC_LETTER.search(w) for w, _ in c[0])]
    if arabic:
        chunks = arabic  # a Latin name or a domain beside the Arabic one
    if len(chunks) != 1:
        return ()
    part, after_phrase = chunks[0]
    first_orig, first = part[0]
    rest = [w for w, _ in part[1:]]
    if first in lex.owner_words:
        return (" ".join(rest),) if rest else ()
    spellings: list[str] = []
    if after_phrase:
        for prefix, repl in lex.clitics:
            if first.startswith(prefix) and len(first) > len(prefix) + 1:
                spellings.append(" ".join([repl + _drop_prefix(first_orig, len(prefix)), *rest]))
    spellings.append(" ".join([first_orig, *rest]))
    return tuple(spellings)


def _valid_owner(name: str, confirmed: bool) -> bool:
    """An owner that may be an outlet: a short Arabic name (or a registered one), no generic word, no
    section, place, agency, date or sentence; a company's name only when a masthead repeats it."""
    lex = _copyright_lex()
    key = _k(name)
    words = key.split()
    if not words or len(words) > OWNER_MAX_WORDS or len(name) > 60:
        return False
    entry = lookup_name(name)
    if entry is not None:
        return True
    if not _ARABIC_LETTER.search(name) or not _plausible_name(name) or re.search(r"[؛;]", name):
        return False
    if key in lex.generic or registry().kind_words.sub("", key) in lex.generic or key in _GENERIC_NAMES:
        return False
    if all(re.sub(r"^و", "", w) in lex.sections for w in words):
        return False  # a section of the site ("أخبار عربية", "عربي ودولي"), not its name
    if registry().kind_words.match(key) and _k(registry().kind_words.sub("", key)) in _GENERIC_NAMES:
        return False
    if classify_line(name) is not None:
        return False  # a section, a chrome phrase, a date
    return confirmed or words[0] not in lex.company


def _masthead_lines(signals: Mapping[str, Any], dropped: Sequence[tuple[str, str]]) -> list[str]:
    """Short lines that may repeat the site's name: title affixes, site metadata, the lines above and
    under the headline, credit lines, and the removed lines that are neither after the body nor lists."""
    pool: list[str] = []
    for key in ("title_affixes", "top_lines", "header_lines", "credit_lines"):
        v = signals.get(key)
        if isinstance(v, list | tuple):
            pool += [x for x in v if isinstance(x, str)]
    pool += [v for v in (signals.get("site_name"), signals.get("publisher")) if isinstance(v, str)]
    pool += [x for x, r in dropped if isinstance(x, str) and r not in _NOT_MASTHEAD]
    return [x for x in pool if len(x.split()) <= 8]


# removed lines that quote other pages (other stories, tickers, captions): their words are never the footer's
_NOT_FOOTER = frozenset({"related", "read_also", "ticker", "trailing_related", "caption", "title_repeat"})
_NOT_MASTHEAD = frozenset({
    "after_body", "related", "related_header", "section_end", "read_also", "comment", "tags", "caption",
    "trailing_related", "ticker", "hashtag", "photo_credit",
})
_MASTHEAD_SPLIT = re.compile(r"\s+[|\-–—:•»«/]+\s+|\s*[|•:]\s*|\s+[-–—]\s*|\s*[-–—]\s+")


def _confirm(spelling: str, mastheads: Sequence[str]) -> str | None:
    """The masthead part that names the same outlet as ``spelling`` (the same words, or the same with a
    kind word "موقع", "صحيفة" before one of them); the part with the kind word is preferred."""
    key = _k(spelling)
    bare = registry().kind_words.sub("", key)
    found: str | None = None
    for line in mastheads:
        if copyright_owner(line):
            continue
        for part in (_clean(p) for p in _MASTHEAD_SPLIT.split(clean_line(line))):
            pkey = _k(part)
            if not pkey:
                continue
            pbare = registry().kind_words.sub("", pkey)
            if pkey == key or (pbare != pkey and pbare == key) or (bare != key and pkey == bare):
                if found is None or len(_k(found)) < len(pkey):
                    found = part if len(pkey) >= len(key) else spelling
    return found


def copyright_outlet(signals: Mapping[str, Any], lines: Sequence[str] = (),
                     dropped: Sequence[tuple[str, str]] = ()) -> str | None:
    """The outlet named by the page's copyright lines, in its masthead's spelling when a masthead
    repeats it; None when no copyright line names one, or when they name different ones."""
    pool = [x for x, r in dropped if isinstance(x, str) and r not in _NOT_FOOTER]
    for key in ("credit_lines", "header_lines", "top_lines"):
        v = signals.get(key)
        if isinstance(v, list | tuple):
            pool += [x for x in v if isinstance(x, str)]
    pool += [x for x in lines[-2:] if len(x.split()) <= 10]  # a footer left at the end of the body
    mastheads = _masthead_lines(signals, dropped)
    names: dict[str, str] = {}  # key -> name
    confirmed: dict[str, str] = {}
    for line in pool:
        spellings = copyright_owner(clean_line(line))
        if not spellings:
            continue
        for sp in spellings:
            hit = _confirm(sp, mastheads)
            if hit is not None and _valid_owner(hit, True):
                confirmed.setdefault(_k(hit), hit)
                break
        else:
            if _valid_owner(spellings[0], False):
                names.setdefault(_k(spellings[0]), spellings[0])
    if len(confirmed) == 1:
        return next(iter(confirmed.values()))
    if confirmed or len(names) != 1:
        return None  # copyright lines naming different owners: no way to tell
    return next(iter(names.values()))


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
