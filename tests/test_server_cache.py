"""The answer cache: a repeated query is answered from memory, but never after the store changed."""

from __future__ import annotations

import gc

import httpx
import pyoxigraph as ox
import pytest

from kg.server.cache import ResultCache, StoreFingerprint, cache_key, repeatable
from kg.server.settings import SettingsError, from_env
from kg.server.worker import Job, Outcome
from server_fixtures import live_server, make_store

TOKEN = "cache-token"
JSON = {"Accept": "application/sparql-results+json"}
LABELS = 'SELECT ?label WHERE { <https://w3id.org/actor-kg/id/person/zz-cached> <http://www.w3.org/2000/01/rdf-schema#label> ?label }'
GRAPH = "https://w3id.org/actor-kg/graph/doc/cache-test"


def labels(server) -> list[str]:
    r = httpx.get(f"{server.url}/sparql", params={"query": LABELS}, headers=JSON, timeout=60)
    assert r.status_code == 200, r.text
    return sorted(b["label"]["value"] for b in r.json()["results"]["bindings"])


def insert(label: str) -> str:
    return f'INSERT DATA {{ GRAPH <{GRAPH}> {{ <https://w3id.org/actor-kg/id/person/zz-cached> <http://www.w3.org/2000/01/rdf-schema#label> "{label}" }} }}'


def hits(server) -> int:
    return server.app.state.backend.cache.hits


@pytest.fixture(scope="module")
def writable(seed_store, tmp_path_factory):
    store = make_store(seed_store, tmp_path_factory.mktemp("cache-rw") / "store")
    with live_server(store=str(store), token=TOKEN, query_timeout_s=5.0, max_results=3) as server:
        yield server


def test_repeated_query_is_a_hit_with_the_same_answer(writable):
    query = "SELECT ?s WHERE { ?s a <https://w3id.org/actor-kg/ontology#State> } ORDER BY ?s"
    first = httpx.get(f"{writable.url}/sparql", params={"query": query}, headers=JSON)
    before = hits(writable)
    second = httpx.get(f"{writable.url}/sparql", params={"query": query}, headers=JSON)
    assert hits(writable) == before + 1
    assert second.content == first.content
    # the cap and its header hold for an answer from the cache too
    assert len(second.json()["results"]["bindings"]) == 3
    assert second.headers["x-sparql-maxrows"] == "3"
    # another media type is another answer, not the cached JSON
    csv = httpx.get(f"{writable.url}/sparql", params={"query": query}, headers={"Accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv") and csv.text.splitlines()[0] == "s"


def test_update_through_the_endpoint_clears_the_cache(writable):
    assert labels(writable) == []
    assert labels(writable) == []  # now cached
    r = httpx.post(f"{writable.url}/sparql", data={"update": insert("Cached Once")}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 204, r.text
    assert labels(writable) == ["Cached Once"]
    r = httpx.post(f"{writable.url}/sparql", content=f"DROP GRAPH <{GRAPH}>",
                   headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"})
    assert r.status_code == 204
    assert labels(writable) == []


def test_refused_update_leaves_answers_right(writable):
    assert labels(writable) == []
    r = httpx.post(f"{writable.url}/sparql", data={"update": insert("Never")}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    assert labels(writable) == []


def test_named_query_answer_is_renewed_after_an_update(writable):
    url = f"{writable.url}/queries/strikes-by-place"
    place = {"place": "https://w3id.org/actor-kg/id/place/zz-cache-town"}
    assert httpx.get(url, params=place).json()["rows"] == []
    update = f"""PREFIX kg: <https://w3id.org/actor-kg/ontology#>
    INSERT DATA {{ GRAPH <{GRAPH}> {{
      <https://w3id.org/actor-kg/id/strike/zz-cache> a kg:Strike ; kg:location <{place['place']}> ;
          kg:attacker <https://w3id.org/actor-kg/id/state/russia> .
      <{place['place']}> <http://www.w3.org/2000/01/rdf-schema#label> "Cachetown" }} }}"""
    assert httpx.post(f"{writable.url}/sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 204
    rows = httpx.get(url, params=place).json()["rows"]
    assert [r[0] for r in rows] == ["Cachetown"]
    assert httpx.post(f"{writable.url}/sparql", data={"update": f"DROP GRAPH <{GRAPH}>"},
                      headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 204
    assert httpx.get(url, params=place).json()["rows"] == []


def write_elsewhere(path, label: str) -> None:
    """Write to the store as another program would: the server's readers hold no lock on it."""
    from kg.store import Store

    writer = Store(path)
    writer._ox.update(insert(label))
    writer.flush()
    del writer
    gc.collect()


def test_store_written_by_another_program_is_seen(seed_store, tmp_path_factory):
    """A read-only server notices a write to its folder: no stale answer, and the readers reopen."""
    path = make_store(seed_store, tmp_path_factory.mktemp("cache-ro") / "store")
    with live_server(store=str(path), query_timeout_s=5.0) as server:
        assert labels(server) == []
        assert labels(server) == []  # cached
        write_elsewhere(path, "Written Elsewhere")
        assert labels(server) == ["Written Elsewhere"]


def test_volatile_queries_are_never_cached(writable):
    query = "SELECT (RAND() AS ?r) WHERE {}"
    values = {httpx.get(f"{writable.url}/sparql", params={"query": query}, headers=JSON).json()["results"]["bindings"][0]["r"]["value"]
              for _ in range(3)}
    assert len(values) == 3
    assert not repeatable("SELECT (NOW() AS ?t) {}") and not repeatable("SELECT * { SERVICE <http://x.org/s> { ?s ?p ?o } }")
    assert repeatable('SELECT * { ?s ?p "now() rand() SERVICE" }')  # words inside a literal do not count


def test_cache_can_be_turned_off(seed_store, tmp_path_factory):
    assert from_env({"KG_CACHE_BYTES": "0"}).cache_bytes == 0
    with pytest.raises(SettingsError):
        from_env({"KG_CACHE_BYTES": "-1"})
    path = make_store(seed_store, tmp_path_factory.mktemp("cache-off") / "store")
    with live_server(store=str(path), cache_bytes=0) as server:
        assert server.app.state.backend.cache is None
        assert labels(server) == [] and labels(server) == []
        write_elsewhere(path, "Seen Without Cache")  # the readers still reopen the store
        assert labels(server) == ["Seen Without Cache"]


def test_key_covers_what_shapes_the_answer():
    base = Job("query", "SELECT * { ?s ?p ?o }", ("text/csv",), max_results=10)
    variants = [
        Job("query", base.text, ("application/sparql-results+json",), max_results=10),
        Job("query", base.text, ("text/csv",), max_results=11),
        Job("query", base.text, ("text/csv",), default_graphs=("http://g/1",), max_results=10),
        Job("query", base.text, ("text/csv",), named_graphs=("http://g/1",), max_results=10),
        Job("query", base.text, ("text/csv",), substitutions={ox.Variable("s"): ox.NamedNode("http://x/a")}, max_results=10),
        Job("query", base.text, ("text/csv",), max_results=10, table="q"),
    ]
    keys = {cache_key(j) for j in [base, *variants]}
    assert len(keys) == len(variants) + 1
    assert cache_key(Job("update", "DROP ALL")) is None


def test_lru_keeps_within_its_bytes():
    cache = ResultCache(max_bytes=300, max_entry_bytes=150)
    for i in range(5):
        cache.put((f"q{i}",), Outcome(200, b"x" * 98))
    assert len(cache) == 3 and cache.get(("q0",)) is None and cache.get(("q4",)) is not None
    cache.put(("big",), Outcome(200, b"x" * 200))
    cache.put(("error",), Outcome(400, message="bad"))
    assert cache.get(("big",)) is None and cache.get(("error",)) is None


def test_fingerprint_moves_with_a_write(tmp_path):
    from kg.store import Store

    store = Store(tmp_path / "s")
    store.flush()
    fp = StoreFingerprint(str(tmp_path / "s"))
    before = fp.read()
    assert fp.read() == before
    store._ox.update('INSERT DATA { <http://x.org/a> <http://x.org/b> "c" }')
    assert fp.read() != before
    assert StoreFingerprint(str(tmp_path / "missing")).read() != StoreFingerprint(str(tmp_path / "missing")).read()
