"""Screen SPARQL text before it runs: refuse LOAD and SERVICE calls to endpoints not allow-listed.

pyoxigraph exposes no syntax tree, so this works on tokens: strings, IRIs and comments are skipped
as whole tokens, so a keyword inside a literal or an IRI never counts, and one hidden in a comment
never escapes notice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from ..errors import QueryError

__all__ = ["Token", "tokenize", "check", "ForbiddenError", "services", "substitute"]


class ForbiddenError(QueryError):
    """The query asks for something this server refuses (LOAD, SERVICE to an endpoint not allowed)."""


@dataclass(frozen=True)
class Token:
    kind: str  # word, pname, var, iri, string, punct, other
    text: str
    start: int


_PN_CHARS = r"\w\-\u00b7\u00c0-\uffff"
# a local name may hold %hh and backslash escapes (even of '#'), so those must not end the token
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PNAME = (
    rf"(?:[A-Za-z\u00c0-\uffff](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?:"
    rf"(?:(?:[{_PN_CHARS}:]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?)?"
)
_PATTERNS = [
    ("comment", r"#[^\n\r]*"),
    ("ws", r"\s+"),
    ("string", r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''),
    ("string", r'"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\''),
    # IRIREF from the SPARQL grammar; a '<' that does not open one is the less-than operator
    ("iri", r'<[^<>"{}|^`\\\x00-\x20]*>'),
    ("var", r"[?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+"),
    ("pname", _PNAME),
    ("lang", r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*"),
    ("word", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("punct", r"\^\^|&&|\|\||!=|<=|>=|[{}()\[\];,.*=<>!+\-/|^]"),
    ("other", r"."),
]
_TOKEN_RE = re.compile("|".join(f"(?P<{k}{i}>{p})" for i, (k, p) in enumerate(_PATTERNS)), re.DOTALL)


def tokenize(text: str) -> Iterator[Token]:
    """SPARQL tokens without whitespace and comments; unterminated strings come out as 'other'."""
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup.rstrip("0123456789")
        if kind in ("ws", "comment"):
            continue
        yield Token(kind, m.group(), m.start())


def _prefixes(tokens: list[Token]) -> dict[str, str]:
    out = {}
    for i, t in enumerate(tokens[:-2]):
        if t.kind == "word" and t.text.upper() == "PREFIX" and tokens[i + 1].kind == "pname" and tokens[i + 2].kind == "iri":
            out[tokens[i + 1].text.split(":", 1)[0]] = tokens[i + 2].text[1:-1]
    return out


def services(text: str) -> list[str | None]:
    """The endpoints named by SERVICE clauses; None for one that is not a plain absolute IRI."""
    tokens = list(tokenize(text))
    prefixes = _prefixes(tokens)
    found: list[str | None] = []
    for i, t in enumerate(tokens):
        if t.kind != "word" or t.text.upper() != "SERVICE":
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.upper() == "SILENT":
            j += 1
        target = tokens[j] if j < len(tokens) else None
        if target is not None and target.kind == "iri":
            found.append(target.text[1:-1])
        elif target is not None and target.kind == "pname":
            prefix, _, local = target.text.partition(":")
            found.append(prefixes[prefix] + local if prefix in prefixes and "\\" not in local else None)
        else:
            found.append(None)  # SERVICE ?var, or something this guard cannot resolve: refuse
    return found


def check(text: str, allowlist: Iterable[str] = ()) -> None:
    """Raise ForbiddenError for LOAD or for a SERVICE whose endpoint is not in `allowlist`."""
    _check(text, tuple(sorted(set(allowlist))))


@lru_cache(maxsize=512)
def _check(text: str, allowed: tuple[str, ...]) -> None:
    # memoised: clients repeat the same queries, and tokenizing costs more than answering from the
    # cache; a refusal raises, and exceptions are never memoised, so it is checked again each time
    for t in tokenize(text):
        if t.kind == "word" and t.text.upper() == "LOAD":
            raise ForbiddenError("LOAD is refused by this server; insert the data with INSERT DATA or POST /documents")
    for endpoint in services(text):
        if endpoint is None:
            raise ForbiddenError("SERVICE needs a literal endpoint IRI here; variable endpoints are refused")
        if endpoint not in allowed:
            raise ForbiddenError(f"SERVICE <{endpoint}> is refused: the endpoint is not in this server's allow-list")


def substitute(text: str, values: dict[str, str]) -> str:
    """Bind variables by name to terms in N-Triples syntax, for endpoints that take no substitutions.

    Each `?name` in the query body becomes the term; in a SELECT projection it becomes
    `(term AS ?name)` so the column stays. Terms must come from pyoxigraph (str(term)), which
    escapes them, so no value can change the query's structure.
    """
    tokens = list(tokenize(text))
    out: list[str] = []
    pos = 0
    in_projection = False
    depth = 0
    for t in tokens:
        if t.kind == "word" and t.text.upper() == "SELECT":
            in_projection, depth = True, 0
        elif in_projection and t.text == "(":
            depth += 1
        elif in_projection and t.text == ")":
            depth -= 1
        elif in_projection and (t.text == "{" or (t.kind == "word" and t.text.upper() in ("WHERE", "FROM"))):
            in_projection = False
        if t.kind == "var" and t.text[1:] in values:
            term = values[t.text[1:]]
            out.append(text[pos:t.start])
            out.append(f"({term} AS {t.text})" if in_projection and depth == 0 else term)
            pos = t.start + len(t.text)
    out.append(text[pos:])
    return "".join(out)
