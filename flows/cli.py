"""The ``newsetl`` command line. Arguments are checked before anything heavy is imported, so a
usage error exits 2 at once with one line on stderr and nothing written."""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_OUTPUT = "data/output"
DEFAULT_DEMO = "data/demo"
REPO_DEMO = Path(__file__).resolve().parents[1] / DEFAULT_DEMO  # when run from outside the checkout


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"newsetl: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _usage(msg: str) -> int:
    print(f"newsetl: error: {msg}", file=sys.stderr)
    return 2


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsetl", description="Raw Arabic news pages to clean, deduplicated, annotated Parquet tables.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run = sub.add_parser("run", help="run the pipeline on inputs (default: data/demo)")
    run.add_argument("inputs", nargs="*", metavar="INPUT")
    run.add_argument("--output", default=DEFAULT_OUTPUT)
    run.add_argument("--urls", metavar="FILE", help="file with one article URL per line")
    run.add_argument("--feed", action="append", default=[], metavar="URL|FILE",
                     help="RSS/Atom feed or (news) sitemap: fetch its articles new since the last run (repeatable)")
    run.add_argument("--replay", metavar="WARC", help="replay URL fetches from an earlier run's _raw/*.warc.gz (offline)")
    run.add_argument("--batch-size", type=int, default=None, help="pages per processing task")
    run.add_argument("--runner", choices=["auto", "threads", "processes", "dask"], default="auto",
                     help="auto (default): one thread for small inputs, Prefect's process pool (one worker per core) "
                          "from 1,000 pages; or Dask worker processes through prefect-dask")
    run.add_argument("--dask-address", metavar="tcp://HOST:PORT", help="an existing Dask scheduler (implies --runner dask)")
    run.add_argument("--workers", type=int, default=None,
                     help="task threads (default 1: the work is CPU-bound) or worker processes (default: one per core)")
    run.add_argument("--run-id", default=None, help=argparse.SUPPRESS)
    bf = sub.add_parser("backfill", help="the run, split into date windows, resumable")
    bf.add_argument("inputs", nargs="*", metavar="INPUT")
    bf.add_argument("--since", required=True)
    bf.add_argument("--until", required=True)
    bf.add_argument("--output", default=DEFAULT_OUTPUT)
    bf.add_argument("--window", choices=["day", "week", "month"], default="month")
    bf.add_argument("--outlet", action="append", default=[], help="keep only this outlet (Arabic name; repeatable)")
    sc = sub.add_parser("schema", help="every table and column with its type and meaning")
    sc.add_argument("--output", default=DEFAULT_OUTPUT)
    sc.add_argument("--markdown", action="store_true", help="print the Markdown data dictionary")
    q = sub.add_parser("query", help="DuckDB SQL over the tables (one view per table)")
    q.add_argument("sql")
    q.add_argument("--output", default=DEFAULT_OUTPUT)
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    cp = sub.add_parser("compact", help="merge small Parquet files; every row stays exactly once")
    cp.add_argument("--output", default=DEFAULT_OUTPUT)
    return p


def _inputs(args: argparse.Namespace) -> list[str]:
    inputs = list(args.inputs)
    if getattr(args, "urls", None):
        path = Path(args.urls)
        if not path.is_file():
            raise ValueError(f"--urls file not found: {args.urls}")
        inputs += [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")]
    if inputs or getattr(args, "feed", None):
        return inputs
    return [DEFAULT_DEMO if Path(DEFAULT_DEMO).is_dir() or not REPO_DEMO.is_dir() else str(REPO_DEMO)]


def _check_output(output: str) -> None:
    path = Path(output)
    if path.exists() and not path.is_dir():
        raise ValueError(f"--output is a file, not a directory: {output}")


def cmd_run(args: argparse.Namespace) -> int:
    from newsetl.readers import UsageError, discover
    from newsetl.settings import Settings

    try:
        inputs = _inputs(args)
        _check_output(args.output)
        units = discover(inputs)  # validates every argument before anything is written
    except (UsageError, ValueError) as exc:
        return _usage(str(exc))
    if args.batch_size is not None and args.batch_size < 1:
        return _usage("--batch-size must be at least 1")
    if args.workers is not None and args.workers < 1:
        return _usage("--workers must be at least 1")
    if args.dask_address and not args.dask_address.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        return _usage(f"--dask-address must look like tcp://host:port: {args.dask_address}")
    for f in args.feed:
        if not (f.startswith(("http://", "https://")) or Path(f).is_file()):
            return _usage(f"--feed not found: {f}")
    if args.replay and not Path(args.replay).is_file():
        return _usage(f"--replay archive not found: {args.replay}")
    settings = Settings.from_env()
    if args.batch_size:
        from dataclasses import replace
        settings = replace(settings, batch_size=args.batch_size)
    from flows.env import prepare
    from flows.server import ensure_api, wait_for_api

    prepare()
    ensure_api()  # the temporary Prefect server boots on the other core while the modules below load
    from flows.etl import etl
    from flows.runners import choose_runner, make_task_runner
    from newsetl.io.journal import OutputBusy
    from tasks.validate import prewarm

    prewarm()  # Great Expectations imports meanwhile too
    runner = "dask" if args.dask_address else choose_runner(args.runner, units, settings.batch_size, os.cpu_count())
    flow = etl.with_options(task_runner=make_task_runner(runner, args.dask_address, args.workers))

    run_id = args.run_id or new_run_id()
    print(f"[newsetl] run {run_id}: {len(inputs)} input argument(s) -> {args.output} ({runner} runner)", file=sys.stderr)
    try:
        wait_for_api()
        result = flow(inputs, args.output, run_id, settings, feeds=args.feed, replay=args.replay)
    except OutputBusy as exc:
        print(f"newsetl: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001  (the flow run logged the details; the exit code says "could not finish")
        print(f"newsetl: error: run {run_id} could not finish: {type(exc).__name__}: {exc}"[:2000], file=sys.stderr)
        return 1
    _report(result)
    return 0


def _report(result: dict[str, object]) -> None:
    from newsetl.io.parquet import count_rows
    from newsetl.schemas import TABLES

    out = Path(str(result["output"]))
    totals = ", ".join(f"{name}/ {count_rows(out, name)}" for name in TABLES)
    print(f"This run: {result['articles']} articles ({result['duplicates']} duplicates), {result['quotes']} quotes, "
          f"{result['rejected']} rejects, status {result.get('status')}.")
    print(f"Tables under {out} now hold (rows): {totals}.")
    if result.get("report"):
        print(f"Run report: {result['report']} (latest: {out / 'report' / 'index.html'})")
    print(json.dumps(result, ensure_ascii=False, default=str))


def cmd_schema(args: argparse.Namespace) -> int:
    from newsetl.schemas import TABLES, describe

    if args.markdown:
        print(describe())
        return 0
    for spec in TABLES.values():
        print(f"{spec.name}/  ({spec.grain}; partitioned by {spec.partition})")
        for f in spec.schema:
            desc = (f.metadata or {}).get(b"description", b"").decode()
            print(f"  {f.name:<20} {str(f.type):<24} {'null ' if f.nullable else '     '} {desc}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {"run": cmd_run, "schema": cmd_schema}
    if args.command in ("query", "compact", "backfill"):
        from flows import commands

        handlers.update({"query": commands.cmd_query, "compact": commands.cmd_compact, "backfill": commands.cmd_backfill})
    return handlers[args.command](args)


def entry() -> None:
    """The console script: ``main``, then the end of the process without the interpreter's teardown of
    every loaded module (about a second once Prefect, Great Expectations and pandas are loaded). What a
    normal exit does first still happens, in the same order: other threads are joined, exit handlers run
    (Prefect's event flush, the temporary server's stop, logging), the standard streams are flushed."""
    import atexit
    import threading

    try:
        code = main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`newsetl ... | head`) or stream
            pass
    os._exit(code)


if __name__ == "__main__":
    entry()
