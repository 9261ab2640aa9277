"""`python -m kg.server` and the body of `kg serve`: run the app under uvicorn."""

from __future__ import annotations

import argparse
from typing import Sequence

from .settings import ServerSettings, from_env

__all__ = ["serve", "main"]


def serve(
    store: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    timeout: float | None = None,
    max_results: int | None = None,
    max_query_length: int | None = None,
    max_body_bytes: int | None = None,
    cors_origins: Sequence[str] | str | None = None,
    service_allowlist: Sequence[str] | str | None = None,
    workers: int | None = None,
    base_url: str | None = None,
    cache_bytes: int | None = None,
    log_level: str = "info",
) -> None:
    """Serve the store (a folder or an http(s):// SPARQL endpoint) until interrupted.

    Arguments left None fall back to KG_* environment variables, then to ServerSettings defaults.
    """
    import uvicorn

    from .app import create_app

    settings = from_env(
        store=None if store is None else str(store),
        token=token,
        query_timeout_s=timeout,
        max_results=max_results,
        max_query_length=max_query_length,
        max_body_bytes=max_body_bytes,
        cors_origins=cors_origins or None,
        service_allowlist=service_allowlist or None,
        workers=workers,
        base_url=base_url,
        cache_bytes=cache_bytes,
    )
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level)


def main(argv: Sequence[str] | None = None) -> None:
    d = ServerSettings()
    p = argparse.ArgumentParser(prog="python -m kg.server", description="Serve the knowledge graph over HTTP.")
    p.add_argument("--store", help=f"store folder or SPARQL endpoint URL (default: $KG_STORE, else {d.store})")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help="allow updates with 'Authorization: Bearer TOKEN' (default: read-only)")
    p.add_argument("--timeout", type=float, help=f"seconds per query (default {d.query_timeout_s:g})")
    p.add_argument("--max-results", type=int, help=f"rows or triples per result (default {d.max_results})")
    p.add_argument("--max-query-length", type=int, help=f"characters per query (default {d.max_query_length})")
    p.add_argument("--max-body-bytes", type=int, help=f"bytes per request body (default {d.max_body_bytes})")
    p.add_argument("--cors-origin", action="append", dest="cors_origins", help="allowed CORS origin; repeat")
    p.add_argument("--allow-service", action="append", dest="service_allowlist", help="SERVICE endpoint to allow; repeat")
    p.add_argument("--workers", type=int, help=f"query worker processes (default {d.workers})")
    p.add_argument("--base-url", help="public URL of this server, for the service description")
    p.add_argument("--cache-bytes", type=int, help=f"memory for answers kept until the store changes; 0 = none (default {d.cache_bytes})")
    a = p.parse_args(argv)
    serve(a.store, a.host, a.port, a.token, a.timeout, a.max_results, a.max_query_length, a.max_body_bytes,
          a.cors_origins, a.service_allowlist, a.workers, a.base_url, a.cache_bytes)


if __name__ == "__main__":
    main()
