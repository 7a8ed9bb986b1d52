"""The command line: ``kg build``, ``kg query``, ``kg validate``, ``kg report``, ``kg push``.

A thin click layer: each command calls the library and turns its errors into a
one-line message on stderr with a documented exit status.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import click

from .errors import KgError

DEFAULT_SEEDS = Path("seeds")
DEFAULT_OUT = Path("output")


def _fail(message: str, status: int = 1) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(status)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Turn Chinese economic-development news into a knowledge graph.

    \b
    Typical use:
      kg build                       # seeds/ → output/kg.ttl, kg.html …
      kg query projects-by-investment
      kg validate output/kg.ttl
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for kg.ttl, kg.nt, kg.jsonld, kg.graphml and kg.html.")
@click.option("--published", metavar="DATE",
              help="The articles' publication date (2021 or 2021-06-09), to resolve 今年, 去年, 6月底. "
                   "Overrides a sidecar <article>.meta.toml.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for extraction (default: all cores).")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse per-article results cached in OUT/.kg-cache/, and when articles were only "
                   "added since the last build, merge just those into its files.")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check before writing (not recommended).")
def build(paths: tuple[Path, ...], out_dir: Path, published: str | None, jobs: int | None, cache: bool,
          no_validate: bool) -> None:
    """Extract the knowledge graph of articles and write it to OUT.

    PATHS are article files (.txt, UTF-8 or GB18030/GBK/Big5) or folders of them;
    the default is seeds/. Output files are replaced only when the whole build
    succeeds. When the articles are the last build's plus new ones, only the new
    ones are extracted and merged into the last build's files ("updated"); the
    files are the same as a full rebuild would write.

    \b
    Exit status: 0 built; 1 nothing built (bad input); 3 built, but some files were skipped.

    \b
    Example:
      kg build seeds --out output --published 2021
    """
    from .build import run_build
    from .dates import parse_published

    start = time.perf_counter()
    try:
        date = parse_published(published) if published else None
    except ValueError as err:
        _fail(str(err))
    try:
        result = run_build(list(paths) or [DEFAULT_SEEDS], out_dir, date, jobs=jobs, use_cache=cache,
                           validate=not no_validate)
    except KgError as err:
        _fail(str(err))
    for name, reason in result.skipped:
        click.echo(f"kg: skipped {name}: {reason}", err=True)
    counts = Counter(result.classes)
    click.echo(f"articles: {result.articles} ({result.extracted} extracted, {result.cached} cached)  "
               f"entities: {sum(counts.values())}  relations: {result.relations}  "
               f"triples: {result.triples}")
    click.echo("  " + "  ".join(f"{cls} {n}" for cls, n in sorted(counts.items())))
    took = time.perf_counter() - start
    if result.mode == "up to date":
        click.echo(f"up to date: no new or changed article since the last build ({took:.2f} s)")
    else:
        how = " (updated: new articles merged into the last build)" if result.mode == "updated" else ""
        click.echo(f"wrote {', '.join(str(p) for p in result.files)}{how} in {took:.2f} s")
    if result.skipped:
        sys.exit(3)


@main.command()
@click.argument("query", required=False)
@click.option("--data", "-d", "data", multiple=True, type=click.Path(path_type=Path),
              help="RDF file(s) to query: .ttl, .nt or .jsonld (default: output/kg.ttl).")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Result format: an aligned table, or SPARQL 1.1 CSV/TSV/JSON results.")
@click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True,
              help="SPARQL engine.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind a query variable before running (a literal, or <IRI>): --bind month=2021-06.")
@click.option("--endpoint", metavar="URL", help="Ask a SPARQL 1.1 endpoint instead of local files.")
@click.option("--graph", metavar="IRI", help="With --endpoint: the named graph to query as the default graph.")
@click.option("--list", "list_queries", is_flag=True, help="List the query library and exit.")
def query(query: str | None, data: tuple[Path, ...], fmt: str, engine: str, binds: tuple[str, ...],
          endpoint: str | None, graph: str | None, list_queries: bool) -> None:
    """Run a SPARQL query over the exported graph.

    QUERY is SPARQL text, a .rq file, or the name of a query in the library
    (kg query --list). The prefixes kg:, kgid:, rdf:, rdfs:, owl:, xsd:, skos:,
    prov:, schema:, dcterms: and org: are predeclared. ASK prints true or false;
    CONSTRUCT and DESCRIBE print Turtle.

    \b
    Exit status: 0 answered; 1 missing data file or unknown query; 2 SPARQL syntax error.

    \b
    Example:
      kg query projects-by-investment
      kg query 'SELECT ?p WHERE { ?p a kg:Policy }' --format csv
      kg query starts-by-month --bind month=2021-06
    """
    from .errors import QueryError
    from .query import library, render, run_query

    if list_queries:
        for name, q in library().items():
            click.echo(f"{name:24s} {q.description}")
        return
    if not query:
        _fail("a QUERY is needed (SPARQL text, a .rq file or a library name; see kg query --list)")
    bindings = {}
    for b in binds:
        name, sep, value = b.partition("=")
        if not sep or not name:
            _fail(f"--bind takes NAME=VALUE, not {b!r}")
        bindings[name.lstrip("?$")] = value
    try:
        if endpoint:
            from .remote import query_endpoint

            result = query_endpoint(query, endpoint, bindings, graph)
        else:
            result = run_query(query, list(data) or [DEFAULT_OUT / "kg.ttl"], engine, bindings)
    except QueryError as err:
        _fail(str(err), 2)
    except KgError as err:
        _fail(str(err))
    click.echo(render(result, fmt))


@main.command()
@click.argument("file", type=click.Path(path_type=Path), default=DEFAULT_OUT / "kg.ttl")
def validate(file: Path) -> None:
    """Check an exported graph against the project's SHACL shapes (pySHACL).

    Prints pySHACL's readable report.

    \b
    Exit status (pySHACL's convention): 0 conforms; 1 does not conform; 2 error.

    \b
    Example:
      kg validate output/kg.ttl
    """
    from .validate import validate_file

    try:
        conforms, text = validate_file(file)
    except KgError as err:
        _fail(str(err), 2)
    click.echo(text.rstrip())
    sys.exit(0 if conforms else 1)


@main.command()
@click.argument("file", type=click.Path(path_type=Path), default=DEFAULT_OUT / "kg.ttl")
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's SPARQL 1.1 Graph Store endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth "
                   "(Virtuoso), http://localhost:3030/ds/data (Fuseki), http://localhost:7878/store (Oxigraph).")
@click.option("--graph", metavar="IRI", help="The named graph to load into (default: the default graph).")
@click.option("--user", help="User name for HTTP digest or basic authentication.")
@click.option("--password", help="Password (or set KG_PASSWORD).", envvar="KG_PASSWORD")
@click.option("--auth", type=click.Choice(["any", "digest", "basic"]), default="any", show_default=True,
              help="Authentication scheme to offer.")
@click.option("--replace", is_flag=True, help="Empty the graph before loading.")
@click.option("--batch", type=click.IntRange(min=100), default=20000, show_default=True,
              help="Triples per request.")
def push(file: Path, endpoint: str, graph: str | None, user: str | None, password: str | None, auth: str,
         replace: bool, batch: int) -> None:
    """Load an export into a SPARQL server (SPARQL 1.1 Graph Store HTTP Protocol).

    FILE (.ttl, .nt or .jsonld; default output/kg.ttl) is read as a stream and sent
    in batches of N-Triples. Prints the number of triples sent.

    \b
    Example:
      kg push output/kg.ttl --endpoint http://localhost:8890/sparql-graph-crud-auth \\
          --graph https://w3id.org/cnkg/graph/seed --user dba --password dba --replace
    """
    from .remote import push_file

    start = time.perf_counter()
    try:
        result = push_file(file, endpoint, graph, user, password, replace, auth, batch)
    except KgError as err:
        _fail(str(err))
    click.echo(f"sent {result.triples} triples in {result.batches} request(s) to {endpoint}"
               f"{' graph ' + graph if graph else ' (default graph)'} in {time.perf_counter() - start:.2f} s")


@main.command()
@click.argument("file", type=click.Path(path_type=Path), default=DEFAULT_OUT / "kg.ttl")
def report(file: Path) -> None:
    """Summarize an exported graph: entities per class, relations per property, documents.

    \b
    Example:
      kg report output/kg.ttl
    """
    from .report import summarize

    try:
        click.echo(summarize(file))
    except KgError as err:
        _fail(str(err))


if __name__ == "__main__":  # pragma: no cover
    main()
