"""The actor network: projection from the store, metrics, write-back, exports."""

from __future__ import annotations

import csv
import datetime as dt
import json

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.analytics import EXACT_LIMIT, compute, write_back
from kg.export_network import ExportError, write_network
from kg.network import RELATIONS, NetworkError, NetworkOptions, collapse, project
from kg.store import Store
from network_fixtures import INTRUDER, KHARKIV, NATO, PLANT, RUSSIA, RUTTE, STARMER, UK, UKRAINE, ZELENSKY, iri, small_store

PLANT_IRI = f"https://w3id.org/actor-kg/id/place/{PLANT.key}"


@pytest.fixture(scope="module")
def store():
    return small_store()


@pytest.fixture(scope="module")
def projection(store):
    return project(store)


def test_meeting_participants_are_linked_with_one_weight_per_evidence(store, projection):
    a, b = sorted([iri(ZELENSKY), iri(STARMER)])
    edge = projection.edges[a, b, "met"]
    # the weight is what the store says: evidences of the meetings of these two
    rows = list(store.query(
        """PREFIX kg: <https://w3id.org/actor-kg/ontology#>
        SELECT ?a ?b (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?m a kg:Meeting ; kg:participant ?a, ?b ; kg:evidence ?ev }
        GROUP BY ?a ?b""",
        substitutions={ox.Variable("a"): ox.NamedNode(a), ox.Variable("b"): ox.NamedNode(b)}))
    assert edge["weight"] == int(rows[0]["n"].value) == 3
    assert edge["dates"] == ["2025-02-10"]
    assert "Zelensky met Keir Starmer in London." in edge["evidence"]
    assert not projection.has_edge(b, a)  # met is stored once


def test_cancelled_meetings_make_no_edge(projection):
    assert not projection.has_edge(iri(STARMER), iri(RUSSIA))
    assert not projection.has_edge(iri(RUSSIA), iri(STARMER))


def test_pledge_edge_carries_amounts_per_currency(projection):
    edge = projection.edges[iri(UK), iri(UKRAINE), "pledged_to"]
    assert edge["amounts"] == {"GBP": 350_000_000.0}
    assert edge["weight"] == 1


def test_strikes_point_at_the_state_of_the_place_or_at_the_place(projection):
    assert projection.has_edge(iri(RUSSIA), iri(UKRAINE), "struck")  # Kharkiv lies in Ukraine
    assert projection.nodes[PLANT_IRI]["type"] == "Place"
    assert projection.has_edge(iri(RUSSIA), PLANT_IRI, "struck")
    assert f"https://w3id.org/actor-kg/id/place/{KHARKIV.key}" not in projection


def test_statements_link_the_speaker_to_actors_named(projection):
    spoken = {v for _, v, k in projection.out_edges(iri(ZELENSKY), keys=True) if k == "spoke_about"}
    assert spoken == {iri(RUSSIA), iri(NATO)}


def test_nodes_carry_type_label_qid_and_event_counts(projection):
    z = projection.nodes[iri(ZELENSKY)]
    assert (z["type"], z["label"], z["qid"]) == ("Person", "Volodymyr Zelensky", "Q3874799")
    assert (z["meetings"], z["statements"], z["pledges"]) == (2, 1, 0)
    assert projection.nodes[iri(RUSSIA)]["strikes"] == 2


def test_date_window_filters_events(store):
    g = project(store, NetworkOptions(since=dt.date(2025, 3, 1)))
    assert {k for *_, k in g.edges(keys=True)} == {"met", "struck"}
    assert g.has_edge(iri(RUSSIA), PLANT_IRI, "struck")
    assert not g.has_edge(iri(RUSSIA), iri(UKRAINE), "struck")
    # the undated meeting takes its document's publication day, 2025-03-10
    assert g.has_edge(*sorted([iri(RUTTE), iri(ZELENSKY)]), "met")
    early = project(store, NetworkOptions(until=dt.date(2025, 2, 9)))
    assert [(u, v, k) for u, v, k in early.edges(keys=True)] == [(iri(RUSSIA), iri(UKRAINE), "struck")]


def test_min_weight_and_relations_and_isolates(store):
    strong = project(store, NetworkOptions(min_weight=2))
    assert [(k, d["weight"]) for *_, k, d in strong.edges(keys=True, data=True)] == [("met", 3)]
    only = project(store, NetworkOptions(relations=("pledged_to",), isolates=False))
    assert set(only) == {iri(UK), iri(UKRAINE)}


@pytest.mark.parametrize("bad", [dict(relations=("hugged",)), dict(min_weight=0),
                                 dict(since=dt.date(2025, 3, 1), until=dt.date(2025, 2, 1))])
def test_bad_options_are_refused(bad):
    with pytest.raises(NetworkError):
        NetworkOptions(**bad)


def test_collapse_sums_relations_per_pair(projection):
    undirected = collapse(projection)
    edge = undirected.edges[iri(RUSSIA), iri(UKRAINE)]
    assert (edge["weight"], edge["struck"], edge["relations"]) == (1, 1, ["struck"])
    directed = collapse(projection, directed=True)
    # a meeting goes both ways in a directed graph, a pledge one way
    assert directed.has_edge(iri(ZELENSKY), iri(STARMER)) and directed.has_edge(iri(STARMER), iri(ZELENSKY))
    assert directed.has_edge(iri(UK), iri(UKRAINE)) and not directed.has_edge(iri(UKRAINE), iri(UK))
    assert sum(d["weight"] for *_, d in undirected.edges(data=True)) == sum(
        d["weight"] for *_, d in projection.edges(data=True))


def test_star_centre_has_the_top_centralities():
    star = nx.star_graph(6)
    m = compute(star)
    centre = m[0]
    assert centre.betweenness == pytest.approx(1.0)
    assert centre.closeness == pytest.approx(1.0)
    assert m.top(1, "pagerank")[0].node == 0
    assert m.top(1, "eigenvector")[0].node == 0
    assert all(m[leaf].betweenness == 0 for leaf in range(1, 7))
    assert (m.components, m.sample_k) == (1, None)


def test_communities_split_two_cliques_joined_by_a_bridge():
    g = nx.barbell_graph(5, 0)
    m = compute(g, seed=1)
    assert m.communities == 2
    assert len({m[n].community for n in range(5)}) == 1
    assert m[0].community != m[9].community
    assert m.modularity > 0.3


def test_components_are_numbered_by_size():
    g = nx.Graph([(1, 2), (2, 3), (4, 5)])
    g.add_node(6)
    m = compute(g)
    assert [m[n].component for n in (1, 4, 6)] == [0, 1, 2]


def test_large_graphs_get_sampled_betweenness_and_closeness():
    g = nx.barabasi_albert_graph(EXACT_LIMIT + 1, 2, seed=1)
    m = compute(g, k=50, seed=7)
    assert m.sample_k == 50
    expected = nx.betweenness_centrality(g, k=50, seed=7)  # the same seeded sample of sources
    assert all(m[n].betweenness == pytest.approx(expected[n], abs=1e-12) for n in g)
    hub = max(g, key=g.degree)
    leaf = min(g, key=g.degree)
    assert m[hub].closeness > m[leaf].closeness > 0
    assert compute(g, k=50, seed=7).nodes == m.nodes  # seeded: the same figures every run


def test_eigenvector_falls_back_when_power_iteration_fails():
    # a directed cycle: power iteration oscillates, ARPACK still answers
    g = nx.DiGraph([(0, 1), (1, 2), (2, 0)])
    m = compute(g)
    assert m.eigenvector_method in ("power iteration", "arpack")
    assert m[0].eigenvector == pytest.approx(m[1].eigenvector)


def test_write_back_is_visible_by_sparql_and_replaced(projection):
    store = small_store()
    metrics = compute(collapse(projection))
    written = write_back(store, metrics)
    assert written == 8 * len(metrics)
    rows = list(store.query(
        """PREFIX kg: <https://w3id.org/actor-kg/ontology#>
        SELECT ?node ?pr ?c WHERE { GRAPH <https://w3id.org/actor-kg/graph/metrics> {
          ?node kg:pagerank ?pr ; kg:community ?c } } ORDER BY DESC(?pr)""", union=False))
    assert rows[0]["node"].value == metrics.nodes[0].node
    assert float(rows[0]["pr"].value) == pytest.approx(metrics.nodes[0].pagerank)
    # a second write replaces the graph instead of adding to it
    smaller = compute(collapse(project(store, NetworkOptions(relations=("pledged_to",), isolates=False))))
    write_back(store, smaller)
    count = list(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/actor-kg/graph/metrics> "
                             "{ ?s ?p ?o } }", union=False))
    assert int(count[0]["n"].value) == 8 * 2


@pytest.mark.parametrize("multi", [True, False], ids=["projection", "collapsed"])
def test_every_export_format_reads_back(tmp_path, projection, multi):
    graph = projection if multi else collapse(projection)
    metrics = compute(collapse(projection))
    for suffix in ("graphml", "gexf", "json", "csv"):
        path = write_network(graph, tmp_path / f"net.{suffix}", metrics)
        if suffix == "graphml":
            back = nx.read_graphml(path)
        elif suffix == "gexf":
            back = nx.read_gexf(path)
        elif suffix == "json":
            back = nx.node_link_graph(json.loads(path.read_text()), edges="edges")
        else:
            with path.open(newline="", encoding="utf-8") as f:
                back = nx.MultiDiGraph() if multi else nx.Graph()
                back.add_edges_from((r["source"], r["target"], {"weight": float(r["weight"])}) for r in csv.DictReader(f))
        assert back.number_of_edges() == graph.number_of_edges(), suffix
        assert set(back.edges()) >= set(graph.edges()) if multi else True
        if suffix != "csv":
            z = back.nodes[iri(ZELENSKY)]
            assert float(z["pagerank"]) == pytest.approx(metrics[iri(ZELENSKY)].pagerank)
            assert z["label"] == "Volodymyr Zelensky"
            assert back.nodes[iri(INTRUDER)]["label"] == INTRUDER.label


def test_lists_are_flattened_for_graphml(tmp_path, projection):
    back = nx.read_graphml(write_network(collapse(projection), tmp_path / "n.graphml"))
    edge = back.edges[iri(UK), iri(UKRAINE)] if back.has_edge(iri(UK), iri(UKRAINE)) else back.edges[iri(UKRAINE), iri(UK)]
    assert edge["amounts"] == "GBP=350000000"
    assert edge["relations"] == "pledged_to"


def test_unknown_suffix_is_an_error(tmp_path, projection):
    with pytest.raises(ExportError, match="unknown network format"):
        write_network(projection, tmp_path / "net.xlsx")


def test_relations_constant_matches_the_explorer_order():
    assert RELATIONS == ("met", "pledged_to", "struck", "spoke_about")


def test_seed_meeting_edges_weigh_their_evidence(seed_store):
    store = Store(seed_store, read_only=True)
    projection = project(store, NetworkOptions(relations=("met",)))
    assert projection.number_of_edges() > 10
    rows = store.query(
        """PREFIX kg: <https://w3id.org/actor-kg/ontology#>
        SELECT ?a ?b (COUNT(DISTINCT ?ev) AS ?n) WHERE {
          ?m a kg:Meeting ; kg:participant ?a, ?b ; kg:evidence ?ev .
          FILTER (STR(?a) < STR(?b))
          FILTER NOT EXISTS { ?m kg:status "cancelled" }
        } GROUP BY ?a ?b""")
    expected = {(r["a"].value, r["b"].value): int(r["n"].value) for r in rows}
    got = {(u, v): d["weight"] for u, v, d in projection.edges(data=True)}
    assert got == {pair: n for pair, n in expected.items() if all(x in projection for x in pair)}


def test_cli_network_and_explore(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    path = tmp_path / "store"
    disk = Store(path)
    for quad in small_store().quads():
        disk._ox.add(quad)
    del disk
    runner = CliRunner()
    out = tmp_path / "actors.graphml"
    result = runner.invoke(app, ["network", "--store", str(path), "--top", "3", "-o", str(out), "--write-back",
                                 "--relations", "met,spoke_about"])
    assert result.exit_code == 0, result.output
    assert "Volodymyr" in result.output and "pagerank" in result.output
    assert nx.read_graphml(out).number_of_nodes() > 0
    assert len(Store(path, read_only=True).graph("https://w3id.org/actor-kg/graph/metrics")) > 0
    page = tmp_path / "explorer.html"
    result = runner.invoke(app, ["explore", "--store", str(path), "-o", str(page), "--color-by", "community"])
    assert result.exit_code == 0, result.output
    assert "new vis.Network" in page.read_text(encoding="utf-8")
    bad = runner.invoke(app, ["network", "--store", str(path), "--relations", "hugged"])
    assert bad.exit_code == 1 and "unknown relation hugged" in bad.output


@pytest.mark.parametrize("directed", [False, True], ids=["undirected", "directed"])
def test_batched_shortest_paths_equal_networkx(directed):
    import random

    from kg.analytics import shortest_path_metrics

    g = nx.gnp_random_graph(120, 0.03, seed=5, directed=directed)
    between, closeness = shortest_path_metrics(g, list(g))
    expected_b, expected_c = nx.betweenness_centrality(g), nx.closeness_centrality(g)
    assert all(between[n] == pytest.approx(expected_b[n], abs=1e-12) for n in g)
    assert all(closeness[n] == pytest.approx(expected_c[n], abs=1e-12) for n in g)
    sample = random.Random(9).sample(list(g), 30)
    sampled, _ = shortest_path_metrics(g, sample)
    expected = nx.betweenness_centrality(g, k=30, seed=9)  # networkx draws the same sources
    assert all(sampled[n] == pytest.approx(expected[n], abs=1e-12) for n in g)
