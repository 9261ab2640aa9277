"""The build: idempotent, atomic per document, bad documents reported and kept out, shared events merged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.build import build_paths, remove_document, store_stats
from kg.errors import StoreError
from kg.ids import document_iri
from kg.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, graph_iri
from kg.store import Store

from conftest import SEED_IDS, SEEDS

TALKS_A = """---
title: Starmer and Zelensky meet in London
publisher: Example Wire
published: 2025-03-02
---
Prime Minister Keir Starmer met Ukrainian President Volodymyr Zelensky in London on Sunday.

The two leaders discussed air defence for Ukrainian cities.
"""
TALKS_B = """---
title: Downing Street talks
publisher: Other Daily
published: 2025-03-03
---
Ukrainian President Volodymyr Zelensky met Prime Minister Keir Starmer in London on 2 March.

Britain's Defence Secretary John Healey said the United Kingdom would provide £1.6bn for air defence missiles.
"""
STRIKE_A = """---
title: Overnight strike
publisher: Example Wire
published: 2025-03-02
---
Russia launched a missile strike on Kharkiv overnight, regional governor Oleh Syniehubov said.
"""

STARMER_ZELENSKY = """
PREFIX kg: <https://w3id.org/actor-kg/ontology#>
SELECT ?m ?ev ?doc WHERE {
  ?m a kg:Meeting ; kg:participant <https://w3id.org/actor-kg/id/person/keir-starmer> ,
                                 <https://w3id.org/actor-kg/id/person/volodymyr-zelensky> ;
     kg:evidence ?ev .
  ?ev kg:document ?doc .
}"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


@pytest.fixture
def two_docs(tmp_path) -> Path:
    folder = tmp_path / "news"
    write(folder, "a-talks.txt", TALKS_A)
    write(folder, "b-talks.txt", TALKS_B)
    return folder


def graph_lines(store: Store, graph) -> list[str]:
    prefix = f"<{graph}>"
    return [line for line in store.dump("nq").decode().splitlines() if line.endswith(f"{prefix} .")]


def meeting_evidence(store: Store) -> set[tuple[str, str, str]]:
    return {(r["m"].value, r["ev"].value, r["doc"].value) for r in store.query(STARMER_ZELENSKY)}


def test_seed_build_summary(seed_build):
    path, summary = seed_build
    store = Store(path, read_only=True)
    assert store.documents() == list(SEED_IDS)  # seeds/METADATA.md is a note, not a document
    assert summary.documents == len(store.documents())
    assert summary.failures == ()
    assert summary.actors > 20
    assert set(summary.events) == {"Meeting", "Pledge", "Strike", "Statement"}
    assert all(n > 0 for n in summary.events.values()), summary.events
    assert summary.triples == len(store)
    assert summary.inferred > 0
    assert {str(ONTOLOGY_GRAPH), str(INFERRED_GRAPH)} <= set(store.graphs())


def test_rebuilding_the_same_documents_leaves_the_store_identical(seed_store, tmp_path):
    copy = tmp_path / "store"
    shutil.copytree(seed_store, copy)
    store = Store(copy)
    before = sorted(store.dump("nq").decode().splitlines())
    summary = build_paths([SEEDS], store, jobs=1)
    assert summary.ok
    after = sorted(store.dump("nq").decode().splitlines())
    assert len(before) > 1000
    assert before == after


def test_pool_and_inline_builds_store_the_same_graphs(two_docs, tmp_path):
    inline, pooled = Store(tmp_path / "inline"), Store(tmp_path / "pooled")
    assert build_paths([two_docs], inline, jobs=1).ok
    assert build_paths([two_docs], pooled, jobs=2).ok
    for doc in ("a-talks", "b-talks"):
        assert graph_lines(inline, graph_iri(doc)) == graph_lines(pooled, graph_iri(doc))
        assert graph_lines(inline, graph_iri(doc))
    assert graph_lines(inline, INFERRED_GRAPH) == graph_lines(pooled, INFERRED_GRAPH)


def test_progress_is_reported_once_per_document(two_docs, tmp_path):
    calls = []
    build_paths([two_docs], Store(tmp_path / "s"), jobs=1, progress=lambda *a: calls.append(a))
    assert calls == [(1, 2, str(two_docs / "a-talks.txt")), (2, 2, str(two_docs / "b-talks.txt"))]


def test_same_event_in_two_documents_is_one_node_with_two_evidences(two_docs, tmp_path):
    store = Store(tmp_path / "s")
    summary = build_paths([two_docs], store, jobs=1)
    assert summary.ok and summary.documents == 2
    assert summary.events["Meeting"] == 1
    rows = meeting_evidence(store)
    assert len({m for m, _, _ in rows}) == 1
    assert len({ev for _, ev, _ in rows}) == 2
    assert {doc for _, _, doc in rows} == {str(document_iri("a-talks")), str(document_iri("b-talks"))}


def test_rebuilding_one_changed_document_replaces_its_graph_and_nothing_else(two_docs, tmp_path):
    store = Store(tmp_path / "s")
    build_paths([two_docs], store, jobs=1)
    b_before = graph_lines(store, graph_iri("b-talks"))
    a_before = graph_lines(store, graph_iri("a-talks"))
    changed = write(two_docs, "a-talks.txt", STRIKE_A)
    assert build_paths([changed], store, jobs=1).ok
    assert graph_lines(store, graph_iri("b-talks")) == b_before
    a_after = graph_lines(store, graph_iri("a-talks"))
    assert a_after != a_before
    assert any("ontology#Strike>" in line for line in a_after)
    assert not any("ontology#Meeting>" in line for line in a_after)
    # the meeting is now reported by b alone
    assert {doc for _, _, doc in meeting_evidence(store)} == {str(document_iri("b-talks"))}


def test_bad_document_among_good_ones_leaves_its_stored_graph_unchanged(two_docs, tmp_path):
    store = Store(tmp_path / "s")
    build_paths([two_docs], store, jobs=1)
    a_before = graph_lines(store, graph_iri("a-talks"))
    bad = write(two_docs, "a-talks.txt", "Zelensky met Starmer in café".encode("latin-1"))
    write(two_docs, "c-strike.txt", STRIKE_A)
    summary = build_paths([two_docs], store, jobs=1)
    assert summary.documents == 2  # b and c
    assert len(summary.failures) == 1
    source, message = summary.failures[0]
    assert source == str(bad) and str(bad) in message and "UTF-8" in message and "\n" not in message
    assert graph_lines(store, graph_iri("a-talks")) == a_before
    assert store.documents() == ["a-talks", "b-talks", "c-strike"]


def test_missing_path_is_reported_and_others_proceed(two_docs, tmp_path):
    store = Store(tmp_path / "s")
    summary = build_paths([tmp_path / "nowhere.txt", two_docs], store, jobs=1)
    assert summary.documents == 2
    assert [s for s, _ in summary.failures] == [str(tmp_path / "nowhere.txt")]


def test_folder_notes_are_not_built(two_docs, tmp_path):
    write(two_docs, "README.md", "# About these files\nKeir Starmer met Emmanuel Macron in Paris.\n")
    summary = build_paths([two_docs], Store(tmp_path / "s"), jobs=1)
    assert summary.ok and summary.documents == 2


def test_two_files_with_one_id_keep_the_first(tmp_path):
    write(tmp_path / "x", "talks.txt", TALKS_A)
    write(tmp_path / "y", "talks.txt", STRIKE_A)
    store = Store(tmp_path / "s")
    summary = build_paths([tmp_path / "x", tmp_path / "y"], store, jobs=1)
    assert summary.documents == 1
    assert "already built from" in summary.failures[0][1]
    assert any("ontology#Meeting>" in line for line in graph_lines(store, graph_iri("talks")))


def test_remove_keeps_an_event_reported_by_the_other_document(two_docs, tmp_path):
    store = Store(tmp_path / "s")
    build_paths([two_docs], store, jobs=1)
    remove_document(store, "a-talks")
    assert store.documents() == ["b-talks"]
    rows = meeting_evidence(store)
    assert len(rows) == 1 and {doc for _, _, doc in rows} == {str(document_iri("b-talks"))}
    # nothing of a is left, not even in the inferred graph
    gone = f"<{document_iri('a-talks')}>"
    assert not [line for line in store.dump("nq").decode().splitlines() if gone in line]
    stats = store_stats(store)
    assert stats.events["Meeting"] == 1 and stats.documents == ("b-talks",)
    with pytest.raises(StoreError, match="a-talks: no such document"):
        remove_document(store, "a-talks")

