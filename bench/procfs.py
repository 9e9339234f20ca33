"""What the benchmarks read from Linux's /proc about the processes they measure."""

from __future__ import annotations

import os
from pathlib import Path


def load_average() -> float:
    """The machine's one-minute load average."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def _family(pid: int) -> list[Path]:
    """/proc entries of the process pid and of its children."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        if int(entry.name) == pid or parent == pid:
            found.append(entry)
    return found


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children (a server's workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in _family(pid):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def tree_rss_mib(pid: int) -> list[int]:
    """Resident memory (MiB) of a process and of each of its children, smallest first."""
    found = []
    for entry in _family(pid):
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        rss = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
        found.append(int(rss.split()[1]) // 1024)
    return sorted(found)
