"""The `kg` command: a thin shell over the library; every command is one library call.

Errors the user can cause (KgError) are printed as one red line and exit with status 1.
"""

from __future__ import annotations

import gc
from datetime import datetime
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperGroup

from .config import STORE_ENV, default_store
from .errors import InputError, KgError

__all__ = ["app", "main"]

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


class _Group(TyperGroup):
    """Turns every KgError raised by a command into one red line and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            message = str(exc)
        # raised outside the except block so that nothing keeps the failed command's frames (and an
        # open store's lock) alive, which matters when commands run in-process one after another
        gc.collect()
        err.print(f"[bold red]error:[/bold red] {escape(message)}", soft_wrap=True)
        raise typer.Exit(1)


app = typer.Typer(
    cls=_Group,
    help="Turn news about war and diplomacy into a validated RDF knowledge graph of actors and events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_show_locals=False,
)

STORE_HELP = f"Store folder (default: ${STORE_ENV}, else data/store)."
EXPORT_SUFFIXES = {".nq": "nq", ".nquads": "nq", ".trig": "trig", ".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld"}


def _store_path(store: Optional[Path]) -> Path:
    return store if store is not None else default_store()


def _open(store: Optional[Path], read_only: bool = False):
    from .errors import StoreError
    from .store import Store

    path = _store_path(store)
    try:
        return Store(path, read_only=read_only)
    except StoreError as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{path}: the store is in use by another process (a running `kg serve` or "
                             "`kg build`?); stop it or give another --store") from exc
        raise
    except RuntimeError as exc:  # RocksDB refuses to open: being rewritten right now, or damaged
        first = (str(exc).splitlines() or ["unknown error"])[0]
        raise StoreError(f"{path}: cannot open the store ({first[:200]}); retry, or rebuild it with `kg build`") from exc


def _progress_bar():
    """A transient progress bar on stderr, and the build_paths callback that drives it."""
    bar = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    task = bar.add_task("building", total=None)

    def progress(done: int, total: int, source: str) -> None:
        bar.update(task, completed=done, total=total, description=Path(source).name[:40])

    return bar, progress


def _counts_table(title: str, rows: list[tuple[str, object]]) -> Table:
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, value in rows:
        table.add_row(name, str(value))
    return table


# --- build -------------------------------------------------------------------------------------


@app.command()
def build(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively) or '-' for stdin."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extraction processes (default: all cores)."),
) -> None:
    """Build documents into the store: load, extract, validate with SHACL, store, infer.

    Each document replaces its own named graph in one transaction; a document that fails is
    reported and leaves the store as it was. Exit status 1 when any document failed.

    Example: kg build seeds --store data/store --jobs 4
    """
    from .build import build_paths

    target = _open(store)
    bar, progress = _progress_bar()
    with bar:
        summary = build_paths(paths, target, jobs=jobs, progress=progress)
    rows: list[tuple[str, object]] = [("documents", summary.documents), ("actors", summary.actors)]
    rows += [(f"events: {kind.lower()}s", n) for kind, n in summary.events.items()]
    rows += [("triples in store", f"{summary.triples:,}"), ("inferred triples", f"{summary.inferred:,}")]
    rows += [("time", f"{summary.seconds:.1f} s")]
    out.print(_counts_table(f"Built into {target.path}", rows))
    del target  # release the store's lock now, before the exit status is decided
    for _source, message in summary.failures:
        err.print(f"[bold red]failed:[/bold red] {escape(message)}", soft_wrap=True)
    if summary.failures:
        err.print(f"[red]{len(summary.failures)} document(s) failed; the others were stored[/red]")
        raise typer.Exit(1)


# --- export ------------------------------------------------------------------------------------


@app.command()
def export(
    output: str = typer.Option(..., "--output", "-o", help="File to write, or '-' for stdout (then give --format)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="nq, trig, ttl, nt or jsonld (default: from the suffix)."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    no_inferred: bool = typer.Option(False, "--no-inferred", help="Leave out the inferred graph."),
) -> None:
    """Write the whole store to an RDF file; N-Quads, TriG and JSON-LD keep the named graphs.

    Example: kg export -o graph.nq --store data/store
    """
    from .store import FORMATS

    if fmt is None:
        fmt = EXPORT_SUFFIXES.get(Path(output).suffix.lower())
        if fmt is None:
            raise InputError(f"{output}: cannot tell the format from the suffix; give --format ({', '.join(FORMATS)})")
    if fmt not in FORMATS:
        raise InputError(f"--format {fmt}: unknown format; choose one of {', '.join(FORMATS)}")
    data = _open(store, read_only=True).dump(fmt, exclude_inferred=no_inferred)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror})") from exc
    err.print(f"wrote {output} ({fmt}, {len(data):,} bytes)")


# --- validate ----------------------------------------------------------------------------------


def _read_rdf(path: Path):
    """An RDF file as one rdflib Graph (named graphs merged, the ontology and inferred graphs left out)."""
    from rdflib import Dataset, Graph
    from rdflib.util import guess_format

    from .namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH

    if not path.is_file():
        raise InputError(f"{path}: no such file")
    fmt = guess_format(str(path)) or "turtle"
    ds = Dataset(default_union=True)
    try:
        ds.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise InputError(f"{path}: not valid {fmt} ({first})") from exc
    graph = Graph()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g not in (ONTOLOGY_GRAPH, INFERRED_GRAPH):
            graph.add((s, p, o))
    return graph


@app.command()
def validate(
    file: Optional[Path] = typer.Argument(None, help="An RDF file to check instead of the store."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
) -> None:
    """Check the store's document graphs, or an RDF file, against the SHACL shapes.

    Prints the problems in plain words; exit status 1 when something does not conform.

    Example: kg validate --store data/store    or    kg validate graph.ttl
    """
    from .validate import validate as check

    if file is not None:
        report = check(_read_rdf(file))
        out.print(f"{file}: {report.summary()}", soft_wrap=True)
        if not report.conforms:
            raise typer.Exit(1)
        return
    target = _open(store, read_only=True)
    docs = target.documents()
    if not docs:
        raise KgError(f"{target.path}: the store has no documents; run `kg build` first")
    bad = 0
    for doc_id in docs:
        report = check(target.document_graph(doc_id))
        bad += not report.conforms
        out.print(f"{doc_id}: {report.summary()}", soft_wrap=True)
    if bad:
        out.print(f"[red]{bad} of {len(docs)} document graphs do not conform[/red]")
        raise typer.Exit(1)
    out.print(f"[green]all {len(docs)} document graphs conform[/green]")


# --- query -------------------------------------------------------------------------------------


@app.command()
def query(
    name: str = typer.Argument(..., help="A named query in queries/ (without .rq) or a .rq file."),
    param: list[str] = typer.Option([], "--param", "-p", help="A parameter as name=value; repeat for more."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
) -> None:
    """Run a named SPARQL query (see queries/) or a .rq file over the store.

    Parameters are bound safely, never pasted into the query text.

    Example: kg query who-met-whom --param actor=Zelensky --format csv
    """
    from . import queries

    if fmt not in ("table", "json", "csv"):
        raise InputError(f"--format {fmt}: choose table, json or csv")
    raw: dict[str, str] = {}
    for item in param:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError(f"--param {item!r}: write it as name=value")
        raw[key.strip()] = value
    q = queries.get_query(name)
    result = queries.run(_open(store, read_only=True), q, raw)
    if fmt == "json":
        typer.echo(result.to_json())
    elif fmt == "csv":
        typer.echo(result.to_csv(), nl=False)
    else:
        table = Table(*result.columns, title=f"{q.title} ({len(result.rows)} rows)", title_justify="left")
        for row in result.to_table_rows():
            table.add_row(*map(escape, row))
        out.print(table)


@app.command(name="queries")
def list_named_queries() -> None:
    """List the named queries in queries/ with their parameters.

    Example: kg queries
    """
    from .queries import list_queries

    table = Table("name", "title", "parameters", title="Named queries", title_justify="left")
    for q in list_queries():
        params = ", ".join(f"{p.name} ({p.type}{', required' if p.required else ''})" for p in q.params)
        table.add_row(q.name, q.title, params)
    out.print(table)


# --- stats and remove --------------------------------------------------------------------------


@app.command()
def stats(store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP)) -> None:
    """Show what the store holds: documents, triples per named graph, actors by type, events by kind.

    Example: kg stats --store data/store
    """
    from .build import store_stats

    s = store_stats(_open(store, read_only=True))
    out.print(_counts_table("Store", [("documents", len(s.documents)), ("triples", f"{s.triples:,}")]))
    out.print(_counts_table("Triples per graph", [(g, f"{n:,}") for g, n in s.graphs.items()]))
    out.print(_counts_table("Actors by type", list(s.actors.items())))
    out.print(_counts_table("Events by kind", list(s.events.items())))


@app.command()
def remove(
    doc: str = typer.Argument(..., help="A document id (see `kg stats`) or the file it was built from."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
) -> None:
    """Remove one document's graph and recompute the inferred graph; facts other documents report stay.

    Example: kg remove 000_743f914193201aa2 --store data/store
    """
    from .build import remove_document

    target = _open(store)
    doc_id = doc if doc in target.documents() else Path(doc).stem
    remove_document(target, doc_id)
    out.print(f"removed {doc_id}; {len(target.documents())} documents left")


# --- eval --------------------------------------------------------------------------------------


def _scorer() -> Path:
    from .paths import repo_root

    score = repo_root().parent / "shared" / "eval" / "score.py"
    if not score.is_file():
        raise KgError(f"{score}: benchmark scorer not found; it is expected at ../shared/eval/score.py beside the checkout")
    return score


@app.command(name="eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder of gold annotations (*.json)."),
    paths: Optional[list[str]] = typer.Argument(None, help="Documents to build (default: seeds/)."),
    show_misses: bool = typer.Option(False, "--show-misses", help="List missed gold items and unmatched graph items."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Extraction processes (default: all cores)."),
) -> None:
    """Score the extraction: build PATHs into a temporary store and compare it with gold annotations.

    Example: kg eval ../shared/eval/dev seeds --show-misses
    """
    from .build import build_paths
    from .paths import repo_root
    from .store import Store

    gold = sorted(gold_dir.glob("*.json")) if gold_dir.is_dir() else []
    if not gold:
        raise InputError(f"{gold_dir}: no gold annotations (*.json) in this folder")
    score = _scorer()
    if not paths:
        paths = [str(Path("seeds") if Path("seeds").is_dir() else repo_root() / "seeds")]
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        store = Store(Path(tmp) / "store")
        bar, progress = _progress_bar()
        with bar:
            summary = build_paths(paths, store, jobs=jobs, progress=progress)
        for _source, message in summary.failures:
            err.print(f"[bold red]failed:[/bold red] {escape(message)}", soft_wrap=True)
        export = Path(tmp) / "graph.nq"
        # the scorer reads asserted types only: the inferred graph stays out of what it sees
        export.write_bytes(store.dump("nq", exclude_inferred=True))
        del store
        err.print(f"built {summary.documents} documents in {summary.seconds:.1f} s; scoring against {len(gold)} gold files")
        cmd = [sys.executable, str(score), str(export), *map(str, gold)] + (["--show-misses"] if show_misses else [])
        done = subprocess.run(cmd, capture_output=True, text=True)
    typer.echo(done.stdout, nl=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise KgError(f"{score}: the scorer failed ({last})")


# --- server and network commands -----------------------------------------------------------------
# `kg serve`, `kg network`, `kg explore` and `kg link` are added below this line.


def _net_options(relations: list[str], since, until, min_weight: int, directed: bool = False):
    from .network import NetworkOptions
    from .network_tasks import parse_relations

    chosen = parse_relations(relations)
    kwargs = dict(since=since.date() if since else None, until=until.date() if until else None,
                  min_weight=min_weight, directed=directed)
    return NetworkOptions(**kwargs, **({"relations": chosen} if chosen else {}))


RELATIONS_HELP = "met, pledged_to, struck, spoke_about; repeat or comma-separate (default: all)."


@app.command()
def network(
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    relations: list[str] = typer.Option([], "--relations", "-r", help=RELATIONS_HELP),
    since: Optional[datetime] = typer.Option(None, "--since", formats=["%Y-%m-%d"], help="First day (YYYY-MM-DD)."),
    until: Optional[datetime] = typer.Option(None, "--until", formats=["%Y-%m-%d"], help="Last day (YYYY-MM-DD)."),
    min_weight: int = typer.Option(1, "--min-weight", min=1, help="Drop relations with fewer evidences."),
    directed: bool = typer.Option(False, "--directed", help="Keep edge direction (donor -> recipient...)."),
    top: int = typer.Option(10, "--top", "-n", min=0, help="Show the N actors with the highest PageRank."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write .graphml, .gexf, .json or .csv."),
    write_back: bool = typer.Option(False, "--write-back", help="Store the metrics in the metrics graph."),
) -> None:
    """Project the graph onto an actor network; centralities, communities, exports.

    Example: kg network --relations met,pledged_to --since 2025-01-01 --top 15 -o actors.graphml
    """
    from .network_tasks import analyse_network

    options = _net_options(relations, since, until, min_weight, directed)
    result = analyse_network(_open(store, read_only=not write_back), options, output, write_back)
    m = result.metrics
    sampled = f"estimated from {m.sample_k} sources" if m.sample_k else "exact"
    out.print(f"{result.graph.number_of_nodes()} nodes, {result.graph.number_of_edges()} edges, "
              f"{m.components} components, {m.communities} communities (modularity {m.modularity:.2f}); "
              f"betweenness and closeness {sampled}; eigenvector by {m.eigenvector_method}", soft_wrap=True)
    if top:
        table = Table(title=f"Top {min(top, len(m))} by PageRank", title_justify="left")
        table.add_column("actor", min_width=18)
        table.add_column("type", no_wrap=True)
        for name in ("degree", "pagerank", "betw.", "eigen.", "comm."):
            table.add_column(name, justify="right", no_wrap=True)
        for r in m.top(top):
            table.add_row(escape(r.label), r.type, f"{r.degree} ({r.weighted_degree:g})", f"{r.pagerank:.3f}",
                          f"{r.betweenness:.3f}", f"{r.eigenvector:.3f}", str(r.community))
        out.print(table)
    if result.output:
        err.print(f"wrote {result.output}")
    if result.triples_written is not None:
        err.print(f"wrote {result.triples_written:,} metric triples to the metrics graph")


@app.command()
def explore(
    output: Path = typer.Option(..., "--output", "-o", help="The HTML file to write."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    size_by: str = typer.Option("pagerank", "--size-by", help="pagerank, betweenness, eigenvector, closeness, degree, weighted_degree."),
    color_by: str = typer.Option("type", "--color-by", help="type or community."),
    base_url: str = typer.Option("/", "--base-url", help="Where entity pages are served (links go to BASE/id/...)."),
    relations: list[str] = typer.Option([], "--relations", "-r", help=RELATIONS_HELP),
    since: Optional[datetime] = typer.Option(None, "--since", formats=["%Y-%m-%d"], help="First day (YYYY-MM-DD)."),
    until: Optional[datetime] = typer.Option(None, "--until", formats=["%Y-%m-%d"], help="Last day (YYYY-MM-DD)."),
    min_weight: int = typer.Option(1, "--min-weight", min=1, help="Drop relations with fewer evidences."),
) -> None:
    """Write the interactive network explorer: one HTML file that works offline.

    Example: kg explore -o explorer.html --size-by betweenness --color-by community
    """
    from .network_tasks import explore_network

    options = _net_options(relations, since, until, min_weight)
    path = explore_network(_open(store, read_only=True), output, size_by=size_by, color_by=color_by,
                           base_url=base_url, relations=options.relations, since=options.since,
                           until=options.until, min_weight=options.min_weight)
    err.print(f"wrote {path} ({path.stat().st_size:,} bytes)")


@app.command()
def serve(
    store: Optional[str] = typer.Option(None, "--store", "-s", help="Store folder or SPARQL endpoint URL (default: $KG_STORE, else data/store)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", "-p", help="Port to listen on."),
    token: Optional[str] = typer.Option(None, "--token", envvar="KG_TOKEN", help="Allow updates with 'Authorization: Bearer TOKEN' (default: read-only)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", help="Seconds per query (default 10)."),
    max_results: Optional[int] = typer.Option(None, "--max-results", help="Rows or triples per result (default 10000)."),
    max_query_length: Optional[int] = typer.Option(None, "--max-query-length", help="Characters per query (default 20000)."),
    max_body_bytes: Optional[int] = typer.Option(None, "--max-body-bytes", help="Bytes per request body (default 5000000)."),
    cors_origin: list[str] = typer.Option([], "--cors-origin", help="Origin allowed by CORS; repeat for more."),
    allow_service: list[str] = typer.Option([], "--allow-service", help="SERVICE endpoint to allow; repeat for more."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Query worker processes (default 2)."),
    cache_bytes: Optional[int] = typer.Option(None, "--cache-bytes", help="Memory for query answers kept until the store changes; 0 = no cache (default 64000000)."),
) -> None:
    """Serve the graph: SPARQL endpoint, named queries, entity pages and a query page.

    Example: kg serve --store data/store --port 8000 --timeout 5
    """
    from .server.__main__ import serve as run_server

    run_server(store, host, port, token, timeout, max_results, max_query_length, max_body_bytes,
               cors_origin, allow_service, workers, cache_bytes=cache_bytes)


@app.command()
def link(
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
    online: bool = typer.Option(False, "--online", help="Ask the Wikidata API for names the gazetteer has no QID for."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Wikidata API URL (default: the public API)."),
    cache: Path = typer.Option(Path("data/wikidata-cache"), "--cache", help="Folder where online answers are cached."),
    threshold: float = typer.Option(0.8, "--threshold", help="Lowest confidence at which a candidate is linked."),
) -> None:
    """Link actors and places to Wikidata (owl:sameAs), offline from the verified gazetteer by default.

    Example: kg link --online --cache data/wikidata-cache
    """
    from .link import DEFAULT_API, link_store

    report = link_store(_open(store), online=online, base_url=base_url or DEFAULT_API, cache_dir=cache, threshold=threshold)
    out.print(f"{report.candidates} without a QID: {report.linked} linked, {len(report.unlinked)} left unlinked")
    for problem in report.errors:
        err.print(f"[yellow]{problem}[/]")


@app.command(name="explain")
def explain_command(
    resource: str = typer.Argument(..., help="An actor, place or event: its IRI, a short IRI (person/vladimir-putin) or its name."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, text or json."),
    store: Optional[Path] = typer.Option(None, "--store", "-s", help=STORE_HELP),
) -> None:
    """Show every fact about an actor, place or event with the sentence, document, offsets, rule and extractor version it came from.

    Example: kg explain "Vladimir Putin" --format text    or    kg explain https://w3id.org/actor-kg/id/place/kyiv --format json
    """
    from .explain import explain, where

    if fmt not in ("table", "text", "json"):
        raise InputError(f"--format {fmt}: choose table, text or json")
    result = explain(_open(store, read_only=True), resource)
    if fmt == "json":
        typer.echo(result.to_json())
        return
    if fmt == "text":
        typer.echo(result.to_text())
        return
    extra = f" · Wikidata {', '.join(result.wikidata)}" if result.wikidata else ""
    out.print(f"[bold]{escape(result.label)}[/bold] <{escape(result.iri)}>\n{', '.join(result.types)}{extra}", soft_wrap=True)
    table = Table("#", "fact", "sentence", "source", "rule", show_lines=True, title_justify="left")
    for number, fact in enumerate(result.facts, start=1):
        statement = f"[dim]{fact.kind}[/dim] {escape(fact.statement)}"
        if fact.subject != result.iri:
            statement += f"\n[dim]{escape(fact.subject)}[/dim]"
        for i, src in enumerate(fact.sources or [None]):
            cells = [str(number), statement] if i == 0 else ["", ""]
            if src is None:
                table.add_row(*cells, "[dim](no evidence recorded)[/dim]", "", "")
                continue
            table.add_row(*cells, escape(src.sentence), escape(where(src)),
                          f"{escape(src.rule)}\n[dim]{escape(src.extractor_version)}[/dim]")
    out.print(table)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
