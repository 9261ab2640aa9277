"""Across documents: one pledge reported by several reports is one node, and the same round sum given again in
another year is another pledge."""

from __future__ import annotations

from kg.build import build_paths
from kg.store import Store

from news_folders import folder


def report(published: str, sentence: str) -> str:
    return f"---\ntitle: Aid\npublisher: Example Wire\npublished: {published}\n---\n{sentence}\n"


PLEDGES = """
PREFIX kg: <https://w3id.org/actor-kg/ontology#>
SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a kg:Pledge ; kg:donor <https://w3id.org/actor-kg/id/state/us> } }"""


def us_pledges(tmp_path, **docs: str) -> int:
    store = Store(tmp_path / "store")
    build_paths([folder(tmp_path, **docs)], store, jobs=1)
    return len(list(store.query(PLEDGES)))


def test_a_sum_reported_twice_in_one_year_is_one_pledge(tmp_path):
    assert us_pledges(tmp_path,
                      wire=report("2023-10-11", "The United States will provide Ukraine with a new $200m military aid package."),
                      daily=report("2023-10-12", "The US pledged $200 million in military aid to Ukraine on Wednesday.")) == 1


def test_the_same_round_sum_in_another_year_is_another_pledge(tmp_path):
    assert us_pledges(tmp_path,
                      old=report("2022-03-16", "Biden directed $200 million in military aid to be sent to Ukraine."),
                      new=report("2023-10-11", "The United States will provide Ukraine with a new $200m military aid package.")) == 2
