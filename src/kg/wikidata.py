"""A small Wikidata API client and reconciler: search a name, check the candidate's type, score it.

Only the MediaWiki Action API of Wikidata is used (``wbsearchentities`` to find candidates,
``wbgetentities`` to read their labels, aliases and ``P31`` instance-of claims). Answers are cached
as JSON files, requests are spaced out, and every failure (network, HTTP status, API error, bad
JSON) becomes a ``WikidataError`` that the reconciler turns into an "unlinked" result.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import httpx

from . import __version__
from .errors import KgError
from .gazetteer import normalize

__all__ = [
    "DEFAULT_API",
    "USER_AGENT",
    "WikidataError",
    "Candidate",
    "Entity",
    "Reconciled",
    "WikidataClient",
    "Reconciler",
    "ACCEPTED_TYPES",
]

DEFAULT_API = "https://www.wikidata.org/w/api.php"
USER_AGENT = f"actor-kg/{__version__} (knowledge graph of war and diplomacy news; https://w3id.org/actor-kg) httpx"

#: P31 (instance of) values that make a candidate the right kind of thing. Only direct P31 values are
#: read (no subclass walk, which would need many more requests), so the lists name the usual ones.
ACCEPTED_TYPES: dict[str, frozenset[str]] = {
    "Person": frozenset({"Q5"}),  # human
    "State": frozenset({
        "Q6256",  # country
        "Q3624078",  # sovereign state
        "Q7275",  # state
    }),
    "Organization": frozenset({
        "Q43229",  # organization
        "Q484652",  # international organization
        "Q245065",  # intergovernmental organization
        "Q327333",  # government agency
        "Q2659904",  # government organization
        "Q4830453",  # business
        "Q783794",  # company
        "Q7278",  # political party
        "Q176799",  # military unit
        "Q31855",  # research institute
        "Q163740",  # nonprofit organization
    }),
    "Place": frozenset({
        "Q486972",  # human settlement
        "Q515",  # city
        "Q1549591",  # big city
        "Q5119",  # capital city
        "Q3957",  # town
        "Q532",  # village
        "Q56061",  # administrative territorial entity
        "Q10864048",  # first-level administrative country subdivision
        "Q6256",  # country
        "Q3624078",  # sovereign state
        "Q41176",  # building
    }),
}


class WikidataError(KgError):
    """The Wikidata API could not be reached or gave an unusable answer."""


@dataclass(frozen=True)
class Candidate:
    """One wbsearchentities hit."""

    qid: str
    label: str
    description: str = ""
    match_type: str = ""  # label | alias | ...
    match_text: str = ""


@dataclass(frozen=True)
class Entity:
    """What wbgetentities tells about an item: English label, aliases and P31 values."""

    qid: str
    label: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    instance_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reconciled:
    """The outcome for one name: `status` is linked, unlinked (nothing good enough) or error."""

    name: str
    kind: str
    status: str
    qid: str = ""
    label: str = ""
    confidence: float = 0.0
    reason: str = ""


class WikidataClient:
    """GET requests to the Wikidata Action API with a JSON file cache and a minimum interval.

    `base_url` points at ``.../w/api.php`` (tests use a local server); `cache_dir=None` disables the
    cache; `min_interval` is the number of seconds kept between two requests.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_API,
        cache_dir: str | Path | None = None,
        min_interval: float = 1.0,
        timeout: float = 10.0,
        user_agent: str = USER_AGENT,
        language: str = "en",
    ):
        self.base_url = base_url
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.min_interval = min_interval
        self.language = language
        self.requests_made = 0
        self._last = 0.0
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": user_agent, "Accept": "application/json"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "WikidataClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport ------------------------------------------------------------------------------
    def _cache_path(self, params: dict) -> Path | None:
        if self.cache_dir is None:
            return None
        raw = json.dumps([self.base_url, sorted(params.items())], ensure_ascii=False)
        return self.cache_dir / f"{params['action']}-{hashlib.sha256(raw.encode()).hexdigest()[:24]}.json"

    def get(self, params: dict) -> dict:
        """One API call (format=json added); cached answers are returned without a request."""
        params = {**params, "format": "json"}
        path = self._cache_path(params)
        if path is not None and path.exists():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                pass  # a damaged cache file is fetched again
        data = self._fetch(params)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)  # whole files only: a crash never leaves half an answer in the cache
        return data

    def _fetch(self, params: dict) -> dict:
        with self._lock:
            wait = self._last + self.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
            self.requests_made += 1
        try:
            response = self._http.get(self.base_url, params=params)
        except httpx.HTTPError as exc:
            raise WikidataError(f"{self.base_url}: request failed ({exc.__class__.__name__}: {exc})") from exc
        if response.status_code != 200:
            raise WikidataError(f"{self.base_url}: HTTP {response.status_code} for {params.get('action')}")
        try:
            data = response.json()
        except ValueError as exc:
            raise WikidataError(f"{self.base_url}: answer is not JSON") from exc
        if not isinstance(data, dict):
            raise WikidataError(f"{self.base_url}: answer is not a JSON object")
        if "error" in data:
            err = data["error"]
            code = err.get("code", "?") if isinstance(err, dict) else "?"
            raise WikidataError(f"{self.base_url}: API error {code}")
        return data

    # --- API ------------------------------------------------------------------------------------
    def search(self, name: str, limit: int = 7) -> list[Candidate]:
        """Candidates for a name, best first (wbsearchentities)."""
        data = self.get({
            "action": "wbsearchentities", "search": name, "language": self.language, "uselang": self.language,
            "type": "item", "limit": str(limit),
        })
        out = []
        for hit in data.get("search") or ():
            if not isinstance(hit, dict) or not str(hit.get("id", "")).startswith("Q"):
                continue
            match = hit.get("match") or {}
            out.append(Candidate(
                qid=hit["id"], label=str(hit.get("label", "")), description=str(hit.get("description", "")),
                match_type=str(match.get("type", "")), match_text=str(match.get("text", "")),
            ))
        return out

    def entities(self, qids: Iterable[str]) -> dict[str, Entity]:
        """Labels, aliases, descriptions and P31 of items (wbgetentities, up to 50 at once)."""
        ids = sorted(set(qids))
        out: dict[str, Entity] = {}
        for i in range(0, len(ids), 50):
            data = self.get({
                "action": "wbgetentities", "ids": "|".join(ids[i:i + 50]),
                "props": "labels|aliases|descriptions|claims", "languages": self.language,
            })
            for qid, item in (data.get("entities") or {}).items():
                if isinstance(item, dict) and "missing" not in item:
                    out[qid] = self._entity(qid, item)
        return out

    def _entity(self, qid: str, item: dict) -> Entity:
        lang = self.language
        label = ((item.get("labels") or {}).get(lang) or {}).get("value", "")
        description = ((item.get("descriptions") or {}).get(lang) or {}).get("value", "")
        aliases = tuple(a.get("value", "") for a in (item.get("aliases") or {}).get(lang, ()) if isinstance(a, dict))
        types = []
        for claim in (item.get("claims") or {}).get("P31", ()):
            if not isinstance(claim, dict) or claim.get("rank") == "deprecated":
                continue
            value = ((claim.get("mainsnak") or {}).get("datavalue") or {}).get("value")
            if isinstance(value, dict) and value.get("id"):
                types.append(value["id"])
        return Entity(qid=qid, label=label, aliases=aliases, description=description, instance_of=tuple(types))


class Reconciler:
    """Name + kind -> a QID when one candidate is of the right type and its name fits well enough.

    The score of a candidate is how well the name fits (1.0 equal to its label, 0.9 to an alias,
    less for partial overlap) less a small penalty for a low search rank; candidates of the wrong
    type are dropped. Two equally good candidates make the answer ambiguous and lower the
    confidence. Only a confidence at or above `threshold` links.
    """

    def __init__(self, client: WikidataClient, threshold: float = 0.8, candidates: int = 7):
        self.client = client
        self.threshold = threshold
        self.candidates = candidates

    @staticmethod
    def name_score(name: str, entity: Entity) -> float:
        target = normalize(name)
        if target == normalize(entity.label):
            return 1.0
        if any(target == normalize(a) for a in entity.aliases):
            return 0.9
        words = set(target.split())
        best = 0.0
        for other in (entity.label, *entity.aliases):
            others = set(normalize(other).split())
            if words and others:
                best = max(best, len(words & others) / len(words | others))
        return round(0.7 * best, 4)

    def reconcile(self, name: str, kind: str, aliases: Iterable[str] = ()) -> Reconciled:
        """Link one name of kind Person, State, Organization or Place; never raises for API trouble."""
        accepted = ACCEPTED_TYPES.get(kind)
        if accepted is None:
            raise ValueError(f"unknown kind {kind!r}; use one of {', '.join(ACCEPTED_TYPES)}")
        try:
            found = self.client.search(name, limit=self.candidates)
            entities = self.client.entities(c.qid for c in found) if found else {}
        except WikidataError as exc:
            return Reconciled(name=name, kind=kind, status="error", reason=str(exc))
        scored = []
        names = (name, *aliases)
        for rank, cand in enumerate(found):
            entity = entities.get(cand.qid)
            if entity is None or not accepted.intersection(entity.instance_of):
                continue
            fit = max(self.name_score(n, entity) for n in names)
            scored.append((round(fit * (1.0 - 0.03 * rank), 4), entity))
        if not scored:
            return Reconciled(name=name, kind=kind, status="unlinked",
                              reason=f"no candidate of type {kind} among {len(found)}")
        scored.sort(key=lambda s: (-s[0], s[1].qid))
        best_score, best = scored[0]
        confidence = best_score
        if len(scored) > 1 and scored[1][0] >= best_score - 0.05:
            confidence = round(best_score * 0.75, 4)  # two near-equal candidates: which one is unclear
        if confidence < self.threshold:
            return Reconciled(name=name, kind=kind, status="unlinked", qid=best.qid, label=best.label,
                              confidence=confidence, reason=f"best candidate {best.qid} below {self.threshold}")
        return Reconciled(name=name, kind=kind, status="linked", qid=best.qid, label=best.label,
                          confidence=confidence, reason=f"{best.qid} {best.label!r} type ok")
