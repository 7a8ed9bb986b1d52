"""Loading exported RDF files into a pyoxigraph store (fast parsing and SPARQL)."""
from __future__ import annotations

from pathlib import Path

from .errors import KgError

_FORMATS = {".ttl": "text/turtle", ".nt": "application/n-triples", ".jsonld": "application/ld+json",
            ".json": "application/ld+json", ".nq": "application/n-quads", ".trig": "application/trig",
            ".rdf": "application/rdf+xml", ".owl": "application/rdf+xml"}


def rdf_format(path: Path) -> str:
    try:
        return _FORMATS[path.suffix.lower()]
    except KeyError:
        raise KgError(f"{path}: unknown RDF format (use .ttl, .nt or .jsonld)") from None


def load_store(paths: list[Path]):
    """A pyoxigraph Store holding every file's triples in the default graph."""
    import pyoxigraph

    store = pyoxigraph.Store()
    for path in paths:
        if not path.is_file():
            raise KgError(f"no such data file: {path}")
        fmt = rdf_format(path)
        try:
            if fmt == "application/ld+json":
                _load_jsonld(store, path)
            else:
                store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.from_media_type(fmt),
                                to_graph=pyoxigraph.DefaultGraph())
        except (SyntaxError, ValueError, OSError) as err:
            raise KgError(f"{path}: cannot parse as {fmt}: {err}") from err
    return store


def _load_jsonld(store, path: Path) -> None:
    """JSON-LD through rdflib (pyoxigraph's JSON-LD support varies by version)."""
    import pyoxigraph
    from rdflib import Graph

    g = Graph()
    g.parse(path, format="json-ld")
    data = g.serialize(format="nt", encoding="utf-8")
    store.bulk_load(data, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
