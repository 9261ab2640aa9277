"""One entry for any store: a folder opens kg.store.Store, an http(s):// URL a RemoteStore."""

from __future__ import annotations

from pathlib import Path

__all__ = ["open_store", "is_remote"]


def is_remote(spec: str | Path) -> bool:
    return str(spec).startswith(("http://", "https://"))


def open_store(spec: str | Path, read_only: bool = False, **remote_options):
    """Store(spec) for a folder; RemoteStore(spec, **remote_options) for a SPARQL endpoint URL.

    >>> type(open_store("http://localhost:7878")).__name__
    'RemoteStore'
    """
    if is_remote(spec):
        from .remote import RemoteStore

        return RemoteStore(str(spec), **remote_options)
    from .store import Store

    return Store(spec, read_only=read_only)
