"""Merging the graphs of many articles: one entity per real thing across the corpus.

Entities of different articles are the same when they share a key (same class
family and normalized name) or a name (label or alias; a firm's registered name
also without its legal form: 比亚迪 of 比亚迪股份有限公司) with a compatible class;
alias chains are followed. Each merged entity keeps the mentions of every
article; relations are re-pointed, and conflicting literal facts are all kept.
"""
from __future__ import annotations

import re

from .model import ArticleGraph, Entity, KnowledgeGraph, Relation, distinct_mentions
from .resolver import ORG_CLASSES, PLACE_CLASSES, ZONE_CLASSES
from .scope import bare_body, context_keys, scope_of

_FAMILIES = (ZONE_CLASSES, ORG_CLASSES, PLACE_CLASSES)


def compatible(a: str, b: str) -> bool:
    """Classes that may name the same thing (a Park and a Zone, a Company and an Organization)."""
    return _family(a) == _family(b)


def _family(cls: str) -> str:
    return next((min(f) for f in _FAMILIES if cls in f), cls)


def tokens(e: Entity) -> list[str]:
    """What makes two entities of different articles the same: their key, or a shared name
    within a class family (an event's or policy's label, not its aliases; no body's bare alias: 市委;
    nothing for one named by its kind only)."""
    if e.cls in ("Person", "Project") and scope_of(e.key) is not None:  # 李明 of 长沙经开区管委会: with an
        return [f"k:{e.key}", *(f"n:{e.cls}:{name}@{around}"  # organization of his
                                for name in (e.label, *e.aliases) for around in context_keys(e.key))]
    if scope_of(e.key) is not None:
        return [f"k:{e.key}"]  # 新闻发布会 of one article: no other article's
    family = _family(e.cls)
    names = (e.label,) if e.cls in ("Event", "Policy") else (  # (《若干措施》, 市委: each article's own)
        e.label, *(a for a in e.aliases if not (e.cls == "GovernmentBody" and bare_body(a))))
    if e.cls == "Company":  # 比亚迪股份有限公司 of one article, 比亚迪 of another: one firm
        names = (*names, *(stem for name in names if (stem := _LEGAL_FORM.sub("", name)) != name and len(stem) >= 2))
    return [f"k:{e.key}", *(f"n:{family}:{name}" for name in dict.fromkeys(names))]


#: the legal form a firm's registered name ends with: without it, the name it is known by (not a group's
#: 集团: 中国石油化工集团有限公司 and 中国石油化工股份有限公司 are two firms)
_LEGAL_FORM = re.compile(r"(?:(?:股份)?有限(?:责任)?公司|股份公司)$")


def same_things(entities: list[Entity], more: list[list[str]] | None = None
                ) -> tuple[dict[int, list[int]], dict[str, int]]:
    """Groups of the entities (by position) that share a token (or one of their ``more`` tokens),
    alias chains followed (union-find; indicators stay alone), and the first entity of each token."""
    parent = list(range(len(entities)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_token: dict[str, int] = {}
    for i, e in enumerate(entities):
        if e.cls == "Indicator":
            continue
        for token in (*tokens(e), *(more[i] if more else ())):
            if token in by_token:
                a, b = find(i), find(by_token[token])
                parent[max(a, b)] = min(a, b)
            else:
                by_token[token] = i
    groups: dict[int, list[int]] = {}
    for i in range(len(entities)):
        groups.setdefault(find(i), []).append(i)
    return groups, by_token


def merge_graphs(graphs: list[ArticleGraph]) -> KnowledgeGraph:
    """One KnowledgeGraph from the per-article graphs (independent of their order)."""
    return merge_with_lookup(graphs)[0]


def merge_with_lookup(graphs: list[ArticleGraph]) -> tuple[KnowledgeGraph, dict[str, str]]:
    """The merged graph and, for every token of every article entity, its merged entity's key
    (what kg.corpus_state keeps to merge later articles the same way)."""
    graphs = sorted(graphs, key=lambda g: g.article.id)
    nodes = [(gi, e) for gi, g in enumerate(graphs) for e in g.entities]
    groups, by_token = same_things([e for _, e in nodes])
    new_key: dict[tuple[int, str], str] = {}
    entities: dict[str, Entity] = {}
    for members in groups.values():
        merged = merge_entities([nodes[i][1] for i in members])
        for i in members:
            new_key[(nodes[i][0], nodes[i][1].key)] = merged.key
        if merged.key in entities:  # two groups landing on one key: fold them
            merged = merge_entities([entities[merged.key], merged])
        entities[merged.key] = merged

    evidence: dict[tuple, list] = {}
    objects: dict[tuple, object] = {}
    for gi, g in enumerate(graphs):
        for r in g.relations:
            s = new_key[(gi, r.subject)]
            o = new_key[(gi, r.object)] if r.object_is_entity else r.object
            k = (s, r.predicate, str(o), r.object_is_entity)
            evidence.setdefault(k, []).extend(r.evidence)
            objects.setdefault(k, o)
    relations = {k: Relation(k[0], k[1], objects[k], distinct_mentions(ev), k[3]) for k, ev in evidence.items()}
    kg = KnowledgeGraph(
        articles=tuple(g.article for g in graphs),
        sentences=tuple(s for g in graphs for s in g.sentences),
        entities=tuple(sorted(entities.values(), key=lambda e: e.key)),
        relations=tuple(sorted(relations.values(), key=Relation.sort_key)),
    )
    lookup = {token: new_key[(nodes[i][0], nodes[i][1].key)] for token, i in by_token.items()}
    return kg, lookup


#: classes that say less than another of their family: on a tie the more specific class wins
_GENERIC = {"Organization": 0, "Zone": 0, "Place": 0, "Region": 0}


def merge_entities(group: list[Entity]) -> Entity:
    """One entity of a group: the fullest name (then the more specific class), every name,
    mention and code. Associative: merging merged entities gives what merging all would."""
    if len(group) == 1:
        return group[0]
    best = max(group, key=lambda e: (len(e.label), e.label, _GENERIC.get(e.cls, 1), e.cls))
    names = {n for e in group for n in (e.label, *e.aliases)}
    codes = tuple(sorted({c for e in group for c in e.codes}))
    mentions = distinct_mentions(m for e in group for m in e.mentions)
    key = min((e.key for e in group if e.label == best.label), default=best.key)
    return Entity(key, best.cls, best.label, tuple(sorted(names - {best.label})), mentions, codes, best.pinyin,
                  best.iri if key == best.key else "")  # (the IRI is of the class, label, pinyin and key)
