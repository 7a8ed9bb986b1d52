"""Every export file of a merged graph, written all-or-nothing.

kg.ttl (Turtle, the main artefact), kg.nt (N-Triples), kg.jsonld (JSON-LD with
a context), kg.graphml (for Gephi, networkx) and kg.html (the interactive page).
The graph is cut into blocks (kg.blocks) that kg.block_files writes; the page is
made from the entities' attributes. An incremental build (kg.build,
kg.corpus_state) splices the last files instead. Nothing is written unless every
file succeeds and the graph conforms to the shapes.
"""
from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from functools import cached_property
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
#: from this many relations the blocks are made by two processes
PARALLEL_FROM = 20_000


@dataclass(frozen=True)
class GraphBlocks:
    """A merged graph cut into blocks, with what the page is made of."""

    blocks: list[B.Block]  # (none when they were written into part files)
    page_nodes: dict[str, dict]  # entity key → node attributes
    page_edges: list[tuple[str, str, str, dict]]  # (source, target, predicate, attributes)


def graph_blocks(kg: KnowledgeGraph) -> GraphBlocks:
    """Every block of a merged graph, in sort-key order, with the page's attributes (one process)."""
    jobs = BlockJobs(kg, entity_iris(kg))
    nodes: dict[str, dict] = {}
    edges: list[tuple[str, str, str, dict]] = []
    return GraphBlocks([jobs.block(i, nodes, edges) for i in range(jobs.size())], nodes, edges)


def entity_iris(kg: KnowledgeGraph) -> Callable[[str], str]:
    """key → IRI of every entity, made once (before the work is shared between processes)."""
    return {e.key: e.iri or entity_iri(e) for e in kg.entities}.__getitem__  # (most made at extraction)


class BlockJobs:
    """Every block of the export by its position in sort-key order: the documents', the entities' (with
    the page's node and edge attributes, but an indicator's), the statements' and the used sentences'.
    What a part needs is made when first needed (two processes share the positions out)."""

    def __init__(self, kg: KnowledgeGraph, iri_of: Callable[[str], str]):
        self.kg, self.iri_of = kg, iri_of
        self.documents = sorted(kg.articles, key=lambda a: B.document_key(a.id))
        self.entities = sorted(kg.entities, key=lambda e: e.key)
        self._first_statement = len(self.documents) + len(self.entities)
        self.first_sentence = self._first_statement + len(kg.relations)

    def size(self) -> int:
        return self.first_sentence + len(self._sentences)

    def block(self, i: int, nodes: dict[str, dict], edges: list[tuple[str, str, str, dict]]) -> B.Block:
        """Block i (an entity's page attributes go into nodes and edges)."""
        if i < len(self.documents):
            return B.document_block(self.documents[i])
        if i < self._first_statement:
            return self._entity_block(self.entities[i - len(self.documents)], nodes, edges)
        if i < self.first_sentence:
            key, r = self._statements[i - self._first_statement]
            return B.statement_block(r, self.iri_of, key)
        return B.sentence_block(self._sentences[i - self.first_sentence])

    def _entity_block(self, e, nodes: dict[str, dict], edges: list[tuple[str, str, str, dict]]) -> B.Block:
        from .network_export import is_indicator, node_attributes

        by_subject, sentences, facts = self._entity_inputs
        rels = by_subject.get(e.key, [])
        if is_indicator(e.key):
            return B.entity_block(e, rels, self.iri_of)
        node, out_edges = node_attributes(e, rels, sentences, facts, self.iri_of(e.key))
        nodes[e.key] = node
        edges += [(e.key, t, p, d) for t, p, d in out_edges]
        return B.entity_block(e, rels, self.iri_of, B.graphml_block(e.key, node, out_edges))

    @cached_property
    def _entity_inputs(self) -> tuple[dict, dict, dict]:
        """(relations by subject, sentences by (article, index), the indicators' facts)."""
        from .network_export import indicator_facts

        kg = self.kg
        return (relations_by_subject(kg.relations), {(s.article_id, s.index): s for s in kg.sentences},
                indicator_facts(kg.relations))

    @cached_property
    def _statements(self) -> list:
        """(sort key, relation) of every relation, in sort-key order."""
        return sorted(((B.relation_sortkey(r), r) for r in self.kg.relations), key=itemgetter(0))

    @cached_property
    def _sentences(self) -> list:
        """The sentences some mention or evidence refers to, in sort-key order."""
        used = used_sentences(self.kg.entities, self.kg.relations)
        return sorted((s for s in self.kg.sentences if (s.article_id, s.index) in used),
                      key=lambda s: B.sentence_key(s.article_id, s.index))


#: blocks taken at a time by either export process
CHUNK = 1024


class SharedRange:
    """Positions 0 … n-1 shared out between two processes in chunks: one takes them from the front, the
    other from the back, until they meet (the faster one makes more). Made before the fork (its bounds
    are in shared memory). n is made (by ``size``) by the process taking from the back, outside the lock;
    the front may go up to ``floor`` (a bound of n known at once) before it must know n."""

    def __init__(self, size: Callable[[], int], floor: int):
        import multiprocessing

        self._bounds = multiprocessing.Array("q", [0, -1])  # front, back (-1: not known yet), with a lock
        self._size, self._floor = size, floor

    def take_front(self, count: int) -> range:
        while True:
            with self._bounds.get_lock():
                front, back = self._bounds[0], self._bounds[1]
                end = min(front + count, back if back >= 0 else self._floor)
                if end > front or back >= 0:
                    self._bounds[0] = max(end, front)
                    return range(front, max(end, front))
            self._know_back()  # (at the floor before the other took any: n is needed)

    def take_back(self, count: int) -> range:
        self._know_back()
        with self._bounds.get_lock():
            front, back = self._bounds[0], self._bounds[1]
            start = max(back - count, front)
            self._bounds[1] = start
        return range(start, back)

    def _know_back(self) -> None:
        if self._bounds[1] < 0:  # (read without the lock: only ever set once, from -1)
            n = self._size()  # (made outside the lock: the other process goes on meanwhile)
            with self._bounds.get_lock():
                if self._bounds[1] < 0:
                    self._bounds[1] = n


@dataclass
class Share:
    """What one export process made of the blocks: the part files it wrote, the block counts of the
    chunks it wrote them in when these came last first (None: all in sort-key order), and the page's
    attributes of its entities, in sort-key order. (Sent between the processes: kept small.)"""

    written: Stored
    chunks: list[int] | None
    nodes: dict[str, dict]
    edges: list[tuple[str, str, str, dict]]

    def parts(self) -> list[Stored]:
        """The written blocks as parts each in sort-key order: the whole, or one part a chunk."""
        if self.chunks is None:
            return [self.written]
        starts = list(itertools.accumulate(self.chunks, initial=0))
        return [_slice(self.written, starts[c], starts[c + 1]) for c in reversed(range(len(self.chunks)))]


def front_share(jobs: BlockJobs, shared: SharedRange, out_dir: Path) -> Share:
    """The blocks of the chunks taken from the front, written in sort-key order into one part."""
    nodes: dict[str, dict] = {}
    edges: list[tuple[str, str, str, dict]] = []

    def blocks() -> Iterator[B.Block]:
        while chunk := shared.take_front(CHUNK):
            for i in chunk:
                yield jobs.block(i, nodes, edges)

    return Share(write_part(blocks(), out_dir), None, nodes, edges)


def back_share(jobs: BlockJobs, shared: SharedRange, out_dir: Path) -> Share:
    """The blocks of the chunks taken from the back, written chunk by chunk as they are made (the last
    first), with the page's attributes put back in sort-key order."""
    chunks: list[tuple[int, dict[str, dict], list]] = []  # (blocks, nodes, edges) of each chunk taken

    def blocks() -> Iterator[B.Block]:
        while chunk := shared.take_back(CHUNK):
            nodes: dict[str, dict] = {}
            edges: list[tuple[str, str, str, dict]] = []
            chunks.append((len(chunk), nodes, edges))
            for i in chunk:
                yield jobs.block(i, nodes, edges)

    written = write_part(blocks(), out_dir)
    return Share(written, [count for count, _, _ in chunks],
                 {k: v for _, nodes, _ in reversed(chunks) for k, v in nodes.items()},
                 [edge for _, _, edges in reversed(chunks) for edge in edges])


def _slice(stored: Stored, i: int, j: int) -> Stored:
    """Blocks i … j-1 of a part, as a part of their own (in the same files)."""
    index = BlockIndex(stored.index.keys[i:j], {f: a[i:j] for f, a in stored.index.offsets.items()},
                       {f: a[i:j] for f, a in stored.index.lengths.items()}, stored.index.triples[i:j])
    return Stored(index, stored.paths)


def make_blocks(kg: KnowledgeGraph, out_dir: Path) -> tuple[GraphBlocks, list[B.Block | Run], list[Stored]]:
    """Every block made, as a plan for ``write_files`` in sort-key order. A large graph's blocks are
    made by two processes into part files, this one taking chunks of them from the front (documents,
    entities first), a forked one from the back (sentences, statements first), until they meet; returns
    the parts to discard after."""
    if len(kg.relations) < PARALLEL_FROM:
        parts = graph_blocks(kg)
        return parts, parts.blocks, []
    jobs = BlockJobs(kg, entity_iris(kg))  # (the IRIs made once, for both processes)
    shared = SharedRange(jobs.size, jobs.first_sentence)
    other = in_background(lambda: back_share(jobs, shared, out_dir))
    try:
        mine = front_share(jobs, shared, out_dir)
    except BaseException:
        discard(other().written.paths)
        raise
    try:
        theirs: Share = other()
    except BaseException:
        discard(mine.written.paths)
        raise
    return (GraphBlocks([], {**mine.nodes, **theirs.nodes}, mine.edges + theirs.edges),
            interleaved(mine.parts() + theirs.parts()), [mine.written, theirs.written])


def interleaved(parts: list[Stored]) -> list[Run]:
    """Runs of the blocks of parts (each in sort-key order, none sharing a key), all in sort-key order."""
    runs: list[Run] = []
    at = [0] * len(parts)
    while True:
        open_ = [p for p in range(len(parts)) if at[p] < len(parts[p].index.keys)]
        if not open_:
            return runs
        first = min(open_, key=lambda p: parts[p].index.keys[at[p]])
        keys = parts[first].index.keys
        following = [parts[p].index.keys[at[p]] for p in open_ if p != first]
        end = bisect_left(keys, min(following), at[first]) if following else len(keys)
        runs.append(Run(parts[first], at[first], end))
        at[first] = end


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


