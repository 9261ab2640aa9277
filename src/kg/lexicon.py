"""The extractor's view of the gazetteer: surface forms mapped to actors and places, and office titles."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["Lexicon", "Entry", "RoleRef", "get_lexicon", "ORG_HEADS", "TITLE_WORDS"]

DATA = Path(__file__).parent / "data"

# words that end an organisation's name ("Kiel Institute", "National Intelligence Service")
ORG_HEADS = {
    "Ministry", "Council", "Group", "Institute", "Agency", "Service", "Services", "Force", "Forces",
    "Fund", "Commission", "Committee", "Office", "Department", "Parliament", "Assembly", "Bank",
    "Union", "Organisation", "Organization", "Alliance", "Coalition", "Party", "Staff", "Command",
    "Guard", "Company", "Corporation", "Directorate", "Bureau", "Army", "Navy", "Court", "Cabinet",
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
    "ceo", "founder", "prosecutor", "ombudsman", "mr", "mrs", "ms", "dr", "prince", "senior",
}


@dataclass(frozen=True)
class RoleRef:
    title: str
    of: str
    since: str = ""
    until: str = ""


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
    roles: tuple[RoleRef, ...] = ()

    @property
    def ref(self) -> str:
        return self.key if self.kind == "Place" else f"{self.kind}:{self.key}"


@dataclass
class Lexicon:
    """Surface form -> entries, built once per process."""

    entries: dict[str, Entry] = field(default_factory=dict)  # ref -> entry
    names: dict[str, list[str]] = field(default_factory=dict)  # exact surface form -> refs
    demonyms: dict[str, str] = field(default_factory=dict)  # "Russian" -> "State:russia"
    metonyms: dict[str, str] = field(default_factory=dict)  # "Moscow" -> "State:russia"
    surnames: dict[str, list[str]] = field(default_factory=dict)  # "Putin" -> ["Person:vladimir-putin"]

    def add(self, entry: Entry) -> None:
        self.entries[entry.ref] = entry
        for form in {entry.label, *entry.aliases}:
            self._name(form, entry.ref)
            if form.lower().startswith("the "):
                self._name(form[4:], entry.ref)
        if entry.kind == "Person":
            last = entry.label.split()[-1]
            self.surnames.setdefault(last, []).append(entry.ref)
        for d in entry.demonyms:
            self.demonyms[d] = entry.ref
        for m in entry.metonyms:
            self.metonyms[m] = entry.ref

    def _name(self, form: str, ref: str) -> None:
        refs = self.names.setdefault(form, [])
        if ref not in refs:
            refs.append(ref)

    def holder(self, title: str, of: str, when: dt.date | None) -> str | None:
        """The person holding office `title` of state `of` on `when`, if the gazetteer knows."""
        title = title.lower()
        day = when.isoformat() if when else ""
        found = []
        for ref, e in self.entries.items():
            for r in e.roles:
                if r.of == of and r.title.lower() == title:
                    if day and ((r.since and day < r.since) or (r.until and day > r.until)):
                        continue
                    found.append(ref)
        return found[0] if len(found) == 1 else None


def _entry(obj: dict, kind: str | None = None) -> Entry:
    roles = tuple(
        RoleRef(str(r.get("title", "")), str(r.get("of", "")), str(r.get("from", "") or ""), str(r.get("until", "") or ""))
        for r in obj.get("roles", []) or []
        if isinstance(r, dict)
    )
    return Entry(
        key=obj["key"],
        label=obj["label"],
        kind=kind or obj["type"],
        qid=obj.get("qid", "") or "",
        aliases=tuple(obj.get("aliases", []) or ()),
        state=obj.get("state", "") or "",
        region=obj.get("region", "") or "",
        subkind=obj.get("kind", "") or "",
        demonyms=tuple(obj.get("demonyms", []) or ()),
        metonyms=tuple(obj.get("metonyms", []) or ()),
        roles=roles,
    )


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    lex = Lexicon()
    gz = DATA / "gazetteer"
    for obj in _read_jsonl(gz / "actors.jsonl"):
        lex.add(_entry(obj))
    _add_role_names(lex)
    for obj in _read_jsonl(gz / "places.jsonl"):
        lex.add(_entry(obj, "Place"))
    return lex
