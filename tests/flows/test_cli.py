"""Command-line contract: usage errors exit 2 with one line and write nothing; schema; query."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEWSETL = [sys.executable, "-m", "flows.cli"]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*NEWSETL, *args], capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


@pytest.mark.parametrize("args", [
    ["run", "/definitely/missing"],
    ["run", "--batch-size", "zero"],
    ["run", "--no-such-option"],
    ["run", "--urls", "/missing/urls.txt"],
    ["backfill", "--since", "2024-13-01", "--until", "2024-12-01"],
    ["backfill", "--since", "2024-05-01", "--until", "2024-01-01"],
    ["frobnicate"],
    ["run", "--workers", "0"],
    ["run", "--dask-address", "localhost:8786"],
    ["run", "--feed", "/missing/feed.xml"],
    ["run", "--replay", "/missing/archive.warc.gz"],
])
def test_usage_errors_exit_2_with_one_line_and_write_nothing(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out"
    proc = run(*args, "--output", str(out)) if args[0] in ("run", "backfill") else run(*args)
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("newsetl: error:")
    assert not out.exists()


def test_schema_lists_every_table_and_docs_are_fresh() -> None:
    proc = run("schema")
    assert proc.returncode == 0
    for name in ("articles/", "quotes/", "rejects/", "runs/", "published_date", "speaker_kind"):
        assert name in proc.stdout
    md = run("schema", "--markdown").stdout
    assert (ROOT / "docs" / "tables.md").read_text(encoding="utf-8") == md, "docs/tables.md is stale: run make docs"


def test_query_on_missing_output_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("query", "select 1", "--output", str(tmp_path / "none"))
    assert proc.returncode == 2


def test_prefect_yaml_deployments_point_at_real_flows() -> None:
    import importlib
    import inspect

    import yaml
    from prefect import Flow

    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    names = set()
    for dep in spec["deployments"]:
        module, func = dep["entrypoint"].split(":")
        flow = getattr(importlib.import_module(module.replace("/", ".").removesuffix(".py")), func)
        assert isinstance(flow, Flow)
        params = set(inspect.signature(flow.fn).parameters)
        assert set(dep["parameters"]) <= params, (dep["name"], set(dep["parameters"]) - params)
        names.add(dep["name"])
    assert names == {"newsetl-daily", "newsetl-backfill"}
    assert any(d.get("schedules") for d in spec["deployments"])


def test_output_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "out.txt"
    f.write_text("not a directory")
    proc = run("run", str(ROOT / "data" / "demo"), "--output", str(f))
    assert proc.returncode == 2 and "is a file" in proc.stderr


def test_default_input_is_the_demo_even_outside_the_checkout(tmp_path: Path) -> None:
    import argparse

    from flows.cli import _inputs

    os_cwd = Path.cwd()
    try:
        import os

        os.chdir(tmp_path)
        got = _inputs(argparse.Namespace(inputs=[], urls=None, feed=[]))
    finally:
        os.chdir(os_cwd)
    assert got == [str(ROOT / "data" / "demo")]
