"""Across runs: the index persists in per-run Parquet state files; today's run links to yesterday's
articles, rows already written stay canonical, and a re-run adds nothing new."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq

from newsetl.dedup.index import DedupIndex, deduplicate
from newsetl.dedup.store import STATE_SCHEMA, load_index, save_new_rows
from tests.dedup.fixtures.variants import Doc, as_article, drop_sentence, respell

PARAS = [
    "قال وزير الخارجية الأمريكية في مؤتمر صحفي عقده اليوم في العاصمة إن المحادثات مع الجانب الروسي تناولت الملف السوري",
    "وأضاف الوزير أن بلاده تدعم جهود المبعوث الأممي للتوصل إلى حل سياسي شامل يضمن عودة اللاجئين إلى مدنهم وقراهم",
    "وأشار إلى أن اللجنة الدستورية ستعقد جولتها المقبلة في جنيف الشهر القادم بمشاركة وفدي الحكومة والمعارضة",
    "من جهته أكد المتحدث باسم الأمم المتحدة أن المنظمة مستعدة لتقديم كل الدعم اللازم لإنجاح العملية السياسية",
]
OTHER = [
    "أعلنت وزارة الصحة في بيان اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية خلال العام الجاري",
    "وقال المتحدث باسم الوزارة إن المستشفيات الجديدة ستضم أقساما للطوارئ والعناية المركزة وطب الأطفال",
]


def doc(name: str, lines: list[str], url: str | None, day: int) -> Doc:
    return Doc(name, "\n".join(lines), None, url, date(2024, 3, day))


def run(state: Path, run_id: str, docs: list[Doc]) -> tuple[list, list]:  # type: ignore[type-arg]
    index = load_index(state, 0.5)
    kept, refused = deduplicate([as_article(d) for d in docs], index)
    save_new_rows(index, state / f"{run_id}.parquet")
    return kept, refused


def test_state_file_is_compact_and_typed(tmp_path: Path) -> None:
    run(tmp_path, "r1", [doc("a", PARAS, "https://a.example/1", 5), doc("b", OTHER, None, 5)])
    f = tmp_path / "r1.parquet"
    assert pq.read_schema(f).remove_metadata() == STATE_SCHEMA.remove_metadata()
    assert pq.read_table(f).num_rows == 2


def test_todays_run_links_to_yesterdays_article(tmp_path: Path) -> None:
    k1, _ = run(tmp_path, "day1", [doc("orig", PARAS, "https://a.example/1", 5), doc("x", OTHER, "https://a.example/2", 5)])
    copy = doc("copy", drop_sentence(respell("\n".join(PARAS)).split("\n"), __import__("random").Random(1)),
               "https://b.example/copy", 6)
    exact = doc("exact", PARAS, "https://c.example/same-text", 6)
    k2, r2 = run(tmp_path, "day2", [copy, exact])
    orig_id = k1[0].article_id if k1[0].source == "orig" else k1[1].article_id
    got = {a.source: a for a in k2}
    assert not r2
    assert got["copy"].duplicate_of == orig_id and got["copy"].similarity is not None
    assert got["exact"].duplicate_of == orig_id and got["exact"].similarity == 1.0


def test_earlier_published_copy_in_a_later_run_points_to_the_written_row(tmp_path: Path) -> None:
    k1, _ = run(tmp_path, "day1", [doc("late", PARAS, "https://a.example/late", 20)])
    k2, _ = run(tmp_path, "day2", [doc("early", PARAS[:3], "https://b.example/early", 1)])
    assert k2[0].duplicate_of == k1[0].article_id  # rows already written are immutable


def test_duplicates_of_duplicates_point_to_the_canonical(tmp_path: Path) -> None:
    k1, _ = run(tmp_path, "day1", [doc("c", PARAS, "https://a.example/c", 1), doc("d", PARAS[:3], "https://b.example/d", 2)])
    canon = next(a for a in k1 if a.duplicate_of is None)
    k2, _ = run(tmp_path, "day2", [doc("e", PARAS[:3] + [OTHER[0]], "https://e.example/e", 3)])
    assert k2[0].duplicate_of == canon.article_id


def test_rerun_adds_nothing_and_refuses_everything(tmp_path: Path) -> None:
    docs = [doc("a", PARAS, "https://www.a.example/1/", 5), doc("a2", PARAS[:3], "https://b.example/2", 6),
            doc("nourl", OTHER, None, 5)]
    k1, r1 = run(tmp_path, "r1", docs)
    assert len(k1) == 3 and not r1
    rerun = [replace(d, url=(d.url + "?utm_source=x") if d.url else None) for d in docs]
    k2, r2 = run(tmp_path, "r2", rerun)
    assert k2 == []
    assert sorted(d.kind for _, d in r2) == ["duplicate_content", "duplicate_url", "duplicate_url"]
    assert not (tmp_path / "r2.parquet").exists()  # nothing new to save
    assert len(load_index(tmp_path, 0.5)) == 3


def test_in_run_same_url_is_refused(tmp_path: Path) -> None:
    k, r = run(tmp_path, "r1", [doc("a", PARAS, "https://a.example/1", 5), doc("b", OTHER, "http://www.a.example/1/", 6)])
    assert [a.source for a in k] == ["a"] and r[0][1].kind == "duplicate_url"


def test_empty_index_and_incompatible_state(tmp_path: Path) -> None:
    assert len(load_index(tmp_path / "missing", 0.5)) == 0
    idx = DedupIndex()
    deduplicate([as_article(doc("a", PARAS, "https://a.example/1", 5))], idx)
    save_new_rows(idx, tmp_path / "r1.parquet")
    t = pq.read_table(tmp_path / "r1.parquet")
    pq.write_table(t.replace_schema_metadata({"fingerprint_version": "old"}), tmp_path / "r1.parquet")
    k, r = run(tmp_path, "r2", [doc("a-copy", PARAS, "https://z.example/9", 6), doc("a", PARAS, "https://a.example/1", 5)])
    assert r[0][1].kind == "duplicate_url"  # exact keys still work
    assert k[0].duplicate_of is not None  # same content hash: still an exact link
