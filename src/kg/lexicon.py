"""The extractor's view of the gazetteer: surface forms mapped to actors and places, and office titles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import Gazetteer, GazetteerActor, GazetteerPlace, Role, configured_gazetteer

__all__ = ["Lexicon", "Entry", "get_lexicon", "ORG_HEADS", "TITLE_WORDS"]

# words that end an organisation's name ("Kiel Institute", "National Intelligence Service")
ORG_HEADS = {
    "Ministry", "Council", "Group", "Institute", "Agency", "Service", "Services", "Force", "Forces",
    "Fund", "Commission", "Committee", "Office", "Department", "Parliament", "Assembly", "Bank",
    "Union", "Organisation", "Organization", "Alliance", "Coalition", "Party", "Staff", "Command",
    "Guard", "Company", "Corporation", "Directorate", "Bureau", "Army", "Navy", "Court", "Cabinet", "Administration",
    "Government", "Secretariat", "Senate", "Congress", "Duma", "Rada", "Foundation", "Centre", "Center",
}
# office words that introduce a person's name ("Defence Minister Boris Pistorius", "envoy Steve Witkoff")
TITLE_WORDS = {
    "president", "minister", "secretary", "chancellor", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "negotiator", "chief", "governor", "mayor", "mp", "senator", "admiral", "general",
    "colonel", "ambassador", "adviser", "advisor", "aide", "commander", "head", "leader", "premier",
    "director", "chair", "chairman", "chairwoman", "sir", "dame", "king", "queen", "pope", "marshal",
    "deputy", "lieutenant", "major", "captain", "representative", "commissioner", "speaker", "lawmaker",
    "congressman", "congresswoman", "pollster", "analyst", "official", "diplomat", "counterpart",
    "ceo", "founder", "prosecutor", "ombudsman", "mr", "mrs", "ms", "dr", "prince", "senior", "delegate", "taoiseach", "patriarch", "cardinal",
}

# what a person in the news is described as where no office is given ("a doctor at the hospital", "building resident")
PEOPLE_NOUNS = {"resident", "residents", "witness", "doctor", "nurse", "surgeon", "volunteer", "soldier", "officer",
                "official", "analyst", "expert", "professor", "researcher", "worker", "survivor", "mother", "father",
                "teacher", "student", "pensioner", "farmer", "engineer", "paramedic", "rescuer", "medic", "priest",
                "lawyer", "owner", "director", "manager", "veteran", "activist", "economist", "historian",
                # kin, friends and the clergy of a story's victims: "Artem Tovmasian, a friend of the family, said"
                "friend", "neighbour", "neighbor", "relative", "colleague", "son", "daughter", "wife", "husband", "brother",
                "sister", "grandmother", "grandfather", "pastor", "chaplain", "mourner", "journalist", "diplomat",
                "scientist", "writer", "pilot", "serviceman", "servicewoman", "commander", "politician", "employee"}


@dataclass(frozen=True)
class Entry:
    """A gazetteer actor or place."""

    key: str
    label: str
    kind: str  # Person, State, Organization, Place
    qid: str = ""
    aliases: tuple[str, ...] = ()
    state: str = ""
    region: str = ""
    subkind: str = ""
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()  # the gazetteer's offices, each with the days it was held
    held_by: str = ""  # a place's controlling State key since `held_since`, when another than `state`
    held_since: str = ""

    @property
    def ref(self) -> str:
        return self.key if self.kind == "Place" else f"{self.kind}:{self.key}"


# the words after a name that make it a region's or a city's ("Kharkiv region", "Kyiv city")
REGION_WORDS = ("region", "regions", "oblast", "oblasts", "province", "city")


@dataclass
class Lexicon:
    """Surface form -> entries, built once per process."""

    entries: dict[str, Entry] = field(default_factory=dict)  # ref -> entry
    names: dict[str, list[str]] = field(default_factory=dict)  # exact surface form -> refs
    demonyms: dict[str, str] = field(default_factory=dict)  # "Russian" -> "State:russia"
    metonyms: dict[str, str] = field(default_factory=dict)  # "Moscow" -> "State:russia"
    surnames: dict[str, list[str]] = field(default_factory=dict)  # "Putin" -> ["Person:vladimir-putin"]
    gazetteer: Gazetteer | None = None
    _holders: dict[tuple[str, dt.date], str | None] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry) -> None:
        self.entries[entry.ref] = entry
        for form in {entry.label, *entry.aliases}:
            self._name(form, entry.ref)
            if form.lower().startswith("the "):
                self._name(form[4:], entry.ref)
            if entry.kind == "Person":
                for variant in _transliterations(form):
                    self._name(variant, entry.ref)
        if entry.kind == "Person":
            last = entry.label.split()[-1]
            self.surnames.setdefault(last, []).append(entry.ref)
        for d in entry.demonyms:
            self.demonyms[d] = entry.ref
        for m in entry.metonyms:
            self.metonyms[m] = entry.ref

    def officers(self, org_key: str, when: dt.date, words: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The people who hold an office of the organisation `org_key` on `when`, whose title holds all of
        `words` (lower case) when given."""
        if self.gazetteer is None:
            return ()
        return tuple(f"Person:{a.key}" for a, r in self.gazetteer.roles_at(when)
                     if a.type == "Person" and r.of == org_key and all(w in r.title.lower() for w in words))

    def _name(self, form: str, ref: str) -> None:
        refs = self.names.setdefault(form, [])
        if ref not in refs:
            refs.append(ref)

    def names_another_place(self, form: str, ref: str) -> bool:
        """Whether `form` without its region word ("Dnipro region" -> "Dnipro") names a place other
        than `ref`: such an alias is for reading text, and as a published label it would be taken
        for that other place."""
        words = form.split()
        while len(words) > 1 and words[-1].lower() in REGION_WORDS:
            words.pop()
        if len(words) == len(form.split()):
            return False
        return any(r != ref and self.entries[r].kind == "Place" for r in self.names.get(" ".join(words), ()))

    def holder(self, phrase: str, when: dt.date | None) -> str | None:
        """The one person an office phrase ("Germany's defence minister") names on `when`, if any."""
        if self.gazetteer is None or when is None:
            return None
        key = (phrase.lower(), when)
        if key not in self._holders:  # the same office phrase recurs across a stream of news
            found = self.gazetteer.resolve_office(phrase, when)
            self._holders[key] = f"Person:{found[0].key}" if len(found) == 1 else None
        return self._holders[key]


# Arabic names come into English news spelt several ways: "Mohammed bin Salman", "Mohammed Ben Salman",
# "Muhammad ibn Salman", "Mohammed Bin Salman"
PATRONYMIC = re.compile(r" (?:bin|ben|ibn|Bin|Ben|Ibn) ")
MUHAMMAD = re.compile(r"\b(?:Mohammed|Mohammad|Muhammad|Muhammed)\b")


def _transliterations(form: str) -> set[str]:
    """Other common spellings of an Arabic name (none for other names)."""
    if not PATRONYMIC.search(form) and not MUHAMMAD.search(form):
        return set()
    out = set()
    for link in (" bin ", " ben ", " ibn ", " Bin ", " Ben ", " Ibn "):
        linked = PATRONYMIC.sub(link, form)
        out |= {MUHAMMAD.sub(m, linked) for m in ("Mohammed", "Mohammad", "Muhammad")}
    return out - {form}


def _actor_entry(a: GazetteerActor) -> Entry:
    return Entry(
        key=a.key, label=a.label, kind=a.type, qid=a.qid, aliases=a.names()[1:], state=a.state,
        subkind=a.kind, demonyms=a.demonyms, metonyms=a.metonyms,
        roles=a.roles,
    )


def _place_entry(p: GazetteerPlace) -> Entry:
    return Entry(key=p.key, label=p.label, kind="Place", qid=p.qid, aliases=p.aliases, state=p.state,
                 region=p.region, subkind=p.kind, held_by=p.held_by, held_since=p.held_since)


def _add_role_names(lex: Lexicon) -> None:
    """A distinctive office ('Kremlin spokesman', 'Nato chief') held by one person names that person."""
    holders: dict[str, set[str]] = {}
    for ref, e in lex.entries.items():
        for r in e.roles:
            words = r.title.split()
            if len(words) >= 2 and words[0][:1].isupper() and words[0] not in lex.demonyms:
                holders.setdefault(r.title, set()).add(ref)
    for title, refs in holders.items():
        if len(refs) == 1 and title not in lex.names:
            ref = next(iter(refs))
            lex._name(title, ref)
            lex._name(title[0] + title[1:].lower(), ref)


def _add_state_named_forces(lex: Lexicon) -> None:
    """'Ukraine military', 'Russia army': an armed force named by its state's name, as headlines and
    agencies write it, wherever the gazetteer has the demonym form ('Ukrainian military')."""
    for ref, e in list(lex.entries.items()):
        if e.subkind != "armed-force":
            continue
        for form in e.aliases:
            first, _, rest = form.partition(" ")
            state = lex.demonyms.get(first)
            if rest in ("military", "army", "armed forces") and state and state == f"State:{e.state}":
                derived = f"{lex.entries[state].label} {rest}"
                if derived not in lex.names:
                    lex._name(derived, ref)


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The lexicon of the shipped gazetteer plus the user's (folders in KG_GAZETTEER, ':'-separated)."""
    gz = configured_gazetteer()
    lex = Lexicon(gazetteer=gz)
    for a in gz.actors.values():
        lex.add(_actor_entry(a))
    _add_role_names(lex)
    _add_state_named_forces(lex)
    for p in gz.places.values():
        lex.add(_place_entry(p))
    return lex
