"""`govcat serve` as an operator runs it: the production server (gunicorn) in a real process on
a free port, answering real HTTP requests over keep-alive connections, stopped by SIGTERM."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from api.store import init_catalog
from catalog.settings import Settings
from publishers.services import add_publisher
from tests.support.catalogs import publish_csv

GOVCAT = str(Path(sys.executable).with_name("govcat"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _children(pid: int) -> list[int]:
    """The processes whose parent is pid (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.fixture
def home(tmp_path: Path, screener) -> Path:
    settings = Settings.from_env({}, home=str(tmp_path / "home"), secret_key="test-secret")
    catalog = init_catalog(settings)
    catalog._screener = screener
    try:
        add_publisher(catalog, "stats", "示例市统计局")
        publish_csv(catalog, tmp_path, "population", "区县,常住人口\n东城区,70.4\n", "stats",
                    title="常住人口统计年报", keywords=["人口"])
        publish_csv(catalog, tmp_path, "schools", "学校,学生数\n一中,900\n", "stats",
                    title="学校名录")
    finally:
        catalog.close()
    return settings.home


@pytest.fixture
def server(home: Path) -> Iterator[tuple[subprocess.Popen, int]]:
    port = _free_port()
    env = {**os.environ, "GOVCAT_HOME": str(home), "GOVCAT_SECRET_KEY": "test-secret",
           "GOVCAT_WEB_WORKERS": "2"}
    env.pop("GOVCAT_DATABASE_URL", None)
    env.pop("GOVCAT_SEARCH_URL", None)
    process = subprocess.Popen([GOVCAT, "serve", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert time.monotonic() < deadline, "the server did not listen within 60 s"
                time.sleep(0.2)
        yield process, port
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _get(connection: http.client.HTTPConnection, path: str) -> tuple[int, dict, dict]:
    connection.request("GET", path)
    response = connection.getresponse()
    body = json.loads(response.read())
    return response.status, dict(response.getheaders()), body


def test_serve_runs_gunicorn_workers_that_answer_over_keep_alive(server) -> None:
    process, port = server
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    status, headers, body = _get(connection, f"/api/v1/datasets?q={quote('人口')}")
    assert status == 200 and headers["Server"].startswith("gunicorn")
    assert [d["name"] for d in body["data"]] == ["population"] and body["total"] == 1
    assert body["facets"]["publisher"] == [{"value": "stats", "count": 1}]
    # the same connection serves the next requests (keep-alive)
    for _ in range(3):
        status, _, body = _get(connection, "/api/v1/datasets?publisher=stats&sort=name")
        assert status == 200 and [d["name"] for d in body["data"]] == ["population", "schools"]
    status, _, found = _get(connection, "/api/3/action/package_search?q=" + quote("学校"))
    assert status == 200 and found["result"]["count"] == 1
    connection.close()
    assert len(_children(process.pid)) == 2  # GOVCAT_WEB_WORKERS
    # the portal's own pages too
    page = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    page.request("GET", "/datasets/population")
    response = page.getresponse()
    assert response.status == 200 and "常住人口统计年报" in response.read().decode("utf-8")
    page.close()

    process.send_signal(signal.SIGTERM)  # a graceful stop, as systemd or docker send
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert f"127.0.0.1:{port}" in out and "2 worker(s)" in out
    assert "Traceback" not in err


def test_serve_without_a_catalog_is_one_error_line(tmp_path: Path) -> None:
    env = {**os.environ, "GOVCAT_HOME": str(tmp_path / "nothing")}
    env.pop("GOVCAT_DATABASE_URL", None)
    done = subprocess.run([GOVCAT, "serve", "--port", str(_free_port())], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("govcat: error: ") and "govcat init" in done.stderr
    assert not (tmp_path / "nothing").exists()
