"""The command's temporary Prefect server (flows/server.py): started first, used through PREFECT_API_URL,
stopped at exit; a real server named by PREFECT_API_URL is used as it is."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from flows import server as srv
from flows.env import prepare
from tests.conftest import DEMO, ROOT


def test_a_named_server_is_used_and_nothing_is_started(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    monkeypatch.setattr(srv, "_SERVER", None)
    assert srv.ensure_api() is None
    srv.wait_for_api()  # nothing to wait for


def test_temporary_server_answers_then_stops() -> None:
    prepare()
    server = srv.TemporaryServer()
    server.start()
    try:
        server.wait_ready()
        with urllib.request.urlopen(f"{server.api_url}/health", timeout=5) as resp:
            assert resp.status == 200 and json.loads(resp.read()) is True
    finally:
        process = server.process
        server.stop()
    assert server.process is None and process is not None and process.poll() is not None


def test_a_server_that_cannot_start_is_a_clear_error() -> None:
    prepare()
    with socket.socket() as taken:  # the port is held: uvicorn cannot bind and exits
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server = srv.TemporaryServer(port=taken.getsockname()[1])
        server.start()
        try:
            with pytest.raises(srv.ServerError, match="exited before it was ready"):
                server.wait_ready(timeout=60)
        finally:
            server.stop()


def test_a_run_against_a_running_prefect_server_is_recorded_there(tmp_path: Path) -> None:
    """`prefect server start`, PREFECT_API_URL set: the run uses it (its flow run is there, completed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_UI_ENABLED="false", DO_NOT_TRACK="1", PREFECT_SERVER_LOGGING_LEVEL="WARNING")
    prefect = Path(sys.executable).parent / "prefect"
    server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    api = f"http://127.0.0.1:{port}/api"
    try:
        srv.wait_healthy(api, server, timeout=120)
        proc = subprocess.run([sys.executable, "-m", "flows.cli", "run", str(DEMO), "--output", str(tmp_path / "out")],
                              cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
                              env={**env, "PREFECT_API_URL": api})
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "ERROR" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-3000:]
        run_id = json.loads(proc.stdout.strip().splitlines()[-1])["run_id"]
        req = urllib.request.Request(f"{api}/flow_runs/filter", data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            runs = json.loads(resp.read())
        mine = [r for r in runs if r["parameters"].get("run_id") == run_id]
        assert len(mine) == 1 and mine[0]["state_type"] == "COMPLETED", runs
    finally:
        server.terminate()
        server.wait(timeout=30)
