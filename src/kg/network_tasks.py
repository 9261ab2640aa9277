"""What `kg network` and `kg explore` do, as library calls: project, measure, export, draw."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from .analytics import Metrics, compute, write_back as write_metrics
from .export_network import write_network
from .network import NetworkOptions, collapse, project
from .store import Store

__all__ = ["NetworkResult", "analyse_network", "explore_network", "parse_relations"]


@dataclass(frozen=True)
class NetworkResult:
    """The analysis graph, its metrics, and what was written."""

    graph: nx.Graph
    metrics: Metrics
    output: Path | None = None
    triples_written: int | None = None


def parse_relations(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """'met,struck' and repeated options alike -> ('met', 'struck'); nothing -> None (all)."""
    names = [part.strip() for value in values or () for part in value.split(",") if part.strip()]
    return tuple(dict.fromkeys(names)) or None


def analyse_network(store: Store, options: NetworkOptions | None = None, output: str | Path | None = None,
                    write_back: bool = False) -> NetworkResult:
    """Project `store`, compute every metric, optionally export (format by suffix) and write
    the metrics back into the store's metrics graph."""
    options = options or NetworkOptions()
    graph = collapse(project(store, options), options.directed)
    metrics = compute(graph)
    path = write_network(graph, output, metrics) if output is not None else None
    written = write_metrics(store, metrics) if write_back else None
    return NetworkResult(graph, metrics, path, written)


def explore_network(store: Store, output: str | Path, *, size_by: str = "pagerank", color_by: str = "type",
                    base_url: str = "/", title: str = "Actor network", **network_options) -> Path:
    """Write the explorer page of `store` to `output` (see render.explorer_html)."""
    from .render import explorer_html, write_page  # pyvis is imported only when a page is drawn

    html = explorer_html(store, size_by=size_by, color_by=color_by, base_url=base_url, title=title, **network_options)
    return write_page(html, output)
