"""Entity pages under /id/... (HTML for people, Turtle/JSON-LD for machines), search, and the query page."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from ..namespaces import ID, KG, PREFIXES, WD
from .results import GRAPH_TYPES, accepted
from .sparql import respond
from .worker import Job

__all__ = ["router", "sentence", "local_path"]

router = APIRouter(tags=["pages"])
TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
ID_NS, KG_NS, WD_NS = str(ID), str(KG._NS), str(WD)
EVENT_KINDS = ("Meeting", "Pledge", "Strike", "Statement")
RDF_TYPE = PREFIXES["rdf"] + "type"
EVENT_IRIS = {KG_NS + k for k in EVENT_KINDS}
HTML_TYPES = ("text/html", "application/xhtml+xml")
_PREFIX = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"
_EVENTS = "VALUES ?kind { kg:Meeting kg:Pledge kg:Strike kg:Statement }"

# ?s is bound by substitution to the entity's IRI in every query below; pyoxigraph substitutes
# only variables that the SELECT projects, so each query projects ?s (or ?q)
Q_OUT = _PREFIX + "SELECT DISTINCT ?s ?p ?o ?olabel WHERE { ?s ?p ?o . OPTIONAL { ?o rdfs:label ?olabel } } LIMIT 2000"
Q_IN = _PREFIX + """SELECT DISTINCT ?s ?x ?p ?xlabel ?xtype WHERE {
  ?x ?p ?s . OPTIONAL { ?x rdfs:label ?xlabel } OPTIONAL { ?x a ?xtype . FILTER(STRSTARTS(STR(?xtype), STR(kg:))) }
} LIMIT 2000"""
# pyoxigraph substitutes in patterns only (BIND(?s AS ?e) would see ?s unbound): the events of
# an actor or place are found through ?s; an event's own page binds ?e itself and ?s to it too.
_THE_EVENTS = f"?e ?role ?s . ?e a ?kind . {_EVENTS}"
Q_FACTS = _PREFIX + f"""SELECT DISTINCT ?s ?e ?kind ?p ?o ?olabel WHERE {{
  {_THE_EVENTS}
  ?e ?p ?o . FILTER(?p NOT IN (kg:evidence, prov:wasDerivedFrom, rdf:type))
  OPTIONAL {{ ?o rdfs:label ?olabel }}
}} LIMIT 5000"""
Q_EVIDENCE = _PREFIX + f"""SELECT DISTINCT ?s ?e ?text ?doc ?doclabel ?url ?publisher ?published WHERE {{
  {_THE_EVENTS}
  ?e kg:evidence ?ev . ?ev prov:value ?text ; kg:document ?doc .
  OPTIONAL {{ ?doc rdfs:label ?doclabel }} OPTIONAL {{ ?doc kg:url ?url }}
  OPTIONAL {{ ?doc kg:publisher ?publisher }} OPTIONAL {{ ?doc kg:published ?published }}
}} LIMIT 5000"""
# the sentences an actor or place itself was read from (its type assertion's evidence)
Q_SOURCES = _PREFIX + """SELECT DISTINCT ?s ?ev ?text ?start ?end ?rule ?version ?doc ?doclabel ?url ?publisher ?published WHERE {
  ?s kg:evidence ?ev . ?ev prov:value ?text ; kg:document ?doc .
  OPTIONAL { ?ev kg:startOffset ?start } OPTIONAL { ?ev kg:endOffset ?end }
  OPTIONAL { ?ev kg:rule ?rule } OPTIONAL { ?ev kg:extractorVersion ?version }
  OPTIONAL { ?doc rdfs:label ?doclabel } OPTIONAL { ?doc kg:url ?url }
  OPTIONAL { ?doc kg:publisher ?publisher } OPTIONAL { ?doc kg:published ?published }
} LIMIT 1000"""
Q_SELF_FACTS = Q_FACTS.replace("SELECT DISTINCT ?s ?e", "SELECT DISTINCT ?e").replace(_THE_EVENTS, f"?e a ?kind . {_EVENTS}")
Q_SELF_EVIDENCE = Q_EVIDENCE.replace("SELECT DISTINCT ?s ?e", "SELECT DISTINCT ?e").replace(_THE_EVENTS, f"?e a ?kind . {_EVENTS}")
Q_DESCRIBE = "CONSTRUCT { ?s ?p ?o . ?x ?q ?s } WHERE { { ?s ?p ?o } UNION { ?x ?q ?s } }"
Q_SEARCH = _PREFIX + """SELECT ?q ?s ?label (SAMPLE(?t) AS ?type) (SAMPLE(?name) AS ?matched) WHERE {
  ?s rdfs:label|skos:altLabel ?name .
  FILTER(STRSTARTS(STR(?s), STR(id:)) && CONTAINS(LCASE(STR(?name)), LCASE(STR(?q))))
  ?s rdfs:label ?label .
  OPTIONAL { ?s a ?t . FILTER(STRSTARTS(STR(?t), STR(kg:))) }
} GROUP BY ?q ?s ?label ORDER BY LCASE(STR(?label)) LIMIT 100"""


def local_path(iri: str) -> str | None:
    """The server path of one of our IRIs (/id/...), or None for a foreign IRI."""
    return "/id/" + iri[len(ID_NS):] if iri.startswith(ID_NS) else None


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _last(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@dataclass
class Link:
    iri: str
    label: str

    @property
    def href(self) -> str:
        return local_path(self.iri) or self.iri


@dataclass
class Event:
    iri: str
    kind: str
    args: dict[str, list] = field(default_factory=dict)
    evidence: list[dict] = field(default_factory=list)

    def add(self, prop: str, value) -> None:
        values = self.args.setdefault(prop, [])
        if value not in values:
            values.append(value)


def _names(links: list) -> list:
    """Parts for 'A, B and C'."""
    parts: list = []
    for i, link in enumerate(links):
        if i:
            parts.append(" and " if i == len(links) - 1 else ", ")
        parts.append(link)
    return parts


def sentence(event: Event) -> list:
    """A fact as a readable sentence: a list of strings and Links (escaped by the template)."""
    a = event.args
    first = lambda key: a.get(key, [None])[0]  # noqa: E731
    date = [" on ", first("date")] if first("date") else []
    if event.kind == "Meeting":
        status = first("status") or "held"
        verb = {"planned": " are to meet", "cancelled": " cancelled a meeting"}.get(status, " met")
        if len(a.get("participant", [])) == 1 and status == "held":
            verb = " held a meeting"
        place = [" in ", first("location")] if first("location") else []
        return [*_names(a.get("participant", [])), verb, *place, *date]
    if event.kind == "Pledge":
        amount = [f" {first('amount')} {first('currency') or ''}".rstrip()] if first("amount") else []
        items = [" of ", ", ".join(a["item"])] if a.get("item") else []
        to = [" to ", first("recipient")] if first("recipient") else []
        return [first("donor") or "someone", " pledged", *amount, *items, *to, *date]
    if event.kind == "Strike":
        weapon = [" with ", first("weapon")] if first("weapon") else []
        target = [", hitting ", first("target")] if first("target") else []
        return [first("attacker") or "someone", " struck ", first("location") or "a place", *weapon, *target, *date]
    if event.kind == "Statement":
        return [first("speaker") or "someone", " said: “", first("text") or "", "”", *date]
    return [event.kind]


def _term(binding: dict | None, label: dict | None = None):
    if binding is None:
        return None
    if binding["type"] == "uri":
        return Link(binding["value"], label["value"] if label else _last(binding["value"]))
    return binding["value"]


def _wants_rdf(request: Request) -> str | None:
    """The RDF media type the client prefers over HTML, if any."""
    for media in accepted(request.headers.get("accept"), request.query_params.get("format")):
        if media in HTML_TYPES or media in ("*/*", "text/*"):
            return None
        if media in GRAPH_TYPES:
            return media
    return None


@router.get("/id/{path:path}", summary="An entity: HTML for browsers, Turtle, N-Triples, JSON-LD or RDF/XML by Accept")
async def entity(path: str, request: Request) -> Response:
    backend, settings = request.app.state.backend, request.app.state.settings
    iri = ID_NS + path
    try:
        node = ox.NamedNode(iri)
    except ValueError as exc:
        raise HTTPException(404, f"/id/{path} is not a valid resource path") from exc
    subs = {ox.Variable("s"): node}
    media = _wants_rdf(request)
    if media:
        outcome = await backend.query(Job("query", Q_DESCRIBE, (media,), substitutions=subs, max_results=settings.max_results))
        if outcome.status == 200 and _empty_graph(outcome.body, media):
            raise HTTPException(404, f"<{iri}> is not in this graph")
        return respond(outcome, settings)
    try:
        out = await backend.select(Q_OUT, subs)
        incoming = await backend.select(Q_IN, subs)
        is_event = any(r["o"]["value"] in EVENT_IRIS for r in out if r["p"]["value"] == RDF_TYPE)
        event_subs = {ox.Variable("e"): node} if is_event else subs
        facts = await backend.select(Q_SELF_FACTS if is_event else Q_FACTS, event_subs)
        evidence = await backend.select(Q_SELF_EVIDENCE if is_event else Q_EVIDENCE, event_subs)
        sources = [] if is_event else await backend.select(Q_SOURCES, subs)
    except LookupError as exc:
        raise HTTPException(503, str(exc)) from exc
    if not out and not incoming:
        raise HTTPException(404, f"<{iri}> is not in this graph")
    return HTMLResponse(TEMPLATES.get_template("entity.html").render(**_entity_view(iri, out, incoming, facts, evidence, sources)),
                        headers={"Vary": "Accept"})


def _empty_graph(body: bytes, media: str) -> bool:
    text = body.decode("utf-8", "replace").strip()
    if media == "application/ld+json":
        try:
            data = json.loads(text or "[]")
        except ValueError:
            return False
        return not data or data == {} or data.get("@graph") == [] if isinstance(data, dict) else not data
    if media == "application/rdf+xml":
        return "<rdf:Description" not in text and "rdf:about" not in text
    return not any(line.strip() and not line.lstrip().startswith("@prefix") and not line.startswith("PREFIX")
                   for line in text.splitlines())


def _source(r: dict) -> dict:
    """One evidence row as the template shows it (a link to the document, the address only if http)."""
    doc = r["doc"]["value"]
    get = lambda key: r[key]["value"] if r.get(key) else ""  # noqa: E731
    url = get("url")
    return {"text": get("text"), "doc": Link(doc, get("doclabel") or _last(doc)), "publisher": get("publisher"),
            "published": get("published"), "url": url if url.startswith(("http://", "https://")) else None,
            "start": get("start"), "end": get("end"), "rule": get("rule"), "version": get("version")}


def _entity_view(iri: str, out: list, incoming: list, facts: list, evidence: list, sources: list = ()) -> dict:
    labels = [r["o"]["value"] for r in out if r["p"]["value"] == str(PREFIXES["rdfs"]) + "label"]
    label = labels[0] if labels else _last(iri)
    rdf_type = PREFIXES["rdf"] + "type"
    types = sorted({r["o"]["value"][len(KG_NS):] for r in out if r["p"]["value"] == rdf_type and r["o"]["value"].startswith(KG_NS)})
    wikidata = sorted({r["o"]["value"] for r in out if r["o"]["value"].startswith(WD_NS) and r["o"]["type"] == "uri"})
    aliases = sorted({r["o"]["value"] for r in out if r["p"]["value"] == PREFIXES["skos"] + "altLabel"})
    roles = sorted({r["o"]["value"] for r in out if r["p"]["value"] == KG_NS + "role"})
    props = sorted(
        ((_short(r["p"]["value"]), _term(r["o"], r.get("olabel"))) for r in out
         if r["p"]["value"] not in (rdf_type, PREFIXES["rdfs"] + "label", KG_NS + "evidence")),
        key=lambda pv: (pv[0], str(pv[1].label if isinstance(pv[1], Link) else pv[1])),
    )
    events: dict[str, Event] = {}
    for r in facts:
        e = events.setdefault(r["e"]["value"], Event(r["e"]["value"], r["kind"]["value"][len(KG_NS):]))
        prop = r["p"]["value"]
        if prop.startswith(KG_NS):
            e.add(prop[len(KG_NS):], _term(r["o"], r.get("olabel")))
    for r in evidence:
        if r["e"]["value"] in events:
            doc = r["doc"]["value"]
            item = {
                "text": r["text"]["value"],
                "doc": Link(doc, r["doclabel"]["value"] if r.get("doclabel") else _last(doc)),
                "url": r["url"]["value"] if r.get("url") and r["url"]["value"].startswith(("http://", "https://")) else None,
                "publisher": r["publisher"]["value"] if r.get("publisher") else "",
                "published": r["published"]["value"] if r.get("published") else "",
            }
            if item not in events[r["e"]["value"]].evidence:
                events[r["e"]["value"]].evidence.append(item)
    neighbours: dict[str, Link] = {}
    for e in events.values():
        for values in e.args.values():
            for v in values:
                if isinstance(v, Link) and v.iri != iri and local_path(v.iri):
                    neighbours[v.iri] = v
    for r in incoming:
        x = r["x"]
        if x["type"] == "uri" and local_path(x["value"]) and r.get("xlabel") and x["value"] != iri:
            neighbours.setdefault(x["value"], Link(x["value"], r["xlabel"]["value"]))
    ordered = sorted(events.values(), key=lambda e: (str((e.args.get("date") or [""])[0]), e.kind, e.iri))
    return {
        "iri": iri, "label": label, "types": types, "wikidata": wikidata, "aliases": aliases, "roles": roles,
        "props": props, "sources": sorted((_source(r) for r in sources), key=lambda s: (s["published"], s["doc"].iri, int(s["start"] or 0))),
        "facts": [(e, sentence(e)) for e in ordered], "neighbours": sorted(neighbours.values(), key=lambda l: l.label.lower()),
        "Link": Link,
    }


@router.get("/search", summary="Find entities by label or alias (HTML, or JSON with Accept: application/json)")
async def search(request: Request, q: str = "") -> Response:
    backend = request.app.state.backend
    q = q.strip()
    if len(q) > 200:
        raise HTTPException(400, "the search text is over 200 characters")
    hits = []
    if q:
        try:
            rows = await backend.select(Q_SEARCH, {ox.Variable("q"): ox.Literal(q)})
        except LookupError as exc:
            raise HTTPException(503, str(exc)) from exc
        for r in rows:
            kind = r["type"]["value"][len(KG_NS):] if r.get("type") else ""
            hits.append({"iri": r["s"]["value"], "label": r["label"]["value"], "type": kind,
                         "matched": r["matched"]["value"] if r.get("matched") else "", "url": local_path(r["s"]["value"])})
    prefers = accepted(request.headers.get("accept"), request.query_params.get("format"))
    if prefers and prefers[0] in ("application/json", "application/sparql-results+json"):
        return Response(json.dumps({"q": q, "results": hits}, ensure_ascii=False), media_type="application/json", headers={"Vary": "Accept"})
    return HTMLResponse(TEMPLATES.get_template("search.html").render(q=q, hits=hits), headers={"Vary": "Accept"})


@router.get("/", summary="The query page: a SPARQL editor with the named queries as examples", response_class=HTMLResponse)
async def index(request: Request) -> HTMLResponse:
    try:
        from .. import queries

        examples = [{"name": q.name, "title": q.title, "description": q.description, "sparql": q.sparql}
                    for q in queries.list_queries()]
    except ImportError:
        examples = []
    settings = request.app.state.settings
    return HTMLResponse(TEMPLATES.get_template("index.html").render(examples=examples, settings=settings))
