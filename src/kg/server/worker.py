"""The query worker: a child process that owns one store handle and answers jobs over a pipe.

Queries are blocking Rust calls that cannot be interrupted, so each runs in a process the server
can kill when it overruns its time limit; the server stays responsive and no thread is left spinning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Job", "Outcome", "serve_jobs"]


@dataclass(frozen=True)
class Job:
    """One unit of work: op is 'query', 'update' or 'build'."""

    op: str
    text: str = ""
    accept: tuple[str, ...] = ()
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    substitutions: dict | None = None
    max_results: int = 10_000
    paths: tuple[str, ...] = ()
    table: str = ""  # a named query's name: answer as its JSON table instead of SPARQL results


@dataclass(frozen=True)
class Outcome:
    """What a job gave: status 200 with a body, or an HTTP error status with a one-line message."""

    status: int
    body: bytes = b""
    media_type: str = "text/plain"
    truncated: bool = False
    message: str = ""
    retry: bool = False  # the store handle is stale or broken: a fresh worker may succeed
    data: dict = field(default_factory=dict)


def _open(path: str, writable: bool):
    if writable:
        from ..store import Store

        return Store(path)
    import pyoxigraph as ox

    return ox.Store.read_only(path)


def _query(ox_store, job: Job) -> Outcome:
    import pyoxigraph as ox

    from .results import render, render_table

    kwargs: dict = {}
    for iri in (job.default_graphs or ()) + (job.named_graphs or ()):
        if not ox_store.contains_named_graph(ox.NamedNode(iri)):
            return Outcome(404, message=f"graph <{iri}> is not in this store")
    if job.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    if job.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    if job.substitutions:
        kwargs["substitutions"] = job.substitutions
    try:
        results = ox_store.query(job.text, **kwargs)
        if job.table:
            rendered = render_table(results, job.table, job.max_results)
        else:
            rendered = render(results, job.accept, job.max_results)
    except SyntaxError as exc:
        return Outcome(400, message=f"malformed SPARQL: {exc}")
    except ValueError as exc:
        return Outcome(400, message=f"query cannot be answered: {exc}")
    return Outcome(200, rendered.body, rendered.media_type, rendered.truncated)


def _update(store, job: Job) -> Outcome:
    try:
        store._ox.update(job.text)
    except SyntaxError as exc:
        return Outcome(400, message=f"malformed SPARQL Update: {exc}")
    except ValueError as exc:
        return Outcome(400, message=f"update cannot be applied: {exc}")
    store.flush()
    return Outcome(204)


def _build(store, job: Job) -> Outcome:
    from ..build import build_paths
    from ..errors import KgError

    try:
        summary = build_paths([*job.paths], store)
    except KgError as exc:
        return Outcome(400, message=str(exc))
    store.flush()
    return Outcome(200, data={"summary": _plain(summary)})


def _plain(value):
    """A build summary as JSON-ready data, whatever shape kg.build gives it."""
    import dataclasses

    if dataclasses.is_dataclass(value):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if isinstance(value, (int, float, str, bool)) or value is None:
        return value
    return str(value)


def serve_jobs(conn, path: str, writable: bool) -> None:
    """Child-process main loop: open the store, then answer jobs until the pipe closes or None comes."""
    try:
        store = _open(path, writable)
        error = ""
    except Exception as exc:  # reported on every job so the client learns why
        store, error = None, f"cannot open the store at {path}: {exc}"
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if store is None:
            conn.send(Outcome(503, message=error))
            continue
        try:
            if job.op == "query":
                outcome = _query(store._ox if writable else store, job)
            elif job.op == "update" and writable:
                outcome = _update(store, job)
            elif job.op == "build" and writable:
                outcome = _build(store, job)
            else:
                outcome = Outcome(403, message=f"{job.op} is not allowed on a read-only worker")
        except OSError as exc:
            outcome = Outcome(503, message=f"store read failed: {exc}", retry=True)
        except Exception as exc:  # never let one bad job kill the worker silently
            outcome = Outcome(500, message=f"{type(exc).__name__}: {exc}")
        conn.send(outcome)


def main(argv: list[str]) -> None:
    """`python -m kg.server.worker FD PATH ro|rw`: serve jobs on the inherited socket FD."""
    from multiprocessing.connection import Connection

    fd, path, mode = argv
    serve_jobs(Connection(int(fd)), path, mode == "rw")


if __name__ == "__main__":
    import sys

    # through the package, so pickled Job/Outcome name kg.server.worker, not __main__
    from kg.server.worker import main as _main

    _main(sys.argv[1:])
