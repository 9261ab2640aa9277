"""People's names as news writes them: misspelt once in a live post."""

from __future__ import annotations

import pytest

from kg.mentions import _one_slip, find_mentions


@pytest.mark.parametrize("word, surname, slip", [
    ("Witfkoff", "Witkoff", True),    # a letter added
    ("Pistrius", "Pistorius", True),  # dropped
    ("Witkoff", "Witkoff", False),    # the name itself is no slip
    ("Pistroius", "Pistorius", True),  # two neighbours swapped
    ("Pistarius", "Pistorius", True),  # one changed
    ("Pistorious", "Pistorius", True),
    ("Wilkinson", "Witkoff", False),
    ("Zitkoff", "Witkoff", False),    # the first letter is kept by a slip
])
def test_one_slip(word, surname, slip):
    assert _one_slip(word, surname) is slip


def test_a_misspelt_surname_of_a_person_named_in_full_is_that_person():
    text = ("US envoy Steve Witkoff met Putin in March.\n\n"
            "Witfkoff, a billionaire real estate developer, has previously criticised European peace proposals.")
    refs = {m.text: m.ref for m in find_mentions(text).mentions}
    assert refs["Witfkoff"] == "Person:steve-witkoff"


def test_a_word_one_slip_from_a_surname_the_document_never_names_is_left_alone():
    refs = {m.text: m.ref for m in find_mentions("Witfkoff, a billionaire real estate developer, spoke.").mentions}
    assert "Person:steve-witkoff" not in refs.values()


@pytest.mark.parametrize("word, surname", [("Zelenska", "Zelensky"), ("Lavrova", "Lavrov"), ("Navalnyi", "Navalny")])
def test_a_surname_with_another_ending_is_another_person_not_a_slip(word, surname):
    assert not _one_slip(word, surname)


def test_a_womans_form_of_a_surname_is_not_the_man_named_in_full():
    text = "Foreign Minister Sergei Lavrov met the delegation.\n\nLavrova, his daughter, was not there."
    refs = {m.text: m.ref for m in find_mentions(text).mentions}
    assert refs.get("Lavrova") != "Person:sergei-lavrov"


def test_an_adjective_before_a_recurring_word_is_no_first_name_and_a_conjunction_opens_no_organisation():
    found = find_mentions("Tochka ballistic missiles\n\nThe two Soviet-time Tochka conventional ballistic missiles were "
                          "downed over the Belgorod region.\n\nAs Ukraine's Security Service said, the plot failed.")
    assert not any(m.ref.startswith("Person:") for m in found.mentions)
    assert [m.text for m in found.mentions if m.ref.startswith("Organization:")] == ["Ukraine's Security Service"]


def test_an_administration_named_after_a_region_is_no_person_and_anti_or_pro_names_no_actor():
    found = find_mentions("Russian forces launched a drone strike on Sumy on July 26, damaging the building of the Sumy "
                          "Regional Military Administration, regional governor Oleh Hryhorov reported.")
    assert [m.text for m in found.mentions if m.ref.startswith("Person:")] == ["Oleh Hryhorov"]
    found = find_mentions("Shortly before the shelling, anti-Kremlin militias urged residents in Belgorod to seek shelter. "
                          "Pro-Kyiv militias warned of a strike.")
    assert {m.ref for m in found.mentions} == {"belgorod"}


@pytest.mark.parametrize("text, word", [
    # a title repeated is no recurring name
    ("Ukraine's delegation will be joined by Deputy Chief of the Defense Intelligence Directorate Vadym Skibitsky. Ukraine "
     "was represented by First Deputy Head of the Presidential Office Serhiy Kyslytsya.", "Deputy"),
    # a building is no person
    ("The Ukrainian president was welcomed to Windsor Castle for lunch. Charles and Mr Zelensky were pictured chatting as "
     "they made their way through Windsor Castle.", "Castle"),
])
def test_a_recurring_capitalised_phrase_is_no_person(text, word):
    found = find_mentions(text)
    assert not any(word in m.text for m in found.mentions if m.ref.startswith("Person:"))


@pytest.mark.parametrize("text", [
    # an outlet's name
    "Ukrainian news website New Voice said that traffic on the Crimean Bridge was suspended. New Voice later corrected "
    "the report.",
    # a Telegram channel
    "The Astra Telegram channel reported that two drones had been shot down. Astra Telegram later posted a video.",
])
def test_a_source_of_the_news_is_no_person(text):
    found = find_mentions(text)
    assert not any(m.ref.startswith("Person:") for m in found.mentions)


@pytest.mark.parametrize("verb", ["emphasized", "emphasised", "emphasizes", "stressed", "acknowledged"])
def test_a_name_before_any_reporting_verb_is_a_person(verb):
    found = find_mentions(f"Olena Marchuk {verb} that the talks in Geneva would continue next week.")
    assert "Person:olena-marchuk" in {m.ref for m in found.mentions}


@pytest.mark.parametrize("text, ref", [
    ("Artem Tovmasian, a friend of the family, spoke at the funeral on Wednesday.", "Person:artem-tovmasian"),
    ("Pastor Artem Tovmasian, a friend of the family, spoke at the funeral.", "Person:artem-tovmasian"),  # not "Pastor Artem"
    ("Iryna Koval, a neighbour of the victims, described the blast.", "Person:iryna-koval"),
    ("Taras Bondar, a local journalist, filmed the strike.", "Person:taras-bondar"),
])
def test_a_name_described_as_a_friend_neighbour_or_journalist_is_a_person(text, ref):
    assert ref in {m.ref for m in find_mentions(text).mentions}


@pytest.mark.parametrize("text, ref", [
    ("Operational Command South said the port was the obvious target.", "Organization:operational-command-south"),
    ("Joint Forces Command North reported new shelling overnight.", "Organization:joint-forces-command-north"),
])
def test_a_command_named_by_its_point_of_the_compass_keeps_it(text, ref):
    assert ref in {m.ref for m in find_mentions(text).mentions}


def test_a_ministry_named_without_its_state_is_the_states_ministry_named_before():
    found = find_mentions("Russia's Defence Ministry said 40 drones were destroyed. The Defense Ministry said five more were "
                          "shot down over Crimea.")
    refs = [m.ref for m in found.mentions if m.ref.startswith("Organization:")]
    assert len(refs) == 2 and len(set(refs)) == 1 and "defen" in refs[0]


def test_a_ministry_named_without_its_state_and_none_before_stays_unattached():
    found = find_mentions("The Defense Ministry said five drones were shot down.")
    assert [m.ref for m in found.mentions if m.ref.startswith("Organization:")] == ["Organization:defense-ministry"]


@pytest.mark.parametrize("text, ref", [
    # another first name before a known surname: another person
    ("Ihor Polishchuk, the mayor of Lutsk, said three people were killed.", "Person:ihor-polishchuk"),
    ("Deputy Prime Minister Oleksiy Kuleba said the attack cut heating in Kyiv.", "Person:oleksiy-kuleba"),
    # another spelling of the known person's first name: the same person
    ("Regional Governor Sergiy Lysak said a drone hit an apartment building.", "Person:serhiy-lysak"),
])
def test_a_known_surname_after_a_first_name_is_that_person_only_when_the_first_name_is_his(text, ref):
    assert ref in {m.ref for m in find_mentions(text).mentions}


def test_a_surname_alone_is_the_person_named_in_full_here_not_a_known_namesake():
    text = ("A fourth person was killed, added Oleksiy Kuleba, deputy head of the office of Ukraine's president. Some people "
            "were injured by debris, Kuleba added in his overnight report.")
    refs = {m.ref for m in find_mentions(text).mentions if m.ref.startswith("Person:")}
    assert refs == {"Person:oleksiy-kuleba"}


@pytest.mark.parametrize("text, ref", [
    ("Governor Oleksandr Bogomaz confirmed the attack. Bogomaz said no one was hurt.", "Person:alexander-bogomaz"),
    ("Putin met Steven Witkoff on Thursday. Witkoff left Moscow on Friday.", "Person:steve-witkoff"),
    ("Melania Trump spoke at the event. Donald Trump said Trump Tower was safe.", "Person:donald-trump"),
])
def test_another_spelling_of_the_first_name_or_a_namesake_named_beside_leaves_the_known_person(text, ref):
    assert ref in {m.ref for m in find_mentions(text).mentions}


@pytest.mark.parametrize("text, ref", [
    ("Austin and Air Force General Charles Q Brown are expected to use the meeting.", "Person:charles-q-brown"),
    ("Joining me are Davyd Arakhamiia [leader of the parliamentary faction] and Daryna Marchak [Ukraine's Deputy Minister "
     "of Economy].", "Person:daryna-marchak"),
])
def test_a_name_with_a_middle_initial_or_an_office_in_brackets_is_a_person(text, ref):
    assert ref in {m.ref for m in find_mentions(text).mentions}


@pytest.mark.parametrize("text", [
    "Putin had a telephone conversation with Mohammed Ben Salman Al Saud.",
    "Putin had a telephone conversation with Muhammad bin Salman.",
    "Putin had a telephone conversation with Mohammad Bin Salman.",
])
def test_an_arabic_name_in_another_common_spelling_is_the_known_person(text):
    found = find_mentions(text)
    assert [m.text for m in found.mentions if m.ref == "Person:mohammed-bin-salman" and m.via == "name"] == [text.split(" with ")[1].rstrip(".")]


@pytest.mark.parametrize("text, name", [
    ("Zelensky met former U.S. Secretary of State Mike Pompeo in Kyiv.", "Mike Pompeo"),
    ("Minister of Foreign Affairs Margus Tsahnka also highlighted that Russia has no interest in talks.", "Margus Tsahnka"),
])
def test_a_name_after_an_office_and_its_portfolio_is_a_person(text, name):
    assert [m.text for m in find_mentions(text).mentions if m.ref.startswith("Person:")][-1:] == [name]


@pytest.mark.parametrize("text, name", [
    ("On April 5, the Prime Minister of Lithuania, Ingrid Šimonite, stated that Lithuania has provided more aid.",
     "Ingrid Šimonite"),
    ("Slovak President Žofia Novák said on Monday that the talks would continue.", "Žofia Novák"),
])
def test_a_name_whose_capital_has_a_diacritic_is_found_from_its_context(text, name):
    assert name in [m.text for m in find_mentions(text).mentions if m.ref.startswith("Person:")]


def test_a_ministry_named_with_its_state_after_it_is_that_states():
    found = find_mentions("The Ministry of Defense of Latvia officially confirmed that a Russian drone crashed in the Rezekne "
                          "region.")
    assert [(m.text, m.ref) for m in found.mentions if m.ref.startswith("Organization:")] == [
        ("Ministry of Defense of Latvia", "Organization:ministry-of-defense-of-latvia")]
    assert found.entries["Organization:ministry-of-defense-of-latvia"].state == "latvia"
