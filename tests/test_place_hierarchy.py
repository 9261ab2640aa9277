"""The place hierarchy on the seeds: regions never dangle, and strikes roll up to regions and states."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import queries as Q
from kg.store import Store

UKRAINE = "https://w3id.org/actor-kg/id/state/ukraine"
PREFIX = """PREFIX kg: <https://w3id.org/actor-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def seeds(seed_store) -> Store:
    return Store(seed_store, read_only=True)


def select(store: Store, sparql: str) -> list[list]:
    return [[Q._value(v) for v in row] for row in store.query(PREFIX + sparql)]


def test_every_region_link_points_at_a_labelled_region(seeds):
    links = select(seeds, "SELECT DISTINCT ?p ?r WHERE { ?p kg:withinRegion ?r }")
    assert len(links) >= 5
    dangling = select(seeds, """SELECT DISTINCT ?r WHERE { ?p kg:withinRegion ?r .
        FILTER NOT EXISTS { ?r a kg:Region ; rdfs:label ?l } }""")
    assert dangling == []


def test_only_regions_the_text_names_are_places(seeds):
    # "Fastiv, a town outside Kyiv": the seeds never name the Kyiv region, so it is no kg:Place
    region = "<https://w3id.org/actor-kg/id/place/kyiv-oblast>"
    assert bool(seeds.query(PREFIX + f"ASK {{ {region} a kg:Region }}"))
    assert not bool(seeds.query(PREFIX + f"ASK {{ {region} a kg:Place }}"))
    # the Dnipropetrovsk region is named ("reported in Chernihiv and Dnipropetrovsk") and holds Dnipro
    named = "<https://w3id.org/actor-kg/id/place/dnipropetrovsk-oblast>"
    assert bool(seeds.query(PREFIX + f"ASK {{ {named} a kg:Place, kg:Region }}"))


def test_a_region_written_for_its_town_has_the_gazetteer_label(seeds):
    rows = select(seeds, """SELECT DISTINCT ?label WHERE {
        <https://w3id.org/actor-kg/id/place/fastiv> kg:withinRegion ?r . ?r rdfs:label ?label }""")
    assert rows == [["Kyiv region"]]


@pytest.fixture(scope="module")
def by_region(seeds):
    return Q.run(seeds, "strikes-by-region", {})


def test_strikes_roll_up_to_regions_and_states(seeds, by_region):
    assert by_region.columns == ["state_name", "region_name", "strikes", "places", "first", "last", "state", "region"]
    total = select(seeds, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:Strike }")[0][0]
    assert sum(r[2] for r in by_region.rows) == total  # each strike counted once
    regions = [r for r in by_region.rows if r[7]]
    assert regions and all(r[1] for r in regions)
    assert len({(r[6], r[7]) for r in by_region.rows}) == len(by_region.rows)  # one row per state and region
    # a region groups several places: the towns named in the text, or the region itself
    assert any(", " in r[3] for r in regions)
    assert [r[2] for r in by_region.rows] == sorted((r[2] for r in by_region.rows), reverse=True)


def test_every_place_of_a_region_row_lies_in_it(seeds, by_region):
    for row in (r for r in by_region.rows if r[7]):
        inside = {x[0] for x in select(seeds, f"""SELECT DISTINCT ?name WHERE {{
            {{ ?p kg:withinRegion+ <{row[7]}> }} UNION {{ BIND(<{row[7]}> AS ?p) }}
            ?p rdfs:label ?name }}""")}
        assert set(row[3].split(", ")) <= inside, row


def test_first_and_last_are_the_dated_extremes(by_region):
    for row in by_region.rows:
        if row[4] is not None:
            assert isinstance(row[4], dt.date) and row[4] <= row[5]


def test_state_and_date_filters(seeds, by_region):
    ukraine = Q.run(seeds, "strikes-by-region", {"in_state": UKRAINE}).rows
    assert ukraine and {r[6] for r in ukraine} == {UKRAINE}
    assert ukraine == [r for r in by_region.rows if r[6] == UKRAINE]
    late = Q.run(seeds, "strikes-by-region", {"since": "2025-12-01"}).rows
    assert late and all(r[4] >= dt.date(2025, 12, 1) for r in late)
    assert Q.run(seeds, "strikes-by-region", {"since": "2100-01-01"}).rows == []
