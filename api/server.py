"""The production HTTP server of `govcat serve` and `govcat demo`: gunicorn, threaded workers.

Each worker opens the catalog itself after it is forked (gunicorn loads the app in the worker
when the app is not preloaded): an SQLite connection, the engine's pool and the search
index's in-memory state must never cross a fork. The master holds no connection when it forks
(`govcat serve` checks the store first with an engine it disposes).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from catalog.settings import Settings

THREADS = 4  # per worker: requests wait on SQLite and the network, not only on Python
KEEPALIVE_SECONDS = 5  # an idle keep-alive connection is closed after this


def default_workers() -> int:
    """One worker per CPU this process may run on (GOVCAT_WEB_WORKERS=auto)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def bind_address(host: str, port: int) -> str:
    """gunicorn's bind string; an IPv6 address goes in brackets."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def serve(settings: Settings, *, on_ready: Callable[[], None] | None = None) -> None:
    """Serve the portal and the API of the catalog of settings until stopped (SIGINT/SIGTERM).

    on_ready runs in the master once the socket listens (before any worker answers)."""
    from gunicorn.app.base import BaseApplication

    workers = settings.web_workers or default_workers()
    options: dict[str, Any] = {
        "bind": [bind_address(settings.host, settings.port)],
        "workers": workers,
        "worker_class": "gthread",
        "threads": THREADS,
        "keepalive": KEEPALIVE_SECONDS,
        "preload_app": False,  # the app, and so the catalog, is made in each worker
        "timeout": 120,
        "graceful_timeout": 10,
        "accesslog": None,  # a query string may hold what a person typed: not logged
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "govcat",
        # gunicorn's control socket (newer releases) is one file per user: two servers of
        # one user would fight over it, and nothing here uses it
        "control_socket_disable": True,
    }

    class CatalogServer(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for name, value in options.items():
                if name in self.cfg.settings:  # an option an older gunicorn lacks is left out
                    self.cfg.set(name, value)
            if on_ready is not None:
                self.cfg.set("when_ready", lambda _arbiter: on_ready())

        def load(self) -> Any:
            # runs in the worker, after the fork
            from api.app import create_app

            return create_app(settings=settings)

    CatalogServer().run()
