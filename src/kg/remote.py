"""A store behind any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, GraphDB, our own `kg serve`).

RemoteStore has the interface of kg.store.Store and speaks SPARQL 1.1 Query, Update and Graph
Store Protocol over HTTP. The endpoint should treat its default graph as the union of its named
graphs (`oxigraph serve --union-default-graph`, Fuseki's unionDefaultGraph), as the local store does.
"""

from __future__ import annotations

import io
from typing import Iterable
from urllib.parse import urlencode, urlsplit

import httpx
import pyoxigraph as ox
from rdflib import Dataset, Graph

from .errors import QueryError, StoreError
from .namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, graph_iri
from .store import DOC_PREFIX, FORMATS

__all__ = ["RemoteStore", "EndpointTimeout", "endpoints"]

ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
          "application/n-triples;q=0.9, text/turtle;q=0.8")
_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
_GRAPHS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/plain": ox.RdfFormat.N_TRIPLES,
           "text/turtle": ox.RdfFormat.TURTLE, "application/rdf+xml": ox.RdfFormat.RDF_XML}
Q_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
Q_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
Q_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
Q_HAS_GRAPH = "ASK { GRAPH ?g { ?s ?p ?o } }"


class EndpointTimeout(StoreError):
    """The endpoint did not answer within the time limit."""


def endpoints(url: str) -> tuple[str, str, str | None]:
    """(query, update, graph store) URLs for a spec.

    `http://host:7878` and `.../query` follow Oxigraph's layout (/query, /update, /store); a URL
    ending in /sparql takes queries and updates at that one address and has no graph store.

    >>> endpoints("http://localhost:7878")
    ('http://localhost:7878/query', 'http://localhost:7878/update', 'http://localhost:7878/store')
    >>> endpoints("http://localhost:8000/sparql")
    ('http://localhost:8000/sparql', 'http://localhost:8000/sparql', None)
    """
    path = urlsplit(url).path.rstrip("/")
    if path.endswith("/sparql"):
        return url, url, None
    base = url.rstrip("/")
    if path.endswith("/query"):
        base = base[: -len("/query")]
    return f"{base}/query", f"{base}/update", f"{base}/store"


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt")


class RemoteStore:
    """kg.store.Store's interface over HTTP; `token` is sent as a bearer token with updates."""

    def __init__(self, url: str, update_url: str | None = None, store_url: str | None = None,
                 timeout: float = 30.0, token: str | None = None):
        q, u, s = endpoints(url)
        self.url = url
        self.query_url = q
        self.update_url = update_url or u
        self.store_url = store_url if store_url is not None else s
        self.path = None  # no folder: callers that print a path print the URL
        headers = {"User-Agent": "actor-kg"}
        self._update_headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(timeout=timeout, headers=headers, follow_redirects=True)

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- HTTP ------------------------------------------------------------------------------------
    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            response = self._http.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            raise EndpointTimeout(f"{url}: no answer within {self._http.timeout.read} s") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({exc}); is it running?") from exc
        if response.status_code in (400, 422):
            raise QueryError(f"{url}: the endpoint refused the request: {response.text.strip()[:500]}")
        if response.status_code >= 300:
            raise StoreError(f"{url}: HTTP {response.status_code}: {response.text.strip()[:300]}")
        return response

    # --- writing ---------------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        self._send("POST", self.update_url, content=sparql.encode("utf-8"),
                   headers={"Content-Type": "application/sparql-update", **self._update_headers})

    def replace_graph(self, graph: str, content: Graph) -> None:
        """Replace one named graph in one Update request, which the endpoint applies atomically."""
        self.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{_nt(content)}\n}} }}")

    def replace_document(self, doc_id: str, content: Graph) -> None:
        self.replace_graph(str(graph_iri(doc_id)), content)

    def remove_document(self, doc_id: str) -> bool:
        g = str(graph_iri(doc_id))
        if not self._has_graph(g):
            return False
        self.update(f"DROP GRAPH <{g}>")
        return True

    def set_ontology(self, content: Graph) -> None:
        self.replace_graph(str(ONTOLOGY_GRAPH), content)

    def set_inferred(self, content: Graph) -> None:
        self.replace_graph(str(INFERRED_GRAPH), content)

    def flush(self) -> None:
        """Nothing to do: the endpoint commits each update."""

    # --- reading ---------------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: dict | None = None, union: bool = True,
              default_graphs: Iterable[str] | None = None, named_graphs: Iterable[str] | None = None):
        """Run a query; results are pyoxigraph objects as with the local store.

        `substitutions` are written into the query as escaped terms (the protocol has no binding
        parameter). `union` is the endpoint's setting and cannot be changed per query.
        """
        if substitutions:
            from .server.guard import substitute

            sparql = substitute(sparql, {(v.value if isinstance(v, ox.Variable) else str(v)): str(t)
                                         for v, t in substitutions.items()})
        data = [("query", sparql)]
        data += [("default-graph-uri", g) for g in default_graphs or ()]
        data += [("named-graph-uri", g) for g in named_graphs or ()]
        response = self._send("POST", self.query_url, content=urlencode(data).encode("ascii"),
                              headers={"Accept": ACCEPT, "Content-Type": "application/x-www-form-urlencoded"})
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media in _RESULTS:
            return ox.parse_query_results(response.content, format=_RESULTS[media])
        if media in _GRAPHS:
            return [q.triple for q in ox.parse(response.content, format=_GRAPHS[media])]
        raise StoreError(f"{self.query_url}: unexpected answer of type {media or 'unknown'}")

    def _has_graph(self, graph: str) -> bool:
        return bool(self.query(Q_HAS_GRAPH, {ox.Variable("g"): ox.NamedNode(graph)}))

    def graphs(self) -> list[str]:
        return sorted(row["g"].value for row in self.query(Q_GRAPHS) if isinstance(row["g"], ox.NamedNode))

    def documents(self) -> list[str]:
        return sorted(g[len(DOC_PREFIX):] for g in self.graphs() if g.startswith(DOC_PREFIX))

    def __len__(self) -> int:
        """Triples in the named graphs (where actor-kg keeps everything)."""
        return int(next(iter(self.query(Q_COUNT)))["n"].value)

    def quads(self, graph: str | None = None) -> Iterable[ox.Quad]:
        if graph is not None:
            g = ox.NamedNode(graph)
            return [ox.Quad(t.subject, t.predicate, t.object, g) for t in self._graph_triples(graph)]
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in self.query(Q_QUADS)]

    def _graph_triples(self, graph: str) -> list[ox.Triple]:
        """One graph's triples by the Graph Store Protocol, or by CONSTRUCT where there is none."""
        if self.store_url:
            try:
                response = self._http.get(self.store_url, params={"graph": graph}, headers={"Accept": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise StoreError(f"{self.store_url}: cannot reach the graph store ({exc})") from exc
            if response.status_code == 404:
                return []
            if response.status_code < 300:
                return [q.triple for q in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)]
        return list(self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ox.NamedNode(graph).value}> {{ ?s ?p ?o }} }}"))

    def graph(self, graph: str) -> Graph:
        buf = io.BytesIO()
        ox.serialize(self._graph_triples(graph), buf, ox.RdfFormat.N_TRIPLES)
        g = Graph()
        g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
        return g

    def document_graph(self, doc_id: str) -> Graph:
        return self.graph(str(graph_iri(doc_id)))

    def dump(self, fmt: str = "nq", exclude_inferred: bool = False) -> bytes:
        """Serialise the store as kg.store.Store.dump does."""
        if fmt not in FORMATS:
            raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        inferred = ox.NamedNode(str(INFERRED_GRAPH))
        quads = [q for q in self.quads() if not (exclude_inferred and q.graph_name == inferred)]
        if fmt == "jsonld":
            return self.to_dataset(quads).serialize(format="json-ld").encode("utf-8")
        out = io.BytesIO()
        if fmt in ("nq", "trig"):
            ox.serialize(sorted(quads, key=str), out, FORMATS[fmt])
        else:
            ox.serialize(sorted({q.triple for q in quads}, key=str), out, FORMATS[fmt])
        return out.getvalue()

    def to_dataset(self, quads: Iterable[ox.Quad] | None = None) -> Dataset:
        buf = io.BytesIO()
        ox.serialize(self.quads() if quads is None else quads, buf, ox.RdfFormat.N_QUADS)
        ds = Dataset()
        ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
        return ds

    def union_graph(self, exclude: Iterable[str] = ()) -> Graph:
        skip = {ox.NamedNode(x) for x in exclude}
        buf = io.BytesIO()
        ox.serialize({q.triple for q in self.quads() if q.graph_name not in skip}, buf, ox.RdfFormat.N_TRIPLES)
        g = Graph()
        g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
        return g
