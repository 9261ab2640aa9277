"""Named queries: headers, safe typed parameters, and the rows each query returns on a small graph."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pyoxigraph as ox
import pytest

from kg import queries as Q
from kg.errors import QueryError
from kg.infer import infer, load_ontology
from kg.models import Evidence, Extraction, Statement
from kg.paths import queries_dir
from kg.rdf import to_graph
from kg.server.guard import services
from kg.store import Store
from sample_graph import ACTORS, GERMANY, KYIV, PUTIN, UKRAINE, WITKOFF, both_graphs, extraction_two, graph_one, graph_two

EXPECTED_NAMES = {
    "who-met-whom", "meetings-of", "pledges-by-donor", "pledges-to", "strikes-by-place", "statements-by",
    "statements-about", "most-active-actors", "events-between", "evidence-of", "co-occurrence",
}
ALL = Q.list_queries()
# federated queries call out to their SERVICE endpoints when run: tests/test_federated.py covers them
LOCAL = [q for q in ALL if not services(q.sparql)]
INJECTION = 'x" } ; DROP ALL ; #'


@pytest.fixture(scope="module")
def store() -> Store:
    """Both sample documents, with the ontology and inferred graphs a build stores beside them."""
    s = Store(None)
    s.replace_document("doc-one", graph_one())
    s.replace_document("doc-two", graph_two())
    s.set_ontology(load_ontology())
    s.set_inferred(infer(both_graphs()))
    return s


def rows(store, name, **params):
    return Q.run(store, name, params).rows


def meeting_iri(store, *names: str) -> str:
    (iri,) = {r[-1] for r in rows(store, "who-met-whom") if {r[1], r[2]} == set(names)}
    return iri


# --- the files ---------------------------------------------------------------------------------------


def test_the_named_queries_are_there():
    assert {q.name for q in ALL} >= EXPECTED_NAMES
    assert len(ALL) >= 10


@pytest.mark.parametrize("q", ALL, ids=lambda q: q.name)
def test_every_query_parses_and_is_documented(q):
    ox.Store().query(q.sparql)  # raises SyntaxError when the SPARQL is malformed
    assert q.title and q.title != q.name
    assert q.description.endswith(".")
    assert q.sparql.startswith("# title: ")
    for p in q.params:
        assert p.type in Q.PARAM_TYPES and p.description


@pytest.mark.parametrize("q", LOCAL, ids=lambda q: q.name)
def test_every_parameter_can_be_bound(store, q):
    """pyoxigraph substitutes projected variables only: binding every parameter must not fail."""
    sample = {"iri": str(PUTIN), "string": "ceasefire", "date": "2025-01-01", "integer": "1", "decimal": "1.5"}
    result = Q.run(store, q, {p.name: sample[p.type] for p in q.params})
    assert not {p.name for p in q.params} & set(result.columns)


def test_header_is_parsed():
    q = Q.get_query("who-met-whom")
    assert q.title == "Who met whom"
    assert q.path == queries_dir() / "who-met-whom.rq"
    assert q.params == (
        Q.Param("actor", "iri", False, q.params[0].description),
        Q.Param("since", "date", False, "Only meetings on or after this date (YYYY-MM-DD)"),
        Q.Param("until", "date", False, "Only meetings on or before this date (YYYY-MM-DD)"),
    )
    assert q.params[0].description.startswith("Only meetings of this actor")
    assert Q.get_query("meetings-of").param("actor").required


def test_query_by_path_and_header_errors(tmp_path):
    good = tmp_path / "mine.rq"
    good.write_text("# title: Mine\n# description: Labels.\n# param: n integer required  How many\nSELECT ?n {}\n")
    q = Q.get_query(str(good))
    assert (q.name, q.title, q.params) == ("mine", "Mine", (Q.Param("n", "integer", True, "How many"),))
    bare = tmp_path / "bare.rq"
    bare.write_text("SELECT * { ?s ?p ?o }\n")
    assert (Q.get_query(bare).title, Q.get_query(bare).params) == ("bare", ())
    bad = tmp_path / "bad.rq"
    bad.write_text("# title: Bad\n# param: when datetime optional  A time\nSELECT ?when {}\n")
    with pytest.raises(QueryError, match=r"bad\.rq: bad header line .*TYPE one of iri, string, date, integer, decimal"):
        Q.get_query(bad)
    with pytest.raises(QueryError, match=r"nowhere/x\.rq: no such query file"):
        Q.get_query(str(tmp_path / "nowhere" / "x.rq"))


def test_unknown_query_lists_the_names():
    with pytest.raises(QueryError) as err:
        Q.get_query("who-met")
    message = str(err.value)
    assert message.startswith("unknown query 'who-met'; the named queries are: ")
    assert all(name in message for name in EXPECTED_NAMES)


# --- binding parameters ---------------------------------------------------------------------------


def test_bind_gives_typed_terms():
    q = Q.get_query("who-met-whom")
    bound = Q.bind(q, {"actor": str(PUTIN), "since": "2025-04-11", "until": ""})
    assert bound == {
        ox.Variable("actor"): ox.NamedNode(str(PUTIN)),
        ox.Variable("since"): ox.Literal("2025-04-11", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
    }
    n = Q.bind(Q.get_query("co-occurrence"), {"min_events": " 2 "})[ox.Variable("min_events")]
    assert (n.value, n.datatype.value) == ("2", "http://www.w3.org/2001/XMLSchema#integer")


@pytest.mark.parametrize(
    "name, raw, message",
    [
        ("who-met-whom", {"actr": "x"}, r"who-met-whom: unknown parameter 'actr'; it takes: actor, since, until"),
        ("meetings-of", {}, r"meetings-of: missing required parameter 'actor'"),
        ("meetings-of", {"actor": "   "}, r"meetings-of: missing required parameter 'actor'"),
        ("who-met-whom", {"since": "11/04/2025"}, r"since='11/04/2025' is not a date; write it as YYYY-MM-DD"),
        ("who-met-whom", {"since": "2025-02-30"}, r"since='2025-02-30' is not a date"),
        ("co-occurrence", {"min_events": "2.5"}, r"min_events='2.5' is not a whole number"),
        ("meetings-of", {"actor": "Vladimir Putin"}, r"actor='Vladimir Putin' is not an IRI"),
        ("meetings-of", {"actor": "http://example.org/a b"}, r"is not an IRI"),
        ("evidence-of", {"event": "<http://x>"}, r"is not an IRI"),
    ],
)
def test_bad_parameters(name, raw, message):
    with pytest.raises(QueryError, match=message):
        Q.bind(Q.get_query(name), raw)


def test_decimal_parameter(tmp_path):
    path = tmp_path / "d.rq"
    path.write_text("# title: D\n# param: x decimal required  A sum\nSELECT ?x {}\n")
    q = Q.get_query(path)
    assert Q.bind(q, {"x": "3.5E+8"})[ox.Variable("x")].value == "350000000"
    with pytest.raises(QueryError, match="is not a number"):
        Q.bind(q, {"x": "NaN"})


def test_injection_is_a_plain_value():
    """A string parameter is one literal: quotes and braces in it are text to look for, not SPARQL."""
    x = extraction_two()
    said = Statement("Person:donald-trump", f"he typed {INJECTION} into the box",
                     (Evidence("doc-two", 0, 10, x.document.text[:10], "statement-said"),))
    s = Store(None)
    s.replace_document("doc-two", to_graph(Extraction(x.document, (ACTORS["Person:donald-trump"],), (), (said,))))
    before = len(s)
    result = Q.run(s, "statements-about", {"about": INJECTION})
    assert [r[1:3] for r in result.rows] == [["Donald Trump", f"he typed {INJECTION} into the box"]]
    assert Q.run(s, "statements-about", {"about": 'y" } ; DROP ALL ; #'}).rows == []
    assert len(s) == before


def test_query_that_does_not_project_its_parameter(store, tmp_path):
    path = tmp_path / "hidden.rq"
    path.write_text("# title: Hidden\n# param: actor iri required  Who\nSELECT ?m { ?m ?p ?actor }\n")
    with pytest.raises(QueryError, match=r"hidden\.rq: cannot bind parameters .*list every parameter in the SELECT clause"):
        Q.run(store, Q.get_query(path), {"actor": str(PUTIN)})


def test_names_stand_for_iris(store):
    assert rows(store, "meetings-of", actor="putin") == rows(store, "meetings-of", actor=str(PUTIN))
    with pytest.raises(QueryError, match=r"actor='Kim Jong Un': no actor or place has that name; give its IRI"):
        rows(store, "meetings-of", actor="Kim Jong Un")


def test_ambiguous_name(store):
    s = Store(None)
    s.replace_document("doc-one", graph_one())
    s.update(
        "INSERT DATA { GRAPH <urn:test> { <https://w3id.org/actor-kg/id/state/russia> "
        "<http://www.w3.org/2004/02/skos/core#altLabel> \"Putin\" } }"
    )
    with pytest.raises(QueryError, match=r"actor='Putin' names several things .*person/vladimir-putin.*; give one IRI"):
        rows(s, "meetings-of", actor="Putin")


# --- what each query returns ---------------------------------------------------------------------------


def test_who_met_whom(store):
    result = Q.run(store, "who-met-whom", {})
    assert result.columns == ["date", "actor1", "actor2", "place", "status", "meeting"]
    assert [r[:5] for r in result.rows] == [
        [dt.date(2025, 4, 11), "Steve Witkoff", "Vladimir Putin", "St Petersburg", "held"],
        [dt.date(2025, 4, 10), "Germany", "Ukraine", None, "held"],
        [dt.date(2025, 4, 10), "Nato", "Germany", None, "held"],
        [dt.date(2025, 4, 10), "Nato", "Ukraine", None, "held"],
    ]
    # the Witkoff–Putin meeting is reported by both documents and is one row
    assert [r[1:3] for r in rows(store, "who-met-whom", actor=str(PUTIN))] == [["Vladimir Putin", "Steve Witkoff"]]
    assert [r[1:3] for r in rows(store, "who-met-whom", since="2025-04-11")] == [["Steve Witkoff", "Vladimir Putin"]]
    assert len(rows(store, "who-met-whom", until="2025-04-10")) == 3


def test_meetings_of(store):
    assert [r[:4] for r in rows(store, "meetings-of", actor=str(WITKOFF))] == [
        [dt.date(2025, 4, 11), "Vladimir Putin", "St Petersburg", "held"]
    ]
    assert [r[1] for r in rows(store, "meetings-of", actor=str(UKRAINE))] == ["Germany", "Nato"]
    assert rows(store, "meetings-of", actor=str(UKRAINE), since="2025-04-11") == []


def test_pledges_by_donor(store):
    result = Q.run(store, "pledges-by-donor", {})
    assert result.columns == ["donor_name", "currency", "total", "pledges"]
    assert result.rows == [
        ["United Kingdom", "GBP", Decimal("350000000"), 1],
        ["Germany", "EUR", Decimal("150000000"), 2],
    ]
    assert rows(store, "pledges-by-donor", donor=str(GERMANY), since="2025-04-12") == [
        ["Germany", "EUR", Decimal("50000000"), 1]
    ]


def test_pledges_to(store):
    result = Q.run(store, "pledges-to", {"recipient": str(UKRAINE)})
    assert result.columns == ["date", "donor_name", "recipient_name", "amount", "currency", "items", "pledge"]
    assert [r[:6] for r in result.rows] == [
        [dt.date(2025, 4, 12), "Germany", "Ukraine", Decimal("50000000"), "EUR", None],
        [dt.date(2025, 4, 11), "Germany", "Ukraine", Decimal("100000000"), "EUR", "air defence"],
        [None, "United Kingdom", "Ukraine", Decimal("350000000"), "GBP", "drones"],
    ]
    assert rows(store, "pledges-to", recipient=str(GERMANY)) == []


def test_strikes_by_place(store):
    assert [r[:5] for r in rows(store, "strikes-by-place")] == [
        ["Kyiv", dt.date(2025, 4, 10), "Russia", "drones", "energy infrastructure"]
    ]
    assert len(rows(store, "strikes-by-place", place=str(KYIV), attacker="Russia")) == 1
    assert rows(store, "strikes-by-place", attacker=str(UKRAINE)) == []
    assert rows(store, "strikes-by-place", since="2025-04-11") == []


def test_statements_by_and_about(store):
    said = [r[:2] for r in rows(store, "statements-by", speaker=str(PUTIN))]
    assert said == [[dt.date(2025, 4, 11), "we are ready for talks on a ceasefire"]]
    assert rows(store, "statements-by", speaker=str(PUTIN), contains="CEASEFIRE") != []
    assert rows(store, "statements-by", speaker=str(PUTIN), contains="sanctions") == []
    about = [r[1:3] for r in rows(store, "statements-about", about="Ceasefire")]
    assert about == [
        ["Donald Trump", "Russia must agree to a ceasefire"],
        ["Vladimir Putin", "we are ready for talks on a ceasefire"],
    ]
    assert [r[1] for r in rows(store, "statements-about", about="ceasefire", speaker=str(PUTIN))] == ["Vladimir Putin"]


def test_most_active_actors(store):
    result = Q.run(store, "most-active-actors", {})
    assert result.columns == ["actor_name", "type", "events", "meetings", "pledges", "strikes", "statements", "actor"]
    assert result.rows[0][:7] == ["Ukraine", "State", 4, 1, 3, 0, 0]
    assert [r[0] for r in result.rows] == [
        "Ukraine", "Germany", "Vladimir Putin", "Donald Trump", "Nato", "Russia", "Steve Witkoff", "United Kingdom"
    ]
    assert [r[0] for r in rows(store, "most-active-actors", min_events="3")] == ["Ukraine", "Germany"]
    assert [r[0] for r in rows(store, "most-active-actors", since="2025-04-12")] == ["Donald Trump", "Germany", "Ukraine"]


def test_events_between(store):
    result = Q.run(store, "events-between", {"since": "2025-04-11", "until": "2025-04-11"})
    assert result.columns == ["date", "kind", "actors", "place", "event"]
    assert [r[:4] for r in result.rows] == [
        [dt.date(2025, 4, 11), "Meeting", "Steve Witkoff, Vladimir Putin", "St Petersburg"],
        [dt.date(2025, 4, 11), "Pledge", "Germany, Ukraine", None],
        [dt.date(2025, 4, 11), "Statement", "Vladimir Putin", None],
    ]
    every = rows(store, "events-between")
    assert [r[1] for r in every] == ["Meeting", "Strike", "Meeting", "Pledge", "Statement", "Pledge", "Statement"]
    assert every[0][2] == "Germany, Nato, Ukraine"  # names sorted


def test_evidence_of(store):
    event = meeting_iri(store, "Steve Witkoff", "Vladimir Putin")
    result = Q.run(store, "evidence-of", {"event": event})
    assert result.columns[:8] == ["sentence", "document_title", "publisher", "published", "url", "start", "end", "rule"]
    assert [r[:2] for r in result.rows] == [
        ["US envoy Steve Witkoff met Vladimir Putin in St Petersburg on Friday.", "Witkoff in St Petersburg"],
        ["Witkoff met Putin in St Petersburg on 11 April.", "Nato talks"],
    ]
    assert result.rows[0][5:8] == [0, 69, "meeting-met"]


def test_co_occurrence(store):
    result = Q.run(store, "co-occurrence", {})
    assert result.columns == ["actor1", "actor2", "events", "kinds"]
    assert result.rows[0] == ["Germany", "Ukraine", 3, "Meeting, Pledge"]
    assert len(result.rows) == 5
    assert rows(store, "co-occurrence", actor=str(UKRAINE), min_events="2") == [["Ukraine", "Germany", 3, "Meeting, Pledge"]]


def test_results_are_deterministic(store):
    for q in LOCAL:
        if not any(p.required for p in q.params):
            assert Q.run(store, q, {}).rows == Q.run(store, q, {}).rows


# --- output formats ---------------------------------------------------------------------------------


def test_output_formats(store):
    result = Q.run(store, "pledges-by-donor", {})
    assert result.to_table_rows()[0] == ["United Kingdom", "GBP", "350000000", "1"]
    assert result.to_csv().splitlines()[:2] == ["donor_name,currency,total,pledges", "United Kingdom,GBP,350000000,1"]
    data = json.loads(result.to_json())
    assert data["query"] == "pledges-by-donor"
    assert data["rows"][1] == {"donor_name": "Germany", "currency": "EUR", "total": 150000000, "pledges": 2}
    dated = json.loads(Q.to_json(Q.run(store, "who-met-whom", {"actor": str(PUTIN)})))
    assert dated["rows"][0]["date"] == "2025-04-11"
    assert Q.to_table_rows(Q.run(store, "pledges-to", {}))[-1][0] == ""


# --- the seeds (built once by the conftest fixture) ------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(seed_store) -> Store:
    return Store(seed_store, read_only=True)


def test_seeds_who_met_whom(seeds):
    pairs = {frozenset(r[1:3]) for r in rows(seeds, "who-met-whom")}
    assert frozenset({"Steve Witkoff", "Vladimir Putin"}) in pairs


def test_seeds_pledges_by_donor(seeds):
    by_donor = {(r[0], r[1]): r[2] for r in rows(seeds, "pledges-by-donor")}
    assert by_donor.get(("Germany", "EUR"), 0) > 0


@pytest.mark.parametrize("q", [q for q in LOCAL if not any(p.required for p in q.params)], ids=lambda q: q.name)
def test_seeds_every_query_runs(seeds, q):
    result = Q.run(seeds, q, {})
    assert all(len(row) == len(result.columns) for row in result.rows)
    assert result.rows == Q.run(seeds, q, {}).rows
