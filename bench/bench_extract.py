"""Extraction throughput against bare spaCy tokenisation of the same text, on one core.

The corpus is the seeds and the held-out news repeated until it passes --words words (default
1,000,000); documents are streamed one at a time so peak memory should not grow with the corpus.
Prints words/s for `spacy.blank("en")` tokenisation and for the full extraction, timed in alternating
rounds of a quarter of the corpus each, and the median of the rounds' ratios (target: at least 0.40);
peak memory at a tenth and at half the corpus; and the speed-up of `kg build`'s per-document work
(extract, RDF, SHACL) from one to two worker processes.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

import spacy

from kg.build import _run_pool, process_document
from kg.extract import extract_document
from kg.load import load_paths

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 4


def corpus(words: int):
    """Documents cycled from the seeds and held-out news until `words` words were yielded."""
    base = list(load_paths([ROOT / "seeds", *sorted((ROOT / "tests/data/news").glob("*.txt"))]))
    total = 0
    for i, doc in enumerate(itertools.cycle(base)):
        if total >= words:
            return
        total += len(doc.text.split())
        yield replace(doc, id=f"{doc.id}-{i}")


def rate(fn, words: int) -> tuple[float, int]:
    n = 0
    t0 = time.perf_counter()
    for doc in corpus(words):
        fn(doc)
        n += len(doc.text.split())
    return n / (time.perf_counter() - t0), n


def peak_mib(words: int) -> float:
    tracemalloc.start()
    for doc in corpus(words):
        extract_document(doc)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    args = ap.parse_args()
    nlp = spacy.blank("en")
    extract_document(next(corpus(1)))  # load the pipeline and gazetteer before timing
    # the two are timed in alternating quarters, so that a machine whose speed drifts slows both alike
    part = args.words // ROUNDS
    toks, exts, n = [], [], 0
    for _ in range(ROUNDS):
        tok, words = rate(lambda d: nlp.make_doc(d.text), part)
        ext, _ = rate(extract_document, part)
        toks.append(tok)
        exts.append(ext)
        n += words
    ratios = sorted(e / t for e, t in zip(exts, toks))
    print(f"corpus: {n:,} words for each, in {ROUNDS} alternating rounds")
    print(f"spacy.blank('en') tokenisation: {statistics.median(toks):12,.0f} words/s (median round)")
    print(f"full extraction:                {statistics.median(exts):12,.0f} words/s (median round)")
    print(f"ratio extraction/tokenisation:  {statistics.median(ratios):12.2f}   (target >= 0.40; rounds "
          f"{', '.join(f'{r:.2f}' for r in ratios)})")
    small, big = peak_mib(args.words // 10), peak_mib(args.words // 2)
    print(f"peak traced memory: {small:.1f} MiB at {args.words // 10:,} words, {big:.1f} MiB at {args.words // 2:,} words")
    timings = {}
    for jobs in (1, 2):
        t0 = time.perf_counter()
        if jobs == 1:
            for doc in corpus(args.words // 4):
                process_document(doc)
        else:
            _run_pool(corpus(args.words // 4), jobs, lambda result: None)
        timings[jobs] = time.perf_counter() - t0
    print(f"kg build extraction, {args.words // 4:,} words: 1 job {timings[1]:.1f} s, 2 jobs {timings[2]:.1f} s, "
          f"speed-up {timings[1] / timings[2]:.2f}x")


if __name__ == "__main__":
    main()
