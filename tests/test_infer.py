"""OWL-RL inference adds general classes about the data's resources, never the specific ones."""

from __future__ import annotations

from owlrl import DeductiveClosure, OWLRL_Semantics
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF

from kg.ids import actor_iri
from kg.infer import ASSERTED_ONLY, infer, load_ontology
from kg.namespaces import ID, KG, OWL, PROV, RDF, RDFS, WD
from sample_graph import KYIV, PUTIN, RUSSIA, both_graphs, graph_one

SCHEMA = "https://schema.org/"


def events(g: Graph) -> list[URIRef]:
    return sorted(s for cls in (KG.Meeting, KG.Pledge, KG.Strike, KG.Statement) for s in g.subjects(RDF.type, cls))


def test_general_classes_are_inferred():
    data = both_graphs()
    out = infer(data, load_ontology())
    assert (PUTIN, RDF.type, KG.Actor) in out
    assert (PUTIN, RDF.type, PROV.Agent) in out
    assert (PUTIN, RDF.type, FOAF.Person) in out
    assert (RUSSIA, RDF.type, KG.Actor) in out
    assert (KYIV, RDF.type, URIRef(SCHEMA + "Place")) in out
    for event in events(data):
        assert (event, RDF.type, KG.Event) in out
        assert (event, RDF.type, PROV.Entity) in out


def test_only_new_triples_about_the_data():
    data = both_graphs()
    ontology = load_ontology()
    out = infer(data, ontology)
    assert len(out) > 0
    for s, p, o in out:
        assert (s, p, o) not in data
        assert isinstance(s, URIRef) and str(s).startswith(str(ID)), (s, p, o)
        assert not (p == OWL.sameAs and s == o)
        assert not (p == RDF.type and str(o).startswith((str(OWL), str(RDFS), str(RDF)))), (s, p, o)


def test_specific_classes_are_never_inferred():
    out = infer(both_graphs(), load_ontology())
    assert {o for o in out.objects(None, RDF.type)} & ASSERTED_ONLY == set()


def test_the_ontology_itself_never_implies_a_specific_class():
    """The raw closure, before infer() filters anything: domains and ranges name only general classes.

    (Wikidata owl:sameAs links are left out, as infer() leaves them out of the reasoning.)
    """
    data = both_graphs()
    data.remove((None, OWL.sameAs, None))
    stranger = actor_iri("Person", "unknown-visitor")  # a participant nobody typed
    meeting = events(data)[0]
    data.add((meeting, KG.participant, stranger))
    work = Graph()
    for triple in data:
        work.add(triple)
    for triple in load_ontology():
        work.add(triple)
    DeductiveClosure(OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(work)
    for node in set(work.subjects()):
        added = set(work.objects(node, RDF.type)) - set(data.objects(node, RDF.type))
        assert not added & ASSERTED_ONLY, (node, added & ASSERTED_ONLY)
    assert (stranger, RDF.type, KG.Actor) in work


def test_untyped_participant_becomes_an_actor_only():
    data = graph_one()
    stranger = actor_iri("Person", "unknown-visitor")
    data.add((events(data)[0], KG.participant, stranger))
    types = set(infer(data, load_ontology()).objects(stranger, RDF.type))
    assert KG.Actor in types
    assert not types & ASSERTED_ONLY


def test_wikidata_links_do_not_carry_facts_onto_wikidata_iris():
    data = graph_one()
    assert (PUTIN, OWL.sameAs, WD["Q7747"]) in data
    out = infer(data, load_ontology())
    assert not any(str(n).startswith(str(WD)) for t in out for n in t)
    assert (PUTIN, RDFS.label, Literal("Vladimir Putin")) not in out


def test_same_as_the_filtered_raw_closure():
    """Leaving unused triples out of the reasoning (a speed-up) changes nothing in the result."""
    from kg.infer import _keep

    data = both_graphs()
    work = Graph()
    for triple in data:
        if triple[1] != OWL.sameAs:
            work.add(triple)
    ontology = load_ontology()
    for triple in ontology:
        work.add(triple)
    DeductiveClosure(OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(work)
    expected = {t for t in work if t not in data and t not in ontology and _keep(*t)}
    assert set(infer(data, ontology)) == expected


def test_deterministic():
    data = both_graphs()
    first = set(infer(data, load_ontology()))
    assert first == set(infer(both_graphs(), load_ontology()))
    assert first == set(infer(data))  # the shipped ontology is the default


def test_input_graphs_are_left_alone():
    data, ontology = graph_one(), load_ontology()
    sizes = (len(data), len(ontology))
    infer(data, ontology)
    assert (len(data), len(ontology)) == sizes


def test_seed_store_inferred_graph_adds_no_specific_class(seed_store):
    from kg.namespaces import INFERRED_GRAPH
    from kg.store import Store

    inferred = Store(seed_store, read_only=True).graph(str(INFERRED_GRAPH))
    assert len(inferred) > 0
    assert set(inferred.objects(None, RDF.type)) & ASSERTED_ONLY == set()
    assert all(str(s).startswith(str(ID)) for s in inferred.subjects())
