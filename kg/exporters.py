"""All export files of a graph, written all-or-nothing, whole or by splicing changed blocks.

kg.ttl (Turtle, the main artefact), kg.nt (N-Triples), kg.jsonld (JSON-LD with
a context), kg.graphml (for Gephi, networkx) and kg.html (the interactive page).
Each RDF/GraphML file is a header, blocks in sort-key order and a footer
(kg.blocks); a full build writes every block, an incremental build
(kg.corpus_state) copies the unchanged byte ranges of the last files and writes
only the new blocks. Nothing is written unless every file succeeds and the
graph conforms to the shapes.
"""
from __future__ import annotations

import multiprocessing
import os
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import blocks as B
from .model import KnowledgeGraph
from .rdf_export import iri_function, used_sentences
from .writer import commit, discard, write_temp

FILES = ("kg.ttl", "kg.nt", "kg.jsonld", "kg.graphml", "kg.html")
FILE_OF = {"nt": "kg.nt", "ttl": "kg.ttl", "jsonld": "kg.jsonld", "graphml": "kg.graphml"}
#: from this many blocks the Turtle and JSON-LD of blocks are made in two processes
PARALLEL_FROM = 20_000


@dataclass
class BlockIndex:
    """Where each block is in each file of the last build: sort keys, byte offsets and lengths."""

    keys: list[str] = field(default_factory=list)
    offsets: dict[str, array] = field(default_factory=lambda: {f: array("q") for f in B.FORMATS})
    lengths: dict[str, array] = field(default_factory=lambda: {f: array("q") for f in B.FORMATS})
    triples: array = field(default_factory=lambda: array("q"))  # N-Triples lines of each block


@dataclass(frozen=True)
class Rendered:
    """One block in every format, as UTF-8 bytes."""

    sortkey: str
    texts: dict[str, bytes]


@dataclass(frozen=True)
class GraphBlocks:
    """A merged graph cut into blocks, with what the page is made of."""

    blocks: list[B.Block]
    page_nodes: dict[str, dict]  # entity key → node attributes
    page_edges: list[tuple[str, str, str, dict]]  # (source, target, predicate, attributes)


def graph_blocks(kg: KnowledgeGraph) -> GraphBlocks:
    """Every block of a merged graph, in sort-key order."""
    parts = entity_blocks(kg)
    return GraphBlocks(sorted(parts.blocks + provenance_blocks(kg), key=lambda b: b.sortkey),
                       parts.page_nodes, parts.page_edges)


def entity_blocks(kg: KnowledgeGraph) -> GraphBlocks:
    """The entities' blocks (with their GraphML), and the page's node and edge attributes."""
    from .network_export import indicator_facts, is_indicator, node_attributes

    iri_of = iri_function({e.key: e for e in kg.entities})
    by_subject = _by_subject(kg)
    sentences = {(s.article_id, s.index): s for s in kg.sentences}
    facts = indicator_facts(kg.relations)
    out: list[B.Block] = []
    nodes: dict[str, dict] = {}
    edges: list[tuple[str, str, str, dict]] = []
    for e in kg.entities:
        rels = by_subject.get(e.key, [])
        graphml = ""
        if not is_indicator(e.key):
            node, out_edges = node_attributes(e, rels, sentences, facts)
            nodes[e.key] = node
            edges += [(e.key, t, p, d) for t, p, d in out_edges]
            graphml = B.graphml_block(e.key, node, out_edges)
        out.append(B.entity_block(e, rels, iri_of, graphml))
    return GraphBlocks(out, nodes, edges)


def provenance_blocks(kg: KnowledgeGraph) -> list[B.Block]:
    """The documents', statements' and sentences' blocks."""
    iri_of = iri_function({e.key: e for e in kg.entities})
    used = used_sentences(kg.entities, kg.relations)
    out = [B.document_block(a) for a in kg.articles]
    out += [B.statement_block(r, iri_of) for r in kg.relations]
    out += [B.sentence_block(s) for s in kg.sentences if (s.article_id, s.index) in used]
    return out


def _by_subject(kg: KnowledgeGraph) -> dict[str, list]:
    by_subject: dict[str, list] = {}
    for r in kg.relations:
        by_subject.setdefault(r.subject, []).append(r)
    return by_subject


def make_blocks(kg: KnowledgeGraph, out_dir: Path) -> tuple[GraphBlocks, list[Rendered | Run], list[Stored]]:
    """Every block made and rendered, as a plan for ``write_files`` in sort-key order. A large
    graph's provenance blocks (documents, statements, sentences) are made by a forked process
    into part files while this one makes the entities'; returns the parts to discard after."""
    if len(kg.relations) < PARALLEL_FROM:
        parts = graph_blocks(kg)
        return parts, list(render_blocks(parts.blocks)), []
    other = in_background(lambda: write_part(render_blocks(sorted(provenance_blocks(kg), key=lambda b: b.sortkey)),
                                             out_dir))
    try:
        parts = entity_blocks(kg)
        mine = render_blocks(sorted(parts.blocks, key=lambda b: b.sortkey))
    except BaseException:
        discard(other().paths)
        raise
    stored: Stored = other()
    documents = bisect_left(stored.index.keys, "1")
    plan = [Run(stored, 0, documents), *mine, Run(stored, documents, len(stored.index.keys))]
    return parts, [item for item in plan if not isinstance(item, Run) or item.i < item.j], [stored]


#: blocks per pyoxigraph call
BATCH = 2000


def render_blocks(blocks: list[B.Block]) -> list[Rendered]:
    """Every format of every block (pyoxigraph called once per BATCH blocks)."""
    out = []
    for i in range(0, len(blocks), BATCH):
        batch = blocks[i:i + BATCH]
        for b, (ttl, jsonld) in zip(batch, B.render_many(batch)):
            out.append(Rendered(b.sortkey, {"nt": b.nt.encode("utf-8"), "ttl": ttl.encode("utf-8"),
                                            "jsonld": jsonld.encode("utf-8"),
                                            "graphml": b.graphml.encode("utf-8")}))
    return out


def shown_nodes(degrees: dict[str, int]) -> list[str]:
    """The entities on the page: all of a small graph, the best-linked MAX_NODES of a large one."""
    from .html_export import MAX_NODES

    return sorted(degrees, key=lambda k: (-degrees[k], k))[:MAX_NODES]


def page_html(nodes, edges, total: int, title: str) -> str:
    """The page of the shown nodes (kg.html_export.PageNode by key) and the edges among them."""
    from .html_export import MAX_NODES, render_page

    if total > MAX_NODES:
        title = f"{title} — {MAX_NODES} / {total}"
    return render_page(nodes, edges, title)


def full_page(parts: GraphBlocks, title: str) -> str:
    from .html_export import page_edge, page_node

    degrees = degrees_of(parts.page_nodes, ((s, o) for s, o, _, _ in parts.page_edges))
    shown = set(shown_nodes(degrees))
    nodes = {k: page_node(parts.page_nodes[k]) for k in shown}
    edges = [page_edge(s, o, p, d) for s, o, p, d in parts.page_edges if s in shown and o in shown]
    return page_html(nodes, edges, len(degrees), title)


def degrees_of(keys: Iterable[str], edges: Iterable[tuple[str, str]]) -> dict[str, int]:
    degrees = dict.fromkeys(keys, 0)
    for s, o in edges:
        degrees[s] += 1
        degrees[o] += 1
    return degrees


def page_title(articles: int, first_title: str) -> str:
    return first_title if articles == 1 else f"{articles} 篇文章的知识图谱"


@dataclass(frozen=True)
class Stored:
    """Blocks already written in files (the last build's export, or a part made by another
    process): where each block lies in the file of each format."""

    index: BlockIndex
    paths: dict[str, Path]


@dataclass(frozen=True)
class Run:
    """Blocks i … j-1 of stored files, copied as one byte range."""

    stored: Stored
    i: int
    j: int


def write_files(plan: list[Rendered | Run], out_dir: Path) -> tuple[dict[Path, Path], BlockIndex]:
    """Every RDF/GraphML file from the plan's blocks, to temporary files; with their block index."""
    index = _plan_index(plan)
    temps: dict[Path, Path] = {}
    try:
        for fmt in B.FORMATS:
            target = out_dir / FILE_OF[fmt]
            temps[target] = _write(target, fmt, plan, index, framed=True)
    except BaseException:
        discard(temps)
        raise
    return temps, index


def write_part(rendered: list[Rendered], out_dir: Path) -> Stored:
    """Rendered blocks into temporary part files (no header or footer), for another process to copy."""
    index = _plan_index(rendered)
    paths: dict[str, Path] = {}
    try:
        for fmt in B.FORMATS:
            paths[fmt] = _write(out_dir / f"part-{FILE_OF[fmt]}", fmt, rendered, index, framed=False)
    except BaseException:
        discard(paths)
        raise
    return Stored(index, paths)


def _plan_index(plan: list[Rendered | Run]) -> BlockIndex:
    index = BlockIndex()
    for item in plan:
        if isinstance(item, Rendered):
            index.keys.append(item.sortkey)
            index.triples.append(item.texts["nt"].count(b"\n"))
        else:
            index.keys += item.stored.index.keys[item.i:item.j]
            index.triples += item.stored.index.triples[item.i:item.j]
    return index


def splice_files(old: BlockIndex, removed: set[str], rendered: list[Rendered],
                 out_dir: Path) -> tuple[dict[Path, Path], BlockIndex]:
    """The files of the last build with the removed blocks left out and the rendered ones put
    in their places (copied byte ranges, not re-made); with the new block index."""
    last = Stored(old, {fmt: out_dir / FILE_OF[fmt] for fmt in B.FORMATS})
    replaced = removed | {r.sortkey for r in rendered}
    new = sorted(rendered, key=lambda r: r.sortkey)
    plan: list[Rendered | Run] = []
    start = 0
    cuts = sorted({bisect_left(old.keys, r.sortkey) for r in new}
                  | {i for i in (bisect_left(old.keys, k) for k in replaced) if i < len(old.keys)
                     and old.keys[i] in replaced})
    waiting = iter(new)
    pending = next(waiting, None)
    for cut in [*cuts, len(old.keys)]:
        if start < cut:
            plan.append(Run(last, start, cut))
            start = cut
        while pending is not None and (cut == len(old.keys) or pending.sortkey <= old.keys[cut]):
            plan.append(pending)
            pending = next(waiting, None)
        if cut < len(old.keys) and old.keys[cut] in replaced:
            start = cut + 1
    return write_files(plan, out_dir)


def _write(target: Path, fmt: str, plan: list[Rendered | Run], index: BlockIndex, framed: bool) -> Path:
    """Header, the plan's blocks with separators, footer, into a temporary file beside target
    (whose block offsets and lengths go into index): rendered blocks are written, runs of stored
    blocks copied as one byte range each."""
    header, sep, footer = (part.encode("utf-8") for part in B.frame(fmt))
    if not framed:
        header = footer = b""
    offsets, lengths = index.offsets[fmt], index.lengths[fmt]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    sources: dict[Path, object] = {}
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(header)
            pos = len(header)
            for n, item in enumerate(plan):
                if n:
                    fh.write(sep)
                    pos += len(sep)
                if isinstance(item, Rendered):
                    text = item.texts[fmt]
                    fh.write(text)
                    offsets.append(pos)
                    lengths.append(len(text))
                    pos += len(text)
                    continue
                stored, i, j = item.stored, item.i, item.j
                path = stored.paths[fmt]
                if path not in sources:
                    sources[path] = path.open("rb")
                first = stored.index.offsets[fmt][i]
                end = stored.index.offsets[fmt][j - 1] + stored.index.lengths[fmt][j - 1]
                _copy(sources[path], first, end - first, fh)
                shift = pos - first
                offsets.extend(o + shift for o in stored.index.offsets[fmt][i:j])
                lengths.extend(stored.index.lengths[fmt][i:j])
                pos += end - first
            fh.write(footer)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        for source in sources.values():
            source.close()
    return Path(tmp)


def _copy(source, start: int, length: int, fh) -> None:
    fh.flush()
    done = 0
    while done < length:
        try:
            n = os.copy_file_range(source.fileno(), fh.fileno(), length - done, start + done)
        except (AttributeError, OSError):
            source.seek(start + done)
            data = source.read(length - done)
            fh.write(data)
            fh.flush()
            n = len(data)
        if n == 0:
            raise OSError(f"{source.name}: shorter than the block index says")
        done += n


def export_all(kg: KnowledgeGraph, out_dir: Path, validate: bool = True,
               keep: Callable[[GraphBlocks, BlockIndex], Callable] | None = None) -> tuple[tuple[Path, ...], int]:
    """Write every export of kg into out_dir; returns the paths and the number of triples.
    ``keep`` is called with the blocks and their index once the files are made; it returns a
    function to wait for (what it started beside the page) before the files are committed."""
    from .validate import check_export

    checking = in_background(lambda: check_export(kg)) if validate else None
    temps: dict[Path, Path] = {}
    try:
        parts, plan, stored = make_blocks(kg, out_dir)
        try:
            rdf_temps, index = write_files(plan, out_dir)
        finally:
            for part in stored:
                discard(part.paths)
        temps.update(rdf_temps)
        keeping = keep(parts, index) if keep is not None else None
        title = page_title(len(kg.articles), kg.articles[0].title if kg.articles else "")
        temps[out_dir / "kg.html"] = write_temp(out_dir / "kg.html", full_page(parts, title))
        if checking is not None:
            checking()  # raises ValidationError: then nothing is written
        if keeping is not None:
            keeping()
    except BaseException:
        discard(temps)
        raise
    commit(temps)
    return tuple(out_dir / name for name in FILES), sum(index.triples)


def in_background(work: Callable[[], object]) -> Callable[[], object]:
    """Run work in a forked process (when there are cores to spare); returns a function that
    waits and gives its result, or raises its exception. Without fork, work runs at once."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        try:
            result, error = work(), None
        except Exception as err:  # raised when the caller asks for the result, as with fork
            result, error = None, err
        return lambda: _result(result, error)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send((work(), None))
        except Exception as err:  # sent back to the parent, which raises it
            send.send((None, err))

    process = context.Process(target=child, daemon=True)
    process.start()
    send.close()

    def wait():
        try:
            result, error = receive.recv()
        except EOFError:
            result, error = None, RuntimeError("a background export process died")
        process.join()
        return _result(result, error)

    return wait


def prepared_in_background(prepare: Callable[[], None], work: Callable[[], object]):
    """Fork now a process that runs prepare (imports, say) at once and work only when told:
    returns (go, wait). Without fork, both run when go is called."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        pending: list = []

        def go_here() -> None:
            prepare()
            pending.append(in_background(work))

        return go_here, lambda: pending[0]()
    context = multiprocessing.get_context("fork")
    signal = context.Event()

    def ready_then_work():
        prepare()
        signal.wait()
        return work()

    return signal.set, in_background(ready_then_work)


def _result(result, error):
    if error is not None:
        raise error
    return result


def find(keys: list[str], prefix: str) -> range:
    """Positions of the sorted keys that start with prefix."""
    start = bisect_left(keys, prefix)
    end = start
    while end < len(keys) and keys[end].startswith(prefix):
        end += 1
    return range(start, end)
