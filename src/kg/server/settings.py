"""Server settings: one frozen dataclass, read from CLI arguments and KG_* environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from ..errors import KgError

__all__ = ["ServerSettings", "SettingsError", "from_env"]

ENV_PREFIX = "KG_"


class SettingsError(KgError):
    """A server setting has a value that cannot be used."""


@dataclass(frozen=True)
class ServerSettings:
    """What the server serves and the limits it enforces; every limit has a safe default.

    `store` is a directory (opened read-only by the query workers) or an http(s):// SPARQL endpoint.
    `token` None keeps the server read-only; with a token, updates need `Authorization: Bearer <token>`.
    """

    store: str = "data/store"
    token: str | None = None
    query_timeout_s: float = 10.0
    max_results: int = 10_000
    max_query_length: int = 20_000
    max_body_bytes: int = 5_000_000
    cors_origins: tuple[str, ...] = ()
    service_allowlist: tuple[str, ...] = ()
    workers: int = 2
    build_timeout_s: float = 300.0  # POST /documents runs the whole pipeline
    base_url: str = ""  # public URL of the server, used in the service description; "" = from the request
    cache_bytes: int = 64_000_000  # answers of repeatable queries kept until the store changes; 0 = no cache

    def __post_init__(self) -> None:
        if self.query_timeout_s <= 0:
            raise SettingsError(f"query timeout must be positive, got {self.query_timeout_s}")
        for name in ("max_results", "max_query_length", "max_body_bytes", "workers"):
            if getattr(self, name) < 1:
                raise SettingsError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.cache_bytes < 0:
            raise SettingsError(f"cache_bytes must be 0 (no cache) or more, got {self.cache_bytes}")
        if self.token is not None and not self.token.strip():
            raise SettingsError("the update token is empty; pass a non-empty --token or none")

    @property
    def writable(self) -> bool:
        return self.token is not None

    @property
    def remote(self) -> bool:
        return self.store.startswith(("http://", "https://"))

    @property
    def store_path(self) -> Path:
        return Path(self.store)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def from_env(environ: dict[str, str] | None = None, **overrides) -> ServerSettings:
    """Settings from KG_STORE, KG_TOKEN, KG_QUERY_TIMEOUT_S, ... then `overrides` (CLI args; None = unset)."""
    env = os.environ if environ is None else environ
    values: dict = {}
    for f in fields(ServerSettings):
        raw = env.get(ENV_PREFIX + f.name.upper())
        if raw is None:
            continue
        try:
            if f.name in ("cors_origins", "service_allowlist"):
                values[f.name] = _split(raw)
            elif f.name in ("query_timeout_s", "build_timeout_s"):
                values[f.name] = float(raw)
            elif f.name in ("max_results", "max_query_length", "max_body_bytes", "workers", "cache_bytes"):
                values[f.name] = int(raw)
            else:
                values[f.name] = raw
        except ValueError as exc:
            raise SettingsError(f"{ENV_PREFIX}{f.name.upper()}={raw!r}: {exc}") from exc
    for key, value in overrides.items():
        if value is None:
            continue
        if key in ("cors_origins", "service_allowlist") and isinstance(value, str):
            value = _split(value)
        elif key in ("cors_origins", "service_allowlist"):
            value = tuple(value)
        values[key] = value
    return replace(ServerSettings(), **values)
