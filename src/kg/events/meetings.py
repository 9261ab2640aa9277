"""Meetings: met, talks, summits, calls, visits — planned, held or cancelled — with place and date."""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import PAST_PLAN, PAST_TRIP, is_day_of_words
from ..lexicon import get_lexicon
from ..mentions import trie_pattern
from ..models import Meeting
from ..rdf import meeting_week
from .context import (
    OPENING_CLAUSE, PARTICIPLE, CaseBlindWords, Gate, Sentence, actor_mentions, main_subject, modifier_of_person, place_mentions, possessive_owner, prev_word,
    qualifies_a_place, reporter_of,
)

__all__ = ["find_meetings"]

TRIGGER_WORDS = (
    "met|meet|meets|meeting|meetings|talks|summit|summits|hosted|hosts|hosting|co-chaired|co-chair|"
    "co-chairs|chaired|chairs|convened|convenes|phone call|call with|spoke by phone|spoke with|spoke to|speaks to|"
    "speaks with|talked to|talked with|held a call|telephone|during a call|in a call|on a call|call between|video call|"
    "spoken with|held talks|negotiations|negotiating|negotiated|visit|visited|visiting|encounter|sat down with|"
    "gathered|gather|gathering|conference|will host|to meet|set to meet|attended|attend|attends|joined|"
    "welcomed|welcomes|will welcome|received by|reception|dinner|banquet|sit-down|phone conversation|telephone conversation|"
    "phone calls|calls with|phone conversations|"
    "conversation with|discussions with|discussions between|to talk with|to talk to|to talk about|speak with|speak to"
).split("|")
TRIGGER = CaseBlindWords(trie_pattern(TRIGGER_WORDS))  # a trie: the same words, tried much faster
STEMS = Gate(("met", "meet", "talk", "summit", "reception", "dinner", "banquet", "host", "chair", "conven", "call", "spoke", "speak", "negotiat", "visit",
                  "encounter", "sat down", "sit-down", "gather", "conference", "attend", "join", "telephone", "welcome", "received by",
              "discuss", "conversation", "signed"))
GROUP_TRIGGER = re.compile(r"\b(?:meet|meets|meeting|met|convened|convenes|gathered|summit|co-chaired|chaired|hosted|hosts|hosting|signed)\b", re.I)
# "a Russian delegation has arrived in Istanbul for talks": there to talk, not yet talked
ARRIVED_FOR = re.compile(r"\b(?:arrived|arrives|arriving|travelled|traveled|flew|flown|heads?|heading|headed)\b[^.;]{0,40}\bfor\s+"
                         r"(?:\w+\s+){0,2}(?:talks|meeting|meetings|negotiations|summit)\b", re.I)
PLANNED = re.compile(r"\b(?:will|would|should (?:take place|be held)|set to|to meet|to talk|schedule includes|itinerary|want(?:s|ed)? to|expected|plans?|planned|propos(?:ed|es|ing)\s+(?:a|an|to|holding)|proposal\s+(?:for|of|to)|due|later today|tomorrow|next week|upcoming|scheduled|"
                     rf"preparing|prepares|prepared to|ahead of|going to)\b|{ARRIVED_FOR.pattern}"
                     # "Putin could meet Zelensky": possible, so not yet held ("in May" is no modal)
                     r"|\b(?-i:could|may|might)\s+(?:also\s+|soon\s+|still\s+)?(?:meet|hold|host|visit|speak|talk|travel|attend|join)\b", re.I)
PAST_VERBS = {"met", "spoke", "talked", "held", "hosted", "visited", "welcomed", "attended", "joined", "chaired", "co-chaired",
              "convened", "sat", "gathered", "negotiated"}
AHEAD_OF = re.compile(r"\b(?:ahead of|before|prior to)\b", re.I)
CANCELLED = re.compile(r"\b(?:cancel+ed|called off|postponed|scrapped|no longer|pulled out)\b", re.I)
SPEECH = re.compile(r"\b(?:said|says|saying|told|tells|added|adds|wrote|writes|tweeted|according to|confirmed|reported|reports|claimed|announced(?=[\s.”\"]*$)|"
                    r"claims|responds|responded|"
                    r"replied|(?:stated|states|noted|notes|repeated|repeats|reiterated|reiterates|stressed|stresses|emphasi[sz]ed|"
                    r"emphasi[sz]es|insisted|insists)(?=\s+that\b))\b")
GROUP_KINDS = {"group", "alliance", "intergovernmental", "coalition", "forum"}


# "X and Y spoke for two hours", "X and Y talked by phone": a call of the two; not "spoke to reporters"
SPOKE_TOGETHER = re.compile(r"\band\s+(?:[A-Z][\w’'-]+\s+){1,5}(?:(?:have|had|also)\s+)?(?P<verb>spoke|spoken|talked|discussed)\b"
                            r"(?!\s+(?:to|about|of|at|on|in favour|out)\b)")
SPOKE = re.compile(r"spoke|spoken|talked|discussed")  # ("Merz said he and Trump had discussed this approach")
FUTURE_WORDS = re.compile(r"\b(?:will|would|set to|to meet|expected|plans?|planned|due|later|tomorrow|next|upcoming|scheduled|going to)\b", re.I)
TIME_APART = re.compile(r"\b(?:a\s+day|days|weeks|months|hours|a\s+week|a\s+month|shortly|soon)\s+(?:after|before)\b", re.I)
SOME_TIME_APART = re.compile(r"\b(?:days|weeks|months|hours|a\s+day|a\s+week|a\s+month)\s+(?:after|before)\s+(?:\w+\s+)?$", re.I)
# also ", with allies hoping", ", with more official talks scheduled for Tuesday"; but "visited Kyiv, holding talks
# with Umerov" goes on with the same encounter
PARTICIPLE_AFTER = re.compile(rf",\s+(?:with\s+(?:[\w’'-]+\s+){{1,4}}?)?(?!(?:holding|meeting|hosting)\b){PARTICIPLE}|,\s+with\s+(?:[\w’'-]+\s+){{1,4}}?(?:scheduled|planned|expected|set|due)\b")
# "talks between …, held in Istanbul on Tuesday, will not continue": the meeting named was held
# (not "to be held"); so are talks that "have concluded"
HELD_AFTER = re.compile(r"(?:[^.;]{0,80}?[^.;\s])?(?:(?<!\bbe),?\s+held\s+(?:in|on|at|last|earlier|yesterday|over)"
                        r"|\s+(?:have|has|had)\s+(?:now\s+)?(?:concluded|ended|finished|wrapped up))\b")
# "travelled to Russia today to meet Putin": the trip is made, the meeting still to come
STILL_AHEAD = re.compile(r"\b(?:today|tonight|tomorrow|later|this (?:morning|afternoon|evening|week))\b", re.I)
# "told … during a meeting", "said on a phone call with …": a meeting as the occasion of speech
SPEECH_AT_OCCASION = {"said", "says", "told", "tells", "added", "adds"}
OCCASION = re.compile(r"\b(?:during|at|in|on|over|after) (?:a |an |the |his |her )?(?:(?:phone|telephone|video|private|joint|"
                      r"closed-door|bilateral|separate|brief|lengthy|hour-long|[\w]+-minute) )?"
                      r"(?:meeting|talks|call|conversation|(?:press |news )?conference|briefing)s?\b")
WITH = re.compile(r"\s+with\b")
BETWEEN = re.compile(r"\s+between\s")
WHO_HEADS = re.compile(r"\bwho\s+(?:heads|headed|chairs|chaired|leads|led|runs|ran)\s+(?:the\s+)?$")
SAID_AFTER = re.compile(r"\s+and\s+(?:also\s+)?(?:said|says|stated|states|noted|notes|added|adds|stressed|warned|insisted|proposed|"
                        r"suggested|urged|emphasi[sz]ed|underlined|reiterated)\s+(?:that\s+)?")
YEARS_AFTER = re.compile(r",\s+(?:(?:shortly|just|soon|only|one|two|three|a|\d+)\s+)?(?:(?:days?|weeks?|months?|years?|hours?)\s+)?"
                         r"(?:after|since)\b(?!\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|call)\b)")
# "… a telephone conversation with Putin, where he briefed his BRICS counterpart on …": what was said there
# ("… a protection zone around the plant, which was taken over by Russian troops …": what the clause is about)
WHERE_AFTER = re.compile(r",\s+(?:where|during\s+which|in\s+which|which\s+(?!(?:(?:would|will|could|should|also|may|might)\s+){0,2}"
                         r"(?:includ|involv|brought|bring|gather|grouped|see)\w*))")
AFTER_WHICH = re.compile(r",\s+(?:after|before|following)\s+which\b")  # "…, after which EU leaders gathered": another encounter
RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\s+(?!(?:also\s+)?(?:includ|involv|brought|gather|grouped)\w*)")
# "Trump's comments come ahead of a sit-down with Zelensky": who spoke is on the way into the meeting
WORDS_AHEAD_OF = re.compile(r"['’]s\s+(?:comments|remarks|words|statement|warning|visit|trip|call)\s+(?:come|comes|came)\s+"
                            r"(?:just\s+|days\s+|hours\s+)?(?:ahead\s+of|before)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}")
OFFER_TO = re.compile(r"['’]s\s+(?:offer|proposal|invitation|plan|bid|readiness|willingness|decision|attempt)\s+(?:to\s+)?")  # "Putin's offer to meet"
OWNS_THE_MEETING = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")
# "his office said", "the ministry said", "officials said": a speaker the sentence does not name
UNNAMED_SPEAKER = re.compile(r"(?:\b(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:office|spokesman|spokeswoman|spokesperson|"
                             r"press secretary|press service|ministry|aides?|officials?|government|administration|statement)|\bofficials|"
                             r"\bsources)\s+$")
# "will hold a video call with", "held talks with": a meeting noun made a verb's object
HOLD_A = re.compile(r"\b(?:hold|holds|held|holding|have|has|had|host|hosts|hosted|join|joins|joined)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$")
BY_AFTER = re.compile(r"\s+by\b")  # "would hold their summit, joined by Zelenskyy": a participle, not a past verb
MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|could|may|might|to|was|were)\s+(?:(?:be|have|not|also|then)\s+){0,2}$")
HELD_A = re.compile(r"\b(?:held|hosted|convened|chaired|had)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$")
# "…, Bennett's office said": a person's office, reporting for him
HIS_OFFICE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:office|spokes(?:man|woman|person)|press\s+(?:service|secretary|office))\b"
                        r"(?:\s+(?:has|had|have|also))*")
SINCE = re.compile(r"\bsince\b")
NEGATED_MEETING = re.compile(r"\b(?:no plans?|not planning|no intention of|ruled out|refused|declined|not|n['’]t|never)"
                             r"(?:\s+[\w-]+){0,2}?\s+(?:to\s+)?$", re.I)
NOT_JOINED = re.compile(r"\b(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:join|attend|hold|host|take part in|participate in)\s+(?:[\w-]+\s+){0,5}$", re.I)
ONLY_POSSIBLE = re.compile(r"\b(?:possible|potential|hypothetical|possibility of|prospects? (?:of|for))\s+(?:[\w-]+\s+){0,2}$", re.I)
# "not closed to direct talks between Zelensky and Putin", "offered on several occasions to host talks": no meeting yet
ONLY_OFFERED = re.compile(r"\b(?:(?:not\s+)?(?:closed|open)\s+to\s+(?:direct\s+|any\s+|further\s+|new\s+)?"
                          r"|(?:offer(?:ed|s|ing)?|sought|seeks?|seeking)\b[^.;]{0,30}\bto\s+host\s+(?:new\s+|further\s+|direct\s+)?)$", re.I)
WHETHER = re.compile(r"\bwhether\b[^.;:]*$", re.I)  # 'questioned "whether there's any point in holding a summit"'
# "could attend a potential Ukraine-Russia summit": a meeting only thought of
POSSIBLE_OBJECT = re.compile(r"\s+(?:a|an|the|any)\s+(?:possible|potential|hypothetical|future)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:summit|meeting|talks|negotiations)\b", re.I)
SPEAKING_AT = re.compile(r"\W*Speaking\s[^,;.]*\b(?:at|after|before|during|ahead of|on (?:the )?sidelines of)\s"
                         # "After talks with Trump in Washington, NATO Secretary-General Mark Rutte said …": he held them
                         r"|\W*(?:After|Following|During|At)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+){0,2}"
                         r"(?:talks|meeting|call|conversation|conference)\s+with\s")
OWN_ENCOUNTER = re.compile(r"\s+(?:(?:has|had|have|will|would|also|just|already|recently|then|"
                           r"(?:is|was) (?:due|set|expected)(?: to)?|(?:wants?|wanted|hopes?|hoped|plans?|planned|intends?|intended) to)\s+){0,3}"
                           # "he had held a Tuesday meeting with", "he has had a phone call with": the noun his verb holds
                           r"(?:(?:held|hold|holds|had|have|has)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?")
WE_MEET = re.compile(rf"\s+(?:that\s+)?(?:they|we){OWN_ENCOUNTER.pattern}(?:(?:will|would|are|were)\s+(?:going\s+)?(?:to\s+)?)?")
# ("help against Kremlin autocrat Vladimir Putin": an office may stand between "against" and the name)
OBJECT_OF = re.compile(r"\b(?:for|of|by|against|on|about)\s+(?:the\s+)?$|\bagainst\s+(?:the\s+)?(?:[\w-]+\s+){1,3}$")
# "the NATO-Ukraine Council", "the EU-Ukraine summit": a body of two parties, who meet in it
JOINT_BODY = re.compile(r"(?P<a>[A-Z][\w.]*)[-–](?P<b>[A-Z][\w.]*) (?:Council|Commission|Summit|Forum)")
MEETING_NOUN = re.compile(r"\s+(?:meeting|meetings|talks|summit|encounter|session|showdown|reception|dinner|banquet|lunch)\b")
PEOPLE_OF = re.compile(r"\b(?:(?:leaders|heads of (?:state|government)|presidents|prime ministers|delegations|"
                       r"representatives|envoys|officials|ministers|foreign ministers|defen[cs]e ministers|counterparts|colleagues) "
                       r"(?:of|from|sent by)|"
                       r"(?:attended|joined|hosted|received|welcomed|greeted|accompanied) by) (?:the )?$", re.I)
# "US and Russian diplomats", "French, British, German and Ukrainian senior diplomats": each state's people
GROUP_NOUN = re.compile(r"(?:,\s+[A-Z][\w-]*)*(?:,?\s+and\s+(?:the\s+)?[\w.]+)?\s+(?:(?:senior|top|high-level|high-ranking|leading)\s+)?"
                        r"(?:diplomats|officials|delegations?|delegates|negotiators|(?:negotiating\s+)?teams?|"
                        r"envoys|leaders|ministers|representatives|counterparts|sides?)\b")
FORUM_OF = re.compile(r"\b(?:meeting|meetings|summit|session|gathering|talks) of (?:the )?(?:\w+ )?$", re.I)
JOINS_THE_MEETING = re.compile(
    r"\b(?:participate|participates|participating|participated|take part|takes part|taking part|took part|join|joins|joining|"
    r"joined|attend|attends|attended)"
    r"\s+(?:in\s+)?the\s+(?:phone\s+|video\s+|telephone\s+|online\s+)?(?:talks|meeting|summit|call|session|conference|gathering)\b",
    re.I,
)
# "the pair will be joined by Costa and von der Leyen": others join the meeting just told
JOINED_BY = re.compile(r"\b(?:the\s+(?:pair|two|leaders|men|women|sides|delegations)|they|both)\s+(?:(?:will|would|are|were|was|is|have|has|had|"
                       r"been|be|also|later|then)\s+){0,4}joined\s+by\b", re.I)
FORUM_MEETING = re.compile(
    r"\b(?:[Bb]efore|[Aa]head of|[Aa]fter|[Ff]ollowing|[Aa]t|[Dd]uring)\s+(?:the\s+|this\s+|that\s+|a\s+|\w+['’]s\s+)?"
    r"(?:\w+\s+)?(?:meeting|summit|session|gathering) of (?:the )?")
SPEAKER_ATTENDS = re.compile(
    r"(?:\b(?:as|when|while)\s+(?:he|she|they|we)\s+(?:headed|went|arrived|walked|came)\s+(?:in(?:to)?|for|at|to)"
    r"|\bon\s+(?:his|her|their)\s+way\s+(?:in(?:to)?|to)|\barriving\s+(?:for|at)"
    # (not "… said that during their one-on-one meeting, Guterres and Putin …": the meeting of others)
    r"|\b(?:just\s+)?(?:ahead\s+of|before|after|following|at|during))\s+(?!their\s)(?:(?:a|an|the|this|today['’]s)\s+)?(?:[\w-]+\s+){0,2}$")
# "with the meeting focusing on …": the meeting just reported, which the people named here also attend
THE_MEETING = re.compile(r"\bthe (?:meeting|summit|gathering|session)\b")
CHAIRING = re.compile(r"\b(?:co-?chair\w*|chair(?:ing|ed|s)?)\b", re.I)
# ("During my meeting with President Zelensky, I will announce …": the speaker's own meeting)
# ("I had a good and very substantive conversation with …": the noun of the speaker's own verb)
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:will|would|have|had|also|just|then|am|are|was|were|going|to)\s+){0,3}"
                          r"(?:(?:held|had|have|hold)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?)?$"
                          r"|\b(?:[Mm]y|[Oo]ur)\s+(?:[\w-]+\s+)?$")
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _speech_occasion(s: Sentence, speech: re.Match | None) -> int | None:
    """Where the reported words begin, when the sentence's meeting is where they were said: "Austin told
    Umerov during a meeting that …", "Putin told Trump in a phone call that …", "Starmer said on a call
    with Zelensky that …" (`speech` is the sentence's first SPEECH match). The speaker takes part; what
    follows is what was said, not who met."""
    if speech is None or speech.group(0) not in SPEECH_AT_OCCASION:
        return None
    clause = s.text.find(" that ", speech.end())
    clause = len(s.text) if clause < 0 else clause
    occasion = OCCASION.search(s.text, speech.end(), clause)
    if occasion is None or (speech.group(0) not in ("told", "tells") and not WITH.match(s.text, occasion.end())):
        return None  # a speaker heard "at a news conference" met nobody; one who "said on a call with" someone did
    return clause


def _participants(s: Sentence, trigger: int, trigger_end: int, speech: re.Match | None, said_at: int | None) -> list[str]:
    """Who took part in the meeting `trigger` reports; `speech` is the sentence's first SPEECH match and
    `said_at` where words said at the meeting begin (_speech_occasion)."""
    refs: list[str] = []
    # "The Netherlands has allocated …, Zelensky said after a phone call with Rutte": the words before a closing
    # speaker name no one who met
    words_end = s.text.rfind(",", 0, speech.start()) if speech is not None and trigger > speech.end() else -1
    if said_at is not None:
        speech = None  # the speaker is in the meeting where the words were said
    reporter = reporter_of(s, speech.start(), speech.end()) if speech else None
    unnamed = UNNAMED_SPEAKER.search(s.text, 0, speech.start()) if speech else None
    if unnamed is not None and not any(unnamed.start() <= x.start - s.start < unnamed.end() for x in actor_mentions(s)):
        reporter = None  # "…, his office said": the one who reports is not named, so no one named is left out
    if reporter is not None and any(x.ref == reporter.ref and (o := HIS_OFFICE.match(s.text, x.end - s.start)) is not None
                                    and not s.text[o.end():speech.start()].strip(" ,") for x in actor_mentions(s)):
        reporter = None  # "…, Bennett's office said": his office reports his call; he took part in it
    if reporter is not None and any(x.ref == reporter.ref and x.via == "pronoun" and x.start - s.start >= speech.end()
                                    and (OWN_ENCOUNTER.fullmatch(s.text, x.end - s.start, trigger)
                                         or AND_ANOTHER.fullmatch(s.text, x.end - s.start, trigger)) for x in actor_mentions(s)):
        reporter = None  # "Zelensky says he has spoken with Starmer", "Merz said he and Trump had discussed": his own call
    if reporter is not None and trigger > speech.end() and WE_MEET.fullmatch(s.text, speech.end(), trigger):
        reporter = None  # "Macron said they will meet President Zelensky": the reporter's party meets
    # "Stoltenberg said as he headed into a meeting with EU ministers", "Kallas said ahead of a meeting of …":
    # the one who speaks on the way into the meeting takes part in it
    attends = reporter.ref if speech is not None and reporter is not None and trigger > speech.end() \
        and SPEAKER_ATTENDS.search(s.text, max(0, trigger - 60), trigger) else None
    words_at = s.text.find(" that ", trigger) if attends is not None else -1  # "… ahead of a meeting of …, that Russia must pay"
    # "Before the Ukrainian delegation met with the Americans on Sunday, Zelensky hailed …": the opening clause's meeting
    opening = OPENING_CLAUSE.match(s.text)
    clause_end = opening.end() if opening is not None and trigger < opening.end() else len(s.text)
    # "Commenting on a possible conversation between Putin and Zelensky, he noted that talks …": the main clause's
    clause_start = opening.end() if opening is not None and trigger >= opening.end() else 0
    # "Peskov spoke to reporters a day after Russian negotiators told their Ukrainian counterparts at talks …"
    # "Trump received Putin in Alaska, after which leaders of Ukraine and EU countries gathered": the later encounter's
    before_which = AFTER_WHICH.search(s.text, clause_start, trigger)
    clause_start = before_which.end() if before_which is not None else clause_start
    apart = TIME_APART.search(s.text, clause_start, trigger)  # (not "…, days after meeting Putin": the subject met him)
    clause_start = apart.end() if apart is not None and s.text[apart.end():trigger].strip() else clause_start
    quoted = [m.span() for m in QUOTED.finditer(s.text)]
    # "flew to Russia for talks that led to a prisoner swap that freed Marc Fogel": what the talks led to
    relative = RELATIVE_AFTER.match(s.text, trigger_end)
    outcome_from = relative.end() if relative is not None else len(s.text)
    # "Zelensky joined the G7 online summit and stated that Russia hoped …": what is said after it, not who met
    # "…, on February 24, one year after Russia started its operation"; "…, deepening ties … as Russia stepped up attacks"
    where = WHERE_AFTER.search(s.text, trigger_end)
    if where is not None and TRIGGER.search(s.text[where.end():]) is not None:
        where = None  # "… a trip to Moscow, where he held talks with Putin": the clause tells the meeting itself
    said_after = SAID_AFTER.search(s.text, trigger_end) or AFTER_WHICH.search(s.text, trigger_end) \
        or YEARS_AFTER.search(s.text, trigger_end) or PARTICIPLE_AFTER.search(s.text, trigger_end) or where
    outcome_from = min(outcome_from, said_after.end()) if said_after is not None else outcome_from
    reporters: set[str] = set()
    # talks named by a noun inside what someone is "saying": only that clause can say who held them
    comma = s.text.find(",", speech.end()) if speech is not None and speech.group(0) == "saying" else -1
    verb = VERB_TRIGGER_WORD.match(s.text, trigger)
    said_clause_end = comma if comma > trigger > speech.end() and verb is None else None
    # (but "Zelenskyy met Morawiecki and said …": a meeting verb between a reporter and its verb is the reporter's own)
    verb_before_speech = speech is not None and trigger < speech.start() \
        and VERB_TRIGGER.fullmatch(s.text, trigger, trigger_end) is not None
    for m in actor_mentions(s):
        rel = m.start - s.start
        if rel < words_end and said_at is not None:
            continue
        if any(a <= rel < b and (m.end - m.start) < 0.6 * (b - a - 2) for a, b in quoted):
            continue  # words inside a quotation are not who met; a name in quotation marks is ('the so-called "Coalition of the Willing"')
        if said_at is not None and rel >= said_at or 0 <= words_at < rel or not clause_start <= rel < clause_end or rel >= outcome_from:
            continue  # the reported words, or the main clause after the meeting's own: not who met
        if speech and trigger < speech.start() < rel:
            continue  # what is said after the meeting is mentioned is not about who met
        if said_clause_end is not None and trigger < said_clause_end < rel:
            continue  # "With Zelensky saying the talks had failed, Trump left": the clause said ends at the comma
        if speech and reporter is not None and trigger > speech.end() and reporter.start - s.start < speech.start() \
                and rel < s.text.rfind(",", 0, reporter.start - s.start):
            continue  # "Russia is not interested in peace, Kallas said ahead of a meeting of …": the words, not who meets
        if m.end - s.start >= len(s.text.rstrip(" .")) and re.search(r"\s[-–]\s*$", s.text[:rel]):
            continue  # "… to meet Putin - Kremlin": a headline's source
        if possessive_owner(s, m) and m.via != "role" and not (OWNS_THE_MEETING.fullmatch(s.text, m.end - s.start, trigger)
                                                               and (WITH_WHOM_AFTER.match(s.text, trigger_end)
                                                                    or s.text.endswith(" with", 0, trigger_end))) \
                and not OFFER_TO.fullmatch(s.text, m.end - s.start, trigger) \
                and not WORDS_AHEAD_OF.fullmatch(s.text, m.end - s.start, trigger):
            continue  # "Trump's envoy met Putin"; but in "Zelensky's meeting with Trump", "Putin's phone call with …" they meet
        people_of = PEOPLE_OF.search(s.text, max(0, rel - 40), rel) is not None
        if m.via == "place-name" and not people_of or modifier_of_person(s, m):
            continue
        if m.ref.startswith("State:") and any(p.is_place and re.fullmatch(r",\s*", s.text[p.end - s.start:rel]) for p in s.mentions):
            continue  # "in Jeddah, Saudi Arabia": the country only places the city
        if getattr(s.entries.get(m.ref), "subkind", "") == "government-office" and MEETING_NOUN.match(s.text, m.end - s.start):
            continue  # "an acrimonious White House meeting": where it was, not who took part
        if m.ref.startswith("Organization:") and WHO_HEADS.search(s.text, max(0, rel - 30), rel):
            continue  # "Azali Assoumani, who heads the African Union": what he heads, not who meets
        if m.ref.startswith("Organization:") and A_BASE.match(s.text, m.end - s.start):
            continue  # "took place at the US Air Force base in Ramstein": where, not who
        if m.ref.startswith("Organization:") and MEETING_NOUN.match(s.text, m.end - s.start) \
                and ANOTHER_MEETING_BEFORE.search(s.text, max(0, rel - 40), rel) and rel > trigger_end:
            continue  # "met Starmer … ahead of a crunch Nato summit": the summit still to come is another meeting
        if m.ref.startswith("Organization:") and STANCE_AFTER.match(s.text, m.end - s.start):
            continue
        if m.via == "demonym" and not GROUP_NOUN.match(s.text, m.end - s.start) \
                and not (prev_word(s, m) == "the" and m.text[:-1] in get_lexicon().demonyms):  # "the Americans", not "the Swiss city"
            continue  # "US and Russian diplomats", "the Americans" take part; "the Russian president" is a person
        # "The talks between Kuleba and Lavrov … failed, Kuleba said": who is named as one side of the talks took part
        named_in_talks = trigger_end <= rel and BETWEEN.match(s.text, trigger_end) is not None and "," not in s.text[trigger_end:rel]
        # "Healey, who chaired the session, confirmed …": the reporter chaired the meeting, so took part in it
        chaired_it = CHAIRING.fullmatch(s.text, trigger, trigger_end) is not None \
            and WHO_THEN.fullmatch(s.text, m.end - s.start, trigger) is not None
        if speech and reporter is not None and m.ref == reporter.ref and rel < speech.start() and "meet" not in s.text[rel:speech.start()] \
                and not (verb_before_speech and rel < trigger) and m.ref != attends and not named_in_talks and not chaired_it:
            reporters.add(m.ref)  # the one who reports the meeting is not in it
            continue
        if m.ref in reporters:
            continue  # "Peskov said he would announce any meeting …": still the reporter
        if POSSIBLE_TALKS_WITH.search(s.text, max(0, rel - 45), rel) and rel > trigger_end:
            continue  # "Scholz's conversation with Zelensky will also concern possible negotiations with Russia": a topic
        if m.ref.startswith("State:") and VERB_OBJECT.search(s.text, max(0, rel - 20), rel):
            continue  # "He urged Russia to co-operate … before the meeting with Mr Zelenskyy": whom he urged
        if OBJECT_OF.search(s.text, max(0, rel - 45), rel) and not FORUM_OF.search(s.text[:rel]) and not people_of:
            continue  # "an envoy for Putin", "talks on Iran"; but "a meeting of the group" is its forum,
            # "the leaders of France, Germany and Britain" take part for their states, and those it was "attended by"
        if m.ref not in refs:
            refs.append(m.ref)
        refs.extend(r for r in _joint_body_members(s, m.ref) if r not in refs)
    if attends is not None and attends not in refs:
        refs.insert(0, attends)
    if opening is not None and trigger < opening.end() and SPEAKING_AT.match(s.text):
        # "Speaking to reporters upon arrival at the Foreign Affairs Council meeting, Kallas …": she attends it
        after = [m for m in actor_mentions(s) if 0 <= m.start - s.start - opening.end() <= 60]
        # the subject that follows, past the office before a name ("EU foreign policy chief Kaja Kallas")
        who = next((m for m in after if m.ref.startswith("Person:") and not re.search(r"[,;]", s.text[opening.end():m.start - s.start])),
                   after[0] if after and not s.text[opening.end():after[0].start - s.start].strip() else None)
        if who is not None and who.ref not in refs:
            refs.append(who.ref)
    return refs


def _joint_body_members(s: Sentence, ref: str) -> list[str]:
    """The two parties of a joint body named "X-Y Council" (NATO and Ukraine for the NATO-Ukraine Council)."""
    e = s.entries.get(ref)
    j = JOINT_BODY.fullmatch(e.label) if e is not None and e.kind == "Organization" else None
    if j is None:
        return []
    names = get_lexicon().names
    return [r for part in (j.group("a"), j.group("b"))
            for r in names.get(part, [])[:1] if r.startswith(("State:", "Organization:"))]


def _own_meeting(s: Sentence, trig: re.Match) -> list[str]:
    """'"… I will meet with an uncompromising friend of Ukraine, Edi Rama, …," Zelenskyy says': a speaker who
    tells in his own words of his meeting takes part, with those the quotation names after the verb."""
    quote = next((q for q in QUOTED.finditer(s.text) if q.start() < trig.start() < q.end()), None)
    if quote is None or not FIRST_PERSON.search(s.text, quote.start(), trig.start()):
        return []
    after = s.text[quote.end():]
    speech = SPEECH.search(after)
    speaker = reporter_of(s, quote.end() + speech.start(), quote.end() + speech.end()) if speech is not None else None
    if speaker is None or not speaker.ref.startswith("Person:"):
        return []
    met = [m.ref for m in actor_mentions(s) if trig.end() <= m.start - s.start < quote.end() and m.ref.startswith("Person:")
           and m.ref != speaker.ref]
    return [speaker.ref, *dict.fromkeys(met)] if met else []


def _is_group(s: Sentence, ref: str) -> bool:
    return _is_group_ref(s.entries, ref)


def _is_group_ref(entries: dict, ref: str) -> bool:
    e = entries.get(ref)
    if e is None or e.kind != "Organization":
        return False
    return e.subkind in GROUP_KINDS or bool(re.search(r"\b(?:Group|Coalition|Council|Summit|Alliance)\b", e.label))


VERB_TRIGGER = re.compile(r"(?:met|meet|meets|discussed|discusses|signed|hosted|hosts|hosting|co-chaired|chaired|convened|convenes|spoke|spoken|visited|to meet|set to meet|will host|sat down|attended|joined|welcomed|welcomes|will welcome)", re.I)
VERB_TRIGGER_WORD = re.compile(rf"(?:{VERB_TRIGGER.pattern})\b", re.I)  # a verb trigger as a whole word ("meet", not "meeting")
# "… met Zelenskyy in Kyiv in a show of solidarity that came as Putin hosted Xi": others meeting meanwhile
AT_THE_SAME_TIME = re.compile(r"\b(?:as|while|whereas|just as|even as)\s+(?=[A-Z])")
# "met with Zelensky on Wednesday and Putin on Thursday": the second of two met on their own days
AND_THEN_NAMED = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:with\s+)?(?:the\s+)?[A-Z]")
# "will welcome Starmer later today and is set to meet Zelensky tomorrow": a second encounter of the subject
AND_LATER_WITH = re.compile(r"\band\s+(?:later|then|afterwards|subsequently)\s+(?:also\s+)?with\b")
AND_THEN = re.compile(r"\band\s+(?:is\s+|are\s+|will\s+|was\s+|were\s+|also\s+|then\s+)*$")
# "the Europeans gather around Zelensky" rallies to him; a cabinet meeting or a press conference is no
# encounter between the actors the sentence names
# "talks around", "spoke to reporters": no one met
# (but "a conversation with journalists and NATO Secretary General Jens Stoltenberg" is one with him too)
NOT_AN_ENCOUNTER_AFTER = re.compile(r"\s+(?:a?round|behind|(?:(?:to|with)\s+)?(?:the\s+)?(?:reporters|journalists|press|media|broadcasters?))\b"
                                    r"(?!\s+and\s+(?:the\s+)?[A-Z])")
# (but a "joint news conference with" someone is held together)
NOT_AN_ENCOUNTER_BEFORE = re.compile(r"\b(?<!joint )(?:cabinet|press|news|board|staff|team)\s+$", re.I)
# "a White House plan", "key Kremlin demands": an organisation named only to qualify a text or a stance
STANCE_NOUN = re.compile(r"\s+(?:plan|plans|proposal|proposals|demand|demands|position|positions|draft|framework|"
                         r"initiative|terms|conditions|narrative|line|policy|memo|document|"
                         # "to discuss Ukraine's EU and NATO aspirations": a topic, not a party
                         r"aspirations?|ambitions?|membership|accession|bid|integration|path|standards)\b")
STANCE_AFTER = re.compile(rf"(?:\s+(?:and|or)\s+[A-Z][\w-]*)?{STANCE_NOUN.pattern}")  # ("EU and NATO aspirations")
# "a visit to Kyiv", "the visit by Scholz": the noun with whom or where; not "the chancellor's visit finds Ukraine …"
VISIT_OF = re.compile(r"\s+(?:to|with|by|of|from|in|on)\b")
VISIT_NOUN = re.compile(r"(?:\b(?:a|an|the|his|her|their|its|this|that)|['’]s)\s+(?:[\w-]+\s+)?$", re.I)
# "Graham called the meeting a 'missed opportunity'": a meeting already told, judged; not one of this sentence's people
JUDGED_MEETING = re.compile(r"\b(?:called|calls|described|describes|describing|praised|hailed|critici[sz]ed|slammed|dismissed|"
                            r"labell?ed)\s+(?:the|this|that|their|its|\w+['’]s)\s+(?:\w+\s+)?$", re.I)
WHO_THEN = re.compile(r",\s*who\s+(?:(?:also|had|has|have|jointly)\s+)?")
ANOTHER_MEETING_BEFORE = re.compile(r"\b(?:ahead\s+of|before|after|following|since|prior\s+to)\s+(?:(?:a|an|the|this|next|last)\s+)?(?:[\w-]+\s+)?$", re.I)
AND_ANOTHER = re.compile(r"\s+and\s+(?:[A-Z][\w’'-]+\s+){1,4}(?:(?:have|has|had|also|will|would)\s+)*")
A_BASE = re.compile(r"\s+(?:base|air\s?base|airfield|headquarters|compound|barracks)\b", re.I)
POSSIBLE_TALKS_WITH = re.compile(r"\b(?:possible|potential|future|eventual|any)\s+(?:peace\s+)?(?:negotiations|talks)\s+with\s+(?:the\s+)?$")
VERB_OBJECT = re.compile(r"\b(?:urged|urges|asked|called\s+on|warned|accused|critici[sz]ed|condemned|thanked|praised|blamed)\s+$")
WITH_WHOM_AFTER = re.compile(r"\s+(?:with|between)\b")
# "after a meeting of the Ukrainian and U.S. delegations": whose meeting it was, so not only a time mark
OF_TWO_SIDES = re.compile(r"\s+of\s+(?:the\s+)?[\w.]+\s+and\s+(?:the\s+)?[\w.]+\s+(?:delegations|teams|sides|negotiators|officials)\b")
ONLY_A_TIME_MARK = re.compile(r"\b(?:prior to|ahead of|before|after|following|since|during)\s+(?:the|this|that|their|its|\w+['’]s)\s+$", re.I)


# "The leaders of France, Britain and Germany discussed Ukraine with Trump": they spoke with him
DISCUSSED_WITH = re.compile(r"\bdiscuss(?:ed|es)?(?=\s+(?:[\w’'-]+\s+){0,4}?with\s+(?:US\s+|U\.S\.\s+|the\s+)?[A-Z])")


# "Russia and Ukraine signed separate agreements with Turkey and the United Nations": the signing brought them together
SIGNED_WITH = re.compile(r"\bsigned(?=\s+(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|accords?|memorand(?:um|a)|declarations?|pacts?|"
                         r"treat(?:y|ies))\s+with\b)")


def _trigger(text: str) -> re.Match | None:
    """The word that reports the meeting: a verb ('met', 'to meet') over a noun ('meeting', 'talks'), and
    never a noun that only dates something else ('announced … prior to the meeting')."""
    # ("following Erdogan's call with Zelenskiy, …": a meeting with whom still tells one)
    found = [m for m in TRIGGER.finditer(text) if not (ONLY_A_TIME_MARK.search(text, max(0, m.start() - 40), m.start())
                                                       and not WITH_WHOM_AFTER.match(text, m.end()) and not m.group(0).endswith(" with")
                                                       and not OF_TWO_SIDES.match(text, m.end()))
             and not (NOT_AN_ENCOUNTER_BEFORE.search(text, max(0, m.start() - 20), m.start())
                      and not WITH_WHOM_AFTER.match(text, m.end()))  # ("At a news conference with Duda, Zelenskyy said")
             and not NOT_AN_ENCOUNTER_AFTER.match(text, m.end())
             and not (m.group(0).lower() == "visit" and VISIT_NOUN.search(text, max(0, m.start() - 20), m.start())
                      and not VISIT_OF.match(text, m.end()))
             and not (JUDGED_MEETING.search(text, max(0, m.start() - 40), m.start()) and not WITH_WHOM_AFTER.match(text, m.end()))]
    if not found:
        return None
    verbs = [m for m in found if VERB_TRIGGER.fullmatch(m.group(0))]
    return (verbs or found)[0]


def _day_after(s: Sentence, end: int) -> str:
    """The day named right after a meeting's word ("a meeting at the White House on Aug. 18"), else ''."""
    return next((d.value for d in s.dates if d.is_day and 0 <= d.start - end <= 60), "")


def _before_publication(s: Sentence, date: str) -> bool:
    """Whether a day or week ("2025-06-05", "2025-W23") is over by the sentence's time."""
    if not date or s.anchor is None or len(date) < 8:
        return False
    day = s.anchor_day()
    return date < day if len(date) == 10 else date < meeting_week(day)


# "Lapid spoke on Friday with his German counterpart", "talked at length with": a call or talk, words between
SPOKE_THEN_WITH = re.compile(r"\b(?:spoke|spoken|talked)\s+(?!(?:to|in|about|of|on\s+(?:condition|behalf))\b)(?:[\w-]+\s+){1,3}?with\b")


def _spoke_together(s: Sentence) -> re.Match | None:
    """'Trump and Putin spoke for more than two hours': the verb of two actors who spoke with each other."""
    m = SPOKE_TOGETHER.search(s.text)
    if m is None:
        return None
    names = [x for x in actor_mentions(s) if x.start - s.start < m.start("verb")]
    first = [x for x in names if x.end - s.start <= m.start()]
    # "Zelenskyy and Indian Prime Minister Narendra Modi talked": the second may come with its office
    if not first or not any(x.start - s.start > m.start() for x in names) or s.text[first[-1].end - s.start:m.start()].strip():
        return None
    return SPOKE.match(s.text, m.start("verb"))


def _first_named(s: Sentence) -> dict[str, int]:
    """Each actor ref of the sentence -> the sentence offset where it is first named."""
    first_at: dict[str, int] = {}
    for m in actor_mentions(s):
        first_at.setdefault(m.ref, m.start - s.start)
    return first_at


def _before_and_after(s: Sentence, trig: re.Match, subjects: list[str], objects: list[str]) -> bool:
    """Whether all of `subjects` are named before the meeting verb and all of `objects` after it."""
    first_at = _first_named(s)
    return all(first_at.get(r, len(s.text)) < trig.start() for r in subjects) and \
        all(first_at.get(r, -1) >= trig.end() for r in objects)


def _encounters(s: Sentence, trig: re.Match, parts: list[str]) -> list[tuple[list[str], int, str | None]]:
    """The participants of each encounter the sentence reports, the offset its date is nearest, and its place
    when it is not the sentence's: one encounter, or two when its subject meets some actors and then, after
    "and", others ("… will welcome Starmer later today and is set to meet Zelensky tomorrow"), or when others
    meet at the same time ("Kishida met Zelenskyy in Kyiv … as Putin hosted Xi Jinping in Moscow")."""
    first_at: dict[str, int] = {}
    meanwhile = TRIGGER.finditer(s.text, s.lower) if AT_THE_SAME_TIME.search(s.text, trig.end()) is not None else ()
    for m in meanwhile:
        conj = AT_THE_SAME_TIME.search(s.text, trig.end(), m.start()) \
            if m.start() >= trig.end() and VERB_TRIGGER.fullmatch(m.group(0)) else None
        if conj is None:
            continue
        first_at = _first_named(s)
        first = [r for r in parts if first_at.get(r, 0) < conj.start()]
        others = [r for r in parts if first_at.get(r, 0) >= conj.end()]
        if len(first) >= 2 and len(others) >= 2 and any(first_at[r] < m.start() for r in others):
            there = next((p.ref for p in place_mentions(s) if p.is_place and p.start - s.start >= m.end()), "")
            return [(first, trig.start(), None), (others, m.start(), there)]
        break
    # "met with Zelensky on Wednesday and Putin on Thursday": one verb, two encounters on their own days
    days = [d for d in s.dates if d.start >= trig.end() and d.is_day]
    if len(days) >= 2 and days[0].value != days[1].value:
        first_at = first_at or _first_named(s)
        subject = [r for r in parts if first_at.get(r, 0) < trig.start()]
        met_first = [r for r in parts if trig.end() <= first_at.get(r, 0) < days[0].start]
        met_later = [r for r in parts if days[0].end <= first_at.get(r, 0) < days[1].start]
        if subject and met_first and met_later and AND_THEN_NAMED.match(s.text, days[0].end):
            return [(subject + met_first, days[0].start, None), (subject + met_later, days[1].start, None)]
    later = next((m for m in TRIGGER.finditer(s.text) if m.start() >= trig.end() and VERB_TRIGGER.fullmatch(m.group(0))
                  and AND_THEN.search(s.text, trig.end(), m.start())), None)
    # "spoke with Putin on Wednesday and later with Zelenskyy": the verb left out of the second encounter
    later = later or AND_LATER_WITH.search(s.text, trig.end())
    if later is None:
        return [(parts, trig.start(), None)]
    first_at = first_at or _first_named(s)
    subject = [r for r in parts if first_at.get(r, 0) < trig.start()]
    met_first = [r for r in parts if trig.end() <= first_at.get(r, 0) < later.start()]
    met_later = [r for r in parts if first_at.get(r, 0) >= later.end()]
    if not subject or not met_first or not met_later:
        return [(parts, trig.start(), None)]
    # each encounter's date is the one told after its verb ("… later today and … tomorrow")
    dated_at = [next((d.start for d in s.dates if a <= d.start < b), a) for a, b in
                ((trig.start(), later.start()), (later.start(), len(s.text)))]
    return [(subject + met_first, dated_at[0], None), (subject + met_later, dated_at[1], None)]


def _forum_attended(s: Sentence) -> Meeting | None:
    """'Before yesterday's meeting of the coalition of the willing she said …': a forum's meeting named
    only to time what its subject said or did there; the subject took part."""
    m = FORUM_MEETING.search(s.text)
    if m is None:
        return None
    # the forum's name starts where the pattern ends, or at the "the" it took ("of the group of nations")
    forum = next((x for x in actor_mentions(s) if m.end() - 4 <= x.start - s.start <= m.end() and _is_group(s, x.ref)), None)
    subject = main_subject(s, len(s.text.rstrip(" .!?")))
    if forum is None or subject is None or not subject.ref.startswith(("Person:", "State:")):
        return None
    status = "planned" if PLANNED.search(s.text, 0, m.start() + 12) else "held"
    return Meeting((forum.ref, subject.ref), (s.evidence("meeting.forum-attended"),), date=s.when(m.start()), status=status)


# "The two leaders will hold a one-on-one meeting", "The leaders have a scheduled meeting": the people just named
# (not "the leaders of France, Britain and Germany", who are named there; nor "the two leaders discussed the summit")
THE_TWO = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:leaders|presidents|heads\s+of\s+state)"
                     r"(?:\s+(?:will|would|have|has|had|also|then|later|first|last|did|are|were|to|be|hold|held|holds|a|an|their|"
                     r"one-on-one|scheduled|private|bilateral|brief|short|closed-door|[\w-]+-minute|phone|telephone|formal|"
                     r"informal|face-to-face))*\s+$")


LEADERS = Gate(("leaders", "presidents", "heads of state"))


def _the_two(sentences: list[Sentence], i: int) -> list[str]:
    """The two people of different states last named up to sentence `i`, within its paragraph and the two before it."""
    found: list[str] = []
    states: set[str] = set()
    for before in reversed(sentences[max(0, i - 4):i + 1]):
        if sentences[i].paragraph - before.paragraph > 2:
            break
        for m in reversed(actor_mentions(before)):
            entry = before.entries.get(m.ref) if m.ref.startswith("Person:") else None
            if entry is None or not entry.roles or m.ref in found or entry.state in states:
                continue  # leaders hold offices, of two states (not "Yoon and his wife Kim Keon-hee")
            found.append(m.ref)
            states.add(entry.state or m.ref)
            if len(found) == 2:
                return found[::-1]
    return []


def find_meetings(sentences: list[Sentence]) -> list[Meeting]:
    out: list[Meeting] = []
    for i, s in enumerate(sentences):
        if s.headline or not s.mentions_any(STEMS) or not s.actors and not s.mentions_any(LEADERS):
            continue  # a title announces, without its place and date, a meeting its post reports; no actor, no meeting
        trig = _trigger(s.text) or _spoke_together(s) or DISCUSSED_WITH.search(s.text) or SPOKE_THEN_WITH.search(s.text)
        signed = SIGNED_WITH.search(s.text) if "signed" in s.text else None
        if signed is not None and (trig is None or not VERB_TRIGGER.fullmatch(trig.group(0))):
            trig = signed  # a verb over a noun: "After months of talks, Russia and Ukraine signed agreements with …"
        if trig is None:
            forum = _forum_attended(s)
            if forum is not None:
                out.append(forum)
            continue
        if VERB_TRIGGER.fullmatch(trig.group(0)) and NEGATED_MEETING.search(s.text, max(0, trig.start() - 40), trig.start()) \
                and not SINCE.search(s.text, trig.end()):
            continue  # "had no plans to meet", "refused to meet", "did not meet"; but "have not met since …" recalls a meeting
        before = s.text[max(0, trig.start() - 60):trig.start()]
        low = before.lower()
        if ("not" in low or "n't" in low or "n’t" in low or "never" in low) and NOT_JOINED.search(before) \
                or ("possib" in low or "potential" in low or "prospect" in low or "hypothetical" in low) \
                and ONLY_POSSIBLE.search(before, max(0, len(before) - 30)) \
                or POSSIBLE_OBJECT.match(s.text, trig.end()) or "whether" in low and WHETHER.search(before) \
                or ("open" in low or "closed" in low or "offer" in low or "sought" in low) and ONLY_OFFERED.search(before):
            continue  # "will not join the NATO Military Committee meeting", "commented on possible negotiations with Putin"
        speech = SPEECH.search(s.text)
        said_at = _speech_occasion(s, speech)
        own = _own_meeting(s, trig)
        parts = own or _participants(s, trig.start(), trig.end(), speech, said_at)
        if trig.group(0).lower().startswith("discuss"):
            # "discussed Ukraine with Trump": what they discussed is no party to it
            topic_end = s.text.find(" with ", trig.end())
            parts = [r for r in parts if not any(x.ref == r and trig.end() <= x.start - s.start < topic_end for x in actor_mentions(s))]
        explicit = JOINS_THE_MEETING.search(s.text) or JOINED_BY.search(s.text)
        joining = explicit or (THE_MEETING.search(s.text) and not s.dates)
        if joining and out:
            # "Zelenskyy will participate in the talks": joins the meeting just reported
            last = out[-1]
            # the hosts take part too: "hosted by X and Y, with the meeting …"
            hosts = [m.ref for m in actor_mentions(s) if m.ref.startswith("Person:") and prev_word(s, m) == "by"]
            people = [r for r in dict.fromkeys([*parts, *hosts]) if r.startswith("Person:") and r not in last.participants]
            # people join a forum's meeting; any meeting when they are said to take part in it
            forum = any(_is_group(s, r) for r in last.participants)
            if people and (forum or explicit) and s.start - last.evidence[-1].end < 1500:
                out[-1] = replace(last, participants=(*last.participants, *people),
                                  evidence=(*last.evidence, s.evidence("meeting.joins")))
                continue
        if sum(r.startswith("Person:") for r in parts) < 2 and not trig.group(0).lower().startswith("discuss") \
                and THE_TWO.search(s.text, max(0, trig.start() - 120), trig.start()):
            parts = list(dict.fromkeys([*_the_two(sentences, i), *parts]))
        groups = [r for r in parts if _is_group(s, r)]
        persons = [r for r in parts if r.startswith("Person:")]
        others = [r for r in parts if not r.startswith("Person:") and r not in groups]
        if groups:
            if not GROUP_TRIGGER.search(s.text):
                continue
        elif len(persons) >= 2:
            pass
        elif len(persons) <= 1 and len(others) >= 2 and re.search(r"\b(?i:talks|negotiations|summit|meeting|met|(?:phone\s+)?calls?)\b", s.text):
            pass  # "a Ukrainian delegation led by Budanov held talks with the Russian and the US sides"
        elif len(persons) == 1 and others and (VERB_TRIGGER.fullmatch(trig.group(0)) or HOLD_A.search(s.text, 0, trig.start())
                                                  or trig.group(0).split()[0].lower() in ("held", "hold", "holds", "holding")) \
                and _before_and_after(s, trig, others, persons):
            pass  # "the leaders of France, Germany and Britain travelled to Kyiv to meet Zelensky", "… will hold a call with Zelensky"
        elif len(persons) == 1 and others and re.search(r"\b(?:met|meet|meets|meeting|talks|hosted|call|attended by)\s+(?:with\s+|between\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}$", s.text[:min(m.start for m in s.mentions if m.ref in others) - s.start]):
            pass  # "met the US delegation", "talks with Turkey", "hosted talks between Russia and Ukraine"
        else:
            continue
        if len(parts) > 12:
            continue
        later_encounter = AFTER_WHICH.search(s.text, 0, trig.start())  # "…, after which EU leaders gathered in the White House"
        since = later_encounter.end() if later_encounter is not None else 0
        # "… met Mr Putin on Monday, shortly after Russian missiles landed across Ukraine, damaging a hospital in Kyiv"
        something_else = YEARS_AFTER.search(s.text, trig.end())
        until = something_else.start() if something_else is not None else len(s.text)
        opening = OPENING_CLAUSE.match(s.text)  # "Speaking … at the Council meeting, Kallas pointed to meetings in Abu Dhabi"
        until = opening.end() if opening is not None and trig.start() < opening.end() else until
        places = [m for m in place_mentions(s) if (prev_word(s, m) in {"in", "at", "to", "inside", "near", "from"} or m.is_place)
                  and since <= m.start - s.start < until
                  and (said_at is None or m.start - s.start < said_at) and not qualifies_a_place(s, m)]
        # "Elsewhere in Europe, a Russian delegation has arrived in Istanbul": a continent is the backdrop
        places = [m for m in places if getattr(s.entries.get(m.ref), "subkind", "") != "continent"]  # never where people meet
        # "In Washington, a US official said Burns had travelled to Kyiv to meet …": where it was said, when what
        # was said names a place of its own
        told = [m for m in places if m.start - s.start >= speech.end()] if speech is not None and speech.end() <= trig.start() else []
        places = told if any(m.is_place for m in told) else places
        place = places[0].ref if places and places[0].is_place else ""
        told = s.text[:said_at or len(s.text)]  # not what was said there: "told … in a call that Russia would …"
        if opening is not None and trig.end() <= opening.end() and SPEAKING_AT.match(s.text):
            told = s.text[:opening.end()]  # "At a news conference with Duda, Zelenskyy said … would …": the occasion's tense
        # nor a participle clause after the meeting: "welcomed Zelensky for a meeting Wednesday, pledging the US would …"
        after = PARTICIPLE_AFTER.search(told, trig.end()) or SAID_AFTER.search(told, trig.end())
        told = told[:after.start()] if after else told  # (nor "…, and emphasized that Germany would …")
        if speech is not None and speech.end() <= trig.start():
            # "Denmark will give 19 jets, Frederiksen said at a joint press conference with Zelensky": the words before
            # the speaker are not the meeting's tense
            words_end = s.text.rfind(",", 0, speech.start())
            told = " " * (words_end + 1) + told[words_end + 1:] if words_end > 0 else told
        if not own:  # '"We will continue …," he said at a meeting': words, not the meeting's plan; but "I will meet …" is
            told = QUOTED.sub(lambda q: " " * len(q.group(0)), told)
        past = trig.group(0).split()[0].lower() in PAST_VERBS
        if past:
            # "Biden spoke by phone with Zelensky on Wednesday ahead of the announcement": what came after, not a plan
            told = told[:trig.end()] + AHEAD_OF.sub(lambda a: " " * len(a.group(0)), told[trig.end():])
        # "Biden held a meeting with Zelenskyy and discussed …, including plans for the coming year": a meeting held
        # is planned only by words before it ("was to have held a meeting")
        plan_told = told[:trig.end()] if past or HELD_A.search(s.text, max(0, trig.start() - 40), trig.start()) else told
        if past and not MODAL_BEFORE.search(s.text, max(0, trig.start() - 25), trig.start()) and not BY_AFTER.match(s.text, trig.end()):
            # "…, Rinkevics, who on Thursday welcomed Zelensky, told LETA": a verb in the past tells a meeting held,
            # whatever the words before it plan
            plan_told = told[max(0, trig.start() - 25):trig.end()]
        status = "cancelled" if CANCELLED.search(told) else (
            "planned" if PLANNED.search(plan_told) and not (PAST_TRIP.search(told) and not STILL_AHEAD.search(told))
            and not HELD_AFTER.match(told, trig.end()) else "held")
        if status == "planned" and ARRIVED_FOR.search(told) and not FUTURE_WORDS.search(told) and _before_publication(s, s.when(trig.start())):
            status = "held"  # "Witkoff flew to Moscow for talks with Putin last week": the trip and its talks are past
        if status == "planned" and _before_publication(s, _day_after(s, trig.end())) \
                and not PAST_PLAN.search(told, max(0, trig.start() - 30), trig.end()):
            status = "held"  # "… following a high-level meeting at the White House on Aug. 18": a past day, unless it "was to" be
        # "hailed progress on Sunday, days after meeting Putin in Alaska": the day named is not the meeting's
        undated = SOME_TIME_APART.search(s.text, max(0, trig.start() - 25), trig.start()) is not None
        for who, at, there in _encounters(s, trig, parts):
            date = "" if undated else s.when(at)
            if status == "planned" and _before_publication(s, date) \
                    and any(d.value == date and is_day_of_words(s.text, d.start, d.end) for d in s.dates):
                date = ""  # "Kuleba late Monday confirmed that he will meet Lavrov": the day of the words, not of the plan
            out.append(Meeting(tuple(who), (s.evidence("meeting.trigger"),), place=place if there is None else there, date=date,
                               status=status))
    return _chairs_join_their_forum(out, sentences)


def _chairs_join_their_forum(meetings: list[Meeting], sentences: list[Sentence]) -> list[Meeting]:
    """'Healey, who is co-chairing the meeting with Pistorius': co-chairs with no forum named and no
    date of their own chair the forum meeting the document reports nearest to them."""
    entries = sentences[0].entries if sentences else {}
    forums = [i for i, m in enumerate(meetings) if any(_is_group_ref(entries, r) for r in m.participants)]
    if not forums:
        return meetings
    out = list(meetings)
    for i, m in enumerate(meetings):
        if i in forums or m.date or not CHAIRING.search(m.evidence[0].text):
            continue
        j = min(forums, key=lambda k: abs(meetings[k].evidence[0].start - m.evidence[0].start))
        forum = out[j]
        out[j] = replace(forum, participants=(*forum.participants, *(r for r in m.participants if r not in forum.participants)),
                         evidence=(*forum.evidence, *m.evidence))
        out[i] = None
    return [m for m in out if m is not None]
