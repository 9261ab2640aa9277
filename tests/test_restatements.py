"""Across documents: one remark of a speaker, quoted in other words by several reports, is one statement."""

from __future__ import annotations

import pytest

from kg.build import build_paths, remove_document
from kg.namespaces import graph_iri
from kg.restatements import content_stems, same_words
from kg.store import Store

from news_folders import folder

WIRE = """---
title: Kremlin tempers expectations
publisher: Example Wire
published: 2025-04-11
---
Kremlin spokesman Dmitry Peskov said the talks in St Petersburg would not be "momentous".

He said no one should expect major breakthroughs from the visit.
"""
DAILY = """---
title: Witkoff in Russia
publisher: Other Daily
published: 2025-04-11
---
Kremlin spokesman Dmitry Peskov told reporters there was no need to expect breakthroughs.
"""
WEEK_LATER = """---
title: Talks again
publisher: Third Post
published: 2025-04-25
---
Kremlin spokesman Dmitry Peskov said no one should expect breakthroughs.
"""

STATEMENTS = """
PREFIX kg: <https://w3id.org/actor-kg/ontology#>
SELECT ?s ?text ?g WHERE {
  GRAPH ?g { ?s a kg:Statement ; kg:speaker <https://w3id.org/actor-kg/id/person/dmitry-peskov> ; kg:text ?text }
}"""


def breakthroughs(store: Store) -> dict[str, set[tuple[str, str]]]:
    """statement IRI -> (its text, the document graph that holds it), for Peskov's statements on breakthroughs."""
    out: dict[str, set[tuple[str, str]]] = {}
    for row in store.query(STATEMENTS):
        if "breakthroughs" in row["text"].value:
            out.setdefault(row["s"].value, set()).add((row["text"].value, row["g"].value))
    return out


def graph(doc: str) -> str:
    return str(graph_iri(doc))


@pytest.mark.parametrize("a, b, alike", [
    ("no one should expect major breakthroughs", "there was no need to expect breakthroughs", True),
    ('Russia is "escalating the war"', "Russia is escalating the war", True),
    ("no one should expect major breakthroughs", "Russia is escalating the war", False),
    # two words in common out of many: another remark on the same theme
    ("the talks would cover a ceasefire, prisoner exchanges and the return of children taken to Russia",
     "Russia would not accept a ceasefire that let Ukraine rearm", False),
])
def test_two_remarks_are_alike_when_most_of_their_content_words_are_shared(a, b, alike):
    assert bool(same_words(content_stems(a), content_stems(b))) is alike


def test_a_remark_quoted_in_other_words_by_two_reports_of_one_day_is_one_statement(tmp_path):
    store = Store(tmp_path / "s")
    summary = build_paths([folder(tmp_path, wire=WIRE, daily=DAILY)], store, jobs=1)
    [(iri, held)] = breakthroughs(store).items()
    # each report keeps its own wording in its own graph, under the one IRI
    assert held == {("no one should expect major breakthroughs from the visit", graph("wire")),
                    ("there was no need to expect breakthroughs", graph("daily"))}
    assert summary.events["Statement"] == 2  # "would not be momentous" is another remark
    remove_document(store, "wire")
    assert breakthroughs(store) == {iri: {("there was no need to expect breakthroughs", graph("daily"))}}


def test_the_same_words_two_weeks_apart_or_two_remarks_of_one_report_stay_apart(tmp_path):
    store = Store(tmp_path / "s")
    build_paths([folder(tmp_path, daily=DAILY, later=WEEK_LATER)], store, jobs=1)
    assert len(breakthroughs(store)) == 2
    one_report = WIRE.replace("not be \"momentous\"", "bring no breakthroughs")
    store = Store(tmp_path / "t")
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "wire.txt").write_text(one_report, encoding="utf-8")
    build_paths([tmp_path / "one"], store, jobs=1)
    assert len(breakthroughs(store)) == 2
