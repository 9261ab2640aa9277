"""The SPARQL 1.1 Protocol endpoint at /sparql: queries, updates (with a token) and the service description."""

from __future__ import annotations

import hmac
from urllib.parse import parse_qs

import pyoxigraph as ox
from fastapi import APIRouter, HTTPException, Request, Response
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from .guard import ForbiddenError, check
from .results import GRAPH_TYPES, RESULT_TYPES, accepted
from .settings import ServerSettings
from .worker import Job, Outcome

__all__ = ["router", "respond", "require_token", "guarded"]

router = APIRouter(tags=["SPARQL"])
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"

_QUERY_DOC = {
    "parameters": [
        {"name": "query", "in": "query", "required": False, "schema": {"type": "string"}, "description": "SPARQL 1.1 query"},
        {"name": "default-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "named-graph-uri", "in": "query", "required": False, "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "format", "in": "query", "required": False, "schema": {"type": "string"}, "description": "json, xml, csv, tsv, turtle, nt, jsonld (overrides Accept)"},
    ],
}
_POST_DOC = {
    "requestBody": {
        "content": {
            FORM: {"schema": {"type": "object", "properties": {"query": {"type": "string"}, "update": {"type": "string"}}}},
            QUERY_TYPE: {"schema": {"type": "string"}},
            UPDATE_TYPE: {"schema": {"type": "string"}},
        }
    }
}


def _settings(request: Request) -> ServerSettings:
    return request.app.state.settings


def guarded(request: Request, text: str, what: str = "query") -> str:
    """Apply the length limit and refuse LOAD / SERVICE outside the allow-list."""
    settings = _settings(request)
    if len(text) > settings.max_query_length:
        raise HTTPException(413, f"the {what} has {len(text)} characters; this server accepts at most {settings.max_query_length}")
    try:
        check(text, settings.service_allowlist)
    except ForbiddenError as exc:
        raise HTTPException(403, str(exc)) from exc
    return text


def require_token(request: Request) -> None:
    """Updates need a server started with a token and a request bearing it."""
    settings = _settings(request)
    if not settings.writable:
        raise HTTPException(403, "this server is read-only; start it with --token to allow updates")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "updates need an 'Authorization: Bearer <token>' header", headers={"WWW-Authenticate": 'Bearer realm="kg"'})
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise HTTPException(401, "the bearer token is wrong", headers={"WWW-Authenticate": 'Bearer realm="kg", error="invalid_token"'})


def respond(outcome: Outcome, settings: ServerSettings) -> Response:
    """An Outcome as an HTTP response; errors become HTTPException with the message."""
    if outcome.status >= 300:
        raise HTTPException(outcome.status, outcome.message)
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        # the Virtuoso convention: clients see the cap and can page with LIMIT/OFFSET
        headers["X-SPARQL-MaxRows"] = str(settings.max_results)
    media = outcome.media_type
    if media.startswith("text/") or media.endswith(("+json", "+xml", "/json", "/n-triples")):
        media += "; charset=utf-8"
    return Response(outcome.body, status_code=outcome.status, headers=headers, media_type=media)


def _check_iris(name: str, iris: list[str]) -> None:
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as exc:
            raise HTTPException(400, f"{name} {iri!r} is not a valid IRI: {exc}") from exc


async def _run_query(request: Request, text: str, default_graphs: list[str], named_graphs: list[str], fmt: str | None) -> Response:
    settings = _settings(request)
    guarded(request, text)
    _check_iris("default-graph-uri", default_graphs)
    _check_iris("named-graph-uri", named_graphs)
    job = Job(
        "query",
        text,
        accepted(request.headers.get("accept"), fmt),
        default_graphs=tuple(default_graphs) or None,
        named_graphs=tuple(named_graphs) or None,
        max_results=settings.max_results,
    )
    return respond(await request.app.state.backend.query(job), settings)


async def _run_update(request: Request, text: str, using: list[str]) -> Response:
    require_token(request)
    if using:
        raise HTTPException(400, "using-graph-uri / using-named-graph-uri are not supported; use USING or WITH in the update")
    guarded(request, text, "update")
    outcome = await request.app.state.backend.update(text)
    if outcome.status >= 300:
        raise HTTPException(outcome.status, outcome.message)
    return Response(status_code=204)


def _service_description(request: Request) -> Response:
    settings = _settings(request)
    endpoint = URIRef(f"{settings.base_url.rstrip('/')}/sparql" if settings.base_url else str(request.url_for("sparql_get")))
    g = Graph()
    g.bind("sd", SD)
    g.bind("formats", FORMATS)
    svc = BNode()
    g.add((svc, RDF.type, SD.Service))
    g.add((svc, SD.endpoint, endpoint))
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    if settings.writable:
        g.add((svc, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((svc, SD.feature, SD.UnionDefaultGraph))
    g.add((svc, SD.feature, SD.BasicFederatedQuery))
    for media, fmt in {**RESULT_TYPES, **GRAPH_TYPES}.items():
        name = {"JSON": "SPARQL_Results_JSON", "XML": "SPARQL_Results_XML", "CSV": "SPARQL_Results_CSV", "TSV": "SPARQL_Results_TSV",
                "TURTLE": "Turtle", "N_TRIPLES": "N-Triples", "JSON_LD": "JSON-LD", "RDF_XML": "RDF_XML"}.get(fmt.name)
        if name:
            g.add((svc, SD.resultFormat, FORMATS[name]))
    g.add((svc, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    limits = BNode()
    g.add((svc, SD.defaultDataset, limits))
    g.add((limits, RDF.type, SD.Dataset))
    g.add((limits, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), Literal(
        f"Default graph: the union of all graphs. Query timeout {settings.query_timeout_s:g} s, at most "
        f"{settings.max_results} results, queries up to {settings.max_query_length} characters.")))
    return Response(g.serialize(format="turtle"), media_type="text/turtle; charset=utf-8", headers={"Vary": "Accept"})


@router.get("/sparql", name="sparql_get", openapi_extra=_QUERY_DOC, summary="SPARQL query (GET) or the service description")
async def sparql_get(request: Request) -> Response:
    params = request.query_params
    if "update" in params:
        raise HTTPException(400, "SPARQL Update must be sent with POST")
    text = params.get("query")
    if text is None:
        return _service_description(request)
    return await _run_query(request, text, params.getlist("default-graph-uri"), params.getlist("named-graph-uri"), params.get("format") or params.get("output"))


@router.post("/sparql", openapi_extra=_POST_DOC, summary="SPARQL query or update (POST)")
async def sparql_post(request: Request) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    url_params = request.query_params
    body = await request.body()
    try:
        text_body = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, "the request body is not UTF-8") from exc
    fmt = url_params.get("format") or url_params.get("output")
    if content_type == FORM:
        form = parse_qs(text_body, keep_blank_values=True)
        fmt = (form.get("format") or form.get("output") or [fmt])[0]
        if "update" in form:
            using = form.get("using-graph-uri", []) + form.get("using-named-graph-uri", [])
            return await _run_update(request, form["update"][0], using)
        if "query" not in form:
            raise HTTPException(400, "the form has neither a 'query' nor an 'update' field")
        return await _run_query(
            request, form["query"][0],
            form.get("default-graph-uri", []) + url_params.getlist("default-graph-uri"),
            form.get("named-graph-uri", []) + url_params.getlist("named-graph-uri"), fmt,
        )
    if content_type == QUERY_TYPE:
        return await _run_query(request, text_body, url_params.getlist("default-graph-uri"), url_params.getlist("named-graph-uri"), fmt)
    if content_type == UPDATE_TYPE:
        using = url_params.getlist("using-graph-uri") + url_params.getlist("using-named-graph-uri")
        return await _run_update(request, text_body, using)
    raise HTTPException(415, f"POST /sparql takes {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}, not {content_type or 'no content type'}")
