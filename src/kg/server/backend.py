"""Where the server's queries run: a local store through killable worker processes, or a remote endpoint."""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .cache import ResultCache, StoreFingerprint, cache_key
from .guard import substitute
from .pool import WorkerPool
from .results import render, render_table
from .settings import ServerSettings
from .worker import Job, Outcome

__all__ = ["Backend", "LocalBackend", "RemoteBackend", "make_backend", "bindings"]

PAGE_ROWS = 5000


class Backend:
    """Runs jobs within the time limit and gives an Outcome; never raises for a user's mistake."""

    def __init__(self, settings: ServerSettings):
        self.settings = settings

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def query(self, job: Job) -> Outcome:
        raise NotImplementedError

    async def update(self, text: str) -> Outcome:
        raise NotImplementedError

    async def build(self, files: dict[str, bytes]) -> Outcome:
        raise NotImplementedError

    async def select(self, sparql: str, substitutions: dict | None = None, limit: int | None = None) -> list[dict]:
        """Rows of a SELECT as SPARQL JSON bindings, for pages; raises LookupError with the message on failure."""
        # the server's own queries carry their own LIMIT; the client-facing cap does not apply
        job = Job("query", sparql, ("application/sparql-results+json",), substitutions=substitutions,
                  max_results=limit or PAGE_ROWS)
        outcome = await self.query(job)
        if outcome.status != 200:
            raise LookupError(outcome.message)
        return bindings(outcome.body)


def bindings(body: bytes) -> list[dict]:
    return json.loads(body)["results"]["bindings"]


class LocalBackend(Backend):
    """An Oxigraph directory: readers open it read-only; a writer exists only when a token is set.

    With the cache on, answers of repeatable queries are kept until the store changes: every write
    through the server clears it, and so does a move of the store folder's fingerprint (checked
    before every query), which also makes the readers reopen the store to see what another program
    wrote.
    """

    def __init__(self, settings: ServerSettings):
        super().__init__(settings)
        self.pool = WorkerPool(str(settings.store_path), settings.workers, settings.writable)
        self.cache = ResultCache(settings.cache_bytes) if settings.cache_bytes else None
        self.fingerprint = StoreFingerprint(str(settings.store_path))
        self._seen = self.fingerprint.read()

    async def start(self) -> None:
        await self.pool.start()
        if self.settings.writable:
            # opening the store read-write writes to its folder: wait for that before taking its fingerprint
            await self.pool.ping_writer(self.settings.build_timeout_s)
        self._seen = self.fingerprint.read()

    async def close(self) -> None:
        await self.pool.close()

    def _check_store(self) -> None:
        """Forget answers, and renew readers, if the store folder changed since last seen."""
        now = self.fingerprint.read()
        if now != self._seen:
            self._seen = now
            self.pool.generation += 1  # readers opened before this are replaced when next taken
            if self.cache is not None:
                self.cache.clear()

    async def query(self, job: Job) -> Outcome:
        self._check_store()
        key = cache_key(job) if self.cache is not None else None
        if key is None:
            return await self.pool.query(job, self.settings.query_timeout_s)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        generation = self.pool.generation
        outcome = await self.pool.query(job, self.settings.query_timeout_s)
        # kept only if no write happened meanwhile: then the reader that answered saw the current store
        if generation == self.pool.generation:
            self.cache.put(key, outcome)
        return outcome

    async def _write(self, job: Job, timeout: float) -> Outcome:
        try:
            return await self.pool.write(job, timeout)
        finally:
            # whatever happened (even a killed writer), answers from before may be stale
            if self.cache is not None:
                self.cache.clear()
            # our writer holds the store's lock, so no other program wrote: this is our own change
            self._seen = self.fingerprint.read()

    async def update(self, text: str) -> Outcome:
        return await self._write(Job("update", text), self.settings.query_timeout_s)

    async def build(self, files: dict[str, bytes]) -> Outcome:
        with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
            paths = _save(files, Path(tmp))
            return await self._write(Job("build", paths=paths), self.settings.build_timeout_s)


def _save(files: dict[str, bytes], folder: Path) -> tuple[str, ...]:
    out = []
    for name, data in files.items():
        target = folder / Path(name).name  # never a path the client chose
        target.write_bytes(data)
        out.append(str(target))
    return tuple(out)


class RemoteBackend(Backend):
    """A SPARQL 1.1 endpoint by URL: queries are forwarded, then capped and re-serialised here."""

    def __init__(self, settings: ServerSettings):
        super().__init__(settings)
        from ..remote import RemoteStore

        self.remote = RemoteStore(settings.store, timeout=settings.query_timeout_s)

    async def query(self, job: Job) -> Outcome:
        text = job.text
        if job.substitutions:
            text = substitute(text, {v.value if isinstance(v, ox.Variable) else str(v): str(t) for v, t in job.substitutions.items()})
        return await asyncio.to_thread(self._query, text, job)

    def _query(self, text: str, job: Job) -> Outcome:
        from ..errors import QueryError, StoreError
        from ..remote import EndpointTimeout

        try:
            results = self.remote.query(text, default_graphs=job.default_graphs, named_graphs=job.named_graphs)
            if job.table:
                rendered = render_table(results, job.table, job.max_results)
            else:
                rendered = render(results, job.accept, job.max_results)
        except QueryError as exc:
            return Outcome(400, message=str(exc))
        except EndpointTimeout:
            return Outcome(503, message=f"query exceeded the time limit of {self.settings.query_timeout_s:g} s")
        except StoreError as exc:
            return Outcome(502, message=str(exc))
        return Outcome(200, rendered.body, rendered.media_type, rendered.truncated)

    async def update(self, text: str) -> Outcome:
        from ..errors import QueryError, StoreError

        try:
            await asyncio.to_thread(self.remote.update, text)
        except QueryError as exc:
            return Outcome(400, message=str(exc))
        except StoreError as exc:
            return Outcome(502, message=str(exc))
        return Outcome(204)

    async def build(self, files: dict[str, bytes]) -> Outcome:
        from ..build import build_paths
        from ..errors import KgError
        from .worker import _plain

        with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
            paths = _save(files, Path(tmp))
            try:
                summary = await asyncio.to_thread(build_paths, list(paths), self.remote)
            except KgError as exc:
                return Outcome(400, message=str(exc))
        return Outcome(200, data={"summary": _plain(summary)})


def make_backend(settings: ServerSettings) -> Backend:
    return RemoteBackend(settings) if settings.remote else LocalBackend(settings)
