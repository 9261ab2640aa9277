"""Where a strike lands (each town of a list, the capital among them, never the river beside a town), and what is no strike."""

from __future__ import annotations

from kg.extract import extract_document
from kg.load import load_text
from kg.models import Strike


def strikes(text: str, published: str = "2025-06-01") -> list[Strike]:
    doc = load_text(f"---\npublished: {published}\n---\n{text}\n", "t")
    return [e for e in extract_document(doc).events if isinstance(e, Strike)]


def test_a_capital_heading_a_list_of_towns_is_a_town_struck():
    found = strikes("Russian missiles and drones pounded Kyiv, Lviv and Odesa overnight, killing at least 12 people.")
    assert sorted(s.location for s in found) == ["kyiv", "lviv", "odesa"]


def test_a_capital_alone_acting_stays_its_state():
    found = strikes("Kyiv and Washington condemned the strike on Lviv.")
    assert [s.location for s in found] == ["lviv"]


def test_the_river_named_after_a_city_is_not_the_city():
    found = strikes("Russian forces shelled Nikopol across the Dnipro river, the regional governor Serhiy Lysak said.")
    assert [(s.attacker, s.location) for s in found] == [("State:russia", "nikopol")]


def test_words_attacked_and_nerves_struck_are_no_strikes():
    assert strikes("Zelensky attacked the proposal as a betrayal of Ukraine.") == []
    assert strikes("Trump's comments struck a nerve in Kyiv.") == []
