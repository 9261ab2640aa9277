"""Sentence boundaries and quotations, read from the characters of a text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

__all__ = ["sentence_spans", "quotations"]

NEWLINE = re.compile(r"\n\s*")
ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Capt|Prof|Rep|Sen|Gov|Jr|Sr|No|vs|etc|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[A-Z])\.$")
# a stop (and closing quotes/brackets), space, then a new sentence
# (patterns led by a character class rather than a lookbehind: the engine skips ahead to that class)
STOP = re.compile(r"[.!?](?P<gap>[”\"’)\]]*\s+)(?=[“\"‘(\[]?[A-Z0-9])")
# an opening quote glued to the next word: “We …  /  "We …
OPENING_QUOTE = re.compile(r"[“\"‘](?<=\s[“\"‘])(?=\S)")
# '"…," he says', '“… okay?” Trump told reporters': a closing quote then the attribution
ATTRIBUTION = re.compile(r"[”\"’]\s+(?P<who>(?:he|she|they|it|says|said|adds|added)\b"
                         r"|(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told|tells|added|adds|asked|wrote|writes)\b)")

INTRODUCES = re.compile(r"\s*[,:]\s*[“\"]")

# (a quotation may open with one kind of mark and close with the other: '"The fire was extinguished. …,” he said')
QUOTATION = re.compile(r"[“\"][^“”\"\n]{1,600}[”\"]")


def quotations(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations within a line (curly or straight double quotes)."""
    return [m.span() for m in QUOTATION.finditer(text)]


def _boundaries(text: str) -> dict[int, int]:
    """Offsets where a sentence starts (1) or where a rule says none does (-1).

    Line breaks end sentences (headlines, bylines and paragraphs carry no stop); quotes stay whole."""
    marks: dict[int, int] = {}
    n = len(text)
    for m in STOP.finditer(text):
        stop = m.start("gap")
        if not ABBREV.search(text, max(0, stop - 6), stop) and m.end() < n:
            marks[m.end()] = 1
    for m in NEWLINE.finditer(text):
        if 0 < m.end() < n:
            marks[m.end()] = 1
    for m in OPENING_QUOTE.finditer(text):
        p = m.start()
        if marks.get(p + 1) == 1:
            marks[p], marks[p + 1] = 1, -1
    if marks:
        at = sorted(marks)
        for a, b in quotations(text):
            # a quotation is one utterance: its inner full stops do not end the sentence around it
            for p in at[bisect_right(at, a):bisect_left(at, b)]:
                if marks[p] == 1:
                    marks[p] = -1
    for m in ATTRIBUTION.finditer(text):
        p = m.start("who")
        if marks.get(p) == 1 and "\n" not in text[m.start():p]:  # a line break still ends the sentence
            if text[m.start() - 1:m.start()] == "." and INTRODUCES.match(text, m.end()):
                continue  # '… assistance." He added, "It's …"': a full stop, then a speaker who goes on
            marks[p] = -1
    return marks


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character (start, end) of each non-blank sentence of `text`, trimmed.

    Boundaries after sentence-final punctuation and at line breaks, with quotations kept whole.
    """
    firsts = sorted(p for p, v in _boundaries(text).items() if v == 1)
    bounds = [0, *firsts, len(text)]
    out = []
    for s, e in zip(bounds, bounds[1:]):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
