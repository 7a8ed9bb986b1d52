"""``kg report``: a short summary of an exported graph (read with pyoxigraph)."""
from __future__ import annotations

from pathlib import Path

from .errors import KgError

_KG = "https://w3id.org/cnkg/ontology#"


def summarize(path: Path) -> str:
    """Documents, entities per class, relations per property and provenance coverage of an export."""
    from .store import load_store

    store = load_store([path])
    rows = lambda q: [tuple(_value(t) for t in r) for r in store.query(q)]  # noqa: E731
    docs = rows(f"SELECT ?t WHERE {{ ?d a <{_KG}Document> ; <http://purl.org/dc/terms/title> ?t }} ORDER BY ?t")
    classes = rows(f"""SELECT ?c (COUNT(?e) AS ?n) WHERE {{ ?e a ?c . FILTER(STRSTARTS(STR(?c), "{_KG}"))
                      FILTER(?c NOT IN (<{_KG}Document>, <{_KG}Sentence>)) }} GROUP BY ?c ORDER BY DESC(?n) ?c""")
    props = rows(f"""SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o . FILTER(STRSTARTS(STR(?p), "{_KG}"))
                    FILTER(?p NOT IN (<{_KG}mentionedIn>, <{_KG}text>, <{_KG}document>, <{_KG}startOffset>,
                    <{_KG}endOffset>, <{_KG}sentenceIndex>)) }} GROUP BY ?p ORDER BY DESC(?n) ?p""")
    stmts = rows("""SELECT (COUNT(DISTINCT ?st) AS ?n) (COUNT(DISTINCT ?src) AS ?m) WHERE {
                    ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
                    OPTIONAL { ?st <http://www.w3.org/ns/prov#wasDerivedFrom> ?src } }""")
    lines = [f"{path}: {len(store)} triples, {len(docs)} document(s)"]
    lines += [f"  document: {t}" for (t,) in docs]
    lines.append("entities per class:")
    lines += [f"  {c.removeprefix(_KG):16s} {n}" for c, n in classes]
    lines.append("facts per property:")
    lines += [f"  {p.removeprefix(_KG):22s} {n}" for p, n in props]
    if stmts:
        lines.append(f"provenance: {stmts[0][0]} statements from {stmts[0][1]} sentences")
    return "\n".join(lines)


def _value(term) -> str:
    return getattr(term, "value", str(term))


__all__ = ["summarize", "KgError"]
