"""The data passed between pipeline stages: frozen dataclasses, no behaviour beyond small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

__all__ = [
    "Post",
    "Document",
    "Evidence",
    "Actor",
    "Place",
    "Meeting",
    "Pledge",
    "Strike",
    "Statement",
    "Event",
    "Extraction",
    "ACTOR_TYPES",
]

ACTOR_TYPES = ("Person", "State", "Organization")


@dataclass(frozen=True)
class Post:
    """A part of a document with its own time (a live-page post), as offsets into Document.text."""

    start: int
    end: int
    title: str = ""
    published: dt.datetime | None = None


@dataclass(frozen=True)
class Document:
    """A news document: its text (captions and credits removed) and what is known about it."""

    id: str
    text: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: dt.datetime | None = None
    source: str = ""
    posts: tuple[Post, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the document, character offsets of the sentence, and its text."""

    doc_id: str
    start: int
    end: int
    text: str
    rule: str = ""


@dataclass(frozen=True)
class Actor:
    """A canonical actor: key is a stable slug, type one of ACTOR_TYPES."""

    key: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    qid: str = ""
    roles: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()  # where the document first names it (one per document)


@dataclass(frozen=True)
class Place:
    """A canonical place; `state` is the key of the State it lies in and `region` the key of the
    gazetteer place (oblast) it lies in, when known."""

    key: str
    label: str
    aliases: tuple[str, ...] = ()
    qid: str = ""
    state: str = ""
    region: str = ""
    evidence: tuple[Evidence, ...] = ()  # where the document first names it (one per document)


@dataclass(frozen=True)
class Meeting:
    participants: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    place: str = ""
    date: str = ""
    status: str = "held"


@dataclass(frozen=True)
class Pledge:
    donor: str
    evidence: tuple[Evidence, ...]
    recipient: str = ""
    amount: Decimal | None = None
    currency: str = ""
    items: tuple[str, ...] = ()
    date: str = ""


@dataclass(frozen=True)
class Strike:
    attacker: str
    location: str
    evidence: tuple[Evidence, ...]
    date: str = ""
    weapon: str = ""
    target: str = ""


@dataclass(frozen=True)
class Statement:
    speaker: str
    text: str
    evidence: tuple[Evidence, ...]
    date: str = ""


Event = Meeting | Pledge | Strike | Statement


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document, with actors and places resolved to canonical entries."""

    document: Document
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = field(default=())
