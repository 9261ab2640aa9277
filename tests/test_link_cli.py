"""`kg link` on a real store: offline linking from the verified gazetteer, reported in plain words."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.namespaces import KG, RDF, RDFS
from kg.store import Store

FRANCE = URIRef("https://w3id.org/actor-kg/id/state/republic-of-france")


def test_link_adds_a_verified_qid_to_an_unlinked_actor(tmp_path):
    store_dir = tmp_path / "store"
    store = Store(store_dir)
    g = Graph()
    g.add((FRANCE, RDF.type, KG.State))
    g.add((FRANCE, RDFS.label, Literal("France")))
    store.replace_document("doc", g)
    del store

    result = CliRunner().invoke(app, ["link", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "1 linked" in result.output

    store = Store(store_dir, read_only=True)
    rows = list(store.query(
        "SELECT ?q ?c WHERE { ?s <http://www.w3.org/2002/07/owl#sameAs> ?q ; <%s> ?c }" % KG.linkConfidence
    ))
    assert [(r["q"].value, float(r["c"].value)) for r in rows] == [("http://www.wikidata.org/entity/Q142", 1.0)]


def test_link_has_help_with_an_example():
    result = CliRunner().invoke(app, ["link", "--help"])
    assert result.exit_code == 0 and "Example" in result.output
