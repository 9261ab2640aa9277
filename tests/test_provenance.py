"""Provenance of actors and places (kg:evidence on their type assertions) and the place hierarchy in RDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from rdflib import Literal

from kg import __version__
from kg.ids import actor_iri, evidence_iri, place_iri
from kg.models import Actor, Document, Evidence, Extraction, Place, Strike
from kg.namespaces import KG, PROV, RDF, RDFS, XSD
from kg.rdf import REGION_RULE, to_graph
from kg.validate import validate

TEXT = "Russian drones hit Kupiansk overnight. Russia said the strike on Kupiansk was a reply."
FIRST = TEXT.index(".") + 1


def _extraction(with_evidence: bool = True) -> Extraction:
    doc = Document(id="doc-1", text=TEXT, title="Drones hit Kupiansk", publisher="Example News",
                   published=dt.datetime(2025, 4, 11, 9, 0), url="https://example.org/kupiansk")
    sentence = Evidence("doc-1", 0, FIRST, TEXT[:FIRST], "strike.weapon")
    russia_ev = (Evidence("doc-1", 0, FIRST, TEXT[:FIRST], "mention.demonym"),) if with_evidence else ()
    town_ev = (Evidence("doc-1", 0, FIRST, TEXT[:FIRST], "mention.name"),) if with_evidence else ()
    russia = Actor("russia", "Russia", "State", qid="Q159", evidence=russia_ev)
    ukraine = Actor("ukraine", "Ukraine", "State", qid="Q212")
    town = Place("kupiansk", "Kupiansk", ("Kupyansk",), state="ukraine", region="kharkiv-oblast", evidence=town_ev)
    strike = Strike("State:russia", "kupiansk", (sentence,), weapon="drones")
    return Extraction(doc, (russia, ukraine), (town,), (strike,))


@pytest.fixture(scope="module")
def graph():
    return to_graph(_extraction())


def test_actor_type_assertion_carries_its_evidence(graph):
    russia = actor_iri("State", "russia")
    (ev,) = graph.objects(russia, KG.evidence)
    assert ev == evidence_iri("doc-1", 0, FIRST, "mention.demonym")
    assert (ev, RDF.type, KG.Evidence) in graph and (ev, RDF.type, PROV.Entity) in graph
    assert graph.value(ev, PROV.value) == Literal(TEXT[:FIRST])
    assert graph.value(ev, KG.startOffset) == Literal(0, datatype=XSD.integer)
    assert graph.value(ev, KG.endOffset) == Literal(FIRST, datatype=XSD.integer)
    assert graph.value(ev, KG.rule) == Literal("mention.demonym")
    assert graph.value(ev, KG.extractorVersion) == Literal(__version__)
    assert graph.value(ev, KG.document) == graph.value(russia, PROV.wasDerivedFrom)


def test_place_carries_its_evidence_and_an_actor_without_one_has_none(graph):
    (ev,) = graph.objects(place_iri("kupiansk"), KG.evidence)
    assert graph.value(ev, KG.rule) == Literal("mention.name")
    assert list(graph.objects(actor_iri("State", "ukraine"), KG.evidence)) == []


def test_place_links_to_its_region_whose_node_is_written(graph):
    town, region = place_iri("kupiansk"), place_iri("kharkiv-oblast")
    assert (town, KG.withinRegion, region) in graph
    # a region the text does not name is a region, not a place where something was reported
    assert (region, RDF.type, KG.Region) in graph
    assert (region, RDF.type, KG.Place) not in graph
    assert graph.value(region, RDFS.label) == Literal("Kharkiv region")
    assert (region, KG.withinState, actor_iri("State", "ukraine")) in graph
    # the region rests on the sentence naming the town, under a rule that says why it is there
    (ev,) = graph.objects(region, KG.evidence)
    assert graph.value(ev, KG.rule) == Literal(REGION_RULE)
    assert graph.value(ev, PROV.value) == Literal(TEXT[:FIRST])


def test_every_region_link_points_at_a_labelled_region(graph):
    for _, _, region in graph.triples((None, KG.withinRegion, None)):
        assert (region, RDF.type, KG.Region) in graph
        assert graph.value(region, RDFS.label) is not None


def test_region_without_gazetteer_entry_is_not_linked():
    x = _extraction()
    odd = Place("somewhere", "Somewhere", region="no-such-region")
    g = to_graph(Extraction(x.document, x.actors, (*x.places, odd), x.events))
    assert list(g.objects(place_iri("somewhere"), KG.withinRegion)) == []


def test_graph_with_actor_and_place_evidence_conforms_to_the_shapes():
    x = _extraction()
    named = replace(x.actors[1], evidence=x.actors[0].evidence)  # every actor named somewhere
    report = validate(to_graph(replace(x, actors=(x.actors[0], named))))
    assert report.conforms, report.summary()


def test_an_actor_without_evidence_is_refused(graph):
    report = validate(graph)  # Ukraine is written with no evidence in this fixture
    assert not report.conforms
    assert [p.message for p in report.problems] == ["needs evidence: a kg:Evidence node for the sentence that names it"]


def test_evidence_that_is_not_an_evidence_node_is_refused(graph):
    g = to_graph(_extraction())
    g.add((actor_iri("State", "russia"), KG.evidence, place_iri("kupiansk")))
    assert not validate(g).conforms


def test_graph_is_the_same_when_written_twice():
    a, b = to_graph(_extraction()), to_graph(_extraction())
    assert set(a) == set(b)


def test_without_evidence_no_evidence_nodes_besides_the_events():
    g = to_graph(_extraction(with_evidence=False))
    holders = set(g.subjects(KG.evidence, None))
    assert all((h, RDF.type, KG.Strike) in g for h in holders)
