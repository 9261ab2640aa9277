"""The FastAPI application: SPARQL endpoint, named queries, entity pages, search and the query page."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..errors import StoreError
from .backend import make_backend
from .settings import ServerSettings

__all__ = ["create_app"]

STATIC = Path(__file__).parent / "static"


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, by header or while they stream in."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or ()).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await self._refuse(send)
        seen = 0
        responded = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        async def tracking_send(message):
            nonlocal responded
            if message["type"] == "http.response.start":
                responded = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not responded:
                await self._refuse(send)

    async def _refuse(self, send):
        body = json.dumps({"detail": f"request body over the limit of {self.limit} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


def create_app(settings: ServerSettings) -> FastAPI:
    """Build the app; the store's worker processes start with the app and stop with it."""
    if not settings.remote and not settings.writable and not settings.store_path.exists():
        raise StoreError(f"{settings.store}: no store here; run `kg build` first or pass --store")
    if not settings.remote and settings.writable and not settings.store_path.exists():
        from ..store import Store

        Store(settings.store_path)  # create it now, so read-only workers can open it

    backend = make_backend(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await backend.start()
        try:
            yield
        finally:
            await backend.close()

    app = FastAPI(
        title="actor-kg",
        version=__version__,
        description="SPARQL 1.1 endpoint, named queries and entity pages over the actor-kg knowledge graph.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.backend = backend

    from . import documents, explore, named, pages, sparql

    app.include_router(sparql.router)
    app.include_router(named.router)
    app.include_router(documents.router)
    app.include_router(pages.router)
    app.include_router(explore.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return JSONResponse({"detail": str(exc)}, status_code=503)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
            expose_headers=["X-SPARQL-MaxRows"],
        )
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app
