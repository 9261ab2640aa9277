"""Benchmark the HTTP server against rdflib-endpoint serving the same graph, in one run.

    python bench/bench_server.py [--store DIR] [--requests 200] [--clients 1 8]

Both servers run as their own processes on 127.0.0.1 (so the load generator does not share their
interpreter), over the same triples: ours over the Oxigraph store (default graph = union of the
named graphs), rdflib-endpoint over the union as one rdflib Graph. Two workloads: a named query
(ours at /queries/NAME, the peer with the same SPARQL) and an ad-hoc SELECT. For each workload
and number of concurrent clients it prints throughput and p50/p95 latency, then our/peer ratios.
Without --store, the seeds are built into a temporary store first (not timed).
"""

from __future__ import annotations

import argparse
import gc
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

NAMED = "strikes-by-place"
ADHOC = """PREFIX kg: <https://w3id.org/actor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?actor ?label (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  ?m a kg:Meeting ; kg:participant ?actor . ?actor rdfs:label ?label
} GROUP BY ?actor ?label ORDER BY DESC(?meetings) ?label LIMIT 20"""
JSON = "application/sparql-results+json"

PEER = textwrap.dedent("""
    import sys, uvicorn
    from rdflib import Graph
    from rdflib_endpoint import SparqlEndpoint
    g = Graph()
    g.parse(sys.argv[1], format="nt")
    uvicorn.run(SparqlEndpoint(graph=g, path="/sparql"), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
""")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, proc: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {url}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, headers={"Accept": JSON}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server did not start: {url}")


def build_seeds(folder: Path) -> Path:
    from kg.build import build_paths
    from kg.store import Store

    path = folder / "store"
    store = Store(path)
    summary = build_paths([ROOT / "seeds"], store)
    print(f"built the seeds: {summary.documents} documents, {summary.triples:,} triples", file=sys.stderr)
    del store
    gc.collect()
    return path


def load(call, total: int, clients: int) -> dict:
    """Run `total` calls over `clients` threads; latencies in ms and throughput."""
    latencies: list[float] = []
    lock = threading.Lock()
    per_client = [total // clients + (1 if i < total % clients else 0) for i in range(clients)]

    def worker(n: int) -> None:
        with httpx.Client(timeout=120) as client:
            for _ in range(n):
                t = time.perf_counter()
                call(client)
                dt = (time.perf_counter() - t) * 1000
                with lock:
                    latencies.append(dt)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(worker, per_client))
    wall = time.perf_counter() - started
    q = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / wall, "p50": statistics.median(latencies), "p95": q[94]}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", type=Path, help="a built store (default: build the seeds)")
    p.add_argument("--requests", type=int, default=200, help="requests per cell (default 200)")
    p.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    args = p.parse_args()

    from kg import queries
    from kg.server.guard import substitute
    from kg.store import Store

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        store_path = args.store or build_seeds(Path(tmp))
        store = Store(store_path, read_only=True)
        nt = Path(tmp) / "union.nt"
        nt.write_bytes(store.union_graph().serialize(format="nt", encoding="utf-8"))
        triples = len(store)
        del store
        gc.collect()

        named = queries.get_query(NAMED)
        peer_named = substitute(named.sparql, {})  # no parameters: the same text
        ours_port, peer_port = free_port(), free_port()
        ours = subprocess.Popen([sys.executable, "-m", "kg.server", "--store", str(store_path), "--port", str(ours_port),
                                 "--timeout", "60"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        peer = subprocess.Popen([sys.executable, "-c", PEER, str(nt), str(peer_port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            ours_url, peer_url = f"http://127.0.0.1:{ours_port}", f"http://127.0.0.1:{peer_port}"
            wait_ready(f"{ours_url}/sparql", ours)
            wait_ready(f"{peer_url}/sparql", peer)

            def ours_named(c):
                r = c.get(f"{ours_url}/queries/{NAMED}")
                r.raise_for_status()
                return len(r.json()["rows"])

            def peer_named_call(c):
                r = c.get(f"{peer_url}/sparql", params={"query": peer_named}, headers={"Accept": JSON})
                r.raise_for_status()
                return len(r.json()["results"]["bindings"])

            def sparql(url):
                def call(c):
                    r = c.get(f"{url}/sparql", params={"query": ADHOC}, headers={"Accept": JSON})
                    r.raise_for_status()
                    return len(r.json()["results"]["bindings"])
                return call

            cells = {("named", "actor-kg"): ours_named, ("named", "rdflib-endpoint"): peer_named_call,
                     ("ad-hoc", "actor-kg"): sparql(ours_url), ("ad-hoc", "rdflib-endpoint"): sparql(peer_url)}
            with httpx.Client(timeout=120) as c:  # same answers, and a warm-up
                for workload in ("named", "ad-hoc"):
                    a, b = cells[(workload, "actor-kg")](c), cells[(workload, "rdflib-endpoint")](c)
                    if a != b:
                        raise SystemExit(f"{workload}: actor-kg gave {a} rows, rdflib-endpoint {b}")
            results = {}
            for (workload, server), call in cells.items():
                for clients in args.clients:
                    results[(workload, server, clients)] = load(call, args.requests, clients)
                    print(f"  {workload:7} {server:16} {clients} clients done", file=sys.stderr)
        finally:
            for proc in (ours, peer):
                proc.terminate()
                proc.wait(10)

    print(f"\n{triples:,} triples; {args.requests} requests per cell; named query: {NAMED}\n")
    print(f"{'workload':8} {'server':16} {'clients':>7} {'req/s':>9} {'p50 ms':>9} {'p95 ms':>9}")
    for (workload, server, clients), r in results.items():
        print(f"{workload:8} {server:16} {clients:>7} {r['rps']:>9.1f} {r['p50']:>9.2f} {r['p95']:>9.2f}")
    print(f"\n{'workload':8} {'clients':>7} {'throughput ×':>13} {'p50 ÷':>8} {'p95 ÷':>8}   (actor-kg vs rdflib-endpoint)")
    for workload in ("named", "ad-hoc"):
        for clients in args.clients:
            o, q = results[(workload, "actor-kg", clients)], results[(workload, "rdflib-endpoint", clients)]
            print(f"{workload:8} {clients:>7} {o['rps'] / q['rps']:>13.1f} {q['p50'] / o['p50']:>8.1f} {q['p95'] / o['p95']:>8.1f}")


if __name__ == "__main__":
    main()
