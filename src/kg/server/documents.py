"""POST /documents: run uploaded documents through the pipeline into the store (token required)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse

from .sparql import require_token

__all__ = ["router"]

router = APIRouter(tags=["updates"])
SUFFIX_BY_TYPE = {"text/plain": ".txt", "text/html": ".html", "text/markdown": ".txt"}


@router.post(
    "/documents",
    summary="Load a document (text with front matter, or HTML) through the pipeline",
    openapi_extra={"requestBody": {"content": {"text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}}}}},
)
async def post_document(request: Request, name: str = "upload") -> JSONResponse:
    """The body is one document; `name` (a file name) gives its id when its front matter has none."""
    require_token(request)
    media = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if media not in SUFFIX_BY_TYPE:
        raise HTTPException(415, f"POST /documents takes {', '.join(SUFFIX_BY_TYPE)}, not {media}")
    body = await request.body()
    if not body.strip():
        raise HTTPException(400, "the document is empty")
    stem = "".join(c if c.isalnum() or c in "-_." else "-" for c in name).strip(".-") or "upload"
    if not stem.endswith((".txt", ".html", ".htm", ".md")):
        stem += SUFFIX_BY_TYPE[media]
    outcome = await request.app.state.backend.build({stem: body})
    if outcome.status >= 300:
        raise HTTPException(outcome.status, outcome.message)
    summary = outcome.data.get("summary", {})
    status = 201 if summary.get("documents") else 422
    if status == 422:
        failures = summary.get("failures") or [["", "no document was stored"]]
        raise HTTPException(422, "; ".join(str(f[1]) for f in failures))
    return JSONResponse(summary, status_code=status)
