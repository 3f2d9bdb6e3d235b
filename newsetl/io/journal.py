"""The run journal: every run stages its files, marks a commit point, then moves them into place.

1. ``stage``: files are written under ``_state/staging/<run_id>/`` mirroring their final paths.
2. ``commit``: a COMMIT marker is written and fsynced: from here the run is durable.
3. files are moved into place with ``os.replace`` (atomic per file) and the staging dir removed.

``recover`` runs at the start of every run under the lock: a staging dir with COMMIT is rolled
forward (its remaining moves done), one without is rolled back (deleted). So a run killed at any
point leaves the tables holding exactly the committed runs, and the next run redoes the work.
A file lock serialises runs on one output directory.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

from filelock import FileLock, Timeout

from newsetl.io.layout import Layout


class OutputBusy(RuntimeError):
    """Another run holds the output directory."""


def acquire(layout: Layout, timeout_s: float) -> FileLock:
    layout.state.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(layout.lock))
    try:
        lock.acquire(timeout=timeout_s)
    except Timeout as exc:
        raise OutputBusy(f"another newsetl run is writing to {layout.root} (lock {layout.lock})") from exc
    return lock


def _crash_point(name: str) -> None:
    """Fault injection for the kill-and-rerun tests: NEWSETL_CRASH_AT=<name> SIGKILLs the process here."""
    if os.environ.get("NEWSETL_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def staging_dir(layout: Layout, run_id: str) -> Path:
    return layout.staging / run_id


def _moves(stage: Path, root: Path) -> list[tuple[Path, Path]]:
    out = []
    for f in sorted(stage.rglob("*")):
        if f.is_file() and f.name != "COMMIT" and not f.name.startswith("."):
            out.append((f, root / f.relative_to(stage)))
    return out


def commit(layout: Layout, run_id: str) -> list[Path]:
    stage = staging_dir(layout, run_id)
    marker = stage / "COMMIT"
    moves = _moves(stage, layout.root)
    _crash_point("before_commit")
    with open(marker, "w", encoding="utf-8") as fh:
        json.dump({"run_id": run_id, "files": [str(d.relative_to(layout.root)) for _, d in moves]}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    _crash_point("after_commit")
    return _roll_forward(layout, stage)


def _roll_forward(layout: Layout, stage: Path) -> list[Path]:
    done = []
    for src, dst in _moves(stage, layout.root):
        layout.inside(dst)
        dst.parent.mkdir(parents=True, exist_ok=True)
        os.replace(src, dst)
        done.append(dst)
        _crash_point("mid_moves")
    shutil.rmtree(stage, ignore_errors=True)
    return done


def recover(layout: Layout) -> dict[str, list[str]]:
    """Finish committed runs, drop uncommitted ones. Returns what was done, for the log."""
    report: dict[str, list[str]] = {"rolled_forward": [], "rolled_back": []}
    if not layout.staging.exists():
        return report
    for stage in sorted(p for p in layout.staging.iterdir() if p.is_dir()):
        if (stage / "COMMIT").exists():
            _roll_forward(layout, stage)
            report["rolled_forward"].append(stage.name)
        else:
            shutil.rmtree(stage, ignore_errors=True)
            report["rolled_back"].append(stage.name)
    for tmp in layout.root.rglob(".*.tmp-*"):
        tmp.unlink(missing_ok=True)
    return report
