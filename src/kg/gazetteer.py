"""The gazetteer: canonical actors and places with aliases, demonyms, capitals and dated offices.

Shipped as JSON Lines under ``kg/data/gazetteer/`` (``actors.jsonl``, ``places.jsonl``); users add
their own files of the same shape with ``load_gazetteer(extra_dirs=[...])``, whose entries replace
shipped ones with the same key.

>>> g = load_gazetteer()
>>> g.actor("vladimir-putin").label
'Vladimir Putin'
>>> [a.key for a in g.resolve_office("Germany's defence minister", "2025-04-11")]
['boris-pistorius']
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .errors import KgError
from .models import ACTOR_TYPES, Actor, Place

__all__ = [
    "DATA_DIR",
    "GazetteerError",
    "Role",
    "GazetteerActor",
    "GazetteerPlace",
    "Gazetteer",
    "load_gazetteer",
    "default_gazetteer",
    "configured_gazetteer",
    "normalize",
    "office_of",
]

DATA_DIR = Path(__file__).parent / "data" / "gazetteer"
ACTOR_FILE = "actors.jsonl"
PLACE_FILE = "places.jsonl"
GAZETTEER_ENV = "KG_GAZETTEER"

ORG_KINDS = frozenset(
    "alliance ministry armed-force government-office intergovernmental group company think-tank agency news-agency".split()
)
_QID = re.compile(r"^Q[0-9]+$")
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class GazetteerError(KgError):
    """A gazetteer file is malformed; the message names the file and line to fix."""


@lru_cache(maxsize=65536)  # pure, and the extractor asks for the same few titles again and again
def normalize(name: str) -> str:
    """Fold a name for lookup: case, accents, punctuation, a possessive 's and a leading 'the'.

    >>> normalize("the Élysée")
    'elysee'
    >>> normalize("Germany's Ministry of Defence")
    'germany ministry of defence'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’]s\b", "", text).replace("+", " plus")
    text = re.sub(r"[^\w\s]", " ", text.replace("'", "").replace("’", ""))
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


# --- offices --------------------------------------------------------------------------------------
# Office titles differ by country ("Defence Secretary", "Secretary of Defense", "Defence Minister");
# office_of() folds them to one office so that "the German defence minister" finds a "Defence Minister".
_OFFICES = (
    ("head-of-state", r"president|king|queen|emir|sultan|supreme leader|pope|head of state"),
    ("head-of-government", r"prime minister|premier|chancellor|taoiseach|pm|head of government"),
    (
        "foreign-minister",
        r"foreign (?:minister|secretary|affairs minister)|minister (?:of|for) foreign affairs|secretary of state"
        r"|external affairs minister|minister of external affairs|top diplomat|chief diplomat"
        r"|foreign policy chief|high representative(?: for foreign affairs and security policy)?",
    ),
    (
        "defence-minister",
        r"defen[cs]e (?:minister|secretary|chief)|minister (?:of|for) (?:national )?defen[cs]e"
        r"|secretary of (?:defen[cs]e|war)|war secretary|minister of (?:the )?armed forces|armed forces minister",
    ),
    (
        "finance-minister",
        r"finance minister|minister of finance|chancellor of the exchequer|treasury secretary|secretary of the treasury",
    ),
    ("secretary-general", r"secretary[ -]general|chief|head|director[ -]general"),
    ("spokesperson", r"spokes(?:man|woman|person)"),
)
_OFFICE_RES = tuple((name, re.compile(rf"^(?:{pattern})$")) for name, pattern in _OFFICES)
# States whose president runs the executive: "the Ukrainian leader" is the president there, the
# head of government elsewhere.
_EXECUTIVE_PRESIDENCY = frozenset(
    "us russia ukraine france turkey belarus china brazil south-korea kazakhstan azerbaijan egypt uae "
    "indonesia argentina mexico south-africa moldova serbia uzbekistan iran north-korea saudi-arabia "
    "qatar oman vatican".split()
)
_LEADER = re.compile(r"^(?:leader|head|chief)$")


@lru_cache(maxsize=65536)  # pure: the role resolver folds every known title against each role phrase
def office_of(title: str) -> str:
    """The office a title names: 'UK Defence Secretary' -> 'defence-minister'; other titles folded.

    >>> office_of("Secretary of Defense"), office_of("Defence Minister"), office_of("Chancellor")
    ('defence-minister', 'defence-minister', 'head-of-government')
    >>> office_of("Kremlin spokesman")
    'kremlin spokesperson'
    """
    text = normalize(title)
    for name, pattern in _OFFICE_RES:
        if pattern.match(text):
            return name
    return re.sub(r"\bspokes(?:man|woman)\b", "spokesperson", text.replace("defense", "defence"))


def _day(value: str, end: bool = False) -> dt.date:
    """A (possibly partial) ISO date as a day: '2024-07' starts on 2024-07-01.

    Partial dates are read as the first day of the period for both ends, so an office whose
    start and its predecessor's end are only known to the month never holds two people at once.
    """
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class Role:
    """An office held: title of a State (or organisation) key, from a date until a date (exclusive)."""

    title: str
    of: str
    start: str = ""
    end: str = ""

    @property
    def office(self) -> str:
        return office_of(self.title)

    def active_on(self, date: dt.date | str) -> bool:
        """Whether the role is held on `date` (a start or an end that is unknown is open)."""
        day = date if isinstance(date, dt.date) else _day(str(date)[:10])
        if self.start and day < _day(self.start):
            return False
        return not (self.end and day >= _day(self.end))


@dataclass(frozen=True)
class GazetteerActor:
    """A canonical Person, State or Organization; `source` is the file:line it was read from."""

    key: str
    label: str
    type: str
    qid: str = ""
    qid_source: str = ""
    aliases: tuple[str, ...] = ()
    state: str = ""
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    kind: str = ""
    abbrev: str = ""
    ambiguous: tuple[str, ...] = ()
    source: str = field(default="", compare=False)

    def names(self) -> tuple[str, ...]:
        """The label, aliases and abbreviation (not demonyms or metonyms)."""
        out = [self.label, *self.aliases]
        if self.abbrev:
            out.append(self.abbrev)
        return tuple(dict.fromkeys(out))

    def roles_at(self, date: dt.date | str) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.active_on(date))


@dataclass(frozen=True)
class GazetteerPlace:
    """A canonical place; `state` is a State key and `region` the key of the place it lies in."""

    key: str
    label: str
    kind: str = ""
    qid: str = ""
    qid_source: str = ""
    aliases: tuple[str, ...] = ()
    state: str = ""
    region: str = ""
    ambiguous: tuple[str, ...] = ()
    held_by: str = ""  # the State key that has controlled it since `held_since` (an occupied city), if not `state`
    held_since: str = ""  # YYYY-MM-DD
    source: str = field(default="", compare=False)

    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.label, *self.aliases)))

    def to_place(self) -> Place:
        return Place(
            key=self.key, label=self.label, aliases=self.aliases, qid=self.qid, state=self.state, region=self.region
        )


# --- parsing --------------------------------------------------------------------------------------
def _strings(value: object, where: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(f"{where}: '{name}' must be a list of non-empty strings")
    return tuple(value)


def _string(obj: dict, name: str, where: str, required: bool = False) -> str:
    value = obj.get(name, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise GazetteerError(f"{where}: '{name}' must be a string")
    if required and not value.strip():
        raise GazetteerError(f"{where}: '{name}' is required")
    return value.strip()


def _common(obj: dict, where: str) -> dict:
    key = _string(obj, "key", where, required=True)
    if not _KEY.match(key):
        raise GazetteerError(f"{where}: key {key!r} must be a lower-case slug like 'boris-pistorius'")
    qid = _string(obj, "qid", where)
    qid_source = _string(obj, "qid_source", where)
    if qid and not _QID.match(qid):
        raise GazetteerError(f"{where}: qid {qid!r} must look like 'Q7747'")
    if qid and not qid_source:
        raise GazetteerError(f"{where}: qid {qid} needs a 'qid_source' saying how it was verified")
    return {
        "key": key,
        "label": _string(obj, "label", where, required=True),
        "qid": qid,
        "qid_source": qid_source,
        "aliases": _strings(obj.get("aliases"), where, "aliases"),
        "ambiguous": _strings(obj.get("ambiguous"), where, "ambiguous"),
        "source": where,
    }


def _roles(value: object, where: str) -> tuple[Role, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GazetteerError(f"{where}: 'roles' must be a list of objects")
    roles = []
    for item in value:
        if not isinstance(item, dict):
            raise GazetteerError(f"{where}: each role must be an object with title, of, from, until")
        title = _string(item, "title", where, required=True)
        of = _string(item, "of", where, required=True)
        start, end = _string(item, "from", where), _string(item, "until", where)
        for d in (start, end):
            if d and not _DATE.match(d):
                raise GazetteerError(f"{where}: role date {d!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        if start and end and _day(end) < _day(start):
            raise GazetteerError(f"{where}: role {title!r} ends ({end}) before it starts ({start})")
        roles.append(Role(title=title, of=of, start=start, end=end))
    return tuple(roles)


def parse_actor(obj: object, where: str) -> GazetteerActor:
    """One line of actors.jsonl as a GazetteerActor; raises GazetteerError naming `where`."""
    if not isinstance(obj, dict):
        raise GazetteerError(f"{where}: each line must be a JSON object")
    base = _common(obj, where)
    kind_of_actor = _string(obj, "type", where, required=True)
    if kind_of_actor not in ACTOR_TYPES:
        raise GazetteerError(f"{where}: type {kind_of_actor!r} must be one of {', '.join(ACTOR_TYPES)}")
    kind = _string(obj, "kind", where)
    if kind_of_actor == "Organization" and kind and kind not in ORG_KINDS:
        raise GazetteerError(f"{where}: organisation kind {kind!r} must be one of {', '.join(sorted(ORG_KINDS))}")
    return GazetteerActor(
        type=kind_of_actor,
        state=_string(obj, "state", where),
        roles=_roles(obj.get("roles"), where),
        demonyms=_strings(obj.get("demonyms"), where, "demonyms"),
        metonyms=_strings(obj.get("metonyms"), where, "metonyms"),
        kind=kind,
        abbrev=_string(obj, "abbrev", where),
        **base,
    )


def parse_place(obj: object, where: str) -> GazetteerPlace:
    """One line of places.jsonl as a GazetteerPlace; raises GazetteerError naming `where`."""
    if not isinstance(obj, dict):
        raise GazetteerError(f"{where}: each line must be a JSON object")
    held_by, held_since = _string(obj, "held_by", where), _string(obj, "held_since", where)
    if bool(held_by) != bool(held_since):
        raise GazetteerError(f"{where}: 'held_by' and 'held_since' go together")
    if held_since:
        try:
            dt.date.fromisoformat(held_since)
        except ValueError:
            raise GazetteerError(f"{where}: held_since {held_since!r} must be a date like '2014-02-27'") from None
    return GazetteerPlace(
        kind=_string(obj, "kind", where),
        state=_string(obj, "state", where),
        region=_string(obj, "region", where),
        held_by=held_by,
        held_since=held_since,
        **_common(obj, where),
    )


def _read_jsonl(path: Path) -> Iterator[tuple[object, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read the gazetteer file ({exc})") from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{number}"
        try:
            yield json.loads(line), where
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"{where}: not valid JSON ({exc.msg}); one object per line") from exc


# --- the gazetteer --------------------------------------------------------------------------------
class Gazetteer:
    """Actors and places by key and by normalised name, with offices resolved by date."""

    def __init__(self, actors: Iterable[GazetteerActor], places: Iterable[GazetteerPlace]):
        self.actors: dict[str, GazetteerActor] = {a.key: a for a in actors}
        self.places: dict[str, GazetteerPlace] = {p.key: p for p in places}
        self._actor_names: dict[str, list[str]] = {}
        self._place_names: dict[str, list[str]] = {}
        self._demonyms: dict[str, str] = {}
        self._metonyms: dict[str, str] = {}
        self._roles_at: dict[str, list[tuple[GazetteerActor, Role]]] = {}  # asked once per office phrase
        for a in self.actors.values():
            for name in a.names():
                self._add(self._actor_names, name, a.key)
            if a.type == "State":
                for d in a.demonyms:
                    self._demonyms.setdefault(normalize(d), a.key)
                for m in a.metonyms:
                    self._metonyms.setdefault(normalize(m), a.key)
        for p in self.places.values():
            for name in p.names():
                self._add(self._place_names, name, p.key)

    @staticmethod
    def _add(index: dict[str, list[str]], name: str, key: str) -> None:
        keys = index.setdefault(normalize(name), [])
        if key not in keys:
            keys.append(key)

    def __len__(self) -> int:
        return len(self.actors) + len(self.places)

    # lookups
    def actor(self, key: str) -> GazetteerActor | None:
        return self.actors.get(key)

    def place(self, key: str) -> GazetteerPlace | None:
        return self.places.get(key)

    def find_actors(self, name: str) -> tuple[GazetteerActor, ...]:
        """Actors whose label, alias or abbreviation is `name` once normalised (several if ambiguous)."""
        return tuple(self.actors[k] for k in self._actor_names.get(normalize(name), ()))

    def find_places(self, name: str) -> tuple[GazetteerPlace, ...]:
        """Places named `name`; a State's own name also finds it as a country place."""
        found = [self.places[k] for k in self._place_names.get(normalize(name), ())]
        if not found:
            for a in self.find_actors(name):
                if a.type == "State":
                    found.append(self.place_for_state(a.key))
        return tuple(found)

    def state_by_demonym(self, word: str) -> GazetteerActor | None:
        """'Russian' -> Russia."""
        key = self._demonyms.get(normalize(word))
        return self.actors[key] if key else None

    def state_by_metonym(self, name: str) -> GazetteerActor | None:
        """'Moscow' (as in 'Moscow said') -> Russia."""
        key = self._metonyms.get(normalize(name))
        return self.actors[key] if key else None

    def state_by_name(self, name: str) -> GazetteerActor | None:
        """A State named by its name, an alias or a demonym ('Germany', 'UK', 'German')."""
        for a in self.find_actors(name):
            if a.type == "State":
                return a
        return self.state_by_demonym(name)

    def place_for_state(self, key: str) -> GazetteerPlace:
        """A State as a place ('attack Ukraine'): an explicit place with its key, else one derived from it."""
        if key in self.places:
            return self.places[key]
        a = self.actors[key]
        return GazetteerPlace(key=a.key, label=a.label, kind="country", qid=a.qid, qid_source=a.qid_source,
                              aliases=a.aliases, state=a.key, source=a.source)

    def names(self) -> Iterator[tuple[str, str, str]]:
        """(surface name, what it is, key) for every name: 'actor', 'demonym', 'metonym' or 'place'."""
        for a in self.actors.values():
            for n in a.names():
                yield n, "actor", a.key
            for n in a.demonyms:
                yield n, "demonym", a.key
            for n in a.metonyms:
                yield n, "metonym", a.key
        for p in self.places.values():
            for n in p.names():
                yield n, "place", p.key

    # offices
    def roles_at(self, date: dt.date | str) -> list[tuple[GazetteerActor, Role]]:
        """Every (person, role) held on `date`."""
        day = str(date)
        if day not in self._roles_at:
            self._roles_at[day] = [(a, r) for a in self.actors.values() for r in a.roles if r.active_on(date)]
        return list(self._roles_at[day])

    def holders(self, title: str, of: str, date: dt.date | str) -> tuple[GazetteerActor, ...]:
        """Who held the office that `title` names for State/organisation key `of` on `date`."""
        office = office_of(title)
        return tuple(a for a, r in self.roles_at(date) if r.of == of and r.office == office)

    def resolve_office(self, phrase: str, date: dt.date | str) -> tuple[GazetteerActor, ...]:
        """The person a descriptive phrase names on a date.

        Understands a state or organisation qualifier by name, possessive or demonym ("Germany's
        defence minister", "the German defence minister", "UK Defence Secretary", "EU foreign policy
        chief", "Nato chief"); an unqualified title matches role titles as written ("Kremlin
        spokesman"). Returns () when nobody fits and several actors when the phrase is ambiguous.
        """
        text = normalize(phrase)
        words = text.split()
        lead = []
        if words and words[0] in ("top", "chief", "senior"):  # "top EU diplomat"
            lead, words = words[:1], words[1:]
        for cut in range(min(4, len(words) - 1), 0, -1):
            qualifier, rest = " ".join(words[:cut]), " ".join(lead + words[cut:])
            owners = {a.key for a in self.find_actors(qualifier) if a.type in ("State", "Organization")}
            if not owners and (s := self.state_by_demonym(qualifier)):
                owners = {s.key}
            for owner in sorted(owners):
                found = self._holders_of(rest, owner, date)
                if found:
                    return found
        office = office_of(text)
        return tuple(a for a, r in self.roles_at(date) if office_of(r.title) == office and office not in _GENERIC)

    def _holders_of(self, rest: str, owner: str, date: dt.date | str) -> tuple[GazetteerActor, ...]:
        if _LEADER.match(rest) and owner in self.actors and self.actors[owner].type == "State":
            order = ("head-of-state", "head-of-government")
            if owner not in _EXECUTIVE_PRESIDENCY:
                order = order[::-1]
            for office in order:
                if found := self.holders(office, owner, date):
                    return found
            return ()
        found = self.holders(rest, owner, date)
        if not found:  # a title written out: "Nato Secretary General", "Kremlin spokesman"
            found = tuple(a for a, r in self.roles_at(date) if r.of == owner and normalize(r.title) == rest)
        return found

    # checks
    def collisions(self) -> dict[str, list[str]]:
        """Names shared by different keys (actors with actors, places with places) not declared ambiguous."""
        out: dict[str, list[str]] = {}
        for index, table in ((self._actor_names, self.actors), (self._place_names, self.places)):
            for name, keys in index.items():
                if len(keys) < 2:
                    continue
                declared = [k for k in keys if name in {normalize(x) for x in table[k].ambiguous}]
                if len(declared) < len(keys):
                    out[name] = sorted(keys)
        return out

    def problems(self) -> list[str]:
        """Broken references: a place's state or region, an actor's state, a role's owner."""
        out = []
        for p in self.places.values():
            if p.state and (p.state not in self.actors or self.actors[p.state].type != "State"):
                out.append(f"{p.source}: place {p.key!r} has state {p.state!r}, which is no State key")
            if p.region and p.region not in self.places:
                out.append(f"{p.source}: place {p.key!r} has region {p.region!r}, which is no place key")
            if p.held_by and (p.held_by not in self.actors or self.actors[p.held_by].type != "State"):
                out.append(f"{p.source}: place {p.key!r} is held by {p.held_by!r}, which is no State key")
        for a in self.actors.values():
            if a.state and (a.state not in self.actors or self.actors[a.state].type != "State"):
                out.append(f"{a.source}: actor {a.key!r} has state {a.state!r}, which is no State key")
            for r in a.roles:
                owner = self.actors.get(r.of)
                if owner is None or owner.type not in ("State", "Organization"):
                    out.append(f"{a.source}: role {r.title!r} of {r.of!r} names no State or Organization key")
        return out

    def to_actor(self, key: str, date: dt.date | str | None = None) -> Actor:
        """The pipeline's Actor for a key, with the roles held on `date` (all roles when None)."""
        a = self.actors[key]
        roles = a.roles if date is None else a.roles_at(date)
        titles = []
        for r in roles:
            owner = self.actors.get(r.of)
            titles.append(f"{r.title}, {owner.label}" if owner else r.title)
        return Actor(key=a.key, label=a.label, type=a.type, aliases=a.aliases, qid=a.qid,
                     roles=tuple(dict.fromkeys(titles)))


_GENERIC = frozenset({"head-of-state", "head-of-government", "foreign-minister", "defence-minister",
                      "finance-minister", "secretary-general", "spokesperson"})


def _load_dir(directory: Path, actors: dict, places: dict, required: bool) -> None:
    for name, parse, table in ((ACTOR_FILE, parse_actor, actors), (PLACE_FILE, parse_place, places)):
        path = directory / name
        if not path.exists():
            if required:
                raise GazetteerError(f"{path}: gazetteer file missing; reinstall actor-kg")
            continue
        seen: dict[str, str] = {}
        for obj, where in _read_jsonl(path):
            entry = parse(obj, where)
            if entry.key in seen:
                raise GazetteerError(f"{where}: key {entry.key!r} already used at {seen[entry.key]}")
            seen[entry.key] = where
            table[entry.key] = entry  # a user's file replaces a shipped entry with the same key


def load_gazetteer(extra_dirs: Iterable[str | Path] = (), base_dir: str | Path | None = DATA_DIR) -> Gazetteer:
    """Load the shipped gazetteer, then each of `extra_dirs` on top (actors.jsonl / places.jsonl each).

    Raises GazetteerError (with file:line) on a malformed line, a duplicate key within a file, or a
    reference to a key that does not exist.
    """
    actors: dict[str, GazetteerActor] = {}
    places: dict[str, GazetteerPlace] = {}
    if base_dir is not None:
        _load_dir(Path(base_dir), actors, places, required=True)
    for extra in extra_dirs:
        path = Path(extra)
        if not path.is_dir():
            raise GazetteerError(f"{path}: not a directory holding actors.jsonl/places.jsonl")
        _load_dir(path, actors, places, required=False)
    gazetteer = Gazetteer(actors.values(), places.values())
    problems = gazetteer.problems()
    if problems:
        raise GazetteerError(problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    return gazetteer


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return load_gazetteer()


@lru_cache(maxsize=4)
def _configured(extra: tuple[str, ...]) -> Gazetteer:
    return load_gazetteer(extra) if extra else default_gazetteer()


def configured_gazetteer() -> Gazetteer:
    """The shipped gazetteer plus the user's folders named in KG_GAZETTEER (':'-separated), cached."""
    return _configured(tuple(p for p in os.environ.get(GAZETTEER_ENV, "").split(os.pathsep) if p))
