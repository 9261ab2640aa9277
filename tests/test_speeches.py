"""Speech transcripts: the words a page's title quotes are said by the speaker its lead names."""

from __future__ import annotations

from kg.extract import extract_document
from kg.load import load_text
from kg.models import Meeting, Statement

LEAD = "Ambassador Neil Bush condemns Russia’s intense barrage of missile attacks on Kyiv and across Ukraine."
BODY = ("Now we gather here again, not a week later, to condemn Russia’s intense barrage of missile attacks. "
        "We are reminded once again, that Ukraine’s civilians are paying the terrible price for Russia’s barbaric actions.")


def statements(title: str, body: str) -> list[Statement]:
    doc = load_text(f"---\ntitle: \"{title}\"\npublished: 2022-10-11\n---\n{LEAD}\n\n{body}\n", "t")
    return [e for e in extract_document(doc).events if isinstance(e, Statement)]


def test_the_titles_quoted_words_are_the_speakers_sentence_of_the_speech():
    found = statements("Ukraine’s civilians are paying the price for Russia’s barbaric actions: UK statement to the OSCE", BODY)
    [st] = [s for s in found if s.evidence[0].rule == "statement.speech-title"]
    assert st.speaker == "Person:neil-bush"
    assert st.text == "We are reminded once again, that Ukraine’s civilians are paying the terrible price for Russia’s barbaric actions."


def test_a_title_that_is_not_a_speech_or_not_in_it_gives_nothing():
    assert not [s for s in statements("Ukraine’s civilians are paying the price: OSCE round-up", BODY)
                if s.evidence[0].rule == "statement.speech-title"]
    assert not [s for s in statements("Sanctions will be tightened again next month: UK statement to the OSCE", BODY)
                if s.evidence[0].rule == "statement.speech-title"]


def meetings(title: str, lead: str = LEAD):
    doc = load_text(f"---\ntitle: \"{title}\"\npublished: 2024-03-05\n---\n{lead}\n\n{BODY}\n", "t")
    return [e for e in extract_document(doc).events if isinstance(e, Meeting)]


def test_a_statement_to_a_forum_is_a_meeting_of_the_speaker_their_state_and_the_forum_on_the_day():
    [m] = meetings("Russia must end its war of aggression: UK statement to the OSCE")
    assert set(m.participants) == {"Person:neil-bush", "State:uk", "Organization:osce"}
    assert (m.date, m.status) == ("2024-03-05", "held")


def test_a_forum_meeting_the_page_reports_itself_is_not_doubled():
    lead = "Ambassador Neil Bush spoke at the OSCE meeting in Vienna on Tuesday."
    found = meetings("Russia must end its war of aggression: UK statement to the OSCE", lead)
    assert len([m for m in found if "Organization:osce" in m.participants]) == 1


def test_a_round_up_is_no_speech_and_no_meeting():
    assert meetings("Russia must end its war of aggression: OSCE round-up") == []
