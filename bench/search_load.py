"""A cheap HTTP load generator for the search bench, run in a process of its own.

    python bench/search_load.py HOST PORT CLIENTS SECONDS PATHS.json

Each of CLIENTS threads holds one keep-alive connection (http.client) and sends the GET
requests of PATHS (a JSON list of paths) one after another, each thread starting at another
place of the list, until SECONDS have passed (bounded: at most 1,000,000 requests). It prints
one JSON object: each request's path (its place in PATHS) and latency in ms, the failed
requests and the elapsed time.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time

MAX_REQUESTS = 1_000_000


def run(host: str, port: int, clients: int, seconds: float, paths: list[str]) -> dict:
    latencies: list[list[tuple[int, float]]] = [[] for _ in range(clients)]
    failures: list[str] = []
    start = time.perf_counter()
    deadline = start + seconds
    budget = MAX_REQUESTS // clients

    def client(number: int) -> None:
        connection = http.client.HTTPConnection(host, port, timeout=60)
        mine = latencies[number]
        position = number * len(paths) // clients
        while time.perf_counter() < deadline and len(mine) < budget:
            index = position % len(paths)
            path = paths[index]
            position += 1
            began = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                failures.append(f"{path}: {error!r}")
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=60)
                continue
            mine.append((index, (time.perf_counter() - began) * 1000))
            if response.status != 200:
                failures.append(f"{path}: HTTP {response.status}")
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    return {"requests": [value for mine in latencies for value in mine],
            "failures": failures[:20], "failed": len(failures), "elapsed": elapsed}


def main() -> None:
    host, port, clients, seconds, paths_file = sys.argv[1:6]
    with open(paths_file, encoding="utf-8") as handle:
        paths = json.load(handle)
    print(json.dumps(run(host, int(port), int(clients), float(seconds), paths)))


if __name__ == "__main__":
    main()
