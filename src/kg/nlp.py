"""The spaCy pipeline: a blank English tokenizer with rule-based sentence boundaries."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["get_nlp", "sentence_spans"]


@Language.component("newline_boundaries")
def newline_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bylines and paragraphs carry no final stop."""
    for i, tok in enumerate(doc[:-1]):
        if doc[i + 1].is_sent_start and tok.text in {"“", '"', "‘"} and not tok.whitespace_ and i > 0:
            # an opening quote begins the next sentence, not the end of this one
            tok.is_sent_start = True
            doc[i + 1].is_sent_start = False
            continue
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[i + 1].is_sent_start = True
        elif i > 0 and doc[i].is_sent_start and _inside_quote_tail(doc, i):
            doc[i].is_sent_start = False
    return doc


def _inside_quote_tail(doc: Doc, i: int) -> bool:
    # '"…," he says' — the sentencizer splits after a closing quote; the attribution belongs with it
    prev = doc[i - 1].text
    return prev in {"”", '"', "’"} and doc[i].text.lower() in {"he", "she", "they", "says", "said", "adds", "added", "it"}


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newline_boundaries", after="sentencizer")
    return nlp


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character (start, end) of each non-blank sentence, whitespace trimmed."""
    out = []
    text = doc.text
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
