"""The federated example query: documented, parsed, refused by the server unless allow-listed, and
joining local states with answers in the Wikidata Query Service's format from a local endpoint."""

from __future__ import annotations

import http.server
import json
import threading
import urllib.parse

import httpx
import pytest
from rdflib.plugins.sparql import prepareQuery

from kg import queries as Q
from kg.queries import NamedQuery
from kg.server.guard import ForbiddenError, check, services
from kg.store import Store

from server_fixtures import live, server_store  # noqa: F401

NAME = "wikidata-country-codes"
WDQS = "https://query.wikidata.org/sparql"
UKRAINE = "https://w3id.org/actor-kg/id/state/ukraine"

# what the Wikidata Query Service answers to the SERVICE block, cut down to three countries
ANSWER = {
    "head": {"vars": ["item", "iso_code", "capital_item", "capital_label", "population_count"]},
    "results": {"bindings": [
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q212"},
         "iso_code": {"type": "literal", "value": "UA"},
         "capital_item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1899"},
         "capital_label": {"type": "literal", "value": "Kyiv", "xml:lang": "en"},
         "population_count": {"type": "literal", "value": "41167336",
                              "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q159"},
         "iso_code": {"type": "literal", "value": "RU"},
         "capital_item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q649"},
         "capital_label": {"type": "literal", "value": "Moscow", "xml:lang": "en"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q664"},
         "iso_code": {"type": "literal", "value": "NZ"}},
    ]},
}


@pytest.fixture(scope="module")
def query() -> NamedQuery:
    return Q.get_query(NAME)


@pytest.fixture(scope="module")
def endpoint():
    """A SPARQL endpoint on 127.0.0.1 that gives ANSWER to any query and records what it was asked."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self, text: str) -> None:
            asked.append(text)
            body = json.dumps(ANSWER).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):  # noqa: N802
            self._answer(urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("query", [""])[0])

        def do_POST(self):  # noqa: N802
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            form = urllib.parse.parse_qs(raw).get("query")
            self._answer(form[0] if form else raw)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", asked
    server.shutdown()
    server.server_close()


def test_documented_and_parses(query):
    assert query.title and query.description.endswith(".")
    assert "--allow-service" in query.description and WDQS in query.description
    assert [p.name for p in query.params] == ["state"] and not query.params[0].required
    prepareQuery(query.sparql)  # a second, independent SPARQL 1.1 parser
    assert services(query.sparql) == [WDQS]


def test_guard_refuses_unless_allow_listed(query):
    with pytest.raises(ForbiddenError, match="allow-list"):
        check(query.sparql)
    with pytest.raises(ForbiddenError):
        check(query.sparql, ["https://query.wikidata.org/"])
    check(query.sparql, [WDQS])


def test_server_refuses_it_on_sparql_and_as_named_query(live, query):
    r = httpx.post(f"{live.url}/sparql", data={"query": query.sparql})
    assert r.status_code == 403 and WDQS in r.json()["detail"]
    r = httpx.get(f"{live.url}/queries/{NAME}")
    assert r.status_code == 403 and "allow-list" in r.json()["detail"]
    assert NAME in {q["name"] for q in httpx.get(f"{live.url}/queries").json()}


def _local(query: NamedQuery, url: str) -> NamedQuery:
    """The same query with its SERVICE pointed at the local endpoint."""
    sparql = query.sparql.replace(f"<{WDQS}>", f"<{url}>")
    assert sparql != query.sparql
    return NamedQuery(query.name, query.title, query.description, query.params, sparql, query.path)


def test_joins_local_states_with_the_remote_answer(seed_store, query, endpoint):
    url, asked = endpoint
    store = Store(seed_store, read_only=True)
    result = Q.run(store, _local(query, url), {})
    by_name = {row[0]: row for row in result.rows}
    assert result.columns == ["state_name", "qid", "iso_code", "capital", "population"]
    assert by_name["Ukraine"][1:] == ["Q212", "UA", "Kyiv", 41167336]
    assert by_name["Russia"][1:4] == ["Q159", "RU", "Moscow"]
    assert "NZ" not in {row[2] for row in result.rows}  # only states the graph has
    # the remote side is asked for the SERVICE block alone
    assert asked and all("P297" in text and "kg:" not in text for text in asked)


def test_state_parameter_narrows_the_local_side(seed_store, query, endpoint):
    url, _ = endpoint
    rows = Q.run(Store(seed_store, read_only=True), _local(query, url), {"state": UKRAINE}).rows
    assert [r[:3] for r in rows] == [["Ukraine", "Q212", "UA"]]
