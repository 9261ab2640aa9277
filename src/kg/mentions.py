"""Find who and where a document names: gazetteer matches, unseen names from context, coreference.

The result is a list of Mention objects in text order, each resolved to an actor ref ("Person:key")
or a place key, plus the document-local actors and places discovered on the way.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterator

from .gazetteer import office_of
from .ids import slugify
from .lexicon import ORG_HEADS, PEOPLE_NOUNS, TITLE_WORDS, Entry, Lexicon, get_lexicon
from .nlp import quotations, sentence_spans
from .phrases import APOSTROPHES, Literals, PhraseIndex, is_word_char

__all__ = ["DATELINE", "Mention", "MentionSet", "find_mentions"]


def trie_pattern(words) -> str:
    """An alternation of `words` as a trie ('ch(?:air(?:man|woman)?|ief)'): it matches the same
    strings as 'w1|w2|…', the longest first at each branch, and tries far fewer branches per position."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return (f"(?:{body})?" if len(alts) > 1 or len(alts[0]) > 1 else body + "?")
        return body

    return emit(tree)


# (letters with any Latin diacritic: "Luminița-Teodora Odobescu", "Lipavský", "Ingrida Šimonytė", "Łukasz")
UPPER = "[A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper()) + "]"
NAME_TOKEN = rf"{UPPER}[a-zà-öø-ÿā-ɏ]+(?:['’]{UPPER}[a-zà-öø-ÿā-ɏ]+|-[A-Za-zà-öø-ÿā-ɏ]+)*"
# NAME_TOKEN as a whole word, and "Firstname Lastname" after a lower-case word or a comma (not an
# organisation's head): led by the capital's class, not by a boundary or lookbehind, to scan fast
NAME_WORD = re.compile(rf"{UPPER}(?<!\w{UPPER}){NAME_TOKEN.removeprefix(UPPER)}\b")
MID_SENTENCE_NAME = re.compile(rf"(?P<name>{UPPER}(?<=[a-z,;:] {UPPER}){NAME_TOKEN.removeprefix(UPPER)} {NAME_TOKEN})\b"
                               rf"(?!\s+(?:{'|'.join(sorted(ORG_HEADS))})\b)")
PARTICLE = r"(?:von der|von|van der|van|de|da|del|al|bin|le|la)"
# (a middle initial may stand between: "Charles Q Brown", "Charles Q. Brown")
NAME = rf"{NAME_TOKEN}(?:\s+[A-Z]\.?(?=\s+[A-Z][a-z]))?(?:\s+(?:{PARTICLE}\s+)?{NAME_TOKEN}){{1,2}}"
TITLE_ALT = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
# the same words as a trie: where a title must end at a given place (before whitespace and the end, or
# a word boundary) the alternatives' order cannot change a match, and the trie is tried much faster
TITLE_TRIE = trie_pattern(TITLE_WORDS)
REPORT_VERB_WORDS = (
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "warned", "warns", "stated", "insisted",
    "insists", "argued", "argues", "claimed", "claims", "noted", "notes", "explained", "explains", "urged", "urges",
    "emphasised", "emphasized", "emphasises", "emphasizes", "stressed", "stresses", "recalled", "replied",
    "responded", "acknowledged", "admitted", "concluded", "characterized", "characterised", "confirmed", "announced",
    "asserted", "reiterated", "vowed", "denied", "made it clear",
)
# plain words, so the gate below can look for each of them
REPORT_VERBS = "(?:" + "|".join(REPORT_VERB_WORDS) + ")"
# "Defence Minister Boris Pistorius", "special envoy Steve Witkoff", "mayor Borys Filatov"
# case variants spelled out: a case-sensitive alternation scans about twice as fast as (?i:...)
TITLE_CASED = trie_pattern({v for w in TITLE_WORDS for v in (w, w.capitalize(), w.upper())})
# ("EU Ambassador to Ukraine Matti Maasikas": the post's country between the title and the name)
# (an office's portfolio may stand between: "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Andrii Sybiha")
PORTFOLIO = (r"(?:State|Defen[cs]e|Foreign\s+Affairs|Internal\s+Affairs|the\s+Interior|Finance|the\s+Treasury|Homeland\s+Security|"
             r"Energy|Justice|Economy|Health|Agriculture|Culture|Digital\s+Transformation|Strategic\s+Industries|Veterans\s+Affairs|"
             r"Staff|Office|the\s+Presidential\s+Office)")
TITLED = re.compile(rf"\b(?:{TITLE_CASED})s?\.?(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]+|\s+of\s+{PORTFOLIO})?,?\s+(?P<name>{NAME})\b")
# "Hanno Pevkur, Estonia's defence minister" / "Kirill Dmitriev, an economic envoy for Putin"
APPOSED = re.compile(rf"\b(?P<name>{NAME}),\s+(?:(?:the|a|an|who is|[A-Z][\w.]+(?:'s|’s))\s+)?(?:[\w-]+\s+){{0,5}}?(?i:{TITLE_TRIE}s?)\b")
# "Oleksandr Merezhko said"
SUBJECT = re.compile(rf"\b(?P<name>{NAME})\s+(?:has\s+|had\s+|also\s+)?{REPORT_VERBS}\b")
# '"…," says Maryna Stepanenko, a Ukrainian journalist'
SPEAKER_AFTER = re.compile(rf"[,”\"]\s+(?:says|said|adds|added|tells|told|writes|wrote)\s+(?P<name>{NAME})\b")
ORG_NAME = re.compile(
    # ("Operational Command South": a region's command is named by its point of the compass)
    rf"\b(?P<name>(?:the\s+)?(?:[A-Z][\w’'-]+\s+){{1,4}}(?:{'|'.join(sorted(ORG_HEADS))})(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}"
    rf"|\s+(?:North|South|East|West|Centre|Center)(?![\w-]))?)\b"
)
CLAUSE_OPENERS = {"As", "In", "At", "On", "For", "By", "With", "From", "While", "When", "After", "Before", "Since", "Under", "Like"}
ORG_HEAD_WORDS = Literals(sorted(ORG_HEADS))  # one is in every ORG_NAME match, among word characters and spaces
BYLINE = re.compile(
    r"^(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2})\n[^\n]{0,60}\b(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Pp]roducer|"
    r"[Jj]ournalist|[Pp]resenter|[Aa]nalyst|BBC [A-Z]\w+)\b[^\n]*$",
    re.M,
)
GROUP_ANAPHOR = re.compile(
    r"[Tt](?<!\w[Tt])he (?P<head>group|coalition|alliance|council|bloc|commission|organi[sz]ation|military|army|air force|navy|general staff|"
    r"defen[cs]e ministry|ministry|foreign ministry)\b(?!\s+of\s+(?!nations\b|countries\b|states\b|allies\b))"
)
# "Seoul's foreign ministry", "the Turkish Presidency", "Ukraine's emergency services": a state's organ the
# gazetteer does not list, named by the state and a common noun of government (the armed forces are left to
# the state: their strikes are the state's)
STATE_ORGAN = re.compile(
    r"(?:['’]s)?\s(?P<organ>(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ee]nergy|[Ff]inance|[Jj]ustice|[Hh]ealth|[Aa]griculture|"
    r"[Ee]conomy|[Ee]mergenc(?:y|ies)(?: [Ss]ituations)?) [Mm]inistry|[Pp]residency|[Pp]residential [Oo]ffice|"
    r"[Ee]mergency [Ss]ervices?|[Pp]rosecutor[- ][Gg]eneral(?:['’]s [Oo]ffice)?|[Ss]ecurity [Ss]ervice|"
    r"[Bb]order [Gg]uard [Ss]ervice)\b(?!\s+(?:of|for)\b)"
)
PARTY_GOVERNMENT = re.compile(r"(?:-led)?\s+government\b")
ORGAN_KINDS = {"ministry": "ministry", "presidency": "government-office", "office": "government-office"}
REGION_LIST = re.compile(
    r"\b(?P<names>(?:[A-Z][\w’'-]+,\s+)*[A-Z][\w’'-]+,?\s+(?:and|or)\s+[A-Z][\w’'-]+)\s+(?P<noun>[Rr]egions|[Oo]blasts|[Pp]rovinces|[Dd]istricts)\b"
    # "the regions of Odesa, Kharkiv and Kyiv"
    r"|\b(?P<noun2>[Rr]egions|[Oo]blasts|[Pp]rovinces) of (?:the )?(?P<names2>(?:[A-Z][\w’'-]+,\s+)*[A-Z][\w’'-]+,?\s+(?:and|or)\s+[A-Z][\w’'-]+)"
)
REGION_OF = re.compile(r"\b(?P<noun>[Rr]egion|[Oo]blast|[Pp]rovince) of (?P<name>[A-Z][\w’'-]+)\b(?!\s+[A-Z])")
REGION_OF_NOUNS = Literals(("egion", "blast", "rovince"))  # in every REGION_OF match, among word characters and spaces
# "Irkutsk Region" (as Russian agencies write it), "the Belgorod regional governor": the region, not the city
# "Kherson Governor Oleksandr Prokudin": governors in Ukraine and Russia govern regions
KIND_OF_REGION = re.compile(r"\b(?P<name>[A-Z][\w’'-]+) (?:border|frontline|front-line|front|bordering) region\b")
NAMED_REGION = re.compile(r"(?<![\w’'-])(?<![A-Z][\w’'-] )(?P<name>[A-Z][\w’'-]+) (?P<noun>Region|Oblast|Province|[Rr]egional|[Gg]overnor)\b")
NAMED_REGION_NOUNS = Literals(("Region", "Oblast", "Province", "egional", "overnor"))
# every REGION_LIST match holds one of these, and only word characters, commas and whitespace
REGION_LIST_NOUNS = Literals(("egions", "blasts", "rovinces", "istricts"))
NOT_LISTY = re.compile(r"[^\w’'\-,\s]")
# every match of PLACE_PATTERNS[i] holds one of PLACE_LITERALS[i], and only word characters and whitespace
PLACE_LITERALS = (Literals(("city", "town", "village", "settlement", "port", "capital", "suburb")),
                  Literals(("egion", "blast", "rovince", "istrict", "ommunity", "romada")))
PLACE_PATTERNS = [
    re.compile(r"\b(?:city|town|village|settlement|port|capital|suburb)\s+of\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"),
    # ("the Richky community", "the Bilopillia hromada": the municipality a Ukrainian town heads)
    re.compile(r"\b(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<suffix>[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Cc]ommunity|[Hh]romada)\b"),
]
PLACE_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<city>[A-Z])")  # "the Shevchenkivskyi district of Kyiv"
POSSESSOR_FIRST = re.compile(r"[A-Z][\w-]*['’]s\s+(?=[A-Z])")
# "the villages of Tiahynka and Vesele": each town of a list
PLACE_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
PLURAL_PLACES = re.compile(rf"\b(?:cities|towns|villages|settlements|communities|hromadas)\s+of\s+(?P<list>{PLACE_NAME}(?:,\s+{PLACE_NAME})*,?\s+and\s+{PLACE_NAME})")
PLURAL_PLACE_LITERALS = Literals(("cities", "towns", "villages", "settlements", "communities", "hromadas"))
# "Ukraine's ambassador to the UN, Andriy Melnyk, said": an office, then the holder's name in commas
OFFICE_THEN_NAME = re.compile(rf"\b(?i:{TITLE_ALT})\b[^,.;:“”\"]{{0,40}},\s+(?P<name>{NAME}),")
# (partners' copies often drop the agency: "VILNIUS, Lithuania — …"; then a dash, not a hyphen, ends it)
# where and when a wire filed the story: "KYIV, Ukraine (AP) — ", "Antalya [Turkey], March 10 (ANI): ", "July 3 (UPI) -- "
DATELINE = re.compile(r"^\W*(?:(?:[A-Z][\w.'’-]*(?:[ ,]+(?:[A-Z][\w.'’-]*|\[[A-Z][\w ]*\]|\d{1,2}))*[ ,]*)?\((?:[A-Z]|dpa)[\w ./-]{0,30}\)\s*(?:[-–—]+|:)"
                      r"|[A-Z][A-Z .'’-]{2,}(?:,\s+[A-Z][\w .'’-]+?)?\s*[—–]"
                      r"|[A-Z][A-Z'’]{2,}(?:,\s+[A-Z][\w .'’-]+?)?\s+-\s"  # "RIGA - …" (LETA)
                      # "MOSCOW (UrduPoint News / Sputnik - 04th March, 2022) ": a source and a year in brackets
                      r"|[A-Z][A-Z'’-]{2,}(?:,\s+[A-Z][\w .'’-]+?)?\s*\([^()\n]{0,60}\b\d{4}\)(?:\s*(?:[-–—]+|:))?"
                      # "London, (APP - UrduPoint / Pakistan Point News - 19th Dec, 2024)", "Odesa, Ukraine, Aug 2 (UrduPoint
                      # / Pakistan Point News - 2nd Aug, 2023 ) :": a news service's credit with its date
                      r"|[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?,?\s*"
                      r"\((?=[^()\n]{0,80}(?:News|/))[^()\n]{0,80}\b\d{4}\s*\)(?:\s*(?:[-–—]+|:))?"
                      # "Washington DC, December 13: …": a place and the day
                      r"|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                      r"(?:,\s+\d{4})?\s*(?::|[-–—]+))\s*", re.M)
# "Olena Marchenko, 34, a teacher", "Ivan Petrenko, aged 70,"
BRACKETED_OFFICE = re.compile(rf"(?P<name>{NAME})\s+\[(?P<office>[^\]\n]{{3,100}})\]")
AGED_NAME = re.compile(rf"(?P<name>{NAME}),\s+(?:aged\s+)?\d{{1,3}},")
OFFICE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,4}$")  # "Dutch Defence " before "Minister Ruben Brekelmans"
AGE_IN_COMMAS = re.compile(r",\s+(?:aged\s+)?\d{1,3},")
# "Lesia Lysytsia, a doctor at the hospital, …": a name described in commas as what a person is
DESCRIBED_NAME = re.compile(rf"(?P<name>{NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}$")
PEOPLE_NOUN_WORDS = Literals(sorted(PEOPLE_NOUNS))
ORDINALS = {"First", "Second", "Third", "Fourth", "Fifth"}
NOT_FIRST_NAMES = {"Both", "Neither", "Only", "Even", "Meanwhile", "Then", "Also", "Still", "Now", "Later", "Earlier",
                   "Reportedly", "Separately", "Instead", "However", "Despite", "Without", "Between", "Against", "During",
                   "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "President", "Premier", "Chancellor", "Minister", "Secretary"}
FIRST_NAME_BEFORE = re.compile(rf"(?<![\w.’'-])({NAME_TOKEN}) $")  # "Ihor " right before a surname
THE_CAPITAL_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[A-Z][a-z]+\s+)?capital,?\s+$")
GENERIC_MINISTRY = re.compile(r"(?:[Tt]he\s+)?(?P<kind>Defen[cs]e|Foreign|Interior|Emergenc(?:y|ies)|Finance|Energy|Justice|Health)\s+Ministry")
# the adjective of a Ukrainian or Russian place name of two words ("Velyka Novosilka", "Cherkaska Lozova", "Nova Kakhovka")
PLACE_ADJECTIVE_BEFORE = re.compile(r"(?<![\w.’'])(?:Nova|Novo|Novyi|Nove|Stara|Staryi|Velyka|Velykyi|Mala|Malyi|Verkhnia|Nyzhnia|"
                                    r"[A-Z][a-z]+(?:ska|ske|zka|tska))\s$")
HONORIFICS = {"Pastor", "Father", "Reverend", "Bishop", "Imam", "Rabbi", "Archpriest", "Private", "Corporal", "Sergeant"}
NOT_NAME_START = {
    "The", "This", "That", "These", "Those", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "As",
    "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Its", "When", "While",
    "After", "Before", "Since", "Last", "Next", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
    "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms",
    "Dr", "Sir", "President", "Prime", "Minister", "Secretary", "Image", "Watch", "Live", "Summary",
    "Defence", "Defense", "Foreign", "Chief", "General", "Former", "Then", "Ukrainian", "Russian",
    "American", "British", "European", "German", "French", "Kremlin", "Nato", "NATO", "US", "UK", "EU",
    "Speaking", "According", "However", "Meanwhile", "Some", "Many", "Both", "Each", "All", "No", "Not",
    "What", "Why", "How", "Who", "Where", "There", "Here", "So", "Also", "Earlier", "Later", "Follow",
    "Read", "More", "BBC", "Reuters", "Getty", "Ministry", "Special", "Envoy", "Deputy", "Senior", "Top",
    "State", "Several", "Most", "Russia", "Ukraine", "Western", "Eastern", "Northern", "Southern",
    # page furniture: "Recent Top Stories", "Related Topics", "Breaking News"
    "Recent", "Related", "Latest", "Breaking", "Top", "Sorry", "Share", "Copyright", "Listen", "Video",
}
NOT_NAME_WORD = {
    "Ministry", "Minister", "Secretary", "President", "Defence", "Defense", "Office", "House", "Street",
    "Group", "Council", "Union", "Force", "Forces", "Army", "News", "Media", "Times", "Post", "Press",
    "Day", "War", "Peace", "Deal", "Plan", "Summit", "Strategy", "Security", "Affairs", "Fund", "Region",
    "Oblast", "Air", "Base", "Institute", "Agency", "Service", "Party", "Government", "Coalition",
    "Contact", "Committee", "Commission", "Parliament", "Assembly", "Bank", "Staff", "Command",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Centre", "Center",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Radio", "Programme", "Today", "Live", "Breakfast", "Monitoring", "Images",
    "Stories", "Topics", "News", "Posts", "Updates", "Rights", "Relations", "Development", "Justice", "Nations",
    # words of outlets' names: "New Voice", "Ukrainska Pravda", "Kyiv Independent"
    "Voice", "Pravda", "Herald", "Journal", "Tribune", "Telegraph", "Gazette", "Independent", "Guardian", "Observer",
    "Express", "Mirror", "Standard", "Insider", "Politico", "Reuters",
    # and of buildings: "Windsor Castle", "Mariinsky Palace"
    "Castle", "Palace", "Cathedral", "Square", "Bridge", "Tower", "Hall", "Park", "Airport", "Station", "Hospital",
    "Telegram", "Channel",  # "the Astra Telegram channel"
    # and of schemes and accords: "the Nansen Support Program", "the Peace Formula", "the Minsk Agreement"
    "Program", "Programs", "Programmes", "Support", "Initiative", "Mechanism", "Facility", "Conference", "Forum",
    "Formula", "Format", "Agreement", "Treaty", "Declaration", "Package", "Framework",
} | ORG_HEADS  # "the Sumy Regional Military Administration" names no person
# the word after a place in a newspaper's name
OUTLET_AFTER = re.compile(r"\s+(?:Post|Times|Independent|Pravda|Herald|Journal|Tribune|Telegraph|Gazette|Observer|Express|Mirror|"
                          r"Standard|Insider|Today|Chronicle|Daily|Examiner|Inquirer|Globe)\b")
HYPHENED_NAME = re.compile(r"-[A-Z][a-z]")
PREFIXED = re.compile(r"\b(?i:anti|pro|non|post|neo)-$")
# "U.S.-made", "US-built": a country named as the origin of a product
MADE_IN = re.compile(r"-(?:made|built|designed|produced|manufactured|supplied)\b")
CURRENCY_AFTER = re.compile(r"\s+dollars?\b")  # "1 million US dollars", "Canadian dollars": a currency, not the state
AT_THE = re.compile(r"\b(?:in|at|inside|outside|near|into|from)\s+the\s+$", re.I)
LOCATIVE = {"in", "to", "from", "at", "into", "near", "bordering", "borders", "over", "across", "outside", "inside", "visit", "visited", "visiting", "towards", "toward", "around", "through", "throughout", "reach", "reached", "landed", "arrived", "left", "leave", "via", "of",
             # the object of an attack is a place: "drones attacked Ukraine"
             "attacked", "attack", "attacking", "struck", "strike", "hit", "hitting", "targeted", "shelled", "bombed", "invaded", "invade"}
# "extra funding from Norway": a state that gives, not a place things come from
FUNDED_FROM = re.compile(r"\b(?:funding|funds|money|aid|support|contributions?|donations?|assistance|help|weapons|"
                         r"loans?|grants?|financing|pledges?)\s+from\s+$")
# "the Brussels summit", "Moscow region": a capital naming where, not who
OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\b")
RIVER_NAMED = {"Dnipro", "Dnieper", "Dnepr"}  # cities named after the river they stand on
PLACE_NOUNS = {"region", "oblast", "summit", "talks", "meeting", "conference", "office", "headquarters", "embassy",
               "airport", "residents", "metro", "suburbs", "city", "mayor", "governor",
               "attack", "attacks", "strike", "strikes", "bombing", "shelling"}  # "The Kyiv attack": the city struck
OBJECT_MARKERS = {"with", "to", "for", "of", "by", "on", "about", "from", "against", "at", "between", "among", "met", "meet", "meets",
                  "called", "told", "urged", "thanked", "praised", "criticised", "criticized", "accused", "asked",
                  "echoed", "joined", "backed", "welcomed", "congratulated", "invited", "hosted", "visited", "phoned",
                  "briefed", "and", "accuse", "urge", "thank", "praise", "criticise", "criticize", "call", "tell",
                  "ask", "join", "back", "welcome", "invite", "host", "visit", "brief"}
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
# "US military support", "French military chiefs": the armed force's name used as an adjective of another
# noun; the phrase is about the state (or its people), not the armed force acting
MODIFIED_NOUNS = {
    "chief", "chiefs", "leader", "leaders", "leadership", "official", "officials", "commander", "commanders",
    "officer", "officers", "analyst", "analysts", "expert", "experts", "source", "sources", "blogger", "bloggers",
    "adviser", "advisers", "advisor", "advisors", "instructor", "instructors", "planner", "planners", "personnel",
    "control", "support", "aid", "assistance", "equipment", "hardware", "spending", "budget", "operation",
    "operations", "intelligence", "base", "bases", "infrastructure", "presence", "capability", "capabilities",
    "exercise", "exercises", "drills", "activity", "activities", "target", "targets", "facility", "facilities",
    "site", "sites", "installation", "installations", "cooperation", "ties", "aircraft", "vehicles", "convoy",
    "convoys", "deployment", "deployments", "build-up", "buildup", "movements", "production", "industry", "might",
    "power", "pressure", "doctrine", "training", "losses", "casualties", "victory", "victories", "successes",
}
STATE_ACTOR_NOUNS = {
    "forces", "force", "troops", "army", "military", "drones", "drone", "missiles", "missile", "strikes",
    "strike", "attacks", "attack", "shelling", "government", "officials", "authorities", "side",
    "aircraft", "jets", "navy", "soldiers", "artillery", "bombers", "offensive", "assault", "units",
    "leadership", "delegation", "negotiators", "diplomats", "shelled", "bombs", "warplanes", "air",
}
CLOSING_SPEAKER = re.compile(rf"\s+(?:also\s+)?{REPORT_VERBS}\b")
# a person who speaks: "Pistorius says", "Pistorius, Germany's defence minister, says", "Martins - who … - tells",
# or "…, says Merezhko"
SPEAKS_AFTER = re.compile(rf"(?:\s*,[^,.;“”\"]{{1,80}},|\s+[-–—][^-–—.;“”\"]{{1,120}}[-–—])?\s+(?:also\s+|then\s+|has\s+|had\s+)*{REPORT_VERBS}\b")
SPEAKS_BEFORE = re.compile(rf"[,”\"]\s*{REPORT_VERBS}\s+(?:(?:[A-Z]\.)+\s+|[\w’'-]+\s+){{0,8}}$")
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Z][a-zà-öø-ÿ]+)?\b")  # a surname used alone
NOT_NAMEY = re.compile(r"[^\w’'-]")
THE_OFFICIAL = re.compile(r"\b[Tt]he official\b")
OFFICIAL_SPEAKS = re.compile(rf"\s+(?:\w+ly\s+|also\s+|further\s+)?{REPORT_VERBS}\b")
BODY_REPORTED = re.compile(r"\s+(?:also\s+)?(?:reported|reports)\b")  # "…, the agency reported on 10 December"
# states whose people are named family name first ("Xi Jinping", "Yoon Suk Yeol")
FAMILY_NAME_FIRST = frozenset({"china", "north-korea", "south-korea", "taiwan", "vietnam"})
SIR_FIRST_NAME = re.compile(r"\bSir ([A-Z][a-z]+)\b(?! [A-Z])")
HE_AND = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+and\s+$")
AND_HE = re.compile(r"\s+and\s+(?:he|she)\b")
# "…, the defence ministry said": a ministry named without its state
THE_MINISTRY = re.compile(r"\b[Tt]he (?P<ministry>(?P<what>[Dd]efen[cs]e|[Ff]oreign) [Mm]inistry|Ministry of (?P<what2>Defen[cs]e|Foreign Affairs))\b")
THE_BODY = re.compile(r"\b[Tt]he (?P<kind>organi[sz]ation|ministry|agency)\b")
# the office and name words that may stand between a verb or preposition and the name it governs ("with Prime
# Minister Mateusz Morawiecki", "met Ukraine's foreign minister Dmytro Kuleba", "thanked the Polish President")
OFFICE_RUN = re.compile(r"(?:(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)[A-Z][\w’'.-]*|the|his|her|its|their|former|foreign|defen[cs]e|prime|[\w-]+['’]s|"
                        + "|".join(sorted(TITLE_WORDS)) + r")\s+){1,6}$")
# a verb right after a name that makes it a subject whatever stands before it
SUBJECT_AFTER = re.compile(r"(?:\s*,\s*who|\s+who|\s+saying)\b")
# a name set off by a comma after the noun phrase it names: the word before that phrase governs it
# (not "of", "by": "The head of the Ukrainian delegation, Rustem Umerov, …", "As noted by the mayor, Artem Kobzar, …" speak)
APPOSED_OBJECT_MARKERS = OBJECT_MARKERS - {"of", "by", "from", "for", "about", "on", "at", "and", "between", "among"}
APPOSITION_ENDS = re.compile(r"\s*[,;.)]")  # (not "After talks with the Turkish leader, Zelenskiy said": a subject)
APPOSED_TO_OBJECT = re.compile(r"\b(\w+)\s+(?:his|her|their|its|the)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+$")
# an adverbial phrase opening a sentence, before its subject: "At a news conference with Polish President Andrzej
# Duda, Zelenskyy said …", "After meeting Sikorski in Kyiv, Kuleba said …"
FRONTED = re.compile(r"\W*(?:At|During|After|Before|Following|Alongside|Unlike|Like|Ahead of|Speaking|Standing|Together with)\b[^,.;:“”\"]*")
# (also a sentence adverb before the pronoun: "Reportedly he would first take part …", "Later, she said …")
OPENS_WITH = re.compile(r"\W*(?:[Aa]ccording to|[Aa]s (?:noted|stated|said|reported) by|[Ii]n the (?:view|words) of"
                        r"|(?:Reportedly|Meanwhile|Later|Earlier|Then|Also|However|Separately|Instead|Now|Still),?)\s+")
# "he", "she", "him" as words; the same as \b(?:[Hh]e|[Ss]he|[Hh]im)\b but led by a character class,
# which the regex engine skips to quickly, with the word boundary checked behind it
PRONOUN = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|im)|(?<=[Ss])he)\b")
TITLE_BEFORE = re.compile(rf"(?P<title>(?:[A-Z][\w’'.-]+\s+){{0,3}}(?i:{TITLE_TRIE}))\s+$")
# "the Prime Minister", "the President": an office named alone, resolved within the document
TO_THE_POST = re.compile(r"\s+to\s+(?:the\s+)?\S+$")
# ("the ambassador said", "the governor added": the one of that title the report named)
BARE_ROLE_RE = re.compile(r"\b[Tt]he (?P<title>PM|(?i:prime minister|minister|taoiseach|cardinal|patriarch|president|chancellor|ambassador|envoy|governor|mayor|head of state|(?:top )?diplomat|defen[cs]e secretary|foreign secretary|foreign minister|defen[cs]e minister|secretary of state|secretary of defen[cs]e|secretary general|secretary-general))\b(?!\s+(?:of\b|[A-Z]))")
HEAD_OF_STATE = re.compile(r"\b[Tt]he head of (?:the )?(?P<of>[A-Z]\w+) state\b|\b[Tt]he (?P<of2>[A-Z]\w+) head of state\b")
# "the NATO chief", "NATO's secretary-general": the head of an organisation named by it
# ("the EU's foreign policy chief": words before the head word must be in the office's title)
ORG_HEAD_ROLE = re.compile(r"\b(?P<role>(?:the\s+)?(?P<org>[A-Z][\w-]+)(?:’s|'s)?\s+(?P<what>(?:[a-z]+\s+){0,2})"
                           r"(?:chief|head|boss|secretary[- ]general|[Ss]ecretary[- ][Gg]eneral))\b(?!\s+of\b)")
ORG_HEAD_ROLE_WORDS = Literals(("chief", "head", "boss", "secretary", "Secretary"))  # one starts a word in every match
ROLE_RE = re.compile(
    r"\b(?:(?:the|former|then)\s+)?(?P<of>(?-i:[A-Z])(?:\w+|\.(?:\w\.)+)(?:’s|'s)?)\s+(?P<title>(?:(?:defen[cs]e|foreign|prime|deputy|finance|interior|energy)\s+)?(?:president|minister|secretary|chancellor|leader|premier|prime minister|foreign secretary|defen[cs]e secretary|defen[cs]e minister|foreign minister|secretary of state))\b",
    re.I,
)


# --- finding where the whole-text patterns can match --------------------------------------------
# The name, title and role patterns above are slow to try at every position of a long text, and
# they match rarely. Each of their matches contains a word from a small set (a title, a reporting
# verb) and lies within a stretch of text free of some punctuation; so the patterns only run on the
# stretches around those words, found by one scan of the lower-cased text. That is exact:
#  - every match contains a gate word at a word boundary, so no stretch holding a match is skipped;
#  - a stretch ends at a character no match can contain, and no word character, so a match never
#    crosses its ends and `\b` at an end reads the same as in the whole text (a search from `pos`
#    still sees the characters before it);
#  - where a character of the text folds onto an ASCII letter under re.IGNORECASE or str.lower()
#    changes the text's length, the lower-cased scan could miss a word: such texts run whole.
CASE_FOLD_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K(elvin)


ROLE_WORDS = {"president", "minister", "secretary", "chancellor", "leader", "premier", "pm", "ambassador", "envoy", "governor", "mayor", "diplomat", "head", "taoiseach", "cardinal",
              "patriarch"}
VERB_WORDS = set(REPORT_VERB_WORDS)
GATE_CATEGORIES = {"title": TITLE_WORDS, "verb": VERB_WORDS, "role": ROLE_WORDS}
GATE = Literals(sorted(set().union(*GATE_CATEGORIES.values())))  # found where a word starts
# chars a name, title, verb or role phrase is made of: the stretches of text they are found in
WORDY = r"\w’'\-\s"
NOT_WORDY = re.compile(rf"[^{WORDY}]")
NOT_WORDY_OR_STOP = re.compile(rf"[^{WORDY}.]")  # an apposition may hold "U.S."


@lru_cache(maxsize=4096)
def _gate_categories(word: str) -> frozenset[str]:
    """The categories of every gate word that starts `word` (a gate match is the longest gate word there)."""
    return frozenset(c for c, words in GATE_CATEGORIES.items() if any(word.startswith(w) for w in words))


class _Scan:
    """Where in one text the title, verb and role words start, and the pattern runs around them."""

    def __init__(self, text: str):
        self.text = text
        low = text.lower()
        self.whole = CASE_FOLD_TRAPS.search(text) is not None or len(low) != len(text)
        self.hits: dict[str, list[int]] = {c: [] for c in GATE_CATEGORIES}
        if not self.whole:
            for start, end in GATE.at_word_starts(low):
                for c in _gate_categories(low[start:end]):
                    self.hits[c].append(start)
        self._rev: str | None = None

    def stretch(self, pos: int, outside: re.Pattern) -> tuple[int, int]:
        """The maximal stretch of text around `pos` without a character of `outside`."""
        text = self.text
        if self._rev is None:
            self._rev = text[::-1]
        before = outside.search(self._rev, len(text) - pos)
        after = outside.search(text, pos)
        return (len(text) - before.start() if before else 0), (after.start() if after else len(text))

    def finditer(self, rx: re.Pattern, category: str, outside: re.Pattern = NOT_WORDY) -> Iterator[re.Match]:
        """rx.finditer(text) for a pattern each of whose matches holds a `category` word and no
        character of `outside`: run only on the stretches that hold such a word."""
        if self.whole:
            yield from rx.finditer(self.text)
            return
        yield from self._around(rx, self.hits[category], outside)

    def containing(self, rx: re.Pattern, literals: Literals, outside: re.Pattern) -> Iterator[re.Match]:
        """rx.finditer(text) for a pattern each of whose matches holds one of `literals` (as written,
        so no case folding is involved) and no character of `outside`."""
        yield from self._around(rx, literals.starts_in(self.text), outside)

    def at_words(self, rx: re.Pattern, literals: Literals, outside: re.Pattern) -> Iterator[re.Match]:
        """rx.finditer(text) for a pattern each of whose matches holds one of `literals` where a word starts,
        and no character of `outside`."""
        yield from self._around(rx, [start for start, _ in literals.at_word_starts(self.text)], outside)

    def _around(self, rx: re.Pattern, hits: list[int], outside: re.Pattern) -> Iterator[re.Match]:
        end = 0
        for h in hits:
            if h >= end:
                a, end = self.stretch(h, outside)
                yield from rx.finditer(self.text, a, end)

    def starting(self, rx: re.Pattern, category: str) -> Iterator[re.Match]:
        """rx.finditer(text) for a pattern whose matches start with a `category` word: tried there only."""
        if self.whole:
            yield from rx.finditer(self.text)
            return
        end = 0
        for h in self.hits[category]:
            if h >= end and (m := rx.match(self.text, h)):
                end = m.end()
                yield m

    def apposed(self) -> Iterator[re.Match]:
        """APPOSED.finditer(text): "Name, … title" has one comma, with only name characters before it
        and a title among word characters and full stops after it; so each match lies around a comma
        right before the stretch of a title word."""
        if self.whole:
            yield from APPOSED.finditer(self.text)
            return
        text, end, last_comma = self.text, 0, -1
        for h in self.hits["title"]:
            a, b = self.stretch(h, NOT_WORDY_OR_STOP)
            comma = a - 1
            if comma == last_comma or comma < 0 or text[comma] != ",":
                continue
            last_comma = comma
            start = self.stretch(comma, NOT_WORDY)[0]
            for m in APPOSED.finditer(text, max(start, end), b):
                end = m.end()
                yield m


@dataclass(unsafe_hash=True, slots=True)
class Mention:
    """A span of the document that names (or refers to) an actor or a place. Treated as immutable,
    but not frozen: a frozen dataclass is four times slower to make, and documents make thousands."""

    start: int
    end: int
    text: str
    ref: str  # actor ref "Type:key", or place key when is_place
    via: str  # name | demonym | metonym | role | surname | pronoun | pattern
    is_place: bool = False


@dataclass
class MentionSet:
    """All mentions of a document plus the entries (gazetteer or discovered) they point to."""

    mentions: list[Mention]
    entries: dict[str, Entry]
    surface: dict[str, set[str]] = field(default_factory=dict)  # ref -> surface forms seen
    text: str = ""

    def in_span(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]


@lru_cache(maxsize=1)
def _phrases() -> PhraseIndex:
    """Every gazetteer form labelled (kind, form): as written, and in any case for organisation
    names of two words or more ("Russia's defense ministry")."""
    lex = get_lexicon()
    index = PhraseIndex()
    groups = [("name", f) for f in lex.names] + [("demonym", f) for f in lex.demonyms] + [("metonym", f) for f in lex.metonyms]
    for kind, form in groups:
        variants = {form, form.replace("'", "’")}
        # sentence-initial or headline case of lower-case forms ("the alliance")
        variants |= {v[0].upper() + v[1:] for v in variants if v[:1].islower()}
        blind = kind == "name" and len(form.split()) >= 2 and any(lex.entries[r].kind == "Organization" for r in lex.names[form])
        for v in sorted(variants):
            index.add(v, (kind, form))
            if blind:
                index.add(v, (kind, form), case_blind=True)
    return index


@lru_cache(maxsize=1)
def _loaded() -> None:
    """Load the lexicon and its phrase index, once per process. They live as long as the process, so
    they (with whatever else is alive by then) are frozen out of the cyclic garbage collector: its full
    collections, which extraction's many small objects set off, need not walk them each time."""
    _phrases()
    gc.freeze()


# (letters of any script: the word before "said" in "…,” Erdoğan said" is "erdoğan", not "an")
LAST_WORD = re.compile(r"((?:[^\W\d_]|[’'])+)\W*$")
FIRST_WORD = re.compile(r"\W*((?:[^\W\d_]|[’'])+)")


def word_before(text: str, start: int) -> str:
    """The last word of the 30 characters before `start`, lower-cased: what LAST_WORD finds there,
    read backwards instead (a search for a pattern anchored at the end tries every position)."""
    lo = max(0, start - 30)
    i = start
    while i > lo and not (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if i > lo and (text[i - 1].isalpha() or text[i - 1] in APOSTROPHES):
        k = i
        while k < start and text[k] in APOSTROPHES:
            k += 1  # "the allies'": the apostrophe is part of the word
        j = i - 1
        while j > lo and (text[j - 1].isalpha() or text[j - 1] in APOSTROPHES):
            j -= 1
        return _within_sentence(text, j, k, start)
    for p in range(i, start):  # no letter ends the last word: only a run of apostrophes can be one
        if text[p] in APOSTROPHES:
            k = p
            while k < start and text[k] in APOSTROPHES:
                k += 1
            return _within_sentence(text, p, k, start)
    return ""


def _within_sentence(text: str, j: int, k: int, start: int) -> str:
    """The word text[j:k] lower-cased, or '' when a sentence ends between it and `start` ("… is
    reached.\n\nFrance, the UK and Belgium": "reached" is no word before "France")."""
    return "" if k < start and _sentence_ends_between(text, k, start) else text[j:k].lower()


ABBREVIATED = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Prof|Rep|Sen|Gov|Jr|Sr|No|vs|etc|Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
                         r"|(?<![A-Za-z])[A-Za-z])$")


def _sentence_ends_between(text: str, i: int, start: int) -> bool:
    """Whether the stretch of non-word characters text[i:start] ends a sentence: a line break, or a stop
    that does not close an abbreviation ("Mr.", "U.S.")."""
    gap = text[i:start]
    if "\n" in gap:
        return True
    return ("." in gap or "!" in gap or "?" in gap) and not ABBREVIATED.search(text, max(0, i - 5), i)


def _next_word(text: str, end: int) -> str:
    m = FIRST_WORD.match(text, end, end + 30)
    return m.group(1).lower() if m else ""


def _listed_organ(state: Entry, organ: str) -> str:
    """The gazetteer's organisation for a state's organ however the state is named with it ("Ukraine's
    emergency services" is its "Ukrainian emergency services"), or ''."""
    gazetteer = get_lexicon().gazetteer
    if gazetteer is None:
        return ""
    spellings = {organ, re.sub(r"(?i)defense", "defence", organ)}
    variants = [*spellings, *(o[:-1] if o.endswith("s") else o + "s" for o in spellings)]
    for name in (state.label, *state.aliases, *state.demonyms):
        # (the gazetteer's lookup folds case, accents and the possessive; a service is named in either number, a
        # ministry of defence in either spelling)
        for variant in variants:
            found = [a for a in gazetteer.find_actors(f"{name} {variant}") if a.type == "Organization"]
            if len(found) == 1:
                return f"Organization:{found[0].key}"
    return ""


class _Finder:
    def __init__(self, text: str, lex: Lexicon, anchor: dt.date | None, sentence_starts: list[int]):
        self.text = text
        self.sentence_starts = sentence_starts
        self.lex = lex
        self.anchor = anchor
        self.entries: dict[str, Entry] = {}
        self.spans: list[Mention] = []
        self.taken = bytearray(len(text))
        self.local_surnames: dict[str, str] = {}
        self.name_tokens: set[str] = set()  # every capitalised name-like word, counted by recurring_names
        self.local_roles: dict[str, list[str]] = {}  # title -> the people named with it, in text order
        self.reporters: set[str] = set()
        self._quotes: list[tuple[int, int]] | None = None
        self._named_cache: dict[str, bool] = {}
        self._holders: dict[str, dict[str, str]] = {}  # office -> {person ref: title} of the named holders
        self._other_of_surname: dict[str, bool] = {}  # surname -> whether another person of it is named in full
        self.scan = _Scan(text)

    # --- bookkeeping -----------------------------------------------------
    def free(self, s: int, e: int) -> bool:
        return self.taken.find(1, s, e) < 0

    def take(self, m: Mention) -> None:
        self.spans.append(m)
        self.taken[m.start:m.end] = b"\x01" * (m.end - m.start)

    def _widen(self, i: int, end: int, ref: str) -> None:
        """Make the i-th mention reach to `end` as a name of `ref` ("Seoul" -> "Seoul's foreign ministry")."""
        m = self.spans[i]
        self.spans[i] = Mention(m.start, end, self.text[m.start:end], ref, "name")
        self.taken[m.start:end] = b"\x01" * (end - m.start)

    def _clear(self, s: int, e: int) -> None:
        """Drop every mention overlapping s–e, to read the span anew."""
        self.spans = [x for x in self.spans if not (x.start < e and x.end > s)]
        self.taken[s:e] = b"\x00" * (e - s)

    def entry(self, ref: str) -> Entry:
        if ref not in self.entries:
            self.entries[ref] = self.lex.entries[ref]
        return self.entries[ref]

    def new_person(self, name: str) -> str:
        name = " ".join(name.split())
        known = self.lex.names.get(name)
        if known:
            return known[0]
        last = name.split()[-1]
        if last in self.local_surnames:
            return self.local_surnames[last]
        ref = f"Person:{slugify(name)}"
        self.entries.setdefault(ref, Entry(key=slugify(name), label=name, kind="Person", aliases=(last,)))
        self.local_surnames[last] = ref
        return ref

    # --- passes ----------------------------------------------------------
    def run(self) -> MentionSet:
        self.gazetteer()
        self.state_organs()
        self.party_governments()
        self.foreign_qualified_organisations()
        self.titles_of_known_people()
        self.capitals_in_place_lists()
        self.titled_names()
        self.names_in_commas()
        self.organisations()
        self.recurring_names()
        self.region_lists()
        self.places()
        self.roles()
        self.heads_of_state()
        self.organisation_heads()
        self.group_anaphora()
        self.drop_bylines()
        self.drop_datelines()
        self.surnames_and_pronouns()
        self.unqualified_ministries()
        self.spans.sort(key=lambda m: (m.start, -m.end))
        surface: dict[str, set[str]] = {}
        for m in self.spans:
            if m.via in ("name", "pattern", "metonym"):  # an office ("the defence minister") is not a name
                surface.setdefault(m.ref, set()).add(m.text)
        return MentionSet(self.spans, self.entries, surface, self.text)

    def gazetteer(self) -> None:
        found = _phrases().find(self.text)  # (start, end, (kind, form))
        # longest first, then leftmost: "Russian Defence Ministry" beats "Russian"; a capital that is also
        # a place name is read as a metonym first, so context decides between the state and the city
        found.sort(key=lambda x: (x[0] - x[1], x[0], x[2][0] != "metonym"))
        for s, e, (kind, form) in found:
            if not self.free(s, e):
                continue
            if s > 3 and self.text[s - 1] == "-" and PREFIXED.search(self.text, max(0, s - 6), s):
                continue  # "anti-Kremlin militias", "pro-Kyiv forces": an adjective, not the actor
            if (outlet := OUTLET_AFTER.match(self.text, e)) is not None:
                self.taken[s:outlet.end()] = b"\x01" * (outlet.end() - s)
                continue  # "the Washington Post reported", "the Kyiv Independent": a newspaper, not the state or city
            if kind == "name":
                refs = self.lex.names[form]
                ref = self._choose(refs, s, e)
                entry = self.lex.entries[ref]
                if entry.kind == "Person" and " " not in form and (self._other_first_name(s, entry) or self._surname_of_another(form, entry)):
                    continue  # "Ihor Polishchuk, the mayor of Lutsk": another person of the surname of a known one, here
                    # and wherever the surname stands alone in the same document ("…, Kuleba added")
                if entry.subkind == "armed-force" and _next_word(self.text, e) in MODIFIED_NOUNS \
                        and form.split()[-1].lower() in ("military", "army", "forces"):
                    continue  # the demonym inside it ("US", "French") is taken on its own
                if entry.kind == "State" and (MADE_IN.match(self.text, e) or CURRENCY_AFTER.match(self.text, e)):
                    continue  # "U.S.-made Patriot missiles": where a weapon comes from, not who acts
                if entry.kind == "Place" and (_next_word(self.text, e) in ("river", "reservoir")
                                              or form in RIVER_NAMED and word_before(self.text, s) == "the"
                                              and _next_word(self.text, e) not in PLACE_NOUNS | {"city"}):
                    continue  # "across the Dnipro river", "from the east of the Dnipro": the river, not the city of its name
                if entry.kind == "Place" and HYPHENED_NAME.match(self.text, e):
                    continue  # "the Belgorod-Dniester region": another place whose name begins with this one
                if entry.kind == "Place" and PLACE_ADJECTIVE_BEFORE.search(self.text, max(0, s - 20), s):
                    continue  # "the village of Cherkaska Lozova": another place whose name ends with this one
                if entry.kind == "Organization" and form in ORG_HEADS and _capitalised_before(self.text, s):
                    continue  # "the United Nations Commission on Human Rights": a head word of another name
                if entry.kind == "Organization" and form.split()[0][:1].isupper() and form.lower() == "security council" \
                        and (word_before(self.text, s) in ("his", "her", "its", "their") or self.text[max(0, s - 3):s].rstrip().endswith(("'s", "’s"))):
                    continue  # "his Security Council", "Russia's Security Council": a state's own, not the UN's
                entry = self.entry(ref)
                via = "name"
                if entry.kind == "State" and word_before(self.text, s) in LOCATIVE and not FUNDED_FROM.search(self.text, max(0, s - 40), s):
                    # "in Ukraine", "to Russia": a country as a place; still a State mention
                    self.take(Mention(s, e, self.text[s:e], ref, "place-name"))
                    continue
                self.take(Mention(s, e, self.text[s:e], ref, via, is_place=entry.kind == "Place"))
            elif kind == "demonym":
                if MADE_IN.match(self.text, e) or CURRENCY_AFTER.match(self.text, e):
                    continue  # "an American-made air defence system": where a weapon comes from, not who acts
                ref = self.lex.demonyms[form]
                self.entry(ref)
                self.take(Mention(s, e, self.text[s:e], ref, "demonym"))
            else:  # metonym: the capital as the state, unless used as a place
                ref = self.lex.metonyms[form]
                self.entry(ref)
                place_refs = [r for r in self.lex.names.get(form, []) if self.lex.entries[r].kind == "Place"]
                if place_refs and (word_before(self.text, s) in LOCATIVE | {"on", "over"} or _next_word(self.text, e) in PLACE_NOUNS
                                   or THE_CAPITAL_BEFORE.search(self.text, max(0, s - 30), s)):  # "as well as the capital, Kyiv"
                    self.entry(place_refs[0])
                    self.take(Mention(s, e, self.text[s:e], place_refs[0], "name", is_place=True))
                else:
                    self.take(Mention(s, e, self.text[s:e], ref, "metonym"))

    def _surname_of_another(self, form: str, entry: Entry) -> bool:
        """Whether the document names someone else of this surname in full ("Oleksiy Kuleba" for Dmytro Kuleba's)."""
        if form not in self._other_of_surname:
            # (only when the known person is never named in full here: "Melania Trump" leaves "Trump" to Donald Trump
            # in a report that names him)
            named = any(_found_as_word(self.text, n) for n in (entry.label, *entry.aliases) if " " in n)
            self._other_of_surname[form] = not named and any(self._other_first_name(i, entry) for i in _word_positions(self.text, form))
        return self._other_of_surname[form]

    def _other_first_name(self, s: int, entry: Entry) -> bool:
        """Whether a surname at `s` follows a first name of its own that is not the known person's."""
        m = FIRST_NAME_BEFORE.search(self.text, max(0, s - 20), s)
        if m is None:
            return False
        first = m.group(1)
        # (a spelling of the same first name is no other person: "Sergiy" is Serhiy, "Igor" Ihor, "Steven" Steve,
        # "Oleksandr" Alexander)
        known = {n.split()[0] for n in (entry.label, *entry.aliases) if " " in n}
        return first.lower() not in TITLE_WORDS and first not in self.lex.names and first not in self.lex.demonyms \
            and first not in NOT_NAME_START and first not in CLAUSE_OPENERS and first not in NOT_FIRST_NAMES \
            and not any(_same_first_name(first, k) for k in known)

    def state_organs(self) -> None:
        """'Seoul's foreign ministry said': a state's organ named by the state and a noun of government is an
        organisation of that state, in place of the state."""
        for i, m in enumerate(self.spans):
            if not m.ref.startswith("State:") or m.via not in ("name", "demonym", "metonym", "place-name"):
                continue
            o = STATE_ORGAN.match(self.text, m.end)
            if o is None or not self.free(o.start("organ"), o.end()):
                continue
            self._widen(i, o.end(), self._organ(self.entries[m.ref], o.group("organ")))

    def _organ(self, state: Entry, words: str) -> str:
        """The organisation a state's organ ("foreign ministry", "emergency services") is: the gazetteer's, else
        one of the document named after the state."""
        organ = " ".join(w.capitalize() for w in re.split(r"[- ]", words.replace("’", "'")))
        organ = organ.replace("Defense", "Defence").replace("Services", "Service").replace("'s Office", "")
        key = f"{state.key}-{slugify(organ)}"
        ref = _listed_organ(state, words) or f"Organization:{key}"
        if ref not in self.lex.entries:
            adjective = state.demonyms[0] if state.demonyms else state.label
            self.entries.setdefault(ref, Entry(key=key, label=f"{adjective} {organ}", kind="Organization", state=state.key,
                                               subkind=ORGAN_KINDS.get(organ.split()[-1].lower(), "agency")))
        else:
            self.entry(ref)
        return ref

    def party_governments(self) -> None:
        """'the new Labour government vowed …': a party's government is its state's."""
        for i, m in enumerate(self.spans):
            entry = self.entries.get(m.ref)
            if entry is None or entry.kind != "Organization" or not entry.state or entry.subkind != "group":
                continue
            g = PARTY_GOVERNMENT.match(self.text, m.end)
            if g is not None and self.free(m.end, g.end()):
                ref = f"State:{entry.state}"
                self.entry(ref)
                self._widen(i, g.end(), ref)

    def foreign_qualified_organisations(self) -> None:
        """'U.S. Treasury': a state adjective naming another state than the organisation's rules it out."""
        self.spans.sort(key=lambda x: x.start)
        for prev, m in zip(self.spans, self.spans[1:]):
            entry = self.entries.get(m.ref)
            if entry is None or entry.kind != "Organization" or not entry.state or not prev.ref.startswith("State:"):
                continue
            if self.text[prev.end:m.start].strip() == "" and prev.ref != f"State:{entry.state}":
                self.spans.remove(m)

    def titles_of_known_people(self) -> None:
        """'Prime Minister Rishi Sunak': remember the title, so 'the Prime Minister' later is him."""
        for m in self.spans:
            if m.via == "name" and m.ref.startswith("Person:") and _may_follow_title(self.text, m.start):
                t = TITLE_BEFORE.search(self.text, max(0, m.start - 60), m.start)
                if t:
                    self._titled(t.group("title").strip().lower(), m.ref)

    def capitals_in_place_lists(self) -> None:
        """'Odesa, Kharkiv and Kyiv', 'Kyiv, Lviv and Odesa': a capital listed among places is a place too."""
        self.spans.sort(key=lambda x: x.start)
        listed = re.compile(r",\s*|,?\s+(?:and|or)\s+")
        for i, m in enumerate(self.spans):
            if m.via != "metonym":
                continue
            prev = self.spans[i - 1] if i > 0 else None
            nxt = self.spans[i + 1] if i + 1 < len(self.spans) else None
            if prev is not None and prev.is_place and listed.fullmatch(self.text[prev.end:m.start]) \
                    or nxt is not None and nxt.is_place and listed.fullmatch(self.text[m.end:nxt.start]):
                place = next((r for r in self.lex.names.get(m.text, []) if self.lex.entries[r].kind == "Place"), None)
                if place:
                    self.entry(place)
                    self.spans[i] = Mention(m.start, m.end, m.text, place, "name", is_place=True)

    def _choose(self, refs: list[str], s: int, e: int) -> str:
        if len(refs) == 1:
            return refs[0]
        # a name shared by a place and an actor (Moscow, Kremlin): by context ("talks at the White House")
        locative = word_before(self.text, s) in LOCATIVE or AT_THE.search(self.text, max(0, s - 12), s) is not None
        places = [r for r in refs if self.lex.entries[r].kind == "Place"]
        actors = [r for r in refs if self.lex.entries[r].kind != "Place"]
        if locative and places:
            return places[0]
        return (actors or places)[0]

    def titled_names(self) -> None:
        scan = self.scan
        for rx, found in ((TITLED, scan.starting(TITLED, "title")), (APPOSED, scan.apposed()),
                          (SUBJECT, scan.finditer(SUBJECT, "verb")), (SPEAKER_AFTER, SPEAKER_AFTER.finditer(self.text))):
            for m in found:
                s, e = m.span("name")
                name = m.group("name")
                words = name.split()
                while words and (words[0] in NOT_NAME_START or words[0].lower() in TITLE_WORDS):
                    s += len(words[0]) + 1
                    words = words[1:]
                if words and words[-1] in ORG_HEADS:
                    continue  # "the Sumy Regional Military Administration": an organisation's name
                while words and words[-1] in NOT_NAME_WORD:
                    e -= len(words[-1]) + 1
                    words = words[:-1]
                if len(words) < 2 or any(w in NOT_NAME_WORD for w in words):
                    continue
                name = self.text[s:e]
                if "\n" in name or not self.free(s, e):
                    continue
                if any(w in self.lex.names and self.lex.entries[self.lex.names[w][0]].kind != "Person" for w in words):
                    continue
                ref = self.new_person(name)
                self.take(Mention(s, e, name, ref, "pattern"))
                if rx is TITLED:
                    title = TO_THE_POST.sub("", self.text[m.start():m.start("name")].strip(" ,."))  # "ambassador to Ukraine"
                    # "Dutch Defence Minister Ruben Brekelmans": the office's state is the person's
                    before = OFFICE_WORDS_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
                    # ("Bulgarian Prime Minister Nikolai Denkov": the words before the title word are the office too,
                    # so that "the PM" and "the Bulgarian minister" find him)
                    self._titled(f"{before.group(0) if before else ''}{title}".lower(), ref)
                    state = self._state_prefix((before.group(0) if before else title).split()[0])
                    entry = self.entries.get(ref)
                    if state and entry is not None and not entry.state and ref not in self.lex.entries:
                        self.entries[ref] = replace(entry, state=state)

    def names_in_commas(self) -> None:
        """'Olena Marchenko, 34, a teacher in Kharkiv, …': a name with an age in commas is a person; so is
        a name described as a doctor or a resident ("Lesia Lysytsia, a doctor at the hospital, …") and a
        name in commas after an office ("Ukraine's ambassador to the UN, Andriy Melnyk, said")."""
        aged = [m for a in AGE_IN_COMMAS.finditer(self.text)
                if (m := AGED_NAME.search(self.text, max(0, a.start() - 80), a.end())) is not None and m.end() == a.end()]
        described = [m for h in PEOPLE_NOUN_WORDS.at_word_starts(self.text)
                     if ", " in self.text[max(0, h[0] - 40):h[0]] and not is_word_char(self.text, h[1])
                     and (m := DESCRIBED_NAME.search(self.text, max(0, h[0] - 80), h[0])) is not None]
        # "Davyd Arakhamiia [leader of Ukraine's Servant of the People faction]": an office in brackets after a name
        bracketed = [m for m in BRACKETED_OFFICE.finditer(self.text) if any(w in TITLE_WORDS for w in m.group("office").lower().split())] \
            if " [" in self.text else []
        for m in [*aged, *described, *bracketed, *self.scan.starting(OFFICE_THEN_NAME, "title")]:
            s, e = m.span("name")
            name = m.group("name")
            first = name.split()[0]
            if first in HONORIFICS and len(name.split()) > 2:
                s, name = s + len(first) + 1, name[len(first) + 1:]  # "Pastor Artem Tovmasian, a friend of the family"
            if not self.free(s, e) or name.split()[0] in NOT_NAME_START or any(w in self.lex.names for w in name.split()):
                continue
            self.take(Mention(s, e, name, self.new_person(name), "pattern"))

    def recurring_names(self) -> None:
        """'Firstname Lastname' mid-sentence whose surname is used again alone: a person."""
        counts = Counter(NAME_WORD.findall(self.text))
        self.name_tokens = set(counts)  # kept for the misspelt-surname pass
        for m in MID_SENTENCE_NAME.finditer(self.text):
            s, e = m.span("name")
            first, last = m.group("name").split()
            if not self.free(s, e) or first in NOT_NAME_START or last in NOT_NAME_WORD or first in NOT_NAME_WORD:
                continue
            if re.search(r"-[a-z]", first) or first.lower() in TITLE_WORDS or last.lower() in TITLE_WORDS or first in ORDINALS:
                continue  # "the two Soviet-time Tochka missiles", "First Deputy Head …": no first name and surname
            if first in self.lex.names or last in self.lex.names or first in self.lex.demonyms or last in self.lex.demonyms:
                continue
            if counts.get(last, 0) >= 2:
                ref = self.new_person(m.group("name"))
                self.take(Mention(s, e, m.group("name"), ref, "pattern"))

    def organisations(self) -> None:
        for m in self.scan.containing(ORG_NAME, ORG_HEAD_WORDS, NOT_WORDY):
            s, e = m.span("name")
            name = m.group("name")
            if name.lower().startswith("the "):
                s += 4
                name = name[4:]
            if "\n" in name or not self._free_of_all_but_places(s, e):
                continue
            words = name.split()
            if words[0] in CLAUSE_OPENERS and len(words) > 2:
                # "As Ukrainian News Agency earlier reported": the conjunction opens the sentence, not the name
                s += len(words[0]) + 1
                name = name[len(words[0]) + 1:]
                words = words[1:]
            if words[0] in {"A", "An", "This", "That", "Last", "Next", "Former", "Our", "His", "Her", "Recent", "Top",
                            "Latest", "More", "Most", "Related"}:
                continue
            if name.endswith(("News Agency", "News Service")):
                continue  # an outlet the story cites as its source, not one of its actors
            if re.match(r"\s+(?:Base|Airport|Station|Building|Square|Street|Headquarters)\b", self.text[e:e + 15]):
                continue  # "Dover Air Force Base" is a place
            if re.search(r"\b(?:[Cc]hief|[Hh]ead|[Cc]hair(?:man)?|[Dd]irector|[Cc]ommander) of (?:the )?$", self.text[max(0, s - 30):s]):
                continue  # "Chief of the Defence Staff": part of a title
            if words[0] in self.lex.names and self.lex.entries[self.lex.names[words[0]][0]].kind == "Person":
                continue  # "the Biden Administration": a government, not an organisation of its own name
            state = self._state_prefix(words[0])
            of_state = OF_STATE.match(self.text, e) if not state and words[0] == "Ministry" else None
            if of_state is not None:
                # "the Ministry of Defense of Latvia": the state's own ministry, named with the state after it
                for named in (of_state.group("state"), of_state.group("state").split()[0]):
                    if state := self._state_prefix(named):
                        e = of_state.start("state") + len(named)
                        name = self.text[s:e]
                        break
            told = self._same_office_before(name, s) if not state else None
            if told is not None:
                self._clear(s, e)  # "Russia's Defense Ministry said … The Defense Ministry said": the ministry named before
                self.take(Mention(s, e, name, told, "name"))
                continue
            key = slugify(name)
            ref = f"Organization:{key}"
            self._clear(s, e)
            self.entries.setdefault(ref, Entry(key=key, label=name, kind="Organization", state=state))
            self.take(Mention(s, e, name, ref, "pattern"))

    def _same_office_before(self, name: str, start: int) -> str | None:
        """For a ministry named without its state ("The Defense Ministry"), the state's ministry of that kind
        named last before `start` ("Russia's Defense Ministry"), if any."""
        office = GENERIC_MINISTRY.fullmatch(name)
        if office is None:
            return None
        kind = office.group("kind").lower()[:5]  # "defen": Defense or Defence
        return self._last_organisation(start, lambda e: "ministry" in e.label.lower() and kind in e.label.lower() and bool(e.state))

    def _free_of_all_but_places(self, s: int, e: int) -> bool:
        """Whether s–e holds no mention but states and places wholly inside it: "the Ukrainian Emergencies
        Service", "the Donetsk Oblast Military Administration" name an organisation, not the state or region."""
        if self.free(s, e):
            return True
        # (not a known place that ends the name: "the White House's Oval Office" is a room, not an office)
        return all(s <= x.start and (x.end < e or self.text[x.start - 3:x.start] == "of ")
                   and (x.is_place or x.via in ("demonym", "place-name") or x.ref.startswith("State:"))
                   for x in self.spans if x.start < e and x.end > s)

    def _state_prefix(self, word: str) -> str:
        word = word.replace("’s", "").replace("'s", "")
        ref = self.lex.demonyms.get(word) or next((r for r in self.lex.names.get(word, []) if r.startswith("State:")), "")
        return ref.partition(":")[2] if ref else ""

    def region_lists(self) -> None:
        """'the Chernihiv, Kharkiv and Sumy regions': each name is a region, not its city."""
        for m in self.scan.containing(REGION_LIST, REGION_LIST_NOUNS, NOT_LISTY):
            group = "names" if m.group("names") else "names2"
            plural = (m.group("noun") or m.group("noun2")).lower()
            for w in re.finditer(r"[A-Z][\w’'-]+", m.group(group)):
                s, e = m.start(group) + w.start(), m.start(group) + w.end()
                if plural == "districts":  # "the Obolonskyi and Holosiivsky districts"
                    self._district(w.group(0), s, e, e)
                else:
                    self._region(w.group(0), {"regions": "region", "oblasts": "oblast", "provinces": "province"}[plural], s, e)
        # "the frontline region of Kursk": one region named after its noun
        for m in self.scan.containing(REGION_OF, REGION_OF_NOUNS, NOT_WORDY):
            self._region(m.group("name"), m.group("noun").lower(), *m.span("name"))
        # "Russia's Bryansk border region": a region named with what kind of region it is
        for m in self.scan.containing(KIND_OF_REGION, REGION_OF_NOUNS, NOT_WORDY):
            if any(self.lex.entries[r].kind == "Place" for r in self.lex.names.get(m.group("name"), ())):
                self._region(m.group("name"), "region", *m.span("name"))
        for m in self.scan.containing(NAMED_REGION, NAMED_REGION_NOUNS, NOT_WORDY):
            noun = m.group("noun").lower().removesuffix("al").replace("governor", "region")
            # an unknown name before "Region" may be no place at all ("Asia Region"); "Oblast" always is one
            if noun == "oblast" or any(self.lex.entries[r].kind == "Place" for r in self.lex.names.get(m.group("name"), ())):
                self._region(m.group("name"), noun, *m.span("name"))

    def _region(self, name: str, noun: str, s: int, e: int) -> None:
        """The region `name` at s–e, in place of whatever was read there (its city, its state)."""
        ref = next((r for r in self.lex.names.get(f"{name} {noun}", []) + self.lex.names.get(f"{name} region", [])
                    if self.lex.entries[r].kind == "Place"), None)
        if ref is None:
            if name in self.lex.names or name in NOT_NAME_START:
                return  # a state or another kind of name, not a region
            ref = f"{slugify(name)}-oblast"
            self.entries.setdefault(ref, Entry(key=ref, label=f"{name} region", kind="Place", aliases=(name,)))
        else:
            self.entry(ref)
        if any(x.start <= s and e <= x.end and x.ref.startswith("Organization:") for x in self.spans if x.start < e and x.end > s):
            return  # "the Donetsk Oblast Military Administration": the region names the organisation
        self._clear(s, e)
        self.take(Mention(s, e, name, ref, "pattern", is_place=True))

    def places(self) -> None:
        for rx, literals in zip(PLACE_PATTERNS, PLACE_LITERALS):
            for m in self.scan.containing(rx, literals, NOT_WORDY):
                s, e = m.span("name")
                name = m.group("name")
                owner = POSSESSOR_FIRST.match(name)
                if owner is not None:  # "Kharkiv's Kholodnohirskyi district": the city's own district
                    s, name = s + owner.end(), name[owner.end():]
                suffix = (m.groupdict().get("suffix") or "").lower()
                if suffix == "district":
                    # "Kharkiv's Kholodnohirskyi district", "the Shevchenkivskyi district of Kyiv": in that city
                    of = PLACE_OF.match(self.text, m.end()) if owner is None else None
                    at = m.start("name") if owner is not None else of.start("city") if of is not None else -1
                    self._district(name, s, e, m.end(), next((x.ref for x in self.spans if x.start == at and x.is_place), ""))
                    continue
                if not self.free(s, e) or name.split()[0] in NOT_NAME_START:
                    continue
                key = slugify(name) + ("-oblast" if suffix in ("region", "oblast", "province") else "")
                label = name + (f" {m.group('suffix')}" if suffix else "")
                self.entries.setdefault(key, Entry(key=key, label=label, kind="Place", aliases=(name,)))
                self.take(Mention(s, m.end(), self.text[s:m.end()], key, "pattern", is_place=True))

        for m in self.scan.containing(PLURAL_PLACES, PLURAL_PLACE_LITERALS, NOT_LISTY):
            for name in re.finditer(PLACE_NAME, m.group("list")):
                s, e = m.start("list") + name.start(), m.start("list") + name.end()
                if not self.free(s, e) or name.group(0).split()[0] in NOT_NAME_START:
                    continue
                key = slugify(name.group(0))
                self.entries.setdefault(key, Entry(key=key, label=name.group(0), kind="Place"))
                self.take(Mention(s, e, name.group(0), key, "pattern", is_place=True))

    def _district(self, name: str, s: int, e: int, end: int, within: str = "") -> None:
        """The district `name` at s–e (its mention reaching to `end`), lying in the place `within` if known: a
        district named after a town ("in Bucha district") is the district, in the town's region, not the town."""
        town = next((x for x in self.spans if x.start == s and x.end == e and x.is_place), None)
        if town is not None:
            within = getattr(self.entries.get(town.ref), "region", "") or town.ref
            self._clear(s, e)
        if not self.free(s, e) or name.split()[0] in NOT_NAME_START:
            return
        key = f"{slugify(name)}-district"
        state = getattr(self.entries.get(within) or self.lex.entries.get(within), "state", "") if within else ""
        self.entries.setdefault(key, Entry(key=key, label=f"{name} district", kind="Place", aliases=(name,), region=within,
                                           state=state))
        self.take(Mention(s, end, self.text[s:end], key, "pattern", is_place=True))

    def _titled(self, title: str, ref: str) -> None:
        refs = self.local_roles.setdefault(title, [])
        if ref not in refs:
            refs.append(ref)

    def _named_last(self, refs: list[str], at: int, end: int | None = None) -> str:
        """Of these people, the one mentioned last before the phrase at `at`:`end` (the first titled, if none is)."""
        if len(refs) == 1:
            return refs[0]
        last = {r: max((x for x in self.spans if x.ref == r and x.start < at), key=lambda x: x.start, default=None) for r in refs}
        ranked = sorted(refs, key=lambda r: (last[r].start if last[r] else -1, -refs.index(r)), reverse=True)
        best = last[ranked[0]]
        if best is not None and self._possessive_at(best.end) and not (end is not None and self._possessive_at(end)):
            # "Zelensky met Kellogg, U.S. President Donald Trump's special envoy. … the president said": one named as
            # whose envoy someone is is not the one spoken of, when another was named just before (but "Trump's
            # envoy Witkoff and Kushner, the President's son-in-law" are both his)
            near = [r for r in ranked[1:] if last[r] is not None and best.start - last[r].start < 300 and not self._possessive_at(last[r].end)]
            if near:
                return near[0]
        return ranked[0]

    def _possessive_at(self, end: int) -> bool:
        """Whether a possessive 's follows the words ending at `end`."""
        return self.text.startswith(("'s", "’s"), end)

    def roles(self) -> None:
        """'the Russian president', "Ukraine's defence minister" -> the office holder."""
        ordered = None
        for m in [*self.scan.finditer(ROLE_RE, "role", NOT_WORDY_OR_STOP), *self.scan.finditer(BARE_ROLE_RE, "role")]:
            s, e = m.span()
            # (every mention kept marks its characters taken: where none is, no mention lies)
            if self.free(s, e):
                inside = []
            else:
                ordered = ordered or _Ordered(self.spans)
                inside = ordered.overlapping(s, e)
            if any(x.via not in ("demonym", "name", "metonym") or not x.ref.startswith("State:") for x in inside):
                continue  # the role phrase is a title in front of a name already found
            if re.match(r"\s+[A-Z][a-z]", self.text[e:e + 3]):
                continue  # followed by a name: the name mention carries it
            of = self._state_prefix(m.group("of")) if m.groupdict().get("of") else ""
            title = m.group("title").lower()
            ref, literal = None, False
            title = {"pm": "prime minister", "diplomat": "top diplomat"}.get(title, title)  # (a foreign minister, named so)
            office = office_of(title)
            titled: list[str] = []
            for local_title, local_refs in self.local_roles.items():
                same = local_title.endswith(title) or _title_holds(local_title, office)
                qualifier = m.group("of").lower().replace("’s", "").replace("'s", "") if of else ""
                if same and (not of or _found_as_word(local_title, qualifier, not_after=".")):
                    titled += [r for r in local_refs if r not in titled]
                    literal = literal or local_title.endswith(title)
            if titled:
                # of several presidents ("Russian President Vladimir Putin", "President Volodymyr Zelensky"), "the
                # president" is the one named last
                ref = self._named_last(titled, s, e)
            if not of and not literal:
                ref = self._same_title(title, ref)
            if ref is None:
                # "Cardinal Matteo Zuppi … the cardinal": a person whose very name opens with the title, named before
                styled = [x.ref for x in self.spans if x.start < s and x.ref.startswith("Person:")
                          and getattr(self.entries.get(x.ref), "label", "").lower().startswith(title + " ")]
                ref = self._named_last(list(dict.fromkeys(styled)), s) if styled else None
            if ref is None:
                ref = self.lex.holder(self.text[s:e], self.anchor)
                if ref and not self._named(ref):
                    continue  # an office holder the document never names is not one of its actors
            if ref:
                if ref in self.lex.entries:
                    self.entry(ref)
                if inside:
                    gone = {id(x) for x in inside}
                    self.spans = [x for x in self.spans if id(x) not in gone]
                    if ordered is not None:
                        for x in inside:
                            ordered.remove(x)
                mention = Mention(s, e, self.text[s:e], ref, "role")
                self.take(mention)
                if ordered is not None:
                    ordered.add(mention)

    def heads_of_state(self) -> None:
        """'the head of the Ukrainian state', 'the Russian head of state': that state's president, when the
        document names them."""
        if "head of" not in self.text:
            return
        for m in HEAD_OF_STATE.finditer(self.text):
            s, e = m.span()
            ref = self.lex.holder(f"{m.group('of') or m.group('of2')} president", self.anchor)
            if ref is None or not self._named(ref) or any(x.start < e and x.end > s and not x.ref.startswith("State:") for x in self.spans):
                continue
            self._take_office(s, e, ref)

    def organisation_heads(self) -> None:
        """'the NATO chief', "the UN's secretary-general": the one person the document names who holds an
        office of that organisation on its date."""
        for m in self.scan.at_words(ORG_HEAD_ROLE, ORG_HEAD_ROLE_WORDS, NOT_WORDY):
            s, e = m.span("role")
            org = next((r for r in self.lex.names.get(m.group("org"), ()) if r.startswith("Organization:")), None)
            if org is None or self.anchor is None or re.match(r"\s+[A-Z][a-z]", self.text[e:e + 3]):
                continue  # no organisation, or a name follows that carries the office itself
            what = tuple(w for w in m.group("what").split() if w not in ("top", "new", "former"))
            holders = {ref for ref in self.lex.officers(org.partition(":")[2], self.anchor, what) if self._named(ref)}
            if len(holders) != 1 or not self._free_of_all_but_places(s, e) and not self._only_org_inside(s, e, org):
                continue
            self._take_office(s, e, holders.pop())

    def _take_office(self, s: int, e: int, ref: str) -> None:
        """s–e names an office that only `ref` holds here ("the NATO chief"): read it as that person."""
        self.entry(ref)
        self._clear(s, e)
        self.take(Mention(s, e, self.text[s:e], ref, "role"))

    def _only_org_inside(self, s: int, e: int, org: str) -> bool:
        return all(x.ref == org and s <= x.start and x.end <= e for x in self.spans if x.start < e and x.end > s)

    def _same_title(self, title: str, ref: str | None) -> str | None:
        """'the secretary of defense' with no state: of the people the document names who hold that
        office on its date, the one whose title has these very words (a US Defense Secretary, not a
        Ukrainian Defence Minister); `ref` when nobody else is in question."""
        gz = self.lex.gazetteer
        if gz is None or self.anchor is None:
            return ref
        office = office_of(title)
        if office not in self._holders:
            self._holders[office] = {f"Person:{a.key}": r.title for a, r in gz.roles_at(self.anchor) if office_of(r.title) == office
                                     and f"Person:{a.key}" in self.lex.entries and self._named(f"Person:{a.key}")}
        holders = self._holders[office]
        if ref is not None and ref not in holders and len(holders) <= 1:
            return ref
        wanted = _title_words(title)
        exact = [h for h, t in holders.items() if _title_words(t) == wanted]
        if len(exact) == 1:
            return exact[0]
        return ref if ref is not None and len(holders) <= 1 else None

    def _named(self, ref: str) -> bool:
        """Whether the document names this gazetteer actor (by its name or a capitalised alias)."""
        # asked again for every office holder of every unqualified office: each answer is kept
        if ref not in self._named_cache:
            entry = self.lex.entries[ref]
            self._named_cache[ref] = any(_found_as_word(self.text, n)
                                         for n in (entry.label, *entry.aliases) if n[:1].isupper())
        return self._named_cache[ref]

    def drop_datelines(self) -> None:
        """'KYIV, Ukraine (AP) — …': where the wire filed the story from is not part of what it tells."""
        for m in DATELINE.finditer(self.text):
            self.spans = [x for x in self.spans if not (m.start() <= x.start < m.end())]

    def drop_bylines(self) -> None:
        """'Steve Rosenberg / Russia editor': the page's reporters are not actors of the story."""
        names = {m.group("name") for m in BYLINE.finditer(self.text)}
        if not names:
            return
        reporters = {x.ref for x in self.spans if x.text in names and x.ref.startswith("Person:")}
        reporters |= {f"Person:{slugify(n)}" for n in names}
        self.spans = [x for x in self.spans if x.ref not in reporters]
        for ref in reporters:
            entry = self.entries.pop(ref, None)
            if entry is not None:
                self.local_surnames.pop(entry.label.split()[-1], None)
        self.reporters = reporters

    def group_anaphora(self) -> None:
        """'the group', 'the coalition', 'the alliance' -> the latest organisation of that kind named."""
        orgs = sorted((x for x in self.spans if x.ref.startswith("Organization:")), key=lambda x: x.start)
        for m in GROUP_ANAPHOR.finditer(self.text):
            s, e = m.span()
            if not self.free(s, e):
                continue
            head = " ".join(m.group("head").lower().replace("defense", "defence").split())
            for org in reversed([o for o in orgs if o.end <= s and s - o.end < 3000]):
                entry = self.entries.get(org.ref)
                if entry is not None and _refers_to(head, entry):
                    self.take(Mention(s, e, m.group(0), org.ref, "anaphor"))
                    break
                # "Ukraine's air force said … The military said …": a branch named last, the state's military meant
                whole = self._military_of(entry.state) if entry is not None and head in ("military", "army") \
                    and entry.subkind == "armed-force" and entry.state else None
                if whole is not None:
                    self.entry(whole)
                    self.take(Mention(s, e, m.group(0), whole, "anaphor"))
                    break

    def _military_of(self, state: str) -> str | None:
        """The armed force a gazetteer calls "<state>'s military" ('Ukrainian military' is the Armed Forces of Ukraine)."""
        for ref, entry in self.lex.entries.items():
            if entry.subkind == "armed-force" and entry.state == state \
                    and any(a.lower().endswith(" military") for a in (entry.label, *entry.aliases)):
                return ref
        return None

    def surnames_and_pronouns(self) -> None:
        by_surname: dict[str, str] = {}
        for ref, entry in self.entries.items():
            if entry.kind == "Person":
                words = entry.label.split()
                by_surname.setdefault(words[-1], ref)
                if entry.state in FAMILY_NAME_FIRST and len(words) >= 2:
                    by_surname.setdefault(words[0], ref)  # "Yoon pledged …": Yoon Suk Yeol's family name comes first
        by_surname.update(self.local_surnames)
        # "Michael Martins … tells BBC Radio 5 Live" / "Michael says …": people the news interviews (no
        # office, no Wikidata item) are called by their first name too, when no one else has it
        first: dict[str, list[str]] = {}
        local = [r for r, e in self.entries.items() if e.kind == "Person" and not e.roles and not e.qid]
        for ref in local:
            words = self.entries[ref].label.split()
            if len(words) >= 2:
                first.setdefault(words[0], []).append(ref)
        taken = {e.label.split()[0] for r, e in self.entries.items() if e.kind == "Person" and r not in local}
        for name, refs in first.items():
            if len(refs) == 1 and name not in by_surname and name not in taken:
                by_surname[name] = refs[0]
        by_surname = {k: v for k, v in by_surname.items() if v not in self.reporters}
        for m in self._capitalised_words_among(by_surname):
            s, e = m.span()
            ref = by_surname.get(m.group(0))
            if ref and self.free(s, e):
                self.take(Mention(s, e, m.group(0), ref, "surname"))
        self.misspelt_surnames(by_surname)
        self.knights_by_first_name()
        self.spans.sort(key=lambda x: x.start)
        persons = _Ordered([x for x in self.spans if x.ref.startswith("Person:")])
        # pronouns and "the official" in text order, each resolved one carrying the chain on to the next
        found = list(PRONOUN.finditer(self.text))
        if "he official" in self.text:
            found = sorted([*found, *THE_OFFICIAL.finditer(self.text)], key=lambda m: m.start())
        for m in found:
            if m.re is THE_OFFICIAL:
                self._the_official(m, persons)
                continue
            at = m.start()
            speaks = CLOSING_SPEAKER.match(self.text, m.end())
            i = bisect_right(self.sentence_starts, at) - 1
            # "According to him, …" opens the sentence as "He said …" would
            begins = i > 0 and (self.sentence_starts[i] == at or OPENS_WITH.fullmatch(self.text, self.sentence_starts[i], at) is not None)
            # "He says …" opening a sentence: the subject of the sentence before, else the one who spoke last
            opening = speaks and begins
            closing = speaks and re.search(r"[,”\"]\s*$", self.text[max(0, at - 5):at])
            if closing:
                # "…, he says": the words before are what he says; he is not a person named in them
                at = self.sentence_starts[i] if i >= 0 else at
            # any pronoun opening a sentence goes on with the subject of the one before ("Last month, he labelled
            # Starmer's plan … He has, meanwhile, praised Putin": the first he, not Starmer)
            ref = (self._subject_of(persons, self.sentence_starts[i - 1], at) if opening or begins and not closing else None) \
                or (self._last_speaker(persons, at) if closing or opening else None) \
                or (self._subject_of(persons, self.sentence_starts[i - 1], at) if closing and i > 0 else None) \
                or self._antecedent(persons, at)
            others = self._joined_with_pronoun(persons, i)
            if ref in others:
                # "He also said that he and Zelenskyy agreed …": whoever "he" is, not the one named beside him
                ref = self._antecedent(persons, at, others)
            # ('Merz welcomed Trump's announcement. "…," he said': who the sentence before is about speaks on)
            if ref is not None:
                mention = Mention(m.start(), m.end(), m.group(0), ref, "pronoun")
                self.take(mention)
                persons.add(mention)  # a resolved pronoun carries the chain on
        # "…, the organisation says", "The ministry initially said …": the organisation of that kind named last
        for m in THE_BODY.finditer(self.text) if ("he organi" in self.text or "he ministry" in self.text or "he agency" in self.text) else ():
            if (CLOSING_SPEAKER.match(self.text, m.end()) or BODY_REPORTED.match(self.text, m.end())) and self.free(m.start(), m.end()):
                ref = self._last_body(m.group("kind").lower(), m.start())
                if ref is not None:
                    self.take(Mention(m.start(), m.end(), m.group(0), ref, "pronoun"))

    def unqualified_ministries(self) -> None:
        """'…, the defence ministry said': the ministry of the state whose minister of that office the document
        named last before it (Healey, the UK's defence secretary: the UK Ministry of Defence)."""
        if "inistry" not in self.text:
            return
        for m in THE_MINISTRY.finditer(self.text):
            s, e = m.span("ministry")
            if not self.free(s, e):
                continue
            office = "defence-minister" if (m.group("what") or m.group("what2")).lower().startswith("defen") else "foreign-minister"
            state = self.lex.entries.get(f"State:{self._state_of_office_before(office, s)}")
            if state is not None:
                self.take(Mention(s, e, self.text[s:e], self._organ(state, m.group("ministry")), "role"))

    def _state_of_office_before(self, office: str, at: int) -> str:
        """The state of the last person named before `at` who holds `office` on the document's date, or ''."""
        local = {r for title, refs in self.local_roles.items() if _title_holds(title, office) for r in refs}
        for x in sorted((x for x in self.spans if x.start < at and x.ref.startswith("Person:")), key=lambda x: -x.start):
            entry = self.entries.get(x.ref) or self.lex.entries.get(x.ref)
            if entry is None:
                continue
            if x.ref in local and entry.state:
                return entry.state
            for role in entry.roles:
                # (in an undated document, only an office whose start is unknown is held)
                if role.office == office and (role.active_on(self.anchor) if self.anchor is not None else not role.start):
                    return role.of
        return ""

    def _the_official(self, m: re.Match, persons: _Ordered) -> None:
        """'"… one child," the official said': a speaker called only "the official" is the one quoted just before;
        so is "The official also said …" opening a sentence."""
        at = self.sentence_starts[bisect_right(self.sentence_starts, m.start()) - 1]
        opens = at == m.start() and OFFICIAL_SPEAKS.match(self.text, m.end())
        if (CLOSING_SPEAKER.match(self.text, m.end()) and re.search(r"[,”\"]\s*$", self.text[max(0, m.start() - 5):m.start()])
                or opens) and self.free(m.start(), m.end()):
            ref = self._last_speaker(persons, at) or self._antecedent(persons, at)
            if ref is not None:
                mention = Mention(m.start(), m.end(), m.group(0), ref, "pronoun")
                self.take(mention)
                persons.add(mention)

    def _last_body(self, kind: str, at: int) -> str | None:
        """The organisation named last within 1500 characters before `at`: any ('the organisation'), a ministry or an agency."""
        return self._last_organisation(at, lambda e: kind.startswith("organi") or kind in e.label.lower(), since=at - 1500)

    def _last_organisation(self, at: int, fits: Callable[[Entry], bool], since: int | None = None) -> str | None:
        """The organisation named last before `at` (and not before `since`) whose entry `fits`."""
        for x in sorted((x for x in self.spans if (since is None or since <= x.start) and x.start < at
                         and x.ref.startswith("Organization:")), key=lambda x: -x.start):
            if fits(self.entry(x.ref)):
                return x.ref
        return None

    def knights_by_first_name(self) -> None:
        """'Sir Keir said …': a knight is called by his first name after the title, the one of that first name
        the report names."""
        if "Sir " not in self.text:
            return
        for m in SIR_FIRST_NAME.finditer(self.text):
            refs = {r for r, e in self.entries.items() if e.kind == "Person" and e.label.split()[0] == m.group(1)}
            if len(refs) == 1 and self.free(m.start(), m.end()):
                self.take(Mention(m.start(), m.end(), m.group(0), refs.pop(), "surname"))

    def misspelt_surnames(self, by_surname: dict[str, str]) -> None:
        """'Witfkoff' in a live post that names Steve Witkoff: a capitalised word one typing slip (a letter
        added, dropped, changed or two swapped) from the surname of a person the document names in full,
        when the word is no name of its own. Surnames of six letters or more only: shorter ones are too
        close to other words."""
        named = {last: ref for last, ref in by_surname.items() if len(last) >= 6 and ref.startswith("Person:")}
        if not named:
            return
        initials = {last[0] for last in named}
        slips = {}
        for word in self.name_tokens:
            if len(word) < 6 or word[0] not in initials or word in by_surname or word in self.lex.names or word in self.lex.demonyms:
                continue
            refs = {ref for last, ref in named.items() if _one_slip(word, last)}
            if len(refs) == 1:
                slips[word] = refs.pop()
        if slips:
            for m in self._capitalised_words_among(slips):
                s, e = m.span()
                if m.group(0) in slips and self.free(s, e):
                    self.take(Mention(s, e, m.group(0), slips[m.group(0)], "surname"))

    def _capitalised_words_among(self, words) -> Iterator[re.Match]:
        """CAPITALISED_WORD.finditer(text), but only on the words (runs of word characters, apostrophes
        and hyphens, which hold every match whole) that contain one of `words`: the rest cannot be one."""
        yield from self.scan.containing(CAPITALISED_WORD, Literals(words), NOT_NAMEY)

    def _quoted(self, pos: int) -> bool:
        """Whether `pos` lies inside a quotation: names quoted are spoken about, not speaking."""
        if self._quotes is None:
            self._quotes = quotations(self.text)
        i = bisect_right(self._quotes, (pos, len(self.text))) - 1
        return i >= 0 and self._quotes[i][0] < pos < self._quotes[i][1]

    def _last_speaker(self, persons: _Ordered, at: int) -> str | None:
        """The person who spoke last before `at`, for a pronoun that speaks ('…,” he says'): news goes on
        quoting one speaker, whoever else the words or the sentences between name."""
        line_start = self.text.rfind("\n", 0, at) + 1
        previous_end = len(self.text[:line_start].rstrip())
        since = self.text.rfind("\n", 0, previous_end) + 1  # this paragraph and the one before it
        for p in reversed([p for p in persons.before(at, at - since) if not self._quoted(p.start)]):
            if SPEAKS_AFTER.match(self.text, p.end) or SPEAKS_BEFORE.search(self.text, max(0, p.start - 80), p.start):
                return p.ref
        return None

    def _subject_of(self, persons: _Ordered, start: int, end: int) -> str | None:
        """The first person named in subject position between `start` and `end` (a sentence), unquoted:
        "Starmer also praises US President Donald Trump. He says …" — he is Starmer."""
        for p in persons.mentions[bisect_left(persons.starts, start):bisect_left(persons.starts, end)]:
            if not self._quoted(p.start) and self._as_subject(p) and not FRONTED.fullmatch(self.text, start, p.start):
                return p.ref
        return None

    def _joined_with_pronoun(self, persons: _Ordered, i: int) -> set[str]:
        """The people named in sentence `i` right beside "he" or "she" and "and" ("he and Zelenskyy"): never what
        a pronoun of that sentence stands for."""
        start = self.sentence_starts[i] if i >= 0 else 0
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        segment = self.text[start:end].lower()
        if "he and " not in segment and " and he" not in segment and " and she" not in segment:
            return set()
        return {p.ref for p in persons.overlapping(start, end) if p.via != "pronoun"
                and (HE_AND.search(self.text, max(start, p.start - 12), p.start) or AND_HE.match(self.text, p.end))}

    def _antecedent(self, persons: _Ordered, at: int, exclude: set[str] = frozenset()) -> str | None:
        """The person a pronoun at `at` refers to: the latest one in subject position, else the latest (of
        those not excluded).

        'Witkoff met Putin in March. He also met Dmitriev' — he is Witkoff, not the object Putin.
        """
        window = (p for p in reversed(persons.before(at, 1500)) if not self._quoted(p.start) and p.ref not in exclude)
        latest = next(window, None)
        if latest is None:
            return None
        if self._as_subject(latest):
            return latest.ref
        for p in window:
            if at - p.end > 600:
                break
            if self._as_subject(p):
                return p.ref
        return latest.ref

    def _as_subject(self, p: Mention) -> bool:
        """Whether a person is named where a subject may stand: not right after a preposition or a verb, with
        or without an office between ("met with Prime Minister Mateusz Morawiecki")."""
        if SUBJECT_AFTER.match(self.text, p.end):
            return True  # "from pollster Frank Luntz who says …", "with French President Emmanuel Macron saying …"
        if word_before(self.text, p.start) in OBJECT_MARKERS:
            return False
        i = bisect_right(self.sentence_starts, p.start) - 1
        lo = max(0, p.start - 80, self.sentence_starts[i] if i >= 0 else 0)
        apposed = APPOSED_TO_OBJECT.search(self.text, lo, p.start)  # "spoke with his German counterpart, Annalena Baerbock"
        if apposed is not None and apposed.group(1).lower() in APPOSED_OBJECT_MARKERS and APPOSITION_ENDS.match(self.text, p.end):
            return False
        office = OFFICE_RUN.search(self.text, lo, p.start)
        return office is None or word_before(self.text, office.start()) not in OBJECT_MARKERS


def _title_holds(title: str, office: str) -> bool:
    """Whether a title as written names `office` in its last words ("u.s. defense secretary", "dutch defence minister")."""
    words = title.split()
    return any(office_of(" ".join(words[i:])) == office for i in range(len(words)))


def _capitalised_before(text: str, start: int) -> bool:
    """Whether the word right before `start`, across white space, is capitalised."""
    k = len(text[:start].rstrip())
    word = word_before(text, start)
    return k < start and bool(word) and text[k - len(word)].isupper()


# one first name in its Ukrainian, Russian and English spellings
FIRST_NAME_FORMS = [{"oleksandr", "alexander", "aleksandr", "alexandr", "olexander"}, {"oleksiy", "oleksii", "alexei", "aleksei", "alexey"},
                    {"serhiy", "serhii", "sergei", "sergey", "sergiy"}, {"volodymyr", "vladimir"}, {"dmytro", "dmitry", "dmitri", "dmitriy"},
                    {"mykola", "nikolai", "nikolay"}, {"andriy", "andrii", "andrei", "andrey"}, {"yuriy", "yurii", "yuri", "yury"},
                    {"mykhailo", "mikhail"}, {"vasyl", "vasily", "vasiliy"}, {"petro", "pyotr", "petr"}, {"ihor", "igor"},
                    {"heorhiy", "georgy", "georgiy"}, {"pavlo", "pavel"}, {"hennadiy", "gennady"}, {"viktor", "victor"}]


def _same_first_name(a: str, b: str) -> bool:
    """Whether two first names are spellings of one ("Steven", "Steve"; "Oleksandr", "Alexander")."""
    a, b = a.lower(), b.lower()
    return a == b or a.startswith(b) or b.startswith(a) or _one_slip(a, b) or any(a in f and b in f for f in FIRST_NAME_FORMS)


def _word_positions(text: str, word: str, not_after: str = "") -> Iterator[int]:
    """Where re.finditer(rf"\\b{re.escape(word)}\\b", text) would match (with no character of `not_after` right
    before it, and overlapping matches too), by str.find: a pattern compiled per name would crowd the re module's
    cache of compiled patterns."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if is_word_char(text, i - 1) != is_word_char(text, i) and is_word_char(text, end - 1) != is_word_char(text, end) \
                and not (not_after and i > 0 and text[i - 1] in not_after):
            yield i
        i = text.find(word, i + 1)


def _found_as_word(text: str, word: str, not_after: str = "") -> bool:
    """Whether `word` occurs in `text` as a whole word (_word_positions)."""
    return next(_word_positions(text, word, not_after), None) is not None


def _one_slip(a: str, b: str) -> bool:
    """Whether `a` is `b` with one letter added, dropped or changed, or two neighbours swapped; never at
    the end, where Slavic surnames change with gender (Zelensky, Zelenska; Lavrov, Lavrova)."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a[:-1] == b[:-1] or a[:-1] == b or b[:-1] == a:
        return False  # a different last letter, or one more at the end, is another form: Zelenska, Lavrova
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _title_words(title: str) -> frozenset[str]:
    return frozenset(title.lower().replace("defence", "defense").split()) - {"the", "of", "for"}


TITLE_LENGTHS = sorted({len(w) for w in TITLE_WORDS})


def _may_follow_title(text: str, start: int) -> bool:
    """Whether TITLE_BEFORE can match right before `start`: whitespace there, after a title word.

    A cheap necessary test (TITLE_BEFORE is tried at each of 60 positions): the title alternation
    ends the match but for the trailing whitespace, so the text before that whitespace ends with a
    title word in some case (a case-folding trap sends the text to the full search)."""
    lo = max(0, start - 60)
    window = text[lo:start]
    head = window.rstrip()
    if len(head) == len(window):
        return False
    if CASE_FOLD_TRAPS.search(window):
        return True
    tail = head[-TITLE_LENGTHS[-1]:].lower()
    return any(tail[-n:] in TITLE_WORDS for n in TITLE_LENGTHS if n <= len(tail))


class _Ordered:
    """Mentions in text order (a later one with the same start after the earlier), for questions about
    a position: which end less than `reach` before it (the pronoun resolver's), which overlap a span."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)  # stable: equal starts keep their order
        self.starts = [m.start for m in self.mentions]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def add(self, m: Mention) -> None:
        i = bisect_right(self.starts, m.start)
        self.mentions.insert(i, m)
        self.starts.insert(i, m.start)
        self.longest = max(self.longest, m.end - m.start)

    def remove(self, m: Mention) -> None:
        i = bisect_left(self.starts, m.start)
        while self.mentions[i] is not m:
            i += 1
        del self.mentions[i], self.starts[i]

    def before(self, at: int, reach: int) -> list[Mention]:
        lo = bisect_left(self.starts, at - reach - self.longest)  # any earlier one ends too far back
        hi = bisect_left(self.starts, at)
        return [m for m in self.mentions[lo:hi] if at - m.end < reach]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self.starts, start - self.longest + 1)  # any earlier one ends before `start`
        hi = bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start]


def _refers_to(head: str, entry: Entry) -> bool:
    """Whether 'the <head>' can stand for this organisation ('the military' for an armed force)."""
    label = entry.label.lower().replace("defense", "defence")
    if head in ("military", "army"):
        return entry.subkind == "armed-force" and "air force" not in label and "navy" not in label
    if head.endswith("ministry"):
        words = head.split()[:-1]
        return entry.subkind == "ministry" and all(w in label for w in words)
    if head.startswith("organi"):
        return True  # "the organisation": the last organisation named
    return head in label or head == entry.subkind


def find_mentions(text: str, anchor: dt.date | None = None, sentences: list[tuple[int, int]] | None = None) -> MentionSet:
    """Every actor and place mention of `text` (a whole document), in order; `sentences` are its
    sentence spans when the caller has them already."""
    _loaded()
    sentences = sentences if sentences is not None else sentence_spans(text)
    return _Finder(text, get_lexicon(), anchor, [s for s, _ in sentences]).run()
