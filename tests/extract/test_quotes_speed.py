"""The per-key memo of quotes.py (``_Lex.info``) gives what the uncached definitions give, token by token."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsetl.extract import quotes as q

_CASES = json.loads(Path(__file__).with_name("quote_sentences.json").read_text(encoding="utf-8"))["cases"]


def _verb_ref(L: Any, k: str, nxt: str) -> dict[str, Any] | None:
    """verb_at as written before the memo."""
    cands = [k]
    if len(k) > 3 and k[0] in q._CONJ:
        cands.append(k[1:])
        if len(k) > 4 and k[1] in "لف":
            cands.append(k[2:])
    if len(k) > 3 and k[0] == "ل":
        cands.append(k[1:])
    for c in cands:
        v = L.verbs.get(c)
        if v:
            return v  # type: ignore[no-any-return]
    if nxt in L.comps and (nxt.startswith("ب") or nxt in ("ان", "انه", "انها")):
        for c in cands:
            for suf in ("هما", "هم", "ها", "ه"):
                if c.endswith(suf) and len(c) - len(suf) >= 3:
                    v = L.verbs.get(c[: -len(suf)])
                    if v and v["object"]:
                        return v  # type: ignore[no-any-return]
    return None


def _is_head_ref(L: Any, k: str) -> bool:
    b = q._strip_def.__wrapped__(k)
    return b in L.heads_official or b in L.heads_other or k in L.heads_official or k in L.heads_other


def test_memoised_flags_match_the_definitions() -> None:
    L = q._lex()
    keys: set[str] = set()
    for c in _CASES:
        keys.update(t.k for t in q._Doc(c["text"], c.get("title")).toks if t.word)
    for v in list(L.verbs)[:200]:
        keys.update({v, "و" + v, "ف" + v, "ول" + v, "ل" + v, v + "ها", "و" + v + "ه"})
    keys.update(L.participles, L.according, L.ranks, L.counterparts, {"وجاء", "جاء"})
    for k in keys:
        info = L.info(k)
        b = k[1:] if len(k) > 3 and k[0] in q._CONJ else k
        for nxt in ("بان", "ان", "في", ""):
            got = info.verb if info.verb is not None else (
                info.verb_obj if nxt in L.comps and (nxt.startswith("ب") or nxt in ("ان", "انه", "انها")) else None)
            assert got is _verb_ref(L, k, nxt), k
        assert info.head == (_is_head_ref(L, k) or _is_head_ref(L, b)), k
        assert L.is_head(k) == _is_head_ref(L, k), k
        assert info.part == (k in L.participles or (k.startswith("و") and k[1:] in L.participles)), k
        assert info.acc == (b in L.according or b in q._ACC_MA), k
        if any(x.startswith(b + " ") for x in L.compound_heads):
            assert info.cfirst, k
        if info.verb is not None or info.verb_obj is not None or info.part or info.acc or b == "جاء":
            assert info.trig, k


def test_memo_is_bounded(monkeypatch: Any) -> None:
    L = q._lex()
    monkeypatch.setattr(q, "_MEMO_MAX", 3)
    for w in ("اول", "ثاني", "ثالث", "رابع", "خامس"):
        L.info(w + "تجربه")
        L.is_head(w + "تجربه")
    assert len(L.key_infos) <= 3 and len(L.heads_memo) <= 3
    text = "قال وزير الخارجية زوكلماندر إن المحادثات مستمرة مع قرطوبيانا وفلنتاغو."  # new tokens: the memo fills
    first = q.extract_quotes(text)
    assert len(L.tok_memo) <= 3
    assert q.extract_quotes(text) == first
