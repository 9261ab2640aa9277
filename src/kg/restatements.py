"""Statements told by several documents in other words: one node for what a speaker said on one occasion.

Within a document, statements are one node only when their words are the same (`rdf.event_identity`):
a speaker's two remarks in one report are two statements. Across reports, "no need to expect
breakthroughs" and "no one should expect major breakthroughs", said by the same speaker on the same
day, are one remark quoted two ways. Each report keeps its own wording in its own graph, under the
shared IRI, so removing either document leaves the other's statement.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from .coreference import rename_nodes
from .namespaces import KG
from .store import DOC_PREFIX, Store

__all__ = ["StatementNode", "content_stems", "fold_restatements", "read_statements", "restatement_folds", "same_words"]

STATEMENTS = f"""
PREFIX kg: <{KG}>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?g ?s ?speaker ?text ?date ?published WHERE {{
  GRAPH ?g {{
    ?s a kg:Statement ; kg:speaker ?speaker ; kg:text ?text .
    OPTIONAL {{ ?s kg:date ?date }}
    OPTIONAL {{ ?s prov:wasDerivedFrom ?doc . ?doc kg:published ?published }}
  }}
  FILTER(STRSTARTS(STR(?g), "{DOC_PREFIX}"))
}}
"""

# words that carry no content of their own: two remarks sharing only these say nothing alike
FUNCTION_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can cannot could did do does doing down during each either few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just may me might more most must my myself
neither no nor not now of off on once one only or other ought our ours ourselves out over own said same say saying
says shall she should so some such than that the their theirs them themselves then there these they this those
through to too under until up upon us very was we were what when where which while who whom why will with would
you your yours yourself yourselves
""".split())
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_SHARED = 2  # words in common, at least
MIN_SHARE_OF_SHORTER = 0.6  # of the shorter remark's content words
MIN_SHARE_OF_LONGER = 0.4  # of the longer one's: a long speech sharing two words with a short remark is another


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


def content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words ("no one should expect major breakthroughs" -> expect, major, breakthrough)."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    return frozenset(_stemmer().stemWords([w for w in words if w not in FUNCTION_WORDS and len(w) > 1]))


def same_words(a: frozenset[str], b: frozenset[str]) -> float:
    """How alike two remarks' content stems are (0 when they are not alike enough to be one remark)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    short, long_ = sorted((len(a), len(b)))
    if shared < MIN_SHARED or shared / short < MIN_SHARE_OF_SHORTER or shared / long_ < MIN_SHARE_OF_LONGER:
        return 0.0
    return shared / short


@dataclass
class StatementNode:
    """What the document graphs of a store say of one statement IRI."""

    iri: str
    speaker: str = ""
    graphs: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)
    days: set[dt.date] = field(default_factory=set)  # its own date, else the publication days of its reports

    def stems(self) -> frozenset[str]:
        return frozenset().union(*(content_stems(t) for t in self.texts))


def read_statements(store: Store) -> dict[str, StatementNode]:
    nodes: dict[str, StatementNode] = {}
    for row in store.query(STATEMENTS):
        node = nodes.setdefault(row["s"].value, StatementNode(row["s"].value, row["speaker"].value))
        node.graphs.add(row["g"].value)
        node.texts.add(row["text"].value)
        day = row["date"] or row["published"]
        if day is not None:
            try:
                node.days.add(dt.date.fromisoformat(day.value))
            except ValueError:
                pass  # a date the shapes let through but no day can be read from joins nothing
    return nodes


def _near(a: set[dt.date], b: set[dt.date]) -> bool:
    return any(abs((x - y).days) <= 1 for x in a for y in b)


def restatement_folds(nodes: dict[str, StatementNode]) -> dict[str, str]:
    """statement IRI -> the IRI of the statement it restates: the same speaker, a day apart at most, in
    other reports, with words alike (`same_words`). Two statements of one report stay two; of several
    alike, the most alike join first."""
    by_speaker: dict[str, list[StatementNode]] = {}
    for node in nodes.values():
        if node.days:
            by_speaker.setdefault(node.speaker, []).append(node)
    pairs = []
    for group in by_speaker.values():
        group.sort(key=lambda n: (min(n.days), n.iri))
        stems = {n.iri: n.stems() for n in group}
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (min(b.days) - max(a.days)).days > 1:
                    break  # sorted by first day: no later node is near enough
                score = same_words(stems[a.iri], stems[b.iri]) if _near(a.days, b.days) else 0.0
                if score:
                    pairs.append((-score, a.iri, b.iri))
    cluster = {iri: {iri} for iri in nodes}  # IRI -> the set of IRIs it is joined with (shared)
    graphs = {iri: set(node.graphs) for iri, node in nodes.items()}
    for _, a, b in sorted(pairs):
        if cluster[a] is cluster[b] or graphs[a] & graphs[b]:
            continue
        joined, joined_graphs = cluster[a] | cluster[b], graphs[a] | graphs[b]
        for iri in joined:
            cluster[iri], graphs[iri] = joined, joined_graphs
    return {iri: min(members) for iri, members in cluster.items() if iri != min(members)}


def fold_restatements(store: Store) -> dict[str, str]:
    """Rewrite each statement `restatement_folds` joins under one IRI in every document graph that
    reports it; returns the folds made (IRI -> the IRI it now has)."""
    nodes = read_statements(store)
    folds = restatement_folds(nodes)
    rename_nodes(store, folds, {iri: node.graphs for iri, node in nodes.items()})
    return folds
