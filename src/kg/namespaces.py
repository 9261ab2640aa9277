"""Every IRI actor-kg writes, in one place: the ontology terms and the resource namespaces."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = ["KG", "ID", "WD", "GRAPH", "RDF", "RDFS", "OWL", "SKOS", "XSD", "PROV", "graph_iri", "PREFIXES"]


class KG(DefinedNamespace):
    """The actor-kg ontology (ontology/actor-kg.ttl)."""

    _NS = Namespace("https://w3id.org/actor-kg/ontology#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    State: URIRef
    Organization: URIRef
    Place: URIRef
    Region: URIRef
    Event: URIRef
    Meeting: URIRef
    Pledge: URIRef
    Strike: URIRef
    Statement: URIRef
    Document: URIRef
    Evidence: URIRef
    # event arguments
    participant: URIRef
    location: URIRef
    date: URIRef
    status: URIRef
    donor: URIRef
    recipient: URIRef
    amount: URIRef
    currency: URIRef
    item: URIRef
    attacker: URIRef
    weapon: URIRef
    target: URIRef
    speaker: URIRef
    text: URIRef
    # places and actors
    withinState: URIRef
    withinRegion: URIRef
    role: URIRef
    # provenance
    evidence: URIRef
    document: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    extractorVersion: URIRef
    publisher: URIRef
    published: URIRef
    url: URIRef
    # network metrics (kg network --write-back), in the metrics graph
    degree: URIRef
    weightedDegree: URIRef
    betweenness: URIRef
    pagerank: URIRef
    eigenvector: URIRef
    closeness: URIRef
    community: URIRef
    component: URIRef
    # Wikidata linking (kg link), in the links graph
    linkConfidence: URIRef


ID = Namespace("https://w3id.org/actor-kg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
GRAPH = Namespace("https://w3id.org/actor-kg/graph/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
INFERRED_GRAPH = GRAPH["inferred"]
METRICS_GRAPH = GRAPH["metrics"]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds one document's facts."""
    return GRAPH[f"doc/{doc_id}"]


PREFIXES = {
    "kg": str(KG._NS),
    "id": str(ID),
    "wd": str(WD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "prov": str(PROV),
}
