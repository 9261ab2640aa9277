"""The ontology file describes every kg: term the code writes, and its axioms stay general."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.infer import ASSERTED_ONLY, load_ontology
from kg.namespaces import KG, OWL, RDF, RDFS
from kg.paths import ontology_path

TERMS = sorted(KG.__annotations__)


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def test_ontology_header(ontology):
    (onto,) = ontology.subjects(RDF.type, OWL.Ontology)
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert ontology.value(onto, RDFS.label) is not None
    assert ontology.value(onto, RDFS.comment) is not None
    assert ontology_path().name == "actor-kg.ttl"


@pytest.mark.parametrize("name", TERMS)
def test_every_term_is_declared_with_label_and_comment(ontology, name):
    term = KG[name]
    kinds = set(ontology.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"kg:{name} is not declared"
    assert ontology.value(term, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
    assert ontology.value(term, RDFS.comment) is not None, f"kg:{name} has no rdfs:comment"


def test_no_term_outside_the_namespace_module(ontology):
    ns = str(KG._NS)
    declared = {str(s)[len(ns):] for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(ns)}
    assert declared <= set(TERMS)


def test_domains_and_ranges_are_general_classes(ontology):
    for prop in (RDFS.domain, RDFS.range):
        assert set(ontology.objects(None, prop)) & ASSERTED_ONLY == set()


def test_actor_kinds_are_disjoint(ontology):
    members = []
    for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members.append(set(ontology.items(ontology.value(node, OWL.members))))
    assert {KG.Person, KG.State, KG.Organization} in members
