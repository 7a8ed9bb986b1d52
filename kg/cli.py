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
              help="Reuse per-article results cached in OUT/.kg-cache/.")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL check before writing (not recommended).")
def build(paths: tuple[Path, ...], out_dir: Path, published: str | None, jobs: int | None, cache: bool,
          no_validate: bool) -> None:
    """Extract the knowledge graph of articles and write it to OUT.

    PATHS are article files (.txt, UTF-8 or GB18030/GBK/Big5) or folders of them;
    the default is seeds/. Output files are replaced only when the whole build
    succeeds.

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
    counts = Counter(e.cls for e in result.graph.entities)
    click.echo(f"articles: {len(result.graph.articles)}  entities: {sum(counts.values())}  "
               f"relations: {len(result.graph.relations)}  triples: {result.triples}")
    click.echo("  " + "  ".join(f"{cls} {n}" for cls, n in sorted(counts.items())))
    click.echo(f"wrote {', '.join(str(p) for p in result.files)} in {time.perf_counter() - start:.2f} s")
    if result.skipped:
        sys.exit(3)


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
