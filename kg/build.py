"""``kg build``: articles → per-article graphs (parallel, cached) → merged graph → export files.

Per-article results are cached by the hash of the article's bytes, its metadata,
the publication date given and the extractor version, so adding one article to a
corpus extracts only that one. A file that cannot be read is skipped and
reported; the others are built.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .corpus import merge_graphs
from .errors import InputError
from .model import ArticleGraph, KnowledgeGraph, PartialDate
from .pipeline import extract_file, extractor_fingerprint
from .reader import META_SUFFIX, find_articles

CACHE_DIR = ".kg-cache"


@dataclass(frozen=True)
class BuildResult:
    graph: KnowledgeGraph
    files: tuple[Path, ...]
    triples: int
    skipped: tuple[tuple[str, str], ...]
    extracted: int = 0  # articles extracted in this run
    cached: int = 0  # articles whose cached extraction was reused


def run_build(paths: list[Path], out_dir: Path, published: PartialDate | None = None, jobs: int | None = None,
              use_cache: bool = True, validate: bool = True) -> BuildResult:
    """Build the graph of the articles under paths and write every export to out_dir."""
    from .exporters import export_all

    files = find_articles(paths)
    graphs, skipped, cached = extract_all(files, published, jobs, out_dir / CACHE_DIR if use_cache else None)
    if not graphs:
        if len(skipped) == 1:
            raise InputError(skipped[0][1])
        raise InputError(f"no article could be read ({len(skipped)} skipped)")
    _status(f"merging {len(graphs)} articles …", len(files))
    graph = merge_graphs(graphs)
    graph = KnowledgeGraph(graph.articles, graph.sentences, graph.entities, graph.relations, tuple(skipped))
    _status(f"checking and writing {len(graph.entities):,} entities, {len(graph.relations):,} relations …", len(files))
    written, triples = export_all(graph, out_dir, validate=validate)
    return BuildResult(graph, written, triples, tuple(skipped), len(graphs) - cached, cached)


def extract_all(files: list[Path], published: PartialDate | None, jobs: int | None,
                cache: Path | None) -> tuple[list[ArticleGraph], list[tuple[str, str]], int]:
    """Per-article graphs (from the cache where possible), the files skipped with the reason,
    and how many graphs came from the cache."""
    keys = {f: _cache_key(f, published) for f in files}
    graphs: dict[Path, ArticleGraph] = {}
    todo = []
    for f in files:
        cached = _load(cache, keys[f]) if cache and keys[f] else None
        if cached is not None:
            graphs[f] = cached
        else:
            todo.append(f)
    skipped: list[tuple[str, str]] = []
    workers = min(jobs or os.cpu_count() or 1, len(todo)) or 1
    results = _run(todo, published, workers)
    for f, outcome in zip(todo, results):
        if isinstance(outcome, ArticleGraph):
            graphs[f] = outcome
            if cache and keys[f]:
                _store(cache, keys[f], outcome)
        else:
            skipped.append((str(f), outcome))
    cached = len(files) - len(todo)
    return [graphs[f] for f in files if f in graphs], skipped, cached


def _extract_or_reason(args: tuple[Path, PartialDate | None]) -> ArticleGraph | str:
    path, published = args
    try:
        return extract_file(path, published)
    except InputError as err:
        return str(err)


def _run(todo: list[Path], published: PartialDate | None, workers: int) -> list:
    args = [(f, published) for f in todo]
    show = sys.stderr.isatty() and len(todo) > 1
    if workers <= 1 or len(todo) < 4:
        it = map(_extract_or_reason, args)
        return list(_progress(it, len(todo)) if show else it)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        it = pool.map(_extract_or_reason, args, chunksize=max(1, len(todo) // (workers * 8)))
        return list(_progress(it, len(todo)) if show else it)


def _status(message: str, articles: int) -> None:
    """A line on a terminal for the long steps of a corpus build (quiet otherwise)."""
    if articles > 1 and sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


def _progress(it, total: int):
    from tqdm import tqdm

    return tqdm(it, total=total, unit="article", desc="extracting", file=sys.stderr)


def _cache_key(path: Path, published: PartialDate | None) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    meta = path.with_name(path.stem + META_SUFFIX)
    h = hashlib.sha256(data)
    h.update(meta.read_bytes() if meta.is_file() else b"")
    h.update(f"|{published.iso() if published else ''}|{extractor_fingerprint()}|{path.stem}|{path.as_posix()}".encode())
    return h.hexdigest()


def _load(cache: Path, key: str) -> ArticleGraph | None:
    try:
        with (cache / f"{key}.pickle").open("rb") as fh:
            value = pickle.load(fh)
        return value if isinstance(value, ArticleGraph) else None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        return None


def _store(cache: Path, key: str, graph: ArticleGraph) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".{key}.{os.getpid()}.tmp"
    with tmp.open("wb") as fh:
        pickle.dump(graph, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, cache / f"{key}.pickle")
