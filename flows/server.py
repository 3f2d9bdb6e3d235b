"""The temporary Prefect server of one ``newsetl`` command, started before anything heavy is imported.

Without PREFECT_API_URL, Prefect starts a temporary server at the first flow call: it first imports
its whole server package in the calling process (~2 s), then starts the server as a subprocess and
waits for it (~3 s), and only then runs the flow. Here the same server (Prefect's own app, launched
the way Prefect launches it) is started as the command's first act, so it boots on the other core
while the command imports its modules and Great Expectations; PREFECT_API_URL is set before Prefect
is imported, so Prefect, the tasks and Dask worker processes all talk to it. It is stopped at exit.

With PREFECT_API_URL set (a real ``prefect server start``), nothing is started.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

READY_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 5.0


class ServerError(RuntimeError):
    pass


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _prefect_dir() -> Path:
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise ServerError("prefect is not installed")
    return Path(next(iter(spec.submodule_search_locations))).parent


def wait_healthy(api_url: str, process: subprocess.Popen[bytes] | None, timeout: float = READY_TIMEOUT_S) -> None:
    """Block until ``api_url``/health answers 200. ServerError if ``process`` (the server, when this
    process started it) exits first, or when ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServerError(f"the Prefect server exited before it was ready (exit code {process.returncode})")
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            pass
        time.sleep(0.05)
    raise ServerError(f"the Prefect server did not answer within {timeout:.0f} s")


class TemporaryServer:
    """Prefect's API app under uvicorn on a free local port (as prefect.server.api.server's
    SubprocessASGIServer runs it), owned by this process."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or _free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.ready = False

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        env.pop("PREFECT_API_URL", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(_prefect_dir()), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, stdin=subprocess.DEVNULL)

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        """Block until the API answers its health check; ServerError if the process exits or the time runs out."""
        if not self.ready:
            wait_healthy(self.api_url, self.process, timeout)
            self.ready = True

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        self.ready = False


_SERVER: TemporaryServer | None = None


def ensure_api() -> TemporaryServer | None:
    """Start the command's temporary server unless PREFECT_API_URL names one; set PREFECT_API_URL to it.
    Call before Prefect is imported. Returns the server (not yet ready: see wait_ready), or None."""
    global _SERVER
    if os.environ.get("PREFECT_API_URL"):
        return _SERVER
    server = TemporaryServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    atexit.register(server.stop)
    _SERVER = server
    return server


def wait_for_api() -> None:
    if _SERVER is not None:
        _SERVER.wait_ready()
