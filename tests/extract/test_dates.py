"""Publication dates: the table of date strings (date_cases.json) and the rules that keep wrong dates out."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from newsetl.extract.dates import extract_date, find_dates, from_url, hijri_to_gregorian

CASES = json.loads((Path(__file__).parent / "date_cases.json").read_text(encoding="utf-8"))["cases"]
FILLER = "وقال المتحدث إن الاجتماعات ستتواصل خلال الفترة المقبلة بحضور ممثلين عن الأطراف كافة."


def _run(case: dict[str, Any]):
    ref = datetime.fromisoformat(case.get("ref") or "2025-01-01").replace(tzinfo=UTC)
    signals: dict[str, Any] = {}
    lines = [FILLER, FILLER]
    url = None
    where = case["where"]
    if where == "header":
        signals["header_lines"] = [case["text"]]
    elif where == "lead":
        lines = [case["text"], FILLER]
    elif where == "body":
        lines = [FILLER, FILLER, case["text"]]
    elif where == "url":
        url = case["url"]
    elif where == "meta":
        signals["meta_dates"] = [tuple(x) for x in case["meta"]]
    return extract_date(signals, url, lines, ref, case.get("tz"))


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['form']}" for i, c in enumerate(CASES)])
def test_date_table(case: dict[str, Any]) -> None:
    res = _run(case)
    want = case["expect"]
    if want is None:
        assert res.published_date is None, f"took {res.published_date} from {case['text'] or case.get('url')!r}"
        return
    got = res.published_date
    assert got is not None, f"missed {case['text'] or case.get('url')!r}"
    tol = case.get("tolerance_days", 0)
    assert abs((got - date.fromisoformat(want)).days) <= tol, (got, want)
    if case.get("source"):
        assert res.source == case["source"]
    elif case["where"] in ("header", "lead", "body"):
        assert res.source in ("text", "hijri")
    if "at" in case:
        want_at = datetime.fromisoformat(case["at"]) if case["at"] else None
        assert res.published_at == want_at


def test_table_is_large_and_covers_every_form() -> None:
    assert len(CASES) >= 150
    forms = {c["form"] for c in CASES}
    for needed in ("syriac", "egyptian", "maghrebi", "paired", "arabic-indic", "persian-digits", "numeric", "time+city",
                   "today+weekday", "hijri", "url", "meta", "event-in-lead", "last-updated", "copyright"):
        assert needed in forms


def test_metadata_beats_url_and_text() -> None:
    res = extract_date({"meta_dates": [("jsonld", "2021-03-04T10:00:00+02:00")], "header_lines": ["5 آذار 2021"]},
                       "https://example.com/2021/03/01/x", [], None, "Asia/Damascus")
    assert (res.published_date, res.source) == (date(2021, 3, 4), "jsonld")


def test_time_element_disagreeing_with_url_is_not_trusted() -> None:
    res = extract_date({"meta_dates": [("time", "2024-11-11")]}, "https://example.com/2020/05/05/x", [], None, None)
    assert (res.published_date, res.source) == (date(2020, 5, 5), "url")


def test_header_line_nearest_the_body_wins() -> None:
    signals = {"header_lines": ["الأحد 12 يناير 2025", "عنوان", "نشر في 3 كانون الثاني 2025"]}
    res = extract_date(signals, None, [FILLER], datetime(2025, 1, 12, tzinfo=UTC), None)
    assert res.published_date == date(2025, 1, 3)


def test_inferred_year_rejected_when_body_names_a_later_year() -> None:
    lines = ["أكد الوزير، اليوم الجمعة 5 أيار، دعم الخطة", "وكان ذلك قبل انتخابات 2024 بأشهر."]
    res = extract_date({}, None, lines, datetime(2025, 6, 1, tzinfo=UTC), None)
    assert res.published_date is None


def test_related_list_after_the_body_is_ignored() -> None:
    dropped = [("قد تحب أيضا", "section_header"), ("- November 11, 2024", "after_body")]
    res = extract_date({}, None, [FILLER, FILLER], None, None, dropped=dropped)
    assert res.published_date is None


def test_find_dates_positions_and_kinds() -> None:
    found = find_dates("صدر في 3 آب 2020 وأعيد نشره في 15 رمضان 1445 هـ")
    assert [d.calendar for d in found] == ["gregorian", "hijri"]
    assert found[0].day == date(2020, 8, 3)


def test_hijri_conversion_known_days() -> None:
    assert hijri_to_gregorian(1445, 9, 1) in (date(2024, 3, 10), date(2024, 3, 11), date(2024, 3, 12))
    assert hijri_to_gregorian(1446, 1, 1) in (date(2024, 7, 6), date(2024, 7, 7), date(2024, 7, 8))


def test_from_url_ignores_ids() -> None:
    assert from_url("https://example.com/news/2044519.html") is None
    assert from_url(None) is None


def test_removed_lines_after_the_body_are_not_header_lines() -> None:
    # the extractor gave its header (empty): the dates of a related list it removed after the body never count
    dropped = [("وكالات", "credit"), ("- 3 نيسان 2024", "date_line"), ("افتتاح مكتبة عامة", "trailing_related")]
    assert extract_date({"header_lines": []}, None, [FILLER], dropped=dropped).published_date is None
    # without a header from the extractor, short removed lines before the body are read, from the last
    # showing of the headline on (the top bar above it holds the day of the visit)
    top = [("الأحد 7 نيسان 2024", "before_title"), ("عنوان الخبر", "title_repeat")]
    assert extract_date({}, None, [FILLER], dropped=top).published_date is None
    dated = top + [("الجمعة 5 نيسان 2024 - 10:30", "date_line")]
    assert str(extract_date({}, None, [FILLER], dropped=dated).published_date) == "2024-04-05"


def _dump_date(text: str) -> Any:
    from newsetl.extract.textdump import extract_text_dump

    ex = extract_text_dump(text)
    return extract_date(ex.signals, None, ex.paragraphs, datetime(2024, 2, 1, tzinfo=UTC), None,
                        title=ex.title, dropped=ex.dropped)


DUMP_P = ("أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مراكز طبية جديدة في المحافظات الجنوبية لخدمة السكان.\n"
          "وقال الوزير إن المراكز ستعمل على مدار الساعة وستقدم خدماتها مجانا للمواطنين.\n"
          "وأضاف أن الوزارة تخطط لافتتاح مراكز أخرى خلال العام الجاري في مناطق مختلفة.\n")


def test_dump_top_bar_date_loses_to_the_date_nearer_the_body() -> None:
    text = ("وزارة الصحة تفتتح ثلاثة مراكز طبية في الجنوب\nالأحد 14 يناير 2024\nالنخيل 24\nمحليات\nدوليات\nعاجل\n"
            "عاجل | الأمطار تغلق طريقا جبليا في الشمال\n11 يناير 2024 - 08:40 م\n" + DUMP_P)
    res = _dump_date(text)
    assert res.published_date == date(2024, 1, 11)


def test_dump_top_bar_date_alone_is_not_taken() -> None:
    text = ("وزارة الصحة تفتتح ثلاثة مراكز طبية في الجنوب\n-\nالأحد 14 يناير 2024\nصحيفة النخيل\nالرئيسية\n"
            "مقالات الرأي\nبقلم: سالم العتيبي\nالأربعاء\n" + DUMP_P)
    assert _dump_date(text).published_date is None


def test_dump_numeric_date_with_time_under_the_byline() -> None:
    text = ("وزارة الصحة تفتتح ثلاثة مراكز طبية في الجنوب\nكتب: سالم العتيبي\n09/01/2024 - 13:05\n" + DUMP_P)
    assert _dump_date(text).published_date == date(2024, 1, 9)


def test_pm_marker_sets_the_clock() -> None:
    (d,) = find_dates("11 يناير 2024 - 08:40 م")
    assert d.clock is not None and (d.clock.hour, d.clock.minute) == (20, 40)
    (d,) = find_dates("11 يناير 2024 - 08:40 ص")
    assert d.clock is not None and d.clock.hour == 8
