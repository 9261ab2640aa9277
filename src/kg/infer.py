"""OWL-RL reasoning: the triples the ontology adds about the data's own resources, and nothing else."""

from __future__ import annotations

from functools import lru_cache

from owlrl import DeductiveClosure, OWLRL_Semantics
from rdflib import Graph, Literal, URIRef

from .namespaces import ID, KG, OWL, RDF, RDFS, XSD
from .paths import ontology_path

__all__ = ["infer", "load_ontology", "ASSERTED_ONLY"]

#: classes only the extractor decides; reasoning must never add them (the benchmark reads them as asserted)
ASSERTED_ONLY = frozenset(
    {KG.Person, KG.State, KG.Organization, KG.Place, KG.Meeting, KG.Pledge, KG.Strike, KG.Statement}
)
_DATA = str(ID)
_VOCABULARIES = tuple(str(ns) for ns in (RDF, RDFS, OWL, XSD))
# predicates of those vocabularies that still say something about a resource
_KEPT_VOCABULARY_PREDICATES = frozenset({RDF.type, OWL.sameAs, RDFS.label, RDFS.comment, RDFS.seeAlso})
_ANNOTATIONS = frozenset({RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy})


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def load_ontology() -> Graph:
    """The kg: ontology (ontology/actor-kg.ttl) as a fresh graph the caller may change."""
    g = Graph()
    for prefix, ns in _ontology().namespaces():
        g.bind(prefix, ns, replace=True)
    for triple in _ontology():
        g.add(triple)
    return g


def _is_data(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(_DATA)


def _in_vocabulary(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(_VOCABULARIES)


def _keep(s, p, o) -> bool:
    """Whether an inferred triple says something new about one of the data's own resources."""
    if not _is_data(s):
        return False  # ontology terms, axioms, blank nodes (literal proxies, error reports), Wikidata IRIs
    if _in_vocabulary(p) and p not in _KEPT_VOCABULARY_PREDICATES:
        return False
    if p == RDF.type:
        return isinstance(o, URIRef) and not _in_vocabulary(o) and o not in ASSERTED_ONLY
    if p == OWL.sameAs:
        return o != s and isinstance(o, URIRef)
    return isinstance(o, Literal) or _is_data(o)


def infer(data: Graph, ontology: Graph | None = None) -> Graph:
    """The triples the OWL-RL closure of `data` + `ontology` adds about the data's resources.

    owl:sameAs links to Wikidata are left out of the reasoning: they are links to an outside
    description, and reasoning over them would copy facts onto Wikidata IRIs and merge, say, a
    place and a state that share a QID. The result is a set of triples, the same for the same input.
    """
    ontology = _ontology() if ontology is None else ontology
    work = Graph()
    for s, p, o in data:
        if p == OWL.sameAs and not _is_data(o):
            continue
        work.add((s, p, o))
    if not any(True for _ in work.triples((None, OWL.sameAs, None))):
        # without owl:sameAs, a triple whose predicate no axiom mentions feeds no rule whose result
        # survives _keep (only owl:Thing / rdf:Property typing): leaving it out makes the closure faster
        mentioned = {n for s, _, o in ontology for n in (s, o) if isinstance(n, URIRef)}
        for s, p, o in list(work):
            if p != RDF.type and p not in mentioned and (p in _ANNOTATIONS or not _in_vocabulary(p)):
                work.remove((s, p, o))
    for triple in ontology:
        work.add(triple)
    DeductiveClosure(OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(work)
    out = Graph()
    for prefix, ns in data.namespaces():
        out.bind(prefix, ns, replace=True)
    for triple in work:
        if triple not in data and triple not in ontology and _keep(*triple):
            out.add(triple)
    return out
