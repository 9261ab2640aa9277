"""The ontology, shapes and queries are found from a checkout, or through KG_HOME for an installed copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kg import paths

REPO = Path(__file__).resolve().parents[1]
PROBE = "from kg import paths\ntry:\n    print(paths.shapes_path())\nexcept Exception as e:\n    print(type(e).__name__, e)\n"


def test_checkout_is_found():
    assert paths.repo_root() == REPO
    assert paths.ontology_path() == REPO / "ontology" / "actor-kg.ttl"
    assert paths.shapes_path() == REPO / "shapes" / "actor-kg.ttl"
    assert paths.shapes_dir() == REPO / "shapes"
    assert paths.queries_dir() == REPO / "queries"
    assert paths.ontology_path().is_file() and paths.shapes_path().is_file()


def _installed_copy(tmp_path: Path) -> Path:
    """A copy of the package alone, as a non-editable install leaves it (no ontology/ beside it)."""
    site = tmp_path / "site-packages"
    (site / "kg").mkdir(parents=True)
    for name in ("__init__.py", "errors.py", "paths.py"):
        shutil.copy(REPO / "src" / "kg" / name, site / "kg" / name)
    return site


def _probe(site: Path, home: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != paths.ENV_VAR}
    env["PYTHONPATH"] = str(site)
    if home is not None:
        env[paths.ENV_VAR] = home
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=site, check=True)
    return done.stdout.strip()


def test_installed_copy_uses_kg_home(tmp_path):
    site = _installed_copy(tmp_path)
    assert _probe(site, str(REPO)) == str(REPO / "shapes" / "actor-kg.ttl")
    assert _probe(site, None).startswith("KgError cannot find the ontology/, shapes/ and queries/ folders near")
    assert _probe(site, str(tmp_path)).startswith(f"KgError KG_HOME={tmp_path}: no ontology/, shapes/ and queries/ folders there")
