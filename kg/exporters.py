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

    triples = to_oxigraph(kg)
    if validate:
        from .validate import check_export

        check_export(kg, len(triples))
    network = to_networkx(kg)
    title = kg.articles[0].title if len(kg.articles) == 1 else f"{len(kg.articles)} 篇文章的知识图谱"
    contents = {
        out_dir / "kg.ttl": turtle(triples),
        out_dir / "kg.nt": ntriples(triples),
        out_dir / "kg.jsonld": jsonld(triples),
        out_dir / "kg.graphml": generate_graphml(network),
        out_dir / "kg.html": generate_html(network, title),
    }
    write_files(contents)
    return tuple(contents), len(triples)


__all__ = ["export_all", "FILES", "PREFIXES"]
