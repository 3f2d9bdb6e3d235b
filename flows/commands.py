"""The lighter subcommands: query (DuckDB), compact, backfill."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path


def _fail(msg: str, code: int = 2) -> int:
    print(f"newsetl: error: {msg}", file=sys.stderr)
    return code


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    if not Path(args.output).is_dir():
        return _fail(f"output directory not found: {args.output}")
    from newsetl.report import connect

    con = connect(Path(args.output))
    try:
        rel = con.sql(args.sql)
    except duckdb.Error as exc:
        return _fail(str(exc).splitlines()[0])
    if rel is None:
        return 0
    if args.format == "csv":
        rel.df().to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(rel.df().to_json(orient="records", force_ascii=False, date_format="iso"))
    else:
        rel.show(max_rows=200, max_width=200)
    return 0


def cmd_compact(args: argparse.Namespace) -> int:
    from newsetl.io import journal
    from newsetl.io.compact import compact
    from newsetl.io.layout import Layout

    if not Path(args.output).is_dir():
        return _fail(f"output directory not found: {args.output}")
    layout = Layout.at(args.output)
    lock = journal.acquire(layout, 600)
    try:
        journal.recover(layout)
        report = compact(layout)
    finally:
        lock.release()
    print(json.dumps(asdict(report)))
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    from flows.cli import _check_output, _inputs, new_run_id
    from newsetl.readers import UsageError, discover

    try:
        since, until = date.fromisoformat(args.since), date.fromisoformat(args.until)
    except ValueError:
        return _fail("--since and --until must be dates (YYYY-MM-DD)")
    if since > until:
        return _fail("--since must not be after --until")
    try:
        inputs = _inputs(args)
        _check_output(args.output)
        discover(inputs)
    except (UsageError, ValueError) as exc:
        return _fail(str(exc))
    from flows.env import prepare
    from flows.server import ensure_api, wait_for_api

    prepare()
    ensure_api()  # as in `newsetl run`: the temporary server boots while the modules load
    from flows.backfill import backfill
    from newsetl.io.journal import OutputBusy
    from tasks.validate import prewarm

    prewarm()
    try:
        wait_for_api()
        result = backfill(inputs, args.output, since, until, new_run_id(), args.window, outlets=args.outlet or None)
    except OutputBusy as exc:
        return _fail(str(exc), 1)
    except Exception as exc:  # noqa: BLE001  (the flow run logged the details)
        return _fail(f"backfill could not finish: {type(exc).__name__}: {exc}"[:2000], 1)
    print(json.dumps(result, ensure_ascii=False, default=str))
    return 0
