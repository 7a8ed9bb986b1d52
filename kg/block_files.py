"""Export files as blocks: files written from blocks (kg.blocks, each in every format) or
spliced from the last files, with an index of where each block lies.

A file is a header, its blocks (joined by the format's separator) and a footer
(kg.blocks.frame). A *plan* lists, in sort-key order, blocks to write and
runs of blocks already stored in files (the last build's export, or a part made
by another process) to copy as whole byte ranges.
"""
from __future__ import annotations

import os
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, groupby, islice
from pathlib import Path

from . import blocks as B
from .writer import discard

FILE_OF = {"nt": "kg.nt", "ttl": "kg.ttl", "jsonld": "kg.jsonld", "graphml": "kg.graphml"}


@dataclass
class BlockIndex:
    """Where each block lies in each file of an export (or of a part): sort keys, byte offsets and lengths."""

    keys: list[str] = field(default_factory=list)
    offsets: dict[str, array] = field(default_factory=lambda: {f: array("q") for f in B.FORMATS})
    lengths: dict[str, array] = field(default_factory=lambda: {f: array("q") for f in B.FORMATS})
    triples: array = field(default_factory=lambda: array("q"))  # N-Triples lines of each block


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


def write_files(plan: list[B.Block | Run], out_dir: Path) -> tuple[dict[Path, Path], BlockIndex]:
    """Every RDF/GraphML file from the plan's blocks, to temporary files; with their block index."""
    index = _plan_index(plan)
    temps: dict[Path, Path] = {}
    try:
        for fmt in B.FORMATS:
            target = out_dir / FILE_OF[fmt]
            temps[target] = _write(target, fmt, plan, index)
    except BaseException:
        discard(temps)
        raise
    return temps, index


def write_part(blocks: Iterable[B.Block], out_dir: Path) -> Stored:
    """Blocks (in sort-key order, made as they are written: memory stays flat) into temporary
    part files (no header or footer), for another process to copy."""
    index = BlockIndex()
    seps = {fmt: B.frame(fmt)[1].encode("utf-8") for fmt in B.FORMATS}
    paths: dict[str, Path] = {}
    files = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        for fmt in B.FORMATS:
            fd, tmp = tempfile.mkstemp(prefix=f".part-{FILE_OF[fmt]}.", suffix=".tmp", dir=out_dir)
            paths[fmt], files[fmt] = Path(tmp), os.fdopen(fd, "wb")
        positions = dict.fromkeys(B.FORMATS, 0)
        iterator = iter(blocks)
        while batch := list(islice(iterator, WRITE_BATCH)):
            index.keys += [b.sortkey for b in batch]
            index.triples.extend(b.texts["nt"].count(b"\n") for b in batch)
            for fmt in B.FORMATS:
                positions[fmt] = _write_blocks(files[fmt], fmt, batch, seps[fmt], positions[fmt], index.offsets[fmt],
                                               index.lengths[fmt], after=len(index.keys) > len(batch))
        for fh in files.values():
            fh.close()
    except BaseException:
        for fh in files.values():
            fh.close()
        discard(paths)
        raise
    return Stored(index, paths)


def _plan_index(plan: list[B.Block | Run]) -> BlockIndex:
    index = BlockIndex()
    for item in plan:
        if isinstance(item, B.Block):
            index.keys.append(item.sortkey)
            index.triples.append(item.texts["nt"].count(b"\n"))
        else:
            index.keys += item.stored.index.keys[item.i:item.j]
            index.triples += item.stored.index.triples[item.i:item.j]
    return index


def splice_files(old: BlockIndex, removed: set[str], blocks: list[B.Block],
                 out_dir: Path) -> tuple[dict[Path, Path], BlockIndex]:
    """The files of the last build with the removed blocks left out and the new ones put
    in their places (copied byte ranges, not re-made); with the new block index."""
    last = Stored(old, {fmt: out_dir / FILE_OF[fmt] for fmt in B.FORMATS})
    replaced = removed | {b.sortkey for b in blocks}
    new = sorted(blocks, key=lambda b: b.sortkey)
    plan: list[B.Block | Run] = []
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


def _write(target: Path, fmt: str, plan: list[B.Block | Run], index: BlockIndex) -> Path:
    """Header, the plan's blocks with separators, footer, into a temporary file beside target
    (whose block offsets and lengths go into index): new blocks are written, runs of stored
    blocks copied as one byte range each."""
    header, sep, footer = (part.encode("utf-8") for part in B.frame(fmt))
    offsets, lengths = index.offsets[fmt], index.lengths[fmt]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    sources: dict[Path, object] = {}
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(header)
            pos, started = len(header), False
            for i in range(0, len(plan), WRITE_BATCH):
                for new, items in groupby(plan[i:i + WRITE_BATCH], key=lambda item: isinstance(item, B.Block)):
                    if new:
                        pos = _write_blocks(fh, fmt, list(items), sep, pos, offsets, lengths, after=started)
                        started = True
                        continue
                    for item in items:
                        if started:
                            fh.write(sep)
                            pos += len(sep)
                        pos = _write_run(fh, fmt, item, sources, pos, offsets, lengths)
                        started = True
            fh.write(footer)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        for source in sources.values():
            source.close()
    return Path(tmp)


#: blocks joined into one write
WRITE_BATCH = 4096


def _write_blocks(fh, fmt: str, items: list[B.Block], sep: bytes, pos: int, offsets: array, lengths: array,
                    after: bool) -> int:
    """Blocks (after an earlier block: each preceded by sep) in one write; returns the new position."""
    texts = [item.texts[fmt] for item in items]
    sizes = array("q", map(len, texts))
    data = sep.join(texts)
    if after:
        data = sep + data
        pos += len(sep)
    offsets.extend(accumulate((size + len(sep) for size in sizes[:-1]), initial=pos))
    lengths.extend(sizes)
    fh.write(data)
    return pos + len(data) - (len(sep) if after else 0)


def _write_run(fh, fmt: str, run: Run, sources: dict, pos: int, offsets: array, lengths: array) -> int:
    """A run of stored blocks copied as one byte range; returns the new position."""
    stored, i, j = run.stored, run.i, run.j
    path = stored.paths[fmt]
    if path not in sources:
        sources[path] = path.open("rb")
    first = stored.index.offsets[fmt][i]
    end = stored.index.offsets[fmt][j - 1] + stored.index.lengths[fmt][j - 1]
    _copy(sources[path], first, end - first, fh)
    shift = pos - first
    offsets.extend(o + shift for o in stored.index.offsets[fmt][i:j])
    lengths.extend(stored.index.lengths[fmt][i:j])
    return pos + end - first


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
