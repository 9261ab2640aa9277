"""Pledges: commitments of money, weapons or other support by a donor to a recipient."""

from __future__ import annotations

import re

from ..lexicon import get_lexicon
from ..models import Pledge
from ..money import find_money
from ..nlp import quotations
from .context import (
    CaseBlind, CaseBlindWords, Gate, Sentence, actor_mentions, first_letter_groups, main_subject, modifier_of_person, possessive_owner,
    prev_word, subject_before,
)

__all__ = ["find_pledges"]

TRIGGER_WORDS = (
    r"pledg\w*|commit\w*|package|packages|provid\w*|allocat\w*|announc\w*|send|sends|sending|sent|"
    r"donat\w*|contribut\w*|earmark\w*|grant\w*|deliver\w*|supply|supplies|supplied|supplying|funding|aid|"
    r"assistance|transfer\w*|will give|gave|gift\w*|hand\w* over|dispatch\w*|approv\w*|promised|promises|lend|lends|lent|loan|loans|fund|funds|funded|receiv\w*"
).split("|")
TRIGGER = CaseBlindWords(first_letter_groups(TRIGGER_WORDS))
NO_AMOUNT_TRIGGER = CaseBlind(
    r"\b(?:pledged|pledges|pledging|promised|promises|vowed|vows|will (?:jointly |also )?fund|to fund|is funding|are funding|funded|will provide|to provide|is providing|are providing|was providing|has provided|have provided|"
    r"provided|is sending|are sending|will send|sent|delivered|will deliver|supplied|will supply|donated|committed|"
    r"to donate|will donate|to send|to provide|to supply|to give|to gift|will gift|gifted|dispatched|will dispatch|to dispatch|is dispatching|continue providing|continue to provide|keep providing|"
    r"(?:the )?(?:recent )?deliver(?:y|ies) of|(?:the )?suppl(?:y|ies) of|(?:the )?provision of|"
    r"(?:is|are|was|were) still (?:providing|sending|supplying|delivering)|"
    # "would provide", "will begin delivering", "would continue providing"
    # ('will "rush" Patriot missiles to Ukraine': the verb in quotation marks)
    r"(?:will|would|shall)\s+(?:also\s+|soon\s+|now\s+)?[“\"]?(?:provide|send|deliver|supply|donate|give|rush)|rushed|is rushing|"
    # "will … resume security assistance to Ukraine"
    r"(?:and|will|would|to)\s+(?:immediately\s+)?resume|"
    r"(?:begin|begins|began|start|starts|started|continue|continues|continued)\s+(?:providing|delivering|sending|supplying))\b"
    # (a comma or stop between digits is part of a number: "100,000 drones")
    r"[”\"]?\s+(?P<obj>(?:further |more |additional |new |its |their )?(?:[\w\-/ ’']|(?<=\d)[,.](?=\d)){3,90}?)"
    # (what describes the thing given is not part of it: "a radar system capable of detecting artillery",
    # "heavy weapons including howitzers", whose parts _components reads)
    r"(?:\s+(?:to|for|but|while|which|though|although)\s+|\s+(?:capable|designed|intended|aimed|worth|that|including)\b"
    r"|\s+(?:over|by|until|within)\s+(?:the\s+)?(?:next|coming|end|\d)"  # "30 F-16 jets over the next four years"
    r"|(?<!\d)[,.;]|[,.;](?!\d)|$)"
)
# "promised to provide an air defence system at a cost of $406 million": what a gift costs is its sum
COST_OF = re.compile(r"\bat\s+a\s+(?:total\s+)?cost\s+of\s+(?:about\s+|around\s+|some\s+)?$")
# the stems of the verbs of giving
GIVING_STEMS = r"contribut|provid|send|sent|giv|gave|donat|pledg|allocat|deliver|suppl"
GIVES_IN = re.compile(rf"\b(?:{GIVING_STEMS}|promis)\w*", re.I)
YEAR = re.compile(r"(?:19|20)\d\d(?:[-–/]\d{2,4})?")  # "$150m in 2023": when, not what
AND_THEN_GIVES = re.compile(r"\band\s+(?:has\s+|have\s+|had\s+|also\s+)*$")  # "… joined sanctions and provided …"
# a clause, not a thing, after the trigger: "wins security pledges but NATO membership remains elusive"
NOT_A_THING = re.compile(r"(?:but|and|or|yet|so|while|although|though|because|as|after|before|if|when|since|that)\b"
                         # "the HIMARS Washington has previously sent are still accounted for": the verb of a clause
                         # whose object stood before the giver
                         r"|(?:are|is|was|were|have|has|had|will|would|remain|remains|remained)\b"
                         # "Russia has sent a clear signal", "sent a note": words, not a gift
                         r"|(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:signals?|messages?|notes?|letters?|warnings?|invitations?|"
                         r"condolences|greetings|congratulations|delegations?|envoys?|representatives?|officials?|diplomats?|"
                         r"observers?|ministers?)\b"
                         # "using the means to fund this war": no gift to anyone
                         r"|(?:the\s+|this\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:war|invasion|aggression|offensive|terror|military machine)\b"
                         r"|(?:[\w-]+\s+){0,2}troops\s+(?:into|to\s+fight|across)\b"  # "sent troops into Ukraine": an invasion
                         # "pledged Turkey's readiness to host a summit": a stance, not a gift
                         r"|(?:[\w’'-]+\s+){0,2}(?:readiness|willingness|intention|determination|resolve|solidarity|sympathy|"
                         r"cooperation|partnership|friendship)\b"
                         r"|to\s+(?:[A-Z][\w’'-]*\s*)+$")  # "seven Patriot systems were pledged to Ukraine": no thing after
# "will deliver to Ukraine an air defence system": the recipient named before what it is given
RECIPIENT_FIRST = re.compile(r"^to\s+(?:[A-Z][\w’'-]*\s+){1,3}(?=[a-z\d])")
STEMS = Gate(("pledg", "promis", "lend", "lent", "loan", "fund", "commit", "package", "provid", "allocat", "announc", "send", "sent", "donat", "contribut",
                  "earmark", "grant", "deliver", "suppl", "funding", "aid", "assistance", "transfer", "give", "gave", "approv", "receiv",
                  "gift", "hand", "dispatch"))
# a name before what is given: "send Kyiv more air defence", "give Ukraine 100,000 drones"
GIVEN_TO = re.compile(r"^[A-Z][\w’'-]*\s+(?=\d|(?:more|further|additional|new|another|a|an|the|its|their|two|three|four|five|six|"
                      r"seven|eight|nine|ten|dozens|hundreds|thousands)\s)")
IT_GIVES = re.compile(r"\s+(?:that\s+)?(it|we|they|(?:his|her) country)\s+(?!\w+\s+(?:be|been)\b)")
THANKS = re.compile(r"\s+(?:also\s+|has\s+)?thank(?:ed|s)\s+[^.;]{1,60}?\s+for\s+(?:[\w$£€.,-]+\s+){0,6}?"
                    r"(?:aid|package|support|assistance|help|weapons|funding|contribution|donation|pledge|loan|equipment|"
                    r"missiles|drones|jets|tanks|systems)\b")
UKRAINE_WORD = re.compile(r"\bUkrain")
FROM = re.compile(r"\bfrom\s+")
BOUGHT = re.compile(r"\b(?:sourced|bought|purchased|procured|imported|acquired|ordered)\s+$")
OPPOSED = re.compile(r"\b(?:resistance|opposition|objections?|vetoe?s?|criticism|pushback|resisted|opposed|blocked)\s+$")
AS_PART_OF = re.compile(r"\b(?:as\s+(?:a\s+|its\s+|their\s+)?part|as\s+(?:its|their|the\s+\w+['’]s)\s+share)\s+of\b")
FUNDING_STEMS = Gate(("fund", "money", "contribut", "donat"))

# goods sold or shipped to markets, not given
TRADE = re.compile(r"\b(?:exports?|exported|exporting|imports?|imported|(?:international|world|global) markets?|sell|sells|sold|selling|"
                   r"sales? of|trade in)\b", re.I)
PART_OF = re.compile(r"\bpart of (?:a|an|the)\s+(?:broader|larger|wider|bigger|overall|total|wider-ranging)\s+$", re.I)
PACKAGE_AMOUNTS = re.compile(r"\b(?:package|tranche)\b[^.;]{0,30}?(?:,\s+which\s+)?(?:will\s+|would\s+)?$")
AGREEMENT_WITH = re.compile(r"\b(?:loan|grant|credit|financing|aid)\s+(?:agreement|deal|accord)\s+with\s+(?:the\s+)?$")
# (also "the EU's proposal to allocate up to €40 billion": a proposal, not yet a commitment)
# (but "300 million kroner to be spent on reconstruction" tells what a gift is for)
NOT_PLEDGE = re.compile(r"\b(?:will go to|goes to|went to|to go to|(?<!to be )spent|spend|spends|spending on|budget of|% of|per cent of|GDP|cost|costs|"
                        r"worth of|profits?|revenue|sanctions|amounts? to|amounting to|proposals?\s+to\s+\w+|proposed)\b", re.I)
EACH = re.compile(r"\s+(?:each|apiece)\b")  # "will give $50 million each": the sum is every giver's
GIVES_BEFORE = re.compile(rf"\b(?:{GIVING_STEMS})\w*\s+(?:\w+\s+){{0,3}}$", re.I)
ITEM_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:worth of|in|of|for|on|to be (?:spent|used) (?:on|for))\s+(?P<item>[^,.;:()]{3,80})")


WITH_GIVING = re.compile(r"\s+(?:also\s+)?(?:contribut|provid|pay|paying|fund|giv|pledg|send|supply|supplie|allocat)\w*\s+$")
# a bare "$" given by a state that counts in its own dollars: "Canada is committing another $500 million"
DOLLAR_OF = {"State:canada": "CAD", "State:australia": "AUD", "State:new-zealand": "NZD"}
# "$500 million", "500 million dollars": dollars of no country named (not "US dollars", "Canadian dollars")
BARE_DOLLARS = re.compile(r"\$.*|.*(?:\d\s?(?:bn|mn|m|b|k)?|thousand|million|billion|trillion)[\s-]+dollars?", re.I)
KRONE_OF = {"State:denmark": "DKK", "State:norway": "NOK"}  # "Denmark has pledged an additional 300 million kroner"
# a relative clause whose verb gives: its antecedent, right before "that" or ", which", is the giver
RELATIVE_GIVER = re.compile(r",?\s+(?:that|which|who)\s+(?:has\s+|have\s+|will\s+|would\s+|also\s+)*"
                            r"(?:pledg|commit|allocat|provid|promis|send|sent|donat|contribut|earmark|grant|deliver|suppl|give|gave|fund)\w*"
                            r"\s+(?:[^,;.]{0,40}\s)?$")


def _donor(s: Sentence, at: int, recipient: str, nearest_only: bool = False) -> str:
    """The giver: a passive agent ("provided by the UK"), 'from X', or the subject before the trigger or
    amount (a possessive counts: "the UK's £4.5bn") — within the reported clause when someone reports it.

    With `nearest_only`, only the closest actor before `at` may be the giver: "it's up to Europe to
    provide" names no giver if that actor is an object.
    """
    mentions = actor_mentions(s)
    rel = RELATIVE_GIVER.search(s.text, 0, at)
    if rel is not None:
        # "an agreement with Spain that allocates €1bn", "Belgium, which pledged …": the clause's antecedent gives
        giver = next((m for m in mentions if m.end - s.start == rel.start()), None)
        if giver is not None and giver.ref != recipient:
            return _as_donor(s, giver.ref)
    # "… from Spain, with Germany contributing €1 million to the repair": the absolute clause's subject gives
    giving = WITH_GIVING.search(s.text, max(0, at - 40), at)
    giver = next((m for m in mentions if giving is not None and m.end - s.start == giving.start()
                  and prev_word(s, m) == "with"), None)
    if giver is not None and giver.ref != recipient:
        return _as_donor(s, giver.ref)
    # "Ukraine has inked a 13 billion yen loan agreement with Japan": the other party of a loan or aid agreement lends
    for m in mentions:
        if m.ref != recipient and AGREEMENT_WITH.search(s.text, max(0, m.start - s.start - 50), m.start - s.start):
            return _as_donor(s, m.ref)
    agent = PASSIVE_AGENT.search(s.text)
    if agent:
        for m in mentions:
            # "by UK", "by the UK", "by Prime Minister Justin Trudeau"
            if m.start - s.start in (agent.end(), agent.end() + 4) or OFFICE_THEN.fullmatch(s.text, agent.end(), m.start - s.start):
                return _as_donor(s, m.ref)
    m_from = FROM.search(s.text)
    if m_from is not None and AS_PART_OF.search(s.text, at, m_from.start()):
        m_from = None  # "€35bn as part of the bloc's share in a larger loan from the G7": the whole's giver, not this sum's
    if m_from is not None and BOUGHT.search(s.text, max(0, m_from.start() - 20), m_from.start()):
        m_from = None  # "a $500 million weapons package sourced from the US": where the arms come from, not who pays
    if m_from is not None and OPPOSED.search(s.text, max(0, m_from.start() - 30), m_from.start()):
        m_from = None  # "an aid plan for Ukraine, which had previously met resistance from Hungary": who blocks, not who gives
    for m in mentions:
        # (an adjective after "from" names whom the gift guards against: "shielding a city from Russian air raids")
        if m_from and m.start - s.start in (m_from.end(), m_from.end() + 4) and m.via != "demonym" \
                and s.text[m_from.end():m.start - s.start] in ("", "the "):  # "from Spain", "from the EU"
            return _as_donor(s, m.ref)
    report = [r for r in REPORTING_VERB.finditer(s.text, 0, at)]
    floor = report[-1].end() if report else 0
    before = [m for m in mentions if floor <= m.start - s.start < at and m.ref != recipient]
    pronoun = IT_GIVES.match(s.text, floor) if report and not before else None
    if pronoun is not None:
        # "The Pentagon said it would send …", "Zelensky said we will …": the one who reports the gift gives it
        reporter = subject_before(s, report[-1].start())
        if reporter is not None and reporter.ref != recipient and (pronoun.group(1) in ("we", "his country", "her country")
                                                                   or not reporter.ref.startswith("Person:")):
            return _as_donor(s, reporter.ref)
        return ""
    for m in reversed(before):
        if RECEIVES.search(s.text, m.end - s.start, at):
            continue  # "The ICRC and the UNHCR will receive €2 million each": who receives gives nothing
        if (m.via == "demonym" or possessive_owner(s, m)) and AN_INVASION.match(s.text, m.end - s.start):
            continue  # "since the start of the full-scale Russian invasion", "resistance to Russia's invasion": no giver
        if COUNT_ON.search(s.text, 0, m.start - s.start):
            return _as_donor(s, m.ref)  # "Ukraine could count on the UK to continue to support it"
        if prev_word(s, m) in {"to", "for", "with", "against", "on", "of", "about"} and not possessive_owner(s, m):
            if nearest_only:
                return ""
            continue
        return _as_donor(s, m.ref)
    return ""


def _coordinated(s: Sentence, donor: str) -> list[str]:
    """'The Netherlands, Denmark and Norway have announced …': each state of the subject list gives."""
    mentions = [m for m in actor_mentions(s) if m.ref.startswith("State:")]
    idx = next((i for i, m in enumerate(mentions) if m.ref == donor), None)
    if idx is None:
        return [donor]
    group = [mentions[idx]]
    for prev in reversed(mentions[:idx]):
        gap = s.text[prev.end - s.start:group[0].start - s.start]
        if not re.fullmatch(r",\s*|,?\s+(?:and|or)\s+(?:the\s+)?", gap):
            break
        group.insert(0, prev)
    return list(dict.fromkeys(m.ref for m in group))


RECEIVES = re.compile(r"\b(?:receive|receives|received|receiving)\b")
# (also "since the Russians invaded", "high-value Russian targets": the enemy, named in passing)
AN_INVASION = re.compile(r"(?:['’]s)?\s+(?:full-scale\s+)?(?:invasion|war|aggression|attacks?|offensive|occupation|forces|troops|strikes?|"
                         r"invaded|attacked|targets|positions)\b")
COUNT_ON = re.compile(r"\b(?:count|counts|counting|rely|relies|relying|depend|depends|depending)\s+on\s+(?:the\s+)?$")
OFFICE_THEN = re.compile(r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}")  # "Prime Minister " before a name
PASSIVE_AGENT = re.compile(r"\b(?:provided|pledged|given|allocated|committed|sent|supplied|funded|donated|delivered) by ")
ANNOUNCED_THAT = re.compile(r"announc\w*\s+(?:\w+\s+){0,3}?that\b", re.I)
# ("Healey confirmed that allies had pledged £35bn": allies give, not the one who confirms it)
REPORTING_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|according to|stated|"
                            r"(?:announced|confirmed|confirms|revealed|noted|stressed)\s+(?:\w+\s+){0,3}?that)\b")
# "This Presidential Drawdown Authority package, valued at $425 million, …": a sentence that opens on the package
WHEN_AFTER = re.compile(r"\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|overnight|earlier|later|last)\b")
CLOSES = re.compile(r"(?:,|,[”\"]|[”\"],)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}$")  # (', Spanish Prime Minister Pedro Sánchez said')
CLOSING_VERB = re.compile(r"\s+(?:said|says|added|adds)\W*$")
THIS_PACKAGE = re.compile(r"^\W*(?:This|That|Today's)\s+(?:[\w-]+\s+){0,4}(?:package|tranche)\b")
NEGATED = re.compile(r"\b(?:not|no longer|never|cannot|can't|won't|refused to|declined to|unable|failed|fails"
                     r"|rejected\s+(?:a\s+|the\s+)?(?:request|call|proposal|plea)s?"  # "rejected a request to donate …"
                     # "prevented from blocking vital supplies of Ukrainian grain": supplies stopped, not given
                     r"|block|blocks|blocked|blocking|halt|halted|halting|cut off|cutting off|disrupt\w*)\b", re.I)
STATE_ORGANS = {"ministry", "armed-force", "government-office", "government"}
PLEDGE_NOUN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:commitment|package|aid|assistance|support|contribution|pledge|funding)\b")


def _noun_owner(s: Sentence, recipient: str) -> str:
    """'the unwavering U.S. commitment', "Germany's aid package": the actor that owns the pledge noun."""
    for m in actor_mentions(s):
        if m.ref != recipient and PLEDGE_NOUN.match(s.text, m.end - s.start):
            return _as_donor(s, m.ref)
    return ""


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` starts: after the last comma, dash or semicolon before it."""
    cut = max(text.rfind(c, 0, at) for c in (",", ";", " - ", " – ", ":"))
    return max(cut, 0)


def _named_before(s: Sentence, ref: str, at: int) -> bool:
    """Whether the actor (or one serving it) is named before sentence offset `at`."""
    return any(m.start - s.start < at and (m.ref == ref or _as_donor(s, m.ref) == ref) for m in actor_mentions(s))


def _trigger_end(s: Sentence) -> int:
    """Where the first pledge word ends: "the U.S. commitment" names its giver just before it."""
    # (not a report of the gift: "Healey announced on Friday that Ukraine's allies have pledged …")
    m = next((t for t in TRIGGER.finditer(s.text) if not ANNOUNCED_THAT.match(s.text, t.start())), None)
    return m.end() if m else len(s.text)


def _organ_of(s: Sentence, donor: str, recipient: str) -> bool:
    """Whether the giver is a body of the receiving state ("draining NBU reserves by $3 billion"): no aid to it."""
    e = s.entry(donor)
    return e is not None and e.kind == "Organization" and bool(e.state) and recipient == f"State:{e.state}"


def _as_donor(s: Sentence, ref: str) -> str:
    """A minister, a ministry or an armed force pledges on behalf of the state it serves; the head of an
    organisation ("European Commission President Ursula von der Leyen announced a €1.5bn loan") on
    behalf of the organisation."""
    e = s.entries.get(ref)
    if e is not None and e.kind == "Person" and s.anchor is not None:
        entries = get_lexicon().entries
        for role in e.roles:
            if f"Organization:{role.of}" in entries and role.active_on(s.anchor.date()):
                return f"Organization:{role.of}"
    if e is not None and e.state and (e.kind == "Person" or e.subkind in STATE_ORGANS):
        return f"State:{e.state}"
    return APPROVES_FOR.get(ref, ref)


# a body that votes a union's money through, whose gift is the union's ("the European Parliament completed the
# political process of a 5 billion-euro loan to Ukraine")
APPROVES_FOR = {"Organization:european-parliament": "Organization:eu"}


def _closing_speaker(s: Sentence, after: int, recipient: str) -> str:
    """'Work was underway to provide further equipment …, the Prime Minister added': with no giver named
    before the gift, the state of the one whose words the sentence closes on, when nobody else is named."""
    # ("…, Spanish Prime Minister Pedro Sánchez said": the state that only qualifies the speaker is no one else named)
    others = [x for x in actor_mentions(s) if x.ref != recipient and not modifier_of_person(s, x)]
    actors = [x for x in others if x.start - s.start >= after]
    if len(actors) != 1 or len(others) != 1:
        return ""
    m = actors[0]
    if not (CLOSES.search(s.text, 0, m.start - s.start) and CLOSING_VERB.match(s.text, m.end - s.start)):
        return ""
    return _as_donor(s, m.ref)


def _recipient(s: Sentence) -> str:
    for m in actor_mentions(s):
        if m.ref == "State:ukraine":
            return m.ref
    if UKRAINE_WORD.search(s.text):
        return "State:ukraine"
    # "Zelenskyy thanked Denmark for a new package": the one who thanks receives, for the state he serves
    for m in actor_mentions(s):
        e = s.entries.get(m.ref)
        if THANKS.match(s.text, m.end - s.start) and e is not None:
            return f"State:{e.state}" if e.state and e.kind != "State" else m.ref
    # "missiles to Kyiv": the capital a gift goes to stands for its state
    metonyms = get_lexicon().metonyms
    for m in s.mentions:
        if m.is_place and m.text in metonyms and prev_word(s, m) in ("to", "for"):
            return metonyms[m.text]
    return ""


def _is_mention(s: Sentence, mentions, at: int, words: str) -> bool:
    """Whether `words` at sentence offset `at` are exactly one of `mentions`: whom, not what is given."""
    return any(x.start - s.start == at and x.end - s.start == at + len(words) for x in mentions)


def _item(s: Sentence, end: int) -> str:
    m = ITEM_AFTER.match(s.text[end:])
    if not m:
        return ""
    item = re.split(r"\b(?:to|for|until|by|from|this|next|which|that|and will|as|among|aimed)\b|\s+and\s+(?=[\d$€£¥]|(?:one|two|three|four|five)\s)",
                    m.group("item"))[0]  # (not "military aid and 400 million euros for reconstruction": another sum)
    # "military aid on Thursday", "worth SEK 13.5 billion on Thursday": the day is not the item
    item = WHEN_AFTER.split(f" {item}", maxsplit=1)[0].strip()
    if item.split(" ", 1)[0].lower() in ("over", "in", "at", "on", "within", "during", "after", "before") or YEAR.fullmatch(item):
        return ""  # "will be sent over the medium- and long-term", "$150m in 2023": when or how, not what
    at = end + m.start("item")
    if _is_mention(s, s.mentions, at, item):
        return ""  # "a loan of €140bn for Ukraine": whom it is for, not what
    return item


# "humanitarian aid worth 1 million US dollars", "generators worth 2.4 million euros": the thing valued, before the sum
WORTH_BEFORE = re.compile(r"(?<![\w-])(?P<item>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+worth\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|up\s+to)\s+)?$")
ITEM_STOP = re.compile(r"(?:with|of|the|a|an|and|to|in|for|its|their|his|her|over|out|up|more|further|additional|new|it|this|that|"
                       r"is|are|was|were|be|been|has|have|had|will|would|shall|can|could|may|might|must|should|"
                       rf"(?:{GIVING_STEMS}|hand|promis|approv|announc|unveil|earmark|commit|ship|transfer)\w*)$")


def _item_before(s: Sentence, start: int) -> str:
    """The thing a sum values, named right before it: "generators worth 2.4 million euros"."""
    m = WORTH_BEFORE.search(s.text, max(0, start - 60), start)
    if m is None:
        return ""
    words = m.group("item").split()
    while words and ITEM_STOP.fullmatch(words[0]):
        words.pop(0)
    return " ".join(words)


GENERIC_ITEM = re.compile(r"(?:the\s+)?(?:equipment|funds|funding|money|means|components|parts|materiel)", re.I)
WHAT_FOR = re.compile(r"for\s+(?:[\w-]+\s+){0,7}?[\w-]+(?=\s*(?:[,.;]|$|\s(?:to|by|in|on|from|which|that)\b))")
INCLUDING = re.compile(r"^,?\s+(?:including|includ\w+|such as)\s+(?P<list>[^.;:()]{3,200})")


def _components(rest: str) -> tuple[str, ...]:
    """', including another 1,000 surface-to-air missiles and more than 25,000 winter kits': the
    package's parts, which are items of the one pledge."""
    m = INCLUDING.match(rest)
    if m is None:
        return ()
    parts = re.split(r",(?!\d{3})\s*(?:and\s+)?|\s+and\s+", m.group("list"))  # not "1,000"
    return tuple(p.strip() for p in parts if 1 <= len(p.split()) <= 10)


# "Germany-provided Leopard tanks": the adjective names the giver
SUPPLIED_BY = re.compile(r"(?P<donor>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-(?:provided|supplied|donated|funded)\s+(?P<item>(?:[\w-]+\s){0,3}?[\w-]+?s)\b")


def _supplied_by(s: Sentence, recipient: str) -> list[Pledge]:
    out = []
    for m in SUPPLIED_BY.finditer(s.text):
        donor = next((x.ref for x in actor_mentions(s) if x.start - s.start == m.start("donor")
                      and x.ref.startswith("State:")), "")
        if donor and donor != recipient:
            out.append(Pledge(donor, (s.evidence("pledge.supplied-by"),), recipient=recipient, items=(m.group("item"),)))
    return out


# "Latvia's new military aid package, which includes ammunition, howitzers …": the package its owner gives
OWN_PACKAGE = re.compile(r"['’]s\s+(?:new\s+|latest\s+|next\s+|first\s+|\w+th\s+)?(?:[\w-]+\s+){0,3}?package,?\s+(?:which\s+|that\s+)?"
                         r"(?:includes|included|will\s+include|contains|comprises|consists\s+of)\s+(?P<list>[^.;:]{3,300})")
# "Iohannis pledged to support Ukraine militarily": support of the kind the adverb says
PLEDGED_SUPPORT = re.compile(r"\b(?:pledged|pledges|promised|promises|vowed|vows|committed)\s+to\s+(?:continue\s+(?:to\s+)?)?"
                             r"support(?:ing)?\s+(?:Ukraine|Kyiv|Kiev|it)\s+(?P<how>militarily|financially|economically|"
                             r"militarily\s+and\s+financially|financially\s+and\s+militarily)\b")
HOW_SUPPORT = {"militarily": "military support", "financially": "financial support", "economically": "economic support"}


DEMONYM_PACKAGE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:(?:new|fresh|further|additional|latest|\w+(?:st|nd|rd|th))\s+)*"
                             r"(?P<owner>[A-Z][\w-]+)\s+(?:(?:military|security|defen[cs]e|humanitarian|financial|aid|support|"
                             r"assistance|weapons|arms|winter|energy)\s+){0,3}package\b")
GIVEN_PACKAGE = re.compile(r"\b(?:announc|unveil|approv|prepar|send|sent|pledg|provid|deliver|present)\w*\s+(?:\w+\s+){0,2}$", re.I)


def _package_and_support(s: Sentence, recipient: str) -> list[Pledge]:
    """A package its owner is said to give, told by what it includes; support pledged by its kind."""
    out = []
    for m in OWN_PACKAGE.finditer(s.text) if "package" in s.text else ():
        owner = next((x for x in actor_mentions(s) if x.end - s.start == m.start() and x.ref.startswith(("State:", "Organization:"))), None)
        parts = tuple(p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list")) if 1 <= len(p.split()) <= 8)
        if owner is not None and owner.ref != recipient and parts:
            out.append(Pledge(owner.ref, (s.evidence("pledge.package-includes"),), recipient=recipient, items=parts))
    for m in DEMONYM_PACKAGE.finditer(s.text) if "package" in s.text else ():
        # "to announce a new Italian military aid package for Ukraine": the package of the state its adjective names
        owner = next((x for x in actor_mentions(s) if x.start - s.start == m.start("owner") and x.via == "demonym"), None)
        if owner is not None and owner.ref != recipient and GIVEN_PACKAGE.search(s.text, max(0, m.start() - 40), m.start()):
            item = s.text[m.start("owner"):m.end()]
            rest = re.sub(r"^\s+(?:for|to)\s+(?:[A-Z][\w’'-]*\s*)+", "", s.text[m.end():])  # ("… for Ukraine, including …")
            out.append(Pledge(owner.ref, (s.evidence("pledge.package"),), recipient=recipient, items=(item, *_components(rest))))
    for m in PLEDGED_SUPPORT.finditer(s.text) if "support" in s.text else ():
        who = subject_before(s, m.start())
        donor = _as_donor(s, who.ref) if who is not None else ""
        if donor.startswith(("State:", "Organization:")) and donor != "State:ukraine":
            how = m.group("how").split()
            items = tuple(HOW_SUPPORT[w] for w in how if w in HOW_SUPPORT)
            out.append(Pledge(donor, (s.evidence("pledge.support"),), recipient="State:ukraine", items=items))
    return out


# "…, with extra funding from Norway via the fund": a second giver, of no stated sum
FUNDING_FROM = re.compile(r"\b(?P<item>(?:(?:extra|additional|further|more|new)\s+)?(?:funding|funds|money|contributions?|donations?))"
                          r"\s+from\s+$")


def _funding_from(s: Sentence, recipient: str) -> list[Pledge]:
    """A state that more funding comes from, given alongside a pledge: its own pledge."""
    out = []
    for m in actor_mentions(s):
        if not m.ref.startswith("State:") or m.ref == recipient:
            continue
        rel = m.start - s.start
        f = FUNDING_FROM.search(s.text, max(0, rel - 40), rel)
        if f is not None:
            rest = re.match(r"\s+(?P<via>via [^,.;:–()]{3,80}?)(?=\s+[–-]\s|[,.;:–()]|$)", s.text[m.end - s.start:])
            item = f.group("item") + (f" {rest.group('via').strip()}" if rest else "")
            out.append(Pledge(m.ref, (s.evidence("pledge.funding-from"),), recipient=recipient, items=(item,)))
    return out


def _giver_before(sentences: list[Sentence], i: int) -> str:
    """The state or organisation named first in the last sentence about giving before sentence `i`, within
    two paragraphs: who gives the package a sentence opens on."""
    for before in reversed(sentences[max(0, i - 8):i]):
        if sentences[i].paragraph - before.paragraph > 2:
            break
        if before.mentions_any(STEMS):
            named = [m.ref for m in actor_mentions(before) if m.ref.startswith(("State:", "Organization:"))
                     and m.ref != "State:ukraine"]
            if named:
                return _as_donor(before, named[0])
    return ""


# "Lithuania continues to increase its support … The country recently handed over generators worth 2.4 million euros"
THE_COUNTRY = re.compile(r"^\W*The\s+(?:country|kingdom|republic)\s+(?:(?:has|have|had|will|would|also|recently|now|already|just)\s+)*"
                         rf"(?:{GIVING_STEMS}|hand|transfer|allocat|earmark|commit)\w*\b")


def _state_before(sentences: list[Sentence], i: int, recipient: str) -> str:
    """The state named first in the sentence before `i`, in its paragraph, other than the recipient: what "the
    country" that opens sentence `i` is."""
    if i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph:
        return ""
    return next((m.ref for m in actor_mentions(sentences[i - 1]) if m.ref.startswith("State:") and m.ref != recipient), "")


# "his country will allocate €90m": the state of the person just named gives
HIS_COUNTRY = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:country|government|nation)\s+(?:will|would|has|have|is|also|plans to|pledged|"
                         r"promised|announced|allocated|committed)\b")


FIRST_PERSON_GIVES = re.compile(r"\b(?:I|we|We)\s+(?:will|would|shall|are|have|had|'ll|’ll)?\s*(?:also\s+|now\s+|soon\s+)?\w+\b[^“”\"]{0,60}$")


def _quotation_around(s: Sentence, at: int) -> tuple[int, int] | None:
    """The (start, end) of the quotation of the sentence that holds offset `at`, if any."""
    return next(((a, b) for a, b in quotations(s.text) if a < at < b), None)


def _first_person_quoted(s: Sentence, at: int) -> bool:
    """Whether the sum at `at` lies in a quotation whose speaker says "I" or "we" before it."""
    quote = _quotation_around(s, at) if '"' in s.text or "“" in s.text else None
    return quote is not None and FIRST_PERSON_GIVES.search(s.text, quote[0], at) is not None


def _quoted_speaker(s: Sentence, at: int) -> str:
    """The state (or organisation) of the speaker named right after the quotation holding `at`."""
    quote = _quotation_around(s, at)
    if quote is None:
        return ""
    after = [m for m in actor_mentions(s) if m.start - s.start >= quote[1]]
    if not after or len(s.text[quote[1]:after[0].start - s.start].split()) > 4:
        return ""
    return _as_donor(s, after[-1].ref if after[-1].ref.startswith("Person:") else after[0].ref)


def _state_of_last_person(sentences: list[Sentence], i: int) -> str:
    """The state of the person named last in sentence `i` or the one before it, within a paragraph."""
    for before in (sentences[i], *sentences[max(0, i - 1):i]):
        if sentences[i].paragraph - before.paragraph > 1:
            break
        people = [m for m in actor_mentions(before) if m.ref.startswith("Person:")]
        if people:
            e = before.entries.get(people[-1].ref)
            return f"State:{e.state}" if e is not None and e.state else ""
    return ""


def find_pledges(sentences: list[Sentence]) -> list[Pledge]:
    out: list[Pledge] = []
    for i, s in enumerate(sentences):
        recipient = _recipient(s)
        if "-" in s.text:
            out.extend(_supplied_by(s, recipient))
        if " from " in s.text and s.mentions_any(FUNDING_STEMS):
            out.extend(_funding_from(s, recipient))
        out.extend(_package_and_support(s, recipient))
        trig = s.mentions_any(STEMS) and TRIGGER.search(s.text, s.lower)
        if not trig:
            continue
        # "The country recently handed over …": the state the sentence before named
        the_country = _state_before(sentences, i, recipient) if THE_COUNTRY.match(s.text) else ""
        monies = find_money(s.text)
        # a sum repeated in other currencies in brackets is the same sum: keep the first named
        kept = [m for m in monies if not re.search(r"\([^)]*$", s.text[:m.start])]
        if kept:
            for money in kept:
                # "the US has spent $300bn": spending, costs and budgets near the sum are not commitments
                if RECEIVES.search(s.text, _clause_start(s.text, money.start), money.start) and not FROM.search(s.text, money.end):
                    continue  # "The ICRC and the UNHCR will receive €2 million each": a share, its giver told elsewhere
                if PART_OF.search(s.text, max(0, money.start - 40), money.start):
                    continue  # "part of a broader $115bn international support package": the whole, not this giver's
                spent = NOT_PLEDGE.search(s.text, _clause_start(s.text, money.start), money.end + 25)
                if spent and spent.group(0).lower() == "worth of" and GIVES_BEFORE.search(s.text, max(0, money.start - 60), money.start) \
                        or spent and COST_OF.search(s.text, max(0, money.start - 30), money.start) \
                        and GIVES_IN.search(s.text, _clause_start(s.text, money.start), money.start):
                    # "plans to contribute US$3 million worth of humanitarian aid", "promised to provide an air defence
                    # system at a cost of $406 million": what is given, valued
                    spent = None
                if spent and not (spent.group(0).lower().startswith("amount") and PACKAGE_AMOUNTS.search(s.text, 0, spent.start())):
                    continue  # (but "the 46th aid package, which will amount to more than EUR 200 million" is given)
                donor = _donor(s, max(money.start, 0), recipient) or _noun_owner(s, recipient)
                if not donor:
                    # the giver before the first pledge word, if it is not told only after the sum: "the extra £1bn
                    # means only the US has provided more" names whom the sum is compared with, not its giver
                    late = _donor(s, _trigger_end(s), recipient)
                    donor = late if late and _named_before(s, late, money.start) else ""
                if not donor or _first_person_quoted(s, money.start) and donor != _quoted_speaker(s, money.start):
                    # '"During my meeting with President Zelensky, I will announce … 650 million euros," the Chancellor
                    # said': the one who says "I" or "we" gives, whoever else the quotation names
                    donor = _quoted_speaker(s, money.start) or donor
                if not donor and THIS_PACKAGE.search(s.text):
                    donor = _giver_before(sentences, i)  # "This … package, valued at $425 million, includes"
                donor = donor or the_country
                if not donor and HIS_COUNTRY.search(s.text, 0, money.start):
                    donor = _state_of_last_person(sentences, i)  # "Brekelmans announced … His country will allocate €90m"
                if not donor or donor == recipient or _organ_of(s, donor, recipient):
                    continue
                item = _item(s, money.end) or _item_before(s, money.start)
                givers = _coordinated(s, donor)
                if len(givers) > 1 and not EACH.match(s.text, money.end):
                    # "Sweden, Norway and Denmark will (jointly) finance a $500 million package": no one giver's sum,
                    # but a share of it is each one's gift
                    share = item or f"share of {money.text}"
                    out.extend(Pledge(g, (s.evidence("pledge.joint-share"),), recipient=recipient if recipient != g else "",
                                      items=(share,)) for g in givers if g != recipient)
                    continue
                for giver in givers if len(givers) > 1 else (donor,):  # ("… will give $50 million each": each gives it)
                    currency = DOLLAR_OF.get(giver, "USD") if BARE_DOLLARS.fullmatch(money.text) else money.currency or KRONE_OF.get(giver, "")
                    if not currency:
                        continue  # kroner of a giver neither Danish nor Norwegian: no currency to tell
                    out.append(Pledge(giver, (s.evidence("pledge.amount"),), recipient=recipient if recipient != giver else "",
                                      amount=money.amount, currency=currency, items=(item,) if item else ()))
            continue
        if monies:
            continue
        # each clause's gift: "the U.S., Germany and Romania will send …, while the Netherlands and others will provide …"
        previous = None
        for m in NO_AMOUNT_TRIGGER.finditer(s.text, s.lower):
            if previous is not None and not NEXT_CLAUSE.search(s.text, previous.end("obj"), m.start()):
                continue
            previous = m
            out.extend(_items_pledge(s, m, recipient, the_country))
    return out


MORE_OF = re.compile(r"to\s+(?:increase|boost|step\s+up|expand|double|ramp\s+up|scale\s+up)\s+(?:(?:its|their|his|her|[A-Z][\w’'-]*(?:’s|'s))\s+)?")
GIVEN_NOUN = re.compile(r"\b(?:aid|assistance|support|deliveries|supplies|funding|help)\b")
TROOPS = re.compile(r"(?:[\w-]+\s+){0,3}(?:troops|soldiers|forces|units|servicemen)\b")
EXHORTED = re.compile(r"\b(?:must|should|ought\s+to|needs?\s+to|have\s+to|has\s+to)\s+(?:\w+\s+){0,2}$")
NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas)\s|;\s")  # a second clause of the sentence with a gift of its own


def _items_pledge(s: Sentence, m: re.Match, recipient: str, the_country: str = "") -> list[Pledge]:
    """The pledge of things (no sum) that the trigger `m` introduces, one per giver of a coordinated subject
    (`the_country` is the state a sentence opening "The country …" means)."""
    if s.text[m.start() - 1:m.start()] == "-":
        return []  # "Germany-provided tanks" is read by _supplied_by
    obj = RECIPIENT_FIRST.sub("", s.text[m.start("obj"):m.end("obj")].strip())
    # (not "more military and financial support": two adjectives of one thing)
    obj = re.split(r"\s+(?:but|which|that|while|as)\s+|\s+and\s+(?!(?:financial|military|humanitarian|economic|political|"
                   r"technical|medical|energy|defen[cs]e)\s+\w)", obj)[0]
    # "pledged to deliver 24 F-16 jets to Ukraine": what the second verb gives
    obj = re.sub(r"^to\s+(?:deliver|provide|send|supply|give|donate|transfer|hand over)\s+", "", obj)
    # "vowed to increase Korea's military aid", "promised to step up deliveries of air defence": more of what is given
    more = MORE_OF.match(obj)
    if more is not None and GIVEN_NOUN.search(obj, more.end()):
        obj = obj[more.end():]
    obj = re.sub(r"^(?:[A-Z][\w’'-]*|it|them)\s+with\s+", "", obj)  # "provide Ukraine with capabilities"
    obj = GIVEN_TO.sub("", obj)  # "give Ukraine 100,000 drones": the recipient, then what it is given
    obj = re.sub(r"^(?:you|them|us|him|her)\s+(?=\S)", "", obj)  # "we will send you Brimstone missiles"
    obj = re.sub(r"\s+in addition\b.*$", "", obj)  # "three more rocket launchers in addition to the three sent"
    obj = re.sub(r"\s+(?:in\s+the\s+(?:near\s+|coming\s+)?future|from\s+now\s+on|as\s+well|too)$", "", obj)  # when, not what
    # (a counted list of things may run longer: "80,840 surplus small unarmed air-to-surface rockets along with 1,300 warheads")
    if len(obj.split()) > (12 if obj[:1].isdigit() else 8) \
            or obj.lower() in {"it", "them", "this", "that", "more", "support", "everything", "anything", "something", "all", "what"} \
            or obj.startswith(("by ", "from ", "for ", "in ", "on ", "at ", "against ")) \
            or re.match(r"to [a-z]", obj) or NOT_A_THING.match(obj):
        return []  # "provided by Germany" names the giver, "from DoD inventories" the source, "to help Ukraine" a purpose
    if NEGATED.search(s.text, max(0, m.start() - 25), m.start() + 1):
        return []  # "is not expected to send", "cannot provide more"
    if not recipient and TROOPS.match(obj):
        return []  # "Russia dispatched troops to the border": a deployment, given to no one
    if EXHORTED.search(s.text, max(0, m.start() - 30), m.start()):
        return []  # "the free world must continue to provide arms assistance": a call on others, not a commitment
    at = m.start("obj") + s.text[m.start("obj"):].find(obj)
    if _is_mention(s, actor_mentions(s), at, obj):
        return []  # "the most practical way to fund Ukraine": whom, not what
    if GENERIC_ITEM.fullmatch(obj) and (what := WHAT_FOR.match(s.text, m.end("obj") + 1)):
        obj = f"{obj} {what.group(0)}"  # "the equipment for five additional air defense systems": what it is
    if TRADE.search(s.text):
        return []  # "the grain corridor to allow Ukraine and Russia to ship vital supplies of wheat to international markets"
    donor = _donor(s, m.start(), recipient, nearest_only=True) or _closing_speaker(s, m.end(), recipient)
    if not donor and AND_THEN_GIVES.search(s.text, max(0, m.start() - 25), m.start()):
        # "Japan has joined Western sanctions against Russia and provided weapons to Kyiv": the first verb's subject
        head = main_subject(s, m.start())
        donor = _as_donor(s, head.ref) if head is not None and head.ref != recipient else ""
    donor = donor or the_country
    if not donor or donor == recipient or not donor.startswith(("State:", "Organization:")) or _organ_of(s, donor, recipient):
        return []
    items = (obj, *_components(s.text[m.end("obj"):]))
    return [Pledge(giver, (s.evidence("pledge.items"),), recipient=recipient, items=items)
            for giver in _coordinated(s, donor) if giver != recipient]
