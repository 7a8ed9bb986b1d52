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


#: above this many triples the graph is validated article by article (pySHACL's cost grows fast)
WHOLE_GRAPH_LIMIT = 60_000


def check_export(kg) -> None:
    """Validate what kg build is about to write: the whole graph, or each article's part of it."""
    from .model import KnowledgeGraph
    from .rdf_export import to_rdf

    whole = to_rdf(kg) if len(kg.relations) * 6 + len(kg.entities) * 5 <= WHOLE_GRAPH_LIMIT else None
    if whole is not None:
        check_graph(whole)
        return
    for article in kg.articles:  # an entity keeps its merged label and class in every part
        keep = {e.key for e in kg.entities if any(m.article_id == article.id for m in e.mentions)}
        part = KnowledgeGraph((article,), tuple(s for s in kg.sentences if s.article_id == article.id),
                              tuple(e for e in kg.entities if e.key in keep),
                              tuple(r for r in kg.relations if r.subject in keep
                                    and (not r.object_is_entity or r.object in keep)
                                    and any(m.article_id == article.id for m in r.evidence)))
        check_graph(to_rdf(part))


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
