"""The merged corpus of the last build, kept so that adding articles updates only what they touch.

After a build, ``OUT/.kg-cache/state.sqlite`` holds the merged entities, relations,
the tokens that merge entities (kg.corpus.tokens), the exported sentences, the
page's node and edge attributes, and ``state.index`` where each block lies in
each file. When the next build's articles are the last build's plus new ones
(same content, same extractor), the new articles are merged into this state —
the merge is associative, so the result is what a full merge gives — and only
the blocks of the entities they touch are made again; the export files are
spliced from the last ones (kg.block_files.splice_files). Anything else (an
article changed or removed, files edited by hand, another kg version) makes a
full build.
"""
from __future__ import annotations

import os
import pickle
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import blocks as B
from .block_files import BlockIndex
from .corpus import merge_entities, same_things, tokens
from .exporters import FILES, GraphBlocks
from .model import (
    Article,
    ArticleGraph,
    Entity,
    KnowledgeGraph,
    Relation,
    distinct_mentions,
)
from .rdf_export import entity_iri, used_sentences

STATE = "state.sqlite"
INDEX = "state.index"
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE articles (cache_key TEXT PRIMARY KEY, id TEXT, title TEXT, stamp TEXT);
CREATE TABLE lookup (token TEXT PRIMARY KEY, key TEXT);
CREATE TABLE entities (key TEXT PRIMARY KEY, cls TEXT, iri TEXT, data BLOB);
CREATE TABLE relations (rid TEXT PRIMARY KEY, subject TEXT, object TEXT, data BLOB);
CREATE TABLE sentences (id TEXT PRIMARY KEY, data BLOB);
CREATE TABLE page_nodes (key TEXT PRIMARY KEY, label TEXT, cls TEXT, details TEXT);
CREATE TABLE page_edges (subject TEXT, object TEXT, predicate TEXT, label TEXT, details TEXT);
"""
#: made once the tables are filled (faster than keeping them up to date row by row)
_INDEXES = """
CREATE INDEX lookup_key ON lookup (key);
CREATE INDEX relations_subject ON relations (subject);
CREATE INDEX relations_object ON relations (object);
"""
_PAGE_INDEXES = "CREATE INDEX page_edges_subject ON page_edges (subject);"


def _rid(r: Relation) -> str:
    return "\x00".join((r.subject, r.predicate, "1" if r.object_is_entity else "0", str(r.object)))


def _sid(article_id: str, index: int) -> str:
    return f"{article_id}\x00{index}"


def _dump(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _files_stamp(out_dir: Path) -> str:
    """Sizes and modification times of the export files: a hand-edited file makes a full build."""
    stamps = []
    for name in FILES:
        st = (out_dir / name).stat()
        stamps.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return "|".join(stamps)


@dataclass(frozen=True)
class Saved:
    fingerprint: str
    cache_keys: dict[str, str]  # cache key → article id


def save_graph(cache: Path, kg: KnowledgeGraph, lookup: dict[str, str], cache_keys: dict[str, tuple[str, str]],
               fingerprint: str) -> None:
    """Write the merged graph of a full build into a new state beside the current one
    (``save_page`` completes it; ``put_in_place`` makes it current once the files are written)."""
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".{STATE}.tmp"
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    titles = {a.id: a.title for a in kg.articles}
    db.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)",
                   ((k, aid, titles.get(aid, ""), stamp) for k, (aid, stamp) in cache_keys.items()))
    db.executemany("INSERT INTO lookup VALUES (?, ?)", lookup.items())
    db.executemany("INSERT INTO entities VALUES (?, ?, ?, ?)",
                   ((e.key, e.cls, entity_iri(e), _dump(e)) for e in kg.entities))
    db.executemany("INSERT INTO relations VALUES (?, ?, ?, ?)",
                   ((_rid(r), r.subject, r.object if r.object_is_entity else None, _dump(r)) for r in kg.relations))
    used = used_sentences(kg.entities, kg.relations)
    db.executemany("INSERT INTO sentences VALUES (?, ?)", ((_sid(s.article_id, s.index), _dump(s))
                                                            for s in kg.sentences if (s.article_id, s.index) in used))
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
    db.executescript(_INDEXES)
    db.commit()
    db.close()


def save_page(cache: Path, parts: GraphBlocks, index: BlockIndex) -> None:
    """Complete a new state with the page's attributes and the block index."""
    db = sqlite3.connect(cache / f".{STATE}.tmp")
    db.execute("PRAGMA synchronous=OFF")
    _save_page(db, parts.page_nodes, parts.page_edges)
    db.execute(_PAGE_INDEXES)
    db.commit()
    db.close()
    save_index(cache, index)


def _save_page(db: sqlite3.Connection, nodes: dict[str, dict], edges: Iterable[tuple[str, str, str, dict]]) -> None:
    """The page's node and edge attributes, with their panels' JSON made once."""
    from .html_export import page_edge, page_node

    db.executemany("INSERT OR REPLACE INTO page_nodes VALUES (?, ?, ?, ?)",
                   ((k, n.label, n.cls, n.details) for k, n in ((k, page_node(v)) for k, v in nodes.items())))
    db.executemany("INSERT INTO page_edges VALUES (?, ?, ?, ?, ?)",
                   ((e.source, e.target, e.predicate, e.label, e.details)
                    for e in (page_edge(s, o, p, d) for s, o, p, d in edges)))


def save_index(cache: Path, index: BlockIndex) -> None:
    tmp = cache / f".{INDEX}.{os.getpid()}.tmp"
    with tmp.open("wb") as fh:
        pickle.dump((index.keys, {f: a.tobytes() for f, a in index.offsets.items()},
                     {f: a.tobytes() for f, a in index.lengths.items()}, index.triples.tobytes()), fh,
                    protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, cache / INDEX)


def load_index(cache: Path) -> BlockIndex:
    from array import array

    with (cache / INDEX).open("rb") as fh:
        keys, offsets, lengths, triples = pickle.load(fh)

    def arr(raw: bytes) -> array:
        a = array("q")
        a.frombytes(raw)
        return a

    return BlockIndex(keys, {f: arr(v) for f, v in offsets.items()}, {f: arr(v) for f, v in lengths.items()},
                      arr(triples))


def discard(cache: Path) -> None:
    """Forget the last build's state (before a full build replaces it)."""
    for name in (STATE, INDEX, f".{STATE}.tmp"):
        (cache / name).unlink(missing_ok=True)


def put_in_place(cache: Path, out_dir: Path) -> None:
    """Make the state saved by ``save`` the current one, stamped with the export files it describes."""
    tmp = cache / f".{STATE}.tmp"
    if not tmp.is_file():
        return
    db = sqlite3.connect(tmp)
    stamp(db, out_dir)
    db.commit()
    db.close()
    os.replace(tmp, cache / STATE)


def stamp(db: sqlite3.Connection, out_dir: Path) -> None:
    db.execute("INSERT OR REPLACE INTO meta VALUES ('files', ?)", (_files_stamp(out_dir),))


def mark_pending(db: sqlite3.Connection) -> None:
    """The state is ahead of the files until ``stamp``: a build that fails before leaves it unusable."""
    db.execute("INSERT OR REPLACE INTO meta VALUES ('files', 'pending')")


def read_only(cache: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{cache / STATE}?mode=ro", uri=True)


def counts(db: sqlite3.Connection) -> tuple[dict[str, int], int]:
    """(entities per class, relations) of the state."""
    classes = dict(db.execute("SELECT cls, COUNT(*) FROM entities GROUP BY cls"))
    return classes, db.execute("SELECT COUNT(*) FROM relations").fetchone()[0]


def open_state(cache: Path, out_dir: Path, fingerprint: str) -> sqlite3.Connection | None:
    """The last build's state, when it describes the export files as they are and this kg."""
    path = cache / STATE
    if not path.is_file() or not (cache / INDEX).is_file():
        return None
    try:
        db = sqlite3.connect(path)
        meta = dict(db.execute("SELECT name, value FROM meta"))
        if meta.get("fingerprint") != fingerprint or meta.get("files") != _files_stamp(out_dir):
            db.close()
            return None
        return db
    except (sqlite3.Error, OSError):
        return None


def saved_articles(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT cache_key, id FROM articles"))


def known_keys(cache: Path) -> dict[str, str]:
    """File stamp (path, sizes, modification times, date given, kg version) → the cache key the
    last build computed for it: unchanged files need not be read and hashed again."""
    if not (cache / STATE).is_file():
        return {}
    try:
        db = read_only(cache)
        try:
            return dict(db.execute("SELECT stamp, cache_key FROM articles WHERE stamp IS NOT NULL"))
        finally:
            db.close()
    except sqlite3.Error:
        return {}


class Update:
    """New articles merged into a saved state; knows which blocks they change."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.dirty: set[str] = set()  # entity keys whose blocks are made again
        self.removed: set[str] = set()  # entity keys merged into another
        self.statements: set[str] = set()  # relation ids whose statement blocks are made again
        self.gone: set[str] = set()  # sort keys of statement blocks of relations that no longer are
        self.articles: list[Article] = []
        self.sentences: list = []
        self._entities: dict[str, Entity | None] = {}
        self._relations: dict[str, list[Relation]] = {}  # by subject, read once the update is merged
        self._graphml: dict[str, str] = {}

    # --- reading and writing the state ---
    def entity(self, key: str) -> Entity | None:
        if key not in self._entities:
            row = self.db.execute("SELECT data FROM entities WHERE key = ?", (key,)).fetchone()
            self._entities[key] = pickle.loads(row[0]) if row else None
        return self._entities[key]

    def _put_entity(self, e: Entity) -> None:
        self._entities[e.key] = e
        self.db.execute("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?)", (e.key, e.cls, entity_iri(e), _dump(e)))

    def _drop_entity(self, key: str) -> None:
        self._entities[key] = None
        self.db.execute("DELETE FROM entities WHERE key = ?", (key,))

    def relations_where(self, column: str, key: str) -> list[Relation]:
        rows = self.db.execute(f"SELECT data FROM relations WHERE {column} = ?", (key,))
        return [pickle.loads(data) for (data,) in rows]

    def _add_relation(self, r: Relation) -> None:
        row = self.db.execute("SELECT data FROM relations WHERE rid = ?", (_rid(r),)).fetchone()
        if row:
            old = pickle.loads(row[0])
            r = Relation(old.subject, old.predicate, old.object, distinct_mentions(old.evidence + r.evidence),
                         old.object_is_entity)
        self.db.execute("INSERT OR REPLACE INTO relations VALUES (?, ?, ?, ?)",
                        (_rid(r), r.subject, r.object if r.object_is_entity else None, _dump(r)))
        self.dirty.add(r.subject)
        self.statements.add(_rid(r))

    def _iri_changed(self, key: str) -> None:
        """An entity's IRI changed: its statements and those of relations to it are made again."""
        self.statements.update(_rid(r) for r in self.relations_where("subject", key))
        for r in self.relations_where("object", key):
            self.dirty.add(r.subject)
            self.statements.add(_rid(r))

    # --- merging an article ---
    def add(self, graph: ArticleGraph, cache_key: str, stamp: str | None) -> None:
        """Merge one article's graph into the state, as kg.corpus.merge_graphs would."""
        self.articles.append(graph.article)
        self.db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)",
                        (cache_key, graph.article.id, graph.article.title, stamp))
        members = [e for e in graph.entities if e.cls != "Indicator"]
        hits: dict[int, set[str]] = {}  # the built entities each new one is
        for i, e in enumerate(members):
            for token in tokens(e):
                row = self.db.execute("SELECT key FROM lookup WHERE token = ?", (token,)).fetchone()
                if row:
                    hits.setdefault(i, set()).add(row[0])
        # one thing: new entities that share a name, or that are the same built entity
        groups, _ = same_things(members, [[f"built:{k}" for k in sorted(hits.get(i, ()))]
                                          for i in range(len(members))])
        new_key: dict[str, str] = {}
        for root, idx in sorted(groups.items()):
            old_keys = sorted({k for i in idx for k in hits.get(i, ())})
            group = [e for e in (self.entity(k) for k in old_keys) if e is not None] + [members[i] for i in idx]
            merged = merge_entities(group)
            while merged.key not in old_keys and self.entity(merged.key) is not None:  # lands on another's key
                old_keys.append(merged.key)
                merged = merge_entities([self.entity(merged.key), merged])
            for k in old_keys:
                old = self.entity(k)
                if k != merged.key:
                    self._drop_entity(k)
                    self.removed.add(k)
                    self.db.execute("UPDATE lookup SET key = ? WHERE key = ?", (merged.key, k))
                    self._repoint(k, merged.key)
                elif old is not None and entity_iri(old) != entity_iri(merged):
                    self._iri_changed(k)
            self._put_entity(merged)
            self.dirty.add(merged.key)
            for i in idx:
                new_key[members[i].key] = merged.key
                self.db.executemany("INSERT OR REPLACE INTO lookup VALUES (?, ?)",
                                    ((t, merged.key) for t in tokens(members[i])))
        for e in graph.entities:
            if e.cls == "Indicator":
                self._put_entity(e)
                self.dirty.add(e.key)
        for r in graph.relations:
            s = new_key.get(r.subject, r.subject)
            o = new_key.get(r.object, r.object) if r.object_is_entity else r.object
            self._add_relation(Relation(s, r.predicate, o, r.evidence, r.object_is_entity))
        used = used_sentences(graph.entities, graph.relations)
        self.sentences += [s for s in graph.sentences if (s.article_id, s.index) in used]
        self.db.executemany("INSERT OR REPLACE INTO sentences VALUES (?, ?)",
                            ((_sid(s.article_id, s.index), _dump(s)) for s in graph.sentences
                             if (s.article_id, s.index) in used))

    def _repoint(self, old: str, new: str) -> None:
        """Relations from or to an entity merged into another now name the other."""
        for r in {*self.relations_where("subject", old), *self.relations_where("object", old)}:
            self.db.execute("DELETE FROM relations WHERE rid = ?", (_rid(r),))
            self.statements.discard(_rid(r))
            self.gone.add(B.relation_sortkey(r))
            s = new if r.subject == old else r.subject
            o = new if r.object_is_entity and r.object == old else r.object
            self._add_relation(Relation(s, r.predicate, o, r.evidence, r.object_is_entity))
        self.dirty.discard(old)

    # --- the changed blocks ---
    def refresh_page(self) -> None:
        """Write the page's attributes of the changed entities (and their GraphML, kept for
        ``blocks``); call before ``blocks``, so the page can be made while the blocks are."""
        from .network_export import evidence_keys, is_indicator, node_attributes

        sentences = _SentenceLookup(self.db)
        self._graphml = {}
        for key in sorted(self.dirty - self.removed):
            e = self.entity(key)
            self.db.execute("DELETE FROM page_edges WHERE subject = ?", (key,))
            if e is None or is_indicator(key):
                continue
            rels = self._relations_of(key)
            sentences.load(k for ms in (e.mentions, *(r.evidence for r in rels)) for k in evidence_keys(ms))
            facts = self._indicator_facts([r.object for r in rels if r.predicate == "hasIndicator"])
            node, edges = node_attributes(e, rels, sentences, facts)
            self._graphml[key] = B.graphml_block(key, node, edges)
            _save_page(self.db, {key: node}, ((key, t, p, d) for t, p, d in edges))
        for key in self.removed:
            self.db.execute("DELETE FROM page_nodes WHERE key = ?", (key,))
            self.db.execute("DELETE FROM page_edges WHERE subject = ?", (key,))

    def blocks(self) -> tuple[list[B.Block], set[str]]:
        """The blocks made again, and the sort keys of the last build's blocks that are dropped
        (those of entities merged into another, and of relations re-pointed)."""
        out = [B.document_block(a) for a in self.articles]
        out += [B.sentence_block(s) for s in self.sentences]
        for key in sorted(self.dirty - self.removed):
            e = self.entity(key)
            if e is not None:
                out.append(B.entity_block(e, self._relations_of(key), self._iri, self._graphml.get(key, "")))
        for rid in sorted(self.statements):
            row = self.db.execute("SELECT data FROM relations WHERE rid = ?", (rid,)).fetchone()
            if row is not None:
                out.append(B.statement_block(pickle.loads(row[0]), self._iri))
        return out, self.gone | {B.entity_key(k) for k in self.removed}

    def _relations_of(self, key: str) -> list[Relation]:
        if key not in self._relations:
            self._relations[key] = sorted(self.relations_where("subject", key), key=Relation.sort_key)
        return self._relations[key]

    def _iri(self, key: str) -> str:
        """An entity's IRI (kept beside it: no need to read a large entity for it)."""
        if key in self._entities and self._entities[key] is not None:
            return entity_iri(self._entities[key])
        row = self.db.execute("SELECT iri FROM entities WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(f"relation to an unknown entity {key}")
        return row[0]

    def _indicator_facts(self, keys: list[str]) -> dict[str, dict[str, str]]:
        """indicator key → its facts as displayed (read in a few queries, not one per indicator)."""
        from .network_export import display

        facts: dict[str, dict[str, str]] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.db.execute(f"SELECT data FROM relations WHERE subject IN ({','.join('?' * len(chunk))})",
                                   chunk)
            for (data,) in rows:
                r = pickle.loads(data)
                facts.setdefault(r.subject, {})[r.predicate] = display(r.object)
        return facts

    def touched_graph(self) -> KnowledgeGraph:
        """The new articles' part of the merged graph: the entities they name and the relations
        they are evidence of, with those relations' objects (for validation)."""
        new = {a.id for a in self.articles}
        keys = sorted(self.dirty - self.removed)
        relations = tuple(r for k in keys for r in self._relations_of(k) if any(m.article_id in new for m in r.evidence))
        named = {k for k in keys if (e := self.entity(k)) is not None and any(m.article_id in new for m in e.mentions)}
        named |= {r.object for r in relations if r.object_is_entity}
        entities = tuple(e for e in (self.entity(k) for k in sorted(named)) if e is not None)
        return KnowledgeGraph(tuple(self.articles), tuple(self.sentences), entities, relations)


class _SentenceLookup:
    """(article, index) → Sentence, read from the state as needed (``load`` reads many at once)."""

    def __init__(self, db: sqlite3.Connection):
        self.db, self.cache = db, {}

    def load(self, keys: Iterable[tuple[str, int]]) -> None:
        wanted = sorted({_sid(*k) for k in keys if k not in self.cache})
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for (data,) in self.db.execute(f"SELECT data FROM sentences WHERE id IN ({','.join('?' * len(chunk))})",
                                           chunk):
                s = pickle.loads(data)
                self.cache[(s.article_id, s.index)] = s

    def __getitem__(self, key: tuple[str, int]):
        if key not in self.cache:
            row = self.db.execute("SELECT data FROM sentences WHERE id = ?", (_sid(*key),)).fetchone()
            if row is None:
                raise KeyError(key)
            self.cache[key] = pickle.loads(row[0])
        return self.cache[key]


def page_from_state(db: sqlite3.Connection) -> str:
    """The page, made from the state: its best-linked entities and the edges among them."""
    from .exporters import degrees_of, page_title
    from .html_export import PageEdge, PageNode, best_linked, page_of

    keys = [k for (k,) in db.execute("SELECT key FROM page_nodes")]
    degrees = degrees_of(keys, db.execute("SELECT subject, object FROM page_edges"))
    db.execute("CREATE TEMP TABLE shown (key TEXT PRIMARY KEY)")
    db.executemany("INSERT INTO shown VALUES (?)", ((k,) for k in best_linked(degrees)))
    nodes = {k: PageNode(label, cls, details) for k, label, cls, details
             in db.execute("SELECT key, label, cls, details FROM page_nodes JOIN shown USING (key)")}
    edges = [PageEdge(*row) for row in db.execute(
        "SELECT subject, object, predicate, label, details FROM page_edges "
        "WHERE subject IN (SELECT key FROM shown) AND object IN (SELECT key FROM shown)")]
    count, title = db.execute("SELECT COUNT(*), MIN(title) FROM articles").fetchone()
    return page_of(nodes, edges, len(degrees), page_title(count, title or ""))
