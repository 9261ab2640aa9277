"""Benchmark the actor network: projection and every metric on a synthetic graph of
10,000 actors and 100,000 event edges, and the error of sampled betweenness against exact.

    python bench/bench_network.py [--nodes 10000] [--edges 100000] [--seed 1]

The synthetic events are written straight into an in-memory Oxigraph store as N-Quads (setup,
not timed); the timed part is what `kg network` does: SPARQL projection, collapse, metrics.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import networkx as nx  # noqa: E402
import pyoxigraph as ox  # noqa: E402

from kg.analytics import EXACT_LIMIT, SAMPLE_K, compute, shortest_path_metrics  # noqa: E402
from kg.network import collapse, project  # noqa: E402
from kg.store import Store  # noqa: E402

TARGET_SECONDS = 60.0
KG = "https://w3id.org/actor-kg/ontology#"
ID = "https://w3id.org/actor-kg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = (("Person", "person", 0.6), ("State", "state", 0.1), ("Organization", "organization", 0.3))


def _synthetic_edges(nodes: int, edges: int, seed: int) -> list[tuple[int, int]]:
    """A scale-free topology (news actors: a few hubs, many bit players) with `edges` edges."""
    m = max(1, round(edges / nodes))
    graph = nx.barabasi_albert_graph(nodes, m, seed=seed)
    rng = random.Random(seed)
    pairs = list(graph.edges())
    while len(pairs) < edges:  # top up to the exact count with random pairs
        u, v = rng.sample(range(nodes), 2)
        pairs.append((u, v))
    return pairs[:edges]


def synthetic_quads(nodes: int, edges: int, seed: int) -> bytes:
    """N-Quads of `nodes` actors and one event (with evidence) per edge, in one named graph."""
    rng = random.Random(seed)
    graph = "<https://w3id.org/actor-kg/graph/doc/bench>"
    doc = f"<{ID}document/bench>"
    lines = [f'{doc} <{RDF_TYPE}> <{KG}Document> {graph} .',
             f'{doc} <{KG}published> "2025-06-01"^^<{XSD}date> {graph} .']
    iris, labels = [], []
    for i in range(nodes):
        kind, path, _ = rng.choices(TYPES, weights=[t[2] for t in TYPES])[0]
        iri, label = f"<{ID}{path}/a{i}>", f"Actor{i}"
        iris.append(iri)
        labels.append(label)
        lines += [f"{iri} <{RDF_TYPE}> <{KG}{kind}> {graph} .", f'{iri} <{LABEL}> "{label}" {graph} .']
    for n, (u, v) in enumerate(_synthetic_edges(nodes, edges, seed)):
        kind = rng.choices(("Meeting", "Pledge", "Strike", "Statement"), weights=(60, 15, 10, 15))[0]
        event = f"<{ID}{kind.lower()}/e{n}>"
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines += [f"{event} <{RDF_TYPE}> <{KG}{kind}> {graph} .",
                  f'{event} <{KG}date> "{day}"^^<{XSD}date> {graph} .',
                  f"{event} <{PROV}wasDerivedFrom> {doc} {graph} ."]
        for e in range(1 + (n % 4 == 0)):  # a quarter of events are reported twice
            evidence = f"<{ID}evidence/e{n}-{e}>"
            lines += [f"{event} <{KG}evidence> {evidence} {graph} .",
                      f'{evidence} <{PROV}value> "Sentence {n}.{e} about {labels[u]} and {labels[v]}." {graph} .']
        if kind == "Meeting":
            lines += [f"{event} <{KG}participant> {iris[u]} {graph} .", f"{event} <{KG}participant> {iris[v]} {graph} ."]
        elif kind == "Pledge":
            lines += [f"{event} <{KG}donor> {iris[u]} {graph} .", f"{event} <{KG}recipient> {iris[v]} {graph} .",
                      f'{event} <{KG}amount> "{rng.randint(1, 900)}000000"^^<{XSD}decimal> {graph} .',
                      f'{event} <{KG}currency> "{rng.choice(("GBP", "EUR", "USD"))}" {graph} .']
        elif kind == "Strike":
            place = f"<{ID}place/p{v}>"
            lines += [f"{event} <{KG}attacker> {iris[u]} {graph} .", f"{event} <{KG}location> {place} {graph} .",
                      f"{place} <{RDF_TYPE}> <{KG}Place> {graph} .", f"{place} <{KG}withinState> {iris[v]} {graph} ."]
        else:
            lines += [f"{event} <{KG}speaker> {iris[u]} {graph} .",
                      f'{event} <{KG}text> "We will not forget what {labels[v]} did" {graph} .']
    return ("\n".join(lines) + "\n").encode("utf-8")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def betweenness_error(nodes: int, seed: int) -> dict:
    """Sampled (k=SAMPLE_K sources) against exact betweenness on a `nodes`-node scale-free graph."""
    graph = nx.barabasi_albert_graph(nodes, 10, seed=seed)
    t = time.perf_counter()
    exact, _ = shortest_path_metrics(graph, list(graph))
    t_exact = time.perf_counter() - t
    t = time.perf_counter()
    sampled, _ = shortest_path_metrics(graph, random.Random(seed).sample(list(graph), SAMPLE_K))
    t_sampled = time.perf_counter() - t
    errors = [abs(sampled[n] - exact[n]) for n in graph]
    top = 20
    best = set(sorted(exact, key=exact.get, reverse=True)[:top])
    best_sampled = set(sorted(sampled, key=sampled.get, reverse=True)[:top])
    from scipy.stats import spearmanr

    return {
        "nodes": nodes,
        "edges": graph.number_of_edges(),
        "k": SAMPLE_K,
        "exact_s": t_exact,
        "sampled_s": t_sampled,
        "mean_abs_error": statistics.fmean(errors),
        "max_abs_error": max(errors),
        "max_exact": max(exact.values()),
        "mean_rel_error_top20": statistics.fmean(abs(sampled[n] - exact[n]) / exact[n] for n in best),
        "spearman": float(spearmanr([exact[n] for n in graph], [sampled[n] for n in graph]).statistic),
        "top20_overlap": len(best & best_sampled) / top,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=100_000)
    parser.add_argument("--sample-nodes", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    t = time.perf_counter()
    data = synthetic_quads(args.nodes, args.edges, args.seed)
    store = Store(None)
    store._ox.bulk_load(io.BytesIO(data), ox.RdfFormat.N_QUADS)  # setup: straight into Oxigraph
    print(f"setup: {len(store):,} quads of {args.nodes:,} actors and {args.edges:,} events "
          f"in {time.perf_counter() - t:.1f} s")

    rss0 = _rss_mb()
    timings: dict[str, tuple[float, float]] = {}  # step -> (wall, CPU) seconds
    start = (time.perf_counter(), time.process_time())

    def lap(name: str, began: tuple[float, float]) -> tuple[float, float]:
        now = (time.perf_counter(), time.process_time())
        timings[name] = (now[0] - began[0], now[1] - began[1])
        return now

    projection = project(store)
    t = lap("projection (SPARQL)", start)
    graph = collapse(projection)
    t = lap("collapse", t)
    metrics = compute(graph)
    lap("all metrics", t)
    lap("total", start)
    total = timings["total"][0]
    peak = _rss_mb()

    print(f"network: {projection.number_of_nodes():,} nodes, {projection.number_of_edges():,} relation edges, "
          f"{graph.number_of_edges():,} node pairs")
    print(f"  {'step':<22} {'wall':>7}   {'CPU':>7}")
    for name, (wall, cpu) in timings.items():
        print(f"  {name:<22} {wall:7.1f} s {cpu:7.1f} s")
    load = os.getloadavg()[0]
    print(f"  target: total wall time < {TARGET_SECONDS:.0f} s: {'met' if total < TARGET_SECONDS else 'MISSED'} "
          f"(load average {load:.1f} on {os.cpu_count()} CPUs; wall > CPU means the machine was busy)")
    sampled = f"k={metrics.sample_k} sampled" if metrics.sample_k else "exact"
    print(f"  betweenness/closeness {sampled} (exact up to {EXACT_LIMIT:,} nodes); "
          f"eigenvector by {metrics.eigenvector_method}; {metrics.communities} communities")
    print(f"  peak RSS {peak:,.0f} MB (+{peak - rss0:,.0f} MB during projection and metrics)")

    err = betweenness_error(args.sample_nodes, args.seed)
    print(f"sampled betweenness on {err['nodes']:,} nodes / {err['edges']:,} edges, k={err['k']}: "
          f"exact {err['exact_s']:.1f} s, sampled {err['sampled_s']:.1f} s")
    print(f"  mean abs error {err['mean_abs_error']:.2e}, max abs error {err['max_abs_error']:.2e} "
          f"(largest exact value {err['max_exact']:.2e}); mean relative error on the exact top 20 "
          f"{err['mean_rel_error_top20']:.1%}; Spearman {err['spearman']:.3f}; top-20 overlap {err['top20_overlap']:.0%}")
    return 0 if total < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
