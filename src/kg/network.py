"""Project the RDF graph of events onto a NetworkX graph of actors.

Two graphs, one job each:

- `project(store, options)` reads the store with SPARQL and returns the **projection**, an
  `nx.MultiDiGraph` with one edge per (source, target, relation); the edge key is the relation.
  It keeps everything the explorer shows: weight (evidence count), dates, evidence sentences,
  pledged amounts per currency. `met` is symmetric and is stored once, from the smaller IRI to
  the larger, with `symmetric=True`.
- `collapse(projection, directed)` turns it into the **analysis graph**, an `nx.Graph` (or
  `nx.DiGraph`) with one edge per node pair: `weight` is the sum over relations and each
  relation's own weight is a scalar attribute (`met`, `pledged_to`, ...). In a DiGraph a `met`
  edge becomes two arcs, each with the meeting's weight.

Nodes are actors keyed by IRI (`type`, `label`, `qid`, and `meetings`, `pledges`, `strikes`,
`statements`: how many events of each kind, within the date window, the actor takes part in),
plus places struck outside any known state (`type` "Place").

Every event has a date: its `kg:date`, else the earliest `kg:published` of the documents it was
read in; events with neither pass any date window. Cancelled meetings make no `met` edge.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

import networkx as nx

from .errors import KgError
from .namespaces import PREFIXES
from .store import Store

__all__ = [
    "RELATIONS",
    "NODE_TYPES",
    "MAX_EVIDENCE",
    "NetworkOptions",
    "NetworkError",
    "project",
    "collapse",
    "actor_network",
]

#: relation kinds, in the order they are drawn and listed
RELATIONS = ("met", "pledged_to", "struck", "spoke_about")
NODE_TYPES = ("Person", "State", "Organization", "Place")
#: evidence sentences kept per edge (for tooltips)
MAX_EVIDENCE = 5
#: node attributes counting the events an actor takes part in, by event class
EVENT_COUNTS = {"Meeting": "meetings", "Pledge": "pledges", "Strike": "strikes", "Statement": "statements"}


class NetworkError(KgError):
    """Network options are invalid (unknown relation, empty date window, bad weight)."""


@dataclass(frozen=True)
class NetworkOptions:
    """What to project: which relations, which dates (inclusive), which edges are strong enough.

    `min_weight` applies to each relation's edge in the projection (evidence count of that
    relation between that pair). `isolates` keeps actors left without edges.
    """

    relations: tuple[str, ...] = RELATIONS
    since: dt.date | None = None
    until: dt.date | None = None
    min_weight: int = 1
    directed: bool = False
    isolates: bool = True

    def __post_init__(self) -> None:
        unknown = sorted(set(self.relations) - set(RELATIONS))
        if unknown:
            raise NetworkError(f"unknown relation {', '.join(unknown)}; choose from {', '.join(RELATIONS)}")
        if self.since and self.until and self.since > self.until:
            raise NetworkError(f"date window is empty: since {self.since} is after until {self.until}")
        if self.min_weight < 1:
            raise NetworkError(f"min weight must be at least 1, not {self.min_weight}")

    def admits(self, date: str) -> bool:
        """Whether an event on `date` (ISO, or "" when unknown) is inside the window."""
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:  # unknown or malformed: no date to filter on
            return True
        return not ((self.since and day < self.since) or (self.until and day > self.until))


_PREFIX = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

#: actors with their asserted type, label and Wikidata entity
ACTORS_RQ = _PREFIX + """
SELECT ?node ?type (MIN(?l) AS ?label) (MIN(?q) AS ?qid) WHERE {
  VALUES ?type { kg:Person kg:State kg:Organization }
  ?node a ?type .
  OPTIONAL { ?node rdfs:label ?l }
  OPTIONAL { ?node owl:sameAs ?q FILTER STRSTARTS(STR(?q), STR(wd:)) }
} GROUP BY ?node ?type
"""

#: names an actor goes by, to find it in statements
NAMES_RQ = _PREFIX + """
SELECT DISTINCT ?node ?name WHERE {
  VALUES ?type { kg:Person kg:State kg:Organization }
  ?node a ?type .
  { ?node rdfs:label ?name } UNION { ?node skos:altLabel ?name }
}
"""

#: every event with its class, own date and earliest publication date
EVENTS_RQ = _PREFIX + """
SELECT ?event ?kind (MIN(?d) AS ?date) (MIN(?p) AS ?published) WHERE {
  VALUES ?kind { kg:Meeting kg:Pledge kg:Strike kg:Statement }
  ?event a ?kind .
  OPTIONAL { ?event kg:date ?d }
  OPTIONAL { ?event prov:wasDerivedFrom ?doc . ?doc kg:published ?p }
} GROUP BY ?event ?kind
"""

#: every evidence sentence of every event
EVIDENCE_RQ = _PREFIX + """
SELECT DISTINCT ?event ?evidence ?sentence WHERE {
  VALUES ?kind { kg:Meeting kg:Pledge kg:Strike kg:Statement }
  ?event a ?kind ; kg:evidence ?evidence .
  OPTIONAL { ?evidence prov:value ?sentence }
}
"""

#: meeting participants (cancelled meetings excluded)
MEETINGS_RQ = _PREFIX + """
SELECT DISTINCT ?event ?actor WHERE {
  ?event a kg:Meeting ; kg:participant ?actor .
  FILTER NOT EXISTS { ?event kg:status "cancelled" }
}
"""

#: pledges with donor, recipient and amount
PLEDGES_RQ = _PREFIX + """
SELECT DISTINCT ?event ?donor ?recipient ?amount ?currency WHERE {
  ?event a kg:Pledge ; kg:donor ?donor .
  OPTIONAL { ?event kg:recipient ?recipient }
  OPTIONAL { ?event kg:amount ?amount ; kg:currency ?currency }
}
"""

#: strikes with attacker, place and the state the place lies in
STRIKES_RQ = _PREFIX + """
SELECT ?event ?attacker ?place (MIN(?l) AS ?placeLabel) (MIN(?q) AS ?placeQid) (MIN(?s) AS ?state) WHERE {
  ?event a kg:Strike ; kg:attacker ?attacker ; kg:location ?place .
  OPTIONAL { ?place rdfs:label ?l }
  OPTIONAL { ?place owl:sameAs ?q FILTER STRSTARTS(STR(?q), STR(wd:)) }
  OPTIONAL { ?place kg:withinState ?s }
} GROUP BY ?event ?attacker ?place
"""

#: statements with speaker and words
STATEMENTS_RQ = _PREFIX + """
SELECT DISTINCT ?event ?speaker ?text WHERE {
  ?event a kg:Statement ; kg:speaker ?speaker .
  OPTIONAL { ?event kg:text ?text }
}
"""


def _local(term) -> str:
    """A term's IRI or lexical value ('' for an unbound variable)."""
    return "" if term is None else term.value


def _rows(store: Store, sparql: str) -> list[dict[str, str]]:
    result = store.query(sparql)
    names = [v.value for v in result.variables]
    return [{n: _local(row[n]) for n in names} for row in result]


def _qid(iri: str) -> str:
    return iri.rsplit("/", 1)[-1] if iri else ""


@dataclass
class _Event:
    iri: str
    kind: str  # Meeting | Pledge | Strike | Statement
    date: str
    evidence: dict[str, str] = field(default_factory=dict)  # evidence IRI -> sentence


@dataclass
class _Edge:
    """One relation between two nodes, accumulated over events."""

    events: set[str] = field(default_factory=set)
    evidence: dict[str, tuple[str, str]] = field(default_factory=dict)  # IRI -> (date, sentence)
    dates: set[str] = field(default_factory=set)
    amounts: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))

    def add(self, event: _Event) -> None:
        self.events.add(event.iri)
        if event.date:
            self.dates.add(event.date)
        for iri, sentence in event.evidence.items():
            self.evidence[iri] = (event.date, sentence)

    def attributes(self, relation: str) -> dict:
        sentences: list[str] = []
        for _, sentence in sorted(self.evidence.values()):
            if sentence and sentence not in sentences:
                sentences.append(sentence)
        attrs = {
            "relation": relation,
            # an event read without evidence still counts once
            "weight": max(len(self.evidence), len(self.events)),
            "events": len(self.events),
            "dates": sorted(self.dates),
            "evidence": sentences[:MAX_EVIDENCE],
        }
        if relation == "pledged_to":
            attrs["amounts"] = {cur: float(total) for cur, total in sorted(self.amounts.items())}
        if relation == "met":
            attrs["symmetric"] = True
        return attrs


_WORD = re.compile(r"\w+")
#: longest actor name matched in statements, in words
MAX_NAME_WORDS = 8


class _NameIndex:
    """Finds actors named in a text: case-sensitive, on whole words ("US" is not "us").

    Names are looked up as word n-grams in a dict, so the cost grows with the text, not with
    the number of actors.
    """

    def __init__(self, names: Iterable[tuple[str, str]]):
        self.index: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for node, name in names:
            words = tuple(_WORD.findall(name))
            if words and len(words) <= MAX_NAME_WORDS and len(name.strip()) >= 2:
                self.index[words].add(node)
        self.longest = max((len(k) for k in self.index), default=0)

    def find(self, text: str) -> set[str]:
        words = _WORD.findall(text)
        found: set[str] = set()
        for i in range(len(words)):
            for n in range(1, min(self.longest, len(words) - i) + 1):
                found |= self.index.get(tuple(words[i:i + n]), set())
        return found


class _Projector:
    def __init__(self, store: Store, options: NetworkOptions):
        self.store = store
        self.options = options
        self.graph = nx.MultiDiGraph(relations=list(options.relations))
        self.edges: dict[tuple[str, str, str], _Edge] = defaultdict(_Edge)
        self.counts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def run(self) -> nx.MultiDiGraph:
        self.add_actors()
        self.events = self.read_events()
        wanted = set(self.options.relations)
        self.meetings("met" in wanted)  # every kind is read: events feed the counts too
        self.pledges("pledged_to" in wanted)
        self.strikes("struck" in wanted)
        self.statements("spoke_about" in wanted)
        for (u, v, relation), edge in sorted(self.edges.items()):
            attrs = edge.attributes(relation)
            if attrs["weight"] >= self.options.min_weight:
                self.graph.add_edge(u, v, key=relation, **attrs)
        for node, by_kind in self.counts.items():
            if node in self.graph:
                for kind, attr in EVENT_COUNTS.items():
                    self.graph.nodes[node][attr] = len(by_kind.get(kind, ()))
        if not self.options.isolates:
            self.graph.remove_nodes_from([n for n in list(self.graph) if self.graph.degree(n) == 0])
        return self.graph

    # --- nodes and events --------------------------------------------------------------
    def add_actors(self) -> None:
        rank = {t: i for i, t in enumerate(NODE_TYPES)}
        for row in sorted(_rows(self.store, ACTORS_RQ), key=lambda r: (r["node"], rank[r["type"].rsplit("#", 1)[-1]])):
            node = row["node"]
            if node in self.graph:  # two asserted types: keep the first by NODE_TYPES order
                continue
            self.graph.add_node(
                node,
                type=row["type"].rsplit("#", 1)[-1],
                label=row["label"] or node.rsplit("/", 1)[-1],
                qid=_qid(row["qid"]),
                **{attr: 0 for attr in EVENT_COUNTS.values()},
            )

    def read_events(self) -> dict[str, _Event]:
        events: dict[str, _Event] = {}
        for row in _rows(self.store, EVENTS_RQ):
            date = (row["date"] or row["published"])[:10]
            if self.options.admits(date):
                events[row["event"]] = _Event(row["event"], row["kind"].rsplit("#", 1)[-1], date)
        for row in _rows(self.store, EVIDENCE_RQ):
            event = events.get(row["event"])
            if event is not None:
                event.evidence[row["evidence"]] = row["sentence"]
        return events

    def place_node(self, iri: str, label: str, qid: str) -> str:
        if iri not in self.graph:
            self.graph.add_node(iri, type="Place", label=label or iri.rsplit("/", 1)[-1], qid=_qid(qid),
                                **{attr: 0 for attr in EVENT_COUNTS.values()})
        return iri

    def link(self, u: str, v: str, relation: str, event: _Event) -> None:
        if u == v or u not in self.graph or v not in self.graph:
            return
        if relation == "met" and v < u:
            u, v = v, u
        self.edges[(u, v, relation)].add(event)

    def count(self, node: str, event: _Event) -> None:
        self.counts[node][event.kind].add(event.iri)

    # --- relations ---------------------------------------------------------------------
    def meetings(self, wanted: bool) -> None:
        participants: dict[str, set[str]] = defaultdict(set)
        for row in _rows(self.store, MEETINGS_RQ):
            if row["event"] in self.events:
                participants[row["event"]].add(row["actor"])
        for iri, actors in participants.items():
            event = self.events[iri]
            for actor in actors:
                self.count(actor, event)
            if wanted:
                ordered = sorted(actors)
                for i, u in enumerate(ordered):
                    for v in ordered[i + 1:]:
                        self.link(u, v, "met", event)

    def pledges(self, wanted: bool) -> None:
        amounts: dict[tuple[str, str, str], dict[str, Decimal]] = defaultdict(dict)
        for row in _rows(self.store, PLEDGES_RQ):
            event = self.events.get(row["event"])
            if event is None:
                continue
            self.count(row["donor"], event)
            if row["recipient"]:
                self.count(row["recipient"], event)
            if wanted and row["recipient"]:
                self.link(row["donor"], row["recipient"], "pledged_to", event)
                if row["amount"] and row["currency"]:
                    # one amount per event and currency, even if the query repeats the row
                    amounts[(row["donor"], row["recipient"], event.iri)][row["currency"]] = Decimal(row["amount"])
        for (donor, recipient, _), by_currency in amounts.items():
            edge = self.edges.get((donor, recipient, "pledged_to"))
            if edge is not None:
                for currency, amount in by_currency.items():
                    edge.amounts[currency] += amount

    def strikes(self, wanted: bool) -> None:
        for row in _rows(self.store, STRIKES_RQ):
            event = self.events.get(row["event"])
            if event is None:
                continue
            self.count(row["attacker"], event)
            if row["state"] and row["state"] in self.graph:
                target = row["state"]
            elif wanted:
                target = self.place_node(row["place"], row["placeLabel"], row["placeQid"])
            else:
                continue
            self.count(target, event)
            if wanted:
                self.link(row["attacker"], target, "struck", event)

    def statements(self, wanted: bool) -> None:
        rows = _rows(self.store, STATEMENTS_RQ)
        for row in rows:
            if row["event"] in self.events:
                self.count(row["speaker"], self.events[row["event"]])
        if not wanted:
            return
        names = _NameIndex((row["node"], row["name"]) for row in _rows(self.store, NAMES_RQ))
        for row in rows:
            event = self.events.get(row["event"])
            if event is None:
                continue
            # the words, and the sentences they were read in (actors named around the quote)
            text = "\n".join([row["text"], *event.evidence.values()])
            for node in sorted(names.find(text)):
                if node != row["speaker"]:
                    self.link(row["speaker"], node, "spoke_about", event)


def project(store: Store, options: NetworkOptions | None = None) -> nx.MultiDiGraph:
    """The actor projection of everything in `store` (see the module docstring)."""
    return _Projector(store, options or NetworkOptions()).run()


def collapse(projection: nx.MultiDiGraph, directed: bool = False) -> nx.Graph | nx.DiGraph:
    """One edge per node pair: `weight` summed over relations, one weight attribute per relation.

    Dates and evidence of the merged relations are merged too (evidence capped at MAX_EVIDENCE).
    """
    graph: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    graph.graph.update(projection.graph)
    graph.add_nodes_from(projection.nodes(data=True))
    for u, v, relation, data in sorted(projection.edges(keys=True, data=True), key=lambda e: e[:3]):
        arcs = [(u, v)]
        if directed and data.get("symmetric"):
            arcs.append((v, u))
        for a, b in arcs:
            if not graph.has_edge(a, b):
                graph.add_edge(a, b, weight=0, relations=[], dates=[], evidence=[],
                               **{r: 0 for r in RELATIONS})
            edge = graph.edges[a, b]
            edge["weight"] += data["weight"]
            edge[relation] += data["weight"]
            if relation not in edge["relations"]:
                edge["relations"].append(relation)
            edge["dates"] = sorted(set(edge["dates"]) | set(data["dates"]))
            for sentence in data["evidence"]:
                if sentence not in edge["evidence"] and len(edge["evidence"]) < MAX_EVIDENCE:
                    edge["evidence"].append(sentence)
            if "amounts" in data:
                totals = edge.setdefault("amounts", {})
                for currency, amount in data["amounts"].items():
                    totals[currency] = totals.get(currency, 0.0) + amount
    return graph


def actor_network(store: Store, options: NetworkOptions | None = None) -> nx.Graph | nx.DiGraph:
    """The analysis graph: `collapse(project(store, options), options.directed)`."""
    options = options or NetworkOptions()
    return collapse(project(store, options), options.directed)
