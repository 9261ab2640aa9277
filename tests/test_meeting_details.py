"""The place and status of a meeting, read from the clause around it."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.load import load_text
from kg.models import Meeting


def meetings(text: str, published: str = "2025-06-02") -> list[Meeting]:
    doc = load_text(f"---\npublished: {published}\n---\n{text}\n", "t")
    return [e for e in extract_document(doc).events if isinstance(e, Meeting)]


def test_a_delegation_arrived_for_talks_meets_in_the_city_not_the_continent_around_it():
    [m] = meetings("Elsewhere in Europe, a Ukrainian delegation has arrived in Geneva for talks with American officials.")
    assert set(m.participants) == {"State:ukraine", "State:us"}
    assert (m.place, m.status) == ("geneva", "planned")


def test_talks_already_held_there_stay_held():
    [m] = meetings("A Ukrainian delegation held talks with American officials in Geneva on Sunday.")
    assert (m.place, m.status) == ("geneva", "held")


def test_the_country_after_a_city_places_it_and_does_not_take_part():
    [m] = meetings("Zelenskyy met with U.S. Secretary of State Marco Rubio in Jeddah, Saudi Arabia, on Tuesday.")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:marco-rubio"}
    assert m.place == "jeddah"


def test_talks_hosted_between_two_delegations_are_a_meeting_of_their_states():
    [m] = meetings("Turkish President Recep Tayyip Erdogan hosted peace talks between Russian and Ukrainian "
                   "delegations in Istanbul on May 16.")
    assert {"State:russia", "State:ukraine"} <= set(m.participants)
    assert (m.place, m.date) == ("istanbul", "2025-05-16")


def test_a_second_call_told_without_its_verb_is_a_meeting_of_its_own_and_later_tells_the_past():
    found = meetings("Trump spoke with Putin on Wednesday and later with Zelenskyy.", published="2025-06-01")
    assert sorted(sorted(m.participants) for m in found) == [["Person:donald-trump", "Person:vladimir-putin"],
                                                             ["Person:donald-trump", "Person:volodymyr-zelensky"]]
    assert {m.date for m in found} == {"2025-05-28"}  # the Wednesday before the Sunday of the report


def test_talks_at_the_white_house_or_the_kremlin_are_there_not_with_it():
    [m] = meetings("Putin received Witkoff at the Kremlin on Friday for a four-hour meeting.")
    assert set(m.participants) == {"Person:vladimir-putin", "Person:steve-witkoff"}
    assert m.place == "kremlin-building"


def test_the_leaders_of_states_who_travelled_to_meet_someone_met_them():
    [m] = meetings("The leaders of France, Germany and Britain travelled to Kyiv on Saturday to meet Zelensky.")
    assert set(m.participants) == {"State:france", "State:germany", "State:uk", "Person:volodymyr-zelensky"}
    assert (m.place, m.date, m.status) == ("kyiv", "2025-05-31", "held")


def test_a_trip_today_to_meet_is_still_a_plan():
    [m] = meetings("Witkoff travelled to Russia today to meet with Russian President Vladimir Putin.")
    assert m.status == "planned"


def test_a_reception_attended_by_officials_is_a_meeting_with_their_state():
    [m] = meetings("Prime Minister Keir Starmer spoke at a reception at the British Embassy attended by Trump "
                   "Administration officials.", published="2025-02-27")
    assert set(m.participants) == {"Person:keir-starmer", "State:us"}
    assert m.place == "british-embassy"


def test_ministers_from_several_states_meeting_somewhere_met():
    [m] = meetings("Meeting in London, ministers from Britain, France, Germany, Italy and Poland agreed to pool funds to "
                   "buy U.S.-made Patriot missiles for Kyiv, British Defence Secretary John Healey told reporters.")
    assert set(m.participants) == {"State:uk", "State:france", "State:germany", "State:italy", "State:poland"}
    assert m.place == "london"


def test_a_leaders_own_security_council_is_not_the_uns():
    doc = load_text("---\npublished: 2025-06-12\n---\nIn Moscow, Putin told a televised meeting of his Security Council "
                    "that Russia would only agree to a truce if Western arms deliveries stopped.\n", "t")
    x = extract_document(doc)
    assert "Organization:un-security-council" not in {f"{a.type}:{a.key}" for a in x.actors}
    [st] = [e for e in x.events if type(e).__name__ == "Statement"]
    assert st.text == "Russia would only agree to a truce if Western arms deliveries stopped"


def test_a_call_where_words_were_said_is_a_meeting_of_speaker_and_listener_not_of_what_they_said():
    [m] = meetings("Putin told Trump in a phone call on Tuesday that Russia would halt strikes on energy sites.")
    assert set(m.participants) == {"Person:vladimir-putin", "Person:donald-trump"}
    assert (m.status, m.date) == ("held", "2025-05-27")


def test_said_on_a_call_with_someone_is_a_call_with_them():
    [m] = meetings("Britain's Prime Minister Keir Starmer said on a call with Zelensky on Tuesday that the UK would "
                   "keep supporting Ukraine.")
    assert set(m.participants) == {"Person:keir-starmer", "Person:volodymyr-zelensky"}


def test_talks_before_what_was_told_to_reporters_are_held_and_leave_the_reported_places_out():
    [m] = meetings("Macron told reporters after talks with Scholz in Berlin that Europe must do more.")
    assert set(m.participants) == {"Person:emmanuel-macron", "Person:olaf-scholz"}
    assert (m.status, m.place) == ("held", "berlin")


def test_a_news_conference_is_where_one_speaks_not_whom_one_meets():
    assert meetings("Zelensky said at a news conference in Kyiv that Russia would attack again.") == []


def test_a_meeting_where_a_pledge_was_announced_is_held_by_those_two():
    # AP, 2 July 2024 (held-out news): the United States in the reported words took no part
    [m] = meetings("U.S. Defense Secretary Lloyd Austin told Ukrainian Defense Minister Rustem Umierov during a meeting in "
                   "Washington that the United States will soon announce more than $2.3 billion in new security "
                   "assistance for Ukraine.", "2024-07-02")
    assert set(m.participants) == {"Person:lloyd-austin", "Person:rustem-umerov"}
    assert (m.status, m.place) == ("held", "washington")


def test_a_capital_where_people_meet_is_a_place_not_its_state():
    [m] = meetings("Rubio will meet Lavrov in Kuala Lumpur on Thursday, the State Department said.")
    assert set(m.participants) == {"Person:marco-rubio", "Person:sergei-lavrov"}
    assert (m.place, m.status) == ("kuala-lumpur", "planned")


def test_the_words_before_a_closing_attribution_do_not_attend_the_meeting_it_names():
    found = meetings("Russia is not interested in peace, Kallas said ahead of a meeting of EU foreign ministers.")
    assert all("State:russia" not in m.participants for m in found)


def test_a_meeting_his_office_announces_keeps_him_in_it():
    [m] = meetings("Zelenskyy is due to travel to Washington next week for talks with Trump, his office said.")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:donald-trump"}
    assert (m.place, m.status) == ("washington", "planned")


@pytest.mark.parametrize("text", [
    "The Kremlin said Putin had no plans to meet Zelenskyy.",
    "Trump refused to meet Zelensky.",
    "Putin did not meet Trump in Alaska.",
    "Zelensky says he is ready to meet Putin.",  # an offer, not a plan
    "Kuleba said Ukraine was not closed to direct talks between Zelensky and Putin.",
    "Turkey has sought to mediate between Russia and Ukraine and offered on several occasions to host talks.",
])
def test_a_meeting_denied_refused_or_only_offered_is_none(text):
    assert meetings(text) == []


@pytest.mark.parametrize("text, who", [
    ("Trump said he would meet Putin.", {"Person:donald-trump", "Person:vladimir-putin"}),
    ("Putin said he was due to meet Xi in Beijing.", {"Person:vladimir-putin", "Person:xi-jinping"}),
])
def test_the_speaker_tells_of_his_own_planned_meeting(text, who):
    [m] = meetings(text)
    assert set(m.participants) == who and m.status == "planned"


@pytest.mark.parametrize("text, who, date", [
    ("Zelensky said on Thursday he had held a Monday meeting with CIA Director William Burns.",
     {"Person:volodymyr-zelensky", "Person:william-burns"}, "2025-06-02"),
    ("Macron said he has had a long phone call with Putin.", {"Person:emmanuel-macron", "Person:vladimir-putin"}, ""),
])
def test_the_speaker_tells_of_a_meeting_he_held(text, who, date):
    [m] = meetings(text, published="2025-06-05")
    assert set(m.participants) == who and m.status == "held" and m.date == date


@pytest.mark.parametrize("text", [
    "The leaders of Britain, France and Germany will hold a video call with Zelenskyy on Saturday.",
    "Leaders of Britain, France and Germany held talks with Zelenskyy in Kyiv.",
])
def test_states_leaders_holding_a_call_or_talks_with_a_person_meet_him(text):
    [m] = meetings(text)
    assert set(m.participants) == {"State:uk", "State:france", "State:germany", "Person:volodymyr-zelensky"}


def test_not_having_met_since_a_meeting_recalls_that_meeting():
    [m] = meetings("Trump has not met Zelensky since their White House meeting, which ended in a shouting match.")
    assert set(m.participants) == {"Person:donald-trump", "Person:volodymyr-zelensky"}


@pytest.mark.parametrize("text", [
    "Trump and Putin spoke for more than two hours on Tuesday, the Kremlin said.",
    "Trump and Putin have spoken by phone.",
])
def test_two_leaders_who_spoke_had_a_call(text):
    [m] = meetings(text)
    assert set(m.participants) == {"Person:donald-trump", "Person:vladimir-putin"} and m.status == "held"


def test_a_trip_for_talks_dated_before_the_report_was_held():
    [m] = meetings("Witkoff flew to Moscow for talks with Putin last week.")
    assert (m.place, m.status) == ("moscow", "held")


def test_talks_named_in_what_someone_is_saying_are_not_held_with_the_main_clauses_subject():
    assert meetings("With Zelensky saying the talks had failed, Trump left.") == []
    [m] = meetings("With Zelensky saying he had met Trump, Macron and Merz in Rome, the talks went on.")
    assert len(m.participants) == 4


@pytest.mark.parametrize("text, status", [
    ("Russia's chief negotiator said Putin could meet Zelensky once a peace deal was drafted.", "planned"),
    ("Erdogan said Putin and Zelensky might meet in Istanbul.", "planned"),
    ("Putin met Zelensky in May in Istanbul.", "held"),  # a month, not a modal
    ("He said Ukraine had proposed a meeting before the end of August between Zelensky and Putin.", "planned"),
    ("Zelensky met Putin in Istanbul to discuss a framework proposed by the US.", "held"),
])
def test_a_meeting_that_could_happen_is_not_yet_held(text, status):
    [m] = meetings(text)
    assert {"Person:vladimir-putin", "Person:volodymyr-zelensky"} <= set(m.participants) and m.status == status


@pytest.mark.parametrize("text, date, status", [
    # "held" after the talks dates and settles them, whatever the rest of the sentence plans
    ("Peace talks between Russian and Ukrainian negotiating teams, held in Istanbul on Friday, will not resume "
     "this week, the Turkish foreign ministry said.", "2025-05-30", "held"),
    ("Talks between Russian and Ukrainian delegations, to be held in Istanbul on Friday, will focus on prisoners.",
     "2025-06-06", "planned"),
])
def test_talks_held_on_a_day_were_held_that_day(text, date, status):
    [m] = meetings(text)  # published Monday 2 June 2025
    assert (set(m.participants), m.place, m.date, m.status) == ({"State:russia", "State:ukraine"}, "istanbul", date, status)


def test_a_meeting_judged_by_someone_is_not_their_meeting_but_talks_with_someone_are():
    assert meetings("Senator Lindsey Graham called the meeting a missed opportunity and doubted a deal could be reached "
                    "under Zelensky.") == []
    [m] = meetings("Zelensky praised the talks with Trump in Paris.")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:donald-trump"}


def test_talks_that_have_concluded_were_held_though_more_are_planned():
    [m] = meetings("Zelensky said on Saturday that trilateral talks between Ukraine, Russia and the US in Abu Dhabi have "
                   "concluded, noting that further meetings could take place next week.")
    assert (set(m.participants), m.status) == ({"State:ukraine", "State:russia", "State:us"}, "held")


def test_a_plan_in_a_participle_clause_after_the_meeting_leaves_it_held():
    [m] = meetings("Macron welcomed Zelensky to Paris for talks on Monday, pledging France would keep supplying shells.")
    assert (m.date, m.status) == ("2025-06-02", "held")


@pytest.mark.parametrize("text, others", [
    ('"More air defence is urgently needed," Rutte said as he headed into a meeting with EU defence ministers.',
     {"Organization:eu"}),
    ("Russia must pay for the damage, Kallas said ahead of a meeting of EU foreign ministers.", {"Organization:eu"}),
    ("Kallas said ahead of a meeting of EU foreign ministers that Russia must pay.", {"Organization:eu"}),
])
def test_who_speaks_on_the_way_into_a_meeting_takes_part_but_not_what_they_speak_of(text, others):
    [m] = meetings(text)
    assert set(m.participants) - others in ({"Person:mark-rutte"}, {"Person:kaja-kallas"})
    assert others <= set(m.participants)


def test_negotiators_telling_their_counterparts_at_talks_meet_for_their_states_and_speaking_to_reporters_is_no_meeting():
    [m] = meetings("Russian negotiators told their Ukrainian counterparts at talks in Istanbul that Russia would "
                   "only end the fighting if Kyiv ceded territory.")
    assert set(m.participants) == {"State:russia", "State:ukraine"}
    assert meetings("Peskov spoke to reporters on Tuesday about Putin's plans.") == []


@pytest.mark.parametrize("text, status", [
    # a plan told of a meeting whose day is before the report: the meeting is past
    ("The plan was expected to be finalised within ten days following a meeting at the White House on May 26 "
     "between Zelensky and Trump.", "held"),
    ("Putin was scheduled to meet Trump on May 26.", "planned"),  # a past plan says no more than that
])
def test_a_meeting_dated_before_the_report_was_held_unless_it_only_was_to_be(text, status):
    [m] = meetings(text)  # published 2 June 2025
    assert (m.date, m.status) == ("2025-05-26", status)


def test_the_day_of_a_sentence_about_a_meeting_days_before_is_not_the_meetings():
    [m] = meetings("Trump on Sunday hailed big progress, days after meeting Putin in Alaska for a summit.")
    assert (set(m.participants), m.date, m.status) == ({"Person:donald-trump", "Person:vladimir-putin"}, "", "held")


def test_a_sit_down_is_a_meeting():
    [m] = meetings("Zelensky is due for a sit-down with Trump at the White House on Monday.", published="2025-08-17")
    assert (set(m.participants), m.date, m.status) == ({"Person:volodymyr-zelensky", "Person:donald-trump"}, "2025-08-18", "planned")


def test_a_forum_named_in_quotation_marks_takes_part():
    [m] = meetings('Zelensky arrived in Paris ahead of a meeting of the so-called "Coalition of the Willing," where '
                   "nations are expected to discuss security guarantees.")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Organization:coalition-of-the-willing"}


def test_words_quoted_at_a_meeting_do_not_plan_it_and_a_sea_describing_a_city_is_not_its_place():
    [m] = meetings('"We will continue to support you," Pistorius said on Thursday at a meeting with his Ukrainian '
                   "counterpart Rustem Umerov in the Black Sea city.", published="2024-05-30")
    assert (m.place, m.date, m.status) == ("", "2024-05-30", "held")


@pytest.mark.parametrize("text, who", [
    # the unnamed press service reports; both named take part
    ("Zelensky met with visiting British Prime Minister Boris Johnson to discuss security, the presidential press "
     "service said.", {"Person:volodymyr-zelensky", "Person:boris-johnson"}),
    # two who talked, the second with his office before the name
    ("Zelensky and Indian Prime Minister Narendra Modi talked in person for the first time since the invasion.",
     {"Person:volodymyr-zelensky", "Person:narendra-modi"}),
])
def test_who_met_when_an_office_reports_it_or_two_talked(text, who):
    [m] = meetings(text)
    assert set(m.participants) == who and m.status == "held"


def test_a_meeting_in_an_opening_clause_is_of_its_own_people_and_a_plural_demonym_takes_part():
    [m] = meetings("Before the Ukrainian delegation met with the Americans on Sunday, Zelensky said diplomacy had been "
                   "reinvigorated.", published="2025-11-23")
    assert (set(m.participants), m.date, m.status) == ({"State:ukraine", "State:us"}, "2025-11-23", "held")


def test_delegations_sent_by_states_take_part_for_them():
    [m] = meetings("Talks followed in Istanbul on 16 May, with delegations sent by the US, Ukraine and its European allies.")
    assert (set(m.participants), m.place, m.date) == ({"State:us", "State:ukraine"}, "istanbul", "2025-05-16")


def test_a_demonym_describing_a_place_takes_no_part_and_a_day_of_speaking_is_not_the_meetings():
    found = meetings("Ukrainian and Canadian officials were gathering in the Swiss city for the talks with the Americans.")
    assert all("State:switzerland" not in m.participants for m in found)
    [m] = meetings("Rubio said on Friday, May 30, that a meeting between Trump and Putin would be the only way to a breakthrough.")
    assert m.status == "planned"


def test_hopes_of_others_after_the_meeting_do_not_make_it_planned():
    [m] = meetings("NATO leaders gathered in The Hague on Wednesday for a summit, with European allies hoping a pledge "
                   "to spend more will reassure Trump.", published="2025-06-25")
    assert (m.place, m.date, m.status) == ("the-hague", "2025-06-25", "held")


@pytest.mark.parametrize("text, who", [
    ("Witkoff's meeting with Putin in St Petersburg lasted more than four hours, Peskov said.",
     {"Person:steve-witkoff", "Person:vladimir-putin"}),
    ("Zelensky's phone call with Trump on Friday was tense, officials said.",
     {"Person:volodymyr-zelensky", "Person:donald-trump"}),
])
def test_who_owns_a_meeting_with_someone_takes_part_in_it(text, who):
    [m] = meetings(text)
    assert set(m.participants) == who


def test_who_owns_another_noun_or_a_visit_with_no_one_takes_no_part():
    assert meetings("Zelensky's visit to Washington follows Trump's call with Putin on Thursday.") == []
    [m] = meetings("Trump's special envoy Steve Witkoff met Putin on Friday.")
    assert set(m.participants) == {"Person:steve-witkoff", "Person:vladimir-putin"}


@pytest.mark.parametrize("text, who", [
    ("Zelensky was joined by Macron and Starmer at the talks with Trump on Monday.",
     {"Person:volodymyr-zelensky", "Person:emmanuel-macron", "Person:keir-starmer", "Person:donald-trump"}),
    ("Zelensky was welcomed by Erdogan in Ankara on Monday.", {"Person:volodymyr-zelensky", "Person:recep-tayyip-erdogan"}),
])
def test_who_joins_or_welcomes_someone_takes_part(text, who):
    [m] = meetings(text)
    assert set(m.participants) == who


def test_talks_between_the_speaker_and_another_are_the_speakers_and_a_dateline_takes_no_part():
    [m] = meetings("Antalya [Turkey], March 10 (ANI): The talks between Ukrainian Foreign Minister Dmytro Kuleba and Russia "
                   "Foreign Minister Sergey Lavrov in Turkey failed to yield any progress on a ceasefire, said the Ukrainian "
                   "Foreign Minister Dmytro Kuleba on Thursday.", "2022-03-10")
    assert set(m.participants) == {"Person:dmytro-kuleba", "Person:sergei-lavrov"}
    assert (m.date, m.status) == ("2022-03-10", "held")


def test_a_city_owned_by_its_country_is_the_place_not_the_country():
    [m] = meetings("Russian Foreign Minister Sergey Lavrov informed that a meeting with Ukrainian Foreign Minister Dmytro Kuleba "
                   "will take place in Turkey's Antalya.", "2022-03-09")
    assert (m.place, m.status) == ("antalya", "planned")


def test_who_took_part_in_the_talks_by_video_joins_the_meeting_just_told_that_its_chairs_join():
    [m] = meetings("The Ukraine Defense Contact Group met at NATO headquarters in Brussels on Friday. Britain and Germany "
                   "co-chaired the meeting of Ukraine's supporters. U.S. Defense Secretary Pete Hegseth participated in the "
                   "talks via video call.", "2025-04-11")
    assert {"Organization:ukraine-defence-contact-group", "State:uk", "State:germany", "Person:pete-hegseth"} == set(m.participants)


def test_who_a_meetings_outcome_names_did_not_take_part_but_who_it_included_did():
    assert meetings("Witkoff also flew to Russia for talks that led to a prisoner swap that freed Marc Fogel, an American "
                    "history teacher the US had deemed wrongfully detained.") == []
    [m] = meetings("Trump held talks that included Zelensky and Macron.")
    assert set(m.participants) == {"Person:donald-trump", "Person:volodymyr-zelensky", "Person:emmanuel-macron"}


@pytest.mark.parametrize("text", [
    "As reported, the Commander-in-Chief of the Armed Forces of Ukraine, Valerii Zaluzhny, will not join the NATO "
    "Military Committee meeting even online.",
    "Ukrainian Foreign Minister Dmytro Kuleba also commented on possible negotiations with Russian President Vladimir Putin.",
    "Kremlin spokesman Dmitry Peskov spoke on Friday. Commenting on the possibility of a conversation between Russian "
    "President Vladimir Putin and Volodymyr Zelenskyy, he noted that it is now turn for negotiations between the "
    "delegations of the two countries.",
])
def test_a_meeting_someone_will_not_join_or_only_possible_talks_are_no_meeting_of_theirs(text):
    assert meetings(text, "2023-05-10") == []


def test_a_call_held_ahead_of_an_announcement_was_held_and_what_is_said_after_it_names_no_one_in_it():
    [m] = meetings("US President Joe Biden spoke by phone with Ukrainian President Volodymyr Zelensky on Wednesday ahead "
                   "of the announcement.", "2022-06-15")
    assert (m.status, m.date) == ("held", "2022-06-15")
    [m] = meetings("Rubryka also reported that Ukrainian President Volodymyr Zelensky joined the G7 online summit and "
                   "stated that Russia hoped to see the collapse of the civilized world.")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Organization:g7"}


def test_the_speakers_party_that_will_meet_someone_meets_them():
    [m] = meetings('French President Emmanuel Macron arrived in Kyiv. Macron said they will meet President Volodymyr '
                   'Zelensky and go to "a war site where massacres have been committed."', "2022-06-16")
    assert set(m.participants) == {"Person:emmanuel-macron", "Person:volodymyr-zelensky"}
    assert m.status == "planned"


def test_a_visit_named_without_where_or_with_whom_is_no_meeting_and_a_continent_is_no_meeting_place():
    assert meetings("The German chancellor's visit finds Ukraine in its most vulnerable position, with Zelensky warning "
                    "in November that Ukraine could lose the war if US president-elect Donald Trump halts American aid.",
                    "2024-12-02") == []
    [m] = meetings("Pledging that Germany would remain Ukraine's strongest supporter in Europe, German Chancellor Olaf "
                   "Scholz added that he would announce a new aid package during his meeting with Ukrainian President "
                   "Volodymyr Zelensky.", "2024-12-02")
    assert m.place == ""


@pytest.mark.parametrize("text, who, status", [
    ("Kremlin spokesperson Dmitry Peskov spoke. He also repeated that Putin's offer to meet Zelensky in Moscow remains "
     "on the table.", {"Person:vladimir-putin", "Person:volodymyr-zelensky"}, "planned"),
    ("Last week, Trump met the Russian leader Putin in Alaska, after which leaders of Ukraine and key EU countries "
     "gathered in the White House.", {"Person:donald-trump", "Person:vladimir-putin"}, "held"),
    ("Media reported on Tuesday that a Ukrainian delegation led by Ukrainian Defense Intelligence chief Kyrylo Budanov "
     "had been holding talks with both the Russian and the US sides in Abu Dhabi.",
     {"State:ukraine", "Person:kyrylo-budanov", "State:russia", "State:us"}, "held"),
    ("Top spokesman Dmitry Peskov spoke to reporters a day after Russian negotiators told their Ukrainian counterparts at "
     "talks in Turkey that Russia would only end the fighting if Kyiv ceded territory.", {"State:russia", "State:ukraine"}, "held"),
])
def test_who_offers_to_meet_who_meets_after_which_or_a_day_before_and_which_sides_talk(text, who, status):
    [m] = meetings(text, "2025-11-26")
    assert (set(m.participants), m.status) == (who, status)


def test_attending_a_potential_summit_is_no_meeting():
    assert meetings("U.S. Special Envoy Steve Witkoff noted that U.S. President Donald Trump could attend a potential "
                    "Ukraine-Russia summit.") == []


def test_a_gathering_after_which_names_only_its_own_people_and_place():
    [m] = meetings("Last week, Trump received the Russian leader Putin in Alaska, after which leaders of Ukraine and key EU "
                   "countries gathered in the White House.", "2025-08-22")
    assert (set(m.participants), m.place) == ({"State:ukraine", "Organization:eu"}, "white-house-building")


@pytest.mark.parametrize("text", [
    'When asked about Witkoff\'s comments by a reporter, Kremlin spokesperson Dmitry Peskov questioned "whether there\'s '
    'any point in holding a summit" between Putin and Zelensky.',
    "In talks with international partners, Foreign Minister Dmytro Kuleba emphasizes that Ukraine will conduct "
    "counteroffensives until it expels Russia from its territory.",
])
def test_whether_to_hold_a_summit_or_talks_with_unnamed_partners_name_no_meeting(text):
    assert meetings(text) == []


def test_what_happened_a_year_before_a_meeting_names_no_one_in_it():
    [m] = meetings("Kishida noted that the G7 leaders would hold their G7 video summit, joined by Ukrainian President "
                   "Volodymyr Zelenskyy, on February 24, one year after Russia started its special military operation in "
                   "Ukraine, according to the statement.", "2023-02-20")
    assert set(m.participants) == {"Organization:g7", "Person:volodymyr-zelensky"}


def test_talks_planned_for_a_weekday_are_ahead_and_a_meeting_held_keeps_its_day_beside_talks_scheduled_later():
    [m] = meetings("Vladimir Putin and Chinese leader Xi Jinping planned more talks on Tuesday after a Kremlin dinner.",
                   "2023-03-20")
    assert (set(m.participants), m.date, m.status) == ({"Person:vladimir-putin", "Person:xi-jinping"}, "2023-03-21", "planned")
    [m] = meetings('Putin and Xi greeted one another as "dear friend" when they met in the Kremlin on Monday, with more '
                   'official talks scheduled for Tuesday.', "2023-03-20")
    assert (m.date, m.status) == ("2023-03-20", "held")


def test_whose_comments_come_ahead_of_a_sit_down_takes_part_in_it():
    [m] = meetings("Trump's comments come ahead of a sit-down at the White House with Zelensky on Friday.", "2025-10-15")
    assert (set(m.participants), m.status) == ({"Person:donald-trump", "Person:volodymyr-zelensky"}, "planned")


def test_what_happened_shortly_before_or_alongside_a_meeting_names_neither_its_place_nor_its_people():
    [m] = meetings("Indian Prime Minister Narendra Modi met Mr Putin on Monday at the start of his two-day trip, shortly after "
                   "Russian missiles landed across Ukraine, severely damaging the largest children's hospital in Kyiv.",
                   "2024-07-09")
    assert (set(m.participants), m.place) == ({"Person:narendra-modi", "Person:vladimir-putin"}, "")
    [m] = meetings("India's Prime Minister Narendra Modi has met Vladimir Putin in Moscow, deepening ties between the two "
                   "nations as Russia stepped up attacks in Ukraine.", "2024-07-09")
    assert (set(m.participants), m.place) == ({"Person:narendra-modi", "Person:vladimir-putin"}, "moscow")


@pytest.mark.parametrize("text, who, status", [
    ('Albanian Prime Minister Edi Rama welcomed the summit. "Today I am working in Tirana. I will meet with an uncompromising '
     'friend of Ukraine, Edi Rama, and take part in the summit," Zelenskyy says.',
     {"Person:volodymyr-zelensky", "Person:edi-rama"}, "planned"),
    ('Ukrainian President Volodymyr Zelensky spoke. "I have just met Emmanuel Macron and we discussed air defence," Zelensky '
     'wrote on Telegram.', {"Person:volodymyr-zelensky", "Person:emmanuel-macron"}, "held"),
])
def test_a_speaker_telling_of_his_own_meeting_in_his_words_meets_those_he_names(text, who, status):
    [m] = meetings(text, "2024-02-28")
    assert (set(m.participants), m.status) == (who, status)


def test_a_spokesman_telling_of_their_meeting_is_not_in_it():
    [m] = meetings("U.N. spokesman Stephane Dujarric said that during their one-on-one meeting Tuesday, Guterres and Putin "
                   "discussed the proposals for humanitarian assistance.", "2022-04-26")
    assert set(m.participants) == {"Person:antonio-guterres", "Person:vladimir-putin"}


def test_who_speaks_on_arrival_at_a_meeting_attends_it_and_what_she_then_speaks_of_is_another_matter():
    [m] = meetings("Speaking to reporters upon arrival at the Foreign Affairs Council meeting, EU foreign policy chief Kaja "
                   "Kallas pointed to recent discussions involving Russia, including meetings held in Abu Dhabi, but "
                   "dismissed them as insincere.", "2026-01-29")
    assert (set(m.participants), m.place) == ({"Organization:foreign-affairs-council", "Person:kaja-kallas"}, "")


def test_a_meeting_reported_by_an_unnamed_official_keeps_the_leader_named_before_the_comma():
    # the subject of "said" is the unnamed head of a bureau, not the president named first
    [m] = meetings("Lithuanian President Gitanas Nauseda met William Burns in Vilnius on Friday, the head of "
                   "Lithuania's State Security Department said.")
    assert set(m.participants) == {"Person:gitanas-nauseda", "Person:william-burns"}
    assert m.place == "vilnius"


def test_those_the_pair_will_be_joined_by_take_part_in_the_meeting_just_told():
    found = meetings("Zelensky will travel to Berlin to meet Chancellor Friedrich Merz later today. The pair will also be "
                     "joined by European Council President Antonio Costa.", published="2025-12-08")
    assert [set(m.participants) for m in found] == [
        {"Person:volodymyr-zelensky", "Person:friedrich-merz", "Person:antonio-costa"}]
    assert found[0].place == "berlin"


def test_a_minister_received_by_a_president_met_him():
    [m] = meetings("Foreign Minister Hakan Fidan was received by Ukrainian President Volodymyr Zelensky in Kyiv, "
                   "the ministry said on Friday.", published="2025-05-31")
    assert set(m.participants) == {"Person:hakan-fidan", "Person:volodymyr-zelensky"}
    assert (m.place, m.date, m.status) == ("kyiv", "2025-05-30", "held")


def test_a_joint_news_conference_is_held_together_but_a_news_conference_is_not():
    [m] = meetings("Sybiha held a joint news conference with his Finnish counterpart Elina Valtonen in Kyiv.")
    assert set(m.participants) == {"Person:andrii-sybiha", "Person:elina-valtonen"}
    assert meetings("Sybiha held a news conference in Kyiv with reporters from Finland and Sweden.") == []


@pytest.mark.parametrize("text, place", [
    # where it was said, then a place in what was said
    ("In Brussels, a NATO official said Rutte had travelled to Kyiv to meet Zelensky.", "kyiv"),
    ("Lukashenko was quoted as saying at the meeting with Putin in Bishkek that Minsk was ready.", "bishkek"),
    # what was said names no place: the place opening the sentence is the meeting's
    ("In Geneva, a Ukrainian official said Umerov had met Rubio before the talks.", "geneva"),
])
def test_a_place_in_what_was_said_places_the_meeting_before_where_it_was_said(text, place):
    [m] = meetings(text)
    assert m.place == place


def test_each_state_of_a_list_of_demonyms_before_their_diplomats_takes_part():
    [m] = meetings("Envoy Steve Witkoff met French, British, German and Ukrainian senior diplomats in Paris before the summit.")
    assert set(m.participants) == {"Person:steve-witkoff", "State:france", "State:uk", "State:germany", "State:ukraine"}


def test_what_a_visitor_proposed_after_meeting_someone_does_not_take_part():
    [m] = meetings("Days earlier he made a trip to Ukraine, where Viktor Orban met with President Volodymyr Zelensky and "
                   "proposed that Ukraine consider agreeing to a ceasefire with Russia.")
    assert set(m.participants) == {"Person:viktor-orban", "Person:volodymyr-zelensky"}


def test_a_plan_told_on_a_past_day_is_not_dated_by_the_day_it_was_told():
    [m] = meetings("Foreign Minister Dmytro Kuleba late Monday confirmed that he will meet Sergey Lavrov in Antalya this week.",
                   published="2022-03-08")
    assert (m.status, m.place, m.date) == ("planned", "antalya", "")


def test_leaders_who_discussed_something_with_someone_met_him_and_those_who_took_part_in_the_phone_call_join():
    found = meetings("The leaders of France, Britain and Germany on Wednesday discussed Ukraine with US President Donald Trump. "
                     "British Prime Minister Keir Starmer and German Chancellor Friedrich Merz took part in the phone call, "
                     "the Elysee Palace stated.", published="2025-12-10")
    assert [set(m.participants) for m in found] == [{"State:france", "State:uk", "State:germany", "Person:donald-trump",
                                                     "Person:keir-starmer", "Person:friedrich-merz"}]
    assert found[0].date == "2025-12-10"


def test_discussing_something_alone_is_no_meeting():
    assert meetings("The French cabinet discussed the Ukraine peace plan on Wednesday.") == []


def test_the_force_whose_base_hosts_a_meeting_takes_no_part():
    [m] = meetings("The meeting of the Ukraine Defence Contact Group took place at the US Air Force base in Ramstein.")
    assert m.participants == ("Organization:ukraine-defence-contact-group",)
    assert m.place == "ramstein-air-base"


def test_the_speaker_who_says_he_and_another_had_discussed_something_met_him():
    [m] = meetings("Friedrich Merz said he and Trump had discussed this new approach multiple times in recent days, and "
                   "emphasized that Germany would take a decisive role.")
    assert set(m.participants) == {"Person:friedrich-merz", "Person:donald-trump"} and m.status == "held"


def test_who_chaired_the_session_before_reporting_on_it_took_part():
    found = meetings("Ukraine's allies pledged nearly $48bn at a meeting of the Ukraine Defence Contact Group in Brussels. "
                     "UK Defence Secretary John Healey, who chaired the session, confirmed that allies had pledged £35bn.")
    assert [set(m.participants) for m in found] == [{"Organization:ukraine-defence-contact-group", "Person:john-healey"}]


def test_a_minister_who_discussed_something_with_a_counterpart_named_with_diacritics_met_her():
    [m] = meetings("Andrii Sybiha said he discussed with Romanian Foreign Minister Luminița-Teodora Odobescu the ways to "
                   "develop relations.")
    assert set(m.participants) == {"Person:andrii-sybiha", "Person:luminita-teodora-odobescu"}


def test_counterparts_from_the_states_named_take_part_for_them():
    [m] = meetings("Andrii Sybiha held talks with Antony Blinken, as well as with his counterparts from Czechia, Romania "
                   "and Poland.")
    assert {"State:czech-republic", "State:romania", "State:poland"} <= set(m.participants)


def test_two_leaders_who_engaged_in_a_phone_conversation_met():
    [m] = meetings("On Aug. 2, Erdogan and Putin engaged in a phone conversation to discuss the extension of the grain deal.",
                   published="2023-08-04")
    assert set(m.participants) == {"Person:recep-tayyip-erdogan", "Person:vladimir-putin"} and m.date == "2023-08-02"


def test_a_conversation_with_reporters_is_no_meeting():
    assert meetings("Putin said in a conversation with reporters that the talks would go on.") == []


def test_a_joint_press_conference_after_words_that_plan_something_was_held():
    [m] = meetings("Denmark will give 19 F-16 fighter jets to Ukraine, Danish Prime Minister Mette Frederiksen said at a joint "
                   "press conference with Ukrainian President Volodymyr Zelensky on Sunday.", published="2023-08-20")
    assert set(m.participants) == {"Person:mette-frederiksen", "Person:volodymyr-zelensky"} and m.status == "held"


def test_a_summit_still_to_come_takes_no_part_in_the_meeting_before_it():
    [m] = meetings("Volodymyr Zelensky has met Sir Keir Starmer during his visit to the UK ahead of a crunch Nato summit.")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:keir-starmer"}


def test_he_after_a_sentence_adverb_is_the_subject_of_the_sentence_before():
    found = meetings("Zelensky was due to take part in a series of video calls with European leaders before the upcoming "
                     "meeting between US President Donald Trump and Russian President Vladimir Putin in Alaska.\n\n"
                     "Reportedly he would first take part in a video conference with Merz.", published="2025-08-12")
    assert {"Person:volodymyr-zelensky", "Person:friedrich-merz"} in [set(m.participants) for m in found]


def test_a_visit_not_announced_in_advance_leaves_the_visitor_in_the_meeting():
    [m] = meetings("President Volodymyr Zelenskiy met British Prime Minister Boris Johnson in Kyiv on Saturday, in a visit that "
                   "was not announced in advance.", published="2022-04-09")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:boris-johnson"}


def test_separate_phone_calls_with_counterparts_and_a_call_told_after_following_are_meetings():
    found = meetings("Turkish President Recep Tayyip Erdogan discussed the war in separate phone calls with his Russian and "
                     "Ukrainian counterparts, officials said.\n\nIn a similar statement following Erdogan's call with "
                     "Ukraine's Volodymyr Zelenskiy, the Turkish leader's office said he stated that works continue.",
                     published="2022-12-11")
    assert {frozenset(m.participants) for m in found} == {
        frozenset({"Person:recep-tayyip-erdogan", "State:russia", "State:ukraine"}),
        frozenset({"Person:recep-tayyip-erdogan", "Person:volodymyr-zelensky"})}


def test_the_state_a_visitor_urged_before_a_meeting_takes_no_part():
    [m] = meetings("He urged Russia to co-operate with investigations as Antonio Guterres toured Bucha before the meeting "
                   "with Mr Zelenskyy.")
    assert set(m.participants) == {"Person:antonio-guterres", "Person:volodymyr-zelensky"}


def test_my_meeting_in_a_quotation_is_the_speakers_and_possible_talks_it_will_concern_are_its_topic():
    found = meetings('"During my meeting with President Zelensky, I will announce further arms deliveries," the Chancellor '
                     "said.\n\nJournalists suggest that Scholz's conversation with Zelensky will probably also concern possible "
                     "negotiations with Russia.\n\nGerman Chancellor Olaf Scholz arrived in Kyiv.", published="2024-12-02")
    assert [set(m.participants) for m in found] == [{"Person:olaf-scholz", "Person:volodymyr-zelensky"}]
    assert found[0].status == "planned"


def test_the_speaker_who_wanted_to_discuss_the_results_with_others_plans_to_meet_them():
    [m] = meetings("Merz reportedly said, following that, he wanted to discuss the results with French President Emmanuel "
                   "Macron and UK Prime Minister Keir Starmer.", published="2025-08-13")
    assert set(m.participants) == {"Person:friedrich-merz", "Person:emmanuel-macron", "Person:keir-starmer"}
    assert m.status == "planned"


def test_the_words_before_a_speaker_who_spoke_after_a_call_name_no_one_in_it():
    [m] = meetings("The Netherlands has allocated more military aid, President Volodymyr Zelensky said on April 12 after a "
                   "phone call with Dutch Prime Minister Mark Rutte.", published="2024-04-12")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:mark-rutte"} and m.date == "2024-04-12"


def test_states_that_signed_agreements_with_others_met_them():
    [m] = meetings("After months of talks, Russia and Ukraine finally signed separate agreements with Turkey and the United "
                   "Nations on July 22, allowing grain to be exported.", published="2022-07-23")
    assert set(m.participants) == {"State:russia", "State:ukraine", "State:turkey", "Organization:un"}
    assert (m.date, m.status) == ("2022-07-22", "held")


def test_a_visit_that_goes_on_holding_talks_is_a_meeting_with_whom_the_talks_were_held():
    # (Reuters copy, Dec 2024)
    [m] = meetings("The move came after the UK's Defence Secretary John Healey visited Kyiv on Wednesday, holding talks with "
                   "his Ukrainian counterpart Rustem Umerov and vowing to step up British support.", published="2024-12-19")
    assert set(m.participants) == {"Person:john-healey", "Person:rustem-umerov"}
    assert (m.place, m.date, m.status) == ("kyiv", "2024-12-18", "held")


def test_the_state_of_the_delegation_whose_head_reports_the_talks_still_took_part():
    # (Pravda.ru, Feb 2026): the head of the Russian delegation reports; Russia is no reporter left out
    [m] = meetings("Russia, Ukraine, and the United States concluded two days of negotiations in Geneva, according to the head "
                   "of the Russian delegation, Vladimir Medinsky, an aide to the Russian president.", published="2026-02-18")
    assert set(m.participants) == {"State:russia", "State:ukraine", "State:us"} and m.place == "geneva"


def test_a_speaker_who_had_a_conversation_with_someone_took_part_in_it():
    # (Zelensky on Telegram, as MENAFN quoted him)
    [m] = meetings('Zelensky spoke after the call. "I had a good and very substantive conversation with President of Turkey, '
                   'Recep Tayyip Erdogan. I thanked him personally," Zelensky wrote.', published="2025-05-31")
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:recep-tayyip-erdogan"} and m.status == "held"


def test_a_dateless_report_joins_the_dated_meeting_in_its_own_place():
    found = meetings("US-Ukraine talks in Florida\n\nTalks followed in Geneva on 23 November, with delegations sent by the US and "
                     "Ukraine.\n\nLast week, Ukrainian officials met US negotiators in Florida for three days of talks, where "
                     "they pushed for changes to a White House plan.", published="2025-12-06")
    assert sorted((m.place, m.status) for m in found) == [("florida", "held"), ("geneva", "held")]


def test_others_meeting_at_the_same_time_meet_apart_in_their_own_place():
    # (VOA, Mar 2023)
    found = meetings("Japanese Prime Minister Fumio Kishida met Tuesday with Ukrainian President Volodymyr Zelenskyy in Kyiv "
                     "in a show of solidarity that came as Russian President Vladimir Putin hosted his Chinese counterpart "
                     "Xi Jinping in Moscow.", published="2023-03-21")
    assert sorted((m.participants, m.place) for m in found) == [
        (("Person:fumio-kishida", "Person:volodymyr-zelensky"), "kyiv"),
        (("Person:vladimir-putin", "Person:xi-jinping"), "moscow")]


def test_one_verb_with_two_people_on_two_days_is_two_meetings():
    # (Young Bhartiya, Jul 2022)
    found = meetings("Indonesian President Joko Widodo, popularly known as Jokowi, met with Ukrainian President Volodymyr "
                     "Zelensky on Wednesday and Russian President Vladimir Putin on Thursday.", published="2022-07-01")
    assert sorted((m.participants, m.date) for m in found) == [
        (("Person:joko-widodo", "Person:vladimir-putin"), "2022-06-30"),
        (("Person:joko-widodo", "Person:volodymyr-zelensky"), "2022-06-29")]


def test_a_past_verb_tells_a_meeting_held_on_the_day_before_it_whatever_the_words_plan():
    # (Baltic Times, Jan 2024)
    [m] = meetings("RIGA - Everyone says that they support Ukraine, but the political signal must be changed to stress that "
                   "Ukraine will be supported until complete victory over Russian imperialism, Latvian President Edgars "
                   "Rinkevics, who on Thursday welcomed Ukrainian President Volodymyr Zelensky in Riga Castle, told LETA.",
                   published="2024-01-12")
    assert {"Person:edgars-rinkevics", "Person:volodymyr-zelensky"} <= set(m.participants)
    assert (m.date, m.status) == ("2024-01-11", "held")


def test_an_organisation_named_in_a_topic_discussed_takes_no_part():
    # (Kyiv Independent, Dec 2024)
    [m] = meetings("Lithuanian Prime Minister Gintautas Paluckas arrived. Lithuania's prime minister was received by his "
                   "Ukrainian counterpart, Denys Shmyhal, to discuss Europe's defense capabilities, Ukraine's EU and NATO "
                   "aspirations, and other topics.", published="2024-12-20")
    assert set(m.participants) == {"Person:gintautas-paluckas", "Person:denys-shmyhal"}


@pytest.mark.parametrize("text, who", [
    # (Haaretz, Feb 2022) his office reports his own call
    ("Prime Minister Naftali Bennett offered humanitarian aid to Ukraine in a phone call with President Volodymyr Zelenskyy, "
     "Bennett's office said.", {"Person:naftali-bennett", "Person:volodymyr-zelensky"}),
    # (Cape Times, Jun 2023) what a clause after the call tells ("where he briefed his BRICS counterpart") takes no part
    ("President Cyril Ramaphosa’s office has confirmed that he had a telephone conversation with Russian President Vladimir "
     "Putin, where he briefed his BRICS counterpart on the peace mission.", {"Person:cyril-ramaphosa", "Person:vladimir-putin"}),
    # (Reuters copy, Apr 2025) the subject after an opening "After talks with …" held them
    ("After talks with Trump in Washington, NATO Secretary-General Mark Rutte said on Thursday that Kyiv was working hard "
     "for a deal.", {"Person:donald-trump", "Person:mark-rutte"}),
    # (RFE/RL, Oct 2022) nor does a relative clause about the plant
    ("IAEA chief Rafael Grossi met Zelenskiy last week for discussions on a protection zone around the plant, which continues "
     "to be operated by a Ukrainian staff with experts from the IAEA present.",
     {"Person:rafael-grossi", "Person:volodymyr-zelensky"}),
])
def test_who_took_part(text, who):
    [m] = meetings(text, published="2025-04-25")
    assert set(m.participants) == who


def test_a_clause_after_a_trip_that_tells_the_meeting_keeps_it():
    [m] = meetings("Modi's visit to Ukraine comes just weeks after a trip to Moscow, where he held talks with Russian dictator "
                   "Vladimir Putin.", published="2024-08-23")
    assert set(m.participants) == {"Person:narendra-modi", "Person:vladimir-putin"}


@pytest.mark.parametrize("text, who", [
    # (Devdiscourse, Sep 2025)
    ("Yvette Cooper arrived in Kyiv. Cooper's schedule includes discussions with Ukrainian President Volodymyr Zelenskiy and "
     "top officials.", {"Person:yvette-cooper", "Person:volodymyr-zelensky"}),
    # (MercoPress, Feb 2023)
    ("According to Folha, Brazilian President Luiz Inacio Lula da Silva is also to talk about this initiative with Ukrainian "
     "President Volodymyr Zelensky next week.", {"Person:luiz-inacio-lula-da-silva", "Person:volodymyr-zelensky"}),
])
def test_discussions_and_talks_to_come_are_planned_meetings(text, who):
    [m] = meetings(text, published="2023-02-25")
    assert set(m.participants) == who and m.status == "planned"


@pytest.mark.parametrize("text, published, who", [
    # (Politico Europe, Mar 2025) a meeting named after "after" by whose it was is no mere time mark
    ("The United States will resume security assistance to Ukraine, according to a joint statement issued after a meeting "
     "of the Ukrainian and U.S. delegations in Jeddah.", "2025-03-11", {"State:us", "State:ukraine"}),
    # (Kyiv Independent, Feb 2025) one who "will speak with" another plans a call
    ("U.S. President Donald Trump said on February 10 that he will speak with Ukrainian President Volodymyr Zelenskyy this "
     "week.", "2025-02-11", {"Person:donald-trump", "Person:volodymyr-zelensky"}),
])
def test_meetings_told_by_whose_meeting_or_a_call_to_come(text, published, who):
    [m] = meetings(text, published=published)
    assert who <= set(m.participants)


def test_who_speaks_at_a_news_conference_with_another_met_them_then():
    # (Al Jazeera, Apr 2023): a joint news conference opens the sentence; what is said after it plans nothing
    [m] = meetings("At a news conference with Polish President Andrzej Duda, Zelenskyy said that his government would "
                   "extend a hearty welcome to Polish businesses.", published="2023-04-05")
    assert set(m.participants) == {"Person:andrzej-duda", "Person:volodymyr-zelensky"} and m.status == "held"


@pytest.mark.parametrize("text", [
    "Zelenskyy met with Prime Minister Mateusz Morawiecki and said he would sign agreements on infrastructure.",
    "Slovak Prime Minister Robert Fico met with Putin in Beijing and said he wanted to pass on several messages to Kyiv.",
])
def test_one_who_met_someone_and_then_said_something_still_met_them(text):
    found = meetings(text)
    assert len(found) == 1 and len(found[0].participants) == 2


def test_a_meeting_in_an_opening_apart_from_clause_is_not_the_main_clauses():
    found = meetings("Japanese Foreign Minister Yoko Kamikawa visited Kyiv.\n\nApart from meeting with Kuleba, Kamikawa "
                     "also met with Prime Minister Denys Shmyhal, who is expected to travel to the event in Japan.")
    assert [set(m.participants) for m in found] == [{"Person:yoko-kamikawa", "Person:denys-shmyhal"}]


@pytest.mark.parametrize("text", [
    "Yoko Kamikawa said at a joint press conference with her Ukrainian counterpart Dmytro Kuleba that Japan would help.",
    "Yoko Kamikawa said at a news conference with Dmytro Kuleba on Sunday that Japan would help.",
])
def test_a_press_conference_with_someone_was_held_with_them_whatever_the_words_plan(text):
    found = meetings(text, "2024-01-07")
    assert [(set(m.participants), m.status) for m in found] == [({"Person:yoko-kamikawa", "Person:dmytro-kuleba"}, "held")]


@pytest.mark.parametrize("text", [
    "Foreign Minister Yair Lapid spoke on Friday with his German counterpart, Annalena Baerbock, about Israel's aid offer.",
    "Zelensky talked at length with Macron about security guarantees.",
])
def test_words_between_spoke_and_with_still_tell_a_call(text):
    found = meetings(text, "2022-02-25")
    assert len(found) == 1 and len(found[0].participants) == 2 and found[0].status == "held"


def test_a_conversation_with_journalists_and_a_named_leader_is_a_meeting_with_him():
    found = meetings("Dmytro Kuleba said this during a conversation with journalists and NATO Secretary General Jens "
                     "Stoltenberg after arriving at the Alliance's headquarters in Brussels.", "2024-04-04")
    assert [set(m.participants) for m in found] == [{"Person:dmytro-kuleba", "Person:jens-stoltenberg"}]
    assert meetings("Dmytro Kuleba said this during a conversation with journalists in Brussels.", "2024-04-04") == []


def test_a_joint_bodys_meeting_is_one_of_its_two_parties_and_whom_help_is_against_takes_no_part():
    found = meetings("At a meeting of the NATO-Ukraine Council later in Brussels, allies discussed billions of dollars of "
                     "extra help against Kremlin autocrat Vladimir Putin.", "2024-01-10")
    assert [set(m.participants) for m in found] == [{"Organization:nato-ukraine-council", "Organization:nato", "State:ukraine"}]


def test_what_a_participant_heads_takes_no_part():
    found = meetings("The delegation that was due to hold talks with Ukraine’s Volodymyr Zelensky includes South Africa’s "
                     "Cyril Ramaphosa and Comoros’ Azali Assoumani, who heads the African Union.", "2023-06-16")
    assert found and all("Organization:african-union" not in m.participants for m in found)


@pytest.mark.parametrize("text, published, who", [
    ("“I look forward to working with President Putin,” the Chinese president Xi Jinping wrote ahead of his visit.\n\n"
     "The leaders have a scheduled meeting at the Kremlin at 4:30 p.m. local time, which will be followed by a dinner.",
     "2023-03-20", {"Person:xi-jinping", "Person:vladimir-putin"}),
    # two leaders are of two states: not the president and his wife
    ("Yoon Suk Yeol arrived in Kyiv with his wife, Kim Keon-hee, on Saturday.\n\nAfter the two leaders met, Zelenskyy thanked Seoul "
     "for its support.", "2023-07-15", {"Person:yoon-suk-yeol", "Person:volodymyr-zelensky"}),
])
def test_the_two_leaders_who_meet_are_the_two_just_named(text, published, who):
    assert [set(m.participants) for m in meetings(text, published)] == [who]


@pytest.mark.parametrize("text", [
    # what the two leaders discussed is no meeting of theirs
    "Ramaphosa spoke with Putin.\n\nThe presidency said the two leaders discussed the Russia-Africa Summit in St. Petersburg.",
    # the leaders of named states are those states
    "Zelensky spoke with Macron.\n\nThe leaders of France, Britain and Germany will meet in Kyiv.",
])
def test_the_leaders_of_something_else_are_not_the_two_just_named(text):
    assert all(set(m.participants) != {"Person:cyril-ramaphosa", "Person:vladimir-putin"}
               and set(m.participants) != {"Person:volodymyr-zelensky", "Person:emmanuel-macron"}
               or m.evidence[0].text.startswith(("Ramaphosa spoke", "Zelensky spoke")) for m in meetings(text, "2023-06-08"))
