"""Explain a resource: every fact the graph holds about an actor, place or event, with its sources.

A fact is a type assertion ("Vladimir Putin is a Person") or an event the resource takes part in
(or, for an event, the event itself). Each comes with the evidence it was read from: the sentence,
the document (title, publisher, date, address), the character offsets, the rule and the version of
the extractor. Everything is read from the store by SPARQL with the resource bound by substitution.

>>> from kg.store import Store
>>> explain(Store(None), "https://w3id.org/actor-kg/id/person/nobody")
Traceback (most recent call last):
...
kg.explain.ExplainError: <https://w3id.org/actor-kg/id/person/nobody> is not in the store; check the IRI, or give a name like "Vladimir Putin"
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

import pyoxigraph as ox

from .errors import KgError
from .namespaces import ID, KG, PREFIXES, WD
from .queries import _BY_NAME

__all__ = ["ExplainError", "Source", "Fact", "Explanation", "explain", "resolve", "to_text", "to_json"]

_KG = str(KG._NS)
ACTOR_KINDS = ("Person", "State", "Organization")
EVENT_KINDS = ("Meeting", "Pledge", "Strike", "Statement")
EXPLAINED = (*ACTOR_KINDS, "Place", "Region", *EVENT_KINDS)
# "person/vladimir-putin" or "id:person/vladimir-putin" stand for the full IRI
_SHORT = re.compile(r"^(?:id:)?((?:person|state|organization|place|meeting|pledge|strike|statement|document|evidence)/\S+)$")
_PREFIX = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"

# ?s is bound by substitution everywhere; pyoxigraph substitutes projected variables only
Q_NODE = _PREFIX + """SELECT DISTINCT ?s ?type ?label ?same WHERE {
  ?s a ?type . FILTER(STRSTARTS(STR(?type), STR(kg:)))
  OPTIONAL { ?s rdfs:label ?label }
  OPTIONAL { ?s owl:sameAs ?same . FILTER(STRSTARTS(STR(?same), STR(wd:))) }
}"""
Q_SOURCES = _PREFIX + """SELECT DISTINCT ?s ?ev ?sentence ?start ?end ?rule ?version ?doc ?title ?publisher ?published ?url WHERE {
  ?s kg:evidence ?ev .
  ?ev prov:value ?sentence ; kg:document ?doc .
  OPTIONAL { ?ev kg:startOffset ?start }
  OPTIONAL { ?ev kg:endOffset ?end }
  OPTIONAL { ?ev kg:rule ?rule }
  OPTIONAL { ?ev kg:extractorVersion ?version }
  OPTIONAL { ?doc rdfs:label ?title }
  OPTIONAL { ?doc kg:publisher ?publisher }
  OPTIONAL { ?doc kg:published ?published }
  OPTIONAL { ?doc kg:url ?url }
}"""
Q_EVENTS = _PREFIX + """SELECT DISTINCT ?s ?e ?kind WHERE {
  VALUES ?kind { kg:Meeting kg:Pledge kg:Strike kg:Statement }
  ?e ?role ?s ; a ?kind .
  FILTER(?role IN (kg:participant, kg:location, kg:donor, kg:recipient, kg:attacker, kg:speaker))
}"""
Q_ARGS = _PREFIX + """SELECT DISTINCT ?s ?p ?o ?olabel WHERE {
  ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:evidence)
  OPTIONAL { ?o rdfs:label ?olabel }
}"""


class ExplainError(KgError):
    """The resource to explain is not in the store, or is not an actor, place or event."""


@dataclass(frozen=True)
class Source:
    """One piece of evidence: the sentence and where it was read."""

    sentence: str
    document: str
    title: str = ""
    publisher: str = ""
    published: str = ""
    url: str = ""
    start: int | None = None
    end: int | None = None
    rule: str = ""
    extractor_version: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Fact:
    """A statement about the resource (`subject` is the node it is recorded on) and its sources."""

    subject: str
    kind: str
    statement: str
    date: str = ""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Explanation:
    """A resource, what it is, and every fact about it with the sentences it was read from."""

    iri: str
    label: str
    types: tuple[str, ...]
    wikidata: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = field(default=())

    def to_json(self) -> str:
        return to_json(self)

    def to_text(self) -> str:
        return to_text(self)


def _v(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype is not None and term.datatype.value == PREFIXES["xsd"] + "integer":
        return int(term.value)
    return term.value


def resolve(store, resource: str) -> str:
    """The IRI of `resource`: a full IRI, a short one ('person/vladimir-putin'), or a name."""
    text = resource.strip()
    if not text:
        raise ExplainError("give the IRI or the name of an actor, place or event to explain")
    short = _SHORT.match(text)
    if short:
        return str(ID) + short.group(1)
    if re.match(r"^[a-z][a-z0-9+.-]*:\S+$", text, re.I):
        return text
    found = [r["node"].value for r in store.query(_BY_NAME, substitutions={ox.Variable("label"): ox.Literal(text)})]
    if not found:
        raise ExplainError(f"no actor or place is named {text!r}; give its IRI (`kg query` or the server's /search find them)")
    if len(found) > 1:
        short_names = ", ".join(iri[len(str(ID)):] if iri.startswith(str(ID)) else iri for iri in found)
        raise ExplainError(f"{text!r} names several things ({short_names}); give one of them, like: kg explain {short_names.split(', ')[0]}")
    return found[0]


def _rows(store, sparql: str, iri: str) -> list:
    return list(store.query(sparql, substitutions={ox.Variable("s"): ox.NamedNode(iri)}))


def _sources(store, iri: str) -> tuple[Source, ...]:
    found = {}
    for r in _rows(store, Q_SOURCES, iri):
        published = _v(r["published"]) or ""
        src = Source(
            sentence=_v(r["sentence"]), document=_v(r["doc"]), title=_v(r["title"]) or "",
            publisher=_v(r["publisher"]) or "", published=published, url=_v(r["url"]) or "",
            start=_v(r["start"]), end=_v(r["end"]), rule=_v(r["rule"]) or "",
            extractor_version=_v(r["version"]) or "", evidence=_v(r["ev"]),
        )
        found.setdefault(src.evidence, src)  # one per evidence node even if a label repeats
    return tuple(sorted(found.values(), key=lambda s: (s.published, s.document, s.start or 0, s.rule, s.evidence)))


def _names(values: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(values) < 2:
        return "".join(values)
    return ", ".join(values[:-1]) + " and " + values[-1]


def describe_event(kind: str, args: dict[str, list[str]]) -> str:
    """An event as one plain sentence from its arguments (labels, not IRIs).

    >>> describe_event("Meeting", {"participant": ["Steve Witkoff", "Vladimir Putin"], "location": ["St Petersburg"],
    ...                            "date": ["2025-04-11"], "status": ["held"]})
    'Steve Witkoff and Vladimir Putin met in St Petersburg on 2025-04-11'
    >>> describe_event("Pledge", {"donor": ["Germany"], "amount": ["350000000"], "currency": ["EUR"], "recipient": ["Ukraine"]})
    'Germany pledged 350000000 EUR to Ukraine'
    """
    one = lambda key: (args.get(key) or [""])[0]  # noqa: E731
    date = f" on {one('date')}" if one("date") else ""
    if kind == "Meeting":
        status = one("status") or "held"
        people = sorted(args.get("participant", []))
        verb = {"planned": "are to meet", "cancelled": "cancelled a meeting"}.get(status, "met")
        if len(people) == 1:
            verb = {"planned": "is to hold a meeting", "cancelled": "cancelled a meeting"}.get(status, "held a meeting")
        where = f" in {one('location')}" if one("location") else ""
        return f"{_names(people) or 'someone'} {verb}{where}{date}"
    if kind == "Pledge":
        amount = f" {one('amount')} {one('currency')}".rstrip() if one("amount") else ""
        items = f" of {', '.join(sorted(args['item']))}" if args.get("item") else ""
        to = f" to {one('recipient')}" if one("recipient") else ""
        return f"{one('donor') or 'someone'} pledged{amount}{items}{to}{date}"
    if kind == "Strike":
        weapon = f" with {one('weapon')}" if one("weapon") else ""
        target = f", hitting {one('target')}" if one("target") else ""
        return f"{one('attacker') or 'someone'} struck {one('location') or 'a place'}{weapon}{target}{date}"
    if kind == "Statement":
        return f"{one('speaker') or 'someone'} said: “{one('text')}”{date}"
    return kind


def _event_fact(store, iri: str, kind: str) -> Fact:
    args: dict[str, list[str]] = {}
    for r in _rows(store, Q_ARGS, iri):
        prop = r["p"].value[len(_KG):]
        value = _v(r["olabel"]) if r["olabel"] is not None else _v(r["o"])
        values = args.setdefault(prop, [])
        if value not in values:
            values.append(value)
    date = (args.get("date") or [""])[0]
    return Fact(iri, kind, describe_event(kind, args), date, _sources(store, iri))


def explain(store, resource: str) -> Explanation:
    """Every fact about an actor, place or event of `store`, each with its sources.

    `resource` is an IRI, a short IRI ('person/vladimir-putin') or a name ('Vladimir Putin').
    Raises ExplainError when it is not in the store or is something else (a document, evidence).
    """
    iri = resolve(store, resource)
    try:
        rows = _rows(store, Q_NODE, iri)
    except ValueError as exc:
        raise ExplainError(f"{resource!r} is not a valid IRI ({exc})") from exc
    if not rows:
        raise ExplainError(f'<{iri}> is not in the store; check the IRI, or give a name like "Vladimir Putin"')
    types = tuple(sorted({r["type"].value[len(_KG):] for r in rows} & set(EXPLAINED)))
    if not types:
        kinds = ", ".join(sorted({r["type"].value[len(_KG):] for r in rows}))
        raise ExplainError(f"<{iri}> is a {kinds}; kg explain explains actors, places and events")
    labels = sorted({_v(r["label"]) for r in rows if r["label"] is not None})
    wikidata = tuple(sorted({r["same"].value[len(str(WD)):] for r in rows if r["same"] is not None}))
    label = labels[0] if labels else iri.rsplit("/", 1)[-1]
    facts: list[Fact] = []
    events = [t for t in types if t in EVENT_KINDS]
    if events:
        facts.append(_event_fact(store, iri, events[0]))
        label = labels[0] if labels else facts[0].statement  # events have no name: what happened names them
    else:
        own = _sources(store, iri)
        for t in types:
            facts.append(Fact(iri, t, f"{label} is a {t}", "", own))
        found = {(r["e"].value, r["kind"].value[len(_KG):]) for r in _rows(store, Q_EVENTS, iri)}
        event_facts = [_event_fact(store, e, kind) for e, kind in found]
        facts += sorted(event_facts, key=lambda f: (f.date or "9999", f.kind, f.statement, f.subject))
    return Explanation(iri, label, types, wikidata, tuple(facts))


# --- output --------------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def to_json(explanation: Explanation) -> str:
    """The explanation as JSON: the resource, then its facts, each with a list of sources."""
    return json.dumps(asdict(explanation), ensure_ascii=False, indent=2, default=_json_default)


def where(src: Source) -> str:
    """'Title, Publisher, 2025-04-11, https://… (characters 120–245)'."""
    parts = [p for p in (src.title or src.document, src.publisher, src.published, src.url) if p]
    span = f" (characters {src.start}–{src.end})" if src.start is not None else ""
    return ", ".join(parts) + span


def to_text(explanation: Explanation) -> str:
    """The explanation as plain text, one block per fact."""
    e = explanation
    head = f"{e.label} <{e.iri}>\n{', '.join(e.types)}"
    if e.wikidata:
        head += " · Wikidata " + ", ".join(e.wikidata)
    lines = [head, ""]
    for number, fact in enumerate(e.facts, start=1):
        subject = "" if fact.subject == e.iri else f" <{fact.subject}>"
        lines.append(f"{number}. [{fact.kind}] {fact.statement}{subject}")
        if not fact.sources:
            lines.append("   (no evidence recorded)")
        for src in fact.sources:
            lines.append(f"   “{src.sentence}”")
            lines.append(f"   — {where(src)}")
            lines.append(f"     rule {src.rule or '?'}, extractor {src.extractor_version or '?'}")
        lines.append("")
    return "\n".join(lines)
