"""The named queries (queries/*.rq) as REST: GET /queries lists them, GET /queries/{name} runs one."""

from __future__ import annotations

import json

from fastapi import APIRouter, HTTPException, Request, Response

from ..errors import QueryError
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


def _value(binding: dict | None):
    if binding is None:
        return None
    return binding["value"]


@router.get("/queries/{name}", summary="Run a named query; parameters are bound as typed terms, never pasted")
async def run_named(name: str, request: Request) -> Response:
    from .. import queries

    settings = request.app.state.settings
    try:
        q = queries.get_query(name)
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
    job = Job("query", q.sparql, accept if sparql_format else ("application/sparql-results+json",),
              substitutions=substitutions or None, max_results=settings.max_results)
    outcome = await request.app.state.backend.query(job)
    if sparql_format or outcome.status >= 300:
        return respond(outcome, settings)
    data = json.loads(outcome.body)
    columns = data["head"]["vars"]
    rows = [[_value(b.get(c)) for c in columns] for b in data["results"]["bindings"]]
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers["X-SPARQL-MaxRows"] = str(settings.max_results)
    body = {"name": q.name, "columns": columns, "rows": rows, "truncated": outcome.truncated}
    return Response(json.dumps(body, ensure_ascii=False), media_type="application/json", headers=headers)
