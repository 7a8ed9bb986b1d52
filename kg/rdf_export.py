"""The knowledge graph as RDF: entities, relations, provenance (rdf:Statement → sentence).

``to_rdf`` builds an rdflib Graph; ``write_rdf`` serializes it to Turtle,
N-Triples and JSON-LD through temporary files, so a failed write leaves the
old files as they were.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from . import iri
from .model import Entity, KnowledgeGraph, Money, PartialDate, Relation
from .namespaces import KG, PREFIXES, PROV, SCHEMA

#: literal relations whose value may be money in a foreign currency
_AMOUNT_PROPERTY = {"totalInvestment": KG.totalInvestmentAmount, "annualOutputValue": KG.annualOutputAmount,
                    "maxFunding": KG.maxFundingAmount}


def entity_node(e: Entity) -> URIRef:
    return iri.indicator_iri(e.key) if e.cls == "Indicator" else iri.entity_iri(e.cls, e.label)


def literal(value) -> Literal:
    """A relation's literal object with its XSD datatype."""
    if isinstance(value, PartialDate):
        return Literal(value.iso(), datatype=getattr(XSD, value.xsd_type))
    if isinstance(value, Decimal):
        return decimal_literal(value)
    return Literal(str(value), lang="zh") if _is_chinese(str(value)) else Literal(str(value))


def decimal_literal(value: Decimal) -> Literal:
    """xsd:decimal in canonical form (60亿 → "6000000000.0"), so every syntax writes and reads it alike."""
    text = format(value, "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _is_chinese(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The whole export as one rdflib Graph."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        if prefix != "sh":
            g.bind(prefix, ns)
    nodes = {e.key: entity_node(e) for e in kg.entities}
    used_sentences: set[tuple[str, int]] = set()
    for article in kg.articles:
        doc = iri.document_iri(article.id)
        g.add((doc, RDF.type, KG.Document))
        g.add((doc, RDF.type, PROV.Entity))
        g.add((doc, DCTERMS.identifier, Literal(article.id)))
        g.add((doc, DCTERMS.title, Literal(article.title, lang="zh")))
        g.add((doc, DCTERMS.source, Literal(article.source)))
        g.add((doc, DCTERMS.language, Literal("zh")))
        if article.published:
            g.add((doc, DCTERMS.issued, literal(article.published)))
    for e in kg.entities:
        node = nodes[e.key]
        g.add((node, RDF.type, getattr(KG, e.cls)))
        g.add((node, RDFS.label, Literal(e.label, lang="zh")))
        if e.cls != "Indicator":
            g.add((node, RDFS.label, Literal(iri.pinyin(e.label), lang="zh-Latn-pinyin")))
        for alias in e.aliases:
            g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
        for scheme, code in e.codes:
            g.add((node, KG.adminCode if scheme == "gb2260" else KG.isoCountryCode, Literal(code)))
        for m in e.mentions:
            g.add((node, KG.mentionedIn, iri.sentence_iri(m.article_id, m.sentence)))
            used_sentences.add((m.article_id, m.sentence))
    for r in kg.relations:
        used_sentences.update(_add_relation(g, r, nodes))
    for s in kg.sentences:
        if (s.article_id, s.index) not in used_sentences:
            continue
        node = iri.sentence_iri(s.article_id, s.index)
        g.add((node, RDF.type, KG.Sentence))
        g.add((node, KG.text, Literal(s.text, lang="zh")))
        g.add((node, KG.document, iri.document_iri(s.article_id)))
        g.add((node, KG.sentenceIndex, Literal(s.index)))
        g.add((node, KG.startOffset, Literal(s.start)))
        g.add((node, KG.endOffset, Literal(s.end)))
    return g


def _add_relation(g: Graph, r: Relation, nodes: dict[str, URIRef]) -> set[tuple[str, int]]:
    subject = nodes[r.subject]
    predicate = getattr(KG, r.predicate)
    if r.object_is_entity:
        obj = nodes[r.object]
    elif isinstance(r.object, Money):
        obj = iri.amount_iri(r.object.currency, format(r.object.amount, "f"))
        predicate = _AMOUNT_PROPERTY[r.predicate]
        g.add((obj, RDF.type, SCHEMA.MonetaryAmount))
        g.add((obj, SCHEMA.value, decimal_literal(r.object.amount)))
        g.add((obj, SCHEMA.currency, Literal(r.object.currency)))
    else:
        obj = literal(r.object)
    g.add((subject, predicate, obj))
    stmt = iri.statement_iri(str(subject), str(predicate), obj.n3())
    g.add((stmt, RDF.type, RDF.Statement))
    g.add((stmt, RDF.subject, subject))
    g.add((stmt, RDF.predicate, predicate))
    g.add((stmt, RDF.object, obj))
    sentences = {(m.article_id, m.sentence) for m in r.evidence}
    for article_id, index in sorted(sentences):
        g.add((stmt, PROV.wasDerivedFrom, iri.sentence_iri(article_id, index)))
    return sentences
