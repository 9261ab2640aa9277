"""The one orchestrator: documents → extraction → RDF → SHACL → store, then ontology and inference.

Each document is loaded, extracted, turned into RDF and validated on its own; only a graph that
conforms replaces that document's named graph (in one transaction), so a bad document is reported
and leaves the store as it was while the others proceed. Extraction runs in a pool of worker
processes (the "spawn" start method: each worker loads the spaCy pipeline once and keeps it).
"""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph
from rdflib.compare import isomorphic

from .config import default_jobs
from .coreference import fold_undated_meetings
from .errors import KgError, StoreError
from .load import document_files, load_path
from .models import Document
from .restatements import fold_restatements
from .namespaces import INFERRED_GRAPH, KG, ONTOLOGY_GRAPH, RDF
from .rdf import to_graph
from .store import DOC_PREFIX, Store

__all__ = [
    "BuildSummary",
    "StoreStats",
    "build_paths",
    "remove_document",
    "refresh_inferred",
    "store_stats",
    "Progress",
    "ACTOR_CLASSES",
    "EVENT_CLASSES",
]

ACTOR_CLASSES = ("Person", "State", "Organization")
EVENT_CLASSES = ("Meeting", "Pledge", "Strike", "Statement")

#: progress(done, total, source): called once per document handled, failed or not
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildSummary:
    """What one build did: documents stored, distinct actors and events in them, the store's size."""

    documents: int
    actors: int
    events: Mapping[str, int]
    triples: int
    seconds: float
    failures: tuple[tuple[str, str], ...] = ()
    inferred: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True)
class StoreStats:
    """What a store holds: its documents, triples per named graph, actors by type, events by kind."""

    documents: tuple[str, ...]
    graphs: Mapping[str, int]
    actors: Mapping[str, int]
    events: Mapping[str, int]

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


@dataclass(frozen=True)
class _Done:
    """A document's conforming graph (as N-Triples, cheap to send between processes)."""

    doc_id: str
    source: str
    ntriples: str
    actors: frozenset[str] = field(default_factory=frozenset)
    events: tuple[tuple[str, str], ...] = ()  # (kind, IRI)


@dataclass(frozen=True)
class _Failed:
    source: str
    message: str


# --- the per-document work (runs in a worker process) ------------------------------------------


def process_document(doc: Document) -> _Done | _Failed:
    """Extract, write RDF and validate one document; never raises for a bad document."""
    source = doc.source or doc.id
    try:
        from .extract import extract_document
        from .validate import validate

        graph = to_graph(extract_document(doc))
        validate(graph).raise_for_violations(source)
    except KgError as exc:
        return _Failed(source, str(exc))
    except Exception as exc:  # an extractor bug must not take the other documents down with it
        return _Failed(source, f"{source}: extraction failed ({type(exc).__name__}: {exc})")
    actors = frozenset(str(s) for c in ACTOR_CLASSES for s in graph.subjects(RDF.type, KG[c]))
    events = tuple(sorted((c, str(s)) for c in EVENT_CLASSES for s in graph.subjects(RDF.type, KG[c])))
    return _Done(doc.id, source, graph.serialize(format="nt"), actors, events)


# --- orchestration -----------------------------------------------------------------------------


def _sources(paths: Iterable[str | Path]) -> list[str]:
    """The files to read, in a stable order; folders expanded here so progress knows the total."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if str(path) != "-" and p.is_dir():
            files = [str(f) for f in document_files(p)]
            out.extend(files or [str(p)])  # an empty folder is left to load_path to report
        else:
            out.append(str(path))
    return out


def _documents(sources: list[str]) -> Iterator[Document | _Failed]:
    """Load one source at a time, so only the documents in flight are held in memory."""
    for source in sources:
        try:
            yield from load_path(source)
        except KgError as exc:
            yield _Failed(source, str(exc))


def build_paths(
    paths: Iterable[str | Path],
    store: Store,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build every document under `paths` into `store`, then refresh the ontology and inferred graphs.

    `jobs` is the number of extraction processes (default: every core; 1 runs in this process).
    """
    started = time.perf_counter()
    sources = _sources(paths)
    jobs = min(jobs or default_jobs(), max(1, len(sources)))
    failures: list[tuple[str, str]] = []
    actors: set[str] = set()
    events: dict[str, set[str]] = {c: set() for c in EVENT_CLASSES}
    built: dict[str, str] = {}  # doc id -> source, to catch two files claiming one id
    done = 0

    def settle(result: _Done | _Failed) -> None:
        nonlocal done
        done += 1
        if isinstance(result, _Done) and result.doc_id in built:
            result = _Failed(
                result.source,
                f"{result.source}: document id {result.doc_id!r} was already built from {built[result.doc_id]}; "
                "rename the file or give it an `id:` in its front matter",
            )
        if isinstance(result, _Failed):
            failures.append((result.source, result.message))
        else:
            store.replace_document(result.doc_id, Graph().parse(data=result.ntriples, format="nt"))
            built[result.doc_id] = result.source
            actors.update(result.actors)
            for kind, iri in result.events:
                events[kind].add(iri)
        if progress:
            progress(done, len(sources), result.source)

    if jobs <= 1:
        for item in _documents(sources):
            settle(item if isinstance(item, _Failed) else process_document(item))
    else:
        _run_pool(_documents(sources), jobs, settle)

    folds = fold_undated_meetings(store)
    events["Meeting"] = {folds.get(iri, iri) for iri in events["Meeting"]}
    restated = fold_restatements(store)
    events["Statement"] = {restated.get(iri, iri) for iri in events["Statement"]}
    inferred = refresh_inferred(store)
    store.flush()
    return BuildSummary(
        documents=len(built),
        actors=len(actors),
        events={kind: len(iris) for kind, iris in events.items()},
        triples=len(store),
        seconds=time.perf_counter() - started,
        failures=tuple(failures),
        inferred=inferred,
    )


def _run_pool(items: Iterator[Document | _Failed], jobs: int, settle: Callable) -> None:
    """Extract in `jobs` spawned processes, keeping at most 2×jobs documents in flight, in input order."""
    window: deque[Future | _Failed] = deque()

    def next_result() -> None:
        head = window.popleft()
        settle(head.result() if isinstance(head, Future) else head)

    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        for item in items:
            window.append(item if isinstance(item, _Failed) else pool.submit(process_document, item))
            while len(window) > 2 * jobs:
                next_result()
        while window:
            next_result()


# --- ontology, inference, removal ----------------------------------------------------------------


def _has_bnodes(graph: Graph) -> bool:
    return any(isinstance(t, BNode) for triple in graph for t in triple)


def _same(a: Graph, b: Graph) -> bool:
    if len(a) != len(b):
        return False
    if not (_has_bnodes(a) or _has_bnodes(b)):
        return set(a) == set(b)
    return isomorphic(a, b)


def _replace_if_changed(store: Store, graph: str, content: Graph) -> None:
    # blank nodes get fresh ids on every insert: rewriting an unchanged graph would change the dump
    if not _same(store.graph(graph), content):
        store.replace_graph(graph, content)


def refresh_inferred(store: Store) -> int:
    """Store the ontology and recompute the OWL-RL closure over all document graphs; returns its size."""
    from .infer import infer, load_ontology

    ontology = load_ontology()
    _replace_if_changed(store, str(ONTOLOGY_GRAPH), ontology)
    others = [g for g in store.graphs() if not g.startswith(DOC_PREFIX)]
    data = store.union_graph(exclude=others)
    inferred = infer(data, ontology)
    _replace_if_changed(store, str(INFERRED_GRAPH), inferred)
    return len(inferred)


def remove_document(store: Store, doc_id: str) -> None:
    """Drop one document's graph and recompute the inferred graph; facts other documents report stay."""
    if not store.remove_document(doc_id):
        raise StoreError(f"{doc_id}: no such document in the store; `kg stats` lists the documents")
    refresh_inferred(store)
    store.flush()


# --- what a store holds --------------------------------------------------------------------------

TRIPLES_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
COUNT_BY_CLASS = """
PREFIX kg: <https://w3id.org/actor-kg/ontology#>
SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {classes} }} ?x a ?c }} GROUP BY ?c
"""


def _count_by_class(store: Store, classes: tuple[str, ...]) -> dict[str, int]:
    counts = Counter({c: 0 for c in classes})
    query = COUNT_BY_CLASS.format(classes=" ".join(f"kg:{c}" for c in classes))
    for row in store.query(query):
        counts[row["c"].value.rsplit("#", 1)[-1]] = int(row["n"].value)
    return {c: counts[c] for c in classes}


def store_stats(store: Store) -> StoreStats:
    """Count what the store holds (over the union of its graphs)."""
    graphs = {row["g"].value: int(row["n"].value) for row in store.query(TRIPLES_PER_GRAPH)}
    return StoreStats(
        documents=tuple(store.documents()),
        graphs=dict(sorted(graphs.items())),
        actors=_count_by_class(store, ACTOR_CLASSES),
        events=_count_by_class(store, EVENT_CLASSES),
    )
