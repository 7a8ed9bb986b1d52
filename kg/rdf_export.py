"""The knowledge graph as RDF: entities, relations, provenance (rdf:Statement → sentence).

``iter_triples`` walks the graph once, in a fixed order (each subject's triples
together), and builds terms with a small adapter, so the same walk feeds rdflib
(``to_rdf``, for SHACL validation and rdflib users) and the N-Triples text that
kg.serialize turns into every file (``to_ntriples``, fast at any size).
"""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Protocol

from . import iri
from .model import Entity, KnowledgeGraph, Money, PartialDate, Relation
from .namespaces import BASE, PREFIXES

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


class NTriplesTerms:
    """Terms as N-Triples text: the fast path for large exports (pyoxigraph parses it back)."""

    def iri(self, value: str) -> str:
        return f"<{value}>"

    def literal(self, lexical, datatype=None, lang=None) -> str:
        text = '"' + lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace(
            "\r", "\\r") + '"'
        if lang:
            return f"{text}@{lang.lower()}"
        return f"{text}^^<{datatype}>" if datatype else text


def entity_iri(e: Entity) -> str:
    return str(iri.indicator_iri(e.key) if e.cls == "Indicator" else iri.entity_iri(e.cls, e.label, e.pinyin))


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


def iter_triples(kg: KnowledgeGraph, t: Terms) -> Iterator[tuple]:
    """Every triple of the export, in a deterministic order."""
    a = t.iri(RDF + "type")
    node_iris = {e.key: entity_iri(e) for e in kg.entities}
    nodes = {key: t.iri(value) for key, value in node_iris.items()}
    for article in kg.articles:
        doc = t.iri(str(iri.document_iri(article.id)))
        yield doc, a, t.iri(KG + "Document")
        yield doc, a, t.iri(PROV + "Entity")
        yield doc, t.iri(DCT + "identifier"), t.literal(article.id)
        yield doc, t.iri(DCT + "title"), t.literal(article.title, lang="zh")
        yield doc, t.iri(DCT + "source"), t.literal(article.source)
        yield doc, t.iri(DCT + "language"), t.literal("zh")
        if article.published:
            yield (doc, t.iri(DCT + "issued"), t.literal(article.published.iso(),
                                                         XSD + article.published.xsd_type))
    by_subject: dict[str, list[Relation]] = {}
    for r in kg.relations:
        by_subject.setdefault(r.subject, []).append(r)
    used: set[tuple[str, int]] = set()
    statements: list[tuple] = []
    label, alt = t.iri(RDFS + "label"), t.iri(SKOS + "altLabel")
    mentioned = t.iri(KG + "mentionedIn")
    for e in kg.entities:
        node = nodes[e.key]
        yield node, a, t.iri(KG + e.cls)
        yield node, label, t.literal(e.label, lang="zh")
        if e.cls != "Indicator":
            yield node, label, t.literal(e.pinyin or iri.pinyin(e.label), lang="zh-Latn-pinyin")
        for alias in e.aliases:
            yield node, alt, t.literal(alias, lang="zh")
        for scheme, code in e.codes:
            yield node, t.iri(KG + ("adminCode" if scheme == "gb2260" else "isoCountryCode")), t.literal(code)
        for key in sorted({(m.article_id, m.sentence) for m in e.mentions}):
            used.add(key)
            yield node, mentioned, t.iri(str(iri.sentence_iri(*key)))
        for r in by_subject.get(e.key, ()):
            yield from _relation(t, r, node_iris, nodes, statements, used)
    yield from statements
    text, document = t.iri(KG + "text"), t.iri(KG + "document")
    for s in kg.sentences:
        if (s.article_id, s.index) not in used:
            continue
        node = t.iri(str(iri.sentence_iri(s.article_id, s.index)))
        integer = XSD + "integer"
        yield node, a, t.iri(KG + "Sentence")
        yield node, text, t.literal(s.text, lang="zh")
        yield node, document, t.iri(str(iri.document_iri(s.article_id)))
        yield node, t.iri(KG + "sentenceIndex"), t.literal(str(s.index), integer)
        yield node, t.iri(KG + "startOffset"), t.literal(str(s.start), integer)
        yield node, t.iri(KG + "endOffset"), t.literal(str(s.end), integer)


def _relation(t: Terms, r: Relation, node_iris: dict, nodes: dict, statements: list,
              used: set) -> Iterator[tuple]:
    """The relation triple (and a MonetaryAmount node); its rdf:Statement goes to ``statements``."""
    predicate_name = r.predicate
    subject = nodes[r.subject]
    if r.object_is_entity:
        obj = nodes[r.object]
        key = node_iris[r.object]
    elif isinstance(r.object, Money):
        predicate_name = _AMOUNT_PROPERTY[r.predicate]
        key = str(iri.amount_iri(r.object.currency, format(r.object.amount, "f")))
        obj = t.iri(key)
        yield obj, t.iri(RDF + "type"), t.iri(SCHEMA + "MonetaryAmount")
        yield obj, t.iri(SCHEMA + "value"), t.literal(decimal_lexical(r.object.amount), XSD + "decimal")
        yield obj, t.iri(SCHEMA + "currency"), t.literal(r.object.currency)
    else:
        obj = t.literal(*literal_parts(r.object))
        key = "|".join(str(x) for x in literal_parts(r.object))
    predicate = t.iri(KG + predicate_name)
    yield subject, predicate, obj
    stmt = t.iri(str(iri.statement_iri(node_iris[r.subject], KG + predicate_name, key)))
    statements.append((stmt, t.iri(RDF + "type"), t.iri(RDF + "Statement")))
    statements.append((stmt, t.iri(RDF + "subject"), subject))
    statements.append((stmt, t.iri(RDF + "predicate"), predicate))
    statements.append((stmt, t.iri(RDF + "object"), obj))
    for key in sorted({(m.article_id, m.sentence) for m in r.evidence}):
        used.add(key)
        statements.append((stmt, t.iri(PROV + "wasDerivedFrom"), t.iri(str(iri.sentence_iri(*key)))))


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
    """The export as N-Triples text, one triple a line, in iter_triples' order."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in iter_triples(kg, NTriplesTerms()))
