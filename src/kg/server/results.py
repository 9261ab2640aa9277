"""Content negotiation and serialisation of SPARQL results, capped at a number of rows or triples."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyoxigraph as ox

from ..namespaces import PREFIXES

__all__ = ["RESULT_TYPES", "GRAPH_TYPES", "TABLE_TYPE", "Rendered", "render", "render_table", "accepted", "term_json"]

#: media type -> format for SELECT/ASK results; the first is the default
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
#: media type -> format for CONSTRUCT/DESCRIBE graphs; the first is the default
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/x-turtle": ox.RdfFormat.TURTLE,
}
#: the `format=` request parameter some clients send instead of (or besides) Accept
FORMAT_PARAM = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
    "turtle": ("text/turtle",),
    "ttl": ("text/turtle",),
    "nt": ("application/n-triples",),
    "ntriples": ("application/n-triples",),
    "n-triples": ("application/n-triples",),
    "json-ld": ("application/ld+json",),
    "jsonld": ("application/ld+json",),
    "rdfxml": ("application/rdf+xml",),
    "rdf+xml": ("application/rdf+xml",),
}
TABLE_TYPE = "application/json"  # a named query's own answer: {name, columns, rows, truncated}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass(frozen=True)
class Rendered:
    body: bytes
    media_type: str
    truncated: bool = False


def accepted(accept: str | None, format_param: str | None = None) -> tuple[str, ...]:
    """The media types a client accepts, best first (q-values honoured, wildcards kept)."""
    if format_param:
        key = format_param.strip().lower()
        if key in FORMAT_PARAM:
            return FORMAT_PARAM[key]
        if "/" in key:
            return (key,)
    ranked = []
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media))
    return tuple(m for _, _, m in sorted(ranked))


def _choose(accept: tuple[str, ...], table: dict) -> str:
    for media in accept:
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*"):
            break  # a wildcard: our default serves
    return next(iter(table))


def term_json(term) -> dict:
    """A term as a SPARQL 1.1 JSON results binding."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate), "object": term_json(term.object)},
        }
    raise TypeError(term)


def _solutions(results, max_results: int) -> tuple[list[str], list[dict], bool]:
    """Variable names and at most `max_results` solutions as SPARQL JSON bindings; and whether more were left."""
    variables = [v.value for v in results.variables]
    bindings, truncated = [], False
    for solution in results:
        if len(bindings) == max_results:
            truncated = True
            break
        row = {}
        for name in variables:
            value = solution[name]
            if value is not None:
                row[name] = term_json(value)
        bindings.append(row)
    return variables, bindings, truncated


def render_table(results, name: str, max_results: int) -> Rendered:
    """A SELECT's solutions as a named query's table: each cell is the term's value, or null."""
    if not isinstance(results, ox.QuerySolutions):
        raise ValueError(f"{name} is not a SELECT query")
    columns, bindings, truncated = _solutions(results, max_results)
    rows = [[b[c]["value"] if c in b else None for c in columns] for b in bindings]
    body = {"name": name, "columns": columns, "rows": rows, "truncated": truncated}
    return Rendered(json.dumps(body, ensure_ascii=False).encode("utf-8"), TABLE_TYPE, truncated)


def render(results, accept: tuple[str, ...], max_results: int) -> Rendered:
    """Serialise pyoxigraph query results in the best accepted format, keeping at most `max_results`."""
    if isinstance(results, ox.QueryBoolean):
        media = _choose(accept, {k: v for k, v in RESULT_TYPES.items() if v in (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML)})
        return Rendered(results.serialize(format=RESULT_TYPES[media]), media)
    if not isinstance(results, ox.QuerySolutions):  # CONSTRUCT/DESCRIBE: any iterable of triples
        media = _choose(accept, GRAPH_TYPES)
        triples, truncated = [], False
        for t in results:
            if len(triples) == max_results:
                truncated = True
                break
            triples.append(t)
        fmt = GRAPH_TYPES[media]
        # no id: prefix: our IRIs' paths would come out as escaped local names (id:person\/x)
        prefixes = {k: v for k, v in PREFIXES.items() if k != "id"} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        return Rendered(ox.serialize(triples, format=fmt, prefixes=prefixes), media, truncated)
    media = _choose(accept, RESULT_TYPES)
    variables, bindings, truncated = _solutions(results, max_results)
    body = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode("utf-8")
    fmt = RESULT_TYPES[media]
    if fmt != ox.QueryResultsFormat.JSON:
        # one exact serialiser of ours, the others are pyoxigraph's
        body = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)
    return Rendered(body, media, truncated)
