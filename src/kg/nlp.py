"""The spaCy pipeline: a blank English tokenizer with rule-based sentence boundaries."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["get_nlp", "sentence_spans", "quotations"]

NEWLINE = re.compile(r"\n\s*")
ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Prof|Rep|Sen|Gov|Jr|Sr|No|vs|etc|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z])\.$")
# the sentencizer's rule, on characters: a stop (and closing quotes/brackets), space, then a new sentence
STOP = re.compile(r"(?<=[.!?])[”\"’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")
# an opening quote glued to the next word: “We …  /  "We …
OPENING_QUOTE = re.compile(r"(?<=\s)[“\"‘](?=\S)")
# '"…," he says': a closing quote then the attribution
ATTRIBUTION = re.compile(r"[”\"’]\s+(?:he|she|they|it|says|said|adds|added)\b")


QUOTATION = re.compile(r"“[^“”\n]{1,600}”|\"[^\"\n]{1,600}\"")


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations within a line (curly or straight double quotes)."""
    return [m.span() for m in QUOTATION.finditer(text)]


def _boundaries(text: str, idx: list[int], starts: np.ndarray) -> None:
    """Line breaks end sentences (headlines, bylines and paragraphs carry no stop); quotes stay whole."""

    def token_at(pos: int) -> int:
        return bisect_left(idx, pos)

    for m in STOP.finditer(text):
        if ABBREV.search(text, max(0, m.start() - 6), m.start()):
            continue
        j = token_at(m.end())
        if 0 < j < len(idx) and idx[j] == m.end():
            starts[j] = 1
    for m in NEWLINE.finditer(text):
        j = token_at(m.end())
        if 0 < j < len(idx):
            starts[j] = 1
    for m in OPENING_QUOTE.finditer(text):
        j = token_at(m.start())
        if 0 < j < len(idx) - 1 and idx[j] == m.start() and starts[j + 1] == 1:
            starts[j], starts[j + 1] = 1, -1
    for a, b in quotations(text):
        # a quotation is one utterance: its inner full stops do not end the sentence around it
        j, k = token_at(a + 1), token_at(b)
        starts[j:k] = np.where(starts[j:k] == 1, -1, starts[j:k])
    for m in ATTRIBUTION.finditer(text):
        j = token_at(m.end() - len(m.group(0).split()[-1]))
        if 0 < j < len(idx) and starts[j] == 1 and not text[idx[j] - 2:idx[j]].strip().startswith("\n"):
            starts[j] = -1


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    # sentence boundaries are set by sentence_spans from the text itself: the sentencizer's
    # token loop cost more than the tokenizer, for the same punctuation rule
    return spacy.blank("en")


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character (start, end) of each non-blank sentence of `doc` (whose text is `text`), trimmed.

    Boundaries after sentence-final punctuation and at line breaks, with quotations kept whole.
    """
    if len(doc) == 0:
        return []
    idx = doc.to_array(IDX).tolist()
    starts = np.zeros(len(idx), dtype=np.int64)
    _boundaries(text, idx, starts)
    firsts = [0] + [int(i) for i in np.nonzero(starts[1:] == 1)[0] + 1]
    bounds = [idx[i] for i in firsts] + [len(text)]
    out = []
    for s, e in zip(bounds, bounds[1:]):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
