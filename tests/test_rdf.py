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


def test_ascii_names_are_slugged_without_the_pinyin_dictionary():
    """An article id such as h06 (in every indicator's IRI) gives the slug its pinyin would give,
    without loading pypinyin's phrase dictionary (a second or so in each export process)."""
    import subprocess
    import sys

    from kg.iri import pinyin, slug

    for name in ["h06", "q36", "Report_2021-06.v2", "a--b", " x y ", "-", "NanTong", "GE.", "."]:
        assert slug(name) == slug(name, pinyin(name)), name
    loaded = subprocess.run([sys.executable, "-c", "import sys; from kg.iri import slug; slug('h06-2021_x');"
                             "print('pypinyin.phrases_dict' in sys.modules)"],
                            capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
    assert loaded == "False"


@pytest.mark.parametrize("value", ['"https://w3id.org/cnkg/id/x" 见 http://www.w3.org/2001/XMLSchema#int',
                                   "https://w3id.org/cnkg/ontology#Park", "普通文本"])
def test_jsonld_compaction_leaves_literals_alone(value: str):
    """Namespace IRIs become prefix:name in kg.jsonld; a literal that starts with or quotes one stays as it is."""
    import json

    from kg import blocks as B
    from kg.rdf_syntax import iri, literal

    kg_ = "https://w3id.org/cnkg/"
    blocks = [B.block_of(f"1|a{i}", [(iri(f"{kg_}id/a{i}"), iri(f"{kg_}ontology#text"), literal(value, lang="zh")),
                                     (iri(f"{kg_}id/a{i}"), iri(RDF.type), iri(f"{kg_}ontology#Park"))])
              for i in range(2)]
    header, sep, footer = B.frame("jsonld")
    text = header + sep.join(b.texts["jsonld"].decode() for b in blocks) + footer
    objects = json.loads(text)["@graph"]
    assert [o["@id"] for o in objects] == ["kgid:a0", "kgid:a1"]
    assert all(o["kg:text"] == [{"@language": "zh", "@value": value}] for o in objects)
    assert all(o["rdf:type"] == [{"@id": "kg:Park"}] for o in objects)
    nt = "".join(b.texts["nt"].decode() for b in blocks)
    assert set(Graph().parse(data=text, format="json-ld")) == set(Graph().parse(data=nt, format="nt"))


def _as_pyoxigraph_writes(nt: str) -> tuple[str, str]:
    """(Turtle after the prefix lines, JSON-LD node objects with prefixed IRIs, joined by commas) that
    pyoxigraph writes for N-Triples: what kg.rdf_syntax must write for a block."""
    import json

    from kg import blocks as B
    from kg.rdf_syntax import export_prefixes

    spaces = sorted(((ns, p) for p, ns in export_prefixes().items()), key=lambda kv: -len(kv[0]))

    def compact(value: str) -> str:
        return next((p + ":" + value[len(ns):] for ns, p in spaces if value.startswith(ns)), value)

    def node(n: dict) -> dict:
        out = {"@id": compact(n["@id"])}
        for key, values in n.items():
            if key != "@id":
                out[compact(key)] = [{k: compact(v) if k in ("@id", "@type") else v for k, v in o.items()}
                                     for o in values]
        return out

    quads = list(pyoxigraph.parse(nt.encode(), format=pyoxigraph.RdfFormat.N_TRIPLES))
    ttl = pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TURTLE, prefixes=export_prefixes()).decode()
    nodes = json.loads(pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.JSON_LD))
    text = json.dumps([node(n) for n in nodes], ensure_ascii=False, separators=(",", ":"))[1:-1]
    return ttl.removeprefix(B.frame("ttl")[0]), text


def test_blocks_are_written_as_pyoxigraph_writes_them():
    """Every block of a graph of the seed and the test articles (money nodes, foreign currencies,
    indicators, dates) in Turtle and JSON-LD is what pyoxigraph writes for the block's N-Triples."""
    from kg.exporters import graph_blocks
    from kg.pipeline import build_graph

    kg = build_graph([*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests" / "articles").glob("*.txt"))])
    blocks = graph_blocks(kg).blocks
    assert len(blocks) > 2000
    for b in blocks:
        ttl, jsonld = _as_pyoxigraph_writes(b.texts["nt"].decode())
        assert (b.texts["ttl"].decode(), b.texts["jsonld"].decode()) == (ttl, jsonld), b.sortkey


def test_odd_terms_are_written_as_pyoxigraph_writes_them():
    """Strings with every control character, quotes and backslashes; numbers that are and are not
    written bare; local names Turtle must escape or cannot hold; IRIs outside the prefixes; a predicate
    met again (a new JSON-LD node object) and a subject met again."""
    from kg import blocks as B
    from kg.rdf_syntax import iri, literal

    xsd, kg_ = "http://www.w3.org/2001/XMLSchema#", "https://w3id.org/cnkg/"
    s, t, p, q = iri(kg_ + "id/s"), iri(kg_ + "id/t"), iri(kg_ + "ontology#p"), iri(kg_ + "ontology#q")
    objects = [literal("".join(map(chr, range(0x20))) + '"\\\x7f\ufffe\uffff\u2028 “引号” end'),
               literal('say "hi"', lang="zh-Latn-pinyin"), literal("a\tb", xsd + "string"),
               *(literal(v, xsd + "integer") for v in ("42", "-7", "+3", "007", "4.2", "x")),
               *(literal(v, xsd + "decimal") for v in ("6000000000.0", ".5", "1.", "-0.25", "1e3")),
               *(literal(v, xsd + "boolean") for v in ("true", "false", "1")),
               *(literal(v, xsd + "double") for v in ("1e5", "1.5E-3", ".2e1", "1.", "e5")),
               literal("2021-06", xsd + "gYearMonth"), literal("x", "http://example.org/dt#type"),
               *(iri(kg_ + "id/" + local) for local in ("a", "0a", "-a", "a-", "a.", ".a", "a.b", "_a", "a~b",
                                                         "a%20b", "中文", "a:b", "", "a..b")),
               iri(kg_ + "doc/x/y"), iri("http://example.org/x"), iri(str(RDF.type)), iri("urn:isbn:123")]
    triples = [(s, p, o) for o in objects]
    triples += [(s, q, objects[0]), (s, p, objects[1]), (t, iri(str(RDF.type)), p), (s, q, objects[2])]
    block = B.block_of("1|odd", triples)
    ttl, jsonld = _as_pyoxigraph_writes(block.texts["nt"].decode())
    assert block.texts["ttl"].decode() == ttl
    assert block.texts["jsonld"].decode() == jsonld
    assert jsonld.count('{"@id":"kgid:s"') == 3 and "kg:a\\.b" not in ttl


def test_a_statement_s_template_writes_what_its_triples_give():
    """write_statement (the export's statements) gives what write gives for the statement's triples, with
    and without sentences, for an entity's and a literal's object."""
    from kg import blocks as B
    from kg.model import Mention, Relation
    from kg.rdf_export import statement_terms, statement_triples
    from kg.rdf_syntax import write, write_statement

    iri_of = {"Zone:x": "https://w3id.org/cnkg/id/zone-x", "Place:y": "https://w3id.org/cnkg/id/place-y"}.__getitem__
    evidence = (Mention("a", 0, 2, "甲乙", "Zone", 3), Mention("b", 5, 7, "甲乙", "Zone", 1))
    for r in (Relation("Zone:x", "locatedIn", "Place:y", evidence, True),
              Relation("Zone:x", "metric", '规上"工业"\n', evidence[:1], False),
              Relation("Zone:x", "locatedIn", "Place:y", (), True)):
        assert write_statement(*statement_terms(B._T, r, iri_of)) == write(statement_triples(B._T, r, iri_of))


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
