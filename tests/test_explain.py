"""kg explain: every fact about a resource with the sentence, document, offsets, rule and version it came from."""

from __future__ import annotations

import gc
import json

import httpx
import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app
from kg.explain import ExplainError, describe_event, explain
from kg.load import load_path
from kg.rdf import REGION_RULE, to_graph
from kg.store import Store

from conftest import SEEDS
from server_fixtures import live_server
from test_provenance import FIRST, TEXT, _extraction

WITKOFF = "https://w3id.org/actor-kg/id/person/steve-witkoff"
RUSSIA = "https://w3id.org/actor-kg/id/state/russia"


@pytest.fixture(scope="module")
def seeds(seed_store) -> Store:
    return Store(seed_store, read_only=True)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    """Each seed document's text by the IRI of its document node."""
    from kg.ids import document_iri

    return {str(document_iri(d.id)): d.text for d in load_path(SEEDS)}


@pytest.fixture(scope="module")
def small() -> Store:
    """A store with one hand-made document whose actors and places carry evidence."""
    store = Store(None)
    store.replace_document("doc-1", to_graph(_extraction()))
    return store


def test_an_actor_by_name_with_its_events_and_their_sources(seeds, texts):
    e = explain(seeds, "Steve Witkoff")
    assert e.iri == WITKOFF and e.types == ("Person",) and e.label == "Steve Witkoff"
    assert e.facts[0].statement == "Steve Witkoff is a Person"
    meetings = [f for f in e.facts if f.kind == "Meeting" and "Vladimir Putin" in f.statement]
    assert meetings, [f.statement for f in e.facts]
    sources = [s for f in e.facts[1:] for s in f.sources]
    assert sources and all(s.rule and s.extractor_version == __version__ for s in sources)
    for s in sources:
        assert s.title and s.publisher
        assert len(s.published) == 10
        # the offsets point at the sentence in the document it names
        assert texts[s.document][s.start:s.end] == s.sentence


def test_the_same_by_iri_and_short_iri(seeds):
    by_name = explain(seeds, "Steve Witkoff")
    assert explain(seeds, WITKOFF) == by_name == explain(seeds, "person/steve-witkoff")


def test_an_event_explains_itself(seeds):
    meeting = next(f for f in explain(seeds, WITKOFF).facts if f.kind == "Meeting")
    e = explain(seeds, meeting.subject)
    assert e.types == ("Meeting",) and e.label == meeting.statement
    assert [f.statement for f in e.facts] == [meeting.statement]
    assert e.facts[0].sources == meeting.sources


def test_type_assertions_carry_their_sentence(small):
    e = explain(small, RUSSIA)
    own = e.facts[0]
    assert own.statement == "Russia is a State" and e.wikidata == ("Q159",)
    (src,) = own.sources
    assert (src.sentence, src.start, src.end, src.rule) == (TEXT[:FIRST], 0, FIRST, "mention.demonym")
    assert (src.title, src.publisher, src.published, src.url) == (
        "Drones hit Kupiansk", "Example News", "2025-04-11", "https://example.org/kupiansk")
    assert [f.statement for f in e.facts[1:]] == ["Russia struck Kupiansk with drones"]
    region = explain(small, "Kharkiv region")
    assert [s.rule for s in region.facts[0].sources] == [REGION_RULE]


def test_errors_name_the_problem(seeds):
    with pytest.raises(ExplainError, match="no actor or place is named"):
        explain(seeds, "Nobody At All")
    with pytest.raises(ExplainError, match="several things.*state/ukraine"):
        explain(seeds, "Ukraine")
    with pytest.raises(ExplainError, match="not in the store"):
        explain(seeds, "person/nobody-at-all")
    with pytest.raises(ExplainError, match="is a Document"):
        explain(seeds, "document/000-743f914193201aa2")


def test_describe_event_reads_like_a_sentence():
    assert describe_event("Strike", {"attacker": ["Russia"], "location": ["Kyiv"], "weapon": ["drones"],
                                     "date": ["2025-04-11"]}) == "Russia struck Kyiv with drones on 2025-04-11"
    assert describe_event("Statement", {"speaker": ["Kaja Kallas"], "text": ["Russia does not want peace"]}) == \
        "Kaja Kallas said: “Russia does not want peace”"
    assert describe_event("Meeting", {"participant": ["A", "C", "B"], "status": ["planned"]}) == "A, B and C are to meet"


# --- the command -----------------------------------------------------------------------------------


def kg(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args], prog_name="kg")


def test_cli_help_has_an_example():
    result = kg("explain", "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_cli_formats(seed_store):
    data = json.loads(kg("explain", "Steve Witkoff", "--store", seed_store, "--format", "json").output)
    assert data["iri"] == WITKOFF and data["facts"][1]["sources"][0]["sentence"]
    assert {"sentence", "document", "title", "publisher", "published", "url", "start", "end", "rule",
            "extractor_version"} <= set(data["facts"][1]["sources"][0])
    text = kg("explain", WITKOFF, "--store", seed_store, "--format", "text")
    assert text.exit_code == 0 and data["facts"][1]["sources"][0]["sentence"] in text.output
    table = kg("explain", WITKOFF, "--store", seed_store)
    assert table.exit_code == 0 and "Steve Witkoff" in table.output and "rule" in table.output


def test_cli_errors_are_one_line(seed_store):
    for args in (("Ukraine",), ("Steve Witkoff", "--format", "xml")):
        result = kg("explain", *args, "--store", seed_store)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert len([line for line in result.output.splitlines() if line.startswith("error:")]) == 1


# --- the entity page -------------------------------------------------------------------------------


def test_entity_page_shows_where_an_actor_is_named(tmp_path):
    store = Store(tmp_path / "store")
    store.replace_document("doc-1", to_graph(_extraction()))
    store.flush()
    del store
    gc.collect()  # release the lock: the server's workers open the store
    with live_server(store=str(tmp_path / "store")) as server:
        html = httpx.get(f"{server.url}/id/state/russia", headers={"Accept": "text/html"}).text
    assert "<h2>Named in</h2>" in html
    assert f"<blockquote>{TEXT[:FIRST]}</blockquote>" in html
    assert "rule mention.demonym" in html and f"characters 0–{FIRST}" in html
    assert "kg:evidence" not in html  # shown as a sentence, not as a bare link
