"""Serializations of the export with pyoxigraph (fast at any size), deterministic in the triples' order.

Turtle and N-Triples are pyoxigraph's own writers. JSON-LD is compacted here with
a context of the project's prefixes (each subject one node object, in order).
"""
from __future__ import annotations

import json

from .namespaces import PREFIXES

_RDF_TYPE = PREFIXES["rdf"] + "type"


def _prefixes() -> dict[str, str]:
    return {p: ns for p, ns in PREFIXES.items() if p != "sh"}


def turtle(triples: list) -> str:
    import pyoxigraph

    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=_prefixes()).decode("utf-8")


def ntriples(triples: list) -> str:
    """N-Triples, one triple a line (what bulk loaders want)."""
    import pyoxigraph

    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES).decode("utf-8")


def jsonld_context() -> dict:
    return _prefixes()


def _compact(value: str) -> str:
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and prefix != "sh" and len(value) > len(ns):
            return f"{prefix}:{value[len(ns):]}"
    return value


def jsonld(triples: list) -> str:
    """Compact JSON-LD: {"@context": prefixes, "@graph": [one node object per subject]}."""
    import pyoxigraph

    graph: list[dict] = []
    index: dict[str, dict] = {}
    for t in triples:
        subject = t.subject.value
        node = index.get(subject)
        if node is None:
            node = index[subject] = {"@id": _compact(subject)}
            graph.append(node)
        predicate, obj = t.predicate.value, t.object
        if predicate == _RDF_TYPE:
            node.setdefault("@type", []).append(_compact(obj.value))
            continue
        if isinstance(obj, pyoxigraph.NamedNode):
            value: dict = {"@id": _compact(obj.value)}
        elif obj.language:
            value = {"@value": obj.value, "@language": obj.language}
        elif obj.datatype.value == PREFIXES["xsd"] + "string":
            value = {"@value": obj.value}
        else:
            value = {"@value": obj.value, "@type": _compact(obj.datatype.value)}
        node.setdefault(_compact(predicate), []).append(value)
    doc = {"@context": jsonld_context(), "@graph": graph}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
