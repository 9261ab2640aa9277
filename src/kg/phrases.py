"""Every occurrence of a set of phrases in a text, at word boundaries, found by one Aho-Corasick pass."""

from __future__ import annotations

from typing import Iterable

import ahocorasick

__all__ = ["PhraseIndex", "Literals", "Gates", "is_word_char", "APOSTROPHES"]

APOSTROPHES = "'’"


def is_word_char(text: str, i: int) -> bool:
    """Whether text[i] is a character of regex `\\w` (a letter, digit or underscore); False off either end."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


class PhraseIndex:
    """Phrases mapped to labels; `find` lists (start, end, label) for every occurrence at word
    boundaries, overlapping ones included. Phrases added `case_blind` match in any case.

    A phrase that starts (ends) with a letter or digit must not have one right before (after) it. A
    word-internal apostrophe counts as part of the word ("O'Brien" holds no "Brien"); a possessive or
    a hyphen after the phrase does not ("Russia's", "Kyiv-based"), as a tokenizer would split them.
    """

    def __init__(self) -> None:
        self._exact = ahocorasick.Automaton()
        self._blind = ahocorasick.Automaton()
        self._ready = False

    def add(self, phrase: str, label, case_blind: bool = False) -> None:
        automaton, key = (self._blind, phrase.lower()) if case_blind else (self._exact, phrase)
        value = automaton.get(key, None)
        if value is None:
            automaton.add_word(key, (len(key), [label], key[0].isalnum(), key[-1].isalnum()))
        elif label not in value[1]:
            value[1].append(label)
        self._ready = False

    def find(self, text: str) -> list[tuple[int, int, object]]:
        if not self._ready:
            for automaton in (self._exact, self._blind):
                if len(automaton):
                    automaton.make_automaton()
            self._ready = True
        out = []
        for automaton, haystack in ((self._exact, text), (self._blind, _lower_same_length(text))):
            if automaton.kind != ahocorasick.AHOCORASICK:
                continue
            for last, (length, labels, word_start, word_end) in automaton.iter(haystack):
                start, end = last + 1 - length, last + 1
                if word_start and (is_word_char(text, start - 1)
                                   or start > 0 and text[start - 1] in APOSTROPHES and is_word_char(text, start - 2)):
                    continue
                if word_end and is_word_char(text, end):
                    continue
                for label in labels:
                    out.append((start, end, label))
        return out


def _lower_same_length(text: str) -> str:
    """text.lower(), keeping offsets: a character whose lower case is longer stays as it is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class Literals:
    """A fixed set of strings, found as substrings (case as written) in one Aho-Corasick pass."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(w for w in words if w)
        self._automaton = ahocorasick.Automaton()
        for w in self.words:
            self._automaton.add_word(w, len(w))
        if self.words:
            self._automaton.make_automaton()

    def starts_in(self, text: str) -> list[int]:
        """Where each occurrence of any of the words (overlaps included) starts, in order."""
        if not self.words:
            return []
        return sorted([end + 1 - length for end, length in self._automaton.iter(text)])

    def at_word_starts(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of what `re.finditer(r"\\b(?:w1|w2|…)", text)` finds with the words tried longest
        first: occurrences that start a word (for words that start with a word character), the longest
        at each start, left to right without overlap."""
        if not self.words:
            return []
        found = sorted((end + 1 - length, -length) for end, length in self._automaton.iter(text)
                       if end + 1 - length == 0 or not is_word_char(text, end - length))
        out, reach = [], 0
        for start, minus in found:
            if start >= reach:
                reach = start - minus
                out.append((start, reach))
        return out


class Gates:
    """Sets of trigger words that event rules test each sentence for, all read in one Aho-Corasick pass:
    `mask(text)` has the bit of every set one of whose words occurs in `text` (as substrings)."""

    def __init__(self) -> None:
        self._words: dict[str, int] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._count = 0

    def add(self, words: Iterable[str]) -> int:
        """Register a set of words (before the first `mask`); its bit."""
        if self._automaton is not None:
            raise RuntimeError("gates are registered when their modules load, before any text is read")
        bit = 1 << self._count
        self._count += 1
        for w in words:
            self._words[w] = self._words.get(w, 0) | bit
        return bit

    def mask(self, text: str) -> int:
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for w, bits in self._words.items():
                self._automaton.add_word(w, bits)
            self._automaton.make_automaton()
        out = 0
        for _, bits in self._automaton.iter(text):
            out |= bits
        return out
