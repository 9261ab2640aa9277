"""The `kg` command: every command run for real against real stores, files and the benchmark scorer."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import typer
from rdflib import Dataset
from typer.testing import CliRunner

from kg.build import store_stats
from kg.cli import app
from kg.paths import repo_root
from kg.store import Store

from conftest import SEED_IDS, SEEDS
from test_build import two_docs, write  # two_docs: the fixture of two talks documents

GOLD = repo_root().parent / "shared" / "eval" / "dev"
SCORER = repo_root().parent / "shared" / "eval" / "score.py"
PUTIN = "https://w3id.org/actor-kg/id/person/vladimir-putin"


def kg(*args: object, input: str | None = None):
    return CliRunner().invoke(app, [str(a) for a in args], input=input, prog_name="kg")


def assert_clean_error(result, *words: str) -> None:
    """Exit status 1, one `error:` line naming the problem, no traceback."""
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.output
    assert "Traceback" not in result.output
    for word in words:
        assert word in errors[0]


# --- help ----------------------------------------------------------------------------------------


def test_every_command_has_help_with_an_example():
    commands = typer.main.get_command(app).commands
    assert {"build", "export", "validate", "query", "queries", "stats", "remove", "eval"} <= set(commands)
    for name in commands:
        result = kg(name, "--help")
        assert result.exit_code == 0, (name, result.output)
        assert "Example" in result.output, f"`kg {name} --help` has no Example"


def test_no_arguments_shows_the_commands():
    result = kg()
    assert "build" in result.output and "export" in result.output


# --- build ---------------------------------------------------------------------------------------


def test_build_prints_a_summary(two_docs, tmp_path):
    store = tmp_path / "store"
    result = kg("build", two_docs, "--store", store, "--jobs", 1)
    assert result.exit_code == 0, result.output
    for word in ("documents", "actors", "meetings", "pledges", "strikes", "statements", "triples", "time"):
        assert word in result.stdout
    assert Store(store, read_only=True).documents() == ["a-talks", "b-talks"]


def test_build_with_a_bad_document_stores_the_good_ones_and_exits_1(two_docs, tmp_path):
    store = tmp_path / "store"
    bad = write(two_docs, "c-bad.txt", b"\x00\x01\x02binary")
    result = kg("build", two_docs, "--store", store, "--jobs", 1)
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and str(bad) in failed[0] and "binary" in failed[0]
    assert Store(store, read_only=True).documents() == ["a-talks", "b-talks"]


def test_store_from_the_environment(two_docs, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    assert kg("build", two_docs / "a-talks.txt", "--jobs", 1).exit_code == 0
    assert Store(tmp_path / "env-store", read_only=True).documents() == ["a-talks"]


# --- export --------------------------------------------------------------------------------------

EXPORTS = {"graph.nq": "nquads", "graph.trig": "trig", "graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld"}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_export_in_each_format_parses_back(seed_store, tmp_path, name):
    out = tmp_path / name
    result = kg("export", "--store", seed_store, "-o", out)
    assert result.exit_code == 0, result.output
    ds = Dataset()
    ds.parse(out, format=EXPORTS[name])
    quads = list(ds.quads((None, None, None, None)))
    store = Store(seed_store, read_only=True)
    if name.endswith((".nq", ".trig", ".jsonld")):  # named graphs kept
        assert len(quads) == len(store)
        assert {str(g.identifier) for g in ds.graphs() if len(g)} >= set(store.graphs())
    else:  # the union
        assert len({q[:3] for q in quads}) == len(quads) > len(store) // 2


def test_export_format_option_stdout_and_no_inferred(seed_store, tmp_path):
    result = kg("export", "--store", seed_store, "-o", "-", "--format", "nq", "--no-inferred")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and all(line.endswith(" .") for line in lines)
    assert not [line for line in lines if line.endswith("<https://w3id.org/actor-kg/graph/inferred> .")]
    assert_clean_error(kg("export", "--store", seed_store, "-o", tmp_path / "graph.xyz"), "graph.xyz", "--format")


def test_export_of_a_missing_store_is_a_clean_error(tmp_path):
    assert_clean_error(kg("export", "--store", tmp_path / "none", "-o", tmp_path / "g.nq"), "kg build")


# --- validate ------------------------------------------------------------------------------------

BROKEN_TTL = """
@prefix kg: <https://w3id.org/actor-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/actor-kg/id/meeting/0000000000000000> a kg:Meeting ;
    kg:status "held" .
<https://w3id.org/actor-kg/id/person/nobody> a kg:Person .
"""


def test_validate_the_seed_store_conforms(seed_store):
    result = kg("validate", "--store", seed_store)
    assert result.exit_code == 0, result.output
    for doc in SEED_IDS:
        assert f"{doc}: conforms" in result.stdout
    assert "conform" in result.stdout.splitlines()[-1]


def test_validate_a_document_graph_file_conforms(seed_store, tmp_path):
    path = tmp_path / "doc.ttl"
    Store(seed_store, read_only=True).document_graph(SEED_IDS[1]).serialize(path, format="turtle")
    result = kg("validate", path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{path}: conforms")


def test_validate_a_broken_file_fails_in_plain_words(tmp_path):
    path = write(tmp_path, "broken.ttl", BROKEN_TTL)
    result = kg("validate", path)
    assert result.exit_code == 1
    assert "does not conform" in result.stdout
    assert "Meeting <https://w3id.org/actor-kg/id/meeting/0000000000000000>" in result.stdout


def test_validate_unparseable_file_is_a_clean_error(tmp_path):
    path = write(tmp_path, "garbage.ttl", "this is not turtle <<<")
    assert_clean_error(kg("validate", path), "garbage.ttl", "not valid turtle")


# --- query ---------------------------------------------------------------------------------------


def test_query_with_a_parameter_in_each_format(seed_store):
    as_json = kg("query", "meetings-of", "--param", f"actor={PUTIN}", "--format", "json", "--store", seed_store)
    assert as_json.exit_code == 0, as_json.output
    answer = json.loads(as_json.stdout)
    assert answer["columns"][:2] == ["date", "met"]
    assert "actor" not in answer["columns"]  # parameters are not result columns
    met = {row["met"] for row in answer["rows"]}
    assert "Steve Witkoff" in met and "Vladimir Putin" not in met

    as_csv = kg("query", "meetings-of", "-p", "actor=Vladimir Putin", "-f", "csv", "--store", seed_store)
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == len(answer["rows"])
    assert {r["met"] for r in rows} == met

    as_table = kg("query", "meetings-of", "-p", f"actor={PUTIN}", "--store", seed_store)
    assert as_table.exit_code == 0
    assert "Meetings of an actor" in as_table.stdout and f"({len(rows)} rows)" in as_table.stdout


def test_query_from_a_file(seed_store, tmp_path):
    path = write(tmp_path, "count.rq", "PREFIX kg: <https://w3id.org/actor-kg/ontology#>\n"
                                      "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a kg:Meeting }\n")
    result = kg("query", path, "-f", "csv", "--store", seed_store)
    assert result.exit_code == 0, result.output
    expected = store_stats(Store(seed_store, read_only=True)).events["Meeting"]
    assert result.stdout.splitlines() == ["n", str(expected)]


def test_query_errors_are_clean(seed_store):
    assert_clean_error(kg("query", "no-such-query", "--store", seed_store), "no-such-query")
    assert_clean_error(kg("query", "who-met-whom", "-p", "actor", "--store", seed_store), "name=value")
    assert_clean_error(kg("query", "who-met-whom", "-f", "xml", "--store", seed_store), "xml")
    assert_clean_error(kg("query", "meetings-of", "--store", seed_store), "actor")


# --- stats and remove ----------------------------------------------------------------------------


def test_stats(seed_store):
    result = kg("stats", "--store", seed_store)
    assert result.exit_code == 0, result.output
    s = store_stats(Store(seed_store, read_only=True))
    for word in ("documents", "Person", "State", "Organization", "Meeting", "Pledge", "Strike", "Statement", "ontology", "inferred"):
        assert word in result.stdout
    assert f"{s.triples:,}" in result.stdout


def test_remove_a_document_by_id_or_by_file(seed_store, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    result = kg("remove", SEED_IDS[0], "--store", store)
    assert result.exit_code == 0, result.output
    assert SEED_IDS[0] in result.stdout
    result = kg("remove", SEEDS / f"{SEED_IDS[1]}.txt", "--store", store)
    assert result.exit_code == 0, result.output
    left = Store(store, read_only=True).documents()
    assert SEED_IDS[0] not in left and SEED_IDS[1] not in left and SEED_IDS[2] in left
    assert_clean_error(kg("remove", SEED_IDS[0], "--store", store), SEED_IDS[0], "no such document")


def test_remove_then_rebuild_restores_the_store(two_docs, tmp_path):
    store = tmp_path / "store"
    kg("build", two_docs, "--store", store, "-j", 1)
    before = Store(store, read_only=True).dump("nq")
    assert kg("remove", "a-talks", "--store", store).exit_code == 0
    assert kg("build", two_docs / "a-talks.txt", "--store", store, "-j", 1).exit_code == 0
    assert Store(store, read_only=True).dump("nq") == before


# --- eval ----------------------------------------------------------------------------------------


@pytest.mark.skipif(not SCORER.is_file(), reason="the benchmark scorer is not beside this checkout")
def test_eval_on_the_seeds_gold_prints_f1_and_misses():
    result = kg("eval", GOLD, SEEDS, "--show-misses", "--jobs", 1)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.splitlines()[0].split() == ["kind", "gold", "graph", "P", "R", "F1", "dup"]
    rows = {}
    for line in out.splitlines()[1:]:
        cells = line.split()
        rows.setdefault(cells[0], cells)
    for kind in ("actors", "persons", "places", "meetings", "pledges", "strikes", "statements", "events"):
        assert 0.0 < float(rows[kind][5]) <= 1.0, rows[kind]
    assert "events macro-F1" in out
    assert "missed:" in out  # --show-misses passed through


def test_eval_without_gold_is_a_clean_error(tmp_path):
    assert_clean_error(kg("eval", tmp_path, SEEDS), str(tmp_path), "gold")
