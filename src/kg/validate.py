"""Check an extracted graph against the SHACL shapes (shapes/actor-kg.ttl) with pyshacl."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyshacl
from rdflib import Graph, Node, URIRef
from rdflib.namespace import SH

from .errors import ValidationError
from .namespaces import KG, PREFIXES, RDF
from .paths import shapes_path

__all__ = ["Problem", "ValidationReport", "validate", "load_shapes"]

_SEVERITY = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
# the kind named in messages: the most specific asserted kg: class wins
_KINDS = ("Meeting", "Pledge", "Strike", "Statement", "Person", "State", "Organization", "Place", "Evidence", "Document")


@dataclass(frozen=True)
class Problem:
    """One way the graph breaks a shape: which node, which property, what is wrong, how bad."""

    focus: str
    path: str | None
    message: str
    severity: str = "Violation"
    kind: str = ""
    value: str | None = None

    def __str__(self) -> str:
        where = f"{self.kind} <{self.focus}>" if self.kind else f"<{self.focus}>"
        level = "" if self.severity == "Violation" else f" ({self.severity.lower()})"
        return f"{where}: {self.message}{level}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validation: conforms is False when any problem is a Violation."""

    conforms: bool
    problems: tuple[Problem, ...] = ()

    @property
    def violations(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "Violation")

    def summary(self) -> str:
        """Plain words: 'conforms: 0 problems', or one line per problem."""
        head = f"{'conforms' if self.conforms else 'does not conform'}: {_count(len(self.problems))}"
        return "\n".join([head, *(str(p) for p in self.problems)])

    def raise_for_violations(self, source: str) -> None:
        """Raise ValidationError naming `source` and the first violation, if there is any."""
        bad = self.violations
        if bad:
            more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
            raise ValidationError(f"{source}: {bad[0]}{more}; nothing was stored")


def _count(n: int) -> str:
    return f"{n} problem" if n == 1 else f"{n} problems"


@lru_cache(maxsize=1)
def load_shapes() -> Graph:
    """The shapes graph, parsed once per process."""
    return Graph().parse(shapes_path(), format="turtle")


def _short(iri: Node) -> str:
    text = str(iri)
    for prefix, ns in PREFIXES.items():
        if text.startswith(ns) and prefix not in ("id",):
            return f"{prefix}:{text[len(ns):]}"
    return text


def _kind(data: Graph, node: Node) -> str:
    types = {str(t) for t in data.objects(node, RDF.type)}
    for name in _KINDS:
        if str(KG[name]) in types:
            return name
    return ""


def validate(graph: Graph) -> ValidationReport:
    """Validate `graph` (asserted triples only, no inference) against the project's shapes.

    Warnings (such as a statement reported with two slightly different texts) are listed but do
    not make the graph non-conforming.
    """
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=load_shapes(),
        inference="none",
        allow_warnings=True,
        allow_infos=True,
    )
    problems = []
    # only the report's own results: nested sh:detail results explain those and would repeat them
    results_of_report = (r for report in results.subjects(RDF.type, SH.ValidationReport) for r in results.objects(report, SH.result))
    for result in results_of_report:
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        severity = _SEVERITY.get(results.value(result, SH.resultSeverity), "Violation")
        problems.append(
            Problem(
                focus=str(focus),
                path=_short(path) if isinstance(path, URIRef) else None,
                message=str(message) if message is not None else "breaks a shape",
                severity=severity,
                kind=_kind(graph, focus),
                value=str(value) if value is not None else None,
            )
        )
    problems.sort(key=lambda p: (_SEVERITY_ORDER[p.severity], p.focus, p.path or "", p.message, p.value or ""))
    return ValidationReport(conforms=bool(conforms), problems=tuple(dict.fromkeys(problems)))
