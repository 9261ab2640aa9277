"""What an event pattern sees: one sentence, its mentions, its dates, and the document around it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..dates import DateMention, find_dates
from ..lexicon import Entry, get_lexicon
from ..mentions import CASE_FOLD_TRAPS, Mention, word_before
from ..models import Evidence
from ..phrases import Gates

__all__ = [
    "Sentence", "actor_mentions", "place_mentions", "possessive_owner", "prev_word", "speaks_as_state",
    "subject_before", "main_subject", "reporter_of", "qualifies_a_place", "CaseBlind", "CaseBlindWords", "Gate", "first_letter_groups",
    "OPENING_CLAUSE", "PARTICIPLE",
]



class CaseBlind:
    """A pattern written in lower case, matched whatever the text's case. The case-sensitive pattern run
    over the lower-cased text finds the same spans faster than (?i); a text where lower-casing moves
    offsets or a character folds onto an ASCII letter (CASE_FOLD_TRAPS) gets the (?i) pattern. The
    match may be of the lower-cased text: read what it found from `text` by its spans."""

    def __init__(self, pattern: str):
        self.blind = re.compile(pattern, re.I)
        self.folded = re.compile(pattern)

    def _for(self, text: str, lower: str | None) -> tuple[re.Pattern, str]:
        if CASE_FOLD_TRAPS.search(text):
            return self.blind, text
        return self.folded, text.lower() if lower is None else lower

    def finditer(self, text: str, lower: str | None = None):
        """Matches in `text` (`lower` is `text.lower()` when the caller has it already)."""
        rx, haystack = self._for(text, lower)
        return rx.finditer(haystack)

    def search(self, text: str, lower: str | None = None) -> re.Match | None:
        rx, haystack = self._for(text, lower)
        return rx.search(haystack)


class CaseBlindWords(CaseBlind):
    """Whole words of an alternation, matched whatever their case."""

    def __init__(self, alternation: str):
        super().__init__(rf"\b(?:{alternation})\b")


def first_letter_groups(alternatives: list[str]) -> str:
    """'a1|a2|…' with the alternatives that start with the same letter under one branch: the same matches,
    as alternatives with different first letters never match at one place and each group keeps its order,
    but one test of the first letter per group instead of one per alternative."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        if not alt[:1].isalpha():
            raise ValueError(f"{alt!r}: an alternative must start with a letter")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(f"{letter}(?:{'|'.join(rest)})" for letter, rest in groups.items())


# a participle opening a clause of its own ("…, adding that", "…, citing …"); "during" and "including" are none
# "Before the delegation met the Americans, …", "Ever since Ukrainian forces liberated the west bank, …"
OPENING_CLAUSE = re.compile(r"^\W*(?:Ever\s+since|Before|After|Apart\s+from|Besides|In\s+addition\s+to|As|While|When|Since|Once|Commenting\s+on|Referring\s+to|Responding\s+to|"
                            r"Reacting\s+to|Regarding|Asked\s+(?:about|whether|if|why|how)|Speaking|"
                            r"At\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:conference|meeting|talks)\s+with)\s[^,;.]{5,160},")
PARTICIPLE = r"(?!during\b|including\b)[a-z]+ing\b"

GATES = Gates()  # every rule's trigger words, read once per sentence


class Gate:
    """A set of lower-case stems an event rule needs in a sentence before it reads it closely."""

    def __init__(self, words):
        self.words = tuple(words)
        self.bit = GATES.add(self.words)


class _once:
    """functools.cached_property without its lock: Python 3.11 takes one at every first read, which
    cost more than reading a sentence's actors or lower-cased text. Sentences are not shared across threads."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)  # the instance's value hides this descriptor from now on
        return value


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]
    anchor: dt.datetime | None
    paragraph: int
    entries: dict[str, Entry]
    headline: bool = False  # the document's or a live post's title, which repeats what the body tells

    @_once
    def dates(self) -> tuple[DateMention, ...]:
        """The dates the sentence names, resolved against its anchor: read only for sentences an event rule asks about."""
        return tuple(find_dates(self.text, self.anchor))

    @_once
    def actors(self) -> tuple[Mention, ...]:
        """The mentions of actors (not places), asked for by every event rule."""
        return tuple(m for m in self.mentions if not m.is_place)

    def entry(self, ref: str) -> Entry | None:
        """The entry of an actor ref or place key: the document's own, else the gazetteer's."""
        return self.entries.get(ref) or get_lexicon().entries.get(ref)

    @_once
    def lower(self) -> str:
        return self.text.lower()

    @_once
    def gates(self) -> int:
        """The bits of every registered set of trigger words the sentence holds (lower-cased)."""
        return GATES.mask(self.lower)

    def mentions_any(self, gate: Gate) -> bool:
        """Whether any of these lower-case stems occurs: a cheap test before a pattern runs."""
        return bool(self.gates & gate.bit)

    def evidence(self, rule: str) -> Evidence:
        return Evidence(self.doc_id, self.start, self.end, self.text, rule)

    def rel(self, m: Mention) -> tuple[int, int]:
        return m.start - self.start, m.end - self.start

    def anchor_day(self) -> str:
        """The day of the sentence's time (its document's or live post's), else ''."""
        if self.anchor is None:
            return ""
        return (self.anchor.date() if isinstance(self.anchor, dt.datetime) else self.anchor).isoformat()

    def when(self, near: int) -> str:
        """The date nearest offset `near`, day-precise when the sentence gives a day, else a month
        ('back in March' -> YYYY-MM): an event in another month is another event."""
        if not self.dates:
            return ""
        nearest = min(self.dates, key=lambda d: min(abs(d.start - near), abs(d.end - near)))
        return self.day(near) or nearest.value

    def day(self, near: int | None = None) -> str:
        """A day-precise date named in the sentence, else '': the one closest to offset `near`
        (the event's trigger word) when given, else the first."""
        days = [d for d in self.dates if d.is_day]
        if not days:
            return ""
        if near is None:
            return days[0].value
        return min(days, key=lambda d: min(abs(d.start - near), abs(d.end - near))).value

    def kind(self, ref: str) -> str:
        return ref.partition(":")[0]


def actor_mentions(s: Sentence) -> tuple[Mention, ...]:
    return s.actors


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
    """The word before a mention, lower-cased."""
    return word_before(s.text, m.start - s.start)


QUALIFIED_PERSON = re.compile(
    # (never across a verb: "The Kremlin accused Ukrainian President Zelensky …" is the Kremlin speaking)
    r"\s+(?:(?![\w-]*ed\b|(?:said|says|told|tells|met|meets|urges|warns|accuses|thanks|praises|calls|asks)\b)[\w-]+\s+){0,3}?"
    r"(?:representative|official|officials|spokesman|spokeswoman|spokesperson|minister|chief|"
    r"diplomat|envoy|ambassador|negotiator|mp|lawmaker|senator|source|sources|adviser|aide|president|leader)\b",
    re.I,
)


def qualifies_a_person(s: Sentence, m: Mention) -> bool:
    """'EU representative', 'Kremlin spokesman': a state or organisation naming whose person speaks."""
    return not m.ref.startswith("Person:") and bool(QUALIFIED_PERSON.match(s.text, m.end - s.start))


POSSESSIVE_S = re.compile(r"['’]s\s+")
PLACE_AS_MODIFIER = re.compile(r"\s+(?:port|city|town|coast|coastal|village|resort|harbou?r|terminal|seaport)\b")


def qualifies_a_place(s: Sentence, m: Mention) -> bool:
    """'the Black Sea port city of Odesa', 'in the Black Sea city', "in Turkey's Antalya": a place named only
    to describe another."""
    if PLACE_AS_MODIFIER.match(s.text, m.end - s.start) is not None:
        return True
    owned = POSSESSIVE_S.match(s.text, m.end - s.start)
    return owned is not None and any(x.start - s.start == owned.end() and x.is_place for x in s.mentions)


def speaks_as_state(s: Sentence, m: Mention) -> bool:
    """A demonym speaks only as a government or those who negotiate for it: 'the Ukrainian government said',
    'Russian negotiators told …', not 'Ukrainian MP X says'."""
    return m.via != "demonym" or bool(re.match(r"\s+(?:government|side|military|leadership|negotiators|delegation|"
                                               r"negotiating\s+team)\b", s.text[m.end - s.start:]))


WHO_RIGHT_AFTER = re.compile(r",\s*who\s+(?:(?:has|had|also|then|later)\s+){0,2}")
CLAUSE_BREAK = re.compile(r"[.;:!?“”\"]")
RELATIVE = re.compile(r",\s*who\b|,\s*which\b")
# "…, the head of Poland's National Security Bureau said": an unnamed subject of its own after the last comma
UNNAMED_SUBJECT = re.compile(r",\s+(?:(?:but|and|while|whereas|yet)\s+)?(?:the|a|an)\s+(?:[a-z][\w-]*\b[^,]*|(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s\s+(?:office|spokes\w+|ministry|"
                             r"press\s+service|administration)\b[^,]*)$")  # (or "…, the Turkish leader's office said")
# a relative clause set off by commas right before the verb
WHO_ASIDE = re.compile(r",\s+who\s+[^,;:“”\"]{3,150},\s*$")
# a relative clause set off by dashes right before the verb
PARENTHETICAL = re.compile(r"\s[-–—]\s+(?:who|which)\b[^–—]*?\s[-–—]\s*$")


def subject_before(s: Sentence, rel: int) -> Mention | None:
    """The actor mention that is the subject of a verb at sentence offset `rel` (the speaker of "said")."""
    aside = PARENTHETICAL.search(s.text, 0, rel) or (WHO_ASIDE.search(s.text, max(0, rel - 200), rel) if " who " in s.text else None)
    if aside is not None:
        # "X – who has been in the room with Y and Z – said", "Rinkevics, who on Thursday welcomed Zelensky …, told": X
        rel = aside.start()
    cands = [m for m in actor_mentions(s) if m.end - s.start <= rel]
    for i in range(len(cands) - 1, -1, -1):
        m = cands[i]
        gap = s.text[m.end - s.start:rel]
        if CLAUSE_BREAK.search(gap) and not RELATIVE.search(gap):
            return None
        if WHO_RIGHT_AFTER.fullmatch(gap):
            # "comments made by President Emmanuel Macron of France, who said …": the relative clause's subject
            owner = cands[i - 1] if i and s.text[cands[i - 1].end - s.start:m.start - s.start] == " of " else None
            return owner if owner is not None and owner.ref.startswith("Person:") else m
        if not _could_be_subject(s, m):
            continue
        if "," in gap and UNNAMED_SUBJECT.search(gap):
            return None  # "Duda met Burns in Warsaw, the head of Poland's security bureau said": not Duda
        if len(gap) > 120:
            return None
        return m
    return None


# the end of the text before a mention that makes it an object of a preposition or a verb
OBJECT_BEFORE = re.compile(r"\b(?:with|to|on|about|of|from|by|for|against|at|between|than|in|like|echoed|thanked|"
                           r"praised|criticised|criticized|accused|urged|told|met|called|asked|joined|backed|"
                           # "the governor of the Kursk region, north of Belgorod and also bordering Ukraine, said"
                           r"bordering|neighbou?ring|including|visiting|leaving|entering|invading|accusing|blaming|urging|"
                           r"supporting|backing|helping|attacking|targeting)(?:\s+(?:the|a|an))?"
                           # "an advisor to President Vladimir Putin": an office between the preposition and the name
                           r"(?:\s+(?:\w+\s+)?(?:president|prime minister|minister|chancellor|king|secretary|leader|envoy))?$")


BETWEEN_AND = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w’'.-]+\s+){1,3}and$")


# "the office of Ukraine's prosecutor-general said": an organisation speaking through its office
BODY_OFFICE_OF = re.compile(r"\bthe (?:office|press service) of(?: the)?$")
# "…, a statement from the Ministry of External Affairs said": whoever the statement is from speaks
STATEMENT_FROM = re.compile(r"\b(?:a|the)\s+(?:joint\s+|brief\s+|written\s+|separate\s+|short\s+)?statement\s+(?:from|by|issued\s+by)(?:\s+the)?$")


def _could_be_subject(s: Sentence, m: Mention) -> bool:
    before = s.text[:m.start - s.start].rstrip().lower()
    if (OBJECT_BEFORE.search(before) or BETWEEN_AND.search(before)) \
            and not (m.ref.startswith("Organization:") and BODY_OFFICE_OF.search(before)) and not STATEMENT_FROM.search(before):
        return False  # an object of a preposition or a verb ("between Ukraine and China"), not the subject
    if possessive_owner(s, m) or m.via == "place-name":
        return False
    if re.match(r"-\w", s.text[m.end - s.start:m.end - s.start + 2]):
        return False  # "U.S.-brokered talks": a modifier in a compound, never a subject
    # "Ukrainian MP X says", "an EU official says": the qualifier is not the speaker
    return speaks_as_state(s, m) and not qualifies_a_person(s, m)


def main_subject(s: Sentence, rel: int) -> Mention | None:
    """The subject of the sentence's main clause, before offset `rel`: who '…, adding that …' is."""
    for m in actor_mentions(s):
        if m.end - s.start > rel or re.search(r"[.;:!?“”\"]", s.text[m.end - s.start:rel]):
            return None
        if _could_be_subject(s, m):
            return m
    return None


def reporter_of(s: Sentence, v0: int, v1: int) -> Mention | None:
    """Who says, for a reporting verb at sentence offsets v0–v1: "X said …" or "…, X said" / "…, said X"."""
    if re.search(r"[,”\"’]\s*$", s.text[:v0]):
        after = [m for m in actor_mentions(s) if m.start - s.start >= v1 and speaks_as_state(s, m)]
        if after and len(s.text[v1:after[0].start - s.start].strip(" ,")) <= 40:
            # "…, according to the head of the Russian delegation, Vladimir Medinsky": the person the office is
            named = next((m for m in after[1:3] if m.ref.startswith("Person:")), None) if after[0].via == "demonym" else None
            if named is not None and re.fullmatch(r"[^.;:“”\"]{0,60}", s.text[v1:named.start - s.start]):
                return named
            return after[0]
    return subject_before(s, v0)
