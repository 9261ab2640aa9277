"""Deterministic resource IRIs: slugs for named things, content hashes for events and evidence."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from .namespaces import ID

__all__ = ["slugify", "actor_iri", "actor_ref", "place_iri", "document_iri", "event_iri", "evidence_iri", "digest"]

KIND_PATH = {"Person": "person", "State": "state", "Organization": "organization"}


# letters that NFKD does not split into a base letter and a mark ("Władysław" is "wladyslaw", not "w-adys-aw")
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae",
                              "œ": "oe", "Œ": "Oe", "ı": "i", "İ": "I", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


def slugify(text: str) -> str:
    """Lower-case ASCII slug: 'Sébastien Lecornu' -> 'sebastien-lecornu'.

    >>> slugify("St Petersburg")
    'st-petersburg'
    """
    text = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def digest(*parts: object) -> str:
    """A short stable hash of the parts, for IRIs of things that have no name."""
    raw = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def actor_iri(actor_type: str, key: str) -> URIRef:
    return ID[f"{KIND_PATH[actor_type]}/{key}"]


def actor_ref(iri: str) -> str:
    """The actor ref ("Person:x") of an actor IRI, the inverse of actor_iri; "" for any other IRI."""
    path = iri[len(str(ID)):] if iri.startswith(str(ID)) else ""
    folder, _, key = path.partition("/")
    kind = next((k for k, f in KIND_PATH.items() if f == folder), "")
    return f"{kind}:{key}" if kind and key else ""


def place_iri(key: str) -> URIRef:
    return ID[f"place/{key}"]


def document_iri(doc_id: str) -> URIRef:
    return ID[f"document/{slugify(doc_id)}"]


def event_iri(kind: str, identity: tuple) -> URIRef:
    return ID[f"{kind.lower()}/{digest(kind, *identity)}"]


def evidence_iri(doc_id: str, start: int, end: int, rule: str) -> URIRef:
    return ID[f"evidence/{digest(doc_id, start, end, rule)}"]
