"""Wikidata link coverage on the seeds: how many gold actors and places end up with a QID.

Builds seeds/ into a temporary store, runs the offline linker (`kg link`), exports the graph and
reads it with the benchmark scorer's own code (../shared/eval/score.py), so that a gold entity
stands for the same graph nodes here as in `make eval`. For each gold actor and place it reports:

- found: some graph node stands for it (by name or alias; exact names first, then the scorer's
  place rule that "Kharkiv region" is "Kharkiv");
- linked: one of those nodes carries owl:sameAs a Wikidata QID;
- agree / disagree: for gold entries that give a QID, whether the node's QID is the gold's.
  No QID may disagree.

Coverage is given over all gold entities and over those found (the linker's part, extraction
recall aside). `--show` lists the gold entities found but not linked, to guide gazetteer work.

    .venv/bin/python bench/bench_linking.py [--gold ../shared/eval/dev] [--show] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kg.build import build_paths
from kg.link import link_store
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path = SCORER):
    """The benchmark scorer as a module (its Matcher, load_gold, read_nodes, norm)."""
    if not path.is_file():
        sys.exit(f"{path}: benchmark scorer not found; it is expected at ../shared/eval/score.py")
    spec = importlib.util.spec_from_file_location("kg_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@dataclass
class Tally:
    """Counts for one kind (actors or places), and the names behind the gaps."""

    gold: int = 0
    found: int = 0
    linked: int = 0
    with_qid: int = 0
    agree: int = 0
    disagree: list[str] = field(default_factory=list)
    unlinked: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        pct = lambda a, b: round(100 * a / b, 1) if b else None  # noqa: E731
        return {"gold": self.gold, "found": self.found, "linked": self.linked,
                "linked_pct_of_gold": pct(self.linked, self.gold), "linked_pct_of_found": pct(self.linked, self.found),
                "gold_with_qid": self.with_qid, "agree": self.agree, "disagree": len(self.disagree),
                "disagreements": self.disagree, "unlinked": self.unlinked, "missing": self.missing}


def candidates(score, entity, nodes, place: bool) -> list:
    """The graph nodes that stand for a gold entity, by name only (QIDs are what is being checked)."""
    names = {score.norm(n) for n in entity.names}
    exact = [n for n in nodes if names & {score.norm(label) for label in n.labels}]
    if exact or not place:
        same_type = [n for n in exact if entity.type in n.types]
        return same_type or exact
    loose = {score.norm_place(n) for n in entity.names}
    return [n for n in nodes if loose & {score.norm_place(label) for label in n.labels}]


def tally(score, gold: dict, nodes: list, place: bool, ignore: set[str]) -> Tally:
    t = Tally()
    for entity in sorted(gold.values(), key=lambda e: e.id):
        if {score.norm(n) for n in entity.names} & ignore:
            continue
        t.gold += 1
        t.with_qid += bool(entity.qids)
        found = candidates(score, entity, nodes, place)
        if not found:
            t.missing.append(entity.id)
            continue
        t.found += 1
        qids = set().union(*(n.qids for n in found))
        if not qids:
            t.unlinked.append(entity.id)
            continue
        t.linked += 1
        if entity.qids:
            if entity.qids & qids:
                t.agree += 1
            else:
                t.disagree.append(f"{entity.id}: gold {sorted(entity.qids)} graph {sorted(qids)}")
    return t


def measure(gold_dir: Path, seeds: Path, jobs: int | None = None) -> dict[str, Tally]:
    score = load_scorer()
    gold = score.load_gold(sorted(gold_dir.glob("*.json")))
    with tempfile.TemporaryDirectory(prefix="kg-link-") as tmp:
        store = Store(Path(tmp) / "store")
        summary = build_paths([seeds], store, jobs=jobs)
        if summary.failures:
            sys.exit(f"build failed: {summary.failures[0][1]}")
        link_store(store, online=False, cache_dir=None)
        export = Path(tmp) / "graph.nq"
        export.write_bytes(store.dump("nq", exclude_inferred=True))
        del store
        ds = score.load_graph(export)
    actors = list(score.read_nodes(ds, score.ACTOR_TYPES).values())
    places = list(score.read_nodes(ds, ("Place",)).values())
    return {"actors": tally(score, gold.actors, actors, False, gold.ignore),
            "places": tally(score, gold.places, places, True, gold.ignore)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--show", action="store_true", help="list gold entities found but not linked, and missing ones")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.gold, args.seeds, args.jobs)
    both = Tally(*(sum(getattr(t, f) for t in result.values()) for f in ("gold", "found", "linked", "with_qid", "agree")),
                 disagree=[d for t in result.values() for d in t.disagree])
    rows = {**result, "all": both}
    if args.json:
        print(json.dumps({k: v.as_dict() for k, v in rows.items()}, indent=2))
        return 1 if both.disagree else 0
    print(f"{'':8} {'gold':>5} {'found':>6} {'linked':>7} {'% gold':>7} {'% found':>8} {'gold QIDs':>10} {'agree':>6} {'disagree':>9}")
    for name, t in rows.items():
        d = t.as_dict()
        print(f"{name:8} {t.gold:>5} {t.found:>6} {t.linked:>7} {d['linked_pct_of_gold']:>7} {d['linked_pct_of_found']:>8} "
              f"{t.with_qid:>10} {t.agree:>6} {len(t.disagree):>9}")
    for line in both.disagree:
        print(f"DISAGREE {line}")
    if args.show:
        for name, t in result.items():
            print(f"{name} found but unlinked: {', '.join(t.unlinked) or '-'}")
            print(f"{name} not in the graph: {', '.join(t.missing) or '-'}")
    return 1 if both.disagree else 0


if __name__ == "__main__":
    raise SystemExit(main())
