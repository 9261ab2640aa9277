"""Who said what: the speaker behind pronouns, first names and appositions, and the words without their occasion or listener."""

from __future__ import annotations

import pytest

from kg.extract import extract_document
from kg.load import load_text
from kg.mentions import find_mentions
from kg.models import Meeting, Pledge, Statement, Strike


def statements(text: str, published: str = "2025-03-04") -> list[Statement]:
    doc = load_text(f"---\npublished: {published}\n---\n{text}\n", "t")
    return [e for e in extract_document(doc).events if isinstance(e, Statement)]


def test_a_quoted_fragment_is_the_full_quotation_it_comes_from():
    found = statements(
        "German Chancellor Friedrich Merz told the Bundestag he is “not willing to send ground troops to Ukraine "
        "at this stage”.\n\n"
        "Merz said: “I am not willing to send ground troops to Ukraine at this stage. Europe must carry more of "
        "the burden.”")
    merz = [s for s in found if s.speaker == "Person:friedrich-merz"]
    assert len(merz) == 1, [s.text for s in found]
    assert merz[0].text.startswith("I am not willing to send ground troops")
    assert len(merz[0].evidence) == 2  # both sentences are its evidence


def test_a_fragment_with_words_of_its_own_stays_a_statement():
    found = statements(
        "Merz said he would consult European allies, adding “Europe must carry more of the burden”.\n\n"
        "Merz said: “I am not willing to send ground troops to Ukraine at this stage. Europe must carry more of "
        "the burden.”")
    assert len([s for s in found if s.speaker == "Person:friedrich-merz"]) == 2


@pytest.mark.parametrize("lead", [
    # the people in the apposition are spoken of, not speaking
    "Former US envoy Kurt Volker - who sat in on earlier talks between Zelensky and Trump - tells Times Radio the deal is close.",
    # the closing pronoun is the last speaker, not the last person named
    "Former US envoy Kurt Volker told Times Radio the deal was close. Zelensky is expected in Washington on Friday.",
])
def test_he_says_closing_a_quotation_is_the_speaker(lead):
    found = statements(f"{lead}\n\n“Both sides want an agreement before the summit,” he says.")
    quote = [s for s in found if s.text.startswith("Both sides want")]
    assert [s.speaker for s in quote] == ["Person:kurt-volker"]


def test_an_interviewee_is_called_by_their_first_name_but_a_leader_is_not():
    found = statements(
        "Olena Marchenko, 34, a teacher in Kharkiv, told the BBC the shelling had got worse this winter.\n\n"
        "Olena says she now sleeps in the corridor with her two children.\n\n"
        "Vladimir says nothing has changed on his street.")
    said = {s.text.split()[0]: s.speaker for s in found}
    assert said.get("she") == "Person:olena-marchenko"
    assert "Person:vladimir-putin" not in said.values()


def test_a_person_given_with_an_age_speaks_and_the_outlet_told_is_not_part_of_the_words():
    found = statements("Olena Marchenko, 34, a teacher in Kharkiv, told the BBC the shelling had got worse this winter.")
    assert [(s.speaker, s.text) for s in found] == [("Person:olena-marchenko", "the shelling had got worse this winter")]


def test_a_person_described_as_what_they_are_speaks_and_is_named_again_by_surname():
    found = statements('Iryna Bondarenko, a nurse at the maternity ward, told the AP the windows had blown in.\n\n'
                       '"We carried the babies to the basement," Ms Bondarenko said.')
    assert [(s.speaker, s.text) for s in found] == [
        ("Person:iryna-bondarenko", "the windows had blown in"),
        ("Person:iryna-bondarenko", "We carried the babies to the basement")]


def test_a_named_listener_after_told_is_dropped():
    [st] = statements("Zelensky told Reuters Russia would not stop at Ukraine.")
    assert st.text == "Russia would not stop at Ukraine"


def test_a_descriptive_apposition_between_speaker_and_verb_keeps_the_speaker():
    [st] = statements("Steve Witkoff, a billionaire real estate developer, has previously criticised European peace "
                      "proposals for Ukraine.")
    assert st.speaker == "Person:steve-witkoff"
    assert st.text == "criticised European peace proposals for Ukraine"


def test_words_urged_end_before_the_pronoun_of_the_closing_attribution():
    found = statements("Defence Secretary John Healey spoke after the talks.\n\n"
                       "He urges those in the room to “look again” - standing by Ukraine is the “strongest deterrent” "
                       "against future Russian attacks, he says.")
    urged = [st for st in found if st.text.startswith("urges")]
    assert [st.speaker for st in urged] == ["Person:john-healey"]
    assert urged[0].text.endswith("against future Russian attacks")


def test_a_closing_attribution_with_a_day_and_an_addition_gives_both_statements_and_the_strike():
    doc = load_text("---\npublished: 2025-06-01\n---\nRussian forces launched 120 drones and three missiles overnight, "
                    "Ukraine's air force said on Sunday, adding that 85 drones were shot down.\n", "t")
    x = extract_document(doc)
    said = sorted(e.text for e in x.events if isinstance(e, Statement))
    assert said == ["85 drones were shot down", "Russian forces launched 120 drones and three missiles overnight"]
    assert {e.speaker for e in x.events if isinstance(e, Statement)} == {"Organization:ukrainian-air-force"}
    [strike] = [e for e in x.events if isinstance(e, Strike)]
    assert (strike.attacker, strike.location, strike.date) == ("State:russia", "ukraine", "2025-06-01")


@pytest.mark.parametrize("text, speaker, words", [
    ("Zelensky said on a call with reporters that Russia was preparing an offensive.", "Person:volodymyr-zelensky",
     "Russia was preparing an offensive"),
    ("Peskov told a news conference in Moscow that the talks were useful.", "Person:dmitry-peskov", "the talks were useful"),
])
def test_the_occasion_of_saying_is_not_part_of_the_words(text, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [(speaker, words)]


def test_a_phone_call_on_a_day_says_nothing_and_is_a_meeting():
    doc = load_text("---\npublished: 2025-06-01\n---\nPolish President Andrzej Duda and Zelensky discussed air defence "
                    "during a call on Thursday. Duda and Zelensky held a phone call on Thursday.\n", "t")
    x = extract_document(doc)
    assert not [e for e in x.events if isinstance(e, Statement)]
    [meeting] = [e for e in x.events if isinstance(e, Meeting)]
    assert set(meeting.participants) == {"Person:andrzej-duda", "Person:volodymyr-zelensky"}


def test_the_occasion_in_commas_between_speaker_and_verb_keeps_the_speaker():
    assert [(s.speaker, s.text) for s in statements("Zelensky, speaking in Kyiv on Monday, said Ukraine would not cede "
                                                     "territory.")] == [("Person:volodymyr-zelensky",
                                                                         "Ukraine would not cede territory")]


def test_an_organisation_named_again_in_commas_before_the_verb_speaks():
    assert [(s.speaker, s.text) for s in statements("Ukraine's Security Service, the SBU, said it had detained a "
                                                     "Russian agent in Odesa.")] == [
        ("Organization:sbu", "it had detained a Russian agent in Odesa")]


@pytest.mark.parametrize("text, speaker", [
    ("Oleksandr Syrskyi, Ukraine's commander-in-chief, said the situation near Pokrovsk was difficult.",
     "Person:oleksandr-syrskyi"),
    ("Ukraine's ambassador to the UN, Andriy Melnyk, called for more sanctions on Russia.", "Person:andriy-melnyk"),
])
def test_an_office_in_commas_next_to_a_name_keeps_the_person_speaking(text, speaker):
    assert [s.speaker for s in statements(text)] == [speaker]


READOUT = ("Volodymyr Zelensky says he has spoken with Sir Keir Starmer about security guarantees and the next steps of "
           "the coalition of the willing.\n\nThe UK prime minister told him Britain would keep up the pressure on "
           "Moscow, Downing Street said in a readout of the call.")


def test_a_readout_gives_each_speaker_their_own_words():
    said = {(s.speaker, s.text) for s in statements(READOUT, published="2025-06-14")}
    assert ("Person:keir-starmer", "Britain would keep up the pressure on Moscow") in said
    assert ("Organization:downing-street", "The UK prime minister told him Britain would keep up the pressure on "
            "Moscow") in said


def test_the_reporter_of_his_own_call_took_part_in_it():
    doc = load_text(f"---\npublished: 2025-06-14\n---\n{READOUT}\n", "t")
    [m] = [e for e in extract_document(doc).events if isinstance(e, Meeting)]
    assert set(m.participants) == {"Person:volodymyr-zelensky", "Person:keir-starmer"}


@pytest.mark.parametrize("text, speaker", [
    # the one who spoke, not the person named in the aside after the attribution
    ("“We will not give up,” said Zelensky, speaking alongside Starmer in Kyiv. He says the war must end with "
     "security guarantees.", "Person:volodymyr-zelensky"),
    # the subject of the sentence before, not the person it praises
    ("Starmer also praised US President Donald Trump. He says Trump has moved peace talks further than anyone.",
     "Person:keir-starmer"),
    # not the one named inside a relative clause
    ("“This is a disgrace,” Starmer said of the attack, which Zelensky called a war crime. He says Britain will "
     "send more air defence.", "Person:keir-starmer"),
    # the subject of the sentence before, though someone else spoke in the paragraph before it
    ("Ukraine's defence minister Rustem Umerov said the US was still providing help.\n\nThe US Defence Secretary, "
     "Pete Hegseth, attended the meeting virtually. He told allies America appreciated their work.",
     "Person:pete-hegseth"),
])
def test_he_says_opening_a_sentence_goes_on_with_its_subject_or_last_speaker(text, speaker):
    last = [s for s in statements(text) if s.evidence[0].text.startswith("He ")]
    assert [s.speaker for s in last] == [speaker]


@pytest.mark.parametrize("text, speaker, words", [
    ("Germany will provide Ukraine with an additional 1.9 billion euros in military aid this year, Defence Minister "
     "Boris Pistorius said during a visit to Kyiv.", "Person:boris-pistorius",
     "Germany will provide Ukraine with an additional 1.9 billion euros in military aid this year"),
    ("Allies must spend 5% of GDP on defence, NATO Secretary General Mark Rutte said at a news conference in Brussels.",
     "Person:mark-rutte", "Allies must spend 5% of GDP on defence"),
])
def test_a_closing_attribution_with_its_occasion_keeps_the_words_before_it(text, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [(speaker, words)]


@pytest.mark.parametrize("text, speaker, words", [
    # a participle clause after the closing speaker and day is the speaker's, not the words
    ("France will send more Caesar howitzers to Ukraine, President Emmanuel Macron said Thursday, dismissing "
     "criticism that Paris had been slow to deliver.", "Person:emmanuel-macron",
     "France will send more Caesar howitzers to Ukraine"),
    ("Russia fired 40 drones at Kharkiv overnight, Governor Oleh Syniehubov said on Sunday, citing preliminary data.",
     "Person:oleh-syniehubov", "Russia fired 40 drones at Kharkiv overnight"),
])
def test_a_participle_clause_after_a_closing_attribution_leaves_the_words_before_it(text, speaker, words):
    assert (speaker, words) in [(s.speaker, s.text) for s in statements(text)]


@pytest.mark.parametrize("text, speaker", [
    ('"The whole floor collapsed and we ran to the shelter," the mayor of Dnipro, Borys Filatov, said.', "Person:borys-filatov"),
    ('"The whole floor collapsed and we ran to the shelter," building resident, Olena Hnatiuk told the AP.', "Person:olena-hnatiuk"),
])
def test_a_described_speaker_after_a_quotation_says_only_the_quotation(text, speaker):
    assert [(s.speaker, s.text) for s in statements(text)] == [(speaker, "The whole floor collapsed and we ran to the shelter")]


@pytest.mark.parametrize("text, words", [
    ("Scholz told parliament Berlin would send more weapons to Ukraine.", "Berlin would send more weapons to Ukraine"),
    ("Rutte told reporters talks with Kyiv were continuing.", "talks with Kyiv were continuing"),
])
def test_an_audience_told_without_that_is_not_part_of_the_words(text, words):
    assert [s.text for s in statements(text)] == [words]


def test_a_second_verb_after_and_has_is_a_second_statement_and_a_call_keeps_whom_it_calls_on():
    found = {s.text for s in statements("Trump has repeatedly claimed the US is spending too much on Ukraine's defence "
                                        "and has instead called on Europe to step up.")}
    assert found == {"the US is spending too much on Ukraine's defence", "called on Europe to step up"}


@pytest.mark.parametrize("text, speakers, words", [
    ("Ukraine and Russia accused each other of violating the ceasefire.", {"State:ukraine", "State:russia"},
     "accused each other of violating the ceasefire"),
    ("Both Putin and Zelensky said they were ready to meet.", {"Person:vladimir-putin", "Person:volodymyr-zelensky"},
     "they were ready to meet"),
    ("Zelensky and Macron said in a joint statement that Europe must be at the table.",
     {"Person:volodymyr-zelensky", "Person:emmanuel-macron"}, "Europe must be at the table"),
    # after an opening phrase, and with the second one's office before the name
    ("Speaking to reporters in the Oval Office, Trump and Vice President JD Vance accused Zelensky of ingratitude.",
     {"Person:donald-trump", "Person:jd-vance"}, "accused Zelensky of ingratitude"),
])
def test_two_actors_as_one_subject_each_say_it(text, speakers, words):
    found = statements(text)
    assert {s.speaker for s in found} == speakers and {s.text for s in found} == {words}


def test_an_actor_before_a_comma_is_not_a_second_speaker():
    # 'But when it comes to Trump, Merezhko says …' (BBC, 2025): Trump is what he speaks about
    found = statements("But when it comes to Trump, Merezhko says he is sceptical about the outcome of negotiations.")
    assert {s.speaker for s in found} == {"Person:oleksandr-merezhko"}


@pytest.mark.parametrize("joiner", ["while", "but", "whereas"])
def test_a_second_speaker_after_while_or_but_ends_the_first_ones_words(joiner):
    found = {s.speaker: s.text for s in statements(
        f"Russia denied striking the hospital, saying it was hit by a falling interceptor, {joiner} Ukraine said it "
        "had found parts of a Russian cruise missile.")}
    assert found["State:russia"].endswith("hit by a falling interceptor")
    assert found["State:ukraine"] == "it had found parts of a Russian cruise missile"


@pytest.mark.parametrize("text", [
    "Officials spoke, with Kallas saying Russia is escalating the war and Russia accusing Ukraine of attacking its "
    "energy infrastructure.",
    "Kallas said Russia is escalating the war and Russia accused Ukraine of attacking its energy infrastructure.",
])
def test_two_speakers_joined_by_and_each_keep_their_own_words(text):
    found = {s.speaker: s.text for s in statements(text)}
    assert found["Person:kaja-kallas"] == "Russia is escalating the war"
    assert found["State:russia"].endswith("Ukraine of attacking its energy infrastructure")


@pytest.mark.parametrize("text, words", [
    ("Zelensky slammed Russia for the strike on Kharkiv, calling it a cynical attack on civilians.",
     "slammed Russia for the strike on Kharkiv, calling it a cynical attack on civilians"),
    ("Zelensky denounced the strike as an act of terror.", "denounced the strike as an act of terror"),
    ("Zelensky concluded that the talks had brought the most progress since the invasion.",
     "the talks had brought the most progress since the invasion"),
])
def test_condemning_verbs_and_a_conclusion_drawn_are_statements(text, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [("Person:volodymyr-zelensky", words)]


def test_talks_that_concluded_say_nothing():
    assert statements("Zelensky's talks with Erdogan concluded in Istanbul on Tuesday.") == []


def test_a_participle_clause_ends_the_words_before_it_and_a_verb_without_that_is_no_new_speaker():
    found = [s.text for s in statements(
        "Zelensky said that talks between Ukraine, Russia and the US in Abu Dhabi had concluded, describing them as "
        "constructive.")]
    assert "talks between Ukraine, Russia and the US in Abu Dhabi had concluded" in found


@pytest.mark.parametrize("text, speaker", [
    ("Seven people were killed in Kharkiv, the Ukrainian Emergencies Service said.",
     "Organization:ukrainian-emergencies-service"),
    ("One civilian was killed in Avdiivka, said the Donetsk Oblast Military Administration.",
     "Organization:donetsk-oblast-military-administration"),
])
def test_an_organisation_named_after_its_state_or_region_speaks(text, speaker):
    assert [s.speaker for s in statements(text)] == [speaker]


def test_a_place_named_like_an_organisation_and_a_government_named_after_its_leader_stay_what_they_are():
    refs = {m.text: m.ref for m in find_mentions("Trump met Zelensky in the Oval Office. The Biden Administration "
                                                 "sent more aid.").mentions}
    assert refs["Oval Office"] == "oval-office" and "Organization:biden-administration" not in refs.values()
    refs = {m.text: m.ref for m in find_mentions("They met in the White House's Oval Office.").mentions}
    assert refs.get("Oval Office") == "oval-office" and not any(r.startswith("Organization:") for r in refs.values())


@pytest.mark.parametrize("text, words", [
    # a verb of speech after a possessive or a determiner is a noun, and the content of a claim is said whole
    ("Peskov said Biden's claim that Putin was a war criminal was unacceptable.",
     "Biden's claim that Putin was a war criminal was unacceptable"),
    ('Zelensky said that the U.S. promise to provide Patriots was "an important step".',
     'the U.S. promise to provide Patriots was "an important step"'),
])
def test_a_noun_of_speech_inside_reported_words_is_neither_a_speaker_nor_a_lead_in(text, words):
    found = statements(text)
    assert [s.text for s in found] == [words]


def test_adding_to_something_says_nothing():
    assert statements("The Netherlands added to the pressure by promising to assemble a Patriot system.") == []



def test_but_also_added_goes_on_with_the_same_speaker_as_a_second_statement():
    found = {s.text: s.speaker for s in statements(
        "Rubio said the US would keep helping Ukraine and Russia reach an agreement, but also added that a deal "
        "may not be possible.")}
    assert found == {"the US would keep helping Ukraine and Russia reach an agreement": "Person:marco-rubio",
                     "a deal may not be possible": "Person:marco-rubio"}


def test_a_speaker_after_the_verb_may_be_introduced_by_a_possessive():
    found = statements('"The delegation has begun preparing for this meeting," said its top negotiator Rustem Umerov, '
                       "head of Ukraine's National Security Council.")
    assert [s.speaker for s in found] == ["Person:rustem-umerov"]


def test_a_state_in_a_hyphenated_modifier_is_not_the_subject():
    found = statements("Russia and Ukraine will hold U.S.-brokered talks in Geneva next week, both countries said Friday, "
                       "announcing the next round of negotiations.")
    assert "State:us" not in {s.speaker for s in found}



def test_hopes_without_that_starts_no_new_speaker_and_allies_told_are_an_audience():
    found = [(s.speaker, s.text) for s in statements(
        "Hegseth told allies America appreciated their work.\n\n"
        "Umerov said Donald Trump wants a ceasefire, and that he hopes to hear from US counterparts soon.")]
    assert ("Person:pete-hegseth", "America appreciated their work") in found
    assert "Person:donald-trump" not in {speaker for speaker, _ in found}


def test_where_something_was_posted_is_not_what_was_said():
    found = [s.text for s in statements("Governor Oleh Kiper wrote on the Telegram messaging app, saying that the attack "
                                        "damaged houses, a school and cars.")]
    assert "on the Telegram messaging app" not in found



def test_a_pronoun_opening_a_sentence_goes_on_with_the_previous_subject_not_the_owner_of_its_object():
    found = statements("US envoy Steve Witkoff arrived in Moscow on Friday.\n\n"
                       "Last month, he labelled Sir Keir Starmer's plan for a reassurance force a posture.\n\n"
                       'He has, meanwhile, praised Putin as "super smart", saying: "I don\'t regard Putin as a bad guy".')
    praised = [s for s in found if "super smart" in s.text]
    assert [s.speaker for s in praised] == ["Person:steve-witkoff"]
    assert praised[0].text.endswith("I don't regard Putin as a bad guy\"")  # one statement, its quotation included


@pytest.mark.parametrize("text, published, said", [
    # the head of an organisation named by it is the one holder the document names
    ("NATO Secretary General Mark Rutte visited Kyiv on Monday.\n\nThe NATO chief said that Ukraine needed more air "
     "defence systems.", "2025-04-16", [("Person:mark-rutte", "Ukraine needed more air defence systems")]),
    # and the words before the head word must be in the holder's title
    ("EU foreign ministers met Kaja Kallas and Ursula von der Leyen in Brussels.\n\nThe EU's foreign policy chief argues "
     "that Russia is escalating the war.", "2025-04-11", [("Person:kaja-kallas", "Russia is escalating the war")]),
    # negotiators named by their state speak for it, without their listeners
    ("Russian negotiators told their Ukrainian counterparts at talks in Istanbul that Russia would only end the fighting "
     "if Kyiv ceded territory.", "2025-06-03", [("State:russia", "Russia would only end the fighting if Kyiv ceded territory")]),
    # the quotation closed before its speaker is the words, not a show quoted after the verb
    ('"People will continue to die by the thousands," Rubio said in an interview with the "Face the Nation" show.',
     "2025-08-17", [("Person:marco-rubio", "People will continue to die by the thousands")]),
    # an interview with an outlet after the verb leaves the speaker before it; a belief held of someone says nothing
    ("Transparency is upheld in Ukraine's peace talks, Andriy Yermak, head of the presidential office, says in an interview "
     "with RBC-Ukraine.\n\nHe is believed to be discussing military aid.", "2025-05-12",
     [("Person:andriy-yermak", "Transparency is upheld in Ukraine's peace talks")]),
    # a capitalised subject the text does not count as an actor says it, not the person named before it
    ("Trump did not say when the envoy, Keith Kellogg, would visit Ukraine, but CNN reported the trip would take place "
     "next week.", "2025-02-11", []),
    # a speaker and verb set off by commas close the words, whatever follows
    ("Ukraine used the missiles to target a military facility overnight, Moscow said, just days after Washington gave "
     "the green light.", "2024-11-19", [("State:russia", "Ukraine used the missiles to target a military facility overnight")]),
    # but a name run on by capitalised words is still named
    ("Ukraine's Air Force Command reported a total of 31 drones over the Odesa region.", "2024-02-23",
     [("Organization:ukrainian-air-force", "a total of 31 drones over the Odesa region")]),
    # the occasion before "that" is not said, and where someone was when telling reporters is not said either
    ("Dutch Defence Minister Ruben Brekelmans said at the Ramstein summit that his country is in talks on more "
     "Patriots.", "2025-07-21", [("Person:ruben-brekelmans", "his country is in talks on more Patriots")]),
    ("“Nothing will happen until Putin and I get together, okay?” Trump told reporters aboard Air Force One on Thursday.",
     "2025-05-16", [("Person:donald-trump", "Nothing will happen until Putin and I get together, okay?")]),
    # the head word of another organisation's name is not a second organisation, nor is "Human Rights" a person
    ("Russia struck the playground, in what the United Nations Commission on Human Rights said was the worst attack "
     "on children.", "2025-04-08", []),
])
def test_who_says_what(text, published, said):
    assert [(s.speaker, s.text) for s in statements(text, published=published)] == said


@pytest.mark.parametrize("text, words", [
    ("The 46-year-old man wounded by a Russian attack on Kherson Oblast earlier in the day has died in the hospital, "
     "Governor Oleksandr Prokudin reported on Oct. 29.",
     "The 46-year-old man wounded by a Russian attack on Kherson Oblast earlier in the day has died in the hospital"),
    ("Regional governor Oleksandr Starukh visited the site. One woman died in the shelling, another one on the way to "
     "the hospital, Starukh wrote on the Telegram messaging app.",
     "One woman died in the shelling, another one on the way to the hospital"),
])
def test_a_closing_attribution_followed_by_its_day_or_where_it_was_posted_closes_the_words(text, words):
    assert words in [s.text for s in statements(text, "2023-10-29")]


@pytest.mark.parametrize("text, speaker, words", [
    ("As noted by the acting mayor of Sumy, Artem Kobzar, the strike was carried out at around 3:00 p.m.",
     "Person:artem-kobzar", "the strike was carried out at around 3:00 p.m"),
    ("July 3 (UPI) -- The United States will soon announce a new $2.3 billion security assistance package for Ukraine, "
     "according to Secretary of Defense Lloyd Austin.",
     "Person:lloyd-austin", "The United States will soon announce a new $2.3 billion security assistance package for Ukraine"),
    ("Sumy City Military Administration head Serhiy Kryvosheyenko spoke to residents. Kryvosheyenko also specified that "
     "the number of victims has increased since the previous arrival.",
     "Person:serhiy-kryvosheyenko", "the number of victims has increased since the previous arrival"),
])
def test_who_noted_or_specified_something_said_it_without_the_reports_dateline(text, speaker, words):
    assert (speaker, words) in [(s.speaker, s.text) for s in statements(text, "2025-07-22")]


def test_specifying_a_thing_without_that_says_nothing():
    assert statements("Sumy City Military Administration head Serhiy Kryvosheyenko specified the time of the attack.") == []


def test_a_claim_stops_where_unnamed_others_begin_to_speak():
    [s] = statements("The aid comes as Moscow this week claimed full control of Ukraine’s Luhansk province in the Donbas, "
                     "but Ukrainian officials say their troops still control a small part of the province.")
    assert (s.speaker, s.text) == ("State:russia", "full control of Ukraine’s Luhansk province in the Donbas")


def test_a_speaker_going_on_after_a_quotation_and_a_conjunction_makes_a_second_statement():
    found = sorted(s.text for s in statements(
        "Ukrainian Foreign Minister Dmytro Kuleba arrived. Kuleba said a 24-hour ceasefire was also raised in order "
        "\"to resolve the most pressing humanitarian issues,\" but he said they \"did not make progress\" on the issue. "
        "Kuleba said they did agree to continue efforts to \"seek a solution to the humanitarian issues on the ground,\" "
        "and added that he is ready to meet again."))
    assert found == ['a 24-hour ceasefire was also raised in order "to resolve the most pressing humanitarian issues,"',
                     "he is ready to meet again",
                     'they "did not make progress" on the issue',
                     'they did agree to continue efforts to "seek a solution to the humanitarian issues on the ground,"']


def test_a_relative_pronoun_left_at_the_end_of_the_words_is_dropped():
    found = statements("Ukrainian Defence Minister Rustem Umerov spoke. He says Europe is taking over the lead for security "
                       "assistance, to which he says Ukraine is thankful.")
    assert "Europe is taking over the lead for security assistance" in [s.text for s in found]


def test_a_noun_like_phone_call_inside_the_words_does_not_end_them():
    [s] = statements("Erdogan said he was ready to broker a permanent peace between Ukraine and Russia in a phone call "
                     "with Putin on Monday.", "2023-01-16")
    assert s.text == "he was ready to broker a permanent peace between Ukraine and Russia in a phone call with Putin on Monday"


def test_according_to_him_opening_a_sentence_is_the_subject_of_the_sentence_before():
    found = statements("Ukrainian Foreign Minister Dmytro Kuleba spoke. Kuleba also commented on possible negotiations with "
                       "Russian President Vladimir Putin. According to him, \"this is not the evil that can be negotiated with.\"")
    assert ("Person:dmytro-kuleba", "this is not the evil that can be negotiated with") in [(s.speaker, s.text) for s in found]


def test_a_dateline_with_its_source_and_date_in_brackets_is_not_part_of_the_words():
    [s] = statements("MOSCOW (UrduPoint News / Sputnik - 04th March, 2022) Moscow is convinced that the negotiations should "
                     "be conducted in silence, Kremlin spokesman Dmitry Peskov said on Friday.", "2022-03-04")
    assert s.text == "Moscow is convinced that the negotiations should be conducted in silence"


@pytest.mark.parametrize("text", [
    "London, (APP - UrduPoint / Pakistan Point News - 19th Dec, 2024) Britain on Thursday unveiled a package of £225 "
    "million in new military aid to Ukraine.",
    "Odesa, Ukraine, Aug 2 (UrduPoint / Pakistan Point News - 2nd Aug, 2023 ) :Russian drones damaged port "
    "infrastructure in Odesa.",
])
def test_a_news_services_credit_with_its_date_names_no_actor(text):
    x = extract_document(load_text(f"---\npublished: 2024-12-19\n---\n{text}\n", "t"))
    assert "pakistan" not in {a.key for a in x.actors}


@pytest.mark.parametrize("text, speaker, words", [
    ("The Kremlin on Monday accused Ukrainian President Volodymyr Zelensky of rejecting peace efforts.",
     "Organization:kremlin", "accused Ukrainian President Volodymyr Zelensky of rejecting peace efforts"),
    ('Kremlin spokesman Dmitry Peskov spoke. Meanwhile, Russia is continuing its "special military operation" in Ukraine '
     '"to achieve the aims that it had from the start," Peskov added.',
     "Person:dmitry-peskov",
     'Meanwhile, Russia is continuing its "special military operation" in Ukraine "to achieve the aims that it had from the start,"'),
    ("Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. As the president clarified, the Americans expected that this "
     "initiative would work for a week.",
     "Person:volodymyr-zelensky", "the Americans expected that this initiative would work for a week"),
    ('Kremlin spokesman Dmitry Peskov spoke. Peskov described the situation as "complex," claiming that "the collective '
     'West has begun to partially lose its collective unity" on Ukraine.',
     "Person:dmitry-peskov", '"the collective West has begun to partially lose its collective unity" on Ukraine'),
])
def test_a_day_before_the_verb_quotations_within_reported_words_and_an_opening_aside_keep_their_speaker(text, speaker, words):
    assert (speaker, words) in [(s.speaker, s.text) for s in statements(text, "2025-03-04")]


def test_a_second_claim_after_comma_and_that_is_a_statement_of_its_own_and_saying_is_not_in_the_words():
    found = {s.text for s in statements(
        "Ukrainian Defence Minister Rustem Umerov spoke. Umerov responds saying US President Donald Trump wants a ceasefire, "
        "and that he hopes to hear from US counterparts soon about what the meeting achieves.")}
    assert found == {"US President Donald Trump wants a ceasefire",
                     "he hopes to hear from US counterparts soon about what the meeting achieves"}


@pytest.mark.parametrize("text, words", [
    ("Zelensky thanked France for its continued backing.", "thanked France for its continued backing"),
    ('Ukrainian MP Oleksandr Merezhko spoke. Merezhko calls Putin\'s demands "absurd and absolutely unacceptable".',
     "absurd and absolutely unacceptable"),
])
def test_thanking_someone_or_calling_something_a_quoted_name_is_said(text, words):
    assert any(words in s.text for s in statements(text))


def test_the_head_of_a_state_is_its_president_and_speaks_on_after_a_quotation():
    found = statements("Russia broke the truce, Ukrainian President Volodymyr Zelenskyy said during a press conference. "
                       "The head of the Ukrainian state recalled that United States President Donald Trump asked Russia to "
                       "suspend strikes. \"On the night of today, the Russians broke the promise,\" he said.", "2026-02-03")
    assert {(s.speaker, s.text) for s in found} >= {
        ("Person:volodymyr-zelensky", "United States President Donald Trump asked Russia to suspend strikes"),
        ("Person:volodymyr-zelensky", "On the night of today, the Russians broke the promise")}


def test_what_the_speaker_then_declined_to_say_is_not_in_the_words():
    [s] = statements("While Kremlin spokesperson Dmitry Peskov confirmed Witkoff's visit to Russia, he did not specify "
                     "whether Trump's top aide will meet Putin.", "2025-04-11")
    assert s.text == "Witkoff's visit to Russia"


def test_the_official_who_closes_a_quotation_is_the_person_quoted_before_and_an_outlet_speaks_for_no_one():
    found = statements(
        "The head of the Dnipropetrovsk Regional Military Administration Valentyn Reznichenko announced this on his "
        "Telegram channel.\n\n\"Currently, three killed are known, among them one child,\" the official said.\n\n"
        "Later, Reznichenko said that rescuers found another child.\n\n"
        "As Ukrainian News Agency earlier reported, on the night of September 28, the invaders fired at Nikopol.",
        "2022-09-29")
    assert {(s.speaker, s.text) for s in found} == {
        ("Person:valentyn-reznichenko", "Currently, three killed are known, among them one child"),
        ("Person:valentyn-reznichenko", "rescuers found another child")}


def test_a_quotation_opened_by_one_mark_and_closed_by_the_other_is_one_sentence_and_a_first_reported_death_is_no_verb():
    found = statements("\"The fire was extinguished. There were no casualties,” Andrey Bocharov, the governor, said Sunday "
                       "on the local administration's Telegram messaging channel.")
    assert [s.text for s in found] == ["The fire was extinguished. There were no casualties"]
    found = statements("A Russian air attack on Kyiv on Monday killed one civilian, Ukraine's military said, in what appeared "
                       "to be the first reported death in Russian strikes on the capital this year.")
    assert [s.text for s in found] == ["A Russian air attack on Kyiv on Monday killed one civilian"]


def test_a_source_line_attributes_no_words():
    assert statements("Swedish Defence Minister Pål Jonson announced a new aid package.\n\nSource: Swedish media outlet "
                      "DN.se, citing Jonson at a press conference, as reported by European Pravda") == []


def test_with_someone_warning_makes_them_the_speaker_and_where_they_told_it_is_no_words():
    found = statements("The German chancellor's visit comes amid uncertainty over continued US support, with Zelensky "
                       "warning in November that Ukraine could lose the war if Trump halts American aid to Kyiv.")
    assert [s.speaker for s in found] == ["Person:volodymyr-zelensky"]
    assert statements("U.S. Special Representative Keith Kellogg will arrive in Ukraine on Wednesday. He told journalists "
                      "in Brussels on Monday, answering questions from Interfax-Ukraine.") == []


def test_she_who_emphasized_is_the_last_speaker_and_said_this_in_an_interview_is_no_words():
    found = statements('European Union foreign policy chief Kaja Kallas spoke. Kallas stated that Putin received '
                       '"everything he wanted".\n\n"Putin is just laughing. Russia has not made one single concession," '
                       'she emphasized.')
    assert {s.speaker for s in found} == {"Person:kaja-kallas"}
    found = statements("Foreign Minister Dmytro Kuleba emphasizes that Ukraine will conduct counteroffensives until it "
                       "expels Russia from its territory.\n\nHe said this in an interview with Suspilne.")
    assert [s.text for s in found] == ["Ukraine will conduct counteroffensives until it expels Russia from its territory"]


def test_the_that_after_the_verb_opens_the_words_even_when_another_that_follows():
    [s] = statements("The European Union warned that demanding that Ukraine give up part of its territories within a peace "
                     "agreement is dangerous.")
    assert s.text == "warned demanding that Ukraine give up part of its territories within a peace agreement is dangerous"


@pytest.mark.parametrize("text, speakers", [
    ("Biden is to announce a new arms package worth almost $2 billion that a senior administration official said includes "
     "Patriot air defense missiles.", set()),
    ("A Kremlin spokesman said the Moscow meeting was constructive, but parts of the plan remained unacceptable to Russia.",
     {"Organization:kremlin"}),
    ("A US official said the talks would resume on Friday.", {"State:us"}),
    ("Ukrainian Foreign Minister Dmytro Kuleba spoke. Kuleba noted the strategic partnership between Ukraine and China and "
     "expressed support for the one China principle.", {"Person:dmytro-kuleba"}),
])
def test_an_unnamed_official_speaks_for_the_state_or_body_named_with_them_or_for_no_one(text, speakers):
    assert {s.speaker for s in statements(text)} == speakers


def test_a_quotation_labelled_quote_from_someone_is_theirs_over_the_paragraphs_it_runs_on():
    found = statements("Mykhailo Podoliak, an adviser to the head of the President's Office, said that Russia's proposals "
                       "are an attempt to deceive.\n\nSource: Podoliak on Telegram\n\nQuote from Podoliak: \"Today's endless "
                       "proposals for negotiations are nothing more than an attempt to deceive the world.\n\n[They’re] sitting "
                       "in the occupied territories, building up reserves.\n\nWhen the Kremlin is able to look at things "
                       "soberly.\"\n\nDetails: Podoliak added that Europe is refusing Russian oil.", "2022-06-16")
    quoted = [s for s in found if s.text.startswith("Today's endless")]
    assert [s.speaker for s in quoted] == ["Person:mykhailo-podoliak"]
    assert quoted[0].text.endswith("When the Kremlin is able to look at things soberly.")


def test_with_someone_described_in_commas_commenting_that_makes_them_the_speaker():
    [s] = statements("The situation has drawn international attention, with Peter Stano, a spokesperson for the European "
                     "Commission on foreign policy matters, commenting that under international law, Ukraine has the "
                     "legitimate right to defend itself.")
    assert (s.speaker, s.text) == ("Person:peter-stano", "under international law, Ukraine has the legitimate right to defend itself")


def test_said_this_in_an_interview_as_an_outlet_reports_repeats_no_words():
    found = statements("Canadian Finance Minister Chrystia Freeland spoke. \"That is a problem,\" she said. She said this in an "
                       "interview on CBC, Ukrinform reports.")
    assert all("CBC" not in s.text for s in found)


def test_said_this_during_a_broadcast_repeats_no_words():
    found = statements("Ukrainian Foreign Minister Dmytro Kuleba said he was ready to talk. He said this during a national "
                       "telemarathon broadcast on Monday, Interfax-Ukraine reports.")
    assert [s.text for s in found] == ["he was ready to talk"]


def test_a_long_office_before_the_speaker_of_a_closing_attribution_is_only_theirs():
    [s] = statements("Poland is preparing the 46th aid package for Ukraine, which will amount to more than EUR 200 million, "
                     "Deputy Prime Minister and Minister of National Defense Władysław Kosiniak-Kamysz said on Tuesday, PAP "
                     "has reported.", "2025-02-25")
    assert s.text == "Poland is preparing the 46th aid package for Ukraine, which will amount to more than EUR 200 million"


@pytest.mark.parametrize("text, speaker", [
    ("Head of the Russian delegation Vladimir Medinsky, also an advisor to President Vladimir Putin, said on Friday that "
     "Moscow was satisfied with the results of the peace talks.", "Person:vladimir-medinsky"),
    ("Kallas weighed in on the recent comments made by President Emmanuel Macron of France, who said the West should offer "
     "Russia security guarantees.", "Person:emmanuel-macron"),
    ("Other world leaders also condemned the attack, with French President Emmanuel Macron saying it undermined "
     "Washington-led peace talks.", "Person:emmanuel-macron"),
])
def test_the_speaker_is_the_subject_not_whom_an_apposition_names_and_who_a_relative_clause_follows(text, speaker):
    assert [s.speaker for s in statements(text)] == [speaker]


def test_said_then_a_long_office_then_the_speaker_closes_the_words():
    [s] = statements("A contact between Ukraine's foreign minister Andriy Sybiha and U.S. Secretary of State Marco Rubio is "
                     "being negotiated, said spokesperson of the Ministry of Foreign Affairs Heorhiy Tykhyi.", "2025-02-07")
    assert s.speaker == "Person:heorhii-tykhyi"


@pytest.mark.parametrize("text, words", [
    ('Pavlo Krylenko, the head of the Donetsk region, said the strikes damaged two "private sector residential buildings, '
     'a hotel, shops and administrative buildings".',
     'the strikes damaged two "private sector residential buildings, a hotel, shops and administrative buildings"'),
    ('Washington has said it has not seen "signs of real seriousness" from Russia in pursuing peace, Secretary of State '
     'Antony Blinken said on Tuesday.', 'it has not seen "signs of real seriousness" from Russia in pursuing peace'),
])
def test_a_short_quotation_inside_a_reported_clause_keeps_the_clause_without_the_next_speakers_office(text, words):
    assert words in [s.text for s in statements(text)]


@pytest.mark.parametrize("text, speaker, words", [
    ("The main obstacle now is Russian President Vladimir Putin, says US Special Envoy to Ukraine and Russia Keith Kellogg "
     "on Fox News.", "Person:keith-kellogg", "The main obstacle now is Russian President Vladimir Putin"),
])
def test_states_named_in_the_office_before_a_closing_speaker_are_not_the_speaker(text, speaker, words):
    assert (speaker, words) in [(s.speaker, s.text) for s in statements(text)]


def test_this_was_announced_repeats_no_words():
    found = statements("NATO Secretary General Mark Rutte said the meeting was good. This was announced during a "
                       "conversation with journalists, reported NATO Secretary General Mark Rutte.")
    assert [s.text for s in found] == ["the meeting was good"]


def test_but_then_a_verb_of_speech_is_the_clauses_subjects_and_a_rocket_blasting_off_says_nothing():
    [s] = statements("Speaking to reporters, Kaja Kallas pointed to recent discussions involving Russia, including meetings "
                     "held in Abu Dhabi, but dismissed them as insincere, Caliber.Az reports per EU press service.")
    assert (s.speaker, s.text) == ("Person:kaja-kallas", "dismissed them as insincere")
    assert statements("Sixty-one years after Yuri Gagarin blasted off into the history books by becoming the first man in "
                      "space, Mr Putin travelled to the Vostochny Cosmodrome.") == []


def test_a_live_posts_time_is_not_in_the_words():
    [s] = statements("Kharkiv regional governor Oleh Syniehubov spoke. 11:40 PM: All eight injured individuals were in "
                     "moderate or mild condition, Syniehubov wrote.")
    assert s.text == "All eight injured individuals were in moderate or mild condition"


@pytest.mark.parametrize("text, words", [
    ('Governor Vyacheslav Gladkov spoke on Tuesday. "No one was hurt," Gladkov said, adding that firefighters were '
     'still at the depot.', "No one was hurt ... firefighters were still at the depot"),
    # a few words quoted inside the added clause stay in it
    ('"We did a good job," Pistorius says, adding that the group made "major progress today".',
     'We did a good job ... the group made "major progress today"'),
])
def test_a_clause_added_after_a_quotation_goes_on_with_its_words(text, words):
    quoted = words.split(" ...")[0]
    assert [s.text for s in statements(text) if s.text.startswith(quoted)] == [words]


def test_a_reported_clause_and_one_added_after_it_stay_two_statements():
    found = statements('The Kremlin said on Tuesday that the talks were "extremely complex", adding that it was waiting '
                       "for Kyiv's reply.")
    assert {s.text for s in found} == {'the talks were "extremely complex"', "it was waiting for Kyiv's reply"}


@pytest.mark.parametrize("text, who, words", [
    ("President Biden announced Wednesday that the U.S. will send Ukraine more anti-aircraft systems.", "Person:joe-biden",
     "the U.S. will send Ukraine more anti-aircraft systems"),
    ("Earlier, the Kremlin announced that the North Korean leader would visit Russia in the coming days.", "Organization:kremlin",
     "the North Korean leader would visit Russia in the coming days"),
])
def test_who_announces_that_something_is_so_says_it(text, who, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [(who, words)]


def test_a_thing_announced_is_no_statement():
    assert statements("He mentions the extra funding the UK government has announced today for new equipment.") == []


def test_each_state_of_a_list_opening_the_clause_says_it_even_after_a_paragraph_ending_on_a_place_verb():
    found = statements("The truce is still to be reached.\n\nFrance, the UK and Belgium have said they would be willing "
                       "to send troops to Ukraine.")
    assert {s.speaker for s in found} == {"State:france", "State:uk", "State:belgium"}
    assert {s.text for s in found} == {"they would be willing to send troops to Ukraine"}


def test_who_proposes_that_something_be_done_says_it_but_a_proposal_made_is_no_words():
    assert [(s.speaker, s.text) for s in statements("Viktor Orban proposed that Ukraine consider agreeing to a ceasefire.")] == [
        ("Person:viktor-orban", "Ukraine consider agreeing to a ceasefire")]
    assert statements("Viktor Orban proposed a ceasefire during his visit to Kyiv on Tuesday.") == []


@pytest.mark.parametrize("text, words", [
    ("President Volodymyr Zelensky posted on Telegram that 25 people were killed in the strike, though he said the "
     "search would go on.", "25 people were killed in the strike"),
    ("Prime Minister Jonas Gahr Store announced on Oct. 28 that Norway will provide Ukraine with a new aid package.",
     "Norway will provide Ukraine with a new aid package"),
    ("Marco Rubio announced in late August that Washington has begun coordinating with European allies.",
     "Washington has begun coordinating with European allies"),
])
def test_where_or_when_between_the_verb_and_that_is_not_what_was_said(text, words):
    assert words in {s.text for s in statements(text, published="2025-11-02")}


def test_commenting_on_the_fact_that_something_happened_says_nothing_of_it():
    found = statements('"We are always ready," Alexander Lukashenko said at a meeting with Putin, commenting on the fact '
                       "that the first contacts took place in Belarus.")
    assert [s.text for s in found] == ["We are always ready"]


def test_the_statement_just_quoted_says_more_in_the_next_sentence():
    found = statements("Russia's Defense Ministry posted on Telegram that the strikes were a success. There was no mention "
                       'of the building. The statement said missiles were aimed at "military command facilities."')
    assert ("Organization:russia-defence-ministry", 'missiles were aimed at "military command facilities."') in {
        (s.speaker, s.text) for s in found}


def test_a_statement_with_no_one_quoted_before_has_no_speaker():
    assert statements('The statement said missiles were aimed at "military command facilities."') == []


def test_a_source_in_a_named_body_is_nobody_named():
    text = ("Ukraine's military intelligence (HUR) said it was behind the strike. Asked about it, a source in the Main "
            "Directorate of Intelligence (HUR) told Kyiv Post: “Yes. The oil depot is on fire.”")
    found = statements(text)
    assert [s.speaker for s in found] == ["Organization:gur"]
    assert "on fire" not in found[0].text  # what HUR said, not its unnamed source's words


def test_what_the_speaker_described_as_something_is_inside_his_words_not_a_second_statement():
    found = statements("Putin said he had ordered massive strikes on Ukrainian energy targets in response to what he described "
                       "as terrorist attacks.")
    assert [s.text for s in found] == [
        "he had ordered massive strikes on Ukrainian energy targets in response to what he described as terrorist attacks"]


def test_a_quotation_before_a_chief_delegate_is_his():
    found = statements("“We have progress on the humanitarian track,” Ukraine’s chief delegate Rustem Umerov said after "
                       "talks that lasted just 40 minutes.")
    assert [(s.speaker, s.text) for s in found] == [("Person:rustem-umerov", "We have progress on the humanitarian track")]


@pytest.mark.parametrize("text", [
    "Officials denounced the attack, accusing the Kremlin of continuing to threaten global food supplies.",
    "The Kremlin did not immediately respond to requests for comment.",
])
def test_a_danger_threatened_or_a_reply_not_given_is_no_statement(text):
    assert statements(text) == []


def test_who_threatened_sanctions_said_so():
    assert [s.speaker for s in statements("Donald Trump threatened heavy new sanctions on Russia unless a peace deal was "
                                          "reached within 50 days.")] == ["Person:donald-trump"]


def test_he_closing_a_quotation_is_who_the_sentence_before_was_about_not_whose_announcement_it_named():
    found = statements("German Chancellor Friedrich Merz welcomed US President Donald Trump's announcement on Monday.\n\n"
                       '"President Trump has taken an important initiative today," he said in a statement.')
    assert [(s.speaker, s.text) for s in found] == [("Person:friedrich-merz", "President Trump has taken an important initiative today")]


def test_a_hope_opening_the_sentence_and_what_the_speaker_then_said_are_two_statements():
    found = statements('Expressing hope that the meeting "will be a turning point" towards peace, the Turkish foreign minister '
                       'Mevlut Cavusoglu said on Monday that Ankara would "continue to make efforts for a lasting peace."')
    assert {s.speaker for s in found} == {"Person:mevlut-cavusoglu"}
    texts = {s.text for s in found}
    assert 'hope that the meeting "will be a turning point" towards peace' in texts
    assert any("continue to make efforts" in t and "turning point" not in t for t in texts)


def test_two_closing_speakers_joined_by_and_each_say_it_and_an_office_that_stated_it_too():
    found = statements('The leaders discussed Ukraine with Donald Trump in an effort "to try to move forward", French President '
                       "Emmanuel Macron and the Elysee said. Keir Starmer and Friedrich Merz took part in the call, the "
                       "Elysee Palace stated.")
    assert {(s.speaker, s.text) for s in found} == {
        ("Person:emmanuel-macron", "to try to move forward"), ("Organization:elysee", "to try to move forward"),
        ("Organization:elysee", "Keir Starmer and Friedrich Merz took part in the call")}


def test_who_met_one_of_two_closing_speakers_does_not_speak():
    found = statements("Trump met Putin in Alaska on Friday, Zelensky and the Kremlin said.")
    assert "Person:vladimir-putin" not in {s.speaker for s in found}


def test_where_a_closing_speaker_said_it_is_not_what_was_said_nor_is_an_agency_dateline():
    found = statements("Amsterdam, Aug. 20, (dpa/GNA) - Denmark will give 19 F-16 fighter jets to Ukraine, Danish Prime Minister "
                       "Mette Frederiksen said.\n\nThe first six aircraft are to be delivered around the turn of the year, "
                       "Frederiksen said at Skrydstrup Air Base in Denmark.", published="2023-08-20")
    assert [s.text for s in found] == ["Denmark will give 19 F-16 fighter jets to Ukraine",
                                       "The first six aircraft are to be delivered around the turn of the year"]


def test_according_to_two_officials_each_says_it():
    found = statements("Russians struck Kharkiv with a glide bomb, according to Kharkiv Mayor Ihor Terekhov and Oleh "
                       "Syniehubov, head of the Kharkiv Regional Military Administration.")
    assert {(s.speaker, s.text) for s in found} == {("Person:ihor-terekhov", "Russians struck Kharkiv with a glide bomb"),
                                                    ("Person:oleh-syniehubov", "Russians struck Kharkiv with a glide bomb")}


def test_both_leaders_who_spoke_about_something_say_it_and_speaking_with_someone_says_nothing():
    found = statements("There both Biden and NATO Secretary-General Jens Stoltenberg spoke urgently about the importance of "
                       "the alliance.")
    assert {(s.speaker, s.text) for s in found} == {("Person:joe-biden", "the importance of the alliance"),
                                                    ("Person:jens-stoltenberg", "the importance of the alliance")}
    assert statements("Zelensky spoke with Emmanuel Macron on the phone on Tuesday.") == []


def test_who_renewed_a_call_for_something_says_it_but_renewed_sanctions_say_nothing():
    found = statements("Russia's chief delegate Vladimir Medinsky renewed Moscow's call for a series of short ceasefires.")
    assert [(s.speaker, s.text) for s in found] == [("Person:vladimir-medinsky", "Moscow's call for a series of short ceasefires")]
    assert statements("The European Union renewed sanctions on Russian banks on Friday.") == []


@pytest.mark.parametrize("text, who", [
    ("Ukrainian President Zelensky will head to Brussels to meet Nato chief Mark Rutte later today, the organisation says.",
     "Organization:nato"),
    ("Russia's Defence Ministry spoke on Friday. The ministry initially said one servicemember was killed in the attack.",
     "Organization:russia-defence-ministry"),
])
def test_the_organisation_or_the_ministry_that_speaks_is_the_one_named_last(text, who):
    assert who in {s.speaker for s in statements(text)}


def test_a_second_absolute_clause_after_a_quotation_has_a_speaker_and_words_of_its_own():
    found = statements('Strikes continue, with Kaja Kallas saying Russia is "escalating the war" and Russia accusing Ukraine '
                       "of attacking its energy infrastructure five times.")
    assert {(s.speaker, s.text) for s in found} == {
        ("Person:kaja-kallas", "escalating the war"),
        ("State:russia", "accusing Ukraine of attacking its energy infrastructure five times")}


def test_a_state_in_an_apposition_after_a_participle_is_not_the_speaker():
    found = statements("Separately, Roman Starovoyt, the governor of the Kursk region, north of Belgorod and also bordering "
                       "Ukraine, said that a school was damaged in Tyotkino.")
    assert [s.speaker for s in found] == ["Person:roman-starovoit"]


def test_the_official_opening_a_sentence_is_the_one_quoted_before_and_he_after_that_too():
    found = statements("Spokesman Dmitry Peskov said the call would be arranged soon.\n\n"
                       "The official also said Russia received additional information from the US.\n\n"
                       '"Late last night, he was received by President Putin," he said.\n\n'
                       "The official further noted there is reason to be cautiously optimistic, as Putin has expressed "
                       "support for Trump's position.")
    assert {s.speaker for s in found if "Putin has expressed" not in s.evidence[0].text or "optimistic" in s.text} == \
        {"Person:dmitry-peskov"}
    assert ("Person:dmitry-peskov", "there is reason to be cautiously optimistic") in {(s.speaker, s.text) for s in found}


def test_the_kremlin_announced_at_the_end_of_a_sentence_says_it():
    found = statements("Russian President Vladimir Putin met with US special envoy Steven Witkoff on Thursday, the Kremlin "
                       "announced.")
    assert [s.speaker for s in found] == ["Organization:kremlin"]


def test_a_pair_opening_what_was_said_is_its_subject_not_a_second_speaker():
    found = statements("Spokesman Dmitry Peskov said both Moscow and Washington acknowledged the need for a call between "
                       "Putin and Trump.")
    assert [(s.speaker, s.text) for s in found] == [
        ("Person:dmitry-peskov", "both Moscow and Washington acknowledged the need for a call between Putin and Trump")]


@pytest.mark.parametrize("text, speaker, words", [
    # (Yonhap) a ministry the gazetteer does not list, the state named by its capital
    ("South Korea will send aid to Ukraine, Seoul's foreign ministry said Tuesday.", "Organization:south-korea-foreign-ministry",
     "South Korea will send aid to Ukraine"),
    # (Anews) an office of the state's president
    ("The Turkish Presidency said Erdogan and Putin discussed the grain corridor.", "Organization:turkey-presidency",
     "Erdogan and Putin discussed the grain corridor"),
    # (AFP) a service the gazetteer lists under another spelling, and an office named by whose office it is
    ("The attack killed at least three people, Ukraine’s emergency services said.",
     "Organization:state-emergency-service-of-ukraine", "The attack killed at least three people"),
    ("“Rescuers pulled out the body of a child from the rubble of a house,” the office of Ukraine’s prosecutor-general said.",
     "Organization:ukraine-prosecutor-general", "Rescuers pulled out the body of a child from the rubble of a house"),
])
def test_a_states_organ_named_by_the_state_and_a_noun_of_government_speaks_as_itself(text, speaker, words):
    found = statements(text, published="2022-12-13")
    assert [(s.speaker, s.text) for s in found] == [(speaker, words)]


def test_a_states_organ_speaks_but_gives_as_its_state():
    doc = load_text("---\npublished: 2022-12-13\n---\nJapan's foreign ministry said it would send $5 million to Ukraine.\n", "t")
    x = extract_document(doc)
    assert [(p.donor, p.recipient) for p in x.events if isinstance(p, Pledge)] == [("State:japan", "State:ukraine")]
    labels = {a.key: a.label for a in x.actors}
    assert labels.get("japan-foreign-ministry") == "Japanese Foreign Ministry" and "japan" in labels


def test_states_that_signalled_something_say_it_without_the_outlet_that_informs():
    found = statements("On Monday, Italy and Spain signaled that they are not yet ready to support the proposal, Reuters informs.")
    assert {(s.speaker, s.text) for s in found} == {("State:italy", "they are not yet ready to support the proposal"),
                                                    ("State:spain", "they are not yet ready to support the proposal")}


def test_it_said_goes_on_with_the_organisation_quoted_just_before():
    found = statements("Ukraine's air force said the cruise missile attack took place at 4am. Of the 28 launched, it said 16 "
                       "were intercepted by the country's air defences.")
    assert [s.speaker for s in found] == ["Organization:ukrainian-air-force"] * 2


def test_the_ministers_of_two_states_who_stated_something_speak_for_each():
    found = statements("However, ahead of the meeting in Brussels, the foreign ministers of Italy and Spain stated that it is "
                       "too early to make a final decision on the initiative.")
    assert {s.speaker for s in found} == {"State:italy", "State:spain"}


@pytest.mark.parametrize("text, speaker, words", [
    # (RT, Mar 2022) when it was said closes the sentence, not what
    ("Russia and Ukraine could not reach a ceasefire agreement, Ukrainian foreign minister Dmytro Kuleba told journalists "
     "after meeting his Russian counterpart Sergey Lavrov in Turkey on Thursday.", "Person:dmytro-kuleba",
     "Russia and Ukraine could not reach a ceasefire agreement"),
    # (Telegraph India, Dec 2025) an office in commas before the name is not part of the words
    ("The negotiators discussed the substance of US peace proposals, the Kremlin’s top foreign policy aide, Yuri Ushakov, "
     "told journalists after the marathon talks concluded.", "Person:yuri-ushakov",
     "The negotiators discussed the substance of US peace proposals"),
    # (Reuters, Aug 2024) what it did not say is nothing said
    ("Russia had launched in total four Iskander-M or KN-23 ballistic missiles, the Ukraine air force said, without saying "
     "what happened to the two missiles that were not destroyed.", "Organization:ukrainian-air-force",
     "Russia had launched in total four Iskander-M or KN-23 ballistic missiles"),
    # (Pravda.ru, Feb 2026) the head of a delegation speaks, not the state of the delegation
    ("Russia, Ukraine, and the United States concluded two days of negotiations in Geneva, according to the head of the "
     "Russian delegation, Vladimir Medinsky.", "Person:vladimir-medinsky",
     "Russia, Ukraine, and the United States concluded two days of negotiations in Geneva"),
    # (Republic World, Mar 2023) "made it clear that", and "any calls for" is a noun
    ("During the conversation with American news outlet CNN, John Kirby made it clear that the US will ‘reject’ any calls "
     "for a ceasefire.", "Person:john-kirby", "the US will ‘reject’ any calls for a ceasefire"),
])
def test_one_speaker_and_only_the_words_said(text, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [(speaker, words)]


def test_the_outlet_told_is_no_words_and_the_participle_after_it_is_its_own():
    # (Moscow Times, Jan 2025)
    found = statements("The strike on Shakhtarska Ploshcha killed two people and wounded two others, Russia's Investigative "
                       "Committee told the state-run RIA Novosti news agency, accusing Ukraine of deliberately firing on "
                       "civilian infrastructure.")
    assert {s.text for s in found} == {"The strike on Shakhtarska Ploshcha killed two people and wounded two others",
                                       "accusing Ukraine of deliberately firing on civilian infrastructure"}


@pytest.mark.parametrize("text, speaker, words", [
    # (AP, Aug 2025) a clause of the reporter's own after the speaker and day
    ("Russia launched one of its biggest aerial attacks of the year on Ukraine, firing 574 drones overnight, the Ukrainian "
     "Air Force said Thursday, while a recent diplomatic push to stop the war is trying to gain momentum.",
     "Organization:ukrainian-air-force", "Russia launched one of its biggest aerial attacks of the year on Ukraine, firing 574 "
     "drones overnight"),
    # (UPI, Mar 2024) a newspaper named for a city is no speaker
    ('"Odessa is a first priority area," Kyriakos Mitsotakis said, according to the Kyiv Independent.',
     "Person:kyriakos-mitsotakis", "Odessa is a first priority area"),
    # (NV, Nov 2022) "the ambassador" is the ambassador the report named, whose post's country stood before the name
    ('EU Ambassador to Ukraine Matti Maasikas has visited Mykolaiv. "The destruction Russians have brought on Mykolaiv is '
     'enormous," the ambassador said.', "Person:matti-maasikas", "The destruction Russians have brought on Mykolaiv is enormous"),
    # (Euromaidan Press, Dec 2024) "the agency reported": the agency named before
    ("A drone struck an official vehicle of the International Atomic Energy Agency (IAEA) mission near the plant, the agency "
     "reported on 10 December.", "Organization:iaea",
     "A drone struck an official vehicle of the International Atomic Energy Agency (IAEA) mission near the plant"),
])
def test_who_the_closing_words_name_speaks(text, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text, published="2025-08-21")] == [(speaker, words)]


def test_a_newspaper_named_for_a_capital_does_not_speak_for_its_state():
    assert statements("Russia is preparing a new offensive, the Washington Post reported, citing officials.") == []


@pytest.mark.parametrize("text, speaker", [
    # (Kyiv Independent, Sep 2025) of two presidents titled alike, the one named last
    ("Finnish President Alexander Stubb arrived in Kyiv to meet President Volodymyr Zelensky.\n\n"
     "Stubb has been a confidant of Trump ahead of Trump's meetings with Russian President Vladimir Putin.\n\n"
     "The Finnish president met with Zelensky and visited the Wall of Remembrance.\n\n"
     '"Significant attention was paid to the attack on Poland yesterday," the president said.', "Person:volodymyr-zelensky"),
    # (Kyiv Independent, Nov 2023) of two governors, the one whose region the paragraph tells of
    ("A woman was killed in Novotiahynka, according to Governor Oleksandr Prokudin.\n\n"
     "In Mykolaiv Oblast, Russia launched a missile attack against the town of Snihurivka, Governor Vitalii Kim said.\n\n"
     "Four people were injured as a result of the attack, including an underage girl, the governor noted.", "Person:vitaliy-kim"),
])
def test_an_office_named_alone_is_its_holder_named_last(text, speaker):
    assert [s.speaker for s in statements(text) if "Poland" in s.text or "Four people" in s.text] == [speaker]


@pytest.mark.parametrize("text, words", [
    # (PA, Dec 2025) a quoted phrase inside words closed by ", he said": the words run on to the speaker
    ("Zelensky spoke later. The Ukrainian side will also raise “territorial issues”, he said.",
     "The Ukrainian side will also raise “territorial issues”"),
    # ... and what he "was unable to confirm" he did not say
    ("Zelensky spoke later. An “economic agreement” will also be discussed, he said, but he was unable to confirm “whether "
     "anything will be finalised by the end”.", "An “economic agreement” will also be discussed"),
])
def test_a_quoted_phrase_inside_words_closed_by_a_pronoun_and_verb_keeps_the_words(text, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [("Person:volodymyr-zelensky", words)]


@pytest.mark.parametrize("text, said", [
    # (Irish News, Oct 2023) two people, each with an office, say it together
    ("Presidential chief of staff Andrii Yermak and Kharkiv governor Oleh Syniehubov said a six-year-old boy was among the "
     "dead.", {("Person:andriy-yermak", "a six-year-old boy was among the dead"),
               ("Person:oleh-syniehubov", "a six-year-old boy was among the dead")}),
    # a lower-case office between the verb and the name
    ("About 60 people were in the cafe attending a wake after a funeral, said internal affairs minister Ihor Klymenko.",
     {("Person:ihor-klymenko", "About 60 people were in the cafe attending a wake after a funeral")}),
    # (CNN, Dec 2025) "alleged" reports words; "for alleged support" does not
    ("Sergei Lavrov spoke on Monday. Russia’s foreign minister alleged that a Ukrainian drone attack targeted one of "
     "Putin’s residences.", {("Person:sergei-lavrov", "a Ukrainian drone attack targeted one of Putin’s residences")}),
    ("Trudeau also announced more sanctions on 24 individuals and 17 entities for alleged support of Russia's invasion of "
     "Ukraine.", set()),
    # (Al Jazeera, Jul 2023) "he" is not the one named beside "he and"
    ("South Korean President Yoon Suk Yeol met Volodymyr Zelenskyy in Kyiv. Zelenskyy thanked him. He also said that he and "
     "Zelenskyy agreed on cooperating on post-war reconstruction.",
     {("Person:yoon-suk-yeol", "he and Zelenskyy agreed on cooperating on post-war reconstruction")}),
])
def test_who_says_it(text, said):
    assert {(s.speaker, s.text) for s in statements(text)} == said


@pytest.mark.parametrize("text, speaker, words", [
    # (LBC, Mar 2025) a knight called by his first name
    ("Prime Minister Keir Starmer hosted the summit. Sir Keir said the UK is prepared to defend peace.",
     "Person:keir-starmer", "the UK is prepared to defend peace"),
    # (Al Jazeera, Jul 2023) a Korean family name comes first
    ("South Korean President Yoon Suk Yeol visited Kyiv. Yoon said the two leaders agreed on reconstruction.",
     "Person:yoon-suk-yeol", "the two leaders agreed on reconstruction"),
])
def test_people_called_by_the_name_their_custom_uses(text, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [(speaker, words)]


@pytest.mark.parametrize("text, speaker, words", [
    # (Kyiv Independent, Dec 2024) how long after something it was said is not what was said
    ("Lithuania's new ministerial cabinet arrived in Kyiv on Dec. 20, Lithuanian Prime Minister Gintautas Paluckas said on "
     "X mere hours after Russia's missile attack against the capital.", "Person:gintautas-paluckas",
     "Lithuania's new ministerial cabinet arrived in Kyiv on Dec. 20"),
    # (Online.ua, Nov 2024) whom one reminds is a listener
    ("Donald Tusk reminded allies of Ukraine that no one will be able to stop the illegitimate president of the Russian "
     "Federation with phone calls.", "Person:donald-tusk",
     "no one will be able to stop the illegitimate president of the Russian Federation with phone calls"),
])
def test_the_words_without_when_or_to_whom(text, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text)] == [(speaker, words)]


@pytest.mark.parametrize("text, published, speaker, words", [
    # (Defense News, Mar 2023) "announced" and a clause: words, not a thing announced
    ("Slovak Prime Minister Eduard Heger has announced his country will deliver 13 MiG-29 fighter jets to Ukraine.",
     "2023-03-17", "Person:eduard-heger", "his country will deliver 13 MiG-29 fighter jets to Ukraine"),
    # (Cyprus Mail copy of Reuters, Mar 2024) the reporter's words on the attack after the speaker are not the speaker's
    ("Ukraine pounded targets across Russia on Tuesday with at least 25 drones and seven missiles, Russia’s defence ministry "
     "said, in a sweeping attack that one local official said had left a refinery ablaze.", "2024-03-12",
     "Organization:russia-defence-ministry", "Ukraine pounded targets across Russia on Tuesday with at least 25 drones and "
     "seven missiles"),
    # (Ya Libnan copy of Reuters, Apr 2025) "the U.S. president" is the president of the day the report names
    ("Donald Trump spoke. The Kyiv attack, which the U.S. president said was “not necessary” and “very bad timing” as he "
     "pushes for peace, also wounded 90 people.", "2025-04-25", "Person:donald-trump", None),
])
def test_who_said_what_in_wire_copy(text, published, speaker, words):
    found = statements(text, published=published)
    assert [s.speaker for s in found] == [speaker]
    assert words is None or found[0].text == words


def test_things_announced_stay_unsaid():
    assert statements("The UK government has announced a new package of aid for Ukraine.") == []


@pytest.mark.parametrize("text, published, said", [
    # (Baltic Times, Jan 2024) a LETA dateline; a relative clause between the speaker and the verb; "to stress" after
    # an unnamed subject ("but the political signal must be changed to stress") is nobody's; whom it was told and where
    ("RIGA - Everyone says that they support Ukraine, but the political signal must be changed to stress that Ukraine will "
     "be supported until complete victory, Latvian President Edgars Rinkevics, who on Thursday welcomed Ukrainian President "
     "Volodymyr Zelensky in Riga Castle, told journalists at a news conference.", "2024-01-12",
     {("Person:edgars-rinkevics", "Everyone says that they support Ukraine, but the political signal must be changed to "
       "stress that Ukraine will be supported until complete victory")}),
    # (Meduza, 2024) "residents" before the comma is not the subject of the verb after it
    ("A drone hit a building in Dnipro. As of 5 a.m. local time, there was information on eight injured residents, said "
     "Dnipropetrovsk Governor Serhiy Lysak.", "2024-06-01",
     {("Person:serhiy-lysak", "As of 5 a.m. local time, there was information on eight injured residents")}),
    # (The Hill, Jun 2023) authorities unnamed; (Global News, Jan 2023) to "respond to" an invasion says nothing
    ("At least three people were killed in a Russian rocket strike that hit a restaurant in Kramatorsk, eastern Ukraine, "
     "authorities said on June 27, 2023.", "2023-06-28", set()),
    ("Anita Anand made a surprise visit to Ukraine and announced Wednesday more military support to help Kyiv respond to "
     "Russia’s invasion.", "2023-01-18", set()),
    # (Cyprus Mail, Mar 2024) a news agency reporting is the story's source, not a speaker
    ("State news agency RIA Novosti cited Russian Railways and reported that a special train was battling a blaze at the "
     "refinery in Kstovo.", "2024-03-12", set()),
])
def test_who_is_no_speaker(text, published, said):
    assert {(s.speaker, s.text) for s in statements(text, published=published)} == said


@pytest.mark.parametrize("text, published, speaker, words", [
    # (Dawn copy of AFP, Mar 2025) an office of lower-case words before the name; when, as he entered a meeting
    ("“We are ready to do everything to achieve peace,” Ukrainian presidency chief of staff Andriy Yermak told reporters as "
     "he entered Tuesday’s meeting at a luxury hotel.", "2025-03-12", "Person:andriy-yermak",
     "We are ready to do everything to achieve peace"),
    # (WION, Jan 2026) where the speaker after "said" said it
    ("Keir Starmer spoke. “Following a ceasefire, the UK and France will establish military hubs across Ukraine,” said "
     "Starmer in a joint press conference.", "2026-01-07", "Person:keir-starmer",
     "Following a ceasefire, the UK and France will establish military hubs across Ukraine"),
])
def test_a_quotation_and_its_speaker_with_an_office_or_an_occasion(text, published, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text, published=published)] == [(speaker, words)]


@pytest.mark.parametrize("text, speaker", [
    # an office between a preposition and the name leaves the name its object: "he" goes on with the subject
    ("Ukrainian President Volodymyr Zelenskyy met with Polish Prime Minister Mateusz Morawiecki and said he would "
     "sign agreements on developing Ukrainian infrastructure.", "Person:volodymyr-zelensky"),
    # a sentence's opening phrase holds no subject: "He" is the one who spoke after it
    ("At a news conference with Polish President Andrzej Duda, Zelenskyy said that his government welcomed Polish "
     "investors.\n\nHe later added that the two countries would build a new border crossing.", "Person:volodymyr-zelensky"),
    # "with X saying", "from X who says": the name is the subject of its own verb (a guard: an office alone before
    # the name never made it an object)
    ("Leaders condemned the strike, with French President Emmanuel Macron saying that it undermined the talks.\n\n"
     '"This war was started by Russia alone," he wrote in a statement.', "Person:emmanuel-macron"),
])
def test_a_pronoun_passes_over_a_titled_object_to_the_subject(text, speaker):
    found = statements(text)
    assert found and {s.speaker for s in found} == {speaker}


def test_a_name_in_apposition_to_an_object_is_no_subject_for_the_next_he():
    text = ("Foreign Minister Yair Lapid spoke with his German counterpart, Annalena Baerbock, on Friday, and he said "
            "Israel would send aid.")
    found = find_mentions(text, None, [(0, len(text))])
    assert [m.ref for m in found.mentions if m.text == "he"] == ["Person:yair-lapid"]


@pytest.mark.parametrize("verb", ["stated", "said", "noted"])
def test_an_office_and_name_after_the_verb_with_a_relative_clause_after_them_speak(verb):
    found = statements("The exact dates for contacts in Moscow between the Russian side and US envoy Steven Witkoff have "
                       f"not yet been determined, {verb} Kremlin spokesman Dmitry Peskov, who also called conclusions "
                       "about a peace agreement premature.", "2025-11-26")
    assert [(s.speaker, s.text.endswith("have not yet been determined")) for s in found] == [("Person:dmitry-peskov", True)]


def test_a_partial_quotation_deep_in_reported_words_is_the_first_speakers_and_the_agency_is_not_in_them():
    found = statements("The Kremlin said on Sunday that Russian President Vladimir Putin and his US counterpart Donald Trump "
                       "think a temporary ceasefire in Moscow’s war with Ukraine would “lead to prolongation of the "
                       "conflict,” Reuters reported.", "2025-12-28")
    assert [s.speaker for s in found] == ["Organization:kremlin"]
    assert found[0].text.endswith("“lead to prolongation of the conflict”")


def test_thanks_then_and_stressed_that_are_two_statements_each_with_its_own_words():
    found = statements("Volodymyr Zelensky thanked Bulgaria for its support and stressed that the EU had delivered only 30 "
                       "out of 100 of the promised munitions.", "2024-02-26")
    assert sorted(s.text for s in found) == ["thanked Bulgaria for its support",
                                             "the EU had delivered only 30 out of 100 of the promised munitions"]


@pytest.mark.parametrize("text, words", [
    ("Prime Minister Narendra Modi presented four BHISHM Cubes to the Government of Ukraine, a statement from the Ministry "
     "of External Affairs said.", "Prime Minister Narendra Modi presented four BHISHM Cubes to the Government of Ukraine"),
    ("A statement by the Ministry of External Affairs says that each BHISHM Cube consists of medicines and equipment.",
     "each BHISHM Cube consists of medicines and equipment"),
])
def test_the_body_a_statement_is_from_speaks(text, words):
    found = statements(text, "2024-08-24")
    assert [(s.speaker, s.text) for s in found] == [("Organization:india-external-affairs-ministry", words)]


@pytest.mark.parametrize("text, speaker, words", [
    ("Bulgarian Prime Minister Nikolai Denkov met Zelensky in Kyiv.\n\nBulgaria is one of the founding countries of a "
     "coalition to return deported children, the PM said.", "Person:nikolai-denkov",
     "Bulgaria is one of the founding countries of a coalition to return deported children"),
    # (and a finite verb ends no lead-in: the words begin with "Tokyo will assist")
    ("Japanese Foreign Minister Yoko Kamikawa visited Kyiv on Sunday.\n\nThe Japanese minister also said Tokyo will "
     "assist Ukraine’s efforts to ensure that women and children receive education.", "Person:yoko-kamikawa",
     "Tokyo will assist Ukraine’s efforts to ensure that women and children receive education"),
])
def test_the_office_words_before_a_title_let_the_pm_or_the_japanese_minister_find_the_holder(text, speaker, words):
    assert [(s.speaker, s.text) for s in statements(text, "2024-02-26")] == [(speaker, words)]


@pytest.mark.parametrize("text, speaker", [
    ("UK Defence Secretary John Healey visited Kyiv.\n\nThe new package will include £92 million for boats, the defence "
     "ministry said in a statement.", "Organization:uk-ministry-of-defence"),
    ("Dutch Defence Minister Ruben Brekelmans visited Kyiv.\n\nThe Netherlands will send drones, the defence ministry said.",
     "Organization:netherlands-defence-ministry"),
])
def test_a_ministry_named_without_its_state_is_that_of_the_minister_named_before(text, speaker):
    assert [s.speaker for s in statements(text, "2024-12-19")] == [speaker]


def test_a_ministry_named_without_its_state_or_minister_speaks_for_no_one():
    assert statements("Talks were held in Kyiv.\n\nMore talks are planned, the foreign ministry said.") == []


@pytest.mark.parametrize("text, speaker", [
    ("Ukrainian Foreign Minister Dmytro Kuleba arrived in Brussels.\n\nPatriot's reliability is crucial for saving "
     "Ukrainian lives, emphasised the diplomat.", "Person:dmytro-kuleba"),
    ("Lithuanian President Gitanas Nausėda met Shmyhal.\n\nAccording to the head of state, Lithuania will also continue "
     "its participation in the reconstruction projects in Ukraine.", "Person:gitanas-nauseda"),
    ("Taoiseach Leo Varadkar visited Kyiv.\n\nThe Taoiseach said the world needs to ensure that Ukraine succeeds.",
     "Person:leo-varadkar"),
    ("Cardinal Matteo Zuppi arrived in Moscow.\n\nThe cardinal said he hoped for peace talks.", "Person:cardinal-matteo-zuppi"),
])
def test_the_diplomat_the_head_of_state_the_taoiseach_and_the_cardinal_are_the_ones_named_before(text, speaker):
    assert [s.speaker for s in statements(text, "2024-04-04")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Lithuanian Foreign Minister Kęstutis Budrys made a strong statement.\n\nAccording to the minister, the international "
     "community must move to concrete steps.", "Person:kestutis-budrys"),
    ("Romanian Defence Minister Ionuț Moșteanu spoke.\n\nAccording to the Ministry of Defense, Russia launched new aerial "
     "strikes on February 25 targeting Ukrainian port infrastructure along the Danube River.",
     "Organization:romania-ministry-of-defence"),
])
def test_the_minister_and_the_ministry_of_defense_are_those_of_the_minister_named_before(text, speaker):
    assert [s.speaker for s in statements(text, "2026-02-07")] == [speaker]


@pytest.mark.parametrize("text", [
    "“I will again ask him about this,” Erdoğan said.",
    "Erdoğan also said Türkiye valued cooperation with Russia in the fight against terrorism.",
])
def test_a_speaker_whose_name_has_letters_beyond_ascii_speaks(text):
    # (a name's last ASCII letters once read as the word before the verb: "Erdoğan said" as "an said")
    assert [s.speaker for s in statements(text, "2025-11-23")] == ["Person:recep-tayyip-erdogan"]


def test_the_president_is_not_the_one_whose_envoy_was_named():
    found = statements(
        "President Volodymyr Zelensky met with Keith Kellogg, U.S. President Donald Trump's special envoy for Ukraine, in "
        "Kyiv on Feb. 20.\n\n"
        "\"We discussed in detail the situation on the battlefield and how to return all our POWs,\" the president said on "
        "Telegram after the meeting.", "2025-02-20")
    assert [s.speaker for s in found] == ["Person:volodymyr-zelensky"]


def test_the_presidents_son_in_law_named_beside_the_presidents_envoy_is_still_his():
    found = find_mentions("Putin held talks with Steve Witkoff, President Donald Trump’s special envoy, and Jared Kushner, "
                          "the President’s son-in-law.")
    assert [m.ref for m in found.mentions if m.via == "role"] == ["Person:donald-trump"]


def test_a_participle_after_with_and_a_plural_noun_is_no_statement():
    found = statements("Russia launched 140 drones and four missiles into Ukraine early Monday morning, with impacts reported "
                       "across 25 locations in the Donetsk, Kharkiv and Sumy regions, according to ABC News.", "2025-08-18")
    assert found == []


@pytest.mark.parametrize("text", [
    "The White House said in a statement after the talks that the sides have agreed to ensure safe navigation.",
    "U.S. experts met separately with Ukrainian and Russian representatives in Riyadh, and the White House said in separate "
    "statements after the talks with Ukraine and Russia that the sides have agreed to ensure safe navigation.",
])
def test_words_after_an_occasion_and_that_are_what_was_said(text):
    assert [(s.speaker, s.text) for s in statements(text, "2025-03-25")] == [
        ("Organization:white-house", "the sides have agreed to ensure safe navigation")]


def test_what_the_two_agreed_to_do_is_no_joint_statement():
    found = statements("Polish Prime Minister Donald Tusk met Ukrainian President Volodymyr Zelensky in Kyiv on Monday.\n\n"
                       "They agreed last week to suspend protests, which had been aimed at revoking Ukrainian truckers’ access "
                       "to the European Union, until March 1.", "2024-01-22")
    assert [s for s in found if "suspend protests" in s.text] == []


@pytest.mark.parametrize("text, speaker, second", [
    ("In Kharkiv, mayor Ihor Terekhov said one person was hurt, urging residents to stay in shelters as air defences "
     "tried to repel the attack.", "Person:ihor-terekhov", "urging residents to stay in shelters"),
    ("Erdogan did not provide full details about the swap, calling the people being exchanged \"hostages\".",
     "Person:recep-tayyip-erdogan", "calling the people being exchanged"),
])
def test_urging_and_calling_after_a_comma_are_the_subjects_words(text, speaker, second):
    assert any(s.speaker == speaker and s.text.startswith(second) for s in statements(text, "2025-04-22"))


def test_a_verb_with_a_thing_as_object_then_calling_it_something_is_one_statement():
    found = statements("Ukrainian President Volodymyr Zelenskyy also confirmed Biden's visit on Telegram, calling his visit "
                       "\"an extremely important sign of support for all Ukrainians.\"", "2023-02-20")
    assert len(found) == 1 and "extremely important sign of support" in found[0].text


def test_without_providing_details_after_a_closing_speaker_leaves_the_words_before_it():
    found = statements("Russian President Vladimir Putin had a phone call on Tuesday with Prime Minister Narendra Modi, the "
                       "Kremlin said without providing immediate details.", "2024-08-27")
    assert [(s.speaker, s.text) for s in found] == [
        ("Organization:kremlin", "Russian President Vladimir Putin had a phone call on Tuesday with Prime Minister Narendra Modi")]
