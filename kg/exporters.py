"""All export files of a graph, produced together and written all-or-nothing.

kg.ttl (Turtle, the main artefact), kg.nt (N-Triples), kg.jsonld (JSON-LD with
a context), kg.graphml (networkx, for Gephi) and kg.html (the interactive page).
On a multi-core machine the SHACL check and the RDF files are made in forked
processes while this one makes the network files; nothing is written unless all
of them succeed and the graph conforms.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path

from .model import KnowledgeGraph
from .writer import commit, discard, write_temp

FILES = ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html")
#: from this many relations the RDF files are made in a second process (below, forking costs more)
PARALLEL_FROM = 20_000


def export_all(kg: KnowledgeGraph, out_dir: Path, validate: bool = True) -> tuple[tuple[Path, ...], int]:
    """Write every export of kg into out_dir; returns the paths and the number of triples."""
    from .html_export import generate_html
    from .network_export import generate_graphml, to_networkx
    from .validate import check_export

    checking = in_background(lambda: check_export(kg)) if validate else None
    big = len(kg.relations) > PARALLEL_FROM
    rdf_job = in_background(lambda: write_rdf(kg, out_dir)) if big else None
    temps: dict[Path, Path] = {}
    triples = 0
    try:
        if rdf_job is None:
            rdf_temps, triples = write_rdf(kg, out_dir)
            temps.update(rdf_temps)
        network = to_networkx(kg)
        title = kg.articles[0].title if len(kg.articles) == 1 else f"{len(kg.articles)} 篇文章的知识图谱"
        temps[out_dir / "kg.graphml"] = write_temp(out_dir / "kg.graphml", generate_graphml(network))
        temps[out_dir / "kg.html"] = write_temp(out_dir / "kg.html", generate_html(network, title))
        if rdf_job is not None:
            rdf_temps, triples = rdf_job()
            temps.update(rdf_temps)
        if checking is not None:
            checking()  # raises ValidationError: then nothing is written
    except BaseException:
        discard(temps)
        if rdf_job is not None:
            _discard_pending(out_dir)
        raise
    commit(temps)
    return tuple(out_dir / name for name in FILES), triples


def write_rdf(kg: KnowledgeGraph, out_dir: Path) -> tuple[dict[Path, Path], int]:
    """Turtle, N-Triples and JSON-LD into temporary files: (target → temporary file, triples)."""
    from .rdf_export import to_ntriples
    from .serialize import jsonld, turtle

    nt = to_ntriples(kg)
    temps = {out_dir / "kg.nt": write_temp(out_dir / "kg.nt", nt)}
    temps[out_dir / "kg.ttl"] = write_temp(out_dir / "kg.ttl", turtle(nt))
    temps[out_dir / "kg.jsonld"] = write_temp(out_dir / "kg.jsonld", jsonld(nt))
    return temps, nt.count("\n")


def _discard_pending(out_dir: Path) -> None:
    """Remove temporary RDF files a background process may have left."""
    for name in ("kg.nt", "kg.ttl", "kg.jsonld"):
        for tmp in out_dir.glob(f".{name}.*.tmp"):
            tmp.unlink(missing_ok=True)


def in_background(work: Callable[[], object]) -> Callable[[], object]:
    """Run work in a forked process (when there are cores to spare); returns a function that
    waits and gives its result, or raises its exception. Without fork, work runs at once."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        try:
            result, error = work(), None
        except Exception as err:  # raised when the caller asks for the result, as with fork
            result, error = None, err
        return lambda: _result(result, error)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send((work(), None))
        except Exception as err:  # sent back to the parent, which raises it
            send.send((None, err))

    process = context.Process(target=child, daemon=True)
    process.start()
    send.close()

    def wait():
        try:
            result, error = receive.recv()
        except EOFError:
            result, error = None, RuntimeError("a background export process died")
        process.join()
        return _result(result, error)

    return wait


def _result(result, error):
    if error is not None:
        raise error
    return result
