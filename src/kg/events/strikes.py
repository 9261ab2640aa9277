"""Strikes: missile, drone, artillery and air attacks by an actor on each named place."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import get_lexicon
from ..mentions import Mention, word_before
from ..models import Strike
from .context import (
    OPENING_CLAUSE, CaseBlind, CaseBlindWords, Gate, Sentence, actor_mentions, first_letter_groups, place_mentions, prev_word, qualifies_a_place,
)

__all__ = ["find_strikes", "WEAPON"]

TRIGGER_WORDS = (
    r"strike|strikes|struck|striking|attack|attacks|attacked|attacking|hit|hits|hitting|shelling|shelled|"
    r"bombard\w*|bombed|bombing|bombs|barrage|pounded|targeted|targeting|shot down|launched|fired|missile|missiles|"
    r"drones?|explosions?|blasts?|raid|raids|assault|offensive|shahed\w*|intercepts?|intercepted|under fire"
).split("|")
TRIGGER = CaseBlindWords(first_letter_groups(TRIGGER_WORDS))
WEAPON = CaseBlind(
    r"\b(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|several)\s+)?"
    r"(?:(?:ballistic|cruise|hypersonic|guided|air-launched|iskander|kinzhal|kalibr|shahed|geran|glide|"
    r"attack|strike|dummy|long-range|kamikaze)[\s-]+)*(?:missiles?|drones?|bombs?|rockets?|artillery|shells?)\b"
)
STEMS = Gate(("strik", "struck", "attack", "hit", "shell", "bomb", "barrage", "pound", "target", "shot down", "launch",
                  "fire", "missile", "drone", "explosion", "blast", "raid", "assault", "offensive", "shahed", "intercept"))
# "a drone factory", "missile production": a weapon naming what was hit, not what hit it
WEAPON_AS_TARGET = re.compile(r"\s+(?:factory|factories|plant|plants|production|workshop|depot|depots|warehouse|facility|"
                              r"facilities|storage|assembly|operators?|launch sites?)\b", re.I)
NOT_STRIKE = re.compile(
    r"\b(?:ceasefire|halt to attacks|truce|moratorium|pause|assassination|assassinate|murder|stabbing)\b"
    # "an arms package - including missiles, artillery and drones", "the production of drones": weapons given or made
    r"|\bpackages?\b|\b(?:production|purchase|procurement|manufacture|manufacturing)\s+of\b"
    # "where Moscow launched a full-scale invasion in 2022": the war, not a strike on a place
    r"|\blaunch(?:ed|es|ing)?\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}(?:invasion|war)\b"
    r"|\b(?:invasion|war)\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:was\s+|that\s+)?launched\b"  # "the invasion of the country launched on February 24"
    # "striking a minerals deal", "I was struck by their sense of responsibility": other senses of the verb
    r"|\b(?:strik(?:e|es|ing)|struck)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:deals?|agreements?|balance|chord|tone|note|nerve)\b"
    # "Zelensky attacked the proposal as a betrayal": words attacked, not a place
    r"|\battack(?:s|ed|ing)?\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:proposals?|plans?|deals?|ideas?|decisions?|remarks|comments|statements?|polic(?:y|ies)|moves?|positions?|"
    r"stances?|claims?|critics|media|press|rhetoric|report|reports|leadership|approach)\b"
    r"|\b(?:I|we)\s+(?:was|were|am|are|have been)\s+struck\b|\bstruck\s+by\s+(?:their|his|her|my|our|how|the way|the fact|the sense)\b"
    # "warned of an increased risk of Russian drone and missile attacks": an attack feared, not made
    r"|\b(?:risk|threat|danger|possibility|likelihood|fears?)\s+of\s+(?:(?:a|an|new|more|further|renewed|massive|major|Russian|Ukrainian)\s+)*"
    r"(?:[\w-]+\s+(?:and\s+)?){0,3}(?:strikes?|attacks?|missiles?|drones?|shelling|bombing)\b"
    # "Ukraine almost never publicly claims responsibility for attacks inside Russia": a habit, not an attack
    r"|\b(?:almost\s+never|never|rarely|seldom)\s+(?:\w+\s+){0,2}(?:claims?|admits?|comments?|confirms?)\b"
    # "permission to use U.S. and British missiles to strike Russian territory": an attack allowed, not made
    r"|\b(?:permission|permitted|authori[sz](?:ation|ed|es)|green\s+light|allowed|allowing|restrictions?)\s+(?:on\s+|for\s+\w+\s+)?"
    r"(?:to\s+)?(?:use|using|fire|firing|strike|striking|hit|launch)\b"
    # "would provide more than 1000 anti-air missiles to Ukraine": weapons given, not fired
    r"|\b(?:provid\w*|send|sends|sending|sent|deliver\w*|suppl(?:y|ies|ied|ying)|donat\w*|pledg\w*|give|gave|giving|rush\w*)[”\"]?\s+(?:\S+\s+){0,6}?(?:missiles?|drones?|rockets?|shells?|bombs?)\b",
    re.I,
)
# "will bolster Ukrainian efforts to strike deeper", "will allow Ukrainian forces to hit …": what weapons make possible
ABLE_TO = re.compile(r"\b(?:efforts?|abilit(?:y|ies)|capabilit(?:y|ies)|capable\s+of|able|allows?|allowing|enables?|enabling|"
                     r"help|helps|helping|designed|intended|meant)\s+(?:[\w-]+\s+){0,3}?(?:to\s+)?$", re.I)
# "Moscow's strikes on Ukrainian energy infrastructure": whose attack it is, not where it fell
OWNS_THE_ATTACK = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|missiles?|drones?|forces|troops|army|military|"
                             r"shelling|bombardment|offensive|air force|navy)\b")
# a clause of its own before the attack's: "… met Putin in Moscow … as Russia stepped up attacks in Ukraine"
OFFICE_OF = re.compile(r"\b(?:governor|mayor|head|chief|administration|authorities|officials?|council|police)\s+of\s+(?:the\s+)?$", re.I)
VISITED = re.compile(r"\b(?:visit|visits|visited|visiting|trip|travel+ed|flew|arrived|arrives)\s+(?:to|in)\s+$")
CLAUSE_BEFORE_ATTACK = re.compile(r"\b(?:while|whereas)\b|\sas\s+(?!well\b|part\b|a\b|an\b|many\b|much\b|of\b|if\b|though\b)(?:[\w’'-]+\s+){1,14}?"
                                  r"(?:stepped up|launched|continued|continues|fired|pounded|struck|attacked|shelled|bombarded)\b")
THE_CITY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:the|that)\s+(?:city|capital|town|port)\b")
ORIGIN = {"from", "over", "towards", "toward", "via", "across"}
# "fired cruise missiles at cities across Ukraine": the country is where the targets are
# (also "Ukraine pounded targets across Russia")
AT_TARGETS_ACROSS = re.compile(r"\b(?:at|on|against|pounded|struck|hit|hits|attacked|targeted|shelled|bombed)\s+(?:[\w-]+\s+){0,2}"
                               r"(?:cities|towns|villages|targets|sites|regions|areas|"
                               r"facilities|infrastructure|positions)\s+across\s+(?:the\s+)?$")
TARGETED = re.compile(r"\b(?:strikes|attacks|assaults|shelling|bombardment|barrage|raids)\s+(?:\w+\s+){0,2}(?:on|against)\s+$", re.I)
REPORTS = re.compile(r"\s+(?:(?:officials?|spokes(?:man|woman|person))\s+)?(?:also\s+)?(?:said|says|reported|reports|added|adds|stated|claimed|claims|warned|warns|detected|recorded)\b")
# "the Russian military had repelled a Ukrainian drone attack", "Ukrainian air defences shot down …": the force
# named defends, the attack is the other side's
DEFENDED = re.compile(r"[\s-]*(?:[\w-]+\s+){0,3}(?:has\s+|had\s+|have\s+)?(?:repelled|repulsed|thwarted|fended\s+off|"
                      r"intercepted|shot\s+down|downed|neutrali[sz]ed)\b", re.I)
INTERCEPT = re.compile(r"\b(?:shot down|shoot down|shooting down|intercept\w*|downed|destroyed)\b", re.I)
# "Fastiv, a town outside Kyiv": a place that only locates another
LOCATOR = re.compile(r"\b(?:outside|near|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+$", re.I)
# "Odesa, which has been badly hit by Russian drone strikes"
HIT_SINCE = re.compile(r",?\s+which\s+(?:has|had|have)\s+(?:\w+\s+)?been\s+(?:\w+\s+)?"
                       r"(?:hit|struck|targeted|shelled|attacked|pounded|bombed|bombarded)\b")


# "Ukraine says it struck …", "Russia said its forces had hit …": a state telling of its own attack
SELF_REPORTED = re.compile(r"\s*(?:says|said|claims|claimed|reports|reported)\s+(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|today\s+|"
                           r"yesterday\s+)?(?:that\s+)?(?:it|they|its\s+(?:forces|troops|army|military|"
                           r"drones|navy|air force))\s+(?:has |had |have |also |again )*(?:launched|attacked|struck|hit|fired|"
                           r"used|shelled|bombed|targeted|carried out|pounded|sent|downed|destroyed)\b")


ENEMY = {"russia": "ukraine", "ukraine": "russia"}
# '"…," he said in a joint press conference with Senator Wong in Kyiv': where the words were said
SAID_THERE = re.compile(r"\b(?:said|says|told|tells|added|spoke|speaking)\s+(?:[^.;:“”\"]{0,30}\s)?(?:in|at|during)\s+(?:a|an|the|his|her|their)\s+"
                        r"(?:[\w-]+\s+){0,3}(?:conference|briefing|interview|speech|address|meeting|summit|visit)\b[^.;:“”\"]{0,60}$")
# "Geran drones – the Russian-made version of Iranian Shahed drones that Tehran supplies to Moscow – struck …":
# what the drones are, not who sent them where
DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—]{5,200}?\s[–—-]\s")


def _dash_asides(s: Sentence) -> list[tuple[int, int]]:
    """Asides between dashes, except a list of what was hit ("hit eight regions — including Kyiv, Odesa … —")."""
    if not ("–" in s.text or "—" in s.text or " - " in s.text):
        return []
    return [m.span() for m in DASH_ASIDE.finditer(s.text) if not LISTING.match(s.text, m.start() + 3)]


LISTING = re.compile(r"\s*(?:including|such as|among them|notably)\b")


def _inside(rel: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= rel < b for a, b in spans)


def date_of(s: Sentence) -> str:
    """The day a sentence tells of: its own, else its anchor's."""
    return s.day() or s.anchor_day()


def _held_by(e, day: str) -> str:
    """The State that controls a place on `day`: the one occupying it since then ("Sevastopol" after
    February 2014: Russia), else the one it lies in; a place inside an occupied region is held as the region is."""
    if e is None:
        return ""
    place, lex = e, get_lexicon()
    for _ in range(4):  # the place, its region, the region's region …
        if place.held_by and (not day or day >= place.held_since):
            return place.held_by
        place = lex.entries.get(place.region) if place.region else None
        if place is None:
            break
    return e.state
WAS_ATTACKED = re.compile(r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:repeatedly\s+|again\s+)?"
                          r"(?:attacked|struck|hit|targeted|shelled)\b")
ATTACK_ON = re.compile(r"\b(?:attacks?|strikes?)\s+(?:on|against)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$")


# "Russia launched", "Russia regularly attacks": a state named as the one that acts
ACTS = re.compile(r"\s*(?:has |had |have |also |again |[a-z]+ly )*(?:launch|attack|strik|struck|hit|fire|fired|use|used|shell|bomb|target|"
                  r"carried out|carries out|pound|sent|send)(?:s|es|ed|ing)?\b")


def _attacker(s: Sentence, location_state: str, floor: int = 0) -> str:
    """The state or armed force that attacks, named at or after sentence offset `floor` and outside an aside
    between dashes, else the enemy of the struck place's state (or of the armed force attacked: "Russia's
    Black Sea Fleet had been attacked")."""
    asides = _dash_asides(s)
    for m in actor_mentions(s):
        e = s.entries.get(m.ref)
        if m.ref.startswith("Organization:") and e is not None and e.state in ENEMY \
                and (e.subkind == "armed-force" or ARMED_FORCE.search(e.label)) \
                and (WAS_ATTACKED.match(s.text, m.end - s.start) or ATTACK_ON.search(s.text, max(0, m.start - s.start - 30), m.start - s.start)):
            return f"State:{ENEMY[e.state]}"
    # "31 Iranian Shahed drones launched by Russia": who launched them, whoever made them
    launcher = next((m for m in actor_mentions(s) if m.ref.startswith("State:") and m.start - s.start >= floor
                     and LAUNCHED_BY.search(s.text, max(0, m.start - s.start - 30), m.start - s.start)), None)
    if launcher is not None:
        return launcher.ref
    for m in actor_mentions(s):
        if m.start - s.start < floor or _inside(m.start - s.start, asides):
            continue
        e = s.entries.get(m.ref)
        if e is None:
            continue
        if m.via == "demonym" and m.ref.startswith("State:"):
            if s.text[m.start - s.start - 1:m.start - s.start] == "-":
                continue  # "a Russian-Iranian Shahed attack": the first of the pair launched it
            if prev_word(s, m) in ("for", "against", "on", "at", "to"):
                continue  # "fuel for Russian military operations", "strikes on Russian positions": served or struck, not striking
            nxt = s.text[m.end - s.start:m.end - s.start + 40].lower()
            if re.match(r"[\s-]*(?:\w+\s+){0,2}(?:forces|troops|army|military|drones?|missiles?|rockets?|bombs?|shells?|strikes?|attacks?|shelling|air force|aircraft|bombers|artillery|offensive|assault|units)"
                        r"(?!\s+(?:personnel|servicemen|servicemembers|officers|members|base|bases|airfield)\b)", nxt) \
                    and not DEFENDED.match(s.text, m.end - s.start):  # (not the victims, nor those who fend the attack off)
                return m.ref
        if m.ref.startswith("State:") and m.via in ("name", "metonym"):
            after = s.text[m.end - s.start:m.end - s.start + 60].lower()
            if SELF_REPORTED.match(after) or ACTS.match(after):
                return m.ref
        if m.ref.startswith("Organization:") and e.state and re.search(r"forces|army|air force|navy|military", e.label, re.I) \
                and (not REPORTS.match(s.text, m.end - s.start) or SELF_REPORTED.match(s.text, m.end - s.start)) \
                and not INTERCEPT.search(s.text) and not DEFENDED.match(s.text, m.end - s.start):
            # an armed force attacking, or telling of its own attack ("The Ukrainian military said its drones had hit …");
            # not one reporting another's ("…, the military said")
            return f"State:{e.state}"
    if location_state == "ukraine":
        return "State:russia"
    if location_state == "russia":
        return "State:ukraine"
    return ""


def _triggered(text: str) -> bool:
    """Whether some strike word is used of an attack: not in 'a halt to attacks', 'striking a deal'."""
    for t in TRIGGER.finditer(text):
        if ABLE_TO.search(text, max(0, t.start() - 50), t.start()):
            continue
        if t.group(0).lower() == "raid" and WARNING_AFTER.match(text, t.end()):
            continue  # "a press conference in a bomb shelter during an air raid alert": a warning, no attack told
        if not NOT_STRIKE.search(text, max(0, t.start() - 50), min(len(text), t.end() + 40)):
            return True
    return False


WARNING_AFTER = re.compile(r"\s+(?:alerts?|sirens?|warnings?|shelters?|alarms?)\b", re.I)
# "fired 487 drones and 10 missiles at Ukrainian cities": what was launched, then at whom
LAUNCHED_AT = re.compile(r"\b(?:launched|launching|fired|firing|sent|sending|hurled)\b[^.;:]{0,80}\bat\s+$", re.I)
TARGET_NOUN = re.compile(r"\s+(?:cities|towns|villages|regions|energy|infrastructure|power|civilians|territory|positions)\b")
STRUCK_BEFORE = re.compile(r"\b(?:struck|strike|hit|hits|pounded|pound|targeted|target|attacked|attack|shelled|bombed)\s+"
                           r"(?:(?:several|many|multiple|dozens of|other|major|the)\s+)?$")
ARMED_FORCE = re.compile(r"forces|army|air force|navy|military|general staff|air defen", re.I)


def _preposition_before(s: Sentence, m: Mention) -> str:
    """The word before a place, past an article or the possessive of whoever owns it: "from Russia's Kursk
    region" and "from the Black Sea" are "from"."""
    rel = m.start - s.start
    word = word_before(s.text, rel)
    if word.endswith(("'s", "’s")) or word == "the":
        return word_before(s.text, len(s.text[:rel].rstrip()) - len(word))
    return word


def _target_states(s: Sentence) -> list:
    """'attacks on Ukrainian civilian infrastructure', 'Russian strikes on Ukraine', 'drones fired at
    Ukrainian cities', "Ukraine's military said it shot down 74 of the 117 drones", "Russian forces
    launched 120 drones overnight, Ukraine's air force said": with no place named, the state whose
    things were hit (or whose forces shot the weapons down or report the attack)."""
    out = []
    for m in actor_mentions(s):
        rel = m.start - s.start
        if m.ref.startswith("State:"):
            if prev_word(s, m) in ("on", "against") and TARGETED.search(s.text, max(0, rel - 40), rel):
                out.append(m)
            elif prev_word(s, m) == "at" and LAUNCHED_AT.search(s.text, 0, rel):
                out.append(m)
            elif m.via == "demonym" and TARGET_NOUN.match(s.text, m.end - s.start) and STRUCK_BEFORE.search(s.text, 0, rel):
                out.append(m)  # "struck several Ukrainian cities overnight"
            continue
        e = s.entries.get(m.ref)
        # the armed force that opens the sentence and intercepts, or that reports the attack ("…, Ukraine's
        # air force said"), defends its own state
        if m.ref.startswith("Organization:") and e is not None and e.state and ARMED_FORCE.search(e.label) and (
                s.text[:rel].strip(" “\"").lower() in ("", "the") and INTERCEPT.search(s.text, m.end - s.start)
                or REPORTS.match(s.text, m.end - s.start) and s.text[:rel].rstrip().endswith(",")):
            out.append(replace(m, ref=f"State:{e.state}"))
    return out


FOLLOWED = re.compile(r"\s+(?:followed|follows|came after|comes after|was preceded by)\b")
# ", in what Putin called revenge for Ukrainian attacks on a bridge to Crimea": the attacks it answers are others
# "the pressure on Moscow will increase", "sanctions on Russia": no attack lands there
PRESSURE_ON = re.compile(r"\b(?:pressure|sanctions|tariffs|talks|focus|restrictions|embargo|ban|influence|demands?|dependence|"
                         r"reliance|leverage)\s+on\s+(?:the\s+)?$", re.I)
LAUNCHED_BY = re.compile(r"\b(?:launched|fired|carried out|sent)\s+by\s+$")
CONDITIONAL = re.compile(r"\b(?:if|unless|should|in case)\s+(?:[\w’'-]+\s+){1,4}?(?:(?:were|was|is|ever|again|to)\s+)?$", re.I)
# (also when the attack came: "…, in an attack that came on the eve of Zelensky's meeting with Trump at the White House")
OTHER_CLAUSE = re.compile(r",\s+(?:as(?!\s+well\s+as\b)|while|whereas|even as)\s+|;\s+|\s(?:if|unless)\s"
                          r"|\s(?:on\s+the\s+eve\s+of|ahead\s+of|(?:hours|days|shortly|just)\s+(?:before|after))\s+(?=[^.;]{0,80}?\b(?:meeting|talks|visit|"
                          r"summit|trip|arrival|negotiations)\b)"
                          r"|,\s+(?:in\s+what\b|in\s+(?:a\s+)?(?:revenge|retaliation|response)\s+(?:for|to)\b|(?:as\s+)?(?:revenge|retaliation)\s+for\b)")
# "the head of the Donetsk OVA" (its oblast military administration): a body named after the place
BODY_OF_PLACE = re.compile(r"\s+(?:OVA|ODA|OMA|RMA|MVA|RVA|CMA)\b")
WHILE = re.compile(r",\s+(?:while|whereas)\s")
DAMAGE = re.compile(
    r"\b(?:killed|killing|injured|injuring|wounded|wounding|damaged|damaging|destroyed|caused a fire|"
    r"casualties|damage|hit|died|dead)\b",
    re.I,
)


def find_strikes(sentences: list[Sentence]) -> list[Strike]:
    out: list[Strike] = []
    last: tuple[int, str, str] | None = None  # paragraph, attacker and date of the last strike
    for s in sentences:
        follow_up = False
        if s.headline:
            continue  # a title sums up, undated, the strike its post reports
        if not s.mentions_any(STEMS) or not _triggered(s.text):
            # "Killed a civilian in Kryvyi Rih": the toll of an attack just reported, place by place
            if last is None or s.paragraph - last[0] > 3 or not DAMAGE.search(s.text):
                continue
            follow_up = True
        # "shot down 30 drones over Bryansk": where drones are intercepted is where they were sent
        origin = ORIGIN - {"over"} if INTERCEPT.search(s.text) else ORIGIN
        # "…, as Zelenskyy prepared to travel to Berlin": a clause of its own after the attack is told
        attack = TRIGGER.search(s.text, s.lower)
        if attack is not None and CONDITIONAL.search(s.text, max(0, attack.start() - 50), attack.start()) \
                and all(CONDITIONAL.search(s.text, max(0, t.start() - 50), t.start()) for t in TRIGGER.finditer(s.text, s.lower)):
            continue  # "threatening more strikes if Ukraine hits Russian territory": an attack only supposed
        aside = OTHER_CLAUSE.search(s.text, attack.end()) if attack is not None and not follow_up else None
        if aside is not None and WHILE.match(aside.group(0)):
            # "… killed five in Dnipro, while two died in attacks on Kyiv": a second attack of the same night, by the same
            # attacker when the clause names no other ("…, while Ukraine attacked Belgorod" is Ukraine's)
            again = next((t for t in TRIGGER.finditer(s.text, s.lower) if t.start() >= aside.end()), None)
            if again is not None and not any(aside.end() <= m.start - s.start < again.start() and not m.is_place
                                             for m in actor_mentions(s)):
                aside = None
        # "Ever since Ukrainian forces liberated the west bank of the Dnipro, Russia continues to launch attacks":
        # an opening clause with no attack in it names neither the attacker nor the place attacked
        opening = OPENING_CLAUSE.match(s.text)
        floor = opening.end() if opening is not None and attack is not None and attack.start() >= opening.end() else 0
        # "After Russian forces shelled Kharkiv, Ukraine struck Belgorod": the main clause's attack is its own
        main_attack = opening is not None and any(t.start() >= opening.end() for t in TRIGGER.finditer(s.text, s.lower))
        asides = _dash_asides(s)
        places = [m for m in place_mentions(s)
                  if m.start - s.start >= floor and not OWNS_THE_ATTACK.match(s.text, m.end - s.start)
                  and not VISITED.search(s.text, max(0, m.start - s.start - 25), m.start - s.start)  # "Modi's visit to Moscow"
                  # "Moscow demands that Ukraine cede the Donbas region while continuing to attack Ukrainian cities"
                  and not (attack is not None and m.end - s.start <= attack.start()
                           and CLAUSE_BEFORE_ATTACK.search(s.text, m.end - s.start, attack.end())  # (the attack's verb ends it)
                           # (but "Burns visited Kyiv as Russia attacked the city": the city is the one named)
                           and not THE_CITY_AFTER.match(s.text, attack.end()))
                  and (_preposition_before(s, m) not in origin or HIT_SINCE.match(s.text, m.end - s.start)
                       or AT_TARGETS_ACROSS.search(s.text, max(0, m.start - s.start - 40), m.start - s.start))
                  and not qualifies_a_place(s, m) and not BODY_OF_PLACE.match(s.text, m.end - s.start)
                  and not PRESSURE_ON.search(s.text, max(0, m.start - s.start - 30), m.start - s.start)
                  and not SAID_THERE.search(s.text, max(0, m.start - s.start - 120), m.start - s.start)
                  and (aside is None or m.start - s.start < aside.start())
                  and not _inside(m.start - s.start, asides)]
        if len(places) > 1:
            places = [m for m in places if not LOCATOR.search(s.text, 0, m.start - s.start)] or places
            # "the town was hit by Russian rockets, the governor of Donetsk said": his region only when no other place is named
            places = [m for m in places if not OFFICE_OF.search(s.text, max(0, m.start - s.start - 40), m.start - s.start)] or places
        if not places:
            places = [m for m in _target_states(s) if aside is None or m.start - s.start < aside.start()]
        if not places:
            # "drones launched by Russia overnight": no place yet, but the toll that follows is its
            attacker = "" if follow_up else _attacker(s, "", floor)
            if attacker:
                last = (s.paragraph, attacker, s.day())
            continue
        fine = [m for m in places if m.is_place]
        # "Okhtyrka in the Sumy region": the town is the most specific place, not its region
        regions = {s.entries[m.ref].region for m in fine if m.ref in s.entries}
        fine = [m for m in fine if m.ref not in regions] if len(fine) > 1 else fine
        targets = fine or places
        weapon = next((s.text[w.start():w.end()] for w in WEAPON.finditer(s.text, s.lower)
                       if not WEAPON_AS_TARGET.match(s.text, w.end())), "")
        seen = set()
        for m in targets:
            key = m.ref if m.is_place else m.ref.partition(":")[2]
            e = s.entries.get(m.ref)
            city = s.entry(e.region) if e is not None and e.key.endswith("-district") else None
            if city is not None and city.subkind == "city":
                # "Kyiv's Darnytskyi district", "the Shevchenkivskyi district of Kyiv": a strike on the city, where the
                # district is only the spot (a district named after a town is the place struck: "in Bucha district")
                key, e = e.region, city
            if key in seen:
                continue
            seen.add(key)
            state = _held_by(e, date_of(s)) if m.is_place else key
            in_main = main_attack and m.start - s.start >= opening.end()
            attacker = last[1] if follow_up else _attacker(s, state, opening.end() if in_main else floor)
            if not attacker and not state and last is not None and s.paragraph - last[0] <= 6 and getattr(e, "subkind", "") != "sea":
                # "an attack against the village of Sadove", a place the gazetteer cannot put in a state (within
                # three paragraphs: paragraph numbers count the blank lines between them; a sea is no such place)
                attacker = last[1]
            if not attacker or attacker.partition(":")[2] == key:
                continue
            # (not the day of what an aside tells: "…, in response to Saturday's explosion at the bridge")
            date = next((d.value for d in s.dates if d.is_day and (aside is None or d.start < aside.start())), "") \
                or (last[2] if follow_up else "")
            if FOLLOWED.match(s.text, m.end - s.start):
                # "The attack on Sumy followed a strike on Kryvyi Rih on April 4": that day is the other strike's
                date = next((d.value for d in s.dates if d.is_day and d.end <= m.start - s.start), "")
            rule = "strike.toll" if follow_up else "strike.trigger"
            out.append(Strike(attacker, key, (s.evidence(rule),), date=date, weapon=weapon))
            last = (s.paragraph, attacker, date)
    return out
