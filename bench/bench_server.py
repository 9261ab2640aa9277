"""Benchmark the HTTP server against rdflib-endpoint serving the same graph, in one run.

    python bench/bench_server.py [--store DIR] [--requests 300] [--clients 1 8]

Every server runs as its own process on 127.0.0.1, over the same triples: ours over the Oxigraph
store (default graph = the union of the named graphs), once with its answer cache (the default)
and once with `--cache-bytes 0`, and rdflib-endpoint over the union as one rdflib Graph. Two
workloads: a named query (ours at /queries/NAME; the peer is sent the same query as SPARQL, in
the form it answers faster: the .rq text or the same query written plainly) and an ad-hoc SELECT
sent to /sparql. Before timing, each server's answer is checked to hold the same
rows as the others' (by value, in order), and each cell is warmed up. Every timed answer must be
a 200 with the same body as the warm-up's. The load generator is a separate process using the
standard library's keep-alive HTTP client, one connection per client thread, so that its own cost
stays small beside the servers'. Throughput and p50/p95 latency are printed for each workload and
number of concurrent clients, then the ratios to rdflib-endpoint.
Without --store, the seeds are built into a temporary store first (not timed).
"""

from __future__ import annotations

import argparse
import gc
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import httpx  # noqa: E402

NAMED = "strikes-by-place"
ADHOC = """PREFIX kg: <https://w3id.org/actor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?actor ?label (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
  ?m a kg:Meeting ; kg:participant ?actor . ?actor rdfs:label ?label
} GROUP BY ?actor ?label ORDER BY DESC(?meetings) ?label LIMIT 20"""
# the named query written plainly, without reducing the union graph's repeated triples first: the
# peer's graph holds each triple once, and it answers this form faster than the reduced one
NAMED_PLAIN = """PREFIX kg: <https://w3id.org/actor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?place_name ?date ?attacker_name ?weapon ?target ?strike ?place ?attacker ?since ?until
WHERE {
  ?strike a kg:Strike ; kg:location ?place ; kg:attacker ?attacker .
  ?place rdfs:label ?place_name .
  ?attacker rdfs:label ?attacker_name .
  OPTIONAL { ?strike kg:date ?date }
  OPTIONAL { ?strike kg:weapon ?weapon }
  OPTIONAL { ?strike kg:target ?target }
  FILTER(COALESCE(STR(?since), "") = "" || ?date >= ?since)
  FILTER(COALESCE(STR(?until), "") = "" || ?date <= ?until)
}
ORDER BY ?place_name DESC(?date) ?attacker_name ?strike ?weapon ?target"""
JSON = "application/sparql-results+json"
PEER_NAME = "rdflib-endpoint"
SERVERS = ("actor-kg", "actor-kg no cache", PEER_NAME)
WORKLOADS = ("named", "ad-hoc")

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


def load(call, total: int, clients: int) -> tuple[list[float], float]:
    """Run `total` calls over `clients` threads, each with its own connection: latencies (ms) and wall time (s)."""
    latencies: list[float] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    per_client = [total // clients + (1 if i < total % clients else 0) for i in range(clients)]
    barrier = threading.Barrier(clients + 1)

    def worker(n: int) -> None:
        conn = call.connect()
        mine = []
        barrier.wait()
        try:
            for _ in range(n):
                t = time.perf_counter()
                call(conn)
                mine.append((time.perf_counter() - t) * 1000)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker, args=(n,)) for n in per_client]
    for t in threads:
        t.start()
    barrier.wait()  # connections are open: time from here
    started = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    if errors:
        raise SystemExit(f"a client failed: {errors[0]}")
    return latencies, wall


def summary(runs: list[tuple[list[float], float]]) -> dict:
    """Throughput over all rounds, and latency percentiles of all their requests."""
    latencies = [x for lat, _ in runs for x in lat]
    q = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / sum(wall for _, wall in runs), "p50": statistics.median(latencies), "p95": q[94]}


class Call:
    """One GET request, repeated: checks a 200 and, once `expect` is set, the same body as before."""

    def __init__(self, base: str, path: str, params: dict | None = None, accept: str = JSON):
        self.host, self.port = base.removeprefix("http://").split(":")
        self.target = path + ("?" + urlencode(params) if params else "")
        self.headers = {"Accept": accept}
        self.expect: bytes | None = None

    def connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, int(self.port), timeout=120)

    def __call__(self, conn: http.client.HTTPConnection) -> bytes:
        conn.request("GET", self.target, headers=self.headers)
        r = conn.getresponse()
        body = r.read()
        if r.status != 200:
            raise SystemExit(f"GET {self.target[:80]}: {r.status} {body[:200]!r}")
        if self.expect is not None and body != self.expect:
            raise SystemExit(f"GET {self.target[:80]}: the answer changed during the run")
        return body


def fastest(calls: list[Call], n: int) -> Call:
    """The call answered fastest over `n` tries each (the peer gets the query text that suits it best)."""
    def seconds(call: Call) -> float:
        conn = call.connect()
        started = time.perf_counter()
        for _ in range(n):
            call(conn)
        conn.close()
        return time.perf_counter() - started

    timed = [(seconds(c), i, c) for i, c in enumerate(calls)]
    return min(timed)[2]


def rows_of(body: bytes) -> list[tuple]:
    """The rows of an answer, as tuples of values: a named query's table or SPARQL JSON results."""
    data = json.loads(body)
    if "rows" in data:
        return [tuple(r) for r in data["rows"]]
    names = data["head"]["vars"]
    return [tuple(b[n]["value"] if n in b else None for n in names) for b in data["results"]["bindings"]]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--store", type=Path, help="a built store (default: build the seeds)")
    p.add_argument("--requests", type=int, default=300, help="timed requests per cell (default 300)")
    p.add_argument("--warmup", type=int, default=30, help="untimed requests per cell first (default 30)")
    p.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds the requests of a cell are split into (default 3)")
    p.add_argument("--compare-src", type=Path, metavar="DIR",
                   help="also serve with the kg package of another source tree (DIR/src/kg), e.g. an older checkout")
    args = p.parse_args()

    from kg import queries
    from kg.store import Store

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        store_path = args.store or build_seeds(Path(tmp))
        store = Store(store_path, read_only=True)
        nt = Path(tmp) / "union.nt"
        nt.write_bytes(store.union_graph().serialize(format="nt", encoding="utf-8"))
        triples = len(store)
        del store
        gc.collect()

        named = queries.get_query(NAMED).sparql  # no parameters: the peer runs the same text
        servers = list(SERVERS)
        if args.compare_src:
            servers.insert(-1, f"actor-kg@{args.compare_src.resolve().name}")
        ports = {name: free_port() for name in servers}
        ours = [sys.executable, "-m", "kg.server", "--store", str(store_path), "--timeout", "60"]
        commands = {
            "actor-kg": ours + ["--port", str(ports["actor-kg"])],
            "actor-kg no cache": ours + ["--port", str(ports["actor-kg no cache"]), "--cache-bytes", "0"],
            PEER_NAME: [sys.executable, "-c", PEER, str(nt), str(ports[PEER_NAME])],
        }
        env = {name: None for name in servers}
        if args.compare_src:
            other = servers[-2]
            commands[other] = ours + ["--port", str(ports[other])]
            src = str(args.compare_src.resolve() / "src")
            env[other] = {**os.environ, "PYTHONPATH": src}
        procs = {name: subprocess.Popen(commands[name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                                        env=env[name]) for name in servers}
        try:
            urls = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
            for name, proc in procs.items():
                wait_ready(f"{urls[name]}/sparql", proc)
            cells = {}
            for server, url in urls.items():
                cells[("named", server)] = Call(url, f"/queries/{NAMED}", accept="application/json")
                cells[("ad-hoc", server)] = Call(url, "/sparql", {"query": ADHOC})
            cells[("named", PEER_NAME)] = fastest(
                [Call(urls[PEER_NAME], "/sparql", {"query": text}) for text in (named, NAMED_PLAIN)], args.warmup)
            for workload in WORKLOADS:  # the same rows everywhere, then warm-up
                answers = {}
                for server in servers:
                    call = cells[(workload, server)]
                    conn = call.connect()
                    for _ in range(args.warmup):
                        call.expect = call(conn)
                    conn.close()
                    answers[server] = rows_of(call.expect)
                first = answers[servers[0]]
                for server, rows in answers.items():
                    if rows != first:
                        raise SystemExit(f"{workload}: {server} gave {len(rows)} rows, {servers[0]} {len(first)}, or other values")
                print(f"  {workload}: {len(first)} rows from every server", file=sys.stderr)
            # rounds interleave the servers, so that load from elsewhere on the machine falls on all alike
            runs: dict[tuple, list] = {}
            for workload in WORKLOADS:
                for clients in args.clients:
                    for r in range(args.rounds):
                        order = servers[r % len(servers):] + servers[:r % len(servers)]
                        for server in order:
                            runs.setdefault((workload, server, clients), []).append(
                                load(cells[(workload, server)], args.requests // args.rounds, clients))
                    print(f"  {workload:7} {clients} clients done", file=sys.stderr)
            results = {key: summary(value) for key, value in runs.items()}
        finally:
            for proc in procs.values():
                proc.terminate()
                proc.wait(10)

    width = max(map(len, servers))
    print(f"\n{triples:,} triples; {args.requests} requests per cell in {args.rounds} interleaved rounds, "
          f"after {args.warmup} of warm-up; named query: {NAMED}\n")
    print(f"{'workload':8} {'server':{width}} {'clients':>7} {'req/s':>9} {'p50 ms':>9} {'p95 ms':>9}")
    for workload in WORKLOADS:
        for server in servers:
            for clients in args.clients:
                r = results[(workload, server, clients)]
                print(f"{workload:8} {server:{width}} {clients:>7} {r['rps']:>9.1f} {r['p50']:>9.2f} {r['p95']:>9.2f}")
    print(f"\n{'workload':8} {'server':{width}} {'clients':>7} {'throughput x':>13} {'p50 /':>8} {'p95 /':>8}   (vs {PEER_NAME})")
    for workload in WORKLOADS:
        for server in servers[:-1]:
            for clients in args.clients:
                o, q = results[(workload, server, clients)], results[(workload, PEER_NAME, clients)]
                print(f"{workload:8} {server:{width}} {clients:>7} {o['rps'] / q['rps']:>13.1f} {q['p50'] / o['p50']:>8.1f} {q['p95'] / o['p95']:>8.1f}")


if __name__ == "__main__":
    main()
