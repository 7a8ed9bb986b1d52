"""The extraction pipeline for one article, and the merge of many into one graph.

read → segment → find mentions → resolve entities → relations (+ indicators) → things named by their
kind only keyed to the article.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import cache
from pathlib import Path

from .corpus import merge_graphs
from .indicators import extract_indicators
from .mentions import find_mentions
from .model import Article, ArticleGraph, KnowledgeGraph, PartialDate
from .rdf_export import entity_iri
from .reader import read_article
from .relations import extract_relations
from .resolver import resolve
from .scope import scope_kinds
from .segmenter import split_sentences

#: Bump when extraction changes meaning; cached results are also keyed by the code's own hash.
EXTRACTOR_VERSION = "1"


@cache
def extractor_fingerprint() -> str:
    """EXTRACTOR_VERSION plus a hash of the package's code and data files."""
    root = Path(__file__).parent
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in sorted(list(root.glob("*.py")) + list((root / "data").glob("*"))):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extract_article(article: Article) -> ArticleGraph:
    """Everything the extractor finds in one article."""
    if article.published is None:  # undated: the date of a page's header line, else a year the title names
        from .dates import header_date, infer_year

        year = infer_year(article.title)
        published = header_date(article.text) or (PartialDate(year) if year is not None else None)
        if published is not None:
            article = Article(article.id, article.title, article.text, article.source, published)
    sentences = split_sentences(article)
    named, generic = find_mentions(article, sentences)
    resolution = resolve(article, sentences, named, generic)
    relations = extract_relations(article, sentences, resolution)
    indicator_entities, indicator_relations = extract_indicators(article, sentences, resolution)
    entities = tuple(sorted(list(resolution.entities.values()) + indicator_entities, key=lambda e: e.key))
    graph = scope_kinds(ArticleGraph(article, sentences, entities, tuple(relations) + tuple(indicator_relations)))
    return replace(graph, entities=tuple(replace(e, iri=entity_iri(e)) for e in graph.entities))  # (made here,
    # in the extraction's processes, not in the export's)


def extract_file(path: Path, published: PartialDate | None = None) -> ArticleGraph:
    return extract_article(read_article(path, published))


def build_graph(paths: list[Path], published: PartialDate | None = None) -> KnowledgeGraph:
    """Read and extract every article, then merge: the one-process path."""
    return merge_graphs([extract_file(p, published) for p in paths])
