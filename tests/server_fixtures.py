"""Live servers for the server tests: uvicorn on 127.0.0.1, a store built from the seeds plus a
hand-made document (with a hostile label), and `oxigraph serve` for the remote store."""

from __future__ import annotations

import datetime as dt
import gc
import shutil
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

XSS = "<img src=x onerror=alert(1)>"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def extra_extraction():
    """A small document of our own: known facts, and an actor whose label is an HTML attack."""
    from kg.models import Actor, Document, Evidence, Extraction, Meeting, Place, Statement, Strike

    def ev(text):
        return (Evidence("server-test", 0, len(text), text, "test"),)

    doc = Document("server-test", "...", title="Server test <b>document</b>", url="https://example.org/server-test",
                   publisher="Test Wire", published=dt.datetime(2025, 5, 1))
    actors = (
        Actor("zz-hostile", XSS, "Organization", ("Hostile Group",)),
        Actor("zz-tester", "Tessa Tester", "Person", ("Tester",), "Q4115189"),
        Actor("zz-land", "Zedland", "State"),
    )
    places = (Place("zz-town", "Zedtown", state="zz-land"),)
    events = (
        Meeting(("Person:zz-tester", "Organization:zz-hostile"), ev("Tessa Tester met the group in Zedtown."), place="zz-town", date="2025-05-01"),
        Statement("Organization:zz-hostile", "<script>alert(2)</script>", ev("The group said <script>alert(2)</script>.")),
        Strike("State:zz-land", "zz-town", ev("Zedland shelled Zedtown overnight."), weapon="artillery", date="2025-04-30"),
    )
    return Extraction(doc, actors, places, events)


def make_store(seed_store: Path, target: Path) -> Path:
    """A copy of the seed store with the extra document added."""
    from kg.rdf import to_graph
    from kg.store import Store

    shutil.copytree(seed_store, target)
    store = Store(target)
    store.replace_document("server-test", to_graph(extra_extraction()))
    store.flush()
    del store
    gc.collect()  # release the lock: the server's workers open it
    return target


class LiveServer:
    """The app under uvicorn in a thread; `url` is its base address."""

    def __init__(self, settings):
        import uvicorn

        from kg.server.app import create_app

        self.settings = settings
        self.app = create_app(settings)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(15)


@contextmanager
def live_server(**settings):
    from kg.server.settings import ServerSettings

    with LiveServer(replace(ServerSettings(), **settings)) as server:
        yield server


@contextmanager
def oxigraph_server(tmp: Path):
    """`oxigraph serve` on a free port with the union default graph; skips if the binary is absent."""
    binary = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([str(binary), "serve", "--location", str(tmp), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"oxigraph serve did not start: {proc.stderr.read().decode()[-500:]}")
            time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="session")
def server_store(seed_store, tmp_path_factory) -> Path:
    return make_store(seed_store, tmp_path_factory.mktemp("server") / "store")


@pytest.fixture(scope="session")
def live(server_store):
    """A read-only server with small limits, so that tests can reach them."""
    with live_server(store=str(server_store), query_timeout_s=2.0, max_results=500, max_query_length=5000,
                     max_body_bytes=100_000, cors_origins=("http://example.org",)) as server:
        yield server


@pytest.fixture(scope="session")
def oxigraph(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url
