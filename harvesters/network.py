"""The one HTTP session every harvester uses: guarded against SSRF, bounded, polite.

- Every connection is checked *after* it is made, on the address the socket actually reached
  (so a DNS answer that changes between a check and the connection cannot slip through):
  loopback and private addresses are refused unless the source was added with
  ``--allow-private-network`` (a department's intranet); link-local (169.254.169.254, the
  cloud metadata service), multicast, unspecified and reserved addresses are always refused.
- Redirects are followed by hand, at most MAX_REDIRECTS, and every hop is checked again; only
  http and https URLs are fetched (a ``file:`` URL is refused).
- Connect and read timeouts; retries with exponential backoff on 429 and 5xx, honouring a
  Retry-After of at most MAX_RETRY_AFTER seconds; a minimum interval between two requests to
  the same host; a ``User-Agent`` naming govcat.
- Bodies are read as a stream and refused past a size cap; text is decoded by the declared
  charset, else by detection (charset-normalizer).
- Environment proxies are ignored: the address checked is the address connected to.

Errors are NetworkError (a CatalogError) naming the URL and what went wrong, never quoting
the response body.
"""

from __future__ import annotations

import ipaddress
import json
import socket
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from charset_normalizer import from_bytes
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from catalog.errors import CatalogError

USER_AGENT = "govcat/0.1 (open-government data catalog harvester)"
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 30.0
MAX_REDIRECTS = 5
RETRIES = 3
BACKOFF = 1.0            # seconds before the first retry; doubled each time
MAX_RETRY_AFTER = 60.0   # a longer Retry-After is not waited for: the request fails
MIN_INTERVAL = 0.2       # seconds between two requests to one host
MAX_BYTES = 50 * 1024 * 1024  # a metadata response (resource downloads pass their own cap)
_CHUNK = 64 * 1024
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class NetworkError(CatalogError):
    """A request that failed: refused by the guard, timed out, too large, or a bad status."""


class AddressRefused(NetworkError):
    """A URL or a connection that reaches an address the source may not reach."""


class ResponseTooLarge(NetworkError):
    """A response body over its size cap."""


def address_problem(address: str, allow_private: bool) -> str | None:
    """Why a source may not connect to this IP address, or None when it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_link_local:
        return "a link-local address (such as the cloud metadata service)"
    if ip.is_multicast or ip.is_unspecified:
        return "a multicast or unspecified address"
    if ip.is_loopback:
        return None if allow_private else \
            "a loopback address (add the source with --allow-private-network to allow it)"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private or not ip.is_global:
        return None if allow_private else ("a private network address (add the source with "
                                           "--allow-private-network to allow it)")
    return None


def _guarded(connection: type[HTTPConnection], allow_private: bool) -> type[HTTPConnection]:
    """connection, refusing to keep a socket connected to a refused address."""

    class Guarded(connection):  # type: ignore[misc, valid-type]
        def _new_conn(self):  # noqa: ANN202
            sock = super()._new_conn()
            problem = address_problem(sock.getpeername()[0], allow_private)
            if problem is not None:
                sock.close()
                raise AddressRefused(f"{self.host}: refused, it resolves to {problem}")
            return sock

    return Guarded


class _GuardedAdapter(HTTPAdapter):
    """An adapter whose connection pools check every new connection's peer address."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        super().__init__(max_retries=0)

    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):  # noqa: ANN001
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)
        http = type("GuardedHTTPPool", (HTTPConnectionPool,), {
            "ConnectionCls": _guarded(HTTPConnection, self.allow_private)})
        https = type("GuardedHTTPSPool", (HTTPSConnectionPool,), {
            "ConnectionCls": _guarded(HTTPSConnection, self.allow_private)})
        self.poolmanager.pool_classes_by_scheme = {"http": http, "https": https}


@dataclass
class _HostPacer:
    """Keeps MIN_INTERVAL between two requests to one host (clock and sleep injectable)."""

    interval: float
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    last: dict[str, float] = field(default_factory=dict)

    def wait(self, host: str) -> None:
        now = self.clock()
        previous = self.last.get(host)
        if previous is not None and now - previous < self.interval:
            self.sleep(self.interval - (now - previous))
            now = self.clock()
        self.last[host] = now


@dataclass
class Fetched:
    """A response read whole (under its cap): the final URL, status, headers and body."""

    url: str
    status: int
    headers: Mapping[str, str]   # names in any case
    content: bytes

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def text(self) -> str:
        """The body decoded by its declared charset, else by detection (UTF-8 when empty)."""
        charset = requests.utils.get_encoding_from_headers(self.headers)
        if charset and charset.lower() != "iso-8859-1":  # requests' default for text/*
            try:
                return self.content.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration: detect instead
        if not self.content:
            return ""
        try:
            return self.content.decode("utf-8-sig")
        except UnicodeDecodeError:
            best = from_bytes(self.content).best()
            if best is None:
                raise NetworkError(f"{self.url}: the response is not text in any known "
                                   "encoding") from None
            return str(best)

    def json(self) -> Any:
        """The body as JSON; NetworkError (naming the URL and media type) when it is not."""
        try:
            return json.loads(self.text())
        except ValueError:
            kind = self.media_type or "a body without a media type"
            raise NetworkError(f"{self.url}: expected JSON, got {kind} that does not parse "
                               "as JSON") from None


class GuardedSession:
    """The HTTP client of one harvest source (see the module's docstring for the guards)."""

    def __init__(self, *, allow_private: bool = False, max_bytes: int = MAX_BYTES,
                 timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
                 retries: int = RETRIES, backoff: float = BACKOFF,
                 min_interval: float = MIN_INTERVAL,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._pacer = _HostPacer(min_interval, clock, sleep)
        self.requests = requests.Session()
        self.requests.trust_env = False  # no proxies from the environment: see the docstring
        self.requests.headers["User-Agent"] = USER_AGENT
        adapter = _GuardedAdapter(allow_private)
        self.requests.mount("http://", adapter)
        self.requests.mount("https://", adapter)

    def close(self) -> None:
        self.requests.close()

    def __enter__(self) -> GuardedSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def get(self, url: str, *, params: dict[str, Any] | None = None,
            headers: dict[str, str] | None = None, max_bytes: int | None = None) -> Fetched:
        """GET url (following checked redirects, retrying), read whole under the cap."""
        with self.stream("GET", url, params=params, headers=headers) as response:
            content = b"".join(self._chunks(response, max_bytes or self.max_bytes))
            return Fetched(response.url, response.status_code, response.headers, content)

    def download(self, url: str, target: Path, *, max_bytes: int) -> Fetched:
        """GET url into target, streamed (never whole in memory); the body is not kept, and
        nothing is left at target when the download fails."""
        try:
            with self.stream("GET", url) as response, target.open("wb") as handle:
                for chunk in self._chunks(response, max_bytes):
                    handle.write(chunk)
                return Fetched(response.url, response.status_code, response.headers, b"")
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def requests_session(self) -> requests.Session:
        """A requests.Session whose every request goes through this guard (for clients such
        as ckanapi that take one); a body is read whole, under this session's cap."""
        return _ThroughGuard(self)

    def stream(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """The final response (status 2xx or 304), its body not read yet (close it)."""
        for hop in range(MAX_REDIRECTS + 1):
            response = self._send(method, url, **kwargs)
            if response.status_code not in _REDIRECT_STATUSES:
                if response.status_code >= 400:
                    response.close()
                    raise NetworkError(f"{url}: HTTP {response.status_code}")
                return response
            location = response.headers.get("location")
            response.close()
            if not location:
                raise NetworkError(f"{url}: a redirect without a Location")
            url = urljoin(url, location)
            if response.status_code == 303:
                method = "GET"
            kwargs.pop("params", None)  # they are in the Location already
            if hop == MAX_REDIRECTS:
                break
        raise NetworkError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """One request (no redirects followed), retried on 429/5xx and connection errors."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise AddressRefused(f"{url}: only http and https URLs are fetched")
        self._check_host(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        for attempt in range(self.retries + 1):
            self._pacer.wait(parts.hostname)
            try:
                response = self.requests.request(method, url, timeout=self.timeout,
                                                 allow_redirects=False, stream=True, **kwargs)
            except AddressRefused:
                raise
            except requests.exceptions.ConnectionError as exc:
                refused = _refusal(exc)
                if refused is not None:
                    raise refused from None
                if attempt == self.retries:
                    raise NetworkError(f"{url}: cannot connect ({_reason(exc)})") from None
                self._sleep(self.backoff * 2 ** attempt)
                continue
            except requests.exceptions.Timeout:
                if attempt == self.retries:
                    raise NetworkError(f"{url}: timed out (connect {self.timeout[0]:g} s, "
                                       f"read {self.timeout[1]:g} s)") from None
                self._sleep(self.backoff * 2 ** attempt)
                continue
            except requests.exceptions.RequestException as exc:
                raise NetworkError(f"{url}: {_reason(exc)}") from None
            if response.status_code not in _RETRY_STATUSES or attempt == self.retries:
                return response
            delay = _retry_after(response.headers.get("retry-after"))
            response.close()
            if delay is None:
                delay = self.backoff * 2 ** attempt
            elif delay > MAX_RETRY_AFTER:
                raise NetworkError(f"{url}: HTTP {response.status_code}, retry after "
                                   f"{delay:g} s (more than {MAX_RETRY_AFTER:g} s)")
            self._sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _check_host(self, host: str, port: int) -> None:
        """Refuse a host whose addresses are refused, before connecting (a clear, early error;
        the check after connecting is the one that holds against changing DNS answers)."""
        try:
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            raise NetworkError(f"{host}: cannot resolve the host name") from None
        for info in infos:
            problem = address_problem(str(info[4][0]), self.allow_private)
            if problem is not None:
                raise AddressRefused(f"{host}: refused, it resolves to {problem}")

    @staticmethod
    def _chunks(response: requests.Response, cap: int) -> Iterator[bytes]:
        declared = response.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > cap:
            response.close()
            raise ResponseTooLarge(f"{response.url}: {int(declared):,} bytes, over the cap of "
                                   f"{cap:,}")
        seen = 0
        try:
            for chunk in response.iter_content(_CHUNK):
                seen += len(chunk)
                if seen > cap:
                    raise ResponseTooLarge(f"{response.url}: over the cap of {cap:,} bytes")
                yield chunk
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise NetworkError(f"{response.url}: the response broke off ({_reason(exc)})") \
                from None
        finally:
            response.close()


class _ThroughGuard(requests.Session):
    """requests.Session's interface over a GuardedSession (see requests_session())."""

    def __init__(self, guard: GuardedSession) -> None:
        super().__init__()
        self.trust_env = False
        self.guard = guard

    def request(self, method: str | bytes, url: str | bytes, params: Any = None,  # type: ignore[override]
                data: Any = None, headers: Any = None, files: Any = None, **_: Any
                ) -> requests.Response:
        # timeouts, redirects and proxies are the guard's: the caller's choices are ignored
        if files:
            raise NetworkError(f"{url!s}: a harvester uploads nothing")
        method, url = str(method), str(url)
        with self.guard.stream(method, url, params=params, data=data, headers=headers) as raw:
            response = requests.Response()
            response._content = b"".join(self.guard._chunks(raw, self.guard.max_bytes))
            response.status_code, response.url = raw.status_code, raw.url
            response.headers, response.encoding = raw.headers, raw.encoding
            response.request, response.reason = raw.request, raw.reason
            return response


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), if any."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _refusal(exc: BaseException) -> AddressRefused | None:
    """The guard's refusal wrapped somewhere inside a requests/urllib3 error, if any."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, AddressRefused):
            return current
        todo += [current.__cause__, current.__context__, *[
            a for a in getattr(current, "args", ()) if isinstance(a, BaseException)],
            getattr(current, "reason", None)]
    return None


def _reason(exc: BaseException) -> str:
    """A short reason for a transport error (no response body is ever quoted)."""
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__
