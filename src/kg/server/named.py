"""The named queries (queries/*.rq) as REST: GET /queries lists them, GET /queries/{name} runs one."""

from __future__ import annotations

import os
import time

from fastapi import APIRouter, HTTPException, Request, Response

from ..errors import QueryError
from ..paths import queries_dir
from .guard import ForbiddenError, check
from .results import RESULT_TYPES, accepted
from .sparql import respond
from .worker import Job

__all__ = ["router"]

router = APIRouter(tags=["named queries"])
_SPARQL_TYPES = {m for m in RESULT_TYPES if m != "application/json"}


def _describe(q) -> dict:
    return {
        "name": q.name,
        "title": q.title,
        "description": q.description,
        "params": [
            {"name": p.name, "type": p.type, "required": p.required, "description": p.description}
            for p in q.params
        ],
        "url": f"/queries/{q.name}",
    }


@router.get("/queries", summary="The named queries, with their parameters")
async def list_named() -> list[dict]:
    from .. import queries

    return [_describe(q) for q in queries.list_queries()]


_parsed: dict = {"seen": None, "queries": {}, "checked": -1.0}
RECHECK_S = 1.0  # how soon an edited queries/*.rq is served


def _named_query(name: str):
    """The named query `name`, parsed once and again only when the queries folder changes."""
    from .. import queries

    if name.endswith(".rq"):
        return queries.get_query(name)
    now = time.monotonic()
    if now - _parsed["checked"] < RECHECK_S and name in _parsed["queries"]:
        return _parsed["queries"][name]
    _parsed["checked"] = now
    folder = queries_dir()
    try:
        seen = (str(folder),) + tuple(
            (e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(folder) if e.name.endswith(".rq"))
    except OSError:
        seen = None
    if seen is None or seen != _parsed["seen"]:
        _parsed["queries"] = {q.name: q for q in queries.list_queries()} if seen is not None else {}
        _parsed["seen"] = seen
    q = _parsed["queries"].get(name)
    return q if q is not None else queries.get_query(name)  # not there: its error names the known ones


@router.get("/queries/{name}", summary="Run a named query; parameters are bound as typed terms, never pasted")
async def run_named(name: str, request: Request) -> Response:
    from .. import queries

    settings = request.app.state.settings
    try:
        q = _named_query(name)
    except QueryError as exc:
        raise HTTPException(404, str(exc)) from exc
    try:  # a named query may be federated: the same allow-list as /sparql applies
        check(q.sparql, settings.service_allowlist)
    except ForbiddenError as exc:
        raise HTTPException(403, f"{name}: {exc}") from exc
    raw = {k: v for k, v in request.query_params.items() if k != "format"}
    known = {p.name for p in q.params}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise HTTPException(400, f"{name}: unknown parameter {unknown[0]!r}; it takes {', '.join(sorted(known)) or 'none'}")
    try:
        substitutions = queries.bind(q, raw)
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from exc
    accept = accepted(request.headers.get("accept"), request.query_params.get("format"))
    sparql_format = bool(accept) and accept[0] in _SPARQL_TYPES
    if sparql_format:
        job = Job("query", q.sparql, accept, substitutions=substitutions or None, max_results=settings.max_results)
    else:  # the table is made in the query worker, so a cached answer is served as it is
        job = Job("query", q.sparql, substitutions=substitutions or None, max_results=settings.max_results, table=q.name)
    return respond(await request.app.state.backend.query(job), settings)
