"""Consistency checks for the held-out news articles and their gold annotations.

The gold files in tests/data/gold/ follow the benchmark's annotation guidelines;
these tests keep them loadable and tied to the exact text they annotate.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
NEWS = DATA / "news"
GOLD = DATA / "gold"

GOLD_FILES = sorted(GOLD.glob("*.json"))
NEWS_FILES = sorted(NEWS.glob("*.txt"))
FRONT_MATTER_KEYS = {"title", "url", "publisher", "published", "licence"}
# Licences under which the article texts may be redistributed: the text must name one.
LICENCES = (
    "Public domain",
    "Open Government Licence v3.0",
    "CC BY 4.0",
    "CC BY 2.5",
    "Reproduction with attribution",
    "Commission Decision 2011/833/EU",
)
EVENT_KINDS = ("meetings", "pledges", "strikes", "statements")
ACTOR_TYPES = {"Person", "State", "Organization"}
CURRENCIES = {"GBP", "EUR", "USD"}
STATUSES = {"held", "planned", "cancelled"}
SLUG = re.compile(r"^[a-z0-9]+(?:[-.+][a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")
# ISO date, year-month, or a UTC timestamp: the forms the guidelines allow.
DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}:\d{2}Z)?)?$")


def split_document(path: Path) -> tuple[dict[str, str], str]:
    """Return the front matter fields and the body of a news file."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    head, sep, body = text[4:].partition("\n---\n")
    assert sep, f"{path.name}: front matter is not closed by ---"
    fields = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        fields[key.strip()] = value.strip()
    return fields, body


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_enough_articles_each_annotated():
    assert len(NEWS_FILES) >= 8
    assert {p.stem for p in NEWS_FILES} == {p.stem for p in GOLD_FILES}


@pytest.mark.parametrize("path", NEWS_FILES, ids=lambda p: p.stem)
def test_front_matter(path: Path):
    fields, body = split_document(path)
    assert FRONT_MATTER_KEYS <= fields.keys()
    assert fields["title"].startswith('"') and fields["title"].endswith('"')
    assert fields["url"].startswith(("https://", "http://"))
    assert fields["publisher"]
    assert DATE.match(fields["published"]) and len(fields["published"]) >= 10
    dt.date.fromisoformat(fields["published"][:10])
    assert len(body.split()) >= 80, "article body is too short to be the real text"


@pytest.mark.parametrize("path", NEWS_FILES, ids=lambda p: p.stem)
def test_front_matter_names_a_redistributable_licence(path: Path):
    fields, _ = split_document(path)
    licence = fields.get("licence", "")
    assert licence.startswith(LICENCES), f"{path.name}: licence {licence!r} is not one we may redistribute under"


def test_readme_lists_every_article_with_its_licence():
    readme = (NEWS / "README.md").read_text(encoding="utf-8")
    for path in NEWS_FILES:
        fields, _ = split_document(path)
        row = next((line for line in readme.splitlines() if line.startswith(f"| {path.name} |")), None)
        assert row is not None, f"README.md has no row for {path.name}"
        assert fields["licence"].split(" (")[0] in row, f"README.md row for {path.name} lacks its licence"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_names_its_document(path: Path):
    gold = load(path)
    assert gold["document"] == path.stem + ".txt"
    doc = NEWS / gold["document"]
    assert doc.is_file()
    fields, _ = split_document(doc)
    assert gold["published"] == fields["published"][:10]
    for key in ("actors", "places", "ignore", *EVENT_KINDS):
        assert isinstance(gold[key], list), key


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_actors_and_places_are_well_formed(path: Path):
    gold = load(path)
    ids = [a["id"] for a in gold["actors"]] + [p["id"] for p in gold["places"]]
    assert len({a["id"] for a in gold["actors"]}) == len(gold["actors"])
    assert len({p["id"] for p in gold["places"]}) == len(gold["places"])
    for ident in ids:
        assert SLUG.match(ident), ident
    for actor in gold["actors"]:
        assert actor["type"] in ACTOR_TYPES, actor
        assert actor["name"] and isinstance(actor.get("aliases", []), list)
    for entity in gold["actors"] + gold["places"]:
        if "qid" in entity:
            assert QID.match(entity["qid"]), entity


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_evidence_occurs_verbatim(path: Path):
    gold = load(path)
    _, body = split_document(NEWS / gold["document"])
    for kind in EVENT_KINDS:
        for item in gold[kind]:
            assert item["evidence"] in body, f"{kind}: {item['evidence'][:80]!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_events_reference_declared_ids(path: Path):
    gold = load(path)
    actors = {a["id"] for a in gold["actors"]}
    places = {p["id"] for p in gold["places"]}
    for meeting in gold["meetings"]:
        assert meeting["participants"] and set(meeting["participants"]) <= actors, meeting["key"]
        assert meeting["status"] in STATUSES
        if "place" in meeting:
            assert meeting["place"] in places, meeting["key"]
    for pledge in gold["pledges"]:
        assert pledge["donor"] in actors
        assert pledge.get("recipient", pledge["donor"]) in actors
    for strike in gold["strikes"]:
        assert strike["attacker"] in actors and strike["location"] in places, strike["key"]
    for statement in gold["statements"]:
        assert statement["speaker"] in actors and statement["text"].strip()
    for kind in ("meetings", "strikes"):
        for item in gold[kind]:
            if "date" in item:
                assert DATE.match(item["date"]), item


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_pledge_amounts_are_numbers_with_iso_currency(path: Path):
    gold = load(path)
    for pledge in gold["pledges"]:
        if "amount" in pledge:
            amount = pledge["amount"]
            assert isinstance(amount, (int, float)) and not isinstance(amount, bool)
            assert amount > 0
            assert pledge["currency"] in CURRENCIES, pledge["key"]
        else:
            assert "currency" not in pledge
            assert pledge["items"], f"{pledge['key']}: a pledge without amount needs items"
