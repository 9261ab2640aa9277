"""Settings read from the environment, with the defaults the CLI and the build use."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DEFAULT_STORE", "STORE_ENV", "default_store", "default_jobs"]

DEFAULT_STORE = Path("data/store")
STORE_ENV = "KG_STORE"


def default_store() -> Path:
    """The on-disk store to use when none is given: $KG_STORE, else data/store."""
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


def default_jobs() -> int:
    """Worker processes for extraction: every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
