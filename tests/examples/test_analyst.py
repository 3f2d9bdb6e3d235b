"""examples/analyst.py runs as a plain script on a small real output and writes its two charts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.report.realoutput import ROOT, build_output, real_inputs


def test_analyst_script_on_a_real_output(tmp_path: Path) -> None:
    files = real_inputs()
    if not files:
        pytest.skip("no real inputs: neither data/demo nor ../shared/seeds is present")
    output = tmp_path / "output"
    build_output(output, files)
    charts = tmp_path / "charts"
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "analyst.py"), str(output), "--out", str(charts)],
                          capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("articles: ")
    for answer in ("top outlets:", "median article length:", "quotes:", "chart:"):
        assert answer in proc.stdout, proc.stdout
    for name in ("articles_per_outlet_week.html", "top_officials.html"):
        page = (charts / name).read_text(encoding="utf-8")
        assert 'src="plotly.min.js"' in page and "Plotly.newPlot" in page  # offline: the js sits next to it
    assert (charts / "plotly.min.js").stat().st_size > 1_000_000


def test_analyst_script_refuses_a_missing_output(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "analyst.py"), str(tmp_path / "nothing")],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2 and "no articles table" in proc.stderr
