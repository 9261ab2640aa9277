"""Speech transcripts: a page titled "<words>: UK statement to the OSCE" gives those words to its speaker.

Government and UN pages publish a speech under a title that quotes it and a lead that names who gave it
("Statement given … by Ambassador Barbara Woodward, …", "Ambassador Neil Bush condemns …"). The body is
in the first person, so no reporting verb names the speaker of the quoted line: the title does.
"""

from __future__ import annotations

import re

from ..models import Statement
from .context import Sentence, actor_mentions

__all__ = ["find_title_statement"]

# "<quoted words>: UK statement at the UN Security Council", "…: Foreign Secretary's speech to …"
SPEECH_TITLE = re.compile(r"^\W*(?P<words>[^:]{20,}?)\W*:\s+(?:[^:]{0,60}\s)?(?i:statement|speech|remarks|address)\b")
LEAD_SENTENCES = 3  # the speaker is named in the lead, before the speech begins
WORD = re.compile(r"[\w’']+")


def _words(text: str) -> set[str]:
    return {w.lower().replace("’", "'") for w in WORD.findall(text) if len(w) > 2}


def find_title_statement(title: str, sentences: list[Sentence]) -> list[Statement]:
    """The title's quoted words as a statement of the person the lead names, with the body sentence
    that says them (the title often shortens it) as its words and evidence when there is one."""
    m = SPEECH_TITLE.match(title or "")
    if m is None:
        return []
    body = [s for s in sentences if not s.headline]
    speaker = next((x.ref for s in body[:LEAD_SENTENCES] for x in actor_mentions(s) if x.ref.startswith("Person:")), None)
    if speaker is None:
        return []
    wanted = _words(m.group("words"))
    best = max(body[LEAD_SENTENCES - 2:], key=lambda s: len(wanted & _words(s.text)), default=None)
    if best is None or len(wanted & _words(best.text)) < 0.7 * len(wanted):
        return []  # the title's words are nowhere in the speech: a summary by the page, not what was said
    return [Statement(speaker, best.text.strip(), (best.evidence("statement.speech-title"),))]
