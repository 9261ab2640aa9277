"""The SPARQL 1.1 Protocol endpoint with real clients, content negotiation and every limit."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
from rdflib import Graph, URIRef
from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from server_fixtures import XSS, live, live_server, oxigraph, server_store  # noqa: F401

PREFIX = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kg: <https://w3id.org/actor-kg/ontology#>\n"
LABELS = PREFIX + "SELECT ?s ?label WHERE { ?s a kg:Person ; rdfs:label ?label } ORDER BY ?label"
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TESTER = "https://w3id.org/actor-kg/id/person/zz-tester"


def wrapper(live, fmt):
    sw = SPARQLWrapper(f"{live.url}/sparql")
    sw.setReturnFormat(fmt)
    return sw


def test_sparqlwrapper_json_xml_csv_agree(live):
    sw = wrapper(live, JSON)
    sw.setQuery(LABELS)
    rows = sw.queryAndConvert()["results"]["bindings"]
    labels = [r["label"]["value"] for r in rows]
    assert "Tessa Tester" in labels and len(labels) > 5

    sw = wrapper(live, XML)
    sw.setQuery(LABELS)
    doc = sw.queryAndConvert()  # an xml.dom document
    xml_labels = [b.getElementsByTagName("literal")[0].firstChild.data
                  for b in doc.getElementsByTagName("binding") if b.getAttribute("name") == "label"]
    assert xml_labels == labels

    sw = wrapper(live, CSV)
    sw.setQuery(LABELS)
    table = list(csv.reader(io.StringIO(sw.queryAndConvert().decode("utf-8"))))
    assert table[0] == ["s", "label"]
    assert [r[1] for r in table[1:]] == labels


def test_sparqlwrapper_post_and_ask(live):
    sw = wrapper(live, JSON)
    sw.setMethod("POST")
    sw.setQuery(f"ASK {{ <{TESTER}> ?p ?o }}")
    assert sw.queryAndConvert()["boolean"] is True


def test_sparqlwrapper_sees_bad_query_as_bad_request(live):
    sw = wrapper(live, JSON)
    sw.setQuery("SELECT ?s WHERE { ?s ?p }")
    with pytest.raises(QueryBadFormed):
        sw.query()


def test_rdflib_sparqlstore(live):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(f"{live.url}/sparql"))
    rows = list(g.query(PREFIX + f"SELECT ?label WHERE {{ <{TESTER}> rdfs:label ?label }}"))
    assert [str(r[0]) for r in rows] == ["Tessa Tester"]
    constructed = g.query(f"CONSTRUCT {{ <{TESTER}> ?p ?o }} WHERE {{ <{TESTER}> ?p ?o }}").graph
    assert (URIRef(TESTER), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in constructed


@pytest.mark.parametrize("media", ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"])
def test_select_conneg(live, media):
    r = httpx.get(f"{live.url}/sparql", params={"query": LABELS}, headers={"Accept": media})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(media)
    assert "Tessa Tester" in r.text
    assert "Accept" in r.headers["vary"]


@pytest.mark.parametrize("media", ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"])
def test_construct_conneg_parses_back(live, media):
    query = f"CONSTRUCT {{ <{TESTER}> ?p ?o }} WHERE {{ <{TESTER}> ?p ?o }}"
    r = httpx.post(f"{live.url}/sparql", content=query, headers={"Content-Type": "application/sparql-query", "Accept": media})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    g = Graph().parse(data=r.text, format={"text/turtle": "turtle", "application/n-triples": "nt",
                                           "application/ld+json": "json-ld", "application/rdf+xml": "xml"}[media])
    assert (URIRef(TESTER), None, None) in g and len(g) >= 4


def test_post_form_with_q_values(live):
    r = httpx.post(f"{live.url}/sparql", data={"query": LABELS},
                   headers={"Accept": "text/csv;q=0.5, application/sparql-results+xml;q=0.9"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    ET.fromstring(r.content)


def test_service_description(live):
    r = httpx.get(f"{live.url}/sparql")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (None, URIRef(sd + "endpoint"), URIRef(f"{live.url}/sparql")) in g
    langs = set(g.objects(None, URIRef(sd + "supportedLanguage")))
    assert URIRef(sd + "SPARQL11Query") in langs and URIRef(sd + "SPARQL11Update") not in langs


def test_malformed_query_gets_parser_message(live):
    r = httpx.get(f"{live.url}/sparql", params={"query": "SELECT ?s WHERE { ?s ?p }"})
    assert r.status_code == 400
    assert "error at 1:" in r.json()["detail"]


def test_named_and_default_graph_uris(live):
    doc_graph = "https://w3id.org/actor-kg/graph/doc/server-test"
    q = PREFIX + "SELECT ?label WHERE { ?s a kg:Person ; rdfs:label ?label }"
    r = httpx.get(f"{live.url}/sparql", params={"query": q, "default-graph-uri": doc_graph}, headers={"Accept": "application/json"})
    assert [b["label"]["value"] for b in r.json()["results"]["bindings"]] == ["Tessa Tester"]
    q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = httpx.get(f"{live.url}/sparql", params={"query": q, "named-graph-uri": doc_graph}, headers={"Accept": "application/json"})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [doc_graph]
    r = httpx.get(f"{live.url}/sparql", params={"query": q, "named-graph-uri": "https://example.org/no-such-graph"})
    assert r.status_code == 404 and "no-such-graph" in r.json()["detail"]


def test_max_results_caps_and_says_so(live):
    r = httpx.get(f"{live.url}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    assert r.status_code == 200
    assert len(r.json()["results"]["bindings"]) == 500
    assert r.headers["x-sparql-maxrows"] == "500"
    r = httpx.get(f"{live.url}/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "application/n-triples"})
    assert len([l for l in r.text.splitlines() if l.strip()]) == 500 and r.headers["x-sparql-maxrows"] == "500"
    r = httpx.get(f"{live.url}/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"})
    assert "x-sparql-maxrows" not in r.headers


def test_long_query_refused(live):
    q = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 6000
    assert httpx.post(f"{live.url}/sparql", data={"query": q}).status_code == 413
    assert httpx.get(f"{live.url}/sparql", params={"query": q}).status_code == 413


def test_large_body_refused(live):
    body = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000
    r = httpx.post(f"{live.url}/sparql", content=body, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: the limit holds while the body streams in
        for _ in range(30):
            yield b"#" + b"x" * 9999

    r = httpx.post(f"{live.url}/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413


def test_timeout_stops_runaway_query_and_others_still_answer(live):
    outcome = {}

    def runaway():
        started = time.monotonic()
        r = httpx.post(f"{live.url}/sparql", data={"query": CROSS}, timeout=60)
        outcome["status"], outcome["seconds"], outcome["detail"] = r.status_code, time.monotonic() - started, r.json()["detail"]

    t = threading.Thread(target=runaway)
    t.start()
    time.sleep(0.3)
    r = httpx.get(f"{live.url}/sparql", params={"query": f"ASK {{ <{TESTER}> ?p ?o }}"}, headers={"Accept": "application/json"}, timeout=60)
    assert r.status_code == 200 and r.json()["boolean"] is True
    t.join(60)
    assert outcome["status"] == 503 and "time limit" in outcome["detail"]
    assert outcome["seconds"] < live.settings.query_timeout_s + 3
    # the killed worker was replaced: the server still answers
    r = httpx.get(f"{live.url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/json"})
    assert r.json()["boolean"] is True


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "PREFIX e: <http://127.0.0.1:9/> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://127.0.0.1:9/sparql> AS ?x) SERVICE ?x { ?s ?p ?o } }",
    "select * where { ?s <http://x/a\\#b> ?o } # harmless\nSELECT * { service <http://127.0.0.1:9/> {} }",
])
def test_service_refused(live, query):
    r = httpx.post(f"{live.url}/sparql", data={"query": query})
    assert r.status_code == 403 and "SERVICE" in r.json()["detail"]


def test_service_words_inside_strings_and_comments_are_fine(live):
    q = 'SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:9/> LOAD" AS ?x) } # SERVICE <http://127.0.0.1:9/>'
    r = httpx.post(f"{live.url}/sparql", data={"query": q}, headers={"Accept": "application/json"})
    assert r.status_code == 200


def test_allowlisted_service_is_federated(server_store, oxigraph):
    httpx.post(f"{oxigraph}/update", content='INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/far> <http://example.org/p> "far away" } }',
               headers={"Content-Type": "application/sparql-update"}).raise_for_status()
    q = f"SELECT ?o WHERE {{ SERVICE <{oxigraph}/query> {{ <http://example.org/far> ?p ?o }} }}"
    with live_server(store=str(server_store), service_allowlist=(f"{oxigraph}/query",)) as server:
        r = httpx.post(f"{server.url}/sparql", data={"query": q}, headers={"Accept": "application/json"})
        assert r.status_code == 200, r.text
        assert [b["o"]["value"] for b in r.json()["results"]["bindings"]] == ["far away"]
        other = q.replace("/query>", "/other>")
        assert httpx.post(f"{server.url}/sparql", data={"query": other}).status_code == 403


def test_updates_refused_on_read_only_server(live):
    r = httpx.post(f"{live.url}/sparql", data={"update": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    r = httpx.post(f"{live.url}/sparql", content="CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 403
    assert httpx.post(f"{live.url}/documents", content="text").status_code == 403


def test_cors(live):
    r = httpx.get(f"{live.url}/sparql", params={"query": "ASK {}"}, headers={"Origin": "http://example.org"})
    assert r.headers["access-control-allow-origin"] == "http://example.org"
    r = httpx.options(f"{live.url}/sparql", headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST",
                                                     "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "http://example.org"
    r = httpx.get(f"{live.url}/sparql", params={"query": "ASK {}"}, headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_unsupported_content_type(live):
    r = httpx.post(f"{live.url}/sparql", content="{}", headers={"Content-Type": "application/json"})
    assert r.status_code == 415


def test_answer_larger_than_a_socket_buffer(live):
    """A worker's answer arrives in many reads; the event loop reads it all, whatever the loop."""
    query = "SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?s ?p ?o FILTER(isIRI(?o) || isLiteral(?o)) }"
    r = httpx.get(f"{live.url}/sparql", params={"query": query}, headers={"Accept": "text/csv"}, timeout=60)
    assert r.status_code == 200, r.text
    assert len(r.content) > 300_000  # more than a socket pair buffers (about 200 kB on Linux)
