"""The catalog works on a store that holds harvested datasets without importing harvesters
(or api): its models name the harvest_sources table by string only."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from api.store import MIGRATIONS_DIR
from harvesters.jobs import add_source, run_harvest
from publishers.services import add_publisher

ROOT = Path(__file__).resolve().parents[2]

CATALOG_ONLY = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from sqlalchemy import select
    from sqlalchemy.orm import configure_mappers
    from catalog.context import open_catalog
    from catalog.models import Dataset
    from catalog.queries import get_dataset, search_datasets
    from catalog.search import SearchQuery
    from catalog.settings import Settings
    from catalog.withdrawal import source_datasets, source_stamps, withdraw

    home, migrations = sys.argv[1:3]
    configure_mappers()
    settings = Settings.from_env({}, home=home, secret_key="test-secret")
    catalog = open_catalog(settings, migrations=Path(migrations))
    with catalog.sessions() as session:
        source_id = session.scalar(select(Dataset.source_id).where(Dataset.name == "schools"))
    url = lambda dataset, resource: ""
    known = source_datasets(catalog, source_id)
    source_stamps(catalog, source_id)
    found = get_dataset(catalog, "schools", url)["name"]
    withdrawn = withdraw(catalog, known.values(), "test")
    left = search_datasets(catalog, SearchQuery(), url).total
    catalog.close()
    loaded = sorted({m.split(".")[0] for m in sys.modules} & {"harvesters", "api", "publishers"})
    print(json.dumps({"known": len(known), "found": found, "withdrawn": withdrawn,
                      "left": left, "loaded": loaded}))
""")


def test_catalog_services_run_without_the_harvesters_models(catalog, settings, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    for name in ("schools", "parks"):
        (folder / f"{name}.csv").write_text("区县,数量\n东城区,51\n西城区,62\n", encoding="utf-8")
    add_publisher(catalog, "city", "示例市人民政府")
    add_source(catalog, "drop", "directory", "city", {"path": str(folder)})
    assert run_harvest(catalog, "drop").counts["added"] == 2

    run = subprocess.run(
        [sys.executable, "-c", CATALOG_ONLY, str(settings.home), str(MIGRATIONS_DIR)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.splitlines()[-1]) == {
        "known": 2, "found": "schools", "withdrawn": 2, "left": 0, "loaded": []}
