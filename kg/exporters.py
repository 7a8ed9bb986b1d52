"""Every export file of a merged graph, written all-or-nothing.

kg.ttl (Turtle, the main artefact), kg.nt (N-Triples), kg.jsonld (JSON-LD with
a context), kg.graphml (for Gephi, networkx) and kg.html (the interactive page).
The graph is cut into blocks (kg.blocks) that kg.block_files writes; the page is
made from the entities' attributes. An incremental build (kg.build,
kg.corpus_state) splices the last files instead. Nothing is written unless every
file succeeds and the graph conforms to the shapes.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from . import blocks as B
from .block_files import (
    BlockIndex,
    Run,
    Stored,
    write_files,
    write_part,
)
from .model import KnowledgeGraph
from .parallel import in_background
from .rdf_export import entity_iri, relations_by_subject, used_sentences
from .writer import commit, discard, write_temp

FILES = ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html")
#: from this many relations the provenance blocks are made in a second process
PARALLEL_FROM = 20_000


@dataclass(frozen=True)
class GraphBlocks:
    """A merged graph cut into blocks, with what the page is made of."""

    blocks: list[B.Block]  # (none when they were written into part files)
    page_nodes: dict[str, dict]  # entity key → node attributes
    page_edges: list[tuple[str, str, str, dict]]  # (source, target, predicate, attributes)


def graph_blocks(kg: KnowledgeGraph) -> GraphBlocks:
    """Every block of a merged graph, in sort-key order."""
    iri_of = entity_iris(kg)
    parts = entity_blocks(kg, iri_of)
    return GraphBlocks(sorted([*parts.blocks, *provenance_blocks(kg, iri_of)], key=lambda b: b.sortkey),
                       parts.page_nodes, parts.page_edges)


def entity_iris(kg: KnowledgeGraph) -> Callable[[str], str]:
    """key → IRI of every entity, made once (before the work is shared between processes)."""
    return {e.key: entity_iri(e) for e in kg.entities}.__getitem__


def entity_blocks(kg: KnowledgeGraph, iri_of: Callable[[str], str]) -> GraphBlocks:
    """The entities' blocks (with their GraphML), and the page's node and edge attributes."""
    nodes: dict[str, dict] = {}
    edges: list[tuple[str, str, str, dict]] = []
    return GraphBlocks(list(entity_blocks_into(kg, iri_of, nodes, edges)), nodes, edges)


def entity_blocks_into(kg: KnowledgeGraph, iri_of: Callable[[str], str], nodes: dict[str, dict],
                       edges: list[tuple[str, str, str, dict]], indicators: bool = True) -> Iterator[B.Block]:
    """The entities' blocks (with their GraphML) in sort-key order, made one by one; the page's
    node and edge attributes go into nodes and edges meanwhile (indicators: theirs too, which have
    none of these)."""
    from .network_export import indicator_facts, is_indicator, node_attributes

    by_subject = relations_by_subject(kg.relations)
    sentences = {(s.article_id, s.index): s for s in kg.sentences}
    facts = indicator_facts(kg.relations)
    for e in sorted((e for e in kg.entities if indicators or not is_indicator(e.key)), key=lambda e: e.key):
        rels = by_subject.get(e.key, [])
        graphml = ""
        if not is_indicator(e.key):
            node, out_edges = node_attributes(e, rels, sentences, facts, iri_of(e.key))
            nodes[e.key] = node
            edges += [(e.key, t, p, d) for t, p, d in out_edges]
            graphml = B.graphml_block(e.key, node, out_edges)
        yield B.entity_block(e, rels, iri_of, graphml)


def provenance_blocks(kg: KnowledgeGraph, iri_of: Callable[[str], str], indicators: bool = False) -> Iterator[B.Block]:
    """The documents', statements' and sentences' blocks (indicators: and the indicators' own, which
    need no page attributes), in sort-key order, made one by one."""
    from .network_export import is_indicator

    used = used_sentences(kg.entities, kg.relations)
    for a in sorted(kg.articles, key=lambda a: B.document_key(a.id)):
        yield B.document_block(a)
    if indicators:
        by_subject = relations_by_subject(r for r in kg.relations if is_indicator(r.subject))
        for e in sorted((e for e in kg.entities if is_indicator(e.key)), key=lambda e: e.key):
            yield B.entity_block(e, by_subject.get(e.key, []), iri_of)
    for key, r in sorted(((B.relation_sortkey(r), r) for r in kg.relations), key=itemgetter(0)):
        yield B.statement_block(r, iri_of, key)
    for s in sorted((s for s in kg.sentences if (s.article_id, s.index) in used),
                    key=lambda s: B.sentence_key(s.article_id, s.index)):
        yield B.sentence_block(s)


def make_blocks(kg: KnowledgeGraph, out_dir: Path) -> tuple[GraphBlocks, list[B.Block | Run], list[Stored]]:
    """Every block made, as a plan for ``write_files`` in sort-key order. A large graph's
    provenance blocks (documents, statements, sentences) are made by a forked process into
    part files while this one makes the entities' into its own; returns the parts to discard after."""
    if len(kg.relations) < PARALLEL_FROM:
        parts = graph_blocks(kg)
        return parts, parts.blocks, []
    # each process makes the entities' IRIs itself (the other starts at once) and writes its
    # blocks into part files as it makes them; the files are then copied from the parts (the other
    # makes the indicators' blocks too: they need no page attributes, and this one has more to do)
    other = in_background(lambda: write_part(provenance_blocks(kg, entity_iris(kg), indicators=True), out_dir))
    nodes: dict[str, dict] = {}
    edges: list[tuple[str, str, str, dict]] = []
    try:
        mine = write_part(entity_blocks_into(kg, entity_iris(kg), nodes, edges, indicators=False), out_dir)
    except BaseException:
        discard(other().paths)
        raise
    try:
        stored: Stored = other()
    except BaseException:
        discard(mine.paths)
        raise
    return GraphBlocks([], nodes, edges), interleaved(stored, mine), [stored, mine]


def interleaved(a: Stored, b: Stored) -> list[Run]:
    """Runs of the blocks of two parts (each in sort-key order), all in sort-key order."""
    keys_a, keys_b = a.index.keys, b.index.keys
    runs: list[Run] = []
    i = j = 0
    while i < len(keys_a) or j < len(keys_b):
        if j == len(keys_b) or (i < len(keys_a) and keys_a[i] < keys_b[j]):
            end = bisect_left(keys_a, keys_b[j], i) if j < len(keys_b) else len(keys_a)
            runs.append(Run(a, i, end))
            i = end
        else:
            end = bisect_left(keys_b, keys_a[i], j) if i < len(keys_a) else len(keys_b)
            runs.append(Run(b, j, end))
            j = end
    return runs


def full_page(parts: GraphBlocks, title: str) -> str:
    """The page of a full build, from the entities' attributes."""
    from .html_export import best_linked, page_edge, page_node, page_of

    degrees = degrees_of(parts.page_nodes, ((s, o) for s, o, _, _ in parts.page_edges))
    shown = set(best_linked(degrees))
    nodes = {k: page_node(parts.page_nodes[k]) for k in shown}
    edges = [page_edge(s, o, p, d) for s, o, p, d in parts.page_edges if s in shown and o in shown]
    return page_of(nodes, edges, len(degrees), title)


def degrees_of(keys: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, int]:
    degrees = dict.fromkeys(keys, 0)
    for s, o in edges:
        degrees[s] += 1
        degrees[o] += 1
    return degrees


def page_title(articles: int, first_title: str) -> str:
    return first_title if articles == 1 else f"{articles} 篇文章的知识图谱"


def export_all(kg: KnowledgeGraph, out_dir: Path, validate: bool = True,
               keep: Callable[[GraphBlocks, BlockIndex], Callable] | None = None) -> tuple[tuple[Path, ...], int]:
    """Write every export of kg into out_dir; returns the paths and the number of triples.
    ``keep`` is called with the blocks and their index once the files are made; it returns a
    function to wait for (what it started beside the page) before the files are committed."""
    from .validate import check_export

    checking = in_background(lambda: check_export(kg)) if validate else None
    temps: dict[Path, Path] = {}
    paging = None
    try:
        parts, plan, stored = make_blocks(kg, out_dir)
        title = page_title(len(kg.articles), kg.articles[0].title if kg.articles else "")
        # the page is made by another process while this one writes the files
        paging = in_background(lambda: write_temp(out_dir / "kg.html", full_page(parts, title)))
        try:
            rdf_temps, index = write_files(plan, out_dir)
        finally:
            for part in stored:
                discard(part.paths)
        temps.update(rdf_temps)
        keeping = keep(parts, index) if keep is not None else None
        page, paging = paging(), None
        temps[out_dir / "kg.html"] = page
        if checking is not None:
            checking()  # raises ValidationError: then nothing is written
        if keeping is not None:
            keeping()
    except BaseException:
        if paging is not None:  # its file is discarded too; the first error is the one raised
            with suppress(Exception):
                temps[out_dir / "kg.html"] = paging()
        discard(temps)
        raise
    commit(temps)
    return tuple(out_dir / name for name in FILES), sum(index.triples)


