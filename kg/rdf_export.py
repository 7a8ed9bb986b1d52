"""The knowledge graph as RDF: entities, relations, provenance (rdf:Statement → sentence).

One generator per kind of subject (document, entity with its relations,
statement, sentence) builds terms with a small adapter, so the same triples feed
rdflib (``to_rdf``, for SHACL validation and rdflib users) and the export's
blocks (kg.blocks), whose terms carry their N-Triples, Turtle and JSON-LD text
(kg.rdf_syntax).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, Protocol

from . import iri
from .model import (
    Article,
    Entity,
    KnowledgeGraph,
    Money,
    PartialDate,
    Relation,
    Sentence,
)
from .namespaces import BASE, PREFIXES
from .scope import scope_of

KG = BASE + "ontology#"
RDF = PREFIXES["rdf"]
RDFS = PREFIXES["rdfs"]
XSD = PREFIXES["xsd"]
SKOS = PREFIXES["skos"]
DCT = PREFIXES["dcterms"]
PROV = PREFIXES["prov"]
SCHEMA = PREFIXES["schema"]
#: literal relations whose value may be money in a foreign currency
_AMOUNT_PROPERTY = {"totalInvestment": "totalInvestmentAmount", "annualOutputValue": "annualOutputAmount",
                    "maxFunding": "maxFundingAmount"}


class Terms(Protocol):
    """Makes RDF terms of one library."""

    def iri(self, value: str) -> Any: ...
    def literal(self, lexical: str, datatype: str | None = None, lang: str | None = None) -> Any: ...


class RdflibTerms:
    def __init__(self):
        from rdflib import Literal, URIRef

        self._iri, self._lit, self._cache = URIRef, Literal, {}

    def iri(self, value: str):
        term = self._cache.get(value)
        if term is None:
            term = self._cache[value] = self._iri(value)
        return term

    def literal(self, lexical, datatype=None, lang=None):
        return self._lit(lexical, datatype=self.iri(datatype) if datatype else None, lang=lang)


def entity_iri(e: Entity) -> str:
    if e.cls == "Indicator":
        return iri.indicator_iri(e.key)
    return iri.entity_iri(e.cls, e.label, e.pinyin, scope_of(e.key))


def iri_function(entities: dict[str, Entity]) -> Callable[[str], str]:
    """key → the entity's IRI (remembered: an IRI is a hash and a pinyin slug)."""
    known: dict[str, str] = {}

    def iri_of(key: str) -> str:
        value = known.get(key)
        if value is None:
            value = known[key] = entity_iri(entities[key])
        return value

    return iri_of


def decimal_lexical(value: Decimal) -> str:
    """xsd:decimal in a form every syntax writes and reads alike: 60亿 → 6000000000.0."""
    text = format(value, "f")
    return text if "." in text else text + ".0"


def literal_parts(value) -> tuple[str, str | None, str | None]:
    """(lexical form, datatype IRI, language) of a relation's literal object."""
    if isinstance(value, PartialDate):
        return value.iso(), XSD + value.xsd_type, None
    if isinstance(value, Decimal):
        return decimal_lexical(value), XSD + "decimal", None
    text = str(value)
    return (text, None, "zh") if any("\u3400" <= c <= "\u9fff" for c in text) else (text, None, None)


def document_triples(t: Terms, article: Article) -> list[tuple]:
    """A document: the article's identifier, title, source, language and date."""
    _T, _A = t, t.iri(RDF + "type")
    doc = _T.iri(iri.document_iri(article.id))
    triples = [(doc, _A, _T.iri(KG + "Document")), (doc, _A, _T.iri(PROV + "Entity")),
               (doc, _T.iri(DCT + "identifier"), _T.literal(article.id)),
               (doc, _T.iri(DCT + "title"), _T.literal(article.title, lang="zh")),
               (doc, _T.iri(DCT + "source"), _T.literal(article.source)),
               (doc, _T.iri(DCT + "language"), _T.literal("zh"))]
    if article.published:
        triples.append((doc, _T.iri(DCT + "issued"), _T.literal(article.published.iso(),
                                                              XSD + article.published.xsd_type)))
    return triples


def sentence_triples(t: Terms, s: Sentence) -> list[tuple]:
    """A sentence: its text, document and offsets."""
    _T, _A = t, t.iri(RDF + "type")
    node = _T.iri(iri.sentence_iri(s.article_id, s.index))
    integer = XSD + "integer"
    triples = [(node, _A, _T.iri(KG + "Sentence")), (node, _T.iri(KG + "text"), _T.literal(s.text, lang="zh")),
               (node, _T.iri(KG + "document"), _T.iri(iri.document_iri(s.article_id))),
               (node, _T.iri(KG + "sentenceIndex"), _T.literal(str(s.index), integer)),
               (node, _T.iri(KG + "startOffset"), _T.literal(str(s.start), integer)),
               (node, _T.iri(KG + "endOffset"), _T.literal(str(s.end), integer))]
    return triples


def used_sentences(entities: Iterable[Entity], relations: Iterable[Relation]) -> set[tuple[str, int]]:
    """(article, index) of the sentences that some mention or evidence refers to: those exported."""
    used = {(m.article_id, m.sentence) for e in entities for m in e.mentions}
    used.update((m.article_id, m.sentence) for r in relations for m in r.evidence)
    return used


def _object(t: Terms, r: Relation, iri_of: Callable[[str], str]) -> tuple[str, Any, str, list]:
    """(predicate name, object term, object key for the statement IRI, extra triples) of a relation."""
    _T, _A = t, t.iri(RDF + "type")
    if r.object_is_entity:
        key = iri_of(r.object)
        return r.predicate, _T.iri(key), key, []
    if isinstance(r.object, Money) and r.object.is_range:  # 50-60亿元: schema:minValue and schema:maxValue
        money = r.object
        key = iri.amount_iri(money.currency, f"{format(money.amount, 'f')}-{format(money.high, 'f')}")
        node = _T.iri(key)
        return _AMOUNT_PROPERTY[r.predicate], node, key, [
            (node, _A, _T.iri(SCHEMA + "MonetaryAmount")),
            (node, _T.iri(SCHEMA + "minValue"), _T.literal(decimal_lexical(money.amount), XSD + "decimal")),
            (node, _T.iri(SCHEMA + "maxValue"), _T.literal(decimal_lexical(money.high), XSD + "decimal")),
            (node, _T.iri(SCHEMA + "currency"), _T.literal(money.currency))]
    if isinstance(r.object, Money):
        key = iri.amount_iri(r.object.currency, format(r.object.amount, "f"))
        node = _T.iri(key)
        return _AMOUNT_PROPERTY[r.predicate], node, key, [
            (node, _A, _T.iri(SCHEMA + "MonetaryAmount")),
            (node, _T.iri(SCHEMA + "value"), _T.literal(decimal_lexical(r.object.amount), XSD + "decimal")),
            (node, _T.iri(SCHEMA + "currency"), _T.literal(r.object.currency))]
    parts = literal_parts(r.object)
    return r.predicate, _T.literal(*parts), "|".join(str(x) for x in parts), []


def entity_triples(t: Terms, e: Entity, relations: list[Relation], iri_of: Callable[[str], str]) -> Iterator[tuple]:
    """An entity: class, labels, codes, the sentences naming it, and its relations (with money nodes)."""
    _T, _A = t, t.iri(RDF + "type")
    node = _T.iri(iri_of(e.key))
    yield node, _A, _T.iri(KG + e.cls)
    yield node, _T.iri(RDFS + "label"), _T.literal(e.label, lang="zh")
    if e.cls != "Indicator":
        yield node, _T.iri(RDFS + "label"), _T.literal(e.pinyin or iri.pinyin(e.label), lang="zh-Latn-pinyin")
    for alias in e.aliases:
        yield node, _T.iri(SKOS + "altLabel"), _T.literal(alias, lang="zh")
    for scheme, code in e.codes:
        yield node, _T.iri(KG + ("adminCode" if scheme == "gb2260" else "isoCountryCode")), _T.literal(code)
    for key in sorted({(m.article_id, m.sentence) for m in e.mentions}):
        yield node, _T.iri(KG + "mentionedIn"), _T.iri(iri.sentence_iri(*key))
    for r in relations:
        predicate, obj, _, extra = _object(t, r, iri_of)
        yield from extra
        yield node, _T.iri(KG + predicate), obj


def statement_triples(t: Terms, r: Relation, iri_of: Callable[[str], str]) -> list[tuple]:
    """A relation's rdf:Statement and the sentences it was derived from."""
    _T, _A = t, t.iri(RDF + "type")
    subject_iri = iri_of(r.subject)
    predicate_name, obj, key, _ = _object(t, r, iri_of)
    predicate = _T.iri(KG + predicate_name)
    stmt = _T.iri(iri.statement_iri(subject_iri, KG + predicate_name, key))
    triples = [(stmt, _A, _T.iri(RDF + "Statement")), (stmt, _T.iri(RDF + "subject"), _T.iri(subject_iri)),
               (stmt, _T.iri(RDF + "predicate"), predicate), (stmt, _T.iri(RDF + "object"), obj)]
    triples += [(stmt, _T.iri(PROV + "wasDerivedFrom"), _T.iri(iri.sentence_iri(*key)))
                for key in sorted({(m.article_id, m.sentence) for m in r.evidence})]
    return triples


def relations_by_subject(relations: Iterable[Relation]) -> dict[str, list[Relation]]:
    """subject key → its relations, in their order."""
    by_subject: dict[str, list[Relation]] = {}
    for r in relations:
        by_subject.setdefault(r.subject, []).append(r)
    return by_subject


def iter_triples(kg: KnowledgeGraph, t: Terms) -> Iterator[tuple]:
    """Every triple of the export in file order: documents, entities with their relations,
    statements, sentences (kg.blocks cuts the same walk into blocks)."""
    iri_of = iri_function({e.key: e for e in kg.entities})
    by_subject = relations_by_subject(kg.relations)
    for article in sorted(kg.articles, key=lambda a: a.id):
        yield from document_triples(t, article)
    for e in sorted(kg.entities, key=lambda e: e.key):
        yield from entity_triples(t, e, sorted(by_subject.get(e.key, []), key=Relation.sort_key), iri_of)
    for r in sorted(kg.relations, key=Relation.sort_key):
        yield from statement_triples(t, r, iri_of)
    used = used_sentences(kg.entities, kg.relations)
    for s in sorted(kg.sentences, key=lambda s: (s.article_id, s.index)):
        if (s.article_id, s.index) in used:
            yield from sentence_triples(t, s)


def to_rdf(kg: KnowledgeGraph):
    """The export as an rdflib Graph (for validation and for rdflib users)."""
    from rdflib import Graph

    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        if prefix != "sh":
            g.bind(prefix, ns)
    for triple in iter_triples(kg, RdflibTerms()):
        g.add(triple)
    return g


def to_ntriples(kg: KnowledgeGraph) -> str:
    """The export as N-Triples text, one triple a line, in file order."""
    from .rdf_syntax import SyntaxTerms

    return "".join(f"{s.nt} {p.nt} {o.nt} .\n" for s, p, o in iter_triples(kg, SyntaxTerms()))
