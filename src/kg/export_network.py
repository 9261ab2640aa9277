"""Write an actor network to GraphML, GEXF, node-link JSON or a CSV edge list, by file suffix.

GraphML and GEXF hold only scalar attributes, so lists are joined with " | " and dicts
(pledged amounts) written as "GBP=350000000 | EUR=10"; node-link JSON keeps them as they are.
The CSV edge list has a header row and one row per edge: source, target, weight, then the
scalar edge attributes (lists joined as above).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from .analytics import Metrics, annotate
from .errors import KgError

__all__ = ["EXPORT_FORMATS", "ExportError", "write_network", "flatten"]

#: file suffix -> format name
EXPORT_FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "node-link JSON", ".csv": "CSV edge list"}
SEPARATOR = " | "


class ExportError(KgError):
    """The network cannot be written: unknown file suffix or unwritable path."""


def _scalar(value):
    if isinstance(value, dict):
        return SEPARATOR.join(f"{k}={_number(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return SEPARATOR.join(str(v) for v in value)
    return value


def _number(value) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def flatten(graph: nx.Graph) -> nx.Graph:
    """A copy of `graph` whose node, edge and graph attributes are all scalars (None dropped)."""
    flat = graph.copy()
    flat.graph = {k: _scalar(v) for k, v in graph.graph.items() if v is not None}
    for data in [d for _, d in flat.nodes(data=True)] + [d for *_, d in flat.edges(data=True)]:
        for key, value in list(data.items()):
            if value is None:
                del data[key]
            else:
                data[key] = _scalar(value)
    return flat


def _write_csv(graph: nx.Graph, path: Path) -> None:
    keys = sorted({k for *_, d in graph.edges(data=True) for k in d} - {"weight"})
    multi = graph.is_multigraph()
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["source", "target", "weight", *keys])
        edges = graph.edges(keys=True, data=True) if multi else ((u, v, None, d) for u, v, d in graph.edges(data=True))
        for u, v, _, data in edges:
            writer.writerow([u, v, _number(data.get("weight", 1)), *(_scalar(data.get(k, "")) for k in keys)])


def write_network(graph: nx.Graph, path: str | Path, metrics: Metrics | None = None) -> Path:
    """Write `graph` (with `metrics` as node attributes when given) in the format of `path`'s suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        choices = ", ".join(f"{s} ({name})" for s, name in EXPORT_FORMATS.items())
        raise ExportError(f"{path}: unknown network format; use one of {choices}")
    graph = graph.copy()
    if metrics is not None:
        annotate(graph, metrics)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".graphml":
            nx.write_graphml(flatten(graph), path)
        elif suffix == ".gexf":
            nx.write_gexf(flatten(graph), path)
        elif suffix == ".json":
            data = nx.node_link_data(graph, edges="edges")
            path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        else:
            _write_csv(graph, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the network ({exc.strerror or exc})") from exc
    return path
