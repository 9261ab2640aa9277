"""Where the ontology, the SHACL shapes and the named queries live.

They are kept at the repository root (``ontology/``, ``shapes/``, ``queries/``). From a source
checkout or an editable install they are found next to the package; when they are not there (a
non-editable install), the ``KG_HOME`` environment variable names a checkout, or any folder holding
copies of those three folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import KgError

__all__ = ["repo_root", "ontology_path", "shapes_path", "shapes_dir", "queries_dir", "ENV_VAR"]

ENV_VAR = "KG_HOME"
_MARKERS = ("ontology", "shapes", "queries")


def _looks_like_home(path: Path) -> bool:
    return all((path / name).is_dir() for name in _MARKERS)


def repo_root() -> Path:
    """The folder holding ontology/, shapes/ and queries/: the checkout around the package, else $KG_HOME."""
    # src/kg/paths.py -> the checkout is two levels above the package
    here = Path(__file__).resolve().parent
    for candidate in (here.parent.parent, here.parent, here):
        if _looks_like_home(candidate):
            return candidate
    env = os.environ.get(ENV_VAR)
    if env:
        home = Path(env).expanduser()
        if _looks_like_home(home):
            return home
        raise KgError(f"{ENV_VAR}={env}: no ontology/, shapes/ and queries/ folders there; point it at an actor-kg checkout")
    raise KgError(f"cannot find the ontology/, shapes/ and queries/ folders near {here}; set {ENV_VAR} to an actor-kg checkout")


def ontology_path() -> Path:
    """The OWL ontology (Turtle)."""
    return repo_root() / "ontology" / "actor-kg.ttl"


def shapes_dir() -> Path:
    return repo_root() / "shapes"


def shapes_path() -> Path:
    """The SHACL shapes every extracted graph must satisfy (Turtle)."""
    return shapes_dir() / "actor-kg.ttl"


def queries_dir() -> Path:
    """The folder of named SPARQL queries (*.rq)."""
    return repo_root() / "queries"
