"""The RDF export: provenance, ontology, SHACL shapes, other formats."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg.validate import validate_graph

from .conftest import ROOT

KG = Namespace("https://w3id.org/cnkg/ontology#")
PREFIXES = """PREFIX kg: <https://w3id.org/cnkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


@pytest.fixture(scope="module")
def seed_rdf(seed_build: Path) -> Graph:
    return Graph().parse(seed_build / "kg.ttl", format="turtle")


def test_seed_export_conforms(seed_rdf: Graph):
    conforms, report = validate_graph(seed_rdf)
    assert conforms, report


def test_every_relation_triple_has_its_source_sentence(seed_rdf: Graph):
    """For each relation triple: a statement, its sentence, and the sentence names the subject."""
    rows = list(seed_rdf.query(PREFIXES + """
        SELECT ?s ?p ?o ?text (GROUP_CONCAT(?name; separator="|") AS ?names) WHERE {
          ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sent .
          ?s ?p ?o .
          ?sent kg:text ?text .
          { ?s rdfs:label ?name FILTER(lang(?name) = "zh") } UNION { ?s skos:altLabel ?name }
        } GROUP BY ?s ?p ?o ?text"""))
    relation_triples = {(s, p, o) for s, p, o in seed_rdf if str(p).startswith(str(KG))
                        and p not in (KG.mentionedIn, KG.text, KG.document, KG.startOffset, KG.endOffset,
                                      KG.sentenceIndex, KG.adminCode, KG.isoCountryCode)
                        and (s, RDF.type, KG.Indicator) not in seed_rdf}
    assert relation_triples
    traced = {(s, p, o) for s, p, o, _, _ in rows}
    assert relation_triples <= traced, relation_triples - traced
    by_triple: dict = {}
    for s, p, o, text, names in rows:
        by_triple.setdefault((s, p, o), []).append((str(text), str(names).split("|")))
    for triple, found in by_triple.items():
        assert any(any(n in text for n in names) for text, names in found), triple


def test_sentence_nodes_carry_text_document_offsets(seed_rdf: Graph, seed_build: Path):
    from kg.reader import read_article

    article = read_article(ROOT / "seeds" / "000_fcb1b967e6373516.txt")
    sentences = list(seed_rdf.subjects(RDF.type, KG.Sentence))
    assert len(sentences) > 10
    for s in sentences:
        text = str(seed_rdf.value(s, KG.text))
        start, end = int(seed_rdf.value(s, KG.startOffset)), int(seed_rdf.value(s, KG.endOffset))
        assert article.text[start:end] == text
        assert (seed_rdf.value(s, KG.document), RDF.type, KG.Document) in seed_rdf


def test_labels_pinyin_and_codes(seed_rdf: Graph):
    park = next(s for s in seed_rdf.subjects(RDFS.label, Literal("苏锡通科技产业园区", lang="zh")))
    pinyin = {str(o) for o in seed_rdf.objects(park, RDFS.label) if o.language == "zh-latn-pinyin"
              or (o.language or "").lower() == "zh-latn-pinyin"}
    assert pinyin == {"su xi tong ke ji chan ye yuan qu"}
    nantong = next(s for s in seed_rdf.subjects(RDFS.label, Literal("南通市", lang="zh")))
    assert str(seed_rdf.value(nantong, KG.adminCode)) == "320600"
    singapore = next(s for s in seed_rdf.subjects(RDFS.label, Literal("新加坡", lang="zh")))
    assert str(seed_rdf.value(singapore, KG.isoCountryCode)) == "SG"


def test_typed_literals(seed_rdf: Graph):
    amounts = [o for o in seed_rdf.objects(None, KG.totalInvestment)]
    assert amounts and all(o.datatype == URIRef("http://www.w3.org/2001/XMLSchema#decimal") for o in amounts)
    dates = [o for p in (KG.startDate, KG.signedDate, KG.issuedDate, KG.establishedDate)
             for o in seed_rdf.objects(None, p)]
    assert {o.datatype.split("#")[1] for o in dates} <= {"date", "gYearMonth", "gYear"}


def test_other_formats_round_trip(seed_build: Path, seed_rdf: Graph):
    nt = Graph().parse(seed_build / "kg.nt", format="nt")
    jsonld = Graph().parse(seed_build / "kg.jsonld", format="json-ld")
    assert len(nt) == len(seed_rdf) == len(jsonld)
    assert set(nt) == set(seed_rdf)
    store = pyoxigraph.Store()
    store.load(path=str(seed_build / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(seed_rdf)


def test_files_hold_the_same_triples_as_the_validated_walk(seed_build: Path):
    """kg.nt is made block by block; validation walks the graph with rdflib terms: one order, one text."""
    from kg.pipeline import build_graph
    from kg.rdf_export import to_ntriples

    kg = build_graph(sorted((ROOT / "seeds").glob("*.txt")))
    assert to_ntriples(kg) == (seed_build / "kg.nt").read_text(encoding="utf-8")


def test_graphml_round_trip(seed_build: Path, seed_rdf: Graph):
    import networkx as nx

    g = nx.read_graphml(seed_build / "kg.graphml")
    entities = {s for s in seed_rdf.subjects(RDFS.label, None)} - set(seed_rdf.subjects(RDF.type, KG.Indicator))
    assert g.number_of_nodes() == len(entities)
    assert any(d.get("label") == "苏锡通科技产业园区" for _, d in g.nodes(data=True))


BROKEN = {
    "a text amount": '{p} kg:totalInvestment "60亿元" .',
    "a negative amount": '{p} kg:totalInvestment "-5"^^xsd:decimal .',
    "two Chinese labels": '{p} rdfs:label "另一个名字"@zh .',
    "a project located in a person": '{p} kg:locatedIn <https://w3id.org/cnkg/id/person/x> . '
                                     '<https://w3id.org/cnkg/id/person/x> a kg:Person ; rdfs:label "某人"@zh .',
    "a date as text": '{p} kg:startDate "6月底" .',
    "an amount and a range at once": '{p} kg:totalInvestmentAmount <https://w3id.org/cnkg/id/amount-x> . '
                                     '<https://w3id.org/cnkg/id/amount-x> a <https://schema.org/MonetaryAmount> ; '
                                     '<https://schema.org/value> 5.0 ; <https://schema.org/minValue> 5.0 ; '
                                     '<https://schema.org/maxValue> 6.0 ; <https://schema.org/currency> "CNY" .',
    "a range without its upper bound": '{p} kg:totalInvestmentAmount <https://w3id.org/cnkg/id/amount-y> . '
                                       '<https://w3id.org/cnkg/id/amount-y> a <https://schema.org/MonetaryAmount> ; '
                                       '<https://schema.org/minValue> 5.0 ; <https://schema.org/currency> "CNY" .',
    "a statement without source": '<https://w3id.org/cnkg/id/statement/x> a rdf:Statement ; rdf:subject {p} ; '
                                  'rdf:predicate kg:startDate ; rdf:object "2021"^^xsd:gYear .',
}


@pytest.mark.parametrize("what", sorted(BROKEN))
def test_shapes_reject_broken_graphs(seed_rdf: Graph, what: str):
    project = next(seed_rdf.subjects(RDF.type, KG.Project))
    broken = Graph()
    for t in seed_rdf:
        broken.add(t)
    broken.parse(data="@prefix kg: <https://w3id.org/cnkg/ontology#> . "
                      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . "
                      "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . "
                      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
                      + BROKEN[what].format(p=project.n3()), format="turtle")
    conforms, report = validate_graph(broken)
    assert not conforms, what
    assert "Message:" in report and "Focus Node:" in report


def test_validate_command_exit_codes(seed_build: Path, tmp_path: Path):
    from click.testing import CliRunner

    from kg.cli import main

    assert CliRunner().invoke(main, ["validate", str(seed_build / "kg.ttl")]).exit_code == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text((seed_build / "kg.ttl").read_text(encoding="utf-8") +
                   '\n<https://w3id.org/cnkg/id/project/x> a kg:Project ; kg:totalInvestment "lots" .\n',
                   encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1 and "Conforms: False" in result.output
    assert CliRunner().invoke(main, ["validate", str(tmp_path / "none.ttl")]).exit_code == 2


def _vocabulary_terms() -> list[str]:
    """The contract's terms: from ../shared/spec when it is beside the repo, else ontology/contract-terms.txt."""
    import re

    shared = ROOT.parent / "shared" / "spec" / "VOCABULARY.md"
    if shared.is_file():
        return sorted(set(re.findall(r"^\| `(\w+)`", shared.read_text(encoding="utf-8"), re.M)))
    lines = (ROOT / "ontology" / "contract-terms.txt").read_text(encoding="utf-8").splitlines()
    return sorted(line for line in lines if line and not line.startswith("#"))


def _vocabulary_from_data() -> list[str]:
    from kg.network_export import vocabulary

    return sorted(vocabulary())


@pytest.mark.parametrize("term", _vocabulary_from_data())
def test_every_vocabulary_term_has_labels(term: str):
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    labels = {o.language for o in onto.objects(KG[term], RDFS.label)}
    assert {"zh", "en"} <= labels, term
    assert onto.value(KG[term], RDFS.comment) is not None
    kinds = set(onto.objects(KG[term], RDF.type))
    assert kinds & {URIRef("http://www.w3.org/2002/07/owl#Class"), URIRef("http://www.w3.org/2002/07/owl#ObjectProperty"),
                    URIRef("http://www.w3.org/2002/07/owl#DatatypeProperty")}


def test_contract_terms_are_all_in_our_vocabulary():
    terms = _vocabulary_terms()
    assert len(terms) >= 40
    assert set(terms) <= set(_vocabulary_from_data())


def test_ontology_metadata():
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    o = URIRef("https://w3id.org/cnkg/ontology")
    preds = {str(p) for p in onto.predicates(o, None)}
    for needed in ("http://www.w3.org/2002/07/owl#versionInfo", "http://purl.org/dc/terms/license",
                   "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/description"):
        assert needed in preds


def test_pinyin_reads_names_as_pypinyin_does():
    """The fast paths of kg.iri.pinyin (one-reading characters from the table, words of
    pypinyin's segmentation converted once) give what lazy_pinyin gives for the whole name."""
    from pypinyin import Style, lazy_pinyin

    from kg.iri import pinyin

    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").glob("*.txt")))
    names = ["重庆银行", "长江经济带", "行长", "中国银行重庆分行", "朝阳区", "单县", "蚌埠", "5G产业园", "乐清市"]
    names += [text[i:i + 7] for i in range(0, len(text) - 7, 5)]
    for name in names:
        expected = [r for r in lazy_pinyin(name, style=Style.NORMAL, errors="default") if any(c.isalnum() for c in r)]
        assert pinyin(name) == " ".join(expected), name
    assert pinyin("重庆") == "chong qing" and pinyin("银行") == "yin hang"
    assert pinyin("埃隆·马斯克") == "ai long ma si ke" and pinyin("“吉林一号”卫星") == "ji lin yi hao wei xing"


@pytest.mark.parametrize("value", ['"https://w3id.org/cnkg/id/x" 见 http://www.w3.org/2001/XMLSchema#int',
                                   "https://w3id.org/cnkg/ontology#Park", "普通文本"])
def test_jsonld_compaction_leaves_literals_alone(value: str):
    """Namespace IRIs become prefix:name in kg.jsonld; a literal that starts with or quotes one stays as it is."""
    import json

    from kg import blocks as B
    from kg.rdf_export import NTriplesTerms

    t = NTriplesTerms()
    kg_ = "https://w3id.org/cnkg/"
    nts = [f"<{kg_}id/a{i}> <{kg_}ontology#text> {t.literal(value, lang='zh')} .\n"
           f"<{kg_}id/a{i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{kg_}ontology#Park> .\n"
           for i in range(2)]
    blocks = [B.Block(f"1|a{i}", nt) for i, nt in enumerate(nts)]
    rendered = B.render_many(blocks, [nt.encode() for nt in nts])
    header, sep, footer = B.frame("jsonld")
    text = header + sep.join(j.decode() for _, j in rendered) + footer
    objects = json.loads(text)["@graph"]
    assert [o["@id"] for o in objects] == ["kgid:a0", "kgid:a1"]
    assert all(o["kg:text"] == [{"@language": "zh", "@value": value}] for o in objects)
    assert all(o["rdf:type"] == [{"@id": "kg:Park"}] for o in objects)
    assert set(Graph().parse(data=text, format="json-ld")) == set(Graph().parse(data="".join(nts), format="nt"))


def _classes_of(shape, graph: Graph, onto: Graph) -> set[str]:
    """The model's classes (kg: subclasses included) that sh:class or sh:or ( [sh:class …] … ) of a
    shape names."""
    from rdflib.collection import Collection

    sh = Namespace("http://www.w3.org/ns/shacl#")
    named = set(graph.objects(shape, sh["class"]))
    for alternatives in graph.objects(shape, sh["or"]):
        named |= {c for alt in Collection(graph, alternatives) for c in graph.objects(alt, sh["class"])}
    closure = {c for n in named for c in onto.transitive_subjects(RDFS.subClassOf, n)}
    return {str(c).removeprefix(str(KG)) for c in closure if str(c).startswith(str(KG))}


def test_relation_signatures_are_the_shapes_classes():
    """kg.signatures (which drops a rule's slips) allows exactly what ontology/shapes.ttl does
    (partOf, zone to zone or place to place, is written out in kg.signatures.allows)."""
    from kg.signatures import ANY, SIGNATURES

    sh = Namespace("http://www.w3.org/ns/shacl#")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    onto = Graph().parse(ROOT / "ontology" / "kg.ttl")
    for predicate, (subjects, objects) in SIGNATURES.items():
        node = next(shapes.subjects(sh.targetSubjectsOf, KG[predicate]))
        assert (set() if subjects is ANY else set(subjects)) == _classes_of(node, shapes, onto), predicate
        prop = next(p for p in shapes.objects(node, sh.property) if (p, sh.path, KG[predicate]) in shapes)
        assert (set() if objects is ANY else set(objects)) == _classes_of(prop, shapes, onto), predicate
