"""Entity pages, search, named queries over REST, the query page, and the guard's tokenizer."""

from __future__ import annotations

import httpx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.server.guard import ForbiddenError, check, services, substitute
from server_fixtures import XSS, live, server_store  # noqa: F401

TESTER = "https://w3id.org/actor-kg/id/person/zz-tester"
HOSTILE = "/id/organization/zz-hostile"


def test_entity_page_html(live):
    r = httpx.get(f"{live.url}/id/person/zz-tester", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "<h1>Tessa Tester</h1>" in html
    assert "https://www.wikidata.org/wiki/Q4115189" in html
    # the fact as a sentence, with links to neighbours, its evidence and its source
    assert '<a href="/id/person/zz-tester">Tessa Tester</a>' in html and ' met in <a href="/id/place/zz-town">Zedtown</a> on 2025-05-01' in html
    assert "<blockquote>Tessa Tester met the group in Zedtown.</blockquote>" in html
    assert '<a href="/id/document/server-test">Server test &lt;b&gt;document&lt;/b&gt;</a>, Test Wire, 2025-05-01' in html
    assert 'href="https://example.org/server-test"' in html
    # facts of others are not shown
    assert "shelled" not in html


def test_hostile_label_renders_as_text(live):
    r = httpx.get(f"{live.url}{HOSTILE}", headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert XSS not in r.text and "<script>alert(2)" not in r.text
    assert "<h1>&lt;img src=x onerror=alert(1)&gt;</h1>" in r.text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in r.text
    r = httpx.get(f"{live.url}/search", params={"q": "hostile"}, headers={"Accept": "text/html"})
    assert XSS not in r.text and "&lt;img src=x onerror=alert(1)&gt;" in r.text


@pytest.mark.parametrize("media,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"), ("application/n-triples", "nt")])
def test_entity_rdf_by_accept(live, media, fmt):
    r = httpx.get(f"{live.url}/id/person/zz-tester", headers={"Accept": media})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    g = Graph().parse(data=r.text, format=fmt)
    assert (URIRef(TESTER), RDFS.label, Literal("Tessa Tester")) in g
    # incoming links too: the meeting that names the tester
    assert any(str(s).startswith("https://w3id.org/actor-kg/id/meeting/") for s in g.subjects(None, URIRef(TESTER)))


def test_event_page(live):
    g = Graph().parse(data=httpx.get(f"{live.url}/id/person/zz-tester", headers={"Accept": "text/turtle"}).text, format="turtle")
    meeting = next(s for s in g.subjects(None, URIRef(TESTER)) if "/meeting/" in str(s))
    r = httpx.get(f"{live.url}/id/{str(meeting).split('/id/', 1)[1]}", headers={"Accept": "text/html"})
    assert r.status_code == 200 and "Tessa Tester met the group in Zedtown." in r.text


def test_unknown_entity_404(live):
    assert httpx.get(f"{live.url}/id/person/nobody-at-all").status_code == 404
    assert httpx.get(f"{live.url}/id/person/nobody-at-all", headers={"Accept": "text/turtle"}).status_code == 404


def test_seed_actor_page(live):
    r = httpx.get(f"{live.url}/search", params={"q": "zelensk"}, headers={"Accept": "application/json"})
    hits = r.json()["results"]
    assert hits, "the seeds mention Zelensky"
    page = httpx.get(f"{live.url}{hits[0]['url']}", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "<blockquote>" in page.text


def test_search_json_and_aliases(live):
    r = httpx.get(f"{live.url}/search", params={"q": "TESTER"}, headers={"Accept": "application/json"})
    hits = r.json()["results"]
    assert [h["iri"] for h in hits] == [TESTER]
    assert hits[0]["type"] == "Person" and hits[0]["url"] == "/id/person/zz-tester"
    r = httpx.get(f"{live.url}/search", params={"q": "Hostile Group"}, headers={"Accept": "application/json"})
    assert [h["label"] for h in r.json()["results"]] == [XSS]
    assert httpx.get(f"{live.url}/search", params={"q": "x" * 300}).status_code == 400


def test_named_queries_listed(live):
    listed = httpx.get(f"{live.url}/queries").json()
    names = {q["name"] for q in listed}
    assert "who-met-whom" in names
    q = next(q for q in listed if q["name"] == "who-met-whom")
    assert q["description"] and {p["name"] for p in q["params"]} >= {"actor"}


def test_named_query_runs_with_bound_params(live):
    r = httpx.get(f"{live.url}/queries/meetings-of", params={"actor": TESTER})
    assert r.status_code == 200, r.text
    body = r.json()
    rows = [dict(zip(body["columns"], row)) for row in body["rows"]]
    assert len(rows) == 1 and rows[0]["actor"] == TESTER
    assert XSS in body["rows"][0] and "Zedtown" in body["rows"][0]
    r = httpx.get(f"{live.url}/queries/meetings-of", params={"actor": TESTER}, headers={"Accept": "text/csv"})
    assert r.headers["content-type"].startswith("text/csv") and "Zedtown" in r.text


def test_named_query_bad_params(live):
    r = httpx.get(f"{live.url}/queries/who-met-whom", params={"since": "last tuesday"})
    assert r.status_code == 400 and "since" in r.json()["detail"]
    r = httpx.get(f"{live.url}/queries/who-met-whom", params={"colour": "red"})
    assert r.status_code == 400 and "colour" in r.json()["detail"]
    r = httpx.get(f"{live.url}/queries/who-met-whom", params={"actor": "> } ; DROP ALL"})
    assert r.status_code == 400 and "actor" in r.json()["detail"]
    assert httpx.get(f"{live.url}/queries/no-such-query").status_code == 404


def test_query_page_is_self_contained(live):
    r = httpx.get(f"{live.url}/")
    assert r.status_code == 200
    assert '<script src="/static/yasgui/yasgui.min.js">' in r.text
    assert "Who met whom" in r.text  # the named queries are the examples
    assert "cdn" not in r.text.lower() and "unpkg" not in r.text.lower()
    js = httpx.get(f"{live.url}/static/yasgui/yasgui.min.js")
    assert js.status_code == 200 and len(js.content) > 100_000


# --- the guard, without a server ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "LOAD <http://example.org/data.ttl>",
    "load silent <http://example.org/x> INTO GRAPH <http://g>",
    "INSERT DATA { <a:a> <a:b> 'x' } ; LOAD <http://example.org/x>",
    "PREFIX x: <http://evil/> SELECT * { SERVICE x:q { ?s ?p ?o } }",
    "SELECT * { ?s <http://a/b> ?o . FILTER(?o<?s) SERVICE <http://evil/> {} }",
    'SELECT * { ?s ?p """a "quoted" word""" } SERVICE <http://evil/> {}',
    "SELECT * { ?s ex:a\\#b ?o . SERVICE <http://evil/> {} }",
])
def test_guard_refuses(text):
    with pytest.raises(ForbiddenError):
        check(text, allowlist=("http://ok/sparql",))


@pytest.mark.parametrize("text", [
    "SELECT ?load WHERE { ?load a <http://x/Service> }",
    "SELECT * { ?s <http://x/#SERVICE> 'LOAD <http://evil/>' } # SERVICE <http://evil/>",
    "SELECT * { ?s load:x ?o ; service:y ?o2 }",
    "SELECT * { SERVICE <http://ok/sparql> { ?s ?p ?o } }",
])
def test_guard_allows(text):
    check(text, allowlist=("http://ok/sparql",))


def test_services_resolves_prefixes():
    assert services("PREFIX e: <http://e.org/> SELECT * { SERVICE e:q {} SERVICE ?v {} }") == ["http://e.org/q", None]


def test_substitute_keeps_projection():
    out = substitute("SELECT ?a ?b WHERE { ?a ?p '?a' . FILTER(?a != ?b) }", {"a": "<http://x>"})
    assert out == "SELECT (<http://x> AS ?a) ?b WHERE { <http://x> ?p '?a' . FILTER(<http://x> != ?b) }"


def test_explore_serves_the_offline_explorer(live):
    r = httpx.get(f"{live.url}/explore", params={"color_by": "community"}, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "Tessa Tester" in html and "vis-network" in html.lower()
    assert XSS not in html  # the hostile label is data, never markup
    assert not [u for u in __import__("re").findall(r'(?:src|href)="(https?://[^"]+)"', html)]
    assert httpx.get(f"{live.url}/explore", params={"size_by": "shoe-size"}).status_code == 400
