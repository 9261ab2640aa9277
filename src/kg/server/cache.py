"""Answers of read-only queries kept in memory until the store changes.

An answer is keyed by everything that shapes it (query text, bound parameters, accepted media types,
dataset, result cap, table shape), so a hit is byte-for-byte what the query would give again. The
backend clears the cache whenever the store may have changed: after every update or document load
through the server, and whenever the store folder's fingerprint moves (another program wrote it).
"""

from __future__ import annotations

import os
from collections import OrderedDict
from functools import lru_cache

from .guard import tokenize
from .worker import Job, Outcome

__all__ = ["ResultCache", "StoreFingerprint", "cache_key", "repeatable"]

# functions whose value differs between two runs, and federated calls whose data lives elsewhere
_VOLATILE = {"RAND", "NOW", "UUID", "STRUUID", "SERVICE"}


@lru_cache(maxsize=2048)
def repeatable(text: str) -> bool:
    """True if running `text` twice on the same store must give the same answer."""
    return not any(t.kind == "word" and t.text.upper() in _VOLATILE for t in tokenize(text))


def cache_key(job: Job) -> tuple | None:
    """The key of a read job's answer, or None if the answer must not be reused."""
    if job.op != "query" or not repeatable(job.text):
        return None
    subs = tuple(sorted((str(k), str(v)) for k, v in job.substitutions.items())) if job.substitutions else ()
    return (job.text, subs, job.accept, job.default_graphs, job.named_graphs, job.max_results, job.table)


class ResultCache:
    """A least-recently-used map from cache keys to successful Outcomes, bounded in body bytes."""

    def __init__(self, max_bytes: int, max_entry_bytes: int | None = None):
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes if max_entry_bytes is not None else max_bytes // 8
        self._entries: OrderedDict[tuple, Outcome] = OrderedDict()
        self._size = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple) -> Outcome | None:
        outcome = self._entries.get(key)
        if outcome is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return outcome

    def put(self, key: tuple, outcome: Outcome) -> None:
        size = _size(key, outcome)
        if outcome.status != 200 or size > self.max_entry_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._size -= _size(key, old)
        self._entries[key] = outcome
        self._size += size
        while self._size > self.max_bytes and self._entries:
            k, v = self._entries.popitem(last=False)
            self._size -= _size(k, v)

    def clear(self) -> None:
        self._entries.clear()
        self._size = 0


def _size(key: tuple, outcome: Outcome) -> int:
    return len(outcome.body) + len(key[0])


class StoreFingerprint:
    """A cheap token of an Oxigraph store folder's state that moves with every committed write.

    RocksDB appends every write to its write-ahead log (*.log) and records flushes and compactions
    in MANIFEST-*/CURRENT and new *.sst files; their names, sizes and times cover all changes. The
    info log (LOG*) is left out: opening the store read-only writes nothing else, so readers
    reopening it do not count as changes.
    """

    def __init__(self, path: str):
        self.path = path

    def read(self) -> frozenset | object:
        try:
            out = []
            for entry in os.scandir(self.path):
                name = entry.name
                if name.endswith(".log") or name.startswith(("MANIFEST-", "CURRENT")):
                    st = entry.stat()
                    out.append((name, st.st_size, st.st_mtime_ns))
                elif name.endswith(".sst"):
                    out.append((name,))
            return frozenset(out)
        except OSError:
            return object()  # the folder is changing under us: never equal to anything seen before
