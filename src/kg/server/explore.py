"""The network explorer page, drawn from the store on request."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse

from ..errors import KgError

__all__ = ["router"]

router = APIRouter()
SIZES = ("pagerank", "degree", "weighted_degree", "betweenness", "eigenvector", "closeness")


def _page(spec: str, size_by: str, color_by: str) -> str:
    from ..render import explorer_html
    from ..stores import open_store

    return explorer_html(open_store(spec, read_only=True), size_by=size_by, color_by=color_by, base_url="/")


@router.get("/explore", response_class=HTMLResponse, summary="Interactive network explorer of the actors")
async def explore(
    request: Request,
    size_by: str = Query("pagerank", description=f"Centrality that sizes the nodes: {', '.join(SIZES)}"),
    color_by: str = Query("type", description="Colour nodes by 'type' or 'community'"),
):
    if size_by not in SIZES or color_by not in ("type", "community"):
        return JSONResponse({"detail": f"size_by must be one of {', '.join(SIZES)}; color_by 'type' or 'community'"},
                            status_code=400)
    try:
        html = await run_in_threadpool(_page, request.app.state.settings.store, size_by, color_by)
    except KgError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=400)
    return HTMLResponse(html)
