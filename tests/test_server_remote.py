"""RemoteStore against a real `oxigraph serve`, and our server in front of it."""

from __future__ import annotations

import httpx
import pyoxigraph as ox
import pytest
from rdflib.compare import isomorphic

from kg.errors import QueryError, StoreError
from kg.rdf import to_graph
from kg.remote import RemoteStore, endpoints
from kg.store import Store
from kg.stores import open_store
from server_fixtures import extra_extraction, live_server, oxigraph  # noqa: F401

TESTER = "https://w3id.org/actor-kg/id/person/zz-tester"


@pytest.fixture(scope="module")
def remote(oxigraph):
    store = open_store(oxigraph)
    assert isinstance(store, RemoteStore)
    store.replace_document("server-test", to_graph(extra_extraction()))
    yield store
    store.close()


def test_open_store_by_spec(tmp_path):
    assert isinstance(open_store(tmp_path / "s"), Store)
    assert endpoints("http://h:7878/query") == ("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")


def test_remote_matches_local(remote, tmp_path):
    local = Store(tmp_path / "local")
    local.replace_document("server-test", to_graph(extra_extraction()))
    assert "server-test" in remote.documents()
    assert isomorphic(remote.document_graph("server-test"), local.document_graph("server-test"))
    q = "SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l"
    subs = {ox.Variable("s"): ox.NamedNode(TESTER)}
    assert [r["l"] for r in remote.query(q, subs)] == [r["l"] for r in local.query(q, subs)]
    assert bool(remote.query("ASK { ?s ?p ?o }"))
    assert len(list(remote.query(f"CONSTRUCT {{ <{TESTER}> ?p ?o }} WHERE {{ <{TESTER}> ?p ?o }}"))) >= 4
    doc = "https://w3id.org/actor-kg/graph/doc/server-test"
    assert sorted(map(str, remote.quads(doc))) == sorted(map(str, local.quads(doc)))
    assert doc in remote.graphs() and len(remote.union_graph()) >= len(local.union_graph())


def test_replace_is_atomic_and_remove(remote):
    before = len(remote)
    remote.replace_document("server-test", to_graph(extra_extraction()))
    assert len(remote) == before  # replaced, not added
    with pytest.raises(QueryError):
        remote.update("DROP SILENT GRAPH <https://w3id.org/actor-kg/graph/doc/server-test> ; INSERT DATA { GRAPH <x:y> { <a:b> <a:c> } }")
    assert len(remote) == before  # the malformed request dropped nothing
    remote.replace_document("scratch", to_graph(extra_extraction()))
    assert remote.remove_document("scratch") is True
    assert remote.remove_document("scratch") is False
    assert "scratch" not in remote.documents()


def test_remote_errors_are_store_errors():
    dead = RemoteStore("http://127.0.0.1:9", timeout=2)
    with pytest.raises(StoreError):
        dead.documents()


def test_server_over_remote_store(remote, oxigraph):
    with live_server(store=oxigraph, max_results=3) as server:
        r = httpx.get(f"{server.url}/sparql", params={"query": f"SELECT ?o WHERE {{ <{TESTER}> ?p ?o }}"},
                      headers={"Accept": "text/csv"})
        assert r.status_code == 200 and r.headers["x-sparql-maxrows"] == "3"
        assert len(r.text.strip().splitlines()) == 4
        page = httpx.get(f"{server.url}/id/person/zz-tester", headers={"Accept": "text/html"})
        assert page.status_code == 200 and "<h1>Tessa Tester</h1>" in page.text
        bad = httpx.get(f"{server.url}/sparql", params={"query": "SELECT ?s WHERE { ?s ?p }"})
        assert bad.status_code == 400
