"""The explorer page: self-contained, escaped, complete, and drawn by a real browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.analytics import compute
from kg.network import NetworkOptions, collapse, project
from kg.render import TYPE_COLORS, RenderError, explorer_document, explorer_html, render_explorer
from kg.store import Store
from network_fixtures import INTRUDER, XSS, iri, small_store

# a src/href/url()/@import pointing anywhere off the page (absolute or protocol-relative)
REMOTE = re.compile(r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*|url\(\s*["']?|@import\s+["']?)(?:[a-z]+:)?//""", re.I)


@pytest.fixture(scope="module")
def store():
    return small_store()


@pytest.fixture(scope="module")
def page(store) -> str:
    return explorer_html(store, base_url="http://127.0.0.1:8000/")


def page_data(html: str) -> dict:
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_page_loads_nothing_from_the_network(page):
    assert not REMOTE.findall(page)
    assert "<link" not in page and "<script src" not in page
    assert "new vis.Network" in page and "vis-network" in page  # the library is inlined


def test_labels_are_data_not_markup(page):
    assert "<img" not in page
    assert XSS not in page  # only its escaped JSON form is in the page
    nodes = {n["id"]: n for n in page_data(page)["nodes"]}
    assert nodes[iri(INTRUDER)]["kg"]["name"] == XSS
    # the page never hands strings to innerHTML, and vis gets tooltip elements, not HTML strings
    assert "innerHTML" not in page.split("</head>", 1)[1]


def test_page_holds_every_node_and_edge_with_evidence(store, page):
    projection = project(store, NetworkOptions(isolates=False))
    data = page_data(page)
    assert {n["id"] for n in data["nodes"]} == set(projection)
    assert len(data["edges"]) == projection.number_of_edges()
    met = [e for e in data["edges"] if e["kg"]["relation"] == "met" and e["kg"]["dates"] == ["2025-02-10"]]
    assert len(met) == 1 and "Zelensky met Keir Starmer in London." in met[0]["kg"]["evidence"]
    assert data["base"] == "http://127.0.0.1:8000/"
    assert {n["kg"]["path"] for n in data["nodes"]} >= {"id/person/volodymyr-zelensky", "id/state/russia"}
    assert data["relationOrder"] == ["met", "pledged_to", "struck", "spoke_about"]
    assert data["dates"][0] == "2025-02-09" and data["dates"][-1] == "2025-03-10"
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_nodes_are_sized_by_the_chosen_metric_and_coloured_by_community(store):
    projection = project(store)
    metrics = compute(collapse(projection))
    data = page_data(explorer_document(projection, metrics, size_by="betweenness", color_by="community"))
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    top = metrics.top(1, "betweenness")[0].node
    assert sizes[top] == max(sizes.values())
    assert data["legend"]["title"] == "Node colour: community"
    assert len(data["legend"]["items"]) == metrics.communities


@pytest.mark.parametrize("option", [dict(size_by="shoe_size"), dict(color_by="mood")])
def test_unknown_options_are_refused(store, option):
    with pytest.raises(RenderError):
        explorer_html(store, **option)


def test_render_writes_one_file(tmp_path, store):
    projection = project(store)
    out = render_explorer(projection, None, tmp_path / "sub" / "explorer.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert list(out.parent.iterdir()) == [out]  # no lib/ folder beside it


def test_seed_explorer_is_self_contained(seed_store):
    html = explorer_html(Store(seed_store, read_only=True))
    data = page_data(html)
    assert not REMOTE.findall(html)
    names = {n["kg"]["name"] for n in data["nodes"]}
    assert {"Ukraine", "Russia"} <= names
    assert data["edges"]


# --- in a real browser ---------------------------------------------------------------------

def _chromium() -> str | None:
    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def _run_chromium(tmp_path: Path, page: Path, *args: str, fragment: str = "") -> subprocess.CompletedProcess:
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed")
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,800", "--virtual-time-budget=15000",
         *args, page.as_uri() + fragment],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))


def test_browser_draws_the_network(tmp_path, store):
    from PIL import Image

    html = tmp_path / "explorer.html"
    html.write_text(explorer_html(store), encoding="utf-8")
    shot = tmp_path / "shot.png"
    run = _run_chromium(tmp_path, html, f"--screenshot={shot}")
    assert shot.exists(), run.stderr[-2000:]
    image = Image.open(shot).convert("RGB")
    canvas = image.crop((0, 0, image.width - 320, image.height))  # the sidebar is on the right
    colors = canvas.getcolors(maxcolors=1 << 24)  # [(count, (r, g, b)), ...]
    painted = sum(n for n, c in colors if c != (255, 255, 255))
    assert painted > 0.01 * canvas.width * canvas.height, "the canvas is blank"

    def near(color):
        r, g, b = _hex(color)
        return sum(n for n, c in colors if abs(c[0] - r) + abs(c[1] - g) + abs(c[2] - b) < 30)

    for kind in ("Person", "State"):
        assert near(TYPE_COLORS[kind]) > 200, f"no {kind} node drawn"


def test_browser_shows_the_hostile_label_as_text(tmp_path, store):
    html = tmp_path / "explorer.html"
    html.write_text(explorer_html(store), encoding="utf-8")
    run = _run_chromium(tmp_path, html, "--dump-dom")
    dom = run.stdout
    assert 'data-ready="1"' in dom, run.stderr[-2000:]  # the layout settled and physics went off
    assert 'onerror="alert(1)"' not in dom and "<img" not in dom
    # in the search list as a plain value (serialisers may escape < and > in attributes)
    assert re.search(r'value="(<|&lt;)img src=x onerror=alert\(1\)(>|&gt;)"', dom)


@pytest.mark.parametrize("fragment, shown", [
    ("", "Showing 9 of 9 nodes, 8 of 8 edges"),
    ("#relations=struck", "Showing 3 of 9 nodes, 2 of 8 edges"),
    ("#since=2025-03-01", "Showing 6 of 9 nodes, 3 of 8 edges"),
    ("#relations=met,pledged_to&until=2025-02-10", "Showing 4 of 9 nodes, 2 of 8 edges"),
])
def test_browser_filters_by_relation_and_date(tmp_path, store, fragment, shown):
    html = tmp_path / "explorer.html"
    html.write_text(explorer_html(store), encoding="utf-8")
    dom = _run_chromium(tmp_path, html, "--dump-dom", fragment=fragment).stdout
    assert f'<div class="muted" id="shown">{shown}</div>' in dom
