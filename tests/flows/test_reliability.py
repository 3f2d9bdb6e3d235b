"""A run never loses an input: kill-and-rerun at every commit point, concurrent runs, hostile input."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pytest

from tests.conftest import DEMO, ROOT

AR_BODY = ("قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة إن المحادثات مع الوفد الزائر تناولت "
           "ملفات التعاون الاقتصادي وعودة اللاجئين، مؤكداً أن الحل السياسي هو الطريق الوحيد للاستقرار.")


def table(out: Path, name: str) -> list[dict[str, Any]]:
    path = out / name
    if not path.exists():
        return []
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


def cli_run(inputs: list[str], out: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "flows.cli", "run", *inputs, "--output", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **env})


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    from flows.etl import etl

    out = tmp_path_factory.mktemp("ref") / "out"
    etl([str(DEMO)], str(out), "ref-1")
    return {a["article_id"] for a in table(out, "articles")}


@pytest.mark.parametrize("point", ["before_commit", "after_commit", "mid_moves"])
def test_sigkill_then_rerun_completes_the_work(tmp_path: Path, reference: set[str], point: str) -> None:
    out = tmp_path / "out"
    log = (tmp_path / "killed.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", str(DEMO), "--output", str(out)], cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT, text=True, start_new_session=True,
                            env={**os.environ, "NEWSETL_CRASH_AT": point})
    try:
        assert proc.wait(timeout=300) == -9  # SIGKILLed at the crash point
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the orphaned temporary Prefect server of the killed run
        log.close()
    for name in ("articles", "quotes", "rejects", "runs"):
        table(out, name)  # whatever is visible is readable
    from flows.etl import etl

    summary = etl([str(DEMO)], str(out), f"after-{point}")
    assert summary["inputs"] == summary["articles"] + summary["rejected"]
    ids = [a["article_id"] for a in table(out, "articles")]
    assert len(ids) == len(set(ids)) and set(ids) == reference
    committed = point != "before_commit"
    assert (summary["articles"] == 0) == committed  # a committed run was rolled forward, else redone
    assert not list((out / "_state" / "staging").iterdir())


def test_concurrent_runs_take_turns(tmp_path: Path, reference: set[str]) -> None:
    out = tmp_path / "out"
    procs = [cli_run([str(DEMO)], out) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results[0][1][-1500:] + results[1][1][-1500:]
    summaries = [json.loads(stdout.strip().splitlines()[-1]) for stdout, _ in results]
    assert sorted(s["articles"] for s in summaries) == [0, len(reference)]
    ids = [a["article_id"] for a in table(out, "articles")]
    assert len(ids) == len(set(ids)) and set(ids) == reference


def hostile_folder(root: Path) -> dict[str, str]:
    """Files and the reject reason each must get (None: a correct article)."""
    root.mkdir(parents=True)
    rng = random.Random(7)
    page = "<html><head><title>{t}</title>{meta}</head><body><h1>{t}</h1><p>{b}</p><p>{b}</p></body></html>"
    expect: dict[str, str] = {}

    def put(name: str, data: bytes | str, reason: str) -> None:
        (root / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        expect[name] = reason

    put("empty.html", b"", "empty_input")
    put("blank.txt", b"  \n\n ", "empty_input")
    put("random.html", bytes(rng.getrandbits(8) for _ in range(5000)), "binary_content")
    put("nul.txt", b"\x00\x01\x02binary" * 100, "binary_content")
    data = gzip.compress(page.format(t="عنوان", meta="", b=AR_BODY).encode() * 50)
    put("truncated.html.gz", data[: len(data) // 3], "corrupt_archive")
    put("cp1256.html", page.format(t="وزير الخارجية يستقبل الوفد", meta="<meta charset='windows-1256'>",
                                   b=AR_BODY).encode("cp1256"), "article")
    put("cp1256-undeclared.html", page.format(t="وزير الخارجية يستقبل الوفد الزائر", meta="", b=AR_BODY + " وأضاف أن")
        .encode("cp1256"), "article")
    put("iso8859-6.html", page.format(t="وزير الخارجية يستقبل وفداً", meta="<meta charset='iso-8859-6'>",
                                      b=AR_BODY.replace("،", ",") + " وتابع")
        .encode("iso8859_6", errors="replace"), "article")
    put("english.html", page.format(t="Minister meets delegation", meta="",
                                    b="The foreign minister said talks covered economic cooperation and refugees."), "not_arabic")
    put("persian.html", page.format(t="وزیر امور خارجه", meta="",
                                    b="وزیر امور خارجه گفت که دولت از راه حل سیاسی در سوریه پشتیبانی می‌کند و این موضوع را پیگیری خواهد کرد."),
        "not_arabic")
    put("no-text.html", "<html><body><nav><a href='/'>الرئيسية</a><a href='/a'>أخبار</a></nav></body></html>",
        "empty_after_cleaning")
    deep = "<html><body>" + "<div>" * 60000 + f"<p>{AR_BODY}</p>" + "</div>" * 60000 + "</body></html>"
    put("deep.html", deep, "empty_after_cleaning")
    huge = page.format(t="خبر", meta="<script>" + "x" * 36_000_000 + "</script>", b=AR_BODY)
    put("huge-36mb.html", huge, "article")
    put("evil-site.html", page.format(t="وزير الخارجية يلتقي نظيره", meta="<meta property='og:site_name' content='../../../evil'>",
                                      b=AR_BODY), "article")
    lines = ['{"url": "https://example.com/a", "html": ' + json.dumps(page.format(t="وزير يلتقي وفدا", meta="", b=AR_BODY)) + "}",
             "{broken", "[1, 2]", '{"url": "https://example.com/b"}']
    put("mixed.jsonl", "\n".join(lines) + "\n", "jsonl")
    return expect


def test_hostile_inputs_each_get_a_precise_outcome(tmp_path: Path) -> None:
    from newsetl.pipeline import process_units
    from newsetl.readers import discover
    from newsetl.records import Rejection
    from newsetl.settings import Settings

    expect = hostile_folder(tmp_path / "hostile")
    res = process_units(discover([str(tmp_path / "hostile")]), Settings())
    got: dict[str, list[str]] = {}
    for item in [*res.articles, *res.rejects]:
        name = item.source.split("#")[0]
        got.setdefault(name, []).append(item.reason if isinstance(item, Rejection) else "article")
    for name, reason in expect.items():
        if name == "mixed.jsonl":
            assert sorted(got[name]) == ["article", "empty_input", "malformed_jsonl", "malformed_jsonl"]
        else:
            assert got[name] == [reason], (name, got.get(name))


def test_hostile_run_finishes_and_writes_nothing_outside(tmp_path: Path) -> None:
    from flows.etl import etl

    hostile_folder(tmp_path / "hostile")
    out = tmp_path / "out"
    before = {p for p in tmp_path.rglob("*") if "out" not in p.relative_to(tmp_path).parts}
    summary = etl([str(tmp_path / "hostile")], str(out), "hostile-1")
    assert summary["inputs"] == summary["articles"] + summary["rejected"] == 18
    after = {p for p in tmp_path.rglob("*") if "out" not in p.relative_to(tmp_path).parts}
    assert after == before
    assert not (tmp_path.parent / "evil").exists()
