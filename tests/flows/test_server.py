"""The command's temporary Prefect server (flows/server.py): started first, used through PREFECT_API_URL,
stopped at exit; a real server named by PREFECT_API_URL is used as it is."""

from __future__ import annotations

import json
import socket
import urllib.request

import pytest

from flows import server as srv
from flows.env import prepare


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
