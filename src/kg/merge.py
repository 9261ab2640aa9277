"""One node per real event within a document: reports of the same event merged, evidence kept."""

from __future__ import annotations

from dataclasses import replace

import re

from .models import Event, Meeting, Pledge, Statement, Strike
from .rdf import _norm_text, event_identity, meeting_core

__all__ = ["merge_events"]


def _union(a: tuple, b: tuple) -> tuple:
    return a + tuple(x for x in b if x not in a)


def _merge_pair(a: Event, b: Event) -> Event:
    ev = _union(a.evidence, b.evidence)
    if isinstance(a, Meeting):
        return replace(a, participants=_union(a.participants, b.participants), evidence=ev,
                       place=a.place or b.place, date=a.date or b.date)
    if isinstance(a, Pledge):
        return replace(a, evidence=ev, recipient=a.recipient or b.recipient, items=_union(a.items, b.items))
    if isinstance(a, Strike):
        return replace(a, evidence=ev, weapon=a.weapon or b.weapon, target=a.target or b.target, date=a.date or b.date)
    return replace(a, evidence=ev)


def _loose_key(ev: Event) -> tuple:
    """The identity without the date: a dateless report joins the dated report of the same event."""
    if isinstance(ev, Meeting):
        return ("meeting", *meeting_core(ev))
    if isinstance(ev, Strike):
        return ("strike", ev.attacker, ev.location)
    return event_identity(ev)


def _people(meeting: Meeting) -> set[str]:
    return {r for r in meeting.participants if r.startswith("Person:")}


# "the meeting", "those talks": a meeting the reader has already been told of
REFERS_BACK = re.compile(r"\b(?:the|that|those|this) (?:meeting|summit|talks)\b")


def _refers_back(meeting: Meeting) -> bool:
    return all(REFERS_BACK.search(ev.text) for ev in meeting.evidence)


# words in quotation marks within a statement's text
QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"]")


def _quoted_words(statement: Statement) -> list[str]:
    """The words of a statement given in quotation marks: in its text, or its whole text when the
    sentence quotes it; none when it also says more in its own words."""
    if QUOTED.search(statement.text):
        return [] if len(QUOTED.sub(" ", statement.text).split()) > 3 else QUOTED.findall(statement.text)
    quoted = any(statement.text in q for ev in statement.evidence for q in QUOTED.findall(ev.text))
    return [statement.text] if quoted else []


def _quoted_in_other(statement: Statement, others: list[Statement]) -> Statement | None:
    """'telling his cabinet he is “not going to make security guarantees beyond very much”': a report
    whose quoted words (five or more) lie within a fuller statement of the same speaker is that
    statement, unless it says more in its own words ("he would be briefed by his negotiators, adding “…”")."""
    quoted = [_norm_text(q) for q in _quoted_words(statement) if len(q.split()) >= 5]
    if not quoted:
        return None
    fuller = [o for o in others if o is not statement and o.speaker == statement.speaker and len(o.text) > len(statement.text)
              and all(f" {q} " in f" {_norm_text(o.text)} " for q in quoted)]
    return fuller[0] if len(fuller) == 1 else None


def _fold_quoted_statements(events: list[Event]) -> list[Event]:
    statements = [ev for ev in events if isinstance(ev, Statement)]
    folds = {id(st): target for st in statements if (target := _quoted_in_other(st, statements)) is not None
             and _quoted_in_other(target, statements) is None}
    parts: dict[int, list[Statement]] = {}
    for st in statements:
        if id(st) in folds:
            parts.setdefault(id(folds[id(st)]), []).append(st)
    out = []
    for ev in events:
        if id(ev) in folds:
            continue
        for part in parts.get(id(ev), ()):
            ev = _merge_pair(ev, part)
        out.append(ev)
    return out


# words of a gift that name no thing of its own: "additional funding", "further military aid"
GENERIC_GIFT_WORDS = frozenset("additional further new more extra fresh funding funds fund aid assistance support financial "
                               "military humanitarian money package packages".split())


# a sentence about the package just announced: '"This package … will provide more air defense interceptors"'
THIS_PACKAGE = re.compile(r"^\W*(?:This|The|That|Today's|The latest|The new)\s+(?:[\w-]+\s+){0,3}?(?:package|tranche)\b")


def _generic(pledge: Pledge) -> bool:
    """A gift with no amount that is a sum's: no thing of its own, or the parts of the package just told."""
    # ("share of $500 million": a giver's part of a joint sum, which its own sum told elsewhere is)
    return pledge.amount is None and (all(set(i.lower().split()) <= GENERIC_GIFT_WORDS or i.startswith("share of ")
                                          for i in pledge.items)
                                      or all(THIS_PACKAGE.match(ev.text) for ev in pledge.evidence))


def _fold_generic_pledges(events: list[Event]) -> list[Event]:
    """'Japan was ready to provide additional funding … The new package will amount to around $4.5 billion': a
    gift with no amount and no thing of its own is the sum the same giver gives in the same report (the
    nearest, when there are several)."""
    sums = [ev for ev in events if isinstance(ev, Pledge) and ev.amount is not None]
    out: list[Event] = []
    folded: dict[int, Pledge] = {}
    for ev in events:
        generic = isinstance(ev, Pledge) and _generic(ev)
        same = [p for p in sums if p.donor == ev.donor and (ev.recipient in ("", p.recipient) or not p.recipient)] if generic else []
        if same:
            at = ev.evidence[0].start
            target = min(same, key=lambda p: abs(p.evidence[0].start - at))
            kept = folded.get(id(target), target)
            items = ev.items if THIS_PACKAGE.match(ev.evidence[0].text) else ()  # what the package holds
            folded[id(target)] = replace(kept, evidence=_union(kept.evidence, ev.evidence), items=_union(kept.items, items))
            continue
        out.append(ev)
    return [folded.get(id(ev), ev) for ev in out]


def merge_events(events: list[Event]) -> list[Event]:
    merged: dict[tuple, Event] = {}
    for ev in events:
        key = event_identity(ev)
        merged[key] = _merge_pair(merged[key], ev) if key in merged else ev
    # second pass: dateless meetings and strikes fold into the one dated event of the same core
    by_loose: dict[tuple, list[tuple]] = {}
    for key, ev in merged.items():
        by_loose.setdefault(_loose_key(ev), []).append(key)
    for loose, keys in by_loose.items():
        dated = [k for k in keys if getattr(merged[k], "date", "")]
        undated = [k for k in keys if not getattr(merged[k], "date", "")]
        for k in undated:
            # of several dated meetings of the same people, the one planned is the one still "to meet"
            same = [d for d in dated if len(dated) == 1 or getattr(merged[d], "status", "") == getattr(merged[k], "status", "")]
            if len(same) > 1 and getattr(merged[k], "place", ""):
                same = [d for d in same if merged[d].place == merged[k].place]  # ("US-Ukraine talks" in Florida: those in Florida)
            if len(same) == 1:
                merged[same[0]] = _merge_pair(merged[same[0]], merged.pop(k))
    # "Umerov used the meeting to push Witkoff and Kushner": a dateless meeting told as one already
    # reported, of some of the people of the one dated meeting (or of more of them), is that meeting
    for key in [k for k, ev in merged.items() if isinstance(ev, Meeting) and not ev.date and _refers_back(ev)]:
        people, place = _people(merged[key]), merged[key].place
        dated = [k for k, ev in merged.items() if isinstance(ev, Meeting) and ev.date and len(people & _people(ev)) >= 2
                 and (people <= _people(ev) or _people(ev) <= people) and place in ("", ev.place)]
        if len(dated) == 1:
            merged[dated[0]] = _merge_pair(merged[dated[0]], merged.pop(key))
    out = _fold_generic_pledges(_fold_quoted_statements(list(merged.values())))
    # after merging, a meeting's identity may have changed (new participants): re-key deterministically
    final: dict[tuple, Event] = {}
    for ev in out:
        key = event_identity(ev)
        final[key] = _merge_pair(final[key], ev) if key in final else ev
    return [final[k] for k in sorted(final, key=repr)]
