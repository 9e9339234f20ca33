"""Real HTTP servers for tests: a handler served on a free loopback port, in a thread."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@contextmanager
def serving(handler: Callable[..., BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve handler until the block ends; yields the server's base URL."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class QuietHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers in one call."""

    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass

    def send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
             length: bool = True) -> None:
        """Answer with status, headers and body (and its Content-Length unless length=False)."""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output quiet
        pass


def files(directory: Path) -> Callable[..., BaseHTTPRequestHandler]:
    """A handler serving the files of a folder, as a plain web server does."""
    return functools.partial(_QuietFiles, directory=directory)


@contextmanager
def serving_app(build: Callable[[str], Any]) -> Iterator[str]:
    """Serve the WSGI app build(base URL) makes (werkzeug's threaded server) until the block
    ends; yields the base URL (the app learns it first: it builds its links from it)."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, lambda environ, respond: [], threaded=True)
    url = f"http://127.0.0.1:{server.server_port}"
    server.app = build(url)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
