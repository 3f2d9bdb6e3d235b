"""Quote attribution: a table of invented sentences (quote_sentences.json) covering every pattern of the
grammar (title/name orders, surnames and roles merged with earlier speakers, continuations, participles,
anonymous sources, institutions, "according to", subject-first) and negatives (people only mentioned,
addressees, agencies and outlets that relay speech). Plus offsets, registry and lexicon checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsetl import lexicons
from newsetl.extract.quotes import extract_quotes
from newsetl.text.normalise import for_matching

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).with_name("quote_sentences.json")).read_text(encoding="utf-8"))["cases"]


def _f(s: str | None) -> str:
    return for_matching(s or "")


def test_the_set_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if not c["expect"] or c["not_speakers"]) >= 10  # negatives


@pytest.mark.parametrize("case", CASES, ids=[f"{i:02d}-{c.get('note', '')[:40]}" for i, c in enumerate(CASES)])
def test_sentence(case: dict[str, Any]) -> None:
    quotes = extract_quotes(case["text"], case.get("title"))
    got = [(q.speaker, q.speaker_kind, q.quote_type, q.quote[:60]) for q in quotes]
    if not case["expect"] and not case["not_speakers"]:
        assert quotes == [], got
    for exp in case["expect"]:
        ok = [q for q in quotes if _f(exp["speaker"]) in _f(q.speaker) and q.speaker_kind == exp["kind"]
              and q.quote_type == exp["type"] and _f(exp["quote"]) in _f(q.quote)]
        if "official" in exp:
            ok = [q for q in ok if q.is_official == exp["official"]]
        if "title" in exp:
            ok = [q for q in ok if _f(exp["title"]) in _f(q.speaker_title)]
        if "org" in exp and exp["org"] is None:
            ok = [q for q in ok if q.speaker_org is None]  # a field of expertise is no organisation
        elif "org" in exp:
            ok = [q for q in ok if _f(exp["org"]) in _f(q.speaker_org)]
        assert ok, (exp, got)
    for bad in case["not_speakers"]:
        assert not any(_f(bad) in _f(q.speaker) for q in quotes), (bad, got)


def test_offsets_index_the_text() -> None:
    text = "مقدمة.\nقال وزير الخارجية الكندي، جون ماكلين، إن «بلاده ستواصل دعم جهود السلام»."
    (q,) = extract_quotes(text)
    assert text[q.start:q.end] == q.quote
    assert q.quote_type == "direct" and q.verb == "قال"


def test_output_keeps_original_spelling() -> None:
    text = "قال وزير الخارجية الروسى، سيرجى لافروف، إنّ الحوارَ مستمر."
    (q,) = extract_quotes(text)
    assert q.speaker == "سيرجى لافروف"
    assert q.official_id == "sergey_lavrov"
    assert "الحوارَ" in q.quote


def test_headline_mention_gives_the_title() -> None:
    text = "وقال لعمامرة إن العلاقات متينة."
    (q,) = extract_quotes(text, "وزير الخارجية رمطان لعمامرة يزور تونس")
    assert q.speaker == "رمطان لعمامرة" and q.speaker_title == "وزير الخارجية"


def test_registry_is_consistent() -> None:
    reg = lexicons.load("officials.json")["officials"]
    assert len(reg) >= 80
    ids = [e["id"] for e in reg]
    assert len(ids) == len(set(ids))
    for e in reg:
        assert e["names_ar"] and e["name_en"] and e["titles"] and e["country"]
        assert all(t["title"] for t in e["titles"])


def test_speech_lexicon_shape() -> None:
    sp = lexicons.load("speech.json")
    forms = {f for v in sp["verbs"] for f in v["forms"]}
    for verb in ("قال", "أكد", "أضاف", "أوضح", "شدد", "أشار", "أعلن", "كشف", "حذر", "دعا", "جدد", "أعرب", "نفى",
                 "صرح", "تابع", "لفت", "اعتبر", "رأى", "ذكر", "أفاد", "زعم", "حث", "واصل", "أتم"):
        assert verb in forms, verb
    for p in ("مؤكدا", "مشيرا", "موضحا", "منوها", "متابعا"):
        assert p in sp["participles"]


def test_no_quotes_in_plain_text() -> None:
    assert extract_quotes("انخفضت درجات الحرارة في معظم المناطق اليوم.") == []
    assert extract_quotes("") == []


def test_contrast_ends_the_first_statement() -> None:
    text = "قال الوزير سالم النعيمي إن الأسعار مستقرة، بينما أكد المحلل وائل سرور أن الركود قادم."
    first, second = extract_quotes(text)
    assert first.quote == "الأسعار مستقرة" and second.speaker == "وائل سرور"
    text = "وأكد الوزير كمال الحسيني أن المفاوضات مستمرة، بينما غادر الوفد القاهرة."
    (q,) = extract_quotes(text)  # no speech verb after بينما: one statement, unchanged
    assert "غادر" in q.quote


def test_social_verbs_need_a_post() -> None:
    assert extract_quotes("وكتب الوزير سالم النعيمي أن الأسعار مستقرة.") == []
    (q,) = extract_quotes("وكتب الوزير سالم النعيمي في تغريدة أن الأسعار مستقرة.")
    assert q.speaker == "سالم النعيمي" and q.quote_type == "indirect"


def _speaker_of(quotes: list[Any], words: str) -> str | None:
    """Speaker of the quote containing ``words`` (None when no quote has them)."""
    hits = [q.speaker for q in quotes if _f(words) in _f(q.quote)]
    return hits[0] if hits else None


@pytest.mark.parametrize("text, words", [
    # two earlier ministers of the same country: "الوزير المصري" could be either
    ("أكد وزير الخارجية المصري حسام الدين فوزي أن الحوار مستمر.\nوقال وزير الري المصري عادل الشافعي إن السد "
     "يهدد الأمن المائي.\nوأضاف الوزير المصري أن القاهرة لن تتنازل عن حقوقها.", "القاهرة لن تتنازل"),
    # a foreign minister and an ambassador are both diplomats
    ("قال وزير الخارجية الجزائري كمال بوزيد إن الوساطة مستمرة.\nوأكد السفير الجزائري لدى النيجر رشيد عمراني أن "
     "الاتصالات يومية.\nوتابع الدبلوماسي الجزائري أن الجزائر لن تقبل بأي تدخل أجنبي.", "لن تقبل بأي تدخل"),
    # an unnamed official and a named minister of the same country
    ("قال مسؤول أردني إن المعبر سيفتح قريبا.\nوأكد وزير الداخلية الأردني فارس الطراونة أن الأمن مستقر.\n"
     "وأضاف المسؤول الأردني أن الاستعدادات جارية منذ أسابيع.", "الاستعدادات جارية"),
])
def test_ambiguous_nationality_reference_has_no_speaker(text: str, words: str) -> None:
    assert _speaker_of(extract_quotes(text), words) is None


@pytest.mark.parametrize("text, words, wrong", [
    # a writer is no official
    ("قال الكاتب الليبي سالم الورفلي إن الأزمة طويلة.\nوأضاف المسؤول الليبي أن الحكومة مستعدة للحوار.",
     "الحكومة مستعدة", "سالم الورفلي"),
    # "الرئيس" is not the head of "رئيس الوزراء"
    ("قال رئيس الوزراء اللبناني نبيل عيسى إن الاقتصاد يتعافى.\nوأضاف الرئيس اللبناني أن الاستثمارات تتزايد.",
     "الاستثمارات تتزايد", "نبيل عيسى"),
    # a UN envoy to a country does not speak for it
    ("قال المبعوث الأممي إلى ليبيا هانز كوبلر إن الهدنة صامدة.\nوأضاف الدبلوماسي الليبي أن الحكومة ملتزمة بها.",
     "الحكومة ملتزمة", "هانز كوبلر"),
])
def test_nationality_reference_never_takes_an_unfit_person(text: str, words: str, wrong: str) -> None:
    assert _speaker_of(extract_quotes(text), words) != wrong


def test_relaying_outlet_is_never_the_speaker() -> None:
    quotes = extract_quotes("وذكرت صحيفة المساء نقلاً عن مصدر حكومي لم تسمه أن الحكومة ستستقيل.\n"
                            "ونقلت وكالة الأنباء الكويتية عن مصادر مطلعة قولها إن القمة تأجلت.")
    assert [q.speaker_kind for q in quotes] == ["anonymous", "anonymous"]
    assert not any("صحيفة" in q.speaker or "وكالة" in q.speaker for q in quotes)


def test_bare_role_inside_a_statement_is_no_later_person() -> None:
    # "الوزير" reported inside the spokesman's statement: the minister named only later is a guess
    text = ("وقال المتحدث باسم الرئاسة، سامي الخطيب، إن اللقاء كان إيجابيا.\n"
            "وأضاف الخطيب أن الوزير شدد خلال اللقاء على \"أهمية التعاون الإقليمي\"، مؤكدا أن البلاد \"ترحب بكل مبادرة\".\n"
            "من جانبه، قال وزير الخارجية القطري، خالد العطية، إن الدوحة تدعم الحوار.")
    quotes = extract_quotes(text)
    assert _speaker_of(quotes, "أهمية التعاون الإقليمي") == "سامي الخطيب"
    assert all(q.speaker != "خالد العطية" for q in quotes if "ترحب بكل مبادرة" in q.quote)
    assert _speaker_of(quotes, "الدوحة تدعم الحوار") == "خالد العطية"


def test_nationality_reference_replaces_a_ministry_guess() -> None:
    # "وزير الزراعة" gives the ministry; "المسؤول المغربي" later tells the country
    quotes = extract_quotes("قال وزير الزراعة سالم بنعيسى إن الموسم جيد.\nوأضاف المسؤول المغربي أن الصادرات سترتفع.")
    assert [q.speaker for q in quotes] == ["سالم بنعيسى", "سالم بنعيسى"]
    assert quotes[-1].speaker_org == "المغرب"


def test_non_officials_by_trade_or_kunya() -> None:
    text = ("قال الصياد حمزة البحري إن الصيد تراجع.\nوقالت أم ياسين، وهي من سكان المخيم، إن الخيام لا تقي البرد.\n"
            "وأضاف البحري أن أسعار الوقود أرهقت الصيادين.")
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["حمزة البحري", "أم ياسين", "حمزة البحري"]
    assert not any(q.is_official for q in quotes)
    assert all(q.speaker_org is None for q in quotes)
