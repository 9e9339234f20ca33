"""The guarded HTTP session against a real local HTTP server."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from harvesters.network import (
    USER_AGENT,
    AddressRefused,
    GuardedSession,
    NetworkError,
    ResponseTooLarge,
    address_problem,
)
from tests.support.servers import QuietHandler, serving

CHINESE = "杭州市公共自行车站点：文三路站、学院路站"


class _Handler(QuietHandler):
    hits: Counter[str] = Counter()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        path = self.path.split("?", 1)[0]
        self.hits[path] += 1
        hits = self.hits[path]
        if path == "/ok":
            self.send(200, json.dumps({"ok": True, "query": self.path}).encode(),
                       {"Content-Type": "application/json"})
        elif path == "/agent":
            self.send(200, self.headers.get("User-Agent", "").encode())
        elif path == "/flaky":
            if hits <= 2:
                self.send(503, b"busy", {"Retry-After": "0"})
            else:
                self.send(200, b"{}", {"Content-Type": "application/json"})
        elif path == "/throttled":
            self.send(429, b"slow down", {"Retry-After": "3600"})
        elif path == "/missing":
            self.send(404, b"<html>not here</html>", {"Content-Type": "text/html"})
        elif path == "/html":
            self.send(200, b"<html><body>portal</body></html>",
                       {"Content-Type": "text/html; charset=utf-8"})
        elif path == "/slow":
            time.sleep(1.5)
            self.send(200, b"late")
        elif path == "/big":
            self.send(200, b"x" * 300_000)
        elif path == "/big-unannounced":
            self.send(200, b"x" * 300_000, length=False)
            self.close_connection = True
        elif path == "/gb2312":
            self.send(200, CHINESE.encode("gb2312"),
                       {"Content-Type": "text/plain; charset=gb2312"})
        elif path == "/gb2312-undeclared":
            self.send(200, (CHINESE * 20).encode("gb18030"), {"Content-Type": "text/plain"})
        elif path == "/to-ok":
            self.send(302, headers={"Location": "/ok"})
        elif path == "/to-metadata":
            self.send(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
        elif path == "/to-file":
            self.send(302, headers={"Location": "file:///etc/passwd"})
        elif path == "/loop":
            self.send(302, headers={"Location": "/loop"})
        else:
            self.send(404)


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.hits = Counter()
    with serving(_Handler) as base:
        yield base


def _session(**kwargs: object) -> GuardedSession:
    waits: list[float] = []
    options = {"allow_private": True, "sleep": waits.append, "timeout": (2.0, 0.5),
               "min_interval": 0.0}
    options.update(kwargs)
    session = GuardedSession(**options)  # type: ignore[arg-type]
    session.waits = waits  # type: ignore[attr-defined]
    return session


def test_json_and_query_parameters_and_user_agent(server):
    with _session() as session:
        fetched = session.get(f"{server}/ok", params={"rows": 2, "q": "交通"})
        assert fetched.json()["ok"] is True and "rows=2" in fetched.json()["query"]
        assert session.get(f"{server}/agent").text() == USER_AGENT


def test_the_local_network_is_refused_unless_the_source_allows_it(server):
    with GuardedSession() as session, pytest.raises(AddressRefused, match="loopback.*"
                                                                          "--allow-private"):
        session.get(f"{server}/ok")
    port = server.rsplit(":", 1)[1]
    with GuardedSession() as session, pytest.raises(AddressRefused, match="loopback"):
        session.get(f"http://localhost:{port}/ok")
    assert _Handler.hits["/ok"] == 0  # refused before anything was sent


def test_addresses_no_source_may_reach():
    for address in ("169.254.169.254", "224.0.0.1", "0.0.0.0", "fe80::1", "::ffff:169.254.1.1"):
        assert address_problem(address, allow_private=True) is not None, address
    for address in ("10.1.2.3", "192.168.0.10", "172.16.5.4", "127.0.0.1", "::1", "100.64.0.1"):
        assert address_problem(address, allow_private=False) is not None, address
        assert address_problem(address, allow_private=True) is None, address
    assert address_problem("93.184.216.34", allow_private=False) is None


def test_every_redirect_hop_is_checked(server):
    with _session() as session:
        assert session.get(f"{server}/to-ok").json()["ok"] is True
        with pytest.raises(AddressRefused, match="link-local"):
            session.get(f"{server}/to-metadata")
        with pytest.raises(AddressRefused, match="only http and https"):
            session.get(f"{server}/to-file")
        with pytest.raises(NetworkError, match="more than 5 redirects"):
            session.get(f"{server}/loop")
        with pytest.raises(AddressRefused, match="only http and https"):
            session.get("file:///etc/passwd")


def test_retries_honour_retry_after_and_give_up_on_long_waits(server):
    with _session() as session:
        assert session.get(f"{server}/flaky").json() == {}
        assert _Handler.hits["/flaky"] == 3 and session.waits == [0.0, 0.0]
        with pytest.raises(NetworkError, match="HTTP 429, retry after 3600 s"):
            session.get(f"{server}/throttled")
        with pytest.raises(NetworkError, match="HTTP 404") as caught:
            session.get(f"{server}/missing")
        assert "not here" not in str(caught.value)  # a body is never quoted


def test_timeouts_are_clear_errors(server):
    with _session(retries=1) as session, pytest.raises(NetworkError, match="timed out"):
        session.get(f"{server}/slow")
    assert session.waits == [1.0]  # one backoff before the retry


def test_size_caps_with_and_without_a_content_length(server):
    with _session(max_bytes=100_000) as session:
        with pytest.raises(ResponseTooLarge, match="300,000 bytes"):
            session.get(f"{server}/big")
        with pytest.raises(ResponseTooLarge, match="over the cap of 100,000"):
            session.get(f"{server}/big-unannounced")
        assert len(session.get(f"{server}/big", max_bytes=400_000).content) == 300_000


def test_download_streams_to_a_file_under_its_cap(server, tmp_path):
    target = tmp_path / "file.bin"
    with _session() as session:
        fetched = session.download(f"{server}/big", target, max_bytes=400_000)
        assert fetched.status == 200 and fetched.content == b""
        assert target.stat().st_size == 300_000
        with pytest.raises(ResponseTooLarge):
            session.download(f"{server}/big-unannounced", target, max_bytes=1000)
        assert not target.exists()  # nothing half-written is left


def test_declared_and_detected_charsets(server):
    with _session() as session:
        assert session.get(f"{server}/gb2312").text() == CHINESE
        assert session.get(f"{server}/gb2312-undeclared").text() == CHINESE * 20
        with pytest.raises(NetworkError, match="expected JSON, got text/html"):
            session.get(f"{server}/html").json()


def test_requests_to_one_host_are_spaced():
    clock = [100.0]
    waits: list[float] = []
    session = GuardedSession(min_interval=0.5, sleep=waits.append, clock=lambda: clock[0])
    session._pacer.wait("portal.example")
    clock[0] += 0.2
    session._pacer.wait("portal.example")
    session._pacer.wait("other.example")
    assert waits == [pytest.approx(0.3)]
