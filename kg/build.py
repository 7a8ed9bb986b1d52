"""``kg build``: articles → per-article graphs (parallel, cached) → merged graph → export files.

Per-article results are cached by the hash of the article's bytes, its metadata,
the publication date given and the extractor version, so adding one article to a
corpus extracts only that one; and when the articles are the last build's plus
new ones, the new ones are merged into the last build's state (kg.corpus_state)
and its files spliced, not made again. A file that cannot be read is skipped and
reported; the others are built.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sqlite3
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from . import corpus_state
from .corpus import merge_with_lookup
from .errors import InputError, KgError
from .model import ArticleGraph, PartialDate
from .pipeline import extract_file, extractor_fingerprint
from .reader import META_SUFFIX, find_articles

CACHE_DIR = ".kg-cache"


@dataclass(frozen=True)
class BuildResult:
    articles: int
    classes: dict[str, int]  # entities per class
    relations: int
    files: tuple[Path, ...]
    triples: int
    skipped: tuple[tuple[str, str], ...]
    extracted: int = 0  # articles extracted in this run
    cached: int = 0  # articles whose cached extraction was reused
    #: "full" (every file made), "updated" (new articles merged into the last build's files)
    #: or "up to date" (nothing new: nothing written)
    mode: str = "full"


def run_build(paths: list[Path], out_dir: Path, published: PartialDate | None = None, jobs: int | None = None,
              use_cache: bool = True, validate: bool = True) -> BuildResult:
    """Build the graph of the articles under paths and write every export to out_dir.

    With the cache, a build whose articles are the last build's plus new ones merges
    only the new ones into the last build's state and splices the files.

    The cyclic garbage collector is paused meanwhile: a build makes millions of
    long-lived objects and almost no cycles, and the collector scanning them again
    and again took a quarter of a corpus build (peak memory is the same without it).
    """
    with gc_paused(), _only_build(out_dir):
        return _build(paths, out_dir, published, jobs, use_cache, validate)


@contextmanager
def _only_build(out_dir: Path):
    """Hold OUT/.kg-cache/lock: a second kg build into the same folder stops with an error
    instead of interleaving its files and state with this one's. Holding it, remove the
    temporary files a killed build left there."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system: no lock
        yield
        return
    lock_dir = out_dir / CACHE_DIR
    lock_dir.mkdir(parents=True, exist_ok=True)
    with (lock_dir / "lock").open("w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            raise KgError(f"another kg build is writing to {out_dir}; wait for it to finish") from err
        from .exporters import FILES
        from .writer import remove_leftovers

        remove_leftovers(out_dir, FILES)
        remove_leftovers(lock_dir, ("*",))
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextmanager
def gc_paused():
    """The cyclic garbage collector off inside (and in processes forked meanwhile)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(paths: list[Path], out_dir: Path, published: PartialDate | None, jobs: int | None,
           use_cache: bool, validate: bool) -> BuildResult:
    from collections import Counter

    from .exporters import export_all
    from .parallel import in_background

    files = find_articles(paths)
    cache = out_dir / CACHE_DIR if use_cache else None
    stamps = {f: _file_stamp(f, published) for f in files}
    known = corpus_state.known_keys(cache) if cache is not None else {}
    keys = {f: known.get(stamps[f]) or _cache_key(f, published) for f in files}
    if cache is not None:
        try:
            result = _incremental(files, keys, stamps, published, jobs, cache, out_dir, validate)
        except (sqlite3.DatabaseError, pickle.UnpicklingError, EOFError, KeyError) as err:
            print(f"kg: the last build's state in {cache} cannot be used ({err}); building everything",
                  file=sys.stderr)
            result = None
        if result is not None:
            return result
    graphs, skipped, cached = extract_all(files, published, jobs, cache, keys)
    if not graphs:
        if len(skipped) == 1:
            raise InputError(skipped[0][1])
        raise InputError(f"no article could be read ({len(skipped)} skipped)")
    _status(f"merging {len(graphs)} articles …", len(files))
    graph, lookup = merge_with_lookup(graphs)
    _status(f"checking and writing {len(graph.entities):,} entities, {len(graph.relations):,} relations …", len(files))
    built = {g.article.id for g in graphs}
    article_keys = {keys[f]: (f.stem, stamps[f]) for f in files if keys[f] and f.stem in built}
    fingerprint = extractor_fingerprint()

    keep = None
    if cache is not None:  # the state a later build adds articles to, saved beside the export
        corpus_state.discard(cache)  # a failed build leaves no state to extend
        saving = in_background(lambda: corpus_state.save_graph(cache, graph, lookup, article_keys, fingerprint))

        def keep(parts, index):
            saving()
            return in_background(lambda: corpus_state.save_page(cache, parts, index))

    written, triples = export_all(graph, out_dir, validate=validate, keep=keep)
    if cache is not None:
        corpus_state.put_in_place(cache, out_dir)
    return BuildResult(len(graph.articles), dict(Counter(e.cls for e in graph.entities)), len(graph.relations),
                       written, triples, tuple(skipped), len(graphs) - cached, cached)


def _incremental(files: list[Path], keys: dict[Path, str | None], stamps: dict[Path, str | None],
                 published: PartialDate | None,
                 jobs: int | None, cache: Path, out_dir: Path, validate: bool) -> BuildResult | None:
    """Merge the articles not in the last build into its state and splice its files; None when
    the last build cannot be extended (no state, an article changed or removed, files edited)."""
    from .block_files import splice_files
    from .exporters import FILES
    from .parallel import Prepared, in_background
    from .validate import check_articles
    from .writer import commit, discard, write_temp

    db = corpus_state.open_state(cache, out_dir, extractor_fingerprint())
    if db is None:
        return None
    page = None
    try:
        saved = corpus_state.saved_articles(db)
        current = {keys[f]: f for f in files if keys[f]}
        if not set(saved) <= set(current):
            return None
        todo = sorted((f for k, f in current.items() if k not in saved), key=lambda f: f.stem)
        # the page's process starts now and imports what it needs while this one extracts and merges
        page = Prepared(_page_imports, lambda: write_temp(
            out_dir / "kg.html", corpus_state.page_from_state(corpus_state.read_only(cache)))) if todo else None
        graphs, skipped, cached = extract_all(todo, published, jobs, cache, keys)
        skipped += [(str(f), "cannot be read") for f in files if not keys[f]]
        if any(g.article.id in set(saved.values()) for g in graphs):
            return None  # an article id (file name) built before from other content
        if not graphs:  # nothing new: the files are up to date
            classes, relations = corpus_state.counts(db)
            old_triples = sum(corpus_state.load_index(cache).triples)
            return BuildResult(len(saved), classes, relations, tuple(out_dir / n for n in FILES), old_triples,
                               tuple(skipped), 0, len(files) - len(todo), mode="up to date")
        _status(f"merging {len(graphs)} new article(s) into the last build …", len(files))
        update = corpus_state.Update(db)
        for g in sorted(graphs, key=lambda g: g.article.id):
            path = next(f for f in todo if f.stem == g.article.id)
            update.add(g, keys[path], stamps[path])
        update.refresh_page()
        corpus_state.mark_pending(db)  # committed now (so the page's process reads it), stamped at the end
        db.commit()
        page.go()
        old_index = corpus_state.load_index(cache)
        touched = update.touched_graph() if validate else None  # read here: the state is not shared with a fork
        checking = in_background(lambda: check_articles(touched)) if touched is not None else None
        new_blocks, removed = update.blocks()
        temps: dict[Path, Path] = {}
        try:
            temps, index = splice_files(old_index, removed, new_blocks, out_dir)
            temps[out_dir / "kg.html"] = page.wait()
            if checking is not None:
                checking()
        except BaseException:
            discard(temps)
            raise
        commit(temps)
        corpus_state.save_index(cache, index)
        corpus_state.stamp(db, out_dir)
        db.commit()
        classes, relations = corpus_state.counts(db)
        articles = len(corpus_state.saved_articles(db))
        return BuildResult(articles, classes, relations, tuple(out_dir / n for n in FILES), sum(index.triples),
                           tuple(skipped), len(graphs) - cached, len(files) - len(todo) + cached, mode="updated")
    except BaseException:
        db.rollback()
        raise
    finally:
        if page is not None:
            page.cancel()  # if it was never told to go
        db.close()


def _page_imports() -> None:
    import networkx  # noqa: F401
    import pyvis.network  # noqa: F401


def extract_all(files: list[Path], published: PartialDate | None, jobs: int | None,
                cache: Path | None, keys: dict[Path, str | None] | None = None
                ) -> tuple[list[ArticleGraph], list[tuple[str, str]], int]:
    """Per-article graphs (from the cache where possible), the files skipped with the reason,
    and how many graphs came from the cache."""
    keys = keys if keys is not None else {f: _cache_key(f, published) for f in files}
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
    results = _run([(f, published, cache if cache and keys[f] else None, keys[f]) for f in todo], workers)
    for f, outcome in zip(todo, results):
        if isinstance(outcome, ArticleGraph):
            graphs[f] = outcome
        else:
            skipped.append((str(f), outcome))
    cached = len(files) - len(todo)
    return [graphs[f] for f in files if f in graphs], skipped, cached


def _extract_or_reason(args: tuple[Path, PartialDate | None, Path | None, str | None]) -> ArticleGraph | str:
    """An article's graph (stored in the cache by the process that made it), or why it cannot be read."""
    path, published, cache, key = args
    try:
        graph = extract_file(path, published)
    except InputError as err:
        return str(err)
    if cache is not None and key:
        _store(cache, key, graph)
    return graph


def _run(args: list[tuple[Path, PartialDate | None, Path | None, str | None]], workers: int) -> list:
    show = sys.stderr.isatty() and len(args) > 1
    if workers <= 1 or len(args) < 4:
        it = map(_extract_or_reason, args)
        return list(_progress(it, len(args)) if show else it)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        it = pool.map(_extract_or_reason, args, chunksize=max(1, len(args) // (workers * 32)))
        return list(_progress(it, len(args)) if show else it)


def _status(message: str, articles: int) -> None:
    """A line on a terminal for the long steps of a corpus build (quiet otherwise)."""
    if articles > 1 and sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


def _progress(it, total: int):
    from tqdm import tqdm

    return tqdm(it, total=total, unit="article", desc="extracting", file=sys.stderr)


def _file_stamp(path: Path, published: PartialDate | None) -> str | None:
    """What identifies an article file without reading it: path, size and modification time of
    it and of its metadata, the date given and the extractor version."""
    try:
        st = path.stat()
    except OSError:
        return None
    meta = path.with_name(path.stem + META_SUFFIX)
    try:
        mt = meta.stat()
        meta_part = f"{mt.st_size}:{mt.st_mtime_ns}"
    except OSError:
        meta_part = "-"
    return (f"{path.as_posix()}|{st.st_size}:{st.st_mtime_ns}|{meta_part}|{published.iso() if published else ''}"
            f"|{extractor_fingerprint()}")


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
