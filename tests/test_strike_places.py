"""Where a strike lands (each town of a list, the capital among them, never the river beside a town), and what is no strike."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.load import load_text
from kg.mentions import find_mentions
from kg.models import Meeting, Strike


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


LEAD = ("KYIV, Ukraine (AP) — Russian missiles and drones struck several Ukrainian cities overnight, killing at least "
        "five people, officials said Tuesday, as President Volodymyr Zelenskyy prepared to travel to Berlin for talks "
        "with German Chancellor Friedrich Merz.\n\n"
        "Another three people died in the Kharkiv region, according to local authorities.")


def test_a_wire_lead_strikes_the_country_not_the_city_of_a_later_clause_and_its_toll_follows():
    found = strikes(LEAD, published="2025-06-10")
    assert sorted((s.attacker, s.location) for s in found) == [("State:russia", "kharkiv-oblast"), ("State:russia", "ukraine")]


def test_the_trip_in_the_later_clause_is_a_planned_meeting_and_the_dateline_takes_no_part():
    doc = load_text(f"---\npublished: 2025-06-10\n---\n{LEAD}\n", "t")
    [m] = [e for e in extract_document(doc).events if isinstance(e, Meeting)]
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:friedrich-merz"}
    assert (m.place, m.status) == ("berlin", "planned")


def test_a_dateline_without_its_agency_takes_no_part_either():
    doc = load_text("---\npublished: 2023-07-12\n---\nVILNIUS, Lithuania — Zelensky met Biden as NATO wrapped up its summit.\n", "t")
    [m] = [e for e in extract_document(doc).events if isinstance(e, Meeting)]
    assert "State:lithuania" not in m.participants



@pytest.mark.parametrize("dateline", ["Antalya [Turkey], March 10 (ANI): ", "BRUSSELS, April 11 (KUNA) -- ", "KYIV, Ukraine (AP) — "])
def test_a_dateline_of_any_agency_style_names_no_place_or_actor_of_the_story(dateline):
    found = find_mentions(f"{dateline}Russian drones struck Odesa overnight.")
    assert {m.ref for m in found.mentions} == {"State:russia", "odesa"}

def test_as_well_as_keeps_the_places_of_one_clause():
    found = strikes("Ukrainian strikes had hit power facilities in Russia's Kursk and Bryansk regions, as well as in "
                    "the Luhansk region, the defence ministry said.")
    assert "luhansk-oblast" in {s.location for s in found}


def test_a_time_opening_the_sentence_dates_the_strike():
    [s] = strikes("Overnight, Russian drones and missiles targeted Kharkiv, killing four people, according to the city's "
                  "mayor.", published="2025-11-24")
    assert (s.location, s.date) == ("kharkiv", "2025-11-24")


def test_a_state_telling_of_its_own_strike_is_the_attacker_not_the_owner_of_the_target():
    [s] = strikes("Ukraine says it struck a Russian airfield in Crimea overnight, destroying two aircraft.")
    assert (s.attacker, s.location) == ("State:ukraine", "crimea")


def test_a_weapon_naming_the_target_is_not_the_weapon_used():
    [s] = strikes("Russia said its forces had hit a Ukrainian drone factory in Kharkiv.")
    assert (s.attacker, s.location, s.weapon) == ("State:russia", "kharkiv", "")
    [s] = strikes("Ukrainian drones struck a missile plant in Russia's Bryansk region.")
    assert s.weapon == "drones"


def test_a_village_the_gazetteer_does_not_know_is_struck_by_the_attacker_of_the_report():
    found = strikes("Russian shelling of Zaporizhzhia Oblast killed three people over the past day, the regional "
                    "governor said.\n\nA woman was wounded in a drone attack on the village of Malokaterynivka.")
    assert {(s.attacker, s.location) for s in found} == {("State:russia", "zaporizhzhia-oblast"),
                                                          ("State:russia", "malokaterynivka")}


def test_an_unknown_village_with_no_strike_reported_before_it_has_no_attacker():
    assert strikes("A woman was wounded in a drone attack on the village of Malokaterynivka.") == []


def test_a_region_launched_from_is_no_strike_whoever_owns_it():
    found = strikes("Missiles hit the shopping centre in Kremenchuk, fired by long-range bombers from Russia's Kursk region.")
    assert [s.location for s in found] == ["kremenchuk"]


def test_an_assassination_attempt_is_no_strike():
    assert strikes("The general survived an assassination attempt in Moscow, an attack Russia blamed on Kyiv.") == []


def test_the_day_of_an_earlier_strike_is_not_the_day_of_the_one_it_followed():
    found = {s.location: s.date for s in strikes(
        "The attack on Sumy followed a deadly missile strike on Kryvyi Rih on April 4 that killed 20 people.",
        published="2025-04-14")}
    assert found == {"sumy": "", "kryvyi-rih": "2025-04-04"}


def test_the_force_that_shoots_drones_down_defends_and_a_sea_launched_from_is_no_target():
    found = strikes("Ukraine's Air Force Command reported 31 drones, 23 of which were shot down over Ukraine's Odesa and "
                    "Mykolaiv regions.\n\nRussia also fired two cruise missiles from the Black Sea.")
    assert {(s.attacker, s.location) for s in found} >= {("State:russia", "odesa-oblast"), ("State:russia", "mykolaiv-oblast")}
    assert {s.attacker for s in found} == {"State:russia"} and "black-sea" not in {s.location for s in found}


def test_a_sea_describing_a_port_city_is_not_struck():
    found = strikes("Russian drones attacked Ukraine's Black Sea port city of Odesa early on Thursday.")
    assert [s.location for s in found] == ["odesa"]


def test_weapons_in_an_aid_package_are_not_fired():
    assert strikes("Pistorius announced a new arms package - including missiles, artillery and drones - during a visit "
                   "to the port city of Odesa.") == []


def test_a_sea_describing_a_port_is_no_place_of_the_story():
    doc = load_text("---\npublished: 2024-02-23\n---\nA Russian drone struck a commercial area in Ukraine's Black Sea port "
                    "of Odesa.\n", "t")
    assert {p.key for p in extract_document(doc).places} == {"odesa", "ukraine"}


def test_a_border_region_is_the_region():
    found = strikes("Ukraine used ATACMS missiles to target a military facility in Russia's Bryansk border region overnight.")
    assert [(s.attacker, s.location) for s in found] == [("State:ukraine", "bryansk-oblast")]


def test_launching_an_invasion_is_no_strike_on_the_place_of_the_sentence():
    assert strikes("Putin met Witkoff for five hours in the Kremlin, focusing on a plan for the war in Ukraine, where "
                   "Moscow launched a full-scale invasion in 2022.") == []


def test_an_opening_clause_without_an_attack_names_neither_attacker_nor_place_struck():
    assert strikes("Ever since Ukrainian forces liberated the west bank of the Dnipro River in Kherson Oblast in Fall 2022, "
                   "Russia continues to launch deadly attacks in the area, putting the remaining civilians in danger.") == []


def test_the_attack_of_a_main_clause_after_an_opening_one_is_by_its_own_subject():
    found = strikes("After Russian forces shelled Kharkiv on Monday, Ukraine struck Belgorod.")
    assert sorted((s.attacker, s.location) for s in found) == [("State:russia", "kharkiv"), ("State:ukraine", "belgorod")]


def test_what_weapons_would_let_forces_strike_is_no_strike():
    assert strikes("The weapons will bolster Ukrainian efforts to strike deeper behind Russian frontlines in the eastern "
                   "Donbas region.") == []
    assert strikes("The HIMARS will allow Ukrainian forces to hit Russian command and control nodes in Kherson.") == []
    [s] = strikes("Russian missiles struck Kharkiv overnight, in an effort to hit the power grid.")
    assert (s.attacker, s.location) == ("State:russia", "kharkiv")


def test_whose_strikes_they_are_is_no_place_struck_and_a_repeated_attacker_attacks():
    found = strikes("Kyiv officials say that they conduct the attacks to respond to Moscow's strikes on Ukrainian energy "
                    "infrastructure.")
    assert [(s.attacker, s.location) for s in found] == [("State:russia", "ukraine")]
    found = strikes("Russia has repeatedly attacked Kyiv and other Ukrainian cities with missiles and drones, while Ukraine "
                    "says civilians are often hit.")
    assert [(s.attacker, s.location) for s in found] == [("State:russia", "kyiv")]


def test_an_unknown_district_two_paragraphs_on_is_struck_by_the_attacker_just_told():
    found = strikes("A Russian air attack on Kyiv on Monday killed one civilian.\n\n"
                    "\"One person has been killed. The attack is continuing,\" Timur Tkachenko, head of Kyiv's military "
                    "administration, said.\n\n"
                    "He said people were being evacuated from a building damaged in the attack in the Obolonskyi district.",
                    "2026-01-06")
    assert {(s.attacker, s.location) for s in found} == {("State:russia", "kyiv"), ("State:russia", "obolonskyi-district")}


def test_the_invasion_launched_on_a_day_is_no_strike():
    assert strikes("It is their first trip to Ukraine since the Russian invasion of the country launched on February 24.",
                   "2022-06-16") == []


def test_a_place_in_a_clause_before_while_is_not_where_the_attack_falls():
    found = strikes("A final agreement remains elusive as Moscow demands that Ukraine cede the entire Donbas region while "
                    "continuing to attack Ukrainian cities and energy infrastructure.")
    assert "donbas" not in {s.location for s in found}


def test_bombs_dropped_on_the_villages_of_a_list_strike_each_village():
    found = strikes("The police also said that Russian forces dropped bombs on the villages of Tiahynka and Vesele.")
    assert sorted((s.attacker, s.location) for s in found) == [("State:russia", "tiahynka"), ("State:russia", "vesele")]


def test_a_place_whose_name_another_begins_with_is_not_that_place_and_a_warning_air_force_defends():
    found = strikes("One rocket hit a nine-storey residential building, the other a holiday campsite in the Belgorod-Dniester "
                    "region, the spokesman said.")
    assert "belgorod" not in {s.location for s in found}
    found = strikes("The Ukrainian Air Force warned of potential ballistic missile use, and at 9:57 p.m. detected a high-speed "
                    "target heading for Kryvyi Rih.")
    assert {s.attacker for s in found} <= {"State:russia"}


def test_a_city_in_a_clause_before_as_russia_stepped_up_attacks_is_not_struck():
    found = strikes("India's Prime Minister Narendra Modi has met Vladimir Putin in Moscow, deepening ties as Western leaders "
                    "gathered at a Nato summit in Washington and Russia stepped up attacks in Ukraine with deadly missile strikes.")
    assert not {"moscow", "washington"} & {s.location for s in found}


@pytest.mark.parametrize("text, published, attacker", [
    # an occupied city is attacked by the state it is held against, from the day it has been held
    ("Earlier Sunday, local Telegram channels had reported explosions in Sevastopol.", "2024-04-21", "State:ukraine"),
    ("Forty rockets were fired at civilians in the centre of Donetsk on Thursday.", "2022-12-15", "State:ukraine"),
    ("Explosions were reported in Mariupol on Monday.", "2022-03-07", "State:russia"),
    ("Mikhail Razvozhayev said on Sunday that Russia’s Black Sea Fleet had been attacked with an anti-ship missile in "
     "Novorossiysk.", "2024-04-21", "State:ukraine"),
])
def test_who_attacks_a_city_depends_on_who_held_it_that_day_and_whose_fleet_was_hit(text, published, attacker):
    assert {s.attacker for s in strikes(text, published)} == {attacker}


def test_where_a_leader_visited_is_not_where_a_strike_fell():
    found = strikes("Mr Modi's visit to Moscow last month coincided with a heavy Russian missile strike on Ukraine that hit "
                    "a children's hospital.", "2024-08-23")
    assert "moscow" not in {s.location for s in found}


def test_russian_rockets_are_russias_and_a_governors_region_yields_to_the_town_hit():
    found = strikes("The strike destroyed three buildings in the town of Chasiv Yar. The provincial governor of Donetsk said "
                    "the town of Kramatorsk was hit by Russian Uragan rockets.", "2022-07-10")
    assert ("State:russia", "kramatorsk") in {(s.attacker, s.location) for s in found}
    assert "donetsk" not in {s.location for s in found}


def test_cities_across_a_country_are_struck_there_not_where_the_revenge_is_for():
    found = strikes("Russia fired cruise missiles at cities across Ukraine on Monday morning, in what Vladimir Putin called "
                    "revenge for Ukrainian attacks including on a bridge to Crimea.", published="2022-10-10")
    assert [(s.attacker, s.location, s.date) for s in found] == [("State:russia", "ukraine", "2022-10-10")]


@pytest.mark.parametrize("text", [
    '"Such acts cannot go unanswered," Putin said, threatening more strikes if Ukraine hits Russian territory.',
    "Putin warned that Russia would respond harshly if Ukraine attacked Crimea again.",
])
def test_an_attack_only_supposed_is_no_strike(text):
    assert strikes(text) == []


def test_the_day_of_what_an_aside_answers_is_not_the_strikes():
    [s] = strikes("Putin said he had ordered massive strikes against Ukrainian energy targets, in response to Saturday's "
                  "explosion at the Kerch bridge.", published="2022-10-10")
    assert (s.attacker, s.location, s.date) == ("State:russia", "ukraine", "")


def test_an_armed_force_telling_of_its_own_drones_hitting_a_place_is_the_attacker():
    found = strikes("The Ukrainian military said on Thursday its drones had hit the Afipsky refinery in the Krasnodar region, "
                    "which it said was supplying the Russian army with fuel.", published="2025-08-28")
    # (the refinery's town is the place struck, the most specific one named)
    assert [(s.attacker, s.location) for s in found] == [("State:ukraine", "afipsky")]


def test_an_armed_force_telling_of_drones_it_destroyed_is_not_the_attacker():
    found = strikes("The Russian military said it destroyed 30 drones over the Bryansk region.")
    assert [(s.attacker, s.location) for s in found] == [("State:ukraine", "bryansk-oblast")]


@pytest.mark.parametrize("text, place", [
    ("A Russian bomb struck the village of Cherkaska Lozova, with no casualties reported.", "cherkaska-lozova"),
    ("A Russian glide bomb hit the town of Lozova on Tuesday.", "lozova"),
])
def test_a_village_whose_name_ends_with_a_towns_is_not_that_town(text, place):
    assert [s.location for s in strikes(text)] == [place]


def test_a_sea_describing_the_port_struck_is_not_struck():
    found = strikes("Russia bombed Ukraine’s port of Odesa, a strategic Black Sea terminal, on July 23.", published="2022-07-24")
    assert [s.location for s in found] == ["odesa"]


def test_the_nuclear_plant_spelt_the_russian_way_is_the_plant_not_the_city():
    found = strikes("At least six shells were recorded on Wednesday in the area of the Zaporozhye nuclear power plant as a "
                    "result of shelling by Ukrainian troops.", published="2022-08-17")
    assert [(s.attacker, s.location) for s in found] == [("State:ukraine", "zaporizhzhia-nuclear-power-plant")]


def test_pressure_on_a_capital_is_no_strike_there():
    found = strikes('"This will help Ukraine defend itself against Russia\'s bombing terror and increase the pressure on Moscow," '
                    "Merz said.")
    assert "moscow" not in {s.location for s in found}


def test_regions_that_came_under_fire_from_the_enemys_forces_were_struck():
    found = strikes("Russia's Kursk and Belgorod regions came under fire from Ukrainian forces across the border early on "
                    "Wednesday, the regions' governors said.", published="2023-07-05")
    assert sorted((s.attacker, s.location) for s in found) == [("State:ukraine", "belgorod-oblast"), ("State:ukraine", "kursk-oblast")]


def test_attacks_a_side_almost_never_claims_are_no_strike():
    assert strikes("Ukraine almost never publicly claims responsibility for attacks inside Russia.") == []


def test_the_soldiers_killed_by_a_drone_are_not_its_attackers():
    found = strikes("Three Russian military personnel were killed early on Monday by falling wreckage of a Ukrainian drone that "
                    "was shot down as it was attacking a base in Russia's Saratov region.", published="2022-12-26")
    assert [(s.attacker, s.location) for s in found] == [("State:ukraine", "saratov-oblast")]


def test_the_capital_named_in_apposition_is_struck_and_a_feared_attack_is_none():
    found = strikes("Ukraine's air force said it detected dozens of missiles and drones targeting the southern port city of "
                    "Odesa, as well as the capital, Kyiv.")
    assert sorted(s.location for s in found) == ["kyiv", "odesa"]
    assert strikes("The US Embassy in Kyiv had warned of an increased risk of Russian drone and missile attacks.") == []


def test_a_community_named_for_its_town_is_a_place_struck():
    found = strikes("Russian troops again targeted the Sumy region overnight. In the Richky community, a private home was "
                    "completely burned down after being hit by a drone.", published="2025-05-29")
    assert "richky" in {s.location for s in found}


def test_drones_made_in_one_state_and_launched_by_another_are_the_launchers():
    found = strikes("The Ukrainian air force said air defense systems destroyed 23 out of 31 Iranian Shahed drones launched by "
                    "Russia overnight.")
    assert {s.attacker for s in found} == {"State:russia"}


def test_an_attacker_that_directly_hit_a_town_is_the_attacker():
    # (Moscow Times, Jan 2025) an adverb between the state and its verb
    found = strikes("Ukraine also directly hit a multi-story apartment block in the town of Svitlodarsk closer to the front "
                    "line, killing a woman and wounding four residents, Pushilin said.", published="2025-01-10")
    assert [(s.attacker, s.location) for s in found] == [("State:ukraine", "svitlodarsk")]


def test_a_place_and_day_opening_the_report_is_a_dateline_no_attack_fell_on():
    # (Free Press Journal, Dec 2023)
    doc = load_text("---\npublished: 2023-12-13\n---\nWashington DC, December 13: US President Joe Biden held a meeting with "
                    "Ukrainian counterpart Volodymyr Zelenskyy and discussed Ukraine's self-defence against Russian offensive, "
                    "including plans for the coming year.\n", "t")
    events = extract_document(doc).events
    assert not [e for e in events if isinstance(e, Strike)]
    [m] = [e for e in events if isinstance(e, Meeting)]
    assert (m.date, m.status) == ("2023-12-13", "held")  # "plans for the coming year" were discussed at it


@pytest.mark.parametrize("text, expected", [
    # (Irish Times, Aug 2025) what the drones are, told between dashes, names neither attacker nor place
    ("A couple were killed when Geran drones – the Russian-made version of Iranian Shahed drones that Tehran supplies to "
     "Moscow by the thousand – struck their flat in Kharkiv.", [("State:russia", "kharkiv")]),
    # (ERR, Dec 2024) an attack allowed is not made
    ("According to the Kremlin leader, this is a response to Ukraine being granted permission to use U.S. and British "
     "missiles to strike Russian territory.", []),
])
def test_strikes_told_with_asides_and_permissions(text, expected):
    assert [(s.attacker, s.location) for s in strikes(text)] == expected


def test_where_words_about_missiles_were_said_is_no_place_struck():
    # (AAP, Dec 2024)
    assert strikes("“Russia doesn’t want peace and does everything to expand the war, from engaging the North Korean troops "
                   "to the use of medium-range ballistic missiles,” he said in a joint press conference with Senator Wong in "
                   "Kyiv on Thursday.") == []


def test_the_second_of_a_pair_of_demonyms_did_not_launch_the_attack():
    # (Ukrainska Pravda, Dec 2023)
    found = strikes("Quote: “Radek was on his way to Kyiv when another Russian-Iranian Shahed attack on Ukraine took place.”")
    assert "State:iran" not in {s.attacker for s in found}


def test_targets_pounded_across_a_country_and_a_city_named_before_its_attack():
    # (Cyprus Mail, Mar 2024; Ya Libnan, Apr 2025)
    assert [(s.attacker, s.location) for s in strikes("Ukraine pounded targets across Russia on Tuesday with at least 25 drones "
                                                       "and seven missiles, Russia’s defence ministry said.")] == [("State:ukraine", "russia")]
    assert [(s.attacker, s.location) for s in strikes("The Kyiv attack also wounded 90 people, smashed buildings and set off "
                                                       "fires, Ukrainian officials said.")] == [("State:russia", "kyiv")]


@pytest.mark.parametrize("text", [
    'The governor of Volgograd, Andrey Bocharov, said the Russian military had repelled a "massive" Ukrainian drone '
    "attack over the southern region.",
    "Russian forces repulsed a Ukrainian drone attack on Volgograd overnight.",
])
def test_the_force_that_fends_an_attack_off_is_not_its_attacker(text):
    assert {s.attacker for s in strikes(text)} == {"State:ukraine"}


@pytest.mark.parametrize("text", [
    "Kamikawa and her Ukrainian counterpart held a joint press conference in a bomb shelter during an air raid alert "
    "on Jan. 7, 2024 in Kyiv.",
    '"This air-raid siren that you all hear now is the reason why I am here," Sikorski said in Kyiv.',
])
def test_an_air_raid_alert_or_siren_is_no_strike(text):
    assert strikes(text) == []


@pytest.mark.parametrize("text, location", [
    # a district named after its town is the district, in the town's region, so the region is not struck besides
    ("In the Kyiv region, a 50-year-old man was killed in a Russian strike in Bucha district.", "bucha-district"),
    ("On the night of September 28, the invaders fired heavy artillery at the Nikopol District in the Dnipropetrovsk "
     "Region.", "nikopol-district"),
    # a city's own district, named by the city's possessive or "of" the city, is a strike on the city
    ("A Russian missile struck Kharkiv's Kholodnohirskyi district on Monday.", "kharkiv"),
    ("Russian drones hit the Shevchenkivskyi district of Kyiv overnight.", "kyiv"),
])
def test_a_district_named_after_a_town_is_struck_and_a_citys_district_places_a_strike_on_the_city(text, location):
    x = extract_document(load_text(f"---\npublished: 2022-09-29\n---\n{text}\n", "t"))
    assert [(s.attacker, s.location) for s in x.events if isinstance(s, Strike)] == [("State:russia", location)]
    assert any(p.key.endswith("-district") and p.label.endswith(" district") for p in x.places)


def test_each_district_of_a_list_is_a_place():
    x = extract_document(load_text("---\npublished: 2025-12-27\n---\nRussian drones hit Kyiv overnight. Fires broke out in "
                                   "the Obolonskyi and Holosiivsky districts.\n", "t"))
    assert {"Obolonskyi district", "Holosiivsky district"} <= {p.label for p in x.places}


def test_a_place_in_the_clause_before_as_the_attack_is_launched_is_not_struck():
    found = strikes("Ukrainian President Volodymyr Zelenskyy met Canadian Prime Minister Mark Carney in Halifax on Saturday "
                    "during a stopover en route to Florida, as Russia launched fresh drone and missile attacks on Kyiv "
                    "overnight.", "2025-12-27")
    assert {s.location for s in found} == {"kyiv"}
    # (but "the city" the attack falls on is the one named before)
    assert {s.location for s in strikes("Burns visited Kyiv as Russia attacked the city with missiles.")} == {"kyiv"}


def test_the_place_of_a_meeting_the_attack_came_before_is_not_struck():
    found = strikes("Russian drone strikes on the Ukrainian city of Kharkiv killed at least seven people, in an attack that "
                    "came on the eve of Ukrainian President Volodymyr Zelensky’s meeting with President Trump and top European "
                    "leaders at the White House.", "2025-08-18")
    assert [(s.attacker, s.location) for s in found] == [("State:russia", "kharkiv")]


def test_a_while_clause_with_an_attack_of_its_own_and_no_attacker_is_the_same_attackers():
    found = strikes("Russian missile strikes killed five people including a child in the Ukrainian city of Dnipro Friday night, "
                    "while a teenager and another person died in attacks on Kyiv and the surrounding region, officials said.",
                    "2024-10-26")
    assert sorted((s.attacker, s.location, s.date) for s in found) == [
        ("State:russia", "dnipro", "2024-10-25"), ("State:russia", "kyiv", "2024-10-25")]


def test_a_while_clause_that_names_its_own_attacker_is_not_the_first_attackers():
    found = strikes("Russia struck Kharkiv overnight, while Ukraine attacked an oil depot in Belgorod.", "2024-10-26")
    assert ("State:russia", "belgorod") not in {(s.attacker, s.location) for s in found}


@pytest.mark.parametrize("text, published, strike", [
    # a state named as acting in the present tense attacks; the river of a city's name is no place
    ("Russia regularly attacks Kherson from the east of the Dnipro, after Ukrainian forces liberated the city in November "
     "2022.", "2023-12-24", ("State:russia", "kherson")),
    # a force whose officials report the attack is not its attacker
    ("Ukrainian navy officials said this week that Russia had launched over 880 attack drones and over 170 missiles on the "
     "Odesa region since July.", "2024-03-08", ("State:russia", "odesa-oblast")),
    # a town of an oblast named with its oblast is the place struck
    ("The Russians hit the town of Vylkove in Odesa Oblast with Shahed loitering munitions in the small hours of 25 July.",
     "2024-07-25", ("State:russia", "vylkove")),
])
def test_the_one_strike_of_a_sentence_is_by_the_actor_that_acts_on_the_most_specific_place(text, published, strike):
    assert [(s.attacker, s.location) for s in strikes(text, published)] == [strike]


def test_the_oblast_military_administration_named_after_a_city_is_no_place_struck():
    found = strikes("The head of the Donetsk OVA, Vadym Filashkin, spoke about the consequences of the new enemy attack.",
                    "2026-02-10")
    assert [s.location for s in found if s.location == "donetsk"] == []


def test_each_community_of_a_list_is_a_place_struck():
    found = strikes("Russian forces attacked Sumy Oblast on Aug. 15. The communities of Khotin, Yunakivka, Velyka Pysarivka, "
                    "and Svesa were targeted.", "2024-08-16")
    assert {"khotin", "yunakivka", "velyka-pysarivka", "svesa"} <= {s.location for s in found}


@pytest.mark.parametrize("text, published, strike", [
    ("The Ministry of Defence of Russia confirmed that the Ukrainian Armed Forces hit the large landing ship Novocherkassk "
     "in occupied Feodosiia (Crimea) with missiles on the night of 25-26 December.", "2023-12-26", ("State:ukraine", "feodosia")),
    # a town of occupied Crimea struck with no attacker named is struck by the side that does not hold it
    ("Missiles struck an air defence unit near Yevpatoria overnight.", "2024-05-01", ("State:ukraine", "yevpatoria")),
])
def test_towns_of_crimea_are_places_struck(text, published, strike):
    assert strike in {(s.attacker, s.location) for s in strikes(text, published)}


def test_a_refinery_town_is_struck_by_the_side_its_military_says_and_russian_operations_it_serves_attack_nothing():
    found = strikes("The Ukrainian military said on Thursday its drones had hit the Afipsky refinery in Russia's Krasnodar "
                    "region, which plays a role in supplying fuel for Russian military operations.", "2025-08-28")
    assert {(s.attacker, s.location) for s in found} == {("State:ukraine", "afipsky")}


def test_places_listed_between_dashes_as_what_was_hit_are_struck():
    found = strikes("Russia launched a massive missile and drone attack on Ukraine overnight. The strikes hit eight regions — "
                    "including Kyiv, Odesa, Zhytomyr, Chernihiv and Mykolaiv — damaging some civilian buildings.", "2025-06-17")
    assert {"odesa", "zhytomyr", "chernihiv", "mykolaiv"} <= {s.location for s in found}
