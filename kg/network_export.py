"""The knowledge graph as a networkx graph: one node per entity, one edge per relation between entities.

Literal facts (amounts, dates, titles) and indicators become node attributes, not
nodes. ``to_networkx`` builds the graph; ``node_attributes`` gives one node's attributes
(kg.blocks writes them as GraphML, kg.html_export shows them on the page).
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from . import iri, lexicon
from .model import KnowledgeGraph, Money, PartialDate

if TYPE_CHECKING:
    import networkx as nx


@cache
def vocabulary() -> dict[str, tuple[str, str, str]]:
    """local name → (kind, 中文 label, English label)."""
    rows = [line.split("\t") for line in lexicon._lines("vocabulary.tsv")]
    return {name: (kind, zh, en) for name, kind, zh, en in rows}


def display(value) -> str:
    """A literal as a reader wants to see it: 60亿元 (6.0 billion yuan), 2021-06-29."""
    if isinstance(value, Money):
        return value.chinese()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, PartialDate):
        return value.iso()
    return str(value)


def money_display(value) -> str:
    if isinstance(value, Decimal):
        money = Money(value)
        billions = value / Decimal(10) ** 9
        return f"{money.chinese()} ({format(billions.normalize(), 'f')} billion yuan)"
    return display(value)


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """Entities (indicators excepted) as nodes, entity-to-entity relations as edges."""
    from .rdf_export import relations_by_subject

    sentences = {(s.article_id, s.index): s for s in kg.sentences}
    by_subject = relations_by_subject(kg.relations)
    facts = indicator_facts(kg.relations)
    import networkx as nx

    g = nx.MultiDiGraph()
    edges = []
    for e in kg.entities:
        if is_indicator(e.key):
            continue
        node, out = node_attributes(e, by_subject.get(e.key, []), sentences, facts)
        g.add_node(e.key, **node)
        edges += [(e.key, target, predicate, data) for target, predicate, data in out]
    for source, target, predicate, data in edges:
        g.add_edge(source, target, key=predicate, **data)
    return g


def is_indicator(key: str) -> bool:
    return key.startswith("Indicator:")


def indicator_facts(relations) -> dict[str, dict[str, str]]:
    """indicator key → {metric, value, unit, period} as displayed."""
    out: dict[str, dict[str, str]] = {}
    for r in relations:
        if is_indicator(r.subject):
            out.setdefault(r.subject, {})[r.predicate] = display(r.object)
    return out


def node_attributes(e, relations, sentences, facts_of: dict[str, dict[str, str]],
                    entity_iri: str | None = None) -> tuple[dict, list]:
    """The node's attributes (for the page and GraphML) and its outgoing edges
    [(target, predicate, attributes)], from the entity (and its IRI, if already made), its
    relations as subject, the sentences and the facts of its indicators."""
    vocab = vocabulary()
    evidence, total = _evidence_of(e.mentions, sentences)
    node = {"label": e.label, "cls": e.cls, "cls_zh": vocab[e.cls][1], "aliases": list(e.aliases),
            "pinyin": e.pinyin or iri.pinyin(e.label), "iri": entity_iri or _iri(e), "facts": [], "indicators": [],
            "evidence": evidence, "evidence_total": total, "codes": [f"{k}:{v}" for k, v in e.codes]}
    edges = []
    for r in relations:
        _, zh, en = vocab[r.predicate]
        ev = _evidence_of(r.evidence, sentences)[0]
        if r.predicate == "hasIndicator":
            facts = facts_of.get(r.object, {})
            node["indicators"].append(
                {"metric": facts.get("metric", ""), "value": facts.get("value", ""), "unit": facts.get("unit", ""),
                 "period": facts.get("period", ""), "evidence": ev})
        elif r.object_is_entity and not is_indicator(r.object) and r.object != r.subject:
            edges.append((r.object, r.predicate, {"predicate": r.predicate, "label": zh, "label_en": en,
                                                  "evidence": ev}))
        elif not r.object_is_entity:
            shown = money_display(r.object) if r.predicate in ("totalInvestment", "annualOutputValue",
                                                                "maxFunding") else display(r.object)
            node["facts"].append({"predicate": r.predicate, "label": zh, "label_en": en, "value": shown,
                                  "evidence": ev})
    return node, edges


def _iri(e) -> str:
    from .rdf_export import entity_iri

    return entity_iri(e)


#: at most this many source sentences per node or edge are carried to the page
MAX_EVIDENCE = 20


def evidence_keys(mentions) -> list[tuple[str, int]]:
    """(article, sentence) of the sentences ``_evidence_of`` shows for these mentions."""
    return sorted({(m.article_id, m.sentence) for m in mentions})[:MAX_EVIDENCE]


def _evidence_of(mentions, sentences) -> tuple[list[dict], int]:
    """The first MAX_EVIDENCE sentences of mentions, each with the mentions' spans in it
    (for highlighting), and how many sentences there are in all."""
    if len(mentions) == 1:  # most entities and relations: one mention
        m = mentions[0]
        s = sentences[(m.article_id, m.sentence)]
        return [{"text": s.text, "spans": [(m.start - s.start, m.end - s.start)], "article": m.article_id}], 1
    spans: dict[tuple[str, int], list] = {}
    for m in mentions:
        key = (m.article_id, m.sentence)
        if key in spans:
            spans[key].append((m.start, m.end))
        else:
            spans[key] = [(m.start, m.end)]
    out = []
    for key in sorted(spans)[:MAX_EVIDENCE] if len(spans) > 1 else spans:
        s = sentences[key]
        start = s.start
        out.append({"text": s.text, "spans": sorted({(a - start, b - start) for a, b in spans[key]}),
                    "article": key[0]})
    return out, len(spans)


def importance(g: nx.MultiDiGraph) -> dict[str, float]:
    """Degree centrality over the undirected graph: the size of a node on the page."""
    if g.number_of_nodes() < 2:
        return {n: 1.0 for n in g}
    import networkx as nx

    from .html_export import skeleton

    return nx.degree_centrality(skeleton(g))
