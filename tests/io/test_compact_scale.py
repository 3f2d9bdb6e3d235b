"""Compaction at scale: 200 small runs committed through the journal, merged, read back identical, while a
reader keeps reading concurrently and always sees every row exactly once."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from newsetl.io import compact as compact_mod
from newsetl.io.compact import compact
from newsetl.io.layout import Layout
from newsetl.io.runfiles import commit_run as commit_tables
from newsetl.schemas import TABLES, with_descriptions

RUNS_N = 200
PER_RUN = {"articles": 5, "quotes": 8, "rejects": 3, "runs": 4}
IDS = {"articles": "article_id", "quotes": "quote_id", "rejects": "source", "runs": "run_id || '/' || metric"}
OUTLETS = ["بلدي نيوز", "عنب بلدي", "الجزيرة", "سانا", None]


def run_rows(i: int) -> tuple[datetime, dict[str, list[dict[str, Any]]]]:
    run_id = f"r{i:03d}"
    started = datetime(2024, 6, 1, 6, tzinfo=UTC) + timedelta(days=i // 20, minutes=i)  # 10 run dates
    arts, quotes = [], []
    for j in range(PER_RUN["articles"]):
        k = i * 10 + j
        pub = None if k % 7 == 0 else date(2024, 1, 1) + timedelta(days=(k * 13) % 180)  # 6 months + unknown
        arts.append({
            "article_id": f"a{k:05d}", "url": f"https://example.org/{k}", "source": f"{run_id}/{j}.html",
            "outlet": OUTLETS[k % 5], "title": f"عنوان {k}", "text": f"نص الخبر رقم {k}\nفقرة ثانية",
            "published_date": pub, "published_date_str": pub.isoformat() if pub else None,
            "date_source": "meta" if pub else None, "duplicate_of": f"a{k - 1:05d}" if k % 9 == 0 else None,
            "language": "ar", "word_count": 6, "quote_count": 0, "content_hash": f"h{k}", "run_id": run_id,
        })
    for j in range(PER_RUN["quotes"]):
        a = arts[j % len(arts)]["article_id"]
        quotes.append({"quote_id": f"{a}:{j}", "article_id": a, "speaker": f"متحدث {j % 3}", "speaker_kind": "named",
                       "is_official": j % 2 == 0, "quote": "قال كلاماً", "quote_type": "direct",
                       "start": (RUNS_N - j) * 3, "end": (RUNS_N - j) * 3 + 5, "run_id": run_id})
    rejects = [{"source": f"{run_id}/bad{j}.html", "stage": ["read", "clean", "dedup"][j], "reason": f"reason_{(i + j) % 4}",
                "run_id": run_id} for j in range(PER_RUN["rejects"])]
    runs = [{"run_id": run_id, "started_at": started, "finished_at": started + timedelta(seconds=3), "metric": m,
             "value": float(v), "detail": None}
            for m, v in (("inputs", 8), ("articles", 5), ("rejected", 3), ("seconds:write", 0.01))]
    return started, {"articles": arts, "quotes": quotes, "rejects": rejects, "runs": runs}


def commit_run(layout: Layout, i: int) -> None:
    started, tables = run_rows(i)
    commit_tables(layout, f"r{i:03d}", started, tables)


@pytest.fixture(scope="module")
def many_runs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("runs200")
    layout = Layout.at(root)
    for i in range(RUNS_N):
        commit_run(layout, i)
    return root


@pytest.fixture
def output(many_runs: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "out"
    shutil.copytree(many_runs, dest)
    return dest


def arrow_rows(root: Path, name: str) -> list[dict[str, Any]]:
    t = ds.dataset(str(root / name), format="parquet", partitioning="hive").to_table()
    key = TABLES[name].key + (("metric",) if name == "runs" else ())
    return t.sort_by([(k, "ascending") for k in dict.fromkeys(key)]).to_pylist()


def duck_rows(root: Path, name: str) -> list[tuple[Any, ...]]:
    glob = str(root / name / "*" / "*.parquet")
    return duckdb.sql(f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true) ORDER BY ALL").fetchall()


def files(root: Path, name: str) -> list[Path]:
    return sorted((root / name).glob("*/*.parquet"))


def test_200_runs_compacted_read_back_identical(output: Path, capsys: pytest.CaptureFixture[str]) -> None:
    layout = Layout.at(output)
    before_arrow = {n: arrow_rows(output, n) for n in TABLES}
    before_duck = {n: duck_rows(output, n) for n in TABLES}
    for n in TABLES:
        assert len(before_arrow[n]) == RUNS_N * PER_RUN[n] == len(before_duck[n])
    n_before = {n: len(files(output, n)) for n in TABLES}
    assert n_before["runs"] == RUNS_N

    report = compact(layout)
    with capsys.disabled():
        print(f"\n[compact] {RUNS_N} runs: {report.files_before} files -> {report.files_after} in "
              f"{report.partitions} partitions, {report.rows} rows, {report.seconds:.2f} s")

    for n in TABLES:
        assert arrow_rows(output, n) == before_arrow[n], n
        assert duck_rows(output, n) == before_duck[n], n
        parts = [p for p in (output / n).iterdir() if p.is_dir()]
        assert len(files(output, n)) == len(parts) < n_before[n]  # one file per partition
    assert report.files_before == sum(n_before.values())
    assert report.files_after == sum(len(files(output, n)) for n in TABLES)
    assert not list(output.rglob(".*.compact")) and not (layout.state / "compact").exists()

    # the merged files keep the declared schema with its descriptions, and rows sorted for pruning
    for n, spec in TABLES.items():
        for f in files(output, n):
            schema = pq.read_schema(f)
            assert schema.equals(with_descriptions(spec), check_metadata=True), f
            assert schema.metadata[b"table"] == n.encode()
            t = pq.read_table(f)
            keys = [(k, "ascending") for k in spec.sort_by]
            assert t.equals(t.sort_by(keys)), f"{f} not sorted by {spec.sort_by}"

    # idempotent: nothing left to merge
    again = compact(layout)
    assert again.partitions == 0 and again.files_before == again.files_after == report.files_after
    assert all(arrow_rows(output, n) == before_arrow[n] for n in TABLES)


Reader = Callable[[Path, str], list[str]]


def read_ids_arrow(root: Path, name: str) -> list[str]:
    if name == "runs":
        t = ds.dataset(str(root / name), format="parquet", partitioning="hive").to_table(columns=["run_id", "metric"])
        return [f"{r}/{m}" for r, m in zip(t.column("run_id").to_pylist(), t.column("metric").to_pylist(), strict=True)]
    return ds.dataset(str(root / name), format="parquet", partitioning="hive").to_table(
        columns=[IDS[name]]).column(0).to_pylist()


def read_ids_duckdb(root: Path, name: str) -> list[str]:
    glob = str(root / name / "*" / "*.parquet")
    with duckdb.connect() as con:
        return [r[0] for r in con.execute(f"SELECT {IDS[name]} FROM read_parquet('{glob}')").fetchall()]


def is_vanished_file(exc: BaseException) -> bool:
    """The one failure a plain reader may hit: a file listed before its partition was swapped."""
    if isinstance(exc, FileNotFoundError):
        return True
    text = str(exc)
    return isinstance(exc, (OSError, duckdb.IOException)) and ("No such file" in text or "No files found" in text)


def test_concurrent_reader_sees_every_row_exactly_once(output: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    layout = Layout.at(output)
    expected = {n: sorted(read_ids_arrow(output, n)) for n in TABLES}
    assert all(len(v) == len(set(v)) == RUNS_N * PER_RUN[n] for n, v in expected.items())

    # slow each swap down a little so that many reads overlap the compaction
    real_exchange = compact_mod.exchange

    def slow_exchange(a: Path, b: Path) -> None:
        time.sleep(0.01)
        real_exchange(a, b)
        time.sleep(0.01)

    monkeypatch.setattr(compact_mod, "exchange", slow_exchange)

    window: dict[str, float] = {}
    done = threading.Event()
    stats = {"ok": 0, "ok_during": 0, "retried": 0, "wrong": 0}
    wrong: list[str] = []
    errors: list[BaseException] = []
    readers: list[tuple[str, Reader]] = [("arrow", read_ids_arrow), ("duckdb", read_ids_duckdb)]

    def reader() -> None:
        i = 0
        extra = 0
        while extra < 8:  # keep reading until a few full reads after compaction finished
            kind, read = readers[i % 2]
            name = list(TABLES)[(i // 2) % 4]
            i += 1
            t = time.perf_counter()
            try:
                ids = read(output, name)
            except Exception as exc:  # noqa: BLE001  (sorted below: only vanished files are allowed)
                if is_vanished_file(exc):
                    stats["retried"] += 1
                    continue
                errors.append(exc)
                return
            if sorted(ids) != expected[name]:
                stats["wrong"] += 1
                wrong.append(f"{kind}:{name}: {len(ids)} rows, {len(set(ids))} distinct")
            stats["ok"] += 1
            if "start" in window and t >= window["start"] and ("end" not in window or t < window["end"]):
                stats["ok_during"] += 1
            if done.is_set():
                extra += 1

    th = threading.Thread(target=reader)
    th.start()
    time.sleep(0.2)
    window["start"] = time.perf_counter()
    report = compact(layout)
    window["end"] = time.perf_counter()
    done.set()
    th.join(timeout=120)
    assert not th.is_alive()
    with capsys.disabled():
        print(f"\n[compact+reader] {report.seconds:.2f} s with slowed swaps; reads: {stats}")
    assert not errors, errors
    assert stats["wrong"] == 0, wrong
    assert report.partitions > 20
    assert stats["ok_during"] >= 5, stats  # the reader really read while partitions were being swapped
    assert {n: sorted(read_ids_arrow(output, n)) for n in TABLES} == expected


def test_compaction_leftovers_never_duplicate_rows(output: Path) -> None:
    """A compaction killed before or after its swap leaves extra directories; none is ever read as data."""
    layout = Layout.at(output)
    part = next(p for p in (output / "rejects").iterdir() if p.is_dir())
    expected = sorted(read_ids_duckdb(output, "rejects"))
    stale = output / "rejects" / f".{part.name}.compact"  # what earlier versions left inside the table
    shutil.copytree(part, stale)
    shutil.copytree(part, layout.state / "compact" / "rejects" / part.name)
    assert len(read_ids_duckdb(output, "rejects")) > len(expected)  # why nothing may be staged inside a table
    compact(layout)
    assert sorted(read_ids_duckdb(output, "rejects")) == expected == sorted(read_ids_arrow(output, "rejects"))
    assert not stale.exists() and not (layout.state / "compact").exists()


def test_schema_evolution_old_files_gain_new_columns_as_null(tmp_path: Path) -> None:
    layout = Layout.at(tmp_path)
    old = pa.table({"source": ["old"], "stage": ["read"], "reason": ["x"], "run_id": ["r0"]})  # before url/detail/...
    (tmp_path / "rejects" / "run_date=2024-06-01").mkdir(parents=True)  # the date run 0 writes to
    pq.write_table(old, tmp_path / "rejects" / "run_date=2024-06-01" / "part-old.parquet")
    commit_run(layout, 0)
    compact(layout)
    t = ds.dataset(str(tmp_path / "rejects"), format="parquet", partitioning="hive").to_table()
    row = next(r for r in t.to_pylist() if r["source"] == "old")
    assert row["url"] is None and row["detail"] is None and t.num_rows == 1 + PER_RUN["rejects"]
