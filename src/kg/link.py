"""Link the store's actors and places to Wikidata: gazetteer QIDs first, online reconciliation if asked.

Links live in their own named graph (``LINKS_GRAPH``), rebuilt as a whole on every run so that it
never keeps a link to something no document mentions any more. Each linked node gets
``owl:sameAs wd:Q…`` and ``kg:linkConfidence`` (1.0 for a shipped, verified QID).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from .gazetteer import Gazetteer, default_gazetteer
from .namespaces import GRAPH, KG, OWL, WD, XSD
from .rdf import new_graph
from .store import Store
from .wikidata import DEFAULT_API, Reconciler, WikidataClient

__all__ = ["LINKS_GRAPH", "LINK_CONFIDENCE", "Link", "LinkReport", "link_store"]

LINKS_GRAPH = GRAPH["links"]
LINK_CONFIDENCE = KG.linkConfidence
DEFAULT_CACHE = Path("data/wikidata-cache")

# Nodes without a sameAs outside the links graph (the links graph itself is rebuilt by each run).
UNLINKED_QUERY = """
PREFIX kg: <https://w3id.org/actor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?s ?type (MIN(?l) AS ?label) WHERE {
  # a region written only for the places inside it is reconciled as a place
  VALUES (?class ?type) { (kg:Person kg:Person) (kg:State kg:State) (kg:Organization kg:Organization)
                          (kg:Place kg:Place) (kg:Region kg:Place) }
  ?s a ?class ; rdfs:label ?l .
  FILTER NOT EXISTS { GRAPH ?g { ?s owl:sameAs ?q } FILTER (?g != <LINKS>) }
}
GROUP BY ?s ?type
ORDER BY ?s ?type
""".replace("LINKS", str(LINKS_GRAPH))

ALIASES_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?s ?alias WHERE { ?s skos:altLabel ?alias } ORDER BY ?alias
"""


@dataclass(frozen=True)
class Link:
    """One node linked: its IRI, kind, label, the QID, confidence and how it was found."""

    subject: str
    kind: str
    label: str
    qid: str
    confidence: float
    method: str  # "gazetteer" or "wikidata"


@dataclass(frozen=True)
class LinkReport:
    """What a link run did: nodes looked at, links made, names left unlinked, API errors."""

    candidates: int = 0
    links: tuple[Link, ...] = ()
    unlinked: tuple[str, ...] = ()
    errors: tuple[str, ...] = field(default=())

    @property
    def linked(self) -> int:
        return len(self.links)


def _aliases(store: Store, subject: str) -> tuple[str, ...]:
    rows = store.query(ALIASES_QUERY, substitutions={ox.Variable("s"): ox.NamedNode(subject)})
    return tuple(row["alias"].value for row in rows)


def _from_gazetteer(gaz: Gazetteer, kind: str, names: tuple[str, ...]) -> str:
    """The one verified QID the gazetteer has for these names and this kind, else ''."""
    qids = set()
    for name in names:
        if kind == "Place":
            found = [p for p in gaz.find_places(name) if p.qid]
        else:
            found = [a for a in gaz.find_actors(name) if a.qid and a.type == kind]
        qids.update(e.qid for e in found)
        if qids:
            break  # the label decides before any alias does
    return qids.pop() if len(qids) == 1 else ""


def link_store(
    store: Store,
    online: bool = False,
    base_url: str = DEFAULT_API,
    cache_dir: str | Path | None = DEFAULT_CACHE,
    gazetteer: Gazetteer | None = None,
    threshold: float = 0.8,
    min_interval: float = 1.0,
) -> LinkReport:
    """Add owl:sameAs links for actors and places that have none, into LINKS_GRAPH.

    Offline (the default) only the gazetteer's verified QIDs are used. With `online=True` the
    remaining names are reconciled against the Wikidata API at `base_url` (answers cached under
    `cache_dir`); API failures leave those names unlinked and are listed in the report.
    """
    gaz = default_gazetteer() if gazetteer is None else gazetteer
    rows = list(store.query(UNLINKED_QUERY))
    links: list[Link] = []
    unlinked: list[str] = []
    errors: list[str] = []
    client = WikidataClient(base_url, cache_dir=cache_dir, min_interval=min_interval) if online else None
    try:
        reconciler = Reconciler(client, threshold=threshold) if client else None
        for row in rows:
            subject, kind, label = row["s"].value, row["type"].value.rsplit("#", 1)[1], row["label"].value
            aliases = _aliases(store, subject)
            qid = _from_gazetteer(gaz, kind, (label, *aliases))
            if qid:
                links.append(Link(subject, kind, label, qid, 1.0, "gazetteer"))
                continue
            if reconciler is None:
                unlinked.append(label)
                continue
            result = reconciler.reconcile(label, kind, aliases)
            if result.status == "linked":
                links.append(Link(subject, kind, label, result.qid, result.confidence, "wikidata"))
            else:
                unlinked.append(label)
                if result.status == "error":
                    errors.append(f"{label}: {result.reason}")
    finally:
        if client is not None:
            client.close()
    graph = new_graph()
    for link in links:
        node = URIRef(link.subject)
        graph.add((node, OWL.sameAs, WD[link.qid]))
        graph.add((node, LINK_CONFIDENCE, Literal(Decimal(str(link.confidence)), datatype=XSD.decimal)))
    store.replace_graph(str(LINKS_GRAPH), graph)
    return LinkReport(candidates=len(rows), links=tuple(links), unlinked=tuple(unlinked), errors=tuple(errors))
