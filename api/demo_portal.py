"""A bundled data portal, served over real HTTP on 127.0.0.1 while the demo harvests it.

``serving(folder)`` serves the folder's files, read-only, on a free loopback port from a
thread of its own, until its block ends (nothing starts at import). A ``data.json`` is
served with its distributions' relative ``downloadURL``/``accessURL`` made absolute with
the server's address, as a portal publishes them (a DCAT-US harvester reads absolute
URLs); so the bundled catalogue needs no port, and no file is written.
"""

from __future__ import annotations

import json
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

LINKS = ("downloadURL", "accessURL")  # a data.json distribution's links
TYPES = {
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """Serve folder's files until the block ends; yields the base URL (no trailing slash)."""
    handler = partial(_Files, root=folder.resolve())
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="govcat demo portal",
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def absolute_links(document: Any, url: str) -> Any:
    """A data.json document whose distributions' links are resolved against its url."""
    datasets = document.get("dataset") if isinstance(document, dict) else None
    for dataset in datasets if isinstance(datasets, list) else []:
        distributions = dataset.get("distribution") if isinstance(dataset, dict) else None
        for item in distributions if isinstance(distributions, list) else []:
            for link in LINKS:
                if isinstance(item, dict) and isinstance(item.get(link), str):
                    item[link] = urljoin(url, item[link])
    return document


class _Files(BaseHTTPRequestHandler):
    """GET and HEAD of the regular files under root; anything else is 404."""

    server_version = "govcat-demo-portal"

    def __init__(self, *args: Any, root: Path, **kwargs: Any) -> None:
        self.root = root
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(with_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        path = self._file()
        if path is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body = path.read_bytes()
        if path.name == "data.json":
            url = f"http://127.0.0.1:{self.server.server_address[1]}{urlsplit(self.path).path}"
            document = absolute_links(json.loads(body), url)
            body = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", TYPES.get(path.suffix.lower())
                         or mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _file(self) -> Path | None:
        """The file the request names, if it is a regular file inside root."""
        parts = [p for p in unquote(urlsplit(self.path).path).split("/") if p]
        if not parts or any(p in (".", "..") or "\\" in p for p in parts):
            return None
        path = self.root.joinpath(*parts).resolve()
        return path if path.is_relative_to(self.root) and path.is_file() else None

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # the demo prints the harvest, not the requests
