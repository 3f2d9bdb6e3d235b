"""The run report: built from a real small output, opened in headless Chromium with the network cut off,
every chart rendered, a screenshot written; plus speed and content checks without a browser."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsetl.io import journal
from newsetl.io.layout import Layout
from newsetl.io.parquet import write_partitioned
from newsetl.report import ReportResult, build_report
from newsetl.rows import month_partition, run_date_partition
from newsetl.schemas import ARTICLES, QUOTES, REJECTS, RUNS
from tests.report.realoutput import ROOT, build_output, real_inputs

CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                # any network request would fail: charts that render prove the page needs no network
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND"]


@pytest.fixture(scope="session")
def chromium() -> str:
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "ensure_chromium.sh")], capture_output=True, text=True,
                          timeout=900, check=False)
    exe = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if proc.returncode != 0 or exe is None:
        pytest.skip(f"chromium is not installed and could not be installed: {proc.stderr.strip()[-300:]}")
    return exe


@pytest.fixture(scope="module")
def real_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], ReportResult]:
    files = real_inputs()
    if not files:
        pytest.skip("no real inputs: neither data/demo nor ../shared/seeds is present")
    out = tmp_path_factory.mktemp("report") / "out"
    run_ids = build_output(out, files)
    for rid in run_ids:  # as the flow does after every run
        result = build_report(out, rid)
    return out, run_ids, result


def chrome(exe: str, profile: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    cmd = [exe, *CHROME_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=10000", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def test_report_files_and_markdown(real_report: tuple[Path, list[str], ReportResult]) -> None:
    out, run_ids, r = real_report
    assert r.path == out / "report" / f"{run_ids[-1]}.html" and r.path.exists()
    assert r.index_path == out / "report" / "index.html"
    assert r.index_path.read_bytes() == r.path.read_bytes()  # index.html is the latest report
    assert (out / "report" / f"{run_ids[0]}.html").exists()  # earlier reports stay
    page = r.path.read_text(encoding="utf-8")
    assert page.count("<script") == 2  # plotly.js once, inline, and the figures
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=", page), "the page must not load anything"
    assert '<html lang="ar" dir="rtl">' in page
    assert set(r.figures) >= {"outlets", "per_day", "date_sources", "officials", "organisations", "quote_types",
                              "rejects", "duplicate_sizes", "duplicate_groups", "timings"}
    assert r.markdown.startswith(f"### newsetl run `{run_ids[-1]}`")
    assert "| articles |" in r.markdown and "| rejected |" in r.markdown and r.path.as_uri() in r.markdown
    assert "clean:not_arabic" in r.markdown  # the English page of the last run


def test_report_renders_in_headless_chromium(real_report: tuple[Path, list[str], ReportResult], chromium: str,
                                             tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ids, r = real_report
    url = r.index_path.as_uri()
    t = time.perf_counter()
    dump = chrome(chromium, tmp_path / "profile", "--dump-dom", url)
    assert dump.returncode == 0, dump.stderr[-2000:]
    dom = dump.stdout
    assert re.search(r'<html[^>]*dir="rtl"', dom) and 'lang="ar"' in dom
    for fid in r.figures:
        start = dom.index(f'id="fig-{fid}"')
        nxt = dom.find('id="fig-', start + 10)
        seg = dom[start: nxt if nxt > 0 else len(dom)]
        assert 'class="plot-container' in seg, f"figure {fid} did not render"
        assert '<svg class="main-svg"' in seg, f"figure {fid} has no svg"
    # Arabic labels reach the SVG (shaping and right-to-left order are the browser's job)
    assert re.search(r"<text[^>]*>[^<]*[\u0600-\u06FF]", dom), "no Arabic text in the charts"
    shot = tmp_path / "report.png"
    res = chrome(chromium, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1400,3000",
                 "--hide-scrollbars", url)
    assert res.returncode == 0 and shot.exists(), res.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1400, 3000)
    assert len(data) > 50_000, "screenshot looks blank"
    with capsys.disabled():
        print(f"\n[report] {r.path} ({r.path.stat().st_size // 1024} KiB, built in {r.seconds:.2f} s); "
              f"chromium {time.perf_counter() - t:.1f} s; screenshot {shot}")


# ------------------------------------------------------------------------------------- synthetic, no browser

OUTLETS = ["بلدي نيوز", "عنب بلدي", "الجزيرة", "سانا", "الشرق الأوسط", None]
SPEAKERS = [("فيصل المقداد", "وزارة الخارجية السورية", True), ("أنتوني بلينكن", "وزارة الخارجية الأميركية", True),
            ("مصدر مطلع", None, False), ("غير بيدرسن", "الأمم المتحدة", True)]


def synthetic_run(layout: Layout, i: int, n_articles: int, started: datetime) -> str:
    run_id = f"{started:%Y%m%dT%H%M%SZ}-syn{i}"
    arts: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    for j in range(n_articles):
        k = i * n_articles + j
        pub = None if k % 11 == 0 else date(2024, 1, 1) + timedelta(days=k % 200)
        dup = f"a{k - 1}" if k % 5 == 0 and j else None
        arts.append({"article_id": f"a{k}", "source": f"s{k}.html", "outlet": OUTLETS[k % len(OUTLETS)],
                     "title": f"عنوان الخبر {k}", "text": "نص", "published_date": pub,
                     "date_source": ["meta", "jsonld", "url", "text"][k % 4] if pub else None, "duplicate_of": dup,
                     "language": "ar", "word_count": 1, "quote_count": 2, "content_hash": f"h{k}", "run_id": run_id})
        for q in range(2):
            sp, org, off = SPEAKERS[(k + q) % len(SPEAKERS)]
            quotes.append({"quote_id": f"a{k}:{q}", "article_id": f"a{k}", "speaker": sp, "speaker_org": org,
                           "speaker_kind": "named" if off else "anonymous", "is_official": off, "quote": "قال",
                           "quote_type": ["direct", "indirect"][q], "run_id": run_id})
    rejects = [{"source": f"bad{i}-{j}", "stage": ["read", "clean", "dedup"][j % 3],
                "reason": ["empty_input", "not_arabic", "duplicate_url"][j % 3], "run_id": run_id} for j in range(20)]
    metrics = {"inputs": n_articles + 20, "articles": n_articles, "rejected": 20, "quotes": 2 * n_articles,
               "duplicates": sum(1 for a in arts if a["duplicate_of"]), "seconds:extract": 1.5, "seconds:write": 0.2}
    runs = [{"run_id": run_id, "started_at": started, "finished_at": started + timedelta(seconds=2), "metric": m,
             "value": float(v), "detail": "ok" if m == "inputs" else None} for m, v in metrics.items()]
    stage, name, by_run = journal.staging_dir(layout, run_id), f"part-{run_id}.parquet", run_date_partition(started)
    write_partitioned(ARTICLES, arts, stage, name, month_partition)
    write_partitioned(QUOTES, quotes, stage, name, by_run)
    write_partitioned(REJECTS, rejects, stage, name, by_run)
    write_partitioned(RUNS, runs, stage, name, by_run)
    journal.commit(layout, run_id)
    return run_id


def test_report_on_thousands_of_rows(tmp_path: Path) -> None:
    layout = Layout.at(tmp_path)
    t0 = datetime(2024, 7, 1, 5, tzinfo=UTC)
    ids = [synthetic_run(layout, i, 250, t0 + timedelta(days=i)) for i in range(16)]  # 4000 articles, 8000 quotes
    r = build_report(tmp_path, ids[-1])  # its build time is measured by make bench, not asserted here
    page = r.path.read_text(encoding="utf-8")
    assert "فيصل المقداد" in page and "وزارة الخارجية السورية" in page  # top officials and organisations
    assert "| articles | 250 | 4000 |" in r.markdown
    assert "| runs | | 16 |" in r.markdown


def test_report_keeps_the_newest_reports_and_survives_missing_tables(tmp_path: Path) -> None:
    layout = Layout.at(tmp_path)
    t0 = datetime(2024, 7, 1, 5, tzinfo=UTC)
    ids = [synthetic_run(layout, i, 3, t0 + timedelta(days=i)) for i in range(4)]
    for rid in ids:
        build_report(tmp_path, rid, keep=2)
    kept = sorted(p.name for p in (tmp_path / "report").glob("*.html"))
    assert kept == sorted([f"{ids[-2]}.html", f"{ids[-1]}.html", "index.html"])
    empty = tmp_path / "empty"
    empty.mkdir()
    r = build_report(empty, "no-such-run")  # no table yet: every chart says so, nothing fails
    assert r.path.exists() and "لا توجد بيانات" in r.path.read_text(encoding="utf-8")
