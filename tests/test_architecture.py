"""The one-way imports of DESIGN.md: privacy ← catalog ← publishers ← harvesters ← api."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = {
    "privacy": set(),
    "catalog": {"privacy"},
    "publishers": {"catalog", "privacy"},
    "harvesters": {"catalog", "publishers", "privacy"},
    "api": {"catalog", "publishers", "privacy", "harvesters"},
}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names & set(ALLOWED)


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_point_one_way(package: str) -> None:
    offenders = []
    for path in sorted((ROOT / package).rglob("*.py")):
        if "demo_data" in path.parts:
            continue
        wrong = imported_packages(path) - ALLOWED[package] - {package}
        if wrong:
            offenders.append(f"{path.relative_to(ROOT)} imports {sorted(wrong)}")
    assert not offenders
