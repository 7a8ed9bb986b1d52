"""Deterministic serializations of an rdflib graph: Turtle, N-Triples, JSON-LD."""
from __future__ import annotations

import json

from rdflib import Graph

from .namespaces import PREFIXES


def turtle(g: Graph) -> str:
    """Turtle with the project's prefixes; subjects and predicates in sorted order."""
    return g.serialize(format="turtle")


def ntriples(g: Graph) -> str:
    """N-Triples, one triple a line, lines sorted (what bulk loaders want)."""
    lines = g.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def jsonld_context() -> dict:
    return {prefix: ns for prefix, ns in PREFIXES.items() if prefix != "sh"}


def jsonld(g: Graph) -> str:
    """JSON-LD compacted with the project's context; nodes sorted by @id."""
    doc = json.loads(g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc["@graph"].sort(key=lambda node: str(node.get("@id", "")))
        for node in doc["@graph"]:
            for key, value in node.items():
                if isinstance(value, list):
                    value.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
