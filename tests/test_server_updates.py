"""Updates: only on a server started with a token, only with that bearer token; documents through the pipeline."""

from __future__ import annotations

import httpx
import pytest

from server_fixtures import live_server, make_store

TOKEN = "s3cret-token"
INSERT = 'INSERT DATA { GRAPH <https://w3id.org/actor-kg/graph/doc/manual> { <https://w3id.org/actor-kg/id/person/zz-new> <http://www.w3.org/2000/01/rdf-schema#label> "Newly Added" } }'
ASK_NEW = 'ASK { <https://w3id.org/actor-kg/id/person/zz-new> ?p "Newly Added" }'


@pytest.fixture(scope="module")
def writable(seed_store, tmp_path_factory):
    store = make_store(seed_store, tmp_path_factory.mktemp("writable") / "store")
    with live_server(store=str(store), token=TOKEN, query_timeout_s=5.0) as server:
        yield server


def ask(server, query) -> bool:
    return httpx.get(f"{server.url}/sparql", params={"query": query}, headers={"Accept": "application/json"}).json()["boolean"]


def test_update_needs_the_token(writable):
    r = httpx.post(f"{writable.url}/sparql", data={"update": INSERT})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    r = httpx.post(f"{writable.url}/sparql", data={"update": INSERT}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = httpx.post(f"{writable.url}/sparql", data={"update": INSERT}, headers={"Authorization": f"Basic {TOKEN}"})
    assert r.status_code == 401
    assert not ask(writable, ASK_NEW)


def test_update_with_token_is_seen_by_queries(writable):
    r = httpx.post(f"{writable.url}/sparql", data={"update": INSERT}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text
    assert ask(writable, ASK_NEW)
    r = httpx.post(f"{writable.url}/sparql", content="DROP GRAPH <https://w3id.org/actor-kg/graph/doc/manual>",
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"})
    assert r.status_code == 204
    assert not ask(writable, ASK_NEW)


def test_service_description_announces_updates(writable):
    assert "SPARQL11Update" in httpx.get(f"{writable.url}/sparql").text


def test_load_and_service_refused_even_with_token(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = httpx.post(f"{writable.url}/sparql", data={"update": "LOAD <http://127.0.0.1:9/data.ttl>"}, headers=auth)
    assert r.status_code == 403 and "LOAD" in r.json()["detail"]
    update = "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    assert httpx.post(f"{writable.url}/sparql", data={"update": update}, headers=auth).status_code == 403


def test_malformed_update_is_400_and_changes_nothing(writable):
    before = httpx.get(f"{writable.url}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                       headers={"Accept": "application/json"}).json()
    r = httpx.post(f"{writable.url}/sparql", data={"update": "INSERT DATA { <a:b> <a:c> }"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400 and "malformed" in r.json()["detail"]
    after = httpx.get(f"{writable.url}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
                      headers={"Accept": "application/json"}).json()
    assert before == after


def test_post_document_runs_the_pipeline(writable):
    text = (
        "---\ntitle: Talks in Zedtown\npublisher: Test Wire\npublished: 2025-06-02\n---\n"
        "Ukrainian President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw on Monday.\n"
    )
    r = httpx.post(f"{writable.url}/documents", params={"name": "talks-upload.txt"}, content=text.encode(),
                   headers={"Content-Type": "text/plain"})
    assert r.status_code == 403 or r.status_code == 401
    r = httpx.post(f"{writable.url}/documents", params={"name": "talks-upload.txt"}, content=text.encode(),
                   headers={"Content-Type": "text/plain", "Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert r.status_code == 201, r.text
    assert r.json()["documents"] == 1
    graphs = httpx.get(f"{writable.url}/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"},
                       headers={"Accept": "application/json"})
    names = {b["g"]["value"] for b in graphs.json()["results"]["bindings"]}
    assert any(g.endswith("talks-upload") for g in names), names
    r = httpx.post(f"{writable.url}/documents", content=b"   ", headers={"Content-Type": "text/plain", "Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 400
