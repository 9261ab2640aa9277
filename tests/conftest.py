"""Shared fixtures: the seeds built once into a real on-disk store, and its N-Quads export."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
DATA = Path(__file__).resolve().parent / "data"
KG_BIN = Path(sys.executable).parent / "kg"
SEED_IDS = (
    "000_743f914193201aa2",
    "001_c97fd6970134bff4",
    "002_f39f0105ef6bef67",
    "003_a3fa670014b402d2",
    "004_cbee4cda902ec7c9",
)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """(store path, BuildSummary) of seeds/ built once, inline (jobs=1). Tests must not write to it."""
    from kg.build import build_paths
    from kg.store import Store

    path = tmp_path_factory.mktemp("seed") / "store"
    store = Store(path)
    summary = build_paths([SEEDS], store, jobs=1)
    assert summary.ok, summary.failures
    del store
    gc.collect()  # release the store's lock: tests reopen it
    return path, summary


@pytest.fixture(scope="session")
def seed_store(seed_build) -> Path:
    """The on-disk store holding the seeds' graph (open it with Store(path, read_only=True))."""
    return seed_build[0]


@pytest.fixture(scope="session")
def seed_export(seed_store, tmp_path_factory) -> Path:
    """The seed store exported as N-Quads."""
    from kg.store import Store

    out = tmp_path_factory.mktemp("export") / "seeds.nq"
    out.write_bytes(Store(seed_store, read_only=True).dump("nq"))
    return out
