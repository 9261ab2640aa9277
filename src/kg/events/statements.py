"""Statements: direct quotations and reported speech with their speaker."""

from __future__ import annotations

import re
from dataclasses import replace
from collections import deque

from ..mentions import DATELINE, Mention, trie_pattern, word_before
from ..lexicon import PEOPLE_NOUNS, TITLE_WORDS, get_lexicon
from ..models import Meeting, Statement
from .context import (
    BODY_OFFICE_OF, PARTICIPLE, Gate, Sentence, actor_mentions, first_letter_groups, main_subject, possessive_owner, qualifies_a_person,
    speaks_as_state, subject_before,
)

__all__ = ["find_statements", "REPORTING"]

REPORTING = (
    r"say|says|said|saying|tell|tells|told|add|adds|added|write|writes|wrote|warn|warns|warned|warning|"
    r"state|states|stated|insist|insists|insisted|argue|argues|argued|claim|claims|claimed|claiming|"
    r"note|notes|noted|explain|explains|explained|urge|urges|urged|accuse|accuses|accused|accusing|"
    r"praise|praises|praised|criticise|criticises|criticised|criticize|criticized|confirm|confirms|"
    r"confirmed|suggest|suggests|suggested|stress|stresses|stressed|"
    r"acknowledge|acknowledges|acknowledged|believe|believes|believed|describe|describes|described|estimates|estimated|"
    r"respond|responds|responded|reply|replies|replied|reiterate|reiterates|reiterated|dismiss|dismisses|"
    r"dismissed|deny|denies|denied|admit|admits|admitted|vow|vows|vowed|promises|promised|"
    r"reported|reports|threaten|threatens|threatened|call|calls|called|predict|predicts|predicted|"
    r"assert|asserts|asserted|emphasise|emphasised|emphasized|emphasises|emphasizes|emphasize|declare|declares|declared|"
    r"expressed|expresses|hope|hopes|hoped|think|thinks|thought|tweeted|posted|highlighted|highlights|"
    r"condemned|condemns|condemn|set out|sets out|stated|recalled|recalls|pointed out|points out|objected|objects|"
    r"hinted|hints|conceded|concedes|underlined|underlines|repeated|repeats|referred to|refers to|labelled|labeled|"
    r"slammed|slams|blasted|lambasted|denounced|denounces|decried|decries|concluded|concludes|"
    r"specified|specifies|clarified|clarifies|thanks|thanked|thanking|commented|comments|commenting|"
    r"announced|announces|proposed|proposes|spoke|speaks|renewed|renews|signaled|signalled|signals|"
    r"made it clear|makes it clear|made clear|makes clear|alleged|alleges|reminded|reminds|"
    # participles continuing a speaker's words: "…, adding that", "was reporting fresh attacks"
    r"adding|noting|stressing|insisting|arguing|explaining|reporting|describing|telling|writing|confirming|"
    r"acknowledging|emphasising|emphasizing|suggesting|declaring|asserting|reiterating|urging|calling"
)
# the verbs as a trie: the same matches as the plain alternation, tried in a fraction of the time; the
# lookahead on the first letters of the words skips other word starts at once
VERB_PREFIXES = ("has ", "have ", "had ", "also ", "repeatedly ", "later ", "earlier ", "previously ", "then ")
VERB = re.compile(rf"\b(?=[{''.join(sorted({w[0] for w in (*REPORTING.split('|'), *VERB_PREFIXES)}))}])"
                  rf"(?:{first_letter_groups(list(VERB_PREFIXES))})*(?P<verb>{trie_pattern(REPORTING.split('|'))})\b")
# "As the president clarified, …", "As Peskov put it, …": the speaker's aside opens the sentence
AS_SAID = re.compile(r"^\W*As\s+(?P<who>(?:[\w’'.-]+\s+){1,6}?)(?:said|says|noted|notes|clarified|explained|stressed|"
                     r"pointed out|put it|recalled|emphasi[sz]ed|told \w+),\s+")
ACCORDING = re.compile(r"\b(?:[Aa]ccording to|[Ss]peaking to|in an interview with|[Aa]s (?:noted|stated|reported|explained|said) by)\s+")
# words every VERB and every ACCORDING match holds, as written: a sentence without any is skipped quickly
REPORTING_WORDS = Gate(REPORTING.split("|"))
ACCORDING_WORDS = Gate(("ccording to", "peaking to", "in an interview with", "s noted by", "s stated by", "s reported by",
                        "s explained by", "s said by"))
LEAD_IN = re.compile(
    # "told Ukrainian Defense Minister Rustem Umerov during a meeting … that", "said on Telegram that"
    # (never across a pronoun: "said Thursday it shot down the drones that …" has begun its claim)
    # (nor across a finite verb: "said Tokyo will assist Ukraine's efforts to ensure that …" has begun its words)
    r"^\W*(?:(?:(?=[A-Z])(?:(?!(?:it|he|she|they|we|I|that|will|would|can|could|should|must|is|are|was|were|has|have|had)\s)[^\s,.;“\"]+\s+){1,12}?|(?:(?!(?:it|he|she|they|we|I|that)\s)[^\s,.;“\"]+\s+){1,3}?)(?i:that)\s+(?=\S)|(?i:that)\s+|(?i:reporters|journalists)\s+(?:(?i:that)\s+)?"
    r"|the [A-Z]\w+(?: [A-Z]\w+)*\s+(?i:that)\s+|(?:on|in) [A-Z]\w+(?: [A-Z]\w+)* (?:(?i:that)\s+)?"
    r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:(?i:that)\s+)?|(?:today|yesterday)\s+(?:(?i:that)\s+)?"
    r"|(?:on|in)\s+(?:late\s+|early\s+|mid\s+)?[A-Z][a-z]*\.?\s+(?:\d{1,2}\s+)?(?i:that)\s+"  # "on Oct. 28 that", "in late August that"
    r"|(?i:it was)\s+|(?i:in a statement)(?: on [A-Z]\w+)?(?: that)?\s*,?\s*"
    # "said on a call with reporters that …", "told a news conference in Kyiv that …"
    r"|(?:(?:on|in|during|at)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:call|interview|briefing|conference|address|speech|meeting|session|gathering|summit|talks|forum|event|rally|ceremony)\b[^,.;“\"]{0,60}?\s(?i:that)\s+)"
)
# the audience told, before the clause said to it
TOLD_AUDIENCE = re.compile(r"^(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,4}?(?=(?:he|she|they|it|we|I)\s)"
                           r"|^(?:him|her|them|us|me)\s+(?=\S)"  # "told him Britain would …"
                           # "told their Ukrainian counterparts at talks in Turkey that …"
                           r"|^(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){1,8}?that\s+"
                           # "told parliament Berlin would …", "told reporters talks were continuing": an audience
                           r"|^(?:the\s+)?(?:parliament|lawmakers|legislators|MPs|senators|deputies|delegates|reporters|allies|partners|"
                           r"journalists|press|audience|crowd|(?:a\s+)?(?:news|press)\s+conference)\s+(?=\S)"
                           # "told the BBC the shelling had got worse", "told Reuters Russia would …": a named listener
                           r"|^(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){1,3}(?=(?:the|a|an|this|that|there|it|he|she|they|we|I)\b|[A-Z][a-z]+\s+[a-z])")
QUOTE = re.compile(r"[“\"](?P<q>[^“”\"]{3,})(?:[”\"]|$)")
# a noun whose content "that" opens: "Biden's claim that Putin …" is part of what was said, not a lead-in
NOUN_THAT = re.compile(r"\b(?:claims?|assertions?|allegations?|reports?|suggestions?|belief|idea|notion|fact|news|"
                       r"warnings?|promises?|view|argument|accusations?)\s+that\s+$", re.I)
# words after which a verb of speech is a noun ("the stated aim", "his call for", "a phone call")
NOUN_MARKERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "phone", "telephone", "video", "first", "latest", "most",
                "any", "these", "those", "such", "repeated", "growing"}  # ("will reject any calls for a ceasefire")
# verbs that report speech only with "that" after them (or a quotation): "noted that …", not "the talks concluded"
NEEDS_THAT = {"state", "states", "reports", "note", "notes", "hope", "hopes", "hoped", "think", "thinks", "thought", "post",
              "posted", "concluded", "concludes", "specified", "specifies", "clarified", "clarifies",
              "commented", "comments", "commenting", "made it clear", "makes it clear", "made clear", "makes clear"}
EVALUATIVE = ("thank", "prais", "critici", "accus", "urg", "warn", "threat", "describ", "dismiss", "reject", "den", "vow", "promis", "call",
              "condemn", "highlight", "object", "hint", "slam", "blast", "lambast", "decr")
NEGATED_VERB = re.compile(r"(?:n['’]t|\bnot|\bnever)\s+(?:yet\s+|immediately\s+|publicly\s+|directly\s+|officially\s+)?$"
                          r"|\b(?:unable|refused|declined|failed)\s+to\s+$")  # "he was unable to confirm whether …"
# the one-word office titles, longest first, for patterns of offices
TITLE_ALTERNATION = "|".join(sorted((re.escape(w) for w in TITLE_WORDS if " " not in w), key=len, reverse=True))
PREPOSITIONS = {"for", "of", "over", "about", "with", "against", "on", "by", "in", "and", "or"}  # "for alleged support"
# what may stand between a closing "said" and its speaker: "said the former deputy foreign minister X"
GAP_WORDS = {"the", "a", "an", "former", "then", "deputy", "foreign", "defence", "defense", "prime", "top", "senior",
             "special", "vice", "state", "regional", "military", "presidential", "national", "security", "acting", "new",
             "on", "in", "of", "to", "for", "and", "late", "earlier", "later", "its", "his", "her", "their",
             "delegation", "negotiating", "team"}  # "the head of the Russian delegation, Vladimir Medinsky"
POSSESSIVE = re.compile(r"(its|his|her)\s+(?:latest\s+|daily\s+|morning\s+|evening\s+|official\s+|own\s+)*"
                        r"(?:update|statement|report|data|figures|account|office|post|summary|count|tally)\b", re.I)
LISTENER = re.compile(r"(?:the\s+)?(?:(?:state-run|state-owned|state|pro-Kremlin|independent|local|national|public)\s+)?"
                      r"(?:[A-Z0-9][\w.’']*\s*){1,6}(?:programme|show|podcast|newspaper|television|radio|(?:news\s+)?agency|broadcaster|"
                      r"outlet|daily|channel)?")
# "…, told journalists at a news conference": whom it was told
LISTENERS = re.compile(r"^(?:journalists|reporters|the\s+press|the\s+media|lawmakers|legislators|parliament|students|"
                       r"(?:an?|the)\s+(?:audience|crowd))\b")
# "…, Kuleba told journalists after meeting Lavrov in Turkey": when the words were said, not what
# ("…, the Ukrainian Air Force said Thursday, while a diplomatic push …": a clause of the reporter's own)
LATER_CLAUSE = re.compile(r"\s+(?:(?:just|mere|only|a\s+few|several|\d+)\s+)?(?:(?:hours?|days?|minutes?|weeks?)\s+)?"
                          r"(?:after|before|following|ahead\s+of|upon)\s.*$|,\s+(?:while|as|amid|whereas|even\s+as)\s.*$"
                          # ("…, Russia's defence ministry said, in a sweeping attack that …": the reporter's words on it)
                          r"|,\s+in\s+(?:a|an|what)\s.*$"
                          r"|\s+as\s+(?:he|she|they|it)\s+(?:\w+\s+){0,2}?(?:entered|arrived|left|headed|walked|went|came)\b.*$"
                          # ("…, the Kremlin said without providing immediate details": how little, not what, was said)
                          r"|,?\s+without\s+(?:providing|giving|offering|elaborating|specifying|saying|naming|disclosing)\b.*$", re.S)
# "…, and has said …", "… and has instead called on …": a second verb of the same speaker
AND_THEN = re.compile(r"\s+and\s+(?:then\s+|also\s+)?$")
COORDINATED = re.compile(r",[”\"’]?\s+(?:and|but)\s+(?:has\s+|had\s+|have\s+|also\s+)*$|\s+(?:and|but)\s+(?:has|had|have|also)\s+"
                         r"(?:also\s+|instead\s+|since\s+|repeatedly\s+)*$")
# "…, Pistorius said during a visit to Kyiv", "…, Rutte said at a news conference in Brussels": where it was said
OCCASION = re.compile(r"^(?:in|on|during|at|after|before|ahead of)\s+(?:a|an|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,3}?"
                      r"(?:statement|readout|post|video|address|interview|briefing|message|speech|call|Telegram|X|visit|trip|"
                      r"(?:news|press) conference|meeting|summit|talks|event|ceremony|session|hearing|forum)"
                      # "in a post on X (formerly Twitter) after his meeting with De Croo in Brussels on Tuesday"
                      r"(?:\s+\([^()]{1,40}\)|\s+(?:of|on|with|to|in|at|after|before|during)\s+[^,.;()]{1,40}?){0,4}$")
WHERE_POSTED = re.compile(r"(?:on|in|via)\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:app|channel|account|platform|page|website)"
                          r"|(?:aboard|on board)\b.*")  # "told reporters aboard Air Force One on Thursday": where, not what
ANON_SPEAKS = re.compile(r"(?:,\s+|;\s+|\s+)(?:and|but|while|whereas)\s+(?:[\w-]+\s+){0,3}?(?:officials|sources|analysts|experts|observers)\s+$")
POSTED_WORDS = ("app", "channel", "account", "platform", "page", "website", "aboard", "on board")  # one is in every WHERE_POSTED
OFFICE_BEFORE = re.compile(r",\s*(?:(?:the\s+)?(?:[A-Z][\w.’'-]*|of|and|for)\s+){0,6}$")  # ", Secretary of State " before a name
AND_BEFORE = re.compile(r",?\s+(?:and|but|while|whereas)\s+$")
PEOPLE_OF_STATES = re.compile(r"(?:^|[,.;:]\s+)\W*(?:the\s+)?(?:foreign\s+|defen[cs]e\s+|prime\s+)?(?:ministers|leaders|presidents|"
                              r"governments|heads\s+of\s+(?:state|government))\s+of\s+(?:the\s+)?$")
LIST_COMMA = re.compile(r",\s+(?:the\s+)?")
FIRST_OF_PAIR = re.compile(r"\s+(?:that\s+)?(?:both\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}and\s+(?:the\s+)?")
CLAUSE_BEFORE_SUBJECT = re.compile(r",?\s+(?:as|because|since|while|although|though|when)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,3}$")
# "Trump and Vice President JD Vance", "Yermak and Kharkiv governor Oleh Syniehubov"
AND_JOINED = re.compile(rf"\s+and\s+(?:(?:[A-Z][a-z]+|{TITLE_ALTERNATION})\s+){{0,3}}")
# an office right before a name: capitalised words and lower-case title words ("Presidential chief of staff ")
OFFICE_BEFORE_NAME = re.compile(rf"(?<![\w’'-])(?:(?:[A-Z][\w’'-]*|{TITLE_ALTERNATION}|of|the|staff|affairs)\s+){{1,5}}$")
# "announced his country will deliver 13 MiG-29s", "announced its forces were running drills": a clause, not a thing
CLAUSE_AFTER = re.compile(r"\s+(?:(?:his|her|its|their|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:will|would|was|were|is|are|had|has|have|could|can)\s")
# "…, said internal affairs minister Ihor Klymenko": a few words of an office ending in its title
OFFICE_GAP = re.compile(rf"\s*(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}(?:{TITLE_ALTERNATION})\s+")
# '"…," Ukrainian presidency chief of staff Andriy Yermak told': an office between a quotation and its speaker
OFFICE_WORDS = re.compile(rf"(?:[\w’'-]+\s+){{0,4}}(?:{TITLE_ALTERNATION})(?:\s+of\s+staff)?")
# nothing but "Both" or "The" before the subject, after the start or one opening phrase ("On Friday, ")
CLAUSE_OPENS = re.compile(r"(?:^|[.;:]\s+|^[^,.;:]{1,80},\s+)\W*(?:(?:There|Then|Later|Earlier|Also|Meanwhile)\s+)?(?:[Bb]oth\s+)?(?:[Tt]he\s+)?$")
# "said in a joint statement that", "said in an interview with the BBC that": where, then what
# ("said in separate statements after the talks with Ukraine and Russia that …")
SAID_IN = re.compile(r"^\s*(?:in|on|during)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:statement|interview|post|video|"
                     r"address|briefing|message|speech|call)s?(?:\s+(?:on|with|to|after|following)\s+[^,]{1,60}?)?\s*,?\s+that\s+")
# a main clause of the same speaker declining to say more: what it says is not in the words
REFUSAL_AFTER = re.compile(r",\s+(?:but\s+)?(?:he|she|they|it)\s+(?:did|does|do|would|could|will)\s*(?:not|n['’]t)\s+"
                           r"(?:say|specify|elaborate|comment|give|provide|confirm|disclose|reveal|name)\b|,\s+(?:but\s+)?(?:he|she|they|it)\s+"
                           r"(?:declined|refused)\s+to\b")
# "He told journalists in Brussels on Monday, answering questions from Interfax-Ukraine": where and how, no words
ONLY_WHERE_AND_HOW = re.compile(rf"(?:in|at|on)\s+[A-Z][\w-]+(?:\s+(?:on|in)\s+\w+)?,\s+{PARTICIPLE}")
SAID_THIS = re.compile(r"(?:this|that|so|it)\s+")  # "He said this in an interview with Suspilne": words told before
# "He said this during a national telemarathon broadcast on Monday": where words told before were said
SAID_THIS_THERE = re.compile(r"(?:this|so|the news|the information)\s+(?:in|during|at|on|after|before|while|when|via|through)\b"
                             r"|(?:This|That|It)\s+(?:was|has been|is)\s+(?:announced|stated|said|reported)\b")  # "This was announced during …"
POST_TIME = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[:–—-]\s+")  # "11:40 PM: "
# an outlet's own attribution after the speaker's or the words: "…, PAP has reported", "…, Caliber.Az reports per …"
# (also after a quotation, whose closing mark is kept: '…,” Reuters reported')
OUTLET = r"(?:,(?P<mark>[”\"’])?|(?<=[”\"’]),)\s+(?:[A-Z][\w.-]*\s+){1,3}(?:has\s+|had\s+)?"
SECOND_SOURCE = re.compile(rf"{OUTLET}(?:reported|reports|said|says)$")
OUTLET_REPORTS = re.compile(rf"{OUTLET}(?:reports|reported|writes|wrote|informs|informed)\b.*$")
BUT_THEN = re.compile(r",\s+but\s+$")
QUOTE_FROM = re.compile(r"^\W*Quote(?:\s+from\s+(?P<who>[^:“\"]{2,80}))?:\s*[“\"]")
SAYING = re.compile(r"^\s*(?:by\s+)?saying\s+(?:that\s+)?")
AND_THAT = re.compile(r",\s+and\s+that\s+")
CALLED_IT = re.compile(r"\s+(?:[\w’'-]+\s+){1,5}[“\"]")  # 'calls Putin's demands "absurd"': a judgement quoted
CALL_ON_A_DAY = re.compile(r"\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d)")
TRAILING_CONJUNCTION = re.compile(r",?\s*(?:and|but|though|although|whereas|(?:to|for|of|with|in)\s+which|which|who)"
                                  r"(?:\s+(?:has|had|also|instead))*$")
THAT_CLAUSE = re.compile(r"\s+that\s+\S.*")  # "adding that the group made " before a quotation
# "noted that", "posted on Telegram that", "announced Wednesday that": the clause said, after where or when
THAT_AFTER = re.compile(r"\s+(?:(?:on|in|via|during|at)\s+(?:(?:the\s+)?[A-Z0-9][\w.-]*\s+(?:[\w.-]+\s+)?|(?:late|early|mid)\s+[A-Z]\w*\s+"
                        r"|(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+)?(?:statement|post|video|interview|address|speech|message|briefing)\s+)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+"
                        r"|(?:today|yesterday|earlier|later|also)\s+){0,2}that\s")
SOURCE_IN = re.compile(r"\b(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+)?(?:sources?|insiders?)\s+(?:in|within|inside|close\s+to|at|from|"
                       r"familiar\s+with)\b", re.I)
WHAT_ONE_CALLED = re.compile(r"\bwhat\s+(?:he|she|they|it|we|I|[A-Z][\w’'-]+)\s+(?:has\s+|had\s+|have\s+)?$")
THREAT_SAID = re.compile(r"\s+(?:(?:not\s+)?(?:to|that|with)\b|[^.;]{0,40}[“\"]|(?:[\w-]+\s+){0,3}(?:sanctions|tariffs|strikes|retaliation|"
                         r"consequences|measures|response|action|force|reprisals)\b)")
OPENING_SPEECH = re.compile(r"^\W*(?:Expressing\s+|Voicing\s+)?(?P<words>(?:(?:hope|concern|confidence|regret)\s+that|(?<!\w)(?:Noting|Stressing|"
                            r"Warning|Saying|Insisting|Arguing|Emphasi[sz]ing|Recalling)\s+that)\s[^,]{8,}?),\s+")
CLOSING_PAIR = re.compile(r",[”\"]?\s*(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,4}$")  # ", French President " before the first of two
CLOSING_VERBS = {"said", "says", "stated", "added", "reported", "announced", "confirmed", "wrote"}
AT_A_PLACE = re.compile(r"^(?:at|in|from|during\s+a\s+visit\s+to|on\s+a\s+visit\s+to|while\s+visiting)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s*)+"
                        r"(?:(?:in|,)\s+(?:[A-Z][\w.’'-]*\s*)+)?$")
RENEWED_CALL = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}(?:calls?|demands?|appeals?|offers?|proposals?|warnings?|threats?)\b")
SPOKE_ABOUT = re.compile(r"\s+(?:\w+ly\s+)?(?:about|of)\s+(?!(?:the\s+)?(?:call|meeting|talks|conversation)\b)")
THE_STATEMENT = re.compile(r"\W*(?:The|That|This|Its|His|Her|Their)\s+(?:\w+\s+)?(?:statement|post|message|readout|communiqué|"
                           r"update)\s+(?:also\s+|further\s+)?")
AFTER_QUOTE = re.compile(r"[”\"’]\s*$")  # a closing quote right before a verb
DIGIT = re.compile(r"\d")
# the words a date leaves behind it ("early on Thursday", "late on Oct. 29")
WHEN_SAID = re.compile(r"\b(?:(?:early|late|earlier|later)\s+)?(?:on|in)\s+(?=\s)")
SAYING_VERBS = {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted", "notes", "reported", "reports",
                "explained", "explains", "insisted", "insists", "argued", "argues", "claimed", "claims", "confirmed", "confirms",
                "announced", "announces"}
ANON_ONE = ("official", "source", "diplomat", "aide", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor")
AN_OFFICIAL = re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(ANON_ONE)})\s+$")
ANON = {"officials", "sources", "source", "analysts", "experts", "reports", "media", "observers", "authorities", "witnesses",
        "residents"}


def _quotes(text: str) -> list[tuple[int, int, str]]:
    if "“" not in text and '"' not in text:
        return []  # (every QUOTE match opens with one of them)
    return [(m.start(), m.end(), m.group("q").strip(" ,")) for m in QUOTE.finditer(text)]


def _words_outside(text: str, quotes: list[tuple[int, int, str]]) -> int:
    """How many words of `text` (a start of the sentence the quotations were found in) are not quoted."""
    for a, b, _ in quotes:
        if a < len(text):
            text = text[:a] + " " * (min(b, len(text)) - a) + text[min(b, len(text)):]
    return len(re.findall(r"\w+", text))


def _noun_marker(word: str) -> bool:
    """Whether a verb of speech after `word` is a noun: "the stated aim", "a phone call", "Biden's claim"."""
    return word in NOUN_MARKERS or word.endswith(("'s", "’s"))


def _unstamped(text: str) -> str:
    """Words told before their speaker, without a dateline or a live post's time ("11:40 PM:") opening them."""
    return POST_TIME.sub("", DATELINE.sub("", text)).strip(" ,")


def _left_open(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


CLOSING = re.compile(r"[”\"]")
QUOTE_THEN_SPEAKER = re.compile(r"\s*(?:[\w’'.-]+,?\s+){0,6}")  # from a closing quotation mark to its speaker


def _inside(pos: int, spans: list[tuple[int, int, str]]) -> bool:
    return any(s < pos < e for s, e, _ in spans)


def _speaker_after(s: Sentence, rel: int) -> Mention | None:
    """'…, said Peskov' / '…, says the Kremlin spokesman': a speaker right after the verb that ends the
    sentence (not the subject of a clause the verb introduces: '…, said Russia was not interested')."""
    after = [m for m in actor_mentions(s) if m.start - s.start >= rel]
    for i, m in enumerate(after):
        # "…, says US Special Envoy to Ukraine and Russia Keith Kellogg on Fox News": states in the office are not the speaker
        if not m.ref.startswith("Person:") and any(p.ref.startswith("Person:") for p in after[i + 1:i + 3]) \
                and _only_qualifiers(s.text[rel:next(p for p in after[i + 1:] if p.ref.startswith("Person:")).start - s.start]):
            continue
        if speaks_as_state(s, m) and not qualifies_a_person(s, m):
            gap = s.text[rel:m.start - s.start]
            other = _and_another(s, m, after[i + 1:])
            if other is None and i + 1 < len(after) and after[i + 1].ref == m.ref and not s.text[m.end - s.start:after[i + 1].start - s.start].strip():
                other = after[i + 1]  # "Kremlin spokesman Dmitry Peskov": the office named, then the name
            rest = s.text[(other or m).end - s.start:]  # ("according to Mayor Ihor Terekhov and Oleh Syniehubov, head of …")
            # "…, says Yana Kolomiets, 31, a casting director": an apposition may follow the speaker
            rest = "" if rest.startswith(",") else rest.strip(" .,”\"")
            if OCCASION.fullmatch(rest) or WHERE_POSTED.fullmatch(rest):
                rest = ""  # '"…," said Starmer in a joint press conference': where, not a clause of his
            if len(gap.strip(" ,")) > 60 or re.search(r"[.;“”\"]", gap) or len(rest.split()) > 3:
                return None
            if not _only_qualifiers(gap) and not OFFICE_GAP.fullmatch(gap):
                return None  # "…, said economic ties with the US …": a clause, not a speaker, follows the verb
            return m
    return None


def _and_another(s: Sentence, m: Mention, later: list[Mention]) -> Mention | None:
    """The speaker named right after `m` and "and" ("Ihor Terekhov and Oleh Syniehubov"), if any."""
    nxt = next((x for x in later if x.ref.startswith("Person:")), None)
    if nxt is None or nxt.ref == m.ref or not re.fullmatch(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,4}", s.text[m.end - s.start:nxt.start - s.start]):
        return None
    return nxt


def _only_qualifiers(gap: str) -> bool:
    """'the', "the UK's", 'Germany's defence': nothing between a quotation and its speaker but words
    that qualify the speaker."""
    words = gap.replace(",", " ").split()
    return all(w[:1].isupper() or w.lower() in GAP_WORDS or w.lower() in TITLE_WORDS or w.endswith(("'s", "’s"))
               for w in words)


def _describes_speaker(gap: str) -> bool:
    """Between a quotation and its speaker: qualifying words ("the UK's"), or a short description in
    commas ('building resident,', "the mayor of Kyiv,") that names an office or what the person is."""
    if _only_qualifiers(gap) or BODY_OFFICE_OF.match(gap.strip().lower()):
        return True  # (or "the office of": the speaker is the body whose office speaks)
    if OFFICE_WORDS.fullmatch(gap.strip(" ,")):
        return True  # '"…," Ukrainian presidency chief of staff Andriy Yermak told reporters'

    words = gap.replace(",", " ").lower().split()
    return gap.rstrip().endswith(",") and 0 < len(words) <= 6 and any(w in TITLE_WORDS or w in PEOPLE_NOUNS for w in words)


def _possessor(m: re.Match | None, recent: list[tuple[int, Mention]], last: tuple[int, str] | None) -> str | None:
    """'according to its latest update', 'according to his office' (a POSSESSIVE match): the last
    speaker when of that kind, else the organisation (or person) named last in the sentences before."""
    if m is None:
        return None
    wanted = ("Person:",) if m.group(1).lower() in ("his", "her") else ("Organization:", "State:")
    if last is not None and last[1].startswith(wanted):
        return last[1]
    return next((x.ref for _, x in reversed(recent) if x.ref.startswith(wanted) and x.via not in ("demonym", "place-name")), None)


def _apposition(gap: str) -> bool:
    """", the chief executive of the fund, ", ", 34, a teacher,": an office or an age in commas between
    the speaker and the verb."""
    inner = gap.strip()
    if re.match(r",\s*(?:aged\s+)?\d{1,3},(?:[^,]{0,80},)?$", inner):
        return True  # ", 34, a teacher in Kharkiv,": an age, then what the person does
    if re.match(r",\s*(?:a|an)\s+[^,“”\"]{3,80},$", inner):
        return True  # ", a billionaire real estate developer,", ", a think tank based in Germany,"
    if re.match(r",\s*(?:speaking|writing|addressing|talking|in televised remarks|in a statement)\b[^,“”\"]{0,80},$", inner):
        return True  # ", speaking in Kyiv on Monday,": the occasion, then the verb
    return inner.startswith(",") and inner.endswith(",") and inner.count(",") == 2 and len(inner) < 100 \
        and any(w in TITLE_WORDS for w in re.split(r"[\s,-]+", inner.lower()))  # "commander-in-chief" holds one


def _named_again(s: Sentence, spk: Mention, v0: int) -> bool:
    """"Ukraine's Security Service, the SBU, said": the speaker is an actor named again in commas right
    before the verb, after its first name."""
    return re.fullmatch(r"\s*,\s*", s.text[spk.end - s.start:v0]) is not None \
        and re.search(r"\w,\s*(?:the\s+)?$", s.text[:spk.start - s.start]) is not None


# a participle clause after the speaker: ", adding that …", ", citing …", ", rejecting accusations …"
PARTICIPLE_CLAUSE = re.compile(rf",\s+(?:without\s+)?{PARTICIPLE}")  # (", without saying what …")


def _closing_attribution(s: Sentence, spk: Mention, v1: int, verb: str) -> bool:
    """The speaker and verb close the sentence after a comma: what comes before them is what was said."""
    if SAID_IN.match(s.text[v1:v1 + 200]):
        return False  # "…, and the White House said in separate statements after the talks that …": the words follow
    # "…, Ukraine's air force said on Sunday, adding that …": what is added is a statement of its own
    # ("…, Chancellor Olaf Scholz said Wednesday, rejecting accusations …": so is any participle clause)
    tail = LATER_CLAUSE.sub("", PARTICIPLE_CLAUSE.split(s.text[v1:], maxsplit=1)[0])
    if len(tail) <= 120:  # (a longer tail is never only a listener, a day and an occasion)
        if "day" in tail or "night" in tail or DIGIT.search(tail):
            # "…, Governor Oleksandr Prokudin reported on Oct. 29": when, not what
            for d in s.dates:
                if v1 <= d.start and d.end <= v1 + len(tail):
                    tail = tail[:d.start - v1] + " " * (d.end - d.start) + tail[d.end - v1:]
            tail = WHEN_SAID.sub(" ", tail)
        # "…, Downing Street said in a readout of the call", "…, Starukh wrote on the Telegram messaging app"
        # ("…, Kosiniak-Kamysz said on Tuesday, PAP has reported": the outlet that carried it)
        # ("…, told journalists at a news conference": whom and where, not what)
        tail = OCCASION.sub("", LISTENERS.sub("", SECOND_SOURCE.sub(r"\g<mark>", tail.strip(" .")).strip(" ,")).strip())
        if any(w in tail for w in POSTED_WORDS):
            tail = WHERE_POSTED.sub("", tail)
        tail = AT_A_PLACE.sub("", tail.strip())  # "…, Frederiksen said at Skrydstrup Air Base in Denmark": where
        tail = tail.strip()
    tail = tail.strip(" .")
    before = s.text[:spk.start - s.start]
    if tail.split()[:1] and tail.split()[0].lower() in ("as", "it", "its", "that", "to", "them", "him", "her"):
        return False  # "…, which Moscow has claimed as its own": the verb has its own object
    # "told Reuters", "tells BBC Radio 4's Today programme"; but "promised additional Mirage jets" has an object
    # "…, Moscow said, just days after …": the speaker and verb set off by commas close the words
    listener = (len(tail.split()) <= 3 and verb in SAYING_VERBS) or LISTENER.fullmatch(tail) \
        or verb in SAYING_VERBS and s.text[v1:].startswith(",")
    office = before.rsplit(",", 1)[1].split() if "," in before else []
    # (a long office is still only the speaker's: ", Deputy Prime Minister and Minister of National Defense X said")
    return bool(listener) and "that" not in tail.split() and "," in before and len(before.rsplit(",", 1)[0].split()) >= 4 \
        and (len(office) <= 6 or len(office) <= 12 and all(w[:1].isupper() or w in ("and", "of", "for", "the") for w in office))


def _words_end(text: str, speaker_at: int) -> int:
    """Where the words before a closing speaker end: at the comma before the speaker, or before the office
    set off in commas ahead of the name ("…, the Kremlin's top foreign policy aide, Yuri Ushakov, told …")."""
    cut = text.rfind(",", 0, speaker_at)
    if text[cut:speaker_at].strip(" ,") == "":
        prev = text.rfind(",", 0, cut)
        office = text[prev + 1:cut].lower().split() if prev > 0 else []
        if 0 < len(office) <= 8 and any(w in TITLE_WORDS for w in office):
            return prev
    return cut


# a capitalised word right before a verb: its subject ("CNN reported", "Witnesses said")
DAY_OR_MONTH = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                          r"September|October|November|December")
CAPITALISED_SUBJECT = re.compile(r"(?:\b[A-Z][\w.&’'-]*\s+)+(?:(?:has|have|had|also|repeatedly|later|earlier|then)\s+)*$")


def _unnamed_subject(s: Sentence, v0: int) -> bool:
    """Whether the verb at `v0` has a capitalised subject that holds or touches no actor mention: the speaker
    found further back is then someone else's."""
    m = CAPITALISED_SUBJECT.search(s.text, max(0, v0 - 60), v0)
    if m is not None and DAY_OR_MONTH.fullmatch(m.group(0).strip()):
        return False  # "The Kremlin on Monday accused …": a day, not a subject
    # (a name run on by more capitalised words is still named: "Ukraine's Air Force Command reported")
    return m is not None and not any(x.start - s.start < m.end() and x.end - s.start >= m.start() - 1 for x in s.mentions)


def _coordinated_before(s: Sentence, spk: Mention) -> list[str]:
    """The actor named with the speaker as one subject opening the clause: 'Ukraine and Russia accused each
    other …', 'Both Putin and Zelensky said …'."""
    if spk.via == "pronoun":
        return []
    actors = list(actor_mentions(s))
    i = next((k for k, m in enumerate(actors) if m is spk), 0)
    head = spk
    # (another person is no one's office: "Yermak and Kharkiv governor Oleh Syniehubov")
    while i > 0 and (actors[i - 1].ref == spk.ref and not s.text[actors[i - 1].end - s.start:head.start - s.start].strip()
                     or not actors[i - 1].ref.startswith("Person:")
                     and _office_between(s.text[actors[i - 1].end - s.start:head.start - s.start])):
        i -= 1  # "Vice President JD Vance", "NATO Secretary-General Jens Stoltenberg": the office before the name is his
        head = actors[i]
    if i == 0:
        return []
    prev = actors[i - 1]
    if not AND_JOINED.fullmatch(s.text[prev.end - s.start:head.start - s.start]):
        return []
    joined = [prev]
    # "France, the UK and Belgium have said …": the list before the "and"
    while i - len(joined) - 1 >= 0 and LIST_COMMA.fullmatch(s.text, actors[i - len(joined) - 1].end - s.start, joined[0].start - s.start):
        joined.insert(0, actors[i - len(joined) - 1])
    # "the foreign ministers of Italy and Spain stated …": the states whose people speak, each of them
    people_of = PEOPLE_OF_STATES.search(s.text, 0, joined[0].start - s.start) is not None
    # ("Presidential chief of staff Andrii Yermak and …": the first one's office opens the clause with him)
    office = OFFICE_BEFORE_NAME.search(s.text, max(0, joined[0].start - s.start - 60), joined[0].start - s.start)
    opens_at = office.start() if office is not None else joined[0].start - s.start
    if any(m.via in ("demonym", "pronoun") or m.via == "place-name" and not people_of or possessive_owner(s, m) for m in joined) \
            or not (people_of or CLAUSE_OPENS.search(s.text, 0, opens_at)):
        return []
    return [m.ref for m in joined]


def _office_between(gap: str) -> bool:
    """' Secretary-General ', ' Foreign Minister ': an office between whose it is and who holds it."""
    words = re.split(r"[\s-]+", gap.strip())
    return bool(gap.strip()) and _only_qualifiers(gap) and any(w.lower() in TITLE_WORDS for w in words)


def _joined_before(s: Sentence, spk: Mention) -> list[str]:
    """'…, French President Emmanuel Macron and the Elysee said': the actor named with a closing speaker."""
    if s.text[spk.end - s.start:].strip(" .") not in CLOSING_VERBS:
        return []
    actors = list(actor_mentions(s))
    i = next((k for k, m in enumerate(actors) if m == spk), 0)
    if i == 0:
        return []
    prev = actors[i - 1]
    gap = s.text[prev.end - s.start:spk.start - s.start]
    if prev.via in ("demonym", "place-name", "pronoun") or prev.ref == spk.ref or not re.fullmatch(r"\s+and\s+(?:the\s+)?", gap) \
            or not CLOSING_PAIR.search(s.text, 0, prev.start - s.start):
        return []
    return [prev.ref]


def _unnamed_for(phrase: str) -> str | None:
    """'A Kremlin spokesman', 'a US official': the state or organisation an unnamed official speaks for, if named."""
    lex = get_lexicon()
    capitalised = re.findall(r"[A-Z][\w.’'-]*", phrase)
    for word in capitalised[1:] if phrase[:1].isupper() else capitalised:  # (not the article opening a sentence)
        ref = lex.demonyms.get(word) or next((r for r in lex.names.get(word, ()) if r.startswith(("State:", "Organization:"))), None)
        if ref is not None:
            return ref
    return None


WITH_BEFORE = re.compile(r"\bwith\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,4}$")  # "with French President Emmanuel Macron"
# "…, with Kallas saying Russia is escalating the war and Russia accusing Ukraine of …": a second absolute clause
AND_AFTER_WITH = re.compile(r"\bwith\s+[^.;]{1,160}?\b[a-z]+ing\b[^.;]*?\band\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+){0,4}$")


def _with_subject(s: Sentence, v0: int) -> Mention | None:
    """'…, with Kallas saying Russia is escalating the war': the actor right after "with" speaks."""
    before = [m for m in actor_mentions(s) if m.end - s.start <= v0]
    # (an apposition may stand between: "with Peter Stano, a spokesperson for the European Commission, commenting that")
    named = [m for m in before if (WITH_BEFORE.search(s.text, max(0, m.start - s.start - 60), m.start - s.start)
                                   or AND_AFTER_WITH.search(s.text, 0, m.start - s.start))
             and re.fullmatch(r"\s+|,[^,;.“”\"]{1,100},\s+", s.text[m.end - s.start:v0])]
    return named[-1] if named else None


def _another_with(s: Sentence, vm: re.Match, speaker: str) -> bool:
    """Whether a later participle has a subject of its own in a second absolute clause ("… and Russia accusing …")."""
    if not vm.group("verb").endswith("ing"):
        return False
    other = _with_subject(s, vm.start())
    return other is not None and other.ref != speaker


def _clause_after(text: str) -> str:
    text = SAID_IN.sub("", text, count=1)  # "in a joint statement that …"
    text = SAYING.sub("", text, count=1)  # "responds saying Trump wants a ceasefire"
    lead = LEAD_IN.match(text)
    if lead is not None and not NOUN_THAT.search(lead.group(0)):  # "said Biden's claim that …" is all said
        text = text[lead.end():]
    return text.strip(" ,.:;–-")


WITH_THINGS = re.compile(r"\bwith\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+$")  # "with impacts", "with new attacks"
WHO_CLAUSE = re.compile(r",\s+(?:who|which)\s")


def find_statements(sentences: list[Sentence]) -> list[Statement]:
    out: list[Statement] = []
    last: tuple[int, str] | None = None  # (paragraph, speaker) of the last statement
    recent: deque[Sentence] = deque()  # the sentences before, within two paragraphs, whose actors may be meant
    open_quote: tuple[int, str] | None = None  # (paragraph, speaker) of a quotation not yet closed
    labelled = False  # whether that quotation opened after "Quote from X:"
    for s in sentences:
        if s.headline or s.text.startswith(("Source:", "Sources:")):
            continue  # a title repeats, in other words, a statement the post or article gives in full; a source line cites
        if open_quote is not None and out and out[-1].speaker == open_quote[1] and s.text.lstrip()[:1] not in "“\"‘" \
                and (s.paragraph == open_quote[0] or labelled and 0 < s.paragraph - open_quote[0] <= 2):
            # '… said: "I'm not going to make guarantees. We're going to have Europe do that."': one quotation; one
            # introduced by "Quote from X:" runs on over paragraphs that do not open with a quotation mark
            close = CLOSING.search(s.text)
            words = s.text[:close.start() if close else len(s.text)].strip()
            prev = out[-1]
            out[-1] = Statement(prev.speaker, f"{prev.text} {words}", (*prev.evidence, s.evidence("statement.continued-quote")))
            open_quote = (s.paragraph, open_quote[1]) if close is None else None
            continue
        labelled = False
        quote_from = QUOTE_FROM.match(s.text)
        if quote_from is not None:
            # Ukrainian outlets' 'Quote from Podoliak: "…"' (or 'Quote: "…"' for the speaker just reported)
            who = next((x.ref for x in actor_mentions(s) if quote_from.start("who") <= x.start - s.start < quote_from.end("who")), None) \
                if quote_from.group("who") else (last[1] if last is not None and s.paragraph - last[0] <= 4 else None)
            words = s.text[quote_from.end():]
            close = CLOSING.search(words)
            words = words[:close.start() if close else len(words)].strip(" ,")
            if who is not None and len(words.split()) >= 3:
                out.append(Statement(who, words, (s.evidence("statement.quote"),)))
                last = (s.paragraph, who)
                open_quote, labelled = (None, False) if close else ((s.paragraph, who), True)
                continue
        # a quotation left open at a paragraph's end goes on in the next one, which opens with a quotation mark
        carried = open_quote if open_quote is not None and 0 < s.paragraph - open_quote[0] <= 2 else None  # lines, not paragraphs
        open_quote = None
        quotes = _quotes(s.text)
        all_quotes = quotes
        found = False
        # "according to X, ..." / "..., according to X"
        for m in ACCORDING.finditer(s.text) if s.mentions_any(ACCORDING_WORDS) else ():
            if m.group(0).startswith("in") and VERB.search(s.text, max(0, m.start() - 25), m.start()):
                continue  # "…, Yermak says in an interview with RBC-Ukraine": the verb names the speaker
            spk = _speaker_after(s, m.end())
            poss = POSSESSIVE.match(s.text, m.end()) if spk is None else None  # "according to its morning update, …"
            spk_ref = spk.ref if spk is not None else _possessor(poss, [(t.paragraph, x) for t in recent for x in t.actors], last)
            if spk_ref is None:
                continue
            before = s.text[:m.start()].strip(" ,")
            after_spk = s.text[spk.end - s.start if spk is not None else poss.end():].lstrip(" ,")
            after_spk = re.sub(r"^(?:[^,]{0,60}?,\s*)", "", after_spk) if after_spk.startswith(("'s", "’s")) else after_spk
            text = before if len(before) > 15 else after_spk
            text = quotes[0][2] if quotes else text
            text = DATELINE.sub("", text)
            if len(text.split()) >= 3:
                out.append(Statement(spk_ref, text.strip(" ,."), (s.evidence("statement.according-to"),)))
                other = _and_another(s, spk, [x for x in actor_mentions(s) if x.start >= spk.end]) if spk is not None else None
                if other is not None:  # "according to Mayor Ihor Terekhov and Oleh Syniehubov": both say it
                    out.append(Statement(other.ref, text.strip(" ,."), (s.evidence("statement.according-to"),)))
                last, found = (s.paragraph, spk_ref), True
        said_as = AS_SAID.match(s.text) if not found and s.text.startswith(("As ", "“As ", '"As ')) else None
        who = None if said_as is None else next((x for x in actor_mentions(s) if said_as.start("who") <= x.start - s.start
                                                 and x.end - s.start <= said_as.end("who") and speaks_as_state(s, x)), None)
        if who is not None and len(s.text[said_as.end():].split()) >= 3:
            # "As the president clarified, the Americans expected …": the words follow the speaker's aside
            out.append(Statement(who.ref, DATELINE.sub("", s.text[said_as.end():]).strip(" ,."), (s.evidence("statement.as-said"),)))
            last, found = (s.paragraph, who.ref), True
        while recent and s.paragraph - recent[0].paragraph > 2:
            recent.popleft()
        recent.append(s)
        if found:
            continue
        # (not "what he described as terrorist attacks", "what he called Russia's nuclear threat": words inside the words)
        verbs = [vm for vm in VERB.finditer(s.text) if (not quotes or not _inside(vm.start("verb"), quotes))
                 and not WHAT_ONE_CALLED.search(s.text, max(0, vm.start() - 25), vm.start())] \
            if s.mentions_any(REPORTING_WORDS) else []
        said_here: list[str] = []
        covered = -1  # the end of the reported clause already taken: verbs inside it are its content
        for i, vm in enumerate(verbs):
            v0, v1 = vm.span()
            if v0 < covered:
                continue
            if NEGATED_VERB.search(s.text, max(0, v0 - 25), vm.start("verb")):
                continue  # "The Kremlin hasn't confirmed that …", "He didn't say where": nothing was said
            verb = vm.group("verb").lower()
            tail = s.text[v1:].strip(" .")
            # ("…, said spokesperson of the Ministry of Foreign Affairs Heorhiy Tykhyi": a long office before the speaker)
            # (a relative clause after the speaker is about the speaker: "…, stated Kremlin spokesman Dmitry Peskov,
            # who also called conclusions … premature")
            own = WHO_CLAUSE.split(tail, 1)[0]
            post = v0 > 15 and (bool(AFTER_QUOTE.search(s.text, 0, v0)) or (
                s.text[:v0].rstrip().endswith(",") and not re.search(r"\bthat\b", own)
                and (len(own) < 60 or len(own) < 100 and _speaker_after(s, v1) is not None)))
            # "…, adding that …" / "…, and suggested that …": the speaker already speaking goes on
            continues = (verb.endswith("ing") and s.text[:v0].rstrip().rstrip("\"”’").endswith(",")
                         or bool(said_here) and (bool(COORDINATED.search(s.text, 0, v0))))
            before = word_before(s.text, v0)
            if before in ANON and s.text[:v0].rstrip().endswith(","):
                before = ""  # "… eight injured residents, said Governor Serhiy Lysak": not the subject of the verb
            if before == "without":
                continue  # "…, the air force said, without saying what happened to …": nothing was said
            if verb == "alleged" and before in PREPOSITIONS:
                continue  # "sanctions … for alleged support of Russia's invasion": an adjective
            if before in ANON:
                continue  # "reports suggesting …", "officials saying …": nobody named speaks
            unnamed = AN_OFFICIAL.search(s.text, max(0, v0 - 60), v0) if before in ANON_ONE else None
            for_whom = _unnamed_for(unnamed.group(0)) if unnamed is not None else None
            if unnamed is not None and for_whom is None:
                continue  # "a senior administration official said": nobody named speaks
            if _noun_marker(before):
                continue  # "an estimated 100 drones", "a phone call", "Biden's claim that": not a verb of speech
            if before in ("is", "are", "was", "were", "been", "be") and verb.endswith(("ed", "ught", "aid")):
                continue  # "He is believed to be discussing …", "it was reported": nobody named says it
            if verb.endswith("ed") and WITH_THINGS.search(s.text, max(0, v0 - 40), v0):
                continue  # "…, with impacts reported across 25 locations": a participle; nobody named reports it
            if continues:
                # "…, adding that …": the main clause's subject goes on speaking
                spk = None if said_here else (_with_subject(s, v0) or main_subject(s, v0))
                post = False
            elif post:
                # "…, says X" / "“…,” said X": the speaker comes after the verb or is a pronoun there
                spk = _speaker_after(s, v1)
                if spk is None:
                    # "Pistorius, who co-chaired the meeting, said …": the comma closes a relative clause
                    spk = subject_before(s, v0)
                    if spk is None or not (re.search(r",\s*(?:who|which)\b", s.text[spk.end - s.start:v0])
                                           or _apposition(s.text[spk.end - s.start:v0])
                                           or _named_again(s, spk, v0)):
                        continue
                    post = False
            elif BUT_THEN.search(s.text, max(0, v0 - 8), v0) and (head := main_subject(s, v0)) is not None:
                spk = head  # "Kallas pointed to recent talks involving Russia, but dismissed them": the clause's subject
            else:
                # ("…, amid uncertainty over US support, with Zelensky warning …": the actor after "with" speaks)
                spk = (_with_subject(s, v0) if verb.endswith("ing") else None) or subject_before(s, v0)
                if spk is not None and _unnamed_subject(s, v0):
                    continue  # "…, but CNN reported the trip would …": someone the text does not count among its actors
            if spk is None and said_here and (continues or re.search(r"\band\s+(?:has\s+|had\s+|also\s+|instead\s+)*$", s.text[:v0])):
                spk_ref = said_here[-1]
            elif spk is None and last is not None and s.paragraph - last[0] <= 1 and (
                    THE_STATEMENT.fullmatch(s.text, 0, v0)  # "… posted on Telegram. The statement said …"
                    # "Ukraine's air force said … Of the 28 launched, it said 16 were intercepted"
                    or last[1].startswith(("Organization:", "State:")) and before == "it" and not verb.endswith("ing")):
                spk_ref = last[1]  # the words of the one just quoted
            elif spk is None and for_whom is None:
                continue
            else:
                spk_ref = for_whom or spk.ref  # "A Kremlin spokesman said": the Kremlin speaks, not a spokesman it has
                prefix = s.text[:spk.start - s.start].lower().split() if spk is not None else []
                if prefix and prefix[-1] in ANON:
                    continue
                if spk is not None and ("source" in s.lower or "insider" in s.lower) \
                        and (src := SOURCE_IN.search(s.text, 0, v0)) is not None and src.end() <= spk.start - s.start:
                    continue  # "a source in the Main Directorate of Intelligence (HUR) told Kyiv Post": nobody named speaks
            if said_here and _another_with(s, vm, said_here[-1]):
                # "…, with Kallas saying Russia is "escalating the war" and Russia accusing Ukraine of …": the second
                # speaker's words are only those after its verb
                quotes, post = [q for q in all_quotes if q[0] >= v1], False
            # '"No injuries were reported," Gusev said, adding that …': words after the quotation, which go on with it
            goes_on = bool(all_quotes) and continues and bool(said_here) and all_quotes[0][0] <= 1 \
                and _goes_on(s.text, vm, all_quotes)
            if goes_on:
                quotes = []
            if verb in ("call", "calls", "called") and (not (re.match(r"\s+(?:on|for)\b", s.text[v1:]) or CALLED_IT.match(s.text, v1))
                                                       or CALL_ON_A_DAY.match(s.text, v1)):
                continue  # "called on Europe to step up", 'calls Putin's demands "absurd"' are said; "a phone call on Thursday" is not
            if verb in NEEDS_THAT and not quotes and not THAT_AFTER.match(s.text, v1) \
                    and not (verb in ("stated", "states", "noted", "notes") and (not s.text[v1:].strip(" .”\"") or post)):
                continue  # (but "…, the Elysee Palace stated." and "…, stated Kremlin spokesman Dmitry Peskov" close on their speaker)
            if verb.startswith(("announce", "propose", "signal")) and not THAT_AFTER.match(s.text, v1) and s.text[v1:].strip(" .”\"") \
                    and not CLAUSE_AFTER.match(s.text, v1):
                continue  # "the funding the UK government has announced today": a thing announced, no words
            if (verb in ("add", "adds", "added", "adding") or verb.startswith("respond") and not all_quotes) and re.match(r"\s+to\b", s.text[v1:]):
                continue  # "added to the goodwill", "to help Kyiv respond to Russia's invasion": no words
            if verb.startswith("renew") and not RENEWED_CALL.match(s.text, v1):
                continue  # "renewed sanctions": nothing said; "renewed Moscow's call for short ceasefires" is
            if verb in ("spoke", "speaks") and not SPOKE_ABOUT.match(s.text, v1):
                continue  # "spoke with Macron", "spoke to reporters": no words; "spoke urgently about the alliance" gives some
            if verb.startswith("threat") and not THREAT_SAID.match(s.text, v1):
                continue  # "continuing to threaten global food supplies": a danger, not words; "threatened to strike" is
            if verb == "blasted" and re.match(r"\s+off\b", s.text[v1:]):
                continue  # "Gagarin blasted off into the history books": a launch
            if quotes and not post and quotes[0][0] > v1 and any(
                    (own := subject_before(s, nxt.start())) is not None and own.start - s.start > v1
                    and re.fullmatch(r"\s+(?:\w+\s+){0,2}", s.text[own.end - s.start:nxt.start()])
                    for nxt in verbs[i + 1:] if nxt.start() < quotes[0][0] <= nxt.end() + 40):
                # (a quotation far into the second verb's clause is still the first speaker's: "The Kremlin said that Putin
                # and Trump think a temporary ceasefire … would “lead to prolongation of the conflict”")
                continue  # "a press release noted that Healey would tell the meeting, “…”": the quotation is his
            stop = len(s.text)
            for nxt in verbs[i + 1:]:
                nxt_verb = nxt.group("verb").lower()
                if nxt_verb in NEEDS_THAT and not re.match(r"\s+that\b", s.text[nxt.end():]):
                    continue  # "the talks have concluded": no verb of speech
                nxt_before = word_before(s.text, nxt.start())
                if _noun_marker(nxt_before):
                    continue  # "peace between Ukraine and Russia in a phone call with Putin": a noun, not a verb
                if nxt_verb.endswith("ing") and s.text[:nxt.start()].rstrip().rstrip("\"”’").endswith(",") \
                        and not s.text[nxt.end():].lstrip().startswith(":") \
                        and nxt_verb != "calling":
                    # ('…, saying: "…"' quotes what went before; "slammed Russia for the strike, calling it …" is one verdict,
                    # and "confirmed Biden's visit, calling it …" one statement)
                    # "said that the talks have concluded, describing them as …": the speaker goes on in a clause of its own
                    stop = len(s.text[:nxt.start()].rstrip())  # (a quotation closed after the comma stays whole)
                    stop = stop - 1 if s.text[stop - 1] == "," else stop
                    break
                if COORDINATED.search(s.text, v1, nxt.start()):
                    stop = nxt.start()  # "has described the deal as preliminary, and has said he wants …": two statements
                    break
                if verb.startswith(EVALUATIVE) and THAT_AFTER.match(s.text, nxt.end()) \
                        and (joined := AND_THEN.search(s.text, v1, nxt.start())) is not None:
                    # "thanked Bulgaria for its support and stressed that …": the thanks end at "and" (but "thanked Saudi
                    # Arabia for hosting the talks and said it now falls on Russia …" stays one statement, as annotated)
                    stop = joined.start()
                    break
                if word_before(s.text, nxt.start()) in ANON and (joined := ANON_SPEAKS.search(s.text, v1, nxt.start())):
                    stop = joined.start()  # "…, but Ukrainian officials say …": others, unnamed, speak from here
                    break
                own = subject_before(s, nxt.start())
                if own is not None and own.ref == spk_ref and re.search(r",\s+(?:which|as)\s+$", s.text[:own.start - s.start]):
                    continue  # "…, which she says is higher than last year": the speaker's own aside goes on
                if own is not None and FIRST_OF_PAIR.fullmatch(s.text, v1, own.start - s.start):
                    continue  # "said both Moscow and Washington acknowledged …": the pair is the subject of what was said
                if own is not None and own.start - s.start > v1 and re.search(r"[,;]|\b(?:and|but|while)\b", s.text[v1:own.start - s.start]):
                    stop = nxt.start()
                    if own.via == "pronoun":
                        stop = own.start - s.start  # "…, but he said they …": he speaks again, from his own verb
                    elif (office := OFFICE_BEFORE.search(s.text, v1, own.start - s.start)) is not None:
                        # "…, Downing Street said", "…, Secretary of State Antony Blinken said": the next speaker is not in the words
                        stop = office.start()
                    elif (joined := AND_BEFORE.search(s.text, v1, own.start - s.start)):
                        stop = joined.start()  # "… escalating the war and Russia accused …": nor is the "and" before it
                    elif (because := CLAUSE_BEFORE_SUBJECT.search(s.text, v1, own.start - s.start)):
                        stop = because.start()  # "…, as Putin has expressed support …": his words are his own
                    break
            lead = s.text[v1:quotes[0][0]] if quotes and quotes[0][0] >= v1 else ""
            if quotes and not post and quotes[0][0] >= v1 and (
                (not re.fullmatch(r"\W*(?:that\W*)?(?:it was\W*)?", lead) and (len(lead) > 25 or len(lead.split()) >= 4)) or len(quotes[0][2].split()) < 3
            ):
                quotes = []  # a partial quotation inside reported speech: the whole clause is the statement
            if quotes and not post and spk is not None and all(q[0] < v1 for q in quotes) and \
                    not _describes_speaker(s.text[quotes[-1][1]:spk.start - s.start]):
                # 'Questioned about her "key enabler" remark, Kallas says 80% …': the quotation is not hers here
                quotes = []
            if quotes and not post and spk is not None and not THAT_AFTER.match(s.text, v1):
                # '"…," Rubio said in an interview with the "Face the Nation" show': the quotation closed before
                # the speaker is what was said; a later one names a show or a book (but "said on Monday that …"
                # tells its words after the verb)
                # ('… raise “territorial issues”, he said': a comma after the mark, the speaker and the verb)
                closed = [q for q in quotes if QUOTE_THEN_SPEAKER.fullmatch(s.text, q[1], spk.start - s.start)
                          or spk.via == "pronoun" and re.fullmatch(r",\s*", s.text[q[1]:spk.start - s.start])
                          and not s.text[spk.end - s.start:v0].strip()]
                quotes = closed or quotes
                post = post or bool(closed)
            if quotes:
                near = [q for q in quotes if q[0] >= v1] if not post else [q for q in quotes if q[1] <= v0]
                q = (near or quotes)[0 if not post else -1]
                text = q[2]
                if not post and near == [] and len(quotes) > 1:
                    text = " ".join(x[2] for x in quotes)
                if post and near:
                    upto = near[-1][1]
                    if spk is not None and spk.start - s.start > upto:
                        # ('An "economic agreement" will also be discussed, he said': the words run on to the speaker)
                        upto = max(upto, _words_end(s.text, spk.start - s.start))
                    if _words_outside(s.text[:upto], quotes) >= 4:
                        # 'Russia is continuing its "special military operation" in Ukraine "to achieve the aims …,"
                        # Peskov added': quotations inside reported words; all of them are what was said
                        text = s.text[:upto].strip(" ,")
            elif post:
                # (a live post's time is not said: "11:40 PM: All eight injured …, Syniehubov wrote")
                text = _unstamped(s.text[:min(v0, spk.start - s.start)])
            elif spk is not None and _closing_attribution(s, spk, v1, verb):
                # "The new sanctions will …, Deputy Secretary Wally Adeyemo told Reuters."
                text = _unstamped(s.text[:_words_end(s.text, spk.start - s.start)])
                stop = v1  # the words were before the verb: what follows it ("…, adding that …") is still to read
            else:
                # "called on Europe to step up": whom one calls on is part of the call, not its occasion
                text = s.text[v1:stop].strip(" ,.:;–-") if verb.startswith("call") else _clause_after(s.text[v1:stop])
                if verb in ("spoke", "speaks"):
                    text = s.text[SPOKE_ABOUT.match(s.text, v1).end():stop].strip(" ,.")  # what they spoke about
                if verb.startswith(("tell", "told", "remind")) and text == s.text[v1:stop].strip(" ,.:;–-"):
                    # no "that" took the listener off: "telling his first cabinet meeting he is …"
                    text = TOLD_AUDIENCE.sub("", text, count=1)
                if verb.startswith(EVALUATIVE):
                    text = f"{vm.group('verb')} {text}"
                text = REFUSAL_AFTER.split(text, maxsplit=1)[0]  # "confirmed the visit, he did not specify …"
                text = OUTLET_REPORTS.sub(r"\g<mark>", text)  # "…, Caliber.Az reports per EU press service"
                text = TRAILING_CONJUNCTION.sub("", text).strip(" ,.")
                # "…, he says" ending the clause: the subject of the next verb is not part of the words
                text = re.sub(r",\s+(?:he|she|they|it|we|I)$", "", text)
            if text.split()[:1] == ["as"]:
                continue  # "claimed as its own": a verb of claiming territory, not of speech
            if OCCASION.fullmatch(text) or WHERE_POSTED.fullmatch(text) or ONLY_WHERE_AND_HOW.match(text) or SAID_THIS_THERE.match(text) \
                    or SAID_THIS.match(text) and OCCASION.fullmatch(SECOND_SOURCE.sub(r"\g<mark>", text[SAID_THIS.match(text).end():])):
                continue  # "wrote on the Telegram messaging app, saying that …": where, not what
            if len(text.split()) < 3 or spk_ref in said_here and quotes:
                continue
            evidence = (s.evidence(f"statement.{'quote' if quotes else 'reported'}"),)
            # "Ukraine and Russia accused each other …", "Both Putin and Zelensky said …": each of them says it
            co_speakers = (_coordinated_before(s, spk) or _joined_before(s, spk)) if spk is not None else []
            # "… wants a ceasefire, and that he hopes to hear from US counterparts soon": two claims
            parts = [p for p in AND_THAT.split(text) if len(p.split()) >= 3] or [text] \
                if not (quotes or post) and ", and that " in text else (text,)
            if goes_on and out and out[-1].speaker == spk_ref and out[-1].evidence[0].start == s.start:
                out[-1] = replace(out[-1], text=f"{out[-1].text} ... {text}")  # one statement, as the words run on
                parts = ()
            for part in parts:
                if co_speakers:
                    out.extend(Statement(ref, part, evidence) for ref in co_speakers if ref != spk_ref)
                out.append(Statement(spk_ref, part, evidence))
            if quotes and not post and _left_open(s.text):
                open_quote = (s.paragraph, spk_ref)
            said_here.append(spk_ref)
            covered = stop if not (quotes or post) else covered
            last, found = (s.paragraph, spk_ref), True
            if (quotes or post) and not any(_goes_on(s.text, nxt, all_quotes) or _another_with(s, nxt, spk_ref) for nxt in verbs[i + 1:]):
                break
        opening = OPENING_SPEECH.match(s.text) if said_here else None
        if opening is not None and not any(opening.group("words") in x.text for x in out[-len(said_here):]):
            # "Expressing hope that the meeting "will be a turning point", the minister said that …": his words too
            out.append(Statement(said_here[0], opening.group("words"), (s.evidence("statement.opening"),)))
        if found or not quotes:
            if not found and not quotes and s.text[:1] not in "“\"":
                last = None if (last and s.paragraph != last[0]) else last
            continue
        # a quotation standing alone continues the last speaker's words
        if last is not None and s.paragraph - last[0] <= 2 and s.text.lstrip()[:1] in "“\"‘":
            text = " ".join(q[2] for q in quotes)
            prev = out[-1] if out and out[-1].speaker == last[1] else None
            # after reported speech ("…, Austin said. “I want to thank him.”") the quotation is words of their own
            quoted_before = prev is not None and prev.evidence[-1].rule in ("statement.quote", "statement.continued-quote")
            if quoted_before and (last[0] == s.paragraph or carried == last):
                out[-1] = Statement(prev.speaker, f"{prev.text} {text}", (*prev.evidence, s.evidence("statement.continued-quote")))
            else:
                out.append(Statement(last[1], text, (s.evidence("statement.continued-quote"),)))
            last = (s.paragraph, last[1])
            if _left_open(s.text):
                open_quote = last
    return out


def _goes_on(text: str, vm: re.Match, quotes: list) -> bool:
    """Whether a verb of speech is '…, adding that …' after a quotation: the speaker's next words, in a clause
    of their own (which may quote some words: '…, adding that the group made "major progress"')."""
    return vm.group("verb").lower().endswith("ing") and text[:vm.start()].rstrip().endswith(",") \
        and any(q[1] <= vm.start() for q in quotes) \
        and all(q[1] <= vm.start() or q[0] >= vm.end() and THAT_CLAUSE.fullmatch(text, vm.end(), q[0]) for q in quotes)


# "The leaders agreed that …", "They agreed Russia must …": what the people of the call or meeting
# just reported said together; "agreed to stay in touch" is a commitment, not a claim
JOINT = re.compile(
    r"^(?:[^,]{0,60},\s*)?(?:(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:leaders|men|ministers|presidents|pair)|They|Both)\s+"
    r"(?:also\s+)?(?:agreed|stressed|underlined|reaffirmed|emphasi[sz]ed)\s+(?:that\s+)?(?!to\b)(?P<claim>\w.*)")
AGREED_TO = re.compile(r"(?:[\w-]+\s+){0,2}to\s")
JOINT_VERBS = Gate(("agreed", "stressed", "underlined", "reaffirmed", "emphasi"))  # one is in every JOINT match
JOINT_REACH = 1500  # characters back to the meeting the joint words belong to


def find_joint_statements(sentences: list[Sentence], meetings: list[Meeting]) -> list[Statement]:
    """A statement by each person of the encounter between people reported last before a sentence of
    joint words."""
    out: list[Statement] = []
    for s in sentences:
        m = JOINT.match(s.text) if s.mentions_any(JOINT_VERBS) else None
        if m is None or s.headline:
            continue
        before = [x for x in meetings if s.start - JOINT_REACH <= x.evidence[0].start < s.start
                  and sum(r.startswith("Person:") for r in x.participants) >= 2]
        claim = m.group("claim").strip(" ,.")
        if not before or len(claim.split()) < 3 or AGREED_TO.match(claim) and not s.text[:m.start("claim")].rstrip().endswith("that"):
            continue  # ("They agreed last week to suspend protests": a commitment, not a claim)
        last = max(before, key=lambda x: x.evidence[0].start)
        people = [r for r in last.participants if r.startswith("Person:")]
        out.extend(Statement(p, claim, (s.evidence("statement.joint"),)) for p in people)
    return out
