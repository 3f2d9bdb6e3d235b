"""Process environment for Prefect, Dask and GX, set before any of them is imported.

Offline, Prefect's server telemetry logs an ERROR per run and its task-run recorder logs
"Error flushing events" at shutdown after many tasks; these settings silence both (see
ENVIRONMENT notes in the README). Users can still override any of them in their environment.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "200",
    "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_READ_BATCH_SIZE": "200",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_UI_ENABLED": "false",
    "DASK_DISTRIBUTED__LOGGING__DISTRIBUTED": "warning",
    "GX_ANALYTICS_ENABLED": "false",
    "TQDM_DISABLE": "1",
}


def prepare() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError:
        home = Path(tempfile.gettempdir()) / "newsetl-prefect-home"
        home.mkdir(parents=True, exist_ok=True)
        os.environ["PREFECT_HOME"] = str(home)
    scratch = Path(tempfile.gettempdir()) / "newsetl-dask"
    os.environ.setdefault("DASK_TEMPORARY_DIRECTORY", str(scratch))
