"""Speech transcripts: a page titled "<words>: UK statement to the OSCE" gives those words to its speaker.

Government and UN pages publish a speech under a title that quotes it and a lead that names who gave it
("Statement given … by Ambassador Barbara Woodward, …", "Ambassador Neil Bush condemns …"). The body is
in the first person, so no reporting verb names the speaker of the quoted line: the title does.
"""

from __future__ import annotations

import re

from ..lexicon import get_lexicon
from ..models import Meeting, Statement
from .context import Sentence, actor_mentions

__all__ = ["find_title_statement", "find_speech_meeting"]

# "<quoted words>: UK statement at the UN Security Council", "…: Foreign Secretary's speech to …"
SPEECH_TITLE = re.compile(r"^\W*(?P<words>[^:]{20,}?)\W*:\s+(?:[^:]{0,60}\s)?(?i:statement|speech|remarks|address)\b")
# "…: UK statement to the OSCE", "…: UK statement at the UN Security Council": the forum addressed
SPEECH_TO = re.compile(r"(?P<who>[^:]*?)\s*\b(?i:statement|speech|remarks|address)\s+(?:to|at|before)\s+(?:the\s+)?(?P<forum>[^:]{2,80}?)\W*$")
# the words every SPEECH_TO match holds: a title without them is not searched (the search is slow on long titles)
SPEECH_TO_WORDS = re.compile(r"\b(?i:statement|speech|remarks|address)\s+(?:to|at|before)\s")
LEAD_SENTENCES = 3  # the speaker is named in the lead, before the speech begins
WORD = re.compile(r"[\w’']+")


def _words(text: str) -> set[str]:
    return {w.lower().replace("’", "'") for w in WORD.findall(text) if len(w) > 2}


def _lead_speaker(sentences: list[Sentence]) -> str | None:
    body = [s for s in sentences if not s.headline]
    return next((x.ref for s in body[:LEAD_SENTENCES] for x in actor_mentions(s) if x.ref.startswith("Person:")), None)


def _named(phrase: str, kind: str) -> str | None:
    """The gazetteer actor of `kind` a phrase names, trying it whole, then shorter from its end ("OSCE
    Permanent Council" -> "OSCE")."""
    lex = get_lexicon()
    words = phrase.split()
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        for ref in [*lex.names.get(form, ()), *([lex.demonyms[form]] if form in lex.demonyms else [])]:
            if ref.startswith(f"{kind}:"):
                return ref
    return None


def find_speech_meeting(title: str, sentences: list[Sentence], meetings: list[Meeting]) -> list[Meeting]:
    """A speech to a forum is a meeting of the forum with the speaker and the state they speak for, held
    on the day it is published: "…: UK statement to the OSCE" by the ambassador the lead names. Nothing
    when the document already reports a meeting of that forum."""
    m = SPEECH_TO.search(title) if title and SPEECH_TO_WORDS.search(title) else None
    if m is None:
        return []
    forum = _named(m.group("forum"), "Organization")
    body = [s for s in sentences if not s.headline]
    if forum is None or not body or body[0].anchor is None or any(forum in x.participants for x in meetings):
        return []
    state = _named(m.group("who").strip(), "State")
    speaker = _lead_speaker(sentences)
    participants = tuple(r for r in (speaker, state, forum) if r)
    if len(participants) < 2:
        return []
    return [Meeting(participants, (body[0].evidence("meeting.speech-to-forum"),), date=body[0].anchor.date().isoformat(),
                    status="held")]


def find_title_statement(title: str, sentences: list[Sentence]) -> list[Statement]:
    """The title's quoted words as a statement of the person the lead names, with the body sentence
    that says them (the title often shortens it) as its words and evidence when there is one."""
    m = SPEECH_TITLE.match(title or "")
    if m is None:
        return []
    body = [s for s in sentences if not s.headline]
    speaker = _lead_speaker(sentences)
    if speaker is None:
        return []
    wanted = _words(m.group("words"))
    best = max(body[LEAD_SENTENCES - 2:], key=lambda s: len(wanted & _words(s.text)), default=None)
    if best is None or len(wanted & _words(best.text)) < 0.7 * len(wanted):
        return []  # the title's words are nowhere in the speech: a summary by the page, not what was said
    return [Statement(speaker, best.text.strip(), (best.evidence("statement.speech-title"),))]
