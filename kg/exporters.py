"""All export files of a graph, produced together and written all-or-nothing.

kg.ttl (Turtle, the main artefact), kg.nt (N-Triples), kg.jsonld (JSON-LD with
a context), kg.graphml (networkx, for Gephi) and kg.html (the interactive page).
"""
from __future__ import annotations

from pathlib import Path

from .model import KnowledgeGraph
from .namespaces import PREFIXES
from .writer import write_files

FILES = ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html")


def export_all(kg: KnowledgeGraph, out_dir: Path, validate: bool = True) -> tuple[tuple[Path, ...], int]:
    """Write every export of kg into out_dir; returns the paths and the number of triples."""
    from .html_export import generate_html
    from .network_export import generate_graphml, to_networkx
    from .rdf_export import to_oxigraph
    from .serialize import jsonld, ntriples, turtle

    checking = _start_validation(kg) if validate else None
    triples = to_oxigraph(kg)
    network = to_networkx(kg)
    title = kg.articles[0].title if len(kg.articles) == 1 else f"{len(kg.articles)} 篇文章的知识图谱"
    contents = {
        out_dir / "kg.ttl": turtle(triples),
        out_dir / "kg.nt": ntriples(triples),
        out_dir / "kg.jsonld": jsonld(triples),
        out_dir / "kg.graphml": generate_graphml(network),
        out_dir / "kg.html": generate_html(network, title),
    }
    if checking is not None:
        checking()  # raises ValidationError: then nothing is written
    write_files(contents)
    return tuple(contents), len(triples)


def _start_validation(kg: KnowledgeGraph):
    """Start the SHACL check beside the export (a forked process on a multi-core machine);
    returns a function that waits for it and raises ValidationError if the graph does not conform."""
    import multiprocessing
    import os

    from .validate import check_export

    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        check_export(kg)
        return lambda: None
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)

    def child() -> None:
        try:
            check_export(kg)
            send.send(None)
        except Exception as err:  # sent back to the parent, which raises it
            send.send(err)

    process = multiprocessing.get_context("fork").Process(target=child, daemon=True)
    process.start()

    def wait() -> None:
        error = receive.recv() if receive.poll(timeout=3600) else RuntimeError("validation did not finish")
        process.join()
        if error is not None:
            raise error

    return wait


__all__ = ["export_all", "FILES", "PREFIXES"]
