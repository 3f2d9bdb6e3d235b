"""The per-page time budget cuts off an extractor that hangs, and never fires late."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsetl import pipeline
from newsetl.deadline import PageTimeout, run_with_deadline
from newsetl.readers import discover
from newsetl.records import Rejection
from newsetl.settings import Settings


def test_deadline_interrupts_a_python_loop() -> None:
    t = time.perf_counter()
    with pytest.raises(PageTimeout):
        run_with_deadline(lambda: [None for _ in iter(int, 1)], 0.2)  # loops forever
    assert time.perf_counter() - t < 2


def test_deadline_never_fires_after_return() -> None:
    for _ in range(200):
        try:
            assert run_with_deadline(lambda: sum(range(1000)), 0.001) == 499500
        except PageTimeout:
            pass  # fired while fn still ran (a loaded machine): legitimate; what must never happen is below
    time.sleep(0.05)
    total = 0
    for i in range(100_000):
        total += i  # a late timeout would surface here
    assert total > 0


def test_hanging_page_becomes_a_timeout_reject_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    body = "قال وزير الخارجية إن المحادثات مستمرة وإن الحل السياسي هو الطريق الوحيد لإنهاء الأزمة في البلاد."
    (tmp_path / "in" / "a-hang.txt").write_text(f"عنوان الخبر الأول\n{body}", encoding="utf-8")
    (tmp_path / "in" / "b-ok.txt").write_text(f"عنوان الخبر الثاني\n{body}", encoding="utf-8")
    real = pipeline.extract

    def slow(page):  # type: ignore[no-untyped-def]
        if "hang" in page.source:
            while True:
                pass
        return real(page)

    monkeypatch.setattr(pipeline, "extract", slow)
    res = pipeline.process_units(discover([str(tmp_path / "in")]), Settings(page_timeout_s=0.3))
    assert [(r.source, r.reason) for r in res.rejects] == [("a-hang.txt", "timeout")]
    assert [a.source for a in res.articles] == ["b-ok.txt"]
    assert isinstance(res.rejects[0], Rejection)
