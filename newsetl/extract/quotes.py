"""Quoted statements and their speakers: who said what, with title and organisation.

Grammar-driven and lexicon-backed (``speech.json``, ``nationalities.json``, ``officials.json``):

1. The text is tokenised once; each token keeps its offsets in the original text and a folded key
   (``for_matching``) used for every lexicon lookup. Output strings are slices of the original text.
2. Triggers are speech verbs (perfect/imperfect, masculine/feminine, with و/ف/ل prefixes), participles
   (مؤكداً، مشيراً ...) and "according to" phrases (بحسب/وفق X، ...). Triggers inside quotation marks are ignored.
3. A speaker noun phrase is parsed after the verb (or before it, subject-first), in the orders Arabic news
   uses: TITLE NAME, TITLE، NAME، | NAME، TITLE | RANK NAME | role only | anonymous source | institution.
   Outlets and agencies are never speakers.
4. The statement is what follows the complementiser (إن/أن/بأن/إلى أن/على ...), a colon or an opening
   quotation mark, up to the next trigger or the end of the sentence.
   Also: "نقلت X عن SPEAKER قوله إن" (the relay is never the speaker), "بيان صادر عن INSTITUTION" (the issuer
   speaks), "NAME، وهو DESCRIPTOR" (a non-official named by a descriptor), "نظيره القبرصي NAME" (the
   referent's title with this nationality), two-word heads ("رجل الأعمال"), titles running on to the comma
   before an appositive name, and anonymity asides ("، طلب عدم ذكر اسمه،") skipped.
   Also: Q/A interviews (answers "ج:" to the person introduced by "التقت/حاورت ..."), "أصدرت X بياناً جاء
   فيه أن" / "وجاء في البيان", pluperfect "وكانت X قد أعلنت", "حسب ما أفاد به X" leading or trailing (then the
   sentence before it is the statement), "عضو في وفد ..." as an anonymous member, names between commas after
   a title (also after a second title), collective sources ("أوساط"، "هذه الأوساط"), "المسؤول المغربي" linked
   to the last named official of unknown country, and live-blog "SURNAME يرد ... ويؤكد أن".
   Also: two titles in apposition before a name ("الوزير المنتدب ...، الناطق الرسمي باسم الحكومة، X،": both
   titles), a title running on over a field or region to "، RANK NAME،" ("الخبير في الموارد المائية، الدكتور X"،
   "لشؤون آسيا": a region is never a name), non-officials by trade ("الفلاح X"، "سائق الشاحنة أبو X"، "صاحب مكتب
   ...، X،"; occupation_heads), by a kunya ("أم محمد") or a comma-closed descriptor ("X، وهي من سكان الحي، إن"),
   long ولد/بن/عبد names, institutions and anonymous sources whose proper name runs to the comma or the
   complementiser ("مؤسسة مياه بيروت وجبل لبنان، في بيان،"، "مصدر في مديرية صحة دير الزور إن"), companies and
   associations as non-officials, "ويرأس وفد X PERSON" (PERSON is "رئيس وفد X" for later mentions), and a bare
   role inside another speaker's statement ("وأضاف X أن الوزير شدد") left to that speaker.
5. Speakers are resolved over the article: a surname or a role ("الوزير", "المتحدثة باسم ...") is merged
   with the earlier speaker it fits; titles come from the article's own mentions (also in the headline),
   then the officials registry; statements with no subject continue the last speaker.
   A nationality reference ("وأضاف الوزير اليمني", "المسؤول الأردني", "الدبلوماسي المصري") is the one earlier
   person (speaker or name-and-title mention) of that country and kind of title; several fit: no speaker.
   Outlets relaying a source ("نقلاً عن مسؤول لم تسمه", "بحسب ما نقلته قناة X عن مصادر") give the source.
   "النائب عن محافظة X في البرلمان Y": the constituency is part of the title, never the organisation; a
   possessive pronoun ("رئيس وفدها", "المتحدث باسمها", "وفدها") takes the one organisation of its gender
   named in this sentence or the one before, or none.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from newsetl import lexicons
from newsetl.records import Quote
from newsetl.text.normalise import for_matching

_TOKEN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|\.\.\.|…|[^\w\s]")
_SENT_END = {".", "؟", "?", "!", "…", "...", "؛", ";"}
_COMMA = {"،", ",", "-", "–", "—"}
_CONJ = ("و", "ف")
_MAX_SUBJECT_GAP = 28
_DOMAIN_NOUNS = frozenset({"شؤون", "شئون", "شوون"})
_RELAY_BLOCKERS = frozenset({"حسبما", "كما", "ما", "وفقما", "بحسب", "حسب", "مثلما"})
_MAX_CONT_PARAGRAPHS = 2
_NOUN_PREPS = frozenset({"في", "فى", "علي", "عن", "الي", "مع", "خلال", "عبر"})
_TANWEEN = re.compile("[\u064b-\u064d]")
_TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
_CLAUSE_OPENERS = frozenset({"و", "ف", "كما", "ثم", "وقد", "قد", "فقد", "كذلك", "فيما", "بينما", "حيث", "وكان", "كان",
                             "ولكن", "لكن", "لكنه", "ولكنه", "بدوره", "بدورها", "وبدوره", "وبدورها",
                             "اما", "واما", "وكانت", "كانت", "فكان", "فكانت"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "هولاء", "تلك", "ذلك", "هاته", "هذي"})
# fields of expertise ("الخبير في الشؤون الإيرانية", "أستاذ العلوم السياسية"): never an organisation
_FIELD_NOUNS = frozenset(for_matching(x) for x in lexicons.load("speech.json")["field_nouns"])
_UMBRELLA = frozenset(lexicons.load("nationalities.json").get("umbrella_bodies", []))
_EXPERT_HEADS = frozenset(for_matching(x) for x in lexicons.load("speech.json")["expert_heads"])


def _fold(s: str) -> str:
    return for_matching(s)  # for_matching already drops the tatweel (U+0640)


@lru_cache(maxsize=1 << 16)
def _strip_def(k: str) -> str:
    for p in ("وال", "فال", "بال", "كال", "ال"):
        if k.startswith(p) and len(k) > len(p) + 1:
            return k[len(p):]
    if k.startswith("لل") and len(k) > 3:
        return k[2:]
    return k


def _stem(k: str) -> str:
    """Loose content-word stem for comparing titles: article and relative-adjective endings dropped."""
    k = _strip_def(k)
    for suf in ("يين", "يون", "يه", "ين", "ون", "ي", "ه"):
        if len(k) > 3 and k.endswith(suf):
            return k[: -len(suf)]
    return k


@dataclass(frozen=True)
class _Lex:
    verbs: dict[str, dict[str, Any]]
    participles: frozenset[str]
    part_preps: dict[str, frozenset[str]]
    post_nat: frozenset[str]
    according: frozenset[str]
    comps: frozenset[str]
    pron_comps: frozenset[str]
    preps: frozenset[str]
    heads_official: frozenset[str]
    heads_other: frozenset[str]
    generic_heads: frozenset[str]
    ranks: frozenset[str]
    org_nouns: frozenset[str]
    anon_heads: frozenset[str]
    anon_mods: frozenset[str]
    anon_official: frozenset[str]
    inst_heads: frozenset[str]
    statement_nouns: frozenset[str]
    media: frozenset[str]
    time: frozenset[str]
    adjunct: frozenset[str]
    function: frozenset[str]
    particles: frozenset[str]
    former: frozenset[str]
    relatives: frozenset[str]
    q_open: frozenset[str]
    q_close: frozenset[str]
    nat_adj: dict[str, str]  # folded adjective (any form) -> country
    countries: dict[str, str]  # folded country name -> country
    country_words: dict[str, frozenset[str]]  # country -> stems of its names
    officials: dict[str, dict[str, Any]]  # folded name variant -> registry entry
    surnames: dict[str, dict[str, Any] | None]  # folded one-word variant -> entry (None if ambiguous)
    name_tokens: frozenset[str]  # folded tokens of registry names
    compound_heads: dict[str, bool]  # folded two-word title head -> official
    counterparts: frozenset[str]  # نظيره ...: "his counterpart", titled like the person it refers to
    descriptor_prons: frozenset[str]  # "، وهو لاجئ ...": a descriptor in apposition to a name
    issuer: frozenset[str]  # "بيان صادر عن ...": the issuer speaks
    anonymity: frozenset[str]  # "، طلب عدم ذكر اسمه،": an aside after an anonymous source
    relay_objects: frozenset[str]  # "نقلت ... عن X قوله إن"
    adjectival_heads: frozenset[str]  # heads that are also adjectives after a noun ("مؤتمر صحفي")
    anon_official_heads: frozenset[str]  # "مسؤول", "دبلوماسي": an unnamed holder of a public office
    social_context: tuple[tuple[str, ...], ...] = ()  # "تغريدة", "حسابه", "منصة إكس": a post, tweet or account
    contrast: tuple[tuple[str, ...], ...] = ()  # "بينما", "في حين": opens a second speaker's clause
    compound_firsts: frozenset[str] = frozenset()  # first words of compound_heads
    relay_markers: frozenset[str] = frozenset()  # "نقلا عن SOURCE": the source an outlet relays
    unnamed_asides: tuple[tuple[str, ...], ...] = ()  # "لم تسمه", "لم يكشف عن هويته" after an anonymous source
    coref_heads: frozenset[str] = frozenset()  # "المسؤول الأردني", "الدبلوماسي المصري": refer back to an official
    diplomatic_words: frozenset[str] = frozenset()  # title words of a diplomat (stems)
    legislator_heads: frozenset[str] = frozenset()  # "النائب عن محافظة ...": "عن" names the constituency
    places: frozenset[str] = frozenset()  # folded city names (places.json): "النائب عن البصرة"
    coref_excluded: frozenset[str] = frozenset()  # "الرئيس المصري" is not "رئيس الوفد المصري"
    occupations: frozenset[str] = frozenset()  # "الفلاح", "سائق الشاحنة": a non-official's title before a name
    occ_excluded: frozenset[str] = frozenset()  # "صاحب السمو": an honorific, no occupation
    regions: frozenset[str] = frozenset()  # "آسيا", "أمريكا اللاتينية": never a personal name
    private_inst: frozenset[str] = frozenset()  # "شركة", "جمعية": an institution with no public office
    presiding: frozenset[str] = frozenset()  # "ويرأس وفد الحكومة X": X is "رئيس وفد الحكومة" ...
    presiding_title: str = ""  # ... with this head
    minister_heads: frozenset[str] = frozenset()  # "وزير": its title names a ministry ...
    ministry: str = ""  # ... "وزارة" + the portfolio
    ministry_excluded: frozenset[str] = frozenset()  # "وزير الدولة": no ministry
    # per-key memo of the lexical flags of a token key (pure functions of the key, see _KeyInfo)
    key_infos: dict[str, _KeyInfo] = field(default_factory=dict, compare=False, repr=False)
    heads_memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # raw token -> (is a word, folded key, flags of the key)
    tok_memo: dict[str, tuple[bool, str, _KeyInfo]] = field(default_factory=dict, compare=False, repr=False)
    # raw token -> its possessive-pronoun reading (see _Doc.pron_ref)
    pron_memo: dict[str, tuple[str, str] | None] = field(default_factory=dict, compare=False, repr=False)

    def pron(self, raw: str, k: str) -> tuple[str, str] | None:
        """"وفدها", "باسمها", "رئيسه", "سفارتها": an organisation noun, a title head or باسم with a possessive
        pronoun: (gender of the pronoun "f" / "m" / "p", the noun's folded stem); None otherwise."""
        if raw in self.pron_memo:
            return self.pron_memo[raw]
        r: tuple[str, str] | None = None
        bare = "".join(c for c in raw if not unicodedata.combining(c) and c != "\u0640")
        for suf, g in (("هما", "p"), ("هم", "p"), ("ها", "f"), ("ه", "m")):
            if not bare.endswith(suf):
                continue
            for c in {k, k[1:] if len(k) > 3 and k[0] in _CONJ else k}:
                stem = c[: -len(suf)]
                if len(stem) < 3:
                    continue
                for st in (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,):
                    if st in self.org_nouns or st == "باسم" or _strip_def(st) in self.heads_official \
                            or _strip_def(st) in self.heads_other:
                        r = (g, st)
                        break
                if r:
                    break
            break
        if len(self.pron_memo) >= _MEMO_MAX:
            self.pron_memo.clear()
        self.pron_memo[raw] = r
        return r

    def is_head(self, k: str) -> bool:
        r = self.heads_memo.get(k)
        if r is None:
            b = _strip_def(k)
            r = b in self.heads_official or b in self.heads_other or k in self.heads_official or k in self.heads_other
            if len(self.heads_memo) >= _MEMO_MAX:
                self.heads_memo.clear()
            self.heads_memo[k] = r
        return r

    def info(self, k: str) -> _KeyInfo:
        """The lexical flags of a token key, computed once per key."""
        r = self.key_infos.get(k)
        if r is None:
            r = self._key_info(k)
            if len(self.key_infos) >= _MEMO_MAX:
                self.key_infos.clear()
            self.key_infos[k] = r
        return r

    def _key_info(self, k: str) -> _KeyInfo:
        b = k[1:] if len(k) > 3 and k[0] in _CONJ else k  # _Doc.base
        cands = [k]
        if len(k) > 3 and k[0] in _CONJ:
            cands.append(k[1:])
            if len(k) > 4 and k[1] in "لف":
                cands.append(k[2:])
        if len(k) > 3 and k[0] == "ل":
            cands.append(k[1:])
        verb: dict[str, Any] | None = None
        for c in cands:
            v = self.verbs.get(c)
            if v:
                verb = v
                break
        verb_obj: dict[str, Any] | None = None
        if verb is None:
            for c in cands:
                for suf in ("هما", "هم", "ها", "ه"):
                    if c.endswith(suf) and len(c) - len(suf) >= 3:
                        v = self.verbs.get(c[: -len(suf)])
                        if v and v["object"]:
                            verb_obj = v
                            break
                if verb_obj is not None:
                    break
        head = self.is_head(k) or self.is_head(b)
        cfirst = " " in b or b in self.compound_firsts
        part = k in self.participles or (k.startswith("و") and k[1:] in self.participles)
        acc = b in self.according or b in _ACC_MA
        jaa = b == "جاء"
        trig = verb is not None or verb_obj is not None or part or acc or jaa
        mention = head or cfirst or k in self.ranks or b in self.counterparts
        return _KeyInfo(verb, verb_obj, head, cfirst, part, acc, jaa, trig, mention)


_MEMO_MAX = 1 << 17  # per-key memos are cleared when they reach this size (long batches)


@dataclass(frozen=True, slots=True)
class _KeyInfo:
    verb: dict[str, Any] | None  # the speech verb of the key (conjunction / lam prefixes stripped)
    verb_obj: dict[str, Any] | None  # a transitive speech verb with an object pronoun ("ووصفتها")
    head: bool  # a title head, with or without a leading conjunction
    cfirst: bool  # may open a two-word title head
    part: bool  # a participle trigger
    acc: bool  # an "according to" trigger
    jaa: bool  # "جاء" ("وجاء في البيان")
    trig: bool  # any of the trigger flags
    mention: bool  # may open a TITLE NAME mention (head, two-word head, rank or counterpart)


_NO_INFO = _KeyInfo(None, None, False, False, False, False, False, False, False)  # punctuation


def _fs(items: Any) -> frozenset[str]:
    return frozenset(_fold(x) for x in items)


@cache
def _lex() -> _Lex:
    sp = lexicons.load("speech.json")
    verbs: dict[str, dict[str, Any]] = {}
    for v in sp["verbs"]:
        for f in v["forms"]:
            verbs[_fold(f)] = {"object": bool(v.get("object")), "strict": bool(v.get("strict")), "form": f,
                               "preps": _fs(v.get("prep", [])), "relay": bool(v.get("relay")),
                               "social": bool(v.get("social")), "platform": bool(v.get("platform"))}
    nat = lexicons.load("nationalities.json")
    nat_adj: dict[str, str] = {}
    countries: dict[str, str] = {}
    country_words: dict[str, frozenset[str]] = {}
    for c in nat["countries"]:
        for a in c["adjectives"]:
            fa = _fold(a)
            bare = _strip_def(fa) if " " not in fa else fa
            for form in {fa, fa + "ه", bare, bare + "ه"}:
                nat_adj[form] = c["country"]
        for n in c["names"]:
            countries[_fold(n)] = c["country"]
        country_words[c["country"]] = frozenset(_stem(w) for n in c["names"] for w in _fold(n).split())
    reg = lexicons.load("officials.json")
    officials: dict[str, dict[str, Any]] = {}
    surnames: dict[str, dict[str, Any] | None] = {}
    name_tokens: set[str] = set()
    for e in reg["officials"]:
        for n in e["names_ar"]:
            fn = _fold(n)
            officials.setdefault(fn, e)
            name_tokens.update(fn.split())
            if " " not in fn:
                surnames[fn] = None if fn in surnames and surnames[fn] is not e else e
    heads = sp["title_heads"]
    compound_heads = {_fold(x): off for off in (True, False)
                      for x in sp["compound_title_heads"]["official" if off else "non_official"]}
    return _Lex(
        verbs=verbs, participles=_fs(sp["participles"]),
        part_preps={_fold(k): _fs(v) for k, v in sp["participle_preps"].items()}, post_nat=_fs(sp["post_nationality"]), according=_fs(sp["according_to"]),
        comps=_fs(sp["complementizers"]), pron_comps=_fs(sp["pronoun_complementizers"]), preps=_fs(sp["prepositions"]),
        heads_official=frozenset(_strip_def(_fold(x)) for x in heads["official"]),
        heads_other=frozenset(_strip_def(_fold(x)) for x in heads["non_official"]),
        generic_heads=frozenset(_strip_def(_fold(x)) for x in sp["generic_heads"]),
        ranks=_fs(sp["ranks"]), org_nouns=_fs(sp["org_nouns"]), anon_heads=_fs(sp["anonymous_heads"]),
        anon_mods=_fs(sp["anonymous_modifiers"]), anon_official=_fs(sp["official_anonymous_modifiers"]),
        inst_heads=_fs(sp["institution_heads"]), statement_nouns=_fs(sp["statement_nouns"]),
        media=_fs(sp["media_words"]), time=_fs(sp["time_words"]), adjunct=_fs(sp["adjunct_starts"]),
        function=_fs(sp["function_words"]), particles=_fs(sp["name_particles"]), former=_fs(sp["former_markers"]),
        relatives=_fs(sp["relatives"]), q_open=frozenset(sp["quote_open"]), q_close=frozenset(sp["quote_close"]),
        nat_adj=nat_adj, countries=countries, country_words=country_words, officials=officials,
        surnames=surnames, name_tokens=frozenset(name_tokens),
        compound_heads=compound_heads, compound_firsts=frozenset(x.split(" ", 1)[0] for x in compound_heads),
        counterparts=_fs(sp["counterpart_nouns"]), descriptor_prons=_fs(sp["descriptor_pronouns"]),
        issuer=_fs(sp["issuer_markers"]), anonymity=_fs(sp["anonymity_words"]),
        relay_objects=_fs(sp["relay_objects"]), adjectival_heads=_fs(sp["adjectival_heads"]),
        anon_official_heads=_fs(sp["official_anonymous_heads"]),
        social_context=tuple(tuple(_fold(x).split()) for x in sp["social_context"]),
        contrast=tuple(tuple(_fold(x).split()) for x in sp["contrast_openers"]),
        relay_markers=_fs(sp["relay_markers"]),
        unnamed_asides=tuple(sorted({tuple(_fold(x).split()) for x in sp["unnamed_asides"]}, key=len, reverse=True)),
        coref_heads=frozenset(_strip_def(_fold(x)).rstrip("ه") for x in sp["coreference_heads"]),
        diplomatic_words=frozenset(_stem(_fold(w)) for x in sp["diplomatic_words"] for w in x.split()),
        legislator_heads=frozenset(_strip_def(_fold(x)).rstrip("ه") for x in sp["legislator_heads"]),
        places=_fs(lexicons.load("places.json")["places"]),
        coref_excluded=frozenset(_strip_def(_fold(x)).rstrip("ه") for x in sp["coreference_excluded_heads"]),
        occupations=frozenset(_strip_def(_fold(x)) for x in sp["occupation_heads"]),
        occ_excluded=_fs(sp["occupation_excluded_complements"]), regions=_fs(nat["regions"]),
        private_inst=_fs(sp["private_institution_heads"]),
        presiding=_fs(sp["presiding_verbs"]), presiding_title=sp["presiding_title"],
        minister_heads=frozenset(_strip_def(_fold(x)) for x in sp["minister_ministry"]["heads"]),
        ministry=sp["minister_ministry"]["ministry"], ministry_excluded=_fs(sp["minister_ministry"]["excluded"]),
    )


@dataclass(slots=True)
class _Tok:
    s: int
    e: int
    raw: str
    k: str
    word: bool
    info: _KeyInfo  # the lexical flags of k (_NO_INFO for punctuation)
    in_quote: bool = False


@dataclass
class _NP:
    kind: str  # named | role | anonymous | institution | media
    start: int  # token indexes [start, end)
    end: int
    name: tuple[int, int] | None = None
    title: tuple[int, int] | None = None
    rank: tuple[int, int] | None = None
    span: tuple[int, int] | None = None  # descriptor span for anonymous / institution speakers
    org: tuple[int, int] | None = None
    official: bool | None = None
    definite_ref: bool = False  # "المصدر", "الرئاسة": refers back
    counterpart: bool = False  # the title is "نظيره ...": taken from the article's mentions
    org_text: str | None = None  # an organisation known by name only (a nationality's country)
    title2: tuple[int, int] | None = None  # a second title in apposition after the name
    pron: str | None = None  # "وفدها", "رئيسه": the gender of the pronoun pointing to an organisation
    joined: bool = False  # TITLE، TITLE2، NAME: the person's title is both (title, then title2)


@dataclass
class _Ent:
    kind: str
    name: str | None = None
    title: str | None = None
    org: str | None = None
    official: bool = False
    oid: str | None = None
    heads: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    descriptor: str | None = None
    titled: bool = False
    org_weak: bool = False  # the organisation is only the ministry a minister's title names

    @property
    def speaker(self) -> str:
        return self.name or self.descriptor or self.title or ""


@dataclass
class _Stmt:
    ent: _Ent
    cs: int  # char offsets of the content
    ce: int
    direct: bool
    verb: str
    para: int


class _Doc:
    """One article: tokens, quotation spans, mentions and the running speaker state."""

    def __init__(self, text: str, title: str | None) -> None:
        self.L = _lex()
        self.text = text
        self.toks: list[_Tok] = []
        self.paras: list[tuple[int, int]] = []  # token ranges
        pos = 0
        L = self.L
        memo = L.tok_memo
        toks = self.toks
        append = toks.append
        for line in text.split("\n"):
            first = len(toks)
            for m in _TOKEN.finditer(line):
                raw = m.group()
                wk = memo.get(raw)
                if wk is None:
                    word = unicodedata.category(raw[0])[0] in "LMN"
                    key = _fold(raw) if word else raw
                    wk = (word, key, L.info(key) if word and key else _NO_INFO)
                    if len(memo) >= _MEMO_MAX:
                        memo.clear()
                    memo[raw] = wk
                word, key, info = wk
                if word and not key:
                    continue
                s, e = m.span()
                append(_Tok(pos + s, pos + e, raw, key, word, info))
            self.paras.append((first, len(toks)))
            pos += len(line) + 1
        self._mark_quotes()
        self.keyset = frozenset([t.k for t in self.toks if t.word])
        self.ents: list[_Ent] = []
        self.mentions: list[tuple[str, str]] = []  # (name, title) pairs anywhere (headline included)
        self.mention_pos: list[tuple[int, str, str]] = []  # (token index, -1 in the headline; name, title)
        self.title_text = title or ""
        self.known_names: set[str] = set()

    # ----- lexical helpers
    def paras_end(self, i: int) -> int:
        """End (exclusive) of the paragraph holding token i."""
        for a, b in self.paras:
            if a <= i < b:
                return b
        return len(self.toks)

    def k(self, i: int) -> str:
        return self.toks[i].k if 0 <= i < len(self.toks) else ""

    def base(self, k: str) -> str:
        """The key without a leading conjunction."""
        return k[1:] if len(k) > 3 and k[0] in _CONJ else k

    def is_punct(self, i: int, chars: set[str] | frozenset[str]) -> bool:
        return 0 <= i < len(self.toks) and not self.toks[i].word and self.toks[i].raw in chars

    def _mark_quotes(self) -> None:
        L = _lex()
        for a, b in self.paras:
            opener: str | None = None
            start = -1
            for i in range(a, b):
                t = self.toks[i]
                if t.word:
                    if opener:
                        t.in_quote = True
                    continue
                if opener is None and t.raw in L.q_open:
                    opener, start = t.raw, i
                elif opener is not None and t.raw in L.q_close and self._closes(opener, t.raw):
                    opener = None
                elif opener:
                    t.in_quote = True
            if opener is not None:  # unbalanced: only the first few words are trusted as quoted
                for i in range(start + 1, b):
                    self.toks[i].in_quote = False

    @staticmethod
    def _closes(opener: str, closer: str) -> bool:
        pairs = {"«": "»", "“": "”", "„": "”", "‟": "”", "\"": "\"", "″": "″", "”": "”", "»": "»"}
        want = pairs.get(opener)
        return closer == want or (opener in "«»" and closer in "«»") or (opener in "“”\"″" and closer in "“”\"″")

    def quote_end(self, i: int, limit: int) -> int:
        """Index of the closing mark of the quotation opened at token i (or -1)."""
        opener = self.toks[i].raw
        for j in range(i + 1, limit):
            t = self.toks[j]
            if not t.word and t.raw in self.L.q_close and self._closes(opener, t.raw):
                return j
        return -1

    def verb_at(self, i: int) -> dict[str, Any] | None:
        t = self.toks[i]
        if not t.word:
            return None
        info = t.info
        if info.verb is not None:
            return info.verb
        if info.verb_obj is not None:
            # an object pronoun on a transitive speech verb before a complementiser: "ووصفتها بأنها «...»"
            nxt = self.k(i + 1)
            if nxt in self.L.comps and (nxt.startswith("ب") or nxt in ("ان", "انه", "انها")):
                return info.verb_obj
        return None

    def participle_at(self, i: int) -> bool:
        t = self.toks[i]
        return t.word and t.info.part

    def according_at(self, i: int) -> bool:
        t = self.toks[i]
        return t.word and t.info.acc

    def lexical(self, k: str) -> bool:
        """A word of the grammar (never part of a personal name)."""
        L = self.L
        b = self.base(k)
        for x in (k, b):
            if (x in L.function or x in L.time or x in L.ranks or x in L.org_nouns or x in L.anon_heads
                    or x in L.inst_heads or x in L.media or x in L.comps or x in L.verbs or x in L.participles
                    or x in L.countries or x in L.nat_adj or x in L.according or x in L.relatives
                    or x in L.statement_nouns or x in L.relay_objects or x in L.counterparts or x in L.regions):
                return True
        return L.is_head(k) or L.is_head(b)

    def head_at(self, j: int) -> bool:
        """Token j opens a title: a title head, or a two-word head ("رجل الأعمال")."""
        if not (0 <= j < len(self.toks)) or not self.toks[j].word:
            return False
        t = self.toks[j]
        k = t.k
        if k in self.L.adjectival_heads and j > 0 and self.toks[j - 1].word and not self.verb_at(j - 1) \
                and self.k(j - 1) not in _CONJ:
            return False  # "مؤتمر صحفي": an adjective, not a title
        return t.info.head or t.info.cfirst and self.compound_head(j)

    def compound_head(self, j: int) -> bool:
        return j + 1 < len(self.toks) and (self.base(self.k(j)) + " " + self.k(j + 1)) in self.L.compound_heads

    def toks_known(self, j: int) -> set[int]:
        """{j} when token j is a name already met in the article (a surname used alone), else empty."""
        return {j} if 0 <= j < len(self.toks) and self.toks[j].word and self.k(j) in self.known_names else set()

    def known_name_token(self, k: str) -> bool:
        return k in self.L.name_tokens or k in self.known_names

    # ----- noun phrase grammar
    def parse_np(self, i: int, end: int) -> _NP | None:
        L = self.L
        j = i
        if j >= end:
            return None
        k = self.k(j)
        b = self.base(k)
        if not self.toks[j].word and self.toks[j].raw not in L.q_open:
            return None
        if b in L.media or k in L.media:
            return _NP("media", i, j + 1)
        if k in _DEMONSTRATIVES and j + 1 < end and self.toks[j + 1].word and (
                _strip_def(self.k(j + 1)) in L.anon_heads or self.k(j + 1) in L.inst_heads):
            # "ورأت هذه الأوساط أن": a demonstrative points back to a speaker already named
            np0 = self.parse_np(j + 1, end)
            if np0 is not None and np0.kind in ("anonymous", "institution"):
                np0.start, np0.definite_ref = i, True
            return np0
        if (b in L.anon_heads or _strip_def(b) in L.anon_heads) and not (
                b.startswith("ال") and _strip_def(b) in L.generic_heads):
            return self.parse_anon(i, end)
        if b in L.counterparts or k in L.counterparts:
            return self.parse_counterpart(i, end)
        rank_s = j
        j = self.skip_ranks(j, end)
        rank = (rank_s, j) if j > rank_s else None
        if j < end and self.is_punct(j, _COMMA) and rank:
            j += 1
        k = self.k(j)
        occ = j < end and not self.head_at(j) and self.occupation_at(j)
        if j < end and (self.head_at(j) or occ) and not (rank and self.name_like(j)):
            t_end = self.parse_occupation(j, end) if occ else self.parse_title(j, end)
            if t_end <= j:
                return None
            t_end = self.appositive_title_end(t_end, end)
            np = _NP("role", i, t_end, title=(j, t_end), rank=rank)
            j2 = t_end
            if j2 < end and self.is_punct(j2, _COMMA):
                j2 += 1
            j3 = self.skip_ranks(j2, end)
            if j3 < end and self.is_punct(j3, _COMMA) and j3 > j2:
                j3 += 1
            n_end = -1
            if j3 == j2 and j2 > t_end and self.head_at(j2) and not self.L.counterparts & {self.k(j2)}:
                # TITLE، TITLE NAME ("رئيس الوفد، النائب منير ..."): the first title is kept
                j3 = self.parse_title(j2, end)
                t2e = self.appositive_title_end(j3, end)
                if self.is_punct(t2e, _COMMA) and t2e - j2 < 16:
                    # TITLE، TITLE2، NAME، ("الوزير المنتدب ...، الناطق الرسمي باسم الحكومة، X،"): both titles
                    r = self.skip_ranks(t2e + 1, end)
                    if r < end and self.is_punct(r, _COMMA) and r > t2e + 1:
                        r += 1
                    n2 = self.parse_name(r, end, after_title=True)
                    n2 = self.comma_name(r, end) if n2 <= r else self.name_to_comma(n2, end)
                    if n2 > r and (n2 >= end or self.is_punct(n2, _COMMA)):
                        np.title2, np.joined, j3, n_end = (j2, t2e), True, r, n2
                if n_end < 0 and self.parse_name(j3, end, after_title=True) <= j3:
                    j3 = self.name_before_comma(j2, end)
            if n_end < 0:
                n_end = self.parse_name(j3, end, after_title=True)
                if n_end <= j3 and j3 > t_end and (self.is_punct(j3 - 1, _COMMA) or self.is_punct(t_end, _COMMA)):
                    n_end = self.comma_name(j3, end)  # "، فراس المصري،" / "، الدكتور فراس المصري،"
                elif n_end > j3 and j2 > t_end:
                    n_end = self.name_to_comma(n_end, end)
            if n_end > j3:
                np.kind, np.name, np.end = "named", (j3, n_end), n_end
                if n_end < end and self.is_punct(n_end, _COMMA):
                    np.end = n_end  # the closing comma is left to the caller
                    if not np.joined and self.head_at(n_end + 1):  # TITLE NAME، TITLE2، : a second title
                        t2 = self.parse_title(n_end + 1, end)
                        while t2 < end and t2 - n_end < 12 and self.toks[t2].word and not (
                                self.k(t2) in self.L.comps or self.verb_at(t2) or self.participle_at(t2)
                                or self.k(t2) in self.L.time or self.k(t2) in self.L.relatives):
                            t2 += 1  # "رئيس مجموعة القحطاني القابضة": a company named after a family
                        if t2 < end and self.is_punct(t2, _COMMA):
                            np.title2, np.end = (n_end + 1, t2), t2
            if occ and np.kind != "named":
                return None  # "قال الفلاح إن": an occupation alone names nobody
            return np
        if j < end and self.toks[j].word and (b in L.inst_heads or k in L.inst_heads or self.base(k) in L.inst_heads) \
                and not self.name_like(j):
            return self.parse_institution(j, end, i)
        pr = self.pron_ref(j) if j < end else None
        if pr is not None and pr[1] != "باسم" and (j + 1 >= end or self.boundary(j + 1, end)):
            # "وقال وفدها / رئيسها إن": the organisation is the one named just before (resolved later)
            head = self.L.is_head(pr[1])
            return _NP("role" if head else "institution", i, j + 1, title=(j, j + 1) if head else None,
                       span=None if head else (j, j + 1), pron=pr[0])
        n_end = self.parse_name(j, end, after_title=rank is not None)
        if n_end <= j:
            return None
        np = _NP("named", i, n_end, name=(j, n_end), rank=rank)
        # NAME، TITLE  or  NAME TITLE  or  NAME، وهو DESCRIPTOR
        j2 = n_end
        if j2 < end and self.is_punct(j2, _COMMA):
            j2 += 1
        if j2 < end and self.head_at(j2):
            t_end = self.parse_title(j2, end)
            np.title, np.end = (j2, t_end), t_end
        elif j2 > n_end and j2 < end and self.occupation_at(j2):
            t_end = self.parse_occupation(j2, end)  # "X، المزارع من ريف ...،": NAME، OCCUPATION
            if t_end > j2:
                np.title, np.end = (j2, t_end), t_end
        elif j2 > n_end and j2 + 1 < end and self.k(j2) in L.descriptor_prons:
            d_end = self.parse_descriptor(j2 + 1, end)
            if d_end < end and not self.is_punct(d_end, _COMMA):
                d_end = max(d_end, self.comma_descriptor(j2 + 1, end))
            if d_end > j2 + 1:
                np.title, np.end = (j2 + 1, d_end), d_end
        return np

    def _comma_at(self, j: int, end: int, span: int) -> int:
        """Index of the comma closing the words that start at j (-1 if something else comes first)."""
        for m in range(j, min(end, j + span)):
            if self.is_punct(m, _COMMA):
                return m
            if not self.toks[m].word:
                return -1
        return -1

    def name_before_comma(self, j2: int, end: int) -> int:
        """"رئيس الوفد، وكيل وزارة الخارجية نبيل العمودي،": the second title runs into the name; the name
        is the last words before the closing comma (the start of the name, or j2 when there is none)."""
        m = self._comma_at(j2, end, 14)
        if m < 0:
            return j2
        for s in range(j2 + 1, m):
            if m - s <= 4 and self.parse_name(s, m, after_title=True) == m:
                return s
        return j2

    def comma_name(self, j: int, end: int) -> int:
        """"رئيس الوفد الليبي، الهادي القماطي، أن": two to four name words (the article allowed) between the
        commas after a title, when the statement follows the closing comma. End of the name, or j."""
        L = self.L
        m = self._comma_at(j, end, 7)
        if m < 0 or m - j < 2 or m - j > 4 and not any(self.k(x) in L.particles for x in range(j + 1, m - 1)):
            return j  # five or six words only with a particle ("المصطفى ولد سيدي عبد الله")
        for x in range(j, m):
            k = self.k(x)
            b = _strip_def(k)
            # a nisba surname after a first name ("فراس المصري") is a name, a nationality alone is not
            nisba = x > j and k.startswith("ال") and k in L.nat_adj and self.name_like(j)
            if nisba:
                continue
            if (self.lexical(k) or k in L.nat_adj or b in L.nat_adj or k in L.time or b in L.time
                    or k.isdigit() or _TANWEEN.search(self.toks[x].raw) or L.is_head(k)
                    or k.startswith(("بال", "لل", "وال", "فال", "كال")) or k in L.former or k in L.post_nat
                    or k[-1:] == "ه" and x == m - 1 and self.toks[x].raw.endswith("ه")
                    and self.k(x - 1) not in L.particles):  # "عبد الله" is a name, "وزيره" no
                return j
        nxt = self.k(m + 1)
        if m + 1 < end and (nxt in L.comps or self.base(nxt) in L.comps or nxt in L.adjunct
                            or self.verb_at(m + 1) or self.is_punct(m + 1, L.q_open)):
            return m
        return j

    def name_to_comma(self, n: int, end: int) -> int:
        """"، السفير محمد الأمين قسم السيد، في": an appositive name between commas runs on to the comma
        over words that are also titles or ranks ("الأمين", "السيد")."""
        L = self.L
        m = self._comma_at(n, end, 4)
        if m <= n:
            return n
        for x in range(n, m):
            k = self.k(x)
            if (k in L.function or k in L.time or k in L.comps or k in L.nat_adj or k in L.org_nouns
                    or k in L.media or k in L.former or k in L.post_nat or k in L.relatives or k in L.according
                    or self.verb_at(x) or self.participle_at(x) or k.isdigit() or _TANWEEN.search(self.toks[x].raw)
                    or k.startswith(("بال", "لل", "وال", "فال", "كال"))):
                return n
        nxt = self.k(m + 1)
        if m + 1 < end and (nxt in L.comps or self.base(nxt) in L.comps or nxt in L.adjunct
                            or self.verb_at(m + 1) or self.is_punct(m + 1, L.q_open)):
            return m
        return n

    def parse_counterpart(self, i: int, end: int) -> _NP | None:
        """"نظيره القبرصي أندرياس كوستا": a name whose title is its referent's, with this nationality."""
        j = i + 1
        while j < end and self.toks[j].word and j - i < 3 and self.k(j) in self.L.nat_adj:
            j += 1
        n_end = self.parse_name(j, end, after_title=True)
        if n_end <= j:
            return None
        return _NP("named", i, n_end, name=(j, n_end), title=(i, j), counterpart=True)

    def kunya_at(self, j: int) -> bool:
        """"أم محمد" / "أبو يزن": a kunya (أم with its hamza, never the conjunction "or" of a question) before
        a first name, not a place ("أبو ظبي")."""
        if j + 1 >= len(self.toks) or not self.toks[j].word or self.toks[j].in_quote:
            return False
        k = self.k(j)
        if k not in ("ام", "ابو") or k == "ام" and _TASHKEEL.sub("", self.toks[j].raw) != "أم":
            return False
        n = self.toks[j + 1]
        two = k + " " + n.k
        return n.word and not n.in_quote and not self.lexical(n.k) and not n.k.startswith("ال") \
            and two not in self.L.countries and two not in self.L.places and not _TANWEEN.search(n.raw)

    def comma_descriptor(self, j: int, end: int) -> int:
        """"X، وهي من سكان الحي، إن" / "، وهي أم لثلاثة أطفال، إنها": a short descriptor closed by a comma
        right before the statement; its end (the comma), or j."""
        L = self.L
        m = self._comma_at(j, end, 9)
        if m <= j or m + 1 >= end or not (self.k(m + 1) in L.comps or self.base(self.k(m + 1)) in L.comps):
            return j
        if self.k(j)[:1] in "يت" and not self.head_at(j) and not self.occupation_at(j):
            return j  # "وهو يبتسم": a clause, no descriptor
        for x in range(j, m):
            k = self.k(x)
            relative = k in L.relatives and (k != "من" or self.k(x + 1)[:1] in "يت")  # "من سكان" is no relative
            if self.toks[x].in_quote or k in L.comps or relative or self.verb_at(x) or self.participle_at(x) \
                    or k in L.time or self.according_at(x):
                return j
        return m

    def parse_descriptor(self, j: int, end: int) -> int:
        """End of a short descriptor noun phrase after "وهو": "لاجئ من ريف حمص", "طالب جامعي"."""
        L = self.L
        if not self.toks[j].word or self.lexical(self.k(j)) and not self.head_at(j) or self.verb_at(j) \
                or self.k(j)[:1] in "يت" and not self.head_at(j):
            return j
        n = j + 1
        while n < end and n - j < 6 and self.toks[n].word:
            k = self.k(n)
            if k.startswith("ال") or k in L.nat_adj:
                n += 1
                continue
            if k not in ("من", "في", "فى", "ب") and (k in L.comps or k in L.time or k in L.relatives
                                                   or self.verb_at(n) or self.participle_at(n)):
                break
            if k in ("من", "في", "فى", "ب") and n + 1 < end and self.toks[n + 1].word and \
                    not self.lexical(self.k(n + 1)) or k in ("من", "في", "فى") and self.org_like(n + 1):
                n += 2
                if n < end and self.toks[n].word and self.k(n)[:1] not in "يتنا" and self.k(n) not in L.function \
                        and self.k(n) not in L.comps and not self.verb_at(n):
                    n += 1
                continue
            break
        return n

    def occupation_at(self, j: int) -> bool:
        """Token j is a trade or condition ("الفلاح", "سائق", "صاحب", "المواطنة")."""
        if not (0 <= j < len(self.toks)) or not self.toks[j].word:
            return False
        b = self.base(self.k(j))
        return _strip_def(b) in self.L.occupations or _strip_def(self.k(j)) in self.L.occupations

    def parse_occupation(self, j: int, end: int) -> int:
        """End of an occupation title at j: "الفلاح", "المواطنة السورية", "سائق الشاحنة", "صاحب مكتب"; an
        indefinite one needs its complement (never an honorific: "صاحب السمو"); j when there is none."""
        L = self.L
        n = j + 1
        if not self.base(self.k(j)).startswith("ال"):
            if n >= end or not self.toks[n].word:
                return j
            k = self.k(n)
            if (k in L.occ_excluded or k in L.function or k in L.comps or k in L.time or k in L.ranks
                    or self.verb_at(n) or self.participle_at(n) or self.known_name_token(k) or k.isdigit()
                    or k[:1] in "لب" and not k.startswith("ال") and not self.org_like(n)
                    or _TANWEEN.search(self.toks[n].raw)):
                return j
            n += 1
        while n < end and n - j < 4 and self.toks[n].word and self.k(n).startswith("ال") and self.k(n) in L.nat_adj:
            n += 1  # "الفلاح التونسي"
        return n

    def appositive_title_end(self, t_end: int, end: int) -> int:
        """A title runs on to the comma before a name: "السفير ... لدى الأمم المتحدة في جنيف، يوسف العلوي،"."""
        if t_end >= end or not self.toks[t_end].word:
            return t_end
        L = self.L
        m = t_end
        while m < end and m - t_end < 7 and self.toks[m].word:
            k = self.k(m)
            after_prep = m > t_end and self.k(m - 1) in ("في", "فى", "لدي", "بشان", "حول", "الي", "من", "عن")
            if (k in L.comps or k in L.time or k in L.relatives or k in L.media or self.verb_at(m)
                    or self.participle_at(m) or self.according_at(m)
                    or k[:1] in "يتن" and not self.org_like(m) and not after_prep):
                return t_end  # an imperfect verb ("يقيم"): the clause goes on, no apposition
            m += 1
        if m >= end or not self.is_punct(m, _COMMA) or m == t_end:
            return t_end
        r = self.skip_ranks(m + 1, end)  # "الخبير في الموارد المائية، الدكتور X،"
        n_end = self.parse_name(r, end, after_title=True)
        if n_end <= r:
            n_end = self.comma_name(r, end)
        if n_end > r and (n_end >= end or self.is_punct(n_end, _COMMA)):
            return m
        return t_end

    def skip_ranks(self, j: int, end: int) -> int:
        while j < end and self.toks[j].word and (self.k(j) in self.L.ranks or self.base(self.k(j)) in self.L.ranks):
            if self.L.is_head(self.k(j)) and not self.name_like(j + 1) and not self.is_punct(j + 1, _COMMA) \
                    and not (j + 1 < end and self.k(j + 1) in self.L.ranks):
                break  # "السفير الياباني": a title, not a rank
            j += 1
            if j < end and self.is_punct(j, {"."}) and self.k(j - 1) == "د":
                j += 1
        return j

    def name_like(self, j: int) -> bool:
        """Token j can start a personal name: registry/known name, or not a grammar word."""
        if j >= len(self.toks) or not self.toks[j].word:
            return False
        k = self.k(j)
        if (self.toks[j].raw.endswith("ى") and k in self.L.function) or _TANWEEN.search(self.toks[j].raw):
            return False
        if self.pron_ref(j):
            return False  # "وفدها", "باسمها"
        if self.kunya_at(j):
            return True
        if self.known_name_token(k) and not (self.L.is_head(k) and k not in self.known_names):
            return True
        if self.lexical(k) or k.isdigit() or _TANWEEN.search(self.toks[j].raw):
            return False
        if (k.startswith("ال") and self.toks[j].raw.startswith("ال")) or k.startswith("لل"):
            return False  # the article (a hamzated alef, as in "إلينا", is a name)
        if k[0] == "ل" and len(k) > 3 and (self.known_name_token(k[1:]) or k[1:] in self.keyset):
            return False  # a preposition on a name met elsewhere: an addressee, not the speaker
        if k.endswith("ا") and len(k) > 3 and self.lexical(k[:-1]):
            return False  # an accusative noun ("بيانا")
        if k[0] == "ب" and len(k) > 3 and self.lexical(k[1:]):
            return False
        if k[0] == "ل" and len(k) > 3 and (k[1:] in self.L.media or k[1:] in self.L.org_nouns):
            return False  # "لصحيفة": the addressee of the statement
        return True

    def parse_name(self, j: int, end: int, after_title: bool = False, ali: bool = True) -> int:
        """End index of a personal name starting at j (j when there is none)."""
        r = self._parse_name(j, end, after_title, ali)
        if r == -1:  # "محمد علي ضرورة ...": no name with علي inside, so it is the preposition على
            r = self._parse_name(j, end, after_title, False)
        return max(r, j)

    def _parse_name(self, j: int, end: int, after_title: bool, ali: bool) -> int:
        L = self.L
        with_ali = False
        quoted = j < end and self.is_punct(j, L.q_open)
        s = j + 1 if quoted else j
        if s >= end or not self.name_like(s):
            return j
        n = s + 1
        while n < end and n - s < 5:
            t = self.toks[n]
            if not t.word:
                break
            k = t.k
            if k in L.particles or self.toks[n - 1].k in L.particles:
                n += 1
                continue
            if self.known_name_token(k) and not self.lexical(k):
                n += 1
                continue
            if quoted and not (k in L.function or k in L.comps or self.verb_at(n) or k.isdigit()):
                n += 1
                continue
            if k.startswith(("بال", "لل", "وال", "فال", "كال")) or self.pron_ref(n):
                break  # a prepositional or coordinated phrase, not a surname ("ميرفيلد بالإعلان"); "وفدها"
            if ali and k == "علي" and _TASHKEEL.sub("", t.raw).endswith("\u064a") and n + 1 < end \
                    and not self.toks[n + 1].in_quote and (self.name_like(n + 1) or self.toks[n + 1].word and (
                        self.k(n + 1).startswith("ال") and not self.lexical(self.k(n + 1))
                        and self.k(n + 1) not in L.nat_adj and not L.is_head(self.k(n + 1)))):
                n += 1  # "محمد علي الجموسي": the name علي (dotted ya), not the preposition على
                with_ali = True
                continue
            if k in L.ranks and k.startswith("ال") and (n + 1 >= end or not self.toks[n + 1].word):
                n += 1  # a surname that is also a rank word ("حسام النقيب،")
                continue
            if k in L.nat_adj and not k.startswith("ال") and n > s and not L.is_head(k) \
                    and n + 1 < end and self.boundary(n + 1, end) and self.toks[n + 1].k not in L.nat_adj:
                n += 1  # an indefinite nisba after a first name is a surname ("ماركو روسي بالقرار")
                continue
            if self.lexical(k) or k.isdigit() or k in L.nat_adj or _TANWEEN.search(t.raw):
                break
            if k[0] == "ل" and len(k) > 3 and not self.known_name_token(k) and not (
                    after_title and self.is_punct(n + 1, _COMMA) and not self.lexical(k[1:])
                    and not k.startswith("لل") and k[1:] not in self.keyset):
                break  # "لنظيره": a preposition; but "، ماريا لونغو،" is a surname
            n += 1
        if self.toks[n - 1].k in L.particles:
            n -= 1
        keys = [self.k(x) for x in range(s, n)]
        for m in range(len(keys), 1, -1):  # a registry name is the whole name ("ممدوح العبادي احتجاجات")
            if " ".join(keys[:m]) in L.officials:
                n = s + m
                keys = keys[:m]
                break
        known = " ".join(keys) in L.officials or all(self.known_name_token(x) for x in keys)
        if not known and not quoted:
            if len(keys) > 4 or not self.boundary(n, end):
                return -1 if with_ali else j
        if with_ali and n < end and self.toks[n].word and not (
                self.k(n) in L.comps or self.base(self.k(n)) in L.comps or self.k(n) in L.adjunct
                or self.k(n) in L.time or self.verb_at(n) or self.participle_at(n)):
            return -1  # علي inside a name only before a clear end of the name
        if quoted:
            if n < end and self.is_punct(n, L.q_close):
                return n + 1
            return j
        if n < end and self.toks[n].word and not after_title and n - s == 1 and not self.known_name_token(self.k(s)):
            # a lone unknown word followed by more words: likely not a name
            nxt = self.k(n)
            if not (nxt in L.adjunct or self.base(nxt) in L.adjunct or nxt in L.comps or nxt in L.time):
                return j
        return n

    def appositive_ahead(self, n: int, end: int) -> bool:
        """More adjectives of the title follow, up to the comma before the name ("... السودانية الانتقالية، حمزة")."""
        m = n
        while m < end and m - n < 3 and self.toks[m].word and self.k(m).startswith("ال") and not (
                self.k(m) in self.L.time or self.L.is_head(self.k(m))):
            m += 1
        return m > n and m < end and self.is_punct(m, _COMMA)

    def boundary(self, n: int, end: int) -> bool:
        """Token n can follow a personal name."""
        if n >= end or not self.toks[n].word:
            return True
        k = self.k(n)
        b = self.base(k)
        L = self.L
        return (k in L.comps or b in L.comps or k in L.adjunct or b in L.adjunct or k in L.time or b in L.time
                or self.verb_at(n) is not None or self.participle_at(n) or L.is_head(k) or L.is_head(b)
                or k in L.ranks or k[0] in "ل" or k in L.according or k in L.preps
                or k in L.relay_objects or k in L.counterparts or k.startswith("بال")
                or bool(_TANWEEN.search(self.toks[n].raw)) or (k[0] == "ب" and len(k) > 3 and self.lexical(k[1:])))

    def title_span(self, a: int, b: int) -> str:
        """A title span without a leading conjunction ("ورئيس النظام" -> "رئيس النظام")."""
        t = self.span_text(a, b)
        k = self.k(a)
        if k.startswith("و") and not self.L.is_head(k) and self.L.is_head(k[1:]) and t.startswith("و"):
            t = t[1:].lstrip()
        return t

    def org_like(self, j: int) -> bool:
        k = self.k(j)
        b = self.base(k)
        L = self.L
        return bool(k) and (k in L.org_nouns or b in L.org_nouns or k in L.countries or b in L.countries
                            or _strip_def(b) in L.org_nouns or self.lexical_country_phrase(j))

    def region_at(self, j: int) -> bool:
        """Token j is a continent or world region ("آسيا", "لأفريقيا"), with or without a preposition."""
        k = self.k(j)
        regions = self.L.regions
        return bool(k) and (k in regions or self.base(k) in regions or k[0] in "لب" and len(k) > 3 and k[1:] in regions)

    def lexical_country_phrase(self, j: int) -> bool:
        two = self.k(j) + " " + self.k(j + 1)
        return two in self.L.countries

    def name_brackets(self, n: int, end: int) -> int:
        """Closing token of a bracketed name inside a title: «...» right after an indefinite organisation
        noun in construct ("منظمة «العدالة أولاً»"), or (...) glossing the word before ("أنصار الله
        (الحوثيين)"); 1-4 plain words, then a comma or a definite adjective. -1 otherwise."""
        raw = self.toks[n].raw
        prev = self.k(n - 1)
        if raw in self.L.q_open:
            if prev.startswith("ال") or prev not in self.L.org_nouns:
                return -1
            close = self.quote_end(n, min(end, n + 6))
        elif raw == "(" and n > 0 and self.toks[n - 1].word:
            close = next((m for m in range(n + 1, min(end, n + 6)) if self.toks[m].raw == ")"), -1)
        else:
            return -1
        if close < n + 2 or not all(self.toks[m].word for m in range(n + 1, close)) \
                or any(self.verb_at(m) or self.k(m) in self.L.comps for m in range(n + 1, close)):
            return -1
        nxt = close + 1
        if nxt >= end or not (self.is_punct(nxt, _COMMA) or self.toks[nxt].word and self.k(nxt).startswith("ال")):
            return -1
        return close

    def parse_title(self, j: int, end: int, person: bool = True) -> int:
        """End of a title phrase starting with a title head at j."""
        L = self.L
        n = j + 1
        prev_org = self.org_like(j)
        while n < end and n - j < 16:
            t = self.toks[n]
            if not t.word:
                close = self.name_brackets(n, end)
                if close < 0:
                    break
                n = close + 1  # "منظمة «العدالة أولاً» الحقوقية", "جماعة أنصار الله (الحوثيين)"
                prev_org = False
                continue
            k = t.k
            b = self.base(k)
            if self.pron_ref(n):
                n += 1  # "رئيس وفدها", "المتحدث باسمها": a pronoun closes the title
                break
            if k in L.time or b in L.time or k in L.relatives or (k in L.ranks and not L.is_head(k)):
                break
            if k in L.ranks and self.name_like(n + 1):
                break
            if n > j + 1 and self.k(n - 1) in L.nat_adj and k not in L.former and k not in L.post_nat \
                    and not L.is_head(b) and not (k.startswith("لل") and self.k(n - 2) in L.org_nouns
                                                  and self.k(n - 2).startswith("ال")) and k not in ("و", "الي", "لدي", "في", "فى", "عن") and not self.appositive_ahead(n, end):
                break
            if k in L.media and person and k.startswith("ال") and L.is_head(self.k(n - 1)) \
                    and not self.k(n - 1).startswith("ال") and self.is_punct(n + 1, _COMMA):
                n += 1  # "نائب رئيس الوكالة، X،": the body a title head governs, not an outlet addressed
                break
            if k in L.comps or k in L.verbs or self.verb_at(n) or self.participle_at(n) or k in L.media:
                break
            if k == "الله" and n > j + 1 and self.k(n - 1) not in L.particles and not self.k(n - 1).startswith(("عبد", "عبيد")):
                n += 1  # "جماعة أنصار الله", "حزب الله": a name of God closes an organisation's name
                continue
            if self.known_name_token(k) and not self.lexical(k) and not L.is_head(k):
                break
            if k == "عن" and person and self.legislator_at(j) and n + 1 < end and self.toks[n + 1].word and (
                    self.org_like(n + 1) or self.k(n + 1) in L.places):
                n += 2  # "النائب عن محافظة البصرة في البرلمان": the constituency, part of the title
                if self.org_like(n - 1) and not self.k(n - 1).startswith("ال") and n < end and self.toks[n].word \
                        and not self.lexical(self.k(n)):
                    n += 1  # "عن محافظة ديالى": the noun's complement is the province, not the name
                prev_org = False  # a name follows the constituency, not an idafa chain
                continue
            if k in ("باسم", "بإسم", "باعمال", "لدي") or _fold(t.raw) in ("باسم", "لدي", "باعمال"):
                n += 1
                prev_org = True
                continue
            if person and k in ("الي", "إلي") and n + 1 < end and self.toks[n + 1].word and not self.lexical(self.k(n + 1)):
                n += 2
                if n < end and self.toks[n].word and (self.org_like(n) or (
                        not self.lexical(self.k(n)) and self.boundary(n + 1, end) and not self.toks[n + 1].word)):
                    n += 1
                continue
            if k in ("في", "الي", "لدي", "فى", "من", "مع") or (k == "ب"):
                if n + 1 < end and k != "من" and self.region_at(n + 1):
                    n += 2  # "ممثل المنظمة في أفريقيا"
                    prev_org = False
                    continue
                if n + 1 < end and (self.org_like(n + 1) or self.k(n + 1).startswith("ال")) and self.k(n + 1) not in L.time and (k != "من" or self.org_like(n + 1)) and (
                        k not in ("في", "فى", "مع") or self.org_like(n + 1)):
                    n += 2
                    prev_org = self.org_like(n - 1)
                    continue
                break
            if k == "و" and n + 1 < end and (self.k(n + 1).startswith("ال") or L.is_head(self.k(n + 1))):
                n += 2
                continue
            if k.startswith("ال") or k.startswith("وال") or k.startswith("لل") or k.startswith("بال"):
                if k in L.adjunct or k.startswith("لل") and (
                        "ا" + k[1:] in L.media or k[2:] in L.media or "ا" + k[1:] in _ADDRESSEES):
                    break  # "قال الوزير للصحيفة": the outlet addressed, not part of the title
                h = self.k(j)
                if n == j + 1 and k.startswith("ال") and h.startswith("ال") and h.endswith("ه") \
                        and not k.endswith(("ه", "ي", "ا")):
                    break  # "دعت الوزارة الشركاء الدوليين إلى": a definite feminine head takes no definite
                    # noun after it, only an agreeing adjective ("الحكومة العراقية", "الهيئة العليا")
                n += 1
                prev_org = self.org_like(n - 1)
                continue
            if L.is_head(k) or L.is_head(b):
                n += 1
                prev_org = False
                continue
            if self.region_at(n):
                n += 1  # "مساعد وزير الخارجية لشؤون آسيا", "المبعوث إلى أفريقيا": a region, part of the title
                prev_org = False
                continue
            if self.org_like(n) or (k[0] in "لب" and len(k) > 3 and (k[1:] in L.org_nouns or k[1:] in L.countries)):
                n += 1
                prev_org = True
                continue
            if prev_org and n + 1 < end and self.k(n + 1).startswith("ال") and self.name_like(n) \
                    and not self.known_name_token(k) and k not in L.function and k not in L.adjunct:
                # idafa chain: تحالف دعم الشرعية, حكومة تصريف الأعمال
                n += 1
                prev_org = False
                continue
            break
        return n

    def pron_ref(self, j: int) -> tuple[str, str] | None:
        """Token j is a noun with a possessive pronoun ("وفدها", "رئيسه"): never part of a personal name."""
        if not (0 <= j < len(self.toks)) or not self.toks[j].word:
            return None
        t = self.toks[j]
        return self.L.pron(t.raw, t.k)

    def legislator_at(self, j: int) -> bool:
        """Token j is a member of a legislature ("النائب", "عضو"), whose "عن X" is a constituency."""
        return _strip_def(self.base(self.k(j))).rstrip("ه") in self.L.legislator_heads

    def unnamed_end(self, y: int, end: int) -> int:
        """After an unnamed-source aside ("لم تسمه", "لم يكشف عن هويته") starting at y, else y."""
        if y >= end or not self.toks[y].word:
            return y
        k0 = self.k(y)
        for w in self.L.unnamed_asides:
            if w[0] == k0 and y + len(w) <= end and all(
                    self.toks[y + m].word and self.k(y + m) == w[m] for m in range(1, len(w))):
                return y + len(w)
        return y

    def parse_anon(self, i: int, end: int) -> _NP:
        L = self.L
        head = self.base(self.k(i))
        n = i + 1
        org: tuple[int, int] | None = None
        official = _strip_def(head) in L.anon_official_heads
        country: str | None = None
        while n < end and n - i < 14:
            t = self.toks[n]
            if not t.word:
                break
            k = t.k
            sing = k[:-2] if len(k) > 4 and k[-2:] in ("ون", "ين") else k
            if k in L.anon_mods or _strip_def(k) in L.anon_mods or k in L.nat_adj or sing in L.anon_mods:
                if k in L.nat_adj and country is None:
                    country = L.nat_adj[k]
                if k in L.anon_official or _strip_def(k) in L.anon_official or sing in L.anon_official:
                    official = True
                n += 1
                continue
            if k == "علي" and n > i and self.k(n - 1).startswith(_fold("مطلع")):
                m = n + 1  # "مطلع على الملف / على سير المفاوضات"
                while m < end and m - n <= 3 and self.toks[m].word and (
                        self.k(m).startswith("ال") or m == n + 1 and not self.lexical(self.k(m))):
                    m += 1
                if m == n + 1:
                    break
                n = m
                continue
            if k == "من" and n > i and self.k(n - 1).startswith(_fold("مقرب")):
                e2 = self.parse_np(n + 1, end)
                if e2 and e2.kind in ("named", "role", "institution"):
                    n = e2.end
                    continue
                break
            if k in ("في", "فى") and country and n + 1 < end and self.toks[n + 1].word and self.k(n + 1) in L.countries \
                    and not (n + 2 < end and self.toks[n + 2].word and self.k(n + 2).startswith("ال")):
                n += 2  # "مصدر دبلوماسي سوري في عمّان": where the source is, not whom it speaks for
                continue
            if k in ("في", "فى", "لدى", "ب", "من") and n + 1 < end and self.org_like(n + 1):
                o_end = self.parse_title(n + 1, end) if n + 1 < end else n + 1
                o_end = self.org_name_end(max(o_end, n + 2), end)  # "مصدر في مديرية صحة دير الزور إن"
                org = (n + 1, o_end)
                official = True
                n = o_end
                continue
            if k[0] == "ب" and len(k) > 4 and (k[1:] in L.org_nouns or _strip_def(k[1:]) in L.org_nouns):
                o_end = max(self.parse_title(n, end), n + 1)
                org = (n, o_end)
                official = True
                n = o_end
                continue
            break
        definite = self.k(i).startswith("ال") or self.base(self.k(i)).startswith("ال")
        return _NP("anonymous", i, n, span=(i, n), org=org, official=official, org_text=country,
                   definite_ref=definite and n == i + 1 or all(self.k(x) in L.anon_mods for x in range(i + 1, n))
                   and definite)

    def org_name_end(self, n: int, end: int) -> int:
        """"مؤسسة مياه بيروت وجبل لبنان، في بيان" / "مصدر في مديرية صحة دير الزور إن": the proper name of an
        organisation runs on, over plain nouns and names, to a comma, a complementiser or a time word; n
        when anything else comes first."""
        L = self.L
        m = n
        while m < end and m - n < 5 and self.toks[m].word:
            k = self.k(m)
            b = self.base(k)
            if k in L.comps or b in L.comps or k in L.time or b in L.time or k in ("في", "فى") and (
                    self.k(m + 1) in L.statement_nouns or self.base(self.k(m + 1)) in L.statement_nouns):
                break  # "شركة غوغل في بيان إن"
            place = k in L.countries or k in L.places or b in L.countries or b in L.places
            if place:
                m += 1
                continue
            if (k in L.function or b in L.function or k in L.relatives or k in L.media or b in L.media
                    or k in L.ranks or k in L.statement_nouns or b in L.statement_nouns or self.verb_at(m)
                    or self.participle_at(m) or self.according_at(m) or k.isdigit() or self.toks[m].in_quote
                    or _TANWEEN.search(self.toks[m].raw) or self.pron_ref(m) or L.is_head(k) or L.is_head(b)
                    or k.startswith(("بال", "كال", "فال")) or k[0] in "لب" and not k.startswith("لل")
                    or k[:1] in "يت" and not self.org_like(m)):
                return n
            m += 1
        if m == n or m >= end:
            return n
        k = self.k(m)
        if self.is_punct(m, _COMMA) or k in L.comps or self.base(k) in L.comps or k in L.time or k in ("في", "فى"):
            return m
        return n

    def parse_institution(self, j: int, end: int, i: int) -> _NP:
        L = self.L
        k = self.base(self.k(j))
        s = j
        if k in L.statement_nouns and j + 1 < end and self.toks[j + 1].word:
            nxt = self.base(self.k(j + 1))
            if nxt in L.inst_heads:
                s = j + 1  # "بيان الرئاسة السورية": the presidency speaks
        n = self.parse_title(s, end, person=False)
        if n == s + 1 and s + 1 < end and self.toks[s + 1].word and self.k(s + 1) in L.countries:
            n += 1
        if k not in L.statement_nouns:
            n = self.org_name_end(n, end)  # "مؤسسة مياه بيروت وجبل لبنان، في بيان،"
        if k in L.statement_nouns:
            # "بيان صادر عن وزارة الخارجية": the issuer speaks; "البيان المشترك الصادر عن الجانبين": the statement
            for m in range(s + 1, min(end, n + 1)):
                if self.toks[m].word and self.k(m) in L.issuer:
                    if m + 2 < end and self.k(m + 1) == "عن" and self.toks[m + 2].word:
                        h = self.k(m + 2)
                        if (h in L.inst_heads or _strip_def(h) in L.inst_heads) and h not in L.statement_nouns:
                            inner = self.parse_institution(m + 2, end, m + 2)
                            if inner.kind == "institution":
                                inner.start = i
                                return inner
                    n = m
                    break
        media = any(self.k(x) in L.media for x in range(s, n))
        definite = n == s + 1
        private = self.base(self.k(s)) in L.private_inst  # "شركة ...", "جمعية ...": no public office
        return _NP("media" if media else "institution", i, n, span=(s, n), org=(s, n),
                   official=not media and not private, definite_ref=definite)

    # ----- text of spans
    def span_text(self, a: int, b: int) -> str:
        if b <= a:
            return ""
        s = self.text[self.toks[a].s:self.toks[b - 1].e]
        return s.strip(" ،,:\"'«»“”″-–—").strip()


# ---------------------------------------------------------------- resolution


def _fsplit(s: str) -> list[str]:
    """Folded words of a title; "، " joining two titles in apposition is no word."""
    return _fold(s).replace("،", " ").split()


def _title_words(d: _Doc, title: str) -> set[str]:
    return {_stem(w) for w in _fsplit(title) if w not in d.L.function}


def _heads_of(d: _Doc, title: str) -> set[str]:
    out = set()
    for w in _fsplit(title):
        for cand in (w, w[1:] if w.startswith("و") and len(w) > 3 else w):
            b = _strip_def(cand)
            if b in d.L.heads_official or b in d.L.heads_other:
                out.add(b.rstrip("ه"))
                break
    return out


def _country_of(d: _Doc, title: str) -> str | None:
    f = _fold(title).replace("،", " ")
    words = f.split()
    for w in words:
        for cand in (w, w[1:] if w.startswith("و") else w):
            if cand in d.L.nat_adj:
                return d.L.nat_adj[cand]
    for n, c in d.L.countries.items():
        if n in words or (" " in n and n in f):
            return c
    return None


def _is_field(w: str) -> bool:
    """A field of expertise ("الشؤون الإيرانية", "العلوم السياسية"), not a body one works for."""
    return _strip_def(w) in _FIELD_NOUNS


def _without_fields(words: list[str], folded: list[str]) -> list[str]:
    """The title's words minus field-of-expertise phrases, up to the next preposition."""
    out: list[str] = []
    in_field = False
    for idx, (w, f) in enumerate(zip(words, folded, strict=True)):
        prev = folded[idx - 1] if idx else ""
        if _is_field(f) and (prev in ("في", "فى") or _strip_def(prev).rstrip("ه") in _EXPERT_HEADS):
            in_field = True
        elif f in ("في", "فى", "لدي", "باسم", "من"):
            in_field = False
        if not in_field:
            out.append(w)
    return out


def _org_from_title(d: _Doc, title: str) -> str | None:
    if "،" in title:  # two titles in apposition: the first that names an organisation
        for part in title.split("،"):
            org = _org_from_title(d, part.strip())
            if org:
                return org
        return None
    words = title.split()
    folded = [_fold(w) for w in words]
    if len(folded) > 2 and _strip_def(folded[0]).rstrip("ه") in d.L.legislator_heads and "عن" in folded[1:]:
        # "النائب عن محافظة البصرة في البرلمان العراقي": the constituency is never the organisation
        a = folded.index("عن", 1)
        b = next((x for x in range(a + 1, len(folded)) if folded[x] in ("في", "فى")), len(folded))
        words, folded = words[:a] + words[b:], folded[:a] + folded[b:]
    if "لدي" in folded[1:]:
        # "سفير فرنسا لدى لبنان", "القائم بأعمال السفارة الأفغانية لدى الدولة": the mission speaks for the
        # sending side named before لدى; the host after it is never the organisation
        cut = folded.index("لدي", 1)
        words, folded = words[:cut], folded[:cut]
        for w in folded[1:]:
            for cand in (w[1:] if w.startswith("ل") and not w.startswith("لل") else "",
                         "ال" + w[2:] if w.startswith("لل") else ""):
                if cand in d.L.countries:
                    return d.L.countries[cand]  # "المندوب الدائم لمصر", "للمغرب"
    for idx, w in enumerate(folded):
        if idx > 0 and not d.L.is_head(w) and (w in d.L.org_nouns and not w.startswith("ال")) and \
                w not in d.L.countries and not _is_field(w):
            return " ".join(words[idx:])
    expert = bool(folded) and _strip_def(folded[0]).rstrip("ه") in _EXPERT_HEADS
    for idx, w in enumerate(folded):
        if w in ("باسم", "لدي", "في", "فى") and idx + 1 < len(words):
            nxt = folded[idx + 1]
            if w in ("في", "فى") and (_is_field(nxt) or nxt in d.L.regions or expert and idx == 1 and not (
                    nxt in d.L.org_nouns or _strip_def(nxt) in d.L.org_nouns or nxt in d.L.inst_heads)):
                continue  # "الخبير في الشؤون الإيرانية / في الموارد المائية": an expertise, not an employer
            rest = " ".join(words[idx + 1:]).strip(" ،,")
            if rest:
                return rest
        if idx > 0 and w[0] in "ل" and len(w) > 3 and (w[1:] in d.L.org_nouns or _strip_def(w[1:]) in d.L.org_nouns
                                                      or w.startswith("لل")) \
                and w.lstrip("ل") not in _DOMAIN_NOUNS:  # "للشؤون السياسية": a portfolio, not a body
            rest = " ".join(words[idx:])
            return rest[1:] if not folded[idx].startswith("لل") else "ال" + rest[2:]
    c = _country_of(d, " ".join(_without_fields(words, folded)))
    return c


def _occupation_title(d: _Doc, title: str) -> bool:
    """The title opens with a trade or condition ("الفلاح", "سائق الشاحنة", "صاحب مكتب")."""
    words = _fsplit(title)
    return bool(words) and (_strip_def(words[0]) in d.L.occupations or _strip_def(words[0][1:]) in d.L.occupations)


def _ministry_of(d: _Doc, title: str) -> str | None:
    """"مساعد وزير الخارجية لشؤون آسيا" -> "وزارة الخارجية": the ministry a minister's title names (the
    definite words after the head), when the title gives no other organisation."""
    words = title.replace("،", " ").split()
    folded = [_fold(w) for w in words]
    for idx, w in enumerate(folded):
        if w not in d.L.minister_heads:
            continue  # "الوزير المنتدب": a definite head takes an adjective, not a portfolio
        end = idx + 1
        while end < len(folded) and (folded[end].startswith("ال") or folded[end].startswith("وال")) \
                and folded[end] not in d.L.nat_adj and folded[end] not in d.L.former \
                and folded[end] not in d.L.post_nat:
            end += 1
        if end == idx + 1 or folded[idx + 1] in d.L.ministry_excluded or any(w in d.L.former for w in folded):
            return None
        return d.L.ministry + " " + " ".join(words[idx + 1:end])
    return None


def _official_title(d: _Doc, title: str) -> bool:
    words = _fsplit(title)
    if _occupation_title(d, title):
        return False  # "الفلاح", "سائق الشاحنة": never an official
    if any(w in d.L.private_inst or w[:1] in "لب" and w[1:] in d.L.private_inst for w in words[1:3]):
        return False  # "رئيس جمعية ...", "المدير التنفيذي لشركة ...": no public office
    if any(w in d.L.former or _strip_def(w) in d.L.former for w in words):
        return False
    if len(words) > 1 and d.L.compound_heads.get(_strip_def(words[0]) + " " + words[1]):
        return True  # "كاتب الدولة المكلف بـ...": a two-word official head
    heads = _heads_of(d, title)
    if not heads:
        return False
    return any(h in {x.rstrip("ه") for x in d.L.heads_official} for h in heads)


def _registry(d: _Doc, name: str) -> dict[str, Any] | None:
    f = _fold(name)
    e = d.L.officials.get(f)
    if e:
        return e
    toks = f.split()
    for n in range(len(toks) - 1, 0, -1):  # trailing part of the name: "الوزير سيرغي لافروف"
        e = d.L.officials.get(" ".join(toks[-n:]))
        if e and n >= 2:
            return e
    if len(toks) == 1:
        return d.L.surnames.get(f)
    return None


def _nationality_only(d: _Doc, title: str) -> str | None:
    """"المسؤول المغربي": a generic head and a nationality, nothing else; the country."""
    fw = _fold(title).split()
    if len(fw) != 2 or _strip_def(fw[0]) not in d.L.generic_heads:
        return None
    return d.L.nat_adj.get(fw[1])


def _compatible(d: _Doc, role_title: str, ent: _Ent) -> bool:
    """A role mention ("الوزير", "المتحدثة باسم ...") fits an earlier speaker's title."""
    heads = _heads_of(d, role_title)
    generic = {x.rstrip("ه") for x in d.L.generic_heads}
    if not heads or not (heads & ent.heads or heads <= generic):
        return False
    words = _title_words(d, role_title) - {h for h in heads} - {_stem(h) for h in heads}
    words = {w for w in words if len(w) > 1 and w not in {_stem(x) for x in d.L.ranks}}
    if not words:
        return True
    hit = 0
    for w in words:
        if w in ent.words:
            hit += 1
            continue
        for cand in (w, "ال" + w, w + "ي", "ال" + w + "ي"):
            c = d.L.nat_adj.get(cand)
            if c and (d.L.country_words.get(c, frozenset()) & ent.words):
                hit += 1
                break
    return hit * 3 >= len(words) * 2


def _new_named(d: _Doc, name: str, title: str | None) -> _Ent:
    reg = _registry(d, name)
    ent = _Ent("named", name=name, title=title, titled=bool(title))
    if reg:
        ent.oid = reg["id"]
        full = reg["names_ar"][0]
        # the fullest form the article itself uses
        for variant in sorted(reg["names_ar"], key=len, reverse=True):
            if _fold(variant) in _fold(d.text) or _fold(variant) in _fold(d.title_text):
                if len(_fold(variant)) > len(_fold(ent.name or "")):
                    ent.name = _find_original(d, variant) or ent.name
                break
        del full
    _fill_from_mentions(d, ent)
    if reg and not ent.title:
        ent.title = reg["titles"][0]["title"]
    _finish(d, ent, reg)
    return ent


def _find_original(d: _Doc, variant: str) -> str | None:
    """The article's own spelling of a registry name variant."""
    fv = _fold(variant).split()
    n = len(fv)
    for src in (d.toks,):
        for i in range(len(src) - n + 1):
            if [src[i + x].k for x in range(n)] == fv:
                return d.text[src[i].s:src[i + n - 1].e]
    for m_name, _ in d.mentions:
        if _fold(m_name) == " ".join(fv):
            return m_name
    return None


def _fill_from_mentions(d: _Doc, ent: _Ent) -> None:
    """A fuller name and a title from the article's mentions (headline included)."""
    if not ent.name:
        return
    fn = _fold(ent.name)
    for m_name, m_title in sorted(d.mentions, key=lambda m: -len(m[1].split())):
        fm = _fold(m_name)
        if fm == fn or fm.endswith(" " + fn) or fn.endswith(" " + fm) or fm.startswith(fn + " "):
            if len(fm) > len(_fold(ent.name)):
                ent.name = m_name
            if not ent.title and m_title:
                ent.title = m_title
                ent.titled = True


def _finish(d: _Doc, ent: _Ent, reg: dict[str, Any] | None) -> None:
    t = ent.title or ""
    ent.heads = _heads_of(d, t)
    ent.words = _title_words(d, t)
    if reg:
        ent.words |= _title_words(d, reg["titles"][0]["title"]) | _title_words(d, reg["country"])
        ent.heads |= _heads_of(d, reg["titles"][0]["title"])
    occupation = bool(t) and _occupation_title(d, t)
    org = _org_from_title(d, t) if t and not occupation else None  # a farmer's field is no organisation
    if org and " " not in org.strip() and _fold(org).startswith("ال"):
        # "المتحدثة باسم الوزارة": the ministry the article named before
        head = _strip_def(_fold(org))
        for e in reversed(d.ents):
            if e.kind == "institution" and e.descriptor and " " in e.descriptor and \
                    _strip_def(_fold(e.descriptor.split()[0])) == head:
                org = e.descriptor
                break
        else:
            org = _named_body(d, head) or org
    if not org and reg:
        org = reg["org"]
    ent.org_weak = False
    if not org and t:
        org = _ministry_of(d, t)
        ent.org_weak = org is not None
    ent.org = org
    if org:
        ent.words |= _title_words(d, org)
    former = any(w in d.L.former for w in _fsplit(t))
    ent.official = (_official_title(d, t) if t else False) or (bool(reg) and not former)


def _named_body(d: _Doc, head: str) -> str | None:
    """"نائبة المفوض العام للوكالة" after "وكالة الأمم المتحدة لإغاثة ...": the full name of the one body the
    article introduced with this head noun (its first indefinite use, not an outlet); None otherwise."""
    L = d.L
    for x, t in enumerate(d.toks):
        if t.word and not t.in_quote and (t.k == head or d.base(t.k) == head) and x + 1 < len(d.toks) \
                and d.toks[x + 1].word:
            e = d.parse_title(x, d.paras_end(x), person=False)
            e = next((y for y in range(x + 1, e) if d.k(y) in ("في", "فى", "الي", "لدي", "من", "مع")), e)
            if e - x < 2 or any(d.k(y) in L.media or d.base(d.k(y)) in L.media for y in range(x + 1, e)):
                return None
            return d.span_text(x, e)
    return None


def _same_person(d: _Doc, a: _Ent, name: str) -> bool:
    if a.kind != "named" or not a.name:
        return False
    fa, fn = _fold(a.name).split(), _fold(name).split()
    if not fn:
        return False
    sa = " ".join(fa)
    sn = " ".join(fn)
    return sn == sa or sa.endswith(" " + sn) or sa.startswith(sn + " ") or sn.endswith(" " + sa) \
        or (" " + sn + " ") in (" " + sa + " ")


_AMBIGUOUS = _Ent("ambiguous")  # a reference that fits more than one earlier person: no speaker


def _nat_ref(d: _Doc, desc: str) -> tuple[str, str] | None:
    """"الوزير اليمني", "المسؤول الأردني", "الدبلوماسي المصري": a definite head and a nationality, nothing
    else; (head, country)."""
    fw = _fold(desc).split()
    if len(fw) != 2 or not fw[0].startswith("ال") or not fw[1].startswith("ال"):
        return None
    head = _strip_def(fw[0]).rstrip("ه")
    L = d.L
    if not (head in L.coref_heads or L.is_head(fw[0])):
        return None
    country = L.nat_adj.get(fw[1])
    return (head, country) if country else None


def _own_countries(d: _Doc, text: str) -> set[str]:
    """Countries a title or organisation speaks for: nationalities and country names before a preposition
    of place ("سفير مصر لدى الأردن" -> مصر, "المبعوث الأممي إلى اليمن" -> none)."""
    words = [w[1:] if w.startswith("و") and len(w) > 3 and w not in d.L.nat_adj and w[1:] in d.L.nat_adj else w
             for w in _fsplit(text)]
    for cut in ("لدي", "الي", "في", "فى", "عن", "مع", "بين"):
        if cut in words[1:]:
            words = words[:words.index(cut, 1)]
    out = {d.L.nat_adj[w] for w in words if w in d.L.nat_adj}
    joined = " " + " ".join(words) + " "
    out |= {c for n, c in d.L.countries.items() if " " + n + " " in joined}
    return out


def _ent_countries(d: _Doc, e: _Ent) -> set[str]:
    out = _own_countries(d, e.title or "")
    if not out and e.org:
        out = _own_countries(d, e.org)
    if not out and e.name:
        reg = _registry(d, e.name)
        if reg:
            out = {reg["country"]}
    return out


def _first_head(d: _Doc, title: str) -> str | None:
    """The head noun a title opens with ("وزير" of "وزير الخارجية", not the "نائب" of "نائب الوزير")."""
    for w in _fsplit(title)[:1]:
        for cand in (w, w[1:] if w.startswith("و") and len(w) > 3 else w):
            b = _strip_def(cand)
            if b in d.L.heads_official or b in d.L.heads_other:
                return b.rstrip("ه")
    return None


def _ref_fits(d: _Doc, head: str, country: str, e: _Ent) -> bool:
    """An earlier person fits "الوزير اليمني" / "الدبلوماسي المصري": same country (and only that one) and a
    title of this kind."""
    if e.kind == "anonymous" and e.descriptor:
        # "مسؤول أردني" met before "المسؤول الأردني": the same unnamed source
        fw = _fold(e.descriptor).split()
        h = _strip_def(fw[0]).rstrip("ه")
        same = h == head or head in {x.rstrip("ه") for x in d.L.generic_heads} and \
            _strip_def(fw[0]) in d.L.anon_official_heads
        return same and {d.L.nat_adj[w] for w in fw[1:] if w in d.L.nat_adj} == {country}
    if e.kind not in ("named", "role") or _ent_countries(d, e) != {country}:
        return False
    if head in d.L.coref_heads:  # المسؤول / الدبلوماسي: any official (a diplomat for الدبلوماسي)
        if not e.official:
            return False
        if head in {x.rstrip("ه") for x in d.L.generic_heads}:
            return True
        return bool(_title_words(d, e.title or "") & d.L.diplomatic_words)
    if _first_head(d, e.title or "") != head:
        return False
    if head in d.L.coref_excluded:  # "الرئيس المصري" is "الرئيس المصري X", not "رئيس الوزراء المصري X"
        tw = _fsplit(e.title or "")
        return len(tw) <= 2 and all(w in d.L.nat_adj for w in tw[1:])
    return True


def _coreference(d: _Doc, pos: int, desc: str) -> _Ent | None:
    """The one earlier person (a speaker, or a person introduced with name and title before token pos) that
    a nationality reference ("وأضاف الوزير اليمني", "وتابع الدبلوماسي المصري") points back to; _AMBIGUOUS
    when several fit, None when none does (or desc is no such reference)."""
    ref = _nat_ref(d, desc)
    if ref is None:
        return None
    head, country = ref
    fits: list[_Ent] = [e for e in d.ents if _ref_fits(d, head, country, e)]
    for p, name, title in d.mention_pos:
        if p < 0 and not (_registry(d, name) or len(_fold(name).split()) > 1 and set(_fold(name).split()) <= d.keyset):
            continue  # a headline "mention" counts when it is a known official or a full name the body uses
        if p >= pos or any(_same_person(d, e, name) for e in d.ents if e.kind == "named") \
                or any(_same_person(d, e, name) for e in fits if e.kind == "named"):
            continue
        cand = _new_named(d, name, title)
        if (cand.oid or cand.titled) and _ref_fits(d, head, country, cand):
            fits.append(cand)
    if len(fits) > 1:
        return _AMBIGUOUS
    if not fits:
        return None
    ent = fits[0]
    if ent not in d.ents:
        d.ents.append(ent)
        for w in _fold(ent.name or "").split():
            d.known_names.add(w)
    return ent


def _pronoun_org(d: _Doc, pos: int, gender: str) -> str | None:
    """The organisation a possessive pronoun at token pos points to ("وصل وفد منظمة الصحة العالمية ...
    وقال رئيس وفدها"): the one organisation of the pronoun's gender named in this sentence or the one
    before; None when a person, a country, an outlet or a second organisation could be meant too."""
    if gender not in ("f", "m"):
        return None
    L = d.L
    start, ends = pos, 0
    while start > 0 and pos - start < 80:
        if d.is_punct(start - 1, _SENT_END) and not d.toks[start - 1].in_quote:
            ends += 1
            if ends == 2:
                break
        start -= 1
    found: list[tuple[str, str | None]] = []  # (gender or "?", organisation text or None for other referents)
    x = start
    while x < pos:
        t = d.toks[x]
        k, b = t.k, d.base(t.k)
        if not t.word or t.in_quote or d.pron_ref(x):
            x += 1
            continue
        if _fold(L.countries.get(k) or L.countries.get(b) or "") in (k, b) or k in d.known_names \
                or d.lexical_country_phrase(x):
            found.append(("?", None))  # a country (not a capital) or a person met before: either gender
        elif k in L.media or b in L.media:
            found.append(("?", None))
        elif d.head_at(x) and not (k in L.org_nouns or b in L.org_nouns):
            found.append(("f" if _strip_def(b).endswith("ه") else "m", None))  # a person by title
            x = max(x + 1, d.parse_title(x, pos))
            continue
        elif (k in L.org_nouns or b in L.org_nouns or k in L.inst_heads or b in L.inst_heads) \
                and k not in L.statement_nouns and b not in L.statement_nouns and (
                    not k.startswith("ال") or _strip_def(k) not in L.org_nouns or x + 1 < pos and d.toks[x + 1].word):
            e = max(x + 1, d.parse_title(x, pos, person=False))
            # "بعثة الاتحاد الأوروبي في ليبيا": the place after a preposition is a referent of its own
            e = next((y for y in range(x + 1, e) if d.k(y) in ("في", "فى", "الي", "لدي", "من", "مع")), e)
            if any(d.k(y) in L.media for y in range(x, e)):
                found.append(("?", None))
            elif e == x + 1 and not b.startswith("ال"):  # "منظمة أطباء ...": a name we cannot delimit
                found.append(("f" if b.endswith("ه") else "m", None))
            else:
                found.append(("f" if _strip_def(b).endswith("ه") else "m", d.span_text(x, e)))
            x = e
            continue
        x += 1
    fits = [f for f in found if f[0] in (gender, "?")]
    if len(fits) == 1 and fits[0][1]:
        return fits[0][1]
    return None


def _resolve(d: _Doc, np: _NP) -> _Ent | None:
    """The article-level speaker entity of a parsed noun phrase; a possessive pronoun in the title
    ("رئيس وفدها", "المتحدث باسمها", "وفدها") takes the organisation named just before, when it is safe."""
    pron = np.pron
    toks = range(np.start, np.end)
    if pron is None and np.title is not None:
        for x in range(*np.title):
            pr = d.pron_ref(x)
            if pr is not None:
                pron = pr[0]
                toks = range(np.title[0], np.title[1])
                break
    if pron is None:
        return _resolve_np(d, np)
    org = _pronoun_org(d, toks[0], pron)
    if np.pron is not None:  # the pronoun-noun alone is the subject: a speaker only with its organisation
        if org is None:
            return None
        text = d.span_text(np.start, np.end)
        for e in d.ents:
            if e.kind == np.kind and (e.title or e.descriptor) == text and e.org == org:
                return e
        pr = d.pron_ref(np.start)
        new = _Ent(np.kind, title=text if np.kind == "role" else None, titled=np.kind == "role",
                   descriptor=text if np.kind == "institution" else None, org=org,
                   official=bool(pr and (_strip_def(pr[1]) in d.L.heads_official or pr[1] in d.L.org_nouns)))
        new.heads = _heads_of(d, pr[1]) if pr else set()
        new.words = _title_words(d, org)
        d.ents.append(new)
        return new
    n_before = len(d.ents)
    got = _resolve_np(d, np)
    if got is not None and len(d.ents) > n_before and d.ents[-1] is got:
        got.org = org  # never the pronoun-noun itself ("باسمها")
        if org:
            got.words |= _title_words(d, org)
    return got


def _same_side(d: _Doc, e: _Ent, title: str) -> bool:
    """The reference's country (or body) is the speaker's, or the speaker has none and the reference names
    no state ("المسؤولة الأممية" may be any UN agency's official, "المسؤولة الأميركية" is no WFP director)."""
    own, ec = _own_countries(d, title), _ent_countries(d, e)
    return ec == own or not ec and own <= _UMBRELLA


def _role_named_later(d: _Doc, name: str, title: str) -> _Ent | None:
    """"دعت رئيسة بعثة ... ثم: وقالت المسؤولة الأممية، X،": a name given with a short definite reference
    ("العضو", "المسؤولة الأممية") names the one earlier unnamed speaker that reference fits (same gender);
    that speaker keeps its full title. None when no such speaker, or several, fit."""
    fw = _fold(title).split()
    if not fw or len(fw) > 2 or not all(w.startswith("ال") for w in fw):
        return None
    fem = _strip_def(fw[0]).endswith("ه")
    same = [e for e in d.ents if e.kind == "role" and not e.name and e.title
            and _strip_def(_fold(e.title).split()[0]).endswith("ه") == fem]
    fits = [e for e in same if _compatible(d, title, e)]
    if not fits and len(same) == 1 and d.ents[-1] is same[0] and same[0].official \
            and _strip_def(fw[0]) in d.L.generic_heads and _same_side(d, same[0], title):
        fits = same  # "وقالت المديرة الإقليمية لبرنامج ... وأوضحت المسؤولة الأممية، X،": the last, only one
    if len(fits) != 1:
        return None
    e = fits[0]
    e.kind, e.name = "named", name
    for w in _fold(name).split():
        d.known_names.add(w)
    return e


def _resolve_np(d: _Doc, np: _NP) -> _Ent | None:
    """The article-level speaker entity of a parsed noun phrase."""
    if np.kind == "media":
        return None
    title = d.title_span(*np.title) if np.title and not np.counterpart else None
    if title and np.joined and np.title2:
        title = title + "، " + d.title_span(*np.title2)
    if np.kind == "named" and np.name:
        name = d.span_text(*np.name)
        if not name:
            return None
        reg = _registry(d, name)
        rank_heads = _heads_of(d, d.span_text(*np.rank)) if np.rank else set()
        for e in reversed(d.ents):
            if (reg and e.oid == reg["id"]) or _same_person(d, e, name):
                if title and not e.titled:
                    e.title, e.titled = title, True
                    _finish(d, e, _registry(d, e.name or ""))
                e.heads |= rank_heads
                return e
        named_role = _role_named_later(d, name, title) if title and not reg else None
        if named_role is not None:
            return named_role
        ent = _new_named(d, name, title)
        if not reg and not ent.titled and not (np.name[1] - np.name[0] == 2 and d.kunya_at(np.name[0])):
            return None  # an unknown, untitled name (not a kunya, "أم محمد"): too weak to name a speaker
        if np.title2:
            # "رجل الأعمال السعودي X، رئيس مجموعة ...،": the organisation the second title names
            org2 = _org_from_title(d, d.title_span(*np.title2))
            countries = set(d.L.countries.values())
            if org2 and org2 not in countries and (not ent.org or ent.org in countries or ent.org_weak):
                ent.org = org2
                ent.words |= _title_words(d, org2)
        ent.heads |= rank_heads  # "السفير جيفري ...": later "السفير الأميركي" is the same person
        d.ents.append(ent)
        for w in _fold(ent.name or "").split():
            d.known_names.add(w)
        return ent
    if np.kind == "role" and title:
        fw = _fold(title).split()
        if len(fw) > 2 and fw[0] in _MEMBER_HEADS and fw[1] in ("في", "فى", "من", "ب"):
            # "عضو في وفد المجلس": an unnamed member of a body is an anonymous source of that body
            for e in d.ents:
                if e.kind == "anonymous" and _fold(e.descriptor or "") == _fold(title):
                    return e
            ent = _Ent("anonymous", descriptor=title, official=_official_title(d, title))
            ent.org = _org_from_title(d, title)
            d.ents.append(ent)
            return ent
        ref = _coreference(d, np.start, title)
        if ref is not None:
            return None if ref is _AMBIGUOUS else ref
        for e in reversed(d.ents):
            if _nat_ref(d, title) is not None:
                break  # "الوزير اليمني" fits nobody met before (checked above): no looser match
            if e.kind in ("named", "role") and _compatible(d, title, e):
                return e
        nat = _nationality_only(d, title)
        if nat:
            # "وأضاف المسؤول المغربي" after a named official whose country the article did not give
            for e in reversed(d.ents):
                if e.kind == "named" and e.official and not (e.org and _country_of(d, e.org)) and \
                        not _country_of(d, e.title or ""):
                    e.org = nat if not e.org or e.org_weak else e.org
                    e.words |= _title_words(d, nat) | d.L.country_words.get(nat, frozenset())
                    return e
                if e.kind == "named":
                    break
        # a mention elsewhere in the article with the same title names the person
        tw = _title_words(d, title) if _nat_ref(d, title) is None else set()  # a nationality reference: done above
        for m_name, m_title in d.mentions:
            if m_title and tw and tw <= _title_words(d, m_title) and _heads_of(d, title) & _heads_of(d, m_title):
                named = _new_named(d, m_name, m_title)
                if named.oid or named.titled:
                    d.ents.append(named)
                    return named
        for e in reversed(d.ents):
            if e.kind == "role" and _fold(e.title or "") == _fold(title):
                return e
        ent = _Ent("role", title=title, titled=True)
        _finish(d, ent, None)
        d.ents.append(ent)
        return ent
    if np.kind == "anonymous" and np.span:
        desc = d.span_text(*np.span)
        ref = _coreference(d, np.start, desc)
        if ref is not None:
            return None if ref is _AMBIGUOUS else ref
        head = _strip_def(d.base(d.k(np.span[0])))
        if np.definite_ref:
            for e in reversed(d.ents):
                if e.kind == "anonymous" and e.descriptor and _strip_def(d.base(_fold(e.descriptor.split()[0]))) == head:
                    return e
        for e in d.ents:
            if e.kind == "anonymous" and _fold(e.descriptor or "") == _fold(desc):
                return e
        ent = _Ent("anonymous", descriptor=desc, official=bool(np.official))
        ent.org = d.span_text(*np.org) if np.org else np.org_text
        d.ents.append(ent)
        return ent
    if np.kind == "institution" and np.span:
        desc = d.span_text(*np.span)
        head = _strip_def(d.base(d.k(np.span[0])))
        if np.definite_ref:
            for e in reversed(d.ents):
                if e.kind == "institution" and e.descriptor and _strip_def(_fold(e.descriptor.split()[0])) == head:
                    return e
            if d.k(np.span[0]) in d.L.statement_nouns and d.k(np.span[0]).startswith("ال"):
                # "وأضاف البيان" after "قالت السفارة في بيان": the statement of the last institution
                for e in reversed(d.ents):
                    if e.kind == "institution":
                        return e
            return None  # a bare "الحكومة" with nothing to refer to: too vague
        for e in d.ents:
            if e.kind == "institution" and _fold(e.descriptor or "") == _fold(desc):
                return e
        ent = _Ent("institution", descriptor=desc, official=bool(np.official), org=desc)
        d.ents.append(ent)
        return ent
    return None


# ---------------------------------------------------------------- statements


def _counterpart_title(d: _Doc, ref_title: str | None, nationality: str) -> str | None:
    """"نظيره القبرصي" after "وزير الخارجية اللبناني": "وزير الخارجية القبرصي"."""
    if not ref_title or not nationality:
        return None
    kept = [w for w in ref_title.split() if _fold(w) not in d.L.nat_adj and _fold(w) not in d.L.countries]
    return " ".join(kept + [nationality]) if kept else None


def _collect_mentions(d: _Doc) -> None:
    """TITLE NAME / NAME، TITLE pairs anywhere in the article and its headline (not statements)."""
    sources = [d]
    if d.title_text:
        sources.append(_Doc.__new__(_Doc))
        h = sources[-1]
        _Doc.__init__(h, d.title_text, None)
    for src in sources:
        n = len(src.toks)
        prev_title: str | None = None
        covered = 0  # inside the title of the last mention ("النائب عن محافظة ديالى X": no "محافظة ديالى X")
        for i in range(n):
            t = src.toks[i]
            if not t.word or not t.info.mention or i < covered:
                continue
            if src.head_at(i) or t.k in src.L.ranks or src.base(t.k) in src.L.counterparts:
                np = src.parse_np(i, min(n, i + 24))
                if np and np.kind == "named" and np.name and np.title:
                    if np.title[0] < np.name[0]:
                        covered = np.name[0]
                    title: str | None = src.title_span(*np.title)
                    if np.counterpart:
                        title = _counterpart_title(d, prev_title, src.span_text(np.title[0] + 1, np.title[1]))
                    if title:
                        d.mentions.append((src.span_text(*np.name), title))
                        d.mention_pos.append((i if src is d else -1, d.mentions[-1][0], title))
                        prev_title = title
                    for w in _fold(src.span_text(*np.name)).split():
                        d.known_names.add(w)
        # NAME، TITLE: a name just before a comma and a title head
        toks = src.toks
        for i in range(1, n - 1):
            t = toks[i]
            if not t.word and t.raw in _COMMA and toks[i + 1].word and toks[i + 1].info.head:
                a = i - 1
                while a > 0 and i - a < 4 and src.toks[a - 1].word and src.name_like(a - 1):
                    a -= 1
                if src.name_like(a):
                    e = src.parse_name(a, i, after_title=True)
                    if e == i:
                        t_end = src.parse_title(i + 1, min(n, i + 18))
                        d.mentions.append((src.span_text(a, i), src.span_text(i + 1, t_end)))
                        d.mention_pos.append((a if src is d else -1, *d.mentions[-1]))
        _presiding_mentions(d, src)


def _presiding_mentions(d: _Doc, src: _Doc) -> None:
    """"ويرأس وفد الحكومة وكيل الوزارة، X،" / "فيما يرأس وفد الجماعة X": the body comes first, then the
    person, who is "رئيس وفد ..." (joined to his own title) for later mentions ("قال رئيس وفد الحكومة")."""
    L = src.L
    n = len(src.toks)
    for i in range(n - 2):
        t = src.toks[i]
        if not t.word or t.in_quote or (t.k not in L.presiding and src.base(t.k) not in L.presiding):
            continue
        j = i + 1
        if not src.org_like(j) or src.head_at(j) or src.k(j) in L.countries:
            continue  # "ترأس الوزير الاجتماع": the person comes first
        o_end = j + 1
        while o_end < n and o_end - j < 5 and src.toks[o_end].word and src.k(o_end).startswith("ال") \
                and not (src.head_at(o_end) or src.k(o_end) in L.ranks or src.k(o_end) in L.time):
            o_end += 1
        np = src.parse_np(o_end, min(n, o_end + 24))
        if np is None or np.kind != "named" or not np.name or np.start != o_end:
            continue
        name = src.span_text(*np.name)
        role = L.presiding_title + " " + src.span_text(j, o_end)
        own = src.title_span(*np.title) if np.title and not np.counterpart else None
        d.mentions.append((name, own + "، " + role if own else role))
        d.mention_pos.append((o_end if src is d else -1, *d.mentions[-1]))
        for w in _fold(name).split():
            d.known_names.add(w)


def _sentence_bounds(d: _Doc, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    s = a
    for i in range(a, b):
        t = d.toks[i]
        if not t.word and t.raw in _SENT_END and not t.in_quote:
            out.append((s, i + 1))
            s = i + 1
    if s < b:
        out.append((s, b))
    return out


def _words_at(d: _Doc, x: int, words: tuple[str, ...]) -> bool:
    """The words (folded) start at token x; a prefix ب/و/ف/ل/عل on the first one is allowed."""
    k = d.k(x)
    w0 = words[0]
    if not (k == w0 or (len(k) > len(w0) and k.endswith(w0) and k[: len(k) - len(w0)] in ("ب", "و", "ف", "ل", "وب", "ول",
                                                                                         "ال", "بال", "وال", "لل"))):
        return False
    return all(d.toks[x + n].word and d.k(x + n) == w for n, w in enumerate(words[1:], 1)
               if x + n < len(d.toks)) and x + len(words) <= len(d.toks)


def _social_context(d: _Doc, i: int) -> bool:
    """A post, tweet, account or platform is spoken of in the sentence of token i (outside quotations):
    "في تغريدة على منصة إكس، كتب ..." / "وكتبت الوزيرة على حسابها في فيسبوك أن"."""
    lo = i
    while lo > 0 and i - lo < 25 and not d.is_punct(lo - 1, _SENT_END) and not d.toks[lo - 1].in_quote:
        lo -= 1
    hi = i + 1
    while hi < len(d.toks) and hi - i < 25 and not d.is_punct(hi, _SENT_END) and not d.toks[hi].in_quote \
            and not d.is_punct(hi, d.L.q_open):
        hi += 1
    return any(d.toks[x].word and not d.toks[x].in_quote and any(_words_at(d, x, w) for w in d.L.social_context)
               for x in range(lo, hi) if x != i)


def _contrast_before(d: _Doc, x: int) -> int:
    """Start of "بينما" / "في حين" / "فيما" right before token x (or -1): "...، بينما أكد Y أن"."""
    for w in d.L.contrast:
        y = x - len(w)
        if y >= 0 and all(d.toks[y + n].word and d.base(d.k(y + n)) in (c, "و" + c) or d.k(y + n) == c
                          for n, c in enumerate(w)):
            return y
    return -1


def _is_trigger(d: _Doc, i: int) -> str | None:
    t = d.toks[i]
    if not t.word or t.in_quote or not t.info.trig:
        return None
    if i > 0 and d.k(i - 1) in d.L.relatives:
        return None
    v = d.verb_at(i)
    if v and i > 0 and d.toks[i - 1].word and d.k(i - 1) in _NOUN_PREPS:
        return None  # "في رد مكتوب": after a preposition the form is a verbal noun, not a verb
    if v and v["social"] and not v["platform"] and not _social_context(d, i):
        return None  # "كتب الصحفي مقالا": writing is no statement unless it is a post
    if v:
        if v["relay"] and i > 0 and (d.k(i - 1) in _RELAY_BLOCKERS or d.k(i - 1) in d.L.according) and not (
                d.k(i - 1) == "كما" and (i < 2 or not d.toks[i - 2].word)):
            return None  # "حسبما نقلت وكالة ...": an aside, not a clause (but "كما نقلت X عن Y قوله" opens one)
        return "verb"
    if d.participle_at(i):
        return "part"
    if d.according_at(i):
        return "acc"
    if d.base(t.k) == "جاء" and (d.k(i + 1) in ("فيه", "فيها") or d.k(i + 1) == "في" and (
            d.k(i + 2) in d.L.statement_nouns or d.base(d.k(i + 2)) in d.L.statement_nouns)):
        return "stmt"  # "أصدرت الوزارة بياناً جاء فيه أن" / "وجاء في البيان أن"
    return None


def _content_start(d: _Doc, j: int, end: int, verb: dict[str, Any] | None, adjacent_only: bool,
                   preps: frozenset[str] = frozenset()) -> tuple[int, bool]:
    """Index where the statement starts after the subject (or -1), and whether it is quoted."""
    L = d.L
    j = _skip_aside(d, j, end)

    def after(y: int) -> tuple[int, bool]:
        while y < end and (d.k(y) in L.comps or d.base(d.k(y)) in L.comps) and d.k(y) not in L.pron_comps:
            y += 1
        return y, y < end and d.is_punct(y, L.q_open) and d.quote_end(y, d.paras_end(y)) > 0

    limit = min(end, j + _MAX_SUBJECT_GAP)
    for x in range(j, limit):
        t = d.toks[x]
        if x > j and _is_trigger(d, x) in ("verb", "part"):
            break
        if not t.word:
            if t.raw == ":":
                return after(x + 1)
            if t.raw in L.q_open:
                if x > 0 and d.toks[x - 1].in_quote:
                    continue  # the closing mark of a quotation ("لـ«الموقع» إن"), not an opening one
                q = d.quote_end(x, d.paras_end(x))
                if q < 0:
                    continue
                if x == j or (x > j and d.toks[x - 1].k in L.comps) or q - x > 4:
                    return x, True
            continue
        if t.k in L.comps or d.base(t.k) in L.comps:
            return after(x if t.k in L.pron_comps else x + 1)
        if t.k in preps and (x == j or (x == j + 1 and d.is_punct(j, _COMMA))) and not adjacent_only:
            return after(x + 1)
        if t.k[:1] == "ب" and "ب" in preps and x == j and len(t.k) > 2:
            return x, False
        if adjacent_only and (x >= j + 1 or t.word):
            break
    if verb and not verb.get("social") and j < end and not adjacent_only:
        y = j
        if d.is_punct(y, _COMMA):
            y += 1
        if y < end and d.toks[y].word and (verb.get("object") or (
                y > j and not (d.k(y) in L.adjunct or d.base(d.k(y)) in L.adjunct or d.k(y) in L.time))):
            return y, False
    return -1, False


def _relayed(d: _Doc, i: int, se: int) -> tuple[_Ent | None, int, bool]:
    """Speaker and content start of "نقل(ت) [RELAY] عن SPEAKER قوله/تأكيده إن ..."."""
    for x in range(i + 1, min(se, i + 10)):
        t = d.toks[x]
        if not t.word and t.raw != "(" and t.raw != ")" or t.in_quote or d.k(x) in d.L.comps:
            return None, -1, False
        if d.k(x) == "عن":
            np = d.parse_np(x + 1, se)
            if np is None or np.kind == "media":
                return None, -1, False
            y = d.unnamed_end(np.end, se)
            if y < se and d.toks[y].word and (d.k(y) in d.L.relay_objects or d.base(d.k(y)) in d.L.relay_objects):
                y += 1
            elif not (y < se and (d.k(y) in d.L.comps or d.is_punct(y, {":"}) or d.is_punct(y, _COMMA))):
                return None, -1, False
            ent = _resolve(d, np)
            if ent is None:
                return None, -1, False
            cs, quoted = _content_start(d, y, se, None, False)
            return ent, cs, quoted
    return None, -1, False


def _relay_word(d: _Doc, x: int) -> bool:
    """"نقلاً" or a relay verb, also with an object pronoun ("بحسب ما نقلته قناة ...")."""
    k = d.k(x)
    L = d.L
    if k in L.relay_markers or d.base(k) in L.relay_markers:
        return True
    for c in (k, d.base(k)):
        for cand in (c, c[:-1] if c.endswith("ه") else "", c[:-2] if c.endswith(("ها", "هم")) else ""):
            v = L.verbs.get(cand) if len(cand) >= 3 else None
            if v and v["relay"]:
                return True
    return False


def _relay_source(d: _Doc, x: int, se: int) -> tuple[_NP, int] | None:
    """"ذكرت صحيفة X نقلاً عن مسؤول لم تسمه أن" / "بحسب ما نقلته قناة Y عن مصادر مطلعة": the source an
    outlet relays (never the outlet) and the index after it (an unnamed aside and "قوله" skipped)."""
    relay = False
    for m in range(x, min(se, x + 12)):
        t = d.toks[m]
        if t.in_quote:
            return None
        if not t.word:
            if t.raw in _COMMA or t.raw in ("(", ")"):
                continue
            return None
        k = t.k
        if k == "عن" and relay:
            np = d.parse_np(m + 1, se)
            if np is None or np.kind == "media":
                return None
            y = d.unnamed_end(np.end, se)
            if y < se and d.toks[y].word and (d.k(y) in d.L.relay_objects or d.base(d.k(y)) in d.L.relay_objects):
                y += 1
            return np, y
        if k in d.L.comps or d.base(k) in d.L.comps or k in d.L.relatives:
            return None
        if _relay_word(d, m):
            relay = True
        elif m > x and _is_trigger(d, m) in ("verb", "part"):
            return None
    return None


_MEMBER_HEADS = frozenset({"عضو", "عضوه", "احد", "احدي"})
_ACC_MA = frozenset({"حسبما", "بحسبما", "وفقما", "طبقما"})
_ACC_PRON = frozenset({"به", "بها", "ه", "ها"})


def _according_speaker_start(d: _Doc, i: int, se: int) -> tuple[int, bool]:
    """Where the speaker starts after an "according to" trigger, and whether a speech verb reports it:
    "بحسب مصدر" / "حسب ما أفاد به مصدر" / "وفق ما صرح به عضو" / "حسبما ذكرت المصادر"."""
    j = i + 1
    if d.base(d.k(i)) in _ACC_MA:
        v = j
    elif d.k(j) == "ما":
        v = j + 1
    else:
        return j, False
    if v < se and d.verb_at(v) and not d.toks[v].in_quote:
        v += 1
        if v < se and d.k(v) in _ACC_PRON:
            v += 1
        return v, True
    return j, False


def _skip_addressee(d: _Doc, n: int, se: int) -> int:
    """"عضو في الوفد لموقع «الأطلس»،": an outlet the speaker talked to is skipped up to the comma."""
    k = d.k(n)
    if n < se and d.toks[n].word and len(k) > 2 and k[0] == "ل" and (k[1:] in d.L.media or d.base(k[1:]) in d.L.media):
        for m in range(n + 1, min(se, n + 8)):
            if d.is_punct(m, _COMMA):
                return m
            if d.is_punct(m, _SENT_END):
                break
    return n


def _skip_aside(d: _Doc, j: int, end: int) -> int:
    """", طلب عدم ذكر اسمه،" / "، تحدث شرط عدم الكشف عن هويته،": an aside after the subject is skipped
    (the closing comma is kept, as after a plain subject)."""
    if not d.is_punct(j, _COMMA):
        return d.unnamed_end(j, end)  # "مسؤول أمريكي لم يكشف عن هويته إن"
    for m in range(j + 1, min(end, j + 12)):
        if d.is_punct(m, _COMMA):
            if d.unnamed_end(j + 1, m) == m or any(d.toks[x].word and (d.k(x) in d.L.anonymity or d.base(d.k(x)) in d.L.anonymity)
                   for x in range(j + 1, m)):
                return m
            return j
        if not d.toks[m].word and d.toks[m].raw not in _COMMA:
            return j
    return j


def _content_end(d: _Doc, cs: int, end: int, quoted: bool) -> tuple[int, int]:
    """Token range of the content: to the quotation's close, the next trigger or the sentence end."""
    if quoted:
        q = d.quote_end(cs, len(d.toks) if end >= len(d.toks) else d.paras_end(cs))
        if q >= 0:
            return cs + 1, q
        start = cs + 1
    else:
        start = cs
    x = start
    while x < end:
        if x > start and _is_trigger(d, x) and (d.is_punct(x - 1, _COMMA) or d.k(x).startswith("و")):
            kind = _is_trigger(d, x)
            if kind == "part" or (kind == "verb" and d.is_punct(x - 1, _COMMA)):
                return start, x - 1 if d.is_punct(x - 1, _COMMA) else x
        if x > start + 1 and _is_trigger(d, x) == "verb":
            c = _contrast_before(d, x)
            if c > start:  # "قال X إن ...، بينما أكد Y أن": Y's statement is not X's
                return start, c - 1 if d.is_punct(c - 1, _COMMA) else c
        x += 1
    return start, end


def _subject_before(d: _Doc, ss: int, i: int) -> _NP | None:
    """Subject-first clauses: "بيدرسون أردف ...", "المتحدث، الذي ...، أكد أن", "بيان ... بأن X، الذي ...، أكد"."""
    for x in range(i - 1, ss, -1):
        if d.toks[x].word and d.k(x) in d.L.comps and d.k(x) not in d.L.pron_comps and x + 1 < i:
            np = _subject_at(d, x + 1, i)
            if np:
                return np
    return _subject_at(d, ss, i)


def _subject_at(d: _Doc, ss: int, i: int) -> _NP | None:
    s = ss
    if s < i and d.k(s) in _CLAUSE_OPENERS:
        s += 1
    if s + 1 < i and d.toks[s].word and d.k(s + 1) in d.L.comps:
        s += 2  # "يذكر أن الرئيس ... قال"
    while s < i and d.is_punct(s, _COMMA):
        s += 1
    if s >= i:
        return None
    np = d.parse_np(s, i)
    if s in d.toks_known(s) and (np is None or np.kind == "named" and np.name and np.name[1] > s + 1
                                 and d.k(s + 1)[:1] in ("ي", "ت") and not d.toks_known(s + 1)):
        np = _NP("named", s, s + 1, name=(s, s + 1))  # a surname already met, then a present-tense verb
    if not np or np.kind == "media":
        return None
    gap = i - np.end
    if gap == 0:
        return np
    g0 = d.k(np.end) if d.toks[np.end].word else d.toks[np.end].raw
    if gap == 1 and g0 in ("قد", "لقد"):
        return np  # pluperfect "وكانت القيادة قد أعلنت أن"
    if np.kind == "named" and gap <= 10 and g0[:1] in ("ي", "ت") and d.k(i)[:2] in ("وي", "وت") \
            and d.toks[np.end].word and not any(not d.toks[x].word or d.k(x) in d.L.comps for x in range(np.end, i)):
        return np  # live-blog present tense: "الوزير يرد على النواب ويؤكد أن"
    if np.kind in ("institution", "role") and gap <= 16 and g0[:1] in ("ي", "ت") and d.k(i)[:2] == "و" + g0[0] \
            and d.toks[np.end].word and d.verb_at(np.end) is None and not any(
                d.toks[x].in_quote or d.k(x) in d.L.comps or d.is_punct(x, _SENT_END) for x in range(np.end, i)):
        # headline-style present tense, the speech verb agreeing with the first one:
        # "السفارة تصدر بيانا ترحب فيه بالاتفاق، وتؤكد أن"
        return np
    if gap <= 14 and (g0 in _COMMA or g0 in d.L.adjunct or d.base(g0) in d.L.adjunct or g0 in d.L.relatives):
        return np
    return None


def _sentence_subject(d: _Doc, ss: int, i: int) -> _NP | None:
    """The agent of a sentence whose verb is not a speech verb ("أصدر متحدث باسم ... تعليقاً، مؤكداً")."""
    s = ss
    while s < i and (not d.toks[s].word or d.k(s) in ("و", "كما", "وكان")):
        s += 1
    # a leading adverbial closed by a comma ("من جانبه،", "في المقابل،") is not the verb
    first = d.base(d.k(s)) if s < i else ""
    if first in d.L.adjunct or first in d.L.time or d.k(s) in d.L.adjunct:
        for c in range(s + 1, min(i, s + 5)):
            if d.is_punct(c, _COMMA):
                s = c + 1
                break
    if s + 1 >= i:
        return None
    np = d.parse_np(s + 1, i)
    if np and np.kind != "media":
        return np
    return _subject_before(d, ss, i)


def _nested(d: _Doc, ss: int, i: int) -> bool:
    """The verb sits inside the content of an earlier statement of the sentence ("... إلى أن الوزير أكد")."""
    return any(d.toks[x].word and d.k(x) in d.L.comps for x in range(ss, i))


def _clause_start(d: _Doc, ss: int, i: int) -> bool:
    """The verb opens its clause: only conjunctions before it, or an adverbial phrase closed by a comma."""
    x = ss
    while x < i and (d.k(x) in _CLAUSE_OPENERS or not d.toks[x].word and d.toks[x].raw in _COMMA):
        x += 1
    if x == i:
        return True
    first = d.base(d.k(x))
    if i - 1 > x and d.is_punct(i - 1, _COMMA) and (first in d.L.adjunct or d.k(x) in d.L.adjunct
                                                     or first in d.L.time or d.k(x) in d.L.according):
        return True
    return False


def _clean_quote(d: _Doc, a: int, b: int) -> tuple[int, int] | None:
    if b <= a:
        return None
    s, e = d.toks[a].s, d.toks[b - 1].e
    txt = d.text[s:e]
    ls = len(txt) - len(txt.lstrip(" ،,:-–—"))
    rs = len(txt.rstrip(" ،,:-–—"))
    s2, e2 = s + ls, s + rs
    if e2 - s2 < 4:
        return None
    if sum(1 for x in range(a, b) if d.toks[x].word) < 2 and not any(d.toks[x].in_quote for x in range(a, b)):
        return None  # "رحّب ... بالإعلان": one unquoted word is an object, not a statement
    return s2, e2


_QUESTION_MARKS = frozenset({"س", "سوال", "السوال"})
_ANSWER_MARKS = frozenset({"ج", "جواب", "الجواب"})
_INTERVIEW_CUES = ("التق", "حاور", "حوار", "مقابل", "لقاء")


def _qa_mark(d: _Doc, pa: int, pb: int) -> str | None:
    """"س:" / "سؤال:" opens a question, "ج:" / "جواب:" an answer (the mark then a colon or a dash)."""
    if pb - pa < 3 or not d.toks[pa].word or not d.is_punct(pa + 1, {":", "-", "–", "/"}):
        return None
    k = d.k(pa)
    return "q" if k in _QUESTION_MARKS else "a" if k in _ANSWER_MARKS else None


def _interview(d: _Doc) -> dict[int, _Stmt | None]:
    """Question/answer interviews: the answers are the interviewee's speech, the questions nobody's.
    The interviewee is the first named person after an interview cue ("التقت ... الوزير X"، "حاورنا ...")
    in the paragraphs before the first question. Paragraph index -> the answer (None for a question)."""
    marks = {p: _qa_mark(d, a, b) for p, (a, b) in enumerate(d.paras)}
    qs = [p for p, m in marks.items() if m == "q"]
    skip = 2  # the answer mark and its colon
    if not qs:
        # unmarked interview: a paragraph ending with a question mark, the answer the paragraph right after
        marks = {}
        for p, (a, b) in enumerate(d.paras):
            if b > a and d.is_punct(b - 1, {"؟", "?"}):
                marks[p] = "q"
            elif b > a and marks.get(p - 1) == "q":
                marks[p] = "a"
        if sum(1 for m in marks.values() if m == "a") < 2:
            return {}
        qs = [p for p, m in marks.items() if m == "q"]
        skip = 0
    if not qs or not any(m == "a" for m in marks.values()):
        return {}
    ent: _Ent | None = None
    for pa, pb in d.paras[:qs[0]]:
        cued = False
        for x in range(pa, pb):
            if d.toks[x].word and any(d.base(d.k(x)).startswith(c) or d.k(x).startswith(c) for c in _INTERVIEW_CUES):
                cued = True
            elif cued and (d.head_at(x) or d.k(x) in d.L.ranks):
                np = d.parse_np(x, pb)
                if np and np.kind == "named":
                    ent = _resolve(d, np)
                    if ent is not None:
                        break
        if ent is not None:
            break
    if ent is None:
        return {}
    out: dict[int, _Stmt | None] = {}
    for p, m in marks.items():
        if m == "q":
            out[p] = None
        elif m == "a":
            pa, pb = d.paras[p]
            rng = _clean_quote(d, pa + skip, pb)
            out[p] = _Stmt(ent, rng[0], rng[1], False, d.toks[pa].raw if skip else "", p) if rng else None
    return out


_SPEECH = lexicons.load("speech.json")
_LIST_MARKERS = frozenset(_fold(x) for x in _SPEECH.get("list_markers", []))
_ADDRESSEES = frozenset(_fold(x) for x in _SPEECH.get("addressee_nouns", []))
_ISSUING = frozenset(_fold(x) for x in _SPEECH.get("issuing_verbs", []))


def _list_marker_end(d: _Doc, pa: int, pb: int) -> int:
    """First token after a list marker opening paragraph pa..pb ("أولاً:", "1-", "٢)", "•"); -1 if none."""
    if pb - pa < 3:
        return -1
    t = d.toks[pa]
    if t.word and (t.k in _LIST_MARKERS or d.base(t.k) in _LIST_MARKERS):
        y = pa + 1
    elif t.word and t.k.isdigit() and len(t.k) <= 2 and d.is_punct(pa + 1, {"-", "–", ".", ")", ":"}):
        y = pa + 2
    elif not t.word and t.raw in ("•", "-", "–", "*"):
        y = pa + 1
    else:
        return -1
    while y < pb and not d.toks[y].word and d.toks[y].raw in (":", "-", "–", ".", ")"):
        y += 1
    return y if y < pb and d.toks[y].word else -1


def _statement_points(d: _Doc) -> dict[int, _Stmt | None]:
    """A statement given as numbered points: an intro paragraph ending with a colon that speaks of a statement
    ("وأكدت الوزارة في بيانها ما يلي:", "وجاء في نص البيان: ... ما يأتي:"), then two or more paragraphs
    opened by list markers. The points are the issuer's words (the subject of a speech or issuing verb in the
    intro or the paragraph before it); whoever a point names is no speaker. Paragraph index -> statement."""
    out: dict[int, _Stmt | None] = {}
    paras = d.paras
    for p, (pa, pb) in enumerate(paras):
        if pb - pa < 2 or not d.is_punct(pb - 1, {":"}) or p + 2 >= len(paras):
            continue
        points = []
        q = p + 1
        while q < len(paras) and _list_marker_end(d, *paras[q]) >= 0:
            points.append(q)
            q += 1
        if len(points) < 2:
            continue
        stems = {_strip_def(n) for n in d.L.statement_nouns}
        if not any(d.toks[x].word and (_is_trigger(d, x) == "verb" or any(n in d.k(x) for n in stems))
                   for x in range(pa, pb)):
            continue  # "وتشمل الخطة ما يلي:": a list, but nobody's statement
        ent: _Ent | None = None
        vraw = d.toks[pb - 2].raw
        for r in range(p, max(-1, p - 2), -1):
            ra, rb = paras[r]
            for x in range(ra, rb - 1):
                t = d.toks[x]
                if not t.word or t.in_quote:
                    continue
                issuing = t.k in _ISSUING or d.base(t.k) in _ISSUING
                if not issuing and _is_trigger(d, x) != "verb":
                    continue
                np = d.parse_np(x + 1, rb)
                if np is not None and np.kind in ("institution", "named", "role"):
                    ent = _resolve(d, np)
                    if ent is not None:
                        vraw = t.raw
                        break
            if ent is not None:
                break
        if ent is None:
            continue
        for q in points:
            qa, qb = paras[q]
            rng = _clean_quote(d, _list_marker_end(d, qa, qb), qb)
            out[q] = _Stmt(ent, rng[0], rng[1], False, vraw, q) if rng else None
    return out


def extract_quotes(text: str, title: str | None = None) -> list[Quote]:
    """Every statement in ``text`` attributed to its speaker; offsets index ``text``."""
    d = _Doc(text, title)
    _collect_mentions(d)
    stmts: list[_Stmt] = []
    last: _Stmt | None = None
    last_ent: _Ent | None = None
    consumed: set[int] = set()
    interview = _interview(d)
    for p, st in _statement_points(d).items():
        interview.setdefault(p, st)
    for p_idx, (pa, pb) in enumerate(d.paras):
        if pa == pb:
            continue
        if p_idx > 0 and p_idx not in interview and d.is_punct(d.paras[p_idx - 1][1] - 1, {":"}) \
                and _list_marker_end(d, pa, pb) >= 0:
            last_ent = None  # "وتشمل الخطة ما يلي: 1- ...": a list that is nobody's statement continues nobody
        if p_idx in interview:
            ans = interview[p_idx]
            if ans is not None:
                stmts.append(ans)
                last, last_ent = ans, ans.ent
            continue
        # a paragraph that is one quotation right after a statement continues it
        if p_idx not in consumed and d.is_punct(pa, d.L.q_open) and last is not None and last.para >= p_idx - 1:
            q = d.quote_end(pa, pb)
            rng = _clean_quote(d, pa + 1, q if q > 0 else pb)
            if rng:
                stmts.append(_Stmt(last.ent, rng[0], rng[1], True, last.verb, p_idx))
                last = stmts[-1]
            continue
        if p_idx in consumed:
            continue
        for ss, se in _sentence_bounds(d, pa, pb):
            sent_ent: _Ent | None = None
            i = ss
            while i < se:
                kind = _is_trigger(d, i)
                if not kind:
                    i += 1
                    continue
                verb = d.verb_at(i) if kind == "verb" else None
                ent: _Ent | None = None
                cs, quoted = -1, False
                nested = False
                if kind == "acc":
                    j, reported = _according_speaker_start(d, i, se)
                    if j < se and d.k(j) in ("ل", "لـ"):
                        j += 1
                    np = d.parse_np(j, se)
                    np_end = _skip_addressee(d, np.end, se) if np else -1
                    if np is None or np.kind == "media":
                        relay = _relay_source(d, i + 1, se)  # "بحسب ما نقلته قناة X عن مصادر مطلعة،"
                        if relay is not None:
                            np, np_end, reported = relay[0], relay[1], True
                    if np and np.kind != "media" and np_end < se and d.is_punct(np_end, _COMMA):
                        ent = _resolve(d, np)
                        cs = np_end + 1
                        if cs < se and (d.k(cs) in d.L.comps or d.base(d.k(cs)) in d.L.comps):
                            cs += 1
                        quoted = cs < se and d.is_punct(cs, d.L.q_open)
                    elif np and np.kind != "media" and reported and sent_ent is None and i - 1 > ss \
                            and d.is_punct(i - 1, _COMMA) and (np_end >= se or d.is_punct(np_end, _SENT_END)):
                        # "...، حسب ما أفاد به مصدر من اللجنة.": the sentence before the comma is the statement
                        ent = _resolve(d, np)
                        rng = _clean_quote(d, ss, i - 1) if ent is not None else None
                        if ent is not None and rng:
                            stmts.append(_Stmt(ent, rng[0], rng[1], False, d.toks[i].raw, p_idx))
                            last, last_ent, sent_ent = stmts[-1], ent, ent
                        i = max(i + 1, np_end)
                        continue
                    if ent is None:
                        i += 1
                        continue
                elif kind == "stmt":
                    if d.k(i + 1) == "في":  # "وجاء في البيان / في بيان الوزارة أن": the statement's issuer
                        np = d.parse_np(i + 2, se)
                        ent = _resolve(d, np) if np and np.kind == "institution" else None
                        y = np.end if np else i + 2
                    else:  # "أصدرت الوزارة ... بياناً جاء فيه": the agent of the sentence
                        np = _sentence_subject(d, ss, i)
                        ent = _resolve(d, np) if np and np.kind in ("institution", "named", "role", "anonymous") \
                            and np.end <= i else None
                        y = i + 2
                    if ent is None:
                        i += 1
                        continue
                    cs, quoted = _content_start(d, y, se, None, True)
                    if cs < 0:
                        i += 1
                        continue
                elif kind == "part":
                    nested = False
                    ent = sent_ent
                    if ent is None:
                        np = _sentence_subject(d, ss, i)
                        ent = _resolve(d, np) if np else None
                    if ent is None and last is not None and last.para == p_idx:
                        ent = last.ent
                    if ent is None:
                        i += 1
                        continue
                    pk = d.k(i)[1:] if d.k(i).startswith("و") and d.k(i) not in d.L.participles else d.k(i)
                    cs, quoted = _content_start(d, i + 1, se, {"object": True}, False,
                                                d.L.part_preps.get(pk, frozenset()))
                    if cs < 0:
                        i += 1
                        continue
                elif verb and verb["relay"]:
                    # "نقلت وسائل إعلام عن الوزير X قوله إن ...": the one quoted speaks, never the relay
                    ent, cs, quoted = _relayed(d, i, se)
                    if ent is None or cs < 0:
                        i += 1
                        continue
                else:
                    strict = bool(verb and verb["strict"])
                    nested = False
                    j = i + 1
                    np = d.parse_np(j, se) if j < se else None
                    if np and np.kind == "named" and not np.title and verb and verb["object"] and np.end < se \
                            and (d.k(np.end) in verb["preps"] or d.k(np.end) in d.L.comps) and _resolve(d, np) is None:
                        np = None  # "وحثت طرفي الحرب على ...": an untitled unknown "name" is the object
                    if np and np.kind == "media":
                        relay = _relay_source(d, np.end, se)  # "وذكرت صحيفة X نقلاً عن مصدر ... أن"
                        ent = _resolve(d, relay[0]) if relay else None
                        if relay is None or ent is None:
                            last_ent = None
                            i = np.end
                            continue
                        cs, quoted = _content_start(d, relay[1], se, verb, strict,
                                                    verb["preps"] if verb else frozenset())
                    elif np:
                        ent = _resolve(d, np)
                        if ent is None:
                            i = np.end
                            continue
                        cs, quoted = _content_start(d, np.end, se, verb, strict, verb["preps"] if verb else frozenset())
                    else:
                        cs, quoted = _content_start(d, j, se, verb, strict, verb["preps"] if verb else frozenset())
                        if cs >= 0:
                            gap_ok = cs - 1 <= j or d.is_punct(j, _COMMA) or d.k(j) in d.L.adjunct or \
                                d.base(d.k(j)) in d.L.adjunct or d.k(j) in d.L.time or d.k(j) in d.L.comps \
                                or d.k(j) in d.L.preps or d.is_punct(j, {":"}) or d.is_punct(j, d.L.q_open)
                            sub = _subject_before(d, ss, i)
                            comma_clause = i > ss and (d.is_punct(i - 1, _COMMA) or d.k(i)[:1] == "ل")
                            if sub:
                                n_ents = len(d.ents)
                                ent = _resolve(d, sub)
                                nested = ent is not None and _nested(d, ss, i)
                                if nested and ent is not None and sub.kind == "role" and len(d.ents) > n_ents \
                                        and d.ents[-1] is ent:
                                    # "وأضاف X أن الوزير شدد على ...": a bare role met only inside X's statement,
                                    # no earlier speaker: nobody we know (a person named later is a guess); the
                                    # words stay X's
                                    d.ents.pop()
                                    ent, nested = None, False
                            if ent is None and comma_clause and sent_ent is not None:
                                ent = sent_ent
                            if ent is None and comma_clause:
                                sub = _sentence_subject(d, ss, i)
                                ent = _resolve(d, sub) if sub else None
                            if ent is None and gap_ok and (_clause_start(d, ss, i) or comma_clause) and \
                                    last_ent is not None and last is not None and \
                                    p_idx - last.para <= _MAX_CONT_PARAGRAPHS:
                                ent = last_ent
                    if ent is None or cs < 0:
                        i += 1
                        continue
                # statement content
                if cs >= se and kind != "acc":
                    # "قائلة:" at the end of a paragraph: the next paragraph is the quotation
                    nxt = p_idx + 1
                    if nxt < len(d.paras) and d.paras[nxt][0] < d.paras[nxt][1] and \
                            d.is_punct(d.paras[nxt][0], d.L.q_open):
                        na, nb = d.paras[nxt]
                        q = d.quote_end(na, nb)
                        rng = _clean_quote(d, na + 1, q if q > 0 else nb)
                        if rng:
                            stmts.append(_Stmt(ent, rng[0], rng[1], True, d.toks[i].raw, nxt))
                            consumed.add(nxt)
                            last, last_ent, sent_ent = stmts[-1], ent, ent
                    i += 1
                    continue
                a, b = _content_end(d, cs, se, quoted)
                rng = _clean_quote(d, a, b)
                if rng:
                    stmts.append(_Stmt(ent, rng[0], rng[1], quoted, d.toks[i].raw, p_idx))
                    sent_ent = ent
                    if not nested:  # speech reported inside another statement does not take the floor
                        last, last_ent = stmts[-1], ent
                    i = max(i + 1, b if quoted else cs)  # no trigger inside the subject or an aside
                else:
                    if kind == "verb" and not nested:
                        sent_ent = ent  # "رحّب X بالإعلان، وقال ...": X keeps the floor in the sentence
                    i += 1
    return [_to_quote(d, s) for s in stmts]


def _to_quote(d: _Doc, s: _Stmt) -> Quote:
    e = s.ent
    words = d.text[s.cs:s.ce]
    return Quote(
        speaker=e.speaker, speaker_title=e.title, speaker_org=e.org, speaker_kind=e.kind,
        is_official=bool(e.official), quote=words, quote_type="direct" if s.direct else "indirect",
        start=s.cs, end=s.ce, official_id=e.oid, verb=s.verb.strip(),
    )
