"""The triple store: pyoxigraph on disk, one named graph per document, replaced atomically."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .errors import StoreError
from .namespaces import GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, graph_iri

__all__ = ["Store", "DEFAULT_STORE", "FORMATS"]

DEFAULT_STORE = Path("data/store")

#: export formats: name -> (pyoxigraph format, is a dataset format)
FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": None,  # via rdflib: pyoxigraph writes no JSON-LD
}
DOC_PREFIX = str(GRAPH["doc/"])


def _nt(graph: Graph) -> str:
    return graph.serialize(format="nt")


class Store:
    """An Oxigraph store; `path=None` keeps it in memory (tests, one-off runs)."""

    def __init__(self, path: str | Path | None = DEFAULT_STORE, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._ox = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here; run `kg build` first")
                self._ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    # --- writing ---------------------------------------------------------
    def replace_graph(self, graph: str, content: Graph) -> None:
        """Replace one named graph by `content` in a single transaction."""
        update = f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{_nt(content)}\n}} }}"
        try:
            self._ox.update(update)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"cannot write graph <{graph}>: {exc}") from exc

    def replace_document(self, doc_id: str, content: Graph) -> None:
        self.replace_graph(str(graph_iri(doc_id)), content)

    def remove_document(self, doc_id: str) -> bool:
        """Drop one document's graph; returns whether it was there."""
        g = ox.NamedNode(str(graph_iri(doc_id)))
        if not self._ox.contains_named_graph(g):
            return False
        self._ox.update(f"DROP GRAPH <{g.value}>")
        return True

    def set_ontology(self, content: Graph) -> None:
        self.replace_graph(str(ONTOLOGY_GRAPH), content)

    def set_inferred(self, content: Graph) -> None:
        self.replace_graph(str(INFERRED_GRAPH), content)

    def update(self, sparql: str) -> None:
        self._ox.update(sparql)

    def flush(self) -> None:
        self._ox.flush()

    # --- reading ---------------------------------------------------------
    def documents(self) -> list[str]:
        """Ids of the documents stored, sorted."""
        return sorted(
            g.value[len(DOC_PREFIX):]
            for g in self._ox.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(DOC_PREFIX)
        )

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._ox)

    def query(self, sparql: str, substitutions: dict | None = None, union: bool = True):
        """Run a SPARQL query over the union of all graphs; raises QueryError on bad syntax."""
        from .errors import QueryError

        try:
            return self._ox.query(sparql, use_default_graph_as_union=union, substitutions=substitutions)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def quads(self, graph: str | None = None) -> Iterable[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        return self._ox.quads_for_pattern(None, None, None, g)

    def dump(self, fmt: str = "nq", exclude_inferred: bool = False) -> bytes:
        """Serialise the store: dataset formats keep graphs; triple formats write the union."""
        if fmt not in FORMATS:
            raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        quads = [q for q in self._ox if not (exclude_inferred and q.graph_name == ox.NamedNode(str(INFERRED_GRAPH)))]
        if fmt == "jsonld":
            ds = self.to_dataset(quads)
            return ds.serialize(format="json-ld").encode("utf-8")
        out = io.BytesIO()
        if fmt in ("nq", "trig"):
            ox.serialize(sorted(quads, key=str), out, FORMATS[fmt])
        else:
            triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
            ox.serialize(triples, out, FORMATS[fmt])
        return out.getvalue()

    def to_dataset(self, quads: Iterable[ox.Quad] | None = None) -> Dataset:
        """The store as an rdflib Dataset (for pyshacl, owlrl and rdflib users)."""
        buf = io.BytesIO()
        ox.serialize(self._ox if quads is None else quads, buf, ox.RdfFormat.N_QUADS)
        ds = Dataset()
        ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
        return ds

    def document_graph(self, doc_id: str) -> Graph:
        return self.graph(str(graph_iri(doc_id)))

    def graph(self, graph: str) -> Graph:
        buf = io.BytesIO()
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in self.quads(graph)]
        ox.serialize(triples, buf, ox.RdfFormat.N_TRIPLES)
        g = Graph()
        g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
        return g

    def union_graph(self, exclude: Iterable[str] = ()) -> Graph:
        """All triples of all graphs but `exclude`, merged."""
        skip = {ox.NamedNode(x) for x in exclude}
        buf = io.BytesIO()
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self._ox if q.graph_name not in skip}
        ox.serialize(triples, buf, ox.RdfFormat.N_TRIPLES)
        g = Graph()
        g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
        return g
