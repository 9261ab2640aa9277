"""What is given and what is only counted: pledges beside sums that are totals, estimates of support."""

from __future__ import annotations

from decimal import Decimal

from kg.extract import extract_document
from kg.load import load_text
from kg.models import Pledge, Statement


def extract(text: str, published: str = "2025-03-04"):
    return extract_document(load_text(f"---\npublished: {published}\n---\n{text}\n", "t"))


def test_a_total_that_amounts_to_a_sum_is_not_a_second_pledge():
    x = extract("The Kiel Institute estimates Germany has sent €12bn in aid to Ukraine, while its total support for "
                "wider activity amounts to €20bn.")
    pledges = [e for e in x.events if isinstance(e, Pledge)]
    assert [(p.donor, p.amount, p.currency) for p in pledges] == [("State:germany", Decimal("12000000000"), "EUR")]
    [estimate] = [e for e in x.events if isinstance(e, Statement)]
    assert estimate.speaker == "Organization:kiel-institute"
    assert estimate.text.startswith("Germany has sent €12bn in aid")


def test_an_estimated_number_is_no_statement():
    x = extract("Russia fired an estimated 100 drones at Kyiv overnight.")
    assert not [e for e in x.events if isinstance(e, Statement)]


def test_aid_still_being_provided_before_a_but_clause_is_a_pledge_of_what_comes_before():
    x = extract("Pistorius said Germany was still providing air defence systems but warned that its own stocks were "
                "running low after three years of war.")
    [pledge] = [e for e in x.events if isinstance(e, Pledge)]
    assert (pledge.donor, pledge.items) == ("State:germany", ("air defence systems",))


def test_missiles_pledged_are_no_strike():
    x = extract("UK Prime Minister Keir Starmer pledged £1.6bn in air defence missiles to Ukraine.")
    assert [type(e).__name__ for e in x.events] == ["Pledge"]


def test_a_promise_of_things_is_a_pledge_and_a_promise_to_act_is_not():
    [pledge] = [e for e in extract("Macron promised more Mirage jets for Ukraine.").events if isinstance(e, Pledge)]
    assert (pledge.donor, pledge.recipient, pledge.items) == ("State:france", "State:ukraine", ("more Mirage jets",))
    assert not [e for e in extract("Putin promised to respond to the attack.").events if isinstance(e, Pledge)]


def test_a_short_object_after_promised_is_what_was_promised_not_a_listener():
    x = extract("In a phone call with Zelenskyy, French President Emmanuel Macron promised additional Mirage jets.")
    [st] = [e for e in x.events if isinstance(e, Statement)]
    assert (st.speaker, st.text) == ("Person:emmanuel-macron", "promised additional Mirage jets")
