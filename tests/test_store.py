"""The Oxigraph store: named graphs replaced whole, union queries, safe parameters, dumps in every format."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.namespaces import INFERRED_GRAPH, KG, ONTOLOGY_GRAPH, RDF, RDFS, graph_iri
from kg.store import FORMATS, Store

from conftest import SEED_IDS

PUTIN = URIRef("https://w3id.org/actor-kg/id/person/vladimir-putin")
MACRON = URIRef("https://w3id.org/actor-kg/id/person/emmanuel-macron")


def person(iri: URIRef, label: str) -> Graph:
    g = Graph()
    g.add((iri, RDF.type, KG.Person))
    g.add((iri, RDFS.label, Literal(label)))
    return g


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "store")
    s.replace_document("one", person(PUTIN, "Vladimir Putin"))
    s.replace_document("two", person(MACRON, "Emmanuel Macron"))
    return s


def labels(store: Store) -> set[str]:
    return {r["l"].value for r in store.query("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }")}


def test_documents_live_in_their_own_named_graphs(store):
    assert store.documents() == ["one", "two"]
    assert store.graphs() == [str(graph_iri("one")), str(graph_iri("two"))]
    assert len(store) == 4
    assert set(store.document_graph("one")) == set(person(PUTIN, "Vladimir Putin"))


def test_replace_document_replaces_only_that_graph(store):
    store.replace_document("one", person(PUTIN, "Vladimir Vladimirovich Putin"))
    assert labels(store) == {"Vladimir Vladimirovich Putin", "Emmanuel Macron"}
    assert len(store.document_graph("one")) == 2
    assert set(store.document_graph("two")) == set(person(MACRON, "Emmanuel Macron"))


def test_remove_document(store):
    assert store.remove_document("one") is True
    assert store.remove_document("one") is False
    assert store.documents() == ["two"]
    assert labels(store) == {"Emmanuel Macron"}


def test_queries_see_the_union_and_bind_parameters_safely(store):
    # pyoxigraph substitutes projected variables only
    q = "SELECT ?who ?l WHERE { ?who <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    rows = list(store.query(q, substitutions={ox.Variable("who"): ox.NamedNode(str(PUTIN))}))
    assert [r["l"].value for r in rows] == ["Vladimir Putin"]
    # a hostile value stays a value: it is never pasted into the query text
    hostile = ox.Literal('x" } ; DROP ALL ; SELECT * { "')
    assert list(store.query(q, substitutions={ox.Variable("l"): hostile})) == []
    assert len(store) == 4


def test_malformed_query_is_a_query_error(store):
    with pytest.raises(QueryError, match="malformed SPARQL"):
        store.query("SELECT ?x WHERE { ?x ")


def test_opening_a_missing_store_read_only_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="run `kg build` first"):
        Store(tmp_path / "absent", read_only=True)


def test_ontology_and_inferred_graphs_are_kept_apart(store):
    store.set_ontology(person(URIRef("https://w3id.org/actor-kg/ontology#x"), "x"))
    store.set_inferred(person(PUTIN, "Putin"))
    assert store.documents() == ["one", "two"]
    assert str(ONTOLOGY_GRAPH) in store.graphs() and str(INFERRED_GRAPH) in store.graphs()
    without = store.dump("nq", exclude_inferred=True).decode()
    assert f"<{INFERRED_GRAPH}>" not in without
    assert f"<{INFERRED_GRAPH}>" in store.dump("nq").decode()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_dump_in_every_format_parses_back(store, fmt):
    data = store.dump(fmt)
    rdflib_format = {"nq": "nquads", "trig": "trig", "ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format=rdflib_format)
    triples = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    assert triples == set(person(PUTIN, "Vladimir Putin")) | set(person(MACRON, "Emmanuel Macron"))
    if fmt in ("nq", "trig", "jsonld"):
        assert {str(g.identifier) for g in ds.graphs() if len(g)} >= {str(graph_iri("one")), str(graph_iri("two"))}


def test_dump_is_sorted_and_stable(store):
    lines = store.dump("nq").decode().splitlines()
    assert lines == sorted(lines)
    assert store.dump("nq") == store.dump("nq")


def test_unknown_dump_format(store):
    with pytest.raises(StoreError, match="unknown format 'xml'"):
        store.dump("xml")


def test_seed_store_holds_every_seed_and_reads_concurrently(seed_store):
    first, second = Store(seed_store, read_only=True), Store(seed_store, read_only=True)
    assert set(SEED_IDS) <= set(first.documents())
    assert len(first) == len(second) > 1000
    ds = first.to_dataset()
    assert sum(1 for _ in ds.quads((None, None, None, None))) == len(first)
    union = first.union_graph(exclude=[str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)])
    assert set(union.subjects(RDF.type, KG.Meeting))
    buf = io.BytesIO(first.dump("nq"))
    assert buf.getvalue().count(b"\n") == len(first)
