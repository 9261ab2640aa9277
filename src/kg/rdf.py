"""Turn one document's Extraction into RDF under the kg: ontology, with deterministic IRIs and PROV-O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from . import __version__
from .gazetteer import configured_gazetteer
from .ids import actor_iri, document_iri, event_iri, evidence_iri, place_iri, slugify
from .models import Actor, Document, Event, Evidence, Extraction, Meeting, Place, Pledge, Statement, Strike
from .namespaces import KG, OWL, PREFIXES, PROV, RDF, RDFS, SKOS, WD, XSD

__all__ = ["to_graph", "event_identity", "event_kind", "new_graph", "REGION_RULE"]

#: the rule of the evidence of a region node written because a place named in the text lies in it
REGION_RULE = "gazetteer.region"


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, replace=True)
    return g


def event_kind(event: Event) -> str:
    return type(event).__name__


@lru_cache(maxsize=8192)
def _norm_text(text: str) -> str:
    return " ".join(slugify(text).split("-"))


def event_identity(event: Event, published: str = "") -> tuple:
    """The key that makes two reports of the same real event one node.

    Meetings are keyed on the week of their date and on the forum (an organisation taking part) when there is
    one, else on the people, else on everyone; pledges on donor, sum and the year of their date or else of
    the report (`published`, ISO): round sums recur, as the US gave $200m packages in several years; strikes
    on attacker, place and date (an undated strike stays within its document); statements on speaker and words.
    """
    if isinstance(event, Meeting):
        # an undated meeting is only known to be one within the report that tells it (across reports,
        # coreference.fold_undated_meetings joins it to the one dated meeting of the same people)
        scope = meeting_week(event.date) if event.date else min(ev.doc_id for ev in event.evidence)
        return ("meeting", scope, *meeting_core(event))
    if isinstance(event, Pledge):
        year = (event.date or published)[:4]
        if event.amount is not None:
            return ("pledge", year, event.donor, event.currency, str(event.amount.normalize()))
        return ("pledge", year, event.donor, event.recipient, *sorted(_norm_text(i) for i in event.items))
    if isinstance(event, Strike):
        # an undated attack on a town is only known to be one event within the report that tells it
        scope = event.date or min(ev.doc_id for ev in event.evidence)
        return ("strike", event.attacker, event.location, scope)
    if isinstance(event, Statement):
        return ("statement", event.speaker, _norm_text(event.text))
    raise TypeError(event)


def meeting_week(date: str) -> str:
    """The ISO week of a meeting's day ("2025-12-02" -> "2025-W49"); a week or a month as it is.

    Talks last days and reports date them by different days ("on Tuesday", "last week"), so one
    meeting of the same people is keyed on its week."""
    if len(date) != 10:
        return date
    year, week, _ = dt.date.fromisoformat(date).isocalendar()
    return f"{year:04d}-W{week:02d}"


def meeting_core(meeting: Meeting) -> tuple[str, ...]:
    """The participants that identify a meeting (see event_identity)."""
    return participant_core(meeting.participants)


def participant_core(refs: Iterable[str]) -> tuple[str, ...]:
    """Of actor refs ("Person:x") taking part in a meeting, those that identify it: the forums
    (organisations) if any, else the people when two or more, else everyone."""
    refs = list(refs)
    by_type: dict[str, list[str]] = {"Organization": [], "Person": [], "State": []}
    for key in refs:
        kind, _, _ = key.partition(":")
        by_type.setdefault(kind, []).append(key)
    if by_type["Organization"]:
        return tuple(sorted(by_type["Organization"]))
    if len(by_type["Person"]) >= 2:
        return tuple(sorted(by_type["Person"]))
    return tuple(sorted(refs))


class _Writer:
    def __init__(self, extraction: Extraction):
        self.x = extraction
        self.g = new_graph()
        self.doc = document_iri(extraction.document.id)
        self.actors = {f"{a.type}:{a.key}": a for a in extraction.actors}
        self.places = {p.key: p for p in extraction.places}
        published = extraction.document.published
        self.published = published.date().isoformat() if published is not None else ""

    def actor(self, ref: str) -> URIRef:
        actor = self.actors[ref]
        return actor_iri(actor.type, actor.key)

    def place(self, key: str) -> URIRef:
        return place_iri(key)

    def write(self) -> Graph:
        self.write_document(self.x.document)
        for actor in self.x.actors:
            self.write_actor(actor)
        for place in self.x.places:
            self.write_place(place)
        self.write_regions()
        for event in self.x.events:
            self.write_event(event)
        return self.g

    def write_document(self, doc: Document) -> None:
        g, d = self.g, self.doc
        g.add((d, RDF.type, KG.Document))
        g.add((d, RDF.type, PROV.Entity))
        g.add((d, RDFS.label, Literal(doc.title or doc.id)))
        if doc.publisher:
            g.add((d, KG.publisher, Literal(doc.publisher)))
        if doc.published:
            g.add((d, KG.published, Literal(doc.published.date().isoformat(), datatype=XSD.date)))
        if doc.url:
            g.add((d, KG.url, Literal(doc.url, datatype=XSD.anyURI)))

    def write_actor(self, actor: Actor) -> None:
        g, a = self.g, actor_iri(actor.type, actor.key)
        g.add((a, RDF.type, KG[actor.type]))
        g.add((a, RDFS.label, Literal(actor.label)))
        for alias in actor.aliases:
            if alias != actor.label:
                g.add((a, SKOS.altLabel, Literal(alias)))
        for role in actor.roles:
            g.add((a, KG.role, Literal(role)))
        if actor.qid:
            g.add((a, OWL.sameAs, WD[actor.qid]))
        g.add((a, PROV.wasDerivedFrom, self.doc))
        for ev in actor.evidence:
            self.write_evidence(a, ev)

    def write_place(self, place: Place, named: bool = True) -> None:
        """A place node; `named` says the document names it (a kg:Place), else it is a region
        written only for the places inside it."""
        g, p = self.g, place_iri(place.key)
        if named:
            g.add((p, RDF.type, KG.Place))
        g.add((p, RDFS.label, Literal(place.label)))
        for alias in place.aliases:
            if alias != place.label:
                g.add((p, SKOS.altLabel, Literal(alias)))
        if place.qid:
            g.add((p, OWL.sameAs, WD[place.qid]))
        if place.state and f"State:{place.state}" in self.actors:
            g.add((p, KG.withinState, actor_iri("State", place.state)))
        g.add((p, PROV.wasDerivedFrom, self.doc))
        for ev in place.evidence:
            self.write_evidence(p, ev)

    def write_regions(self) -> None:
        """Link places to the gazetteer region they lie in, writing the region's node when the text
        did not name it, so that kg:withinRegion never points at a node without a type or label.

        Every region linked to is a kg:Region; one the text did not name is not a kg:Place, as
        nothing is reported to have happened there. It is evidenced by the sentences naming the
        place inside it, under REGION_RULE. Regions of regions are followed up the chain.
        """
        gaz = configured_gazetteer()
        written = set(self.places)
        todo = list(self.x.places)
        while todo:
            place = todo.pop(0)
            region = gaz.place(place.region) if place.region else None
            if region is None or region.key == place.key:
                continue
            self.g.add((place_iri(place.key), KG.withinRegion, place_iri(region.key)))
            self.g.add((place_iri(region.key), RDF.type, KG.Region))
            if region.key in written:
                continue
            written.add(region.key)
            evidence = tuple(Evidence(ev.doc_id, ev.start, ev.end, ev.text, REGION_RULE) for ev in place.evidence)
            # the label only: a region's aliases may be its city's name ("Kharkiv"), which the text
            # used for the city, not for the region
            node = Place(region.key, region.label, (), region.qid, region.state, region.region, evidence)
            self.write_place(node, named=False)
            todo.append(node)

    def write_evidence(self, event: URIRef, ev: Evidence) -> None:
        g = self.g
        node = evidence_iri(ev.doc_id, ev.start, ev.end, ev.rule)
        g.add((event, KG.evidence, node))
        g.add((node, RDF.type, KG.Evidence))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, PROV.value, Literal(ev.text)))
        g.add((node, KG.document, self.doc))
        g.add((node, PROV.wasQuotedFrom, self.doc))
        g.add((node, KG.startOffset, Literal(ev.start, datatype=XSD.integer)))
        g.add((node, KG.endOffset, Literal(ev.end, datatype=XSD.integer)))
        if ev.rule:
            g.add((node, KG.rule, Literal(ev.rule)))
        g.add((node, KG.extractorVersion, Literal(__version__)))

    def write_event(self, event: Event) -> None:
        g = self.g
        kind = event_kind(event)
        e = event_iri(kind, event_identity(event, self.published))
        g.add((e, RDF.type, KG[kind]))
        g.add((e, PROV.wasDerivedFrom, self.doc))
        for ev in event.evidence:
            self.write_evidence(e, ev)
        date = getattr(event, "date", "")
        if len(date) == 10:
            g.add((e, KG.date, Literal(date, datatype=XSD.date)))
        if isinstance(event, Meeting):
            for ref in event.participants:
                g.add((e, KG.participant, self.actor(ref)))
            if event.place:
                g.add((e, KG.location, self.place(event.place)))
            g.add((e, KG.status, Literal(event.status)))
        elif isinstance(event, Pledge):
            g.add((e, KG.donor, self.actor(event.donor)))
            if event.recipient:
                g.add((e, KG.recipient, self.actor(event.recipient)))
            if event.amount is not None:
                g.add((e, KG.amount, Literal(Decimal(event.amount), datatype=XSD.decimal)))
                g.add((e, KG.currency, Literal(event.currency)))
            for item in event.items:
                g.add((e, KG.item, Literal(item)))
        elif isinstance(event, Strike):
            g.add((e, KG.attacker, self.actor(event.attacker)))
            g.add((e, KG.location, self.place(event.location)))
            if event.weapon:
                g.add((e, KG.weapon, Literal(event.weapon)))
            if event.target:
                g.add((e, KG.target, Literal(event.target)))
        elif isinstance(event, Statement):
            g.add((e, KG.speaker, self.actor(event.speaker)))
            g.add((e, KG.text, Literal(event.text)))


def to_graph(extraction: Extraction) -> Graph:
    """The RDF graph of one document's extraction (no inference, no ontology)."""
    return _Writer(extraction).write()
