"""Serializations of the export, fast at any size: N-Triples text is written by kg itself
(kg.rdf_export.to_ntriples); pyoxigraph turns it into Turtle and JSON-LD.

The order of triples is the order of the walk over the graph, so every file is
deterministic. JSON-LD gets a context of the project's prefixes and compact IRIs.
"""
from __future__ import annotations

import json
import re

from .namespaces import PREFIXES


def _prefixes() -> dict[str, str]:
    return {p: ns for p, ns in PREFIXES.items() if p != "sh"}


def _parse(nt: str):
    import pyoxigraph

    return pyoxigraph.parse(nt.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)


def turtle(nt: str) -> str:
    """Turtle with the project's prefixes (subjects grouped as they come)."""
    import pyoxigraph

    return pyoxigraph.serialize(_parse(nt), format=pyoxigraph.RdfFormat.TURTLE, prefixes=_prefixes()).decode("utf-8")


def jsonld_context() -> dict:
    return _prefixes()


def _compactor() -> re.Pattern:
    spaces = sorted(_prefixes().items(), key=lambda kv: -len(kv[1]))
    alternatives = "|".join(re.escape(ns) for _, ns in spaces)
    # an IRI as a whole JSON string: a key, an @id, an @type — never an "@value"
    return re.compile(rf'(?<!"@value":)"({alternatives})([^"\\]*)"')


def jsonld(nt: str) -> str:
    """JSON-LD: {"@context": prefixes, "@graph": node objects}, IRIs compacted to prefix:name."""
    import pyoxigraph

    expanded = pyoxigraph.serialize(_parse(nt), format=pyoxigraph.RdfFormat.JSON_LD).decode("utf-8")
    by_namespace = {ns: p for p, ns in _prefixes().items()}
    graph = _compactor().sub(lambda m: f'"{by_namespace[m.group(1)]}:{m.group(2)}"', expanded)
    context = json.dumps(jsonld_context(), ensure_ascii=False, indent=1)
    return f'{{"@context": {context},\n"@graph": {graph}}}\n'
