"""Strikes: missile, drone, artillery and air attacks by an actor on each named place."""

from __future__ import annotations

import re

from ..models import Strike
from .context import Sentence, actor_mentions, place_mentions, prev_word

__all__ = ["find_strikes", "WEAPON"]

TRIGGER = re.compile(
    r"\b(?:strike|strikes|struck|striking|attack|attacks|attacked|attacking|hit|hits|hitting|shelling|shelled|"
    r"bombard\w*|bombed|bombing|barrage|pounded|targeted|targeting|shot down|launched|fired|missile|missiles|"
    r"drones?|explosions?|blasts?|raid|raids|assault|offensive|shahed\w*)\b",
    re.I,
)
WEAPON = re.compile(
    r"\b(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|several)\s+)?"
    r"(?:(?:ballistic|cruise|hypersonic|guided|air-launched|iskander|kinzhal|kalibr|shahed|geran|glide|"
    r"attack|strike|dummy|long-range|kamikaze)[\s-]+)*(?:missiles?|drones?|bombs?|rockets?|artillery|shells?)\b",
    re.I,
)
NOT_STRIKE = re.compile(r"\b(?:ceasefire|halt to attacks|truce|moratorium|pause)\b", re.I)
ORIGIN = {"from", "over", "towards", "toward", "via", "across"}


def _attacker(s: Sentence, location_state: str) -> str:
    for m in actor_mentions(s):
        e = s.entries.get(m.ref)
        if e is None:
            continue
        if m.via == "demonym" and m.ref.startswith("State:"):
            nxt = s.text[m.end - s.start:m.end - s.start + 40].lower()
            if re.match(r"\s*(?:\w+\s+){0,2}(?:forces|troops|army|military|drones?|missiles?|strikes?|attacks?|shelling|air force|aircraft|bombers|artillery|offensive|assault|units)", nxt):
                return m.ref
        if m.ref.startswith("State:") and m.via in ("name", "metonym"):
            after = s.text[m.end - s.start:m.end - s.start + 60].lower()
            if re.match(r"\s*(?:has |had |have |also |again |reportedly )*(?:launched|attacked|struck|hit|fired|used|shelled|bombed|targeted|carried out|pounded|sent)", after):
                return m.ref
        if m.ref.startswith("Organization:") and e.state and re.search(r"forces|army|air force|navy|military", e.label, re.I):
            return f"State:{e.state}"
    if location_state == "ukraine":
        return "State:russia"
    if location_state == "russia":
        return "State:ukraine"
    return ""


def find_strikes(sentences: list[Sentence]) -> list[Strike]:
    out: list[Strike] = []
    for s in sentences:
        if not TRIGGER.search(s.text) or NOT_STRIKE.search(s.text):
            continue
        places = [m for m in place_mentions(s) if prev_word(s, m) not in ORIGIN]
        if not places:
            continue
        fine = [m for m in places if m.is_place]
        targets = fine or places
        weapon = WEAPON.search(s.text)
        seen = set()
        for m in targets:
            key = m.ref if m.is_place else m.ref.partition(":")[2]
            if key in seen:
                continue
            seen.add(key)
            e = s.entries.get(m.ref)
            state = (e.state if e and m.is_place else key) if e else ""
            attacker = _attacker(s, state)
            if not attacker or attacker.partition(":")[2] == key:
                continue
            out.append(Strike(attacker, key, (s.evidence("strike.trigger"),), date=s.day(), weapon=weapon.group(0) if weapon else ""))
    return out
