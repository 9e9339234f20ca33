"""A CKAN portal of any size, replayed from a real recording, for the harvest benchmark.

    .venv/bin/python bench/ckan_replay.py [--recording PACKAGES.json] [--seed N]

serves, on a free loopback port (its base URL is printed on the first line of stdout), one
portal per size under ``/n/<count>``: ``/n/800/api/3/action/package_search`` answers
``rows``, ``start``, ``sort`` (``metadata_modified`` and ``id``, ``asc``/``desc``) and ``fq``
(``organization:(...)``, ``groups:(...)`` and ``metadata_modified:[T TO *]``) as
tests/harvesters/test_ckan.py's Portal does, and ``/files/<resource id>.<format>`` serves
each resource: a small CSV table (some naming a person with a mobile number) or a stub PDF.

Dataset *i* of a portal is made, when a page asks for it, from the recording's dataset
``i % len(recording)``: its own ids, name, title (half of them in Chinese), description (a
tenth naming a contact person and a phone), tags, ``metadata_modified`` (rising with *i*, so
the stable order is *i*), organisation (one of ``ORGANIZATIONS``, or none) and resources.
Nothing is held per dataset, so the server's memory does not grow with the portal's size,
and a dataset is the same on every request (its revision too: a second harvest finds it
unchanged).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import random
import re
import sys
import threading
import urllib.parse
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

RECORDING = (Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "ckan"
             / "demo_ckan_org_via_amsterdam_dcatd" / "packages.json")

# (name, title) of the portal's organisations; a dataset i with i % 8 == 7 has none
ORGANIZATIONS = (
    ("transport-bureau", "杭州市交通运输局"), ("statistics", "Statistics Office"),
    ("hrss", "杭州市人力资源和社会保障局"), ("market-regulation", "杭州市市场监督管理局"),
    ("education", "Education Department"), ("health", "杭州市卫生健康委员会"),
    ("environment", "Environment Agency"),
)
_DISTRICTS = ("上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区")
_TOPICS = ("公共交通客流量", "社会保险参保人数", "市场主体登记", "学校名录", "医疗机构名录",
           "空气质量监测", "公共自行车服务点", "政务服务事项办理量")
_PEOPLE = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽")
_TAGS = ("open-data", "statistics", "transport", "environment", "education", "health")
_PAGE_FIELDS = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')
_BASE_TIME = dt.datetime(2019, 3, 1, 8, 0, 0)


def load_recording(path: Path = RECORDING) -> list[dict[str, Any]]:
    """The recorded package_search results (the templates of every dataset)."""
    return json.loads(path.read_text(encoding="utf-8"))["result"]["results"]


def _uuid(*parts: object) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "govcat-bench:" + ":".join(map(str, parts))))


def modified(index: int) -> str:
    """Dataset index's metadata_modified (rising with the index), as CKAN writes it."""
    moment = _BASE_TIME + dt.timedelta(seconds=37 * index, microseconds=index % 997)
    return moment.isoformat(timespec="microseconds")


def organization(index: int) -> tuple[str, str] | None:
    return None if index % 8 == 7 else ORGANIZATIONS[index % 8]


class Portal:
    """The datasets of one portal of `count` datasets, made from the recording."""

    def __init__(self, templates: list[dict[str, Any]], count: int, base_url: str,
                 seed: int = 0) -> None:
        self.templates, self.count, self.base_url, self.seed = templates, count, base_url, seed

    def package(self, index: int) -> dict[str, Any]:
        """Dataset index as package_search gives it."""
        rng = random.Random(f"{self.seed}:{index}")
        package = copy.deepcopy(self.templates[index % len(self.templates)])
        package_id = _uuid(self.seed, "package", index)
        year, district = 2015 + index % 10, _DISTRICTS[index % len(_DISTRICTS)]
        package["id"], package["revision_id"] = package_id, _uuid(self.seed, "revision", index)
        package["name"] = f"{package['name'][:80]}-{index:06d}"
        if index % 2:
            package["title"] = f"{district}{_TOPICS[index % len(_TOPICS)]}（{year}年 第{index}批）"
        else:
            package["title"] = f"{package['title']} — {district} {year} #{index}"
        notes = package.get("notes") or ""
        if index % 10 == 3:  # a contact person and a mobile in the description
            person = _PEOPLE[index % len(_PEOPLE)]
            notes += f" 如有疑问请联系{person}，电话138{rng.randrange(10**8):08d}。"
        package["notes"] = f"{notes} 数据范围：{district}，{year}年。"
        package["metadata_created"] = modified(index - 50_000)
        package["metadata_modified"] = modified(index)
        tags = list(package.get("tags") or [])
        tag = _TAGS[index % len(_TAGS)]
        tags.append({"vocabulary_id": None, "state": "active", "display_name": tag,
                     "id": _uuid("tag", tag), "name": tag})
        package["tags"], package["num_tags"] = tags, len(tags)
        org = organization(index)
        package["organization"] = None if org is None else {
            "id": _uuid("org", org[0]), "name": org[0], "title": org[1], "type": "organization",
            "description": "", "image_url": "", "created": "2017-01-01T00:00:00.000000",
            "is_organization": True, "approval_status": "approved", "state": "active",
        }
        package["owner_org"] = None if org is None else package["organization"]["id"]
        for position, resource in enumerate(package.get("resources") or []):
            resource_id = _uuid(self.seed, "resource", index, position)
            fmt = (resource.get("format") or "csv").lower()
            resource.update(id=resource_id, package_id=package_id, position=position,
                            url=f"{self.base_url}/files/{resource_id}.{fmt}")
        return package

    def order(self, query: dict[str, str]) -> list[int]:
        """The indices a search finds, in its sort order."""
        fq = query.get("fq", "")
        found: Iterator[int] | list[int] = iter(range(self.count))
        if "organization:(" in fq:
            wanted = fq.split("organization:(", 1)[1].split(")", 1)[0]
            names = set(_PAGE_FIELDS.findall(wanted))
            found = (i for i in found if (org := organization(i)) and org[0] in names)
        if "groups:(" in fq:  # the recording's datasets are in no group
            found = iter(())
        if "metadata_modified:[" in fq:
            since = fq.split("metadata_modified:[", 1)[1].split(" TO", 1)[0].rstrip("Z")
            found = (i for i in found if modified(i) >= since)
        indices = list(found)
        sort = query.get("sort", "metadata_modified asc, id asc").split(",", 1)[0].split()
        if sort[:1] in (["metadata_modified"], ["id"]) and sort[1:2] == ["desc"]:
            indices.reverse()
        return indices

    def search(self, query: dict[str, str]) -> dict[str, Any]:
        """package_search's answer (the whole envelope)."""
        indices = self.order(query)
        start, rows = int(query.get("start", 0)), int(query.get("rows", 10))
        return {"help": f"{self.base_url}/api/3/action/help_show?name=package_search",
                "success": True,
                "result": {"count": len(indices), "sort": query.get("sort", ""),
                           "facets": {}, "search_facets": {},
                           "results": [self.package(i) for i in indices[start:start + rows]]}}


def resource_body(resource_file: str) -> tuple[bytes, str]:
    """A resource's content and media type: a small table (a few rows), or a stub PDF."""
    if not resource_file.endswith(".csv"):
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "application/pdf"
    rng = random.Random(resource_file)
    personal = rng.random() < 0.5
    header = "区县,办理事项,数量,联系人,联系电话" if personal else "区县,年份,指标,数量"
    lines = [header]
    for _ in range(rng.randrange(3, 7)):
        district = rng.choice(_DISTRICTS)
        if personal:
            lines.append(f"{district},{rng.choice(_TOPICS)},{rng.randrange(1, 999)},"
                         f"{rng.choice(_PEOPLE)},1{rng.choice('3589')}{rng.randrange(10**9):09d}")
        else:
            lines.append(f"{district},{rng.randrange(2015, 2025)},{rng.choice(_TOPICS)},"
                         f"{rng.randrange(1, 99999)}")
    return ("\n".join(lines) + "\n").encode("utf-8"), "text/csv; charset=utf-8"


def _handler(templates: list[dict[str, Any]], seed: int) -> type[BaseHTTPRequestHandler]:
    @lru_cache(maxsize=16)
    def portal(count: int, base_url: str) -> Portal:
        return Portal(templates, count, base_url, seed)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real portal's server
        disable_nagle_algorithm = True  # as such servers do (else each answer waits 40 ms)

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            parts = urllib.parse.urlsplit(self.path)
            base_url = f"http://{self.headers.get('Host', '127.0.0.1')}"
            match = re.fullmatch(r"/n/(\d+)/api(?:/3)?/action/package_search", parts.path)
            if match:
                query = dict(urllib.parse.parse_qsl(parts.query))
                answer = portal(int(match.group(1)), base_url).search(query)
                body, kind = json.dumps(answer).encode("utf-8"), "application/json"
            elif parts.path.startswith("/files/"):
                body, kind = resource_body(parts.path.rsplit("/", 1)[1])
            else:
                body, kind = b'{"success": false}', "application/json"
                self.send_response(404)
                self._send(body, kind)
                return
            self.send_response(200)
            self._send(body, kind)

        def _send(self, body: bytes, kind: str) -> None:
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serving(templates: list[dict[str, Any]], seed: int = 0) -> Iterator[str]:
    """Serve the portals in a thread of this process until the block ends; yields the base
    URL (a portal of N datasets is at base + /n/N)."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(templates, seed))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recording", type=Path, default=RECORDING)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with serving(load_recording(args.recording), args.seed) as base:
        print(base, flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
