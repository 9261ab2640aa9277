"""Extraction of one document: sentences, mentions, events, and the actors and places they involve."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .events import (
    find_joint_statements, find_meetings, find_pledges, find_speech_meeting, find_statements, find_strikes, find_title_statement,
)
from .events.context import PLACE_AS_MODIFIER, Sentence
from .lexicon import TITLE_WORDS, Entry, get_lexicon
from .mentions import MentionSet, find_mentions, word_before
from .merge import merge_events
from .models import Actor, Document, Evidence, Extraction, Place
from .nlp import sentence_spans

__all__ = ["event_arguments", "extract_document", "sentences_of"]

NEWLINE = re.compile("\n")

SKIP_ORG_KINDS = {"media", "outlet", "news-agency"}
# "elsewhere in Europe": a continent is a backdrop, a place of the graph only where an event happens
BACKDROP_KINDS = {"continent"}
# words before a country that make it where something happens ("in Oman"), not whom aid goes to ("to Ukraine")
WHERE_WORDS = {"in", "inside", "at", "into", "across", "throughout", "visit", "visited", "visiting", "arrived", "landed", "near",
               "bordering", "borders"}  # ("an oblast bordering Russia and Belarus": the countries as places)
# "during his visit to Denmark", "travelled to India": a country gone to is where something happens
TRAVEL_TO = re.compile(r"\b(?:visits?|visited|visiting|trips?|travel(?:l?ed|l?ing|s)?|flew|journey|arrived|came|returned)\s+to\s+(?:the\s+)?$")
# ", head of ", ", the deputy director of the ": an office of the organisation named next
# "'s special envoy ": the few words between an organisation and the person it is the office of
TITLE_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){1,4}\s+")
APPOSED_OFFICE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}of\s+(?:the\s+)?")


def sentences_of(doc: Document, mentions: MentionSet, spans: list[tuple[int, int]]) -> list[Sentence]:
    text = doc.text
    line_starts = [0] + [m.end() for m in NEWLINE.finditer(text)]
    starts = [m.start for m in mentions.mentions]
    posts = sorted(doc.posts, key=lambda p: p.start)  # a document's posts do not overlap
    post_starts = [p.start for p in posts]
    out = []
    for i, (s, e) in enumerate(spans):
        lo, hi = bisect_right(starts, s - 1), bisect_right(starts, e - 1)
        ms = tuple(m for m in mentions.mentions[lo:hi] if m.end <= e)
        j = bisect_right(post_starts, s) - 1
        post = posts[j] if j >= 0 and s < posts[j].end else None
        anchor = post.published if post is not None and post.published is not None else doc.published
        sent_text = text[s:e]
        headline = (post is not None and s < post.start + len(post.title)) or bool(doc.title and sent_text in doc.title)
        out.append(Sentence(doc.id, i, s, e, sent_text, ms, anchor, bisect_right(line_starts, s) - 1, mentions.entries,
                            headline))
    return out


def extract_document(doc: Document) -> Extraction:
    """Everything the rules read in one document: a pure function of its text and metadata."""
    spans = sentence_spans(doc.text)
    mentions = find_mentions(doc.text, doc.published.date() if doc.published else None, spans)
    sentences = sentences_of(doc, mentions, spans)
    meetings = find_meetings(sentences)
    meetings += find_speech_meeting(doc.title, sentences, meetings)
    statements = [st for st in (*find_statements(sentences), *find_joint_statements(sentences, meetings),
                                *find_title_statement(doc.title, sentences)) if not _an_outlet(mentions, st.speaker)]
    events = merge_events([*meetings, *find_pledges(sentences), *find_strikes(sentences), *statements])
    return Extraction(doc, *_entities(mentions, events, sentences), tuple(events))


def _an_outlet(mentions: MentionSet, ref: str) -> bool:
    """Whether an actor is a news outlet: what it reports ("RIA reported that …") is the story's source, not an actor's words."""
    entry = mentions.entries.get(ref) or get_lexicon().entries.get(ref)
    return entry is not None and entry.subkind in SKIP_ORG_KINDS


def _first_evidence(mentions: MentionSet, events: list, sentences: list[Sentence]) -> dict[str, Evidence]:
    """For every actor ref and place key: the sentence that first names it, or else the first event
    that involves it (an attacker read from context is named nowhere)."""
    starts = [s.start for s in sentences]
    out: dict[str, Evidence] = {}
    for m in mentions.mentions:
        if m.via == "pronoun":
            continue
        keys = [m.ref] + ([m.ref.partition(":")[2]] if m.via == "place-name" else [])
        for key in keys:
            if key not in out:
                i = bisect_right(starts, m.start) - 1
                if i >= 0:
                    out[key] = sentences[i].evidence(f"mention.{m.via}")
    for ev in events:
        for attr, ref in event_arguments(ev):
            if ref not in out:
                out[ref] = replace(ev.evidence[0], rule=f"argument.{attr}")
    return out


PLACE_ARGUMENTS = ("place", "location")


def event_arguments(ev) -> list[tuple[str, str]]:
    """(argument, actor ref or place key) of every filled argument of an event."""
    out = [("participants", ref) for ref in getattr(ev, "participants", ())]
    for attr in ("donor", "recipient", "attacker", "speaker", *PLACE_ARGUMENTS):
        if getattr(ev, attr, ""):
            out.append((attr, getattr(ev, attr)))
    return out


def _state_named_in(mentions: MentionSet, ref: str) -> str:
    """The State whose name or demonym opens an organisation's name as written here, if any."""
    entry = mentions.entries.get(ref)
    if entry is None or entry.kind != "Organization" or not entry.state:
        return ""
    state = get_lexicon().entries.get(f"State:{entry.state}")
    if state is None:
        return ""
    names = {state.label, *state.aliases, *state.demonyms}
    for surface in mentions.surface.get(ref, ()):
        first = surface.replace("’s", "").replace("'s", "")
        if any(first == n or first.startswith(n + " ") for n in names):
            return f"State:{entry.state}"
    return ""


def _person_qualifiers(mentions: MentionSet) -> set:
    """Mentions that only qualify a person through an office title: named right before the person
    ("European Commission chief Ursula von der Leyen") or in an apposition after them ("Kirill
    Dmitriev, head of Russia's sovereign wealth fund")."""
    out = set()
    ordered = mentions.mentions
    text = mentions.text
    for prev, m, nxt in zip([None, *ordered], ordered, [*ordered[1:], None]):
        if nxt is not None and nxt.ref.startswith("Person:") and nxt.start - m.end <= 40:
            gap = text[m.end:nxt.start]
            words = gap.lower().split()
            # (never across a line: a headline's last word is not the title of the lead's first person)
            if gap and "\n" not in gap and TITLE_GAP.fullmatch(gap) and any(w in TITLE_WORDS for w in words):
                out.add(m)
        if prev is not None and prev.ref.startswith("Person:") and m.start - prev.end <= 40:
            gap = text[prev.end:m.start]
            if APPOSED_OFFICE.fullmatch(gap) and any(w in TITLE_WORDS for w in gap.lower().replace(",", " ").split()):
                out.add(m)
    return out


def _entities(mentions: MentionSet, events: list, sentences: list[Sentence]) -> tuple[tuple[Actor, ...], tuple[Place, ...]]:
    first = _first_evidence(mentions, events, sentences)
    used: set[str] = set()
    places_used: set[str] = set()
    for ev in events:
        for attr, ref in event_arguments(ev):
            (places_used if attr in PLACE_ARGUMENTS else used).add(ref)
    for ref in list(used):
        # "South Korea's intelligence agency said …": the state named in an acting organ's name acts too
        state = _state_named_in(mentions, ref)
        if state:
            used.add(state)
            if state not in first and ref in first:
                first[state] = replace(first[ref], rule="mention.in-organisation-name")
    counts: dict[str, int] = {}
    for m in mentions.mentions:
        counts[m.ref] = counts.get(m.ref, 0) + 1
    lexicon = get_lexicon()
    qualifiers = _person_qualifiers(mentions)
    for m in mentions.mentions:
        if m.is_place:
            entry = mentions.entries.get(m.ref)
            # "Ukraine's Black Sea port of Odesa": a place that only describes another is no place of the story
            if (entry is None or entry.subkind not in BACKDROP_KINDS) and not PLACE_AS_MODIFIER.match(mentions.text, m.end):
                places_used.add(m.ref)
        elif m.via == "place-name" and (word_before(mentions.text, m.start) in WHERE_WORDS
                                        or TRAVEL_TO.search(mentions.text, max(0, m.start - 40), m.start)):
            # "talks in Oman", "his visit to Denmark": a country as the place of something
            places_used.add(m.ref.partition(":")[2])
        elif m in qualifiers and m.ref.startswith("Organization:"):
            continue  # "European Commission chief Ursula von der Leyen": the office, not an actor here
        elif m.via in ("name", "pattern", "metonym", "role", "surname"):
            # an organisation guessed from its name's shape must act, or recur, to count as an actor
            if m.ref.startswith("Organization:") and m.ref not in lexicon.entries and counts[m.ref] < 2:
                continue
            used.add(m.ref)
    actors = []
    for ref in sorted(used):
        e = mentions.entries.get(ref) or lexicon.entries.get(ref)
        if e is None or e.kind == "Place" or e.subkind in SKIP_ORG_KINDS:
            continue
        aliases = sorted({*e.aliases, *mentions.surface.get(ref, ())} - {e.label})
        roles = tuple(sorted({r.title for r in e.roles}))
        evidence = (first[ref],) if ref in first else ()
        actors.append(Actor(e.key, e.label, e.kind, tuple(aliases), e.qid, roles, evidence))
    places = []
    for key in sorted(places_used):
        e: Entry | None = mentions.entries.get(key) or mentions.entries.get(f"State:{key}")
        if e is None:
            continue
        published = (a for a in e.aliases if not lexicon.names_another_place(a, key))
        aliases = sorted({*published, *mentions.surface.get(key, ())} - {e.label})
        state = e.state if e.kind == "Place" else e.key
        evidence = (first[key],) if key in first else ()
        places.append(Place(key, e.label, tuple(aliases), e.qid, state, e.region, evidence=evidence))
    return tuple(actors), tuple(places)
