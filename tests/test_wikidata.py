"""The Wikidata reconciler and the linker against a real local HTTP server replaying recorded answers."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from rdflib import Literal, URIRef

from kg.gazetteer import load_gazetteer
from kg.ids import actor_iri, place_iri, slugify
from kg.link import LINK_CONFIDENCE, LINKS_GRAPH, link_store
from kg.namespaces import KG, OWL, RDF, RDFS, WD
from kg.rdf import new_graph
from kg.store import Store
from kg.wikidata import USER_AGENT, Entity, Reconciler, WikidataClient

RECORDED = Path(__file__).parent / "data" / "wikidata"


class _Replay(BaseHTTPRequestHandler):
    """Answers /w/api.php from tests/data/wikidata; `server.status` forces an HTTP error."""

    def do_GET(self):  # noqa: N802 (http.server's name)
        server = self.server
        url = urlparse(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        server.hits.append(params)
        server.agents.append(self.headers.get("User-Agent", ""))
        if server.status != 200:
            self._send(server.status, {"error": {"code": "internal", "info": "test failure"}})
            return
        if url.path != "/w/api.php" or params.get("format") != "json":
            self._send(400, {"error": {"code": "badrequest"}})
            return
        if params.get("action") == "wbsearchentities":
            path = RECORDED / f"search-{slugify(params['search'])}.json"
            empty = {"searchinfo": {"search": params["search"]}, "search": [], "success": 1}
        elif params.get("action") == "wbgetentities":
            ids = params["ids"].split("|")
            path = RECORDED / f"entities-{'_'.join(ids)}.json"
            empty = {"entities": {q: {"id": q, "missing": ""} for q in ids}, "success": 1}
        else:
            self._send(200, {"error": {"code": "unknown_action"}})
            return
        self._send(200, json.loads(path.read_text(encoding="utf-8")) if path.exists() else empty)

    def _send(self, status, data):
        body = json.dumps(data).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def api():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Replay)
    server.hits, server.agents, server.status = [], [], 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    yield server
    server.shutdown()
    server.server_close()


def _client(api, tmp_path, **kw):
    return WikidataClient(api.url, cache_dir=tmp_path / "cache", min_interval=0, **kw)


def test_accepts_a_person_of_the_right_type(api, tmp_path):
    with _client(api, tmp_path) as client:
        result = Reconciler(client).reconcile("Marco Rubio", "Person")
    assert result.status == "linked" and result.qid == "Q324546" and result.confidence == 1.0
    assert [h["action"] for h in api.hits] == ["wbsearchentities", "wbgetentities"]
    assert api.hits[1]["ids"] == "Q324546" and "claims" in api.hits[1]["props"]
    assert api.agents[0] == USER_AGENT and "actor-kg" in USER_AGENT


def test_rejects_a_candidate_of_the_wrong_type(api, tmp_path):
    with _client(api, tmp_path) as client:
        as_person = Reconciler(client).reconcile("Paris", "Person")
        as_place = Reconciler(client).reconcile("Paris", "Place")
    assert as_person.status == "unlinked" and as_person.qid == ""
    assert "no candidate of type Person" in as_person.reason
    assert as_place.status == "linked" and as_place.qid == "Q90"


def test_unknown_name_is_unlinked(api, tmp_path):
    with _client(api, tmp_path) as client:
        result = Reconciler(client).reconcile("Nobody Known", "Person")
    assert result.status == "unlinked" and len(api.hits) == 1  # no wbgetentities without candidates


def test_second_run_is_served_from_the_cache(api, tmp_path):
    with _client(api, tmp_path) as client:
        first = Reconciler(client).reconcile("Geneva", "Place")
    requests = len(api.hits)
    assert requests == 2 and list((tmp_path / "cache").glob("*.json"))
    with _client(api, tmp_path) as client:
        second = Reconciler(client).reconcile("Geneva", "Place")
        assert client.requests_made == 0
    assert second == first and len(api.hits) == requests


def test_http_500_degrades_to_unlinked_and_is_not_cached(api, tmp_path):
    api.status = 500
    with _client(api, tmp_path) as client:
        result = Reconciler(client).reconcile("Marco Rubio", "Person")
    assert result.status == "error" and "HTTP 500" in result.reason and result.qid == ""
    assert not list((tmp_path / "cache").glob("*.json"))
    api.status = 200
    with _client(api, tmp_path) as client:
        assert Reconciler(client).reconcile("Marco Rubio", "Person").status == "linked"


def test_server_down_degrades_to_unlinked(tmp_path):
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = WikidataClient(f"http://127.0.0.1:{port}/w/api.php", cache_dir=tmp_path, min_interval=0, timeout=2)
    with client:
        result = Reconciler(client).reconcile("Marco Rubio", "Person")
    assert result.status == "error" and "request failed" in result.reason


def test_scoring_prefers_label_then_alias_and_penalises_ties():
    entity = Entity("Q324546", "Marco Rubio", aliases=("Marco Antonio Rubio",), instance_of=("Q5",))
    assert Reconciler.name_score("marco rubio", entity) == 1.0
    assert Reconciler.name_score("Marco Antonio Rubio", entity) == 0.9
    assert 0 < Reconciler.name_score("Rubio", entity) < 0.5


def _graph_with(*nodes):
    g = new_graph()
    for iri, kind, label in nodes:
        g.add((iri, RDF.type, KG[kind]))
        g.add((iri, RDFS.label, Literal(label)))
    return g


def test_link_store_online(api, tmp_path):
    store = Store(None)
    rubio, geneva = actor_iri("Person", "marco-rubio"), place_iri("geneva")
    paris_org, nobody = actor_iri("Organization", "paris"), actor_iri("Person", "nobody-known")
    linked_before = actor_iri("Person", "someone")
    g = _graph_with((rubio, "Person", "Marco Rubio"), (geneva, "Place", "Geneva"),
                    (paris_org, "Organization", "Paris"), (nobody, "Person", "Nobody Known"),
                    (linked_before, "Person", "Someone"))
    g.add((linked_before, OWL.sameAs, WD["Q5"]))
    store.replace_document("doc1", g)
    empty = load_gazetteer(base_dir=None)
    report = link_store(store, online=True, base_url=api.url, cache_dir=tmp_path / "cache", gazetteer=empty,
                        min_interval=0)
    assert report.candidates == 4 and report.errors == ()
    assert {(l.label, l.qid, l.method) for l in report.links} == {
        ("Marco Rubio", "Q324546", "wikidata"), ("Geneva", "Q71", "wikidata")}
    assert sorted(report.unlinked) == ["Nobody Known", "Paris"]
    links = store.graph(str(LINKS_GRAPH))
    assert (URIRef(rubio), OWL.sameAs, WD["Q324546"]) in links
    assert float(links.value(URIRef(geneva), LINK_CONFIDENCE)) == 1.0
    assert links.value(URIRef(linked_before), OWL.sameAs) is None
    # a second run rebuilds the same links graph from the cache, without requests
    hits = len(api.hits)
    again = link_store(store, online=True, base_url=api.url, cache_dir=tmp_path / "cache", gazetteer=empty,
                       min_interval=0)
    assert len(api.hits) == hits and again.links == report.links


def test_link_store_online_failure_leaves_names_unlinked(api, tmp_path):
    api.status = 500
    store = Store(None)
    store.replace_document("doc1", _graph_with((actor_iri("Person", "marco-rubio"), "Person", "Marco Rubio")))
    report = link_store(store, online=True, base_url=api.url, cache_dir=tmp_path, gazetteer=load_gazetteer(base_dir=None),
                        min_interval=0)
    assert report.links == () and report.unlinked == ("Marco Rubio",) and len(report.errors) == 1
    assert len(store.graph(str(LINKS_GRAPH))) == 0


def test_link_store_offline_uses_verified_gazetteer_qids():
    store = Store(None)
    hegseth, unknown = actor_iri("Person", "pete-hegseth"), actor_iri("Person", "ivan-nobody")
    berlin = place_iri("berlin")
    store.replace_document("doc1", _graph_with((hegseth, "Person", "Pete Hegseth"), (unknown, "Person", "Ivan Nobody"),
                                               (berlin, "Place", "Berlin")))
    report = link_store(store)  # offline: no server, no cache
    assert {(l.label, l.qid, l.confidence) for l in report.links} == {("Pete Hegseth", "Q7172014", 1.0),
                                                                    ("Berlin", "Q64", 1.0)}
    assert report.unlinked == ("Ivan Nobody",)
    rows = list(store.query(
        "PREFIX owl: <http://www.w3.org/2002/07/owl#> SELECT ?q WHERE { GRAPH ?g { ?s owl:sameAs ?q } }"))
    assert sorted(r["q"].value for r in rows) == [str(WD["Q64"]), str(WD["Q7172014"])]
