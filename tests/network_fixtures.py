"""A small store built from hand-made extractions, with known edges, for the network tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kg.models import Actor, Document, Evidence, Extraction, Meeting, Place, Pledge, Statement, Strike
from kg.rdf import to_graph
from kg.store import Store

XSS = "<img src=x onerror=alert(1)>"

ZELENSKY = Actor("volodymyr-zelensky", "Volodymyr Zelensky", "Person", ("Zelensky",), "Q3874799")
STARMER = Actor("keir-starmer", "Keir Starmer", "Person", ("Starmer",), "Q6386345")
RUTTE = Actor("mark-rutte", "Mark Rutte", "Person", ("Rutte",), "Q57792")
INTRUDER = Actor("intruder", XSS, "Person")
UKRAINE = Actor("ukraine", "Ukraine", "State", (), "Q212")
RUSSIA = Actor("russia", "Russia", "State", ("Russian Federation",), "Q159")
UK = Actor("uk", "United Kingdom", "State", ("UK", "Britain"), "Q145")
NATO = Actor("nato", "Nato", "Organization", ("NATO",), "Q7184")
KHARKIV = Place("kharkiv", "Kharkiv", (), "Q42308", state="ukraine")
PLANT = Place("zaporizhzhia-nuclear-power-plant", "Zaporizhzhia nuclear power plant")

ACTORS = (ZELENSKY, STARMER, RUTTE, INTRUDER, UKRAINE, RUSSIA, UK, NATO)


def ref(actor: Actor) -> str:
    return f"{actor.type}:{actor.key}"


def iri(actor: Actor) -> str:
    path = {"Person": "person", "State": "state", "Organization": "organization"}[actor.type]
    return f"https://w3id.org/actor-kg/id/{path}/{actor.key}"


def _ev(doc: str, n: int, text: str) -> Evidence:
    return Evidence(doc, n * 100, n * 100 + len(text), text, rule="test")


def _doc_a() -> Extraction:
    d = "doc-a"
    doc = Document(d, "text", title="A", publisher="Example News", published=dt.datetime(2025, 2, 10, 9))
    events = (
        Meeting((ref(ZELENSKY), ref(STARMER)),
                (_ev(d, 1, "Zelensky met Keir Starmer in London."), _ev(d, 2, "The two leaders talked for an hour.")),
                date="2025-02-10"),
        Pledge(ref(UK), (_ev(d, 3, "The UK pledged £350m to Ukraine."),), recipient=ref(UKRAINE),
               amount=Decimal("350000000"), currency="GBP", date="2025-02-10"),
        Strike(ref(RUSSIA), KHARKIV.key, (_ev(d, 4, "Russian missiles hit Kharkiv overnight."),), date="2025-02-09"),
        Strike(ref(RUSSIA), PLANT.key, (_ev(d, 5, "Drones struck the Zaporizhzhia nuclear power plant."),),
               date="2025-03-01"),
        Statement(ref(ZELENSKY), "Russia must be stopped and NATO must help",
                  (_ev(d, 6, "\"Russia must be stopped and NATO must help,\" Zelensky said."),), date="2025-02-10"),
        Meeting((ref(INTRUDER), ref(STARMER)), (_ev(d, 7, "Starmer met a visitor."),), date="2025-03-05"),
        Meeting((ref(STARMER), ref(RUSSIA)), (_ev(d, 8, "Talks with Russia were called off."),),
                date="2025-02-11", status="cancelled"),
    )
    return Extraction(doc, ACTORS, (KHARKIV, PLANT), events)


def _doc_b() -> Extraction:
    d = "doc-b"
    doc = Document(d, "text", title="B", publisher="Example News", published=dt.datetime(2025, 3, 10, 9))
    events = (
        # the same meeting as in doc A (same identity key): one event, a third evidence
        Meeting((ref(STARMER), ref(ZELENSKY)), (_ev(d, 1, "Starmer hosted Zelensky on 10 February."),),
                date="2025-02-10"),
        # no date: the publication date stands in
        Meeting((ref(RUTTE), ref(ZELENSKY)), (_ev(d, 2, "Rutte and Zelensky met in Brussels."),)),
    )
    return Extraction(doc, ACTORS, (), events)


def small_store() -> Store:
    """An in-memory store holding the two hand-made documents."""
    store = Store(None)
    for extraction in (_doc_a(), _doc_b()):
        store.replace_document(extraction.document.id, to_graph(extraction))
    return store
