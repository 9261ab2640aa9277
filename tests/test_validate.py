"""The SHACL shapes accept a correct extracted graph and name what is wrong with broken ones."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import ValidationError
from kg.namespaces import KG, OWL, PROV, RDF, RDFS, XSD
from kg.validate import Problem, ValidationReport, validate
from sample_graph import KYIV, PUTIN, both_graphs, graph_one, graph_two


def first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def messages(report: ValidationReport) -> list[str]:
    return [p.message for p in report.problems]


@pytest.mark.parametrize("build", [graph_one, graph_two, both_graphs], ids=["one", "two", "union"])
def test_correct_graphs_conform(build):
    report = validate(build())
    assert report.conforms, report.summary()
    assert report.problems == ()
    assert report.summary() == "conforms: 0 problems"


def test_meeting_without_participant():
    g = graph_one()
    meeting = first(g, KG.Meeting)
    g.remove((meeting, KG.participant, None))
    report = validate(g)
    assert not report.conforms
    assert report.problems == (
        Problem(str(meeting), "kg:participant", "has no participant", "Violation", "Meeting"),
    )
    assert report.summary() == f"does not conform: 1 problem\nMeeting <{meeting}>: has no participant"


def test_meeting_participant_must_be_an_actor():
    g = graph_one()
    meeting = first(g, KG.Meeting)
    g.add((meeting, KG.participant, KYIV))
    report = validate(g)
    assert messages(report) == ["has a participant that is not a person, state or organisation"]
    assert report.problems[0].value == str(KYIV)


def test_pledge_with_amount_but_no_currency():
    g = graph_one()
    pledge = first(g, KG.Pledge)
    g.remove((pledge, KG.currency, None))
    report = validate(g)
    assert not report.conforms
    assert [(p.focus, p.kind, p.message) for p in report.problems] == [
        (str(pledge), "Pledge", "has an amount but no currency")
    ]


def test_pledge_without_amount_needs_no_currency():
    g = graph_one()
    pledge = first(g, KG.Pledge)
    g.remove((pledge, KG.currency, None))
    g.remove((pledge, KG.amount, None))
    assert validate(g).conforms


@pytest.mark.parametrize("currency", ["euro", "eur", "EURO", "€"])
def test_currency_must_be_an_iso_code(currency):
    g = graph_one()
    pledge = first(g, KG.Pledge)
    g.set((pledge, KG.currency, Literal(currency)))
    report = validate(g)
    assert messages(report) == ["has a currency that is not a three-letter ISO 4217 code like GBP, EUR or USD"]
    assert report.problems[0].path == "kg:currency"


def test_negative_amount():
    g = graph_one()
    pledge = first(g, KG.Pledge)
    g.set((pledge, KG.amount, Literal("-5", datatype=XSD.decimal)))
    assert messages(validate(g)) == ["has a negative amount"]


def test_pledge_needs_exactly_one_donor():
    g = graph_one()
    pledge = first(g, KG.Pledge)
    g.add((pledge, KG.donor, PUTIN))
    assert messages(validate(g)) == ["needs exactly one donor"]


@pytest.mark.parametrize(
    "date",
    [Literal("2025-04-11"), Literal("2025-13-45", datatype=XSD.date), Literal("2025-04-11T10:00:00", datatype=XSD.dateTime)],
    ids=["plain-string", "impossible-date", "datetime"],
)
def test_date_must_be_an_xsd_date(date):
    g = graph_one()
    meeting = first(g, KG.Meeting)
    g.set((meeting, KG.date, date))
    report = validate(g)
    assert [(p.kind, p.message) for p in report.problems] == [
        ("Meeting", "has a date that is not a valid xsd:date (YYYY-MM-DD)")
    ]


@pytest.mark.parametrize("cls", [KG.Meeting, KG.Pledge, KG.Strike, KG.Statement])
def test_event_without_evidence(cls):
    g = graph_one()
    event = first(g, cls)
    g.remove((event, KG.evidence, None))
    report = validate(g)
    assert [(p.focus, p.message) for p in report.problems] == [(str(event), "has no evidence sentence")]


def test_strike_needs_attacker_and_location():
    g = graph_one()
    strike = first(g, KG.Strike)
    g.remove((strike, KG.attacker, None))
    g.remove((strike, KG.location, None))
    assert sorted(messages(validate(g))) == ["has no location", "needs exactly one attacker"]


def test_statement_needs_speaker_and_text():
    g = graph_one()
    statement = first(g, KG.Statement)
    g.remove((statement, KG.speaker, None))
    g.set((statement, KG.text, Literal("")))
    assert sorted(messages(validate(g))) == ["has an empty text", "needs exactly one speaker"]


def test_two_texts_is_only_a_warning():
    g = graph_one()
    statement = first(g, KG.Statement)
    g.add((statement, KG.text, Literal("we are ready for talks")))
    report = validate(g)
    assert report.conforms
    assert [(p.severity, p.message) for p in report.problems] == [("Warning", "has more than one text")]
    assert report.violations == ()
    report.raise_for_violations("doc-one")  # warnings never stop a document


def test_meeting_status():
    g = graph_one()
    meeting = first(g, KG.Meeting)
    g.add((meeting, KG.status, Literal("planned")))  # two reports: planned, then held
    report = validate(g)
    assert report.conforms
    assert [(p.severity, p.message) for p in report.problems] == [("Warning", "has more than one status")]
    g.remove((meeting, KG.status, None))
    g.add((meeting, KG.status, Literal("postponed")))
    assert messages(validate(g)) == ["has a status other than held, planned or cancelled"]


def test_evidence_offsets_and_sentence():
    g = graph_one()
    evidence = first(g, KG.Evidence)
    g.set((evidence, KG.startOffset, Literal(10_000)))
    g.set((evidence, PROV.value, Literal("")))
    assert sorted(messages(validate(g))) == [
        "has an empty sentence (prov:value)",
        "starts after it ends (startOffset is greater than endOffset)",
    ]


def test_evidence_must_point_at_a_document():
    g = graph_one()
    evidence = first(g, KG.Evidence)
    g.remove((evidence, KG.document, None))
    assert messages(validate(g)) == ["needs exactly one document (kg:document)"]


def test_actor_label_kind_and_wikidata_link():
    g = graph_one()
    g.add((PUTIN, RDFS.label, Literal("Putin")))
    g.add((PUTIN, OWL.sameAs, URIRef("http://dbpedia.org/resource/Vladimir_Putin")))
    g.add((PUTIN, RDF.type, KG.Organization))
    report = validate(g)
    assert sorted(messages(report)) == [
        "is asserted to be more than one of person, state and organisation",
        "needs exactly one name (rdfs:label)",
        "owl:sameAs must be a Wikidata entity IRI like http://www.wikidata.org/entity/Q7747",
    ]
    assert {p.focus for p in report.problems} == {str(PUTIN)}


def test_wikidata_link_must_be_an_iri():
    g = graph_one()
    g.set((PUTIN, OWL.sameAs, Literal("http://www.wikidata.org/entity/Q7747")))
    assert messages(validate(g)) == [
        "owl:sameAs must be a Wikidata entity IRI like http://www.wikidata.org/entity/Q7747"
    ]


def test_raise_for_violations_names_the_source_and_the_problem():
    g = graph_one()
    g.remove((first(g, KG.Meeting), KG.participant, None))
    g.remove((first(g, KG.Strike), KG.location, None))
    with pytest.raises(ValidationError, match=r"^doc-one: (Meeting|Strike) <.*>: .* \(and 1 more\); nothing was stored$"):
        validate(g).raise_for_violations("doc-one")
