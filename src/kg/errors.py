"""The one exception tree of actor-kg: every error a user can cause derives from KgError."""

from __future__ import annotations

__all__ = [
    "KgError",
    "InputError",
    "ValidationError",
    "StoreError",
    "QueryError",
]


class KgError(Exception):
    """Base of every error actor-kg raises on purpose; its message is one line for the user."""


class InputError(KgError):
    """A document could not be read: missing, empty, binary, badly encoded or malformed."""


class ValidationError(KgError):
    """A graph does not conform to the SHACL shapes; nothing was stored."""


class StoreError(KgError):
    """The triple store could not be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query is unknown, malformed, or was given bad parameters."""
