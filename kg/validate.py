"""SHACL validation with pySHACL against the project's shapes and ontology."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph

from .errors import ValidationError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


def ontology_files() -> tuple[Path, Path]:
    """(ontology, shapes): the files in ontology/, or the copies packaged with kg."""
    for folder in (ONTOLOGY_DIR, Path(__file__).with_name("data")):
        onto, shapes = folder / "kg.ttl", folder / "shapes.ttl"
        if onto.is_file() and shapes.is_file():
            return onto, shapes
    raise FileNotFoundError("ontology/kg.ttl and ontology/shapes.ttl not found")


@cache
def _load(path: Path) -> Graph:
    g = Graph()
    g.parse(path, format="turtle")
    return g


def validate_graph(data: Graph) -> tuple[bool, str]:
    """(conforms, readable report) of a data graph."""
    from pyshacl import validate

    onto, shapes = ontology_files()
    conforms, _, text = validate(data, shacl_graph=_load(shapes), ont_graph=_load(onto), inference="none",
                                 abort_on_first=False, allow_warnings=True, advanced=True)
    return bool(conforms), text


#: up to about this many triples kg build validates the whole graph; above, a sample of articles
WHOLE_GRAPH_LIMIT = 60_000


def check_export(kg) -> str:
    """Validate what kg build is about to write; returns what was checked.

    The whole graph when it is small enough for pySHACL; else the parts of an evenly
    spread sample of articles (each part keeps its entities' merged labels and
    classes), within the same budget. ``kg validate`` checks a whole export.
    """
    from .rdf_export import to_rdf

    if _size(kg) <= WHOLE_GRAPH_LIMIT:
        check_graph(to_rdf(kg))
        return "whole graph"
    from collections import Counter

    size: Counter = Counter()  # about how many triples each article's part has
    for e in kg.entities:
        size.update({a: 5 for a in {m.article_id for m in e.mentions}})
    for r in kg.relations:
        size.update({a: 6 for a in {m.article_id for m in r.evidence}})
    for s in kg.sentences:
        size[s.article_id] += 6
    budget, chosen = WHOLE_GRAPH_LIMIT, []
    step = max(1, len(kg.articles) // 20)
    for article in kg.articles[::step]:
        chosen.append(article.id)
        budget -= size[article.id]
        if budget <= 0:
            break
    check_graph(to_rdf(article_part(kg, *chosen)))  # one pySHACL run over the sample
    return f"{len(chosen)} of {len(kg.articles)} articles (run kg validate for the whole export)"


def check_articles(kg) -> str:
    """Validate the part of kg that each of its articles supports (an incremental build's new ones)."""
    from .rdf_export import to_rdf

    check_graph(to_rdf(article_part(kg, *(a.id for a in kg.articles))))
    return f"{len(kg.articles)} new article(s)"


def _size(kg) -> int:
    return len(kg.relations) * 6 + len(kg.entities) * 5 + len(kg.sentences) * 6


def article_part(kg, *article_ids: str):
    """The part of a merged graph that some articles support (their mentions and evidence only)."""
    from dataclasses import replace

    from .model import KnowledgeGraph

    ids = set(article_ids)

    def own(mentions):
        return tuple(m for m in mentions if m.article_id in ids)

    entities = tuple(replace(e, mentions=own(e.mentions)) for e in kg.entities
                     if any(m.article_id in ids for m in e.mentions))
    keep = {e.key for e in entities}
    return KnowledgeGraph(
        tuple(a for a in kg.articles if a.id in ids),
        tuple(s for s in kg.sentences if s.article_id in ids),
        entities,
        tuple(replace(r, evidence=own(r.evidence)) for r in kg.relations
              if r.subject in keep and (not r.object_is_entity or r.object in keep)
              and any(m.article_id in ids for m in r.evidence)))


def check_graph(data: Graph) -> None:
    """Raise ValidationError when the graph our own extractor made breaks the shapes: a bug of ours."""
    conforms, text = validate_graph(data)
    if not conforms:
        first = next((line.strip() for line in text.splitlines() if "Message:" in line), "see kg validate")
        raise ValidationError(
            "the extracted graph does not conform to the project's SHACL shapes; this is a bug in kg, "
            f"please report it with the article. Nothing was written. First problem: {first}")


def validate_file(path: Path) -> tuple[bool, str]:
    """(conforms, report) of an export file (Turtle, N-Triples or JSON-LD)."""
    from .errors import KgError
    from .store import rdf_format

    if not path.is_file():
        raise KgError(f"no such file: {path}")
    fmt = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld"}.get(
        rdf_format(path), "turtle")
    g = Graph()
    try:
        g.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        raise KgError(f"{path}: cannot parse as {fmt}: {err}") from err
    return validate_graph(g)
