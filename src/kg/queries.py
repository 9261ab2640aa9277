"""Named SPARQL queries (queries/*.rq): read their headers, bind parameters safely, run, format.

A query file starts with a comment header::

    # title: Who met whom
    # description: Meetings with their participants, place and date, newest first.
    # param: actor iri optional  The actor whose meetings to list
    # param: since date optional  Only events on or after this date (YYYY-MM-DD)

Parameter types are iri, string, date, integer and decimal. Values are converted to typed RDF terms
and handed to pyoxigraph as ``substitutions``, never pasted into the query text. pyoxigraph only
substitutes variables of the SELECT clause, so a query projects its parameters; ``run`` leaves those
columns out of the result. An optional parameter left unset is unbound, and the query treats an
unbound parameter as "no filter".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Mapping

import pyoxigraph as ox

from .errors import QueryError
from .namespaces import ID, XSD
from .paths import queries_dir

__all__ = [
    "PARAM_TYPES",
    "Param",
    "NamedQuery",
    "Result",
    "parse_query",
    "list_queries",
    "get_query",
    "bind",
    "resolve_names",
    "run",
    "to_table_rows",
    "to_json",
    "to_csv",
]

PARAM_TYPES = ("iri", "string", "date", "integer", "decimal")

_HEADER_LINE = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*?)\s*$")
_PARAM_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s+(\w+)\s+(required|optional)\b\s*(.*)$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INTEGER = re.compile(r"^[+-]?\d+$")

_XSD_INT = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                  "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                  "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_XSD_FLOAT = {str(XSD.double), str(XSD.float)}

# the actors and places whose name (rdfs:label or skos:altLabel) is ?label, for IRI parameters
# given as a name; ?label is projected so that pyoxigraph substitutes it
_BY_NAME = """
PREFIX kg: <https://w3id.org/actor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?node ?label WHERE {
  VALUES ?class { kg:Person kg:State kg:Organization kg:Place kg:Region }
  ?node a ?class ;
        rdfs:label|skos:altLabel ?name .
  FILTER(LCASE(STR(?name)) = LCASE(STR(?label)))
}
ORDER BY ?node
"""


@dataclass(frozen=True)
class Param:
    """One parameter of a named query."""

    name: str
    type: str
    required: bool
    description: str = ""


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query file with its title, description and parameters."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str
    path: Path

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass
class Result:
    """A query's answer: column names and rows of Python values (str, int, Decimal, float, bool, date, None)."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    query: str = ""

    def to_table_rows(self) -> list[list[str]]:
        return to_table_rows(self)

    def to_json(self) -> str:
        return to_json(self)

    def to_csv(self) -> str:
        return to_csv(self)


# --- reading query files ---------------------------------------------------------------------------


def parse_query(path: str | Path) -> NamedQuery:
    """Read a .rq file and its comment header; a file without a header is a query without parameters."""
    path = Path(path)
    try:
        sparql = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"{path}: no such query file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise QueryError(f"{path}: cannot read the query ({exc})") from exc
    title, description, params = "", "", []
    for line in sparql.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break  # the header ends at the first line of SPARQL
            continue
        m = _HEADER_LINE.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key == "title":
            title = value
        elif key == "description":
            description = value
        else:
            params.append(_parse_param(path, value))
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise QueryError(f"{path}: a parameter is declared twice in the header")
    return NamedQuery(path.stem, title or path.stem, description, tuple(params), sparql, path)


def _parse_param(path: Path, text: str) -> Param:
    m = _PARAM_LINE.match(text)
    if not m or m.group(2) not in PARAM_TYPES:
        raise QueryError(
            f"{path}: bad header line '# param: {text}'; write '# param: NAME TYPE required|optional DESCRIPTION' "
            f"with TYPE one of {', '.join(PARAM_TYPES)}"
        )
    name, type_, need, description = m.groups()
    return Param(name, type_, need == "required", description.strip())


def list_queries(dir: str | Path | None = None) -> list[NamedQuery]:
    """The named queries of a folder (default: the project's queries/), sorted by name."""
    folder = Path(dir) if dir is not None else queries_dir()
    if not folder.is_dir():
        raise QueryError(f"{folder}: no such folder of queries")
    return [parse_query(p) for p in sorted(folder.glob("*.rq"))]


def get_query(name_or_path: str | Path, dir: str | Path | None = None) -> NamedQuery:
    """A named query by name (``who-met-whom``) or the path of a .rq file."""
    text = str(name_or_path)
    candidate = Path(text)
    if text.endswith(".rq") or "/" in text or "\\" in text:
        if candidate.is_file():
            return parse_query(candidate)
        if "/" in text or "\\" in text:
            raise QueryError(f"{text}: no such query file")
    known = {q.name: q for q in list_queries(dir)}
    name = candidate.stem if text.endswith(".rq") else text
    if name in known:
        return known[name]
    raise QueryError(f"unknown query {text!r}; the named queries are: {', '.join(sorted(known)) or 'none'}")


# --- parameters ------------------------------------------------------------------------------------


def _convert(query: NamedQuery, param: Param, value: str) -> ox.NamedNode | ox.Literal:
    where = f"{query.name}: parameter {param.name}={value!r}"
    if param.type == "iri":
        if not _IRI.match(value):
            raise QueryError(f"{where} is not an IRI; give a full IRI like {ID}person/vladimir-putin")
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise QueryError(f"{where} is not a valid IRI ({exc})") from exc
    if param.type == "string":
        return ox.Literal(value)
    if param.type == "date":
        try:
            if not _DATE.match(value):
                raise ValueError(value)
            dt.date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"{where} is not a date; write it as YYYY-MM-DD, like 2025-04-11") from None
        return ox.Literal(value, datatype=ox.NamedNode(str(XSD.date)))
    if param.type == "integer":
        if not _INTEGER.match(value):
            raise QueryError(f"{where} is not a whole number; write digits only, like 3")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(str(XSD.integer)))
    if param.type == "decimal":
        try:
            number = Decimal(value)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            raise QueryError(f"{where} is not a number; write it like 350000000 or 12.5")
        return ox.Literal(format(number, "f"), datatype=ox.NamedNode(str(XSD.decimal)))
    raise QueryError(f"{query.path}: parameter {param.name} has unknown type {param.type!r}")


def bind(query: NamedQuery, raw: Mapping[str, str]) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Typed substitutions for `query` from raw text values; an empty value counts as not given."""
    unknown = sorted(set(raw) - {p.name for p in query.params})
    if unknown:
        takes = ", ".join(p.name for p in query.params) or "no parameters"
        raise QueryError(f"{query.name}: unknown parameter {unknown[0]!r}; it takes: {takes}")
    bindings: dict[ox.Variable, ox.NamedNode | ox.Literal] = {}
    for param in query.params:
        value = raw.get(param.name)
        value = value.strip() if isinstance(value, str) and param.type != "string" else value
        if value is None or value == "":
            if param.required:
                raise QueryError(f"{query.name}: missing required parameter {param.name!r} ({param.description})")
            continue
        bindings[ox.Variable(param.name)] = _convert(query, param, str(value))
    return bindings


def resolve_names(store, query: NamedQuery, raw: Mapping[str, str]) -> dict[str, str]:
    """`raw` with IRI parameters given as a name ("Putin") replaced by the IRI of the one actor or place so named."""
    out = dict(raw)
    for param in query.params:
        value = (raw.get(param.name) or "").strip()
        if param.type != "iri" or not value or _IRI.match(value):
            continue
        found = [row["node"].value for row in store.query(_BY_NAME, substitutions={ox.Variable("label"): ox.Literal(value)})]
        if not found:
            raise QueryError(f"{query.name}: parameter {param.name}={value!r}: no actor or place has that name; give its IRI")
        if len(found) > 1:
            raise QueryError(f"{query.name}: parameter {param.name}={value!r} names several things ({', '.join(found)}); give one IRI")
        out[param.name] = found[0]
    return out


# --- running ---------------------------------------------------------------------------------------


def _value(term: Any) -> Any:
    """A result term as a Python value."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else ""
        text = term.value
        try:
            if datatype in _XSD_INT:
                return int(text)
            if datatype == str(XSD.decimal):
                return Decimal(text)
            if datatype in _XSD_FLOAT:
                return float(text)
            if datatype == str(XSD.boolean):
                return text in ("true", "1")
            if datatype == str(XSD.date):
                return dt.date.fromisoformat(text)
        except ValueError:
            return text  # an ill-typed literal: show what it says
        return text
    return str(term)


def run(store, query: NamedQuery | str, raw_params: Mapping[str, str] | None = None) -> Result:
    """Run a named query (or its name/path) on a kg.store.Store with raw text parameters.

    IRI parameters may also be given as the name of an actor or place (see resolve_names).
    """
    q = get_query(query) if isinstance(query, str) else query
    raw = resolve_names(store, q, raw_params or {})
    substitutions = bind(q, raw)
    try:
        answer = store.query(q.sparql, substitutions=substitutions or None)
    except RuntimeError as exc:  # pyoxigraph: a substituted variable missing from the SELECT clause
        raise QueryError(f"{q.path}: cannot bind parameters ({exc}); list every parameter in the SELECT clause") from exc
    except ValueError as exc:
        raise QueryError(f"{q.name}: {exc}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return Result(["result"], [[bool(answer)]], q.name)
    if isinstance(answer, ox.QueryTriples):
        rows = [[_value(t.subject), _value(t.predicate), _value(t.object)] for t in answer]
        return Result(["subject", "predicate", "object"], rows, q.name)
    params = {p.name for p in q.params}
    variables = [v.value for v in answer.variables]
    keep = [i for i, name in enumerate(variables) if name not in params]
    rows = [[_value(solution[i]) for i in keep] for solution in answer]
    return Result([variables[i] for i in keep], rows, q.name)


# --- output ----------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_table_rows(result: Result) -> list[list[str]]:
    """Rows as text cells (empty for no value), for a terminal table."""
    return [[_text(v) for v in row] for row in result.rows]


def to_json(result: Result) -> str:
    """{"query", "columns", "rows": [{column: value}]} with numbers as JSON numbers and dates as YYYY-MM-DD."""
    rows = [{c: _json_value(v) for c, v in zip(result.columns, row)} for row in result.rows]
    return json.dumps({"query": result.query, "columns": result.columns, "rows": rows}, ensure_ascii=False, indent=2)


def to_csv(result: Result) -> str:
    """CSV with a header line; empty cells for no value."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(to_table_rows(result))
    return buf.getvalue()
