"""A small hand-built extraction (two documents) shared by the validate, infer and queries tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from rdflib import Graph

from kg.extract import event_arguments
from kg.ids import actor_iri, place_iri
from kg.models import Actor, Document, Evidence, Extraction, Meeting, Place, Pledge, Statement, Strike
from kg.rdf import to_graph

PUTIN = actor_iri("Person", "vladimir-putin")
WITKOFF = actor_iri("Person", "steve-witkoff")
TRUMP = actor_iri("Person", "donald-trump")
RUSSIA = actor_iri("State", "russia")
UKRAINE = actor_iri("State", "ukraine")
GERMANY = actor_iri("State", "germany")
UK = actor_iri("State", "uk")
NATO = actor_iri("Organization", "nato")
KYIV = place_iri("kyiv")
ST_PETERSBURG = place_iri("st-petersburg")

ACTORS = {
    "Person:vladimir-putin": Actor("vladimir-putin", "Vladimir Putin", "Person", ("Putin",), "Q7747", ("President",)),
    "Person:steve-witkoff": Actor("steve-witkoff", "Steve Witkoff", "Person", ("Witkoff",), "", ("US envoy",)),
    "Person:donald-trump": Actor("donald-trump", "Donald Trump", "Person", ("Trump",), "Q22686"),
    "State:russia": Actor("russia", "Russia", "State", ("the Kremlin",), "Q159"),
    "State:ukraine": Actor("ukraine", "Ukraine", "State", (), "Q212"),
    "State:germany": Actor("germany", "Germany", "State", (), "Q183"),
    "State:uk": Actor("uk", "United Kingdom", "State", ("UK",), "Q145"),
    "Organization:nato": Actor("nato", "Nato", "Organization", ("North Atlantic Treaty Organization",), "Q7184"),
}
PLACES = {
    "kyiv": Place("kyiv", "Kyiv", ("Kiev",), "Q1899", "ukraine"),
    "st-petersburg": Place("st-petersburg", "St Petersburg", (), "Q656", "russia"),
}


def _named(x: Extraction) -> Extraction:
    """Every actor and place carries evidence, as the extractor gives them: the first event naming it."""

    def first(ref: str) -> tuple[Evidence, ...]:
        for ev in x.events:
            if ref in (r for _, r in event_arguments(ev)):
                return ev.evidence[:1]
        return x.events[0].evidence[:1]

    return replace(
        x,
        actors=tuple(replace(a, evidence=first(f"{a.type}:{a.key}")) for a in x.actors),
        places=tuple(replace(p, evidence=first(p.key)) for p in x.places),
    )


class _Text:
    """Builds a document text sentence by sentence and hands back evidence with true offsets."""

    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.text = ""

    def say(self, sentence: str, rule: str) -> tuple[Evidence, ...]:
        start = len(self.text)
        self.text += sentence + " "
        return (Evidence(self.doc_id, start, start + len(sentence), sentence, rule),)


def extraction_one() -> Extraction:
    t = _Text("doc-one")
    events = (
        Meeting(
            ("Person:steve-witkoff", "Person:vladimir-putin"),
            t.say("US envoy Steve Witkoff met Vladimir Putin in St Petersburg on Friday.", "meeting-met"),
            place="st-petersburg",
            date="2025-04-11",
        ),
        Pledge(
            "State:germany",
            t.say("Germany pledged €100m in air defence for Ukraine.", "pledge-amount"),
            recipient="State:ukraine",
            amount=Decimal("100000000"),
            currency="EUR",
            items=("air defence",),
            date="2025-04-11",
        ),
        Pledge(
            "State:uk",
            t.say("The UK will provide £350m of drones to Ukraine.", "pledge-amount"),
            recipient="State:ukraine",
            amount=Decimal("350000000"),
            currency="GBP",
            items=("drones",),
        ),
        Strike(
            "State:russia",
            "kyiv",
            t.say("Russia struck Kyiv overnight with drones, hitting energy infrastructure.", "strike-verb"),
            date="2025-04-10",
            weapon="drones",
            target="energy infrastructure",
        ),
        Statement(
            "Person:vladimir-putin",
            "we are ready for talks on a ceasefire",
            t.say('Putin said: "we are ready for talks on a ceasefire".', "statement-said"),
            date="2025-04-11",
        ),
    )
    doc = Document("doc-one", t.text, "Witkoff in St Petersburg", "https://example.org/one", "Example News",
                   dt.datetime(2025, 4, 11, 12, 0))
    keys = ("Person:vladimir-putin", "Person:steve-witkoff", "State:germany", "State:ukraine", "State:uk", "State:russia")
    return _named(Extraction(doc, tuple(ACTORS[k] for k in keys), (PLACES["kyiv"], PLACES["st-petersburg"]), events))


def extraction_two() -> Extraction:
    t = _Text("doc-two")
    events = (
        Meeting(
            ("Organization:nato", "State:germany", "State:ukraine"),
            t.say("Germany and Ukraine met at Nato headquarters on Thursday.", "meeting-met"),
            date="2025-04-10",
        ),
        Pledge(
            "State:germany",
            t.say("Germany will send a further €50m to Ukraine.", "pledge-amount"),
            recipient="State:ukraine",
            amount=Decimal("50000000"),
            currency="EUR",
            date="2025-04-12",
        ),
        Statement(
            "Person:donald-trump",
            "Russia must agree to a ceasefire",
            t.say("Trump said Russia must agree to a ceasefire.", "statement-said"),
            date="2025-04-12",
        ),
        Meeting(
            ("Person:steve-witkoff", "Person:vladimir-putin"),
            t.say("Witkoff met Putin in St Petersburg on 11 April.", "meeting-met"),
            place="st-petersburg",
            date="2025-04-11",
        ),
    )
    doc = Document("doc-two", t.text, "Nato talks", "https://example.org/two", "Example News",
                   dt.datetime(2025, 4, 12, 9, 30))
    keys = ("Organization:nato", "State:germany", "State:ukraine", "Person:donald-trump", "State:russia",
            "Person:steve-witkoff", "Person:vladimir-putin")
    return _named(Extraction(doc, tuple(ACTORS[k] for k in keys), (PLACES["st-petersburg"],), events))


def graph_one() -> Graph:
    return to_graph(extraction_one())


def graph_two() -> Graph:
    return to_graph(extraction_two())


def both_graphs() -> Graph:
    """The union of both documents' graphs (the Witkoff–Putin meeting is one node with two evidences)."""
    g = graph_one()
    for triple in graph_two():
        g.add(triple)
    return g
