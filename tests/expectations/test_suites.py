"""The GX suites: failing rows are named with the expectation they broke; a batch that fails too
much marks the run failed; quotes that reference nothing are quarantined."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from expectations.runner import validate_batch
from newsetl.records import Article, Quote

BODY = ("قال وزير الخارجية في مؤتمر صحفي إن المحادثات مع الوفد الزائر تناولت ملفات التعاون الاقتصادي "
        "وعودة اللاجئين، مؤكداً أن الحل السياسي هو الطريق الوحيد للاستقرار في المنطقة.")


def art(i: int, **kw: object) -> Article:
    base = Article(article_id=f"a{i}", url=None, source=f"s{i}.txt", outlet="الواحة نيوز", site_name="الواحة نيوز",
                   title=f"عنوان الخبر رقم {i}", text=BODY, published_at=None, published_date=date(2024, 5, 1),
                   date_source="meta", content_hash=f"h{i}", input_key=f"k{i}", word_count=20)
    return replace(base, **kw)  # type: ignore[arg-type]


def test_each_failing_row_names_its_expectation(tmp_path: Path) -> None:
    future = (datetime.now(UTC) + timedelta(days=30)).date()
    batch = [
        art(1),
        art(2, title="الواحة نيوز"),
        art(3, published_date=future),
        art(4, text="اقرأ أيضاً: عنوان آخر\n" + BODY),
        art(5, text="short"),
        art(6, text="The minister said the talks went well and covered the economy, refugees and the border. " * 2),
        art(7, date_source="guess"),
        art(8, duplicate_of="a1"),
        art(9, duplicate_of="earlier-run-article"),
        art(10, duplicate_of="nowhere"),
    ]
    failed, summary = validate_batch(batch, str(tmp_path / "docs"), frozenset({"earlier-run-article"}))
    assert "a1" not in failed and "a8" not in failed and "a9" not in failed
    assert failed["a10"].endswith(":duplicate_target_known")
    assert failed["a2"].endswith(":title_is_site_name")
    assert failed["a3"].endswith(":date_in_future")
    assert failed["a4"].endswith(":boilerplate_left")
    assert failed["a5"].endswith(":text_length")
    assert failed["a6"].endswith(":arabic_share")
    assert failed["a7"].endswith(":date_source")
    assert not summary["articles"]["success"]
    assert (tmp_path / "docs" / "index.html").exists()  # Data Docs built into the given directory


def test_quote_rows_are_checked_too() -> None:
    bad = Quote("مسؤول", None, None, "somebody", True, "نص", "direct")
    good = Quote("وزير الخارجية", "وزير الخارجية", None, "role", True, "المحادثات مستمرة", "indirect")
    failed, summary = validate_batch([art(1, quotes=(good, bad))])
    assert failed == {}
    assert summary["quotes_quarantined"] == {"a1:1": "expect_column_values_to_be_in_set:speaker_kind"}


def test_batch_failure_marks_the_run_failed(tmp_path: Path) -> None:
    from flows.etl import publish
    from newsetl.accounting import RunRecord
    from newsetl.dedup.index import DedupIndex
    from newsetl.io.layout import Layout
    from newsetl.settings import Settings

    layout = Layout.at(tmp_path / "out")
    rec = RunRecord(run_id="gate-1", started=datetime.now(UTC), inputs=["x"])
    batch = [art(1), art(2, title="الواحة نيوز"), art(3, title="الواحة نيوز")]
    summary = publish(layout, rec, batch, [], DedupIndex(0.5), Settings())
    assert summary["status"].startswith("failed: validation rejected 2 of 3")
    assert summary["articles"] == 1 and summary["rejected"] == 2
    assert summary["rejects_by_reason"] == {"validate:validation:expect_column_values_to_be_in_set:title_is_site_name": 2}


def test_bookkeeping_suites_catch_bad_reject_and_run_rows() -> None:
    from expectations.runner import validate_bookkeeping

    good = {"source": "a.txt", "stage": "read", "reason": "fetch:404", "run_id": "r"}
    tables = {"rejects": [good, {**good, "source": "b.txt", "stage": "somewhere"}, {**good, "source": "c.txt", "reason": "Not A Code!"}],
              "runs": [{"run_id": "r", "metric": "inputs", "value": 3.0, "started_at": datetime.now(UTC),
                        "finished_at": datetime.now(UTC), "detail": None}]}
    out = validate_bookkeeping(tables)
    assert not out["rejects"]["success"] and out["rejects"]["failed_rows"] == 2
    assert out["runs"]["success"]


def test_data_docs_go_to_the_directory_of_each_call(tmp_path: Path) -> None:
    """One process, two outputs (a backfill, tests, a long-lived worker): each gets its own Data Docs."""
    for name in ("one", "two"):
        validate_batch([art(1)], str(tmp_path / name))
        assert (tmp_path / name / "index.html").exists(), name
        assert list((tmp_path / name / "validations" / "articles").rglob("*.html")), name
