"""Events told by several documents: an undated report of a meeting joins the one dated meeting of the
same people that another document reports.

Within a document `merge.merge_events` does this; across documents it can only be done once the other
documents are in the store. The folded report stays in its own document's graph (its evidence, its
status), under the dated meeting's IRI, so removing either document leaves the other's facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from .ids import actor_ref
from .namespaces import KG
from .rdf import participant_core
from .store import DOC_PREFIX, Store

__all__ = ["MeetingNode", "fold_undated_meetings", "read_meetings", "rename_nodes", "undated_folds"]

MEETINGS = f"""
PREFIX kg: <{KG}>
SELECT ?g ?m ?date ?p ?loc WHERE {{
  GRAPH ?g {{
    ?m a kg:Meeting .
    OPTIONAL {{ ?m kg:date ?date }}
    OPTIONAL {{ ?m kg:participant ?p }}
    OPTIONAL {{ ?m kg:location ?loc }}
  }}
  FILTER(STRSTARTS(STR(?g), "{DOC_PREFIX}"))
}}
"""


@dataclass
class MeetingNode:
    """What the document graphs of a store say of one meeting IRI."""

    iri: str
    graphs: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    participants: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)

    def core(self) -> tuple[str, ...]:
        """The participants that identify the meeting, read as a document's meeting is (`rdf.participant_core`)."""
        return participant_core(actor_ref(p) or p for p in self.participants)


def read_meetings(store: Store) -> dict[str, MeetingNode]:
    nodes: dict[str, MeetingNode] = {}
    for row in store.query(MEETINGS):
        node = nodes.setdefault(row["m"].value, MeetingNode(row["m"].value))
        node.graphs.add(row["g"].value)
        for var, bag in (("date", node.dates), ("p", node.participants), ("loc", node.locations)):
            if row[var] is not None:
                bag.add(row[var].value)
    return nodes


def undated_folds(nodes: dict[str, MeetingNode]) -> dict[str, str]:
    """undated meeting IRI -> the dated meeting IRI it is, when exactly one dated meeting of the store
    has its core participants and a compatible place (the same, or either unknown).

    A document that reports both and kept them apart ("has already met with Putin twice", "last
    met in March") tells two meetings: only a meeting no document of the undated report holds may take it."""
    dated = [n for n in nodes.values() if n.dates]
    out = {}
    for node in nodes.values():
        if node.dates or len(node.participants) < 2:
            continue
        core = node.core()
        same = [d for d in dated if d.core() == core
                and (not node.locations or not d.locations or node.locations & d.locations)]
        if len(same) == 1 and not same[0].graphs & node.graphs:
            out[node.iri] = same[0].iri
    return out


def fold_undated_meetings(store: Store) -> dict[str, str]:
    """Rewrite each undated meeting that `undated_folds` resolves under its dated meeting's IRI, in
    every document graph that reports it; returns the folds made (undated IRI -> dated IRI)."""
    nodes = read_meetings(store)
    folds = undated_folds(nodes)
    rename_nodes(store, folds, {iri: node.graphs for iri, node in nodes.items()})
    return folds


def rename_nodes(store: Store, folds: dict[str, str], graphs_of: dict[str, set[str]]) -> None:
    """Rewrite each IRI `old` of `folds` as `folds[old]` in the document graphs that hold it (`graphs_of[old]`)."""
    graphs = sorted({g for iri in folds for g in graphs_of[iri]})
    for graph in graphs:
        content = store.graph(graph)
        for old, new in folds.items():
            if graph not in graphs_of[old]:
                continue
            old_ref, new_ref = URIRef(old), URIRef(new)
            for s, p, o in list(content.triples((old_ref, None, None))):
                content.remove((s, p, o))
                content.add((new_ref, p, o))
            for s, p, o in list(content.triples((None, None, old_ref))):
                content.remove((s, p, o))
                content.add((s, p, new_ref))
        store.replace_graph(graph, content)
