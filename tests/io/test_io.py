"""Output I/O: declared schemas, partitions, the run journal and compaction."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from newsetl.io import journal
from newsetl.io.compact import compact
from newsetl.io.layout import Layout, safe_component
from newsetl.io.parquet import read_table, to_table, write_partitioned
from newsetl.rows import month_partition, run_date_partition
from newsetl.schemas import ARTICLES, QUOTES, REJECTS, TABLES


def article(i: int, d: date | None) -> dict[str, object]:
    return {"article_id": f"a{i}", "source": f"s{i}.txt", "title": "عنوان", "text": "نص الخبر", "published_date": d,
            "language": "ar", "word_count": 2, "quote_count": 0, "content_hash": f"h{i}", "run_id": "r1"}


def test_schema_is_declared_not_inferred() -> None:
    t = to_table(ARTICLES, [article(1, None)])
    assert t.schema.field("published_date").type == pa.date32()
    assert t.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    assert t.schema.field("article_id").metadata[b"description"]
    assert t.schema.metadata[b"table"] == b"articles"
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        to_table(ARTICLES, [{**article(2, None), "word_count": "many"}])


def test_every_table_has_the_contract_columns() -> None:
    assert {"article_id", "url", "source", "outlet", "title", "text", "published_at", "published_date", "date_source",
            "duplicate_of", "run_id"} <= set(ARTICLES.columns)
    assert {"article_id", "speaker", "speaker_title", "speaker_org", "speaker_kind", "is_official", "quote",
            "quote_type"} <= set(QUOTES.columns)
    assert {"source", "stage", "reason", "detail", "run_id"} <= set(REJECTS.columns)
    assert set(TABLES) == {"articles", "quotes", "rejects", "runs"}


def test_partitions_and_plain_reader(tmp_path: Path) -> None:
    rows = [article(1, date(2024, 5, 2)), article(2, None), article(3, date(2024, 5, 1))]
    files = write_partitioned(ARTICLES, rows, tmp_path, "part-r1.parquet", month_partition)
    assert sorted(f.parent.name for f in files) == ["published_month=2024-05", "published_month=unknown"]
    t = ds.dataset(str(tmp_path / "articles"), format="parquet", partitioning="hive").to_table()
    assert t.num_rows == 3
    may = [r for r in t.to_pylist() if r["published_month"] == "2024-05"]
    assert [r["article_id"] for r in may] == ["a3", "a1"]  # sorted by published_date for pruning


def test_safe_component_never_escapes() -> None:
    for bad in ("../../etc", "/abs", "..", "a/b", "الجزيرة", ""):
        c = safe_component(bad)
        assert "/" not in c and c not in (".", "..") and c


def test_layout_refuses_paths_outside(tmp_path: Path) -> None:
    layout = Layout.at(tmp_path)
    with pytest.raises(ValueError):
        layout.inside(tmp_path / ".." / "elsewhere")


def stage_rows(layout: Layout, run_id: str, n: int) -> None:
    stage = journal.staging_dir(layout, run_id)
    write_partitioned(REJECTS, [{"source": f"{run_id}-{i}", "stage": "read", "reason": "x", "run_id": run_id} for i in range(n)],
                      stage, f"part-{run_id}.parquet", run_date_partition(datetime(2024, 1, 1, tzinfo=UTC)))


def test_journal_rolls_back_uncommitted_and_forward_committed(tmp_path: Path) -> None:
    layout = Layout.at(tmp_path)
    stage_rows(layout, "r-uncommitted", 3)  # killed before COMMIT
    stage_rows(layout, "r-committed", 2)
    (journal.staging_dir(layout, "r-committed") / "COMMIT").write_text("{}")  # killed after COMMIT, before moves
    report = journal.recover(layout)
    assert report == {"rolled_forward": ["r-committed"], "rolled_back": ["r-uncommitted"]}
    t = read_table(REJECTS, layout.root)
    assert t is not None and sorted(t.column("source").to_pylist()) == ["r-committed-0", "r-committed-1"]
    assert not any(layout.staging.iterdir())


def test_lock_makes_a_second_writer_fail_clearly(tmp_path: Path) -> None:
    layout = Layout.at(tmp_path)
    lock = journal.acquire(layout, 1)
    errors: list[Exception] = []

    def other() -> None:
        try:
            journal.acquire(layout, 0.2)
        except journal.OutputBusy as exc:
            errors.append(exc)

    th = threading.Thread(target=other)
    th.start()
    th.join()
    lock.release()
    assert errors and "another newsetl run" in str(errors[0])


def test_compact_keeps_every_row_once(tmp_path: Path) -> None:
    layout = Layout.at(tmp_path)
    for r in range(20):
        stage_rows(layout, f"r{r:02d}", 3)
        journal.commit(layout, f"r{r:02d}")
    before = sorted(read_table(REJECTS, layout.root).column("source").to_pylist())  # type: ignore[union-attr]
    report = compact(layout)
    after = sorted(read_table(REJECTS, layout.root).column("source").to_pylist())  # type: ignore[union-attr]
    assert before == after and len(after) == 60
    assert report.files_before == 20 and report.files_after == 1
