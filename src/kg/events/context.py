"""What an event pattern sees: one sentence, its mentions, its dates, and the document around it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from ..dates import DateMention
from ..lexicon import Entry
from ..mentions import Mention
from ..models import Evidence

__all__ = ["Sentence", "actor_mentions", "place_mentions", "possessive_owner", "prev_word", "QUOTE_SPANS"]

QUOTE_SPANS = re.compile(r"[“\"]([^“”\"]{2,}?)(?:[”\"]|$)")


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...]
    anchor: dt.datetime | None
    paragraph: int
    entries: dict[str, Entry]

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    def mentions_any(self, words: tuple[str, ...]) -> bool:
        """Whether any of these lower-case stems occurs: a cheap test before a pattern runs."""
        low = self.lower
        return any(w in low for w in words)

    def evidence(self, rule: str) -> Evidence:
        return Evidence(self.doc_id, self.start, self.end, self.text, rule)

    def rel(self, m: Mention) -> tuple[int, int]:
        return m.start - self.start, m.end - self.start

    def day(self) -> str:
        """The first day-precise date named in the sentence, else ''."""
        return next((d.value for d in self.dates if d.is_day), "")

    def kind(self, ref: str) -> str:
        return ref.partition(":")[0]


def actor_mentions(s: Sentence) -> list[Mention]:
    return [m for m in s.mentions if not m.is_place]


def place_mentions(s: Sentence) -> list[Mention]:
    """Places named in the sentence, including countries used as places ("attack Ukraine")."""
    return [m for m in s.mentions if m.is_place or m.via == "place-name"]


def possessive_owner(s: Sentence, m: Mention) -> bool:
    """'Trump's special envoy', "Russia's President": the mention only qualifies another noun."""
    tail = s.text[m.end - s.start:m.end - s.start + 3]
    return tail.startswith(("'s", "’s"))


def modifier_of_person(s: Sentence, m: Mention) -> bool:
    """'US envoy Steve Witkoff', 'UK Defence Secretary John Healey': the state only qualifies a person."""
    if m.ref.startswith("Person:"):
        return False
    rest = s.text[m.end - s.start:]
    for other in s.mentions:
        if other.start >= m.end and other.ref.startswith("Person:"):
            gap = s.text[m.end - s.start:other.start - s.start]
            return bool(re.fullmatch(r"(?:['’]s)?(?:\s+[A-Za-z-]+){0,4}\s+", gap)) and "," not in gap and not re.search(r"\b(?:and|with|to|for|by|met|meet|meets|said|says)\b", gap)
    del rest
    return False


def prev_word(s: Sentence, m: Mention) -> str:
    mm = re.search(r"([A-Za-z’']+)\W*$", s.text[:m.start - s.start])
    return mm.group(1).lower() if mm else ""
