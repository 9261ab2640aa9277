"""Across documents: an undated report of a meeting is the one dated meeting of the same people."""

from __future__ import annotations


from kg.build import build_paths, remove_document
from kg.coreference import MeetingNode, undated_folds
from kg.ids import document_iri
from kg.namespaces import ID, graph_iri
from kg.store import Store

from news_folders import folder

PLANNED = """---
title: Zelensky to visit White House
publisher: Example Wire
published: 2025-02-27
---
US President Donald Trump will meet Ukrainian President Volodymyr Zelensky at the White House on Friday to sign a minerals deal.
"""
RECALLED = """---
title: Aid paused
publisher: Other Daily
published: 2025-03-20
---
Trump paused military aid to Ukraine after an acrimonious White House meeting with Ukraine's Volodymyr Zelensky.
"""
LATER = """---
title: Zelensky back in Washington
publisher: Third Post
published: 2025-08-17
---
Ukrainian President Volodymyr Zelensky will meet US President Donald Trump at the White House on Monday, with European leaders.
"""

MEETINGS = """
PREFIX kg: <https://w3id.org/actor-kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?m ?date ?doc WHERE {
  ?m a kg:Meeting ; kg:participant <https://w3id.org/actor-kg/id/person/donald-trump> ;
     kg:evidence ?ev .
  ?ev kg:document ?doc .
  OPTIONAL { ?m kg:date ?date }
}"""


def doc_lines(store: Store, doc: str) -> list[str]:
    suffix = f"<{graph_iri(doc)}> ."
    return sorted(line for line in store.dump("nq").decode().splitlines() if line.endswith(suffix))


def meetings(store: Store) -> dict[str, tuple[set[str], set[str]]]:
    """meeting IRI -> (its dates, the documents of its evidence)."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for row in store.query(MEETINGS):
        dates, docs = out.setdefault(row["m"].value, (set(), set()))
        docs.add(row["doc"].value.rsplit("/", 1)[1])
        if row["date"] is not None:
            dates.add(row["date"].value)
    return out


def test_undated_report_in_another_document_joins_the_dated_meeting(tmp_path):
    store = Store(tmp_path / "s")
    summary = build_paths([folder(tmp_path, planned=PLANNED, recalled=RECALLED)], store, jobs=1)
    assert summary.events["Meeting"] == 1
    assert meetings(store) == {next(iter(meetings(store))): ({"2025-02-28"}, {"planned", "recalled"})}
    # the recalling document's own graph holds its report, under the dated meeting's IRI
    iri = next(iter(meetings(store)))
    assert store.query(f"ASK {{ GRAPH <{graph_iri('recalled')}> {{ <{iri}> ?p ?o }} }}")


def test_the_fold_does_not_depend_on_which_document_came_first(tmp_path):
    together = Store(tmp_path / "together")
    build_paths([folder(tmp_path, planned=PLANNED, recalled=RECALLED)], together, jobs=1)
    (tmp_path / "one").mkdir(), (tmp_path / "two").mkdir()
    (tmp_path / "one" / "recalled.txt").write_text(RECALLED, encoding="utf-8")
    (tmp_path / "two" / "planned.txt").write_text(PLANNED, encoding="utf-8")
    apart = Store(tmp_path / "apart")
    build_paths([tmp_path / "one"], apart, jobs=1)
    assert [dates for dates, _ in meetings(apart).values()] == [set()]  # alone, the recalled meeting has no date
    build_paths([tmp_path / "two"], apart, jobs=1)
    for doc in ("planned", "recalled"):
        assert doc_lines(apart, doc) == doc_lines(together, doc) != []


def test_removing_the_dated_report_keeps_the_other_documents_facts(tmp_path):
    store = Store(tmp_path / "s")
    build_paths([folder(tmp_path, planned=PLANNED, recalled=RECALLED)], store, jobs=1)
    remove_document(store, "planned")
    assert list(meetings(store).values()) == [(set(), {"recalled"})]
    assert str(document_iri("planned")) not in store.dump("nq").decode()


def test_two_dated_meetings_of_the_same_people_leave_the_undated_report_apart(tmp_path):
    store = Store(tmp_path / "s")
    build_paths([folder(tmp_path, planned=PLANNED, recalled=RECALLED, later=LATER)], store, jobs=1)
    found = sorted(meetings(store).values(), key=lambda v: sorted(v[0]))
    assert found == [(set(), {"recalled"}), ({"2025-02-28"}, {"planned"}), ({"2025-08-18"}, {"later"})]


def node(iri: str, graphs: set[str], people: set[str], date: str = "", place: str = "") -> MeetingNode:
    return MeetingNode(iri, graphs, {date} if date else set(), {str(ID[f"person/{p}"]) for p in people},
                       {place} if place else set())


def test_a_document_that_kept_two_meetings_apart_is_not_overruled():
    dated = node("m:dated", {"g:a", "g:b"}, {"putin", "witkoff"}, date="2025-04-11")
    # "Witkoff was last in Russia back in March, when he met with Putin": told beside the dated one
    same_doc = node("m:march", {"g:a"}, {"putin", "witkoff"})
    other_doc = node("m:recalled", {"g:c"}, {"putin", "witkoff"})
    elsewhere = node("m:elsewhere", {"g:d"}, {"putin", "witkoff"}, place="place:oman")
    dated_there = node("m:dated2", {"g:e"}, {"putin", "witkoff"}, date="2025-04-11", place="place:st-petersburg")
    folds = undated_folds({n.iri: n for n in (dated, same_doc, other_doc)})
    assert folds == {"m:recalled": "m:dated"}
    # an unknown place is compatible; a different known place is not
    assert undated_folds({n.iri: n for n in (dated_there, elsewhere, other_doc)}) == {"m:recalled": "m:dated2"}


RECALLED_AGAIN = """---
title: Minerals deal revived
publisher: Fourth Gazette
published: 2025-04-02
---
Trump has not met Zelensky since their White House meeting, which ended in a shouting match.
"""


def test_undated_reports_in_two_documents_stay_two_meetings_until_one_dated_meeting_joins_them(tmp_path):
    alone = Store(tmp_path / "alone")
    build_paths([folder(tmp_path, recalled=RECALLED, again=RECALLED_AGAIN)], alone, jobs=1)
    assert sorted(sorted(docs) for _, docs in meetings(alone).values()) == [["again"], ["recalled"]]
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "planned.txt").write_text(PLANNED, encoding="utf-8")
    build_paths([tmp_path / "more"], alone, jobs=1)
    assert list(meetings(alone).values()) == [({"2025-02-28"}, {"again", "planned", "recalled"})]
