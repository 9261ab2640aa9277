"""Where the server's queries run: a local store through killable worker processes, or a remote endpoint."""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .guard import substitute
from .pool import WorkerPool
from .results import render
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
    """An Oxigraph directory: readers open it read-only; a writer exists only when a token is set."""

    def __init__(self, settings: ServerSettings):
        super().__init__(settings)
        self.pool = WorkerPool(str(settings.store_path), settings.workers, settings.writable)

    async def start(self) -> None:
        await self.pool.start()

    async def close(self) -> None:
        await self.pool.close()

    async def query(self, job: Job) -> Outcome:
        return await self.pool.query(job, self.settings.query_timeout_s)

    async def update(self, text: str) -> Outcome:
        return await self.pool.write(Job("update", text), self.settings.query_timeout_s)

    async def build(self, files: dict[str, bytes]) -> Outcome:
        with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
            paths = _save(files, Path(tmp))
            return await self.pool.write(Job("build", paths=paths), self.settings.build_timeout_s)


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
