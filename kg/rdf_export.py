"""The knowledge graph as RDF: entities, relations, provenance (rdf:Statement → sentence).

One generator per kind of subject (document, entity with its relations,
statement, sentence) builds terms with a small adapter, so the same triples feed
rdflib (``to_rdf``, for SHACL validation and rdflib users) and the export's
blocks (kg.blocks), whose terms carry their N-Triples, Turtle and JSON-LD text
(kg.rdf_syntax).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
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


_HAN = re.compile("[\u3400-\u9fff]")


def literal_parts(value) -> tuple[str, str | None, str | None]:
    """(lexical form, datatype IRI, language) of a relation's literal object."""
    if isinstance(value, PartialDate):
        return value.iso(), XSD + value.xsd_type, None
    if isinstance(value, Decimal):
        return decimal_lexical(value), XSD + "decimal", None
    text = str(value)
    return (text, None, "zh") if _HAN.search(text) else (text, None, None)


class _Vocabulary:
    """The fixed terms of the export in one adapter's terms, made once per adapter (the export
    makes millions of triples with them)."""

    def __init__(self, t: Terms):
        self.t = t
        self.a = t.iri(RDF + "type")
        self.names: dict[str, Any] = {}  # IRI → term, of the vocabulary's IRIs met so far

    def __getitem__(self, value: str):
        term = self.names.get(value)
        if term is None:
            term = self.names[value] = self.t.iri(value)
        return term

    def sentence(self, article_id: str, index: int):
        return _sentence_term(self.t, article_id, index)

    def integer(self, value: int):
        return _integer_term(self.t, value)


@lru_cache(maxsize=1 << 18)
def _sentence_term(t: Terms, article_id: str, index: int):
    """A sentence's term (named by its entities, statements and its own block)."""
    return t.iri(iri.sentence_iri(article_id, index))


@lru_cache(maxsize=1 << 16)
def _integer_term(t: Terms, value: int):
    """An xsd:integer's term (offsets and indices: few distinct ones)."""
    return t.literal(str(value), XSD + "integer")


@lru_cache(maxsize=8)
def _vocabulary(t: Terms) -> _Vocabulary:
    """The adapter's fixed terms (remembered, as its sentence and integer terms are)."""
    return _Vocabulary(t)


def document_triples(t: Terms, article: Article) -> list[tuple]:
    """A document: the article's identifier, title, source, language and date."""
    v = _vocabulary(t)
    doc = t.iri(iri.document_iri(article.id))
    triples = [(doc, v.a, v[KG + "Document"]), (doc, v.a, v[PROV + "Entity"]),
               (doc, v[DCT + "identifier"], t.literal(article.id)),
               (doc, v[DCT + "title"], t.literal(article.title, lang="zh")),
               (doc, v[DCT + "source"], t.literal(article.source)),
               (doc, v[DCT + "language"], t.literal("zh"))]
    if article.published:
        triples.append((doc, v[DCT + "issued"], t.literal(article.published.iso(),
                                                          XSD + article.published.xsd_type)))
    return triples


def sentence_triples(t: Terms, s: Sentence) -> list[tuple]:
    """A sentence: its text, document and offsets."""
    v = _vocabulary(t)
    node = v.sentence(s.article_id, s.index)
    return [(node, v.a, v[KG + "Sentence"]), (node, v[KG + "text"], t.literal(s.text, lang="zh")),
            (node, v[KG + "document"], t.iri(iri.document_iri(s.article_id))),
            (node, v[KG + "sentenceIndex"], v.integer(s.index)),
            (node, v[KG + "startOffset"], v.integer(s.start)),
            (node, v[KG + "endOffset"], v.integer(s.end))]


def used_sentences(entities: Iterable[Entity], relations: Iterable[Relation]) -> set[tuple[str, int]]:
    """(article, index) of the sentences that some mention or evidence refers to: those exported."""
    used = {(m.article_id, m.sentence) for e in entities for m in e.mentions}
    used.update((m.article_id, m.sentence) for r in relations for m in r.evidence)
    return used


def _object(v: _Vocabulary, r: Relation, iri_of: Callable[[str], str]) -> tuple[str, Any, str, list]:
    """(predicate name, object term, object key for the statement IRI, extra triples) of a relation."""
    t = v.t
    if r.object_is_entity:
        key = iri_of(r.object)
        return r.predicate, t.iri(key), key, []
    if isinstance(r.object, Money) and r.object.is_range:  # 50-60亿元: schema:minValue and schema:maxValue
        money = r.object
        key = iri.amount_iri(money.currency, f"{format(money.amount, 'f')}-{format(money.high, 'f')}")
        node = t.iri(key)
        return _AMOUNT_PROPERTY[r.predicate], node, key, [
            (node, v.a, v[SCHEMA + "MonetaryAmount"]),
            (node, v[SCHEMA + "minValue"], t.literal(decimal_lexical(money.amount), XSD + "decimal")),
            (node, v[SCHEMA + "maxValue"], t.literal(decimal_lexical(money.high), XSD + "decimal")),
            (node, v[SCHEMA + "currency"], t.literal(money.currency))]
    if isinstance(r.object, Money):
        key = iri.amount_iri(r.object.currency, format(r.object.amount, "f"))
        node = t.iri(key)
        return _AMOUNT_PROPERTY[r.predicate], node, key, [
            (node, v.a, v[SCHEMA + "MonetaryAmount"]),
            (node, v[SCHEMA + "value"], t.literal(decimal_lexical(r.object.amount), XSD + "decimal")),
            (node, v[SCHEMA + "currency"], t.literal(r.object.currency))]
    lexical, datatype, lang = literal_parts(r.object)
    return r.predicate, t.literal(lexical, datatype, lang), f"{lexical}|{datatype}|{lang}", []


def entity_triples(t: Terms, e: Entity, relations: list[Relation], iri_of: Callable[[str], str]) -> list[tuple]:
    """An entity: class, labels, codes, the sentences naming it, and its relations (with money nodes)."""
    v = _vocabulary(t)
    node = t.iri(iri_of(e.key))
    triples = [(node, v.a, v[KG + e.cls]), (node, v[RDFS + "label"], t.literal(e.label, lang="zh"))]
    if e.cls != "Indicator":
        triples.append((node, v[RDFS + "label"], t.literal(e.pinyin or iri.pinyin(e.label), lang="zh-Latn-pinyin")))
    if e.aliases:
        alt = v[SKOS + "altLabel"]
        triples += [(node, alt, t.literal(alias, lang="zh")) for alias in e.aliases]
    for scheme, code in e.codes:
        triples.append((node, v[KG + ("adminCode" if scheme == "gb2260" else "isoCountryCode")], t.literal(code)))
    mentioned, sentence = v[KG + "mentionedIn"], v.sentence
    triples += [(node, mentioned, sentence(*key)) for key in sorted({(m.article_id, m.sentence) for m in e.mentions})]
    for r in relations:
        predicate, obj, _, extra = _object(v, r, iri_of)
        triples += extra
        triples.append((node, v[KG + predicate], obj))
    return triples


def statement_triples(t: Terms, r: Relation, iri_of: Callable[[str], str]) -> list[tuple]:
    """A relation's rdf:Statement and the sentences it was derived from."""
    v = _vocabulary(t)
    stmt, subject, predicate, obj, sources = statement_terms(t, r, iri_of)
    triples = [(stmt, v.a, v[RDF + "Statement"]), (stmt, v[RDF + "subject"], subject),
               (stmt, v[RDF + "predicate"], predicate), (stmt, v[RDF + "object"], obj)]
    derived = v[PROV + "wasDerivedFrom"]
    triples += [(stmt, derived, source) for source in sources]
    return triples


def statement_terms(t: Terms, r: Relation, iri_of: Callable[[str], str]) -> tuple[Any, Any, Any, Any, list]:
    """(statement node, rdf:subject, rdf:predicate, rdf:object, the sentences it was derived from) of a relation."""
    v = _vocabulary(t)
    subject_iri = iri_of(r.subject)
    predicate_name, obj, key, _ = _object(v, r, iri_of)
    predicate = KG + predicate_name
    sentence = v.sentence
    return (t.iri(iri.statement_iri(subject_iri, predicate, key)), t.iri(subject_iri), v[predicate], obj,
            [sentence(*key) for key in sorted({(m.article_id, m.sentence) for m in r.evidence})])


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
